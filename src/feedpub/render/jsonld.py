"""schema.org ``NewsArticle`` JSON-LD, with the properties Google's Article guidelines use."""

from __future__ import annotations

from typing import Any

from ..config import SiteConfig
from .entry import Entry, dateline_text
from .serialize import compact_json

CONTEXT = "https://schema.org"


def _organization(name: str, url: str | None, same_as: str | None = None) -> dict[str, Any]:
    organization: dict[str, Any] = {"@type": "NewsMediaOrganization", "name": name}
    if url:
        organization["url"] = url
    if same_as:
        organization["sameAs"] = same_as
    return organization


def _same_as(wikidata: str | None, url: str) -> str:
    """The agency's Wikidata item, or its official site where no Wikidata id is confirmed."""
    return f"https://www.wikidata.org/wiki/{wikidata}" if wikidata else url


def jsonld_document(entry: Entry, site: SiteConfig) -> dict[str, Any]:
    """The article as a schema.org NewsArticle."""
    article = entry.article
    known = article.agency.known
    publisher = _organization(site.publisher.name, site.publisher.url)
    if site.publisher.logo:
        publisher["logo"] = {"@type": "ImageObject", "url": site.publisher.logo}
    if article.authors:
        authors: list[dict[str, Any]] = [
            {"@type": "Person", "name": p.name, **({"url": p.url} if p.url else {})} for p in article.authors
        ]
    else:
        authors = [_organization(article.agency.name, known.url if known else None)]
    document: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": entry.url,
        "url": entry.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": entry.url},
        "headline": entry.title,
        "description": entry.summary,
        "dateline": dateline_text(article),
        "articleBody": "\n\n".join(article.body),
        "inLanguage": article.language,
        "datePublished": entry.published.isoformat(),
        "dateModified": entry.updated.isoformat(),
        "author": authors,
        "sourceOrganization": _organization(
            known.name if known else article.agency.name,
            known.url if known else None,
            _same_as(known.wikidata, known.url) if known else None,
        ),
        "publisher": publisher,
        "wordCount": entry.word_count,
    }
    if article.dateline.place:
        document["locationCreated"] = {"@type": "Place", "name": article.dateline.place}
    if article.section:
        document["articleSection"] = article.section
    if article.keywords:
        document["keywords"] = list(article.keywords)
    if article.genre:
        document["genre"] = article.genre
    if article.identifier:
        document["identifier"] = article.identifier
    if entry.image:
        image: dict[str, Any] = {"@type": "ImageObject", "url": entry.image.url}
        if entry.image.caption:
            image["caption"] = entry.image.caption
        if entry.image.width:
            image["width"] = entry.image.width
        if entry.image.height:
            image["height"] = entry.image.height
        document["image"] = [image]
    return document


def render_jsonld(document: dict[str, Any]) -> str:
    """A JSON-LD document as the text of the article's ``.jsonld`` file and page script."""
    return compact_json(document)

"""schema.org NewsArticle JSON-LD as input: a CMS's export, or a page's JSON-LD from feedpub.

Its text is read as wire copy is (the headline, then ``dateline`` and ``articleBody``), so
the dateline, agency and language come out as they would from the story as filed; its
metadata fills what front matter would. Only the plain JSON-LD that CMSs write is read (one
object, terms of the schema.org context); it is not expanded as linked data.
"""

from __future__ import annotations

from typing import Any

from ..errors import ArticleError

#: The schema.org types of a news story, or of the articles that carry one.
NEWS_TYPES = frozenset((
    "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
    "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Article", "Report",
))  # fmt: skip


def is_schema_org(data: dict[str, Any]) -> bool:
    """Whether a JSON article is schema.org JSON-LD rather than feedpub's own article JSON."""
    context = data.get("@context")
    contexts = context if isinstance(context, list) else [context]
    return any(isinstance(item, str) and "schema.org" in item for item in contexts)


def as_wire_copy(data: dict[str, Any]) -> tuple[str, dict[str, Any], str | None]:
    """The story as wire text, the metadata front matter would give, and the name of the
    agency it credits (for a dateline that names none)."""
    kind = data.get("@type")
    kinds = {item for item in (kind if isinstance(kind, list) else [kind]) if isinstance(item, str)}
    if not kinds:
        raise ArticleError('the JSON-LD names no @type: give the story "@type": "NewsArticle"')
    if not kinds & NEWS_TYPES:
        raise ArticleError(f"the JSON-LD describes a {', '.join(sorted(kinds))}, not a NewsArticle")
    headline, body = _text(data.get("headline")), _text(data.get("articleBody"))
    if not headline or not body:
        missing = " and ".join(name for name, value in (("headline", headline), ("articleBody", body)) if not value)
        raise ArticleError(f"the NewsArticle JSON-LD has no {missing}: feedpub needs the story's text")
    dateline = _text(data.get("dateline"))
    if dateline and not body.startswith(dateline):
        body = f"{dateline} {body}"
    meta: dict[str, Any] = {}
    for term in ("datePublished", "dateModified", "url"):
        if value := _text(data.get(term)):
            meta[term] = value
    if language := _language(data.get("inLanguage")):
        meta["language"] = language
    if summary := _text(data.get("description")):
        meta["summary"] = summary
    if keywords := data.get("keywords"):
        meta["keywords"] = keywords
    if image := _url(data.get("image")):
        meta["image"] = {"url": image}
    people = [_text(node.get("name")) for node in _nodes(data.get("author")) if node.get("@type", "Person") == "Person"]
    if names := [name for name in people if name]:
        meta["authors"] = names
    return f"{' '.join(headline.split())}\n\n{body}", meta, _agency_name(data)  # the headline is one line


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _nodes(value: Any) -> list[dict[str, Any]]:
    """A term's values as objects, from a lone value or a list; a name alone becomes ``{"name": ...}``."""
    values = value if isinstance(value, list) else [value]
    return [{"name": item} if isinstance(item, str) else item for item in values if isinstance(item, (dict, str))]


def _language(value: Any) -> str | None:
    """``inLanguage``: a BCP 47 tag, or a Language object whose ``alternateName`` is one."""
    if isinstance(value, dict):
        value = value.get("alternateName")
    return _text(value)


def _url(value: Any) -> str | None:
    """The first URL of ``image``: a URL, an ImageObject, or a list of either."""
    for node in value if isinstance(value, list) else [value]:
        url = _text(node.get("url") if isinstance(node, dict) else node)
        if url:
            return url
    return None


def _agency_name(data: dict[str, Any]) -> str | None:
    """The agency a story credits: its ``sourceOrganization``, else an organization as author."""
    authors = [node for node in _nodes(data.get("author")) if node.get("@type", "Person") != "Person"]
    for node in (*_nodes(data.get("sourceOrganization")), *authors):
        if name := _text(node.get("name")):
            return name
    return None

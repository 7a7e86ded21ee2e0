"""A Google News sitemap of the articles published within two days of the newest one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from ..config import SiteConfig
from ..model import primary_language

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
WINDOW = dt.timedelta(days=2)
#: Chinese as Google News asks for it: the script's usual region, not a script subtag.
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})


def news_language(tag: str) -> str:
    """``news:language`` for a BCP 47 tag: the ISO 639 code, except Chinese, which Google
    News wants as ``zh-cn`` (Simplified) or ``zh-tw`` (Traditional)."""
    primary = primary_language(tag)
    if primary != "zh":
        return primary
    subtags = {part.lower() for part in tag.split("-")[1:]}
    return "zh-tw" if subtags & _TRADITIONAL else "zh-cn"


class NewsItem(Protocol):
    """What the sitemap says of an article."""

    @property
    def url(self) -> str: ...
    @property
    def headline(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def published(self) -> dt.datetime: ...


def render_robots(site: SiteConfig, sitemaps: Sequence[str]) -> bytes:
    """``robots.txt``: every crawler welcome, and where the sitemaps are (under ``base_url``;
    crawlers read it only at a host's root, so a site published under a path should copy
    its ``Sitemap`` line into the host's own robots.txt)."""
    lines = ["User-agent: *", "Allow: /", "", *(f"Sitemap: {site.base_url}{name}" for name in sitemaps)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_news_sitemap(site: SiteConfig, items: Sequence[NewsItem]) -> bytes:
    """``sitemap-news.xml`` for ``items``: the articles of the :data:`WINDOW` up to the newest."""
    from lxml import etree  # here, so that importing WINDOW costs no lxml

    root = etree.Element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP, "news": NEWS})  # type: ignore[dict-item]
    for entry in items:
        url = etree.SubElement(root, f"{{{SITEMAP}}}url")
        etree.SubElement(url, f"{{{SITEMAP}}}loc").text = entry.url
        news = etree.SubElement(url, f"{{{NEWS}}}news")
        publication = etree.SubElement(news, f"{{{NEWS}}}publication")
        etree.SubElement(publication, f"{{{NEWS}}}name").text = site.publisher.name
        etree.SubElement(publication, f"{{{NEWS}}}language").text = news_language(entry.language)
        etree.SubElement(news, f"{{{NEWS}}}publication_date").text = entry.published.isoformat()
        etree.SubElement(news, f"{{{NEWS}}}title").text = entry.headline
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

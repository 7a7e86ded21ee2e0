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
        etree.SubElement(publication, f"{{{NEWS}}}language").text = primary_language(entry.language)
        etree.SubElement(news, f"{{{NEWS}}}publication_date").text = entry.published.isoformat()
        etree.SubElement(news, f"{{{NEWS}}}title").text = entry.headline
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

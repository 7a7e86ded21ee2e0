"""A Google News sitemap of the articles published within two days of the newest one."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from ..config import SiteConfig
from .entry import Entry

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
WINDOW = dt.timedelta(days=2)


def render_news_sitemap(site: SiteConfig, entries: tuple[Entry, ...]) -> bytes:
    """``sitemap-news.xml`` for ``entries`` (newest first) within two days of the newest."""
    root = etree.Element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP, "news": NEWS})  # type: ignore[dict-item]
    newest = entries[0].published if entries else None
    for entry in entries:
        if newest is None or newest - entry.published > WINDOW:
            break
        url = etree.SubElement(root, f"{{{SITEMAP}}}url")
        etree.SubElement(url, f"{{{SITEMAP}}}loc").text = entry.url
        news = etree.SubElement(url, f"{{{NEWS}}}news")
        publication = etree.SubElement(news, f"{{{NEWS}}}publication")
        etree.SubElement(publication, f"{{{NEWS}}}name").text = site.publisher.name
        etree.SubElement(publication, f"{{{NEWS}}}language").text = entry.language.split("-")[0].lower()
        etree.SubElement(news, f"{{{NEWS}}}publication_date").text = entry.published.isoformat()
        etree.SubElement(news, f"{{{NEWS}}}title").text = entry.title
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

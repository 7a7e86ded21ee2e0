"""feed.xsl, applied by lxml's XSLT (libxslt, as browsers use): each entry in its own language and direction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxml import etree, html

from feedpub.config import load_config
from feedpub.model import Agency, Article, Dateline
from feedpub.render.entry import Feed, entry_for
from feedpub.render.html import render_feed_stylesheet
from feedpub.render.syndication import render_atom, render_rss
from tests.sites import make_site

WHEN = dt.datetime(2025, 11, 7, 9, 0, tzinfo=dt.UTC)


def _article(index: int, language: str, headline: str) -> Article:
    return Article(
        id=f"story-{index}",
        headline=headline,
        dateline=Dateline("BAGHDAD (Xinhua) --", "BAGHDAD", WHEN.date()),
        agency=Agency("xinhua", "Xinhua", None),
        body=(f"Body {index}.",),
        language=language,
        published=WHEN - dt.timedelta(hours=index),
        modified=WHEN - dt.timedelta(hours=index),
    )


def _page(feed_xml: bytes) -> html.HtmlElement:
    transform = etree.XSLT(etree.fromstring(render_feed_stylesheet()))
    return html.fromstring(str(transform(etree.fromstring(feed_xml))))


def test_atom_entries_keep_their_language_and_direction(tmp_path: Path) -> None:
    """In a feed of mixed languages each entry is drawn in its own direction; links lead to the pages."""
    site = load_config(make_site(tmp_path))
    stories = (
        _article(1, "ar", "مشاورات في بغداد"),
        _article(2, "en", "Talks in Baghdad"),
        _article(3, "ur", "بغداد میں"),
    )
    entries = tuple(entry_for(story, site) for story in stories)
    page = _page(render_atom(Feed(site, site.feeds[0], entries, WHEN)))
    items = page.findall(".//li")
    assert [(item.get("lang"), item.get("dir")) for item in items] == [("ar", "rtl"), ("en", "ltr"), ("ur", "rtl")]
    assert [item.findtext(".//a") for item in items] == ["مشاورات في بغداد", "Talks in Baghdad", "بغداد میں"]
    assert items[0].find(".//a").get("href") == entries[0].url
    assert page.get("dir") == "auto"  # the feed names no language: its entries mix three


def test_rss_of_one_language_is_a_page_in_that_direction(tmp_path: Path) -> None:
    """An Arabic feed becomes a right-to-left page with the feed's title."""
    site = load_config(make_site(tmp_path))
    entries = (entry_for(_article(1, "ar", "مشاورات في بغداد"), site),)
    page = _page(render_rss(Feed(site, site.feeds[0], entries, WHEN)))
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    assert page.findtext(".//h1") == site.feeds[0].title

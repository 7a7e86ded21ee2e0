"""The feedgen adapter: one test pins each workaround for a feedgen 1.0.0 trap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from feedpub.config import load_config
from feedpub.model import Agency, Article, Dateline
from feedpub.render.entry import Feed, entry_for
from feedpub.render.syndication import RenderError, render_atom, render_rss
from tests.sites import make_site

ATOM = "{http://www.w3.org/2005/Atom}"
BAGHDAD = dt.timezone(dt.timedelta(hours=3))


def _article(index: int, *, published: dt.datetime | None = None, headline: str | None = None) -> Article:
    when = published or dt.datetime(2025, 11, index, 9, 0, tzinfo=BAGHDAD)
    return Article(
        id=f"story-{index}",
        headline=headline or f"Story {index}",
        dateline=Dateline("BAGHDAD (Xinhua) --", "BAGHDAD", when.date()),
        agency=Agency("xinhua", "Xinhua", None),
        body=(f"Body {index}.",),
        language="en" if index % 2 else "ar",
        published=when,
        modified=when,
    )


@pytest.fixture
def feed(tmp_path: Path) -> Feed:
    site = load_config(make_site(tmp_path))
    entries = tuple(entry_for(_article(index), site) for index in (3, 2, 1))
    return Feed(site, site.feeds[0], entries, entries[0].updated)


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def test_no_clock_in_output(feed: Feed) -> None:
    """feedgen stamps now(): every date in the output comes from the articles instead."""
    rss, atom = _xml(render_rss(feed)), _xml(render_atom(feed))
    assert rss.findtext("channel/lastBuildDate") == "Mon, 03 Nov 2025 09:00:00 +0300"
    assert atom.findtext(f"{ATOM}updated") == "2025-11-03T09:00:00+03:00"
    assert [e.findtext(f"{ATOM}updated") for e in atom.iterfind(f"{ATOM}entry")] == [
        "2025-11-03T09:00:00+03:00",
        "2025-11-02T09:00:00+03:00",
        "2025-11-01T09:00:00+03:00",
    ]


def test_entries_keep_our_order(feed: Feed) -> None:
    """feedgen prepends by default: entries come out newest first, as given."""
    rss = _xml(render_rss(feed))
    assert [t.text for t in rss.iterfind("channel/item/title")] == ["Story 3", "Story 2", "Story 1"]


def test_rss_channel_link_is_the_site(feed: Feed) -> None:
    """The RSS <link> is the site, not the self link that feedgen would pick if added last."""
    assert _xml(render_rss(feed)).findtext("channel/link") == "https://news.example.org/"


def test_atom_content_is_html_not_cdata(feed: Feed) -> None:
    """Content is type="html", never the invalid type="CDATA"."""
    atom = _xml(render_atom(feed))
    assert {c.get("type") for c in atom.iter(f"{ATOM}content")} == {"html"}


def test_entry_links_keep_rel_and_type(feed: Feed) -> None:
    """feedgen #135 drops entry link attributes: rel and type are restored."""
    atom = _xml(render_atom(feed))
    links = [dict(link.attrib) for entry in atom.iterfind(f"{ATOM}entry") for link in entry.iterfind(f"{ATOM}link")]
    assert len(links) == 3
    for link in links:
        assert link == {"href": link["href"], "rel": "alternate", "type": "text/html"}


def test_hub_is_advertised_in_rss_and_atom(feed: Feed) -> None:
    """feedgen drops rel="hub" from RSS: it is added back beside the self link."""
    rss, atom = _xml(render_rss(feed)), _xml(render_atom(feed))
    assert rss.xpath("channel/*[local-name()='link' and @rel='hub']/@href") == ["https://hub.example.org/"]
    assert atom.xpath("*[local-name()='link' and @rel='hub']/@href") == ["https://hub.example.org/"]


def test_entries_in_other_languages_get_xml_lang(feed: Feed) -> None:
    """feedgen cannot set xml:lang on entries; entries not in the feed's language get it, and
    in a feed of mixed languages (which declares none) every entry does."""
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    english = Feed(feed.site, feed.site.feeds[1], feed.entries, feed.updated)
    assert english.spec.filter.language == "en"
    atom = _xml(render_atom(english))
    assert atom.get(lang) == "en"
    assert [e.get(lang) for e in atom.iterfind(f"{ATOM}entry")] == [None, "ar", None]
    mixed = _xml(render_atom(feed))
    assert mixed.get(lang) is None
    assert [e.get(lang) for e in mixed.iterfind(f"{ATOM}entry")] == ["en", "ar", "en"]


def test_naive_datetime_is_a_render_error(feed: Feed) -> None:
    """A naive datetime (feedgen's ValueError) becomes a RenderError naming the entry."""
    naive = entry_for(_article(4, published=dt.datetime(2025, 11, 4, 9, 0)), feed.site)
    broken = Feed(feed.site, feed.spec, (naive,), feed.updated)
    with pytest.raises(RenderError, match="story-4"):
        render_rss(broken)


def test_control_character_is_a_render_error(feed: Feed) -> None:
    """A control character (lxml's ValueError inside feedgen) becomes a RenderError."""
    bad = entry_for(_article(5, headline="Bell\x07"), feed.site)
    broken = Feed(feed.site, feed.spec, (bad,), feed.updated)
    with pytest.raises(RenderError, match="story-5"):
        render_atom(broken)

"""Honest head-file times: never in the future, and new whenever the file's content is."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import feedparser

from feedpub.build.site import build_site
from feedpub.build.tree import load_tree
from feedpub.config import SiteConfig, load_config
from tests.sites import NOW, make_site

REFERENCE = dt.date(2025, 11, 10)
LATER = NOW + dt.timedelta(hours=1)
#: A story published in the past whose dateModified claims the future.
FROM_THE_FUTURE = (
    "---\ndatePublished: 2025-11-09T10:00:00+00:00\ndateModified: 2030-01-01T00:00:00+00:00\n---\n"
    "Future\nPARIS, Nov. 9 (AFP) - A story that says it was changed in 2030.\n"
)


def _build(site: SiteConfig, out: Path, now: dt.datetime) -> None:
    build_site(site, out, reference_date=REFERENCE, now=now)


def _feed_updated(out: Path) -> dt.datetime:
    parsed = feedparser.parse((out / "atom.xml").read_bytes())
    assert parsed.bozo == 0
    return dt.datetime.fromisoformat(parsed.feed.updated)


def _rss_build_date(out: Path) -> str:
    return str(feedparser.parse((out / "rss.xml").read_bytes()).feed.updated)


def test_no_time_is_later_than_the_build(tmp_path: Path) -> None:
    """A story claiming a future dateModified moves no feed date nor Last-Modified past the build's time."""
    site = load_config(make_site(tmp_path, {"future.txt": FROM_THE_FUTURE}))
    out = tmp_path / "public"
    _build(site, out, NOW)
    assert _feed_updated(out) <= NOW
    assert _rss_build_date(out) == "Mon, 10 Nov 2025 12:00:00 +0000"
    tree = load_tree(out)
    assert all(info.modified <= NOW for info in tree.files.values())
    found = tree.find("articles/2025-11-09/future.html")
    assert found is not None
    assert found[0].modified <= NOW


def test_removing_the_newest_story_moves_the_feed_time_forward(tmp_path: Path) -> None:
    """A feed that loses its newest entry changed: its updated and Last-Modified are the build's time, not older."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out, NOW)
    before = load_tree(out).files["rss.xml"].modified
    (site.articles / "ap-no-date-with-published.txt").unlink()  # the newest story of all
    _build(site, out, LATER)
    assert _feed_updated(out) == LATER
    assert load_tree(out).files["rss.xml"].modified == LATER > before


def test_a_config_change_is_a_new_feed(tmp_path: Path) -> None:
    """The same entries under a new title are new bytes, so a new updated time and Last-Modified,
    for the feeds and the pages alike."""
    config = make_site(tmp_path)
    out = tmp_path / "public"
    _build(load_config(config), out, NOW)
    config.write_text(config.read_text(encoding="utf-8").replace("Test wire", "Renamed wire"), encoding="utf-8")
    _build(load_config(config), out, LATER)
    assert _feed_updated(out) == LATER
    tree = load_tree(out)
    assert tree.files["index.html"].modified == LATER
    page = tree.find("articles/2025-11-07/fr-afp.html")  # its bytes name the site's new title
    assert page is not None
    assert page[0].modified == LATER


def test_an_unchanged_rebuild_keeps_every_time(tmp_path: Path) -> None:
    """A later build that reads the same articles again changes nothing: the times are
    remembered, not the clock's."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out, NOW)
    for file in site.articles.iterdir():
        os.utime(file, ns=(1, 1))  # read again, with the same bytes
    before = (out / "atom.xml").read_bytes(), json.loads((out / ".feedpub-manifest.json").read_text(encoding="utf-8"))
    report = build_site(site, out, reference_date=REFERENCE, now=LATER)
    assert report.parsed + report.cached == 5
    assert len(report.read) == 5
    assert not report.changed
    after = (out / "atom.xml").read_bytes(), json.loads((out / ".feedpub-manifest.json").read_text(encoding="utf-8"))
    assert after == before

"""The table of outputs: which format a file is, its Content-Type, and its size budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedpub.config import Budgets, load_config
from feedpub.render.formats import (
    ARTICLE_JSONLD,
    ARTICLE_PAGE,
    ATOM,
    ATOM_ARCHIVE,
    FEED_FORMATS,
    JSON_FEED,
    OUTPUT_FORMATS,
    SITEMAP,
    content_type,
    feed_urls,
    is_feed,
    output_format,
    over_budget,
)
from tests.sites import make_site


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("atom.xml", ATOM),
        ("feeds/english/atom.xml", ATOM),
        ("feed.json", JSON_FEED),
        ("sitemap-news.xml", SITEMAP),
        ("articles/2025-11-07/rss.jsonld", ARTICLE_JSONLD),
        ("archive/7.atom.xml", ATOM_ARCHIVE),  # an archive page: its number, then its format's ending
        ("articles/2025-11-07/2index.html", ARTICLE_PAGE),  # figures before a letter are the name's
        ("notes.txt", None),
    ],
)
def test_output_format(path: str, kind: object) -> None:
    """A file is of the format its whole name, else its ending, names; the sitemap is no feed."""
    assert output_format(path) is kind


def test_every_name_is_unique_and_every_type_has_a_charset() -> None:
    """No two rows share a name or a file, and every Content-Type says UTF-8."""
    assert len({kind.name for kind in OUTPUT_FORMATS}) == len(OUTPUT_FORMATS)
    assert len({kind.file for kind in OUTPUT_FORMATS}) == len(OUTPUT_FORMATS)
    for kind in OUTPUT_FORMATS:
        path = f"articles/2025-11-07/story{kind.file}" if kind.file.startswith(".") else kind.file
        assert output_format(path) is kind
        assert content_type(path) == f"{kind.media_type}; charset=utf-8"
    assert content_type("image.png") == "application/octet-stream"
    assert [is_feed(kind.file) for kind in FEED_FORMATS] == [True] * len(FEED_FORMATS)
    assert not is_feed("sitemap-news.xml")


def test_budgets() -> None:
    """An output over its budget says its size and what to do; one within it, or with none, says nothing."""
    budgets = Budgets(feed=1000, json_feed=500, page=2000)
    assert over_budget("rss.xml", 1000, budgets) is None
    message = over_budget("rss.xml", 1500, budgets)
    assert message is not None
    assert message.startswith("is 2 kB, over its 1 kB budget: aggregators may refuse it")
    assert over_budget("feed.json", 600, budgets) is not None
    assert over_budget("articles/2025-11-07/x.html", 2500, budgets) is not None
    assert over_budget("sitemap-news.xml", 10**9, budgets) is None


def test_feed_urls(tmp_path: Path) -> None:
    """Every feed of the site in every format, feed by feed."""
    site = load_config(make_site(tmp_path))
    urls = feed_urls(site)
    assert urls[:3] == [
        "https://news.example.org/rss.xml",
        "https://news.example.org/atom.xml",
        "https://news.example.org/feed.json",
    ]
    assert len(urls) == len(site.feeds) * len(FEED_FORMATS)

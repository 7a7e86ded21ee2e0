"""Kinds of published file: each output of a real build has the kind its place says, and the order is the safe one."""

from __future__ import annotations

import pytest

from feedpub.build.tree import load_tree
from feedpub.deploy.kinds import DEFAULT_CACHE_CONTROL, UPLOAD_ORDER, cache_control, kind_of
from feedpub.deploy.plan import published_files
from tests.unit.deploy.conftest import Deployable, kind_by_place


def test_every_built_file_has_its_kind(deployable: Deployable) -> None:
    """Feeds, the sitemap, the index, article pages and JSON-LD and the stylesheet of a real build."""
    paths = [info.path for info, _, _ in published_files(load_tree(deployable.out))]
    assert {kind_of(path) for path in paths} == {"asset", "article", "feed", "sitemap", "index"}
    assert {path: kind_of(path) for path in paths} == {path: kind_by_place(path) for path in paths}


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("articles/2025-11-07/index.html", "archive"),
        ("archive/2025-11.html", "archive"),
        ("feeds/english/index.html", "archive"),
        ("images/logo.png", "asset"),
    ],
)
def test_listings_below_the_root_are_archives(path: str, kind: str) -> None:
    """A day or archive page is uploaded after the articles it lists; unknown files go first."""
    assert kind_of(path) == kind


def test_order_puts_pages_before_listings_and_the_index_last() -> None:
    """Articles before archives before feeds before the sitemap; the index is the very last."""
    assert UPLOAD_ORDER.index("article") < UPLOAD_ORDER.index("archive") < UPLOAD_ORDER.index("feed")
    assert UPLOAD_ORDER.index("feed") < UPLOAD_ORDER.index("sitemap") < UPLOAD_ORDER.index("index")
    assert UPLOAD_ORDER[-1] == "index"
    assert set(UPLOAD_ORDER) == set(DEFAULT_CACHE_CONTROL)


def test_cache_control_by_kind_with_overrides() -> None:
    """Feeds are cached shorter than article pages; a target's table replaces a default."""
    feed, article = DEFAULT_CACHE_CONTROL["feed"], DEFAULT_CACHE_CONTROL["article"]
    assert feed.startswith("public, max-age=60")
    assert article == "public, max-age=3600"
    assert cache_control("feed", {}) == feed
    assert cache_control("article", {"article": "public, max-age=31536000, immutable"}).endswith("immutable")
    assert cache_control("feed", {"article": "x"}) == feed

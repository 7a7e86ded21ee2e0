"""Kinds of published file: what each is cached for, and the order they are uploaded in.

The kind of a file follows from its format in :mod:`feedpub.render.formats` and its
place in the tree. The order keeps readers whole: a page is in the bucket before any
listing that links it, and the feeds, the sitemap and the index, which link everything,
come last, so a reader never follows a link to an object not uploaded yet.
"""

from __future__ import annotations

from typing import Literal

from ..render.formats import ARTICLE_FORMATS, INDEX, SITEMAP, FeedFormat, output_format

Kind = Literal["asset", "article", "archive", "feed", "sitemap", "index"]

#: Upload order, one phase a kind: each phase is finished before the next starts.
UPLOAD_ORDER: tuple[Kind, ...] = ("asset", "article", "archive", "feed", "sitemap", "index")

#: Cache-Control by kind; a target's ``cache_control`` table replaces any of them.
#: Feeds and the index change with every story: a minute, and a stale copy may be served
#: for another while the CDN revalidates. Article pages change only on corrections: an
#: hour. Nothing feedpub writes keeps its bytes for ever under one URL (a correction
#: rewrites a page, a template change the stylesheet), so nothing is ``immutable`` by
#: default; a site that never corrects can say so for ``article``.
DEFAULT_CACHE_CONTROL: dict[Kind, str] = {
    "asset": "public, max-age=86400",
    "article": "public, max-age=3600",
    "archive": "public, max-age=3600",
    "feed": "public, max-age=60, stale-while-revalidate=60",
    "sitemap": "public, max-age=300",
    "index": "public, max-age=60, stale-while-revalidate=60",
}


def kind_of(path: str) -> Kind:
    """The kind of the published file at ``path`` (a path in the output tree)."""
    found = output_format(path)
    if isinstance(found, FeedFormat):
        return "feed"
    if found is SITEMAP:
        return "sitemap"
    if found is INDEX:
        return "index" if "/" not in path else "archive"
    if found in ARTICLE_FORMATS:
        parts = path.split("/")
        return "article" if len(parts) == 3 and parts[0] == "articles" else "archive"
    return "asset"


def cache_control(kind: Kind, overrides: dict[str, str]) -> str:
    """The Cache-Control of ``kind``: the target's own, else feedpub's default."""
    return overrides.get(kind, DEFAULT_CACHE_CONTROL[kind])

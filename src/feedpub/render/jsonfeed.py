"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1), paged by ``next_url`` through the feed's
archive pages (the same pages as RFC 5005's for RSS and Atom)."""

from __future__ import annotations

from typing import Any

from .entry import Feed
from .formats import JSON_FEED, archive_file
from .serialize import dump_json

VERSION = "https://jsonfeed.org/version/1.1"


def jsonfeed_document(feed: Feed) -> dict[str, Any]:
    """The feed as a JSON Feed 1.1 object."""
    document: dict[str, Any] = {
        "version": VERSION,
        "title": feed.spec.title,
        "home_page_url": feed.site.base_url,
        "feed_url": feed.url("feed.json"),
        "description": feed.spec.description,
        "authors": [{"name": feed.site.publisher.name, "url": feed.site.publisher.url}],
    }
    if feed.language:
        document["language"] = feed.language
    if feed.site.publisher.logo:
        document["icon"] = feed.site.publisher.logo
    if feed.site.hub:
        document["hubs"] = [{"type": "WebSub", "url": feed.site.hub}]
    if feed.previous is not None:  # older items: the archive page before this document
        document["next_url"] = feed.url(archive_file(JSON_FEED, feed.previous))
    items = []
    for entry in feed.entries:
        item: dict[str, Any] = {
            "id": entry.id,
            "url": entry.url,
            "title": entry.title,
            "content_html": entry.content_html,
            "summary": entry.summary,
            "date_published": entry.published.isoformat(),
            "date_modified": entry.updated.isoformat(),
            "authors": [{"name": name} for name in entry.authors],
            "language": entry.language,
        }
        if entry.categories:
            item["tags"] = list(entry.categories)
        if entry.image:
            item["image"] = entry.image.url
        items.append(item)
    document["items"] = items
    return document


def render_jsonfeed(feed: Feed) -> bytes:
    """The feed as JSON Feed 1.1 bytes."""
    return dump_json(jsonfeed_document(feed))

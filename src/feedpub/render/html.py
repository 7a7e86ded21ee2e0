"""The article pages and the index page: small, accessible, right-to-left where needed.

Jinja2 with autoescaping writes them, so untrusted article text never becomes markup; the
JSON-LD inside ``<script>`` is escaped separately (see :func:`serialize.script_json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..config import SiteConfig
from ..model import RTL_LANGUAGES, text_direction
from .entry import Entry, feed_url
from .formats import FEED_FORMATS
from .serialize import script_json


@dataclass(frozen=True)
class FeedLink:
    """A ``<link rel="alternate">`` for feed autodiscovery."""

    type: str
    title: str
    href: str


@cache
def _environment() -> Environment:
    """The templates, loaded once: they ship with feedpub, so nothing checks them for changes
    (which would cost a ``stat`` of each template, and of the one it extends, per page)."""
    environment = Environment(
        loader=PackageLoader("feedpub", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    return environment


def feed_links(site: SiteConfig) -> list[FeedLink]:
    """Autodiscovery links for every format of every feed of the site."""
    return [
        FeedLink(kind.media_type, f"{spec.title} ({kind.label})", feed_url(site, spec, kind.file))
        for spec in site.feeds
        for kind in FEED_FORMATS
    ]


def _page(template: str, **context: object) -> bytes:
    return _environment().get_template(template).render(**context).encode("utf-8")


def render_article_page(entry: Entry, site: SiteConfig, jsonld: str) -> bytes:
    """``articles/<day>/<id>.html``, with the article's JSON-LD text embedded."""
    return _page(
        "article.html",
        language=entry.language,
        direction=entry.direction,
        title=entry.title,
        description=entry.summary,
        root="../../",
        feed_links=feed_links(site),
        entry=entry,
        site=site,
        jsonld=Markup(script_json(jsonld)),  # noqa: S704 - escaped by script_json
    )


def render_index(site: SiteConfig, latest: tuple[Entry, ...]) -> bytes:
    """``index.html``: the feeds and the latest articles, with autodiscovery links."""
    return _page(
        "index.html",
        language=site.language,
        direction=text_direction(site.language),
        title=site.title,
        description=site.description,
        root="",
        feed_links=feed_links(site),
        site=site,
        feeds=site.feeds,
        formats=FEED_FORMATS,
        entries=latest,
    )


def stylesheet() -> bytes:
    """The one stylesheet all pages share."""
    return resources.files("feedpub").joinpath("templates", "style.css").read_bytes()


def render_feed_stylesheet() -> bytes:
    """``feed.xsl``: how a browser shows the RSS and Atom feeds to a person (each feed links
    it), right to left for the languages written so; the pages' stylesheet is inlined, since
    a feed's own folder decides where a relative link would lead."""
    return _page("feed.xsl", rtl_languages=sorted(RTL_LANGUAGES), css=stylesheet().decode("utf-8").strip())

"""Example sites for build and serve tests."""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = ROOT / "articles" / "2025-11-07-baghdad-iraq-us-security-consultations.txt"

#: The build time tests give, so that what they build is the same whenever they run.
NOW = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
VALID_ARTICLES = sorted((DATA / "articles" / "valid").iterdir())
XSS_HEADLINE = "Hostile </script><script>alert(1)</script> ]]> & <b>bold</b>"
SITE_CONFIG = """\
title = "Test wire"
description = "Stories from the wires"
base_url = "https://news.example.org/"
language = "ar"
timezone = "Asia/Baghdad"
articles = "articles"
entries = 50
hub = "https://hub.example.org/"

[publisher]
name = "Example Newsroom"
url = "https://news.example.org/"
logo = "https://news.example.org/logo.png"

[[feeds]]
name = "english"
title = "In English"
filter = { language = "en" }

[[feeds]]
name = "xinhua"
title = "Xinhua"
filter = { agency = "xinhua" }
"""


#: The test site with feeds of two entries, so that its stories fill RFC 5005 archive pages.
ARCHIVED = SITE_CONFIG.replace("entries = 50", "entries = 2")


def make_site(root: Path, extra_articles: dict[str, str] | None = None, config: str = SITE_CONFIG) -> Path:
    """A site folder with feedpub.toml, the seed and the valid example articles; returns the config path."""
    articles = root / "articles"
    articles.mkdir(parents=True)
    (articles / SEED.name).write_bytes(SEED.read_bytes())
    for file in VALID_ARTICLES:
        (articles / file.name).write_bytes(file.read_bytes())
    for name, text in (extra_articles or {}).items():
        (articles / name).write_text(text, encoding="utf-8")
    config_file = root / "feedpub.toml"
    config_file.write_text(config, encoding="utf-8")
    return config_file


XSS_ARTICLE = f"""\
---
datePublished: 2025-11-06T10:00:00+00:00
---
{XSS_HEADLINE}
LONDON, Nov. 6 (Reuters) - A story whose headline tries <script>alert(2)</script> and & ]]> tricks.
"""


def published_files(folder: Path, pattern: str = "*") -> list[Path]:
    """Every file of a built site matching ``pattern``, following the links to its day folders."""
    found = []
    for parent, _, names in os.walk(folder, followlinks=True):
        found += [Path(parent) / name for name in names if fnmatch.fnmatch(name, pattern)]
    return sorted(found)


#: The media type each kind of output is served with, by feedpub serve and by nginx alike: the
#: oracle for both servers' tests (written out, not read from the format table).
MEDIA_TYPES = {
    "/rss.xml": "application/rss+xml; charset=utf-8",
    "/atom.xml": "application/atom+xml; charset=utf-8",
    "/feed.json": "application/feed+json; charset=utf-8",
    "/feeds/english/rss.xml": "application/rss+xml; charset=utf-8",
    "/feeds/english/atom.xml": "application/atom+xml; charset=utf-8",
    "/articles/2025-11-07/fr-afp.jsonld": "application/ld+json; charset=utf-8",
    "/articles/2025-11-07/fr-afp.ninjs.json": "application/json; charset=utf-8",
    "/articles/2025-11-07/fr-afp.html": "text/html; charset=utf-8",
    "/": "text/html; charset=utf-8",
    "/index.html": "text/html; charset=utf-8",
    "/sitemap-news.xml": "application/xml; charset=utf-8",
    "/robots.txt": "text/plain; charset=utf-8",
    "/feed.xsl": "application/xslt+xml; charset=utf-8",
    "/style.css": "text/css; charset=utf-8",
    "/archive/1.rss.xml": "application/rss+xml; charset=utf-8",
    "/archive/1.atom.xml": "application/atom+xml; charset=utf-8",
    "/feeds/english/archive/1.feed.json": "application/feed+json; charset=utf-8",
}

"""ninjs 3.1 out: valid against IPTC's published schema, and read back into the same article."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from feedpub.config import SiteConfig, load_config
from feedpub.model import Article, article_from_dict
from feedpub.parse import parse_file
from feedpub.render.entry import article_url, entry_for
from feedpub.render.ninjs import ninjs_document, render_ninjs
from feedpub.validate import check_article
from tests.formats import FORMATS, items
from tests.sites import ROOT

DATA = Path(__file__).parents[2] / "data"
#: IPTC's ninjs 3.1 JSON Schema, as published (see tests/data/SOURCES.md).
SCHEMA = json.loads((DATA / "ninjs" / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
REFERENCE = dt.date(2025, 11, 10)
#: Valid articles of every input format: feedpub's own examples and the real agency items.
SOURCES = [
    *sorted((DATA / "articles" / "valid").iterdir()),
    ROOT / "articles" / "2025-11-07-baghdad-iraq-us-security-consultations.txt",
    *(item for kind in ("newsml-g2", "newsml-1.2", "nitf", "iptc7901", "anpa-1312", "ninjs") for item in items(kind)),
]


@pytest.fixture(scope="module")
def site() -> SiteConfig:
    """The bundled site's configuration (base URL, time zone)."""
    return load_config(ROOT / "feedpub.toml")


def _article(file: Path, site: SiteConfig) -> Article | None:
    report = check_article(parse_file(file, reference_date=REFERENCE))
    if report.article is None or not report.is_valid():
        return None
    return article_from_dict(report.article, site.timezone)


#: The publishable ones: only a valid article is written as ninjs.
ARTICLES = [file for file in SOURCES if _article(file, load_config(ROOT / "feedpub.toml")) is not None]


@pytest.mark.parametrize("file", ARTICLES, ids=[file.name for file in ARTICLES])
def test_ninjs_validates_against_iptc_schema(file: Path, site: SiteConfig) -> None:
    """Every valid article's ninjs passes IPTC's ninjs 3.1 JSON Schema, formats checked."""
    article = _article(file, site)
    assert article is not None
    document = json.loads(render_ninjs(ninjs_document(entry_for(article, site))))
    errors = sorted(Draft202012Validator(SCHEMA, format_checker=FormatChecker()).iter_errors(document), key=str)
    assert not errors, [error.message for error in errors]
    assert document["standard"]["version"] == "3.1"


@pytest.mark.parametrize("file", ARTICLES, ids=[file.name for file in ARTICLES])
def test_round_trip_keeps_every_modelled_field(file: Path, site: SiteConfig, tmp_path: Path) -> None:
    """ninjs written by feedpub, read back by feedpub, gives the same article in every field it models."""
    first = _article(file, site)
    assert first is not None
    written = tmp_path / f"{first.id}.json"
    written.write_bytes(render_ninjs(ninjs_document(entry_for(first, site))))
    second = _article(written, site)
    assert second is not None
    for name in (
        "headline", "dateline", "body", "language", "published", "modified", "authors", "keywords", "section",
        "summary", "image",
    ):  # fmt: skip
        assert getattr(second, name) == getattr(first, name), name
    assert (second.agency.id, second.agency.name) == (first.agency.id, first.agency.name)
    assert second.url == article_url(first, site)


def test_every_input_format_is_round_tripped() -> None:
    """Articles read from every input format are among those written and read back."""
    formats = {file.parent.name for file in ARTICLES if file.parent.parent.name == "formats"}
    assert formats == {"newsml-g2", "newsml-1.2", "nitf", "iptc7901", "anpa-1312", "ninjs"}


def test_real_ninjs_round_trip_is_not_vacuous(site: SiteConfig) -> None:
    """The round trip covers real ninjs with image, section, summary, authors and a modified time."""
    article = _article(FORMATS / "ninjs" / "superdesk-ninjs5.json", site)
    assert article is not None
    assert article.image is not None
    assert article.image.width
    assert article.image.caption
    assert article.section
    assert article.summary
    assert article.authors
    assert article.modified > article.published


def test_rendering_is_deterministic(site: SiteConfig) -> None:
    """The same article gives the same ninjs bytes, one JSON line."""
    article = _article(ROOT / "articles" / "2025-11-07-baghdad-iraq-us-security-consultations.txt", site)
    assert article is not None
    once = render_ninjs(ninjs_document(entry_for(article, site)))
    assert once == render_ninjs(ninjs_document(entry_for(article, site)))
    assert once.count(b"\n") == 1
    assert once.endswith(b"\n")

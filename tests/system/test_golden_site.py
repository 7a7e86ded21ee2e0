"""The bundled site, built from articles/ and feedpub.toml, matches reviewed golden files."""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Callable
from pathlib import Path

import brotli
import pytest

from feedpub.build.site import build_site
from feedpub.config import load_config
from tests.sites import ARCHIVED, NOW, ROOT, make_site, published_files


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundled") / "public"
    build_site(load_config(ROOT / "feedpub.toml"), out, reference_date=dt.date(2025, 11, 10), now=NOW)
    return out


FILES = [
    "rss.xml",
    "atom.xml",
    "feed.json",
    "index.html",
    "sitemap-news.xml",
    "robots.txt",
    "feed.xsl",
    "feeds/xinhua-arabic/atom.xml",
    "articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.jsonld",
    "articles/2025-11-07/2025-11-07-baghdad-iraq-us-security-consultations.html",
]


@pytest.mark.parametrize("name", FILES)
def test_bundled_output_matches_golden(bundled: Path, name: str, golden: Callable[[str, str], None]) -> None:
    """Each output of the seed's site is byte-identical to tests/golden/site/."""
    golden(f"site/{name}", (bundled / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test site: the seed and the example articles, one with a front-matter image."""
    root = tmp_path_factory.mktemp("example")
    build_site(load_config(make_site(root)), root / "public", reference_date=dt.date(2025, 11, 10), now=NOW)
    return root / "public"


EXAMPLE_FILES = [
    "feeds/english/rss.xml",
    "feeds/english/atom.xml",
    "articles/2025-11-07/en-xinhua-front-matter.html",
]


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_example_output_matches_golden(example: Path, name: str, golden: Callable[[str, str], None]) -> None:
    """The English feed and the page of a story with an image are byte-identical to tests/golden/example/."""
    golden(f"example/{name}", (example / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test site with feeds of two entries (so archive pages), built once and again
    after a story was edited without dateModified."""
    root = tmp_path_factory.mktemp("history")
    site = load_config(make_site(root, config=ARCHIVED))
    build_site(site, root / "public", reference_date=dt.date(2025, 11, 10), now=NOW)
    story = site.articles / "fr-afp.json"
    corrected = story.read_text(encoding="utf-8").replace("Le texte sera", "Le texte corrigé sera")
    story.write_text(corrected, encoding="utf-8")
    build_site(site, root / "public", reference_date=dt.date(2025, 11, 10), now=NOW + dt.timedelta(hours=3))
    return root / "public"


HISTORY_FILES = [
    "atom.xml",
    "feed.json",
    "archive/1.atom.xml",
    "archive/2.rss.xml",
    "archive/2.feed.json",
    "articles/2025-11-07/fr-afp.html",
]


@pytest.mark.parametrize("name", HISTORY_FILES)
def test_history_output_matches_golden(history: Path, name: str, golden: Callable[[str, str], None]) -> None:
    """Archive pages and their links, and an edited story's modified time, as tests/golden/history/ shows them."""
    golden(f"history/{name}", (history / name).read_text(encoding="utf-8"))


def test_precompressed_siblings_match(bundled: Path) -> None:
    """Every .gz and .br file decompresses to its sibling, so a server may send any of them;
    article pages and their JSON-LD have none (servers compress those when asked)."""
    texts = [p for p in published_files(bundled, "[!.]*") if p.suffix in (".xml", ".json", ".jsonld", ".html", ".css")]
    pages = [p for p in texts if "articles" in p.relative_to(bundled).parts]
    polled = [p for p in texts if p not in pages]
    assert pages
    assert polled
    for file in pages:
        assert not file.with_name(file.name + ".gz").exists(), file
        assert not file.with_name(file.name + ".br").exists(), file
    for file in polled:
        for suffix, decompress in ((".gz", gzip.decompress), (".br", brotli.decompress)):
            sibling = file.with_name(file.name + suffix)
            assert decompress(sibling.read_bytes()) == file.read_bytes(), sibling

"""One file's jobs: embargoes (a story published in the future is held back until a build at or
after its time), and the items of a file that holds several."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feedpub.build import cache as build_cache
from feedpub.build.cache import ArticleCache, keep_tables, load_tables
from feedpub.build.job import ArticleJob, Context
from feedpub.build.site import build_site
from feedpub.cli import main
from feedpub.config import load_config
from tests.sites import DATA, NOW, make_site

REFERENCE = dt.date(2025, 11, 10)
DUE = dt.datetime(2025, 11, 10, 18, 0, tzinfo=dt.UTC)
EMBARGOED = (
    "---\ndatePublished: 2025-11-10T18:00:00+00:00\n---\n"
    "Budget day\nLONDON, Nov. 10 (Reuters) - The budget, under embargo until 18:00.\n"
)
PAGE = "articles/2025-11-10/embargoed.html"
#: A real NewsML-G2 message of three AP text items (see tests/data/SOURCES.md).
BATCH = DATA / "formats" / "newsml-g2" / "superdesk-ntb-ntb_newsml_g2.xml"


def _titles(out: Path) -> list[str]:
    return [entry.title for entry in feedparser.parse((out / "atom.xml").read_bytes()).entries]


def test_a_story_due_later_is_held_and_published_when_its_time_comes(tmp_path: Path) -> None:
    """Before its datePublished the story is in no feed and has no page, and the report says
    until when; a build at its time publishes it without the file changing."""
    site = load_config(make_site(tmp_path, {"embargoed.txt": EMBARGOED}))
    out = tmp_path / "public"
    report = build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert [(path.name, due) for path, due in report.held] == [("embargoed.txt", DUE)]
    assert report.next_release == DUE
    assert report.published == 5
    assert report.is_valid(strict=True)
    assert "Budget day" not in _titles(out)
    assert not (out / PAGE).exists()
    early = build_site(site, out, reference_date=REFERENCE, now=DUE - dt.timedelta(seconds=1))
    assert early.next_release == DUE
    assert not early.changed
    released = build_site(site, out, reference_date=REFERENCE, now=DUE)
    assert released.held == ()
    assert released.next_release is None
    assert released.published == 6
    assert "Budget day" in _titles(out)
    assert (out / PAGE).exists()


def test_the_build_summary_says_what_is_held(tmp_path: Path) -> None:
    """`feedpub build` names each story held and until when, and counts them in its summary."""
    config = make_site(tmp_path, {"embargoed.txt": EMBARGOED.replace("2025-11-10T18", "2099-01-01T08")})
    result = CliRunner().invoke(main, ["build", "--config", str(config), "--format", "json"])
    assert '"until": "2099-01-01T08:00:00+00:00"' in result.stdout
    result = CliRunner().invoke(main, ["build", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "1 held until 2099-01-01T08:00:00+00:00" in result.stdout
    assert f"{tmp_path / 'articles' / 'embargoed.txt'}: held until 2099-01-01T08:00:00+00:00" in result.stdout


def test_a_file_of_several_items_gives_a_job_outcome_per_item(tmp_path: Path) -> None:
    """run_file gives each item its own path and cache key, counting the file parsed once;
    run on an item's path renders that item alone, recalled from the cache."""
    site = load_config(make_site(tmp_path))
    batch = site.articles / "ap-batch.xml"
    shutil.copyfile(BATCH, batch)
    cache_file = tmp_path / "cache.sqlite3"
    (tmp_path / "pages").mkdir()
    job = ArticleJob(Context(site, None, REFERENCE, cache_file, tmp_path / "pages"))
    done = job.run_file(batch)
    assert [result.report.file.name.partition("#")[2] for result in done] == [
        result.listing.id for result in done if result.listing
    ]
    assert len(done) == 3
    assert [result.parsed for result in done] == [True, False, False]
    assert len({result.key for result in done}) == 3
    cache = ArticleCache(cache_file)
    for result in done:
        assert result.key
        assert result.cache_entry
        cache.put(result.key, REFERENCE, result.cache_entry, result.depends)
    cache.commit()
    cache.close()
    again = job.run(done[1].report.file)
    job.close()
    assert not again.parsed
    assert again.listing == done[1].listing
    assert len({result.listing.digest for result in done if result.listing}) == 3


def test_the_tables_a_build_made_are_kept_for_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that made GeoNames' tables (it read a story that asked) stores them, and the
    next build hands them to the gazetteer; one that made none stores nothing."""
    cache = ArticleCache(tmp_path / "cache.sqlite3")
    monkeypatch.setattr(build_cache, "made_tables", dict)
    keep_tables(cache)
    assert cache.table("place-names") is None
    monkeypatch.setattr(build_cache, "made_tables", lambda: {"place-names": b"table"})
    keep_tables(cache)
    handed: list[tuple[str, bytes]] = []
    monkeypatch.setattr(build_cache, "use_stored_table", lambda name, data: handed.append((name, data)))
    load_tables(cache)
    assert handed == [("place-names", b"table")]
    cache.close()

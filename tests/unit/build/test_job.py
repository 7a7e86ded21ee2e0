"""Embargoes: a story published in the future is held back until a build at or after its time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
from click.testing import CliRunner

from feedpub.build.site import build_site
from feedpub.cli import main
from feedpub.config import load_config
from tests.sites import NOW, make_site

REFERENCE = dt.date(2025, 11, 10)
DUE = dt.datetime(2025, 11, 10, 18, 0, tzinfo=dt.UTC)
EMBARGOED = (
    "---\ndatePublished: 2025-11-10T18:00:00+00:00\n---\n"
    "Budget day\nLONDON, Nov. 10 (Reuters) - The budget, under embargo until 18:00.\n"
)
PAGE = "articles/2025-11-10/embargoed.html"


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
    """`feedpub build` ends by saying how many stories are held and until when."""
    config = make_site(tmp_path, {"embargoed.txt": EMBARGOED.replace("2025-11-10T18", "2099-01-01T08")})
    result = CliRunner().invoke(main, ["build", "--config", str(config), "--format", "json"])
    assert '"until": "2099-01-01T08:00:00+00:00"' in result.stdout
    result = CliRunner().invoke(main, ["build", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "1 held until 2099-01-01T08:00:00+00:00" in result.stdout

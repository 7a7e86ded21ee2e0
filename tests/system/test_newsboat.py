"""A real aggregator: newsboat reloads the served feeds and keeps every entry, Arabic intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import feedparser
import pytest

from tests.conftest import Served
from tests.servers import require_command

FEEDS = ["/rss.xml", "/atom.xml", "/feeds/xinhua/rss.xml"]


def _newsboat_titles(newsboat: str, url: str, folder: Path) -> list[str]:
    """Reload one feed into a fresh newsboat cache (newsboat keeps one item per guid) and read it."""
    folder.mkdir()
    (folder / "urls").write_text(url + "\n", encoding="utf-8")
    (folder / "config").write_text("reload-threads 1\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(folder), "XDG_CONFIG_HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    completed = subprocess.run(
        [newsboat, "-u", "urls", "-c", "cache.db", "-C", "config", "-x", "reload"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    with sqlite3.connect(folder / "cache.db") as db:
        return sorted(title for (title,) in db.execute("SELECT title FROM rss_item WHERE feedurl = ?", (url,)))


@pytest.mark.parametrize("path", FEEDS)
def test_newsboat_keeps_every_entry(served: Served, tmp_path: Path, path: str) -> None:
    """newsboat's cache holds exactly the served entries' titles, Arabic included, character for character."""
    newsboat = require_command("newsboat", "newsboat")
    url = served.url + path
    expected = sorted(entry.title for entry in feedparser.parse(url).entries)
    assert expected
    titles = _newsboat_titles(newsboat, url, tmp_path / "newsboat")
    assert titles == expected
    assert "مشاورات عراقية أمريكية في بغداد لبحث مستقبل العلاقات الأمنية" in titles

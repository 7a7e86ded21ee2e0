"""What a watcher's change set can say alone, and what needs a listing of every file."""

from __future__ import annotations

from pathlib import Path

from feedpub.build.changes import watched_files
from feedpub.config import load_config
from tests.sites import make_site


def test_changed_and_removed_article_files_are_trusted(tmp_path: Path) -> None:
    """Article files, present or gone, are what changed; hidden files and other names are passed over."""
    site = load_config(make_site(tmp_path))
    changed = site.articles / "fr-afp.json"
    gone = site.articles / "gone.txt"
    hidden = site.articles / ".draft.txt"
    hidden.write_text("x", encoding="utf-8")
    notes = site.articles / "notes.md"
    found = watched_files(site, [str(changed), str(gone)], [changed, gone, hidden, notes])
    assert found == {str(changed), str(gone)}


def test_folders_and_outside_paths_need_a_listing(tmp_path: Path) -> None:
    """A folder moved in, a folder gone that held articles, or the config itself: list everything."""
    site = load_config(make_site(tmp_path))
    folder = site.articles / "world"
    folder.mkdir()
    gone_folder = site.articles / "archive"
    listed = [str(gone_folder / "old.txt")]
    assert watched_files(site, listed, [folder]) is None
    assert watched_files(site, listed, [gone_folder]) is None
    assert watched_files(site, listed, [site.file]) is None
    assert watched_files(site, listed, [site.articles / "never-there"]) == set()


def test_a_link_to_nothing_or_to_itself_needs_a_listing(tmp_path: Path) -> None:
    """A symbolic link that leads nowhere is no file gone: the listing reports it, with why."""
    site = load_config(make_site(tmp_path))
    loop = site.articles / "loop.txt"
    loop.symlink_to(loop.name)
    dangling = site.articles / "dangling.txt"
    dangling.symlink_to("nowhere.txt")
    assert watched_files(site, [], [loop]) is None
    assert watched_files(site, [], [dangling]) is None

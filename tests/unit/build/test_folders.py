"""Immutable folders: named by what they hold, made once, reused when the same, linked into
a build from any depth."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from feedpub.build.folders import (
    ARCHIVES,
    DAYS,
    FolderFile,
    Store,
    folder_files,
    folder_gone,
    folder_manifest,
    forget_manifests,
    link_folder,
    read_folder_files,
    write_folder,
)
from feedpub.build.outputs import prepare, stage
from tests.sites import NOW


def _staged(pages: Path, key: str, texts: dict[str, str]) -> dict[str, FolderFile]:
    """Stage ``texts`` (by file name) as this process would for the folder ``key``."""
    files = {}
    for name, text in texts.items():
        prepared = prepare(f"archive/{name}", text.encode(), NOW)
        files[name] = FolderFile(prepared.info, stage(pages, key, prepared), staged=True)
    return files


def test_a_folder_is_named_by_its_files_and_made_once(tmp_path: Path) -> None:
    """The same files give the same folder, which is not made again; other bytes give another."""
    builds = tmp_path / "builds"
    (builds / ARCHIVES.folder).mkdir(parents=True)
    pages = {"1.atom.xml": "<feed>one</feed>", "2.atom.xml": "<feed>two</feed>"}
    first = write_folder(builds, ARCHIVES, "main", _staged(tmp_path / "a", "main", pages))
    made = (builds / ARCHIVES.folder / first / "1.atom.xml").stat().st_ino
    again = write_folder(builds, ARCHIVES, "main", _staged(tmp_path / "b", "main", pages))
    assert again == first
    assert (builds / ARCHIVES.folder / first / "1.atom.xml").stat().st_ino == made
    other = write_folder(builds, ARCHIVES, "main", _staged(tmp_path / "c", "main", {**pages, "2.atom.xml": "x"}))
    assert other != first
    assert sorted(path.name for path in (builds / ARCHIVES.folder).iterdir()) == sorted([first, other])
    assert first.startswith("main-")


def test_unstaged_files_are_linked_from_the_earlier_folder(tmp_path: Path) -> None:
    """A file the build did not stage is a hard link to the earlier folder's."""
    builds = tmp_path / "builds"
    (builds / ARCHIVES.folder).mkdir(parents=True)
    first = write_folder(builds, ARCHIVES, "main", _staged(tmp_path / "a", "main", {"1.atom.xml": "one"}))
    earlier = builds / ARCHIVES.folder / first
    kept = {
        "1.atom.xml": FolderFile(
            folder_files(earlier, ARCHIVES, "archive")["1.atom.xml"].as_manifest(), earlier, staged=False
        )
    }
    second = write_folder(builds, ARCHIVES, "main", {**kept, **_staged(tmp_path / "b", "main", {"2.atom.xml": "two"})})
    later = builds / ARCHIVES.folder / second
    assert (later / "1.atom.xml").samefile(earlier / "1.atom.xml")
    assert not (earlier / "2.atom.xml").exists()
    assert folder_files(later, ARCHIVES, "archive")["2.atom.xml"].path == "archive/2.atom.xml"


def test_gone_files_leave_tombstones(tmp_path: Path) -> None:
    """A name given as gone gets an empty tombstone and is listed as gone."""
    builds = tmp_path / "builds"
    (builds / DAYS.folder).mkdir(parents=True)
    name = write_folder(builds, DAYS, "2025-11-07", _staged(tmp_path / "a", "2025-11-07", {"a.html": "a"}), ["b.html"])
    folder = builds / DAYS.folder / name
    assert (folder / "b.html.gone").read_bytes() == b""
    assert folder_gone(folder, DAYS) == {"b.html"}


def test_a_folder_read_once_is_read_afresh_and_not_kept(tmp_path: Path) -> None:
    """A build reads each day's previous folder once: it gets the files :func:`folder_files`
    gives, and no manifest stays in memory after it."""
    builds = tmp_path / "builds"
    (builds / DAYS.folder).mkdir(parents=True)
    name = write_folder(builds, DAYS, "2025-11-07", _staged(tmp_path / "a", "2025-11-07", {"a.html": "a"}))
    folder = builds / DAYS.folder / name
    forget_manifests()
    files = read_folder_files(folder, DAYS, "articles/2025-11-07")
    assert folder_manifest.cache_info().currsize == 0
    assert files == folder_files(folder, DAYS, "articles/2025-11-07")
    assert files["a.html"].path == "articles/2025-11-07/a.html"


@pytest.mark.parametrize(
    ("place", "store"), [("archive", ARCHIVES), ("feeds/sport/archive", ARCHIVES), ("articles/2025-11-07", DAYS)]
)
def test_a_link_reaches_the_store_from_its_place(tmp_path: Path, place: str, store: Store) -> None:
    """A build's link points into the store relatively, whatever its depth, and the tree
    keeps working when moved whole."""
    builds = tmp_path / "builds"
    (builds / store.folder / "x-1").mkdir(parents=True)
    build = builds / "build"
    (build / place).parent.mkdir(parents=True)
    link_folder(build, place, store, "x-1")
    assert (build / place).resolve() == builds / store.folder / "x-1"
    os.rename(tmp_path / "builds", tmp_path / "moved")
    assert (tmp_path / "moved" / "build" / place).resolve() == tmp_path / "moved" / store.folder / "x-1"

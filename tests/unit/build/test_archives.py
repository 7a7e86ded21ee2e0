"""Each feed's archive pages are one immutable folder: kept with one link while none of its
pages changes, a new folder sharing the unchanged pages when one does, pruned with the
builds that link it."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import brotli
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedpub.build.folders import ARCHIVES, SPARE
from feedpub.build.outputs import siblings
from feedpub.build.site import build_site
from feedpub.build.state import BuildState
from feedpub.build.tree import MANIFEST, builds_folder, load_tree, recorded_swaps
from feedpub.config import SiteConfig, load_config
from tests.sites import ARCHIVED, NOW, make_site

REFERENCE = dt.date(2025, 11, 10)
#: Where each feed of the test site links its archive folder.
PLACES = {"main": "archive", "english": "feeds/english/archive", "xinhua": "feeds/xinhua/archive"}


def _correct(site: SiteConfig, round: int) -> None:
    """Correct the French AFP story (a story of the main feed only) once more."""
    story = site.articles / "fr-afp.json"
    story.write_text(story.read_text(encoding="utf-8").replace("Le texte", f"Le texte ({round})", 1), "utf-8")


def _build(site: SiteConfig, out: Path, hours: int = 0) -> dict[str, str]:
    """Build, and return the archive folders of the build served, by place."""
    build_site(site, out, reference_date=REFERENCE, now=NOW + dt.timedelta(hours=hours))
    return load_tree(out).archives


def _store(out: Path) -> set[str]:
    return {path.name for path in (builds_folder(out) / ARCHIVES.folder).iterdir()}


def _pages(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if not name.startswith("."))


def test_every_feed_links_its_archive_folder(tmp_path: Path) -> None:
    """Each feed's archive/ in the build is a link to its folder in the archives store,
    holding every page in every format with its siblings, and nothing else but its manifest."""
    site = load_config(make_site(tmp_path, config=ARCHIVED))
    out = tmp_path / "public"
    archives = _build(site, out)
    assert set(archives) == set(PLACES.values())
    for place, name in archives.items():
        link = out / place
        assert link.is_symlink()
        assert link.resolve() == builds_folder(out) / ARCHIVES.folder / name
        assert "1.atom.xml" in _pages(link)
        assert (link / "1.atom.xml.gz").is_file()
        listed = json.loads((link / ARCHIVES.manifest).read_text(encoding="utf-8"))["files"]
        assert sorted(listed) == [page for page in _pages(link) if not page.endswith((".gz", ".br"))]
    assert "archive/1.atom.xml" not in json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]


def test_an_unchanged_archive_is_linked_not_written(tmp_path: Path) -> None:
    """A build that changes no page of a feed's archive links the same folder, through a hard
    link to the previous build's symlink: the same inodes, no new folder in the store."""
    site = load_config(make_site(tmp_path, config=ARCHIVED))
    out = tmp_path / "public"
    before = _build(site, out)
    first = out.resolve()
    inodes = {place: (out / place / "1.atom.xml").stat().st_ino for place in PLACES.values()}
    _correct(site, 1)
    after = _build(site, out, hours=3)
    assert out.resolve() != first
    for place in (PLACES["english"], PLACES["xinhua"]):
        assert after[place] == before[place]
        assert (out / place).lstat().st_ino == (first / place).lstat().st_ino  # the previous build's link
        assert (out / place / "1.atom.xml").stat().st_ino == inodes[place]
    assert after[PLACES["main"]] != before[PLACES["main"]]
    assert _store(out) == {*before.values(), after[PLACES["main"]]}


def test_a_changed_page_makes_a_new_folder_that_shares_the_others(tmp_path: Path) -> None:
    """A corrected story's page is new, in a new folder of the feed's archive; the pages it
    left alone are hard links to the previous folder's, which stays as it was."""
    site = load_config(make_site(tmp_path, config=ARCHIVED))
    out = tmp_path / "public"
    before = _build(site, out)
    old = out / PLACES["main"]
    old_folder = old.resolve()
    old_bytes = {name: (old_folder / name).read_bytes() for name in _pages(old_folder)}
    _correct(site, 1)
    _build(site, out, hours=3)
    new_folder = (out / PLACES["main"]).resolve()
    assert new_folder != old_folder
    assert new_folder.name.startswith("main-")
    assert _pages(new_folder) == sorted(old_bytes)
    shared = [name for name in old_bytes if (new_folder / name).samefile(old_folder / name)]
    changed = [name for name in old_bytes if name not in shared]
    assert shared
    assert changed
    assert all((new_folder / name).read_bytes() != old_bytes[name] for name in changed if not name.endswith(".br"))
    assert {name: (old_folder / name).read_bytes() for name in old_bytes} == old_bytes
    assert before[PLACES["main"]] == old_folder.name


def _linked(out: Path) -> set[str]:
    """The archive folders the builds kept link."""
    builds = builds_folder(out)
    linked = set()
    for name in recorded_swaps(builds):
        linked |= set(json.loads((builds / name / MANIFEST).read_text(encoding="utf-8"))["archives"].values())
    return linked


def test_pruning_keeps_only_the_linked_folders_and_one_spare_a_feed(tmp_path: Path) -> None:
    """After several corrections the store holds the folders of the build served and the one
    before it, and of the main feed's folders no build links, the newest as its spare."""
    site = load_config(make_site(tmp_path, config=ARCHIVED))
    out = tmp_path / "public"
    made = [_build(site, out)]
    for round in range(1, 4):
        _correct(site, round)
        made.append(_build(site, out, hours=3 * round))
    main = [archives[PLACES["main"]] for archives in made]
    assert len(set(main)) == 4
    assert _store(out) == _linked(out) | {SPARE + main[1]}
    assert made[0][PLACES["english"]] in _linked(out)


def test_a_changed_archive_brings_the_spare_folder_up_to_date(tmp_path: Path) -> None:
    """A build that changes a feed's pages takes its spare folder (no build links it) and
    replaces only the files that changed since: the others keep their inodes, and the
    folder holds exactly what its manifest lists, each file the bytes its ETag names."""
    site = load_config(make_site(tmp_path, config=ARCHIVED))
    out = tmp_path / "public"
    first = _build(site, out)[PLACES["main"]]
    store = builds_folder(out) / ARCHIVES.folder
    inodes = {name: (store / first / name).stat().st_ino for name in _pages(store / first)}
    for round in (1, 2):
        _correct(site, round)
        _build(site, out, hours=3 * round)
    assert SPARE + first in _store(out)
    untouched = [name for name in inodes if (store / (SPARE + first) / name).stat().st_ino == inodes[name]]
    assert untouched
    _correct(site, 3)
    newest = _build(site, out, hours=9)[PLACES["main"]]
    assert SPARE + first not in _store(out)
    folder = store / newest
    assert {name for name in untouched if (folder / name).stat().st_ino == inodes[name]}
    listed = json.loads((folder / ARCHIVES.manifest).read_text(encoding="utf-8"))["files"]
    on_disk = set(_pages(folder))
    assert on_disk == {sibling for name, info in listed.items() for sibling in siblings(name, info)}
    for name, info in listed.items():
        data = (folder / name).read_bytes()
        assert hashlib.sha256(data).hexdigest()[:32] == info["etag"], name
        assert gzip.decompress((folder / (name + ".gz")).read_bytes()) == data
        assert brotli.decompress((folder / (name + ".br")).read_bytes()) == data


def test_a_feed_without_full_pages_has_no_archive(tmp_path: Path) -> None:
    """With feeds longer than the site's stories, no page is full: no archive/ and no folder."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    assert _build(site, out) == {}
    assert not (out / "archive").exists()
    assert _store(out) == set()


def test_pruning_removes_the_spare_of_a_feed_no_longer_built(tmp_path: Path) -> None:
    """A feed taken out of the config leaves a spare folder behind no build will bring up to
    date: the next prune removes it, and keeps the spares of the feeds still built."""
    site = load_config(make_site(tmp_path, config=ARCHIVED))
    out = tmp_path / "public"
    made = [_build(site, out)]
    store = builds_folder(out) / ARCHIVES.folder
    gone = store / f"{SPARE}removed-0123456789abcdef"
    gone.mkdir()
    (gone / ARCHIVES.manifest).write_text('{"feed": "removed", "files": {}}\n', encoding="utf-8")
    for round in range(1, 3):
        _correct(site, round)
        made.append(_build(site, out, hours=3 * round))
    assert not gone.exists()
    assert any(name.startswith(SPARE + "main-") for name in _store(out))


def _story(day: int, agency: str, note: str = "") -> str:
    """A short English wire story of November ``day``, credited to ``agency``."""
    return (
        f"Talks resume on day {day}\n"
        f"CAIRO, Nov. {day} ({agency}) -- Negotiators met again on Monday, day {day} of the talks.{note}\n"
        "They are to meet again next week.\n"
    )


def _served(out: Path) -> dict[str, bytes]:
    """Every file a build serves (archive folders followed), by path."""
    root = out.resolve()
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }


#: Eighteen stories, two a day, of which the AFP ones are in the main feed only.
_STORIES = {f"2025-11-0{day}-{agency}.txt": _story(day, agency) for day in range(1, 10) for agency in ("AFP", "Xinhua")}


class _TwoSites:
    """The same stories in two sites, built alike: ``planned`` plans its archive pages from
    where its last build's pages ended, ``full`` always from every story (its state never
    tells where they ended). Each change is made to both and both are built; what they
    serve must be the same, byte for byte."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.sites = {
            name: load_config(make_site(root / name, _STORIES, config=ARCHIVED)) for name in ("planned", "full")
        }
        self.builds = 0
        self.passes: list[tuple[int | None, int | None]] = []
        every_story, page_ends = BuildState.feed_stories, BuildState.page_ends

        def feed_stories(state: BuildState, conditions: Any, after: int | None = None, upto: int | None = None) -> Any:
            if state.file.parent.parent.name == "planned":
                self.passes.append((after, upto))
            return every_story(state, conditions, after, upto)

        def forgetful(state: BuildState, build: str) -> dict[str, list[int]]:
            return {} if state.file.parent.parent.name == "full" else page_ends(state, build)

        monkeypatch.setattr(BuildState, "feed_stories", feed_stories)
        monkeypatch.setattr(BuildState, "page_ends", forgetful)

    def change(self, edit: Callable[[Path], object]) -> bool:
        """Make ``edit`` to both sites' articles and build both; whether the planned site's
        plan read every story."""
        self.passes.clear()
        for name, site in self.sites.items():
            edit(site.articles)
            _build(site, self.root / name / "public", hours=self.builds)
        self.builds += 1
        assert _served(self.root / "planned" / "public") == _served(self.root / "full" / "public")
        return (None, None) in self.passes


def test_a_rebuild_looks_at_the_pages_its_changes_reach_and_makes_what_a_full_plan_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild plans only the archive pages its stories fall in and the new ones, from where
    the last build's pages ended; a removed story, or one that leaves or joins a feed, moves
    the pages after it, and the plan then looks at every story. Whichever it does, each
    build serves byte for byte what a build that always looks at every story serves."""
    sites = _TwoSites(tmp_path, monkeypatch)
    assert sites.change(lambda articles: None)  # the first build
    corrected = "2025-11-03-AFP.txt"
    assert not sites.change(lambda a: (a / corrected).write_text(_story(3, "AFP", " A correction."), "utf-8"))
    assert not sites.change(lambda a: (a / "2025-11-09-AP.txt").write_text(_story(9, "AP"), "utf-8"))
    moved = "2025-11-02-AFP.txt"
    assert sites.change(lambda a: (a / moved).write_text(_story(2, "Xinhua", " Now Xinhua's."), "utf-8"))
    assert sites.change(lambda a: (a / "2025-11-04-Xinhua.txt").unlink())
    assert not sites.change(lambda a: (a / corrected).write_text(_story(3, "AFP", " Another correction."), "utf-8"))
    assert not sites.change(lambda a: None)


#: What a newsroom does between builds: correct a story, add one, take one down, or move one
#: to another agency (and so to or from the Xinhua feed), on any day.
_EDITS = st.tuples(
    st.sampled_from(["correct", "add", "remove", "move"]), st.integers(1, 9), st.sampled_from(["AFP", "Xinhua"])
)


def _apply(edit: tuple[str, int, str], round: int) -> Callable[[Path], object]:
    kind, day, agency = edit
    name = f"2025-11-0{day}-{agency}.txt"
    if kind == "correct":
        return lambda articles: (articles / name).write_text(_story(day, agency, f" Correction {round}."), "utf-8")
    if kind == "add":
        return lambda articles: (articles / f"2025-11-0{day}-AP-{round}.txt").write_text(_story(day, "AP"), "utf-8")
    if kind == "remove":
        return lambda articles: (articles / name).unlink(missing_ok=True)
    other = "Xinhua" if agency == "AFP" else "AFP"
    return lambda articles: (articles / name).write_text(_story(day, other, f" Moved {round}."), "utf-8")


@settings(max_examples=6, deadline=None)
@given(edits=st.lists(_EDITS, min_size=1, max_size=4))
def test_any_run_of_edits_serves_what_a_full_plan_serves(edits: list[tuple[str, int, str]]) -> None:
    """Whatever a newsroom does between builds, a site planning its archive pages from where
    the last build's ended serves what one planning from every story serves."""
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as monkeypatch:
        sites = _TwoSites(Path(folder), monkeypatch)
        sites.change(lambda articles: None)
        for round, edit in enumerate(edits, start=1):
            sites.change(_apply(edit, round))

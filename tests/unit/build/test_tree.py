"""The atomic swap and the pruning of old builds: what is kept is what the links name, and a
process killed at any step of a swap or a prune leaves a complete tree behind the output."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from feedpub import workers
from feedpub.build import site
from feedpub.build.folders import ARCHIVES, DAYS, SPARE, STORES, key_of
from feedpub.build.outputs import ENCODINGS, Prepared
from feedpub.build.site import build_site
from feedpub.build.tree import MANIFEST, SWAPS, TreeWriter, builds_folder, recorded_swaps
from feedpub.config import load_config
from tests.sites import ARCHIVED, NOW, SEED, SITE_CONFIG, make_site

REFERENCE = dt.date(2025, 11, 10)
STORY = "Story {0}\nPARIS, Nov. 8 (AFP) - Version {0} of a story that is edited and reverted.\n"
#: A process killed at a step exits with this code.
KILLED = 70


def _site(root: Path) -> Path:
    """A small site: the config, the seed article and one story whose versions the tests change."""
    (root / "articles").mkdir(parents=True)
    shutil.copyfile(SEED, root / "articles" / SEED.name)
    (root / "feedpub.toml").write_text(SITE_CONFIG, encoding="utf-8")
    return root / "feedpub.toml"


def _build(config: Path, version: str) -> str:
    """Write ``version`` of the story, build, and return the name of the build served."""
    (config.parent / "articles" / "story.txt").write_text(STORY.format(version), encoding="utf-8")
    out = config.parent / "public"
    build_site(load_config(config), out, reference_date=REFERENCE, now=NOW)
    return out.resolve().name


def _build_titled(config: Path, title: str) -> str:
    """Give the site ``title``, build, and return the name of the build served: a change of
    config and its revert give the earlier build again (no story changed, so no date did)."""
    config.write_text(SITE_CONFIG.replace('title = "Test wire"', f'title = "{title}"', 1), encoding="utf-8")
    out = config.parent / "public"
    build_site(load_config(config), out, reference_date=REFERENCE, now=NOW)
    return out.resolve().name


def _builds(root: Path) -> set[str]:
    stores = {store.folder for store in STORES}
    return {p.name for p in (root / ".public.builds").iterdir() if p.is_dir() and p.name not in stores}


def _complete(out: Path) -> str:
    """Check that ``out`` names a whole build, each file and sibling of it and of its day and
    archive folders there; return the build's name."""
    folder = out.resolve(strict=True)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for name, info in manifest["files"].items():
        for sibling in [name, *(name + ENCODINGS[coding] for coding in info["encodings"])]:
            assert (folder / sibling).is_file(), (folder.name, sibling)
    places = [(f"articles/{day}", DAYS) for day in manifest["days"]]
    places += [(place, ARCHIVES) for place in manifest.get("archives", {})]
    for place, store in places:
        linked = (folder / place).resolve(strict=True)
        assert linked.parent.name == store.folder, place
        files = json.loads((linked / store.manifest).read_text(encoding="utf-8"))["files"]
        for name, info in files.items():
            for sibling in [name, *(name + ENCODINGS[coding] for coding in info["encodings"])]:
                assert (linked / sibling).is_file(), (linked.name, sibling)
    return folder.name


def _tidy(root: Path, served: str, previous: str) -> None:
    """Exactly the served build and the one before are left, with just the day and archive
    folders they link."""
    builds = root / ".public.builds"
    assert _builds(root) == {served, previous}
    for store in STORES:
        linked = set()
        for name in (served, previous):
            manifest = json.loads((builds / name / MANIFEST).read_text(encoding="utf-8"))
            linked |= set(manifest[store.folder].values())
        stored = [p.name for p in (builds / store.folder).iterdir()]
        assert {name for name in stored if not name.startswith(SPARE)} == linked, store
        spares = [key_of(name) for name in stored if name.startswith(SPARE)]
        assert len(spares) == len(set(spares)), stored
        assert store.recycled or not spares, stored
    assert recorded_swaps(builds) == [served, previous]
    assert not list(root.glob(".public.link-*"))


def test_pruning_follows_the_links_not_the_times(tmp_path: Path) -> None:
    """After a change and its revert (A, B, A) the build served is an old folder: it is kept,
    and after C the build kept besides C is A, the one served before it, not B."""
    config = _site(tmp_path)
    a = _build_titled(config, "A")
    b = _build_titled(config, "B")
    assert _build_titled(config, "A") == a
    _tidy(tmp_path, a, b)
    c = _build_titled(config, "C")
    _tidy(tmp_path, c, a)
    assert _complete(tmp_path / "public") == c


def test_a_rebuild_of_the_same_build_changes_nothing(tmp_path: Path) -> None:
    """Building again what is served neither swaps nor prunes."""
    config = _site(tmp_path)
    a = _build(config, "A")
    b = _build(config, "B")
    assert _build(config, "B") == b
    _tidy(tmp_path, b, a)


def test_leftovers_of_cut_short_work_are_removed(tmp_path: Path) -> None:
    """A half-removed build in the trash and a dead process's staging folder go at the next prune;
    a record naming a build removed by hand is harmless."""
    config = _site(tmp_path)
    a = _build(config, "A")
    b = _build(config, "B")
    builds = tmp_path / ".public.builds"
    (builds / "trash-x-1" / "feeds").mkdir(parents=True)
    (builds / "tmp-999999999" / "feeds").mkdir(parents=True)
    (builds / DAYS.folder / "trash-2025-11-08-x-1").mkdir()
    (builds / SWAPS).write_text(json.dumps({"builds": [b, "gone", a]}), encoding="utf-8")
    c = _build(config, "C")
    _tidy(tmp_path, c, b)


Steps = list[str]


def _kill_at(step: int, steps: Steps, archives_only: bool = False) -> None:
    """From the start of TreeWriter.commit on (or, ``archives_only``, from the start of
    writing the archive folders until the commit), count every call that changes the disk
    and end the process (as a kill would: no cleanup) at call ``step``."""
    counting = [False]

    def counted(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if counting[0]:
                if len(steps) == step:
                    os._exit(KILLED)
                steps.append(name)
            return function(*args, **kwargs)

        return call

    for name in ("rename", "replace", "unlink", "rmdir", "symlink", "link", "mkdir"):
        setattr(os, name, counted(f"os.{name}", getattr(os, name)))
    pathlib.Path.write_text = counted("write_text", pathlib.Path.write_text)  # type: ignore[method-assign]
    commit = TreeWriter.commit

    def counting_commit(
        self: TreeWriter, files: Iterable[Prepared], days: Mapping[str, str], archives: Mapping[str, str], keep: int = 2
    ) -> bool:
        counting[0] = not archives_only
        return commit(self, files, days, archives, keep)

    TreeWriter.commit = counting_commit  # type: ignore[method-assign]
    if archives_only:
        write = getattr(site, "write_archives")  # noqa: B009 - imported by name there: patched there

        def counting_write(*args: Any) -> Any:
            counting[0] = True
            return write(*args)

        setattr(site, "write_archives", counting_write)  # noqa: B010


def _killed_in_turn(
    tmp_path: Path, make: Callable[[Path], object], archives_only: bool = False, versions: tuple[str, ...] = ("A", "B")
) -> int:
    """Build each of ``versions`` (the last is B), then C killed at each step in turn (a
    forked process that ends there without cleaning up): the output names a whole build, the
    old or the new, and the next build leaves exactly C and B. The number of steps."""
    pristine = tmp_path / "pristine"
    make(pristine)
    for version in versions:
        b = _build(pristine / "feedpub.toml", version)
    clean = tmp_path / "clean"
    shutil.copytree(pristine, clean, symlinks=True)
    c = _build(clean / "feedpub.toml", "C")
    step = 0
    while True:
        root = tmp_path / f"step-{step}"
        shutil.copytree(pristine, root, symlinks=True)
        child = os.fork()
        if child == 0:  # pragma: no cover - the child ends in os._exit either way
            code = 1
            try:
                _kill_at(step, [], archives_only)
                _build(root / "feedpub.toml", "C")
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(child, 0)
        code = os.waitstatus_to_exitcode(status)
        assert code in (0, KILLED), f"the build failed at step {step}"
        assert _complete(root / "public") in ((b, c) if code == 0 or not archives_only else (b,)), step
        assert _build(root / "feedpub.toml", "C") == c
        _tidy(root, c, b)
        shutil.rmtree(root)
        if code == 0:
            return step
        step += 1
        assert step < 1000, "a swap of more steps than expected"


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")  # the child only builds
def test_killed_at_any_step_of_a_swap_or_prune_the_tree_stays_complete(tmp_path: Path) -> None:
    """A build killed at each step of its swap and prune in turn leaves the output naming a
    whole build, the old or the new; the next build then leaves exactly the new build and
    the one before it."""
    assert _killed_in_turn(tmp_path, _site) > 10  # the swap, the record and the prune were each cut short


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")  # the child only builds
def test_killed_while_writing_an_archive_folder_the_previous_tree_is_served(tmp_path: Path) -> None:
    """A build killed at each step of making a feed's new archive folder leaves the previous
    build served, whole; the next build finishes, and what the killed one left goes."""
    steps = _killed_in_turn(tmp_path, lambda root: make_site(root, config=ARCHIVED), archives_only=True)
    assert steps > 5  # pages moved into the folder of the pages linked, its manifest, its name


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")  # the child only builds
def test_killed_while_bringing_a_spare_archive_folder_up_to_date_the_previous_tree_is_served(tmp_path: Path) -> None:
    """The same, when the feed's spare folder (left by the build before B's) is brought up to
    date: killed at any step of that, the previous build is served and the spare, half
    changed, is never used."""
    site = tmp_path / "site"
    make_site(site, config=ARCHIVED)
    for version in ("A", "A2", "B"):
        _build(site / "feedpub.toml", version)
    assert any(path.name.startswith(SPARE) for path in (builds_folder(site / "public") / ARCHIVES.folder).iterdir())
    steps = _killed_in_turn(
        tmp_path / "killed",
        lambda root: make_site(root, config=ARCHIVED),
        archives_only=True,
        versions=("A", "A2", "B"),
    )
    assert steps > 3  # claimed, a page's files unlinked and moved in, its manifest, its name


def _archived_twice(root: Path) -> Path:
    """The test site with archive pages, built, then built again after one story was corrected."""
    site = load_config(make_site(root, config=ARCHIVED))
    build_site(site, root / "public", reference_date=REFERENCE, now=NOW)
    story = site.articles / "fr-afp.json"
    story.write_text(story.read_text(encoding="utf-8").replace("Le texte sera", "Le texte corrigé sera"), "utf-8")
    build_site(site, root / "public", reference_date=REFERENCE, now=NOW + dt.timedelta(hours=3))
    return root / "public"


def test_archive_pages_linked_by_a_child_are_the_previous_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: None
) -> None:
    """The archive pages a change leaves alone are linked into the new build by a forked
    child: the same files, hard links to the previous build's, as when linked in-process."""
    alone = _archived_twice(tmp_path / "alone")
    monkeypatch.setattr(workers, "SPLIT_MINIMUM", 1)
    shared = _archived_twice(tmp_path / "shared")
    pages = sorted(path.relative_to(shared) for path in shared.glob("**/archive/*"))
    assert pages
    assert pages == sorted(path.relative_to(alone) for path in alone.glob("**/archive/*"))
    for page in pages:
        assert (shared / page).read_bytes() == (alone / page).read_bytes(), page
    previous = [path for path in builds_folder(shared).iterdir() if path.name != shared.resolve().name]
    linked = [
        page
        for page in pages
        if any((old / page).exists() and (old / page).samefile(shared / page) for old in previous)
    ]
    assert linked

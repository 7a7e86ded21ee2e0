"""The state's stamps (what a rebuild compares with the disk to tell what changed), and its
migration from older layouts."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedpub.build.site import build_site
from feedpub.build.state import STATE, BuildState, Row, Stamp, Stamps, stamp_values
from feedpub.build.tree import builds_folder
from feedpub.config import FeedFilter, load_config
from feedpub.files import path_order
from tests.sites import DATA, NOW, make_site

#: Paths in a few folders, with names that sort differently by text and by folder.
PATHS = st.lists(st.sampled_from(["a", "a-b", "b", "a/b", "a/a", "a/b/c", "ب", "中"]), min_size=1, max_size=3).map(
    lambda parts: "/articles/" + "/".join(parts) + ".txt"
)
STAMPS = st.tuples(st.sampled_from([-1, 3, 5]), st.sampled_from([-1, 10, 20]))
LISTINGS = st.dictionaries(PATHS, STAMPS, max_size=12)


def _stamps(listing: dict[str, Stamp]) -> Stamps:
    names = sorted(listing, key=path_order)
    return Stamps(names, stamp_values(listing[name] for name in names))


@pytest.mark.parametrize("spliced", [64, 0], ids=["spliced", "by-dictionary"])
@given(before=LISTINGS, after=LISTINGS)
def test_changes_are_the_new_or_changed_files_and_the_gone(
    before: dict[str, Stamp], after: dict[str, Stamp], spliced: int
) -> None:
    """Two listings' differences, whether the names are the same or not, however many came and went."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("feedpub.build.state.SPLICED_AT_MOST", spliced)
        _check_changes(before, after)


def _check_changes(before: dict[str, Stamp], after: dict[str, Stamp]) -> None:
    now = _stamps(after)
    changed, removed = _stamps(before).changes(now.names, now.stamps)
    assert changed == [name for name in now.names if before.get(name) != after[name]]
    assert removed == [name for name in _stamps(before).names if name not in after]


@given(LISTINGS, st.lists(st.tuples(PATHS, st.none() | STAMPS), max_size=12))
def test_set_and_remove_keep_the_path_order(listing: dict[str, Stamp], edits: list[tuple[str, Stamp | None]]) -> None:
    """A watched rebuild edits the stamps in place; they stay what a fresh listing would give."""
    stamps = _stamps(listing)
    for name, stamp in edits:
        if stamp is None:
            stamps.remove(name)
            listing.pop(name, None)
        else:
            stamps.set(name, stamp)
            listing[name] = stamp
        assert (name in stamps) == (stamp is not None)
    expected = _stamps(listing)
    assert (stamps.names, stamps.stamps) == (expected.names, expected.stamps)


def test_stamps_are_kept_by_a_commit_and_dropped_by_a_rollback(tmp_path: Path) -> None:
    """The stamps belong to the build that committed them, like the rows."""
    state = BuildState(tmp_path / "state.sqlite3")
    assert state.stamps().names == []
    state.set_stamps(Stamps(["/a.txt", "/b.txt"], stamp_values([(1, 2), (-1, -1)])))
    state.commit(build="one")
    state.set_stamps(Stamps(["/c.txt"], stamp_values([(3, 4)])))
    state.rollback()
    state.close()
    reopened = BuildState(tmp_path / "state.sqlite3")
    kept = reopened.stamps()
    assert (kept.names, [kept[0], kept[1]]) == (["/a.txt", "/b.txt"], [(1, 2), (-1, -1)])
    reopened.clear()
    assert reopened.stamps().names == []
    reopened.close()


def test_changes_in_a_long_listing_are_found_wherever_they_are() -> None:
    """A long unchanged listing is compared a block at a time; a change in any block, the
    last and shortest included, is found."""
    names = [f"/articles/{number:05}.txt" for number in range(2500)]
    before = Stamps(names, stamp_values((number, number) for number in range(2500)))
    now = array("q", before.stamps)
    for index in (0, 1023, 1024, 2499):
        now[2 * index + 1] += 1
    changed, removed = before.changes(list(names), now)
    assert changed == [names[0], names[1023], names[1024], names[2499]]
    assert removed == []
    assert before.changes(list(names), array("q", before.stamps)) == ([], [])


def test_the_names_can_be_left_as_they_are(tmp_path: Path) -> None:
    """A build that changed stamps only writes the stamps; the names stay those stored."""
    state = BuildState(tmp_path / "state.sqlite3")
    state.set_stamps(Stamps(["/a.txt"], stamp_values([(1, 2)])))
    state.set_stamps(Stamps(["/a.txt"], stamp_values([(5, 6)])), same_names=True)
    kept = state.stamps()
    assert (kept.names, kept[0]) == (["/a.txt"], (5, 6))
    state.close()


def test_stamps_are_stored_little_endian_whatever_the_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big-endian machine swaps the stamps to store them and back to read them."""
    state = BuildState(tmp_path / "state.sqlite3")
    state.set_stamps(Stamps(["/a.txt"], stamp_values([(1, 2)])))
    native = state._db.execute("SELECT data FROM stamps WHERE part = 'stamps'").fetchone()[0]
    monkeypatch.setattr("sys.byteorder", "big" if sys.byteorder == "little" else "little")
    state.set_stamps(Stamps(["/a.txt"], stamp_values([(1, 2)])))
    swapped = state._db.execute("SELECT data FROM stamps WHERE part = 'stamps'").fetchone()[0]
    assert swapped != native
    assert state.stamps()[0] == (1, 2)
    state.close()


def _layout_4_state(folder: Path) -> Path:
    """The state a layout-4 feedpub left after building the test site (tests/data/SOURCES.md)."""
    file = folder / STATE
    folder.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(file) as database:
        database.executescript((DATA / "state-layout-4.sql").read_text(encoding="utf-8"))
    database.close()
    return file


def test_a_layout_4_state_is_migrated_keeping_every_published_place(tmp_path: Path) -> None:
    """Opening a state of the previous layout keeps its rows and makes each published file's
    paths its story's permanent place, in order of publication."""
    file = _layout_4_state(tmp_path)
    state = BuildState(file)
    places = state.history.places(["zh-xinhua", "fr-afp", "2025-11-07-baghdad-iraq-us-security-consultations"])
    assert places["zh-xinhua"].place == "articles/2025-11-07/zh-xinhua"
    assert places["fr-afp"].place == "articles/2025-11-07/fr-afp"
    assert {place.day for place in places.values()} == {"2025-11-07"}
    assert not any(place.gone for place in places.values())
    assert state.live_count() == 5
    assert len(state.stamps().names) == 5
    state.close()
    assert sqlite3.connect(file).execute("PRAGMA user_version").fetchone()[0] == 6


def test_an_upgraded_build_keeps_what_the_old_state_published(tmp_path: Path) -> None:
    """After the upgrade, a story whose date is then corrected stays at the page the old
    version published (a state thrown away would move it to the new date's folder)."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _layout_4_state(builds_folder(out))
    (site.articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月8日电 更正。\n", encoding="utf-8")
    report = build_site(site, out, reference_date=dt.date(2025, 11, 10), now=NOW)
    assert report.published == 5
    assert "更正" in (out / "articles" / "2025-11-07" / "zh-xinhua.html").read_text(encoding="utf-8")
    assert not (out / "articles" / "2025-11-08").exists()


def _built_state(folder: Path) -> Path:
    """The state of a build of the test site."""
    out = folder / "public"
    build_site(load_config(make_site(folder)), out, reference_date=dt.date(2025, 11, 10), now=NOW)
    return builds_folder(out) / STATE


def test_a_layout_5_state_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    """A state whose indexes by id and by order are layout 5's (the ids alone) keeps every
    row, and gets the indexes an archive plan reads from."""
    file = _built_state(tmp_path)
    with sqlite3.connect(file) as database:
        database.executescript(
            "DROP INDEX files_by_id; CREATE INDEX files_by_id ON files (id);"
            "DROP INDEX places_by_seq; CREATE INDEX places_by_seq ON places (seq, id);"
            "PRAGMA user_version = 5;"
        )
    database.close()
    state = BuildState(file)
    assert state.live_count() == 5
    assert len(state.feed_stories([FeedFilter()])[0][0]) == 5
    columns = {
        index: [row[2] for row in state._db.execute(f"PRAGMA index_info({index})")]
        for index in ("files_by_id", "places_by_seq")
    }
    state.close()
    assert columns == {
        "files_by_id": ["id", "live", "key", "published", "language", "agency", "section"],
        "places_by_seq": ["seq", "id", "edited", "place"],
    }
    assert sqlite3.connect(file).execute("PRAGMA user_version").fetchone()[0] == 6


def test_the_archive_plan_reads_the_indexes_alone(tmp_path: Path) -> None:
    """feed_stories reads every published story at each build: from two narrow indexes, not
    from the rows, which hold each story's listing."""
    state = BuildState(_built_state(tmp_path))
    queries: list[str] = []
    state._db.set_trace_callback(queries.append)
    state.feed_stories([FeedFilter(language="ar"), FeedFilter(agency="xinhua", section="world")])
    state._db.set_trace_callback(None)
    [query] = [query for query in queries if query.startswith("SELECT")]
    plan = [row[3] for row in state._db.execute(f"EXPLAIN QUERY PLAN {query}")]
    state.close()
    assert plan == [
        "SCAN places USING COVERING INDEX places_by_seq",
        "SEARCH files USING COVERING INDEX files_by_id (id=? AND live=?)",
    ]


@pytest.mark.parametrize("ranges", [256, 0], ids=["by-ranges", "by-one-pass"])
def test_the_items_of_a_file_are_its_rows_and_no_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ranges: int
) -> None:
    """items_of names the rows of a file's items (<file>#<id>), not those of a file whose
    name merely starts the same, nor the file's own row, looked up either way."""
    monkeypatch.setattr("feedpub.build.state._RANGES_AT_MOST", ranges)
    state = BuildState(tmp_path / "state.sqlite3")
    names = ["/w/a.xml", "/w/a.xml#one", "/w/a.xml#two", "/w/a.xml2", "/w/a.xml2#one", "/w/b.xml#one"]
    state.put([Row(name, None, None, True, []) for name in names])
    assert sorted(state.items_of(["/w/a.xml", "/w/c.xml"])) == ["/w/a.xml#one", "/w/a.xml#two"]
    state.close()


def test_each_feeds_stories_are_those_its_filter_picks(tmp_path: Path) -> None:
    """One pass tells each feed's archived stories: for every filter, the published stories
    the feeds' own query picks (newest first there), in order of first publication."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    build_site(site, out, reference_date=dt.date(2025, 11, 10), now=NOW)
    state = BuildState(builds_folder(out) / STATE)
    conditions = [
        FeedFilter(),
        FeedFilter(language="AR"),
        FeedFilter(agency="xinhua"),
        FeedFilter(language="en", agency="xinhua"),
        FeedFilter(keywords=("Iraq", "nothing")),
        FeedFilter(section="nothing"),
    ]
    found = state.feed_stories(conditions)
    everything = [story[0] for story in found[0][0]]
    for condition, (stories, seqs) in zip(conditions, found, strict=True):
        ids = [story[0] for story in stories]
        picked = {json.loads(listing)["id"] for _, _, listing in state.newest(condition, 1000)}
        assert set(ids) == picked, condition
        assert ids == [story for story in everything if story in picked]
        assert seqs == sorted(seqs) == [state.history.places(ids)[i].seq for i in ids]
        assert state.feed_stories([condition]) == [(stories, seqs)]
        if len(seqs) > 1:  # a range of seqs: after the first, up to the last
            assert state.feed_stories([condition], seqs[0], seqs[-1]) == [(stories[1:], seqs[1:])]
    assert [len(stories) for stories, _ in found] == [5, 1, 3, 1, 1, 0]
    assert state.feed_stories([]) == []
    state.close()

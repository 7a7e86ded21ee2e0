"""Work shared with forked processes gives what the same work in one process gives."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from feedpub import workers
from feedpub.build.changes import file_stamps
from feedpub.workers import ordered_map, split_map


@pytest.fixture
def small_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "SPLIT_MINIMUM", 10)


def _with_worker(items: Sequence[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in items]


@pytest.mark.usefixtures("small_split", "forking")
def test_split_map_shares_the_work_and_keeps_the_order() -> None:
    """The second half comes from another process; together they are the whole, in order."""
    results = split_map(_with_worker, range(101))
    assert [square for square, _ in results] == [item * item for item in range(101)]
    workers_seen = [pid for _, pid in results]
    assert set(workers_seen[:50]) == {os.getpid()}
    assert os.getpid() not in workers_seen[50:]


@pytest.mark.usefixtures("small_split", "forking")
def test_split_map_does_the_childs_half_when_the_child_fails() -> None:
    """A child that fails (here: whatever runs outside the test's process) costs time, not results."""
    parent = os.getpid()

    def only_here(items: Sequence[int]) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return [item + 1 for item in items]

    assert split_map(only_here, range(40)) == list(range(1, 41))


@pytest.mark.usefixtures("small_split", "forking")
def test_split_map_works_alone_when_it_cannot_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine out of processes (a container's limit) gets the whole result from one process."""

    def refuse() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    assert {pid for _, pid in split_map(_with_worker, range(40))} == {os.getpid()}
    assert len(split_map(_with_worker, range(40))) == 40


@pytest.mark.usefixtures("small_split", "forking")
def test_where_processes_do_not_fork_everything_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no fork: both ways of sharing work run in the one process there."""
    monkeypatch.delattr(os, "fork")
    assert {pid for _, pid in split_map(_with_worker, range(40))} == {os.getpid()}
    assert {pid for _, pid in ordered_map(lambda item: _with_worker([item])[0], range(100))} == {os.getpid()}


@pytest.mark.usefixtures("small_split", "forking")
def test_split_map_stops_its_child_when_the_parent_fails() -> None:
    """The parent's error comes through, and a child blocked writing more than a pipe holds
    does not keep the parent waiting for it."""
    parent = os.getpid()
    outcome = []

    def fails_here(items: Sequence[int]) -> list[int]:
        if os.getpid() == parent:
            raise KeyError("the parent fails")
        return list(items)

    def run() -> None:
        try:
            split_map(fails_here, range(200_000))
        except KeyError:
            outcome.append("raised")

    attempt = threading.Thread(target=run, daemon=True)
    attempt.start()
    attempt.join(60)
    assert outcome == ["raised"], "split_map is still waiting for its child"


@pytest.mark.usefixtures("small_split", "two_cores")
def test_split_map_works_alone_beside_other_threads() -> None:
    """A process running other threads (a server) does not fork: a copied lock could hang the child."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert {pid for _, pid in split_map(_with_worker, range(40))} == {os.getpid()}
    finally:
        stop.set()
        other.join()


@pytest.mark.usefixtures("small_split", "forking")
def test_file_stamps_on_two_cores_match_os_stat(tmp_path: Path) -> None:
    """Sizes and modification times of every file; a file gone since the listing is (-1, -1)."""
    for number in range(30):
        (tmp_path / f"{number:02}.txt").write_text("x" * number, encoding="utf-8")
    files = [str(tmp_path / f"{number:02}.txt") for number in range(30)]
    os.unlink(files[25])
    stamps = file_stamps(files)
    assert list(stamps) == files
    assert stamps[files[25]] == (-1, -1)
    for name in files[:25] + files[26:]:
        found = os.stat(name)
        assert stamps[name] == (found.st_size, found.st_mtime_ns)


def test_workers_stop_on_sigterm_whatever_the_parent_handles() -> None:
    """A SIGTERM handler the parent set (a server's) does not run in the workers, and a pool
    left early (its results not all read), again and again, ends every time: in a process of
    its own, which a pool that waits for ever would keep from ending."""
    script = (
        "import signal\n"
        "from feedpub import workers\n"
        "signal.signal(signal.SIGTERM, lambda signum, frame: None)  # would keep a worker alive\n"
        "for _ in range(400):\n"
        "    results = workers.ordered_map(abs, list(range(-200, 0)), chunksize=1)\n"
        "    assert next(results) == 200\n"
        "    results.close()\n"
        "print('stopped')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False)
    assert (done.returncode, done.stdout) == (0, "stopped\n"), done.stderr


def _logged(log: Path, item: int) -> int:
    with log.open("a", encoding="utf-8") as writing:
        writing.write(f"{item}\n")
    return item


@pytest.mark.usefixtures("forking")
def test_a_pool_left_early_does_only_the_chunks_it_handed_out(tmp_path: Path) -> None:
    """Stopping after the first result (an error, Ctrl-C) waits for a few chunks a worker,
    not for the rest of a long list."""
    log = tmp_path / "done"
    results = ordered_map(functools.partial(_logged, log), range(20_000), chunksize=4)
    assert next(results) == 0
    results.close()
    done = log.read_text(encoding="utf-8").split()
    handed_out = workers.CHUNKS_OUT * (os.cpu_count() or 1) * 4
    assert 1 <= len(done) <= handed_out


@pytest.mark.usefixtures("forking")
def test_in_background_runs_in_a_child_while_the_parent_goes_on(tmp_path: Path) -> None:
    """Work worth a fork is done by another process, and waiting says it finished."""
    record = tmp_path / "pid"
    finished = workers.in_background(lambda: record.write_text(str(os.getpid())), workers.SPLIT_MINIMUM)
    assert finished()
    assert int(record.read_text()) != os.getpid()


@pytest.mark.usefixtures("forking")
def test_in_background_tells_when_the_child_failed() -> None:
    """A child that fails says so, so the caller does the work itself."""

    def fail() -> None:
        raise RuntimeError("the child fails")

    assert not workers.in_background(fail, workers.SPLIT_MINIMUM)()


def test_in_background_leaves_small_work_to_the_caller(tmp_path: Path) -> None:
    """Below a fork's worth of calls nothing is started: the caller is told to do it."""
    record = tmp_path / "pid"
    assert not workers.in_background(lambda: record.write_text("started"), 10)()
    assert not record.exists()


#: Set by the test below in its own process only: a fresh worker starts without it.
_SET_HERE: list[int] = []


def _what_a_worker_has(item: int) -> tuple[int, int, int]:
    return item * item, os.getpid(), len(_SET_HERE)


@pytest.mark.usefixtures("forking")
def test_fresh_workers_are_new_interpreters_and_keep_the_order() -> None:
    """Fresh workers give the same results in order, from processes that did not inherit
    this one's memory (what it set after importing the module is not there)."""
    _SET_HERE.append(1)
    try:
        results = list(ordered_map(_what_a_worker_has, range(100), chunksize=8, fresh=True))
    finally:
        _SET_HERE.clear()
    assert [square for square, _, _ in results] == [item * item for item in range(100)]
    assert os.getpid() not in {pid for _, pid, _ in results}
    assert {inherited for _, _, inherited in results} == {0}

"""Run one function over many items on every core, in order, when that is worth it.

:func:`ordered_map` hands items to a pool, a chunk at a time, for work of a millisecond or
so an item (reading and rendering an article); :func:`split_map` gives half of a long list
of quick calls (a ``stat`` per file) to one child. Worker processes are forked, so they
inherit whatever the parent already built (the lexicons, the registry, the compiled
validators). A process that already runs other threads (a server rebuilding under
--watch) works in-process instead, since forking it could copy a lock held by another
thread.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    import multiprocessing.pool

Item = TypeVar("Item")
Result = TypeVar("Result")
Joined = TypeVar("Joined", bound="_Joinable")


class _Joinable(Protocol):
    """What :func:`split_map`'s function returns: halves that ``+`` joins (a list, an array)."""

    def __add__(self: Joined, other: Joined, /) -> Joined: ...


#: Below this many items, starting worker processes costs more than it saves.
PARALLEL_MINIMUM = 64
#: Below this many items, :func:`split_map` works alone: a fork and the hand-back cost
#: some 10 ms, the time of a few thousand ``stat`` calls.
SPLIT_MINIMUM = 10_000
#: Items a worker takes at a time. Each hand-over costs the parent and the worker pipe
#: writes and wake-ups, about a millisecond between them on a 2-core machine: 64 build jobs
#: (some 2 ms each) make that negligible and still share out evenly; validations (0.4 ms
#: each) go twice as many at a time.
CHUNK = 64
#: Chunks handed to the pool at once, per worker: one to work on and one waiting, so that no
#: worker stands idle while the parent takes the results of the oldest chunk in order (one
#: alone cost 2% on work of 1-6 ms an item; more cost a stop that much longer: a build
#: stopped by Ctrl-C finishes them, some 0.5 s at two).
CHUNKS_OUT = 2


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    warm_up: Callable[[], object] | None = None,
    chunksize: int = CHUNK,
    fresh: bool = False,
) -> Generator[Result, None, None]:
    """``map(function, items)``, on every core when there are enough items; results stay in order.

    ``fresh`` workers are new interpreters (``function`` and the items travel pickled)
    instead of forks of this process: for work late in a large build, whose forks would
    come to hold private copies of the parent's memory (see :func:`_fresh_pool`). Closed
    before its end (an error, Ctrl-C), it waits only for the chunks already handed out.
    """
    if len(items) < PARALLEL_MINIMUM or not _forking_is_safe():
        yield from map(function, items)
        return
    if fresh:
        yield from _in_order(_fresh_pool(), function, items, chunksize)
        return
    if warm_up is not None:
        warm_up()
    import multiprocessing  # only here: a rebuild of a few files never needs it

    # The garbage collector of a forked worker would visit every object it inherited, writing
    # to each page that holds one, so each worker came to hold a private copy of the parent's
    # memory (a build's records of 100k stories); frozen, they are left alone and shared.
    gc.freeze()
    try:
        with _ctrl_c_held():
            pool = multiprocessing.get_context("fork").Pool(os.cpu_count(), initializer=_ignore_ctrl_c)
    finally:
        gc.unfreeze()
    yield from _in_order(pool, function, items, chunksize)


def _in_order(
    pool: multiprocessing.pool.Pool, function: Callable[[Item], Result], items: Sequence[Item], chunksize: int
) -> Generator[Result, None, None]:
    """Hand ``items`` to ``pool`` a chunk at a time, at most :data:`CHUNKS_OUT` a worker at once,
    and give back the results in order; then let the workers finish and end the pool.

    A pool is never terminated while chunks are still being handed out: a terminated pool
    can start a new worker in place of one that just stopped, and that worker then waits
    for work with the queue's lock held while the pool waits for the lock (CPython issue
    78178), for ever. Keeping only a few chunks out at a time lets a consumer that stops
    early (an error, Ctrl-C) close the pool instead, which waits for those few chunks.
    """
    window = CHUNKS_OUT * (os.cpu_count() or 1)
    handed_out: collections.deque[multiprocessing.pool.AsyncResult[list[Result]]] = collections.deque()
    try:
        for start in range(0, len(items), chunksize):
            handed_out.append(pool.apply_async(_map_chunk, (function, items[start : start + chunksize])))
            if len(handed_out) == window:
                yield from handed_out.popleft().get()
        while handed_out:
            yield from handed_out.popleft().get()
    finally:
        pool.close()
        try:
            pool.join()
        except BaseException:  # a second Ctrl-C while the last chunks finish: stop them now
            pool.terminate()
            raise


def _map_chunk(function: Callable[[Item], Result], chunk: Sequence[Item]) -> list[Result]:
    """In a worker: ``function`` over one chunk of items."""
    return list(map(function, chunk))


def _fresh_pool() -> multiprocessing.pool.Pool:
    """A pool of new interpreters, one a core.

    A fork shares the parent's memory only until either side writes to a page of it, and a
    worker writes all over what it inherited: its own allocations fill the free slots of
    the parent's half-used memory pools. Forked from a build holding 100k stories (some
    700 MB), each archive-page worker grew from a few dozen MB of its own to 740 MB while
    it rendered; a new interpreter holds only what its pages need (some 120 MB). Starting
    one costs its imports, some 0.5 s of a core.
    """
    import multiprocessing  # only here, as in ordered_map

    with _ctrl_c_held():  # a new interpreter starts with Ctrl-C blocked, until it ignores it
        return multiprocessing.get_context("spawn").Pool(os.cpu_count(), initializer=_ignore_ctrl_c)


@contextlib.contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C back while forking: Python drops a KeyboardInterrupt that arrives in its
    fork handlers ("Exception ignored"), and a child must ignore it before it can arrive."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _ignore_ctrl_c() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the pool (no traceback from each
    worker), and die at once on SIGTERM, which is how a pool stops its workers: a handler the
    parent set for itself would run in the worker instead, maybe while it holds the pool's
    queue lock, and leave the other workers and the parent waiting for ever."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _forking_is_safe() -> bool:
    """Whether there is a second core, and no other thread whose locks a child could copy
    held (and whether processes fork at all: not on Windows)."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def split_map(function: Callable[[Sequence[Item]], Joined], items: Sequence[Item]) -> Joined:
    """``function(items)``, its second half worked out at the same time by a forked child.

    For many quick system calls, such as a ``stat`` of every file of the archive: each is
    too short for a pool's hand-overs (a pool of two is no quicker than one process) and
    holds the GIL too briefly for threads to help (they are slower). The child hands its
    half back through a pipe, pickled (an array of numbers goes as its bytes); if it fails,
    or cannot be started, the parent works out its half too.
    """
    if len(items) < SPLIT_MINIMUM or not _forking_is_safe():
        return function(items)
    half = len(items) // 2
    reading, writing = os.pipe()
    try:
        with _ctrl_c_held():
            child = os.fork()
            if child == 0:
                _ignore_ctrl_c()
    except OSError:  # no process to spare (a container's limit): one process does it all
        os.close(reading)
        os.close(writing)
        return function(items)
    if child == 0:
        code = 1
        try:
            os.close(reading)
            with open(writing, "wb") as sending:
                pickle.dump(function(items[half:]), sending, pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)
    os.close(writing)
    receiving = open(reading, "rb")  # noqa: SIM115 - closed before the wait, below
    try:
        first = function(items[:half])
        handed = receiving.read()
    finally:
        receiving.close()  # a child still writing (the parent failed) gets a broken pipe, not a wait forever
        _, status = os.waitpid(child, 0)
    if status != 0:
        return first + function(items[half:])
    second: Joined = pickle.loads(handed)  # noqa: S301 - written by our own child
    return first + second


def in_background(function: Callable[[], object], size: int) -> Callable[[], bool]:
    """Start ``function()`` in a forked child while this process goes on, when its ``size``
    (how many quick system calls it makes) is worth a fork; the function returned waits
    for it and tells whether it finished. When it did not (it failed, or was never
    started), the caller does the work itself.

    For a long run of system calls whose results the process needs only at the end, such as
    linking an archive's unchanged pages into a new build while the changed ones are
    rendered: a thread would wait for the GIL after each call while the renderer holds it.
    """
    if size < SPLIT_MINIMUM or not _forking_is_safe():
        return lambda: False
    try:
        with _ctrl_c_held():
            child = os.fork()
            if child == 0:
                _ignore_ctrl_c()
    except OSError:  # no process to spare: the caller does it
        return lambda: False
    if child == 0:
        code = 1
        try:
            function()
            code = 0
        finally:
            os._exit(code)

    def wait() -> bool:
        _, status = os.waitpid(child, 0)
        return status == 0

    return wait

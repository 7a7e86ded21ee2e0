"""Run one function over many items on every core, in order, when that is worth it.

Worker processes are forked, so they inherit whatever the parent already built (the
lexicons, the registry, the compiled validators). A process that already runs other
threads (a server rebuilding under --watch) works in-process instead, since forking it
could copy a lock held by another thread.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Below this many items, starting worker processes costs more than it saves.
PARALLEL_MINIMUM = 64
#: Items a worker takes at a time. Each hand-over costs the parent and the worker pipe
#: writes and wake-ups, about a millisecond between them on a 2-core machine: 64 build jobs
#: (some 2 ms each) make that negligible and still share out evenly; validations (0.4 ms
#: each) go twice as many at a time.
CHUNK = 64


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    warm_up: Callable[[], object] | None = None,
    chunksize: int = CHUNK,
) -> Iterator[Result]:
    """``map(function, items)``, on every core when there are enough items; results stay in order."""
    cores = os.cpu_count() or 1
    if len(items) < PARALLEL_MINIMUM or cores < 2 or threading.active_count() > 1:
        yield from map(function, items)
        return
    if warm_up is not None:
        warm_up()
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        yield from pool.imap(function, items, chunksize=chunksize)

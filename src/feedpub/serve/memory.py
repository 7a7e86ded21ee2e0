"""Keep a rebuilding server's memory near what it needs now, not the most it ever needed.

glibc gives each thread that allocates its own heap (arena) and keeps freed memory in it.
A server that rebuilds on a watcher thread while the event loop serves on another grew
from 94 MB to 145 MB over a 20 s soak and stayed there; with one arena, and the freed
memory handed back after each rebuild, it ended at 59 MB from 57 MB idle
(``benchmarks/soak.py``). Both are no-ops where glibc is not the C library.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any

#: glibc's mallopt() parameter for the number of arenas.
_M_ARENA_MAX = -8


@cache
def _glibc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def one_arena() -> None:
    """Let every thread allocate from one heap; call before threads start."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, 1)


def release() -> None:
    """Hand the memory freed since (a rebuild's) back to the system."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)

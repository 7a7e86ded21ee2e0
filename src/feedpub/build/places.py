"""Where each story lives, for good: its permanent place, its renames, its edits, its end.

A story is first published at its natural place, ``articles/<day>/<id>`` (the day it was
published, its id), and keeps that place from then on: its page, its canonical URL and its
id in every feed are made from it. So a later correction of its dateline's date, or a
rename of its file, changes none of them:

- the state remembers each story's place by its id (a front-matter ``id`` survives any
  rename);
- a file whose id has no place yet, and whose bytes are exactly those last published by a
  story that no file publishes any more, is that story renamed, and takes its place;
- a file renamed *and* edited, whose id comes from its file name, is a new story: it gets
  a new place, and the old one is gone (readers may have quoted the old text; a story that
  must keep its place through a rename and an edit gives a front-matter ``id``).

A place that no published file holds any more is gone (its files answer 410 Gone); it
comes back if its story is published again. An edit of a published story's headline or
body without a ``dateModified`` dates the story modified at the build that first saw it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..files import path_order
from .days import Read
from .history import Place
from .job import Placement
from .state import BuildState


@dataclass(frozen=True)
class Placed:
    """What :func:`settle_places` did: every file read (some rendered again at their place)
    and the days whose gone places changed."""

    results: dict[str, Read]
    days: frozenset[str]


def _free(state: BuildState, place: str) -> str:
    """``place``, or the first of ``place-2``, ``place-3``... that no story holds (a new
    story whose id a renamed story's place already shows)."""
    candidate, number = place, 1
    while state.history.place_taken(candidate):
        number += 1
        candidate = f"{place}-{number}"
    return candidate


def _timestamp(value: float | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(value, dt.UTC) if value is not None else None


def settle_places(
    state: BuildState,
    results: Mapping[str, Read],
    live: set[str],
    touched: set[str] | None,
    now: dt.datetime,
    render: Callable[[str, Placement], Read],
) -> Placed:
    """Give every published file read in this build its story's place and edit time,
    rendering it again with ``render`` where it was rendered elsewhere, and mark which of
    the places of ``touched`` ids (of all, when None) are gone."""
    published = sorted((file for file, read in results.items() if read.id and file in live), key=path_order)
    known = state.history.places(results[file].id or "" for file in published)
    found = dict(results)
    for file in published:
        read = results[file]
        assert read.id is not None
        assert read.place is not None
        row = known.get(read.id)
        replacing = None
        if row is None and read.digest is not None:
            row = state.history.unowned_place(read.digest)
            replacing = row.id if row is not None else None
        if row is None:
            place = _free(state, read.place)
            row = Place(read.id, place, place.split("/")[1], None, None, None, False, state.history.next_seq())
        edited = row.edited
        if row.text is not None and row.text != read.text:
            edited = now.timestamp()
        row = row._replace(id=read.id, digest=read.digest, text=read.text, edited=edited, gone=False)
        state.history.put_place(row, replacing=replacing)
        wanted = Placement(row.place, None if read.explicit else _timestamp(row.edited))
        if wanted != Placement(read.place, read.edited):
            again = render(file, wanted)
            found[file] = dataclasses.replace(again, parsed=read.parsed or again.parsed)
    return Placed(found, frozenset(state.history.settle_gone(touched)))

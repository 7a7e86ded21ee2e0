"""Who publishes each article id: one file per id, the first in path order.

Two files may claim one id (a copy, a front-matter ``id`` repeated). The first in path
order is published; the others are reported with what to do, and published as soon as
the clash ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..files import path_order
from ..problems import Problem
from .report import FINE, Outcomes
from .state import BuildState, Known


def owner(claims: list[str]) -> str:
    """Of the files claiming one id, the one that publishes it: the first in path order."""
    return min(claims, key=path_order)


@dataclass(frozen=True)
class Settled:
    """Who publishes the ids a build touched: the owners, the days of the files not read in
    this build, and the owners to render again."""

    live: frozenset[str]
    days: frozenset[str]
    render_again: tuple[str, ...]


def settle_ids(state: BuildState, before: dict[str, Known], read: dict[str, str | None], removed: list[str]) -> Settled:
    """Decide who owns each id that this build's changes touched, and mark it in the state.

    ``read`` gives the id each file read in this build claims (None for an invalid one);
    ``before`` is what the state had of the files read or removed before this build changed
    it. An owner that was not published before and was not read in this build (its rival
    was removed), or that shares its id with another file read in this build (whose pages
    may have overwritten its own), is rendered again.
    """
    touched = {article_id for article_id in read.values() if article_id}
    touched |= {known.id for file in (*read, *removed) if (known := before.get(file)) and known.id}
    owners = state.owners(touched)
    claimants = {file for claims in owners.values() for file in claims}
    unchanged = state.known(claimants - read.keys())
    live = {owner(claims) for claims in owners.values()}
    state.set_live(live, claimants - live)
    again = []
    for claims in owners.values():
        winner = owner(claims)
        if (winner in unchanged and not unchanged[winner].live) or sum(c in read for c in claims) > 1:
            again.append(winner)
    days = frozenset(known.day for known in unchanged.values() if known.day)
    return Settled(frozenset(live), days, tuple(sorted(again)))


def with_id_clashes(outcomes: Outcomes, state: BuildState) -> Outcomes:
    """``outcomes`` with a problem added to each file whose id another file publishes."""
    found = dict(outcomes)
    for article_id, claims in state.owners(state.shared_ids()).items():
        winner = owner(claims)
        message = f'"{article_id}" is already the id of {winner}; give this article another id in its front matter'
        for file in claims:
            if file != winner:
                readable, problems = found.get(file, FINE)
                found[file] = (readable, (*problems, Problem("/id", message)))
    return found

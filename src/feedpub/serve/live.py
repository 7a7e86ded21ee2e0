"""The site as ``feedpub serve`` keeps it: the published tree, the last build's outcome,
and rebuilds when articles or the config change.

Each rebuild goes through :func:`feedpub.build.build_site` (so it is incremental and
atomic) and then swaps the tree being served in one assignment: a request sees the old
tree or the new one. Feeds whose bytes changed are handed to the WebSub notifier.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from watchfiles import Change, DefaultFilter, watch

from ..build import BuildReport, build_site
from ..build.tree import Tree, builds_folder
from ..config import SiteConfig, load_config
from ..errors import FeedpubError
from ..files import is_hidden
from ..render.entry import feed_url
from ..render.formats import FEED_FORMATS
from ..report import build_problem_lines, held_lines, outcome_lines, problem_line, validation_counts
from ..validate import warm_up
from . import memory
from .websub import Notifier

log = logging.getLogger("feedpub.live")
_default_filter = DefaultFilter()

#: How often ``--watch`` checks every file, whatever the watcher reported.
FULL_CHECK_EVERY = 900.0
#: Seconds before a watcher that failed is started again.
WATCHER_RESTART = 1.0


@dataclass(frozen=True)
class BuildStatus:
    """When the last build finished, how it went, and what it found."""

    finished: dt.datetime
    seconds: float
    report: BuildReport | None
    error: str | None = None


def changed_feed_urls(site: SiteConfig, old: Tree | None, new: Tree) -> list[str]:
    """Feed URLs whose bytes differ between two published trees."""
    changed = []
    for spec in site.feeds:
        for kind in FEED_FORMATS:
            before = old.files.get(spec.path + kind.file) if old else None
            after = new.files.get(spec.path + kind.file)
            if after is not None and (before is None or before.etag != after.etag):
                changed.append(feed_url(site, spec, kind.file))
    return changed


def _fresh_problem_lines(report: BuildReport, previous: BuildReport) -> list[str]:
    """The problems of the files a rebuild read, and of the files no rebuild can read (a symbolic
    link to itself) that ``previous``, the last build, did not meet: the others were logged when
    they were first met."""
    logged = set(previous.path_problems)
    unreadable = [
        problem_line(path, problem) for path, problem in report.path_problems if (path, problem) not in logged
    ]
    return unreadable + outcome_lines(report.articles.report(name) for name in report.read)


def _fresh_held(report: BuildReport, previous: BuildReport | None) -> list[tuple[Path, dt.datetime]]:
    """The stories ``report`` holds back that ``previous`` (the last build) did not, or not until
    then: the others were logged when they were first held."""
    before = set(previous.held) if previous is not None else set()
    return [entry for entry in report.held if entry not in before]


class LiveSite:
    """The tree being served and the machinery that keeps it current."""

    def __init__(
        self,
        config_file: Path,
        out: Path | None = None,
        cache_dir: Path | None = None,
        reference_date: dt.date | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        memory.one_arena()
        self.config_file = config_file
        #: Seconds from an arbitrary start, for the full checks; tests hand in a clock they move.
        self.clock = clock
        #: The time of day, for the builds (what is embargoed until when); tests hand in their own.
        self.now = now
        self.reference_date = reference_date
        self.site = load_config(config_file)
        self.out = out or self.site.root / "public"
        self.cache_file = (cache_dir or self.site.root / ".feedpub-cache") / "articles.sqlite3"
        self.notifier = Notifier(self.site.hub) if self.site.hub else None
        self.tree: Tree | None = None
        #: The last build's report while the watcher's change sets describe what changed since.
        self._last: BuildReport | None = None
        #: Whether the watcher is running, so that every change from now on is seen.
        self.watching = False
        #: Seconds between full checks while watching (see :meth:`watch`).
        self.full_check_every = FULL_CHECK_EVERY
        self.status = BuildStatus(dt.datetime.now(dt.UTC), 0.0, None, "not built yet")
        self._lock = threading.Lock()

    def rebuild(self, changes: Iterable[Path] | None = None) -> list[str]:
        """Build, swap in the new tree, ping the hub; returns the feed URLs that changed.

        ``changes`` are the paths the watcher saw change since the last rebuild: the build
        then looks only at them. Without them (or after a failed build, whose changes would
        be lost) every file is checked.
        """
        with self._lock:
            started = time.perf_counter()
            previous, self._last = self._last, None
            try:
                site = load_config(self.config_file)
                report = build_site(
                    site,
                    self.out,
                    cache_file=self.cache_file,
                    reference_date=self.reference_date,
                    previous=previous,
                    changes=changes,
                    now=self.now(),
                )
                tree = report.tree
            except Exception as error:  # a config mistake, a full disk or a bug: the server keeps serving and watching
                if isinstance(error, FeedpubError):
                    log.error("build failed, still serving the previous build: %s", error)
                    reason = str(error)
                else:
                    log.exception("build failed, still serving the previous build")
                    reason = f"{type(error).__name__}: {error}"
                self.status = BuildStatus(dt.datetime.now(dt.UTC), time.perf_counter() - started, None, reason)
                return []
            memory.release()
            changed = changed_feed_urls(site, self.tree, tree) if self.tree is not None else []
            if site.hub != self.site.hub:  # a hub added, changed or removed in feedpub.toml
                self._use_hub(site.hub)
            self.site, self.tree, self._last = site, tree, report
            self.status = BuildStatus(dt.datetime.now(dt.UTC), time.perf_counter() - started, report)
            for line in build_problem_lines(report) if previous is None else _fresh_problem_lines(report, previous):
                log.warning("%s", line)
            for line in held_lines(_fresh_held(report, previous)):
                log.info("%s", line)  # a story dated ahead, or read so (a year-less date), shows nowhere yet
            if changed and self.notifier is not None:
                self.notifier.notify(changed)
            return changed

    def _use_hub(self, hub: str | None) -> None:
        """Ping ``hub`` from now on (the feeds advertise it already: the new config rebuilt them)."""
        if self.notifier is not None:
            self.notifier.close()
        self.notifier = Notifier(hub) if hub else None

    def release_due(self) -> bool:
        """Rebuild if a story held back until its ``datePublished`` is due; whether it did.

        Nothing changes on disk when an embargo ends, so no watcher would see it: the watch
        loop asks this about once a second."""
        report = self._last
        due = report.next_release if report is not None else None
        if due is None or self.now() < due:
            return False
        log.info("a story held until %s is due, rebuilding", due.isoformat())
        self.rebuild()
        return True

    def watch(self, stop: threading.Event) -> None:
        """Rebuild whenever an article or the config changes, until ``stop`` is set.

        The watcher reports its first (possibly empty) set of changes once it is running;
        that first time, every file is checked, which catches what changed between the
        first build and the watcher starting. From then on, ``watching`` is true and each
        rebuild looks only at the paths the watcher names, except that every
        ``full_check_every`` seconds all files are checked again: a watcher can drop events
        (a full kernel queue), and this bounds how long a change it missed goes unpublished.

        If the watcher itself fails (it cannot decode a file name that is not UTF-8, for
        one), ``watching`` turns false, and it is started again a second later, which
        checks every file again; the site never silently stops following its articles.
        """
        warm_up()  # the parser's tables load now, not in the first rebuild a reader waits for
        while not stop.is_set():
            try:
                self._follow(stop)
            except Exception:
                log.exception("the file watcher stopped; starting it again")
                self.watching = False
                stop.wait(WATCHER_RESTART)

    def _follow(self, stop: threading.Event) -> None:
        """Rebuild on each set of changes the watcher reports, until ``stop`` is set (see :meth:`watch`).

        After a change to the config it returns, so that :meth:`watch` watches again: editors
        (and ``sed -i``) save a file by renaming a new one over it, and a watch on the old
        file sees nothing more. The new watcher's first round checks every file, which also
        covers the moment between the two watchers.
        """
        paths: Iterable[Path] = (self.site.articles, self.config_file)
        checked = 0.0
        for changes in watch(
            *paths, watch_filter=self._worth_a_look, stop_event=stop, debounce=200, step=50, rust_timeout=1000,
            yield_on_timeout=True, raise_interrupt=False,
        ):  # fmt: skip
            seen = {Path(path) for _change, path in changes}
            if not seen and self.watching and self.release_due():
                continue
            if not self.watching or self.clock() - checked > self.full_check_every:
                self.rebuild()
                self.watching, checked = True, self.clock()
            elif seen:
                log.info("%d change(s) seen, rebuilding", len(changes))
                self.rebuild(seen)
            if any(path.name == self._config.name and path.resolve() == self._config for path in seen):
                return  # watch the config afresh: see the docstring

    def _worth_a_look(self, change: Change, path: str) -> bool:
        """Whether a change the watcher saw may matter to the site: not an editor's temporary
        file (watchfiles' default filter), nothing hidden in articles/, and not the output.

        Only a link in articles/ to a folder holding the output (or the cache) lets the
        watcher see them; their changes would set off a rebuild whose own writes set off
        the next one.
        """
        if not _default_filter(change, path):
            return False
        inside = Path(path)
        if inside.is_relative_to(self.site.articles) and is_hidden(inside.relative_to(self.site.articles).parts):
            return False
        real = os.path.realpath(path)
        return not any(real == root or real.startswith(root + os.sep) for root in self._output_roots)

    @cached_property
    def _config(self) -> Path:
        """The config file's real path, as the watcher's paths are compared with it."""
        return self.config_file.resolve()

    @cached_property
    def _output_roots(self) -> tuple[str, ...]:
        """Where the output really is: the output link itself, and the builds folder."""
        folder = os.path.realpath(self.out.parent)
        return os.path.join(folder, self.out.name), os.path.realpath(builds_folder(self.out))

    def close(self) -> None:
        """Let queued hub pings finish (briefly) and stop the notifier."""
        if self.notifier is not None:
            self.notifier.close()

    def status_document(self) -> dict[str, Any]:
        """What ``/status`` answers: the last build's time, counts, warnings and errors."""
        status = self.status
        document: dict[str, Any] = {
            "lastBuild": status.finished.isoformat(),
            "seconds": round(status.seconds, 3),
            "build": self.tree.build if self.tree else None,
            "buildError": status.error,
            "watching": self.watching,
        }
        report = status.report
        if report is not None:
            counts = validation_counts(report, strict=False)
            found = [(r.file, p) for r in report.troubled for p in r.problems]
            document.update(
                {
                    "articles": counts["files"],
                    "published": report.published,
                    "invalid": counts["invalid"],
                    "feeds": report.feeds,
                    "errors": [problem_line(path, p) for path, p in report.path_problems]
                    + [problem_line(file, p) for file, p in found if p.severity == "error"],
                    "warnings": [problem_line(file, p) for file, p in found if p.severity == "warning"]
                    + [problem_line(path, p) for path, p in report.output_problems],
                }
            )
        return document

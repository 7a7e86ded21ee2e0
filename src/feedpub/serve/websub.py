"""WebSub publishing: tell the hub which feed URLs changed (W3C WebSub, section 7).

A publish ping is a form POST of ``hub.mode=publish`` and ``hub.url=<feed URL>``. Pings
run with a timeout and a bounded number of retries; the background notifier runs them on
its own thread so no response ever waits for a hub.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..config import SiteConfig
from ..errors import UsageError
from ..render.formats import feed_urls

log = logging.getLogger("feedpub.websub")

TIMEOUT = 5.0
ATTEMPTS = 3
BACKOFF = 0.5


@dataclass(frozen=True)
class PingResult:
    """How pinging the hub about one URL went."""

    url: str
    ok: bool
    detail: str


def ping(
    hub: str,
    url: str,
    *,
    attempts: int = ATTEMPTS,
    timeout: float = TIMEOUT,
    sleep: Callable[[float], None] = time.sleep,
) -> PingResult:
    """Notify ``hub`` that ``url`` changed, retrying with backoff (waited with ``sleep``); never raises."""
    body = urllib.parse.urlencode({"hub.mode": "publish", "hub.url": url}).encode()
    detail = ""
    for attempt in range(attempts):
        if attempt:
            sleep(BACKOFF * 2 ** (attempt - 1))
        request = urllib.request.Request(  # noqa: S310 - the hub URL is an http(s) URL checked by the config schema
            hub, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return PingResult(url, True, f"HTTP {response.status}")
        except urllib.error.HTTPError as error:
            detail = f"HTTP {error.code}"
            if 400 <= error.code < 500 and error.code != 429:
                break
        except (urllib.error.URLError, OSError) as error:
            detail = str(getattr(error, "reason", error))
    return PingResult(url, False, detail)


def ping_feeds(site: SiteConfig, urls: Sequence[str] = ()) -> list[PingResult]:
    """Tell the site's hub that ``urls`` changed (default: every feed URL of the site), one
    ping each, in order; a site without a hub is a usage error."""
    if not site.hub:
        raise UsageError(f'{site.file} names no WebSub hub; add hub = "https://..." to it')
    return [ping(site.hub, url) for url in urls or feed_urls(site)]


class Notifier:
    """Pings the hub on a background thread, in order, for URLs handed to :meth:`notify`."""

    def __init__(self, hub: str) -> None:
        self.hub = hub
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="feedpub-websub", daemon=True)
        self._thread.start()

    def notify(self, urls: list[str]) -> None:
        """Queue one publish ping per URL; returns at once."""
        for url in urls:
            self._queue.put(url)

    def _run(self) -> None:
        while (url := self._queue.get()) is not None:
            result = ping(self.hub, url)
            if result.ok:
                log.info("told %s that %s changed (%s)", self.hub, url, result.detail)
            else:
                log.warning("could not tell %s that %s changed: %s", self.hub, url, result.detail)

    def close(self, timeout: float = 2.0) -> None:
        """Stop after the pings already queued, waiting at most ``timeout`` seconds."""
        self._queue.put(None)
        self._thread.join(timeout)

"""HTTP caching rules for serving published files: RFC 9110 validators and content coding.

Pure functions over header values, so the rules are tested without a server:
``If-None-Match`` (lists, ``*``, weak comparison), ``If-Modified-Since`` (ignored when
``If-None-Match`` is present or the date is invalid) and ``Accept-Encoding`` with q-values.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ETAG = re.compile(r'\s*(?:W/)?("[^"]*")\s*(?:,|$)')
_CODING = re.compile(r"\s*([A-Za-z0-9*_-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*(?:,|$)")
#: Preference among codings the client accepts equally: smallest first.
PREFERENCE = ("br", "gzip", "identity")


def etag_matches(if_none_match: str, etag: str) -> bool:
    """True when an ``If-None-Match`` value matches ``etag`` (weak comparison, RFC 9110 13.1.2)."""
    if if_none_match == etag or if_none_match.strip() == "*":  # the common case first: the one tag sent back
        return True
    wanted = etag.removeprefix("W/")
    return any(tag == wanted for tag in _ETAG.findall(if_none_match))


def not_modified_since(if_modified_since: str, modified: dt.datetime) -> bool:
    """True when the file has not changed since the ``If-Modified-Since`` date (invalid: False)."""
    try:
        since = email.utils.parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    return modified.replace(microsecond=0) <= since


def is_not_modified(headers: dict[str, str], etag: str, modified: dt.datetime) -> bool:
    """Whether a GET or HEAD with these request headers gets 304 (RFC 9110 13.2.2)."""
    if "if-none-match" in headers:
        return etag_matches(headers["if-none-match"], etag)
    if "if-modified-since" in headers:
        return not_modified_since(headers["if-modified-since"], modified)
    return False


def choose_encoding(accept_encoding: str | None, available: tuple[str, ...]) -> str | None:
    """The content coding to send: one of ``available`` or ``identity``; None if none is acceptable."""
    if accept_encoding is None:
        return "identity"
    weights: dict[str, float] = {}
    for name, quality in _CODING.findall(accept_encoding):
        try:
            weights[name.lower()] = float(quality) if quality else 1.0
        except ValueError:
            continue
    star = weights.get("*")
    identity = weights.get("identity", star if star is not None else 1.0)
    candidates = {coding: weights.get(coding, star or 0.0) for coding in available}
    candidates["identity"] = identity
    best = max(candidates.values())
    if best <= 0:
        return None
    return next(c for c in PREFERENCE if candidates.get(c, 0.0) == best)


#: Media types by which a client asks for feeds as such (feed readers list them; browsers do not).
_FEED_TYPES = re.compile(r"rss\+xml|atom\+xml|feed\+json|rdf\+xml", re.IGNORECASE)
_HTML = re.compile(r"(?:^|,)\s*text/html\s*(?:;\s*q\s*=\s*(?!0(?:\.0*)?\s*(?:,|$))[0-9.]+\s*)?(?:,|$)", re.IGNORECASE)


def is_browser_navigation(accept: str | None) -> bool:
    """Whether an ``Accept`` value is a browser's opening a page (it lists ``text/html`` and
    no feed type), as opposed to a feed reader's fetch, which names the feed types it reads."""
    return bool(accept and _HTML.search(accept) and not _FEED_TYPES.search(accept))


def http_date(moment: dt.datetime) -> str:
    """An IMF-fixdate such as ``Fri, 07 Nov 2025 11:30:00 GMT``."""
    return email.utils.format_datetime(moment.astimezone(dt.UTC), usegmt=True)

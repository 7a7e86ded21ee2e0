"""HTTP caching rules for serving published files: RFC 9110 validators and content coding.

Pure functions over header values, so the rules are tested without a server: the
preconditions of RFC 9110 13.2.2 in their order (``If-Match``, ``If-Unmodified-Since``,
``If-None-Match``, ``If-Modified-Since``) and ``Accept-Encoding`` with q-values (12.5.3).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache
from typing import Literal

_ETAG = re.compile(r'\s*(W/)?("[^"]*")\s*(?:,|$)')
_CODING = re.compile(r"\s*([A-Za-z0-9*_-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*(?:,|$)")
#: Preference among codings the client accepts equally: smallest first.
PREFERENCE = ("br", "gzip", "identity")
#: The weight of ``identity`` when the client lists neither it nor ``*``: acceptable
#: (RFC 9110 12.5.3), but after any coding the client names.
_UNLISTED_IDENTITY = 1e-9

Outcome = Literal["send", "not-modified", "precondition-failed"]


def etag_matches(if_none_match: str, etag: str) -> bool:
    """True when an ``If-None-Match`` value matches ``etag`` (weak comparison, RFC 9110 13.1.2)."""
    if if_none_match == etag or if_none_match.strip() == "*":  # the common case first: the one tag sent back
        return True
    wanted = etag.removeprefix("W/")
    return any(tag == wanted for _weak, tag in _ETAG.findall(if_none_match))


def etag_matches_strongly(if_match: str, etag: str) -> bool:
    """True when an ``If-Match`` value matches ``etag``: ``*``, or the same strong tag (RFC 9110 13.1.1)."""
    if if_match.strip() == "*":
        return True
    return any(not weak and tag == etag for weak, tag in _ETAG.findall(if_match))


def _date(value: str) -> dt.datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def not_modified_since(if_modified_since: str, modified: dt.datetime) -> bool:
    """True when the file has not changed since the ``If-Modified-Since`` date (invalid: False)."""
    since = _date(if_modified_since)
    return since is not None and modified.replace(microsecond=0) <= since


def modified_since(if_unmodified_since: str, modified: dt.datetime) -> bool:
    """True when the file changed after the ``If-Unmodified-Since`` date (invalid: False, the
    header is then ignored as RFC 9110 13.1.4 says)."""
    since = _date(if_unmodified_since)
    return since is not None and modified.replace(microsecond=0) > since


def evaluate(headers: dict[str, str], etag: str, modified: dt.datetime) -> Outcome:
    """What a GET or HEAD with these request headers gets, in the order of RFC 9110 13.2.2."""
    if len(headers) == 1 and "if-none-match" in headers:  # what nearly every poller sends: the one tag back
        return "not-modified" if etag_matches(headers["if-none-match"], etag) else "send"
    if "if-match" in headers:
        if not etag_matches_strongly(headers["if-match"], etag):
            return "precondition-failed"
    elif "if-unmodified-since" in headers and modified_since(headers["if-unmodified-since"], modified):
        return "precondition-failed"
    if "if-none-match" in headers:
        return "not-modified" if etag_matches(headers["if-none-match"], etag) else "send"
    if "if-modified-since" in headers and not_modified_since(headers["if-modified-since"], modified):
        return "not-modified"
    return "send"


def is_not_modified(headers: dict[str, str], etag: str, modified: dt.datetime) -> bool:
    """Whether a GET or HEAD with these request headers gets 304 (RFC 9110 13.2.2)."""
    return evaluate(headers, etag, modified) == "not-modified"


def choose_encoding(accept_encoding: str | None, available: tuple[str, ...]) -> str:
    """The content coding to send: one of ``available``, or ``identity``.

    A coding the client does not list is not acceptable, except ``identity``, which is
    acceptable unless ``identity;q=0`` or ``*;q=0`` excludes it, and then comes after every
    coding the client does list. When nothing is acceptable, identity is sent anyway rather
    than a 406, as RFC 9110 12.5.3 advises ("SHOULD send a response without any content
    coding"): a feed reader with a strange header still gets its feed.
    """
    if not accept_encoding:
        return "identity"
    weights: dict[str, float] = {}
    for name, quality in _CODING.findall(accept_encoding):
        try:
            weights[name.lower()] = min(float(quality), 1.0) if quality else 1.0
        except ValueError:
            continue
    star = weights.get("*")
    identity = weights.get("identity", star if star is not None else _UNLISTED_IDENTITY)
    candidates = {coding: weights.get(coding, star or 0.0) for coding in available}
    candidates["identity"] = identity
    best = max(candidates.values())
    if best <= 0:
        return "identity"
    return next(c for c in PREFERENCE if candidates.get(c, 0.0) == best)


#: Media types by which a client asks for feeds as such (feed readers list them; browsers do not).
_FEED_TYPES = re.compile(r"rss\+xml|atom\+xml|feed\+json|rdf\+xml", re.IGNORECASE)
_HTML = re.compile(r"(?:^|,)\s*text/html\s*(?:;\s*q\s*=\s*(?!0(?:\.0*)?\s*(?:,|$))[0-9.]+\s*)?(?:,|$)", re.IGNORECASE)


@lru_cache(maxsize=256)  # clients send a few Accept values, over and over
def is_browser_navigation(accept: str | None) -> bool:
    """Whether an ``Accept`` value is a browser's opening a page (it lists ``text/html`` and
    no feed type), as opposed to a feed reader's fetch, which names the feed types it reads."""
    return bool(accept and _HTML.search(accept) and not _FEED_TYPES.search(accept))


def http_date(moment: dt.datetime) -> str:
    """An IMF-fixdate such as ``Fri, 07 Nov 2025 11:30:00 GMT``."""
    return email.utils.format_datetime(moment.astimezone(dt.UTC), usegmt=True)

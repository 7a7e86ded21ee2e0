"""RFC 9110 conditional requests and content negotiation, as pure functions."""

from __future__ import annotations

import datetime as dt

import pytest

from feedpub.serve.conditional import (
    choose_encoding,
    etag_matches,
    etag_matches_strongly,
    evaluate,
    http_date,
    is_browser_navigation,
    is_not_modified,
    modified_since,
    not_modified_since,
)

MODIFIED = dt.datetime(2025, 11, 7, 11, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("header", "matches"),
    [
        ('"abc"', True),
        ('W/"abc"', True),
        ('"x", "abc"', True),
        ('"x",W/"abc" ,"y"', True),
        ("*", True),
        ('"abcd"', False),
        ('"ab"', False),
        ("abc", False),
        ("", False),
    ],
)
def test_if_none_match(header: str, matches: bool) -> None:
    """Lists, weak tags and * are compared weakly against the current ETag."""
    assert etag_matches(header, '"abc"') is matches


@pytest.mark.parametrize(
    ("header", "result"),
    [
        ("Fri, 07 Nov 2025 11:30:00 GMT", True),
        ("Fri, 07 Nov 2025 12:00:00 GMT", True),
        ("Fri, 07 Nov 2025 11:29:59 GMT", False),
        ("Friday, 07-Nov-25 11:30:00 GMT", True),
        ("yesterday", False),
        ("", False),
    ],
)
def test_if_modified_since(header: str, result: bool) -> None:
    """Dates at or after Last-Modified mean not modified; invalid dates are ignored."""
    assert not_modified_since(header, MODIFIED) is result


def test_if_none_match_takes_precedence() -> None:
    """With If-None-Match present, If-Modified-Since is not evaluated (RFC 9110 13.2.2)."""
    headers = {"if-none-match": '"other"', "if-modified-since": "Fri, 07 Nov 2025 12:00:00 GMT"}
    assert not is_not_modified(headers, '"abc"', MODIFIED)
    assert is_not_modified({"if-modified-since": "Fri, 07 Nov 2025 12:00:00 GMT"}, '"abc"', MODIFIED)
    assert not is_not_modified({}, '"abc"', MODIFIED)


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, "identity"),
        ("", "identity"),
        ("gzip", "gzip"),
        ("gzip, deflate, br", "br"),
        ("br;q=0.5, gzip", "gzip"),
        ("gzip;q=0, br;q=0", "identity"),
        ("*", "br"),
        ("*;q=0.5, gzip;q=0", "br"),
        ("identity", "identity"),
        ("identity;q=0, gzip", "gzip"),
        ("identity;q=0", "identity"),
        ("*;q=0", "identity"),
        ("GZIP", "gzip"),
        ("gzip;q=0.9, br;q=0.5", "gzip"),
        ("br;q=0.1", "br"),
        ("deflate", "identity"),
        ("identity;q=0.5, gzip;q=0.4", "identity"),
        ("*;q=0.3, gzip;q=0.2", "br"),
        ("gzip;q=0.5, gzip;q=0", "identity"),
        ("gzip;q=2", "gzip"),
    ],
)
def test_accept_encoding(accept: str | None, chosen: str) -> None:
    """The best acceptable coding wins; br before gzip before identity on ties; identity
    unlisted comes after every listed coding, and is sent when nothing is acceptable."""
    assert choose_encoding(accept, ("br", "gzip")) == chosen


def test_only_available_codings_are_chosen() -> None:
    """A coding the file has no sibling for is never chosen."""
    assert choose_encoding("br", ("gzip",)) == "identity"


def test_http_date() -> None:
    """Dates are IMF-fixdate in GMT."""
    assert http_date(dt.datetime(2025, 11, 7, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))) == (
        "Fri, 07 Nov 2025 11:30:00 GMT"
    )


@pytest.mark.parametrize(
    ("accept", "browser"),
    [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),  # Chromium, Firefox
        ("text/html", True),
        ("application/rss+xml, text/html;q=0.5", False),  # a reader that names feeds
        ("application/atom+xml,application/rss+xml,application/xml;q=0.9,*/*;q=0.1", False),  # feedparser
        ("*/*", False),
        ("text/html;q=0", False),
        ("text/htmlx", False),
        (None, False),
    ],
)
def test_browser_navigation(accept: str | None, browser: bool) -> None:
    """A browser opening a page lists text/html and no feed type; feed readers name feed types."""
    assert is_browser_navigation(accept) is browser


@pytest.mark.parametrize(
    ("header", "matches"),
    [('"abc"', True), ("*", True), ('"x", "abc"', True), ('W/"abc"', False), ('"abcd"', False), ("", False)],
)
def test_if_match_compares_strongly(header: str, matches: bool) -> None:
    """If-Match takes *, or the same strong tag; a weak tag never matches (RFC 9110 13.1.1)."""
    assert etag_matches_strongly(header, '"abc"') is matches


@pytest.mark.parametrize(
    ("header", "result"),
    [
        ("Fri, 07 Nov 2025 11:29:59 GMT", True),
        ("Fri, 07 Nov 2025 11:30:00 GMT", False),
        ("Sat, 08 Nov 2025 00:00:00 GMT", False),
        ("not a date", False),
    ],
)
def test_if_unmodified_since(header: str, result: bool) -> None:
    """A date before Last-Modified means modified since; an invalid date is ignored (RFC 9110 13.1.4)."""
    assert modified_since(header, MODIFIED) is result


@pytest.mark.parametrize(
    ("headers", "outcome"),
    [
        ({}, "send"),
        ({"if-match": '"other"'}, "precondition-failed"),
        ({"if-match": '"abc"', "if-none-match": '"abc"'}, "not-modified"),
        ({"if-match": '"abc"', "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT"}, "send"),
        ({"if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT"}, "precondition-failed"),
        ({"if-unmodified-since": "Thu, 01 Jan 2099 00:00:00 GMT", "if-none-match": '"abc"'}, "not-modified"),
        ({"if-match": "*", "if-modified-since": "Fri, 07 Nov 2025 11:30:00 GMT"}, "not-modified"),
        ({"if-none-match": '"x"', "if-modified-since": "Fri, 07 Nov 2025 11:30:00 GMT"}, "send"),
    ],
)
def test_preconditions_in_rfc_order(headers: dict[str, str], outcome: str) -> None:
    """If-Match, else If-Unmodified-Since (412), then If-None-Match, else If-Modified-Since (304): RFC 9110 13.2.2."""
    assert evaluate(headers, '"abc"', MODIFIED) == outcome

"""RFC 9110 conditional requests and content negotiation, as pure functions."""

from __future__ import annotations

import datetime as dt

import pytest

from feedpub.serve.conditional import (
    choose_encoding,
    etag_matches,
    http_date,
    is_browser_navigation,
    is_not_modified,
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
        ("identity;q=0", None),
        ("*;q=0", None),
        ("GZIP", "gzip"),
    ],
)
def test_accept_encoding(accept: str | None, chosen: str | None) -> None:
    """The best acceptable coding wins; br before gzip before identity on ties."""
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

"""A structured news item (NewsML, NITF, IPTC 7901, ninjs) read as the wire copy it holds.

Each format's reader pulls out a :class:`Story`: the headline, the printed dateline, the
body paragraphs and the metadata the item states. The story is then read by the same
wire-copy reader as plain text, so its dateline, agency and language are found exactly as
in a ``.txt`` file. What the item states outright wins over what the text says: its
``located`` place and dateline date replace those read from the text, and where the two
disagree a warning names both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ArticleError
from ..problems import Problem
from .opening import names_in_byline
from .wire import agency_at, dateline_place, parse_wire_text


@dataclass(frozen=True)
class Story:
    """What a structured item says about its story, before the wire-copy reader reads it."""

    headline: str | None
    paragraphs: tuple[str, ...]
    #: The dateline as the item prints it (``STOCKHOLM, Aug 29, 2014 (AFP) -``), if apart from the body.
    dateline: str | None = None
    #: The place the item states it was filed from (``located``, ``Location``, NITF ``city``).
    place: str | None = None
    #: The dateline's date the item states, as YYYY-MM-DD.
    date: str | None = None
    #: The agency the item credits (provider, distributor, credit line), for a dateline that names none.
    agency: str | None = None
    #: Front-matter-like metadata: datePublished, dateModified, language, authors, keywords...
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    """One of the news items a file holds, with the key that names it for good: the item's own
    identifier (a NewsML guid, a 7901 selector and serial number), else a digest of its text.
    ``unique`` says the key names the item anywhere (a guid), not only within its file.
    ``story`` is None when the item cannot be read, and ``refusal`` says why."""

    key: str
    unique: bool
    story: Story | None
    refusal: str | None = None


def digest_key(text: str) -> str:
    """The key of an item that states no identifier: a digest of its text."""
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def item_of(key: str | None, fallback: str, read: Callable[[], Story]) -> Item:
    """The :class:`Item` ``read`` gives, named by its unique ``key`` (else by a digest of
    ``fallback``); a refusal of this one item is kept in it, so it never takes its siblings down."""
    name = key or digest_key(fallback)
    try:
        return Item(name, key is not None, read())
    except ArticleError as error:
        return Item(name, key is not None, None, str(error))


#: The date-times news formats write: ISO 8601 basic (``20140829T134951+0000``) or extended
#: (``2014-07-17T00:24:11.000Z``); only those with an offset name an instant.
_INSTANT = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$"
)
#: A printed dateline that is only a place (``Oslo``): no digits, no agency in brackets, no dash.
ONLY_PLACE = re.compile(r"^[^\d()\-–—:]+$")
#: AP's 7-bit dash after the dateline, which its NITF and NewsML-G2 keep: ``FORT WASHINGTON, Pa. (AP) _ Nutrisystem``.
_AP_DASH = re.compile(r"^(.{1,80}?\))\s_\s")
#: The desk's initials that close a story (``hh/ph/ts/hd``), no part of it.
_DESK_INITIALS = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4})+$")
#: A paragraph that is only a by-line: ``By Marwan Makdisi``.
_BYLINE = re.compile(r"^(?:by|von|par|por)\s+\S+(?:\s+\S+){0,6}$", re.IGNORECASE)
#: ``By`` and its kin before the names; ``ByStaff`` too, where markup ate the space (``By<person>``).
_BY = re.compile(r"^(?:(?:by|von|par|por|di|av)\s+|by(?=(?-i:[A-Z])))", re.IGNORECASE)


def item_dates(first: str | None, version: str | None) -> dict[str, str]:
    """``datePublished`` and ``dateModified`` from a news item's first-created and
    version-created instants: published when first created (else at this version), modified
    at this version when it came later."""
    dates = {}
    if first or version:
        dates["datePublished"] = first or version or ""
    if version and first and version != first:
        dates["dateModified"] = version
    return dates


def instant(value: str | None) -> str | None:
    """A news format's date-time as RFC 3339 (``2014-08-29T13:49:51+00:00``); None when it is
    not one or names no offset, since a time without one is not an instant."""
    found = _INSTANT.match(value.strip()) if value else None
    if found is None:
        return None
    year, month, day, hour, minute, second, offset = found.groups()
    zone = "+00:00" if offset == "Z" else f"{offset[:3]}:{offset[-2:] if len(offset) > 3 else '00'}"
    try:
        stamp = dt.datetime.fromisoformat(f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone}")
    except ValueError:
        return None
    return stamp.isoformat()


def day_of(value: str | None) -> str | None:
    """The date (YYYY-MM-DD) a news format's date-time falls on, as written."""
    found = _INSTANT.match(value.strip()) if value else None
    if found is None:
        found_date = re.match(r"(\d{4})-?(\d{2})-?(\d{2})$", value.strip()) if value else None
        if found_date is None:
            return None
        parts = found_date.groups()
    else:
        parts = found.groups()[:3]
    try:
        return dt.date(*map(int, parts)).isoformat()
    except ValueError:
        return None


def stated(urgency: str | None, genre: str | None, identifier: str | None) -> dict[str, Any]:
    """What an item's header states beside its story, as article fields: its urgency (a digit
    1-9, else left out), its genre and its own identifier."""
    found: dict[str, Any] = {}
    if urgency and urgency.strip() in tuple("123456789"):
        found["urgency"] = int(urgency)
    for key, value in (("genre", genre), ("identifier", identifier)):
        if value and value.strip():
            found[key] = " ".join(value.split())
    return found


def byline_names(by: str | None) -> list[str]:
    """The authors a by-line names, read as a byline's line is (:func:`~.opening.names_in_byline`):
    ``By PAUL BYRNE and ALMUDENA CALATRAVA`` gives both names as written, ``By`` cut, as does
    ``Von Christian Hollmann, dpa`` without its agency; a name of one word, initials
    (``gr/bp``) or an agency's (``Reuters``), names none."""
    line = _line(by)
    if not line:
        return []
    return [name for name in names_in_byline(_BY.sub("", line)) if len(name.split()) > 1]


def _line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def read_story(story: Story, kind: str, reference_date: dt.date | None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The article ``story`` holds, read as wire copy, and its problems; ``kind`` names the
    format in refusals (``the NITF item has no headline``)."""
    headline = _line(story.headline)
    paragraphs = [line for line in map(_line, story.paragraphs) if line]
    while paragraphs and (paragraphs[0] == headline or _BYLINE.match(paragraphs[0])):
        paragraphs.pop(0)  # the headline or by-line repeated above the story
    paragraphs[:1] = [_AP_DASH.sub("\\1 \u2014 ", paragraph) for paragraph in paragraphs[:1]]
    while len(paragraphs) > 1 and _DESK_INITIALS.match(paragraphs[-1]):
        paragraphs.pop()  # AFP's and EFE's desk initials under the story: "hh/ph/ts/hd"
    if not headline:
        raise ArticleError(f"the {kind} item has no headline, so it cannot be published as an article")
    if not paragraphs:
        raise ArticleError(f"the {kind} item has no body text: only text items can be published as articles")
    printed = _line(story.dateline)
    prepended = bool(printed) and not paragraphs[0].startswith(printed or "")
    if prepended:
        paragraphs[0] = f"{printed} {paragraphs[0]}"
    meta, problems = _times(dict(story.meta))
    # A blank line between paragraphs: the format says where each ends, so none is read as wrapped.
    article, found = parse_wire_text("\n\n".join([headline, *paragraphs]), meta, reference_date)
    problems += found
    if article is None:
        return None, problems
    body = article["body"]
    if prepended and "dateline" not in article and body:  # the reader did not see a dateline in it: put it back apart
        body[0] = body[0][len(printed or "") :].strip() or body[0]
    if story.agency and "agency" not in article:
        article["agency"] = agency_at(story.agency, dateline_place(article) or _line(story.place))
    problems += _stated(article, printed, _line(story.place), story.date)
    raw = article["dateline"]["raw"] if "dateline" in article else None
    if raw and body and body[0].startswith(raw + " "):
        body[0] = body[0][len(raw) + 1 :]  # a stated dateline printed before the story
    return article, problems


def _times(meta: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Leave out a version time earlier than the first (agencies' clocks disagree by seconds):
    it says nothing about a change, and a warning names both."""
    published, modified = meta.get("datePublished"), meta.get("dateModified")
    if (
        isinstance(published, str)
        and isinstance(modified, str)
        and dt.datetime.fromisoformat(modified) < dt.datetime.fromisoformat(published)
    ):
        del meta["dateModified"]
        message = f"the item's version time {modified} is earlier than its first-created time {published}: left out"
        return meta, [Problem("/dateModified", message, "warning")]
    return meta, []


def _stated(article: dict[str, Any], printed: str | None, place: str | None, date: str | None) -> list[Problem]:
    """Make the item's stated place and date win over the dateline found in its text."""
    found = article.get("dateline")
    if found is None:
        if printed and not place and ONLY_PLACE.match(printed):
            place = printed  # a printed dateline of a place alone: "Landquart GR", "Oslo"
        if printed or place:
            article["dateline"] = {"raw": printed or place, "place": place, "date": date}
        return []
    problems = []
    if place and found.get("place") != place:
        if found.get("place") and found["place"].casefold() != place.casefold():
            problems.append(
                Problem(
                    "/dateline/place",
                    f'the item states it was filed from "{place}", but its dateline says "{found["place"]}":'
                    f' "{place}" is kept',
                    "warning",
                )
            )
        found["place"] = place
    if date and found.get("date") != date:
        if found.get("date") and not found.get("yearInferred"):
            problems.append(
                Problem(
                    "/dateline/date",
                    f"the item states its dateline date is {date}, but its dateline says {found['date']}:"
                    f" {date} is kept",
                    "warning",
                )
            )
        found["date"] = date
        found.pop("yearInferred", None)
        found.pop("monthInferred", None)
    return problems

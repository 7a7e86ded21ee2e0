"""The typed, frozen Article that renderers work from, built only from validated data.

Everything a renderer needs and that takes a decision is decided here once: the
published and modified instants (a dateline date becomes midnight in the article's time
zone), the text direction, the agency's registry entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from .agencies import Agency as RegistryAgency
from .agencies import registry
from .parse.places import filing_time_zone

#: Languages written right to left (BCP 47 primary subtags).
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})
#: Languages written without spaces between words (BCP 47 primary subtags).
UNSPACED_LANGUAGES = frozenset({"ja", "lzh", "wuu", "yue", "zh"})
#: Runs of Han ideographs and Japanese kana, which those languages write: matched a run at a
#: time, since replacing each character of a Chinese story took most of the time of counting.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


def primary_language(tag: str) -> str:
    """The primary subtag of a BCP 47 language tag, lower case: ``zh-Hant`` -> ``zh``."""
    return tag.split("-")[0].lower()


def text_direction(language: str) -> str:
    """``rtl`` for Arabic, Persian, Hebrew and the like, else ``ltr``."""
    return "rtl" if primary_language(language) in RTL_LANGUAGES else "ltr"


def count_words(paragraphs: Iterable[str], language: str) -> int:
    """The words of ``paragraphs``: what stands between spaces, except in Chinese and Japanese,
    where each Han or kana character is a word (and punctuation none), as word processors count."""
    if primary_language(language) not in UNSPACED_LANGUAGES:
        return sum(len(paragraph.split()) for paragraph in paragraphs)
    total = 0
    for paragraph in paragraphs:
        between = _UNSPACED.split(paragraph)
        total += len(paragraph) - sum(map(len, between))  # every Han or kana character
        total += sum(1 for token in " ".join(between).split() if any(char.isalnum() for char in token))
    return total


@dataclass(frozen=True)
class Agency:
    """The agency as the dateline names it, and its registry entry when there is one."""

    id: str
    name: str
    known: RegistryAgency | None


@dataclass(frozen=True)
class Dateline:
    """The dateline as printed, its place and its date, and the lines printed above it
    (bylines, credits, stamps): no part of the dateline, but of the story as printed."""

    raw: str
    place: str | None
    date: dt.date | None
    above: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """An author."""

    name: str
    url: str | None = None


@dataclass(frozen=True)
class Image:
    """The article's lead image."""

    url: str
    caption: str | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class Article:
    """A valid article, ready to render."""

    id: str
    headline: str
    dateline: Dateline
    agency: Agency
    body: tuple[str, ...]
    language: str
    published: dt.datetime
    modified: dt.datetime
    url: str | None = None
    authors: tuple[Person, ...] = ()
    keywords: tuple[str, ...] = ()
    section: str | None = None
    summary: str | None = None
    image: Image | None = None
    source_file: str | None = None
    #: What a news format's header states: urgency (1-9), genre, wire category, slug and the
    #: item's own identifier (see the schema); None for plain text, which states none.
    urgency: int | None = None
    genre: str | None = None
    category: str | None = None
    slug: str | None = None
    identifier: str | None = None

    @property
    def direction(self) -> str:
        """The direction the article's language is written in (see :func:`text_direction`)."""
        return text_direction(self.language)

    @property
    def word_count(self) -> int:
        """Words in the body, the dateline excluded (see :func:`count_words`)."""
        return count_words(self.body, self.language)


def _instant(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _filing_zone(data: dict[str, Any], known: RegistryAgency | None, default_timezone: str) -> ZoneInfo:
    """The zone a date-only dateline's midnight is in (see :func:`article_from_dict`); looked
    up only for such a dateline, since the places' table costs a process its first lookup."""
    zone = data.get("timezone") or filing_time_zone(data["dateline"].get("place"))
    return ZoneInfo(zone or (known.timezone if known else None) or default_timezone)


def article_from_dict(data: dict[str, Any], default_timezone: str) -> Article:
    """Build an Article from a dict that passed validation.

    ``datePublished`` wins; without it, the dateline's date (or the page's, printed above a
    story with no dateline) at midnight in the article's time zone: its front matter's
    ``timezone``, else its dateline place's (where CLDR or GeoNames knows the city, see
    :func:`~feedpub.parse.places.filing_time_zone`), else its agency's (a national agency's home,
    from the registry), else ``default_timezone`` (the site's).
    """
    known = registry().agencies.get(data["agency"]["id"])
    raw_dateline = data["dateline"]
    date = dt.date.fromisoformat(raw_dateline["date"]) if raw_dateline.get("date") else None
    dated = date or (dt.date.fromisoformat(raw_dateline["pageDate"]) if raw_dateline.get("pageDate") else None)
    if data.get("datePublished"):
        published = _instant(data["datePublished"])
    elif dated is not None:
        published = dt.datetime.combine(dated, dt.time(), tzinfo=_filing_zone(data, known, default_timezone))
    else:  # pragma: no cover - the schema requires datePublished when neither dateline nor page gives a date
        raise ValueError("an article needs datePublished or a dated dateline")
    modified = _instant(data["dateModified"]) if data.get("dateModified") else published
    agency = data["agency"]
    image = data.get("image")
    return Article(
        id=data["id"],
        headline=data["headline"],
        dateline=Dateline(raw_dateline["raw"], raw_dateline.get("place"), date, tuple(raw_dateline.get("above", ()))),
        agency=Agency(agency["id"], agency["name"], known),
        body=tuple(data["body"]),
        language=data["language"],
        published=published,
        modified=modified,
        url=data.get("url"),
        authors=tuple(Person(a["name"], a.get("url")) for a in data.get("authors", ())),
        keywords=tuple(data.get("keywords", ())),
        section=data.get("section"),
        summary=data.get("summary"),
        image=Image(image["url"], image.get("caption"), image.get("width"), image.get("height")) if image else None,
        source_file=(data.get("source") or {}).get("file"),
        urgency=data.get("urgency"),
        genre=data.get("genre"),
        category=data.get("category"),
        slug=data.get("slug"),
        identifier=data.get("identifier"),
    )

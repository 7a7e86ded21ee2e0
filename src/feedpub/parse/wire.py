"""Plain-text wire copy to an article dict: headline, dateline, agency, body paragraphs.

The first non-blank line is the headline. Each further line is a paragraph, except in
hard-wrapped copy (paragraphs split by blank lines, lines broken near a fixed width),
where the lines of a block are joined back into one paragraph. The dateline opens the
first paragraph; it is cut from there and kept whole in ``dateline.raw``, so the dateline
and the paragraphs together always hold every word of the story.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from ..agencies import agency_entry, registry
from ..fold import fold
from ..problems import Problem
from .datelines import DatelineMatch, find_dateline, looks_like_dateline
from .dates import DateMatch, find_dates, hijri_to_gregorian, infer_month, infer_year, iso
from .language import UNDETERMINED, detect_language
from .words import byline_words

_WRAP_WIDTH = range(30, 100)
_CJK_EDGE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _is_hard_wrapped(blocks: list[list[str]]) -> bool:
    wrapped = [block for block in blocks if len(block) > 1]
    return (
        bool(wrapped) and len(blocks) > 1 and all(len(line) in _WRAP_WIDTH for block in wrapped for line in block[:-1])
    )


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        glue = "" if _CJK_EDGE.match(text[-1]) and _CJK_EDGE.match(line[0]) else " "
        text += glue + line
    return text


def split_paragraphs(text: str) -> list[str]:
    """The non-blank paragraphs of ``text``, stripped, hard-wrapped lines joined (but for a
    headline directly above the dateline paragraph)."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if _is_hard_wrapped(blocks):
        first = blocks[0]
        if len(first) > 1 and find_dateline(first[1]) is not None:
            # The headline printed right above the dateline paragraph is no line of it.
            blocks = [[first[0]], first[1:], *blocks[1:]]
        return [_join(block) for block in blocks]
    return [line for block in blocks for line in block]


def _dateline(match: DatelineMatch, reference: dt.date) -> tuple[dict[str, Any], list[Problem]]:
    problems: list[Problem] = []
    dateline: dict[str, Any] = {"raw": match.raw, "place": match.place, "date": None}
    gregorian: DateMatch | None = next((d for d in match.dates if d.calendar == "gregorian"), None)
    hijri: DateMatch | None = next((d for d in match.dates if d.calendar == "hijri"), None)
    if gregorian is not None:
        year, month = gregorian.year, gregorian.month
        if month is None:
            year, month = infer_month(gregorian.day, reference)
            dateline["yearInferred"] = dateline["monthInferred"] = True
        elif year is None:
            year = infer_year(month, gregorian.day, reference)
            dateline["yearInferred"] = True
        dateline["date"] = iso(year, month, gregorian.day)
        if gregorian.paired_month not in (None, month):
            first, second = (calendar.month_name[number] for number in (month, gregorian.paired_month))
            message = f"the dateline names two months for its date, {first} and {second}: correct one"
            problems.append(Problem("/dateline/date", message))
    if hijri is not None and hijri.year is not None and hijri.month is not None:
        hijri_iso = iso(hijri.year, hijri.month, hijri.day)
        dateline["hijriDate"] = hijri_iso
        converted = hijri_to_gregorian(hijri.year, hijri.month, hijri.day)
        if converted is None:
            problems.append(
                Problem("/dateline/hijriDate", f"{hijri_iso} (Hijri) is not a day of the Umm al-Qura calendar")
            )
        elif gregorian is None:
            dateline["date"] = converted.isoformat()
        elif converted.isoformat() != dateline["date"]:
            problems.append(
                Problem(
                    "/dateline/date",
                    f"the Hijri date {hijri_iso} is {converted.isoformat()} in the Gregorian calendar, "
                    f"but the dateline also says {dateline['date']}",
                    "warning",
                )
            )
    return dateline, problems


#: How many short lines (bylines, credits) may stand between the headline and the dateline.
CREDIT_LINES = 3
#: Longer than this, a line is the story, not a byline, credit or deck; up to
#: :data:`_DECK_LENGTH`, a line that does not end a sentence is a deck (a second headline).
_CREDIT_LENGTH = 90
_DECK_LENGTH = 200
_SENTENCE_END = re.compile(r"[.!?。؟]\s*$")
#: What a credit line may leave after the dateline it was read as.
_CREDIT_REST = 40


@dataclass(frozen=True)
class Opening:
    """Where the story opens: the dateline, found in paragraph ``index``; the paragraphs
    before it are byline and credit lines, kept in ``dateline.raw`` so no word is lost."""

    index: int
    match: DatelineMatch


def find_opening(body: list[str]) -> Opening | None:
    """The dateline of a story whose paragraphs are ``body``: in the first paragraph, or after
    up to :data:`CREDIT_LINES` short byline or credit lines (``By Jane Carter``, ``Associated
    Press``). A line that is (nearly) all dateline but is followed by a paragraph opening with
    a dateline is a credit line too (``By Helen Maguire, dpa =``)."""
    for index, paragraph in enumerate(body[: CREDIT_LINES + 1]):
        match = find_dateline(paragraph)
        if match is not None:
            # A line left with a few words after its dateline may be a credit line too:
            # "آخر تحديث: السبت 4 أكتوبر 2025 - 5:58 م" ("last updated") above "د ب أ".
            credit_sized = len(paragraph[match.lede_start :].strip()) <= _CREDIT_REST
            following = body[index + 1] if index + 1 < len(body) else ""
            if not (
                credit_sized
                and following
                and index < CREDIT_LINES
                and _is_credit(paragraph, match.agency, match.place, following)
            ):
                return Opening(index, match)
        elif not _is_credit_or_deck(paragraph) or index + 1 >= len(body):
            return None
    return None


def _dated_line(lines: list[str]) -> tuple[DateMatch, ...]:
    """The date a line of its own above the dateline prints (``04 حزيران 2003``), if one does."""
    for line in lines:
        folded = fold(line).text
        dates = find_dates(folded)
        rest = folded
        for date in reversed(dates):
            rest = rest[: date.start] + rest[date.end :]
        if dates and not any(char.isalnum() for char in rest):
            return tuple(dates)
    return ()


def _credited_agency(lines: list[str]) -> str | None:
    """The agency a credit line above the dateline names, alone, first or as the byline on it
    (``The Canadian Press``, ``APP 05 Apr 2021``, ``By भाषा | Updated: ...``)."""
    for line in lines:
        name = line.strip(" =-–—")
        words = name.split()
        first = words[0] if words else ""
        credited = re.split(r"\s*[|,،=]", name.partition(" ")[2])[0] if first.lower() in byline_words() else ""
        for written in (name, first, credited):
            if registry().lookup(written) is not None:
                return written
    return None


def _is_credit(line: str, agency: str | None, place: str | None, following: str) -> bool:
    """Whether a line read whole as a dateline is a credit line before the real one: it opens
    with a byline word (``By The Associated Press``), or the next paragraph opens with a
    dateline, or is a dateline line naming the agency or place this one lacks."""
    if line.split()[0].lower() in byline_words():
        return True
    later = find_dateline(following)
    if later is None:
        return False
    # The next line opens the story with a dateline, or is one naming the agency or place this one lacks.
    if following[later.lede_start :].strip():
        return True
    return (later.agency is not None and agency is None) or (later.place is not None and place is None)


def _is_credit_or_deck(line: str) -> bool:
    return len(line) <= _CREDIT_LENGTH or (len(line) <= _DECK_LENGTH and not _SENTENCE_END.search(line))


_NAME_SEPARATORS = re.compile(r"\s+(?:and|und|et|y|e|و)\s+|\s*[,،&]\s*")


def byline_names(line: str) -> list[dict[str, str]]:
    """The authors a byline line names (``By Paul Byrne and Almudena Calatrava``, ``بقلم ...``,
    ``Von ...``), up to the first comma or ``=``; none for any other credit line."""
    first, _, rest = line.partition(" ")
    if first.lower() not in byline_words() or not rest:
        return []
    names = re.split(r"\s*[=,،]", rest, maxsplit=1)[0]
    return [{"name": name} for name in _NAME_SEPARATORS.split(names) if name.strip()]


def _unread_dateline(headline: str, body: list[str], article: dict[str, Any]) -> list[Problem]:
    """Say what was found when no dateline could be read: the first paragraph opens with
    something shaped like one (kept as ``dateline.raw``, so the article is not said to lack
    one), or the headline runs into it."""
    looks = looks_like_dateline(body[0])
    if looks is not None:
        found, part = looks
        article["dateline"] = {"raw": found, "place": None, "date": None}
        return [
            Problem(
                "/dateline",
                f"the first paragraph opens with {found!r}, which looks like a dateline, but its {part} was not "
                "understood: write it as place, date (agency) and a dash, such as BAGHDAD, Nov. 7 (Xinhua) --",
            )
        ]
    words = headline.split()
    for position in range(1, min(len(words), 30)):
        tail = " ".join(words[position:])
        match = find_dateline(tail)
        if match is not None and match.place and (match.agency or match.dates) and tail[match.lede_start :].strip():
            return [
                Problem(
                    "/headline",
                    f"the headline runs into the dateline {match.raw!r}: "
                    f"start a new line before {match.raw.split()[0]!r}",
                )
            ]
    return []


def _reference_date(meta: dict[str, Any], fallback: dt.date | None) -> dt.date:
    published = meta.get("datePublished")
    if isinstance(published, str):
        try:
            return dt.datetime.fromisoformat(published).date()
        except ValueError:
            pass
    return fallback or dt.date.today()


def _authors(value: Any) -> Any:
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        return [{"name": item} if isinstance(item, str) else item for item in value]
    return value


def _keywords(value: Any) -> Any:
    if isinstance(value, str):
        return [word.strip() for word in value.split(",") if word.strip()]
    return value


def parse_wire_text(
    text: str, meta: dict[str, Any], reference_date: dt.date | None = None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Read wire copy (front matter already split off) into an article dict and problems.

    Returns ``None`` for the article when the text has no story to publish at all.
    """
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return None, [Problem("", "the file has front matter but no headline or story")]
    if len(paragraphs) == 1:
        return None, [Problem("", "the file has a headline but no story: add the dateline and paragraphs below it")]
    headline, body = paragraphs[0], paragraphs[1:]
    problems: list[Problem] = []
    article: dict[str, Any] = {"headline": headline}
    if len(headline) > 120 and find_dateline(headline):
        problems.append(
            Problem("/headline", "the first line opens with a dateline: the headline line above it is missing")
        )
    opening = find_opening(body)
    if opening is not None:
        match = opening.match
        if not match.dates:
            match = replace(match, dates=_dated_line(body[: opening.index]))
        dateline, found = _dateline(match, _reference_date(meta, reference_date))
        problems.extend(found)
        dateline["raw"] = " ".join([*body[: opening.index], match.raw])
        article["dateline"] = dateline
        credited = match.agency or _credited_agency(body[: opening.index])
        if credited:
            article["agency"] = agency_entry(credited)
        authors = [name for line in body[: opening.index] for name in byline_names(line)]
        if authors and "authors" not in meta:
            article["authors"] = authors
        lede = body[opening.index][match.lede_start :].strip()
        body = [lede, *body[opening.index + 1 :]] if lede else body[opening.index + 1 :]
    else:
        problems += _unread_dateline(headline, body, article)
        if "dateline" in article:
            body = [body[0][len(article["dateline"]["raw"]) :].strip(), *body[1:]]
            body = [paragraph for paragraph in body if paragraph]
    article["body"] = body
    for key, value in meta.items():
        if key == "agency" and isinstance(value, str):
            article["agency"] = agency_entry(value)
        elif key == "authors":
            article["authors"] = _authors(value)
        elif key == "keywords":
            article["keywords"] = _keywords(value)
        else:
            article[key] = value
    if "language" not in article:
        article["language"] = detect_language("\n".join([headline, *body]))
        if article["language"] == UNDETERMINED:
            problems.append(
                Problem(
                    "/language",
                    "the language cannot be told from the text: name it in the front matter (language: en)",
                    "warning",
                )
            )
    return article, problems

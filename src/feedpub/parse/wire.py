"""Plain-text wire copy to an article dict: headline, dateline, agency, body paragraphs.

The first non-blank line is the headline. Each further line is a paragraph, except in
hard-wrapped copy (paragraphs split by blank lines, lines broken near a fixed width),
where the lines of a block are joined back into one paragraph. The dateline opens the
first paragraph, or follows byline and credit lines (see :mod:`.opening`); it is cut from
there and kept whole in ``dateline.raw``, and those lines in ``dateline.above``, so that
dateline and paragraphs together always hold every word of the story.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from itertools import pairwise
from typing import Any

from ..agencies import agency_entry, registry
from ..problems import Problem
from .datelines import DatelineMatch, find_dateline
from .dates import (
    CONVERTED_CALENDARS,
    DateMatch,
    hijri_to_gregorian,
    infer_converted_year,
    infer_month,
    infer_year,
    iso,
)
from .gazetteer import country_of, is_place
from .language import UNDETERMINED, close_to_another, detect_language, settled_by_country
from .opening import (
    CREDIT_LENGTH,
    byline_names,
    credited_agency,
    credited_place,
    cue_apart,
    dated_line,
    find_opening,
    headline_agency,
    leading_credits,
    leading_line_kind,
    placed_line,
    printed_again,
    source_credit,
    stamped_credit,
    stamped_day,
)
from .outlets import outlet_for_place
from .unread import (
    agency_of_unread,
    anchored_city,
    dateline_in_headline,
    headline_runs_into,
    no_dateline_after,
    unread_dateline,
    unread_rest,
)
from .words import opens_with_byline

_WRAP_WIDTH = range(30, 100)
#: How much shorter than the longest of its lines a hard-wrapped line may be.
_WRAP_SLACK = 20
#: How many words a line carrying on a sentence from the line above has at least.
_GOING_ON_WORDS = 3
#: What ends a sentence, and so a line a sentence cannot go on from.
_SENTENCE_ENDS = frozenset('.!?…"”»。！？')
_CJK_EDGE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
#: A stray mark opening the lede below a dateline printed on lines of its own (``LIMA`` /
#: ``AP`` / ``.  El izquierdista…``) or below credit lines: the dateline's separator, kept with it;
#: a dash may be glued to the lede's first word (``-The Clark County Board …`` below a page's stamp).
_STRAY_MARK = re.compile(r"[.,:;–—-]+\s+(?=\w)|[–—-]+(?=[^\W\d_])")


#: A bar or bullet opening a story with no dateline: no sentence opens with one. A dash may:
#: Polish and Norwegian copy open a quotation with it (``- Jeżeli będziemy …``).
_BAR_OR_BULLET = re.compile(r"[|•][ \t]+(?=\w)")


def _pass_credits(dateline: dict[str, Any], body: list[str], again: frozenset[int], *, decks: bool) -> list[str]:
    """Move the lines below a dateline line of its own that open no story (a page's time stamp:
    ``MTI`` / ``2006.03.30. 13:41``; a byline; a picture's credit: ``18 de março de 2020`` /
    ``Foto: Marcos Corrêa``; a line printed ``again``: :func:`~.opening.leading_credits`) from
    the story into ``dateline``'s raw text: they are no part of the lede. With ``decks``, below a
    line that names no place (a page's day, an agency's name alone: ``EFE`` / a picture's caption
    / the story), decks and captions are moved too; below a place's line the story follows at
    once. Returns the lines moved."""
    passed = [body.pop(0) for _ in range(leading_credits(body, decks=decks, again=again))]
    for line in passed:
        dateline["raw"] += " " + line
    return passed


def _pass_writers_note(dateline: dict[str, Any], body: list[str], writers: list[str]) -> None:
    """Move a note on a writer the byline named, which a page prints below it and above the
    story (``Par Aubéry Mallet | Journaliste …`` / ``Aubéry Mallet est journaliste spécialisée
    séries. …``), from the story into ``dateline``'s raw text, as a byline's line is: the
    writer's whole name opens it and a word in small letters follows, where no story opens with
    its own writer's name."""
    if len(body) < 2:
        return
    for writer in writers:
        after = body[0][len(writer) + 1 :]
        if body[0].startswith(f"{writer} ") and after[:1].islower():
            dateline["raw"] += " " + body.pop(0)
            return


def _join_place_below(
    dateline: dict[str, Any], match: DatelineMatch, body: list[str], reference: dt.date
) -> list[Problem]:
    """Join to ``dateline`` the dateline that opens ``body``'s first paragraph, the story's, when
    ``match``, on a line of its own above it, is an agency's name and nothing else, and the
    dateline below names its place and no agency, and the story goes on after it: the two lines
    are one dateline (``ANI`` / the page's stamps, decks and captions passed over / ``New Delhi:
    The union cabinet …``). Returns the problems of the date the place's line gives."""
    if not body or match.agency is None or match.place is not None or match.dates:
        return []
    below = find_dateline(body[0])
    if below is None or below.place is None or below.agency is not None or not body[0][below.lede_start :].strip():
        return []
    placed, problems = _dateline(below, reference)
    dateline["raw"] += " " + below.raw
    dateline["place"] = placed["place"]
    dateline["date"] = placed["date"] or dateline["date"]
    body[0] = body[0][below.lede_start :].strip()
    return problems


def _keep_stray_mark(dateline: dict[str, Any], body: list[str]) -> None:
    """Move a stray mark opening the story's first paragraph into ``dateline``'s raw text."""
    stray = _STRAY_MARK.match(body[0]) or _BAR_OR_BULLET.match(body[0])
    if stray is not None:
        dateline["raw"] += " " + stray.group().strip()
        body[0] = body[0][stray.end() :]


def _home_country(article: dict[str, Any]) -> str | None:
    """The country a story was written for, as far as its dateline tells: its national agency's
    (Bernama's Malay from Jakarta is still Malaysia's), else its place's; None if neither says."""
    agency = registry().agencies.get(article.get("agency", {}).get("id", ""))
    if agency is not None and agency.country is not None:
        return agency.country
    place = dateline_place(article)
    return country_of(place) if place else None


def _is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """Whether the story's lines were wrapped at a width: each but the last of a block's lines is
    of such a width, and no line is longer (a paragraph of a page's lines stays a line each:
    ``Actualizado: martes, 24 febrero 2009 18:56`` / ``MADRID, 24 Feb. (EUROPA PRESS) -``, then
    the story's paragraphs, each a line longer than any wrapping)."""
    wrapped = [block for block in blocks if len(block) > 1]
    return (
        bool(wrapped)
        and len(blocks) > 1
        and all(len(line) in _WRAP_WIDTH for block in wrapped for line in block[:-1])
        and all(len(line) < _WRAP_WIDTH.stop for block in blocks for line in block)
    )


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        glue = "" if _CJK_EDGE.match(text[-1]) and _CJK_EDGE.match(line[0]) else " "
        text += glue + line
    return text


def split_paragraphs(text: str) -> list[str]:
    """The non-blank paragraphs of ``text``, stripped, hard-wrapped lines joined. The first line
    is the headline, a paragraph of its own even with no blank line below it: above the dateline
    paragraph, or above a byline or credit line that a blank line parts from the story."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if not blocks:
        return []
    headline, *rest = blocks[0]
    story = [*([rest] if rest else []), *blocks[1:]]
    if len(blocks) > 1 and _is_hard_wrapped(story):
        return [headline, *(_join(block) for block in story)]
    return [headline, *(paragraph for block in story for paragraph in _unwrapped(block))]


def _unwrapped(block: list[str]) -> list[str]:
    """A block's lines, each a paragraph, but for runs of lines wrapped at a width, joined: lines
    of about one length (all but the run's last within :data:`_WRAP_SLACK` of its longest), no
    longer than any wrapping, where a sentence goes on across a break (:func:`_sentence_goes_on`:
    ``PRETORIA, May 30 (Reuters) – South African President Jacob`` / ``Zuma appealed on Thursday
    for a fair and speedy outcome to tense`` / ``wage talks …``). Without that, a line is a
    paragraph, as wire copy with no blank lines prints them."""
    if not any(line[:1].islower() for line in block[1:]):
        return block  # no line opens with a small letter: most copy, read at once
    runs: list[list[str]] = []
    widest = 0
    for line in block:
        previous = len(runs[-1][-1]) if runs else 0
        widest = max(widest, len(line))
        if previous in _WRAP_WIDTH and widest < _WRAP_WIDTH.stop and previous >= widest - _WRAP_SLACK:
            runs[-1].append(line)
        else:
            runs.append([line])
            widest = len(line)
    paragraphs: list[str] = []
    for run in runs:
        if not _sentence_goes_on(run):
            paragraphs.extend(run)
            continue
        # A dateline opens a paragraph of its own, however the lines above it were wrapped (a deck).
        starts = [0, *(index for index, line in enumerate(run) if index and _opens_with_dateline(line)), len(run)]
        for start, end in pairwise(starts):
            piece = run[start:end]
            paragraphs.extend([_join(piece)] if _sentence_goes_on(piece) else piece)
    return paragraphs


def _sentence_goes_on(lines: list[str]) -> bool:
    """Whether a sentence goes on from one of ``lines`` to the next: one that ends no sentence,
    then one of several words opening with a small letter, no byline's (``by Associated
    Press``) or a page's label (``article-image``); a paragraph may open with one after a
    sentence's end (``eBay said …``)."""
    return any(
        below[:1].islower()
        and above[-1:] not in _SENTENCE_ENDS
        and len(below.split()) >= _GOING_ON_WORDS
        and not opens_with_byline(below)
        for above, below in pairwise(lines)
    )


def _full_dateline(line: str) -> DatelineMatch | None:
    """The dateline ``line`` opens with if it names its place and its date or agency: one no
    sentence is taken for, whatever stands above it."""
    match = find_dateline(line)
    return match if match is not None and match.place is not None and (match.dates or match.agency) else None


def _opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens with a :func:`_full_dateline`, which opens a paragraph however the
    lines above it were wrapped."""
    return _full_dateline(line) is not None


def _after_headline_again(headline: str, paragraph: str) -> str | None:
    """What ``paragraph`` holds after the headline when it opens with the headline printed again,
    glued to a :func:`_full_dateline` and the story, as a page that lost the line break under
    its heading prints them (``… on EverestBy Gopal Sharma KATHMANDU (Reuters) – A Nepali …``);
    None for any other paragraph, one whose first words are the headline's among them
    (``জাতির উদ্দেশে ভাষণ দিচ্ছেন প্রধানমন্ত্রী শেখ হাসিনা। …``)."""
    if not paragraph.startswith(headline) or paragraph[len(headline) : len(headline) + 1].isspace():
        return None
    story = paragraph[len(headline) :]
    match = _full_dateline(story)
    return story if match is not None and story[match.lede_start :].strip() else None


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
    other = next((d for d in match.dates if d.calendar in CONVERTED_CALENDARS), None)
    if other is not None and other.month is not None and gregorian is None:
        name, to_gregorian, _ = CONVERTED_CALENDARS[other.calendar]
        other_year = other.year
        if other_year is None:
            other_year = infer_converted_year(other.calendar, other.month, other.day, reference)
            dateline["yearInferred"] = True
        converted_other = to_gregorian(other_year, other.month, other.day)
        if converted_other is None:
            message = f"{iso(other_year, other.month, other.day)} ({name}) is not a day of that calendar"
            problems.append(Problem("/dateline/date", message))
        else:
            dateline["date"] = converted_other.isoformat()
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


def agency_at(written: str, place: str | None) -> dict[str, str]:
    """The article's ``agency`` for the name ``written`` credited from ``place``: an alias
    several agencies share names the one of the place's country (APA in Baku is Azerbaijan's,
    (APS) in Dakar Senegal's); GeoNames is asked only for such an alias."""
    country = country_of(place) if place and registry().is_shared(written) else None
    return agency_entry(written, country)


def dateline_place(article: dict[str, Any]) -> str | None:
    """The place of the article's dateline, if it has one that names a place."""
    dateline = article.get("dateline")
    return dateline.get("place") if isinstance(dateline, dict) else None


def _reference_date(meta: dict[str, Any], fallback: dt.date | None) -> dt.date:
    published = meta.get("datePublished")
    if isinstance(published, str):
        try:
            return dt.datetime.fromisoformat(published).date()
        except ValueError:
            pass
    return fallback or dt.date.today()


def _authors_before_place(match: DatelineMatch) -> list[dict[str, str]]:
    """The authors a byline that opens the dateline before its place names (``Von Axel Hofmann
    Berlin.``, ``By F. Ahmed and Sarwar Kashani, IANS, Srinagar :``), as a byline's line above it
    does, less the small words that lead to the place (``By Zhu Zhe in Nay Pyi Taw``). Only
    before a place the gazetteer knows, and only names of two words or more: a name cut short
    where a town's name is read in it (``By MICHAEL WARREN``) names no one."""
    if match.place is None or not opens_with_byline(match.raw) or not is_place(match.place):
        return []
    words = match.raw[: max(match.raw.find(match.place), 0)].split()
    while len(words) > 2 and words[-1].islower():
        words.pop()
    names = byline_names(" ".join(words))
    return names if all(len(name["name"].split()) > 1 for name in names) else []


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


#: How long a first line may be and still be a headline that opens like a dateline
#: (``Paris: la ville lumière fête Noël``).
_HEADLINE_LENGTH = 120


def _headline_dateline(headline: str) -> DatelineMatch | None:
    """The dateline the first line opens with when that line is the story's first paragraph, the
    headline above it missing: a line longer than a headline, or a dateline with a place the
    gazetteer knows, a date or an agency, and the lede after it (``KUALA LUMPUR, May 26
    (Bernama) — Malaysia's …``), where a headline run into its dateline reads as one whose place
    holds the headline's words (``Talks resume BAGHDAD, Nov. 7 (Xinhua) --``). A short line is
    read only when it opens with a known place and holds a figure or bracket near its start, or
    opens as a Chinese or Japanese dateline does: every article's headline is asked."""
    if len(headline) > _HEADLINE_LENGTH:
        return find_dateline(headline)
    credited = _DAY_OR_CREDIT.search(headline, 0, _DAY_OR_CREDIT_REACH) is not None and _opens_with_known_place(
        headline
    )
    if not (credited or _HAN_DATELINE.match(headline)):
        return None  # nearly every headline, told so by a look or two rather than a reading
    match = find_dateline(headline)
    city = anchored_city(match, headline)
    return match if city is not None and is_place(city) else None


#: Han characters and a day opening a line, in figures or Han numerals, as a Chinese or Japanese
#: dateline opens with its agency and place before the day (``新華社西寧6月28日電``,
#: ``【新華社北京3月20日】``, ``（法新社馬德里23日電）``, ``中新社香港二月十一日電``).
_HAN_DATELINE = re.compile(r"[【\[（(]?[\u3400-\u9fff]{2,12}?(?:[0-9０-９]|[一二三四五六七八九十廿卅]+[月日])")
#: A figure or a bracket near a line's start, where a dateline's day or agency would be: a
#: dateline with neither is not told from a headline opening with a place.
_DAY_OR_CREDIT = re.compile(r"[\d(（\[/]")
_DAY_OR_CREDIT_REACH = 80
#: How many words the known place opening a first line that is a story's paragraph may have.
_OPENING_PLACE_WORDS = 4


def _opens_with_known_place(line: str) -> bool:
    """Whether ``line``'s first words, up to :data:`_OPENING_PLACE_WORDS` of them, name a place
    the gazetteer knows (``KUALA LUMPUR,``)."""
    words = line.split(maxsplit=_OPENING_PLACE_WORDS)[:_OPENING_PLACE_WORDS]
    return any(is_place(" ".join(words[:count]).rstrip(",.:;-–—(")) for count in range(1, len(words) + 1))


#: What to say when the first line is the story's first paragraph, its dateline opening it.
_HEADLINE_MISSING = Problem("/headline", "the first line opens with a dateline: the headline line above it is missing")


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
        if (running := dateline_in_headline(paragraphs[0])) is not None:
            return None, [headline_runs_into(running)]  # the story on the headline's line: Talks resume BAGHDAD, …
        if _headline_dateline(paragraphs[0]) is not None:
            return None, [_HEADLINE_MISSING]  # the story alone: LONDON, Dec. 5 (Reuters) - Officials said …
        return None, [Problem("", "the file has a headline but no story: add the dateline and paragraphs below it")]
    headline, body = paragraphs[0], paragraphs[1:]
    if len(body) > 1 and " ".join(body[0].split()) == " ".join(headline.split()):
        body = body[1:]  # the headline printed again above the story, as a page's heading may be
    elif (story := _after_headline_again(headline, body[0])) is not None:
        body = [story, *body[1:]]
    body = cue_apart(body)
    problems: list[Problem] = []
    article: dict[str, Any] = {"headline": headline}
    opening_line = _headline_dateline(headline)
    if opening_line is not None:
        problems.append(_HEADLINE_MISSING)
    again = printed_again(headline, body)
    opening = find_opening(body, again)
    if opening is not None:
        match = opening.match
        above = body[: opening.index]  # the lines above the dateline's paragraph
        first = opening.index + 1 - opening.lines  # the paragraph the dateline is printed from
        if not match.dates:
            # A date alone above a dateline is the page's stamp, not the dateline's date (May 06,
            # 2019 above WINDSOR, England (AP) —; 14/7/2021 above KUALA LUMPUR: Ahli-ahli …), but
            # for a place alone on its line below it: a dateline printed on two lines (04 حزيران
            # 2003 / عمان ، الأردن). On the accuracy corpus a date alone above a dateline of
            # any other shape was never the dateline's date (19 items).
            whole = match.agency is None and not body[opening.index][match.lede_start :].strip()
            dates = dated_line(above, date_alone=whole, placed=match.place is not None)
            if dates:
                first = 0  # one dateline printed over lines: 04 حزيران 2003 / عمان ، الأردن
            elif whole and match.place is not None:
                # ... and a date alone below a place's line is the dateline's second line (DAR ES SALAAM / 24.3.2016).
                dates = dated_line(body[opening.index + 1 : opening.index + 2])
            match = match._replace(dates=dates)
        if match.place is None:
            match = match._replace(place=placed_line(above))
            if match.place is not None:
                first = 0  # one dateline printed over lines: عمان / 03 آب/أغسطس 2003
        else:
            match = outlet_for_place(match)
        # The page's stamp above the dateline says when the story ran: a year-less date is read
        # against it, and a dateline with no date is dated by it, as the page's date.
        undated_or_year_less = not match.dates or any(date.year is None for date in match.dates)
        stamped = stamped_day(above) if undated_or_year_less else None
        dateline, date_problems = _dateline(match, _reference_date(meta, stamped or reference_date))
        problems.extend(date_problems)
        if stamped is not None and not match.dates:
            dateline["pageDate"] = stamped.isoformat()  # June 2, 2023, 6:57 pm / SAN JOSE DE BUENAVISTA, Antique –
        if opening.stamp and match.place is None:
            # A page's date alone above a story with no dateline (21 May 2025) dates the story, as
            # the page's stamp; a place's line above it makes the two a dateline (New Delhi / 30 March 2006).
            dateline["pageDate"], dateline["date"] = dateline["date"], None
        dateline["raw"] = " ".join([*body[first : opening.index], match.raw])
        if first:
            dateline["above"] = body[:first]
        article["dateline"] = dateline
        credited = match.agency or credited_agency(above) or stamped_credit(above) or headline_agency(headline)
        if credited:
            article["agency"] = agency_at(credited, match.place)
        elif "agency" not in meta and (rest := unread_rest(match, body[opening.index])) is not None:
            problems.append(rest)
        authors = [name for line in above for name in byline_names(line)]
        authors = authors or _authors_before_place(match)
        if authors and "authors" not in meta:
            article["authors"] = authors
        lede = body[opening.index][match.lede_start :].strip()
        body = [lede, *body[opening.index + 1 :]] if lede else body[opening.index + 1 :]
        if body and not lede:
            passed = _pass_credits(
                dateline,
                body,
                frozenset(index - opening.index - 1 for index in again),
                decks=match.place is None,
            )
            if "agency" not in article and (source := source_credit(passed)) is not None:
                # The page's source below the stamp that dates the story, as above a story with no
                # stamp: January 17, 2008 / Source: Detroit Free Press / Wire Service: AP
                article["agency"] = agency_at(source, match.place)
            # The agency's name alone on its line and the story opening with its place below.
            problems.extend(_join_place_below(dateline, match, body, _reference_date(meta, stamped or reference_date)))
            _keep_stray_mark(dateline, body)
    elif credits := leading_credits(body, decks=True, again=again):
        # Bylines or credits and no dateline: they are kept as what stands for one, and said to be no dateline.
        # The headline printed again among them is no credit: its words name no place (Haiti - Prime Minister : …).
        lines = body[:credits]
        placed = credited_place([line for index, line in enumerate(lines) if index not in again])
        article["dateline"] = {"raw": " ".join(lines), "place": placed, "date": None}
        authors = [name for line in lines for name in byline_names(line)]
        if authors and "authors" not in meta:
            article["authors"] = authors
        if article["dateline"]["place"] is None:  # a place read from the credit line is the dateline's
            problems.append(no_dateline_after(lines[-1], leading_line_kind(lines[-1])))
        if (source := source_credit(lines) or stamped_credit(lines)) is not None:
            article["agency"] = agency_at(source, None)
        body = body[credits:]
        _keep_stray_mark(article["dateline"], body)  # الشاهين الاخباري / – أكّد وزير …
    else:
        shaped, running, unread = unread_dateline(headline, body[0])
        problems += unread
        if running is None and shaped is None:
            running = opening_line  # the story's first paragraph on the first line: its dateline is read
        if shaped is not None:
            article["dateline"] = {"raw": shaped, "place": None, "date": None}
            if (named := agency_of_unread(shaped)) is not None:
                article["agency"] = agency_entry(named)
            body = [paragraph for paragraph in (body[0][len(shaped) :].strip(), *body[1:]) if paragraph]
        elif running is not None and running.dates and running.agency:
            # The dateline the headline runs into, whole, is read, so only the headline is said to be wrong.
            article["dateline"], date_problems = _dateline(running, _reference_date(meta, reference_date))
            problems.extend(date_problems)
            article["agency"] = agency_at(running.agency, running.place)
        elif shaped is None and (stray := _BAR_OR_BULLET.match(body[0])) is not None:
            # A bar or bullet with no dateline before it (| El presidente …, • A Prefeitura …): the
            # separator of a dateline the page lost, or a list's mark, no word of the story.
            body = [body[0][stray.end() :], *body[1:]]
    if "dateline" in article and article.get("authors"):
        _pass_writers_note(article["dateline"], body, [author["name"] for author in article["authors"]])
    article["body"] = body
    for key, value in meta.items():
        if key == "agency" and isinstance(value, str):
            article["agency"] = agency_at(value, dateline_place(article))
        elif key == "authors":
            article["authors"] = _authors(value)
        elif key == "keywords":
            article["keywords"] = _keywords(value)
        else:
            article[key] = value
    if "language" not in article:
        # A deck or summary above the dateline is the story's language too, and more of it reads
        # surer than a headline and a paragraph full of names; a credit line (By Reuters Staff),
        # no longer than CREDIT_LENGTH, may be in another.
        decks = [line for line in article.get("dateline", {}).get("above", []) if len(line) > CREDIT_LENGTH]
        text = "\n".join([headline, *decks, *body])
        article["language"] = detect_language(text, lambda: _home_country(article))
        if close_to_another(article["language"]):
            article["language"] = settled_by_country(article["language"], _home_country(article), text)
        if article["language"] == UNDETERMINED:
            problems.append(
                Problem(
                    "/language",
                    "the language cannot be told from the text: name it in the front matter (language: en)",
                    "warning",
                )
            )
    return article, problems

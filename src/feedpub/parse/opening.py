"""Where a story opens: the dateline, and the byline, credit and deck lines printed above it.

Copy does not always open with its dateline: a byline (``By Jane Carter``, ``بقلم ...``), a
credit (``Associated Press``, ``The Canadian Press``), a deck, a date line or a "last
updated" line may stand between headline and dateline, and the dateline may be a line of
its own. Those lines are kept in ``dateline.above``, so the dateline and the body still
hold every word of the story; a byline also gives the authors, and a credit
line that names an agency gives the agency when the dateline names none.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..agencies import SITE_NAME, registry
from ..fold import fold, fold_key
from .datelines import DatelineMatch, find_dateline
from .dates import DateMatch, dates_alone, find_dates, is_clock, is_day_period, outside_dates
from .gazetteer import is_place, is_region
from .places import place_time_zone
from .regions import regions_named
from .segments import ELLIPSIS, NAME_HYPHEN
from .stamps import is_page_number, is_reading_time, is_stamp, is_time_ago, is_time_stamp, read_stamp
from .unread import looks_like_dateline
from .words import (
    broadcast_cues,
    button_words,
    byline_words,
    conjunction_pattern,
    dateline_words,
    is_generic_credit,
    is_reporter_role,
    marks_as_letters,
    names_outlet,
    notes_the_story,
    opens_with_byline,
    outlet_words,
    photo_labels,
    posted_openers,
    social_networks,
    source_labels,
)

#: How many short lines (bylines, credits) may stand between the headline and the dateline.
CREDIT_LINES = 5
#: Longer than this, a line is the story, not a byline, credit or deck; up to
#: :data:`_DECK_LENGTH`, a line that does not end a sentence is a deck (a second headline), or a
#: picture's caption closed by its credit, which may run to some 240 characters.
CREDIT_LENGTH = 90
_DECK_LENGTH = 250
_SENTENCE_END = re.compile(r"[.!?。؟।۔։።။]\s*$")
#: How many words a place printed on a line of its own may have.
_PLACE_LINE_WORDS = 3
#: How long a label standing above a story may be.
_LABEL_LENGTH = 30
#: How many words a paper's or agency's name on a line of its own below the dateline line may have.
_CREDIT_BELOW_WORDS = 3
#: How long a labelled line of page furniture may be: one naming the page's sources (``Source: The
#: Star``), or giving its fields after their labels (``เผยแพร่:   ปรับปรุง:   โดย: ผู้จัดการออนไลน์``:
#: published, updated, by).
_LABELLED_LINE = 60
#: One word and a colon, a label of a field of the page: two on a short line make a row of them.
_FIELD_LABEL = re.compile(r"(?<!\S)[^\s\d:]{2,20}:(?!\S)")
#: How many words an outlet's name on a line of its own may have (``State News Agency of Turkmenistan``).
_OUTLET_LINE_WORDS = 5
_NAME_ONLY = re.compile(r"[^\W\d_]+(?:[ \t.-]+[^\W\d_]+)*\.?")
#: A web address, which a short line above the story gives to follow the site at.
_WEB_ADDRESS = re.compile(r"https?://\S")
#: A line of figures and marks, no words: a page's count of views or comments, or marks alone (``|``).
_COUNT = re.compile(r"[^\w\n]+|[^\w\n]*\d[\d\W]*")
#: How many words an agency's name closing a credit line may have (``Agência Brasil``).
_CLOSING_NAME_WORDS = 3
#: What a credit line may leave after the dateline it was read as.
_CREDIT_REST = 40


@dataclass(frozen=True)
class Opening:
    """Where the story opens: the dateline, found in paragraph ``index``; the paragraphs
    before it are byline and credit lines, kept in ``dateline.above`` so no word is lost.
    ``stamp`` is set when it is a page's date alone on a line above a story that has no
    dateline (``21 May 2025``): the page's stamp, which dates the story but is no dateline's date."""

    index: int
    match: DatelineMatch
    stamp: bool = False
    #: How many paragraphs the dateline is printed over, the last of them paragraph ``index``:
    #: two for a line of place and date above a line opening with the agency's credit.
    lines: int = 1


#: A broadcaster's cue in brackets of any shape opening a paragraph: ``◀ 앵 커 ▶``, ``(앵커)``.
_CUE = re.compile(r"\s*[\[(<◀【]\s*(?P<cue>[^\W\d_](?:\s?[^\W\d_]){1,11})\s*[\])>▶】]\s*")


def cue_apart(body: list[str]) -> list[str]:
    """``body`` with a broadcaster's cue glued to its first paragraph (``◀앵커▶추석 명절 …``, the
    anchor's words) set on a line of its own, where stations print it too (``<앵커>``)."""
    cue = _CUE.match(body[0]) if body else None
    if cue is None or cue.end() == len(body[0]) or not _is_cue(cue):
        return body
    return [body[0][: cue.end()].strip(), body[0][cue.end() :], *body[1:]]


def _is_cue(found: re.Match[str]) -> bool:
    """Whether :data:`_CUE` found a broadcaster's cue, read without the spaces a station may put
    between its letters (``◀ 앵 커 ▶``)."""
    return fold_key(found["cue"]).replace(" ", "") in broadcast_cues()


def printed_again(headline: str, body: list[str]) -> frozenset[int]:
    """Which of the first lines of ``body`` a page prints again above its story: the headline,
    below a date or a deck; a picture's caption twice in a row, as its description and under it
    (``نائب أمير الرياض خلال تفقده …``). Each copy is the page's furniture, never the dateline or
    the lede; so is a summary the paragraph below prints again after its dateline (``ਇਕ ਬਾਰ
    ਫੇਰ …`` above ``ਬਟਾਲਾ: ਇਕ ਬਾਰ ਫੇਰ …``). (A summary the story's first paragraph prints again
    further down reads as the lede either way.)"""
    again: set[int] = set()
    above = headline
    for index, line in enumerate(body[:_AGAIN_REACH]):
        if _same_line(line, headline) or _headline_and_tail(line, headline):
            again.add(index)
        if index and _same_line(line, above):
            again.update((index - 1, index))
        elif index and len(line) > len(above) and _opens_below_its_dateline(above, line):
            again.add(index - 1)
        above = line
    return frozenset(again)


#: What a page may print after the headline it prints again: a picture's number (``… squelettiques
#: 2``), or after a bar, the picture's credit or the page's label (``… || image credits: Inside News``).
_TAIL = re.compile(r"[ \t]+\d{1,3}|[ \t]*\|.{0,60}")


def _headline_and_tail(line: str, headline: str) -> bool:
    """Whether ``line`` is the headline printed again with a tail of the page's (:data:`_TAIL`)
    after it; a story's first paragraph may open with the headline's words and go on."""
    stripped, printed = line.strip(), headline.strip()
    return stripped.startswith(printed) and _TAIL.fullmatch(stripped, len(printed)) is not None


#: How many lines at the top of a story are looked at for lines printed twice.
_AGAIN_REACH = 2 * CREDIT_LINES
#: How many more spaces one copy of a line may have than another.
_SPACES_APART = 8


def _opens_below_its_dateline(line: str, below: str) -> bool:
    """Whether ``below`` prints ``line``, a sentence or more, again after a few words of its
    own: its dateline (``ਬਟਾਲਾ: ਇਕ ਬਾਰ ਫੇਰ …`` below ``ਇਕ ਬਾਰ ਫੇਰ …``). Paragraphs are split
    into words only when the line's first words are printed near the start of the one below."""
    opening = _OPENING_WORDS.search(line)
    if opening is None or below.find(opening.group(), 1, _DATELINE_REACH) < 0:
        return False  # most pairs of lines, told apart before either is split into words
    words, below_words = line.split(), below.split()
    if len(words) < _SUMMARY_WORDS:
        return False
    return any(below_words[skip : skip + len(words)] == words for skip in range(1, _DATELINE_WORDS + 1))


#: How many words a line has at least to be told printed again below its dateline: a short
#: line (``Share``, a name) may open a story's words by chance.
_SUMMARY_WORDS = 6
#: How many words the dateline before such a copy has at most, and how far they reach.
_DATELINE_WORDS = 8
_DATELINE_REACH = 200
#: A line's first three words, as the copy below prints them too.
_OPENING_WORDS = re.compile(r"\S+(?: \S+){0,2}")


def _same_line(line: str, other: str) -> bool:
    """Whether two lines are one text printed twice, spaces, capitals and marks evened out (``Buz
    kırıldı traktör suya gömüldü!`` and ``Buz Kırıldı, Traktör Suya Gömüldü!``); lines of lengths
    far apart (nearly every pair, a story's paragraphs) are not split to be compared."""
    if line == other:
        return True
    if abs(len(line) - len(other)) > _SPACES_APART or _first_word(line) != _first_word(other):
        return False  # told apart before either is folded whole
    return _words(line) == _words(other)


#: The marks between a line's words, left out when two lines are compared; a line's first word.
_MARKS = re.compile(r"[^\w\s]+")
_FIRST_WORD = re.compile(r"\w+")


def _first_word(line: str) -> str:
    """The first word of ``line``, its capitals evened out."""
    word = _FIRST_WORD.search(line)
    return word.group().casefold() if word else ""


def _words(line: str) -> list[str]:
    """The words of ``line``, folded, its marks left out."""
    return fold_key(_MARKS.sub(" ", line)).split()


def find_opening(body: list[str], again: frozenset[int] = frozenset()) -> Opening | None:
    """The dateline of a story whose paragraphs are ``body``: in the first paragraph, or after
    up to :data:`CREDIT_LINES` short byline or credit lines (``By Jane Carter``, ``Associated
    Press``), past the lines the page prints ``again`` (:func:`printed_again`). A line that is
    (nearly) all dateline but is followed by a paragraph opening with a dateline is a credit
    line too (``By Helen Maguire, dpa =``)."""
    read: dict[int, DatelineMatch | None] = {}  # each paragraph is read once, as the next one and as itself
    dated: Opening | None = None  # a line giving a date alone, the dateline if no line below is one

    def dateline(index: int) -> DatelineMatch | None:
        if index not in read:
            read[index] = find_dateline(body[index])
        return read[index]

    furniture = 0  # lines passed over that no credit line counts against: a page's stamps, counts, pictures
    for index, paragraph in enumerate(body):
        if index > CREDIT_LINES + furniture:
            break
        if index + 1 < len(body) and index in again:
            furniture += 1
            continue
        if index + 1 < len(body) and _is_furniture(paragraph) and not _names_known_place(dateline(index)):
            # A page's time stamp (Xinhua | 06.07.2021 11h31) is never the dateline; a dateline
            # line closed by the time it was filed (Lima, Perú (01 febrero 2023) .-17:35 hrs) is.
            # One closing with the place filed from is the place of a story with no dateline.
            furniture += 1
            dated = dated or _stamp_closing_with_place(index, paragraph) or _stamp_naming_source(index, paragraph)
            continue
        if index + 1 < len(body) and (_is_picture_credit(paragraph) or _is_contact_line(paragraph)):
            furniture += 1
            continue  # Ilustračné foto — Foto: TASR: who took the picture, never the dateline
        match = dateline(index)
        if match is not None and index + 1 < len(body) and _labels_the_stamp(paragraph, match):
            match = match._replace(place=None)  # Released on June 30, 2016: the page's date, no place
        if (
            match is not None
            and index + 1 < len(body)
            and _titles_a_caption(match)
            and _names_known_place_or_agency(dateline(index + 1))
        ):
            # A caption's title in capitals and a colon, where a place could stand, above the story's
            # dateline: TARI MASSAL : Gubernur Kaltara … / TANJUNG SELOR – Bertempat di …, LANGKA :
            # Pupuk bersubsidi … / POJOKSATU.id, TAMBUN UTARA – Stok pupuk …
            furniture += 1
            continue
        if match is not None and index + 1 < len(body) and _opens_again(match, paragraph, body[index + 1]):
            # A picture's caption opening with the story's own dateline: [부산=뉴시스] 부산 중구 자갈치축제
            # 포스터 … / [부산=뉴시스]김민지 기자 = 부산시는 …: the story opens with the line below.
            furniture += 1
            continue
        if match is not None and _credited_again_below(index, body, match, dateline):
            # An outlet's name alone, the page's masthead, above the story its credit opens:
            # MandalikaPost.com / the page's stamp / a caption / MANDALIKAPOST.com - Komunitas …
            furniture += 1
            continue
        if match is not None:
            if not _is_credit_line(index, body, match, dateline, again):
                if _is_date_line(paragraph, match) and index + 1 < len(body) and index < CREDIT_LINES:
                    # A page's date above a credit line and the dateline (2022年10月06日 / 共同通信 /
                    # 【ニューヨーク共同】…): the dateline below, if any, is the story's.
                    # Closed by a dash or colon (June 23, 2010 –), the date opens the story as a dateline.
                    dated = dated or Opening(index, match, stamp=paragraph.rstrip()[-1:] not in "-–—:")
                    continue
                if not paragraph[match.lede_start :].strip() and _is_credit_below(body[index + 1 : index + 3]):
                    # The dateline line, then a paper's or agency's name on a line of its own: الكويت / دار الهلال.
                    below = body[index + 1]
                    agency = match.agency or (below.strip() if registry().lookup(below) else None)
                    return _credited_below(index, below, match, agency)
                if _alone_and_uncredited(paragraph, match) and index + 1 < len(body):
                    joined = _with_credit_below(match, dateline(index + 1))
                    if joined is not None:
                        return Opening(index + 1, joined, lines=2)
                    below = body[index + 1]
                    if index + 2 < len(body) and _is_byline(below) and (agency := credited_agency([below])):
                        # ... or a byline naming the agency: Baku, Azerbaijan, Jan. 24 / By Azad Hasanli – Trend:
                        return _credited_below(index, below, match, agency)
                return Opening(index, _with_stamp_after(match, paragraph) if index + 1 < len(body) else match)
        elif _is_highlight(index, body):
            furniture += 1  # the story's highlights, each after a bullet, however many the page lists
        elif index + 1 >= len(body) or not (
            _is_credit_or_deck(paragraph) or _is_standfirst(index, body, dateline, CREDIT_LINES + furniture)
        ):
            return dated
    return dated


def _with_stamp_after(match: DatelineMatch, paragraph: str) -> DatelineMatch:
    """The dateline ``match`` of ``paragraph``, grown over the page's time stamp left after it on
    its line (``PTI | Guwahati | Updated: 19-12-2023 19:18 IST``, ``Nigeria | 2 hours ago``): the
    line is all dateline and stamp, and the story opens below it. A date alone after the
    dateline may be the story's own words (``《經濟通通訊社2日專訊》中國從11月1日起擔任…``)."""
    rest = paragraph[match.lede_start :].strip()
    if rest and (is_time_stamp(rest) or is_time_ago(rest)):
        return match._replace(raw=paragraph.rstrip(), lede_start=len(paragraph))
    return match


def _is_credit_line(
    index: int,
    body: list[str],
    match: DatelineMatch,
    dateline: Callable[[int], DatelineMatch | None],
    again: frozenset[int],
) -> bool:
    """Whether paragraph ``index``, which reads as ``match``, is a credit line above the
    story's dateline: a line left with a few words after its dateline ("آخر تحديث: السبت 4
    أكتوبر 2025 - 5:58 م", "last updated", above "د ب أ"), and a paragraph below it, past
    bylines, stamps, pictures' captions and the lines the page prints ``again``, that the story
    may open with; or with a page's stamp ("KIM CHANDLER , Associated Press May 14, 2022
    Updated: May 14, 2022 12:42 p.m."). A long paragraph is the story's own: what lies below it
    is not read."""
    paragraph = body[index]
    rest = paragraph[match.lede_start :].strip()
    if len(rest) > _CREDIT_REST and not is_stamp(rest) and not _is_dated_credit(paragraph, match, rest):
        return False
    after = index + 1
    while (
        after + 1 < len(body)
        and (
            after in again
            or _passed_over(body[after], match)
            or _captions_alone(body[after], dateline(after))
            or _labels_a_value(body[after], dateline(after))
        )
        and not _names_known_place(dateline(after))
    ):
        # Reuters Staff / 1 Min Read / ROME (Reuters) -; Capital FM (Nairobi) / By … / Nairobi —;
        # TIWN Jan 1, 2016 / the headline again / PHOTO : … / AGARTALA, Jan 1 (TIWN):
        after += 1
    if match.place is None:
        # A byline naming no place, date or agency (Staff Writer) stands above the paper's name and
        # other short lines as readily as above the dateline: Portsmouth Herald / View Comments / PORTSMOUTH –;
        # and so does a credit naming an agency or day but no place, above a known place's: NTB / Elling
        # Svela / Publisert: … / OSLO: …; mapexpress.ma – 30/09/2021 / a deck / Rabat – Sur la base …
        below = after
        while (
            below + 1 < len(body)
            and below <= CREDIT_LINES
            and ((read := dateline(below)) is None or _names_nothing(read))  # or a credit alone: Senior Correspondent
            and _is_credit_or_deck(body[below])
        ):
            below += 1
        if _names_nothing(match) or (below < len(body) and _names_known_place(dateline(below))):
            after = below
    following = body[after] if after < len(body) else ""
    return (
        bool(following)
        and not following[:1].islower()  # the line goes on below, hard-wrapped: "…l'Iran, in / maniera codarda"
        and after <= CREDIT_LINES
        and _is_credit(paragraph, match, following, dateline(after))
    )


def _is_dated_credit(paragraph: str, match: DatelineMatch, rest: str) -> bool:
    """Whether ``paragraph``, a date alone and then words that end no sentence, is short enough
    to be a page's stamp and credit (``Jul 22, 2013| Courtesy by : Associated Press of Pakistan``)."""
    alone = match.place is None and match.agency is None
    return alone and len(paragraph) <= CREDIT_LENGTH and _SENTENCE_END.search(rest) is None


#: A picture's credit closing its caption: the agency, maybe the picture's kind, a slash and the
#: photographer, maybe in brackets (``ČTK/Pancer Václav.``, ``REUTERS/Jim Urquhart``, ``(AP
#: Photo/Heng Sinith)``, ``(Antara/ Benny Jahang)``).
_PICTURE_CREDIT_REACH = 64
_PICTURE_CREDIT = re.compile(
    r"(?P<bracket>\()?(?P<agency>[^\W\d_][\w.-]{1,20})(?:[ \t]+(?P<kind>[^\W\d_]{2,12}))?"
    r"/(?(bracket)[ \t]?)[^\W\d_][^/\d\n()]{2,40}?\.?(?(bracket)\))\.?$"
)
#: A picture's credit in brackets closing its caption, opening with a label and a colon or slash
#: (``(Photo: File)``, ``(Photo credit: C. Pitt/BGIS)``, ``(Foto: Merdeka).``, China Daily's
#: ``[Photo/Xinhua] |``), or the picture's source (``[Source: Parliament of Fiji]``).
_LABELLED_PICTURE_CREDIT = re.compile(
    r"[(\[]\s*(?P<label>[^\W\d_]+(?:[ \t][^\W\d_]+)?)\s*[:/][^()\[\]\n]{1,50}[)\]]\.?(?:[ \t]*\|)?$"
)
#: ... or with no brackets, after the caption's last sentence: ``… otsedemokraatia. Foto: Liis Treimann``.
_SENTENCE_THEN_PICTURE_CREDIT = re.compile(
    r"[.!?][ \t]+(?P<label>[^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]*:[ \t]*[^:\n]{2,40}$"
)
#: ... or the photographer's name closed by the Chinese or Japanese word for "photographed" (``四川日报全媒体记者
#: 吴枫 摄``, ``(丁祖興攝)``, ``＝山田太郎撮影``): no sentence ends so, each closes with its full stop.
_PHOTOGRAPHED_BY = re.compile(r"[\u3400-\u9fff][ \t\u3000]*(?:摄|攝|撮影)[ \t]*[)）]?$")
#: ... or the photographer's name or the picture's source, a slash and the site that printed it,
#: in brackets (``( FERI SETIAWAN/BOLASPORT.COM )``, ``(Prokal/JawaPos.com)``).
_SITE_PICTURE_CREDIT = re.compile(r"\([ \t]*[^\W\d_][^()/\n]{1,40}/[ \t]*(?P<site>[^\W_][\w.-]{1,40})[ \t]*\)\.?$")
#: Where a picture's credit may start: a word's first letter or an opening bracket, after a space.
_CREDIT_STARTS = re.compile(r"(?:^|(?<=\s))[(\w]")


def _closed_by_picture_credit(paragraph: str) -> bool:
    """Whether ``paragraph`` ends with a picture's credit: a picture's or source's label in brackets
    (:data:`_LABELLED_PICTURE_CREDIT`) or after the caption's last sentence
    (:data:`_SENTENCE_THEN_PICTURE_CREDIT`), or a photographer's name and the word for
    "photographed" (:data:`_PHOTOGRAPHED_BY`), or an agency the registry knows, maybe the picture's
    kind, a slash and a name (:data:`_PICTURE_CREDIT`), as a caption above the story does
    (``… na ní představili vzorový projekt pro celorepublikové využití. ČTK/Pancer Václav.``),
    or a name and the site that printed the picture in brackets (:data:`_SITE_PICTURE_CREDIT`)."""
    end = paragraph.rstrip()[-_PICTURE_CREDIT_REACH:]
    if _PHOTOGRAPHED_BY.search(end):
        return True
    site = _SITE_PICTURE_CREDIT.search(end) if end.endswith((")", ").")) else None
    if site is not None and SITE_NAME.fullmatch(site["site"].lower()):
        return True
    labelled = None
    if ":" in end or "/" in end:
        labelled = _LABELLED_PICTURE_CREDIT.search(end) or _SENTENCE_THEN_PICTURE_CREDIT.search(end)
    label = fold_key(labelled["label"]).split()[0] if labelled is not None else ""
    if label in photo_labels() or label in source_labels():
        # … (Photo: File), … (Photo credit: C. Pitt/BGIS), … (Foto: Merdeka), … [Photo/Xinhua] |,
        # … Voreqe Bainimarama. [Source: Parliament of Fiji]
        return True
    if "/" not in end:
        return False
    for start in _CREDIT_STARTS.finditer(end):
        found = _PICTURE_CREDIT.match(end, start.start())
        if found is not None and registry().lookup(found["agency"]) is not None:
            return found["kind"] is None or fold_key(found["kind"]) in photo_labels()
    return False


#: The marks after a place alone that close a dateline and no sentence's first word: a colon, a
#: full stop, a danda.
_PLACE_STOPS = frozenset(":.।")
#: How many summaries of one sentence each may stand above a dateline naming its place and its
#: date or agency: the story's points, as a government's bulletin lists them above its story.
_SUMMARIES = 3


def _is_standfirst(index: int, body: list[str], dateline: Callable[[int], DatelineMatch | None], reach: int) -> bool:
    """Whether paragraph ``index``, too long for a credit or deck, is a photo's caption or a
    standfirst above the story: no long paragraph comes before it, and the next paragraph but
    bylines and stamp lines, up to paragraph ``reach`` (further by the page's furniture passed over
    above), opens with a dateline that names its place and an agency or date
    (``BEIJING, Dec. 17 (Xinhua) —`` below ``Chinese President Xi Jinping (R) meets …
    (Xinhua/Xie Huanchi)``), or a place in capitals (``MEXICO CITY —``, ``AL SAKHIR``) or a
    known agency alone in capitals (``REUTERS -``), which no story's second paragraph opens
    with; or a known place alone after a byline or the page's stamp, or alone on its line, or
    closed by a dash below a picture's caption or above a paragraph longer than the summary
    (``Ludwigsburg - Bei …``, ``Ciudad de Panamá – La …``). A teaser, the story's first words
    cut short by an ellipsis, stands above the dateline of the paragraph they open (``… बधाई दी
    है...`` / ``लखनऊ। पुलिस …``)."""
    summaries = [paragraph for paragraph in body[:index] if not _is_credit_or_deck(paragraph)]
    if len(summaries) >= _SUMMARIES or not all(map(_is_one_sentence, summaries)):
        return False
    teaser = _teaser(body[index])
    bylined = captioned = stamped = False
    summed = len(summaries)  # the summaries above it and below it, above a dateline (below)
    highlights = sum(_is_highlight(later, body) for later in range(index + 1, min(len(body), index + _HIGHLIGHTS + 1)))
    for later in range(index + 1, min(len(body), reach + 1 + highlights)):
        below = dateline(later)
        if summed and below is not None and not (below.place and (below.agency or below.dates)):
            return False  # below several summaries, only a whole dateline opens the story
        if _is_furniture(body[later]) and not _names_known_place(below):
            stamped = stamped or _marks_the_page(body[later])
            continue  # a page's stamp (4.3.2011. / 18:29) between them, though it reads as a date
        if below is None and _is_picture_credit(body[later]):
            captioned = True  # … and a picture's caption: … Lucky Hakim. (Foto:Tagar/Fb Nina-Hakim).
            continue
        if below is not None:
            if teaser and body[later][below.lede_start :].lstrip().startswith(teaser):
                return True
            if below.place is None:
                # An agency the registry knows, alone in capitals or closed by a dash (below no other
                # story's teaser), opens a story: REUTERS - Prime Minister …, Reuters. – La Liga MX …;
                # any agency's or site's credit does below a byline or the page's stamp: … / Laban
                # Laisila : 19 Jun 2015 | 13:06 / Suara.com - Kapolda …
                agency = below.agency
                if agency is None:
                    return False
                shown = agency.isupper() or (not teaser and below.raw.rstrip()[-1:] in "-–—")
                # ... and so does a site's name, which no story's later paragraph opens with: … /
                # MANDALIKAPOST.com - Komunitas …, below a picture's caption.
                named = registry().lookup(agency) is not None or SITE_NAME.fullmatch(agency.lower()) is not None
                return (shown and named) or bylined or stamped
            in_capitals = below.place.split(",")[0].isupper()  # MEXICO CITY —
            raw = below.raw.rstrip()
            closing, alone = raw[-1:], raw[:-1].strip() == below.place  # the place and its mark, nothing more
            # A byline or the page's stamp between them opens the story (… / Von Thomas Vitzthum /
            # Berlin. Eine …; … / Update: 2021-08-14 08:33 GMT / नई दिल्ली। महज …), and so does a
            # known place on a line of its own (… / Bucaramanga / Desde este lunes …).
            placed = (bylined or stamped or _alone_and_uncredited(body[later], below)) and is_place(below.place)
            # Below a byline or the page's stamp, a place closed by a dash or colon opens the story,
            # though the gazetteer lacks it: … / By Willy Chowoo / Gulu City — Police in …
            placed = placed or ((bylined or stamped) and closing in "-–—:" and alone)
            # A known place closed by a dash opens the story below a picture's caption (… (Foto:Tagar/Fb
            # Nina-Hakim). / Indramayu - Pelantikan …), or below a summary shorter than the paragraph
            # it sums up (… / Ludwigsburg - Bei einem schweren Unfall …); a short paragraph below a
            # long one may be the story's second: … / London — Officials declined to comment.
            # The city before its region's comma is the known place: … / Santo Domingo, RD.– Durante …
            summed_up = captioned or len(body[later]) > len(body[index])
            dashed = summed_up and closing in "-–—" and is_place(below.place.split(",")[0])
            # A known town closed by a colon or a full stop, and nothing before it, opens no story's
            # second paragraph but its first, as German, Hindi and many papers print a dateline:
            # … / Nordhorn. Zur …, … / नागपुर: मनपा में …, … / जयपुर। पूर्व मुख्यमंत्री …; a country
            # or a state so opens a headline as often (Russia: Space ship malfunctions …).
            stopped = closing in _PLACE_STOPS and alone and is_place(below.place) and not is_region(below.place)
            return below.agency is not None or bool(below.dates) or in_capitals or placed or dashed or stopped
        if below is None and _is_highlight(later, body):
            continue  # the story's highlights, each after a bullet, between them
        if not _is_credit_or_deck(body[later]):
            if below is None and summed + 1 < _SUMMARIES and _is_one_sentence(body[later]):
                # A second or third summary of one sentence, above a dateline naming its place and its
                # date or agency: … / El Gobierno del Estado exhorta … / Tuxtla Gutiérrez, Chiapas; 23
                # de junio de 2022.-, as a government's bulletin lists what the story says.
                summed += 1
                continue
            return False  # bylines may stand between it and the dateline, as stamp lines may (above)
        bylined = bylined or _is_byline(body[later])
    return False


#: A sentence's end inside a line, before the next sentence: ``… normalistas. El …``.
_INNER_SENTENCE_END = re.compile(r"[.!?。؟।۔]\s+\S")


def _is_one_sentence(line: str) -> bool:
    """Whether ``line`` is one sentence up to a deck's length, as a summary is."""
    stripped = line.strip()
    return (
        len(stripped) <= _DECK_LENGTH
        and _SENTENCE_END.search(stripped) is not None
        and _INNER_SENTENCE_END.search(stripped) is None
    )


#: An ellipsis closing a line (:data:`~.segments.ELLIPSIS`).
_ELLIPSIS_CLOSING = re.compile(rf"{ELLIPSIS}\s*$")
#: How many of a teaser's first characters its story must open with.
_TEASER_STEM = 30


def _teaser(line: str) -> str:
    """The first words of ``line`` when an ellipsis closes it, as a page's teaser cuts the
    story's first paragraph short; "" for any other line."""
    stem = line.strip()[:_TEASER_STEM]
    return stem if len(stem) == _TEASER_STEM and _ELLIPSIS_CLOSING.search(line) else ""


#: A known place in capitals after a spaced dash closing a page's stamp line: The Hindu's
#: ``May 18, 2023 05:47 am | Updated 12:48 am IST - CHENNAI``.
_PLACE_CLOSING_STAMP = re.compile(r"\s[-–—]\s+(?P<place>[^\W\d_][^\W\d_ .'’-]*(?: [^\W\d_][^\W\d_.'’-]*){0,2})\s*$")


def _stamp_closing_with_place(index: int, paragraph: str) -> Opening | None:
    """The opening of a story with no dateline whose page's stamp line, paragraph ``index``,
    closes with the place the story was filed from, in capitals; None for other stamps."""
    closing = _PLACE_CLOSING_STAMP.search(paragraph)
    if closing is None or not closing["place"].isupper() or not is_place(closing["place"]):
        return None
    return Opening(index, DatelineMatch(paragraph, closing["place"], (), None, len(paragraph)))


def _stamp_naming_source(index: int, paragraph: str) -> Opening | None:
    """The opening of a story with no dateline whose page's stamp line, paragraph ``index``, names
    the page's source after the date (``Wed, 17 Jan 2001 Source: GNA``): the stamp dates the
    story as the date alone on its line does, and the source credits it; None for other lines."""
    stamped = _stamped_source(paragraph)
    if stamped is None:
        return None
    stamp, source = stamped
    match = None if _is_furniture(stamp) else find_dateline(stamp)  # a time stamp is furniture alone too
    if match is None or not _is_date_line(stamp, match):
        return None
    whole = DatelineMatch(paragraph, None, match.dates, credited_agency([source]), len(paragraph))
    return Opening(index, whole, stamp=True)


def _credited_below(index: int, below: str, match: DatelineMatch, agency: str | None) -> Opening:
    """The opening of a dateline line (paragraph ``index``, read as ``match``) and the credit
    line ``below`` it naming ``agency``: the dateline is both lines', and the story opens after."""
    return Opening(index + 1, DatelineMatch(below, match.place, match.dates, agency, len(below)), lines=2)


def _alone_and_uncredited(paragraph: str, match: DatelineMatch) -> bool:
    """Whether ``paragraph`` is all dateline, naming a place and no agency (``Phnom Penh, August 7, 2008``)."""
    return match.place is not None and match.agency is None and not paragraph[match.lede_start :].strip()


def _with_credit_below(match: DatelineMatch, below: DatelineMatch | None) -> DatelineMatch | None:
    """The dateline of a line of place and date alone (``match``) and the agency's credit
    opening the paragraph below (``AKP -- Information Minister …``), as that paragraph's;
    None unless the paragraph below opens with a credit alone, no place or date."""
    if below is None or below.agency is None or below.place is not None or below.dates:
        return None
    return below._replace(place=match.place, dates=match.dates)


#: How long a dateline printed again on the next line must be to tell it apart from a word.
_DATELINE_AGAIN = 4


def _credited_again_below(
    index: int, body: list[str], match: DatelineMatch, dateline: Callable[[int], DatelineMatch | None]
) -> bool:
    """Whether ``match`` reads paragraph ``index`` as an outlet's name alone, with no place, date
    or words after it, and a paragraph below it, within :data:`CREDIT_LINES`, opens with a
    dateline crediting that outlet again and goes on: the name above is the page's masthead."""
    if match.agency is None or match.place is not None or match.dates or body[index][match.lede_start :].strip():
        return False
    outlet = fold_key(match.agency)
    for later in range(index + 1, min(len(body), index + CREDIT_LINES + 1)):
        below = dateline(later)
        if below is not None and below.agency is not None and fold_key(below.agency) == outlet:
            return bool(body[later][below.lede_start :].strip())
    return False


def _opens_again(match: DatelineMatch, paragraph: str, below: str) -> bool:
    """Whether the paragraph ``below`` one opening with the dateline ``match`` opens with that
    dateline again, and goes on otherwise: no story opens two paragraphs with its dateline."""
    opening = match.raw.strip()
    return len(opening) >= _DATELINE_AGAIN and below.startswith(opening) and below != paragraph


def _titles_a_caption(match: DatelineMatch) -> bool:
    """Whether ``match`` reads a name no gazetteer knows and nothing else, as a caption's title
    does where a place could stand (``TARI MASSAL :``, "mass dance"; ``CREATOR: gd-jpeg v1.0``,
    a picture's data): above a paragraph opening with a dateline of a place the gazetteer knows,
    it is no dateline. A town printed with its region after a comma is a place the gazetteer
    may lack (``NEW HAZELTON, B.C. —``, ``ROAD TOWN, Tortola, VI -``), never such a title."""
    place = match.place
    if place is None or match.dates or match.agency is not None or is_place(place):
        return False
    return not any(map(regions_named, place.replace("،", ",").split(",")[1:]))


def _names_nothing(match: DatelineMatch) -> bool:
    return match.place is None and not match.dates and match.agency is None


def _names_known_place(match: DatelineMatch | None) -> bool:
    return match is not None and match.place is not None and is_place(match.place)


def _names_known_place_or_agency(match: DatelineMatch | None) -> bool:
    """Whether ``match`` names a place the gazetteer knows or credits an agency: a dateline
    surer than a caption's title above it."""
    return match is not None and (match.agency is not None or _names_known_place(match))


def _labels_the_stamp(paragraph: str, match: DatelineMatch) -> bool:
    """Whether ``paragraph``, a page's stamp read as ``match``, opens with the stamp's label or
    its outlet's name, not a place: one capitalised word the gazetteer does not know, then the
    date with no comma between (``Released on June 30, 2016``, Vietnamese ``Đăng ngày
    13/02/2020``, "posted on"; ``Alo 23.09.2016``, ``KiniTV 2020-03-16``). A word in capitals
    is an outlet's initials, which may credit the story (``SWP 26.07.2014``), and a script
    without capitals tells a label from a place by nothing (Burmese ``ဒဂုံ   ဇန်နဝါရီ   ၃``)."""
    place = match.place
    if place is None or match.agency is not None or not match.dates or " " in place.strip():
        return False
    if not (place[:1].isupper() and any(char.islower() for char in place)):
        return False
    between = paragraph[paragraph.find(place) + len(place) : match.dates[0].start]
    return "," not in between and "،" not in between and is_stamp(paragraph) and not is_place(place)


def _is_date_line(paragraph: str, match: DatelineMatch) -> bool:
    """Whether ``paragraph`` is all dateline, and that a date alone: no place, no agency."""
    alone = match.place is None and match.agency is None
    return bool(match.dates) and alone and not paragraph[match.lede_start :].strip()


def leading_credits(body: list[str], *, decks: bool = False, again: frozenset[int] = frozenset()) -> int:
    """How many byline lines (``By The Associated Press``, ``By Ian Jones, Press Association``),
    time stamps (``10/30/2023 10:05:19 AM``, ``新華社 | 2025-11-07 13:07:07``), an outlet's
    name on a line of its own (``سكاي نيوز عربية``, ``Ekonomi TT``) or lines the page prints
    ``again`` (:func:`printed_again`) open ``body``: below a dateline line of its own, they are
    no part of the lede; with ``decks``, and so are decks, summaries and captions
    (:func:`_is_above_story`), above a story that has no dateline. A page's furniture (its
    buttons, counts and stamps: :func:`_is_furniture`) is passed over however many lines it fills,
    as above a dateline."""
    count = furniture = 0
    while count < min(CREDIT_LINES + len(again) + furniture, len(body) - 1) and (
        _is_leading_credit(body[count]) or count in again or (decks and _is_above_story(count, body))
    ):
        furniture += _is_furniture(body[count])
        count += 1
    return count


def _is_above_story(index: int, body: list[str]) -> bool:
    """Whether paragraph ``index``, above a story with no dateline, is a deck, a summary above
    the page's stamp, or a caption or deck above a byline or picture's credit; never a line that
    looks like a dateline this reader cannot read, which is said to be so (``နေပြည်တော် ၊
    ဖေဖော်ဝါရီ ၃၂ ရက် (ဆင်ဟွာ)``). What is below the line is looked at first, the line's shape only then."""
    above = (
        _is_deck_above(index, body)
        or _is_summary_above_stamp(index, body)
        or _above_credit(index, body)
        or _is_highlight(index, body)
    )
    return above and looks_like_dateline(body[index]) is None


#: A bullet opening a line, and the space after it: a list's item.
_LIST_BULLET = re.compile(r"\s*[•▪■●◆►]\s")
#: How many highlights a page may list above the story: a longer list is the story's own.
_HIGHLIGHTS = 8


def _is_highlight(index: int, body: list[str]) -> bool:
    """Whether paragraph ``index`` is one of the story's highlights that a release or a page
    lists above it, each after a bullet (``• Herausragendes Raumfahrt-Ökosystem soll …`` / ``•
    Die Landesregierung …`` / the story): it and the lines below it up to the first without a
    bullet, no more than :data:`_HIGHLIGHTS` in all, open with one, and that line, the story's,
    follows. One line after a bullet lists nothing: it is a page's furniture (``• หมวด: …``, a
    section's label) as often. A dash opens no such line: Polish and Norwegian stories open a
    quotation with one."""
    listed = index > 0 and _LIST_BULLET.match(body[index - 1]) is not None
    for below in range(index, min(len(body), index + _HIGHLIGHTS + 1)):
        if _LIST_BULLET.match(body[below]) is None:
            return below > index + 1 or (below > index and listed)
    return False


def _is_leading_credit(line: str) -> bool:
    furniture = is_stamp(line) or _is_furniture(line) or _is_posted_line(line)
    credit = (
        _is_byline(line)
        or _is_contact_line(line)
        or _is_picture_credit(line)
        or _is_outlet_line(line)
        or _is_desk_credit(line)
    )
    signed = _INITIALS_LINE.fullmatch(line.strip()) is not None
    return furniture or credit or signed or _is_label(line) or _is_bracketed_line(line)


#: An e-mail address, or what a page's protection against harvesting prints for one
#: (``[email protected]``).
_CONTACT = re.compile(r"\[email[ \xa0]protected\]|[\w.+-]+@[\w-]+\.\w[\w.]*")


#: A telephone number alone on its line, maybe after its label, as a release's media contact
#: prints it (``m 404-735-0871``, ``Tel: +33 1 40 41 46 46``, ``Phone: (202) 555-0100``).
_PHONE_LINE = re.compile(
    r"(?:[^\W\d_]{1,12}\.?[ \t]*:?[ \t]*)?\+?"
    r"(?:\(\d{1,4}\)[ \t]?\d{1,4}(?:[ .-]\d{1,4}){1,4}|\d{1,4}(?:[ .-]\d{1,4}){2,5})"
)


def _is_contact_line(line: str) -> bool:
    """Whether ``line`` is a reporter's line with an e-mail address (``Apenisa Waqairadovu
    Multimedia News Journalist [email protected] | @ApenisaFBCNews``), or a telephone number
    (:data:`_PHONE_LINE`) that is no date (``16-10-2023``), or the label above a release's
    contact (``Media Contact :``): a byline or a release's contact, never a dateline, a credit
    or the lede."""
    if len(line) > CREDIT_LENGTH:
        return False
    bare = line.strip()
    if _CONTACT_LABEL.fullmatch(bare) or _CONTACT.search(line) is not None:
        return True
    return _PHONE_LINE.fullmatch(bare) is not None and not is_stamp(line)


#: The label above a release's contact: ``Media Contact :``, ``Press contacts``, ``Contact:``.
_CONTACT_LABEL = re.compile(r"(?:(?:media|press|news)[ \t]+)?contacts?[ \t]*:?", re.IGNORECASE)


#: A line of initials alone, of a letter or two each (``E. P.``, ``J.M.``, ``A.Šu.``): who signs the
#: story, an author or an agency (Diario Vasco signs Europa Press copy ``E. P.``); no sentence is a
#: few initials.
_INITIALS_LINE = re.compile(r"(?:[^\W\d_]{1,2}\.\s?){1,4}")


#: A short line wholly in one pair of brackets: a reporter's or desk's credit, or an editor's
#: note, never the story (``(بشیر باجوہ بیورو چیف پاکستان نیوز وائس آف کینیڈا)``).
_BRACKETED_LINE = re.compile(r"[(（][^()（）\n]+[)）]")


def _is_story_note(line: str) -> bool:
    """Whether ``line`` is a note in brackets of what a version of the story changed (Reuters'
    ``(Corrects earnings figure to 125.25 billion shillings from 125.5 billion in paragraph two)``):
    a bracketed line up to a deck's length, opening with a word of :func:`~.words.notes_the_story`."""
    stripped = line.strip()
    if not _is_bracketed_line(stripped, _DECK_LENGTH):
        return False
    first = stripped[1:].split(maxsplit=1)[:1]
    return notes_the_story(fold_key(first[0]).split()[:1] if first else [])


def _is_bracketed_line(line: str, length: int = CREDIT_LENGTH) -> bool:
    return len(line) <= length and _BRACKETED_LINE.fullmatch(line.strip()) is not None


def leading_line_kind(line: str) -> str:
    """What a line opening a story with no dateline below it was taken for, as a problem names it."""
    if opens_with_byline(line):
        return "byline"
    if is_stamp(line):
        return "time stamp"
    cue = _CUE.fullmatch(line)
    if cue is not None and _is_cue(cue):
        return "broadcaster's cue"
    if _closed_by_picture_credit(line):
        return "picture's caption"
    return "credit line" if len(line) <= CREDIT_LENGTH else "deck"


def _is_deck_above(index: int, body: list[str]) -> bool:
    """Whether paragraph ``index`` is a deck, a second headline or a summary above the story
    (``El intercambio será transmitido por cadena nacional``): it ends no sentence, and the
    first paragraph below it but other decks and credit lines, within :data:`CREDIT_LINES`, is
    longer and ends one. Above a story with no dateline, taking such lines for no part of the
    lede put 37 ledes of the accuracy corpus right and none wrong (one Serbian story's language,
    told from the text left, was then read as Bosnian)."""
    line = body[index]
    capitals = _in_capitals(line)
    if not (_is_deck(line) or capitals):
        return False
    for below in body[index + 1 : CREDIT_LINES + 1]:
        if not (_is_deck(below) or _is_leading_credit(below)):
            story = len(below) > len(line) and _SENTENCE_END.search(below) is not None
            return story and not (capitals and below.isupper())
    return False


def _in_capitals(line: str) -> bool:
    """Whether ``line``, up to a deck's length, is printed in capitals: a deck, even when it ends
    a sentence (``LO HIZO TRAS LA FIRMA DEL ACUERDO DE PAZ CON LAS FARC, …``), unless the story
    below is in capitals too, as the wires' old all-capitals copy is."""
    return len(line) <= _DECK_LENGTH and line.isupper()


#: How long a summary above the page's stamp may be: two or three sentences.
_SUMMARY_LENGTH = 400


def _is_summary_above_stamp(index: int, body: list[str]) -> bool:
    """Whether paragraph ``index`` is a summary of the story that pages print between headline and
    stamp (``La Policía Nacional reforzó este sábado …`` / ``• 29 de noviembre de 2025 18:29`` /
    story): a few sentences, then short lines up to the story of which one is the page's stamp or
    other furniture (a byline may stand beside it). A stamp, or the story's number, is printed
    above the story, never inside it."""
    if len(body[index]) > _SUMMARY_LENGTH:
        return False
    below = index + 1
    while below < min(len(body) - 1, index + CREDIT_LINES) and len(body[below]) <= CREDIT_LENGTH:
        below += 1
    short = body[index + 1 : below]
    return bool(short) and len(body[below]) > CREDIT_LENGTH and any(map(_marks_the_page, short))


def _marks_the_page(line: str) -> bool:
    """Whether ``line``, between a summary and the story, is the page's own: its stamp, or
    furniture with words or figures (``کد خبر : 979437``, the story's number; ``Minti 1``, how
    long it takes to read; the buttons that size the text). Marks alone may rule off any two
    paragraphs, or a table's rows."""
    return is_stamp(line) or (_is_furniture(line) and any(char.isalnum() for char in line))


def _is_summary(line: str) -> bool:
    """Whether ``line`` is too long for a credit line and ends a sentence: a summary of the story."""
    return len(line) > CREDIT_LENGTH and _SENTENCE_END.search(line) is not None


def _above_credit(index: int, body: list[str]) -> bool:
    """Whether paragraph ``index`` stands above a byline, a picture's credit line or a line naming
    who posted the story (``Publicado por CHV Noticias``), with only decks and captions between:
    a caption or deck, never the story, which such a line opens."""
    if len(body[index]) > _DECK_LENGTH:
        return False
    for below in range(index + 1, min(len(body) - 1, CREDIT_LINES)):
        line = body[below]
        if _is_byline(line) or _is_picture_credit(line) or _is_posted_line(line):
            return True
        if len(line) > _DECK_LENGTH:
            return False
    return False


def _is_deck(line: str) -> bool:
    """Whether ``line``, up to a deck's length, ends no sentence."""
    return len(line) <= _DECK_LENGTH and not _SENTENCE_END.search(line)


def _is_picture_credit(line: str) -> bool:
    """Whether ``line`` is a short line about the picture above the story (``Foto: Marcos
    Corrêa``, ``Фото: Ялинка у Києві``), or its copyright (``© Plovdiv24.bg``), or a caption
    of any length closed by the picture's credit (:func:`_closed_by_picture_credit`)."""
    short = len(line) <= CREDIT_LENGTH and (line.lstrip().startswith("©") or _about_the_picture(line))
    return short or _closed_by_picture_credit(line)


def _about_the_picture(line: str) -> bool:
    """Whether ``line``, or a part of it after a spaced dash, a bar or a sentence's end, opens
    with a picture's label and a colon (``Foto: APA/ROBERT JAEGER``, ``Ilustračné foto — Foto:
    TASR``, ``… in der Koalition. FOTO: APA``) or a comma, as the BBC's pages print the
    picture's source and caption (``Image source, Getty Images``, ``画像説明, 輪島市で…``), or
    is the label alone before a dash (``Photo - PTI``), or a few words closed by the label
    (``R. Tenio nuotr.``), or is closed by the label and a credit of a few words (``… hari ini.
    - Foto Bernama``), or a part of it between slashes names the picture's kind
    (``Reuters/Jim Urquhart/File Photo``), or is the label and its credit in brackets
    (``Ilustrasi (ANTARA)``)."""
    bracketed = _LABEL_AND_CREDIT.fullmatch(line.strip())
    if bracketed is not None and fold_key(bracketed["label"]) in photo_labels():
        return True
    parts = _CAPTION_PARTS.split(line)
    if len(parts) > 1 and (
        fold_key(parts[0].strip()) in photo_labels() or fold_key(parts[-1].rstrip(".")) in photo_labels()
    ):
        # the label alone before the credit (Photo - PTI) or closing the caption (… হাসিনা। ফাইল ছবি,
        # … i Uppsala. Arkivbild.)
        return True
    if _credited_picture(line, last_word=True) or (len(parts) > 1 and _credited_picture(parts[-1], last_word=False)):
        # the photographer, then the label, as Lithuanian prints it (R. Tenio nuotr.); or the
        # label and the credit with no colon closing a caption (… hari ini. - Foto Bernama)
        return True
    for part in parts:
        bare = part.strip(" =-–—")
        for mark in _LABEL_MARKS:
            label, marked, _ = bare.partition(mark)
            if marked and fold_key(label) in photo_labels():
                return True
    # A credit of slashed parts, one of them the picture's kind: Reuters/Jim Urquhart/File Photo.
    return "/" in line and any(fold_key(part).rpartition(" ")[2] in photo_labels() for part in line.split("/"))


#: A label of a word or two, then a credit in brackets: ``Ilustrasi (ANTARA)``, ``Foto (AFP)``.
_LABEL_AND_CREDIT = re.compile(r"(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)\s*[(（\[][^()（）\[\]\n]{1,40}[)）\]]")
#: What may close a picture's label before its credit or caption: a colon, the visarga Nepali
#: papers print for one (``क्याप्सनः``), or the BBC's comma.
_LABEL_MARKS = (":", "ः", ",")
#: How many words a picture's credit of a name and its label may have: ``R. Tenio nuotr.``.
_CREDITED_PICTURE_WORDS = 4


def _credited_picture(text: str, *, last_word: bool) -> bool:
    """Whether ``text`` is a picture's label and a name of a few words, the label last or first."""
    words = text.split()
    if not 1 < len(words) <= _CREDITED_PICTURE_WORDS:
        return False
    return fold_key(words[-1] if last_word else words[0]) in photo_labels()


#: What parts a caption from the picture's credit: a spaced dash or bar (``Ilustračné foto —
#: Foto: TASR``), or the caption's last full stop or danda (``… die gute Stimmung. FOTO: APA``).
_CAPTION_PARTS = re.compile(r"\s[-–—|]\s|(?<=[.!?।])\s+")


def _is_posted_line(line: str) -> bool:
    """Whether ``line`` says who posted a reprinted story (``Posted by African Press
    International on July 18, 2008``, ``(Posted by CAAI News Media)``), or in which sections
    (``Posted in Canada, Featured, Talking Politics``)."""
    return len(line) <= CREDIT_LENGTH and line.lstrip("( ").lower().startswith(posted_openers())


def _is_desk_credit(line: str) -> bool:
    """Whether ``line`` is a short credit one of whose parts ends with a generic credit
    (``Parliament Correspondent, bdnews24.com``, ``নিজস্ব প্রতিবেদক``)."""
    if len(line) > CREDIT_LENGTH or _SENTENCE_END.search(line):
        return False
    for part in re.split(r"[,،|]", line):
        words = fold_key(part).split()
        if any(is_generic_credit(" ".join(words[start:])) for start in range(len(words))):
            return True
    return False


def _is_label(line: str) -> bool:
    """Whether ``line`` is a name or label of a few words on a line of its own, no sentence (an
    outlet's ``فيتو``, ``* جنوبيات``, a section's ``التقارير الخاصة``): what stands above a story
    that has no dateline, never its lede."""
    text = line.strip(" *•·-–—|")
    words = text.split()
    return (
        0 < len(words) <= _CREDIT_BELOW_WORDS
        and len(text) <= _LABEL_LENGTH
        and not any(char.isdigit() for char in text)
        and _SENTENCE_END.search(text) is None
    )


def _is_outlet_line(line: str) -> bool:
    """Whether ``line`` is an outlet's name alone, maybe after a desk's: an agency the registry
    knows (``Ekonomi TT``) or a name with a word only outlets' names have (``سكاي نيوز عربية``)."""
    words = fold(line).text.split()
    if not words or len(words) > _OUTLET_LINE_WORDS or _NAME_ONLY.fullmatch(line.strip()) is None:
        return False
    aliases = registry().by_alias
    return " ".join(words) in aliases or words[-1] in aliases or not outlet_words().isdisjoint(words)


#: A phrase printed three times or more, glued or spaced: the label of each button of a row, as a
#: page that lost its pictures prints it. A credit may be printed twice (``共同通信共同通信``), never so.
_REPEATED = re.compile(r"(?P<phrase>.{2,80}?)(?:\s*(?P=phrase)){2,}")


#: Which of a gallery's pictures or videos shows, maybe after its label: ``Image 1 of 3``,
#: ``wideo 2/3``, ``1 / 1``.
_GALLERY_COUNT = re.compile(r"(?:[^\W\d_]+[ \t]+)?\d{1,3}[ \t]*(?:/|of|de|von|sur|di|из|od|z)[ \t]*\d{1,3}")


#: A file's reference alone, capitals and figures parted by hyphens, slashes or full stops, as a
#: letter or release prints it above its text (``ZPOW-066-700/15``).
_REFERENCE = re.compile(r"(?=\S*\d)(?=\S*[A-Z])[A-Z\d]+(?:[-/.][A-Z\d]+)+")


def _is_furniture(line: str) -> bool:
    """Whether ``line`` is a page's furniture between headline and story: a time stamp, how long the
    story takes to read (Reuters' ``1 Min Read``), a printed page's number or a count of views,
    maybe after the day (``Thu, Dec 27, 2012 - Page 6``, ``25 Junio, 2024 - 31 Visitas``), a
    count with no words (views, comments: ``11``, ``• 16``), before what it counts (``• 16417
    просмотра``) or after its label (``Views 11.7K``, ``• کد خبر: ۷۴۹۰۳``), marks alone (``|``),
    a short line giving a web address (``ติดตามข่าวสารได้ที่ https://www.springnews.co.th``),
    the page's sources (``Sumber: The Star``, maybe with the day they gave the story, or after
    the page's stamp: ``Wed, 17 Jan 2001 Source: GNA``) or fields after their labels
    (``Published: Updated: By: Staff``), or a row of such pieces and short
    labels between bullets or bars, how long ago the page posted the story standing for its stamp
    (``Oct 10, 2021 • 58 minutes ago • 1 minute read • Join the conversation``, ``46 minutes ago
    | Social News``, ``www.creaders.net | 2016-07-05 07:51:13 法广 | 0条评论``, ``August 27, 2014
    | 11:57 | Source: B92, Tanjug | Comments: (1) | Send comment``), a phrase printed again and
    again (:data:`_REPEATED`), or a file's reference (:data:`_REFERENCE`)."""
    if is_time_stamp(line) or is_reading_time(line) or _COUNT.fullmatch(line) is not None or is_page_number(line):
        return True
    bare = line.strip(" \t•·|")
    if len(line) <= _LABEL_LENGTH and is_time_ago(bare):
        return True  # how long ago the page posted the story, on a line of its own: ۶ ساعت پیش
    if _REPEATED.fullmatch(line.strip()):
        return True  # the label of a row of buttons: Icono para compartir en redesIcono para compartir en redes…
    lettered = marks_as_letters(bare) if len(line) <= _LABEL_LENGTH else bare  # ฮิต: 184, a label's vowel signs
    counted = _LABELLED_COUNT.fullmatch(lettered) or _COUNTED.fullmatch(lettered)
    if len(line) <= _LABEL_LENGTH and counted and not is_stamp(line):
        return True  # a count of views or comments on a line of its own (Views 11.7K, • 16417 просмотра), not a date
    if len(line) <= _LABEL_LENGTH and _GALLERY_COUNT.fullmatch(bare):
        return True  # which of a gallery's pictures shows: Image 1 of 3, wideo 2/3
    if len(line) <= _LABEL_LENGTH and _REFERENCE.fullmatch(bare):
        return True  # a file's reference above a letter's text: ZPOW-066-700/15
    if len(line) <= CREDIT_LENGTH and _WEB_ADDRESS.search(line):
        return True  # where to follow the site: ติดตามข่าวสารได้ที่ https://www.springnews.co.th
    if len(line) <= _LABELLED_LINE and (
        (_LARGER.search(line) and _SMALLER.search(line)) or _SIZED.fullmatch(line.strip())
    ):
        # The buttons that set the text's size: அ+ அ-, A+ Yazı Boyutunu Büyüt A- Yazı Boyutunu Küçült, + الخط -
        return True
    stamp, dash, page = line.rpartition(" - ")
    if dash and (is_page_number(page) or _COUNTED.fullmatch(page)) and is_stamp(stamp):
        return True  # the day and the printed page, or a count: Thu, Dec 27, 2012 - Page 6; 25 Junio, 2024 - 31 Visitas
    if _is_source(line) and (len(line) <= _LABELLED_LINE or is_stamp(line.partition(" / ")[2])):
        return True  # the page's sources, maybe with their day: Source: Nasdaq GlobeNewswire / 10 July 2024 13:00
    if _stamped_source(line) is not None:
        return True  # ... or after it: Wed, 17 Jan 2001 Source: GNA
    if len(line) <= _LABELLED_LINE and len(_FIELD_LABEL.findall(line)) > 1:
        return True
    pieces = [piece.strip() for piece in _ROW_MARKS.split(line)]
    if len(line) <= _LABELLED_LINE and all(_is_button(piece) for piece in pieces if piece) and line.strip(" \t•·|"):
        return True  # a page's buttons: Save; SHARE ARTICLE; • Whatsapp; • 댓글 0
    if _is_share_row(line):
        return True  # Partager sur FacebookPartager sur TwitterPartager sur Whatsapp
    if len(pieces) < 2:
        return False
    # Each piece's dates read once; how long ago the page posted the story is its stamp too.
    stamped = [(piece, is_stamp(piece) or is_time_ago(piece)) for piece in pieces if piece]
    return any(stamp for _, stamp in stamped) and all(
        stamp
        or is_reading_time(piece)
        or _is_label(piece)
        or _COUNTED.fullmatch(piece)
        or _LABELLED_COUNT.fullmatch(piece)
        or _is_source(piece)
        for piece, stamp in stamped
    )


def _is_share_row(line: str) -> bool:
    """Whether ``line`` is a row of a page's share buttons, their labels glued or spaced
    (``Partager sur FacebookPartager sur Twitter…``, ``facebook icon twitter icon whatsapp
    icon``): short, closing no sentence, naming two social networks or more, and most of its
    letters theirs and the buttons' words (``Partager``); a sentence naming two (``Follow us on
    Facebook and Telegram.``) is none."""
    if len(line) > CREDIT_LENGTH or _SENTENCE_END.search(line):
        return False
    folded = fold_key(line)
    named = social_networks().findall(folded)
    if len(set(named)) < 2:
        return False
    rest = social_networks().sub(" ", folded).split()
    buttons = sum(len(word) for word in rest if word in button_words())
    return 2 * (sum(map(len, named)) + buttons) >= sum(char.isalpha() for char in folded)


def _is_button(piece: str) -> bool:
    """Whether a piece of a line is a page's button, maybe with its count (``Comments 3``, ``댓글 0``)
    or a colon, as a label before the choices it offers stands alone once they are gone (``字体:``)."""
    return fold_key(piece.rstrip(" .!:0123456789")) in button_words()


def _is_source(piece: str) -> bool:
    """Whether a piece of a row of furniture, or a line of its own, names the page's sources after
    a label that says so (``Source: B92, Tanjug``, ``Sumber: The Star``: :func:`~.words.source_labels`)."""
    label, colon, _ = piece.partition(":")
    return bool(colon) and fold_key(label) in source_labels()


#: A word before a colon: where a source's label may stand after the page's stamp on its line.
_LABEL_BEFORE_COLON = re.compile(r"(?<!\S)[^\W\d_]+[ \t]*:")


def _stamped_source(line: str) -> tuple[str, str] | None:
    """The page's stamp and the piece naming its source after it, when ``line`` is the two on
    one line with no bar between (``Wed, 17 Jan 2001 Source: GNA``, ``23:36 17/2/2017 - Πηγή:
    NewPost``); None for any other line."""
    if len(line) > _LABELLED_LINE:
        return None
    for label in _LABEL_BEFORE_COLON.finditer(line):
        if _is_source(label.group()):
            stamp = line[: label.start()].strip(" \t-–—|")
            return (stamp, line[label.start() :]) if stamp and is_stamp(stamp) else None
    return None


#: A count and what it counts, in a row of a page's furniture: ``0条评论`` (no comments), ``12 views``.
_COUNTED = re.compile(r"\d[\d,.]*\s*[^\W\d_]{1,12}")
#: A label of a word or two and its count: ``Comments: (1)``, ``Views 1,204``, ``Views 11.7K``,
#: ``عدد الزيارات : 3988`` (the number of visits).
_LABELLED_COUNT = re.compile(r"[^\W\d_]{1,12}(?:[ \t][^\W\d_]{1,12})?[ \t]*:?\s*\(?\d[\d,.]*[KkMm]?\)?")


#: A letter and a plus, a letter and a minus, each a word of its own: the buttons that set the
#: size of a page's text (``A+ A-``, ``அ+ அ-``), in any script.
_LARGER = re.compile(r"(?<!\S)[^\W\d_]\+(?!\S)")
_SMALLER = re.compile(r"(?<!\S)[^\W\d_][-−](?!\S)")
#: The word for the text, or its size, between the plus and the minus: ``+ الخط -`` ("+ font -").
_SIZED = re.compile(r"\+[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*[-−]")


#: What parts the pieces of a row of page furniture: bullets, middle dots, bars.
_ROW_MARKS = re.compile(r"[•·|]")


def _captions_alone(line: str, read: DatelineMatch | None) -> bool:
    """Whether ``line``, read as ``read``, is about the picture and nothing else: a caption opening
    with the picture's label (``PHOTO : Peoples Congress held press meet.``) or its credit, that
    reads as no dateline (``Ilustračné foto — Foto: TASR`` reads as one crediting the agency)."""
    return read is None and _is_picture_credit(line)


def _passed_over(line: str, above: DatelineMatch) -> bool:
    """Whether ``line``, below a line read whole as the dateline ``above``, is passed over to the line
    that tells whether that one was a credit line: furniture, a note of what a version of the
    story changed, a caption closed by the picture's credit, a labelled stamp, a byline or a
    desk's credit (``ویب ڈیسک``), or an outlet's name alone below one naming an agency
    (``(MENAFN- The Peninsula)`` / ``QNA`` / ``Doha:``; below ``LIMA``, ``AP`` is the dateline's
    own agency)."""
    return (
        _is_furniture(line)
        or _is_story_note(line)
        or _closed_by_picture_credit(line)
        or _is_labelled_stamp(line)
        or _is_byline(line)
        or _is_desk_credit(line)
        or (above.agency is not None and _is_outlet_line(line))
    )


def _labels_a_value(line: str, read: DatelineMatch | None) -> bool:
    """Whether ``line``, read as ``read``, is a page's label and its value on a line of their own
    (``Editor: Li Ming``; ``التصنيف: اقتصاد``, the category), read as a place alone that no
    gazetteer knows (in a script without capitals any words before a colon pass for a place),
    or not read at all."""
    if len(line) > CREDIT_LENGTH:
        return False
    if read is None:  # a label no reading takes for a place: الكلمات المفتاحية: الوقود، الأسعار
        return _LABEL_AND_VALUE.match(line) is not None
    return (
        read.place is not None
        and read.agency is None
        and not read.dates
        and ":" in read.raw
        and not is_place(read.place)
    )


#: A label of a few words, a colon and its value: ``Category: World``, ``الكلمات المفتاحية: الوقود``.
_LABEL_AND_VALUE = re.compile(r"\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}[ \t]*[:：][ \t]*\S")


def _is_labelled_stamp(line: str) -> bool:
    """Whether ``line`` is a page's stamp opening with its label (``Data: 15 Novembre 2005``,
    ``Published Friday, August 18, 2017.``, ``آخر تحديث: 7 نوفمبر 2025``, "last updated"): a date
    alone on a line may be the dateline's, a labelled one is the page's."""
    labels = dateline_words().prose
    words = line.split(maxsplit=2)[:2]  # the label may be the second word: Last updated:, آخر تحديث:
    return any(fold_key(word).rstrip(":.") in labels for word in words) and is_stamp(line)


def _is_byline(line: str) -> bool:
    words = _without_bullet(line).split(maxsplit=1)
    if len(words) != 2 or len(line) > CREDIT_LENGTH:
        return False
    label = fold_key(words[0])
    if label in byline_words():
        return True
    # The label with its colon glued to it, then a name alone: بقلم: أحمد علي
    return label.rstrip(":") in byline_words() and len(words[1].split()) <= _BYLINE_NAME_WORDS


#: How many words the name after a byline's label and colon may have: ``بقلم: أحمد علي``.
_BYLINE_NAME_WORDS = 4


#: The spaces and bullet a page may set before each line of its furniture: ``  • Oleh Agustinus Bole Malo``.
_BULLET = re.compile(r"^\s*(?:[•·▪●]\s*)?")


def _without_bullet(line: str) -> str:
    """``line`` less the spaces and bullet before its first word, which a byline's label follows."""
    return _BULLET.sub("", line, count=1)


def dated_line(lines: list[str], *, date_alone: bool = True, placed: bool = False) -> tuple[DateMatch, ...]:
    """The date a line of its own above the dateline prints in a whole dateline of place and
    date (``BAGHDAD, Nov. 7 --`` above ``Xinhua News Agency``), or alone (``04 حزيران 2003``
    above ``عمان``) if ``date_alone``, if one does; an agency's name and a date (``APP 05 Apr
    2021``) are a credit's stamp, no dateline. Above a dateline that is ``placed`` (names its
    place), a name in capitals no gazetteer knows is a byline's, and its date the page's stamp
    (``AMRIK SINGH | July 26, 2021 10:07 PM`` above ``AMRITSAR:``)."""
    for line in lines:
        above = find_dateline(line)
        whole = above is not None and above.dates and not line[above.lede_start :].strip()
        if (
            whole
            and above is not None
            and above.place
            and ((above.place.isupper() and not placed) or is_place(above.place))
        ):
            return above.dates
        if date_alone and (dates := dates_alone(fold(line).text)):
            return dates
    return ()


def stamped_day(lines: list[str]) -> dt.date | None:
    """The day the first of ``lines`` that is a page's stamp prints, year and all (``Published:
    10 May 2025``, ``2014-09-02, 10:37``): what a year-less dateline below it is read against,
    where the page says when it ran the story. A day in figures that may be read day first or
    month first (``10/6/2006``, ``11/01/2020``) says nothing sure; nor then does a later day on
    its line, the day the story was updated (``06.07.2017 | Stand 13.09.2023``)."""
    for line in lines:
        stamp = read_stamp(line)
        if stamp is None:
            continue
        folded, dates = stamp
        for found in dates:
            if found.calendar != "gregorian" or not (found.year and found.month and found.day):
                continue
            printed = folded[found.start : found.end]
            if _YEAR_FIRST.match(printed) or found.day > 12 or any(map(str.isalpha, printed)):
                with contextlib.suppress(ValueError):  # a day the month lacks: 31 June
                    return dt.date(found.year, found.month, found.day)
            break  # a later day on the line is the update's: 06.07.2017 | Stand 13.09.2023
    return None


#: A date printed year first (``2014-09-02``), which is read month second whatever the country.
_YEAR_FIRST = re.compile(r"\d{4}\D")


def placed_line(lines: list[str]) -> str | None:
    """The place a line of its own above the dateline names, when CLDR or GeoNames knows it:
    ``عمان`` above ``03 آب/أغسطس 2003``, a dateline giving the date alone; maybe closed by a full
    stop, which is no part of it (``SAN SALVADOR.`` above ``(25 de noviembre de 2008) –``). A
    colon closes a label as often (``Sumber :``, "source:", though a village bears the word)."""
    for line in lines:
        name = line.strip()
        if _is_known_place(name):
            return name
        stopped = name[:-1].rstrip() if name.endswith(".") else ""
        if stopped and _is_known_place(stopped):
            return stopped
    return None


def _is_known_place(name: str) -> bool:
    """Whether ``name``, of a few words, is a place CLDR (a time zone's city) or GeoNames knows."""
    return len(name.split()) <= _PLACE_LINE_WORDS and (place_time_zone(name) is not None or is_place(name))


#: Where a credit line's parts meet: a dash (not a name's hyphen), a slash, a comma or a bar
#: (``العوابي- حارث البحري``).
_CREDIT_PARTS = re.compile(rf"\s*(?:[–—/,،|]|(?!{NAME_HYPHEN})-)\s*")


def credited_place(lines: list[str]) -> str | None:
    """The place a credit line above a story with no dateline names beside its reporter or
    outlet, when CLDR or GeoNames knows it: ``الجزائر/ كنزة.خ``, ``غزة، فيتو``; None when no
    part of any line is one. A page's time stamp (``15 janvier 2003 - 23h49 - Maroc``) names
    where the site is, an agency's name (``Xinhua | 06.07.2021``) is no place, and a picture's
    caption (``… in Phnom Penh, Cambodia, Saturday … (AP Photo/Heng Sinith)``) names where it
    was taken, and a summary of the story (``Santos, que está a punto de cumplir 63 años, …``)
    where it happened."""
    months = dateline_words().gregorian_months
    for line in lines:
        parts = [part for part in _CREDIT_PARTS.split(line.strip()) if part]
        if len(parts) < 2 or is_stamp(line) or _is_picture_credit(line) or _is_summary(line):
            continue
        for part in parts:
            if fold_key(part).rstrip(".") in months:
                continue  # a date's month, its figures parted by hyphens: Tue, 29-Jul-2025
            if part[:1].islower():
                continue  # a word, though a village bears it: a page's tags (…, видеонаблюдение, полиция, …)
            if registry().lookup(part) is None and _is_known_place(part):
                return part
    return None


def _is_credit_below(lines: list[str]) -> bool:
    """Whether ``lines`` are a name of a few words on a line of its own (a paper's, an
    agency's), then the story: what may follow a dateline line before the lede."""
    if len(lines) < 2 or len(lines[1]) <= CREDIT_LENGTH:
        return False
    name = lines[0].strip()
    return 0 < len(name.split()) <= _CREDIT_BELOW_WORDS and _NAME_ONLY.fullmatch(name) is not None


#: A copyright sign, which credits a picture in a caption: ``Ⓒ ANP/HH``, ``© AFP``.
_COPYRIGHT = re.compile("[©Ⓒⓒ]")


def source_credit(lines: list[str]) -> str | None:
    """The agency a line naming the page's source credits (``Source: GNA``), maybe after the
    page's stamp (``Wed, 17 Jan 2001 Source: GNA``), for a story with no dateline to credit one:
    such a line is furniture, never the dateline (:func:`_is_source`)."""
    sources = []
    for line in lines:
        if _is_source(line):
            sources.append(line)
        elif (stamped := _stamped_source(line)) is not None:
            sources.append(stamped[1])  # the source after the stamp, never the stamp's words
    return credited_agency(sources)


#: How many words an outlet's name after the page's stamp may have: ``GK NEWS SERVICE``.
_STAMPED_OUTLET_WORDS = 4


def stamped_credit(lines: list[str]) -> str | None:
    """The outlet a credit names that a bar parts from the page's stamp before it, the line's
    only two pieces (``11.08.2018, 16:37 Uhr | dpa``, ``Blic 12.06.2016 | Tanjug``, ``01:11 AM
    Oct 26, 2024 IST | GK NEWS SERVICE``): the page's source, as a label would name it; one the
    registry knows, or a name of a few words one of which only outlets' names have."""
    for line in lines:
        pieces = line.split("|")
        if len(pieces) != 2 or not is_stamp(pieces[0].strip()) or is_stamp(credit := pieces[1].strip()):
            continue
        known = credited_agency([credit])
        if known is not None or names_outlet(fold_key(credit).split(), _STAMPED_OUTLET_WORDS):
            return known or credit
    return None


#: How long a line above the dateline may be to credit the story: a longer one is a caption's or
#: deck's sentence, whose words may name an agency's without crediting it (``… dalam Rapat
#: Paripurna DPRD Lombok Tengah, NTB, Rabu, (26/6/2024).``: NTB, the province, is Norway's
#: agency too), or credit the picture it describes (``… le 30 mars 2023. (AFP)``). A headline
#: printed again with the page's stamp and credit stays within it.
_CAPTION_LENGTH = 180


def credited_agency(lines: list[str]) -> str | None:
    """The agency a credit line above the dateline names, alone, first, as the byline, as a
    piece between bars, colons, commas, slashes or brackets on it, or closing it (``The
    Canadian Press``, ``APP 05 Apr 2021``, ``By भाषा | Updated: ...``, ``October 22, 2019 |
    Source: Reuters``, ``Von David Hutzler, dpa``, ``Repórter da Agência Brasil``); a
    picture's credit (``Foto: APA/ROBERT JAEGER``) names who took the picture, not the story, and
    a caption's sentence (:data:`_CAPTION_LENGTH`) credits nothing."""
    for line in lines:
        if len(line) > _CAPTION_LENGTH or _about_the_picture(line) or _closed_by_picture_credit(line):
            continue  # a caption's sentence; a picture's credit: Foto: APA/ROBERT JAEGER; … ČTK/Pancer Václav.
        name = _without_closing_day(line.strip(" =-–—"))
        words = name.split()
        first = words[0].rstrip(",;") if words else ""  # AFP, PL Y DPA: the first credits the story
        # After "By", up to a mark or an ampersand: "By Associated Press & staff", the first credits it.
        credited = re.split(r"\s*[|,،=&]", name.partition(" ")[2])[0] if fold_key(first) in byline_words() else ""
        # "October 22, 2019 | Source: Reuters", "Von David Hutzler, dpa", "(With reports from …/PNA)",
        # "Jakarta Post - July 5, 2006"
        pieces = [piece.strip() for piece in re.split(r"[|:,،/()]|\s[-–—]\s", name)]
        # ... or closing it: "Repórter da Agência Brasil"
        pieces += [" ".join(words[-count:]) for count in range(1, min(len(words), _CLOSING_NAME_WORDS) + 1)]
        # ... or before the reporter's role closing it, maybe after their beat: "Associated Press
        # Writer", "By CHENGETAI ZVAUYA Associated Press Writer", "AP Sports Writer"
        if len(words) > 2 and is_reporter_role(words[-1]):
            pieces += [" ".join(words[:-1]), " ".join(words[:-2])]
        # A name that is a word too (MIA, भाषा) credits as the whole line, after "By", between bars,
        # or before a date (APP 05 Apr 2021), never as the first word of a byline (Mia Rabson and …).
        aliases, bare = registry().by_alias, registry().bare
        first_names = aliases if is_stamp(name.partition(" ")[2]) else bare
        # ... or closing one of its pieces: "Darpan News Desk The Canadian Press, 23 Oct, 2014",
        # unless a copyright sign makes it a picture's ("… Fortuna Sittard. Ⓒ ANP/HH")
        closing = [
            " ".join(piece.split()[-count:])
            for piece in pieces
            if not _COPYRIGHT.search(piece)
            for count in range(1, min(len(piece.split()) - 1, _CLOSING_NAME_WORDS) + 1)
        ]
        readings = [
            (name, aliases),
            (first, first_names),
            (credited, aliases),
            *((piece, aliases) for piece in pieces),
            *((words, bare) for words in closing),
        ]
        for written, names in readings:
            if fold_key(written).strip(" .") in names:  # a printed name, never a bare id
                return written
    return None


def _without_closing_day(line: str) -> str:
    """``line`` without the day that closes it and a word joining it on, as a site prints a
    byline and when it was posted (``By The Canadian Press on February 12, 2024.``): the
    credit ends before the day; the line as it is when nothing else is left."""
    folded = fold(line)
    dates = find_dates(folded.text)
    if not dates or folded.text[dates[-1].end :].strip(" ."):
        return line
    head = line[: folded.span(dates[-1].start, dates[-1].end)[0]].rstrip(" ,")
    before, _, joining = head.rpartition(" ")
    if before and fold_key(joining) in dateline_words().connectors:
        head = before
    return head.strip(" =-–—") or line


#: The end of a page title that names its paper: after a bar or colon (``… :日本経済新聞``,
#: ``… | Reuters``), or in closing brackets with the day (``… (Utusan Malaysia 4 Julai 2008)``).
_TITLE_CREDIT = re.compile(r"(?:[|:：]\s*(?P<after>[^|:：()]{2,40})|\((?P<bracketed>[^()]{2,60})\))\s*$")


def headline_agency(headline: str) -> str | None:
    """The agency or paper a headline names at its end, as page titles do, when the registry
    knows the name as printed: the story's agency when its dateline and credit lines name none."""
    found = _TITLE_CREDIT.search(headline)
    if found is None:
        return None
    name = found.group("after") or found.group("bracketed")
    folded = fold(name)
    text = outside_dates(folded.text, find_dates(folded.text))  # less the day a paper printed the story
    key = " ".join(text.split()).strip(" .,")
    if key not in registry().by_alias:
        return None
    position = text.find(key)
    return name[slice(*folded.span(position, position + len(key)))] if position >= 0 else name.strip()


def _is_credit(line: str, match: DatelineMatch, following: str, later: DatelineMatch | None) -> bool:
    """Whether a line read whole as a dateline is a credit line before the real one: it opens
    with a byline word (``By The Associated Press``), or the next paragraph (``following``,
    read as ``later``) opens with a dateline, or is a dateline line naming the agency, place or
    date this one lacks; never a place and date when the next reads as neither a date nor a
    known place."""
    if opens_with_byline(line) and (later is not None or not _names_known_place(match)):
        return True  # but a byline naming the place, with no dateline below it, is the dateline: By Afp, Kathmandu
    if later is None:
        return False
    if match.place and match.dates and not later.dates and not (later.place and is_place(later.place)):
        # A place and date on a line of their own are the dateline, whatever the story's first
        # words look like: Kathmandu, Jan. 20 / The Ambassadors Club Nepal (ACN) has honoured …;
        # but a name no gazetteer knows, the date after it unmarked, is an outlet's or
        # reporter's stamp above the dateline: Kurir 14.10.2021 / MIJATOVAC - Dva …
        return not is_place(match.place) and line.startswith(f"{match.place} ")
    # The next line opens the story with a dateline, or is one naming the agency or place this one lacks.
    if following[later.lede_start :].strip():
        return True
    return (
        (later.agency is not None and match.agency is None)
        or (later.place is not None and match.place is None)
        or (bool(later.dates) and not match.dates)
    )


def _is_credit_or_deck(line: str) -> bool:
    return len(line) <= CREDIT_LENGTH or _is_deck(line)


@cache
def _name_separators() -> re.Pattern[str]:
    """What parts a byline's names, once :data:`_NAMES_END` has cut them at the first comma: a
    word for "and" (:func:`~.words.conjunction_pattern`) or an ampersand."""
    return re.compile(rf"\s+{conjunction_pattern()}\s+|\s*&\s*")


#: What ends a byline's names: a comma, ``=``, a bar, a bracket or a spaced dash, before the
#: reporter's role, outlet or the page's stamp (``Par André Deschênes - CKAJ 92,5``, ``By NICOLA
#: BOYES - Sunday Star Times``, ``By Bob Smietana — November 13, 2020``, ``Laporan: Maman Wiharja
#: (Wartawan Berita Sampit)``).
_NAMES_END = re.compile(r"\s*[=,،|(（]|\s[-–—]\s")


def byline_names(line: str) -> list[dict[str, str]]:
    """The authors a byline line names (``By Paul Byrne and Almudena Calatrava``, ``بقلم ...``,
    ``Von ...``: :func:`names_in_byline`); none for any other credit line."""
    first, _, rest = _without_bullet(line).partition(" ")
    if fold_key(first) not in byline_words() or not rest:
        return []
    return [{"name": name} for name in names_in_byline(rest)]


def names_in_byline(byline: str) -> list[str]:
    """The names ``byline``, less its label, gives: up to the first of :data:`_NAMES_END` or a
    date (``Jimmy Tamayo April 09, 2019``), past a mark after the label (``كتب - مروان
    عصام``) and less the words that lead to the page's stamp (:func:`_without_stamp_words`),
    parted at a word for "and" or an ampersand; never an e-mail address."""
    names = _NAMES_END.split(byline.lstrip(" :-–—"), maxsplit=1)[0]
    folded = fold(names)
    dates = find_dates(folded.text)
    if dates:
        names = _without_stamp_words(names[: folded.span(dates[0].start, dates[0].end)[0]])
    return [name for name in _name_separators().split(names) if name.strip() and "@" not in name]


def _without_stamp_words(names: str) -> str:
    """``names``, what a byline holds before the page's date, less the words closing it that
    lead to the date: a time of day and its AM or PM, a weekday, a small word (``on``, ``am``)
    or a label and its colon (``Hayley Halpin Friday``, ``Ng Jing Yng 05:55 AM``, ``Brittany
    Shannon on``, ``Imrongkumba Aier Updated:``)."""
    words = dateline_words()
    kept = names.split()
    while kept and (
        ((last := fold_key(kept[-1])) in words.connectors and len(last) > 1)  # a letter is an initial: Jashan A
        or last in words.weekdays
        or kept[-1].endswith(":")
        or is_clock(kept[-1])
        or is_day_period(kept[-1])
    ):
        kept.pop()
    return " ".join(kept)

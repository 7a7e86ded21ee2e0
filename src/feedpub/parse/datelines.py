"""Find the dateline that opens a story's first paragraph.

A dateline is a place, maybe a date, and the agency, then a separator before the lede:
``بغداد 7 نوفمبر 2025 (شينخوا)``, ``BAGHDAD, Nov. 7 (Xinhua) --``, ``МОСКВА, 7 ноября.
/ТАСС/.``, ``الرياض ... م واس``. It is read in three ways, the first that reads it winning:
the Chinese, Japanese and Korean forms (:mod:`.cjk`); an agency marker as the anchor
(:mod:`.agency_markers`), what precedes it read as credit, place and dates
(:mod:`.place_and_dates`), so a name in brackets later in a sentence is not taken for one;
and the parts between marks in any order, anchored by an agency, a date, a generic credit or
a place in capitals (:mod:`.segments`), or a place closed by a dash (:mod:`.dash_datelines`),
after a credit line saying where the story came from (:mod:`.origin_lines`); last, an outlet
crediting itself where a dateline would stand (:mod:`.outlets`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..agencies import SITE_DOMAIN, SITE_NAME, printed_as_word, registry
from ..fold import Folded, fold, fold_key
from .agency_markers import Candidate, abbreviates, bracketed, candidates, is_word_ending, plausible_agency
from .cjk import read_cjk
from .dash_datelines import agency_first, without_agency
from .dateline_match import DatelineMatch, build_match, from_reading, separator_end, text_start
from .dates import DateMatch, dates_alone, day_of_month, find_dates, possible_day, time_of_day_end
from .gazetteer import (
    is_bracketed_place,
    is_one_place,
    is_place,
    is_place_and_region_cut_short,
    is_province,
    is_region,
    is_uncased_phrase,
    names_region,
)
from .known_places import place_first, place_in_brackets
from .origin_lines import read_origin_line, read_outlet_origin, read_report_opening
from .outlets import outlet_in_square_brackets, outlet_opening
from .place_and_dates import byline_writers, read_prefix
from .segments import read_parts
from .stamps import FIGURE_DATE, is_page_number, is_stamp, is_time_stamp, leading_stamp_end
from .words import (
    ORNAMENTS,
    capitalised,
    conjunction_pattern,
    credit_name,
    dateline_words,
    filed_from_phrases,
    is_generic_credit,
    is_reporter_role,
    names_no_place,
    names_outlet,
    notes_the_story,
    opens_with_byline,
    photo_labels,
    story_labels,
)

__all__ = ["SEARCH_LIMIT", "DatelineMatch", "find_dateline"]

#: How long an agency's initials in small letters may be: ``(acn)``, ``(sda)``.
_INITIALS = 5
#: How far into the first paragraph a dateline may reach.
SEARCH_LIMIT = 240
#: What an agency standing bare may have after it, still the dateline's: RIA's correspondent
#: (``, Марина Шмаюн.``), Kazinform's between slashes (``/Damir Baimanov/``), a generic
#: credit in brackets (``الرأي الجديد (وكالات)``), or the paper that took the story from the
#: agency, after a slash, before the separator (``PTI/GANASHAKTI:``).
_AFTER_AGENCY = re.compile(
    r"[ \t]*[,،][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\.(?=\s)"
    r"|[ \t]+/[^\W\d_][^/\d\n]{1,40}/(?=\s)"
    r"|/[^\W\d_][^\W\d_.]{1,30}(?=[ \t]*[:–—-])"
    r"|[ \t]*[(（](?P<generic>[^()（）\d\n]{1,30})[)）]"
)
#: A spaced dash after an agency standing bare, which more parts of a dateline line may follow.
_DASHED_ON = re.compile(r"[ \t]+[-–—][ \t]+(?=\S)")
#: How far the closing bracket of a syndication credit holding brackets may be.
_WRAPPED_REACH = 80
#: How many words the place closing a dateline line may have: more, and it is the lede.
_CLOSING_PLACE_WORDS = 2
#: How long the rest of a dateline line may be to be read as its closing date.
_CLOSING_DATE_REACH = 40
#: A reporter's name closing a dateline line: a few words and a colon (``آمنة عيد:``).
_REPORTER = re.compile(r"(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+[ \t]*:")


def find_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening ``paragraph``, or None when it does not open with one. A reporter's
    name that closes a dateline line (``القاهرة - مكتب الجزيرة - آمنة عيد:``) is kept in it.
    No-break and thin spaces (``Mont Pèlerin (dpa)\u00a0-\u00a0Die``) are read as spaces, and a
    script's own colon (``ភ្នំពេញ៖``) as a colon; ``raw`` keeps them as printed, and so it keeps
    a letter printed for a bar (:func:`_letter_for_bar`)."""
    barred = _letter_for_bar(paragraph)
    if barred is not None and (match := find_dateline(barred)) is not None:
        return match._replace(raw=paragraph[: len(match.raw)])
    if _UNPLAIN.search(paragraph, 0, SEARCH_LIMIT) is None:
        match = _find_dateline(paragraph)  # most paragraphs
    else:
        plain = _READ_AS.sub(_plain, paragraph)
        match = _find_dateline(plain)
        if match is not None and plain.startswith(match.raw):
            end = len(match.raw)
            if not paragraph[end : match.lede_start].strip(" |"):
                end = len(paragraph[: match.lede_start].rstrip())  # the doubled bar is the raw dateline's too
            match = match._replace(raw=paragraph[:end])
    if match is None and " ? " in paragraph[:_LOST_DASH_REACH]:
        return _dash_lost_to_question_mark(paragraph)
    if match is not None and paragraph.startswith("? ", match.lede_start):
        return _ending_at(paragraph, match, match.lede_start + 1)  # no lede opens so: the dash lost
    if match is not None and (empty := _EMPTY_CREDIT.match(paragraph, match.lede_start)) is not None:
        return _ending_at(paragraph, match, empty.end())  # the credit's name lost: PARIS--()--Regulatory News:
    return match


#: Brackets with nothing in them where a page lost the credit's name, its logo perhaps, between
#: the dateline's dashes (``PARIS--()--Regulatory News:``, Business Wire's copy): the dateline's.
_EMPTY_CREDIT = re.compile(r"[(（][ \t]*[)）]")


#: A letter l or capital I alone between spaces, which some Indonesian and Indian sites print for
#: a bar after the dateline's place or their own name (``Batam24.com l BATAM –``, ``MEDAN I
#: SUMUT24.co Pemerintah …``, ``ग्वालियर  l मध्य प्रदेश …``), near the paragraph's start.
_LETTER_BAR = re.compile(r"[ \t]+(?P<letter>[lI])[ \t]+(?=\S)")
_LETTER_BAR_REACH = 60
_LATIN = re.compile("[A-Za-zÀ-ɏ]")


def _letter_for_bar(paragraph: str) -> str | None:
    """``paragraph`` with a bar for the letter :data:`_LETTER_BAR` finds, when all before it, or
    its part after a comma, is a site's name (``Jakarta, dutabangsanews.com I Ketum …``) or a known
    place, in capitals before an ``I``, which after a place in small letters may be the pronoun
    opening a sentence (``London I think …``); or, before an ``l``, words in a script without
    Latin letters, where a Latin letter alone is no word. None for any other paragraph, in most
    of which no such letter stands."""
    bar = _LETTER_BAR.search(paragraph, 0, _LETTER_BAR_REACH)
    if bar is None:
        return None
    last = paragraph[: bar.start()].split(",")[-1].strip()
    if not last:
        return None
    if SITE_NAME.fullmatch(last):
        barred = True
    elif bar["letter"] == "I":
        barred = last.isupper() and is_place(last)
    else:
        barred = is_place(last) or _LATIN.search(last) is None
    return f"{paragraph[: bar.start('letter')]}|{paragraph[bar.end('letter') :]}" if barred else None


#: A spaced question mark where a page lost the dash after its dateline to a code page that had
#: none (``ALMATY, Kazakhstan ? Prosecutors …``, ``Brasília, DF ? Em dia …``, ``Paphos, Feb 18
#: (CNA) ? Outgoing …``): a place and the mark, near the paragraph's start.
_LOST_DASH = re.compile(r"[^\W\d_][^?\n]{1,40}?[ \t]\?(?=[ \t]+\S)")
_LOST_DASH_REACH = 48


def _dash_lost_to_question_mark(paragraph: str) -> DatelineMatch | None:
    """The dateline of ``paragraph`` read with a dash for the spaced question mark after its
    opening words, when they name a place the gazetteer knows and the dateline ends there; a
    question opening a story (``Pourquoi Paris ? Le choix …``) names none."""
    lost = _LOST_DASH.match(paragraph)
    if lost is None:
        return None
    match = find_dateline(f"{paragraph[: lost.end() - 1]}-{paragraph[lost.end() :]}")
    if match is None or match.place is None or len(match.raw) < lost.end():
        return None
    if not is_place(match.place.split(",")[0]):
        return None
    return match._replace(raw=paragraph[: len(match.raw)])


#: Spaces other than ASCII's, each read as one: no-break, narrow no-break, thin, figure, en and em.
_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003"
#: Scripts' own punctuation read as ASCII's: Khmer's colon (``ភ្នំពេញ៖``), Burmese's comma
#: (``နေပြည်တော် ၊ ဖေဖော်ဝါရီ ၁၂ ရက်``); and Unicode's hyphen and non-breaking hyphen, which
#: some papers print for the dash after a dateline (``HARARE, September 7 ‑ Relations``).
_SCRIPT_MARKS = {"\u17d6": ":", "\u104a": ",", "\u2010": "-", "\u2011": "-"}
#: The visarga Bengali, Gujarati, Nepali, Hindi, Kannada and Telugu papers print for a colon after
#: a place (``ঢাকাঃ``, ``અમદાવાદઃ``, ``पर्साः``, ``ಬೆಂಗಳೂರಃ``), in each of their scripts.
_VISARGAS = "\u0983\u0a83\u0903\u0c83\u0c03"
#: Characters read as plain ones, each as one: those spaces and those marks, and a bar's second
#: where a site doubles it after its name (``WWW.BERITAKAPUAS.COM||SINTANG.``), read as a space.
_READ_AS = re.compile(f"[{_SPACES}{''.join(_SCRIPT_MARKS)}]|(?<=\\|)\\||(?P<word>[^\\s,،]+)[{_VISARGAS}](?=[ \t\n]|$)")
#: Whether a paragraph holds any of them: one look at most paragraphs.
_UNPLAIN = re.compile(f"[{_SPACES}{''.join(_SCRIPT_MARKS)}{_VISARGAS}]|\\|\\|")


def _plain(found: re.Match[str]) -> str:
    """What :data:`_READ_AS` found, read as plain characters. A visarga closes many a word that
    is no place (সাধারণতঃ, "usually"): it is a colon only after one the gazetteer knows, after a
    reporter's role or a desk (জাতীয় ডেস্কঃ, "national desk:"), or after a credit naming no
    agency that opens the paragraph (ডেস্ক রিপোর্টঃ, "desk report:")."""
    word = found.group("word")
    if word is None:
        return _SCRIPT_MARKS.get(found.group(), " ")
    opening = found.string[: found.end("word")]
    colon = (
        is_place(word)
        or is_reporter_role(word)
        or (
            len(opening.split(maxsplit=_GENERIC_CREDIT_WORDS)) <= _GENERIC_CREDIT_WORDS
            and is_generic_credit(fold_key(opening))
        )
    )
    return f"{word}:" if colon else found.group()


#: How many words a credit naming no agency that a visarga closes may have.
_GENERIC_CREDIT_WORDS = 3


#: What a story's first words hardly open with: a comma, or a bracket closing. A reading that
#: leaves one at the lede's start and has no place the gazetteer knows took a sentence for a
#: dateline: ``The Rastriya Samachar Samiti (RSS), the official …``, the agency introduced by
#: its initials; ``تنشر (بغداد اليوم)، الأربعاء``, "Baghdad Today publishes, on Wednesday".
_NO_LEDE_START = frozenset(",،)]）")


#: A day's figure and the case ending its language hyphens to it, which read as a dateline's
#: figure and a dash glued to the lede: Tamil's ``ஆகஸ்ட் 22-ம் தேதி`` ("the 22nd of August"),
#: Armenian's ``Սեպտեմբերի 15-ի,``; a story opens with a sentence naming the day. A capital
#: after the hyphen opens the lede: ``Nov. 3-The``.
_DAY_SUFFIX = re.compile(r"\d-(?=[^\W\d_][^\s\d,.:;-]{0,7}(?:[\s,.:;]|$))(?![^\s\d,.:;-]*[A-ZÀ-ÞА-ЯЁΑ-Ω])")


def _find_dateline(paragraph: str) -> DatelineMatch | None:
    match = _read_dateline(paragraph)
    if match is None:
        return None
    if (
        match.dates
        and paragraph[match.lede_start - 1 : match.lede_start] == "-"
        and _DAY_SUFFIX.match(paragraph, match.lede_start - 2)
    ):
        # The date is the story's; a known place may still open it: சென்னை: ஆகஸ்ட் 22-ம் தேதி …
        before = place_first(paragraph)
        return before if before is not None and before.lede_start < match.lede_start else None
    if match.dates and match.place is None and match.agency is None and _cuts_a_date(paragraph, match):
        return _date_first(paragraph)  # the year closes the date opening the paragraph: 12 ต.ค. 62 นาย…
    if match.place and match.place[0] in ORNAMENTS:
        match = match._replace(place=match.place.lstrip(ORNAMENTS) or None)
    if match.agency is None and match.place and "-" in match.place:
        match = _outlet_glued_to_place(match)
    elif match.place is None and match.agency and "." in match.agency:
        match = _place_glued_to_site(match)
    if match.place and match.agency and not match.dates and _site_and_photographer(paragraph, match):
        return None  # a picture's credit: TRIBUNPONTIANAK.CO.ID/ RIZKY PRABOWO RAHINO
    if match.place and match.dates and not match.agency and _names_and_stamp(paragraph, match):
        match = match._replace(place=None)  # the page's date under a byline or outlet: РТС 16.01.2018
    if not (match.dates or match.agency) and _COUNT.fullmatch(paragraph, match.lede_start):
        return None  # a label and its count, a page's furniture: ฮิต: 184 ("hits"), Views: 1,204
    if paragraph[match.lede_start : match.lede_start + 1] in _NO_LEDE_START and not (
        match.place and is_place(match.place)
    ):
        return None
    if "://" not in paragraph[: match.lede_start + 3]:
        return match  # nearly every paragraph: no web address near the dateline's end
    return _address_kept_whole(paragraph, match)


def _writer_before(paragraph: str, folded: Folded, candidate: Candidate) -> bool:
    """Whether a byline's word and a writer's capitalised name are all the paragraph prints
    before ``candidate``, an alias printed bare, which credits the writer's agency (``By ANGUS
    SHAW, Associated Press``, ``by Elchin Mehdiyev -Trend:``), where a sentence's words would
    not (``By the time Reuters reported it``)."""
    before = paragraph[: folded.span(0, candidate.start)[1]]
    if not opens_with_byline(before):
        return False
    names = byline_writers(before.rstrip(" ,-–—"))
    return bool(names) and all(
        name and capitalised(name) and not any(names_no_place(fold_key(word)) for word in name.split())
        for name in names
    )  # By Monday Reuters had reported it: no writer


def _has_lede(paragraph: str, match: DatelineMatch) -> bool:
    """Whether text follows ``match`` in ``paragraph``, looked for near the lede's start only
    rather than in a copy of the whole rest of a long paragraph."""
    return bool(paragraph[match.lede_start : match.lede_start + _LEDE_LOOK].strip())


#: How far past a dateline's end text is looked for (:func:`_has_lede`).
_LEDE_LOOK = 16


def _site_and_photographer(paragraph: str, match: DatelineMatch) -> bool:
    """Whether ``match``, a line of its own, is a picture's credit as Indonesian sites print it:
    the site's name, a slash, and the photographer's name in capitals, or a word for "courtesy",
    which no gazetteer knows (``TRIBUNPONTIANAK.CO.ID/ RIZKY PRABOWO RAHINO``, ``…/ ISTIMEWA``)."""
    place = match.place or ""
    if _has_lede(paragraph, match) or not place.isupper() or is_place(place):
        return False
    head = match.raw[: match.raw.find(place)].rstrip()
    return head.endswith("/") and SITE_NAME.fullmatch(head[:-1].strip().lower()) is not None  # in capitals too


def _names_and_stamp(paragraph: str, match: DatelineMatch) -> bool:
    """Whether ``match``, a line of its own, is a writer's or an outlet's name and the page's
    date, not a place and its date: a name no gazetteer knows, with no comma or colon between it
    and the date (``Murimi Mutiga May 22, 2019``, ``РТС 16.01.2018``, ``EXPRESO - 19.10.2023``,
    ``Bhupen Goswami (23/07/2018)``), where a dateline parts its place from its date with one (``Tocuyo de la Costa,
    18 de Noviembre de 2008``, ``राष्ट्रपति भवन : 21-03-2013``), or with a bar after a place in
    capitals or in an Indic script, as South Asian papers print it (``JIRIBAM | Sept 10``)."""
    place = match.place or ""
    if _has_lede(paragraph, match) or is_place(place.split(",")[0].rstrip(ORNAMENTS)):
        return False  # a lede after it, or a place the gazetteer knows: a dateline
    after = match.raw[match.raw.find(place) + len(place) :].lstrip()
    if after.startswith(("|", "•")) and (place.isupper() or _INDIC.match(place)):
        return False  # a place in capitals, or in an Indic script, and a bar: JIRIBAM | Sept 10, कास्की | असार १५
    if after.startswith(_CJK_FILED):
        return False  # the place a Taiwanese reporter's credit names, and the date: 《記者黃淑惠/南市訊》2018.11.27
    return not after.startswith((",", "،", ":"))


#: The words "report" and "dispatch" that close the place a Chinese reporter's credit filed from.
_CJK_FILED = ("報導", "报导", "報道", "报道", "訊", "讯")

#: A letter of an Indic script (Devanagari to Sinhala), which South Asian papers print their datelines in.
_INDIC = re.compile("[\u0900-\u0dff]")


#: A number alone, all that follows a label on a line of a page's furniture: a count of views.
_COUNT = re.compile(r"[\d., \t]+")


#: The figures opening what a reading took for the lede.
_FIGURES = re.compile(r"\d+")


def _cuts_a_date(paragraph: str, match: DatelineMatch) -> bool:
    """Whether the figures that open what ``match``, a date alone, took for the lede close that
    date: the full stop after a month's abbreviation is no separator where the year
    follows it (Thai ``12 ต.ค. 62 นาย…``, 12 October 2562, read as ``12 ต.ค.`` and a lede
    ``62 นาย…``): the paragraph opens with the whole date."""
    figures = _FIGURES.match(paragraph, match.lede_start)
    if figures is None:
        return False  # nearly every dateline: its lede opens with no figure
    folded = fold(paragraph[: figures.end()])
    for date in find_dates(folded.text):
        start, end = folded.span(date.start, date.end)
        if start < match.lede_start < end:
            return True
    return False


def _outlet_glued_to_place(match: DatelineMatch) -> DatelineMatch:
    """``match`` crediting the outlet a hyphen glues after its place: a place the gazetteer
    knows, then a name it does not, which the whole is not either, spaced from the hyphen or
    written as a brand, with capitals inside (``Khartoum- Alyurae- (Agencies) –``,
    ``Erbil-ALSharqiya March 28:``); a district's name is neither (``Dresden-Trachau``)."""
    place = match.place or ""
    first, _, rest = place.partition("-")
    outlet = rest.strip()
    brand = any(char.isupper() for char in outlet[1:]) and not outlet.isupper()
    glued = outlet[:1].isupper() and "," not in outlet and (rest[:1].isspace() or brand)
    if not glued or " " in first.strip() or is_place(place) or not is_place(first) or is_place(outlet):
        return match
    return match._replace(place=first.rstrip(), agency=outlet)


def _place_glued_to_site(match: DatelineMatch) -> DatelineMatch:
    """``match`` with the place that opens its site's name in capitals, a full stop between,
    as a page glues its dateline's place to its site (``MATARAM.lombokjournal.com –``,
    ``BENGKULU.TEROPONGPUBLIK.CO.ID``, the site in capitals too): a place the gazetteer knows,
    where an edition's name is none (``Lintasbabel.iNews.id``)."""
    head, _, site = (match.agency or "").partition(".")
    if not (head.isupper() and SITE_NAME.fullmatch(site.lower()) and is_place(head)):
        return match
    return match._replace(place=head, agency=site)


#: A web address, which a dateline may close with (``РИА Новости http://www.rian.ru``).
_ADDRESS = re.compile(r"[^\s()]+://[^\s()]*")


def _address_kept_whole(paragraph: str, match: DatelineMatch) -> DatelineMatch:
    """``match`` grown to the end of a web address its reading ended inside, at the colon or
    slashes that are the address's and no separator: the address is the credit's, and the
    lede starts after it."""
    for address in _ADDRESS.finditer(paragraph):
        if address.start() >= match.lede_start:
            break
        if match.lede_start < address.end():
            return _ending_at(paragraph, match, address.end())
    return match


def _in_hyphenated_place(paragraph: str, start: int, end: int) -> bool:
    """Whether ``paragraph[start:end]``, an alias printed bare, is a word of a place's name that
    hyphens join (``Royaume-Uni``, which ends in United News of India's ``UNI``), where a hyphen
    glues an agency to its place (``Khartoum-SUNA``)."""
    if paragraph[start - 1 : start] != "-" and paragraph[end : end + 1] != "-":
        return False  # nearly every alias: no hyphen glued to it
    while start > 0 and (paragraph[start - 1].isalpha() or paragraph[start - 1] == "-"):
        start -= 1
    while end < len(paragraph) and (paragraph[end].isalpha() or paragraph[end] == "-"):
        end += 1
    return is_one_place(paragraph[start:end].strip("-"))


def _in_address(paragraph: str, start: int, end: int) -> bool:
    """Whether ``paragraph[start:end]`` lies inside a web address, which names the site that
    holds a file (``https://cdn-assetd.kompas.id/….jpg``), never the story's credit."""
    if "://" not in paragraph:
        return False  # nearly every paragraph
    return any(address.start() <= start and end <= address.end() for address in _ADDRESS.finditer(paragraph))


def _ending_at(paragraph: str, match: DatelineMatch, end: int, **parts: Any) -> DatelineMatch:
    """``match`` grown to end at ``end``, with the separator after it if one follows, and ``parts``
    read there (its agency, its dates): the lede starts past the spaces after it."""
    end = separator_end(paragraph, end)
    return match._replace(raw=paragraph[:end].rstrip(), lede_start=text_start(paragraph, end), **parts)


def _read_dateline(paragraph: str) -> DatelineMatch | None:
    match = _read_opening(paragraph)
    if match is None:
        return (
            _read_unglued(paragraph, _GLUED)
            or _place_glued_to_date(paragraph)
            or _place_and_full_stop(paragraph)
            or _place_then_whole_date(paragraph)
            or _capitals_and_day(paragraph)
            or _date_before_dateline(paragraph)
        )
    if _NAME_GLUED_TO_CAPITALS.search(match.raw) and opens_with_byline(match.raw):
        unglued = _read_unglued(paragraph, _NAME_GLUED_TO_CAPITALS)
        if unglued is not None and unglued.place is not None and is_place(unglued.place):
            # A place glued to the writer's name (By Lisa RichwineLOS ANGELES), not the name's own
            # capitals (By JAMES MacPHERSON).
            match = unglued
    elif _SITE_GLUED_TO_CAPITALS.match(match.raw):
        match = _read_unglued(paragraph, _SITE_GLUED_TO_CAPITALS) or match
    opener = paragraph[match.lede_start : match.lede_start + 1]
    if opener == "，":
        return None  # a clause of a Chinese sentence, no dateline: 周二（1月5日），国有企业…
    if opener in (",", "،"):
        # A lede cannot open with a comma: the reading stopped inside a byline
        # (``By F. Ahmed and Sarwar Kashani, IANS, Srinagar :``), which a known place may close.
        further = place_first(paragraph)
        match = further if further is not None and further.lede_start > match.lede_start else match
    return _with_what_follows(paragraph, _without_filed_from(_without_words_before_capitals(match)))


#: How many capitalised words, a byline's or the page's, may stand before a place in capitals.
_WORDS_BEFORE_CAPITALS = 3


def _without_words_before_capitals(match: DatelineMatch) -> DatelineMatch:
    """``match`` with its place cut to the known place in capitals it closes with, past the
    capitalised words before it, which are a byline's or the page's (``Lisa Richwine LOS ANGELES
    (Reuters) -``, ``Lesli Aguilar OAXACA, Oax.-``) and stay in the raw dateline; a known place
    before it is its own (``Washington DC``)."""
    if not match.place:
        return match
    head, comma, region = match.place.partition(",")
    words = head.split()
    capitals = next((index for index, word in enumerate(words) if word.isupper()), None)
    if capitals is None or not 0 < capitals <= _WORDS_BEFORE_CAPITALS or not all(w.isupper() for w in words[capitals:]):
        return match
    before, place = " ".join(words[:capitals]), " ".join(words[capitals:])
    if not all(word[:1].isupper() for word in words[:capitals]) or is_place(before) or not is_place(place):
        return match
    return match._replace(place=place + comma + region)


#: How many words a phrase saying where a story was filed from has at most (:func:`_without_filed_from`).
_FILED_FROM_WORDS = 5


@cache
def _filed_from_first_words() -> frozenset[str]:
    """The first word of every phrase :func:`~.words.filed_from_phrases` holds."""
    return frozenset(phrase.split()[0] for phrase in filed_from_phrases())


def _without_filed_from(match: DatelineMatch) -> DatelineMatch:
    """``match`` with its place less a phrase opening it that says the story was filed from the
    place after it (:func:`~.words.filed_from_phrases`): ``DE BRASÍLIA -``, ``DO ENVIADO A SEUL
    -``, ``De notre correspondant à Bruxelles -``. The place is the one the gazetteer knows
    after the phrase; a place whose name opens so is left whole (``Da Nang``, ``De Aar``)."""
    if not match.place:
        return match
    words = match.place.split()
    if len(words) < 2 or fold_key(words[0]) not in _filed_from_first_words():
        return match  # nearly every place: no such phrase opens with its first word
    for count in range(min(len(words) - 1, _FILED_FROM_WORDS), 0, -1):
        if fold_key(" ".join(words[:count])) not in filed_from_phrases():
            continue
        rest = match.place.split(maxsplit=count)[count]
        if is_place(rest.split(",")[0]) and not is_place(match.place.split(",")[0]):
            return match._replace(place=rest)
        break
    return match


#: Where a page that lost its spaces glued a dateline's parts: figures to a capitalised word
#: after them (``Nov. 26Trend:``), Arabic letters to figures (``الدمام25 شوال``), a full stop
#: after a word to the lede's first (``24 июля.Как стало``), a country after its city to the
#: lede's capitalised first (``MANILA, PhilippinesThe Commission``).
_GLUED = re.compile(
    r"\d(?=[A-Z][a-z])|[\u0621-\u064a](?=[0-9\u0660-\u0669])|\.(?=[A-ZА-ЯЁ][a-zа-яё])|, [A-Z][a-z]+(?=[A-Z][a-z])"
)
#: A word glued to the page's date in ISO figures: ``Luleå2024-04-15 09:59``.
_GLUED_TO_ISO_DATE = re.compile(r"[^\W\d_](?=\d{4}-\d\d-\d\d\b)")
#: A byline's last name glued to the place in capitals after it, as pages that lost a line
#: break print them: ``By Lisa RichwineLOS ANGELES (Reuters) -``.
_NAME_GLUED_TO_CAPITALS = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ]{2,}[A-ZÀ-Þ .'/-]*[,(])")
#: A site's name opening the paragraph glued to the place in capitals after it, as pages that
#: lost a space print them: ``Publishnews.idJAMBI –``.
_SITE_GLUED_TO_CAPITALS = re.compile(r"[\w-]+\.[a-z]{2,3}(?=[A-Z]{3,})")
#: How far into the paragraph such a joint is looked for: the date and agency come early.
_GLUED_REACH = 80


#: How far into a paragraph a whole date opening it, before the wire's dateline, may reach, and
#: how far its first figure (the day's, or the year's) at most: past a month's name and a space.
_OPENING_DATE_REACH = 40
_DAY_REACH = 16
#: What opens an agency's credit after the place: a bracket or a slash.
_AGENCY_OPENER = re.compile(r"[(（\[/]")


def _date_before_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph that opens with a whole date, a space and then a dateline naming
    its place (in capitals, or known to the gazetteer) and agency but no day (``September 26,
    2001 SHKODRA (KosovaLive) – The …``): the day the page printed before the wire's dateline is
    the dateline's. None for any other paragraph; most open with no figure, or have no bracket or
    slash near their start, and are told so before any date is looked for."""
    if not paragraph[:1].isalnum() or _FIGURE.search(paragraph, 0, _DAY_REACH) is None:
        return None
    if not _AGENCY_OPENER.search(paragraph, 0, 2 * _OPENING_DATE_REACH):
        return None
    folded = fold(paragraph[:_OPENING_DATE_REACH])
    dates = find_dates(folded.text)
    if not dates or dates[0].start != 0 or dates[0].year is None:
        return None
    end = folded.span(0, dates[0].end)[1]
    if paragraph[end : end + 1] != " " or paragraph[end + 1 : end + 2].isspace():
        return None  # a page's stamp and credit lie spaced apart: 2022-10-25     충청매일 제휴/뉴시스
    if not _AGENCY_OPENER.search(paragraph, end, end + _OPENING_DATE_REACH):
        return None  # no agency in brackets or between slashes after the date: a sentence's date, read no further
    inner = find_dateline(paragraph[end + 1 :])
    if inner is None or inner.place is None or inner.agency is None or inner.dates:
        return None
    if not (inner.place.isupper() or is_place(inner.place)):
        return None  # a credit's name where the place would stand
    return _offset(paragraph[: end + 1], inner)._replace(dates=tuple(dates[:1]))


#: The first one, two or three words of a paragraph: where a place before a date may end.
_OPENING_WORDS = tuple(re.compile(rf"[^\W\d_][^\s\d]*(?:[ \t]+[^\W\d_][^\s\d]*){{{count - 1}}}") for count in (1, 2, 3))


def _place_then_whole_date(paragraph: str) -> DatelineMatch | None:
    """The dateline of a known place of up to three words, a whole date with its year, and the
    lede's first word with no mark between (``Addis Ababa April  19/2017  Prime Minister …``), as
    a page that printed its dateline in bold leaves it; not when the word joins the date to
    another (``نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015``). None for any other paragraph,
    most of which are told so by having no figure near their start."""
    if not paragraph[:1].isalpha() or _FIGURE.search(paragraph, 0, _OPENING_DATE_REACH) is None:
        return None
    for words in _OPENING_WORDS:
        place = words.match(paragraph)
        if place is None or not paragraph[place.end() : place.end() + 1].isspace():
            break
        if not is_place(place.group()):
            continue  # most paragraphs' first words: told before any date is looked for
        start = len(paragraph) - len(paragraph[place.end() :].lstrip(" \t"))
        dated = _whole_date_before_word(paragraph[start : start + _OPENING_DATE_REACH])
        if dated is not None:
            dates, length = dated
            return DatelineMatch(paragraph[: start + length].rstrip(), place.group(), dates, None, start + length)
    return None


#: A city in capitals, maybe its country or state after a comma, a comma and a day of the month
#: alone, then a full stop or a spaced dash before the lede: ``ROMA, 1. A quasi …``, ``CARACAS,
#: Venezuela, 23 - Cuban …``.
_CAPITALS_AND_DAY = re.compile(
    r"(?P<place>(?P<city>[A-ZÀ-Þ][A-ZÀ-Þ '-]{2,30})(?:,[ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?),[ \t]+"
    r"(?P<day>[0-3]?\d)(?:\.|[ \t]+[-–—]{1,3})[ \t]+(?=[^\W\d_]|[\"“«])"
)


def _capitals_and_day(paragraph: str) -> DatelineMatch | None:
    """The dateline of a city in capitals the gazetteer knows, a comma and a day of the month
    alone (:data:`_CAPITALS_AND_DAY`), which the reference date gives its month and year, as a
    paper prints the day of its own issue; None for any other paragraph, or when the lede's
    first word ends as a date's last does."""
    found = _CAPITALS_AND_DAY.match(paragraph)
    if found is None or not possible_day(int(found["day"])) or not is_place(found["city"]):
        return None
    if paragraph[found.end() :].split(maxsplit=1)[0].endswith((".", ",")):
        return None  # a word closing the date, a month this reader does not know: KRASNOJARSK, 13. Maerz.
    day = day_of_month(*found.span("day"), int(found["day"]))
    return DatelineMatch(paragraph[: found.end()].rstrip(), found["place"], (day,), None, found.end())


#: The year closing a date printed before the lede.
_YEAR_CLOSING = re.compile(r"(?<!\d)\d{4}$")
#: Spaces, and a word after them: where the lede opens after a date.
_WORD_AFTER = re.compile(r"[ \t]+(?=[^\W\d_])")


def _whole_date_before_word(text: str) -> tuple[tuple[DateMatch, ...], int] | None:
    """The whole date, its year last, that ``text`` opens with, and where the word after it starts
    (past the spaces between): the lede's first word, which no date goes on with, in a script with
    capitals opening with one (``June 11, 2025 In``), in one without any word (``ሚያዝያ 22/2010
    የኢትዮጵያ``) but a connector of dates (``الموافق``). None when ``text`` does not open so."""
    if not text[:1].isalnum() or _FIGURE.search(text) is None:
        return None  # most texts, told before any date is looked for
    folded = fold(text)
    dates = find_dates(folded.text)
    if not dates or dates[0].start != 0 or dates[0].year is None or dates[0].month is None:
        return None
    end = folded.span(0, dates[0].end)[1]
    if not _YEAR_CLOSING.search(text, 0, end):
        return None
    word = _WORD_AFTER.match(text, end)
    if (
        word is None
        or text[word.end()].islower()
        or fold_key(text[word.end() :].split()[0]) in dateline_words().connectors
    ):
        return None
    return (dates[0],), word.end()


def _place_glued_to_date(paragraph: str) -> DatelineMatch | None:
    """The dateline of a known place glued to the page's date in ISO figures, read as if spaced
    (``Luleå2024-04-15 09:59``); None for any other opening, a section's name glued so too
    (``Brott2021-09-25``, "crime"; ``송고시간2020-02-10``, "sent")."""
    if "-" not in paragraph[:_GLUED_REACH]:
        return None  # nearly every paragraph: no date in ISO figures near its start
    glued = _GLUED_TO_ISO_DATE.search(paragraph, 0, _GLUED_REACH)
    if glued is None or not is_place(paragraph[: glued.end()]):
        return None
    return _read_spaced(paragraph, glued.end())


def _read_unglued(paragraph: str, joints: re.Pattern[str]) -> DatelineMatch | None:
    """The dateline ``paragraph`` opens with once the first of ``joints`` in its reach is
    spaced (:func:`_read_spaced`); None when there is none, or none that the joint is inside."""
    glued = joints.search(paragraph, 0, _GLUED_REACH)
    if glued is None or (glued.group() == "." and not paragraph[max(glued.start() - 2, 0) : glued.start()].isalpha()):
        return None  # a full stop glued after a word, never after an initial (U.S.Army)
    return _read_spaced(paragraph, glued.end())


def _read_spaced(paragraph: str, joint: int) -> DatelineMatch | None:
    """The dateline ``paragraph`` opens with once a space is put at ``joint``, as printed (the
    space taken out again); None when there is none, or none that the joint is inside."""
    match = _read_opening(f"{paragraph[:joint]} {paragraph[joint:]}")
    if match is None or match.lede_start <= joint:
        return None
    end = match.lede_start - 1
    unglued = match._replace(raw=paragraph[:end].rstrip(), lede_start=end)
    return _with_what_follows(paragraph, unglued)


#: One capitalised name (or two joined by a slash) and a full stop opening a paragraph, as local
#: papers print the town they report from, the gazetteer's or not: ``Betzdorf. Kunden …``,
#: ``Lüdenscheid/Südwestfalen. Die …``, ``Westerkappeln. „Der …``.
_TOWN = r"(?P<place>[^\W\d_][\w'’-]{3,30}(?:/[^\W\d_][\w'’-]{2,30})?)\."
_PLACE_AND_FULL_STOP = re.compile(rf"{_TOWN}[ \t]+")
#: Such a name and its full stop as a line of their own: ``ХАНКАЛА.``, ``Dresden-Trachau.``.
_TOWN_ALONE = re.compile(_TOWN)
#: How many letters a name in capitals alone on its line before a full stop, unknown to the
#: gazetteer, must have to be a place.
_CAPITALS_LINE_LETTERS = 6
#: How many words the sentence after such a name must have at least: a caption's are fewer (``Awokado. Fot. PAP``).
_SENTENCE_WORDS = 6
#: What such a sentence may open with besides a capital: an opening quotation mark.
_OPENING_QUOTES = '„"“«‚‘'


def _place_and_full_stop(paragraph: str) -> DatelineMatch | None:
    """The dateline of :data:`_PLACE_AND_FULL_STOP` opening ``paragraph`` before a sentence, or
    of such a place alone on its line, or after a byline (:func:`_byline_and_town`); None
    otherwise, or for a name that is none (:func:`_names_no_place`)."""
    found = _PLACE_AND_FULL_STOP.match(paragraph)
    if found is None:
        return _byline_and_town(paragraph) or _place_line_and_full_stop(paragraph)
    place = found.group("place")
    rest = paragraph[found.end() :]
    if not found.group()[0].isupper() or not _sentence_follows(rest, figures=rest[:1].isdigit() and is_place(place)):
        return None
    if _names_no_place(place):
        return None
    return DatelineMatch(paragraph[: found.end()].rstrip(), place, (), None, found.end())


def _sentence_follows(rest: str, *, figures: bool = False) -> bool:
    """Whether ``rest``, after a town's full stop, is a sentence: a capital or an opening quote,
    or with ``figures`` (after a town the gazetteer knows) a figure (``Враца. 33-ма жители …``),
    and more words than a caption's."""
    opens = rest[:1].isupper() or rest[:1] in _OPENING_QUOTES or (figures and rest[:1].isdigit())
    return opens and len(rest.split(maxsplit=_SENTENCE_WORDS)) > _SENTENCE_WORDS


#: A byline and the town the story was filed from, run together on one line as a paper's archive
#: prints them: ``Von Axel Hofmann Berlin. Nachts um 2.09 Uhr …``; the byline's word, up to three
#: names, the town and its full stop.
_BYLINE_AND_TOWN = re.compile(rf"(?P<byline>\S+(?P<names>(?:[ \t]+[^\W\d_][\w'’.-]*){{1,3}}?))[ \t]+{_TOWN}[ \t]+")


def _byline_and_town(paragraph: str) -> DatelineMatch | None:
    """The dateline of a byline's word and capitalised names run into a town the gazetteer knows
    and its full stop (:data:`_BYLINE_AND_TOWN`), before a sentence; the byline stays in the
    dateline as printed."""
    if not opens_with_byline(paragraph):
        return None  # nearly every paragraph, told before the pattern is tried
    found = _BYLINE_AND_TOWN.match(paragraph)
    if found is None or not is_place(found["place"]):
        return None
    if not all(name[0].isupper() for name in found["names"].split()) or not found["place"][0].isupper():
        return None
    if not _sentence_follows(paragraph[found.end() :]):
        return None
    return DatelineMatch(paragraph[: found.end()].rstrip(), found["place"], (), None, found.end())


def _names_no_place(name: str) -> bool:
    """Whether ``name``, before a full stop, is an agency's (read by :func:`~.outlets.outlet_opening`:
    ``Arminfo. The Central Bank …``) or a word of a stamp or label (``Update.``), no place."""
    key = fold_key(name)
    return registry().lookup(name) is not None or key in dateline_words().prose or key in story_labels()


def _place_line_and_full_stop(paragraph: str) -> DatelineMatch | None:
    """The dateline of a line of its own that is a place and a full stop, the story in the
    paragraph below: a name in capitals (``ХАНКАЛА.``), or a district after a city the gazetteer
    knows (``Dresden-Trachau.``). Not a word alone otherwise, which many a place's name is too
    (``More.``, ``Split.``), nor a short one in capitals (``MORE.``, a wire's take marker) the
    gazetteer does not know, nor a label (``UPDATE.``)."""
    line = paragraph.strip()
    alone = _TOWN_ALONE.fullmatch(line)
    if alone is None:
        return None
    place = alone["place"]
    city, hyphen, district = place.partition("-")
    in_capitals = place.isupper() and (len(place) >= _CAPITALS_LINE_LETTERS or is_place(place))
    in_city = bool(hyphen) and city.istitle() and district[:1].isupper() and is_place(city)
    if not (in_capitals or in_city) or _names_no_place(place):
        return None
    return DatelineMatch(line, place, (), None, len(paragraph))


def _with_what_follows(paragraph: str, match: DatelineMatch) -> DatelineMatch:
    """``match`` with what its readers leave after it but belongs to it: a reporter's name or a
    time of day closing the line, the agency in brackets after the separator, a date after
    the agency."""
    line = paragraph.rstrip()
    if line.endswith(":") and _REPORTER.fullmatch(line, match.lede_start):
        return _whole_line(paragraph, match)
    rest = paragraph[match.lede_start :]
    reporter = _SLASHED_REPORTER.match(rest) if match.raw.endswith("/") else None
    if reporter is not None:
        # A reporter's name between slashes after the agency: DUSHANBE, 31 August – “Avesta” /B. Khairuddinov/. –
        end = match.lede_start + reporter.end()
        return match._replace(raw=paragraph[:end].rstrip(), lede_start=end)
    if rest[:1] in ",،" and len(rest.rstrip()) <= _NOTE_LENGTH and "\n" not in rest:
        # No lede opens with a comma: a short note closing a dateline line, as a monitoring
        # service notes the language it translated from (Tirana, 15.2.2002, ATA, engl.), or
        # the date after the agency (Georgetown, GINA, February 21, 2012).
        return _whole_line(paragraph, match)._replace(dates=match.dates or _date_closing(rest[1:]))
    if match.agency is None and _outlet_closing(rest):
        # An outlet's name closing a dateline line: نيالا: زاجل 24 نيوز
        return _whole_line(paragraph, match)._replace(agency=rest.strip())
    if match.dates and match.agency is None and (clock := _CLOCK_BEFORE_CREDIT.match(rest)):
        # The time of day between the date and the credit: Nuku’alofa – May 3, 2019:5.15pm (…)
        credit = _CREDIT_AFTER.match(rest, clock.end())
        if credit is not None and plausible_agency(fold(credit.group("name")).text):
            return _ending_at(paragraph, match, match.lede_start + credit.end(), agency=credit.group("name"))
    credit = _CREDIT_AFTER.match(rest) if match.agency is None and rest[:1] == "(" else None
    if credit is None and match.agency is None and rest[:1].isupper():
        # ... or its initials closed by a full stop: SAN JUAN. AP.  Un hombre …
        initials = _INITIALS_AFTER.match(rest)
        credit = initials if initials is not None and registry().lookup(initials.group("name")) else None
    if credit is not None and _names_agency(credit.group("name")):
        # The agency in brackets after the separator: HAVANA, Cuba.- (acn) Two flora tributes …
        end = match.lede_start + credit.end()
        match = match._replace(raw=paragraph[:end].rstrip(), agency=credit.group("name"), lede_start=end)
        rest = paragraph[end:]
    if (rest[:1].isdigit() and is_time_stamp(rest)) or is_page_number(rest):
        # The time of day closing the line: Lima, Perú (01 febrero 2023) .-17:35 hrs; or the
        # printed page's number: Thu, Dec 27, 2012 - Page 6; or the page's stamp, whose date
        # dates a place alone: Roskilde - 27. april 2021 kl. 10:57 Af Lars Kimer.
        return _stamped_line(paragraph, match, rest)
    note = _NOTE_AFTER.match(rest)
    if note is not None and notes_the_story(fold(note["note"]).text.split()):
        # A note that the story was updated, after the separator: BRASÍLIA  -  (Atualizada às 2h04) Nos …
        return match._replace(
            raw=paragraph[: match.lede_start + note.end("note") + 1], lede_start=match.lede_start + note.end()
        )
    filed = time_of_day_end(rest) if match.raw.endswith(("-", "–", "—")) else None
    if filed is not None and _DASH_AFTER_CLOCK.match(rest, filed):
        # The time it was filed, between the dateline's dash and one of its own: ABIDJAN, 5 juil (AFP) – 23h13 – Voici …
        return _ending_at(paragraph, match, match.lede_start + filed)
    if _place_alone(match) and len(rest) <= _STAMP_REACH and is_time_stamp(rest.strip()):
        # ... or the page's whole stamp after a place alone: भोपाल : बुधवार, अक्टूबर 28, 2020, 17:52 IST.
        return _stamped_line(paragraph, match, rest)
    if match.dates:
        # Most ledes have no figure near their start, and are told so before any date is looked for.
        stamped = rest[:1].isalnum() and _FIGURE.search(rest, 0, _DAY_REACH) is not None
        stamp = _whole_date_before_word(rest[:_OPENING_DATE_REACH]) if stamped else None
        last = match.dates[-1]
        if stamp is None or (stamp[0][0].month, stamp[0][0].day) != (last.month, last.day):
            return match
        # The page's stamp of the dateline's day, the lede glued on: Sydney, Aug 4 (AFP) Aug 04, 2025 Australian …
        end = match.lede_start + stamp[1]
        return match._replace(raw=paragraph[:end].rstrip(), dates=stamp[0], lede_start=end)
    if dates := _date_closing(rest):
        # A date after the agency closing the line: TEHRAN (AFP) Aug 24, 2005.
        return _whole_line(paragraph, match)._replace(dates=dates)
    after_comma = _COMMA_DATE.match(rest) if match.agency is not None else None
    if after_comma is not None and (dates := _date_maybe_stamped(after_comma.group("date"))):
        # ... or after a comma, before the separator: Georgetown, GINA, February 21, 2012 - The;
        # ABIDJAN (Reuters), jeudi 19 septembre 2002, 19h54 - Une …
        return _ending_at(paragraph, match, match.lede_start + after_comma.end(), dates=dates)
    slashed = (_SLASHED_DATE.match(rest) or _DATE_THEN_SLASH.match(rest)) if match.raw.endswith("/") else None
    if slashed is not None and (dates := dates_alone(fold(slashed.group("date")).text)) and dates[0].year:
        # ... or after the slash that parts it from the credit, the lede glued on (Source: GNA /
        # 24.12.2014 President …) or after a slash of its own (NEW YORK, NY / ACCESSWIRE / November 7, 2025 / Acme …)
        lede = match.lede_start + slashed.end()
        return match._replace(raw=paragraph[:lede].rstrip(), dates=dates, lede_start=lede)
    dashed = _dashed_date(rest) or _whole_date_before_word(rest[:_OPENING_DATE_REACH])
    if dashed is not None:
        # ... or before a dash of its own: ANKARA (A.A) - 25.03.2011 - These are …; or, with its
        # year, before the lede's first word: Abuja, Nigeria – June 11, 2025 In a historic move …
        dates, length = dashed
        end = match.lede_start + length
        return match._replace(raw=paragraph[:end].rstrip(), dates=dates, lede_start=end)
    return match


#: A dash after a dateline or a part of it: a run of up to three hyphens, or an en or em dash.
_DASH = "(?:-{1,3}|[–—])"
#: A note in brackets opening what follows a dateline, then the lede.
_NOTE_AFTER = re.compile(r"\((?P<note>[^()\n]{1,40})\)[ \t]+(?=\S)")
#: A dash after a time of day that follows a dateline's dash: the time is the dateline's.
_DASH_AFTER_CLOCK = re.compile(rf"[ \t]*{_DASH}[ \t]+")
#: A name, its closing slash and a dash: what follows a credit's opening slash when a reporter
#: is named between slashes (``“Avesta” /B. Khairuddinov/. –``).
_SLASHED_REPORTER = re.compile(rf"[^\W\d_][^/\n\d]{{1,40}}/\.?[ \t]*{_DASH}[ \t]+")
#: A whole date in figures, then the lede's capital: what may follow a credit's slash.
_SLASHED_DATE = re.compile(rf"(?P<date>{FIGURE_DATE})[ \t]+(?=[^\W\d_])")
#: A whole date closed by a slash of its own and a space: what follows a credit's slash in a
#: press-release wire's dateline (``/ ACCESSWIRE / November 7, 2025 / Acme …``).
_DATE_THEN_SLASH = re.compile(r"(?P<date>[^/\n]{4,30}?)[ \t]*/[ \t]+(?=\S)")
#: How long a note after a comma closing a dateline line may be.
_NOTE_LENGTH = 30
#: How many words, and characters, an outlet's name closing a dateline line, or in a dated credit,
#: may have.
_OUTLET_WORDS = 4
_OUTLET_LENGTH = 40


def _credits_outlet(text: str, candidate: Candidate, place_span: tuple[int, int] | None) -> bool:
    """Whether a bracketed credit the registry lacks names a news outlet (a few words, one of
    them an outlet's: :func:`~.words.names_outlet`) where it anchors a dateline with no mark
    after it: opening the paragraph, or right after a known place (``(لاہور نیوز) پنجاب حکومت``,
    ``میر پور(وقت نیوز) بنگلہ دیش``)."""
    if text[candidate.start : candidate.start + 1] not in ("(", "（"):
        return False
    if candidate.start > 0 and (place_span is None or not is_place(text[slice(*place_span)])):
        return False
    return names_outlet(text[candidate.name_start : candidate.name_end].split(), _OUTLET_WORDS)


#: An outlet's initials, in capitals or small letters: ``THPL``, ``ognp``.
_INITIALS_WORD = re.compile(rf"[A-Z]{{2,6}}|[a-z]{{2,{_INITIALS}}}")


def _initials_opening(paragraph: str, folded: Folded, candidate: Candidate, written: str) -> bool:
    """Whether a name the registry lacks, ``written`` in brackets opening the paragraph with no
    mark after it, is an outlet's initials crediting the story (``(THPL) Năm 2020 …``, ``(ognp)
    As Sri Lanka …``): one word of a few letters, in capitals or small letters, that labels no
    story (``(VIDEO)``, ``(FOTO)``) and names no place, before the lede's capital."""
    if candidate.start != 0:
        return False
    lede = paragraph[folded.span(candidate.end, candidate.end)[0] :].lstrip(" \t")
    key = fold_key(written)
    return (
        _INITIALS_WORD.fullmatch(written) is not None
        and lede[:1].isupper()
        and key not in story_labels()
        and key not in photo_labels()
        and not is_bracketed_place(written)
    )


def _filed_from(text: str, candidate: Candidate, place_span: tuple[int, int], printed: str) -> tuple[int, int] | None:
    """The place a bracketed name the registry lacks names, after the name ``place_span`` holds:
    after a byline or a paper's name the gazetteer does not know, the bracketed place it knows
    (or a province), where the story was filed (مصطفى ياسين، وكالات (بيروت، نيويورك)- رأى …, L’AURORE BORÉALE (Yukon)
    – Des …); after one word, a town's, both, the bracketed place or province its district or
    region (নবাবগঞ্জ (ঢাকা):, Graal-Müritz (Mecklenburg-Vorpommern) –). None for anything else,
    or after a town and its state cut short, as ``printed`` before the bracket: ``RENO, Nev.
    (KOLO) -``, a station whose call letters spell a place. Asked only of such names, the
    gazetteer is loaded only for them."""
    bracketed, before = text[candidate.name_start : candidate.name_end], text[slice(*place_span)]
    one_word = len(before.split()) == 1
    province = is_province(bracketed)
    if (province or is_place(bracketed)) and not (is_place(before) or is_place_and_region_cut_short(printed)):
        return (place_span[0], candidate.end) if one_word else (candidate.name_start, candidate.name_end)
    if one_word and province:
        return place_span[0], candidate.end
    return None


def _outlet_closing(rest: str) -> bool:
    """Whether ``rest``, what is left of a paragraph after its dateline, is a news outlet's name
    and nothing else (a few words, one of them an outlet's: :func:`~.words.names_outlet`)."""
    if len(rest) > _OUTLET_LENGTH or _SENTENCE_MARK.search(rest):
        return False  # most ledes, never folded
    return names_outlet(fold(rest).text.split(), _OUTLET_WORDS)


#: What a sentence holds that a name does not.
_SENTENCE_MARK = re.compile(r"[.!?؟،,;:]")


#: How long what follows a place alone may be to be the page's stamp, looked at before it is read.
_STAMP_REACH = 80


def _place_alone(match: DatelineMatch) -> bool:
    """Whether ``match`` names a place and nothing else, closed by a colon, dash or space, not a
    bar: a bar parts a page's row of furniture (``أمن | 7-12-2020, 17:59 |``)."""
    return match.place is not None and not match.dates and match.agency is None and "|" not in match.raw


def _whole_line(paragraph: str, match: DatelineMatch) -> DatelineMatch:
    """``match`` grown to the whole of ``paragraph``, a dateline line of its own."""
    return match._replace(raw=paragraph.rstrip(), lede_start=len(paragraph))


def _stamped_line(paragraph: str, match: DatelineMatch, stamp: str) -> DatelineMatch:
    """``match`` grown to the whole of ``paragraph``, whose ``stamp`` closes it after the
    dateline: the stamp's dates date a place alone (:func:`_place_alone`), and no other."""
    dates = tuple(find_dates(fold(stamp).text)) if _place_alone(match) else match.dates
    return _whole_line(paragraph, match)._replace(dates=dates)


#: A date after the dateline, closed by a dash of its own: ``25.03.2011 -``, ``August 7, 2003 -``.
#: The separator before it may be glued to it, the dash after it to the lede: ``(A.A) -04.02.2007 -"I``.
_DATE_DASHED = re.compile(rf"{_DASH}?(?P<date>[^\W_][^\n]{{3,25}}?)[ \t]+{_DASH}(?:[ \t]+|(?=[\"“«]))")


#: A date after a comma, before the separator or the end of the line: ``, February 21, 2012 -``,
#: ``, mercredi 18 septembre 2002, 19h54 -``.
_COMMA_DATE = re.compile(r"[,،][ \t]*(?P<date>[^\n:;–—-]{4,40}?)(?=[ \t]*(?:[:;–—-]|$))", re.MULTILINE)


def _date_maybe_stamped(text: str) -> tuple[DateMatch, ...]:
    """The dates ``text`` prints when it prints nothing else (``February 21, 2012``), or its one
    date when it is a stamp of the day and the time it was filed (``jeudi 19 septembre 2002,
    19h54``); none otherwise."""
    folded = fold(text).text
    dates = dates_alone(folded)
    if dates or not is_time_stamp(text):
        return dates
    stamped = find_dates(folded)
    return tuple(stamped) if len(stamped) == 1 else ()


#: An agency's name in brackets opening the lede, then maybe a dash: ``(acn) Two flora …``.
_CREDIT_AFTER = re.compile(rf"\((?P<name>[^()\d\n]{{2,30}})\)[ \t]*(?:{_DASH}[ \t]+)?")


#: A time of day, then a credit in brackets: ``3:47pm(Nuku’alofa Times):``, ``9.55pm (Radio/TV Tonga):``.
_CLOCK_BEFORE_CREDIT = re.compile(
    r"[ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?|hrs?\.?|h)?[ \t]*(?=\()", re.IGNORECASE
)


#: An agency's initials opening the lede, closed by a full stop: ``AP.  Un hombre …``.
_INITIALS_AFTER = re.compile(r"(?P<name>[A-Z]{2,8})\.[ \t]+(?=\S)")


def _names_agency(name: str) -> bool:
    """Whether ``name`` in brackets after a dateline is an agency's: one the registry knows,
    initials (``acn``, ``NNA``), or an outlet's few words (``راولپنڈی:(ملت آن لائن)``)."""
    if registry().lookup(name) is not None or (name.isalpha() and len(name) <= _INITIALS):
        return True
    return names_outlet(fold(name).text.split(), _OUTLET_WORDS)


def _dashed_date(text: str) -> tuple[tuple[DateMatch, ...], int] | None:
    """The date opening ``text`` and closed by a dash of its own, and where the dash ends; None
    when ``text`` does not open so."""
    dashed = _DATE_DASHED.match(text)
    if dashed is None or not any(char.isdigit() for char in dashed.group("date")):
        return None  # most paragraphs, told without folding: a date in words alone is not looked for here
    dates = dates_alone(fold(dashed.group("date")).text)
    return (dates, dashed.end()) if dates else None


def _date_closing(rest: str) -> tuple[DateMatch, ...]:
    """The date ``rest``, what is left of a paragraph after its dateline, is all of, if it is short
    and nothing but a date (and its marks)."""
    if not rest.strip() or len(rest) > _CLOSING_DATE_REACH:
        return ()
    return dates_alone(fold(rest).text)


def _read_opening(paragraph: str) -> DatelineMatch | None:
    folded = fold(paragraph[: SEARCH_LIMIT + 40])
    text = folded.text
    east_asian = read_cjk(folded)
    if east_asian:
        return from_reading(paragraph, folded, east_asian)
    reported = read_report_opening(paragraph) if paragraph.startswith("به") else read_outlet_origin(paragraph)
    if reported is not None:
        return reported
    credited = _bracketed_first(paragraph) if paragraph[:1] in "(（" else _credit_list_first(paragraph)
    if credited is not None:
        return credited
    dated_credit = _credit_holding_date(paragraph, folded)
    if dated_credit is not None:
        return dated_credit
    stamp_end = leading_stamp_end(paragraph)
    if stamp_end:
        inner = find_dateline(paragraph[stamp_end:])
        if inner is not None and inner.place is not None and (inner.agency or inner.dates):
            return _offset(paragraph[:stamp_end], inner)
    for candidate in candidates(text):
        if candidate.start > SEARCH_LIMIT:
            break
        if candidate.bare:
            start, end = folded.span(candidate.start, candidate.end)
            if printed_as_word(paragraph[start:end], paragraph, paragraph[end : end + 2]):
                continue
            if _in_hyphenated_place(paragraph, start, end):
                continue  # a word of a place's name: Royaume-Uni is no UNI's
        elif not candidate.known and is_word_ending(paragraph, folded.span(candidate.start, candidate.end)[0]):
            continue  # a word's plural or other ending in brackets: Schlagwort(e):, Key word(s):
        if _in_address(paragraph, *folded.span(candidate.name_start, candidate.name_end)):
            continue  # a site's name inside a picture's address: https://cdn-assetd.kompas.id/…
        prefix = read_prefix(text[: candidate.start], day_alone=not candidate.bare)
        if prefix is None:
            continue
        place_span, dates = prefix
        site_before = place_span is not None and SITE_NAME.fullmatch(text, *place_span) is not None
        if site_before:
            place_span = None  # a site's name before the agency's is its credit, never a place: RM.id  Rakyat Merdeka -
        if (
            candidate.bare
            and (place_span is None or _in_sentence(paragraph, folded, place_span))
            and not (site_before or (dates and place_span is None and _credit_after_date(text, candidate)))
            and not (place_span is None and _writer_before(paragraph, folded, candidate))
        ):
            # A bare name in a sentence, unless a credit after the date ("April 1, Fineko/abc.az.")
            # or a writer's (By Demir Azizov – Trend:).
            continue
        if candidate.bare and not dates and place_span and _uncased_phrase(folded, place_span, candidate):
            continue
        if (
            not candidate.bare
            and place_span is not None
            and _credit_closes_sentence(paragraph, folded, place_span, candidate)
        ):
            continue  # Ministers met on Monday (AFP).
        named = text[candidate.name_start : candidate.name_end]
        if not candidate.known and place_span is not None and abbreviates(text[slice(*place_span)], named):
            continue  # the initials of the words before them, no credit: Kuala Lumpur (KL) - The …
        written = paragraph[slice(*folded.span(candidate.name_start, candidate.name_end))]
        outlet = not candidate.known and (
            _credits_outlet(text, candidate, place_span) or _initials_opening(paragraph, folded, candidate, written)
        )
        if not candidate.known and not outlet and not (plausible_agency(named) and (dates or place_span)):
            continue
        if not candidate.known and (place_span is None or _glued(text, candidate)) and is_bracketed_place(written):
            # A place in brackets, with none before it or a photo credit glued to it, names no
            # agency: (Washington, DC), iStockphoto/Thinkstock(WASHINGTON) --.
            continue
        filed = (
            _filed_from(text, candidate, place_span, paragraph[slice(*folded.span(place_span[0], candidate.start))])
            if not candidate.known and place_span is not None
            else None
        )
        if filed is not None:
            match = build_match(paragraph, folded, candidate.end, None, filed, dates, separator_required=True)
            if match is not None:
                return match
            continue
        if not candidate.known and _known_marker_after(text, candidate):
            continue  # a region in brackets: Srinagar (Jammu and Kashmir) [India], Jan 5 (ANI):
        if not candidate.known and place_span is not None and names_region(written, text[slice(*place_span)]):
            continue  # a state in brackets after its city: Bhopal (Madhya Pradesh):
        # A generic credit, "(وكالات)" or "(Agencies)", anchors the dateline but names no agency;
        # nor does a byline in brackets (KINGSTOWN (By Ernesto Cooke) –), nor a word no outlet is,
        # a reporter's role or a label (PARIS (Reporters) –, (Photo)), unless in capitals,
        # an outlet's initials (BRASÍLIA, 30 (AG) -, Agência Globo's).
        label = not candidate.known and not written.isupper() and names_no_place(named)
        agency_text = None if is_generic_credit(named) or opens_with_byline(named) or label else written
        if place_span is None and not dates and (candidate.known or outlet):
            leading = agency_first(paragraph, folded, candidate.end, agency_text)
            leading = leading or _credit_first(paragraph, folded, candidate.end, agency_text)
            if leading:
                return leading
        marker_end = _agency_end(paragraph, folded, candidate) if candidate.bare else candidate.end
        dated = bool(dates) and not candidate.bare
        # A date alone before the credit anchors it only with a credit of capitalised words: July
        # 19 (The Australian) Rio Tinto's; 2019/03/29 12:30【渡嘉敷】 is a stamp and a place.
        unmarked = place_span is not None or _capitalised_credit(text, candidate, written)
        anchored = candidate.known or outlet or (dated and unmarked and _anchors_unmarked(text, candidate, written))
        dateline_end = _place_again_end(text, marker_end, place_span)
        if candidate.bare and place_span is not None and not dates and not is_place(text[slice(*place_span)]):
            after = _place_after_agency(text, marker_end)
            if after is not None:
                # A byline, the agency, then the place: Musthofid, The Jakarta Post, Jakarta Indonesia had …
                place_span, dateline_end, anchored = after, after[1], True
            elif _label_before(text, place_span, candidate, marker_end):
                place_span = None  # Logo Agência Brasil
            elif not text[place_span[1] : candidate.start].strip() and text[candidate.end :].strip():
                # Nothing but a space between a name no gazetteer knows and the agency, and words
                # after: a mark makes them a dateline (Bogor Antara -), none a sentence: أفادت قناة العربية في نبأ
                anchored = False
        match = build_match(
            paragraph,
            folded,
            dateline_end,
            agency_text,
            place_span,
            dates,
            separator_required=not anchored,
        )
        if match and candidate.bare and _DASHED_ON.match(text, candidate.end):
            longer = _line_of_parts(paragraph, folded)
            if longer is not None:
                return longer
        if match:
            return match
    return (
        read_origin_line(paragraph)
        or place_in_brackets(paragraph)
        or from_reading(paragraph, folded, read_parts(folded))
        or without_agency(paragraph, folded)
        or place_first(paragraph)
        or _date_first(paragraph)
        or (outlet_in_square_brackets(paragraph) if paragraph.startswith("[") else None)
        or _outlet_before_dash(paragraph)
        or _site_then_place(paragraph)
    )


#: A credit in brackets that holds the story's date after its agency, as UrduPoint prints the
#: copy it takes from others: ``حیدرآباد (اُردو پوائنٹ اخبارتازہ ترین - اے پی پی۔ 28 مارچ2018ء)``,
#: ``RIYADH, (UrduPoint / Pakistan Point News / WAM - 02nd Apr, 2020)``: credits, a mark, the date.
_DATED_CREDIT = re.compile(r"[(（](?P<credits>[^()（）\d\n]{2,80}?)[\s.,۔]*(?P<date>\d[^()（）\n]{3,30}?)\s*[)）]")
#: The same with the month first, after a dash, a slash or a comma: ``(Marketwired - April 06,
#: 2016)``, ``(Mindanao Examiner / Feb. 21, 2009)``, ``(Radio New Zealand International, March
#: 27, 2015)``; the credits reach to the last such mark before the month.
_DATED_CREDIT_MONTH_FIRST = re.compile(
    r"[(（](?P<credits>[^()（）\d\n]{2,80})(?:[ \t]+[-–—/][ \t]+|,[ \t]+)(?P<date>[^\W\d_][^()（）\n]{3,30}?)\s*[)）]"
)
#: How far into the paragraph such a credit's bracket may open: after a place, maybe a date.
_DATED_CREDIT_REACH = 60
_OPENING_BRACKET = re.compile("[(（]")
_FIGURE_IN_BRACKET = re.compile(r"[(（][^()（）\d\n]*\d")
#: One credit of several in such brackets, parted by dashes or slashes.
_CREDIT_PART = re.compile(r"[^-–—/]+")


def _credit_holding_date(paragraph: str, folded: Folded) -> DatelineMatch | None:
    """The dateline of a place (maybe a date) and a credit in brackets holding the agency, a
    registry one, and then the date (:data:`_DATED_CREDIT`, or month first after a dash:
    :data:`_DATED_CREDIT_MONTH_FIRST`); None for any other paragraph."""
    text = folded.text
    bracket = _OPENING_BRACKET.search(text, 0, _DATED_CREDIT_REACH)
    if bracket is None or _FIGURE_IN_BRACKET.match(text, bracket.start()) is None:
        return None  # most credits in brackets hold no date: (Xinhua)
    found, inside = _dated_credit(text, bracket.start())
    if found is None:
        return None
    prefix = read_prefix(text[: found.start()])
    if prefix is None or prefix[0] is None:
        return None
    place_span, dates = prefix
    named = _credited_name(found["credits"]) or _outlet_credit(paragraph, folded, found, place_span)
    if named is None:
        return None
    start, end = found.start("credits") + named[0], found.start("credits") + named[1]
    date = inside[0]._replace(start=inside[0].start + found.start("date"), end=inside[0].end + found.start("date"))
    written = paragraph[slice(*folded.span(start, end))]
    return build_match(paragraph, folded, found.end(), written, place_span, (date, *dates))


def _dated_credit(text: str, start: int) -> tuple[re.Match[str] | None, list[DateMatch]]:
    """The credit in brackets at ``start`` whose date is all it holds after the credits, and
    that date; (None, []) when there is none, and when the brackets hold a date alone, its
    month's name first, which no credit is (``Barcelona, (abr. 1/16).``)."""
    for pattern in (_DATED_CREDIT, _DATED_CREDIT_MONTH_FIRST):
        found = pattern.match(text, start)
        printed = found["date"].rstrip() if found is not None else ""
        inside = find_dates(printed) if printed else []
        if found is not None and len(inside) == 1 and (inside[0].start, inside[0].end) == (0, len(printed)):
            held = find_dates(text[found.start() + 1 : found.end() - 1])
            return (None, []) if held and held[0].start == 0 else (found, inside)
    return None, []


def _credited_name(credits: str) -> tuple[int, int] | None:
    """Where, in a dated credit's ``credits``, the last the registry knows is written; None if none is."""
    for part in reversed(list(_CREDIT_PART.finditer(credits))):
        credit = part.group()
        name = _registry_name(credit.strip(" .۔"))
        if name:
            start = part.start() + len(credit) - len(credit.lstrip())
            return start, start + len(name)
    return None


def _outlet_credit(
    paragraph: str, folded: Folded, found: re.Match[str], place_span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Where, in the ``credits`` of a dated credit ``found`` in the folded paragraph, an outlet
    the registry lacks is named, after a place: one name of a few capitalised words, after a
    place the gazetteer knows (``ZAMBOANGA CITY, Philippines (Mindanao Examiner / Feb. 21, 2009)
    Government troops …``) or with a word only outlets' names have, after a place it lacks
    (``Zamboanga Sibugay (Zamboanga Journal / 31 Mar) Zamboanga …``); None otherwise."""
    credits = found["credits"]
    name = credits.strip(" .,;/-–—")
    if not name or place_span is None or not plausible_agency(name):
        return None
    if not (is_place(folded.text[slice(*place_span)]) or names_outlet(name.split(), _OUTLET_WORDS)):
        return None
    start = credits.index(name)
    written = paragraph[slice(*folded.span(found.start("credits") + start, found.start("credits") + start + len(name)))]
    return (start, start + len(name)) if all(word[:1].isupper() for word in written.split()) else None


def _registry_name(credit: str) -> str | None:
    """The registry agency's name ``credit`` is, or opens with before words of its own (UrduPoint
    credits itself as ``اردو پوائنٹ تازہ ترین اخبار``, "UrduPoint latest news"); None if neither."""
    ends = [word.end() for word in re.finditer(r"\S+", credit)]
    return next((credit[:end] for end in reversed(ends) if registry().lookup(credit[:end])), None)


def _outlet_before_dash(paragraph: str) -> DatelineMatch | None:
    """The credit of a story opening with an outlet's name (:func:`~.outlets.outlet_opening`),
    and then maybe the agency it took the story from (``Sharjah24 – WAM: His Highness …``)."""
    opening = outlet_opening(paragraph)
    if opening is None:
        return None
    name, end = opening
    return _dateline_after(paragraph, end, name) or DatelineMatch(paragraph[:end].rstrip(), None, (), name, end)


#: A site's name opening the story, and a comma: ``Liputan6.com, ``.
_SITE_AND_COMMA = re.compile(rf"(?P<site>{SITE_NAME.pattern}),[ \t]+", re.IGNORECASE)
#: How many words the place after it may have, and how far into the paragraph it is looked for.
_SITE_PLACE_WORDS = 3
_SITE_PLACE_REACH = 80


def _site_then_place(paragraph: str) -> DatelineMatch | None:
    """The dateline of a site's name, a comma and a known place of up to three words, then the
    capitalised lede with no mark between (``Liputan6.com, Jakarta Kapolri …``): the site's
    credit anchors it, the lede's capital closes it, the longest such place is taken."""
    credited = _SITE_AND_COMMA.match(paragraph)
    if credited is None:
        return None
    words = paragraph[credited.end() : credited.end() + _SITE_PLACE_REACH].split(" ", _SITE_PLACE_WORDS + 1)
    for count in range(min(_SITE_PLACE_WORDS, len(words) - 1), 0, -1):
        place, following = " ".join(words[:count]), words[count]
        if following[:1].isupper() and not following.isupper() and is_place(place):
            end = credited.end() + len(place)
            return DatelineMatch(paragraph[:end], place, (), credited["site"], end + 1)
    return None


def _date_first(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with a whole date, its year included, and a dash,
    as Thai copy prints it (``28 ธ.ค.2564 - นายธนกร …``), or a semicolon and a credit closed by
    a colon (``04 Feb 2023; MEMO: The Egyptian …``); a date without its year there is as
    often the story's first words."""
    credited = _DATE_THEN_CREDIT.match(paragraph) if paragraph[:1].isdigit() else None
    if credited is not None and credit_name(credited["credit"]):
        dates = dates_alone(fold(credited["date"]).text)
        if dates and dates[0].year is not None:
            credit = None if is_generic_credit(fold_key(credited["credit"])) else credited["credit"]
            return DatelineMatch(paragraph[: credited.end()].rstrip(), None, dates, credit, credited.end())
    dashed = _dashed_date(paragraph)
    if dashed is None or dashed[0][0].year is None:
        return _stamp_first(paragraph)
    dates, end = dashed
    return DatelineMatch(paragraph[:end].rstrip(), None, dates, None, end)


#: Where a page's stamp opening the paragraph may end: a space before a letter, within reach.
_STAMP_END = re.compile(r"[ \t]+(?=[^\W\d_])")
_STAMP_REACH = 45
#: A stamp's year: four figures; or, in a stamp opening with its day, two after a Thai month's
#: abbreviation (``12 ต.ค. 62``, 2562 of the Buddhist era), as Thai copy prints it.
_YEAR = re.compile(r"\d{4}")
_THAI_SHORT_YEAR = re.compile(r"(?:(?<=[\u0e01-\u0e2e]\.)|(?<=[\u0e01-\u0e2e]\. ))\d\d(?!\d)")
_FIGURE = re.compile(r"\d")


def _stamp_first(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with a page's stamp, a whole date with its year and
    maybe a weekday and time, then the lede capitalised (``février 26, 2023 Le président …``,
    ``Søndag 20. november 2016 kl. 14:59 Angela …``, or in a script without capitals: ``29 มี.ค.
    2563 สภาลม…``): the stamp ends with its year or time, or None."""
    year = _YEAR.search(paragraph, 0, _STAMP_REACH)
    if year is None and paragraph[:1].isdigit():
        year = _THAI_SHORT_YEAR.search(paragraph, 0, _STAMP_REACH)
    if year is None or not (paragraph[:1].isdigit() or _names_day(paragraph[:_STAMP_REACH].split(maxsplit=1)[0])):
        return None
    for gap in _STAMP_END.finditer(paragraph, year.end(), _STAMP_REACH + 1):
        stamp, after = paragraph[: gap.start()], paragraph[gap.end() :]
        if not stamp[-1:].isdigit() or not _opens_story(after) or not is_stamp(stamp):
            continue
        folded = fold(stamp).text
        dates = find_dates(folded)
        if len(dates) != 1 or dates[0].year is None or dates[0].day is None:
            return None
        weekday = folded[: dates[0].start].strip(" ,.")
        if weekday and weekday not in dateline_words().weekdays:
            return None  # a place or a credit before the date: ينبع26 شوال 1436هـ
        return DatelineMatch(stamp, None, tuple(dates), None, gap.end())
    return None


def _names_day(word: str) -> bool:
    """Whether ``word`` names a month or a weekday, as a stamp's first word may."""
    key = fold_key(word).strip(".,")
    words = dateline_words()
    return key in words.gregorian_months or key in words.weekdays


#: How long the text after a page's stamp must be to be a story's first paragraph, not the
#: rest of a stamp line (``Feb 3, 2009, 4:56 AM | Article By: …``).
_STORY_AFTER_STAMP = 80


def _opens_story(text: str) -> bool:
    """Whether ``text`` is a story's first paragraph: long enough, and opening with a
    capitalised word, not one in capitals (``AM``), or with a letter of a script without case."""
    first = text[:2]
    cased = first[:1].isupper() and not first.isupper()
    return len(text) >= _STORY_AFTER_STAMP and (cased or not (first[:1].islower() or first[:1].isupper()))


#: A date, a semicolon, and a credit closed by a colon: ``04 Feb 2023; MEMO:`` (Middle East Monitor).
_DATE_THEN_CREDIT = re.compile(r"(?P<date>\d[^;:\n]{5,25});[ \t]*(?P<credit>[^\W\d_][^;:\n]{1,30}?)[ \t]*:[ \t]+")


def _anchors_unmarked(text: str, candidate: Candidate, written: str) -> bool:
    """Whether a name the registry lacks, after a place and a date, anchors the dateline with no
    separator after it: in capitals, one capitalised word, in a script without capitals, or
    in brackets, initials in small letters or a few capitalised words (Ulaanbaatar, January 8
    (MONTSAME) The Minister, Abidjan, 28 août (Apic) Plus, القاهرة 7 نوفمبر (الأهرام) قال,
    HAVANA, Cuba, Jun 17 (acn) Army, Ulaanbaatar, July 19 (The Australian) Rio Tinto's)."""
    if written.isupper() or (" " not in written.strip() and written[:1].isupper()):
        return True
    if text[candidate.start : candidate.start + 1] not in "(（[【":
        return False
    if _capitalised_credit(text, candidate, written):
        return True
    if written.isalpha() and written.islower() and len(written) <= _INITIALS:
        return True
    return not any(char.isupper() or char.islower() for char in written)


def _capitalised_credit(text: str, candidate: Candidate, written: str) -> bool:
    """Whether a name the registry lacks is a few capitalised words in round brackets: an
    outlet's (The Australian), as no weekday, caption or aside is printed after a date."""
    bracketed = text[candidate.start : candidate.start + 1] in "(（"
    return bracketed and written[:1].isupper() and credit_name(written)


def _in_sentence(paragraph: str, folded: Folded, place_span: tuple[int, int]) -> bool:
    """Whether the place read before an alias standing bare has words in small letters, in copy
    that has capitals: the alias is then in a sentence (``Dakar - Les quotidiens … à APA``)."""
    place = paragraph[slice(*folded.span(*place_span))]
    return not capitalised(place) and any(char.isupper() for char in paragraph)


def _credit_closes_sentence(paragraph: str, folded: Folded, place_span: tuple[int, int], candidate: Candidate) -> bool:
    """Whether the credit in brackets ``candidate`` closes the paragraph after words in small
    letters the gazetteer does not know as a place: a sentence or a caption credited to an
    agency (``Ministers met on Monday (AFP).``), whose words would otherwise be read as a
    place and leave no story; a dateline on a line of its own names a place as places are
    printed (``PARIS, Nov. 7 (AFP)``)."""
    end = folded.span(candidate.start, candidate.end)[1]
    if paragraph[end:].strip(" .。"):
        return False  # a story follows: the dateline's, whatever its place
    return _in_sentence(paragraph, folded, place_span) and not is_place(paragraph[slice(*folded.span(*place_span))])


#: A mark beside an alias standing bare that parts it from the place or the lede: a dash,
#: colon, slash, comma or bracket, or the line's end.
_MARK = re.compile(r"[ \t]*(?:[-–—:/,،()\[\]]|$)", re.MULTILINE)


def _uncased_phrase(folded: Folded, place_span: tuple[int, int], candidate: Candidate) -> bool:
    """Whether words of a script without capitals before an alias standing bare, with no mark
    on either side of it, are a phrase of the story rather than a place: two or more words the
    gazetteer does not know (``قررت اللجنة العليا العمانية المكلفة``, "the Omani committee decided")."""
    if folded.text[place_span[1] : candidate.start].strip() or _MARK.match(folded.text, candidate.end):
        return False
    return is_uncased_phrase(folded.original[slice(*folded.span(*place_span))], least_words=2)


def _glued(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate``'s bracket is glued to the word before it, as a credit printed
    before a place in brackets is (``Tim Boyle/Getty Images(SYDNEY)``); not to a figure, as an
    agency's may be to the year before it (``June 18, 2021(Walta) –``)."""
    return candidate.start > 0 and not text[candidate.start - 1].isspace() and not text[candidate.start - 1].isdigit()


def _known_marker_after(text: str, candidate: Candidate) -> bool:
    """Whether an agency the registry knows is named in brackets after ``candidate``, which it
    does not know, with only place and dates between them: the first brackets then hold the
    place's region (``Srinagar (Jammu and Kashmir) [India], Jan 5 (ANI):``), not an agency."""
    later = next((marker for marker in bracketed(text[:SEARCH_LIMIT], candidate.end) if marker.known), None)
    return later is not None and read_prefix(text[: later.start], day_alone=True) is not None


def _line_of_parts(paragraph: str, folded: Folded) -> DatelineMatch | None:
    """A dateline line of parts that goes on past its agency to a short place closing it:
    ``ممدوح العويضي - د ب أ - جدة`` is reporter, agency and place, not place and agency. Only
    a whole line with a place of a word or two (a lede after the agency's dash is longer), and
    not one a colon closes, where the name after the agency is a reporter's (:data:`_REPORTER`)."""
    reading = read_parts(folded)
    if reading is None or reading.agency is None or reading.place is None:
        return None
    if reading.end < len(folded.text.rstrip()):  # not the whole line (and so not past the parts' reach)
        return None
    if folded.text.rstrip().endswith(":"):  # a reporter closes the line: القاهرة - مكتب الجزيرة - آمنة عيد:
        return None
    if len(folded.text[slice(*reading.place)].split()) > _CLOSING_PLACE_WORDS:
        return None
    return from_reading(paragraph, folded, reading)


_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")
_WORD = re.compile(r"[^\W\d_]+")


def _place_again_end(text: str, end: int, place_span: tuple[int, int] | None) -> int:
    """Where the dateline ends when the place is printed again after the agency, maybe with its
    country or state after a comma, before a colon or dash (``NEW DELHI, Nov 3 (PTI) NEW DELHI:
    The government``, ``Hunza (WebDesk) Hunza, Pakistan: President …``): after it; else ``end``."""
    if place_span is None:
        return end
    place = text[slice(*place_span)]
    spaces = _SPACES_BEFORE.match(text, end)
    if spaces is None or not text.startswith(place, spaces.end()):
        return end
    again = spaces.end() + len(place)
    region = _REGION_AFTER_PLACE.match(text, again)
    if region is not None and is_region(region["region"], place):
        again = region.end()
    return again if _MARK_AFTER_PLACE.match(text, again) else end


#: What parts the place printed again from what precedes it, its region after a comma, and what
#: follows them: a colon or dash.
_SPACES_BEFORE = re.compile(r"[ \t]+")
_REGION_AFTER_PLACE = re.compile(r",[ \t]*(?P<region>[^\W\d_]+(?:[ \t][^\W\d_]+)?)(?=[ \t]*[:\-–—])")
_MARK_AFTER_PLACE = re.compile(r"[ \t]*[:\-–—]")


def _label_before(text: str, place_span: tuple[int, int], candidate: Candidate, end: int) -> bool:
    """Whether the word read as the place of an agency standing bare is a label of the line it
    closes, no place: one word no gazetteer knows, with no mark before the agency
    (``Logo Agência Brasil``, ``Serbia’s Tanjug``); a place and a mark are a dateline line
    (``رام االله - سبأنت``), and so are a name and a place joined by a hyphen (``Zeki GÜNAL-İSTANBUL DHA``)."""
    before = text[slice(*place_span)]
    return not text[end:].strip() and not text[place_span[1] : candidate.start].strip() and len(before.split()) == 1


def _place_after_agency(text: str, end: int) -> tuple[int, int] | None:
    """The span of a known place of up to three words printed after a comma at ``end``, after
    an agency standing bare, before the lede (``, Hong Kong China's imminent entry``)."""
    comma = _COMMA_AFTER.match(text, end)
    if comma is None:
        return None
    words = list(_WORD.finditer(text[comma.end() : comma.end() + 60]))
    for count in (3, 2, 1):
        if len(words) > count:
            place = (comma.end(), comma.end() + words[count - 1].end())
            if is_place(text[slice(*place)]):
                return place
    return None


#: A credit joined by a slash to the site it is published on: ``Fineko/abc.az``.
_CREDIT_AND_SITE = re.compile(rf"[^\W\d_][\w-]*/{SITE_NAME.pattern}")


#: A colon (maybe glued to the lede) or spaced dash right after an agency's name standing bare:
#: the dateline's separator.
_MARK_AFTER = re.compile(r"[ \t]*(?::-?|[-–—]{1,2}[ \t])")


def _credit_after_date(text: str, candidate: Candidate) -> bool:
    """Whether the alias standing bare at ``candidate``, after a date alone, is the dateline's
    credit: joined by a slash to its site's name (``April 1, Fineko/abc.az.``), which no
    sentence holds, or closed by the separator (ESAT's ``ጥቅምት 06 ቀን 2011 ዓ/ም ኢሳት ዜና :-``)."""
    site = _CREDIT_AND_SITE.fullmatch(text, candidate.name_start, candidate.name_end) is not None
    return site or _MARK_AFTER.match(text, candidate.end) is not None


#: A site's domain glued to an agency's name: ``NETRALNEWS.COM``.
_DOMAIN = re.compile(SITE_DOMAIN + r"\b")
#: A region's name of a word or two hyphenated to an agency's name before a spaced dash or a colon:
#: the agency's regional service (``ИНТЕРФАКС-УРАЛ -``, ``ИНТЕРФАКС-ДАЛЬНИЙ ВОСТОК -``).
_REGIONAL_SERVICE = re.compile(r"-[^\W\d_]{2,}(?:[ \t][^\W\d_]{2,})?(?=[ \t]+[-–—]|[ \t]*:)")


def _agency_end(paragraph: str, folded: Folded, candidate: Candidate) -> int:
    """Where the dateline of an agency standing bare ends: after its site's domain glued to
    it (``JAYAPURA, NETRALNEWS.COM -``; a word glued to a full stop, ``AFP.Le président``, is
    the lede's) or its regional service's name hyphenated to it (:data:`_REGIONAL_SERVICE`),
    and after a correspondent or a generic credit printed after it
    (:data:`_AFTER_AGENCY`), else with the agency."""
    text = folded.text
    end = candidate.end
    site = _DOMAIN.match(text, candidate.end)
    if site is not None:
        printed = paragraph[slice(*folded.span(*site.span()))].lstrip(".")
        end = site.end() if printed.islower() or printed.isupper() else end
    service = _REGIONAL_SERVICE.match(text, end)
    if service is not None and paragraph[slice(*folded.span(*service.span()))].isupper():
        end = service.end()  # printed in capitals, as the agency's own name is
    after = _AFTER_AGENCY.match(text, end)
    if after is None:
        return end
    generic = after.group("generic")
    if generic is not None and not is_generic_credit(generic):
        return end
    return after.end()


def _bracketed_first(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with brackets that hold brackets of their own (a
    syndication credit: :func:`_credit_first`) or a whole dateline (:func:`_dateline_in_brackets`);
    None for any other, whose brackets are read as a marker."""
    index = _closing_bracket(paragraph[:_WRAPPED_REACH])
    if index is None:
        return None
    inside = paragraph[1:index]
    if "(" in inside or "（" in inside:
        # (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Oct 30 (KUNA) --: the dateline proper, after
        # the credit, names the place (and the agency, taken before the credit's).
        folded = fold(paragraph[: index + 1])  # folding may drop marks (tatweel), so its length is its own
        return _credit_first(paragraph, folded, len(folded.text), None)
    return _dateline_in_brackets(paragraph, index)


def _dateline_in_brackets(paragraph: str, index: int) -> DatelineMatch | None:
    """The whole dateline, place and date, in the brackets opening ``paragraph`` and closing at
    ``index``, as press releases print it, maybe a separator after them: ``(Chilpancingo, March
    15, 2007) Governor …``, ``(Prince George, BC – April 18, 2019) –``; None if they hold another."""
    inside = paragraph[1:index]
    if _FIGURE.search(inside) is None:
        return None  # most such brackets hold an agency's name alone: (Xinhua)
    # Read as if a dash parted it from the lede: all it holds must be the dateline, with a date
    # and a place the gazetteer knows (``(RV- jeudi 19 janvier 2006)`` is Radio Vatican's credit).
    dash = " – "
    read = _find_dateline(inside + dash + paragraph[index + 1 :].lstrip())
    if read is None or not read.dates or read.lede_start != len(inside + dash) or not is_place(read.place or ""):
        return None
    end = separator_end(paragraph, index + 1)
    return read._replace(raw=paragraph[:end].rstrip(), lede_start=text_start(paragraph, end))


#: One credit of a list: a name of one word (``Afp``, ``Reuters``, ``Xinhua``).
_LISTED = r"[^\W\d_][\w.]{1,20}+"


@cache
def _credit_list() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of credits opening the paragraph, parted by commas and maybe a word for "and"
    before the last (:func:`~.words.conjunction_pattern`), and the comma after it (La Jornada's
    ``Afp, Ap, Reuter, Ansa, Dpa y Efe, Lima, 18 de diciembre Un comando …``); and what parts
    its names."""
    conjunction = rf",?[ \t]+{conjunction_pattern()}[ \t]+"
    listed = re.compile(rf"{_LISTED}(?:,[ \t]*{_LISTED})*(?:{conjunction}{_LISTED}|,[ \t]*{_LISTED})[ \t]*,[ \t]*")
    return listed, re.compile(rf"{conjunction}|[ \t]*,[ \t]*")


#: How far into the paragraph a list's first comma comes at most: after two names and a conjunction.
_LIST_REACH = 48


def _credit_list_first(paragraph: str) -> DatelineMatch | None:
    """The dateline after a list of agencies, each credited with the story, the first of them
    (which the registry knows, as it does one more) its author, as in a joint credit (``(ats
    afp)``): ``Ap, Afp, Reuters y Dpa, Santafé de Bogotá, 21 de junio El candidato …``. None
    unless a place and a date follow."""
    if "," not in paragraph[:_LIST_REACH]:
        return None  # most paragraphs: no comma as early as a list's second name
    credit_list, parts = _credit_list()
    listed = credit_list.match(paragraph)
    if listed is None:
        return None
    names = [name for name in parts.split(listed.group()) if name]
    known = [registry().lookup(name) is not None for name in names]
    if not known[0] or sum(known) < 2:
        return None  # the first, and one more at least, known: Inter Press Service's Ips may close it
    found = _dateline_after(paragraph, listed.end(), names[0])
    return found if found is not None and found.place is not None and found.dates else None


def _closing_bracket(text: str) -> int | None:
    """Where the bracket opening ``text`` closes, brackets inside it counted; None if it does not."""
    depth = 0
    for index, char in enumerate(text):
        depth += char in "(（"
        depth -= char in ")）"
        if depth == 0:
            return index
    return None


def _credit_first(paragraph: str, folded: Folded, marker_end: int, agency: str | None) -> DatelineMatch | None:
    """``(MENAFN - IANS) Mumbai, Aug 6 (IANS) ...``: a syndication credit printed before the
    dateline proper, which names the place (and its own agency, taken before the credit's)."""
    _, end = folded.span(0, marker_end)
    offset = text_start(paragraph, end)
    if offset >= len(paragraph) or not paragraph[offset].isalpha():
        return None
    found = _dateline_after(paragraph, offset, agency)
    return found if found is not None and found.place is not None else None


def _dateline_after(paragraph: str, start: int, agency: str | None) -> DatelineMatch | None:
    """The dateline read in ``paragraph`` from ``start`` on, after a credit, as one of the whole
    paragraph, credited to its own agency, else to the credit's ``agency``."""
    inner = find_dateline(paragraph[start:])
    if inner is None:
        return None
    return _offset(paragraph[:start], inner)._replace(agency=inner.agency or agency)


def _offset(before: str, inner: DatelineMatch) -> DatelineMatch:
    """The dateline ``inner``, read in the text after ``before``, as one of the whole paragraph,
    ``before`` (a credit or a time stamp) kept at the front of what it printed."""
    return inner._replace(raw=before + inner.raw, lede_start=len(before) + inner.lede_start)

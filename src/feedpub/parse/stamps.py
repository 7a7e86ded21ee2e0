"""A page's time stamps and reading times: furniture between headline and story.

News pages print when a story was posted or updated (``10/30/2023 10:05:19 AM``,
``Xinhua | 06.07.2021 11h31``, ``Mis à jour le 26-02-2021``) and how long it takes to read
(``1 Min Read``), on lines above the dateline or before it in its paragraph. Neither is the
dateline nor the lede; :mod:`.opening` passes over such lines and :mod:`.datelines` over
such a stamp opening the dateline's paragraph.
"""

from __future__ import annotations

import re
from functools import cache

from ..fold import fold, fold_key
from .dates import DateMatch, find_dates, outside_dates
from .words import is_unspaced_sentence, page_labels, story_labels, time_ago_phrases

#: How long a time stamp line may be, and how many words besides its date it may have; one
#: more beside a time of day, which no sentence prints (``Darpan News Desk The Canadian Press, 12
#: May, 2023 01:25 PM``), where ``The minister said on 3 May 2020 that he`` is the lede.
_STAMP_LENGTH = 70
_STAMP_WORDS = 5
#: How many stamps one line may hold: posted, then updated.
_STAMPS = 2
#: A time of day in figures (``10:05:19 AM``), and a date in figures (``10/30/2023``, ``2025-11-07``).
_HOUR_MINUTE = r"\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?"
FIGURE_DATE = r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}"
#: A time of day in any of its printed forms (``10:05:19 AM``, ``11h31``, ``11 h43``, ``22h20min``,
#: Canadian French ``07 h 28 min``, Flemish ``13u17``, ``20時30分``; with a full stop, only before
#: what says it is a time, as ``18.15`` may be a date: ``18.15 GMT``, ``6.25pm``; with a spaced
#: colon, as Nepali pages print it: ``१६ : १७``), and that or a date in figures: what a stamp
#: holds besides its few words.
_TIME_OF_DAY = re.compile(
    rf"{_HOUR_MINUTE}|\d{{1,2}} : \d{{2}}\b|\d{{1,2}} ?[hu] ?\d{{2}}(?: ?min)?\b|\d{{1,2}}時\d{{1,2}}分"
    r"|\d{1,2}\.\d{2} ?(?i:[ap]\.?m\b\.?|gmt\b|utc\b|hrs?\b)"
)
#: A time zone's offset after a clock time: ``GMT+4``, ``UTC+03:00``.
_OFFSET = r"(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d\d)?"
_CLOCK = re.compile(rf"{_TIME_OF_DAY.pattern}|{FIGURE_DATE}|{_OFFSET}", re.IGNORECASE)
#: A count of minutes' unit in the languages news pages print it in: ``min``, ``minutes``,
#: ``minutos``, ``Min.``, Romanian ``minut``, Hungarian ``perc``, Turkish ``dakika``, Persian and
#: Arabic ``دقیقه``, ``دقائق``, Russian ``мин.``.
_MINUTES = r"(?:min(?:ute|uto|utos|uti|uten|uty|ut)?s?\.?|perc|dakika|دقیقه|دقيقة|دقائق|мин\.?|минут[аы]?)"
#: How long a story takes to read, as news pages print it above the story: the minutes and what
#: says they are reading's (``1 Min Read``, ``3 min de lectura``, ``4 min di lettura``, ``3 Min.
#: Lesezeit``, ``2 minuty czytania``, ``6 dakika okuma süresi``, ``3 دقائق للقراءة``), or the
#: minutes alone, their unit maybe printed twice (``1 minut min``); or a label and then the
#: minutes (``Reading Time: 12 mins read``, ``Lecture : 3 min.``, ``Lesezeit: 2 Min.``, ``Tempo de
#: leitura: 4 min``, Persian ``زمان مطالعه: ۳ دقیقه``, Arabic ``وقت القراءة: 3 دقائق``, Russian
#: ``Время чтения: 3 мин.``, Turkish ``Okuma süresi: 3 dakika``).
_READING_TIME = re.compile(
    rf"\d{{1,2}}\s*{_MINUTES}(?:\s+{_MINUTES})?(?:\s+(?:read|(?:de |di |do )?(?:lectura|lecture|lettura|leitura|citit"
    r"|lectură)|lesezeit|czytania|čtení|olvasás|okuma(?: süresi)?|للقراءة|قراءة|مطالعه|читать|чтения|leestijd))?"
    r"|(?:reading time|lecture|temps de lecture|lectura|tiempo de lectura|leitura|tempo de leitura|lettura"
    rf"|tempo di lettura|lesezeit|leestijd|زمان مطالعه|وقت القراءة|время чтения|okuma süresi)\s*:?\s*\d{{1,2}}\s*"
    rf"{_MINUTES}(?:\s+read)?",
    re.IGNORECASE,
)
#: A stamp printed before the dateline in its paragraph: ``16/01/2007 15:38 TEHRAN, January 16
#: (RIA Novosti) -``, with a dash and a time in any of its forms (``14/02/2017 – 07h20 Brest
#: (Breizh-Info.com) –``), ``(Updated 2:59pm, 28 March 2009) KUALA LUMPUR, 28 March 2009:``, or a
#: time of day and a bar: ``10:00 | Lima, Mar. 7.``, or a comma before the date (24.kg's
#: ``15:45, 03 марта 2021, Бишкек - 24.kg``).
_LEADING_STAMP = re.compile(
    rf"(?:\((?:updated|posted|published)\b[^()\n]{{1,40}}\)|{FIGURE_DATE}(?:\s+[-–—])?\s+(?:{_TIME_OF_DAY.pattern})"
    rf"|{_HOUR_MINUTE}[ \t]+\|)"
    rf"[ \t]+(?=[^\W\d_])|{_HOUR_MINUTE},[ \t]+(?=\d)",
    re.IGNORECASE,
)


def is_stamp(line: str) -> bool:
    """Whether ``line`` is a page's time stamp: a date or a clock time, and at most a few words
    (``posted on``, ``Mis à jour le``, the site's name) besides; or two such, as when a page
    prints when it posted and updated the story on one line (``Publié le 07 décembre 2017 à
    16h49 Modifié le 07 décembre 2017 à 16h50``)."""
    return read_stamp(line) is not None


def read_stamp(line: str) -> tuple[str, tuple[DateMatch, ...]] | None:
    """The folded text of ``line`` and the dates it prints, when it is a page's time stamp
    (:func:`is_stamp`); None for any other line. What the stamp says is read from what told it
    a stamp, never folded and searched for dates again."""
    if len(line) > _STAMPS * _STAMP_LENGTH:
        return None
    folded = fold(line).text
    dates = find_dates(folded)
    if not dates and not _CLOCK.search(folded):
        return None
    stamps = min(max(len(dates), 1), _STAMPS)
    if len(line) > stamps * _STAMP_LENGTH:
        return None
    rest = outside_dates(folded, dates)
    words = [word for word in _CLOCK.sub(" ", rest).split() if any(char.isalpha() for char in word)]
    if any(map(is_unspaced_sentence, words)):
        return None  # few words, but a sentence: 【Japan Focus 特約】国連安全保障理事会の…議長は4月13日、…
    allowed = stamps * _STAMP_WORDS + (_TIME_OF_DAY.search(folded) is not None)
    if len(words) > allowed or any(char.isdigit() for word in words for char in word):
        return None
    return folded, tuple(dates)


def is_time_stamp(line: str) -> bool:
    """Whether ``line`` is a page's time stamp that gives a time of day; the length is looked at
    first, so a paragraph of the story is never searched for one."""
    return len(line) <= _STAMP_LENGTH and _TIME_OF_DAY.search(line) is not None and is_stamp(line)


#: How many words a label before how long ago a story was posted may have: ``Updated 46 minutes ago``.
_AGO_LABEL_WORDS = 2


@cache
def _time_ago() -> re.Pattern[str]:
    """CLDR's phrases for a time past (:func:`~.words.time_ago_phrases`), maybe after a label."""
    return re.compile(rf"(?:[^\s\d]+\s+){{0,{_AGO_LABEL_WORDS}}}(?:{time_ago_phrases()})")


def is_time_ago(line: str) -> bool:
    """Whether ``line`` says how long ago the story was posted, as CLDR phrases it in the main
    languages (``58 minutes ago``, ``hace 2 horas``, ``10 ชั่วโมงที่ผ่านมา``), maybe after a label
    of a word or two (``Updated``, ``อัพเดต``); the length is looked at first, so a paragraph of
    the story is never searched for one."""
    if len(line) > _STAMP_LENGTH:
        return False
    folded = fold_key(line.strip())
    return any(char.isdigit() for char in folded) and _time_ago().fullmatch(folded) is not None


#: A label and a page number: ``Page 29``, ``S. 5``.
_PAGE_NUMBER = re.compile(r"(?P<label>[^\W\d]{1,12}\.?)\s*\d{1,4}")


#: How long a page number's line may be, its label's twelve letters and four figures spaced.
_PAGE_NUMBER_LENGTH = 24


def is_page_number(line: str) -> bool:
    """Whether ``line`` is a printed paper's page number (``Page 29``, ``Seite 3``: :func:`~.words.page_labels`);
    its length is looked at first, so a paragraph of the story is never searched for one."""
    if len(line) > _PAGE_NUMBER_LENGTH:
        return False
    found = _PAGE_NUMBER.fullmatch(line.strip())
    return found is not None and fold_key(found["label"]) in page_labels()


def is_reading_time(line: str) -> bool:
    """Whether ``line`` says how long the story takes to read (Reuters' ``1 Min Read``)."""
    return _READING_TIME.fullmatch(line.strip()) is not None


#: A page's stamp or a label of the story's kind in square brackets opening a paragraph:
#: ``[October 23, 2008]  JUNEAU, Alaska (AP) --``, ``[Update] JUNEAU, Alaska (AP) --``; or in
#: round ones, as an aggregator prints when it took the story: ``(Di mercoledì 13 gennaio 2021)
#: Roma, 13 gen. (Adnkronos) -``.
_BRACKETED_STAMP = re.compile(r"(?:\[(?P<stamp>[^\[\]\n]{2,40})\]|\((?P<round>[^()\n]{2,40})\))[ \t]+(?=[^\W\d_])")


#: A picture's file name a page left glued before the dateline: ``A0157351.jpgTEHRAN (Fars News Agency)-``.
_PICTURE_FILE = re.compile(r"[\w-]{1,60}\.(?:jpe?g|png|gif|webp)(?=\s*[^\W\d_])", re.IGNORECASE)


def leading_stamp_end(paragraph: str) -> int:
    """Where a time stamp opening ``paragraph`` before its dateline ends, or 0; in brackets, a
    label of the story's kind ends there too (``[Update] JUNEAU, …``), and so
    does a picture's file name (``A0157351.jpgTEHRAN …``)."""
    picture = _PICTURE_FILE.match(paragraph)
    if picture is not None:
        return picture.end()
    if paragraph[:1] not in "([0123456789":
        return 0
    bracketed = _BRACKETED_STAMP.match(paragraph) if paragraph[:1] in "[(" else None
    if bracketed is not None:
        stamp = bracketed.group("stamp") or bracketed.group("round")
        if fold_key(stamp) in story_labels() or is_stamp(stamp):
            return bracketed.end()
    # ... and what round brackets hold that is neither may still be a note of when the story
    # was updated, posted or published: (Updated with quotes) LONDON …
    stamped = _LEADING_STAMP.match(paragraph)
    return stamped.end() if stamped else 0

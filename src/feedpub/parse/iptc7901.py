"""IPTC 7901 and ANPA-1312 wire text: the transmission envelope stripped, the header read.

**IPTC 7901** (dpa, and telex-era agencies): ``SOH`` (or ``ZCZC``) opens a header line of
selector and serial number, priority, category, word count and the agency; keyword lines
(``Germany-politics/``) follow; ``STX`` opens the headline block, which ends at the line
ending ``=`` (version lines such as ``1ST LEAD`` and a ``By ...`` line before it); the body
runs to ``ETX`` (or ``NNNN``), where the date-time group stands (``071341 GMT Okt 15``:
day 07, 13:41 GMT, October 2015).

**ANPA-1312** (AP): ``SYN SYN SOH`` opens a line of service level, message number and
selector; the next line holds priority, category, format, the keyword (slug), version,
reference date and word count; after ``STX``, lines opening with ``^`` are the keyword line,
the headline, notes and the by-line, indented lines are the body, and the date-time group
(``AP-WF-11-13-13 0745GMT``) closes it before ``ETX``.

Either way the body is then read as wire copy, so its dateline is found as in plain text.
A file may carry a stream of messages, one envelope after another: each is read, and
named by its selector and serial number (else by a digest of its text).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..errors import ArticleError
from .decode import Decoded, decode
from .story import Item, Story, byline_names, digest_key, stated

SYN, SOH, STX, ETX, EOT, US = "\x16", "\x01", "\x02", "\x03", "\x04", "\x1f"
#: A 7901 header: selector and serial number, priority, category, word count, then the rest.
_HEADER_7901 = re.compile(r"^\s*([A-Za-z]+)(\d+)\s+(\d)\s+([A-Za-z]+)\s+(\d+)\s*(.*)$")
#: A 7901 date-time group: day, hour, minute, GMT (dpa sometimes leaves it out), month, two-digit year.
_DTG_7901 = re.compile(r"(\d{2})(\d{2})(\d{2})\s+(?:GMT\s+)?([^\W\d_]{3,})\.?\s+(\d{2})\b")
#: The languages whose month names date-time groups are written in (dpa's German, ATS's French...).
DTG_LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "pt", "sv", "da", "nb")
#: An ANPA date-time group: agency, MM-DD-YY and HHMM GMT.
_DTG_ANPA = re.compile(r"([A-Z]{2,})-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})\s*GMT")
#: An ANPA second header line: priority, category, format codes, keyword, ..., MM-DD and word count.
_HEADER_ANPA = re.compile(r"^(\S)\s(\S)[\x11-\x14]*\s+(\S+)(.*?)\s(\d{2}-\d{2})\s+(\d+)\s*$")
#: A dpa closing line of desk initials (``dpa bwh bag``), and a notebook heading (``# dpa NOTEBOOK``).
_CLOSING = re.compile(r"^[a-z-]+(?: [a-z]{2,4})+$")
_ANPA_NOTE = re.compile(r"^(Eds:|AP Photos?|EDITOR'S NOTE|Editor's Note|With AP Photo|AP Video)", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """What a 7901 or ANPA header says: selector, serial number, priority, category, keyword(s)."""

    selector: str | None = None
    number: str | None = None
    priority: str | None = None
    category: str | None = None
    keywords: tuple[str, ...] = ()
    agency: str | None = None


#: The envelope's control characters, which code-page detection must not weigh.
_CONTROLS = bytes(code for code in range(32) if code not in (9, 10, 13)) + b"\x7f"


def decode_wire(data: bytes, encoding: str | None) -> Decoded:
    """Wire text's bytes as text: as plain text is decoded, except that a code page is
    detected on the text without its envelope's control characters, which alone can keep
    charset detection from naming any (ATS sends windows-1252 framed in SOH, STX and DEL)."""
    try:
        return decode(data, encoding)
    except ArticleError:
        if encoding:
            raise
        found = decode(data.translate(None, _CONTROLS))
    return replace(decode(data, found.encoding), doubt=found.doubt)


#: Where a message's envelope opens: SOH (after ANPA's SYN SYN), or ``ZCZC`` at a line's start.
_OPENING = re.compile(r"[\x16\x7f]*\x01|(?:^|(?<=\n))[\x16\x7f]*ZCZC")


def messages(text: str) -> list[str]:
    """The messages of a stream, each from its envelope's opening; text before the first
    opening stays with it, and chunks holding no letter or digit (line fill) are dropped."""
    first = next((index for index, char in enumerate(text) if char.isalnum()), len(text))
    starts = [found.start() for found in _OPENING.finditer(text) if found.start() > first]
    parts = [text[start:end] for start, end in zip([0, *starts], [*starts, len(text)], strict=True)]
    return [part for part in parts if any(char.isalnum() for char in part)] or [text]


def wire_items(text: str, anpa: bool) -> list[Item]:
    """Every message of an IPTC 7901 (or, with ``anpa``, ANPA-1312) stream as an item."""
    found = []
    for message in messages(text):
        try:
            story, header = anpa_story(message) if anpa else iptc7901_story(message)
        except ArticleError as error:
            found.append(Item(digest_key(message), False, None, str(error)))
            continue
        key = f"{header.selector or ''}{header.number}" if header.number else digest_key(message)
        found.append(Item(key, False, story))
    return found


def is_anpa(text: str) -> bool:
    """Whether wire text opens with an ANPA-1312 envelope (``SYN SYN SOH``, a unit separator in its first line)."""
    first = text.lstrip(SYN).split("\n", 1)[0]
    return first.startswith(SOH) and US in first


@cache
def months() -> dict[str, int]:
    """Month names and their first three letters, casefolded and without accents, in the
    :data:`DTG_LANGUAGES` (from CLDR, through Babel); a prefix that names two months in two
    languages (French ``jui``: juin, juillet) is left out."""
    from babel.dates import get_month_names

    found: dict[str, set[int]] = {}
    for language in DTG_LANGUAGES:
        for width in ("abbreviated", "wide"):
            for number, name in get_month_names(width, locale=language).items():
                plain = _plain(name.rstrip("."))
                for key in (plain, plain[:3]):
                    found.setdefault(key, set()).add(number)
    return {key: numbers.pop() for key, numbers in found.items() if len(numbers) == 1}


def _plain(name: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(char))


def _dtg_7901(found: re.Match[str]) -> str | None:
    day, hour, minute, month_name, year = found.groups()
    plain = _plain(month_name)
    month = months().get(plain) or months().get(plain[:3])
    try:
        return dt.datetime(2000 + int(year), month or 0, int(day), int(hour), int(minute), tzinfo=dt.UTC).isoformat()
    except ValueError:
        return None


def iptc7901_story(text: str) -> tuple[Story, Header]:
    """The story and header of an IPTC 7901 message."""
    text = text.lstrip(SYN + "\x7f \n")
    if text.startswith("ZCZC"):
        text = SOH + text[4:].lstrip(" ")
    header = Header()
    lines = text.split("\n")
    if lines and (found := _HEADER_7901.match(lines[0].removeprefix(SOH))):
        selector, number, priority, category, _, rest = found.groups()
        tokens = rest.split()
        agency = tokens[-2] if len(tokens) >= 2 and tokens[-1].isdigit() else None
        header = Header(selector, number, priority, category, (), agency)
        lines = lines[1:]
    elif lines and lines[0].startswith(SOH):
        lines = lines[1:]
    start = next((index for index, line in enumerate(lines) if line.startswith(STX)), None)
    if start is None:  # no STX: keyword lines end with "/", the headline is the first other line
        start = next((index for index, line in enumerate(lines) if line.strip() and not line.strip().endswith("/")), 0)
    keywords = [word.strip() for line in lines[:start] for word in line.split("/") if word.strip()]
    body_lines = [line.removeprefix(STX) for line in lines[start:]]
    end = next((index for index, line in enumerate(body_lines) if ETX in line or line.strip() == "NNNN"), None)
    published = None
    if end is not None:
        trailer = body_lines[end].split(ETX, 1)[-1]
        if (found_dtg := _DTG_7901.search(trailer)) is not None:
            published = _dtg_7901(found_dtg)
        body_lines = body_lines[:end]
    head_end = next((index for index, line in enumerate(body_lines) if line.rstrip().endswith("=")), None)
    if head_end is None:
        head_end = next((index for index, line in enumerate(body_lines) if line.strip()), 0)
    block = [line.strip().rstrip("=").strip() for line in body_lines[: head_end + 1] if line.strip()]
    by = [line for line in block if re.match(r"^(By|Von|Par|Por|Di|Av)\s", line)]
    rest = [line for line in block if line not in by]
    headline = rest[-1] if rest else None
    meta: dict[str, Any] = {}
    if published:
        meta["datePublished"] = published
    if keywords:
        meta["keywords"] = list(dict.fromkeys(keywords))
    if by and (authors := byline_names(by[0].split(",")[0])):
        meta["authors"] = authors
    header = Header(header.selector, header.number, header.priority, header.category, tuple(keywords), header.agency)
    slug = next((line.strip().strip("/").strip() for line in lines[:start] if line.strip().strip("/").strip()), None)
    meta |= _header_fields(header, slug)
    paragraphs = _paragraphs(body_lines[head_end + 1 :])
    return Story(headline, tuple(paragraphs), agency=header.agency, meta=meta), header


def _paragraphs(lines: list[str]) -> list[str]:
    """Blocks of lines split at blank lines, each joined into one paragraph; a dpa notebook
    (``# ...``) and the closing line of desk initials end the story."""
    found: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        stripped = line.strip().strip("\x7f")
        if stripped.startswith("#"):
            break
        if stripped:
            block.append(stripped)
        elif block:
            found.append(" ".join(block))
            block = []
    if block:
        found.append(" ".join(block))
    while found and _CLOSING.match(found[-1]):
        found.pop()
    return found


def anpa_story(text: str) -> tuple[Story, Header]:
    """The story and header of an ANPA-1312 message."""
    lines = text.lstrip(SYN).split("\n")
    first = lines[0].lstrip(SOH)
    selector = first.split(US, 1)[1].strip() if US in first else None
    number = re.sub(r"\D", "", first.split(US, 1)[0]) or None
    header = Header(selector=selector, number=number)
    if len(lines) > 1 and (found := _HEADER_ANPA.match(lines[1].strip())):
        priority, category, keyword, _, _, _ = found.groups()
        header = Header(selector, number, priority, category, (keyword,))
    start = next((index for index, line in enumerate(lines) if STX in line), None)
    if start is None:
        raise ArticleError("the ANPA-1312 message has no start-of-text (STX) character before its story")
    body = [lines[start].split(STX)[-1], *lines[start + 1 :]]
    if not any(line.startswith("^") for line in body):
        return _unmarked_story(body, header), header
    published = agency = None
    headline = summary = by = None
    paragraphs: list[str] = []
    expect_title = False
    for raw in body:
        if ETX in raw or EOT in raw or "\x0c" in raw:
            found_dtg = _DTG_ANPA.search(raw)
            if found_dtg:
                agency, month, day, year, hour, minute = found_dtg.groups()
                published = _anpa_instant(year, month, day, hour, minute)
            if ETX in raw or EOT in raw:
                break
            continue
        line = raw.strip().rstrip("<").strip()
        if found_dtg := _DTG_ANPA.fullmatch(line.lstrip("^").strip()):
            agency, month, day, year, hour, minute = found_dtg.groups()
            published = _anpa_instant(year, month, day, hour, minute)
            continue
        if raw.startswith("^"):
            line = line[1:].strip()
            if expect_title and line.endswith("="):
                expect_title = False
            elif headline is None and (line.startswith("BC-") or re.search(r",\d{3,4}$", line)):
                continue
            elif headline is None:
                headline = _typeset(line)
            elif line.startswith(("By ", "BY ")):
                by, expect_title = line.rstrip("= "), True
            elif not _ANPA_NOTE.match(line) and summary is None and not paragraphs:
                summary = line
            continue
        if line:
            paragraphs.append(_typeset(line))
    meta: dict[str, Any] = {}
    if published:
        meta["datePublished"] = published
    if header.keywords:
        meta["keywords"] = list(header.keywords)
    if authors := byline_names(by):
        meta["authors"] = authors
    if summary:
        meta["summary"] = summary
    meta |= _header_fields(header, header.keywords[0] if header.keywords else None)
    return Story(headline, tuple(paragraphs), agency=agency, meta=meta), header


def _unmarked_story(body: list[str], header: Header) -> Story:
    """An ANPA story without AP's ``^`` line marks (Kyodo): the keyword line, the headline,
    then paragraphs that each open with an indent, their lines wrapped."""
    lines: list[str] = []
    for raw in body:
        if ETX in raw or EOT in raw:
            break
        lines.append(raw.rstrip())
    content = [line for line in lines if line.strip()]
    if content and header.keywords and content[0].strip().startswith(header.keywords[0][:12]):
        content = content[1:]
    headline = content[0].strip().rstrip("+<").strip() if content else None
    paragraphs: list[str] = []
    for line in content[1:]:
        if line[:1].isspace() or not paragraphs:
            paragraphs.append(line.strip())
        else:
            paragraphs[-1] += " " + line.strip()
    meta: dict[str, Any] = {"keywords": list(header.keywords)} if header.keywords else {}
    meta |= _header_fields(header, header.keywords[0] if header.keywords else None)
    return Story(headline, tuple(_typeset(paragraph) for paragraph in paragraphs), meta=meta)


def _header_fields(header: Header, slug: str | None) -> dict[str, Any]:
    """What the header states beside the story: the priority as urgency (a 7901 digit; ANPA's
    letters have no number), the category code and the slug (the keyword line)."""
    found: dict[str, Any] = stated(header.priority, None, None)
    if header.category:
        found["category"] = header.category
    if slug:
        found["slug"] = slug
    return found


def _typeset(line: str) -> str:
    """ANPA's 7-bit stand-ins as the characters meant: `` and '' for curly quotes, `` _ `` for a dash."""
    return line.replace("``", "\u201c").replace("''", "\u201d").replace(" _ ", " \u2014 ")


def _anpa_instant(year: str, month: str, day: str, hour: str, minute: str) -> str | None:
    try:
        stamp = dt.datetime(2000 + int(year), int(month), int(day), int(hour), int(minute), tzinfo=dt.UTC)
    except ValueError:
        return None
    return stamp.isoformat()

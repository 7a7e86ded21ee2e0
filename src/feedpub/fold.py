"""Fold text for matching while remembering where each folded character came from.

Wire copy spells the same word many ways: alef with or without hamza, ya or alef
maqsura, tatweel, harakat, Arabic-Indic digits, no-break spaces, capitals. Matching
happens on the folded text; spans found there map back to the original text, so what
feedpub reports and keeps is always the text as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

_CHAR_MAP = {
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2007": " ",
    "\u3000": " ",
    "\t": " ",
    # Ethiopic comma, semicolon and preface colon, which Amharic and Tigrinya datelines print
    # where others print their own (አዲስ አበባ፣ ታሕሣሥ 14፣ 2017 (ኤፍ ኤም ሲ)).
    "፣": ",",
    "፤": ";",
    "፦": ":",
    # Apostrophes as pages print them, read as GeoNames, CLDR and most registries write them:
    # Sana’a is Sana'a.
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "ʻ": "'",
    "`": "'",
}
#: Thai writes vowels as marks above and below the letters, and they tell words apart that
#: would fold alike without them: ม.ค. (January) and มี.ค. (March). They are kept.
_THAI, _THAI_END = "\u0e00", "\u0e7f"
_DROPPED = {"\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}


@cache
def _fold_char(char: str) -> str:
    """The folded form of one character: "" for the ones dropped (tatweel, harakat, marks)."""
    if char in _DROPPED or (unicodedata.category(char) == "Mn" and not _THAI <= char <= _THAI_END):
        return ""
    if char in _CHAR_MAP:
        return _CHAR_MAP[char]
    if char.isdigit():
        value = unicodedata.digit(char, None)
        if value is not None:
            return str(value)
    # Drop accents and hamza seats: "é" -> "e", "أ" -> "ا", "ؤ" -> "و", "й" -> "и".
    base = unicodedata.normalize("NFD", char)
    if len(base) > 1 and all(unicodedata.category(mark) == "Mn" for mark in base[1:]):
        char = base[0]
    lower = char.lower()
    return lower if len(lower) == 1 else char


class Folded(NamedTuple):
    """A folded copy of ``original`` with, for each folded character, its original index. A
    named tuple: every paragraph read is folded, and one is made in a third of a frozen
    dataclass's time."""

    original: str
    text: str
    #: A ``range`` when no character was dropped: the common case costs no list of indexes.
    origin: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` span back to the original text. The marks that folding
        dropped after the span's last letter are its own: the vowel sign of ``पुणे``, the
        virama of ``ராஜஸ்தான்``, the harakat of a word's last letter."""
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else len(self.original)
            return position, position
        last = self.origin[end - 1] + 1
        if not isinstance(self.origin, range):
            while last < len(self.original) and unicodedata.category(self.original[last]) == "Mn":
                last += 1
        return self.origin[start], last


class _Table(dict[int, str]):
    """A :meth:`str.translate` table of :func:`_fold_char`, filled as characters are first met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = _Table()
#: The code points past the Basic Multilingual Plane: emoji, rare ideographs, Adlam.
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


@cache
def _bmp_table() -> list[int | None]:
    """:func:`_fold_char` of every character of the Basic Multilingual Plane as a list, by code
    point: :meth:`str.translate` looks a code point up in a list in two thirds of the time it
    takes in a dict, and nearly every paragraph read is folded. Unchanged characters are their
    own code points, dropped ones None (two and a half megabytes, made in some 15 ms)."""
    table: list[int | None] = []
    for code in range(0x10000):
        folded = _fold_char.__wrapped__(chr(code))
        table.append(ord(folded) if folded else None)
    return table


#: Single-byte code pages each of whose characters folds to one of theirs, or is dropped (checked
#: as their tables are made): Latin-1, which most Latin-script copy never leaves, and Windows'
#: Cyrillic and Arabic ones. Text of one of them alone is folded through a table of 256 bytes,
#: in a tenth of the time :meth:`str.translate` takes.
_CODE_PAGES = ("latin-1", "cp1251", "cp1256")


class _CodePage(NamedTuple):
    """A code page's characters, as a class of what lies outside them, and how its bytes fold."""

    outside: re.Pattern[str]
    table: bytes
    dropped: bytes


def _code_page(codec: str) -> _CodePage:
    """``codec``'s characters and how each of its bytes folds, as :func:`_bmp_table` folds them."""
    characters: list[str] = []
    table = bytearray(range(256))
    dropped = bytearray()
    for byte in range(256):
        try:
            character = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue  # a byte the code page leaves unassigned
        characters.append(character)
        folded = _bmp_table()[ord(character)]
        if folded is None:
            dropped.append(byte)
        else:
            (table[byte],) = chr(folded).encode(codec)  # one byte of the same page, or this fails loudly
    outside = re.compile(f"[^{''.join(re.escape(character) for character in characters)}]")
    return _CodePage(outside, bytes(table), bytes(dropped))


@cache
def _code_pages() -> tuple[tuple[str, _CodePage], ...]:
    """Each of :data:`_CODE_PAGES` and how it folds, made once a process (a few milliseconds)."""
    return tuple((codec, _code_page(codec)) for codec in _CODE_PAGES)


#: How long a text must be for its code page to be looked for: a shorter one (a name, a key) is
#: folded by the list sooner than the pages are tried.
_CODE_PAGE_LENGTH = 32


def _translated(text: str) -> str:
    """``text`` with each character folded: through a code page's bytes where it is long and holds
    that page's characters alone, else by the list of the Basic Multilingual Plane, unless a
    character lies beyond it."""
    if len(text) >= _CODE_PAGE_LENGTH:
        for codec, page in _code_pages():
            if page.outside.search(text) is None:
                return text.encode(codec).translate(page.table, page.dropped).decode(codec)
    if _BEYOND_BMP.search(text) is None:
        return text.translate(_bmp_table())
    return text.translate(_TABLE)


#: Folded Latin letters that look like Cyrillic ones, and those Cyrillic letters: typed inside a
#: Cyrillic word with the keyboard in the wrong layout (``Моcква``, ``26 cен``: a Latin c), they
#: are read as the letters they look like.
_LOOKALIKES = str.maketrans("aceopxyki", "асеорхукі")
_CYRILLIC = re.compile("[а-яёіїє]")
_LATIN = re.compile("[a-z]")
_MIXED_WORD = re.compile("[a-zа-яёіїє]+")
_NOT_LOOKALIKE = re.compile("[bdfghjlmnqrstuvwz]")


def _unmixed(folded: str) -> str:
    """``folded`` with each word that mixes Cyrillic letters and Latin lookalikes of them in
    Cyrillic letters alone; a word with another Latin letter is left as it is."""
    if folded.isascii() or _CYRILLIC.search(folded) is None or _LATIN.search(folded) is None:
        return folded  # nearly all text, found with a scan for one class of letters or two
    return _MIXED_WORD.sub(_cyrillic_word, folded)


def _cyrillic_word(word: re.Match[str]) -> str:
    text = word.group()
    mixed = _CYRILLIC.search(text) is not None and _LATIN.search(text) is not None
    return text.translate(_LOOKALIKES) if mixed and _NOT_LOOKALIKE.search(text) is None else text


def fold(text: str) -> Folded:
    """Fold ``text``: lower case, no accents, one alef, one ya, ASCII digits, no tatweel, and
    Cyrillic words read whole where Latin lookalikes were typed into them."""
    folded = _translated(text)
    if len(folded) == len(text):  # every character folds to exactly one: positions are unchanged
        return Folded(text, _unmixed(folded), range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if folded:
            chars.append(folded)
            origin.append(index)
    return Folded(text, _unmixed("".join(chars)), tuple(origin))


def fold_key(text: str) -> str:
    """The folded form of ``text`` with runs of spaces collapsed, for dictionary keys."""
    return " ".join(_translated(text).split())

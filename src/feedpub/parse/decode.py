"""Bytes to text: size limit, byte-order marks, UTF-8, then charset detection.

Arabic wire copy still arrives as windows-1256 or ISO-8859-6, and some desks save UTF-16;
charset-normalizer recognises those, and CLD2 settles between code pages of one script that
decode a file equally cleanly. A file that is UTF-8 but for a few bytes is refused, not
guessed at. Whatever the input, the text comes out NFC-normalised with ``\\n`` line ends,
and the encoding it was read with is kept for ``source.encoding``.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ArticleError
from .language import language_reading

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

#: Wire stories are a few kilobytes; anything this big is not an article.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_REMEDY = "save the file as UTF-8, or name its encoding with --encoding (such as windows-1256)"
#: How much more "chaos" (charset-normalizer's share of odd characters) a decoding may show
#: than the cleanest and still be weighed by its language: a wrong code page of the same
#: script shows a few hundredths more or fewer, mojibake of another script far more.
CHAOS_MARGIN = 0.1
#: Characters of each such decoding whose language is weighed.
LANGUAGE_EVIDENCE = 2000


#: Fewer bytes outside ASCII than this are too few to tell a legacy code page from another, or
#: from UTF-8 with stray bytes: the encoding read is then said to be a guess.
GUESS_EVIDENCE = 10
#: How many of the characters so read a warning quotes.
_QUOTED = 8


@dataclass(frozen=True)
class Decoded:
    """An article's text, the encoding it was read with, and, when that encoding was guessed
    from a handful of bytes, a warning saying so."""

    text: str
    encoding: str
    doubt: str | None = None


def read_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read a file, refusing directories, unreadable files and files over ``limit`` bytes.

    One unbuffered open, its size from the open file: a third quicker than a ``stat``
    then ``Path.read_bytes``, which a build or validation does for every article. It
    opens without waiting, so a named pipe is refused like a device, not waited on.
    """
    try:
        with open(path, "rb", buffering=0, opener=_open_without_waiting) as file:
            found = os.fstat(file.fileno())
            if not stat.S_ISREG(found.st_mode):
                raise ArticleError("this is not a regular file (a pipe, a device or a socket), so not an article")
            size = found.st_size
            if size > limit:
                raise ArticleError(
                    f"the file is {size:,} bytes; an article may have at most {limit:,} (is it really an article?)"
                )
            return file.readall()
    except PermissionError:
        raise ArticleError("cannot read the file: permission denied") from None
    except IsADirectoryError:
        raise ArticleError("this is a folder, not an article file") from None
    except FileNotFoundError:
        if os.path.islink(path):
            target = os.readlink(path)
            raise ArticleError(
                f"the file is a link to {target}, which does not exist: restore it or remove the link"
            ) from None
        raise ArticleError("no such file") from None
    except OSError as error:
        raise ArticleError(f"cannot read the file: {error.strerror or error}") from None


def _open_without_waiting(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _label(codec: str) -> str:
    """The WHATWG-style label of a Python codec name: cp1256 -> windows-1256."""
    name = codecs.lookup(codec).name
    if name.startswith("cp125") and len(name) == 6:  # cp1006, IBM's Urdu code page, is no Windows one
        return f"windows-{name[2:]}"
    if name.startswith("iso8859-"):
        return "iso-8859-" + name.split("-", 1)[1]
    return name


def _clean(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode article bytes, detecting the encoding unless ``encoding`` names it."""
    if not data.strip():
        raise ArticleError("the file is empty" if not data else "the file holds only white space")
    decoded = _decode(data, encoding)
    if not decoded.text.strip():  # a byte-order mark is no text: ﻿ alone, or with spaces in UTF-16
        raise ArticleError("the file holds only a byte-order mark and white space")
    return decoded


def _decode(data: bytes, encoding: str | None) -> Decoded:
    if encoding:
        try:
            return Decoded(_clean(data.decode(encoding)), _label(encoding))
        except LookupError:
            raise ArticleError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            raise ArticleError(
                f"the file is not valid {encoding}: byte 0x{data[error.start]:02x} at offset {error.start}"
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_clean(data.decode(codec)), _label(codec))
            except UnicodeDecodeError as error:
                raise ArticleError(
                    f"starts with a {codec} byte-order mark but is not valid {codec}: {error.reason}"
                ) from None
    if b"\x00" in data:  # before UTF-8, which allows NUL bytes: no article text holds one
        raise ArticleError(
            "the file is binary (it contains NUL bytes), not an article; if it is UTF-16 or UTF-32 text,"
            " save it as UTF-8 or with a byte-order mark"
        )
    try:
        return Decoded(_clean(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        _refuse_stray_bytes(data, error)
    from charset_normalizer import from_bytes  # imported only for the few files that are not UTF-8

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise ArticleError(f"the file is not UTF-8 and its encoding could not be detected; {_REMEDY}")
    clean = [match for match in results if match.chaos <= best.chaos + CHAOS_MARGIN]
    text, codec = _likeliest(data, str(best), best.encoding, clean)
    return Decoded(_clean(text), _label(codec), _doubt(data, text, _label(codec)))


def _doubt(data: bytes, text: str, label: str) -> str | None:
    """A warning that the encoding ``label`` was guessed from few bytes, quoting the characters
    they were read as so the user can tell (``ÿþú`` were stray bytes, ``é`` was meant); None
    when the bytes outside ASCII are enough to go on."""
    outside = sum(byte >= 0x80 for byte in data)
    if outside >= GUESS_EVIDENCE:
        return None
    characters = "".join(dict.fromkeys(char for char in text if ord(char) >= 0x80))[:_QUOTED]
    count = "one byte" if outside == 1 else f"{outside} bytes"
    return (
        f"the file is not UTF-8, and its encoding was guessed from only {count} outside ASCII, read as"
        f" {label}: {characters!r}; if that is not what was meant, {_REMEDY}"
    )


def _refuse_stray_bytes(data: bytes, error: UnicodeDecodeError) -> None:
    """Refuse a file that is UTF-8 but for a few bytes (a fragment pasted from a windows-1252
    document, a byte damaged in transfer), saying where the first one is.

    Read as a legacy code page, the UTF-8 in it would turn to mojibake ("réforme" as
    "rÃ©forme"). Text in a legacy code page only now and then holds a byte sequence that is
    valid UTF-8, so more valid non-ASCII characters than bad bytes tell the two apart.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad
    if valid < 2 or valid <= bad:
        return
    before = data[: error.start].decode("utf-8", errors="replace")
    line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
    where = f"0x{data[error.start]:02x} on line {line}, column {column}"
    if bad == 1:
        raise ArticleError(
            f"the file is UTF-8 but for one byte, {where}: replace it with the character meant"
            " (editors show it as \ufffd)"
        )
    raise ArticleError(
        f"the file is UTF-8 but for {bad} bytes, the first {where}: replace them with the characters"
        " meant (editors show them as \ufffd)"
    )


def _likeliest(data: bytes, text: str, codec: str, clean: list[CharsetMatch]) -> tuple[str, str]:
    """The decoding of ``data`` that reads most strongly as the language of ``text``
    (charset-normalizer's first decoding, with ``codec``), among the ``clean`` ones (about as
    clean as the first) and the code pages charset-normalizer deems similar to them.

    Code pages of one script decode a story about as cleanly, and charset-normalizer's order
    among them is close to chance: French in windows-1252 came first as windows-1250 ("très"
    as "trčs"), Turkish in windows-1254 as ISO-8859-10, and Czech in ISO-8859-2 was not even
    tried, being similar to windows-1250. Mojibake in another script can read strongly as
    another language (KOI8-R as Shift JIS kana), so only the first's language counts.
    """
    from charset_normalizer.constant import IANA_SUPPORTED_SIMILAR

    others: dict[str, str] = {}  # each other decoding, by the first code page giving it
    for match in clean:
        for other in (match.encoding, *match.could_be_from_charset, *IANA_SUPPORTED_SIMILAR.get(match.encoding, ())):
            try:
                decoded = data.decode(other)
            except (UnicodeDecodeError, LookupError):
                continue
            if decoded != text and decoded not in others:
                others[decoded] = other
    if not others:  # most files: no other code page gives other text
        return text, codec
    language, strongest = language_reading(text[:LANGUAGE_EVIDENCE])
    for decoded, other in others.items():
        found, score = language_reading(decoded[:LANGUAGE_EVIDENCE])
        if found == language and score > strongest:
            text, codec, strongest = decoded, other, score
    return text, codec

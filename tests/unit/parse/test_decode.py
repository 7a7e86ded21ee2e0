"""Decoding: Arabic legacy encodings, byte-order marks, and files that are not text."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from feedpub.errors import ArticleError
from feedpub.parse import parse_file
from feedpub.parse.decode import decode, read_bytes


@pytest.mark.parametrize(
    ("codec", "label"),
    [
        ("cp1256", "windows-1256"),
        ("iso-8859-6", "iso-8859-6"),
        ("utf-16", "utf-16"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-32", "utf-32"),
    ],
)
def test_seed_in_every_common_encoding_parses_the_same(codec: str, label: str, seed_path: Path, tmp_path: Path) -> None:
    """The seed saved in a legacy encoding or with a BOM parses exactly like the UTF-8 original."""
    text = seed_path.read_text(encoding="utf-8")
    original = tmp_path / "utf8" / "article.txt"
    encoded = tmp_path / codec / "article.txt"
    for file, data in ((original, text.encode()), (encoded, text.encode(codec))):
        file.parent.mkdir()
        file.write_bytes(data)
    expected = parse_file(original).article
    actual = parse_file(encoded).article
    assert expected is not None
    assert actual is not None
    assert actual["source"]["encoding"] == label
    assert {k: v for k, v in actual.items() if k != "source"} == {k: v for k, v in expected.items() if k != "source"}


#: A sentence of wire copy in each language, and the legacy code pages desks save it in.
LEGACY_COPY = {
    "fr": ("Le gouvernement français a annoncé une réforme très attendue.", ("cp1252", "iso-8859-15")),
    "es": ("El Gobierno español aprobó el viernes una reforma laboral, según el ministro.", ("cp1252", "iso-8859-1")),
    "pt": ("O Governo português aprovou o orçamento do Estado para o próximo ano.", ("cp1252",)),
    "de": ("Die Bundesregierung hat einen Gesetzentwurf zur Förderung erneuerbarer Energien beschlossen.", ("cp1252",)),
    "cs": ("Předseda vlády řekl, že vláda schválila návrh státního rozpočtu na příští rok.", ("cp1250", "iso-8859-2")),
    "pl": ("Premier powiedział, że rząd przyjął projekt budżetu na przyszły rok.", ("cp1250", "iso-8859-2")),
    "tr": ("Cumhurbaşkanı, ekonominin önümüzdeki yıl güçlü büyüyeceğini söyledi.", ("cp1254", "iso-8859-9")),
    "ru": ("Президент России выступил в пятницу с заявлением о развитии экономики страны.", ("cp1251", "koi8-r")),
    "el": ("Η κυβέρνηση ανακοίνωσε την Παρασκευή νέα μέτρα για την οικονομία.", ("cp1253",)),
    "he": ("הממשלה אישרה ביום שישי את תקציב המדינה לשנה הבאה, כך מסר שר האוצר.", ("cp1255",)),
    "zh": ("国务院总理主持召开国务院常务会议，研究部署进一步促进经济发展的措施。", ("gb18030",)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "codec"),
    [(text, codec) for text, codecs in LEGACY_COPY.values() for codec in codecs],
    ids=[f"{language}-{codec}" for language, (_, codecs) in LEGACY_COPY.items() for codec in codecs],
)
def test_legacy_code_pages_decode_to_the_text_written(text: str, codec: str) -> None:
    """Each story saved in a legacy code page comes back letter for letter, not as a sibling
    code page of its script (windows-1252 French read as windows-1250 turns "très" into "trčs")."""
    story = f"Headline\nCITY, Nov. 7 (Xinhua) -- {text}\n"
    assert decode(story.encode(codec)).text == story


def test_an_encoding_guessed_from_a_few_bytes_is_said_to_be_a_guess(tmp_path: Path) -> None:
    """ASCII but for three stray bytes decodes as some code page or other: the file is read, with
    a warning quoting what those bytes were read as, so the user can tell whether they were meant."""
    file = tmp_path / "stray.txt"
    file.write_bytes(b"Headline\nBAGHDAD, Nov. 7 (Xinhua) -- Officials said \xff\xfe\xfa on Friday.\n")
    parsed = parse_file(file)
    assert parsed.article is not None
    read_as = parsed.article["source"]["encoding"]
    assert not read_as.startswith("windows-1006")  # IBM's Urdu code page, cp1006, is no Windows one
    (warning,) = [problem for problem in parsed.problems if problem.severity == "warning"]
    assert "guessed from only 3 bytes outside ASCII" in warning.message
    assert f"read as {read_as}: " in warning.message
    assert repr(b"\xff\xfe\xfa".decode(read_as)) in warning.message


def test_an_encoding_read_from_a_whole_story_is_no_guess() -> None:
    """A story in a legacy code page holds enough letters outside ASCII to go on."""
    french = "Headline\nPARIS, 7 novembre (AFP) -- " + LEGACY_COPY["fr"][0] * 3
    assert decode(french.encode("cp1252")).doubt is None
    assert decode("Headline\nOne é\n".encode()).doubt is None  # UTF-8 is never guessed


def test_crlf_and_nfd_are_normalised() -> None:
    """CRLF line ends become LF and decomposed accents are composed (NFC)."""
    decoded = decode("GENE\u0300VE\r\nline\r".encode())
    assert decoded.text == "GENÈVE\nline\n"


def test_explicit_encoding_wins() -> None:
    """--encoding decodes with the named codec and records it."""
    assert decode("بغداد".encode("cp1256"), "windows-1256").encoding == "windows-1256"


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"", None, "the file is empty"),
        (b" \n\t\n", None, "the file holds only white space"),
        (b"\xef\xbb\xbf", None, "only a byte-order mark and white space"),  # UTF-8's mark alone
        (b"\xff\xfe \x00\n\x00", None, "only a byte-order mark and white space"),  # UTF-16's, and spaces
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "binary"),
        (b"Headline\x00\x00\x01 and more", None, "binary"),  # valid UTF-8, NULs and all
        ("Headline".encode("utf-16-le"), None, "UTF-16 or UTF-32 text, save it as UTF-8"),
        ("بغداد".encode("cp1256"), "utf-8", "not valid utf-8: byte 0xc8 at offset 0"),
        (b"abc", "klingon", "unknown encoding 'klingon'"),
        # UTF-8 with windows-1252 quotes pasted in: refused, not read as a legacy code page
        ("H\nبغداد (رويترز) - قال".encode() + b" \x93no\x94", None, "UTF-8 but for 2 bytes, the first 0x93 on line 2"),
    ],
)
def test_undecodable_input_says_why(data: bytes, encoding: str | None, message: str) -> None:
    """Empty, binary and wrongly-encoded input each get their own message."""
    with pytest.raises(ArticleError, match=message):
        decode(data, encoding)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    """A file over the size limit is refused before it is read."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(ArticleError, match="at most 100"):
        read_bytes(big, limit=100)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the process may not read gives a problem naming the cause."""
    file = tmp_path / "secret.txt"
    file.write_text("x", encoding="utf-8")

    def deny(*arguments: object, **options: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, whom permissions never stop; the package's decode() hides the module's name.
    monkeypatch.setattr(importlib.import_module("feedpub.parse.decode"), "open", deny, raising=False)
    parsed = parse_file(file)
    assert parsed.article is None
    assert parsed.problems[0].message == "cannot read the file: permission denied"


def test_dangling_symlink_is_reported(tmp_path: Path) -> None:
    """A link to nowhere is a problem, not a traceback, and the message says where it points."""
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert parse_file(link).problems[0].message == (
        f"the file is a link to {tmp_path / 'missing.txt'}, which does not exist: restore it or remove the link"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_or_a_device_is_refused_without_waiting(tmp_path: Path) -> None:
    """A pipe nobody writes to would block the build forever, /dev/zero would fill memory: both are refused."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    device = tmp_path / "zero.txt"
    device.symlink_to("/dev/zero")
    for file in (pipe, device):
        assert parse_file(file).problems[0].message.startswith("this is not a regular file")

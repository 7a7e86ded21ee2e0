"""Folding text for matching, and mapping folded spans back to the text as printed."""

from __future__ import annotations

import pytest

from feedpub.fold import fold


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("पुणे : पुणे महापालिकेचे", "पुणे"),  # Devanagari: the vowel sign ends the word
        ("ராஜஸ்தான்: ஒவ்வொரு", "ராஜஸ்தான்"),  # Tamil: the virama ends the word
        ("بيروتُ - قال", "بيروتُ"),  # Arabic: a haraka on the last letter
        ("Zürich - Die", "Zürich"),  # Latin: nothing dropped at the end
    ],
)
def test_a_span_keeps_the_marks_dropped_after_its_last_letter(text: str, word: str) -> None:
    folded = fold(text)
    end = min(folded.text.index(mark) for mark in " :" if mark in folded.text)
    start, stop = folded.span(0, end)
    assert text[start:stop] == word


def test_folding_drops_marks_and_maps_back() -> None:
    folded = fold("Ñandú ٧ نوفمبر")
    assert folded.text == "nandu 7 نوفمبر"
    assert folded.span(6, 7) == (6, 7)


def test_thai_vowel_marks_are_kept() -> None:
    """Thai vowels written as marks tell words apart: ม.ค. (January) is not มี.ค. (March)."""
    assert fold("ม.ค.").text != fold("มี.ค.").text
    assert fold("มี.ค.").text == "มี.ค."


def test_apostrophes_fold_to_one_keeping_positions() -> None:
    """Curly, modifier and grave apostrophes fold to the straight one, character for character."""
    folded = fold("Sana’a, Nukuʻalofa, Jordan`s")
    assert folded.text == "sana'a, nuku'alofa, jordan's"
    assert isinstance(folded.origin, range)


def test_latin_lookalikes_typed_into_a_cyrillic_word_fold_to_cyrillic() -> None:
    """A Latin c in ``Моcква`` or ``26 cен`` folds to the Cyrillic с, keeping positions; a word
    with a Latin letter no Cyrillic one looks like, or a Latin word, is left as it is."""
    folded = fold("Моcква, 26 cен, Кiїв, iPhone-ом, cocoa")
    assert folded.text == "москва, 26 сен, кіів, iphone-ом, cocoa"
    assert isinstance(folded.origin, range)


def test_characters_beyond_the_basic_multilingual_plane_fold_too() -> None:
    """Adlam (which Fula is written in) has capitals and digits of its own past U+FFFF, and a
    variation selector there is a mark: text holding them folds as every other text does."""
    folded = fold("𞤀𞤣𞤤𞤢𞤥 𞥑 Ñ\U000e0100x")
    assert folded.text == "𞤢𞤣𞤤𞤢𞤥 1 nx"
    assert folded.span(9, 10) == (10, 11)  # the x, past the selector dropped


@pytest.mark.parametrize("codec", ["latin-1", "cp1251", "cp1256"])
def test_text_of_one_code_page_folds_as_the_same_characters_among_others_do(codec: str) -> None:
    """Text of one single-byte code page's characters alone (Latin-1, Windows' Cyrillic, Windows'
    Arabic) is folded through a table of bytes: every character of the page folds there as it
    does in text holding others too (a Chinese character here), those dropped (harakat) included."""
    page = "".join(bytes([code]).decode(codec, errors="ignore") for code in range(256))
    assert fold(page).text == fold(page + "中").text[:-1]


def test_latin_cyrillic_and_arabic_fold_through_their_code_pages() -> None:
    assert fold("ÉCOLE  Straße, 5 de março ² «») ").text == "ecole  straße, 5 de marco 2 «») "
    assert fold("МОСКВА, 5 мая (ТАСС) — Ёлка").text == "москва, 5 мая (тасс) — елка"
    assert fold("بغداد 7 نوفمبر 2025 (شينخوا) - قالَ").text == "بغداد 7 نوفمبر 2025 (شينخوا) - قال"

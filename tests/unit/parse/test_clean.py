"""Characters no feed can carry: every one XML 1.0 excludes is found and taken out, wherever it
stands, and text of characters it allows is kept as it is."""

from __future__ import annotations

from feedpub.parse.clean import without_unwritable


def _outside_xml_chars() -> list[str]:
    """Every code point XML 1.0's ``Char`` production leaves out (#x9, #xA, #xD, #x20-#xD7FF,
    #xE000-#xFFFD and #x10000-#x10FFFF are in it), from the specification, not from feedpub."""
    allowed = (range(0x9, 0xB), range(0xD, 0xE), range(0x20, 0xD800), range(0xE000, 0xFFFE), range(0x10000, 0x110000))
    return [chr(point) for point in range(0x110000) if not any(point in block for block in allowed)]


def test_every_character_xml_leaves_out_is_taken_out_of_a_printable_field() -> None:
    """Among printable words, each such character (controls, noncharacters, lone surrogates) is
    found: a string is let through unread only when Python calls it printable."""
    outside = _outside_xml_chars()
    assert len(outside) == 29 + 2 + 2048  # C0 controls but tab and line ends, U+FFFE and U+FFFF, surrogates
    for char in outside:
        cleaned, problems = without_unwritable({"headline": f"Bell{char} headline", "body": ["Text."]})
        assert cleaned["headline"] == "Bell headline", repr(char)
        assert [problem.path for problem in problems] == ["/headline"], repr(char)


def test_text_of_characters_xml_allows_is_kept_as_it_is() -> None:
    """Tabs, line ends, no-break spaces and the marks that set a line's direction are XML's, though
    not printable to Python: the article is given back untouched."""
    article = {"headline": "بغداد\u200f 7 نوفمبر", "body": ["One\tTwo\nThree\u00a0four\r\n"], "keywords": ["x"]}
    cleaned, problems = without_unwritable(article)
    assert cleaned is article
    assert problems == []

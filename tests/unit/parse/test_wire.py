"""Splitting wire copy into headline and paragraphs."""

from __future__ import annotations

import datetime as dt

from feedpub.parse.wire import parse_wire_text

REFERENCE = dt.date(2025, 11, 10)
LEDE = "Senior U.S. and Iraqi officials on Friday held talks in Baghdad on security"


def test_headline_directly_above_a_hard_wrapped_dateline_paragraph() -> None:
    """A headline with no blank line below it is not glued to the lede of blank-line separated copy."""
    text = (
        "Iraq and US hold security consultations\n"
        f"BAGHDAD, Nov. 7 (Xinhua) -- {LEDE}\n"
        "cooperation between the two countries, officials said on Friday.\n"
        "\n"
        "The talks were the first of their kind since the new government took\n"
        "office in Baghdad earlier this year, the statement said.\n"
    )
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["headline"] == "Iraq and US hold security consultations"
    assert article["dateline"]["place"] == "BAGHDAD"
    assert article["body"][0].startswith("Senior U.S.")

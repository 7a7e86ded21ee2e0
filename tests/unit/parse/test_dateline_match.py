"""A dateline match built from spans in the folded text, mapped back to the paragraph."""

from __future__ import annotations

from feedpub.fold import fold
from feedpub.parse.dateline_match import build_match


def test_separator_kept_in_the_dateline() -> None:
    """The dash after the marker belongs to the dateline; the lede starts after it."""
    text = "BAGHDAD (Xinhua) -- Talks resumed."
    folded = fold(text)
    match = build_match(text, folded, folded.text.index(")") + 1, "Xinhua", (0, 7), ())
    assert match is not None
    assert (match.raw, match.place, text[match.lede_start :]) == ("BAGHDAD (Xinhua) --", "BAGHDAD", "Talks resumed.")


def test_a_required_separator_missing() -> None:
    """Where a separator is required and none follows, there is no dateline."""
    text = "BAGHDAD (Xinhua) Talks resumed."
    folded = fold(text)
    assert build_match(text, folded, folded.text.index(")") + 1, None, (0, 7), (), separator_required=True) is None

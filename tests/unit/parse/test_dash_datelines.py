"""Datelines closed by a dash: the agency first, or no agency at all."""

from __future__ import annotations

from feedpub.fold import fold
from feedpub.parse.dash_datelines import agency_first, without_agency


def test_place_in_capitals_before_a_long_dash() -> None:
    """``LONDON — ...`` is a dateline with no agency."""
    text = "LONDON — The Bank of England held rates."
    match = without_agency(text, fold(text))
    assert match is not None
    assert (match.place, match.agency) == ("LONDON", None)


def test_prose_before_a_dash_is_no_dateline() -> None:
    """Words in lower case between dashes, with no date, are prose."""
    text = "Officials in the city — all of them — agreed."
    assert without_agency(text, fold(text)) is None


def test_agency_before_place_and_date() -> None:
    """``(ANSA) - ROMA, 07 NOV - ...``: the place and date after the agency, closed by a dash."""
    text = "(ANSA) - ROMA, 07 NOV - Il governo ha approvato."
    folded = fold(text)
    match = agency_first(text, folded, folded.text.index(")") + 1, "ANSA")
    assert match is not None
    assert (match.place, match.agency, len(match.dates)) == ("ROMA", "ANSA", 1)

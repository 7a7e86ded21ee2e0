"""The place and dates read before an agency marker, or prose refused."""

from __future__ import annotations

import pytest

from feedpub.fold import fold
from feedpub.parse.place_and_dates import read_prefix


def _place(text: str) -> tuple[str | None, int] | None:
    folded = fold(text).text
    read = read_prefix(folded)
    if read is None:
        return None
    span, dates = read
    return (folded[slice(*span)] if span else None), len(dates)


@pytest.mark.parametrize(
    ("text", "place", "dates"),
    [
        ("BAGHDAD, Nov. 7 ", "baghdad", 1),
        ("Canadian Press - VANCOUVER ", "vancouver", 0),
        ("LAHORE LAHORE, ", "lahore", 0),
        ("بغداد 7 نوفمبر 2025 ", "بغداد", 1),
    ],
)
def test_place_and_dates_before_a_marker(text: str, place: str, dates: int) -> None:
    """The place is what precedes the dates, less a credit glued before it or its repetition."""
    assert _place(text) == (place, dates)


def test_prose_is_no_place() -> None:
    """Words after the date that are neither connectors nor weekdays make the text prose."""
    assert _place("Officials said on Nov. 7 that talks ") is None

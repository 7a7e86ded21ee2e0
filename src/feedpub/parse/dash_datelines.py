"""Datelines closed by a dash rather than anchored by a marker before it.

``(ANSA) - ROMA, 07 NOV - ...`` prints the agency first, then the place and date closed by
a dash; ``LONDON — ...`` prints no agency at all. Either is a dateline only when the text
before the dash reads as a place with a date, or a place in capitals: prose between dashes
is neither.
"""

from __future__ import annotations

import re

from ..fold import Folded
from .dateline_match import DatelineMatch, build_match
from .gazetteer import is_no_place_word
from .place_and_dates import read_prefix
from .segments import HYPHENS

_DASH_ONLY = re.compile(rf"\s+(?:(?=--){HYPHENS}|[–—―])\s+")  # a hyphen alone, spaced, joins words
_LEADING_DASH = re.compile(rf"[ \t]*(?:{HYPHENS}|[–—―]{{1,2}})[ \t]+")
_CLOSING_DASH = re.compile(rf"[ \t]+(?:{HYPHENS}|[–—―]{{1,2}})(?=\s)")


def agency_first(paragraph: str, folded: Folded, marker_end: int, agency: str | None) -> DatelineMatch | None:
    """``(ANSA) - ROMA, 07 NOV - ...``: the agency first, then a place (and date) closed by a dash."""
    opening = _LEADING_DASH.match(folded.text, marker_end)
    if not opening:
        return None
    closing = _CLOSING_DASH.search(folded.text, opening.end(), opening.end() + 80)
    if not closing:
        return None
    # The agency blanked out, so the spans read stay those of the folded text.
    before = " " * opening.end() + folded.text[opening.end() : closing.start()]
    return _closed_by_dash(paragraph, folded, before, closing.start(), agency)


def without_agency(paragraph: str, folded: Folded) -> DatelineMatch | None:
    """``LONDON — ...``: a place (and date) closed by a long dash, with no agency."""
    dash = _DASH_ONLY.search(folded.text, 0, 80)
    if not dash:
        return None
    return _closed_by_dash(paragraph, folded, folded.text[: dash.start()], dash.start(), None)


def _closed_by_dash(
    paragraph: str, folded: Folded, before: str, dash_start: int, agency: str | None
) -> DatelineMatch | None:
    """The dateline when ``before`` (folded text up to a dash at ``dash_start``) reads as a
    place and dates: with a date, or a place in capitals, since prose between dashes is neither,
    and no label (:func:`~.gazetteer.is_no_place_word`)."""
    prefix = read_prefix(before)
    if prefix is None:
        return None
    place_span, dates = prefix
    if place_span is None:
        return None
    start, end = folded.span(*place_span)
    if not dates and not paragraph[start:end].isupper():
        return None
    if not dates and is_no_place_word(paragraph[start:end]):
        return None  # a label in capitals, no place: UPDATE —, EXCLUSIVE —
    return build_match(paragraph, folded, dash_start, agency, place_span, dates, separator_required=True)

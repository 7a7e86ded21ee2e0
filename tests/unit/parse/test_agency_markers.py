"""Where an agency may be named: in brackets, between slashes, or a registry alias bare."""

from __future__ import annotations

from feedpub.fold import fold
from feedpub.parse.agency_markers import candidates, plausible_agency


def _names(text: str) -> list[tuple[str, bool, bool]]:
    folded = fold(text).text
    return [(folded[c.name_start : c.name_end], c.known, c.bare) for c in candidates(folded)]


def test_bracketed_and_bare_markers_in_order() -> None:
    """A bracketed agency and a bare alias are both candidates, in the order printed, the
    bracketed reading first where both start."""
    assert _names("BAGHDAD, Nov. 7 (Xinhua) -- Reuters said") == [
        ("xinhua", True, False),
        ("xinhua", True, True),
        ("reuters", True, True),
    ]


def test_a_bare_alias_is_looked_for_near_the_start_only() -> None:
    """A place, a date and a credit before a bare alias are short: one deep in a sentence is
    never the dateline's, and the words past that reach are not listed at every paragraph."""
    near = "Haber-Kamera: Ramazan EĞRİ - Hasan YILDIRIM - Alper KORKMAZ - Gamze ŞİMŞEK - İstanbul DHA"
    assert _names(near)[-1] == ("dha", True, True)
    far = "The minister said on Monday that the talks with the union, which had been broken off twice, " * 2
    assert _names(far + "Reuters reported.") == []


def test_country_in_brackets_is_no_marker() -> None:
    """A country after its place names no agency."""
    assert _names("قناة السويس (مصر) - ") == []


def test_joint_credit_names_its_first_agency() -> None:
    """The first of a joint credit wrote the story."""
    assert _names("Genève (ats afp) - ")[0][0] == "ats"


def test_a_sentence_is_no_agency_name() -> None:
    """A name the registry lacks is an agency's only when short and without figures or quotes."""
    assert plausible_agency("Uypress")
    assert not plausible_agency("the 2 of them")

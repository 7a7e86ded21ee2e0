"""What the part of a place after its comma names: a US state, a country, a province's country."""

from __future__ import annotations

import pytest

from feedpub.parse.regions import regions_named


@pytest.mark.parametrize(
    ("printed", "first"),
    [
        ("Ga.", ("US", "GA")),  # the AP's abbreviation
        ("W. Va.", ("US", "WV")),  # spaced or not
        ("Calif.", ("US", "CA")),
        ("Texas", ("US", "TX")),  # a state by name
        ("NY", ("US", "NY")),  # by postal code
        ("D.C.", ("US", "DC")),
        ("Puerto Rico", ("PR", None)),  # a territory is its own country in GeoNames
        ("Georgia", ("US", "GA")),  # the state first, the country after it
        ("مصر", ("EG", None)),  # a country in any main language
        ("ANGOLA", ("AO", None)),
        ("Sonora", ("MX", None)),  # a province's country
        ("NSW", ("AU", None)),
    ],
)
def test_the_first_region_a_name_may_be(printed: str, first: tuple[str, str | None]) -> None:
    """A US state comes first (papers there print their towns so), then a country, then a province."""
    region = regions_named(printed)[0]
    assert (region.country, region.state) == first


def test_georgia_is_a_state_and_a_country() -> None:
    assert [region.country for region in regions_named("Georgia")] == ["US", "GE"]


def test_a_subdivisions_code_is_a_weak_reading() -> None:
    """``UK`` is no CLDR name but the code of a prefecture of the Central African Republic and
    of India's Uttarakhand."""
    assert [(region.country, region.by_code) for region in regions_named("UK")] == [("CF", True), ("IN", True)]


@pytest.mark.parametrize("printed", ["", "(B/A)", "Cayo District", "the capital"])
def test_other_words_name_no_region(printed: str) -> None:
    assert regions_named(printed) == ()

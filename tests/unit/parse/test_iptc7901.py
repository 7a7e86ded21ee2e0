"""IPTC 7901 and ANPA-1312 wire messages from agencies, envelopes stripped and headers read."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedpub.parse.iptc7901 import anpa_story, iptc7901_story
from tests.formats import FORMATS, check_item, items

ITEMS_7901 = items("iptc7901")
ITEMS_ANPA = items("anpa-1312")


@pytest.mark.parametrize("item", ITEMS_7901, ids=[item.name for item in ITEMS_7901])
def test_real_7901_message_reads_as_expected(item: Path) -> None:
    """Each real IPTC 7901 message gives the headline, place, agency, language and story written down for it."""
    check_item(item, "iptc7901")


@pytest.mark.parametrize("item", ITEMS_ANPA, ids=[item.name for item in ITEMS_ANPA])
def test_real_anpa_message_reads_as_expected(item: Path) -> None:
    """Each real ANPA-1312 message gives the headline, place, agency, language and story written down for it."""
    check_item(item, "anpa-1312")


def test_7901_header_is_read() -> None:
    """dpa's header line gives selector, serial number, priority, category and agency; its keyword line the keywords."""
    text = (FORMATS / "iptc7901" / "superdesk-IPTC7901.txt").read_bytes().decode("utf-8").replace("\r\n", "\n")
    story, header = iptc7901_story(text)
    assert (header.selector, header.number, header.priority, header.category) == ("eca", "062", "4", "i")
    assert header.agency == "dpa"
    assert header.keywords == ("Germany-politics",)
    assert story.meta["datePublished"] == "2013-11-13T11:37:00+00:00"


def test_anpa_header_is_read() -> None:
    """AP's envelope gives the selector and message number, its second line priority, category and keyword."""
    text = (FORMATS / "anpa-1312" / "superdesk-anpa-1.tst").read_bytes().decode("utf-8")
    _, header = anpa_story(text)
    assert (header.selector, header.number) == ("asian", "2870")
    assert (header.priority, header.category) == ("f", "l")
    assert header.keywords == ("BC-LT--Argentina-CancerB",)


def test_anpa_dashes_and_quotes_are_typeset() -> None:
    """ANPA's 7-bit `` '' and _ become the curly quotes and the dash they stand for."""
    text = (FORMATS / "anpa-1312" / "superdesk-anpa-1.tst").read_bytes().decode("utf-8")
    story, _ = anpa_story(text)
    assert story.paragraphs[0].startswith("BUENOS AIRES, Argentina (AP) \u2014 For cancer patients")
    assert story.paragraphs[1].startswith("\u201cLook Good Feel Better\u201d is a program")


def test_date_time_group_months_come_from_cldr() -> None:
    """dpa's German and ATS's French months are known; a prefix naming two months is not guessed."""
    from feedpub.parse.iptc7901 import months

    assert (months()["okt"], months()["dez"], months()["mai"], months()["dec"]) == (10, 12, 5, 12)
    assert (months()["juin"], months()["juil"]) == (6, 7)
    assert "jui" not in months()

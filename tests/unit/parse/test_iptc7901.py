"""IPTC 7901 and ANPA-1312 wire messages from agencies, envelopes stripped and headers read."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedpub.parse import parse_file, parse_items
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


def test_header_fields_are_kept_as_urgency_category_and_slug() -> None:
    """A 7901 header's priority digit is the urgency and its category code the category; an
    ANPA keyword is the slug (its priority letter has no number)."""
    dpa = parse_file(FORMATS / "iptc7901" / "superdesk-dpa_two_line.txt").article
    assert dpa is not None
    assert (dpa["urgency"], dpa["category"]) == (3, "i")
    ap = parse_file(FORMATS / "anpa-1312" / "superdesk-ap_anpa-1.tst").article
    assert ap is not None
    assert (ap["category"], ap["slug"]) == ("z", "BC-BKN--Heat-Hawks")
    assert "urgency" not in ap


def test_a_stream_of_messages_gives_each_its_own_article(tmp_path: Path) -> None:
    """Two real dpa messages sent one after the other in one file are two articles, each
    named by the file and its selector and serial number; its order in the file does not matter."""
    first = (FORMATS / "iptc7901" / "superdesk-dpa_two_line.txt").read_bytes()
    second = (FORMATS / "iptc7901" / "superdesk-dpa_four_line.txt").read_bytes()
    stream = tmp_path / "dpa-stream.ipt"
    found = parse_items(stream, first + second)
    again = parse_items(stream, second + first)
    assert len(found) == 2
    assert {parsed.item for parsed in found} == {parsed.item for parsed in again}
    assert all(parsed.item and parsed.item.startswith("dpa-stream-") for parsed in found)
    headlines = {parsed.article["headline"] for parsed in found if parsed.article}
    alone = [
        parse_file(FORMATS / "iptc7901" / name).article
        for name in ("superdesk-dpa_two_line.txt", "superdesk-dpa_four_line.txt")
    ]
    single = {article["headline"] for article in alone if article}
    assert len(single) == 2
    assert headlines == single


def test_an_anpa_stream_gives_each_message_its_own_article(tmp_path: Path) -> None:
    """Two real AP messages, each in its SYN SYN SOH envelope, sent in one file are two
    articles named by the file and each message's selector and number."""
    first = (FORMATS / "anpa-1312" / "superdesk-ap_anpa-1.tst").read_bytes()
    second = (FORMATS / "anpa-1312" / "superdesk-ap_anpa-3.tst").read_bytes()
    found = parse_items(tmp_path / "ap-stream.anpa", first + second)
    alone = [
        parse_file(FORMATS / "anpa-1312" / name).article
        for name in ("superdesk-ap_anpa-1.tst", "superdesk-ap_anpa-3.tst")
    ]
    assert [parsed.article["headline"] for parsed in found if parsed.article] == [
        article["headline"] for article in alone if article
    ]
    assert all(parsed.item and parsed.item.startswith("ap-stream-") for parsed in found)
    assert len({parsed.item for parsed in found}) == 2

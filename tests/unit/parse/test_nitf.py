"""NITF items from agencies and IPTC, read field by field as a person reading them would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats import check_item, items

ITEMS = items("nitf")


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_real_item_reads_as_expected(item: Path) -> None:
    """Each real NITF item gives the headline, place, date, agency, language and story written down for it."""
    check_item(item, "nitf")


def test_entity_only_referred_to_is_read_as_the_character() -> None:
    """A NITF whose DTD is not loaded may still write &nbsp; or &eacute;: read as the characters they name."""
    from feedpub.parse import parse_bytes

    data = (
        b'<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "nitf-3-4.dtd"><nitf><body><body.head><hedline><hl1>Caf&eacute;'
        b" closes</hl1></hedline></body.head><body.content><p>PARIS, Nov. 7 (AFP) -&nbsp;The caf&eacute; closed.</p>"
        b"<p>It had opened in 1900.</p></body.content></body></nitf>"
    )
    article = parse_bytes(Path("cafe.xml"), data).article
    assert article is not None
    assert article["headline"] == "Café closes"
    assert article["body"][0] == "The café closed."


def test_text_after_the_byline_does_not_stop_the_file_being_read() -> None:
    """Stray text after the byline in the head (mixed content) is no part of the byline, and
    leaves the item readable: the byline is read without its title, the story as written."""
    from feedpub.parse import parse_bytes

    data = (
        b"<nitf><body><body.head><hedline><hl1>Storm hits coast</hl1></hedline>"
        b"<byline>By Jane Carter <byttl>Staff</byttl></byline> stray text"
        b"</body.head><body.content><p>PARIS, Nov. 7 (AFP) - A storm hit the coast.</p>"
        b"<p>More.</p></body.content></body></nitf>"
    )
    parsed = parse_bytes(Path("storm.xml"), data)
    assert parsed.article is not None, parsed.problems
    assert [author["name"] for author in parsed.article["authors"]] == ["Jane Carter"]
    assert parsed.article["body"][0] == "A storm hit the coast."

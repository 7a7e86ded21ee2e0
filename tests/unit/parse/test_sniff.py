"""Which format a file is in: content first, the name's ending second."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedpub.parse import parse_bytes
from feedpub.parse.sniff import json_format, sniff, xml_format
from tests.formats import FORMATS, items

SUFFIXES = ("", ".txt", ".json", ".jsonld", ".xml", ".nitf", ".newsml", ".ipt", ".anpa")
KINDS = ("newsml-g2", "newsml-1.2", "nitf", "iptc7901", "anpa-1312", "ninjs")
ALL = [(kind, item) for kind in KINDS for item in items(kind)]


@pytest.mark.parametrize(("kind", "item"), ALL, ids=[item.name for _, item in ALL])
def test_real_items_are_recognised_under_any_name(kind: str, item: Path) -> None:
    """Every real item, refused ones too, is read in its own format even when saved as .txt: the content decides."""
    parsed = parse_bytes(Path("renamed.txt"), item.read_bytes())
    assert parsed.format == kind


def test_containers_by_content() -> None:
    """XML roots, SOH and SYN envelopes, a bare 7901 header line and JSON objects are told apart."""
    assert sniff("a.txt", b'<?xml version="1.0"?>\n<nitf><body/></nitf>') == "xml"
    assert sniff("a", b"\x16\x16\x01W2870\x1fasian\n") == "anpa-1312"
    assert sniff("a", b"\x01a0105KYODO\x1fkoko-\r\n") == "anpa-1312"
    assert sniff("a", b"\x01eca062 4 i 211 ccccb   dpa 061\r\n") == "iptc7901"
    assert sniff("a.txt", b"ZCZC\nheadline\n") == "iptc7901"
    assert sniff("a.txt", b"eca00075 3 i 510    dpa 1003\n\nBrexit/\n") == "iptc7901"
    assert sniff("a.txt", b'{"uri": "x", "type": "text"}') == "json"
    assert sniff("a.txt", b"<b>Not a news format</b> headline\n") == "text"


def test_extension_when_content_says_nothing() -> None:
    """Only when the content says nothing does the ending decide."""
    assert sniff("story.xml", b"not xml at all") == "xml"
    assert sniff("story.ipt", b"Headline\n\nBERLIN (dpa) - Text.") == "iptc7901"
    assert sniff("story.anpa", b"Headline\n") == "anpa-1312"
    assert sniff("story.txt", b"BERLIN (dpa) - Text.") == "text"


def test_xml_root_and_namespace() -> None:
    """NewsML-G2 must be in its namespace; NITF and NewsML 1.2 are known by their roots."""
    assert xml_format("newsItem", "http://iptc.org/std/nar/2006-10-01/") == "newsml-g2"
    assert xml_format("newsMessage", None) is None
    assert xml_format("NewsML", None) == "newsml-1.2"
    assert xml_format("nitf", None) == "nitf"
    assert xml_format("rss", None) is None


def test_json_keeps_feedpub_and_schema_org_as_before() -> None:
    """feedpub's own JSON and schema.org JSON-LD are not taken for ninjs; ninjs is known by its keys or $schema."""
    assert json_format({"headline": "H", "body": ["B"], "dateline": {}}) == "json"
    assert json_format({"@context": "https://schema.org", "@type": "NewsArticle"}) == "schema.org"
    assert json_format({"uri": "urn:x", "versionCreated": "2020-01-01T00:00:00Z"}) == "ninjs"
    assert json_format({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#", "x": 1}) == "ninjs"


def test_unknown_xml_is_refused_by_name() -> None:
    """An XML file of another kind is refused with its root element named."""
    parsed = parse_bytes(Path("feed.xml"), b"<rss><channel/></rss>")
    assert parsed.article is None
    assert "<rss>" in parsed.problems[0].message


def test_a_brace_opened_text_stays_text() -> None:
    """A .txt that only opens with a brace is still read as wire copy."""
    parsed = parse_bytes(Path("x.txt"), b"{Note}\nBAGHDAD, Nov. 7 (Xinhua) -- Text.\n")
    assert parsed.format == "text"


def test_items_folder_is_not_empty() -> None:
    """The real items are there to be read."""
    assert all(items(kind) for kind in KINDS)
    assert FORMATS.is_dir()


FORMAT_PIECES = [
    b"<?xml version='1.0'?>", b"<nitf>", b"</nitf>", b"<body.content>", b"<p>", b"</p>", b"<hl1>", b"</hl1>",
    b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">', b"<NewsML>", b"<DataContent>", b"&amp;", b"&x;",
    b"<!DOCTYPE x [<!ENTITY x 'y'>]>", b"\x16\x16\x01", b"\x01", b"\x02", b"\x03", b"\x1f", b"ZCZC", b"NNNN",
    b"eca062 4 i 211  dpa 061", b"^", b"<", b" =", b"\n", b"\r\n", b"BERLIN (dpa) - ", b"Text.", b"{", b"}",
    b'"uri": "x",', b'"type": "text",', b'"headline": "H",', b'"body_html": "<p>B</p>"', "é".encode(), b"\xe9",
]  # fmt: skip


@given(st.lists(st.sampled_from(FORMAT_PIECES), max_size=40).map(b"".join), st.sampled_from(SUFFIXES))
def test_parse_bytes_never_raises(data: bytes, suffix: str) -> None:
    """Whatever the bytes and the name, reading returns an article or problems, never an exception."""
    parsed = parse_bytes(Path("item" + suffix), data)
    assert parsed.article is not None or parsed.problems

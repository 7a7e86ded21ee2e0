"""The hardened XML reader: no entity expansion, no DTD, no network, and text out of markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedpub.errors import ArticleError
from feedpub.parse import parse_bytes
from feedpub.parse.xml import html_paragraphs, paragraphs, read_xml

#: The billion-laughs entity bomb: ten levels of ten references, 10^9 "lol"s if expanded.
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE nitf [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{level} "{("&lol" + (str(level - 1) if level > 1 else "") + ";") * 10}">\n'.encode()
        for level in range(1, 10)
    )
    + b"]>\n<nitf><body><body.head><hedline><hl1>&lol9;</hl1></hedline></body.head>"
    b"<body.content><p>&lol9;</p></body.content></body></nitf>\n"
)


def _external_entity(target: str) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM "{target}">]>'
        "<nitf><body><body.head><hedline><hl1>Leak</hl1></hedline></body.head>"
        "<body.content><p>PARIS, Nov. 7 (AFP) - &xxe;</p><p>More.</p></body.content></body></nitf>"
    ).encode()


def test_billion_laughs_is_refused_at_once() -> None:
    """An entity bomb is refused without expanding it, naming what was wrong."""
    parsed = parse_bytes(Path("bomb.nitf"), BILLION_LAUGHS)
    assert parsed.article is None
    assert "entit" in parsed.problems[0].message  # libxml2's own amplification limit, or feedpub's refusal


def test_external_entity_to_a_file_is_refused_unread(tmp_path: Path) -> None:
    """An entity pointing at a local file is refused, and the file's text appears nowhere."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    parsed = parse_bytes(Path("xxe.xml"), _external_entity(secret.as_uri()))
    assert parsed.article is None
    assert "&xxe;" in parsed.problems[0].message
    assert "TOP-SECRET-VALUE" not in repr(parsed)


def test_external_entity_to_the_network_is_refused_unfetched() -> None:
    """An entity pointing at a web address is refused without a request (port 9 would reject or hang)."""
    parsed = parse_bytes(Path("xxe.xml"), _external_entity("http://127.0.0.1:9/secret"))
    assert parsed.article is None
    assert "&xxe;" in parsed.problems[0].message


def test_unused_entity_declarations_are_left_unread() -> None:
    """A DOCTYPE that declares an entity nothing uses (ATS's NITF boilerplate) does not stop the item."""
    root = read_xml(b'<!DOCTYPE NewsML [<!ENTITY % nitf SYSTEM "nitf-3-0.dtd"> %nitf; ]><NewsML/>')
    assert root.tag == "NewsML"


def test_external_dtd_is_not_loaded() -> None:
    """A DOCTYPE naming a DTD on the network is not fetched; the document is read as it stands."""
    root = read_xml(b'<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-4.dtd"><nitf><body/></nitf>')
    assert root.tag == "nitf"


def test_broken_xml_is_refused_with_where() -> None:
    """XML that is not well-formed is refused, saying so and where."""
    with pytest.raises(ArticleError, match=r"not well-formed.*line 1"):
        read_xml(b"<nitf><body></nitf>")


def test_a_wrong_latin1_declaration_is_overruled_by_utf8_bytes() -> None:
    """AFP declares ISO-8859-1 for UTF-8 bytes: the text is read as UTF-8, not as mojibake."""
    root = read_xml('<?xml version="1.0" encoding="iso-8859-1"?><p>Décès</p>'.encode())
    assert root.text == "Décès"


def test_paragraphs_skip_pictures_and_headers() -> None:
    """Innermost blocks are paragraphs; media, figures and an XHTML header are not the story."""
    root = read_xml(
        b"<body><header><p>Keyword</p></header><p>One <b>bold</b>\n word.</p><media><p>Caption</p></media>"
        b"<ul><li>Item</li></ul></body>"
    )
    assert paragraphs(root) == ["One bold word.", "Item"]


def test_html_whose_broken_markup_makes_a_tag_no_xml_allows_is_read() -> None:
    """Broken markup in a story's HTML (a link's address left as a tag, ``<jane@ntb.no">``)
    is read as its text: the HTML parser makes it an element whose name XML allows in no tag,
    which must not fail the whole file."""
    markup = '<p>OSLO (NTB) - Text.</p><p>Kontakt <jane@ntb.no">Jane</a></p>'
    assert html_paragraphs(markup) == ["OSLO (NTB) - Text.", "Kontakt Jane"]

"""The one XML parser every XML format is read with, hardened, and text taken out of markup.

Wire XML comes from outside, so lxml is told to load no DTD, fetch nothing from the network,
expand no entity and refuse huge trees; a document that declares entities of its own (the
billion-laughs bomb, an external entity pointing at ``/etc/passwd``) and uses them is refused
outright, since no news item needs one; a declaration nothing uses (the DTD boilerplate some
agencies send) is left unread. An entity that is only referred to, such as
``&nbsp;`` in a NITF file whose DTD is not loaded, is read as the HTML character it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.entities import name2codepoint

from lxml import etree
from lxml import html as lxml_html

from ..errors import ArticleError

#: Elements whose text is one paragraph of a story (XHTML, NITF and NewsML 1.2 use these).
BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "hl2", "li", "blockquote", "pre", "dt", "dd"})
#: Elements whose text is not the story's: pictures and their captions, tables, scripts, and
#: an XHTML body's header (dpa repeats its keywords and headline there) and footer.
SKIPPED = frozenset({
    "media", "figure", "figcaption", "img", "table", "script", "style", "object", "head", "header", "footer",
    "nav", "aside",
})  # fmt: skip


def _parser(encoding: str | None = None) -> etree.XMLParser:
    return etree.XMLParser(
        encoding=encoding,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


#: Encodings a document may declare while its bytes are really UTF-8 (AFP declares ISO-8859-1).
_SINGLE_BYTE = re.compile(rb"""^\s*<\?xml[^>]*encoding=["'](?:iso-8859-1|latin-?1|windows-1252|us-ascii)["']""", re.I)


def read_xml(data: bytes) -> etree._Element:
    """The root element of an XML document, read by the hardened parser; refuses a document
    that is not well-formed or that declares entities.

    A document declared ISO-8859-1 (or windows-1252) whose bytes are valid UTF-8 with
    characters beyond ASCII is read as UTF-8: a wrong declaration, not mojibake, is far the
    likelier, as with decoding plain text (see :mod:`feedpub.parse.decode`)."""
    override = None
    if _SINGLE_BYTE.match(data) and not data.isascii():
        try:
            data.decode("utf-8")
            override = "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        root = etree.fromstring(data, _parser(override))
    except etree.XMLSyntaxError as error:
        # lxml's own text repeats the place ("..., line 1, line 1, column 47 (<string>, line 1)"):
        # its first message and the position, once.
        reason = (error.msg or str(error)).split(", line ")[0]
        line, column = error.position
        raise ArticleError(f"the XML is not well-formed: {reason}, on line {line}, column {column}") from None
    if root is None:
        raise ArticleError("the XML holds no element")
    dtd = root.getroottree().docinfo.internalDTD
    declared = {str(entity.name) for entity in dtd.iterentities()} if dtd is not None else set()  # type: ignore[union-attr]
    used = sorted({str(getattr(found, "name", "")) for found in root.iter(etree.Entity)} & declared)
    if used:
        raise ArticleError(
            f"the XML uses entities its DOCTYPE declares ({', '.join(f'&{name};' for name in used[:3])}), which"
            " feedpub never expands: an entity bomb or an external entity is refused, and no news item needs one"
        )
    return root


def local(element: etree._Element) -> str:
    """An element's name without its namespace: ``{http://iptc.org/std/nar/2006-10-01/}newsItem`` -> ``newsItem``.
    The name is split off by hand: an element the HTML parser made of broken markup may bear a
    name XML allows in no tag (``<jane@ntb.no">``), which ``etree.QName`` refuses with an error."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def namespace(element: etree._Element) -> str | None:
    """An element's namespace URI, if it has one (split off by hand, as in :func:`local`)."""
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else None


def children(element: etree._Element | None, name: str) -> list[etree._Element]:
    """The child elements of ``element`` named ``name`` in any namespace."""
    return [] if element is None else [child for child in element if local(child) == name]


def child(element: etree._Element | None, *path: str) -> etree._Element | None:
    """The first element down ``path`` (names in any namespace), or None."""
    for name in path:
        found = children(element, name)
        element = found[0] if found else None
    return element


def descendants(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    """Every element under ``element`` named ``name`` in any namespace, in document order."""
    if element is not None:
        yield from (found for found in element.iter() if local(found) == name)


def text(element: etree._Element | None) -> str | None:
    """The text of an element and everything in it, white space folded; None when empty."""
    if element is None:
        return None
    folded = " ".join("".join(_pieces(element)).split())
    return folded or None


def attribute(element: etree._Element | None, name: str) -> str | None:
    """An attribute's value, stripped; None when missing or blank."""
    value = None if element is None else element.get(name)
    return value.strip() or None if value else None


def _pieces(element: etree._Element) -> Iterator[str]:
    if isinstance(element, etree._Entity):
        code = name2codepoint.get(str(element.name))
        yield chr(code) if code else ""
    elif isinstance(element.tag, str):
        yield element.text or ""
        for inner in element:
            yield from _pieces(inner)
            yield inner.tail or ""


def paragraphs(element: etree._Element | None) -> list[str]:
    """The story's paragraphs in a body of markup: each innermost block (``p``, ``hl2``, ``li``...)
    is one; pictures, captions and tables are left out. A body with no blocks is split at
    blank lines."""
    if element is None:
        return []
    found: list[str] = []
    _blocks(element, found)
    if found:
        return found
    whole = "".join(_pieces(element))
    return [" ".join(part.split()) for part in whole.split("\n\n") if part.strip()]


def _blocks(element: etree._Element, found: list[str]) -> None:
    for inner in element:
        name = local(inner).lower()  # TT's NITF dialect writes <P> and <BODY>
        if name in SKIPPED:
            continue
        if name in BLOCKS and not any(local(deeper).lower() in BLOCKS for deeper in inner.iterdescendants()):
            if paragraph := text(inner):
                found.append(paragraph)
        else:
            _blocks(inner, found)


def html_paragraphs(markup: str) -> list[str]:
    """The paragraphs of an HTML fragment (a ninjs ``body_html``), read by lxml's HTML parser,
    which neither loads nor expands anything."""
    if not markup.strip():
        return []
    try:
        wrapper = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    return paragraphs(wrapper)

"""Which format an article file is in: by its content first, by its name's ending second.

Agencies' files keep no naming rule (a NITF story may come as ``.txt``, a NewsML-G2 one with
no ending at all), so the first bytes decide: an XML root element, a wire envelope (``SOH``,
``SYN SYN SOH`` or ``ZCZC``) or a JSON object. Only a file whose content says nothing is
known by its ending (``.xml``, ``.ipt``, ``.anpa``...), and anything else is plain wire text.
Which XML or JSON format it is, the root element's name and namespace or the object's keys
then say (see :func:`xml_format` and :func:`json_format`).
"""

from __future__ import annotations

import codecs
import re
from typing import Any, Literal

from ..files import ANPA_SUFFIXES, IPTC7901_SUFFIXES, JSON_SUFFIXES, XML_SUFFIXES
from .ninjs import is_ninjs
from .schemaorg import is_schema_org

#: What the first bytes say a file is.
Container = Literal["text", "json", "xml", "iptc7901", "anpa-1312"]
#: Root elements of the XML formats feedpub reads, by local name.
XML_ROOTS = {
    "newsMessage": "newsml-g2",
    "newsItem": "newsml-g2",
    "packageItem": "newsml-g2",
    "NewsML": "newsml-1.2",
    "nitf": "nitf",
}
#: The first element's name (skipping the XML declaration, comments and a DOCTYPE).
_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_SNIFF_BYTES = 65536
#: An IPTC 7901 header line sent without its SOH: selector and serial number, priority digit,
#: category, word count, then the agency and its own number (``eca00075 3 i 510    dpa 1003``).
_HEADER_7901 = re.compile(rb"^[A-Za-z]{2,4}\d{2,5} \d [A-Za-z]{1,3} +\d{1,5} +[\w-]+ \d+\s*$")


def sniff(name: str, data: bytes) -> Container:
    """The container format of a file named ``name`` holding ``data``."""
    head = data[:_SNIFF_BYTES].removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    head = head.lstrip(b"\x7f\r\n")  # a few DELs of line fill may come before the envelope
    if head.startswith((b"\x16", b"\x01", b"ZCZC")):
        first_line = head.lstrip(b"\x16").split(b"\n", 1)[0]
        return "anpa-1312" if head.startswith(b"\x16") or b"\x1f" in first_line else "iptc7901"
    if _HEADER_7901.match(head.split(b"\n", 1)[0].rstrip(b"\r")):
        return "iptc7901"
    if head.startswith(b"<"):
        found = _ROOT.search(head)
        if suffix in XML_SUFFIXES or (found and found.group(1).decode("ascii", "replace") in XML_ROOTS):
            return "xml"
    if head.startswith(b"{") or suffix in JSON_SUFFIXES:
        return "json"
    if suffix in XML_SUFFIXES:
        return "xml"
    if suffix in IPTC7901_SUFFIXES:
        return "iptc7901"
    if suffix in ANPA_SUFFIXES:
        return "anpa-1312"
    return "text"


def xml_format(root_name: str, namespace: str | None) -> str | None:
    """The XML format of a root element (``newsml-g2``, ``newsml-1.2``, ``nitf``), or None.

    NewsML-G2 must be in its namespace; NITF may be in its own or none (most agencies send
    none); NewsML 1.2 has none.
    """
    found = XML_ROOTS.get(root_name)
    if found == "newsml-g2" and namespace != "http://iptc.org/std/nar/2006-10-01/":
        return None
    return found


def json_format(data: dict[str, Any]) -> str:
    """The JSON format of an object: ``schema.org`` JSON-LD, ``ninjs``, or feedpub's own ``json``."""
    if is_schema_org(data):
        return "schema.org"
    if is_ninjs(data):
        return "ninjs"
    return "json"

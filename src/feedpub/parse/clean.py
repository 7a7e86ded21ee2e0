"""Characters no feed can carry, taken out of an article with a warning that says where.

XML 1.0 has no place for most C0 control characters, the noncharacters U+FFFE and U+FFFF,
or half a UTF-16 surrogate pair (which JSON's escapes can spell). One of them in a story
would make every feed that carries it unreadable, so each is removed and the story is
published, with one warning a field naming every character removed and where it stood.
"""

from __future__ import annotations

import re
from typing import Any

from ..problems import Problem

#: What XML 1.0 cannot carry (tabs and line ends it can).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _escape(part: str | int) -> str:
    """A JSON pointer token (RFC 6901), printable even when the key held what was removed."""
    return NOT_XML.sub("", str(part)).replace("~", "~0").replace("/", "~1")


def _pointer(path: tuple[str | int, ...]) -> str:
    return "".join(f"/{_escape(part)}" for part in path)


def _cleaned(text: str, path: tuple[str | int, ...], problems: list[Problem]) -> str:
    if NOT_XML.search(text) is None:  # nearly always: no list, and the pointer is never spelled
        return text
    found = list(NOT_XML.finditer(text))
    places = ", ".join(f"U+{ord(match.group()):04X} at character {match.start() + 1}" for match in found)
    count = f"{len(found)} character{'s' if len(found) > 1 else ''}"
    problems.append(Problem(_pointer(path), f"removed {count} that XML cannot carry: {places}", "warning"))
    return NOT_XML.sub("", text)


def _walk(node: Any, path: tuple[str | int, ...], problems: list[Problem]) -> Any:
    if isinstance(node, str):
        return _cleaned(node, path, problems)
    if isinstance(node, list):
        return [_walk(item, (*path, index), problems) for index, item in enumerate(node)]
    if isinstance(node, dict):
        return {
            _cleaned(key, (*path, key), problems) if isinstance(key, str) else key: _walk(value, (*path, key), problems)
            for key, value in node.items()
        }
    return node


def _writable(node: Any) -> bool:
    """Whether no string in ``node`` (keys included) holds a character XML cannot carry. A
    string Python calls printable holds none (each such character is a control, a surrogate or
    a noncharacter, none printable); that test runs at C speed and settles nearly every field,
    where the pattern, tried over an article's few kilobytes, took a tenth of parsing it."""
    if isinstance(node, str):
        return node.isprintable() or NOT_XML.search(node) is None
    if isinstance(node, list):
        return all(_writable(item) for item in node)
    if isinstance(node, dict):
        return all(_writable(key) and _writable(value) for key, value in node.items())
    return True


def without_unwritable(article: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """``article`` without the characters XML cannot carry, and a warning for each field that
    had any. Nearly every article has none: it is looked through first, and copied only when
    something is to be removed (copying every article took 5% of ``feedpub validate``)."""
    if _writable(article):
        return article, []
    problems: list[Problem] = []
    cleaned: dict[str, Any] = _walk(article, (), problems)
    return cleaned, problems

"""Read article files, whatever their format and encoding, into raw article dicts.

Plain wire copy, feedpub's own JSON and schema.org JSON-LD are read here; the formats
agencies deliver (NewsML-G2, NewsML 1.2, NITF, IPTC 7901, ANPA-1312, ninjs) each have their
module, which turns an item into a :class:`~feedpub.parse.story.Story` for the same
wire-copy reader. :mod:`~feedpub.parse.sniff` tells which a file is, by content first.

The entry points are :func:`parse_file` and :func:`parse_items`. Neither raises for bad
content: a file that cannot be read at all gives an article of ``None`` and a problem
saying why, and everything doubtful in a readable one is a problem beside the article.

A file may hold several news items (a NewsML message of several stories, a 7901 stream of
several envelopes). Each is then an article of its own, at the path ``<file>#<id>`` (see
:func:`item_path`): its id is its own identifier's slug (a NewsML guid), else the file's
id and its key (a 7901 serial number, else a digest of its text), never its position. A
file holding one item is read as before, its id the file's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from ..problems import Problem
from .clean import without_unwritable
from .decode import decode, read_bytes
from .frontmatter import split_front_matter
from .identity import article_id, item_id, item_path, split_item
from .iptc7901 import decode_wire, wire_items
from .ninjs import ninjs_story
from .schemaorg import as_wire_copy
from .sniff import json_format, sniff, xml_format
from .story import Item, read_story
from .wire import agency_at, dateline_place, parse_wire_text

#: How deep a JSON article's lists and objects may nest: far more than any article's fields
#: need, and far less than the depth at which reading, checking or caching it would fail.
MAX_DEPTH = 32


@dataclass(frozen=True)
class ParsedArticle:
    """What parsing one file produced: the raw article (or None) and what went wrong."""

    file: Path
    article: dict[str, Any] | None
    problems: tuple[Problem, ...]
    #: The format the file was read as (see :data:`FORMATS`), None when it could not be told.
    format: str | None = None
    #: The item's id, for one of several items of a file (``file`` is then its :func:`item_path`).
    item: str | None = None


#: The formats a file may be read as, by the name ``source.format`` and reports give them.
FORMATS = ("text", "json", "schema.org", "ninjs", "newsml-g2", "newsml-1.2", "nitf", "iptc7901", "anpa-1312")
#: How refusals name each structured format.
_NAMES = {
    "ninjs": "ninjs",
    "newsml-g2": "NewsML-G2",
    "newsml-1.2": "NewsML 1.2",
    "nitf": "NITF",
    "iptc7901": "IPTC 7901",
    "anpa-1312": "ANPA-1312",
}


def _parse_json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(
            f"the file is not valid JSON: {error.msg} on line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        data = None  # nested past Python's own limit: reported as too deep below
    if data is None or _deeper_than(data, MAX_DEPTH):
        raise ArticleError(
            f"the JSON nests lists and objects more than {MAX_DEPTH} deep; an article's fields go a few levels at most"
        )
    if not isinstance(data, dict):
        raise ArticleError("a JSON article must be an object ({...}), not a list or a value")
    return data


def _json_article(
    data: dict[str, Any], kind: str, reference_date: dt.date | None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A JSON file's article: feedpub's own article JSON as it stands, schema.org NewsArticle
    JSON-LD read as the wire copy it holds, or a ninjs item read as a story."""
    if kind == "ninjs":
        return read_story(ninjs_story(data), "ninjs", reference_date)
    if kind == "json":
        return data, []
    text, meta, agency = as_wire_copy(data)
    article, problems = parse_wire_text(text, meta, reference_date)
    if article is not None and agency and "agency" not in article:
        article["agency"] = agency_at(agency, dateline_place(article))
    return article, problems


def _xml_format(data: bytes) -> tuple[Any, str, str]:
    """An XML file's root element, its format and the encoding it declared; refuses XML of another kind.

    lxml and the XML readers load only when an XML file is met, so reading plain text starts quickly.
    """
    from .xml import local, namespace, read_xml

    root = read_xml(data)
    kind = xml_format(local(root), namespace(root))
    if kind is None:
        where = f" in namespace {namespace(root)}" if namespace(root) else ""
        raise ArticleError(
            f"the XML's root element is <{local(root)}>{where}, which is not NewsML-G2 (newsMessage, newsItem"
            " in http://iptc.org/std/nar/2006-10-01/), NewsML 1.2 (NewsML) or NITF (nitf)"
        )
    return root, kind, (root.getroottree().docinfo.encoding or "utf-8").lower()


def _xml_items(root: Any, kind: str) -> tuple[list[Item], list[Problem]]:
    """The items of an XML document of format ``kind``, and the problems of the file as a whole."""
    from .newsml1 import newsml1_items
    from .newsml_g2 import newsml_g2_items
    from .nitf import nitf_story

    if kind == "newsml-g2":
        return newsml_g2_items(root)
    if kind == "newsml-1.2":
        return newsml1_items(root), []
    return [Item("nitf", False, nitf_story(root))], []


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether lists and objects in ``data`` nest more than ``limit`` deep (looked at without recursion)."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        if children and depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def parse_file(file: Path, *, encoding: str | None = None, reference_date: dt.date | None = None) -> ParsedArticle:
    """Parse one article file (wire text with optional front matter, JSON, a news format), or
    the one item of a file that ``file`` names with :func:`item_path`."""
    real, _ = split_item(file)
    try:
        data = read_bytes(real)
    except ArticleError as error:
        return ParsedArticle(file, None, (Problem("", str(error)),))
    return parse_bytes(file, data, encoding=encoding, reference_date=reference_date)


def parse_bytes(
    file: Path, data: bytes, *, encoding: str | None = None, reference_date: dt.date | None = None
) -> ParsedArticle:
    """The article of a file's bytes already read, or the item ``file`` names (see
    :func:`item_path`); of a file that holds several items, the first (:func:`parse_items`
    gives them all)."""
    real, item = split_item(file)
    found = parse_items(real, data, encoding=encoding, reference_date=reference_date)
    if item is None:
        return found[0]
    wanted = next((parsed for parsed in found if parsed.item == item), None)
    if wanted is None:
        message = f"{real.name} holds no item {item} any more"
        return ParsedArticle(file, None, (Problem("", message),), found[0].format, item)
    return wanted


def parse_items(
    file: Path, data: bytes, *, encoding: str | None = None, reference_date: dt.date | None = None
) -> tuple[ParsedArticle, ...]:
    """Every article of a file's bytes already read: one for most files, one per text item
    for a file that holds several. ``file`` names it, and with its content sets its format
    (see :mod:`feedpub.parse.sniff`). The format is known before the items are read, so a
    refused file is still reported with it."""
    kind: str | None = None
    try:
        if not data.strip():
            decode(data, encoding)  # refuses an empty or blank file, saying which
        container = sniff(file.name, data)
        if container == "xml":
            root, kind, used = _xml_format(data)
            items, problems = _xml_items(root, kind)
        else:
            decoded = decode_wire(data, encoding) if container in ("iptc7901", "anpa-1312") else decode(data, encoding)
            used = decoded.encoding
            guessed = [Problem("", decoded.doubt, "warning")] if decoded.doubt else []
            kind, json_data = _text_format(file, decoded.text, container)
            if kind in ("iptc7901", "anpa-1312"):
                items, problems = wire_items(decoded.text, kind == "anpa-1312"), guessed
            else:
                article, problems = _text_article(kind, decoded.text, json_data, reference_date)
                source = {"file": file.name, "encoding": used, "format": kind}
                return (_finished(file, article, guessed + problems, source),)
        if len(items) == 1:
            article, found = _item_article(items[0], kind, reference_date)
            source = {"file": file.name, "encoding": used, "format": kind}
            return (_finished(file, article, problems + found, source),)
    except ArticleError as error:
        return (ParsedArticle(file, None, (Problem("", str(error)),), kind),)
    except Exception as error:  # a fault of feedpub's must not stop the build: the file is named instead
        return (ParsedArticle(file, None, (_fault(error),), kind),)
    return _several(file, items, problems, kind, used, reference_date)


def _fault(error: Exception) -> Problem:
    """What is said of a file whose reading failed through a fault of feedpub's, not of the
    file: it is reported, with the error, and the build goes on without it."""
    return Problem("", f"feedpub failed to read this file ({type(error).__name__}: {error}): please report it")


def _several(
    file: Path, items: list[Item], problems: list[Problem], kind: str, used: str, reference_date: dt.date | None
) -> tuple[ParsedArticle, ...]:
    """The articles of a file's several items, each at its own :func:`item_path` and id; an
    item whose id an earlier one has is left out, with a warning on the one kept."""
    found: dict[str, ParsedArticle] = {}
    for item in items:
        identifier = item_id(file, item)
        if identifier in found:
            kept = found[identifier]
            message = f"the file holds the item {item.key} more than once: only the first is read"
            found[identifier] = dataclasses.replace(kept, problems=(*kept.problems, Problem("", message, "warning")))
            continue
        try:
            article, own = _item_article(item, kind, reference_date)
        except ArticleError as error:
            article, own = None, [Problem("", str(error))]
        except Exception as error:  # as in parse_items: the item is named, the others read
            article, own = None, [_fault(error)]
        if article is not None:
            article["id"] = identifier
        source = {"file": file.name, "encoding": used, "format": kind, "item": item.key}
        parsed = _finished(item_path(file, identifier), article, problems + own, source)
        found[identifier] = dataclasses.replace(parsed, item=identifier)
    return tuple(found.values())


def _item_article(item: Item, kind: str, reference_date: dt.date | None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The article of one item, read as wire copy; raises when the item was refused."""
    if item.story is None:
        raise ArticleError(item.refusal or f"the {_NAMES[kind]} item cannot be read")
    return read_story(item.story, _NAMES[kind], reference_date)


def _finished(
    file: Path, article: dict[str, Any] | None, problems: list[Problem], source: dict[str, Any]
) -> ParsedArticle:
    """The outcome of one article: fields no output can write taken out, its default id
    and its source set."""
    if article is not None:
        article, removed = without_unwritable(article)
        problems = [*problems, *removed]
        article.setdefault("id", article_id(split_item(file)[0]))
        article.setdefault("source", source)
    return ParsedArticle(file, article, tuple(problems), source["format"])


def _text_format(file: Path, text: str, container: str) -> tuple[str, dict[str, Any] | None]:
    """The format of a file read as text, and its JSON object when it is JSON.

    A ``.json`` file must hold a JSON object; another file that only opens with a brace, or
    holds feedpub's own article JSON, is wire text.
    """
    if container != "json":
        return container, None
    if file.suffix.lower() == ".json":
        data = _parse_json(text)
        return json_format(data), data
    try:
        data = _parse_json(text)
    except ArticleError:
        return "text", None
    kind = json_format(data)
    return (kind, data) if kind != "json" else ("text", None)


def _text_article(
    kind: str, text: str, data: dict[str, Any] | None, reference_date: dt.date | None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The article of a file read as text: JSON or plain wire copy."""
    if data is not None:
        return _json_article(data, kind, reference_date)
    meta, body = split_front_matter(text)
    return parse_wire_text(body, meta, reference_date)

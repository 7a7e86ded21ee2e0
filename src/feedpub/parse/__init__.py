"""Read article files, whatever their format and encoding, into raw article dicts.

The one entry point is :func:`parse_file`. It never raises for bad content: a file that
cannot be read at all gives an article of ``None`` and a problem saying why, and
everything doubtful in a readable one is a problem beside the article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..agencies import agency_entry, slugify
from ..errors import ArticleError
from ..problems import Problem
from .clean import without_unwritable
from .decode import decode, read_bytes
from .frontmatter import split_front_matter
from .schemaorg import as_wire_copy, is_schema_org
from .wire import parse_wire_text

#: How deep a JSON article's lists and objects may nest: far more than any article's fields
#: need, and far less than the depth at which reading, checking or caching it would fail.
MAX_DEPTH = 32


@dataclass(frozen=True)
class ParsedArticle:
    """What parsing one file produced: the raw article (or None) and what went wrong."""

    file: Path
    article: dict[str, Any] | None
    problems: tuple[Problem, ...]


def article_id(file: Path) -> str:
    """The default id of an article: its file name as a slug (a hash when that is not Latin)."""
    return slugify(file.stem) or "article-" + hashlib.sha256(file.stem.encode()).hexdigest()[:12]


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


def _json_article(data: dict[str, Any], reference_date: dt.date | None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A JSON file's article: feedpub's own article JSON as it stands, or schema.org
    NewsArticle JSON-LD read as the wire copy it holds."""
    if not is_schema_org(data):
        return data, []
    text, meta, agency = as_wire_copy(data)
    article, problems = parse_wire_text(text, meta, reference_date)
    if article is not None and agency and "agency" not in article:
        article["agency"] = agency_entry(agency)
    return article, problems


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
    """Parse one article file (wire text with optional front matter, or JSON)."""
    try:
        data = read_bytes(file)
    except ArticleError as error:
        return ParsedArticle(file, None, (Problem("", str(error)),))
    return parse_bytes(file, data, encoding=encoding, reference_date=reference_date)


def parse_bytes(
    file: Path, data: bytes, *, encoding: str | None = None, reference_date: dt.date | None = None
) -> ParsedArticle:
    """Parse the bytes of an article file already read; ``file`` names it and sets its format."""
    try:
        decoded = decode(data, encoding)
        if file.suffix.lower() == ".json":
            article, problems = _json_article(_parse_json(decoded.text), reference_date)
        else:
            meta, text = split_front_matter(decoded.text)
            article, problems = parse_wire_text(text, meta, reference_date)
    except ArticleError as error:
        return ParsedArticle(file, None, (Problem("", str(error)),))
    if article is not None:
        article, removed = without_unwritable(article)
        problems = [*problems, *removed]
        article.setdefault("id", article_id(file))
        article.setdefault("source", {"file": file.name, "encoding": decoded.encoding})
    return ParsedArticle(file, article, tuple(problems))

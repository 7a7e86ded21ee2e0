"""Read article files, whatever their format and encoding, into raw article dicts.

The one entry point is :func:`parse_file`. It never raises for bad content: a file that
cannot be read at all gives an article of ``None`` and a problem saying why, and
everything doubtful in a readable one is a problem beside the article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from os import scandir, sep
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from ..problems import Problem
from .agencies import agency_entry, slugify
from .decode import decode, read_bytes
from .frontmatter import split_front_matter
from .schemaorg import as_wire_copy, is_schema_org
from .wire import parse_wire_text

#: File name endings read as articles; everything else in an articles folder is skipped.
ARTICLE_SUFFIXES = (".txt", ".json")
#: How deep a JSON article's lists and objects may nest: far more than any article's fields
#: need, and far less than the depth at which reading, checking or caching it would fail.
MAX_DEPTH = 32
#: A JSON escape of half a UTF-16 surrogate pair, the only way a lone one gets into text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    if _SURROGATE_ESCAPE.search(text) and (found := _lone_surrogate(data)):
        where, char = found
        raise ArticleError(
            f"the JSON text at {where or '/'} holds \\u{ord(char):04x}, half of a UTF-16 surrogate pair and not a"
            " character, which no page or feed can carry: write the character itself, or both halves of its pair"
        )
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


def _lone_surrogate(node: Any, path: str = "") -> tuple[str, str] | None:
    """Where (a JSON pointer) the first lone surrogate in ``node``'s keys or strings is, and it.

    JSON's escapes can spell half a pair (``\\ud800``), and ``json`` lets it through into a
    string that cannot be written as UTF-8; YAML refuses such escapes itself.
    """
    if isinstance(node, str):
        found = _SURROGATE.search(node)
        return (path, found.group()) if found else None
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(key, str) and (found := _SURROGATE.search(key)):
            return f"{path}/{key.encode('utf-8', 'backslashreplace').decode()}", found.group()
        if deeper := _lone_surrogate(value, f"{path}/{key}"):
            return deeper
    return None


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
        article.setdefault("id", article_id(file))
        article.setdefault("source", {"file": file.name, "encoding": decoded.encoding})
    return ParsedArticle(file, article, tuple(problems))


def find_article_files(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[Path, Problem]]]:
    """Every article file named or found under ``paths`` (hidden entries skipped), sorted.

    A folder that cannot be listed is reported, not fatal: the rest is still found.
    """
    found: list[Path] = []
    problems: list[tuple[Path, Problem]] = []
    for path in paths:
        if not has_utf8_name(str(path)):
            problems.append(_not_utf8(str(path)))
        elif path.is_dir():
            names, unlisted = list_article_files(path)
            found += map(Path, names)
            problems += unlisted
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            problems.append((path, Problem("", "no such file or folder")))
    if len(paths) > 1 or not paths[0].is_dir():  # one folder is listed in order already
        found = sorted(dict.fromkeys(found), key=lambda file: path_order(str(file)))
    return found, problems


def list_article_files(folder: Path) -> tuple[list[str], list[tuple[Path, Problem]]]:
    """The article files under ``folder`` as path strings in path order, and the folders not listed.

    Strings, because a build of a large archive looks at most of them only to see that
    they did not change: the listing's entries give their paths and types without a
    ``stat`` or a Path each, and a hundred thousand files are listed in a fifth of a second.
    """
    found: list[str] = []
    problems: list[tuple[Path, Problem]] = []
    _walk(str(folder), found, problems, set())
    return found, problems


def path_order(name: str) -> list[str]:
    """The sort key of the order :func:`list_article_files` lists in: folder by folder, by name."""
    return name.split(os.sep)


def position_in(names: Sequence[str], name: str) -> tuple[int, bool]:
    """Where ``name`` is, or would go, in ``names`` (a listing in path order), and whether it is there."""
    index = bisect.bisect_left(names, path_order(name), key=path_order)
    return index, index < len(names) and names[index] == name


def has_utf8_name(name: str) -> bool:
    """Whether a name from the file system is valid UTF-8 (Python shows other bytes as lone surrogates)."""
    return _SURROGATE.search(name) is None


def _shown_name(name: str) -> str:
    r"""A file system name as printable text: bytes that are not UTF-8 shown as ``\xff``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _not_utf8(path: str) -> tuple[Path, Problem]:
    """The problem of a file or folder whose name is not UTF-8, which is left out."""
    message = "the name is not valid UTF-8, so it cannot be part of a URL or a feed: rename it"
    return Path(_shown_name(path)), Problem("", message)


def is_article_file(name: str) -> bool:
    """Whether a file of this name (not hidden, with an article suffix) is read as an article."""
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)


def is_hidden(parts: Sequence[str]) -> bool:
    """Whether a path below the articles folder, given by its parts, is one the listing never
    reads: a hidden file, or anything in a hidden folder (an editor's swap file, the cache)."""
    return any(part.startswith(".") for part in parts)


def _walk(folder: str, found: list[str], problems: list[tuple[Path, Problem]], seen: set[tuple[int, int]]) -> None:
    """Add the article files under ``folder`` to ``found``; ``seen`` holds the folders listed so far.

    Links to folders are followed (an archive may live elsewhere), but a folder met a
    second time, such as a link to its own parent, is reported and not listed again.
    """
    names: list[str] = []
    folders: set[str] = set()
    try:
        identity = os.stat(folder)
        if (identity.st_dev, identity.st_ino) in seen:
            problems.append((Path(folder), Problem("", "links to a folder listed already; it is read once")))
            return
        seen.add((identity.st_dev, identity.st_ino))
        with scandir(folder) as listing:
            for entry in listing:
                names.append(entry.name)
                if entry.is_dir():
                    folders.add(entry.name)
    except OSError as error:
        problems.append((Path(folder), Problem("", f"cannot list the folder: {error.strerror or error}")))
        return
    names.sort()  # plain names sort quicker than (name, path, type) tuples, a third of the time
    prefix = folder if folder.endswith(sep) else folder + sep
    for name in names:
        if not (name.isascii() or has_utf8_name(name)):  # most names are ASCII: no search
            if name in folders or is_article_file(name):
                problems.append(_not_utf8(prefix + name))
        elif name in folders:
            if not is_hidden((name,)):
                _walk(prefix + name, found, problems, seen)
        elif is_article_file(name):
            found.append(prefix + name)

"""Finding article files: which files under a folder are articles, in a stable order.

Every layer lists articles the same way (validate, build, serve's watcher), so the rules
live here once: hidden files and folders are skipped, links to folders are followed once,
names that are not UTF-8 are reported, and the order is folder by folder, by name.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence
from os import scandir, sep
from pathlib import Path

from .problems import Problem

#: File name endings read as articles; everything else in an articles folder is skipped. Which
#: format a file is in, its content says first (see :mod:`feedpub.parse.sniff`); an ending says
#: it only when the content does not: JSON (a structured article, ninjs, or schema.org JSON-LD
#: as feedpub writes it), XML, IPTC 7901 or ANPA-1312 wire text, and plain text for the rest.
JSON_SUFFIXES = (".json", ".jsonld")
XML_SUFFIXES = (".xml", ".nitf", ".newsml")
IPTC7901_SUFFIXES = (".ipt",)
ANPA_SUFFIXES = (".anpa",)
ARTICLE_SUFFIXES = (".txt", *JSON_SUFFIXES, *XML_SUFFIXES, *IPTC7901_SUFFIXES, *ANPA_SUFFIXES)
#: A lone surrogate: how Python shows the bytes of a file name that are not UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether a listing's entry is a folder or a link to one. An entry that cannot be told
    (a link to itself: ``loop.txt -> loop.txt``) is taken for a file, so reading it reports
    what is wrong with it, and the rest of the folder is still listed."""
    try:
        return entry.is_dir()
    except OSError:
        return False


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
                if _is_folder(entry):
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

"""What names an article: a file's id, and the ids and paths of the items of a file that
holds several.

A file's one article is named by the file: its id is the file name's slug. Of a file holding
several items, each is named ``<file>#<id>`` (:func:`item_path`) in reports and in the build's
state, and its id is permanent whatever its position in the file (:func:`item_id`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from ..agencies import slugify
from .story import Item


def article_id(file: Path) -> str:
    """The default id of an article: its file name as a slug (a hash when that is not Latin)."""
    return slugify(file.stem) or "article-" + hashlib.sha256(file.stem.encode()).hexdigest()[:12]


#: What joins a file's path and one of its items' ids: ``wire/batch.xml#tag-ap-org-2011-5e56``.
ITEM_MARK = "#"
#: The longest id an item gets (a slug's length).
_LONGEST_ID = 64


def item_id(file: Path, item: Item) -> str:
    """The permanent id of one of several items of ``file``: its unique key as a slug, else
    the file's id and the key's slug. An id that would be too long, or of a key whose letters
    are not all Latin, ends in a digest of the whole key, so two keys never meet."""
    decomposed = unicodedata.normalize("NFKD", item.key)
    plain = decomposed.encode("ascii", "ignore").decode()
    lossy = any(char.isalnum() and not char.isascii() for char in decomposed)
    key = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    prefix = "" if item.unique else article_id(file) + "-"
    if key and not lossy and len(prefix + key) <= _LONGEST_ID:
        return prefix + key
    digest = hashlib.sha256(item.key.encode()).hexdigest()[:12]
    start = (prefix + key)[: _LONGEST_ID - len(digest) - 1].strip("-") or "item"
    return f"{start}-{digest}"


def item_path(file: Path, item: str) -> Path:
    """The path naming item ``item`` (its id) of ``file``, as reports and the build name it."""
    return file.with_name(f"{file.name}{ITEM_MARK}{item}")


def split_item(path: Path) -> tuple[Path, str | None]:
    """The file and item id an :func:`item_path` names; ``(path, None)`` for a file itself."""
    if ITEM_MARK not in path.name or path.exists():
        return path, None
    name, _, item = path.name.rpartition(ITEM_MARK)
    return path.with_name(name), item

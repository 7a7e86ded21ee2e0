"""What names an article: a file's id, and the ids and paths of the items of a file holding several."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from feedpub.parse.identity import item_id, item_path, split_item
from feedpub.parse.story import Item


@pytest.mark.parametrize(
    ("key", "unique", "expected"),
    [
        ("tag:ap.org,2011:5e56-text", True, "tag-ap-org-2011-5e56-text"),
        ("eca0124", False, "dpa-stream-eca0124"),
        ("وكالة-1", True, "1-" + hashlib.sha256("وكالة-1".encode()).hexdigest()[:12]),
        ("وكالة", False, "dpa-stream-" + hashlib.sha256("وكالة".encode()).hexdigest()[:12]),
        ("وكالة", True, "item-" + hashlib.sha256("وكالة".encode()).hexdigest()[:12]),
        ("x" * 70, True, "x" * 51 + "-" + hashlib.sha256(("x" * 70).encode()).hexdigest()[:12]),
    ],
)
def test_an_item_id_is_its_key_as_a_slug(key: str, unique: bool, expected: str) -> None:
    """A unique key is the id itself, another is the file's id and the key; one too long or
    with no Latin letters ends in a digest of the whole key, within the schema's pattern."""
    found = item_id(Path("wire/dpa-stream.ipt"), Item(key, unique, None))
    assert found == expected
    assert len(found) <= 64
    assert article_is_valid_id(found)


def article_is_valid_id(value: str) -> bool:
    """Whether ``value`` matches the schema's id pattern."""
    return re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?", value) is not None


def test_an_item_path_names_its_file_and_item(tmp_path: Path) -> None:
    """split_item undoes item_path; a file whose name holds the mark and exists is a file."""
    batch = tmp_path / "batch.xml"
    assert split_item(item_path(batch, "tag-x")) == (batch, "tag-x")
    assert split_item(batch) == (batch, None)
    odd = tmp_path / "notes#1.txt"
    odd.write_text("A file whose name holds the mark", encoding="utf-8")
    assert split_item(odd) == (odd, None)

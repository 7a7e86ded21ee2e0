"""feedpub's JSON writer: orjson's bytes, the same as the standard library's."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedpub.render.serialize import compact_json, compact_json_bytes, dump_json

#: What feedpub's documents hold: text (any characters), integers, booleans, nulls, nested.
_SCALARS = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text()
_DOCUMENTS = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=12
)


def _reference_compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@given(_DOCUMENTS)
def test_compact_json_is_the_standard_librarys(data: Any) -> None:
    """Compact JSON-LD and ninjs are byte for byte what json.dumps wrote (sorted keys, UTF-8, escapes)."""
    try:
        expected = _reference_compact(data).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: neither writes it
        with pytest.raises(UnicodeEncodeError):
            compact_json(data).encode("utf-8")
        return
    assert compact_json(data).encode("utf-8") == expected
    assert compact_json_bytes(data) == expected + b"\n"


@given(_DOCUMENTS)
def test_dump_json_is_the_standard_librarys(data: Any) -> None:
    """Indented JSON Feed documents are byte for byte what json.dumps wrote with indent=2."""
    try:
        expected = (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            dump_json(data)
        return
    assert dump_json(data) == expected


def test_what_orjson_refuses_is_written_as_before() -> None:
    """An integer past 64 bits, which orjson refuses, is written by the standard library."""
    data = {"wordCount": 2**70, "headline": "عاجل"}
    assert compact_json(data) == _reference_compact(data)
    assert dump_json(data) == (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()

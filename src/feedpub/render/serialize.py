"""JSON as feedpub writes files: sorted keys, real UTF-8, a trailing newline."""

from __future__ import annotations

import json
from typing import Any


def dump_json(data: Any) -> bytes:
    """Deterministic, readable JSON bytes."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def script_json(data: Any) -> str:
    """JSON safe to embed in an HTML ``<script>``: ``<``, ``>`` and ``&`` are escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")

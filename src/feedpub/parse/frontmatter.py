"""The optional YAML block between ``---`` lines that opens an article file.

It supplies or overrides metadata the wire text does not carry (url, authors,
datePublished, timezone, ...). Timestamps stay strings, so the schema, not YAML, decides
what a valid date-time is.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..errors import ArticleError


@cache
def _loader() -> type:
    """The safe loader (libyaml's when present) leaving dates and times as the editor typed them.

    Made, and PyYAML imported (a fifth of the parser's import time), only when a file has
    front matter: plain wire copy has none.
    """
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _block(text: str) -> tuple[str | None, str]:
    """The front matter's lines and the text after them, or None when the file opens without any.

    Only the block's own lines are split off: the story after it, most of the file, is
    sliced once rather than split into lines and joined again.
    """
    first, _, _ = text.partition("\n")
    if first.strip() != "---":
        return None, text
    lines: list[str] = []
    start = len(first) + 1
    while start <= len(text):
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip() in ("---", "..."):
            return "\n".join(lines), "" if end < 0 else text[end + 1 :]
        if end < 0:
            break
        lines.append(line)
        start = end + 1
    raise ArticleError("the front matter opened by '---' on line 1 is never closed by a '---' line")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return the front-matter mapping (empty if there is none) and the text after it."""
    block, rest = _block(text)
    if block is None:
        return {}, text
    import yaml

    try:
        meta = yaml.load(block, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        reason = getattr(error, "problem", None) or str(error)
        context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
        if context and context_mark is not None:
            reason += f" ({context} that starts on line {context_mark.line + 2})"
        raise ArticleError(f"the front matter is not valid YAML{where}: {reason}") from None
    if meta is None:
        return {}, rest
    if not isinstance(meta, dict):
        raise ArticleError("the front matter must be a mapping of keys to values (key: value lines)")
    return {str(key): value for key, value in meta.items()}, rest

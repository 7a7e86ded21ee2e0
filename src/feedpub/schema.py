"""The JSON Schemas feedpub ships, checked quickly and explained in plain language.

Articles and ``feedpub.toml`` are both checked against a bundled schema. Whether an
instance is valid is answered by a compiled check (fastjsonschema); jsonschema, which
says where and why, is imported only when an instance needs it: that import is a
quarter of the start-up of ``feedpub validate``. Each jsonschema error becomes a
plain-language reason at a JSON pointer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from functools import cache, partial
from importlib import resources
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import fastjsonschema
from rfc3339_validator import validate_rfc3339

from .problems import Problem

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_FORMAT_REASONS = {
    "date": "is not a real date (expected YYYY-MM-DD)",
    "date-time": "is not an RFC 3339 date-time with an offset, such as 2025-11-07T09:30:00+03:00",
}
#: The shape of an RFC 3339 date-time: a value of this shape that is still not one names a
#: day or time that does not exist (Feb. 31, 25:00).
_DATE_TIME_SHAPE = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)")
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "text",
    bool: "true or false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def load_schema(name: str) -> dict[str, Any]:
    """A schema bundled with feedpub, such as ``newsarticle.schema.json``."""
    text = resources.files("feedpub").joinpath("schemas", name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _rewrite(node: Any, rewrite: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of the schema ``node`` with ``rewrite`` applied to every object in it, innermost first."""
    if isinstance(node, list):
        return [_rewrite(item, rewrite) for item in node]
    if not isinstance(node, dict):
        return node
    return rewrite({key: _rewrite(value, rewrite) for key, value in node.items()})


def _inline_refs(schema: dict[str, Any]) -> Any:
    """The schema with each local ``#/$defs/x`` reference replaced by its target.

    Validation is then the same but skips resolving a reference at every paragraph, which
    is most of jsonschema's time on a long article.
    """
    definitions = schema.get("$defs", {})

    def inline(node: dict[str, Any]) -> dict[str, Any]:
        node.pop("$defs", None)
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/"):
            del node["$ref"]
            return {**_rewrite(definitions[reference.removeprefix("#/$defs/")], inline), **node}
        return node

    return _rewrite(schema, inline)


@cache
def schema_validator(name: str) -> Draft202012Validator:
    """The validator for a bundled schema, built once: building costs far more than using."""
    from jsonschema import Draft202012Validator

    schema = _inline_refs(load_schema(name))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def _quick_check(name: str) -> Callable[[Any], Any]:
    """fastjsonschema's compiled check of a bundled schema, with jsonschema's date formats.

    Most articles and configs are valid; this answers "valid?" in microseconds, and
    jsonschema, which says where and why, runs only for those that are not. A text-line
    pattern (``$defs/line``), which every paragraph must match, is checked by
    :func:`_is_line` instead of a regex.
    """
    source = load_schema(name)
    schema = dict(_inline_refs(source))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    formats: dict[str, Callable[[Any], bool]] = {"date": is_date, "date-time": is_date_time}
    line_pattern = source.get("$defs", {}).get("line", {}).get("pattern")
    if line_pattern:
        formats[_LINE_FORMAT] = partial(_is_line, re.compile(line_pattern))
        schema = _line_pattern_as_format(schema, line_pattern)
    return fastjsonschema.compile(schema, formats=formats)


def conforms(name: str, instance: Any) -> bool:
    """Whether ``instance`` satisfies the bundled schema ``name`` (the quick check)."""
    try:
        _quick_check(name)(instance)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def problems_against(name: str, instance: Any) -> list[Problem]:
    """Every way ``instance`` breaks the bundled schema ``name``; jsonschema explains only a failure."""
    return [] if conforms(name, instance) else schema_problems(schema_validator(name), instance)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def is_date(value: Any) -> bool:
    """The ``date`` format as jsonschema checks it (a test holds the two together)."""
    if not isinstance(value, str):
        return True
    try:
        return bool(_DATE.fullmatch(value) and dt.date.fromisoformat(value))
    except ValueError:
        return False


def is_date_time(value: Any) -> bool:
    """The ``date-time`` format as jsonschema checks it: RFC 3339, through rfc3339-validator."""
    return not isinstance(value, str) or bool(validate_rfc3339(value.upper()))


#: The format name the quick check gives the text-line pattern (not a JSON Schema format).
_LINE_FORMAT = "feedpub-line"


def _line_pattern_as_format(schema: Any, line_pattern: str) -> Any:
    """The schema with each use of the text-line pattern made a use of :data:`_LINE_FORMAT`."""

    def as_format(node: dict[str, Any]) -> dict[str, Any]:
        if node.get("pattern") == line_pattern:
            del node["pattern"]
            node["format"] = _LINE_FORMAT
        return node

    return _rewrite(schema, as_format)


def _is_line(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` matches the text-line ``pattern`` (no control characters).

    Text Python deems printable has no control characters or non-characters at all, and
    ``isprintable`` reads a long paragraph several times faster than the pattern does;
    the pattern decides only for the rest (tabs, no-break spaces, direction marks).
    """
    return text.isprintable() or pattern.search(text) is not None


def _pointer(parts: Iterable[str | int]) -> str:
    return "".join(f"/{str(part).replace('~', '~0').replace('/', '~1')}" for part in parts)


def show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _reason(error: ValidationError) -> str:
    keyword, value, instance = error.validator, error.validator_value, error.instance
    description = error.schema.get("description") if isinstance(error.schema, dict) else None
    if keyword == "type":
        expected = " or ".join(value) if isinstance(value, list) else value
        return f"must be {expected}, not {_JSON_TYPES.get(type(instance), type(instance).__name__)}"
    if keyword == "format":
        if value == "date-time" and isinstance(instance, str) and _DATE_TIME_SHAPE.fullmatch(instance):
            return f"{show(instance)} is not a real date and time: check the day of the month and the hour"
        return f"{show(instance)} {_FORMAT_REASONS.get(str(value), f'is not a valid {value}')}"
    if keyword == "minLength":
        return "must not be empty"
    if keyword == "minItems":
        expected = f"; expected {description}" if description else ""  # what the list holds: the story's paragraphs
        if not instance:
            return f"is empty{expected}"
        return f"must have at least {value} item{'s' if value != 1 else ''}{expected}"
    if keyword == "uniqueItems":
        return "lists the same item twice"
    if keyword == "minimum":
        return f"must be at least {value}, not {instance}"
    if keyword == "pattern" and isinstance(instance, str):
        control = _CONTROL.search(instance)
        if control:
            return (
                f"contains the control character U+{ord(control.group()):04X} at character {control.start() + 1}, "
                "which XML feeds cannot carry; remove it"
            )
        return f"{show(instance)} is not {description}" if description else f"{show(instance)} does not match {value}"
    return error.message


def schema_problems(validator: Draft202012Validator, instance: Any) -> list[Problem]:
    """Every way ``instance`` breaks ``validator``'s schema, as plain-language problems."""
    problems = []
    for error in validator.iter_errors(instance):
        path = list(error.absolute_path)
        if error.validator == "required":
            why = _condition_description(validator.schema, error)
            for name in error.validator_value:
                if isinstance(error.instance, dict) and name not in error.instance:
                    described = _property_description(error.schema, name)
                    hint = f": {why}" if why else f"; expected {described}" if described else ""
                    problems.append(Problem(_pointer([*path, name]), f"missing{hint}"))
        elif error.validator == "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            for name in sorted(set(error.instance) - set(allowed)):
                problems.append(
                    Problem(_pointer([*path, name]), f"unknown field; the fields allowed here are {', '.join(allowed)}")
                )
        else:
            problems.append(Problem(_pointer(path), _reason(error)))
    return problems


def _condition_description(schema: Any, error: ValidationError) -> str | None:
    """For a field required only under a condition (``if``/``then``), the condition's description."""
    found = None
    for part in error.schema_path:
        if part == "then" and isinstance(schema, dict):
            found = schema.get("description")
        schema = schema[part]
    return str(found) if found else None


def _property_description(schema: dict[str, Any], name: str) -> str | None:
    described = schema.get("properties", {}).get(name, {})
    text = described.get("description") if isinstance(described, dict) else None
    return str(text) if text else None


def is_time_zone(name: str) -> bool:
    """True when ``name`` is an IANA time zone this system knows, such as Asia/Baghdad.

    Loading the one zone takes a fraction of a millisecond; listing every zone the system
    has, to look the name up, takes some 60 ms in every command.
    """
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # not found, not a zone file, a folder
        return False
    return True

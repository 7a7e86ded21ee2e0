"""Score the wire-copy reader on real copy, field by field, dev and holdout apart.

Each item of ``tests/data/accuracy/*.jsonl`` (see its README) is parsed as a text file
whose first line is the headline, read on the day it was published; six fields are
compared with what a person wrote down reading the item: headline, place, date, agency,
language and where the lede starts.

    python benchmarks/accuracy.py                # both splits, per field
    python benchmarks/accuracy.py --failures dev # and every field read wrong on dev
    python benchmarks/accuracy.py --groups       # and each group (file) and round, all and held aside

A round is the groups gathered together, named with its number (``arabic10``, ``wires10``);
scoring an older checkout's reader on a round (``PYTHONPATH=<checkout>/src``) gives the score
the round had before any rule was written from it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from feedpub.parse import parse_bytes

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "accuracy"
FIELDS = ("headline", "place", "date", "agency", "language", "lede")
SPLITS = ("dev", "holdout")
_PLACE_EDGE = " \t,،;:/-–—.()"


@dataclass(frozen=True)
class Item:
    """One corpus item: its id, split, source, text and what a reader expects of it."""

    id: str
    split: str
    source: str
    published: dt.date | None
    text: str
    expect: dict[str, Any]


@dataclass(frozen=True)
class Miss:
    """One field read wrong: the item, the field, what was expected and what was read."""

    item: str
    field: str
    expected: Any
    found: Any


def load(folder: Path = CORPUS) -> list[Item]:
    """Every item of every ``.jsonl`` file in ``folder``, in file then line order."""
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
                items.append(Item(data["id"], data["split"], data["source"], published, data["text"], data["expect"]))
    return items


def _space(text: str | None) -> str | None:
    """``text`` with runs of white space as one space, in NFC: feedpub normalises what it reads
    to NFC, and canonically equivalent text (shadda and kasra in either order) is the same text."""
    return None if text is None else " ".join(unicodedata.normalize("NFC", text).split())


def _place(text: str | None) -> str | None:
    spaced = _space(text)
    return None if spaced is None else spaced.strip(_PLACE_EDGE) or None


#: Tags one language is written down with, and the one it is scored as: Northern Kurdish is
#: CLDR's ``ku`` or ISO 639-3's ``kmr``; Norwegian Bokmål ``nb``, or ``no`` for Norwegian;
#: Filipino ``fil``, as CLDR names it, or ``tl`` for Tagalog, its base.
_SAME_LANGUAGE = {"kmr": "ku", "no": "nb", "tl": "fil"}


def _primary(tag: str) -> str:
    """The tag's primary language; Chinese keeps its script apart (zh, zh-Hant), and a language
    written down with either of two tags is one (:data:`_SAME_LANGUAGE`)."""
    if tag in ("zh-Hant", "zh-TW", "zh-HK"):
        return "zh-Hant"
    primary = tag.split("-")[0]
    return _SAME_LANGUAGE.get(primary, primary)


def read(item: Item) -> dict[str, Any]:
    """What feedpub reads of ``item``: the six fields, None where it found nothing."""
    parsed = parse_bytes(Path("item.txt"), item.text.encode(), reference_date=item.published)
    article = parsed.article or {}
    dateline = article.get("dateline") or {}
    body = article.get("body") or [""]
    language = str(article.get("language", "und"))
    agency = article.get("agency")
    return {
        "headline": article.get("headline"),
        "place": dateline.get("place"),
        "date": dateline.get("date"),
        "agency": agency.get("id") if isinstance(agency, dict) else None,
        "language": language,
        "lede": body[0],
    }


def misses(item: Item) -> list[Miss]:
    """The fields of ``item`` that feedpub reads wrong."""
    found = read(item)
    expect = item.expect
    wrong = []
    checks = {
        "headline": _space(found["headline"]) == _space(expect["headline"]),
        "place": _place(found["place"]) == _place(expect["place"]),
        "date": found["date"] == expect["date"],
        "agency": found["agency"] == expect["agency"],
        "language": _primary(found["language"]) == _primary(expect["language"]),
        "lede": _space(found["lede"] or "").startswith(_space(expect["lede"]) or ""),  # type: ignore[union-attr]
    }
    for field, right in checks.items():
        if not right:
            wrong.append(Miss(item.id, field, expect[field], found[field]))
    return wrong


@dataclass(frozen=True)
class Score:
    """Fields right out of fields scored, overall and per field, for one split."""

    items: int
    right: dict[str, int]
    failures: tuple[Miss, ...]

    @property
    def overall(self) -> float:
        """The share of all fields read right, in percent."""
        total = self.items * len(FIELDS)
        return 100.0 * sum(self.right.values()) / total if total else 100.0

    def field(self, name: str) -> float:
        """The share of ``name`` fields read right, in percent."""
        return 100.0 * self.right[name] / self.items if self.items else 100.0


def score(items: Iterable[Item]) -> Score:
    """Score ``items``: how many of each field are right, and the misses."""
    right = dict.fromkeys(FIELDS, 0)
    failures: list[Miss] = []
    count = 0
    for item in items:
        count += 1
        wrong = misses(item)
        failures += wrong
        for field in FIELDS:
            right[field] += all(miss.field != field for miss in wrong)
    return Score(count, right, tuple(failures))


def report(name: str, result: Score) -> str:
    """One line for a split: items, overall and per-field percentages."""
    fields = "  ".join(f"{field} {result.field(field):5.1f}" for field in FIELDS)
    return f"{name:8} {result.items:4} items  overall {result.overall:5.1f}%   {fields}"


def _clip(value: Any) -> str:
    text = re.sub(r"\s+", " ", str(value))
    return text if len(text) <= 70 else text[:67] + "..."


def main(argv: list[str] | None = None) -> int:
    """Print the scores; list the misses of the splits asked for."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .jsonl items")
    parser.add_argument("--failures", choices=SPLITS, action="append", default=[], help="list misses of a split")
    parser.add_argument("--groups", action="store_true", help="also score each group and round, all and held aside")
    options = parser.parse_args(argv)
    items = load(options.corpus)
    for split in SPLITS:
        result = score(item for item in items if item.split == split)
        print(report(split, result))
        if split in options.failures:
            for miss in result.failures:
                print(f"  {miss.item:28} {miss.field:8} expected {_clip(miss.expected)!r}  read {_clip(miss.found)!r}")
    print(report("all", score(items)))
    if options.groups:
        for name, members in _groups(items).items():
            held = [item for item in members if item.split == "holdout"]
            aside = f"   holdout {score(held).overall:5.1f}% of {len(held)}" if held else ""
            print(report(name, score(members)) + aside)
    return 0


def _groups(items: list[Item]) -> dict[str, list[Item]]:
    """The items of each group (``arabic10``), then of each round (``round 10``: the groups whose
    names end in its number), in that order."""
    groups: dict[str, list[Item]] = {}
    rounds: dict[int, list[Item]] = {}
    for item in items:
        group = item.id.rsplit("-", 1)[0]
        groups.setdefault(group, []).append(item)
        number = re.search(r"\d+$", group)
        if number is not None:
            rounds.setdefault(int(number.group()), []).append(item)
    return {**dict(sorted(groups.items())), **{f"round {n}": rounds[n] for n in sorted(rounds)}}


if __name__ == "__main__":
    sys.exit(main())

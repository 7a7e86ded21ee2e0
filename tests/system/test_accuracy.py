"""The reader keeps its accuracy on real wire copy (tests/data/accuracy)."""

from __future__ import annotations

import re
import sys

from tests.sites import DATA, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy

CORPUS = DATA / "accuracy"


def _stated_floor() -> float:
    """The overall figure the corpus README promises, in percent."""
    found = re.search(r"below\s+\*\*(\d+(?:\.\d+)?)%\*\*", (CORPUS / "README.md").read_text("utf-8"))
    assert found, "accuracy/README.md states no floor"
    return float(found.group(1))


def test_accuracy_stays_above_the_stated_floor() -> None:
    """Fields read right on all items, dev and holdout, are at least the README's figure."""
    result = accuracy.score(accuracy.load(CORPUS))
    assert result.items >= 200
    assert result.overall >= _stated_floor(), accuracy.report("all", result)


def test_every_item_is_well_formed() -> None:
    """Each item has a known split, a source, a headline line and every expected field."""
    for item in accuracy.load(CORPUS):
        assert item.split in accuracy.SPLITS, item.id
        assert item.source, item.id
        assert item.text.split("\n", 1)[0].strip(), item.id
        assert set(accuracy.FIELDS) <= set(item.expect), item.id

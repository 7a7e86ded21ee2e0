"""NewsML 1.2 items from agencies and IPTC, read field by field as a person reading them would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats import check_item, items

ITEMS = items("newsml-1.2")


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_real_item_reads_as_expected(item: Path) -> None:
    """Each real NewsML 1.2 item gives the headline, place, date, agency, language and story written down for it."""
    check_item(item, "newsml-1.2")

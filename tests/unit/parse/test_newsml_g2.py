"""NewsML-G2 items from agencies and IPTC, read field by field as a person reading them would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats import check_item, items

ITEMS = items("newsml-g2")


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_real_item_reads_as_expected(item: Path) -> None:
    """Each real NewsML-G2 item gives the headline, place, date, agency, language and story written down for it."""
    check_item(item, "newsml-g2")


def test_a_located_place_wins_over_the_text_with_a_warning() -> None:
    """Reuters states it filed from Bangalore while its dateline says DAMASCUS: the stated place is kept, both named."""
    from tests.formats import FORMATS, read

    report = read(FORMATS / "newsml-g2" / "superdesk-tag_reuters.com_2014_newsml_KBN0FL0NN_version_5")
    assert report.article is not None
    assert report.article["dateline"]["raw"] == "DAMASCUS (Reuters) -"
    warning = next(problem for problem in report.problems if problem.path == "/dateline/place")
    assert warning.severity == "warning"
    assert '"Bangalore"' in warning.message
    assert '"DAMASCUS"' in warning.message

"""The typed article's derived facts: here, how its words are counted in every script."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedpub.model import article_from_dict, count_words


@pytest.mark.parametrize(
    ("paragraphs", "language", "words"),
    [
        (["Senior U.S. and Iraqi officials met on Friday."], "en", 8),
        (["The talks — held in Baghdad — ended.", "A second paragraph."], "en-GB", 11),
        (['أكد مسؤولون أمريكيون وعراقيون الالتزام بـ"إرساء أسس مرحلة جديدة".'], "ar", 9),
        (["国家统计局7日发布数据显示，中国经济保持稳步增长。"], "zh", 23),  # 22 characters and the figure 7
        (["國家統計局7日發布數據顯示，中國經濟保持穩步增長。"], "zh-Hant", 23),
        (["東京都は7日、新しい計画を発表した。"], "ja", 16),  # 15 kanji and kana, and the figure 7
        (["新华社北京11月7日电 Xinhua reported"], "zh", 12),  # 8 characters, 11, 7 and two English words
        (["서울 7일 연합뉴스 한국 경제"], "ko", 5),  # Korean puts spaces between words
        ([], "zh", 0),
    ],
)
def test_count_words(paragraphs: list[str], language: str, words: int) -> None:
    """Words stand between spaces; in Chinese and Japanese each Han or kana character is one."""
    assert count_words(paragraphs, language) == words


@given(st.lists(st.sampled_from([*"中國日東京かナ。，、 ab7", " ", "  ", "U.S.", "—", "\U00020000"]), max_size=40))
def test_unspaced_count_is_one_per_character_and_one_per_spaced_word(pieces: list[str]) -> None:
    """The count matches its definition read a character at a time: each Han or kana
    character is a word, and so is each space-separated run with a letter or digit."""
    text = "".join(pieces)
    unspaced = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
    characters = sum(1 for char in text if unspaced.match(char))
    spaced = "".join(" " if unspaced.match(char) else char for char in text)
    words = sum(1 for token in spaced.split() if any(char.isalnum() for char in token))
    assert count_words([text], "zh") == characters + words


def _dated(agency: str, **extra: str) -> dict[str, object]:
    """A validated article whose dateline gives a date and no time."""
    return {
        "id": "x",
        "headline": "H",
        "dateline": {"raw": "X, Nov. 7", "place": "X", "date": "2025-11-07"},
        "agency": {"id": agency, "name": agency},
        "body": ["Text."],
        "language": "en",
        **extra,
    }


@pytest.mark.parametrize(
    ("agency", "extra", "offset"),
    [
        ("xinhua", {}, 8),  # the registry's zone for Xinhua: Asia/Shanghai
        ("kuna", {}, 3),  # Asia/Kuwait
        ("gna", {}, 0),  # Africa/Accra: the Ghana News Agency's, where the site's would be New York's
        ("reuters", {}, -5),  # no zone in the registry: the site's (America/New_York in November)
        ("xinhua", {"timezone": "Europe/Paris"}, 1),  # the front matter's wins
    ],
    ids=["xinhua", "kuna", "gna", "international", "front-matter"],
)
def test_a_date_only_dateline_is_midnight_in_its_zone(agency: str, extra: dict[str, str], offset: int) -> None:
    """A dateline's date without a time is midnight where the story was dated: the front
    matter's zone, else the agency's (national agencies), else the site's."""
    article = article_from_dict(_dated(agency, **extra), "America/New_York")
    assert article.published.replace(tzinfo=None) == dt.datetime(2025, 11, 7)
    assert article.published.utcoffset() == dt.timedelta(hours=offset)


def test_a_pages_date_dates_a_story_whose_dateline_has_none() -> None:
    """The page's stamp above a story with no dateline (``pageDate``) dates it as a dateline's
    date would, at midnight where it was dated; its dateline keeps no date."""
    data = _dated("kuna")
    data["dateline"] = {"raw": "7 November 2025", "place": None, "date": None, "pageDate": "2025-11-07"}
    article = article_from_dict(data, "America/New_York")
    assert article.published == dt.datetime(2025, 11, 7, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert article.dateline.date is None

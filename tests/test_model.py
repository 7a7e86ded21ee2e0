"""The typed article's derived facts: here, how its words are counted in every script."""

from __future__ import annotations

import pytest

from feedpub.model import count_words


@pytest.mark.parametrize(
    ("paragraphs", "words"),
    [
        (["Senior U.S. and Iraqi officials met on Friday."], 8),
        (["The talks — held in Baghdad — ended.", "A second paragraph."], 9),  # a lone dash is no word
        (['أكد مسؤولون أمريكيون وعراقيون الالتزام بـ"إرساء أسس مرحلة جديدة".'], 9),
        (["国家统计局7日发布数据显示，中国经济保持稳步增长。"], 23),  # 22 characters and the figure 7
        (["東京都は7日、新しい計画を発表した。"], 16),  # 15 kanji and kana, and the figure 7
        (["新华社北京11月7日电 Xinhua reported"], 12),  # 8 characters, 11, 7 and two English words
        (["서울 7일 연합뉴스 한국 경제"], 5),  # Korean puts spaces between words
        ([], 0),
    ],
)
def test_count_words(paragraphs: list[str], words: int) -> None:
    """Words are what stands between spaces, and each Chinese or Japanese character counts as one."""
    assert count_words(paragraphs) == words

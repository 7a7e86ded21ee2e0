"""The typed article's derived facts: here, how its words are counted in every script."""

from __future__ import annotations

import pytest

from feedpub.model import count_words


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

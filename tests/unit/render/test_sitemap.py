"""The Google News sitemap's language codes, as its specification spells them."""

from __future__ import annotations

import pytest

from feedpub.render.sitemap import news_language


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ar", "ar"),
        ("en-GB", "en"),
        ("zh", "zh-cn"),
        ("zh-Hans", "zh-cn"),
        ("zh-CN", "zh-cn"),
        ("zh-Hant", "zh-tw"),
        ("zh-TW", "zh-tw"),
        ("zh-Hant-HK", "zh-tw"),
        ("yue", "yue"),
    ],
)
def test_news_language(tag: str, code: str) -> None:
    """ISO 639 codes, except Chinese: zh-cn for Simplified, zh-tw for Traditional (Google News' rule)."""
    assert news_language(tag) == code

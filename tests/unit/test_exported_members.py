"""The public API is exactly what ``feedpub.__all__`` lists, sorted."""

from __future__ import annotations

import feedpub


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, and every name in it exists."""
    assert feedpub.__all__ == sorted(feedpub.__all__)
    for name in feedpub.__all__:
        assert hasattr(feedpub, name), name


def test_public_objects_belong_to_feedpub() -> None:
    """Everything exported is feedpub's own, documented."""
    for name in feedpub.__all__:
        member = getattr(feedpub, name)
        assert member.__module__.startswith("feedpub"), name
        assert member.__doc__, name

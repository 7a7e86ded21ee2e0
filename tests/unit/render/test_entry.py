"""The facts every output shares: how a headline's bidirectional controls are kept in it, and
how the lines printed above a dateline are set apart from it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from feedpub.config import load_config
from feedpub.model import article_from_dict
from feedpub.parse.wire import parse_wire_text
from feedpub.render.entry import body_html, contain_bidi, entry_for
from feedpub.render.jsonld import jsonld_document
from tests.sites import ROOT

OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
CLOSERS = "\u202c\u2069"


def _open_after(text: str) -> list[str]:
    """What is still open at the end of ``text``, by UAX #9's rules for matching closers."""
    stack: list[str] = []
    for char in text:
        if char in "\u202a\u202b\u202d\u202e":
            stack.append("embedding")
        elif char in "\u2066\u2067\u2068":
            stack.append("isolate")
        elif char == "\u202c" and stack and stack[-1] == "embedding":
            stack.pop()
        elif char == "\u2069" and "isolate" in stack:
            while stack.pop() != "isolate":
                pass
    return stack


def test_an_override_is_closed_at_the_end() -> None:
    """A right-to-left override left open in a headline is closed there."""
    assert contain_bidi("Price \u202eqwerty") == "Price \u202eqwerty\u202c"
    assert contain_bidi("plain") == "plain"
    assert contain_bidi("\u2067\u202bab\u2069") == "\u2067\u202bab\u2069"  # the isolate's end closes both


@given(st.text(alphabet=st.sampled_from(["a", "ب", " ", *OPENERS, *CLOSERS]), max_size=30))
def test_nothing_stays_open_and_nothing_is_lost(text: str) -> None:
    """Whatever a headline opens is closed, and the headline itself is unchanged before the closers."""
    contained = contain_bidi(text)
    assert contained.startswith(text)
    assert _open_after(contained) == []
    assert set(contained[len(text) :]) <= set(CLOSERS)


def test_lines_above_the_dateline_are_paragraphs_of_their_own_and_no_part_of_it() -> None:
    """A byline and a page's buttons above the dateline are kept as paragraphs before the one it
    opens, and schema.org's ``dateline`` is the dateline alone."""
    text = "H\nBy Ani Hakobyan\nShare\nYEREVAN, APRIL 27, ARMENPRESS. The parliament met on Monday."
    parsed, _ = parse_wire_text(text, {}, dt.date(2025, 5, 1))
    assert parsed is not None
    parsed["id"] = "parliament"
    site = load_config(ROOT / "feedpub.toml")
    article = article_from_dict(parsed, site.timezone)
    assert body_html(article) == (
        '<div lang="en" dir="ltr"><p>By Ani Hakobyan</p><p>Share</p>'
        "<p>YEREVAN, APRIL 27, ARMENPRESS. The parliament met on Monday.</p></div>"
    )
    assert jsonld_document(entry_for(article, site), site)["dateline"] == "YEREVAN, APRIL 27, ARMENPRESS."

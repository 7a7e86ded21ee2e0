"""Properties: the parser never raises, and never loses a word of the story."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from feedpub.errors import ArticleError
from feedpub.parse.decode import decode
from feedpub.parse.wire import parse_wire_text, split_paragraphs

REFERENCE = dt.date(2025, 11, 10)
WIRE_PIECES = [
    *"abcXYZ مصرشينخوا新华社电月日 ٠١٢٣0123456789 ,.-—–/()（）[]:\"'«»\n\n\t",
    *["(Xinhua)", "((شينخوا))", "/ТАСС/", " واس ", " -- ", "Nov. ", "نوفمبر ", "11月7日", "هـ"],
    *["\x07", "\x85", "\ufdd0", "\ufffe"],  # characters a language detector may refuse
]
WIRE_ALPHABET = st.sampled_from(WIRE_PIECES)
wire_text = st.lists(WIRE_ALPHABET, max_size=80).map("".join)
place = st.sampled_from(["BAGHDAD", "بغداد", "رام الله", "Paris", "МОСКВА", "NEW YORK"])
date = st.sampled_from(["", " 7 نوفمبر 2025", ", Nov. 7", ", 7 novembre", " - 7 - 11", ", 7 ноября."])
agency = st.sampled_from(
    [("(Xinhua)", "xinhua"), ("((شينخوا))", "xinhua"), ("(رويترز)", "reuters"), ("/ТАСС/.", "tass"), ("(AFP)", "afp")]
)
separator = st.sampled_from(["", " --", " -", " —", ":"])
#: Any text but what opens with a Chinese comma, which makes what stands before it the first clause
#: of a Chinese sentence (周二（1月5日），国有企业…), no dateline, as the reader means it to.
lede = (
    st.text(st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=60)
    .filter(str.strip)
    .filter(lambda text: not text.lstrip().startswith("，"))
)


def _words(paragraphs: list[str]) -> str:
    """Every character but white space, in order: what must survive parsing."""
    return "".join("".join(paragraphs).split())


@given(wire_text)
@example("a ）Nov. ١(Xinhua)a\na")  # the headline runs into a dateline, read from the headline
@example("a\na\na")  # the headline printed again above the story
@example("H\nBy Jane Carter\nWASHINGTON (AP) — The Senate voted.")  # a byline kept above the dateline
def test_parser_never_raises_and_never_loses_text(text: str) -> None:
    """Whatever the text, parsing returns, and dateline plus body hold every character after the
    headline (and after the headline printed again above the story, as a page's heading may
    be, or at its start); a dateline read where the headline runs into it is the headline's text."""
    article, problems = parse_wire_text(text, {}, REFERENCE)
    paragraphs = split_paragraphs(text)
    if article is None:
        assert len(paragraphs) <= 1
        return
    assert article["headline"] == paragraphs[0]
    if len(paragraphs) > 2 and paragraphs[1].split() == paragraphs[0].split():
        paragraphs = paragraphs[1:]
    dateline = article.get("dateline", {})
    raw = [*dateline.get("above", []), dateline["raw"]] if dateline else []
    if any(problem.path == "/headline" for problem in problems) and _words(raw) in _words([article["headline"]]):
        raw = []
    story = _words(paragraphs[1:])
    # ... or after the headline printed again at the story's start, run into its dateline
    assert _words(raw + article["body"]) in (story, story.removeprefix(_words(paragraphs[:1])))


@given(place, date, agency, separator, lede)
def test_composed_datelines_are_found(
    place: str, date: str, agency: tuple[str, str], separator: str, lede: str
) -> None:
    """A dateline built from real parts is always found, with its agency, and nothing is lost."""
    marker, agency_id = agency
    dateline = f"{place}{date} {marker}{separator}"
    article, _ = parse_wire_text(f"Headline\n{dateline} {lede}", {}, REFERENCE)
    assert article is not None
    assert article["agency"]["id"] == agency_id
    assert article["dateline"]["place"] == place
    assert _words([article["dateline"]["raw"], *article["body"]]) == _words([dateline, lede])


@given(st.binary(max_size=200))
def test_decoding_arbitrary_bytes_fails_only_with_article_error(data: bytes) -> None:
    """Arbitrary bytes either decode or raise ArticleError with a message."""
    try:
        decoded = decode(data)
    except ArticleError as error:
        message = str(error)
    else:
        message = "decoded"
        assert "\r" not in decoded.text
    assert message

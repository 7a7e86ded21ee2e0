"""Outlets crediting themselves where a dateline would stand.

A site or paper that wrote the story, or took it from an agency, often opens it with its own
name in a dateline's shape: in square brackets, as aggregators print their sources' (``[The
Star] Residents of …``); before a spaced dash (``Kinhtedothi - Chiều 6/12, …``); or alone
before the separator where a place would stand (``VGP -``, ``FRANCOPRESSE –``, Arabic sites'
``السوسنة -``). Each reading here tells such a name from a place or a label of the story's
kind; :mod:`.datelines` and :mod:`.wire` use them once no other reading took the opening.
"""

from __future__ import annotations

import re

from ..agencies import registry
from ..fold import fold_key
from .dateline_match import DatelineMatch
from .gazetteer import is_place
from .words import credit_name, glues_outlet_word, names_no_place

#: An outlet's name in square brackets opening the story, then a capitalised lede.
_SQUARE_CREDIT = re.compile(r"\[[ \t]*(?P<name>[^\W\d_][^\[\]\d\n]{0,40}?)[ \t]*\][ \t]+(?=[\"“«‘]?[^\W\d_])")
#: A brand's name, one word with a capital inside it: ``PrimaBerita``, ``ArmInfo``.
_BRAND = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+[A-ZÀ-Þ][\w&]*")
#: A word opening the story, capitalised, then a spaced dash and the capitalised lede
#: (``Kinhtedothi - Chiều 6/12, …``, ``VIVAnews - Hari ini, …``); or a brand's name
#: (:data:`_BRAND`) and a spaced bar (``MoeslimChoice | Sebagian …``), where any other word may
#: be a reporter's name (``Juliadi | Selasa …``); or a brand's name and a full stop
#: (``ArmInfo.Leader of …``, ``ArmInfo. Head of …``); or a word and a full stop, which names an
#: outlet when the registry knows it, in Latin or Cyrillic letters (``Arminfo. The Central …``,
#: ``АрмИнфо. Мировое сообщество …``).
_OUTLET_OPENING = re.compile(
    rf"(?:(?P<name>[A-ZÀ-Þ][\w.&]*)[ \t]+[-–—]|(?P<barred>{_BRAND.pattern})[ \t]+\|{{1,2}})[ \t]+(?=[\"“«‘]?[A-ZÀ-Þ])"
    rf"|(?P<brand>{_BRAND.pattern})\.[ \t]*(?=[\"“«‘]?[A-ZÀ-Þ][a-zß-ÿ])"
    r"|(?P<known>[A-ZÀ-ÞА-ЯЁ][\w-]{2,30})\.[ \t]+(?=[\"“«‘]?[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё])"
)
#: A letter of the Arabic script (Arabic, Persian, Urdu, Kurdish).
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")
#: How many letters an outlet's initials in capitals may have (``VGP -``, ``YNP -``), and four
#: with no vowel (``NDĐT -``): a town's name alone before a dash is longer or has one (``GOWA –``).
_INITIALS = 3
_VOWELLESS_INITIALS = 4
_VOWELS = frozenset("AEIOU")


def outlet_in_square_brackets(paragraph: str) -> DatelineMatch | None:
    """The credit of a story opening with an outlet's name in square brackets and nothing
    else: a few capitalised words, not in capitals unless the registry knows them (``[VIDEO]``),
    and no label of the story's kind (``[Update]``) or other word no outlet is
    (:func:`~.words.names_no_place`)."""
    found = _SQUARE_CREDIT.match(paragraph)
    if found is None or not paragraph[found.end()].isupper():
        return None
    name = found["name"]
    known = registry().lookup(name) is not None
    if not known and (name.isupper() or not credit_name(name)):
        return None
    if names_no_place(fold_key(name)):
        return None
    return DatelineMatch(raw=found.group(0).rstrip(), place=None, dates=(), agency=name, lede_start=found.end())


def outlet_opening(paragraph: str) -> tuple[str, int] | None:
    """The name of an outlet opening a story with one word and a spaced dash, a brand's name and
    a bar, or a brand's name or a name the registry knows and a full stop
    (:data:`_OUTLET_OPENING`), and where what follows it starts; None when the word is a place
    the gazetteer knows, a label of the story's kind (``Update -``) or another word no outlet is
    (:func:`~.words.names_no_place`). A town GeoNames lacks reads so too before a dash."""
    found = _OUTLET_OPENING.match(paragraph)
    if found is None or (found["known"] and fold_key(found["known"]) not in registry().bare):
        return None
    name = found["name"] or found["barred"] or found["brand"] or found["known"]
    if is_place(name) or names_no_place(fold_key(name)):
        return None  # a place, or a label's or the story's word: Update -, Share -, Muharram -, Sunday -
    return name, found.end()


def outlet_for_place(match: DatelineMatch) -> DatelineMatch:
    """``match`` with the name it read as its place, alone before its separator with no date or
    agency, taken for the outlet's own where that shape says so:

    - in Arabic script, which has no capitals to tell them apart, Arabic, Persian and Urdu
      sites open their copy with their name and a dash or colon (``السوسنة -``, ``مرآة
      البحرين:``): such a name is a place only when the gazetteer knows it (``عدن:``, Aden), and
      is no one's credit either (it is as often a reporter's);
    - one word in capitals the gazetteer does not know is an outlet crediting itself when it
      is initials (``VGP - The tenth session …``) or ends in an outlet's word (``FRANCOPRESSE –``),
      and so is a brand's name with a capital inside it (``PrimaBerita– Kementerian …``).
    """
    place = match.place
    if place is None or match.dates or match.agency:
        return match
    if _ARABIC_LETTER.match(place):
        return match if is_place(place) else match._replace(place=None)
    if (_in_capitals_outlet(place) or _BRAND.fullmatch(place)) and not is_place(place):
        return match._replace(place=None, agency=place)
    return match


def _in_capitals_outlet(name: str) -> bool:
    """Whether ``name`` is one word in capitals shaped as an outlet's: initials, or a name ending
    in an outlet's word."""
    if not name.isupper() or len(name.split()) != 1:
        return False
    letters = "".join(char for char in name if char.isalpha())
    if not letters:
        return False
    key = fold_key(name)
    initials = len(letters) <= _INITIALS or (len(letters) <= _VOWELLESS_INITIALS and _VOWELS.isdisjoint(letters))
    return initials or glues_outlet_word(key)

"""Datelines that print a place and nothing else to anchor them.

Papers and some services open with the place alone before a separator (``Praha - Sporné…``,
``Brüssel. Mit…``, ``Islamabad: Chief…``, ``Pékin / La Chine…``, Hindi papers' ``नई दिल्ली,
प्रधानमंत्री…``), after a byline
(``Achmad Sukarsono, Jakarta -- …``, ``By IANS, Kolkata : …``) or a credit in small letters
(``Saudi Gazette report RIYADH — …``), before a credit in brackets (``RIAD-ARABIA SAUDI
(PrensaMare) El Real…``), in brackets (``(Washington, DC) – …``), or on a line of its own
(``Ankara``). No date
and no agency says these are datelines, and a capitalised word before a colon is as often a
desk's keyword (``SCHLUSSABSTIMMUNGEN: Mit…``), so the place must be one :mod:`.gazetteer`
knows. Only openings no other reading took come here.
"""

from __future__ import annotations

import re
from functools import cache

from ..agencies import registry
from ..fold import fold, fold_key
from .agency_markers import abbreviates, plausible_agency
from .dateline_match import DatelineMatch
from .dates import DateMatch, dates_alone
from .gazetteer import country_of, is_bracketed_place, is_place, is_province, is_region, names_region
from .segments import HYPHENS
from .words import (
    byline_words,
    conjunction_pattern,
    dateline_words,
    is_generic_credit,
    marks_as_letters,
    notes_the_story,
    opens_with_byline,
    sentence_articles,
    territory_names,
    zone_cities,
)

#: How far into the paragraph the separator after the place may come.
_REACH = 90
#: How many words, and characters, a place on a line of its own may have (``Las Palmas de Gran Canaria``).
_LINE_WORDS = 5
_LINE_REACH = 60
#: How many letters a title's abbreviation before its full stop has at most: ``Hon.``, ``Gen.``.
_TITLE_LETTERS = 3
#: How many letters a one-word city in capitals before the lede, with no mark between, must have.
_CAPITALS_CITY_LETTERS = 6
#: How many words a place before a sentence's article may have.
_ARTICLE_REACH = 3
#: How many words may precede the separator: a byline or credit, and a place.
_PREFIX_WORDS = 10
#: How many words a byline or credit part before the place may have (``By F. Ahmed and Sarwar Kashani``).
_PART_WORDS = 6
#: What may close such a dateline: a colon (maybe closing its line: ``Beijing:``, or spaced from the
#: place and glued to the lede, whatever its case: ``Juba :president``), a spaced dash, slash (or
#: two, ``ABU DHABI //``), bar (``Kozhikode | Modi…``), bullet (``GENÈVE • Le vote…``) or middle dot
#: (``Kopenhagen · Wegen …``), a danda, a full stop (maybe then a spaced dash: ``Magdeburg. - Es``),
#: or a credit in brackets and the dash after it.
_CLOSE_PATTERN = (
    r"\((?P<credit>[^()\d\n]{2,40})\)[ \t]*(?:(?:-{1,3}|[–—:])[ \t]+)?"
    rf"|\.[ \t]+(?:{HYPHENS}|[–—])[ \t]+"
    r"|(?P<stop>\.)[ \t]+(?=[^\W\d_]|[\"“«‘])"
    rf"|[:।॥](?:[ \t]+|[ \t]*$)|:(?=[A-ZÀ-ÖØ-Þ])|(?<=[ \t]):(?=[^\W\d_])"
    rf"|(?<=[ \t])(?:{HYPHENS}|[–—]|/{{1,2}}|[|•·])[ \t]+"
)
#: In scripts with capitals, a hyphen glued to a capitalised lede closes a place in capitals
#: (``ADDIS ABABA-Remedan Alemar, 24, is …``, ``ALGER-L'Algérie a …``) or after a space
#: (``Maputo -For the …``); a hyphen between words of a name has small letters. An en or em
#: dash with no space on either side closes a place in any case, and so do two hyphens or more
#: typed for one: papers that print their dashes so write them (``TAGUM CITY, Davao del
#: Norte—President``, ``HO CHI MINH CITY, Vietnam--Last``). A space alone
#: closes one of the world's big cities in capitals (``PARIS Xavier Bongibault, un des …``: a
#: story's first word in capitals may be a small place's name too, ``TÜRK Mühendis…``), before
#: a capitalised word or a word of one capital letter (``LIBEREC V Libereckém``, ``LONDON A man``).
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ](?:(?:['’][A-ZÀ-ÖØ-Þ])?[a-zß-ÿ]|[ \t](?=[A-ZÀ-ÖØ-Þa-zß-ÿ]))"
_CLOSE_CASED = (
    _CLOSE_PATTERN
    + rf"|(?P<glued>-)(?<=[A-ZÀ-ÖØ-Þ \t]-)(?={_CAPITALISED})|(?<=[^\W\d_])(?:[–—]|(?=--){HYPHENS})(?={_CAPITALISED})"
)
#: The characters every close above opens with. Each pattern looks for one of them first, so
#: that its alternatives are tried there only and not at every letter of the paragraph.
_CLOSE_OPENERS = r"(.:।॥\-–—/|•·"
_CLOSE = re.compile(rf"(?=[{_CLOSE_OPENERS}])(?:{_CLOSE_CASED})")
#: The same, for a paragraph opening with a word in capitals.
_CLOSE_CAPITALS = re.compile(
    rf"(?=[{_CLOSE_OPENERS} \t])(?:{_CLOSE_CASED}|(?P<bare>[ \t])(?<=[A-ZÀ-ÖØ-Þ][ \t])(?={_CAPITALISED}))"
)
#: In scripts without capitals, a comma (Hindi papers' नई दिल्ली, … with no date) or a hyphen
#: with no space (Persian papers' شیراز-نماینده) may close a place alone too; in others a place
#: and a comma open many sentences, and a hyphen joins words of a name. Arabic copy, which has
#: its own comma, closes a place alone with a dash or colon.
_CLOSE_CASELESS = re.compile(
    rf"(?=[{_CLOSE_OPENERS},])(?:{_CLOSE_PATTERN}|(?P<comma>,)[ \t]+|(?P<glued>-)(?=[^\W\d_]))"
)
#: A place of up to three words, a comma, and a capitalised word (maybe with an ending: ``Iran's``).
_COMMA_REACH = 40
#: The place's region may stand abbreviated in capitals between them (``México, DF. El``).
_PLACE_COMMA = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_.-]*(?:[ -][^\W\d_][^\W\d_.-]*){0,2}),[ \t]+"
    r"(?:(?P<region>[A-Z]{2,4})\.[ \t]+)?(?P<next>[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω][\w'’]+)(?![.\w])"
)
#: A line of credits closed by a slash and a place of up to three words, and how long it may be.
_CREDITED_PLACE_LINE = re.compile(r"(?P<credit>[^/\n.!?]{3,110}?)[ \t]*/[ \t]*(?P<place>[^\W\d_][^/\n\d]{1,30})")
_CREDIT_LINE = 130
#: A line that may be a place and nothing else: words, joined by spaces, commas, slashes or hyphens.
_PLACE_LINE = re.compile(r"[^\W\d_]+(?:[ \t,،/-]+[^\W\d_]+)*")
#: A place in brackets opening the paragraph, maybe then a separator: ``(Washington, DC) –``, ``(Paris)``,
#: or after a photo credit glued to it (``Tim Boyle/Getty Images(SYDNEY) --``).
_BRACKETED_PLACE = re.compile(
    r"(?:[^()（）\s][^()（）\n]{0,40}?[^()（）\s](?=[(（]))?"
    r"[(（][ \t]*(?P<place>[^()（）\d\n]{2,40}?)[ \t]*[)）][ \t]*(?:(?:-{1,3}|[–—:])[ \t]+)?"
)
#: A place in lenticular brackets, in any script: ``【New Delhi】Even as …``.
_LENTICULAR_PLACE = re.compile(r"【[ \t]*(?P<place>[^【】\d\n]{2,40}?)[ \t]*】[ \t]*")
#: A Chinese or Japanese name of a province, city, county, district, town or village, which its
#: last character says it is (``度会郡``, ``紀北町``, ``海淀区``): Japanese regional papers put the
#: town a story comes from in lenticular brackets, and GeoNames lacks most such towns.
_ADMINISTRATIVE_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{1,6}[省市县縣区區郡町村県州府]")
#: A date, then the place in brackets, as Sudan Tribune prints them: ``January 31, 2013 (KHARTOUM) –``.
_DATED_PLACE = re.compile(
    r"(?P<date>[^()（）\n]{4,30}?)[ \t]*[(（][ \t]*(?P<place>[^()（）\d\n]{2,40}?)[ \t]*[)）][ \t]*"
    r"(?:(?:-{1,3}|[–—:])[ \t]+)?"
)
#: A credit before a place in capitals: words and nothing else (``Saudi Gazette report``).
_CREDIT_WORDS = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
_PARTS = re.compile(r"[ \t]*[,،][ \t]*")
#: An agency's name in brackets opening the paragraph, before the place: ``[AIM] Maputo --``.
_OPENING_CREDIT = re.compile(r"[\[(](?P<name>[^\[\]()\d\n]{2,30})[\])][ \t]+(?=\S)")


def place_first(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with a known place (maybe after a byline) and a
    separator, or of a line that is a known place or a province alone, maybe closed by a colon
    or a glued comma (a big city by a full stop too: ``Tegucigalpa.``), but a country's name
    alone with no colon, a page's section (``Türkiye``); None for anything else."""
    if len(paragraph) <= _LINE_REACH and len(paragraph.split()) <= _LINE_WORDS:
        line = paragraph.strip()
        # A colon may close it; a comma glued to it too (ஈப்போ,), the dateline's first part on a
        # line of its own; a spaced one closes a label whose name a page left out (Piše ,).
        glued_comma = line[-1:] in ",،" and not line[-2:-1].isspace()
        name = line[:-1].rstrip() if line.endswith(":") or glued_comma else line
        if name.endswith(".") and fold_key(name[:-1]) in zone_cities():
            name = name[:-1]  # a city with a full stop after it, alone: Tegucigalpa.
        letters = marks_as_letters(name)  # भोपाल's vowel signs
        if (
            _PLACE_LINE.fullmatch(letters)
            and (is_place(name) or is_province(name))
            and not _is_section(name, line)
            and not opens_with_byline(line)  # a byline's label alone (Piše:), though a town bears its name
        ):
            return DatelineMatch(raw=line, place=name, dates=(), agency=None, lede_start=len(paragraph))
    if len(paragraph) <= _LINE_REACH and opens_with_byline(paragraph):
        # An agency's byline and the place, on a line of their own: By Afp, Kathmandu.
        place, agency = _place_and_credit(paragraph.strip(), one_part=False)
        if place is not None and agency is not None:
            return DatelineMatch(paragraph.strip(), place, (), agency, len(paragraph))
    short = len(paragraph) <= _CREDIT_LINE and "/" in paragraph
    credited = _CREDITED_PLACE_LINE.fullmatch(paragraph.strip()) if short else None
    if credited is not None and is_place(credited.group("place")):
        # Reporters or a desk, a slash, and the place, on a line of their own: Haber-Kamera: Hakan KAYA / İSTANBUL
        return DatelineMatch(paragraph.strip(), credited.group("place"), (), None, len(paragraph))
    first = paragraph.lstrip("[(")[:2]
    if first.isupper():
        closes = _CLOSE_CAPITALS
    else:
        closes = _CLOSE if first[:1].isupper() or first[:1].islower() else _CLOSE_CASELESS
    listed = False  # whether a comma closed a place in a list of them, and so no comma closes one
    for close in closes.finditer(paragraph, 0, _REACH):
        glued, bare = _part(close, "glued"), _part(close, "bare")
        spaced = glued and paragraph[close.start() - 1] in " \t"  # Maputo -For
        joined = (glued and not spaced) or bare
        loose = _part(close, "comma") or joined
        before = paragraph[: close.start()].rstrip(" \t")
        if "\n" in before:
            break
        words = before.split()
        if len(words) > _PREFIX_WORDS:
            break  # longer than a byline and a place, and every later close longer still: a sentence
        if len(words) > _LINE_WORDS and (loose or close.group("stop")):
            continue  # before a comma or full stop, longer than a place
        if close.group("stop") and len(words) > 1 and words[-1][:1].islower():
            continue  # a sentence's end (The talks ended. Officials), not a place's (Dar es Salaam.)
        short = len(words) == 1 and len(before) <= _TITLE_LETTERS and _cased(before)
        if close.group("stop") and short and fold_key(before) not in zone_cities():
            # A title's abbreviation in a script with capitals (Hon. Roger Clarke, Gen. Salva Kiir),
            # though a town bears it; a big city's name is none (Rom. Bei seiner Generalaudienz …).
            continue
        if loose and _cased(before) and not (joined and before.isupper()):
            continue
        if bare and (not _city_in_capitals(before) or _name_goes_on(before, paragraph[close.end() :])):
            continue
        if len(words) == 1 and opens_with_byline(paragraph[: close.end()].strip()):
            continue  # a byline's word and its colon, though a village bears the word: Piše: A. Kapo
        if close.group().strip() == "/" and _place_follows(paragraph, close, closes):
            continue  # a country, a slash and its city: Griechenland / Athen. Vom …
        if _part(close, "comma") and (listed or _lists_places(paragraph, close.end())):
            listed = True  # places listed, the sentence's subject: சென்னை, திருவள்ளூர், காஞ்சிபுரம் … ஆகிய 4 மாவட்டங்களுக்கு
            continue
        match = _closed_at(paragraph, close)
        if match is not None:
            return match
    return (_comma_stripped(paragraph) or _place_before_article(paragraph)) if first[:1].isupper() else None


def _is_section(name: str, line: str) -> bool:
    """Whether ``line``, a known place's ``name`` alone, is a page's section: a country's name
    with no colon after it (``Türkiye``), unless a city bears it too (``Brasília``, which is
    Finnish for Brazil; ``Singapore``)."""
    return name == line and fold_key(name) in territory_names() and country_of(name) is None


def _city_in_capitals(name: str) -> bool:
    """Whether ``name``, in capitals and followed by a capitalised word with no mark between, is
    a city's: one of CLDR's time-zone cities (``PARIS Xavier Bongibault``) or another the
    gazetteer knows (``SAN FRANCISCO Venture capitalists …``), of two words or a long one, but no
    country's (``USA Today``): one short word in capitals is as often the lede's first word, or
    initials (``TÜRK Mühendis …``, ``MNA Iranian President …``)."""
    key = fold_key(name)
    if key in zone_cities() and key not in territory_names():
        return True  # a country's name, a city's too (BARBADOS, SINGAPORE), opens a sentence as often
    long_enough = len(name.split()) > 1 or len(name) >= _CAPITALS_CITY_LETTERS
    return long_enough and key not in territory_names() and is_place(name)


#: How many capitalised words after a word in capitals may go on with its name.
_NAME_GOES_ON_WORDS = 2


def _name_goes_on(capitals: str, after: str) -> bool:
    """Whether ``capitals``, a name in capitals before a capitalised word and no mark, opens a
    longer name the gazetteer knows with the words after it, as a story prints its first word in
    capitals: ``BANDAR Seri Begawan (BSB) has …`` names Bandar Seri Begawan, not the town Bandar."""
    words = after.split(maxsplit=_NAME_GOES_ON_WORDS)[:_NAME_GOES_ON_WORDS]
    return any(is_place(" ".join([capitals, *words[:count]])) for count in range(1, len(words) + 1))


def _place_before_article(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with a known place of up to three words and then,
    with no mark between, a capitalised article (:func:`~.words.sentence_articles`): ``Wien Die
    Wiener Börse …``, ``Skopje The government …``, or a dash alone (``MOSCA (Russia) - Il …``,
    whose country in brackets no other close takes); None for anything else."""
    words = paragraph[:_REACH].split(" ", _ARTICLE_REACH + 1)
    for count in range(1, min(_ARTICLE_REACH, len(words) - 1) + 1):
        article = words[count]
        if article[:1].isupper() and not article.isupper() and fold_key(article) in sentence_articles():
            raw = " ".join(words[:count])
            place = raw.removesuffix(" -").removesuffix(" –").removesuffix(" —")
            return DatelineMatch(raw, place, (), None, len(raw) + 1) if is_place(place) else None
    return None


@cache
def _listed_place() -> re.Pattern[str]:
    """A name of a word or two, then a comma or a word for "and" (:func:`~.words.conjunction_pattern`):
    the next of places listed."""
    name = r"[^\W\d_][^\s,،]*(?:[ \t][^\W\d_][^\s,،]*)?"
    return re.compile(rf"[ \t]*(?P<place>{name})(?:[ \t]*[,،]|[ \t]+{conjunction_pattern()}[ \t])")


def _lists_places(paragraph: str, start: int) -> bool:
    """Whether what follows a place's comma at ``start`` is another known place and a comma or a
    word for "and": the paragraph opens with places listed (``नई दिल्ली, मुंबई, कोलकाता और …``),
    its sentence's subject, not with a dateline."""
    listed = _listed_place().match(paragraph, start)
    return listed is not None and is_place(listed["place"])


def _part(close: re.Match[str], name: str) -> str | None:
    """The part ``name`` of a close, None when its pattern has none: a part that can never
    match would be tried at every character (a comma closes only caseless places)."""
    return close[name] if name in close.re.groupindex else None


def _comma_stripped(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with a known place and a comma (maybe then its region
    abbreviated) before a capitalised lede, where a site cut the date and agency out of
    ``Manama, Dec 4 (BNA) Foreign…`` and left ``Manama, Foreign…``; not when a place or the
    place's state follows the comma (``Kabul, Afghanistan's capital``, ``London, Paris and
    Berlin``, ``ROUND ROCK, Texas``), nor in a line in capitals."""
    comma = _PLACE_COMMA.match(paragraph) if "," in paragraph[:_COMMA_REACH] else None
    if comma is None or not is_place(comma.group("place")):
        return None
    if paragraph.partition("\n")[0].isupper():
        return None  # a headline in capitals (RUSSIA, CIS HIGHEST NUMBER …): no word is capitalised
    following = comma.group("next").removesuffix("'s").removesuffix("’s")
    if following == comma.group("next") and is_region(following, comma.group("place")):
        return _region_then_lede(paragraph, comma)
    if is_place(f"{comma.group('place')}, {following}") or fold_key(following) in registry().by_alias:
        return None
    dashed = _REGION_THEN_DASH.match(paragraph, comma.start("next"))
    if dashed is not None and not comma.group("region") and dashed["region"].istitle():
        # A region or country the gazetteer lacks, then the dash: Berbera, Somaliland - In a …
        return DatelineMatch(paragraph[: dashed.end("dash")], paragraph[: dashed.end("region")], (), None, dashed.end())
    words = dateline_words()
    if fold_key(following).rstrip(".") in words.gregorian_months or "(" in paragraph[:_REACH]:
        return None  # a dateline this reader could not read (BAGHDAD, Nov. 77 (Xinhua) --): no lede
    return DatelineMatch(
        raw=paragraph[: comma.start("next")].rstrip(),
        place=paragraph[: comma.end("region")] if comma.group("region") else comma.group("place"),
        dates=(),
        agency=None,
        lede_start=comma.start("next"),
    )


#: A capitalised name of a word or two after a place's comma, then a spaced dash before the lede:
#: the place's region or country (``Berbera, Somaliland - In …``).
_REGION_THEN_DASH = re.compile(
    r"(?P<region>[^\W\d_][\w'’]*(?:[ \t][^\W\d_][\w'’]*)?)[ \t]+(?P<dash>[-–—]{1,3})[ \t]+(?=\S)"
)
#: A capitalised word: where a lede may open after a place and its region with no mark between.
_CAPITALISED_WORD = re.compile(r"[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω])")


def _region_then_lede(paragraph: str, comma: re.Match[str]) -> DatelineMatch | None:
    """The dateline of a known city, a comma and its country or region (``New Delhi, India``,
    ``São Paulo, SP``) before a capitalised lede with no mark between, as a page that printed
    them in bold left them (``New Delhi, India Three days after …``); None when no capitalised
    word follows (``ROUND ROCK, Texas, police said``)."""
    lede = _CAPITALISED_WORD.match(paragraph, comma.end("next"))
    if lede is None:
        return None
    return DatelineMatch(paragraph[: comma.end("next")], paragraph[: comma.end("next")], (), None, lede.end())


def place_in_brackets(paragraph: str) -> DatelineMatch | None:
    """The dateline of a paragraph opening with a known place in brackets, maybe then a
    separator (``(Washington, DC) – On Monday``, La Presse's ``(Québec) « Quand``), which would
    otherwise pass for an agency's credit; a photo credit (``iStockphoto/Thinkstock(WASHINGTON)
    --``) or a date (``March 16, 2020 (Khartoum) The``) may stand before it. Lenticular brackets
    hold a place in any script (``【New Delhi】Even as …``)."""
    if paragraph.startswith("【"):
        bracketed = _LENTICULAR_PLACE.match(paragraph)
        if bracketed is None or not (
            is_place(bracketed["place"]) or _ADMINISTRATIVE_NAME.fullmatch(bracketed["place"])
        ):
            return None
        return DatelineMatch(bracketed.group().rstrip(), bracketed["place"], (), None, bracketed.end())
    if "(" not in paragraph[:_REACH]:
        return None
    dated = _DATED_PLACE.match(paragraph)
    dates: tuple[DateMatch, ...] = ()
    if dated is not None and any(char.isdigit() for char in dated.group("date")) and is_place(dated.group("place")):
        dates = dates_alone(fold(dated.group("date")).text)
    bracketed = dated if dates else _BRACKETED_PLACE.match(paragraph)
    if bracketed is None or bracketed["place"][:1].islower():
        return None  # a word in small letters is no place's name, though a village bears it: (island) The …
    if not (is_bracketed_place(bracketed["place"]) or _region_and_place(bracketed["place"])):
        return None
    return DatelineMatch(
        raw=paragraph[: bracketed.end()].rstrip(),
        place=bracketed.group("place"),
        dates=dates,
        agency=None,
        lede_start=bracketed.end(),
    )


#: A region and a place in it parted by a middle dot, as Malaysia's Chinese papers print them:
#: ``(霹雳‧怡保)``, Perak and Ipoh.
_REGION_DOT_PLACE = re.compile(r"(?P<region>[^\W\d_]{2,4})[ \t]*[‧·・][ \t]*(?P<place>[^\W\d_][^()（）\n]{1,20})")


def _region_and_place(name: str) -> bool:
    """Whether ``name`` is a region's short name, a middle dot and a place the gazetteer knows
    (``霹雳‧怡保``); a person's name, which Japanese and Chinese part with the same dot, names no
    known place after it (``キム・ジョンウン``)."""
    parted = _REGION_DOT_PLACE.fullmatch(name)
    return parted is not None and is_place(parted["place"])


def _place_follows(paragraph: str, close: re.Match[str], closes: re.Pattern[str]) -> bool:
    """Whether a known place stands between ``close`` and the next close after it."""
    following = closes.search(paragraph, close.end(), _REACH)
    return following is not None and is_place(paragraph[close.end() : following.start()])


def _closed_at(paragraph: str, close: re.Match[str]) -> DatelineMatch | None:
    """The dateline ``close`` ends, when what precedes it names a known place."""
    credit = close.group("credit")
    prefix = paragraph[: close.start()].rstrip(" \t,،")  # a comma before the dash is no part of the place: Kampala, -
    if credit is not None and registry().lookup(credit) is None:  # an agency's name wins (Xinhua is a town too)
        if abbreviates(fold_key(prefix), fold_key(credit)):
            # The initials of the words before them, no credit: a dash after them closes the place
            # (Kuala Lumpur (KL) - The …); nothing else does: Tarsus-Adana- Gaziantep (TAG) Otoyolu'nun …
            if close.group().rstrip()[-1:] == ")":
                return None
            credit = None
        elif is_place(credit):
            return None  # a country in brackets is the place's: BRUXELLES (BELGIO)
        elif names_region(credit, prefix) and is_place(prefix):  # so is a state: Bhopal (Madhya Pradesh):
            region_end = close.end("credit") + 1
            return DatelineMatch(paragraph[: close.end()].rstrip(), paragraph[:region_end], (), None, close.end())
    if credit is not None:
        prefix = prefix.removesuffix(".")  # a place's full stop before its credit: Zürich. (VN)
    elif close.group().startswith(".") and is_place(f"{prefix}."):
        prefix += "."  # the full stop before the dash closes a state's abbreviation: Rapid City, S.D. -
    one_part = bool(close["stop"] or _part(close, "comma") or _part(close, "glued") or _part(close, "bare"))
    place, agency = _place_and_credit(prefix, one_part=one_part)
    if place is None or fold_key(place) in dateline_words().prose:
        return None  # a stamp's label, though a town bears its name: Date: 11/01/2020 (Date, Hokkaido)
    credit = re.split(r"[ \t]*[/،,][ \t]*", credit.strip())[0] if credit else None  # joint credits: the first
    # Nor does a generic credit, or a note that the story was updated: MARAWI CITY, LANAO DEL SUR (Updated) -
    key = fold_key(credit) if credit else ""
    if credit and not (is_generic_credit(key) or notes_the_story(key.split())) and plausible_agency(credit):
        agency = credit
    offset = prefix.rindex(place)
    return DatelineMatch(
        raw=paragraph[: close.end()].rstrip(),
        place=paragraph[offset : offset + len(place)],
        dates=(),
        agency=agency,
        lede_start=close.end(),
    )


def _place_and_credit(prefix: str, one_part: bool) -> tuple[str | None, str | None]:
    """The place a dateline's text before its separator names, and the agency a part before it
    names: the whole text when it is a place (``Doha, Qatar``), else its last part, the parts
    before it being a byline or credit of a few words (``By IANS, Kolkata``), or a credit in
    brackets opening it (``[AIM] Maputo``)."""
    credit = _OPENING_CREDIT.match(prefix)
    if credit is not None and is_place(prefix[credit.end() :]) and plausible_agency(credit.group("name")):
        return prefix[credit.end() :].strip(), credit.group("name")
    if is_place(prefix):
        return prefix.strip(), None
    if one_part:
        return None, None
    parts = _PARTS.split(prefix.strip())
    if len(parts) == 1:
        return _place_in_capitals_closing(parts[0])
    if not is_place(parts[-1]):
        return None, None
    agency = None
    for part in parts[:-1]:
        words = part.split()
        if not words or len(words) > _PART_WORDS or any(char.isdigit() for char in part):
            return None, None
        bylined = fold_key(words[0]) in byline_words()
        named = " ".join(words[1:]) if bylined else part  # By IANS
        if registry().lookup(named) is not None:
            agency = named
        elif not bylined and _cased(part) and not all(word[0].isupper() for word in words):
            return None, None
    return parts[-1], agency


def _cased(text: str) -> bool:
    """Whether ``text`` is written in a script with capitals."""
    return any(char.isupper() or char.islower() for char in text)


def _place_in_capitals_closing(text: str) -> tuple[str | None, str | None]:
    """The place in capitals that closes a credit of a few words in small letters
    (``Saudi Gazette report RIYADH``), and the agency the credit names if the registry knows it."""
    starts = [word.start() for word in re.finditer(r"\S+", text)]
    for count in (3, 2, 1):
        if count > len(starts):
            continue
        cut = starts[-count]
        place, credit = text[cut:].rstrip(), " ".join(text[:cut].split())
        if not _CREDIT_WORDS.fullmatch(credit) or len(starts) - count > _PART_WORDS or credit.isupper():
            continue
        if place[:1].isalpha() and place.isupper() and is_place(place):  # a place as printed, no mark first
            return place, credit if registry().lookup(credit) is not None else None
    return None, None

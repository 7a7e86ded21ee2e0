"""Which language an article is written in, when its front matter does not say.

Detection is CLD2's (Chromium's compact language detector, through pycld2): its tables
are compiled in, so there is no model to load, and it reads a few hundred characters in
tens of microseconds. It tells Persian, Urdu and Pashto from Arabic, and Simplified from
Traditional Chinese. Its answers are kept to the languages of the world's wire services,
so a story is never filed under a language no agency writes in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

import pycld2
from babel.languages import get_official_languages

from .words import letter_script

#: Languages an article may be detected as (the national agencies' and papers' of every
#: region, Ethiopia's ENA in Amharic and Tigrinya, India's in Tamil, Kannada, Marathi and Odia, the
#: Balkans', the Caucasus' and Central Asia's, the Kurdish and Basque press's, Africa's in Luganda,
#: Kinyarwanda, Kirundi, Chichewa, Shona, Igbo, Oromo and others, Haiti's in its Creole, the
#: Arctic's in Inuktitut, Greenlandic and Faroese, Turkmenistan's in Turkmen, Malta's in Maltese,
#: the Maldives' in Dhivehi, Pakistan's in Sindhi, Friesland's in Frisian, the Tibetan press's in
#: Tibetan); front matter may name any other.
WIRE_LANGUAGES = frozenset((
    "af", "am", "ar", "az", "be", "bg", "bn", "bo", "bs", "ca", "ckb", "cs", "cy", "da", "de", "dv", "el", "en", "es",
    "et", "eu", "fa", "fi", "fil", "fo", "fr", "fy", "ga", "gu", "ha", "he", "hi", "hr", "ht", "hu", "hy", "id",
    "ig", "is", "it", "iu", "ja", "ka", "kk", "kl", "km", "kn", "ko", "ku", "ky", "lg", "ln", "lo", "lt", "lv",
    "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my", "nb", "ne", "nl", "ny", "om", "or", "pa", "pl", "ps", "pt",
    "rn", "ro", "ru", "rw", "sd", "si", "sk", "sl", "sn", "so", "sq", "sr", "st", "sv", "sw", "ta", "te", "tg",
    "th", "ti", "tk", "tn", "tr", "uk", "ur", "uz", "vi", "wo", "xh", "yo", "zh", "zh-Hant", "zu",
))  # fmt: skip
#: Characters looked at: a headline and a few paragraphs decide; the rest only costs time.
SAMPLE = 600
#: BCP 47 for "the language could not be told".
UNDETERMINED = "und"
#: CLD2 still uses a few codes that BCP 47 has replaced, and calls Filipino, the Philippines'
#: national language in which its papers write, by its base, Tagalog: CLDR, whose month names
#: feedpub reads, has it as ``fil``.
_RENAMED = {"iw": "he", "jw": "jv", "in": "id", "no": "nb", "tl": "fil"}
#: What CLD2 refuses as input: control characters but tab, line breaks and form feed,
#: noncharacters, and lone surrogates (which UTF-8 cannot carry). They tell nothing of
#: the language; the schema reports the control characters.
_REFUSED = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ud800-\udfff"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)


def detect_language(text: str, country: Callable[[], str | None] = lambda: None) -> str:
    """The BCP 47 tag of the language ``text`` is most likely written in, or ``und``. When CLD2
    cannot tell at all (it gives up on some plain Russian) or tells only a language no wire
    writes in (a short Spanish story from Mérida read as Galician), it is asked again with a
    hint: the language of the script most letters are written in, then the first official
    language of the country ``country`` gives (an ISO code, the dateline place's, which may ask
    the gazetteer and so is asked for only then). A hint only weighs, CLD2 still decides."""
    sample = text[:SAMPLE]
    if _reads_as_kurmanji(sample):
        return "ku"
    tag = _wire_language(sample)  # each hint below is worked out only when CLD2 has told nothing yet
    script_language = _script_hint(sample) if tag == UNDETERMINED else ""
    if script_language:
        tag = _wire_language(sample, script_language)
    if tag == UNDETERMINED and (hint := _country_hint(country())):
        tag = _wire_language(sample, hint)
    if tag in ("en", UNDETERMINED) and _reads_as_filipino(sample):
        return "fil"
    if tag == UNDETERMINED and script_language in _SCRIPT_MAJORITY:
        return script_language
    return tag


#: Tagalog's particles and markers (the, of, in, plural, and, by), which Filipino copy writes in
#: every sentence and English never: the words of a story CLD2 reads as English for its
#: English loanwords (``Tinukoy ng Philippine National Police (PNP) ang 43 bayan …``), or as
#: Waray, a language of the Philippines no wire writes in, when it is short.
_TAGALOG_PARTICLES = frozenset(("ang", "ng", "mga", "sa", "ay", "nang", "ni"))
#: How many such words, and how many of them told apart, make a story Filipino: one is a
#: name as often (Ng, Ang), and three of two kinds are in every Filipino story of the corpus.
_TAGALOG_WORDS = 3
_TAGALOG_KINDS = 2


def _reads_as_filipino(sample: str) -> bool:
    """Whether ``sample``, which CLD2 reads as English or as no wire's language, is Filipino
    (Taglish: Tagalog with English words; short Tagalog CLD2 takes for Waray), as its particles
    between spaces tell (:data:`_TAGALOG_PARTICLES`). Every English story is looked at, so they
    are counted with ``str.count``, not by splitting words, and not at all without ng or sa,
    one of which every Filipino story of the corpus prints."""
    if " ng " not in sample and " sa " not in sample:
        return False
    counts = [sample.count(f" {particle} ") for particle in _TAGALOG_PARTICLES]
    return sum(counts) >= _TAGALOG_WORDS and sum(1 for count in counts if count) >= _TAGALOG_KINDS


#: Letters of Kurmanji's Latin alphabet that it writes far more often than any language using
#: some of them: ê and î (its long vowels, and the endings that join its nouns), û and ş.
_KURMANJI_LETTERS = frozenset("êîûş")
#: Letters of the languages that share some of those, which Kurmanji never writes: Turkish's and
#: Azerbaijani's ı, ğ, ö, ü and ə, Romanian's ă, â, ș and ț.
_NOT_KURMANJI = frozenset("ığöüəăâșț")
#: How many of a text's letters Kurmanji's are at least: some 8% in its copy, under 2.5% in
#: French, Vietnamese or Romanian, whose letters they are too.
_KURMANJI_SHARE = 0.04


def _reads_as_kurmanji(sample: str) -> bool:
    """Whether ``sample`` is Northern Kurdish (Kurmanji) in Latin letters. CLD2 knows Kurdish but
    reads Kurmanji copy as Uzbek, Czech, Turkish or English (every one of 23 Kurmanji stories of
    the accuracy corpus); its alphabet tells it: ê or î, and enough of ê, î, û and ş, with none
    of the letters of the languages that share them. Zazaki, written with the same alphabet by
    the same press, reads so too."""
    if "ê" not in sample and "î" not in sample:
        return False  # most text, told at once
    letters = [char for char in sample.lower() if char.isalpha()]
    if not _NOT_KURMANJI.isdisjoint(letters):
        return False
    return sum(char in _KURMANJI_LETTERS for char in letters) >= _KURMANJI_SHARE * len(letters)


class _Guess(NamedTuple):
    """One of CLD2's readings: the language's code, how much of the text it covers (percent),
    and how strongly the text reads as it."""

    code: str
    share: int
    score: float


#: How much of a text, in percent, a language must be read in for the text to be in it: a
#: Russian story CLD2 gives up on is still 1% English for a name in Latin letters (АКИpress).
_LEAST_SHARE = 10


#: How many points less of a text a language may cover than CLD2's first reading and still be
#: the text's, and how many times as well the text must read in it (CLD2's score) for that.
_SHARE_MARGIN = 30
_CLEARER = 1.4


def _wire_language(sample: str, hint: str = "") -> str:
    """The tag of CLD2's likeliest reading of ``sample`` that a wire writes in and covers some of
    the text (:data:`_LEAST_SHARE`), or ``und``. CLD2 ranks its readings by the share of the
    text each covers, and counts names, loanwords and a headline in another language towards
    theirs: a Spanish Xinhua story full of Chinese names (``Wang Huning``) is 53% English to it,
    47% Spanish, but reads as Spanish far better. Of readings covering nearly as much of the
    text (:data:`_SHARE_MARGIN`), one the text reads as far better in (:data:`_CLEARER`) is taken."""
    readings = [
        (guess, tag)
        for guess in _guesses(sample, hint)
        if guess.share >= _LEAST_SHARE
        and (tag := _tag(guess.code, sample)) in WIRE_LANGUAGES
        and (tag not in _SCRIPT_OF or _main_script(sample) == _SCRIPT_OF[tag])
    ]
    if not readings:
        return UNDETERMINED
    first, first_tag = readings[0]
    close = [reading for reading in readings if reading[0].share >= first.share - _SHARE_MARGIN]
    clearest, clearest_tag = max(close, key=lambda reading: reading[0].score)
    return clearest_tag if clearest.score > _CLEARER * first.score else first_tag


#: Languages whose press writes in one script only, which CLD2 also names for text in another:
#: Turkmen, written in Latin letters since the 1990s, for some Russian copy about Turkmenistan.
_SCRIPT_OF = {"tk": "LATIN"}


def _country_hint(country: str | None) -> str:
    """The first official language of ``country``, as CLD2 is hinted at; empty for none."""
    official = get_official_languages(country, de_facto=True) if country else ()
    return official[0].split("_")[0] if official else ""


def _tag(code: str, sample: str) -> str:
    """The BCP 47 tag for CLD2's ``code``. CLD2 knows Kurdish as one language, written in two
    scripts by its two languages of the press: Arabic for Central Kurdish (Sorani, ``ckb``,
    Rudaw's and the Kurdistan Region's), Latin for Northern Kurdish (Kurmanji), which CLDR
    names ``ku``, as Babel's month names for it are filed. CLD2 reads Kazakh in its Latin
    alphabet (Kazinform's QazAqparat) as Turkmen: the letters only one of the two writes tell
    them apart."""
    if code == "ku":
        return "ckb" if _script_hint(sample) == "ar" else "ku"
    if code == "tk" and _reads_as_kazakh_latin(sample):
        return "kk"
    return _RENAMED.get(code, code)


#: Letters of Kazakh's Latin alphabet that Turkmen's lacks, and of Turkmen's that Kazakh's lacks.
_KAZAKH_LATIN_ONLY = frozenset("áǵıńóúq")
_TURKMEN_ONLY = frozenset("çäžňöşüw")


def _reads_as_kazakh_latin(sample: str) -> bool:
    """Whether ``sample``, which CLD2 reads as Turkmen, writes more letters only Kazakh's Latin
    alphabet has (``Shyǵys Qazaqstan oblysynda``) than letters only Turkmen's has."""
    letters = Counter(sample.lower())
    kazakh = sum(letters[letter] for letter in _KAZAKH_LATIN_ONLY)
    return kazakh > sum(letters[letter] for letter in _TURKMEN_ONLY)


#: The language CLD2 is hinted at for text in a script, when it can tell nothing unhinted.
_SCRIPT_HINTS = {
    "CYRILLIC": "ru", "ARABIC": "ar", "LATIN": "en", "CJK": "zh", "DEVANAGARI": "hi", "HEBREW": "he",
    "GREEK": "el", "THAI": "th", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
}  # fmt: skip


#: Scripts whose text, when CLD2 can tell nothing of it even hinted, is in one language all
#: but always: Greek, Hebrew, Thai, Korean's Hangul, Japanese kana, and Cyrillic, in which
#: Russian is most copy by far (CLD2 gives up on ``Президент Шавкат Мирзиёев сегодня прибыл …``
#: under its headline, which alone it reads as Uzbek).
_SCRIPT_MAJORITY = frozenset(("ru", "el", "he", "th", "ko", "ja"))


def _script_hint(sample: str) -> str:
    return _SCRIPT_HINTS.get(_main_script(sample), "")


def _main_script(sample: str) -> str:
    """The script most letters of ``sample`` are written in (``CYRILLIC``), or empty for none."""
    scripts = Counter(letter_script(char) for char in sample if char.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def language_reading(text: str) -> tuple[str, float]:
    """CLD2's likeliest language code for ``text`` and how strongly the text reads as it (its
    normalised score; ``("un", 0)`` when refused). Text decoded with the wrong code page of
    its script reads as the same language, but less strongly."""
    guesses = _guesses(text)
    return (guesses[0].code, guesses[0].score) if guesses else ("un", 0.0)


def _guesses(sample: str, hint: str = "") -> list[_Guess]:
    """CLD2's readings of ``sample``, likeliest first; none when CLD2 refuses the text even with
    the characters it refuses blanked (never a failed build).

    Blanking refused characters up front cost as much as the detection itself, for the
    rare text that has any; so CLD2 is asked first, and refusal is the signal. Wire copy
    is plain text: CLD2 is told so, and neither looks for HTML tags and entities in it
    (which took a quarter of its time) nor skips a story's ``<`` to the next ``>``.
    """
    try:
        return _detect(sample, hint)
    except (pycld2.error, UnicodeEncodeError):  # refused: blank what CLD2 refuses and ask again
        try:
            return _detect(_REFUSED.sub(" ", sample), hint)
        except (pycld2.error, UnicodeEncodeError):
            return []


def _detect(sample: str, hint: str = "") -> list[_Guess]:
    _reliable, _bytes, guesses = pycld2.detect(sample, isPlainText=True, bestEffort=True, hintLanguage=hint or None)
    return [_Guess(code, percent, float(score)) for _name, code, percent, score in guesses]


#: Languages CLD2 tells apart badly in a headline and a paragraph: Indonesian and Malay,
#: Bosnian, Croatian and Serbian, Persian and Pashto. (Spanish and Portuguese it tells apart,
#: and a paper in one language datelines stories from countries writing in the other.)
_CLOSE_LANGUAGES = (
    frozenset({"id", "ms"}),
    frozenset({"bs", "hr", "sr"}),
    frozenset({"fa", "ps"}),
)


def close_to_another(tag: str) -> bool:
    """Whether CLD2 often takes ``tag`` for a language close to it (``ms`` for ``id``)."""
    return any(tag in close for close in _CLOSE_LANGUAGES)


#: Languages of those groups printed in Latin letters only: Croatian, where Serbian is printed
#: in Cyrillic too (a Belgrade paper's ``ЗАГРЕБ –`` story is in Serbian).
_LATIN_ONLY = frozenset({"hr"})


def settled_by_country(tag: str, country: str | None, text: str) -> str:
    """``tag``, or the language close to it that ``country`` (an ISO code, the dateline place's)
    writes in and ``tag`` is not, and that is printed in ``text``'s script: Malay read in a
    story from Jakarta is Indonesian. A country writing in both, or in neither, leaves ``tag``
    as it is."""
    close = next((languages for languages in _CLOSE_LANGUAGES if tag in languages), None)
    if close is None or country is None:
        return tag
    if _main_script(text[:SAMPLE]) != "LATIN":
        close -= _LATIN_ONLY
    official = {code.split("_")[0] for code in get_official_languages(country, de_facto=True)} & close
    return tag if tag in official or len(official) != 1 else official.pop()

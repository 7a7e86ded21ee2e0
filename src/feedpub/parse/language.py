"""Which language an article is written in, when its front matter does not say.

py3langid (a maintained fork of langid.py) does the work, restricted to the languages of
the world's wire services so that, say, Chinese copy is never filed as Wu.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Languages an article may be detected as; front matter may name any other.
WIRE_LANGUAGES = (
    "ar",
    "bg",
    "bn",
    "ca",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fi",
    "fr",
    "he",
    "hi",
    "hr",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "nl",
    "no",
    "pl",
    "ps",
    "pt",
    "ro",
    "ru",
    "sk",
    "sr",
    "sv",
    "sw",
    "th",
    "tr",
    "uk",
    "ur",
    "vi",
    "zh",
)


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(WIRE_LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    """The BCP 47 tag of the language ``text`` is most likely written in."""
    language, _score = _identifier().classify(text)
    return str(language)

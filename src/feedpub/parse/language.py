"""Which language an article is written in, when its front matter does not say.

An unambiguous script decides at once: Arabic letters without the ones only Persian,
Urdu or Pashto use are Arabic; Han characters without kana are Chinese; kana is Japanese
and Hangul Korean. Everything else (Latin, Cyrillic, mixed) goes to py3langid, a
maintained fork of langid.py, restricted to the languages of the world's wire services so
that, say, Chinese copy is never filed as Wu.
"""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Languages an article may be detected as; front matter may name any other.
WIRE_LANGUAGES = (
    "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he",
    "hi", "hr", "hu", "id", "it", "ja", "ko", "ms", "nl", "no", "pl", "ps", "pt", "ro",
    "ru", "sk", "sr", "sv", "sw", "th", "tr", "uk", "ur", "vi", "zh",
)  # fmt: skip
#: Characters looked at: a headline and a few paragraphs decide; the rest only costs time.
SAMPLE = 400

_LETTER = re.compile(r"[^\W\d_]")
_NOT_ARABIC_LANGUAGE = re.compile(r"[پچژگکیٹڈڑںےہۓڭڤ]")
_SCRIPTS = {
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "han": "\u3400-\u9fff",
    "kana": "\u3040-\u30ff",
    "hangul": "\uac00-\ud7af",
}
_ARABIC, _HAN, _KANA, _HANGUL = (re.compile(f"[{letters}]") for letters in _SCRIPTS.values())
#: Any letter of the scripts that decide by themselves; most Latin and Cyrillic copy has none.
_DECIDING = re.compile(f"[{''.join(_SCRIPTS.values())}]")


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(WIRE_LANGUAGES))
    return identifier


def _by_script(sample: str) -> str | None:
    if not _DECIDING.search(sample):
        return None
    letters = len(_LETTER.findall(sample)) or 1
    if len(_ARABIC.findall(sample)) > letters * 0.6 and not _NOT_ARABIC_LANGUAGE.search(sample):
        return "ar"
    if _HANGUL.search(sample) and len(_HANGUL.findall(sample)) > letters * 0.3:
        return "ko"
    if _KANA.search(sample):
        return "ja" if len(_KANA.findall(sample)) + len(_HAN.findall(sample)) > letters * 0.3 else None
    if len(_HAN.findall(sample)) > letters * 0.6:
        return "zh"
    return None


def detect_language(text: str) -> str:
    """The BCP 47 tag of the language ``text`` is most likely written in."""
    sample = text[:SAMPLE]
    by_script = _by_script(sample)
    if by_script:
        return by_script
    language, _score = _identifier().classify(sample)
    return str(language)

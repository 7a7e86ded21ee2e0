"""Datelines read as parts between marks: which runs anchor one, and which part is the place."""

from __future__ import annotations

import pytest

from feedpub.fold import fold
from feedpub.parse.segments import read_parts


def _read(text: str) -> tuple[str | None, str | None, str] | None:
    folded = fold(text)
    reading = read_parts(folded)
    if reading is None:
        return None
    place = text[slice(*reading.place)] if reading.place else None
    agency = text[slice(*reading.agency)] if reading.agency else None
    return place, agency, text[: reading.end].rstrip()


@pytest.mark.parametrize(
    ("text", "place", "agency", "raw"),
    [
        ("سبق- الدمام: قالت مؤسسة جسر الملك فهد في بيان إعلامي أمس", "الدمام", "سبق", "سبق- الدمام:"),
        ("جدة- سبق: دشن بيت باعشن التاريخي بجدة أمسية أدبية كبرى", "جدة", "سبق", "جدة- سبق:"),
        ("أيمن حسن- سبق: في واقعة مأساوية تمكنت أم", None, "سبق", "أيمن حسن- سبق:"),  # a reporter, no place
        ("سبق - مجدي الباطية - أكد وزير الصحة", None, "سبق", "سبق - مجدي الباطية -"),  # or after the paper
        ("الجزيرة - واس: وجهت المديرية العامة للشؤون الصحية أقسام الطوارئ", None, "واس", "الجزيرة - واس:"),
        ("صنعاء: محمد عبدالعظيم", "صنعاء", None, "صنعاء: محمد عبدالعظيم"),
        ("محمد البيضاني - الباحة", "الباحة", None, "محمد البيضاني - الباحة"),
        ("هشام لاشين-القاهرة", "القاهرة", None, "هشام لاشين-القاهرة"),  # a reporter credits no agency
        ("TDT | Manama", "Manama", "TDT", "TDT | Manama"),  # an outlet's initials do
        ("Gulf News - Dubai", "Dubai", "Gulf News", "Gulf News - Dubai"),
        # ... and a site writing its own in one word, "news" or "presse" glued to its end
        ("APRNEWS- « Nous en avons marre des humeurs", None, "APRNEWS", "APRNEWS-"),
        ("FRANCOPRESSE – Le Canada peut se targuer", None, "FRANCOPRESSE", "FRANCOPRESSE –"),
        ("CYPRESS – The city council met on Monday", "CYPRESS", None, "CYPRESS –"),  # a town the gazetteer knows
        # A place, a dash and an outlet's initials, on a line of their own: Birlik Haber Ajansı's.
        ("KIRIKKALE – BHA", "KIRIKKALE", "BHA", "KIRIKKALE – BHA"),
        ("ATHENS – GR", "ATHENS", None, "ATHENS – GR"),  # a country's code is no outlet's initials
        ("واس (جدة)", "جدة", "واس", "واس (جدة)"),
        ("أحمد الشميري (صنعاء)", "صنعاء", None, "أحمد الشميري (صنعاء)"),
        ("قناة السويس (مصر): عبد الستار حتيتة", "قناة السويس (مصر)", None, "قناة السويس (مصر): عبد الستار حتيتة"),
        ("JAKARTA. Indonesian Finance Minister Sri Mulyani said on Tuesday", "JAKARTA", None, "JAKARTA."),
        (
            "ASTANA. KAZINFORM - President Nazarbayev believes that Astana will grow",
            "ASTANA",
            "KAZINFORM",
            "ASTANA. KAZINFORM -",
        ),
    ],
)
def test_parts_read_as_a_dateline(text: str, place: str | None, agency: str | None, raw: str) -> None:
    """Agency first or last, reporters before or after: the place is told by the marks around it."""
    assert _read(text) == (place, agency, raw)


@pytest.mark.parametrize(
    "text",
    [
        "Officials: talks will resume next week in Geneva",  # a capitalised word is not a place in capitals
        "Landquart GR",  # a place alone on a line, with nothing to close it
        "Diplomi-insinööri Mikko Moilanen siirtyy uuteen tehtävään",  # a hyphen inside a word closes nothing
        "The president (left) said on Friday that talks would resume",
        "بغداد. قال مسؤول عراقي إن المحادثات ستستأنف",  # no capitals in Arabic: a full stop closes no place
        "M-Media",  # an outlet's name a letter and a hyphen open: no credit M and place Media (Pennsylvania)
        "SEPTEMBER: The month began with rain",  # a month's name is no place, in any calendar
        "أغسطس - قال الوزير إن المحادثات ستستأنف",
    ],
)
def test_prose_and_bare_names_are_no_dateline(text: str) -> None:
    """Without an agency, date or generic credit, only a place in capitals closed by a mark anchors one."""
    assert _read(text) is None

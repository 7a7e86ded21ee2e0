"""The dateline corpus: every wire convention feedpub promises to read, one case a row."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from feedpub.agencies import registry
from feedpub.parse import parse_bytes
from feedpub.parse.datelines import find_dateline
from feedpub.parse.dates import infer_month, infer_year
from feedpub.parse.wire import parse_wire_text
from feedpub.validate import check_article
from tests.sites import DATA

CORPUS = DATA / "datelines.tsv"
DEFAULT_REFERENCE = dt.date(2025, 11, 10)


@dataclass(frozen=True)
class Case:
    id: str
    reference: dt.date
    text: str
    raw: str | None
    place: str | None
    date: str | None
    agency: str | None
    lede: str


def _none(value: str) -> str | None:
    return None if value == "-" else value


def _load() -> list[Case]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        return [
            Case(
                id=row["id"],
                reference=dt.date.fromisoformat(row["reference"]) if row["reference"] else DEFAULT_REFERENCE,
                text=row["text"],
                raw=_none(row["raw"]),
                place=_none(row["place"]),
                date=_none(row["date"]),
                agency=_none(row["agency"]),
                lede=row["lede"],
            )
            for row in rows
        ]


CASES = _load()


def test_every_name_the_registry_knows_an_agency_by_credits_it_in_brackets() -> None:
    """Each alias of each registry entry, in brackets after a place and a date, credits that
    agency, or one that shares the alias: no alias is shadowed by another reading of its words."""
    unread = []
    for agency in registry().agencies.values():
        for alias in agency.aliases:
            text = f"Headline\nBAGHDAD, Nov. 7 ({alias}) -- The government said it would raise fuel prices."
            article, _ = parse_wire_text(text, {}, DEFAULT_REFERENCE)
            credited = (article or {}).get("agency", {}).get("id")
            sharing = {other.id for other in registry().agencies.values() if alias in other.aliases}
            if credited not in sharing:
                unread.append((agency.id, alias, credited))
    assert unread == []


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_dateline_case(case: Case) -> None:
    """Each corpus row parses to its expected raw dateline, place, date, agency and lede."""
    article, _problems = parse_wire_text(f"Headline\n{case.text}\nSecond paragraph.", {}, case.reference)
    assert article is not None
    dateline = article.get("dateline")
    if case.raw is None:
        assert dateline is None
        assert "agency" not in article
    else:
        assert dateline is not None
        assert dateline["raw"] == case.raw
        assert dateline["place"] == case.place
        assert dateline["date"] == case.date
        assert article.get("agency", {}).get("id") == case.agency
    assert article["body"][0].startswith(case.lede)
    assert article["body"][-1] == "Second paragraph."


def test_corpus_breadth() -> None:
    """The corpus covers at least 100 cases, 15 agencies and 8 languages."""
    assert len(CASES) >= 100
    assert len({case.agency for case in CASES if case.agency}) >= 15
    assert len({case.id.split("-")[0] for case in CASES if not case.id.startswith("none")}) >= 8


def test_year_is_marked_inferred_only_when_missing() -> None:
    """A dateline without a year says so in the JSON; one with a year does not."""
    article, _ = parse_wire_text("H\nBAGHDAD, Nov. 7 (Xinhua) -- Text.", {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["dateline"]["yearInferred"] is True
    article, _ = parse_wire_text("H\nبغداد 7 نوفمبر 2025 (شينخوا) نص", {}, DEFAULT_REFERENCE)
    assert article is not None
    assert "yearInferred" not in article["dateline"]


@pytest.mark.parametrize(
    ("month", "day", "reference", "year"),
    [
        (12, 31, dt.date(2026, 1, 2), 2025),  # read just after New Year
        (1, 2, dt.date(2025, 12, 31), 2026),  # filed across midnight, or for release in two days
        (5, 11, dt.date(2025, 11, 10), 2025),  # half a year away either way: the May just gone
        (1, 7, dt.date(2025, 11, 10), 2025),  # two months ahead is no dateline: last January
        (2, 29, dt.date(2025, 11, 10), 2024),  # the last Feb. 29 there was
    ],
)
def test_year_of_a_dateline_without_one(month: int, day: int, reference: dt.date, year: int) -> None:
    """A year-less dateline is from the recent past, or at most a month ahead of the reading date."""
    assert infer_year(month, day, reference) == year


@pytest.mark.parametrize(
    ("day", "reference", "year", "month"),
    [
        (7, dt.date(2025, 11, 10), 2025, 11),  # earlier this month
        (11, dt.date(2025, 11, 10), 2025, 11),  # tomorrow: filed across midnight
        (13, dt.date(2025, 11, 10), 2025, 10),  # three days ahead is last month's
        (31, dt.date(2025, 11, 10), 2025, 10),  # November has no 31st
        (31, dt.date(2025, 3, 5), 2025, 1),  # nor has February
        (1, dt.date(2025, 12, 31), 2026, 1),  # across New Year
    ],
)
def test_month_of_a_dateline_with_only_a_day(day: int, reference: dt.date, year: int, month: int) -> None:
    """A day of the month alone (CNA's 7日) is the latest such day up to two days ahead."""
    assert infer_month(day, reference) == (year, month)


def test_a_day_alone_marks_month_and_year_inferred() -> None:
    """The JSON says when the dateline gave only its day, and the article stays valid."""
    text = "行政院會議\n（中央社台北7日電）行政院今天召開院會，通過明年度總預算案。\n"
    report = check_article(parse_bytes(Path("cna.txt"), text.encode(), reference_date=DEFAULT_REFERENCE))
    assert report.article is not None
    assert report.article["dateline"]["monthInferred"] is True
    assert report.article["dateline"]["yearInferred"] is True
    assert report.problems == ()
    article, _ = parse_wire_text("H\n新华社北京11月7日电 国务院", {}, DEFAULT_REFERENCE)
    assert article is not None
    assert "monthInferred" not in article["dateline"]


def test_reference_date_comes_from_date_published() -> None:
    """Front matter's datePublished decides the year of a year-less dateline."""
    meta = {"datePublished": "2024-01-03T08:00:00+03:00"}
    article, _ = parse_wire_text("H\nBAGHDAD, Dec. 31 (Xinhua) -- Text.", meta, DEFAULT_REFERENCE)
    assert article is not None
    assert article["dateline"]["date"] == "2023-12-31"


def test_hijri_and_gregorian_that_disagree_warn_naming_both() -> None:
    """A dateline whose Hijri and Gregorian dates differ gets a warning naming both."""
    text = "H\nالرياض 16 جمادى الأولى 1447 هـ الموافق 9 نوفمبر 2025 م واس أكد المجلس"
    article, problems = parse_wire_text(text, {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["dateline"]["date"] == "2025-11-09"
    assert article["dateline"]["hijriDate"] == "1447-05-16"
    [warning] = problems
    assert warning.severity == "warning"
    assert "1447-05-16" in warning.message
    assert "2025-11-07" in warning.message
    assert "2025-11-09" in warning.message


def test_impossible_hijri_day_is_reported() -> None:
    """A Hijri day the Umm al-Qura calendar does not have is an error, not a crash."""
    _article, problems = parse_wire_text("H\nالرياض 30 صفر 1300 هـ واس أكد", {}, DEFAULT_REFERENCE)
    assert [p.path for p in problems] == ["/dateline/hijriDate"]


def test_paired_month_names_that_disagree_are_an_error_naming_both() -> None:
    """نوفمبر/تشرين الأول names November and October for one date: the editor must correct one."""
    article, problems = parse_wire_text("H\nدبي 7 نوفمبر/تشرين الأول (رويترز) - قال", {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["dateline"]["raw"] == "دبي 7 نوفمبر/تشرين الأول (رويترز) -"
    [problem] = problems
    assert (problem.path, problem.severity) == ("/dateline/date", "error")
    assert "November" in problem.message
    assert "October" in problem.message


def test_a_correspondents_credit_names_the_agency_as_printed() -> None:
    """/Корр. ТАСС Иван Лебедев/ is TASS's: the agency's name is the alias, the credit stays in raw."""
    text = "H\nВАШИНГТОН, 7 ноября. /Корр. ТАСС Иван Лебедев/. Президент заявил"
    article, problems = parse_wire_text(text, {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["agency"] == {"id": "tass", "name": "ТАСС"}
    assert problems == []


def test_an_outlets_name_in_brackets_after_the_separator_credits_it() -> None:
    """``راولپنڈی:(ملت آن لائن)``: Millat Online, a site the registry lacks, named by its
    words in brackets after the colon, is the agency and no part of the lede."""
    text = "H\nراولپنڈی:(ملت آن لائن) ڈائریکٹر جنرل آئی ایس پی آر نے کہا ہے کہ ہم امن کی حفاظت کریں گے۔"
    article, _ = parse_wire_text(text, {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["agency"]["name"] == "ملت آن لائن"
    assert article["body"][0].startswith("ڈائریکٹر جنرل")


def test_dateline_alone_on_its_line() -> None:
    """A dateline on a line of its own leaves the next line as the first paragraph."""
    article, _ = parse_wire_text("H\nBAGHDAD, Nov. 7 (Xinhua) --\nSenior officials met.", {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["dateline"]["raw"] == "BAGHDAD, Nov. 7 (Xinhua) --"
    assert article["body"] == ["Senior officials met."]


def test_dateline_is_searched_only_near_the_start() -> None:
    """An agency in brackets deep in the first paragraph is not a dateline."""
    paragraph = "Officials met " + "again and again " * 20 + "in BAGHDAD (Xinhua) -- then left."
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "line",
    [
        "2022-10-25     충청매일 제휴/뉴시스",  # the page's day, spaced from the partner's credit and Newsis
        "2022-10-25 충청매일 제휴/뉴시스",  # ... or not: the partner's name where a place would stand
    ],
)
def test_a_pages_day_before_a_credit_is_no_dateline(line: str) -> None:
    """A whole date opening a line before a credit naming no place in capitals or known to the
    gazetteer is the page's stamp and credit line, not a date before the wire's dateline."""
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "SEPTEMBER: The month began with heavy rain across the region.",
        "Muharram - Shia Muslims began the mourning on Sunday.",
        "أغسطس - قال الوزير إن المحادثات ستستأنف الشهر المقبل.",
        "Dimanche - Le président a réuni ses ministres.",
        "UPDATE – The minister said on Monday that talks would resume.",
        "Share - The minister said on Monday that talks would resume.",
        "WATCH – ZANU PF claims they agreed with ANC there is no crisis in Zimbabwe",
        "ILUSTRASI- (antarafoto)",
        "كتب - شريف أيمن:",
        "字体大小:",
    ],
)
def test_a_word_no_place_is_before_a_separator_is_neither_place_nor_outlet(paragraph: str) -> None:
    """A label (of the story's kind, its picture, a page's button), a byline's word, a small word
    of a sentence, or a month's or weekday's name in any calendar, is no place and no outlet
    crediting itself before a separator, unless the gazetteer knows a town of its name."""
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("PARIS (Reporters) - The minister said on Monday that talks would resume.", None),
        ("PARIS, Nov. 7 (Photo) - The minister said on Monday that talks would resume.", None),
        ("BRASÍLIA, 30 (AG) - O governo anunciou hoje um novo plano.", "AG"),  # an outlet's initials
    ],
)
def test_a_label_or_role_in_brackets_names_no_agency(paragraph: str, agency: str | None) -> None:
    """A reporter's role or a label in brackets after the place
    (:func:`~feedpub.parse.words.names_no_place`) closes the dateline but names no agency; in
    capitals, it is an outlet's initials."""
    match = find_dateline(paragraph)
    assert match is not None
    assert match.place is not None
    assert match.agency == agency


def test_the_word_for_day_before_a_date_is_no_place() -> None:
    """Arabic's "on the day" before a date (``في يوم 14 مارس، 2020``), as Vietnamese's ``ngày``,
    is the date's word, as a connector before it is: the page's stamp names no place."""
    match = find_dateline("في يوم 14 مارس، 2020 | بتوقيت 5:10 م")
    assert match is not None
    assert (match.dates[0].day, match.dates[0].month, match.place) == (14, 3, None)


@pytest.mark.parametrize(
    "line",
    [
        "November 20th, 2012 - By Steve James",
        "By Bob Smietana — November 13, 2020",
        "Por Redacción | martes, 11 de noviembre de 2025",
    ],
)
def test_a_byline_beside_the_pages_date_is_no_place(line: str) -> None:
    """A byline before or after the page's date, on a line of its own, names the writer: the
    date is read, and no place, though the byline stands where a place would."""
    match = find_dateline(line)
    assert match is not None
    assert match.dates
    assert match.place is None


@pytest.mark.parametrize(
    "line",
    [
        "Foto: APA/Robert Jaeger",
        "Fotografía: EFE",
        "El ministro en la rueda de prensa en Caracas. | Foto: VTV.",
        "TRIBUNJATIM.COM/ SUGIHARTO WIBOWO",
        "TRIBUNJATIM.COM/ ISTIMEWA",
    ],
)
def test_a_pictures_credit_is_no_dateline(line: str) -> None:
    """A picture's label and its credit, maybe after its caption and a bar, name the picture's
    source: the label is no place, and the line no dateline. So does a site's name, a slash and
    the photographer in capitals, or "courtesy" (Indonesian ``ISTIMEWA``), on a line of their own."""
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Jane Carter May 22, 2019", None),
        ("РТС 16.01.2018", None),
        ("DAILY EXPRESO - 19.10.2023", None),
        ("Jane Carter (23/07/2018)", None),
        ("Tocuyo de la Costa, 18 de Noviembre de 2008", "Tocuyo de la Costa"),
        ("JIRIBAM | Sept 10", "JIRIBAM"),
    ],
)
def test_a_name_and_the_pages_date_on_a_line_of_their_own_name_no_place(line: str, place: str | None) -> None:
    """A writer's or outlet's name the gazetteer does not know and the page's date after it, with
    no comma or colon between, on a line of their own, is a byline or credit and the page's
    stamp: the date is kept, the name is no place. A place parts its date with a comma, or with
    a bar when it is in capitals."""
    match = find_dateline(line)
    assert match is not None
    assert match.dates
    assert match.place == place


@pytest.mark.parametrize("line", ["کد خبر: ۱۸۴۰۸۹", "  • ฮิต: 184", "  • 点击:1812", "Views: 1,204"])
def test_a_label_and_its_count_is_no_dateline(line: str) -> None:
    """A page's label and a number alone after its colon (Persian's story number, ``کد خبر``,
    Thai's and Chinese's count of hits) is its furniture: in a script without capitals the label
    would read as a place before its colon, and the number as the lede."""
    assert find_dateline(line) is None


@pytest.mark.parametrize("line", ["लेखक: राहुल शर्मा", "By: Jane Carter", "Por: Juan Pérez"])
def test_a_byline_label_and_a_name_is_no_dateline(line: str) -> None:
    """A byline's label and colon, then the author's name, name no place, though in a script
    whose vowel signs folding drops (Hindi's ``लेखक:``, "author:") the label is read folded."""
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "عمان معا نحو مستقبل أفضل للأردنيين، قال رئيس الوزراء",  # معا, "together": Ma'an
        "دمشق العربية للأنباء تنقل عن مسؤولين قولهم إن",  # العربية, "Arabic": Al Arabiya
        "القاهرة المصري اليوم يواجه منافسه في الدوري",  # "the Egyptian today": Al-Masry Al-Youm
        "الرياض الوكيل الحصري للشركة يعلن عن خفض الأسعار",  # الوكيل, "the agent": Al-Wakeel
    ],
)
def test_an_outlet_named_by_an_everyday_word_is_no_dateline_in_a_sentence(paragraph: str) -> None:
    """An outlet whose name is also a word names it only in brackets or before a mark (``عمان- معا-``):
    after a place in running text the word is the sentence's, and the paragraph has no dateline."""
    assert find_dateline(paragraph) is None


def test_an_alias_standing_bare_in_a_sentence_is_no_agency() -> None:
    """``Dakar - Les quotidiens … à APA traitent``: the words before the bare alias are in small
    letters in copy that has capitals, so they are a sentence, and the dateline is ``Dakar -``."""
    text = "H\nDakar - Les quotidiens sénégalais parvenus mercredi à APA traitent de divers sujets."
    article, _ = parse_wire_text(text, {}, dt.date(2014, 1, 29))
    assert article is not None
    assert article["dateline"]["place"] == "Dakar"
    assert "agency" not in article
    assert article["body"][0].startswith("Les quotidiens")


def test_marks_that_folding_drops_inside_a_wrapped_credit() -> None:
    """Tatweel inside a syndication credit that holds brackets (folding drops it) does not throw
    the credit's end off: the dateline after it is read."""
    match = find_dateline("(ـــMENAFN - Kuwait News Agency (KUNA)) KUWAIT, Oct 30 (KUNA) -- The cabinet met.")
    assert match is not None
    assert (match.place, match.agency) == ("KUWAIT", "KUNA")


def test_a_day_that_no_month_has_is_no_date() -> None:
    """``٠`` (zero) before the agency is no day: the dateline is read without a date, never
    with a 0th that no month has (which stopped the whole parse before)."""
    article, problems = parse_wire_text("H\nBAGHDAD,٠(AP) - Officials met on Friday.\nSecond.", {}, DEFAULT_REFERENCE)
    assert article is not None
    assert article["dateline"]["date"] is None
    assert any(problem.path == "/dateline" for problem in problems)


def test_a_word_before_an_agency_on_a_line_of_its_own_is_a_label_not_a_place() -> None:
    """``Logo Agência Brasil`` (a logo's caption) credits the agency and names no place; a place
    the gazetteer knows, or one parted from the agency by a mark, stays the place."""
    logo = find_dateline("Logo Agência Brasil")
    assert logo is not None
    assert (logo.place, logo.agency) == (None, "Agência Brasil")
    for line, place in (("Brasília Agência Brasil", "Brasília"), ("رام االله - سبأنت", "رام االله")):
        found = find_dateline(line)
        assert found is not None, line
        assert found.place == place, line


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("By ANGUS SHAW, Associated Press Writer", "Associated Press"),  # Shaw is a town's name too
        ("By CHELSEA J. CARTER, Associated Press Writer", "Associated Press"),
        ("By LINLEY SANDERS and BARBARA RODRIGUEZ Associated Press", "Associated Press"),
        ("Von Almut Kipp, dpa", "dpa"),
        ("by John Smith -Trend:", "Trend"),
        ("By: James Smith, Associated Press", "Associated Press"),  # a byline's label and its colon
        ("By JAMES MacPHERSON, Associated Press", "Associated Press"),  # a name's own capitals inside it
    ],
)
def test_a_writers_surname_before_the_agency_is_no_place(line: str, agency: str) -> None:
    """A byline of a given name and a surname, then the agency, names no place: the surname is
    the writer's, though a town may bear it (Shaw, Carter); the agency is the one named."""
    match = find_dateline(line)
    assert match is not None
    assert (match.place, match.agency) == (None, agency)


@pytest.mark.parametrize(
    "paragraph",
    ["By the time Reuters reported it, the market had closed.", "By Monday Reuters had reported the figures."],
)
def test_by_and_words_no_writer_is_before_an_agency_are_a_sentence(paragraph: str) -> None:
    """ "By" and the words of a sentence before an agency's name are no byline."""
    assert find_dateline(paragraph) is None


def test_a_writer_named_in_full_before_a_place_leaves_the_place() -> None:
    """After a given name and a surname, a known place closing the byline is the dateline's."""
    match = find_dateline("By Krishna Sapkota Kathmandu, Aug 20: The government said on Monday.")
    assert match is not None
    assert match.place == "Kathmandu"


def test_a_weekday_before_capitals_after_its_comma_is_a_sentences_opening() -> None:
    """``On Thursday, VMRO-DPMNE submitted …`` opens a sentence: a weekday is no place, and the
    capitals after it no agency's initials."""
    assert find_dateline("On Thursday, VMRO-DPMNE submitted the draft resolution to Parliament.") is None


def test_a_press_release_wires_date_between_slashes_is_the_datelines() -> None:
    """ACCESSWIRE prints its dateline as place, wire and date, each closed by a slash: the date
    is the dateline's, and the release opens after its slash."""
    match = find_dateline("VANCOUVER, BC / ACCESSWIRE / March 3, 2024 / Acme Corp. is pleased to announce its results.")
    assert match is not None
    assert (match.place, match.agency) == ("VANCOUVER, BC", "ACCESSWIRE")
    assert [(date.year, date.month, date.day) for date in match.dates] == [(2024, 3, 3)]
    assert match.raw == "VANCOUVER, BC / ACCESSWIRE / March 3, 2024 /"

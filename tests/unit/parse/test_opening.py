"""Byline, credit, deck and date lines between headline and dateline, and a dateline on its own line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from feedpub.parse.wire import parse_wire_text

REFERENCE = dt.date(2025, 11, 10)


def _article(text: str) -> dict[str, Any]:
    """The article ``text`` parses to, read on :data:`REFERENCE`: there must be one."""
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    return article


def test_a_byline_line_names_the_authors_and_is_kept_above_the_dateline() -> None:
    """A byline between headline and dateline gives the authors; its line is kept in
    dateline.above, and dateline.raw is the dateline alone."""
    article = _article("H\nBy Jane Carter and Ali Hassan\nWASHINGTON (AP) — The Senate voted.")
    assert article["authors"] == [{"name": "Jane Carter"}, {"name": "Ali Hassan"}]
    assert article["dateline"]["raw"] == "WASHINGTON (AP) —"
    assert article["dateline"]["above"] == ["By Jane Carter and Ali Hassan"]
    assert article["agency"]["id"] == "ap"
    assert article["body"] == ["The Senate voted."]


@pytest.mark.parametrize(
    "byline", ["Oleh Agustinus Bole Malo", "  • Oleh Agustinus Bole Malo\n  • 11 Februari 2021 - 02:00 WIB"]
)
def test_an_indonesian_byline_names_its_author(byline: str) -> None:
    """Indonesian and Malay bylines open with "oleh" (by), maybe after the bullet a page sets
    before each line above the story: the name after it is the author's."""
    article = _article(f"H\n{byline}\nJAKARTA, 11 Februari 2021 (ANTARA) - Camat Edy Adwar hadir.")
    assert article["authors"] == [{"name": "Agustinus Bole Malo"}]
    assert article["body"] == ["Camat Edy Adwar hadir."]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Par André Deschênes - CKAJ 92,5", ["André Deschênes"]),  # the outlet after a spaced dash
        ("By NICOLA BOYES - Sunday Star Times", ["NICOLA BOYES"]),
        ("By: David Real | Real Acapulco News - 15 March, 2011", ["David Real"]),  # ... or a bar
        ("By Jimmy Tamayo April 09, 2019 - 11:44 AM", ["Jimmy Tamayo"]),  # the page's date
        ("By Hayley Halpin Friday 7 Aug 2020", ["Hayley Halpin"]),  # ... and its weekday
        ("By Ng Jing Yng 05:55 AM Jan 17, 2018", ["Ng Jing Yng"]),  # ... and the time
        ("By Brittany Shannon on July 27, 2021", ["Brittany Shannon"]),  # ... and "on"
        ("By Jashan A December 3rd 2019", ["Jashan A"]),  # an initial is the name's
        ("كتب - مروان عصام", ["مروان عصام"]),  # a dash after the label
        ("By - Feb 25,2016 - Last updated at Feb 25,2016", []),  # no name but the date
        ("Por acognata@comcast.net - 18 marzo, 2017", []),  # an e-mail address is none
    ],
)
def test_a_bylines_names_end_before_its_outlet_and_the_pages_stamp(byline: str, authors: list[str]) -> None:
    """What follows the names on a byline's line, the outlet or the page's stamp, names no one."""
    article = _article(f"H\n{byline}\nWASHINGTON (AP) — The Senate voted.")
    assert [author["name"] for author in article.get("authors", [])] == authors
    assert article["body"] == ["The Senate voted."]


def test_a_dateline_on_its_own_line() -> None:
    """A dateline printed alone on its line opens the story; the next line is the lede."""
    text = "H\nSTOCKHOLM, Aug 29, 2014 (AFP) -\nA Chinese-owned company said on Friday it had succeeded."
    article = _article(text)
    assert article["dateline"]["date"] == "2014-08-29"
    assert article["body"][0].startswith("A Chinese-owned company")


def test_a_place_and_date_on_their_own_line_beat_a_lede_that_looks_like_a_dateline() -> None:
    """``Kathmandu, Jan. 20`` alone on its line is the dateline, though the story opens with a
    name and an agency's initials in brackets."""
    text = "H\nKathmandu, Jan. 20\nThe Ambassadors Club Nepal (ACN) has honoured the UN Resident Coordinator."
    article = _article(text)
    assert article["dateline"]["place"] == "Kathmandu"
    assert "agency" not in article
    assert article["body"][0].startswith("The Ambassadors Club Nepal (ACN) has")


@pytest.mark.parametrize(
    ("text", "place", "agency", "lede"),
    [
        # A syndication credit, then the agency alone on its line, then the dateline.
        ("H\n(MENAFN- The Peninsula)\nQNA\nDoha: Prime Minister received a phone call.", "Doha", "qna", "Prime"),
        # A paper's name with its city in brackets, then a byline, then the dateline.
        (
            "H\nCapital FM (Nairobi)\nBy Jemimah Mueni\nNairobi — The Ministry of Health received supplies.",
            "Nairobi",
            None,
            "The",
        ),
        # A byline naming nothing, then the paper's name and a button, then the dateline.
        (
            "H\nStaff Writer\nPortsmouth Herald\nView Comments\nPORTSMOUTH – The School Department closes schools.",
            "PORTSMOUTH",
            None,
            "The",
        ),
    ],
)
def test_a_line_read_whole_as_a_dateline_is_a_credit_line_above_bylines_and_outlets(
    text: str, place: str, agency: str | None, lede: str
) -> None:
    article = _article(text)
    assert article["dateline"]["place"] == place
    assert article.get("agency", {}).get("id") == agency
    assert article["body"][0].startswith(lede)


def test_a_credit_line_names_the_agency_of_a_dateline_without_one() -> None:
    """``The Canadian Press`` alone on a line above ``OTTAWA -`` credits the story to it."""
    text = "H\nMia Rabson\nThe Canadian Press\nOTTAWA - A Manitoba man is facing 22 charges."
    article = _article(text)
    assert article["dateline"]["place"] == "OTTAWA"
    assert article["agency"]["id"] == "cp"
    assert article["body"] == ["A Manitoba man is facing 22 charges."]


def test_a_labelled_stamp_between_a_credit_line_and_the_dateline_is_passed_over() -> None:
    """``Agenzia Stampa: ADNKRONOS`` above ``Data: 15 Novembre 2005`` is a credit line: the
    dateline is the paragraph below the stamp."""
    text = "H\nAgenzia Stampa: ADNKRONOS\nData: 15 Novembre 2005\nTorino, 15 nov. (Adnkronos) - Non c'e' pace."
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("Torino", "adnkronos")
    assert article["body"] == ["Non c'e' pace."]


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Repórter da Agência Brasil", "agencia-brasil"),  # the agency closing the line
        ("By Aerol John Pateña (With reports from Christopher Lloyd Caliwan/PNA)", "pna"),  # after a slash
        ("Von David Hutzler, dpa", "dpa"),  # after a comma
        ("Jakarta Post - July 5, 2006", "jakartapost"),  # before a spaced dash
        ("By The Canadian Press on February 12, 2024.", "cp"),  # before the day it was posted
        ("By: APP on July 15, 2021", "app"),
        ("by Associated Press &", "ap"),  # before an ampersand, whatever follows it
        ("2014-09-02, 10:37  Polska Agencja Prasowa", "pap"),  # after the day, in its own language
        ("Associated Press Writer", "ap"),  # before the reporter's role closing the line
        ("By ANGUS SHAW Associated Press Business Writer", "ap"),  # ... and their beat
        ("Staff Writer", None),
        ("Paula Laboissière", None),  # a reporter's name alone credits no agency
        ("Foto: APA/ROBERT JAEGER", None),  # a picture's credit credits the picture
    ],
)
def test_an_agency_named_on_a_credit_line_credits_the_story(credit: str, agency: str | None) -> None:
    text = f"H\n{credit}\nBrasília – O presidente do Peru substituiu dez dos 18 ministros."
    article = _article(text)
    assert article["dateline"]["place"] == "Brasília"
    assert article.get("agency", {}).get("id") == agency
    assert article["body"][0].startswith("O presidente")


def test_a_date_line_above_a_dateline_in_the_paragraph_is_the_pages_stamp() -> None:
    """``14/7/2021`` on a line of its own above ``KUALA LUMPUR: Ahli-ahli …``: the dateline
    names no date, and the page's stamp gives it none (a place alone on its line would take it)."""
    article = _article("H\nAstro Awani\n14/7/2021\nKUALA LUMPUR: Ahli-ahli Jemaah Menteri memberi sokongan.")
    assert article["dateline"]["place"] == "KUALA LUMPUR"
    assert article["dateline"]["date"] is None


def test_a_byline_ending_in_an_agency_is_a_credit_line() -> None:
    """``By Helen Maguire, dpa =`` is a credit line, not a dateline placed at "Maguire"."""
    text = "H\nBy Helen Maguire, dpa =\nLuxembourg (dpa) - Britain could decide not to leave."
    article = _article(text)
    assert article["dateline"]["place"] == "Luxembourg"
    assert article["authors"] == [{"name": "Helen Maguire"}]


def test_a_date_line_above_a_place_line_dates_the_dateline() -> None:
    """A date printed on its own line above a place line gives the dateline its date."""
    text = "H\n04 حزيران 2003\nعمان ، الأردن\nغادر جلالة الملك أرض الوطن مساء اليوم متوجها إلى المملكة المتحدة."
    article = _article(text)
    assert article["dateline"]["place"] == "عمان ، الأردن"
    assert article["dateline"]["date"] == "2003-06-04"
    assert article["dateline"]["raw"] == "04 حزيران 2003 عمان ، الأردن"


def test_a_last_updated_line_gives_way_to_the_agency_line() -> None:
    """A "last updated" line read as a dateline is a credit line when an agency line follows."""
    text = "H\nآخر تحديث: السبت 4 أكتوبر 2025 - 5:58 م بتوقيت القاهرة\nد ب أ\nأعلن وزير الخارجية اليوم السبت."
    article = _article(text)
    assert article["agency"]["id"] == "dpa"
    assert article["body"] == ["أعلن وزير الخارجية اليوم السبت."]


def test_a_place_line_above_the_dateline_that_repeats_it() -> None:
    """A place printed on its own line and again in the dateline: the dateline below is read."""
    text = "H\nKathmandu\nKathmandu, Aug 6 (PTI) Nepal's government on Wednesday announced new measures."
    article = _article(text)
    assert article["dateline"]["place"] == "Kathmandu"
    assert (article["dateline"]["above"], article["dateline"]["raw"]) == (["Kathmandu"], "Kathmandu, Aug 6 (PTI)")
    assert article["body"][0].startswith("Nepal's government")


def test_place_line_above_a_date_line() -> None:
    """A city on a line of its own above a line giving only the date is the dateline's place."""
    text = "الملك يغادر\nعمان\n03 آب/أغسطس 2003\nغادر جلالة الملك أرض الوطن اليوم."
    article = _article(text)
    assert article["dateline"]["place"] == "عمان"
    assert article["dateline"]["date"] == "2003-08-03"
    assert article["body"] == ["غادر جلالة الملك أرض الوطن اليوم."]


@pytest.mark.parametrize(
    ("stamp", "dateline", "day"),
    [
        ("AMRIK SINGH | July 26, 2021 10:07 PM", "AMRITSAR:", "2021-07-26"),
        ("RTV 22.03.2016  |  Tanjug", "BEOGRAD -", "2016-03-22"),
    ],
)
def test_a_byline_or_outlet_and_the_days_stamp_above_a_place_are_the_pages_date(
    stamp: str, dateline: str, day: str
) -> None:
    """A writer's or outlet's name in capitals no gazetteer knows and a date, on a line above a
    dateline naming its own place, are a byline and the page's stamp: the day is the page's,
    not the dateline's, which names none."""
    article = _article(f"H\n{stamp}\n{dateline} Officials said on Monday that the talks would go on.")
    assert (article["dateline"]["date"], article["dateline"]["pageDate"]) == (None, day)


@pytest.mark.parametrize(("place", "read"), [("SAN SALVADOR.", "SAN SALVADOR"), ("Sumber :", None)])
def test_place_line_closed_by_a_full_stop_above_a_date_line(place: str, read: str | None) -> None:
    """A city's line may close with a full stop (``SAN SALVADOR.``) above a bracketed date that
    opens the story: the full stop is no part of the place. A colon closes a label as often
    (``Sumber :``, "source:", which a village bears too): no place is read from it."""
    story = "(25 de noviembre de 2008) –El Programa Mundial de Alimentos brindará asistencia alimentaria."
    article = _article(f"H\n{place}\n{story}")
    assert article["dateline"]["place"] == read
    assert article["dateline"]["date"] == "2008-11-25"


def test_a_page_title_naming_its_paper_credits_it() -> None:
    """A headline ending with a paper's printed name, as page titles do, gives the agency only
    when the dateline names none; a sentence's colon is no credit."""
    text = "日中の合意文書 :日本経済新聞\n【北京=山田周平】日中両政府が7日発表した合意文書。"
    article = _article(text)
    assert article["agency"]["id"] == "nikkei"
    text = "PM speaks (Utusan Malaysia 4 Julai 2008)\nKUALA LUMPUR 3 Julai (Bernama) - Datuk Seri berkata."
    article = _article(text)
    assert article["agency"]["id"] == "bernama"
    article = _article("Iran: talks resume\nTEHRAN — Officials met on Monday.")
    assert "agency" not in article


def test_time_stamps_above_a_story_without_dateline_are_no_part_of_the_lede() -> None:
    """A page's time stamp lines (a date or a clock time and a few words) are left out of the lede."""
    stamps = ("10/30/2023 10:05:19 AM", "新華社 | 2025-11-07 13:07:07", "posted on 01/04/2015", "13 - Juin - 2019")
    for stamp in stamps:
        article = _article(f"H\n{stamp}\nThe minister said the talks went well.")
        assert article["body"] == ["The minister said the talks went well."], stamp


def test_a_sentence_with_a_date_is_no_time_stamp() -> None:
    """A short paragraph that mentions a date among its words stays the lede."""
    text = "H\nThe minister said on 3 May 2020 that he\nwould resign."
    article = _article(text)
    assert article["body"][0] == "The minister said on 3 May 2020 that he"


def test_a_place_line_gives_way_to_the_date_line_below_it() -> None:
    """``Ankara`` alone on a line is a dateline, unless a date line under it completes it."""
    text = "H\nعمان\n03 آب/أغسطس 2003\nغادر جلالة الملك عبدالله الثاني ارض الوطن اليوم."
    article = _article(text)
    assert article["dateline"]["place"] == "عمان"
    assert article["dateline"]["date"] == "2003-08-03"
    assert article["body"][0].startswith("غادر")


def test_a_name_on_a_line_below_the_dateline_line_is_no_part_of_the_lede() -> None:
    """A paper's or agency's name on a line of its own between the dateline line and the story."""
    text = (
        "H\nالكويت\nدار الهلال\n"
        "بحث وزير الخارجية الكويتي الشيخ سالم عبد الله الجابر الصباح، اليوم الأربعاء، مع مستشار وزير الخارجية."
    )
    article = _article(text)
    assert article["dateline"]["place"] == "الكويت"
    assert article["dateline"]["raw"] == "الكويت دار الهلال"
    assert article["body"][0].startswith("بحث وزير")
    text = (
        "H\nBAGHDAD, Nov. 7 --\nXinhua News Agency\n"
        "Iraqi and U.S. officials said on Friday they would lay the foundations of a new phase of security work."
    )
    article = _article(text)
    assert (article["dateline"]["date"], article["agency"]["id"]) == ("2025-11-07", "xinhua")


@pytest.mark.parametrize("credit", ["AKP --", "(AKP) --"])
def test_an_agency_opening_the_paragraph_below_a_line_of_place_and_date_credits_the_dateline(credit: str) -> None:
    """A line of place and date alone, then the story opening with the agency's credit: one
    dateline over two lines, the lede after the credit. A story opening with no credit below
    such a line keeps its words."""
    article = _article(f"H\nPhnom Penh, August 7, 2008\n{credit} Information Minister Khieu Kanharith said.")
    dateline = article["dateline"]
    assert (dateline["place"], dateline["date"], article["agency"]["id"]) == ("Phnom Penh", "2008-08-07", "akp")
    assert dateline["raw"] == f"Phnom Penh, August 7, 2008 {credit}"
    assert article["body"] == ["Information Minister Khieu Kanharith said."]
    article = _article("H\nPhnom Penh, August 7, 2008\nInformation Minister Khieu Kanharith said.")
    assert "agency" not in article
    assert article["body"] == ["Information Minister Khieu Kanharith said."]


def test_a_time_stamp_is_never_the_dateline() -> None:
    """A stamp with a time of day (``Mercredi 23 janvier 2019 - 21:52``) is passed over, even when
    it names an agency or reads as a place and a date."""
    for stamp in ("Mercredi 23 janvier 2019 - 21:52", "Xinhua | 06.07.2021 11h31"):
        article = _article(f"H\n{stamp}\nLe président a prononcé son message à la nation.")
        assert "agency" not in article, stamp
        assert article["body"] == ["Le président a prononcé son message à la nation."], stamp


def test_a_caption_closed_by_its_pictures_credit_is_passed_over() -> None:
    """A caption above the story, however long, closed by the picture's credit (the agency, a
    slash and the photographer) is the picture's: the dateline below is the story's, and the
    agency that took the picture did not write it."""
    caption = (
        "Tisková konference k představení koncepce vakcinačních center se konala 4. ledna 2021"
        " v Českých Budějovicích. Hejtman Martin Kuba na ní představil vzorový projekt. ČTK/Pancer Václav."
    )
    article = _article(f"H\n{caption}\nČeské Budějovice - Systém evidence zájemců o očkování musí řadit uchazeče.")
    assert article["dateline"]["place"] == "České Budějovice"
    assert "agency" not in article
    assert article["body"] == ["Systém evidence zájemců o očkování musí řadit uchazeče."]


@pytest.mark.parametrize(
    ("caption", "story"),
    [
        (
            "  2025年10月13日,“万千气象看四川”四季度集中采访活动在成都火车站扩能改造工程项目部现场启动。"
            " 四川日报全媒体记者 吴枫 摄",
            "  10月13日上午9时,在机器轰鸣、塔吊林立的成都站扩能改造工程现场,"
            "“万千气象看四川”第四季度集中采访活动正式拉开帷幕。",
        ),
        ("納茲林沙殿下接見各州議員時,倪可敏獲殿下點名讚揚。(丁祖興攝)", "霹靂州蘇丹納茲林沙殿下昨日在怡保接見州議員。"),
        ("記者会見する首相＝東京都千代田区で山田太郎撮影", "首相は１３日、記者会見を開いた。"),
    ],
    ids=["zh-a-dated-caption", "zh-Hant-the-credit-in-brackets", "ja"],
)
def test_a_caption_closed_by_the_word_for_photographed_is_passed_over(caption: str, story: str) -> None:
    """A Chinese or Japanese caption closed by the photographer's name and the word for
    "photographed" (``吴枫 摄``, ``(丁祖興攝)``, ``山田太郎撮影``) is the picture's, however it
    opens (with a whole date, here): the story opens below it."""
    article = _article(f"H\n{caption}\n{story}\nSecond paragraph.")
    assert article["body"][0] == story.strip()


def test_a_row_of_stamp_source_and_counts_is_furniture_above_the_dateline() -> None:
    """B92's row under the headline, its time stamp, the page's sources after a label, a count
    of comments after its label and a link's label, is passed over for the dateline below."""
    row = "August 27, 2014 | 11:57 | Source: B92, Tanjug | Comments: (1) | Send comment"
    article = _article(f"H\n{row}\nKOSOVSKA MITROVICA -- The dialogue between Belgrade and Pristina will go on.")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("KOSOVSKA MITROVICA", None)
    assert article["body"] == ["The dialogue between Belgrade and Pristina will go on."]


@pytest.mark.parametrize("source", ["Sumber: The Star", "Source: The Star", "Fuente: EFE", "Източник: Moreto.net"])
def test_a_line_naming_the_pages_source_is_furniture_never_the_dateline(source: str) -> None:
    """A label for "source" and a name, on a line of its own, is neither a place nor the lede."""
    article = _article(f"H\n{source}\nTan Sri Muhyiddin Yassin has dismissed reports of an offer.")
    assert article["dateline"]["place"] is None
    assert article["body"] == ["Tan Sri Muhyiddin Yassin has dismissed reports of an offer."]
    below = _article(f"H\n{source}\nMADRID, 5 mar - El Gobierno aprobó hoy el plan.")
    assert (below["dateline"]["place"], below["body"]) == ("MADRID", ["El Gobierno aprobó hoy el plan."])


@pytest.mark.parametrize(
    ("stamped", "agency"),
    [
        ("Wed, 17 Jan 2001 Source: GNA", "gna"),
        ("2025-12-01 10:51 / šaltinis: BNS", "bns"),
        ("آخر تحديث 2025-03-27 20:00:01 - المصدر: الشرق الأوسط", "aawsat"),
    ],
)
def test_the_pages_stamp_and_source_on_one_line_credit_a_story_with_no_dateline(stamped: str, agency: str) -> None:
    """The page's stamp and, after it on the same line, its source after a label: the line is
    furniture, no date-only dateline, and the source it names credits the story."""
    story = "Ghana's first budget statement under the new administration will be presented in March, the minister said."
    article = _article(f"H\n{stamped}\n{story}")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == (None, None)
    assert article["agency"]["id"] == agency
    assert article["body"] == [story]


@pytest.mark.parametrize(
    ("stamped", "agency"),
    [
        ("11.08.2018, 16:37 Uhr | dpa", "dpa"),
        ("01:11 AM Oct 26, 2024 IST | GK NEWS SERVICE", "gk-news-service"),  # an outlet the registry lacks
    ],
)
def test_an_outlet_a_bar_parts_from_the_pages_stamp_credits_the_story(stamped: str, agency: str) -> None:
    """The page's stamp, a bar and an outlet's name: the source, as a label would name it, of a
    story with no dateline and of one with a dateline that credits none; a name with no word an
    outlet's has (a writer's) credits nothing."""
    story = "Lieutenant Governor Manoj Sinha today reviewed the progress of key infrastructure projects."
    assert _article(f"H\n{stamped}\n{story}")["agency"]["id"] == agency
    assert _article(f"H\n{stamped}\nSrinagar, Oct 25: {story}")["agency"]["id"] == agency
    assert "agency" not in _article(f"H\n01:11 AM Oct 26, 2024 IST | Manoj Kumar\nSrinagar, Oct 25: {story}")


def test_the_headline_printed_again_below_the_pages_stamp_names_no_place() -> None:
    """HaitiLibre prints its headline again below the page's stamp; its words open as a dateline
    would (``Haiti - Prime Minister : …``), but a headline names no place the story was filed from."""
    headline = "Haiti - Prime Minister : The President Martelly explains his choice"
    story = "The communications office of President Michel Martelly confirms the President's choice."
    article = _article(f"{headline}\n21/05/2011 12:43:11\n{headline}\n{story}")
    assert (article["dateline"]["place"], article["body"]) == (None, [story])


def test_a_day_and_the_pages_source_on_one_line_date_the_story_as_the_day_alone_does() -> None:
    """A day alone on a line above a story with no dateline is the page's date (``pageDate``),
    and the story needs no dateline; with the page's source after it on the line, the same, and
    the source credits the story."""
    story = "Ghana's first budget statement under the new administration will be presented in March."
    for line, agency in (("Wed, 17 Jan 2001", None), ("Wed, 17 Jan 2001 Source: GNA", "gna")):
        article, problems = parse_wire_text(f"H\n{line}\n{story}", {}, REFERENCE)
        assert article is not None
        assert article["dateline"] == {"raw": line, "place": None, "date": None, "pageDate": "2001-01-17"}
        assert article.get("agency", {}).get("id") == agency
        assert (article["body"], problems) == ([story], [])


@pytest.mark.parametrize(
    ("lines", "agency"),
    [
        (["Source: Detroit Free Press", "Wire Service: AP"], "ap"),  # the first the registry knows
        (["13u17", "Bron: Belga"], "belga"),  # below the time the page gives as well
    ],
)
def test_the_pages_source_below_the_day_that_dates_the_story_credits_it(lines: list[str], agency: str) -> None:
    """The page's source on a line of its own below the day that dates a story with no dateline
    credits the story, as it does with no day above it: it is no place (``Wire Service``) either."""
    story = "Islamic militants fired mortar shells and guns in the Somali capital today."
    article = _article("\n".join(["H", "January 17, 2008", *lines, story]))
    assert (article["dateline"]["place"], article["dateline"]["pageDate"]) == (None, "2008-01-17")
    assert article["agency"]["id"] == agency
    assert article["body"] == [story]


@pytest.mark.parametrize(
    "source",
    [
        "المصدر: Nasdaq GlobeNewswire / 10 يوليو 2024 13:00:00   America/New_York",
        "Source: Nasdaq GlobeNewswire / 10 July 2024 13:00:00   America/New_York",
    ],
)
def test_a_line_naming_the_pages_source_and_its_day_is_furniture_however_long(source: str) -> None:
    """The page's sources after their label and a slash before the day they gave the story
    (a Gulf portal's line over a press release) is neither the dateline nor its lede."""
    article = _article(f"H\n{source}\nATLANTA, July 10, 2024 (GLOBE NEWSWIRE) -- Gray Media today announced its plans.")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("ATLANTA", "2024-07-10")
    assert article["body"] == ["Gray Media today announced its plans."]


@pytest.mark.parametrize("fields", ["เผยแพร่:   ปรับปรุง:   โดย: ผู้จัดการออนไลน์", "Published:  Updated:  By: Staff"])
def test_a_line_of_a_pages_labelled_fields_is_furniture_never_the_dateline(fields: str) -> None:
    """Labels of the page's fields (published, updated, by) with or without their values are no place."""
    article = _article(f"H\n{fields}\nเมื่อเวลา 8:52 น ที่ทำเนียบรัฐบาล นายอนุทิน ชาญวีรกูล เดินทางเข้าทำเนียบรัฐบาล")
    assert article["dateline"]["place"] is None
    assert article["body"] == ["เมื่อเวลา 8:52 น ที่ทำเนียบรัฐบาล นายอนุทิน ชาญวีรกูล เดินทางเข้าทำเนียบรัฐบาล"]


def test_a_deck_above_a_story_without_dateline_is_no_part_of_its_lede() -> None:
    """A second headline, which ends no sentence, stands above the story; the story's first
    paragraph, which does, is its lede; the problem names the deck for what it was taken for."""
    deck = "El intercambio será transmitido por cadena nacional de radio y televisión"
    story = (
        "La presidencia de la República informó este miércoles que el mandatario dialogará con los "
        "gobernadores de las provincias sobre el presupuesto del año próximo y las obras pendientes."
    )
    article, problems = parse_wire_text(f"H\n{deck}\n{story}", {}, REFERENCE)
    assert article is not None
    assert article["body"] == [story]
    assert "the story opens with the credit line 'El intercambio" in problems[0].message
    long_deck = deck + " este jueves por la tarde, desde la sede del gobierno en la capital"
    _, problems = parse_wire_text(f"H\n{long_deck}\n{story}", {}, REFERENCE)
    assert problems[0].message.startswith("the story opens with the deck 'El intercambio")
    short = "Los gobernadores dialogarán con el mandatario."
    article, _ = parse_wire_text(f"H\n{deck}\n{short}", {}, REFERENCE)
    assert article is not None
    assert article["body"][0] == deck  # a shorter paragraph below: the deck is the lede


@pytest.mark.parametrize(
    ("paragraph", "authors"),
    [
        ("Von Axel Hofmann Berlin. Nachts um drei klingelte in der Wache das Telefon.", ["Axel Hofmann"]),
        (
            "By F. Ahmed and Sarwar Kashani, IANS, Srinagar : The separatists called a strike.",
            ["F. Ahmed", "Sarwar Kashani"],
        ),
        ("By Zhu Zhe in Nay Pyi Taw, Myanmar (chinadaily.com.cn) The ties are strong.", ["Zhu Zhe"]),
        # The surname is the writer's, though a town bears it (Warren, Ohio): the place is Buenos Aires.
        ("By MICHAEL WARREN, Associated Press BUENOS AIRES - The court ruled.", ["MICHAEL WARREN"]),
    ],
)
def test_a_byline_opening_the_dateline_names_the_authors(paragraph: str, authors: list[str]) -> None:
    """A byline run into the dateline before its place names the story's authors, as a byline's
    line above it does."""
    article = _article(f"H\n{paragraph}")
    assert [author["name"] for author in article.get("authors", [])] == authors


def test_an_authors_label_is_no_place() -> None:
    """``作者:`` ("author:") before the names of a Chinese story's writers is no place's colon."""
    story = "新华社北京1月23日电 (新华社记者李尚志、孙本尧)中共中央、国务院今天上午在人民大会堂举行春节团拜会。"
    article = _article(f"H\n作者:李尚志陈维伟罗观星\n版面:头版\n{story}")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("北京", "xinhua")
    # ... nor is ``撰文:`` ("written by:") above a Hong Kong site's story with no dateline
    article = _article("H\n撰文:蕭通\n柬埔寨首相洪森(Hun Sen)的兒子於2023年8月13日,在金邊會見到訪的外交部長王毅。")
    assert article["dateline"]["place"] is None


def test_a_stamps_label_in_any_language_is_no_place() -> None:
    """A stamp's label (Korean "last modified", Chinese "time of publication", Thai "day
    recorded", Urdu "time of publication"; Hindi and Bengali "published", Thai "on" and "published
    on") names no place."""
    korean = _article(
        "H\n최종수정 : 2020년04월23일 17:12\n홍준표 전 대표, 오늘 대구 수성을 무소속 출마 선언\n"
        "[서울=뉴스핌] 이준혁 정치부장 = 오늘 정치권에선 국회 본회의 추가경정예산 처리가 화두입니다."
    )
    assert korean["dateline"]["place"] == "서울"
    chinese = _article("H\n發布時間: 2024-05-17\n香港行政長官李家超今早宣布,中國同意再贈香港1對貓熊。")
    assert chinese["dateline"]["place"] is None
    assert chinese["body"] == ["香港行政長官李家超今早宣布,中國同意再贈香港1對貓熊。"]
    thai = _article("H\nวันที่บันทึก :20/03/2012\nวันที่ 20 มีนาคม 2555 ผู้ว่าราชการจังหวัดเชียงใหม่ ร่วมระดมฉีดพ่นละอองน้ำ")
    assert (thai["dateline"]["place"], thai["dateline"].get("date")) == (None, None)
    urdu = _article("H\nوقت اشاعت :8ستمبر2021\nافغان طالبان نے نئی عبوری حکومت کا اعلان کردیا")
    assert (urdu["dateline"]["place"], urdu["dateline"].get("date")) == (None, None)
    stamps = ("प्रकाशित: अप्रैल 04, 2012", "প্রকাশ: ১ নভেম্বর, ২০২০ ১৯:২৬", "เมื่อ 13 มี.ค. 2555", "เผยแพร่เมื่อ ๑๔ ส.ค. ๒๕๖๘")
    for stamp in stamps:
        story = _article(f"H\n{stamp}\nปัญหาหมอกควันมาเยือนภาคเหนือในช่วงฤดูแล้งของทุกๆ ปี")
        assert (story["dateline"]["place"], story["dateline"].get("date")) == (None, None), stamp


def test_a_time_stamp_closing_with_the_place_filed_from_places_a_story_without_dateline() -> None:
    """The Hindu closes its stamp line with the place in capitals: the story's place, no date."""
    stamp = "May 18, 2023 05:47 am | Updated 12:48 am IST - CHENNAI"
    article = _article(f"H\n{stamp}\nThe Commissioner conducted a surprise inspection on Wednesday.")
    assert article["dateline"] == {"raw": stamp, "place": "CHENNAI", "date": None}
    assert article["body"] == ["The Commissioner conducted a surprise inspection on Wednesday."]
    below = _article(f"H\n{stamp}\nMUMBAI, May 17 (PTI) - The Commissioner conducted an inspection.")
    assert below["dateline"]["place"] == "MUMBAI"  # a dateline below is the story's own


@pytest.mark.parametrize(
    "posted", ["Posted by African Press International on July 18, 2008", "(Posted by CAAI News Media)"]
)
def test_who_posted_a_reprinted_story_is_no_part_of_its_lede(posted: str) -> None:
    article = _article(f"H\n{posted}\nSudanese President Omar al Bashir has agreed to resume diplomatic ties.")
    assert article["body"] == ["Sudanese President Omar al Bashir has agreed to resume diplomatic ties."]


def test_the_sections_a_story_was_posted_in_are_no_part_of_its_lede() -> None:
    """``Posted in Canada, Featured, Talking Politics`` above the page's stamp: the blog's
    furniture, passed over as who posted it is, whatever the length of the story's first line."""
    story = "Prime Minister Stephen Harper wished Canadians on the occasion of Canada day"
    lines = ["Posted in Canada, Featured, Talking Politics", "Published on July 04, 2014 with No Comments", story]
    assert _article("\n".join(["H", *lines]))["body"] == [story]


def test_a_stray_mark_below_dateline_lines_stays_with_the_dateline() -> None:
    """``LIMA`` / ``AP`` / ``.  El izquierdista…``: the full stop is the dateline's separator,
    kept in ``dateline.raw``; the lede opens with its first word."""
    text = "H\nLIMA\nAP\n.  El izquierdista Ollanta Humala juró ayer como presidente de Perú y empeñó su palabra."
    article = _article(text)
    assert article["dateline"]["raw"] == "LIMA AP ."
    assert article["agency"]["id"] == "ap"
    assert article["body"][0].startswith("El izquierdista")


@pytest.mark.parametrize("mark", ["|", "•"])
def test_a_bar_or_bullet_opening_a_story_with_no_dateline_is_kept_out_of_the_lede(mark: str) -> None:
    """No sentence opens with a bar or bullet: it is the separator of a dateline the page lost,
    or a list's mark, and no word of the story; there is still no dateline."""
    story = "El presidente Evo Morales anunció la nacionalización de los hidrocarburos a través de un decreto."
    article = _article(f"H\n\n{mark} {story}")
    assert "dateline" not in article
    assert article["body"] == [story]


def test_a_dash_opening_a_story_with_no_dateline_opens_a_quotation() -> None:
    """Polish and Norwegian copy open a quotation with a dash: it is the lede's."""
    story = "- Jeżeli będziemy mieli do czynienia z jakimikolwiek obostrzeniami, to zareagujemy - powiedział."
    assert _article(f"H\n\n{story}")["body"] == [story]


def test_an_egyptian_written_by_line_is_a_byline() -> None:
    """``كتب سمير حسنى`` ("Samir Hosny wrote") above a story without a dateline names its author."""
    text = "H\nكتب سمير حسنى\nنفى إدوين صموئيل، المتحدث باسم الحكومة البريطانية، اليوم السبت، وجود خطط لنقل السفارة."
    article = _article(text)
    assert article["authors"] == [{"name": "سمير حسنى"}]
    assert article["body"][0].startswith("نفى إدوين")


def test_a_date_line_gives_way_to_a_dateline_below_a_credit_line() -> None:
    """A page's date, then the paper's name, then Kyodo's ``【ニューヨーク共同】``: the dateline is
    the one below, and the page's date is no date of it: Kyodo's datelines print none."""
    text = "H\n2022年10月06日\n共同通信共同通信\n 【ニューヨーク共同】国連安全保障理事会は5日、緊急会合を開いた。"
    article = _article(text)
    assert article["dateline"]["place"] == "ニューヨーク"
    assert article["dateline"]["date"] is None
    assert article["agency"]["id"] == "kyodo"
    assert article["body"][0].startswith("国連安全保障理事会")


def test_a_date_line_above_a_story_without_dateline_is_the_pages_stamp() -> None:
    """A date on a line of its own above a story that opens with no dateline is the page's
    stamp: it dates the story, but no dateline gives it."""
    story = "تفقد رئيس الوزراء بشر الخصاونة يوم السبت من خلال جولة ميدانية في اقليم البتراء ومركز الزوار."
    article = _article(f"H\n31 يوليو 2021\n{story}")
    assert article["dateline"] == {"raw": "31 يوليو 2021", "place": None, "date": None, "pageDate": "2021-07-31"}
    assert article["body"][0].startswith("تفقد رئيس")


@pytest.mark.parametrize(
    ("lines", "place"),
    [("New Delhi\n30 March 2006", "New Delhi"), ("30 March 2006 –", None), ("NEW DELHI\n30.3.2006", "NEW DELHI")],
)
def test_a_date_line_below_a_place_or_closed_by_a_dash_is_the_dateline(lines: str, place: str | None) -> None:
    """A place's line above the date line, or a dash closing it, makes it a dateline on two lines."""
    article = _article(f"H\n{lines}\nTo cash in on the newfound momentum, American companies are scrambling.")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == (place, "2006-03-30")
    assert "pageDate" not in article["dateline"]


def test_a_known_outlets_name_above_a_bar_and_the_dateline_is_a_credit_line() -> None:
    """``GEO NEWS``, an outlet the registry knows, on its own line above a bar alone (page
    furniture) and the dateline: the dateline below is the story's."""
    text = "H\nBy\nGEO NEWS\n|\nHEREFORD: Police in West Midlands have arrested a man near an Army Reserve centre."
    article = _article(text)
    assert article["dateline"]["place"] == "HEREFORD"
    assert article["body"][0].startswith("Police in")


def test_an_outlets_name_on_a_line_of_its_own_is_a_credit_line() -> None:
    """``DAWN NEWS`` on its own line (between ``By`` and a bar) credits the story; the dateline
    is the place below, and the lede is not a bar."""
    text = "H\nBy\nDAWN NEWS\n|\nKARACHI: Police have arrested two men after a raid in the city on Monday night."
    article = _article(text)
    assert article["dateline"]["place"] == "KARACHI"
    assert article["body"][0].startswith("Police have")


def test_an_agencys_name_of_five_words_above_a_story_without_dateline_is_no_part_of_its_lede() -> None:
    """``State News Agency of Turkmenistan`` on its own line, a name with a word only outlets'
    names have, credits the story: the lede is the paragraph below."""
    story = "Inclusion of the railway network of Turkmenistan into the regional logistics system meets its goals."
    article = _article(f"H\nState News Agency of Turkmenistan\n{story}")
    assert article["body"] == [story]


def test_a_name_that_is_also_an_agencys_opens_a_byline_without_crediting_it() -> None:
    """``Mia Rabson and Jordan Press`` is a byline, not Macedonia's MIA (whose initials count
    only in brackets); the credit line below names the agency."""
    text = "H\nMia Rabson and Jordan Press\nThe Canadian Press\nOTTAWA - A Manitoba man is facing 22 criminal charges."
    article = _article(text)
    assert article["agency"]["id"] == "cp"


@pytest.mark.parametrize(
    ("buttons", "story"),
    [
        ("எழுத்தின் அளவு: அ+ அ-", "வங்கதேசத்தில் முகமது யூனுஸ் தலைமையிலான இடைக்கால அரசு இன்று பதவியேற்கிறது."),
        ("A+ A-", "Cumhurbaşkanı Erdoğan, temaslarını tamamlayarak yurda döndü."),
        ("+ الخط -", "أكدت المؤسسة الوطنية للنفط استمرار العمليات في الحقول بشكل طبيعي."),  # "+ font -"
        ("字体:", "12月18日23时59分,甘肃省临夏回族自治州积石山县发生6.2级地震。"),  # "font:", its choices gone
        ("حجم الخط", "أكدت المؤسسة الوطنية للنفط استمرار العمليات في الحقول بشكل طبيعي."),  # "font size"
    ],
)
def test_the_buttons_setting_the_text_size_are_page_furniture(buttons: str, story: str) -> None:
    """A line of a page's buttons that make its text larger and smaller (``அ+ அ-``, "font
    size") is no dateline and no part of the lede, whatever script labels them."""
    article = _article(f"H\n{buttons}\n{story}")
    assert article["body"][0] == story
    assert article["dateline"]["place"] is None


@pytest.mark.parametrize("counter", ["Image 1 of 3", "wideo 2/3", "Foto 4 von 12"])
def test_a_gallerys_counter_between_a_caption_and_the_dateline_is_furniture(counter: str) -> None:
    """Which of a gallery's pictures shows (``Image 1 of 3``) stands between the picture's caption
    and the dateline as a stamp does: the known place below them opens the story, and the caption,
    which tells the story's first sentence again, is no lede."""
    above = [
        "Police foil an attempt to smuggle fuel into the country",
        "• Staff Report",
        "• Published: 16:26 May 29, 2013",
        "• Gulf News",
        "• Image Credit:",
        "• The Royal Oman Police (ROP) have seized a large amount of diesel with the arrest of three people"
        " in Sohar. PHOTO COURTESY ROYAL OMAN POLICE",
        counter,
    ]
    story = (
        "Muscat: The Royal Oman Police (ROP) have seized a large amount of diesel with the arrest of three"
        " people in Sohar, according to a statement issued on Tuesday."
    )
    lines = "\n".join(above)
    article = _article(f"H\n{lines}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == "Muscat"
    assert article["body"][0].startswith("The Royal Oman Police (ROP) have seized a large amount of diesel with")


@pytest.mark.parametrize(
    ("source", "caption", "story"),
    [
        ("Image source, Getty Images", "Image caption, Police at the scene on Monday", "Police said the man was held."),
        (
            "画像提供, Reuters",
            "画像説明, 輪島市で捜索活動を続ける警官たち(7日、輪島市)",
            "石川県能登地方を震源とする最大震度7の地震で、石川県は7日午後、死者の数を発表した。",
        ),
    ],
)
def test_the_bbcs_picture_source_and_caption_are_no_dateline(source: str, caption: str, story: str) -> None:
    """The BBC labels a picture's source and its caption with a comma (``Image source, Getty
    Images``): the source took the picture and is no place and no agency of the story, and the
    caption is no lede."""
    article = _article(f"H\n{source}\n{caption}\n{story}")
    assert article["body"][0] == story
    assert "agency" not in article
    assert article["dateline"]["place"] is None


def test_reuters_page_furniture_above_the_dateline() -> None:
    """``Reuters Staff`` and ``1 Min Read`` above ``ROME (Reuters) -`` are a credit line and how
    long the story takes to read: the dateline is the one below."""
    text = "H\nReuters Staff\n1 Min Read\nROME (Reuters) - Italian President Giorgio Napolitano is expected to speak."
    article = _article(text)
    assert article["dateline"]["place"] == "ROME"
    assert article["agency"]["id"] == "reuters"
    assert article["body"][0].startswith("Italian President")


def test_a_label_above_a_story_without_dateline_is_no_part_of_its_lede() -> None:
    """An outlet's name of a word or two on a line of its own (``فيتو``) above a story with no
    dateline stands for the dateline, and the problem says the dateline after it is missing."""
    story = "أعلن المجلس الرئاسي الليبي، اليوم الخميس، تولي رئيس المجلس منصب وزير الدفاع المفوض."
    article, problems = parse_wire_text(f"H\nفيتو\n{story}", {}, REFERENCE)
    assert article is not None
    assert article["body"] == [story]
    assert article["dateline"]["raw"] == "فيتو"
    assert any("'فيتو'" in problem.message for problem in problems if problem.path == "/dateline")


def test_a_photo_caption_above_the_dateline_is_kept_above_it() -> None:
    """A caption too long for a credit or deck line, above a paragraph opening with place, date
    and agency, is no part of the lede: the dateline below is the story's, the caption is kept
    in dateline.above."""
    caption = (
        "Chinese President Xi Jinping (R) meets with Chief Executive of the Macao Special Administrative "
        "Region (SAR) Chui Sai On, who is on a duty visit, in Beijing, capital of China, Dec. 17, 2018. "
        "(Xinhua/Xie Huanchi)"
    )
    text = f"H\n{caption}\nBEIJING, Dec. 17 (Xinhua) — President Xi Jinping on Monday met with Chui Sai On."
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("BEIJING", "xinhua")
    assert (article["dateline"]["above"], article["dateline"]["raw"]) == ([caption], "BEIJING, Dec. 17 (Xinhua) —")
    assert article["body"] == ["President Xi Jinping on Monday met with Chui Sai On."]


def test_a_second_paragraph_naming_only_a_place_leaves_a_long_first_paragraph_the_lede() -> None:
    """Without an agency, a date or capitals, a place opening a second paragraph shorter than the
    first is no reason to take the first paragraph for a caption or summary: the story has no
    dateline."""
    first = (
        "The ministry said on Monday that the talks would resume next week after a pause of several "
        "months, and that both delegations had agreed on the agenda for the first round of meetings."
    )
    article = _article(f"H\n{first}\nLondon — Officials declined to comment.")
    assert article["body"][0] == first
    assert "dateline" not in article


@pytest.mark.parametrize(
    ("deck", "story"),
    [
        (
            "ঢাকায় মার্কিন দূতাবাসের কর্মীদের নিরাপত্তা চেয়েছে যুক্তরাষ্ট্র",
            "ঢাকায় মার্কিন রাষ্ট্রদূত পিটার হাসকে ঘিরে জটলার পরিপ্রেক্ষিতে যুক্তরাষ্ট্র দূতাবাসের কর্মীদের নিরাপত্তা চেয়েছে।",
        ),
        (
            "وزیر اعظم نے ترقیاتی منصوبوں کا افتتاح کر دیا",
            "وزیر اعظم نے آج اسلام آباد میں ترقیاتی منصوبوں کا افتتاح کیا اور کہا کہ کام جلد مکمل ہوگا۔",
        ),
    ],
)
def test_a_sentence_ended_by_a_danda_or_urdu_full_stop_tells_a_deck_from_the_story(deck: str, story: str) -> None:
    """Bengali, Hindi and the other Indic scripts end a sentence with a danda (।), Urdu with its
    own full stop (۔): the story's first paragraph ends with one, the deck above it does not."""
    article = _article(f"H\n{deck}\n{story}")
    assert article["body"] == [story]


def test_a_long_caption_above_the_dateline_is_no_story() -> None:
    """A picture's caption of well over two hundred characters that ends no sentence, and a
    deck, stand between the headline and Antara's dateline: both are lines above the story."""
    caption = (
        "Presiden Joko Widodo (dua kiri) berbincang dengan warga saat menghadiri Peluncuran Bersama Bank "
        "Wakaf Mikro di Ponpes Apik dan Ponpes Al Fadllu di Kabupaten Kendal, Jawa Tengah, Senin "
        "(30/12/2019). ANTARA FOTO/Harviyan Perdana Putra/pd"
    )
    deck = "Bendung Kamijoro juga akan menjadi sumber air baku bagi masyarakat sekitar sekaligus sebagai obyek wisata."
    story = "Presiden Joko Widodo akan meresmikan Bendungan Kamijoro di Daerah Istimewa Yogyakarta."
    article = _article(f"H\n\n{caption}\n\n{deck}\n\nSemarang (ANTARA) - {story}")
    assert len(caption) > 200
    assert article["dateline"]["place"] == "Semarang"
    assert article["agency"]["id"] == "antara"
    assert article["body"] == [story]


def test_a_teaser_cut_short_by_an_ellipsis_stands_above_the_dateline() -> None:
    """A page's teaser, the story's first words cut short by an ellipsis, above the paragraph
    they open after its dateline: the dateline is the story's, the teaser a line above it."""
    story = (
        "Prešovskí krajskí kriminalisti zasahovali v utorok 13. januára večer na viacerých miestach "
        "Prešovského kraja v rámci policajnej akcie Everest."
    )
    teaser = story[:80] + " Zadržali pritom ..."
    article = _article(f"H\n{teaser}\n14.1.2026 (SITA.sk) - {story}")
    assert article["dateline"]["date"] == "2026-01-14"
    assert article["agency"]["id"] == "sita"
    assert article["body"] == [story]
    other = "Polícia v utorok večer zadržala na viacerých miestach Prešovského kraja niekoľko osôb, ktoré ..."
    article = _article(f"H\n{other}\n14.1.2026 (SITA.sk) - {story}")
    assert article["body"][0] == other  # a line that opens another story is no teaser of this one


def test_a_deck_and_byline_above_a_place_in_capitals() -> None:
    """A deck that ends a sentence, a byline and a date line above ``MEXICO CITY —``: the
    dateline is the story's, the lines above it stay in dateline.raw."""
    deck = "Critics see the U.S. border surge plan as an affront to Mexico. Some also take aim at the president."
    byline = "By Richard Fausset, Los Angeles Times\nJune 25, 2013, 5:14 p.m."
    text = f"H\n{deck}\n{byline}\nMEXICO CITY — The proposal stirs outcry."
    article = _article(text)
    assert article["dateline"]["place"] == "MEXICO CITY"
    assert article["body"] == ["The proposal stirs outcry."]


def test_a_dateline_line_closed_by_the_time_it_was_filed_is_no_time_stamp() -> None:
    """``Lima, Perú (01 febrero 2023) .-17:35 hrs`` below a credit line is the dateline, the
    time it was filed in it, though a line of a date and a time alone would be a page's stamp."""
    text = "H\nAFP\nLima, Perú (01 febrero 2023) .-17:35 hrs\nEl Congreso de Perú rechazó este miércoles un proyecto."
    article = _article(text)
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("Lima, Perú", "2023-02-01")
    assert article["agency"]["id"] == "afp"
    assert article["body"][0].startswith("El Congreso")


def test_a_place_in_devanagari_on_a_line_of_its_own() -> None:
    """``भोपाल`` alone above the story is its dateline, vowel signs and all."""
    article = _article("H\nभोपाल\nमुख्यमंत्री शिवराज सिंह चौहान ने कहा है कि प्रदेश के शहर स्वच्छ हों।")
    assert article["dateline"]["place"] == "भोपाल"
    assert article["body"][0].startswith("मुख्यमंत्री")


def test_a_weekday_before_a_date_line_is_no_place() -> None:
    """``Kamis, 12 Oktober 2023`` (Thursday) above the dateline dates it and names no place."""
    text = "H\nKamis, 12 Oktober 2023\nSURABAYATODAY.ID, SURABAYA – Pemerintah Kota Surabaya menggelar upacara."
    article = _article(text)
    assert article["dateline"]["place"] == "SURABAYA"


def test_a_count_of_views_is_no_part_of_the_lede() -> None:
    """A line of figures alone (a page's count of views) above a story is furniture."""
    story = "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan 21 mart tarixinin bayram kimi qeyd olunmasını təklif edib."
    article = _article(f"H\n11\n19:13 - 21 Mart 2025\n{story}")
    assert article["body"] == [story]


def test_a_standfirst_below_the_page_stamps_gives_way_to_the_dateline() -> None:
    """Stamp lines, then a summary of the story, then its dateline: the summary is no lede."""
    summary = (
        "Armenia's president Serzh Sargsyan paid floral tribute to Armenian genocide victims at "
        "Tsitsernakaberd Memorial in Yerevan on the anniversary of the genocide."
    )
    text = f"H\n24.04.2014,\n12:58\n{summary}\nYEREVAN, April 24. /ARKA/. Armenia's president paid tribute."
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("YEREVAN", "arka")
    assert article["body"] == ["Armenia's president paid tribute."]


def test_two_summaries_of_a_sentence_each_give_way_to_a_whole_dateline() -> None:
    """Two summaries of one sentence each, then a dateline naming its place and its date: neither
    summary is the lede. Below two, a place alone does not open the story, which may be its
    third paragraph."""
    first = "Policías del Estado aplicaron el Protocolo del Restablecimiento del Orden a una manifestación."
    second = "El Gobierno del Estado exhorta a todos los grupos sociales a conducirse por la vía legal y pacífica."
    story = "Con total apego al Protocolo del Restablecimiento del Orden, fuerzas de seguridad liberaron la Avenida."
    article = _article(f"H\n{first}\n{second}\nTuxtla Gutiérrez, Chiapas; 23 de junio de 2022.- {story}")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("Tuxtla Gutiérrez, Chiapas", "2022-06-23")
    assert article["body"] == [story]
    article = _article(f"H\n{first}\n{second}\nTuxtla Gutiérrez - {story}")
    assert article["body"][0] == first


def test_three_summaries_of_a_sentence_each_give_way_to_a_whole_dateline_but_four_do_not() -> None:
    """A bulletin's three points, a sentence each and too long for decks, then a dateline naming
    its place and its date: none of them is the lede. Four such sentences are a story's first
    paragraphs."""
    points = [
        "Invitó a los miembros del cabildo, encabezado por el alcalde, a tener un gobierno de puertas abiertas.",
        "Aseguró que en los próximos tres años el Gobierno del Estado impulsará el desarrollo social de las familias.",
        "Pidió a los regidores trabajar con austeridad y transparencia durante la administración que hoy comienza.",
        "Recordó que la ciudadanía espera resultados concretos de sus autoridades municipales desde el primer día.",
    ]
    story = "La clave de todo buen gobierno es la participación ciudadana, señaló el Secretario de Gobierno."
    dateline = "Irapuato, Guanajuato a 10 de octubre de 2015.-"
    article = _article("\n".join(["H", *points[:3], f"{dateline} {story}"]))
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("Irapuato, Guanajuato", "2015-10-10")
    assert article["body"] == [story]
    article = _article("\n".join(["H", *points, f"{dateline} {story}"]))
    assert article["body"][0] == points[0]


def test_a_caption_gives_way_to_a_sites_credit_opening_the_story() -> None:
    """A picture's caption, then a site's name and a dash opening the story: the site wrote it,
    though the registry lacks it, and the caption is kept above the dateline. A name that is no
    site's does not open a story below a sentence (``Karang Genteng -`` may be its second
    paragraph's first words)."""
    caption = "Warga menyaksikan pembukaan turnamen e-Sports di lapangan desa Karang Genteng, Kota Mataram, Rabu malam."
    story = "Komunitas Muda Karang Genteng menggelar seri turnamen e-Sports Mobile Legends."
    article = _article(f"H\n{caption}\nMANDALIKAPOST.com - {story}")
    assert (article["agency"]["id"], article["dateline"]["above"]) == ("mandalikapost", [caption])
    assert article["body"] == [story]
    article = _article(f"H\n{caption}\nKomunitas Muda - {story}")
    assert article["body"][0] == caption


def test_a_note_on_the_writer_below_the_byline_is_no_part_of_the_story() -> None:
    """A page's note on the writer the byline names, opening with the writer's whole name, is
    kept with the byline in the dateline's raw text: the story opens below it. A paragraph
    opening with another name is the story's."""
    byline = "Par Aubéry Mallet | Journaliste Séries, cinéma, télé"
    note = "Aubéry Mallet est journaliste spécialisée séries. Fan du petit écran, elle a tout vu."
    story = "Shy'm is back ! Deux ans après son dernier album, la chanteuse fait son grand retour sur scène."
    article = _article(f"H\n{byline}\n{note}\n{story}")
    assert article["authors"] == [{"name": "Aubéry Mallet"}]
    assert article["body"] == [story]
    assert article["dateline"]["raw"].endswith(note)
    other = "Aubéry Lefèvre est revenue sur scène samedi soir devant dix mille spectateurs."
    assert _article(f"H\n{byline}\n{other}\n{story}")["body"] == [other, story]


def test_highlights_after_bullets_above_the_story_are_no_part_of_it() -> None:
    """A release's highlights, each after a bullet, above the story: they are passed over, as
    decks are, whether a dateline opens the story or not; a summary above them gives way to the
    dateline below them too. A list longer than any page's highlights is the story's own."""
    points = [
        "• Herausragendes Raumfahrt-Ökosystem soll auf einem Campus von DLR und Flughafen Köln/Bonn entstehen.",
        "• Die Landesregierung richtet in Zusammenarbeit mit DLR und ESA erstmals eine Raumfahrtkonferenz aus.",
        "• Vernetzung von Akteuren aus Wissenschaft, Industrie und Politik steht im Mittelpunkt der Konferenz.",
    ]
    story = "Die Raumfahrtforschung im Deutschen Zentrum für Luft- und Raumfahrt bekommt einen neuen Standort."
    assert _article("\n".join(["H", *points, story])).get("body") == [story]
    summary = (
        "Der neue Standort soll Forschung, Industrie und Gründer an einem Ort zusammenbringen, sagte die Ministerin."
    )
    article = _article("\n".join(["H", summary, *points, f"Köln, 30. April 2025 - {story}"]))
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("Köln", "2025-04-30")
    assert article["body"] == [story]
    many = [f"• Punkt {number}: Die Konferenz behandelt Raumfahrt, Sicherheit und Medizin." for number in range(9)]
    assert _article("\n".join(["H", *many, story]))["body"][0] == many[0].removeprefix("• ")


def test_an_indonesian_report_label_opens_a_byline_whose_bracketed_role_names_no_outlet() -> None:
    """``Laporan:`` ("report:") labels the writer, whose role in brackets after the name, though
    it holds an outlet's word (``Wartawan Berita Sampit``, the paper's reporter), is no part of
    the name and no dateline; the story's own dateline follows."""
    story = "Para awak media yang tergabung dalam PWI Kobar menyalurkan bantuan sosial."
    article = _article(f"H\nLaporan: Maman Wiharja (Wartawan Berita Sampit)\nPANGKALAN BUN - {story}")
    assert article["authors"] == [{"name": "Maman Wiharja"}]
    assert (article["dateline"]["place"], article["body"]) == ("PANGKALAN BUN", [story])


def test_an_outlets_name_alone_above_the_story_its_credit_opens_is_the_pages_masthead() -> None:
    """An outlet's name alone on a line, then the page's stamp and a caption, then the story
    opening with that outlet's credit: the story's dateline is the credit below, not the name
    above, and the caption is no lede. Below a different outlet's name the name is the credit."""
    caption = "Haris Maulana saat membuka turnamen e-Sports Mobile Legends di Karang Genteng, Kota Mataram."
    story = "Komunitas Muda Karang Genteng, Kota Mataram menggelar seri turnamen e-Sports Mobile Legends."
    stamp = "Kamis, Agustus 03, 2023 | 12.42 WIB"
    article = _article(f"H\nMandalikaPost.com\n{stamp}\n{caption}\nMANDALIKAPOST.com - {story}")
    assert (article["dateline"]["raw"], article["body"]) == ("MANDALIKAPOST.com -", [story])
    assert article["agency"]["id"] == "mandalikapost"
    article = _article(f"H\nLombokPost.com\n{stamp}\n{caption}\nMANDALIKAPOST.com - {story}")
    assert (article["agency"]["id"], article["body"][0]) == ("lombokpost", caption)


def test_an_agencys_name_alone_and_the_place_opening_the_story_below_are_one_dateline() -> None:
    """An agency's name alone on its line, the page's stamps, a summary and a caption passed over,
    then the story opening with its place and a colon: the place is the dateline's, the agency
    the story's, and the lede follows the colon."""
    stamps = "Published Oct 23, 2019, 7:38 pm IST\nUpdated Oct 23, 2019, 7:40 pm IST"
    summary = "Govt also announced merger of Mahanagar Telephone Nigam Limited (MTNL) with Bharat Sanchar Nigam."
    caption = "Javadekar said that decisions had been taken in the petroleum sector in the meeting. (Photo: File)"
    story = "The union cabinet on Wednesday took five major decisions including ownership rights."
    article = _article(f"H\nANI\n{stamps}\n{summary}\n{caption}\nNew Delhi: {story}")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("New Delhi", "ani")
    assert article["body"] == [story]


def test_a_standfirst_gives_way_to_an_agency_alone_in_capitals() -> None:
    """A byline, a stamp and a summary, then ``REUTERS -`` opening the story: Reuters wrote it."""
    summary = "Egyptian Prime Minister Essam Sharaf has chosen two deputies ahead of a reshuffle, MENA reported."
    story = "Prime Minister Essam Sharaf has chosen a leader of one of Egypt's oldest parties as his deputy."
    article = _article(f"H\nText by News Wires\nLatest update : 2011-07-17\n{summary}\nREUTERS - {story}")
    assert article["agency"]["id"] == "reuters"
    assert article["body"] == [story]


def test_a_standfirst_gives_way_to_a_sites_credit_below_the_page_s_stamp() -> None:
    """A summary, the reporter's name and the page's stamp, then the site crediting itself
    before a dash (``Suara.com - Kapolda …``): the site opens the story, and the summary and
    stamp are no lede."""
    summary = "Hasil keterangan tersangka pembunuh Angeline dari alat deteksi kebohongan akan dijadikan bukti tambahan."
    story = "Kapolda Bali Irjen Pol.Ronny F Sompie mengungkapkan saat ini sudah mengumpulkan empat alat bukti."
    article = _article(f"H\n{summary}\nLaban Laisila : 19 Jun 2015 | 13:06\nSuara.com - {story}")
    assert article["agency"]["id"] == "suara"
    assert article["body"] == [story]


def test_the_day_and_the_printed_page_below_the_dateline_line_are_furniture() -> None:
    """A paper's print edition puts the agency and place on a line, then the day and the page
    (``Thu, Dec 27, 2012 - Page 6``): that line is no dateline and no part of the lede."""
    story = "Gunmen attacked a village in northeastern Nigeria early on Christmas morning, killing five people."
    article = _article(f"H\nAP, LAGOS, Nigeria\nThu, Dec 27, 2012 - Page 6\n{story}")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("LAGOS, Nigeria", "ap")
    assert article["body"] == [story]


def test_a_caption_below_the_pages_day_above_a_story_with_no_dateline_is_no_lede() -> None:
    """A page's day alone stands for the dateline of a story that has none; a caption closed by
    its credit below it (``… © ACNUR / Allana Ferreira``) is no lede, as above a story with no
    stamp: the story opens below it."""
    caption = "Aniversário de um ano da Operação Acolhida promove interação entre brasileiros e venezuelanos"
    story = (
        "Um ano após iniciar as atividades de proteção e assistência aos venezuelanos que chegam ao Brasil, "
        "a Operação Acolhida celebra seu primeiro aniversário com atividades culturais e esportivas."
    )
    article = _article(f"H\n28 Março 2019\n{caption} © ACNUR / Allana Ferreira\n{story}\nSecond paragraph.")
    assert (article["dateline"]["date"], article["dateline"]["pageDate"]) == (None, "2019-03-28")
    assert article["body"][0] == story


def test_a_caption_below_an_agencys_line_above_the_story_is_no_lede() -> None:
    """An agency's name alone on its line credits the story; a picture's caption below it is no
    lede, as below a page's day."""
    caption = (
        "Fotografía donde se observa una pantalla con los resultados del conteo de actas de votación "
        "este lunes en Tegucigalpa (Honduras). EFE"
    )
    story = (
        "El candidato del Partido Nacional de Honduras, Nasry Asfura, sigue superando este martes a Salvador "
        "Nasralla, del Partido Liberal, en las elecciones generales del pasado 30 de noviembre."
    )
    article = _article(f"H\nEFE\n{caption}\n{story}\nSecond paragraph.")
    assert article["agency"]["id"] == "efe"
    assert article["body"][0] == story


def test_the_day_and_a_count_of_views_above_the_story_are_furniture() -> None:
    """A Peruvian site prints the day and how many have read the story (``25 Junio, 2024 - 31
    Visitas``) above it: no dateline, no date, and no part of the lede."""
    story = "El ministro de Desarrollo Agrario y Riego está desplegando una estrategia en Arequipa."
    article = _article(f"H\n25 Junio, 2024 - 31 Visitas\n{story}")
    assert article["dateline"].get("date") is None
    assert article["body"] == [story]


def test_a_files_reference_below_a_letters_dateline_is_furniture() -> None:
    """An election commission's letter dates itself on a line of its own (``Warszawa, dnia 19
    października 2015 r.``, "on the day"), then prints its reference (``ZPOW-066-700/15``)
    above its text: the reference is no lede."""
    story = "Państwowa Komisja Wyborcza, odpowiadając na pisma z dnia 3 września 2015 r., wyjaśnia, co następuje."
    article = _article(f"H\nWarszawa, dnia 19 października 2015 r.\nZPOW-066-700/15\n{story}")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("Warszawa", "2015-10-19")
    assert article["body"] == [story]


def test_a_standfirst_gives_way_to_a_known_place_alone_on_its_line() -> None:
    """A summary, then the town the story was filed from on a line of its own: no story's
    second paragraph is a town's name, so the summary is no lede and the town is the place."""
    summary = "Durante la jornada se verificará el avance en las obras y se ofrecerán servicios institucionales."
    story = "Desde este lunes 20 de octubre hasta el miércoles 22, la gobernación de Santander se trasladará."
    article = _article(f"H\n{summary}\nBucaramanga\n{story}")
    assert article["dateline"]["place"] == "Bucaramanga"
    assert article["body"] == [story]


@pytest.mark.parametrize(
    ("summary", "story", "place"),
    [
        (
            "Der neue Kreistag hat am Donnerstag seine Arbeit aufgenommen. Zwei Posten wurden neu besetzt.",
            "Nordhorn. Zur ersten Sitzung sind die Mitglieder zusammengekommen.",
            "Nordhorn",
        ),
        (
            "Officials said the new bridge would open to traffic before the monsoon, weeks ahead of plan.",
            "Kolhapur: The state government has approved the second phase of the project.",
            "Kolhapur",
        ),
        (
            "राज्य सरकार ने नई योजना की घोषणा की है जिससे हजारों किसानों को लाभ मिलेगा और सिंचाई बढ़ेगी।",
            "जयपुर। मुख्यमंत्री ने बुधवार को नई योजना की घोषणा की।",
            "जयपुर",
        ),
    ],
)
def test_a_standfirst_gives_way_to_a_known_town_closed_by_a_colon_or_full_stop(
    summary: str, story: str, place: str
) -> None:
    """A summary, then a paragraph opening with a known town and a colon, full stop or danda:
    papers print their dateline so, and no story's second paragraph opens with a town's name
    alone and such a mark, so the summary is no lede."""
    article = _article(f"H\n{summary}\n{story}")
    assert article["dateline"]["place"] == place
    assert article["body"][0] == story.split(" ", 1)[1]


@pytest.mark.parametrize("between", ["By Jane Carter", "Published: 12 January 2026, 09:32"])
def test_below_a_standfirst_and_a_byline_or_stamp_a_town_unknown_to_the_gazetteer_opens_the_story(
    between: str,
) -> None:
    """A summary, a byline or the page's stamp, then ``Nebbi Town —``: the line between says
    the story starts below it, so a place closed by a dash there is its dateline, though no
    gazetteer knows the town."""
    summary = (
        "According to the regional police spokesperson, the arrests followed a coordinated operation"
        " in three sub-counties over the weekend, and more suspects are being sought."
    )
    story = "Nebbi Town — Police in the West Nile region have arrested 41 suspects."
    article = _article(f"H\n{summary}\n{between}\n{story}")
    assert article["dateline"]["place"] == "Nebbi Town"
    assert article["body"][0] == "Police in the West Nile region have arrested 41 suspects."


def test_a_standfirst_gives_way_to_a_known_agency_closed_by_a_dash() -> None:
    """``Reuters. –`` opening the paragraph below a summary is the story's credit: no story's
    second paragraph opens with an agency's name and a dash."""
    summary = (
        "The deal had been an unwritten agreement between club owners that kept players from"
        " negotiating with any other team once their contracts ran out, the league said."
    )
    article = _article(f"H\n{summary}\nReuters. – The league and the players' union announced the change.")
    assert article["agency"]["id"] == "reuters"
    assert article["body"][0] == "The league and the players' union announced the change."


def test_a_byline_label_whose_vowel_sign_folding_drops_is_no_place_below_a_standfirst() -> None:
    """Hindi's ``लेखक:`` ("author:") labels a byline, though its vowel sign is dropped where
    text is read folded: between a standfirst and ``मुंबई:`` it names the author, no place."""
    summary = "मंत्रालय ने कहा कि यह फैसला सभी प्रकार के ईंधन पर लागू होगा और इसका उद्देश्य बजट घाटे को कम करना है।"
    story = "सरकार ने शुक्रवार को घोषणा की कि अगले महीने से ईंधन की कीमतों में बढ़ोतरी की जाएगी।"
    article = _article(f"H\n{summary}\nलेखक: राहुल शर्मा\nमुंबई: {story}")
    assert article["dateline"]["place"] == "मुंबई"
    assert article["authors"] == [{"name": "राहुल शर्मा"}]
    assert article["body"][0] == story


def test_the_pages_date_and_a_byline_above_a_story_without_dateline() -> None:
    """``November 20th, 2012 - By Steve James`` above the story: the page's date and its writer,
    no dateline, and the story opens below."""
    story = "The county commission has approved a resolution for a public record management fee."
    article = _article(f"H\nNovember 20th, 2012 - By Steve James\n{story}")
    assert article["dateline"].get("place") is None
    assert article["body"] == [story]


@pytest.mark.parametrize("link", ["View full article...", "Read more", "Lire la suite »"])
def test_a_link_to_the_whole_story_is_no_lede(link: str) -> None:
    """A page's link to the whole story (``View full article...``) stands above it: furniture,
    never the story's first paragraph."""
    story = "The foreign minister met his Russian counterpart in Moscow on Tuesday to discuss trade."
    article = _article(f"H\n{link}\n{story}")
    assert article["body"] == [story]


def test_a_country_and_a_colon_below_the_lede_is_no_dateline() -> None:
    """A country and a colon open a headline as often as a dateline (``Russia: Space ship
    malfunctions``): below the lede, the paragraph is the story's, not its dateline."""
    lede = (
        "The launch was the third this year from the site, officials said on Friday, and the first since"
        " a rocket carrying two crew members had to abort its climb to orbit in May."
    )
    below = "Russia: The space agency said the ship broke up over Siberia."
    article = _article(f"H\n{lede}\n{below}")
    assert article["body"] == [lede, below]


def test_page_stamps_between_a_standfirst_and_the_dateline_are_passed_over() -> None:
    """A standfirst, the page's date and time, each alone on its line, then the dateline: the
    date line, though it reads as a date, does not keep the dateline from opening the story."""
    summary = "Velika prosvjedna povorka u pet je sati obišla cijeli širi centar Zagreba i stala na desetak adresa."
    article = _article(f"H\n{summary}\n4.3.2011.\n18:29\nZAGREB - Deset tisuća ljudi mariširalo je u petak.")
    assert article["dateline"]["place"] == "ZAGREB"
    assert article["body"] == ["Deset tisuća ljudi mariširalo je u petak."]


def test_an_agency_of_four_words_and_its_place_on_a_line_of_their_own() -> None:
    """``Press Trust of India Kolkata`` above the story credits PTI, filed from Kolkata."""
    text = "H\nPress Trust of India Kolkata\nUnion Minister Sanjeev Balyan condemned the remark on Friday."
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("Kolkata", "pti")
    assert article["body"][0].startswith("Union Minister")


@pytest.mark.parametrize("credit", ["Parliament Correspondent, bdnews24.com", "Carolyn Said, Chronicle Staff Writer"])
def test_a_desk_credit_above_a_story_without_dateline_is_no_part_of_its_lede(credit: str) -> None:
    """A reporter's credit ending with their role stands above the story; it is no lede."""
    story = "Prime Minister Sheikh Hasina has said she tries to keep a close watch on every issue."
    article = _article(f"H\n{credit}\n{story}")
    assert article["body"] == [story]


def test_a_staff_reporters_credit_in_bengali_script_is_no_place() -> None:
    """``স্টাফ রিপোর্টার`` ("staff reporter", the English words in Bengali script) and the page's
    date above a story with no dateline: a credit, no place, and the date the page's."""
    story = "বিকালে সংবাদ সম্মেলনে আসছেন প্রধানমন্ত্রী শেখ হাসিনা।"
    article = _article(f"H\nস্টাফ রিপোর্টার , : 13-03-2023\n{story}")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == (None, None)
    assert article["body"] == [story]


@pytest.mark.parametrize("initials", ["E. P.", "J.M.", "A.Šu."])
@pytest.mark.parametrize("stamp", ["Miércoles, 22 de octubre 2025, 11:50\n", ""])
def test_a_line_of_initials_above_a_story_without_dateline_is_no_part_of_its_lede(initials: str, stamp: str) -> None:
    """Initials alone on a line, of a letter or two each (a Bosnian reporter's ``A.Šu.``), sign
    the story; the paragraph below them, and below the page's stamp, is the lede."""
    story = "El consejero de Seguridad ha afirmado este miércoles que hay una ebullición de organizaciones."
    article = _article(f"H\n{initials}\n{stamp}{story}")
    assert article["body"] == [story]


def test_a_baltic_agency_on_a_credit_line_credits_the_story() -> None:
    """LETA, Latvia's agency, alone on a line above the page's stamp credits the story below."""
    story = "Liepājas dzimšanas dienai veltītais koncerts popularitātē apsteidz popmūzikas koncertu, sacīja vadītāja."
    article = _article(f"H\nLETA\n2014. gada 7. marts 11:26\n{story}")
    assert article["agency"]["id"] == "leta"
    assert article["body"] == [story]


def test_slovakias_sita_closing_the_pages_stamp_credits_the_story() -> None:
    """SITA, Slovakia's second agency, closing the page's stamp above the dateline credits the
    story the dateline opens: the registry knows it."""
    story = "BRATISLAVA. Premiér Peter Pellegrini veria, že predsedníctvo strany odsúhlasí nového ministra."
    article = _article(f"H\n30. apr 2019 o 15:35 SITA\n{story}")
    assert article["agency"]["id"] == "sita"
    assert article["dateline"]["place"] == "BRATISLAVA"


def test_a_national_agency_in_capitals_on_a_credit_line_credits_the_story() -> None:
    """FENA, Bosnia's agency, alone on a line above a story with no dateline credits it: the
    registry knows its initials, which it takes in brackets only (``fena`` is a Turkish word)."""
    story = "Europa želi Srbiju u kojoj se poštuje zakon, izjavio je u utorak predsjednik."
    article = _article(f"H\nFENA\n{story}")
    assert article["agency"]["id"] == "fena"
    assert article["body"] == [story]


def test_the_first_of_agencies_listed_on_a_credit_line_credits_the_story() -> None:
    """``AFP, PL Y DPA`` above ``Lima, 23 de agosto.``: AFP, the first, is the story's agency."""
    text = "H\nAFP, PL Y DPA\nLima, 23 de agosto. El presidente del Consejo de Ministros de Perú pidió hoy poderes."
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("Lima", "afp")


def test_a_dateline_line_hard_wrapped_into_the_next_is_no_credit_line() -> None:
    """A short first line whose sentence goes on in small letters below is the dateline's
    paragraph, hard-wrapped, not a credit line above another dateline."""
    text = (
        "H\n(ANSA) - ROMA, 01 AGO - \"Ho appena sentito che l'Iran, in\n"
        "maniera codarda, sta tentando di schivare le proprie\nresponsabilità\" sull'attacco."
    )
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("ROMA", "ansa")


def test_a_korean_reporters_line_without_its_mark_closes_the_dateline() -> None:
    """``(파주=뉴스1) 박정호 기자`` on a line of its own: the reporter is the dateline's, the lede below."""
    text = "H\n(파주=뉴스1) 박정호 기자\n28일 경기도 파주시 오두산전망대에서 바라본 북한 마을의 모습."
    article = _article(text)
    assert article["dateline"]["place"] == "파주"
    assert article["body"][0].startswith("28일 경기도")


def test_a_row_of_page_furniture_between_a_credit_line_and_the_dateline() -> None:
    """The Toronto Star's ``Oct 10, 2021 • 58 minutes ago • 1 minute read • Join the
    conversation`` row below ``The Canadian Press`` is neither the dateline nor the lede."""
    text = (
        "H\nThe Canadian Press\nOct 10, 2021  •  58 minutes ago  •  1 minute read  •  Join the conversation\n"
        "TORONTO — Ontario’s police watchdog is investigating."
    )
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("TORONTO", "cp")
    assert article["body"] == ["Ontario’s police watchdog is investigating."]


def test_a_row_of_how_long_ago_and_the_section_is_page_furniture() -> None:
    """Modern Ghana's ``46 minutes ago | Social News`` between the credit and the dateline: how
    long ago the page posted the story stands for its stamp."""
    text = (
        "H\nGNA\n46 minutes ago | Social News\n"
        "Ayekyere (W/R), July 30, GNA - Nana Boakye, District Chief Farmer, has appealed to the government."
    )
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("Ayekyere (W/R)", "gna")
    assert article["body"][0].startswith("Nana Boakye")


def test_a_row_of_page_furniture_with_a_count_of_comments_is_no_credit() -> None:
    """``www.creaders.net | 2016-07-05 07:51:13 法广 | 0条评论 | 查看/发表评论``: the site, the
    stamp, the count of comments, a link; no agency, and no part of the lede."""
    story = "韩国官方今天否认朝鲜领导人金正恩即将访问中国的消息。"
    article = _article(f"H\nwww.creaders.net | 2016-07-05 07:51:13  法广 | 0条评论 | 查看/发表评论\n{story}")
    assert "agency" not in article
    assert article["body"] == [story]


def test_a_row_of_page_furniture_with_a_count_of_visits_is_no_lede() -> None:
    """A Tunisian site's row: its name, the day and time, and "number of visits : 3988", a label
    of two words before its count."""
    story = "قال وزير الفلاحة سمير بالطيب في حوار اذاعي ان هنالك محاولات للسيطرة على الإعلام."
    row = "زووم تونيزيا | الأربعاء، 25 ديسمبر، 2019 على الساعة 23:42 | عدد الزيارات : 3988"
    assert _article(f"H\n{row}\n{story}")["body"] == [story]


def test_a_date_alone_above_a_dateline_naming_its_agency_is_the_pages_stamp() -> None:
    """``May 06, 2019`` above ``WINDSOR, England (AP) —`` is when the page printed the story;
    AP's datelines print no date, so the dateline has none."""
    text = "H\nMay 06, 2019\nWINDSOR, England (AP) — The improbable love story took the best of turns."
    article = _article(text)
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("WINDSOR, England", None)
    assert article["agency"]["id"] == "ap"


def test_a_dash_below_an_outlets_line_stays_with_the_credit() -> None:
    """``الشاهين الاخباري`` on its line, then the story opening with ``– ``: the dash parts the
    credit from the lede, and stays with the credit."""
    text = "H\nالشاهين الاخباري\n– أكّد وزير الصحة الدكتور فراس الهواري أننا لن نعلن انتصارنا على الجائحة."
    article, problems = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["raw"] == "الشاهين الاخباري –"
    assert article["body"][0].startswith("أكّد وزير")
    assert problems  # still no dateline: said so


def test_a_dash_glued_to_the_story_below_a_stamp_stays_with_it() -> None:
    """A page's stamp on its line, then the story opening with a dash glued to its first word
    (``-The Clark County …``): the dash is the separator of a dateline the page left out."""
    text = "H\nThursday, April 18th, 2019 -- 1:11 PM\n-The Clark County Board of Supervisors met on Monday."
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["raw"] == "Thursday, April 18th, 2019 -- 1:11 PM -"
    assert article["body"] == ["The Clark County Board of Supervisors met on Monday."]


def test_a_stamps_label_is_no_place() -> None:
    """``تاريخ النشر:`` ("published:") above the dateline line names no place: the place is the
    dateline's below it."""
    text = (
        "H\nتاريخ النشر: 10th, October 2023 GMT\nمسقط - الرؤية\n"
        "قالت شرطة عُمان السلطانية اليوم، إن شرطة خفر السواحل تضبط 15 متسللًا."
    )
    article = _article(text)
    assert article["dateline"]["place"] == "مسقط"
    assert article["body"][0].startswith("قالت شرطة")


@pytest.mark.parametrize(
    "credit",
    [
        "Фото: Ялинка у Києві",
        "Foto: Marcos Corrêa",
        "Fotografía: EFE",
        "Photo: AFP",
        "Сн.: Moreto.net",
        "Reuters/Jim Urquhart/File Photo/File Photo",
        "Asociatyvi / Delfi.lt nuotr.",
        "fot. PAP",
        "© Plovdiv24.bg",
    ],
)
def test_a_pictures_credit_above_a_story_without_dateline_is_no_part_of_its_lede(credit: str) -> None:
    """A short line about the picture (its label and a colon, its kind among slashed parts, or
    its copyright) stands above the story; it is no lede, and the agency that took the picture
    wrote nothing."""
    story = "У Києві на Софійській площі встановили новорічну ялинку."
    article = _article(f"H\n{credit}\n{story}")
    assert article["body"] == [story]
    assert article["dateline"]["raw"] == credit
    assert "agency" not in article


def test_a_pictures_credit_after_its_caption_is_never_the_dateline() -> None:
    """``Ilustračné foto — Foto: TASR`` above a deck and the dateline names who took the
    picture: the story's dateline is the one below, agency, place and date."""
    text = (
        "H\nTASR\nIlustračné foto — Foto: TASR\n"
        "Dobrovoľnícky program pripravilo pre širokú verejnosť vyše 300 organizácií.\n"
        "Bratislava 24. septembra (TASR) – Viac ako 6.000 ľudí sa zapojilo do Týždňa dobrovoľníctva."
    )
    article = _article(text)
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("Bratislava", "2025-09-24")
    assert article["body"][0].startswith("Viac ako")


@pytest.mark.parametrize(
    ("byline", "author", "story"),
    [
        (
            "Autor: Alexandra-Maria Cioroianu\nPublicat: 03-12-2017 19:30",
            "Alexandra-Maria Cioroianu",
            "Pompierii au fost solicitaţi să intervină.",
        ),
        ("\nAutori: S.R.\n", "S.R.", "Član Predsjedništva BiH Željko Komšić u srijedu je ocijenio da je vrijeme."),
        ("DE: Déllcyo Sanca", "Déllcyo Sanca", "Apesar das visitas de Ramalho Eanes, em 1978, e de Jorge Sampaio."),
        (
            "লেখক: প্রতিবেদক ঢাকা\nপ্রকাশ: নভেম্বর ১৭, ২০২৫",
            None,
            "রাজধানীর নয়াপল্টনস্থ বিএনপি কার্যালয়ে এক জরুরি সংবাদ সম্মেলন অনুষ্ঠিত হবে।",
        ),
    ],
)
def test_a_labelled_byline_is_no_dateline_and_no_part_of_the_lede(byline: str, author: str | None, story: str) -> None:
    """A byline's label, "author" (Romanian ``Autor:``), "authors" (Bosnian ``Autori:``), "by"
    (Portuguese ``DE:``), "writer" (Bengali ``লেখক:``), above a story without dateline makes it
    the byline: no place, no agency, and the story below it is the lede."""
    article = _article(f"H\n{byline}\n{story}")
    assert article.get("dateline", {}).get("place") is None
    assert "agency" not in article
    assert article["body"] == [story]
    if author is not None:
        assert article["authors"] == [{"name": author}]


def test_a_greek_labelled_byline_in_capitals_is_no_dateline() -> None:
    """Greek's "writes:" labels a byline, in capitals without the accent (``ΓΡΑΦΕΙ: THETOC TEAM``)
    as in small letters with it: the label is no place, and the story is the lede."""
    story = "Στις σημαντικές κυβερνητικές πρωτοβουλίες για την εβδομάδα που πέρασε αναφέρθηκε ο πρωθυπουργός."
    for byline in ("ΓΡΑΦΕΙ: THETOC TEAM", "Γράφει: Γιώργος Παπαδόπουλος"):
        article = _article(f"H\nTHETOC TEAM\n{byline}\n{story}")
        assert article.get("dateline", {}).get("place") is None
        assert article["body"] == [story]


def test_an_english_byline_labelled_in_capitals_names_no_agency() -> None:
    """``BY:`` labels a byline as ``By`` does: the author's name is no place, "BY" no outlet,
    and the date after the name no dateline's."""
    story = "At the end of last month, South Sudan witnessed the emergence of a new rebel group."
    for byline in ("BY: Dr. James Kwajok, NOV/11/2015, SSN;", "BY: Dr. James Kwajok"):
        article = _article(f"H\n{byline}\n{story}")
        assert "agency" not in article
        assert article.get("dateline", {}).get("place") is None
        assert article["body"] == [story]


def test_a_stamp_with_a_spaced_colon_between_a_credit_line_and_the_dateline_is_passed_over() -> None:
    """A paper's "correspondent" line, then its stamp with the time's colon spaced as Nepali
    pages print it (``१६ : १७``), then the dateline: the stamp is furniture, and the place the story's."""
    story = "प्रधानमन्त्री केपी शर्मा ओली पनि राष्ट्रपति निवास शीतल निवास पुगेका छन् ।"
    article = _article(f"H\nसफल खबर संवाददाता\nशुक्रबार, ०७ जेठ २०७८, १६ : १७\nकाठमाडौं । {story}")
    assert article["dateline"]["place"] == "काठमाडौं"
    assert article["body"] == [story]


def test_a_pictures_label_and_its_credit_after_a_dash_are_no_dateline() -> None:
    """``Photo - PTI`` above the dateline, twice as a page may print it, is the picture's credit:
    the dateline below is the story's, never place ``Photo``."""
    story = "Seeking to put behind recent irritants, the Prime Minister-elect pledged to strengthen the bonds."
    article = _article(f"H\nPhoto - PTI\nPhoto – PTI\nNew Delhi, 21 Jul (PTI): {story}")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("New Delhi", "pti")
    assert article["body"] == [story]


def test_a_finnish_pictures_label_opens_a_credit_line_that_is_no_lede() -> None:
    """Finnish labels a picture ``Kuva:`` and an illustration ``Kuvituskuva:``: the line is the
    picture's credit, and the story below it the lede."""
    story = "Liikenne- ja viestintäministeriö valmistelee 1,05 miljoonan euron tukipakettia STT:lle."
    for credit in ("Kuvituskuva: kuvakaappaus Youtube.", "Kuva: Lehtikuva / Emmi Korhonen"):
        article = _article(f"H\n19.2.2026 07:05\nNina Metsälä\n{credit}\n{story}")
        assert article["body"] == [story]


def test_a_time_stamp_below_a_dateline_line_of_its_own_is_no_part_of_the_lede() -> None:
    """``MTI`` on a line of its own, then the page's time stamp, then the story: the stamp
    stays with the dateline's text, the story is the lede."""
    article = _article("H\nMTI\n2006.03.30. 13:41\nEgy ember megsérült a főváros XX. kerületében.")
    assert article["agency"]["id"] == "mti"
    assert article["dateline"]["raw"] == "MTI 2006.03.30. 13:41"
    assert article["body"] == ["Egy ember megsérült a főváros XX. kerületében."]


def test_a_pictures_credit_below_a_date_line_is_no_part_of_the_lede() -> None:
    """``18 de março de 2020`` on a line of its own, then the picture's credit: the story is the lede."""
    story = "O presidente Jair Bolsonaro participa neste momento."
    article = _article(f"H\n18 de março de 2020\nFoto: Marcos Corrêa\n{story}")
    assert article["dateline"]["raw"] == "18 de março de 2020 Foto: Marcos Corrêa"
    assert article["body"] == [story]


@pytest.mark.parametrize("page", ["Page 29", "Seite 3", "S. 5"])
def test_a_printed_papers_page_number_is_no_part_of_the_lede(page: str) -> None:
    """``AFP`` above ``Page 29`` above the story: the page number is furniture, not the lede."""
    story = "Le triomphe des Bleus a été terni lundi par un accident."
    article = _article(f"H\nAFP\n{page}\n{story}")
    assert article["body"] == [story]


def test_a_pages_furniture_counts_against_no_credit_line() -> None:
    """Stamps and counts above the dateline (``• 2/5/2023``, ``• 14:47``, ``• 16``) are passed
    over however many there are: the dateline below six lines of them is still found."""
    furniture = "\n".join(["• 2/5/2023", "• 14:47", "• 16", "• 0", "• 0", "news-picture"])
    article = _article(f"H\n{furniture}\nRiyadh, Dec 14, 2016, SPA -- The Custodian of the Two Holy Mosques spoke.")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("Riyadh", "spa")
    assert article["body"] == ["The Custodian of the Two Holy Mosques spoke."]


def test_a_byline_below_a_standfirst_opens_the_story_with_a_known_place() -> None:
    """A standfirst, a byline, then ``Berlin. Eine …``: the byline says the story starts below
    it, so a known place alone there is its dateline."""
    standfirst = (
        "Sie versprach, dass die Bürger zum Sommer Veränderungen spüren würden. Das tun sie auch. "
        "Die Frage lautet nur: wie?"
    )
    story = "Berlin. Eine Schonfrist, die hatte diese Regierung nicht."
    article = _article(f"H\n{standfirst}\nVon Thomas Vitzthum\n{story}")
    assert article["dateline"]["place"] == "Berlin"
    assert article["authors"] == [{"name": "Thomas Vitzthum"}]
    assert article["body"][0].startswith("Eine Schonfrist")


def test_an_agencys_byline_naming_the_place_with_no_dateline_below_is_the_dateline() -> None:
    """``By Afp, Kathmandu`` on a line of its own above a story with no dateline: agency and place."""
    article = _article("H\nBy Afp, Kathmandu\nMaoist leaders have returned to Nepal's capital.")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("Kathmandu", "afp")
    assert article["body"] == ["Maoist leaders have returned to Nepal's capital."]
    below = _article("H\nBy Afp, Kathmandu\nKATHMANDU, May 4 (AFP) - Maoist leaders have returned.")
    assert below["dateline"]["place"] == "KATHMANDU"  # a dateline below is the story's


def test_a_pictures_credit_closing_its_caption_credits_no_story() -> None:
    """A caption above the dateline whose last words credit the picture (``… Koalition. FOTO:
    APA``) names who took the picture, not who wrote the story."""
    caption = "Staatssekretär Mahrer (l.) betonte nach dem Ministerrat die gute Stimmung in der Koalition. FOTO: APA"
    article = _article(f"H\n{caption}\nWien. Der Ministerrat hat am Dienstag eine Änderung beschlossen.")
    assert article["dateline"]["place"] == "Wien"
    assert "agency" not in article


def test_a_place_in_capitals_below_a_caption_opens_the_story_though_the_gazetteer_lacks_it() -> None:
    """A picture's caption, then ``AL SAKHIR — …``: the story opens there, as it does below
    ``MEXICO CITY —``; no story's second paragraph opens with a place in capitals."""
    caption = (
        "His Majesty King Abdullah meets Bahrain King Hamad Bin Isa Al Khalifa at Sakhir Palace and "
        "discusses the deep-rooted ties between the two countries, and the situation in the region, "
        "especially the dangerous developments in Gaza (Photo courtesy of Royal Court)"
    )
    article = _article(f"H\n{caption}\nAL SAKHIR — His Majesty King Abdullah on Thursday met King Hamad.")
    assert article["dateline"]["place"] == "AL SAKHIR"
    assert article["body"] == ["His Majesty King Abdullah on Thursday met King Hamad."]


def test_an_agency_closing_a_piece_of_the_credit_line_credits_the_story() -> None:
    """``Darpan News Desk The Canadian Press, 23 Oct, 2014 11:08 AM`` above a dateline naming no
    agency credits CP; a caption's picture credit after a copyright sign (``Ⓒ ANP/HH``) does not."""
    credit = "Darpan News Desk The Canadian Press, 23 Oct, 2014 11:08 AM"
    article = _article(f"H\n{credit}\nHALIFAX - Police arrested a man in Halifax on Thursday.")
    assert article["agency"]["id"] == "cp"
    caption = "Arne Slot gaat met Feyenoord op bezoek bij Fortuna Sittard. Ⓒ ANP/HH"
    article = _article(f"H\n{caption}\nROTTERDAM - Twee uur en een kwartier duurde de training.")
    assert article["dateline"]["place"] == "ROTTERDAM"
    assert "agency" not in article


def test_an_agencys_initials_and_a_colon_on_a_line_of_their_own_credit_the_story() -> None:
    """``UNB :`` above a story is the United News of Bangladesh's credit, not a place."""
    article = _article("H\nUNB :\nTwo people were killed and three others injured in an explosion.")
    assert article["agency"]["id"] == "unb"
    assert article["dateline"]["place"] is None
    assert article["body"][0].startswith("Two people")


def test_a_special_correspondents_credit_line_is_no_part_of_the_lede() -> None:
    """``বিশেষ সংবাদদাতা`` (Bengali "special correspondent") on its own line, even printed twice,
    credits a desk's reporter: it is neither the lede nor a place."""
    story = "প্রধানমন্ত্রী শেখ হাসিনা বঙ্গভবনে গেছেন। মহান স্বাধীনতা ও জাতীয় দিবস উপলক্ষে রাষ্ট্রপতি প্রদত্ত সংবর্ধনা অনুষ্ঠানে যোগ দিতে যান।"
    article = _article(f"H\nবিশেষ সংবাদদাতা বিশেষ সংবাদদাতা\n{story}")
    assert article["dateline"]["place"] is None
    assert article["body"][0] == story


@pytest.mark.parametrize(
    ("credit", "place", "said_no_dateline"),
    [
        ("الجزائر/ كنزة.خ", "الجزائر", False),
        ("غزة، فيتو", "غزة", False),
        ("Xinhua | Beijing", "Beijing", False),
        ("Xinhua | 06.07.2021", None, True),
        ("General news / General - Local news - Tue, 29-Jul-2025", None, True),
        ("сотрудники полиции, видеонаблюдение, полиция, полицейские, фото - Новости Zakon.kz", None, True),
    ],
)
def test_a_credit_line_above_a_story_without_dateline_gives_its_place(
    credit: str, place: str | None, said_no_dateline: bool
) -> None:
    """A place GeoNames knows beside the reporter or outlet on a credit line of its own is where
    the story was filed, and the line is then said to be no dateline only when it names none; a
    page's stamp, an agency's name, a date's month between hyphens (``29-Jul-2025``, though a
    village is named Jul) or a word in small letters (a page's tag ``полиция``, "police", though
    a village bears it) is no place."""
    story = "أعلن مستشفى العودة بالنصيرات، عن سقوط شهيد جراء إطلاق الاحتلال الإسرائيلي النار تجاه المواطنين."
    article, problems = parse_wire_text(f"H\n{credit}\n{story}", {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["place"] == place
    assert article["body"][0] == story
    assert any(problem.path == "/dateline" for problem in problems) == said_no_dateline


def test_a_line_wholly_in_brackets_below_a_dateline_line_is_a_credit() -> None:
    """A reporter's credit in brackets on a line of its own, below a dateline printed on its own
    line, is no part of the lede."""
    story = "حساس ادارے کے اہلکاروں نے نجی ہوٹل پر چھاپہ مار کر خود کش حملہ آور گرفتار کر لیا۔"
    article = _article(f"H\nلاہور 13 ستمبر 2017\n(بشیر باجوہ بیورو چیف پاکستان نیوز وائس آف کینیڈا)\n{story}")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("لاہور", "2017-09-13")
    assert article["body"][0] == story


def test_an_outlets_name_a_letter_and_a_hyphen_open_names_no_place() -> None:
    """``M-Media`` on a credit line above a story with no dateline is one name: no place Media
    (a town in Pennsylvania) is read from its second half."""
    article = _article("H\nM-Media\nMalaysia plans a forum to help donors reach people in Myanmar.")
    assert article.get("dateline", {}).get("place") is None


def test_a_credit_line_closed_by_the_pages_stamp_is_no_dateline() -> None:
    """A reporter and agency, then when the page posted and updated the story (a paper reprinting
    AP copy), stand above the dateline: what follows the credit is a stamp, not a lede."""
    credit = "KIM CHANDLER , Associated Press May 14, 2022 Updated: May 14, 2022 12:42 p.m."
    article = _article(f"H\n{credit}\nMONTGOMERY, Ala. (AP) — A federal judge on Friday blocked part of a law.")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("MONTGOMERY, Ala", "ap")
    assert article["body"] == ["A federal judge on Friday blocked part of a law."]


@pytest.mark.parametrize("cue", ["◀앵커▶", "◀ 앵 커 ▶", "(앵커)", "[앵커] "])
def test_a_broadcasters_cue_glued_to_the_story_is_no_part_of_its_lede(cue: str) -> None:
    """A Korean station's script opens with the anchor's cue, glued to what the anchor says: it
    stands above the story as it does on a line of its own, never in the lede."""
    story = "추석 명절 분위기를 느껴볼 새도 없이 포항시민과 자원봉사자들은 구슬땀을 흘렸습니다."
    glued, problems = parse_wire_text(f"H\n{cue}{story}", {}, REFERENCE)
    assert glued is not None
    assert glued["body"] == [story]
    assert glued["dateline"]["raw"] == cue.strip()
    assert f"the story opens with the broadcaster's cue '{cue.strip()}'" in problems[0].message
    assert _article(f"H\n(LEAD) {story}")["body"] == [f"(LEAD) {story}"]  # a label, no cue


def test_the_headline_printed_again_below_a_stamp_is_no_lede() -> None:
    """A page's date, then its headline again, above a story with no dateline: the copy is the
    page's heading, and the story opens below it."""
    headline = "Opposition leader writes to PM calling for action by CARICOM Heads"
    story = "Leader of the Opposition Arnhim Eustace has written to Prime Minister Dr Ralph Gonsalves."
    article = _article(f"{headline}\nAugust 6, 2013\n{headline}\n{story}\nSecond paragraph.")
    assert article["body"][0] == story


def test_a_caption_printed_twice_in_a_row_is_passed_over_to_the_dateline() -> None:
    """A picture's caption printed as its description and again under it is no story: the
    dateline below it is read, and both copies are kept above it."""
    caption = "圖為台灣日本關係協會副秘書長林郁慧。(中央社檔案照片)"
    story = "(中央社記者楊堯茹台北10日電)行政院長卓榮泰赴日觀看世界棒球經典賽,引發中國抗議。"
    article = _article(f"H\n{caption}\n{caption}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == "台北"
    assert article["agency"]["id"] == "cna"
    assert article["dateline"]["above"] == [caption, caption]


@pytest.mark.parametrize(
    "caption",
    [
        "Hun Sen arrives at the airport in Phnom Penh, Cambodia, Saturday, Aug. 12, 2017. (AP Photo/Heng Sinith)",
        "Gubernur Jawa Barat menyerahkan bantuan di Kota Kupang, Sabtu 1 Mei 2021. (Antara/ Benny Jahang)",
        "Prime Minister Mottley greets the President of Cuba at the Summit, today. (Photo credit: C. Pitt/BGIS)",
        # The photographer, then the site that printed the picture
        "Ekspresi pemain timnas Indonesia di SUGBK, Minggu (25/11/2018). ( FERI SETIAWAN/BOLASPORT.COM )",
    ],
)
def test_a_caption_closed_by_a_bracketed_picture_credit_is_no_lede_and_no_place(caption: str) -> None:
    """A caption closed by the agency, the picture's kind and the photographer in brackets, or by
    a picture's label and its credit, is the picture's: the story below it opens the body, and the
    places it names are not the story's."""
    story = "Prime Minister Hun Sen on Saturday came to an agreement with Laos."
    article = _article(f"H\nBy Sun Narin, VOA Khmer\n{caption}\n{story}\nSecond paragraph.")
    assert article["body"][0] == story
    assert article["dateline"]["place"] is None


@pytest.mark.parametrize(
    ("stamp", "story", "place"),
    [
        ("Kurir 14.10.2021", "MIJATOVAC - Dva najtragičnija lančana sudara zbila su se pre tri godine.", "MIJATOVAC"),
        ("Курир 24.12.2018", "БАЊАЛУКА - Председавајући Председништва БиХ изјавио је данас.", "БАЊАЛУКА"),
    ],
)
def test_a_name_and_date_with_no_mark_between_above_a_dateline_is_a_stamp(stamp: str, story: str, place: str) -> None:
    """An outlet's or reporter's name no gazetteer knows, the date after it with no comma, on a
    line of its own, is the page's stamp: the dateline below it is the story's."""
    article = _article(f"H\n{stamp}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == place
    assert article["body"][0] == story.split(" - ", 1)[1]


def test_an_agencys_credit_alone_above_a_byline_and_a_known_places_dateline_is_no_dateline() -> None:
    """An agency's name alone on its line, then the reporter's name and the page's stamp labels,
    above a known place's dateline: the credit line is no dateline; the agency it names is the
    story's, the dateline below is the story's, and so is the lede."""
    story = "OSLO: Solberg holdt pressekonferanse rett etter at Frp-leder Siv Jensen kunngjorde det."
    article = _article(f"H\nNTB\nElling Svela\nPublisert: Oppdatert nå nettopp\n{story}\nSecond paragraph.")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("OSLO", "ntb")
    assert article["body"][0].startswith("Solberg holdt")


def test_a_sites_credit_and_day_above_a_deck_and_a_known_places_dateline_is_no_dateline() -> None:
    """A site's name and the day on a line of their own, then a deck, above a known place's
    dateline: the credit line is no dateline, and the story opens after the place's dash."""
    deck = "Covid-19: Le gouvernement décide une série de mesures à partir du 1er octobre (communiqué)"
    story = (
        "Rabat – Sur la base des recommandations de la Commission scientifique et technique, le gouvernement a décidé."
    )
    article = _article(f"H\nmapexpress.ma – 30/09/2021\n{deck}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == "Rabat"
    assert article["body"][0].startswith("Sur la base")


def test_an_agencys_credit_alone_above_a_date_line_stays_the_dateline() -> None:
    """An agency's name alone on its line above short lines and a date with no place: the credit
    line is the dateline, as a date alone below it names no place of its own."""
    text = "H\nمهر\n|\nسیاسی\n|\nچهارشنبه، 21 آبان 1399 - 15:02\nجلسه هیئت دولت امروز تشکیل شد."
    assert _article(text)["agency"]["id"] == "mehr"


def test_a_credit_line_above_the_headline_again_and_a_caption_is_no_dateline() -> None:
    """An outlet's credit and the day on a line of their own, then the headline printed again
    and a picture's caption opening with its label, above the story's dateline: the credit line
    is no dateline, the dateline below is the story's."""
    headline = "Tripura reels under Political Drama ahead of Assembly Election"
    story = "AGARTALA, Jan 1 (TIWN): State Tripura is reeling under a political chaos ahead of the election."
    caption = "PHOTO : Peoples Congress held press meet. TIWN Pic Jan 1"
    article = _article(f"{headline}\nTIWN Jan 1, 2016\n{headline}\n{caption}\n{story}\nSecond paragraph.")
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("AGARTALA", "2016-01-01")
    assert article["body"][0].startswith("State Tripura")


@pytest.mark.parametrize("dateline", ["MONTPELIER, Vt.", "TALLMANSVILLE, W.Va."])
def test_a_town_in_capitals_and_its_state_cut_short_on_a_line_of_its_own(dateline: str) -> None:
    """US papers print AP's dateline on a line of its own below the credit, the state as AP
    abbreviates it: the line is the dateline, and the story opens below it."""
    story = "Vermont lawmakers are working toward adjournment, but a few key bills are still open."
    article = _article(f"H\nThe Associated Press\n{dateline}\n{story}")
    assert article["dateline"]["place"] == dateline.rstrip(".")
    assert article["body"][0] == story


def test_a_caption_opening_with_the_story_s_dateline_is_passed_over() -> None:
    """Korean agencies open a picture's caption with the story's dateline: the story is the
    paragraph below, which opens with it again."""
    caption = "[부산=뉴시스] 부산 중구 자갈치축제 포스터(왼쪽)와 부산 영도다리축제 포스터 *재판매 및 DB 금지"
    story = "[부산=뉴시스]김민지 기자 = 부산시는 이달 시와 구·군에서 준비한 10개의 축제가 열린다고 4일 밝혔다."
    article = _article(f"H\n{caption}\n{story}\nSecond paragraph.")
    assert article["body"][0].startswith("부산시는")
    assert article["agency"]["id"] == "newsis"


@pytest.mark.parametrize(
    ("above", "story", "place", "lede"),
    [
        # A summary and a picture's caption above a known place and a dash.
        (
            [
                "Perubahan jadwal pelantikan terungkap dalam rapat koordinasi persiapan pelantikan lima bupati"
                " di Jabar.",
                "Bupati dan Wakil Bupati terpilih Kabupaten Indramayu. (Foto:Tagar/Fb Nina-Hakim).",
            ],
            "Indramayu - Pelantikan Bupati Indramayu terpilih kembali berubah.",
            "Indramayu",
            "Pelantikan",
        ),
        # A summary and the page's stamp above a known place and a danda: a stamp stands above a
        # story, never inside it, as a byline does.
        (
            [
                "हत्यारोपी को उन हालातों में गिरफ्तार किया गया है जब शुरुआत में उसके बारे में पुलिस को कोई सुराग तक नहीं था।",
                "Update: 2021-08-14 08:33 GMT",
            ],
            "नई दिल्ली। महज 4 वर्ष की बालिका की हत्या करने वाले आरोपी को पुलिस ने गिरफ्तार कर लिया है।",
            "नई दिल्ली",
            "महज 4 वर्ष",
        ),
        # A summary alone above a known place and a dash, as regional papers print their teaser.
        (
            [
                "La luna de miel terminó antes de empezar. Entre escándalos y promesas rotas, el gobierno"
                " enfrenta una tormenta política."
            ],
            "Ciudad de Panamá – La administración de José Raúl Mulino, heredera directa del polémico legado de"
            " Ricardo Martinelli, atraviesa sus horas más oscuras. A menos de un año de haber tomado posesión,"
            " la desconfianza ciudadana crece.",
            "Ciudad de Panamá",
            "La administración",
        ),
        # ... or a known city and its country's initials before the dash.
        (
            ["Inspirada en un ave endémica de la isla, la mascota representa lo auténtico y vibrante del pueblo."],
            "Santo Domingo, RD.– Durante su encuentro semanal de este lunes, el presidente presentó oficialmente"
            " la mascota de los Juegos Centroamericanos y del Caribe que se celebrarán el próximo año.",
            "Santo Domingo, RD",
            "Durante su encuentro",
        ),
    ],
)
def test_a_standfirst_above_a_known_place_is_no_part_of_the_lede(
    above: list[str], story: str, place: str, lede: str
) -> None:
    """A summary of a sentence or two above a longer paragraph opening with a known place and a
    dash, or a picture's caption between them, or the page's stamp and any mark: the place is
    the dateline's, and the summary no part of the lede."""
    lines = "\n".join(above)
    article = _article(f"H\n{lines}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == place
    assert article["body"][0].startswith(lede)


@pytest.mark.parametrize(
    ("above", "story", "place", "agency"),
    [
        # A page's date and the credit it was taken from, too long for a dateline's rest but ending no sentence.
        (
            ["Jul 22, 2013| Courtesy by : Associated Press of Pakistan"],
            "ISLAMABAD, July 20 (APP): Federal Minister Ahsan Iqbal on Saturday said the plan is ready.",
            "ISLAMABAD",
            "app",
        ),
        # China Daily's caption closed by a labelled credit in square brackets, below the credit line.
        (
            ["(Xinhua)", "Teenagers hold candles at the UN Office at Nairobi, on April 7, 2016. [Photo/Xinhua] |"],
            "KIGALI - Rwanda on Thursday paused once again to mark the anniversary of the genocide.",
            "KIGALI",
            "xinhua",
        ),
        # Reuters' note of what a version of the story changed, between its credit lines and the dateline.
        (
            [
                "Reuters Staff",
                "1 Min Read",
                "(Corrects earnings figure to 125.25 billion shillings from 125.5 billion in paragraph two)",
            ],
            "NAIROBI, Feb 17 (Reuters) - Kenya's tea export earnings rose in 2015 even though output fell.",
            "NAIROBI",
            "reuters",
        ),
    ],
)
def test_the_page_s_lines_above_the_dateline_leave_it_the_story_s(
    above: list[str], story: str, place: str, agency: str
) -> None:
    """A page's stamp, a caption or a note between the headline and the dateline tells nothing
    about which line is the dateline: the story's own opens below them."""
    lines = "\n".join(above)
    article = _article(f"H\n{lines}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == place
    assert article["agency"]["id"] == agency
    assert article["body"][0] == story.split(" - " if " - " in story else ": ", 1)[1]


_THAI_STORY = "กรมการปกครอง กระทรวงมหาดไทย ออกโรงชี้แจงผ่านเอกสารเรื่อง การแชร์ข้อความจัดตั้งจังหวัดใหม่ ไม่เป็นความจริง"
_CHINESE_STORY = "1月3日,北京市第200场新冠肺炎疫情防控工作新闻发布会召开,北青-北京头条记者从现场获悉。"
_LITHUANIAN_STORY = "„Kas vyksta Kaune“ skaitytojai sunerimo, kodėl ketvirtadienio vakarą išprašyti kauniečiai."
_ENGLISH_STORY = "Prime Minister Muhyiddin Yassin has urged the public to wait for big news tonight."


@pytest.mark.parametrize(
    ("line", "story"),
    [
        # A short line giving the site's address to follow it at.
        ("ติดตามข่าวสารได้ที่ https://www.springnews.co.th", _THAI_STORY),
        ("2025年03月26日|文:論盡採訪組|https://aamacau.com/?p=118994", _THAI_STORY),
        # The photographer's name, then the picture's label, as Lithuanian pages credit a picture.
        ("R. Tenio nuotr.", _LITHUANIAN_STORY),
        ("Jonas Petraitis nuotrauka", _LITHUANIAN_STORY),
        # A stamp labelled with the Chinese word for time (时间, 時間): the label is no place.
        ("时间:2021-01-17", _CHINESE_STORY),
        ("時間:2020-01-09 15:31來源:網絡整理 瀏覽:", _CHINESE_STORY),
        # ... or opening with the label for who published it (发布者, "publisher")
        ("发布者:系统管理员发布时间:2017-10-08浏览次数:300", _CHINESE_STORY),
        # A count of views, a story's number after its label (کد خبر, the news code), maybe after a
        # bullet or bar, a channel's name and number.
        ("Views 11.7K", _ENGLISH_STORY),
        ("کد خبر: ۱۴۱۵۶۶", _ENGLISH_STORY),
        ("  • کد خبر: ۷۴۹۰۳", _ENGLISH_STORY),
        ("| کد خبر: ۱۳۰۹۶۵۱", _ENGLISH_STORY),
        # ... whose label's letters carry vowel signs, which no regular expression's letter matches.
        ("  • ฮิต: 184", _THAI_STORY),
        ("व्यू: 120", _ENGLISH_STORY),
        ("Lebanon 24", _ENGLISH_STORY),
        # A release's media contact: a telephone number, maybe after its label
        ("m 404-735-0871", _ENGLISH_STORY),
        ("Phone: (202) 555-0100", _ENGLISH_STORY),
    ],
)
def test_a_line_of_the_page_above_a_story_with_no_dateline_is_no_dateline_and_no_lede(line: str, story: str) -> None:
    """A line of the page's own above the story (an address, a picture's credit, a labelled
    stamp, a count) is neither the story's dateline nor its first paragraph."""
    article = _article(f"H\n{line}\n{story}")
    assert article["body"] == [story]
    assert article["dateline"]["place"] is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("PTI | Guwahati | Updated: 19-12-2023 19:18 IST", "Guwahati"),
        ("Kathmandu, April 20 | Updated: Apr 21 2005, 05:30am hrs", "Kathmandu"),
    ],
)
def test_a_stamp_left_after_the_dateline_on_its_line_is_no_lede(line: str, place: str) -> None:
    """A page's stamp after the dateline on a line of its own belongs to the dateline's line:
    the story opens with the paragraph below, and the stamp stays in the dateline's raw text."""
    story = "Close on the heels of recent blasts in three towns, three suspects have been arrested, police said."
    article = _article(f"H\n{line}\n{story}\nSecond paragraph.")
    assert article["dateline"]["place"] == place
    assert article["dateline"]["raw"] == line
    assert article["body"][0] == story


@pytest.mark.parametrize(
    ("above", "caption", "story", "place", "agency"),
    [
        # The label and who took the picture, with no colon: the story's dateline names no agency.
        (
            "Iklan",
            "Menteri Kanan Datuk Seri Mohamed Azmin Ali memasuki bangunan Perdana Putra hari ini untuk "
            "menghadiri Mesyuarat Khas Kabinet. - Foto Bernama",
            "PUTRAJAYA - Selepas tiga jam bermesyuarat, usaha pemberita untuk mendapatkan maklumat gagal.",
            "PUTRAJAYA",
            None,
        ),
        # English pages' Credit alone, below the dateline's line and the page's stamps.
        (
            "AFP\nAFP, Kathmandu,\n  • Aug 14 2020, 19:08 ist\n  • updated: Aug 14 2020, 19:08 ist",
            "Nepal Representative Image. Credit: Getty Images",
            "Eleven bodies were recovered Friday after a landslide buried homes in eastern Nepal, police said.",
            "Kathmandu",
            "afp",
        ),
    ],
)
def test_a_caption_closed_by_the_picture_s_label_and_credit_is_the_picture_s(
    above: str, caption: str, story: str, place: str, agency: str | None
) -> None:
    """A caption closed by the picture's label and who took it (``- Foto Bernama``, ``Credit:
    Getty Images``) credits the picture, not the story, and is no lede: the story below it is."""
    article = _article(f"H\n{above}\n{caption}\n{story}")
    assert article["dateline"]["place"] == place
    assert article.get("agency", {}).get("id") == agency
    assert article["body"] == [story.removeprefix(f"{place} - ")]


@pytest.mark.parametrize(
    ("summary", "between"),
    [
        (
            "La Policía Nacional reforzó este sábado el dispositivo preventivo y operativo correspondiente "
            "al segundo día del concierto internacional, desarrollado nuevamente en el Estadio La Nueva Olla.",
            "• 29 de noviembre de 2025 18:29",
        ),
        (
            "Santos, que está a punto de cumplir 63 años, prometió equidad e impulsar reformas al sistema de salud.",
            "Por Luisa Pérez\n2014-08-08",
        ),
        # The story's number on the page, after its label (کد خبر, "news code"), and how long the story takes to read.
        (
            "El Gobierno anunció este martes un nuevo paquete de medidas para los afectados por las lluvias.",
            "کد خبر : 979437",
        ),
        ("El Gobierno anunció este martes un nuevo paquete de medidas para los afectados por las lluvias.", "Minti 1"),
    ],
)
def test_a_summary_above_the_page_s_stamp_is_no_lede(summary: str, between: str) -> None:
    """A summary of a sentence or two, then the page's stamp or other furniture (and a byline
    beside it), then the story with no dateline: the story is the lede, and the summary names no
    place."""
    story = "El Ministerio del Interior informó que, desde tempranas horas, los equipos fueron desplegados."
    article = _article(f"H\n{summary}\n{between}\n{story}\nSecond paragraph.")
    assert article["body"][0] == story
    assert article.get("dateline", {}).get("place") is None


def test_a_rule_of_marks_alone_below_the_first_paragraph_leaves_it_the_lede() -> None:
    """Marks alone may rule off any two paragraphs, or a table's rows: below the first
    paragraph, they make it no summary."""
    first = "El Gobierno anunció este martes un nuevo paquete de medidas para los afectados por las lluvias."
    story = "El Ministerio del Interior informó que, desde tempranas horas, los equipos fueron desplegados."
    article = _article(f"H\n{first}\n|-----------|-----------|\n{story}")
    assert article["body"][0] == first


def test_a_deck_in_capitals_is_no_lede_even_when_it_ends_a_sentence() -> None:
    """A deck printed in capitals below the headline is no lede, full stop or not; a story whose
    every paragraph is in capitals, as the wires' old copy is, keeps its first paragraph."""
    deck = "LO HIZO TRAS LA FIRMA DEL ACUERDO DE PAZ CON LAS FARC, QUE AHORA SERA SOMETIDO A UNA CONSULTA POPULAR."
    story = (
        "El presidente de Colombia, Juan Manuel Santos, informó ayer que ordenó a las Fuerzas Armadas el alto el fuego."
    )
    assert _article(f"H\n\n{deck}\n\n\n{story}")["body"] == [story]
    shouted = story.upper() + " LAS FUERZAS ARMADAS LO CUMPLIRÁN."
    assert _article(f"H\n\n{deck}\n\n\n{shouted}")["body"] == [deck, shouted]


def test_a_count_before_what_it_counts_is_furniture() -> None:
    """A count of views before the word it counts, bulleted on a line of its own (``• 16417
    просмотра``), is page furniture: the dateline is the story's own, and the count no lede."""
    story = "КИЕВ. 22 июля. УНН. Кабинет министров Украины перешел к закрытому формату заседания."
    article = _article(f"H\n\nКиев  •  УНН\n\n • 16417 просмотра\n\n{story}\n\nSecond paragraph.")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("КИЕВ", "unn")
    assert article["body"][0].startswith("Кабинет министров")


@pytest.mark.parametrize(
    "caption",
    [
        "প্রধানমন্ত্রী শেখ হাসিনা। ফাইল ছবি",
        "Prime Minister Sheikh Hasina. File photo",
        "Polisen utreder en misstänkt skottlossning i ett trapphus i Uppsala. Arkivbild.",  # its full stop too
        "کیپشن: کراچی:سعودآباد میں مبینہ پولیس مقابلہ، 4 ڈاکو ہلاک",
    ],
)
def test_a_caption_labelled_or_closed_by_the_picture_s_label_is_no_dateline(caption: str) -> None:
    """A caption closed by the picture's label alone, after a full stop or a danda (Bengali
    ``ফাইল ছবি``, "file photo"; Swedish ``Arkivbild.``, "archive picture"), or opening with the
    label "caption" (Urdu ``کیپشن:``) is about the picture: its first words are no place, and the
    story below it is the lede."""
    story = "সংবাদ সম্মেলনে আসছেন প্রধানমন্ত্রী শেখ হাসিনা। তিনি আগামীকাল সাংবাদিকদের প্রশ্নের উত্তর দেবেন।"
    article = _article(f"H\nনিজস্ব প্রতিনিধি\n{caption}\n{story}")
    assert article.get("dateline", {}).get("place") is None
    assert article["body"] == [story]


@pytest.mark.parametrize(
    "above",
    [
        "Deputies stand in a row.\nAt least three deputies were relieved of duty, authorities said.\n"
        "(Mel Melcon / Los Angeles Times)\nBy Keri Blakinger",
        "Københavns Politi er i øjeblikket til stede i Ørestad\nKøbenhavns Politi leder efter en bevæbnet mand.\n"
        " Foto: Ritzau Scanpix",
        "El detenido fue identificado como un hombre chileno de 38 años, quien sería el presunto responsable.\n"
        "Publicado por CHV Noticias",
    ],
)
def test_captions_and_decks_above_a_byline_or_picture_credit_are_no_lede(above: str) -> None:
    """Captions and decks above a byline, a picture's credit line or a line naming who posted the
    story are no lede, sentences or not: the story opens below the credit."""
    story = "Several deputies have been relieved of duty in connection with a federal investigation, authorities said."
    article = _article(f"H\n{above}\n{story}\nSecond paragraph.")
    assert article["body"][0] == story


@pytest.mark.parametrize(
    ("contact", "caption"),
    [
        (
            "Apenisa Waqairadovu Multimedia News Journalist [email protected] | @ApenisaFBCNews",
            "Prime Minister Voreqe Bainimarama. [Source: Parliament of Fiji]",
        ),
        (
            "Edwin Nand Senior Multimedia Journalist edwin.nand@fbc.com.fj | @EdwinNandFBCNews",
            "[Source: Parliament of the Republic of Fiji]",
        ),
    ],
)
def test_a_reporter_s_e_mail_line_and_a_caption_closed_by_its_source_are_no_dateline(
    contact: str, caption: str
) -> None:
    """A reporter's line with an e-mail address, or the placeholder a page prints for one, is a
    byline: no place, no agency, no lede; nor is a caption closed by its source in brackets."""
    story = "The motion for Fiji to ratify the 2005 Agreement Establishing the Pacific Islands Forum has been passed."
    article = _article(f"H\n\n{contact}\nAugust 18, 2021 4:55 pm\n{caption}\n\n{story}")
    assert article.get("dateline", {}).get("place") is None
    assert "agency" not in article
    assert article["body"] == [story]


def test_a_country_alone_on_a_line_is_the_page_s_section_not_a_dateline() -> None:
    """A country's name alone on a line above the story, with no mark after it, is the page's
    section (``Türkiye``): no place; a city alone there is a dateline printed on its own line,
    though another language names a country so (``Brasília`` is Finnish for Brazil)."""
    story = "Cumhurbaşkanı Recep Tayyip Erdoğan, “Tabii bu karar her şeyden önce çok çok üzüntü verici” dedi."
    article = _article(f"H\n\nTürkiye\n\n{story}")
    assert article.get("dateline", {}).get("place") is None
    assert article["body"] == [story]
    assert _article(f"H\n\nAnkara\n\n{story}")["dateline"]["place"] == "Ankara"
    story = "Por 61 a 20, o plenário do Senado decidiu na tarde de quarta-feira pelo impeachment de Dilma Rousseff."
    assert _article(f"H\n\nBrasília\n\n{story}")["dateline"]["place"] == "Brasília"


def test_a_caption_closing_the_lines_above_a_story_with_no_dateline_is_named_a_caption() -> None:
    """When a picture's caption is the last line above a story with no dateline, the problem
    names it for what it is, not a credit line."""
    caption = "Prime Minister Voreqe Bainimarama. [Source: Parliament of Fiji]"
    story = "The motion for Fiji to ratify the 2005 Agreement Establishing the Pacific Islands Forum has been passed."
    _, problems = parse_wire_text(f"H\nAugust 18, 2021 4:55 pm\n{caption}\n{story}", {}, REFERENCE)
    assert problems[0].message.startswith(f"the story opens with the picture's caption {caption!r}")


@pytest.mark.parametrize("button", ["Vágólapra másolva!", "Folgen Sie uns auf", "원본보기 아이콘"])
def test_a_pages_button_above_a_story_with_no_dateline_is_no_lede(button: str) -> None:
    """A button's words on a line of their own (Hungarian "copied to the clipboard!", German
    "follow us on", Korean "view the original") above a story with no dateline are furniture,
    not the story's first paragraph."""
    story = "The government said on Friday it would raise fuel prices from next month, officials said."
    article = _article(f"H\n{button}\n{story}\nSecond paragraph.")
    assert article["body"][0] == story


@pytest.mark.parametrize(
    "buttons", [["Save", "Share"], ["SHARE ARTICLE"], ["  • Whatsapp"], ["이 뉴스 공유하기", "URL이 복사되었습니다."]]
)
def test_a_pages_buttons_above_the_dateline_are_furniture(buttons: list[str]) -> None:
    """What a page prints on its buttons, a line each (``Save``, a town in Benin, was read as the
    place), stands between the headline and the dateline as a stamp does."""
    lines = "\n\n".join(buttons)
    text = f"H\n\n{lines}\n\nYEREVAN, APRIL 27, ARMENPRESS. President of Armenia Armen Sarkissian sent a letter."
    article = _article(text)
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("YEREVAN", "armenpress")
    assert article["body"] == ["President of Armenia Armen Sarkissian sent a letter."]


def test_a_players_placeholder_above_a_story_with_no_dateline_is_no_lede() -> None:
    """What a page prints where its audio player loads (``Loading player...``) is furniture: the
    story below it is the lede."""
    story = "Die Madlanga-ondersoekkommissie oorhandig vandag sy voorlopige verslag aan die president."
    article = _article(f"H\n\nLoading player...\n{story}")
    assert article["body"] == [story]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Published: 10 May 2023", "2023-05-10"),  # the page's stamp says when the story ran
        ("2023-05-10 14:43:28", "2023-05-10"),  # ... year first, which no country reads otherwise
        ("15:58, May 10, 2023", "2023-05-10"),
        ("2023. gada 10. maijs 11:26", "2023-05-10"),  # Latvian, the year first and "year" after it
        ("10/5/2023 11:13:00 AM", "2025-05-10"),  # day or month first? Nothing sure: read against the day given
    ],
)
def test_a_year_less_dateline_is_read_against_the_pages_stamp_above_it(stamp: str, date: str) -> None:
    """``BEIJING, May 10 (Xinhua) --`` below a stamp of 10 May 2023 is of 2023, whatever day the
    file is read on; a stamp in figures that may be read day first or month first says nothing."""
    text = f"H\n{stamp}\nBEIJING, May 10 (Xinhua) -- China said on Wednesday it would hold talks."
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["date"] == date


def test_a_sites_television_is_no_dispatch() -> None:
    """``東網電視`` is On.cc's television, a line above the story, not ``東網`` and "dispatch" (電)
    with the story glued on: the lede is the story's whole first sentence."""
    story = "中共中央總書記習近平1953年6月15日在北京出生,籍貫是陝西富平。"
    article = _article(f"習近平連任總書記\n20221023\n東網電視\n更多新聞短片\n{story}")
    assert article["body"][-1] == story
    assert "agency" not in article


def test_a_byline_word_that_a_village_bears_is_no_place() -> None:
    """Bosnian's "Piše:" (writes) opens a byline, though a village is called Piše: the line names
    the author, and the story below it has no dateline."""
    article = _article("H\nPiše: A. Kapo\nPrisebnošću stanara izbjegnuta je tragedija nakon požara u garaži.")
    assert article["authors"] == [{"name": "A. Kapo"}]
    assert article["dateline"]["place"] is None
    assert article["body"] == ["Prisebnošću stanara izbjegnuta je tragedija nakon požara u garaži."]


def test_a_summary_printed_again_below_its_dateline_is_furniture() -> None:
    """A page's summary above a paragraph that prints it again after the dateline is no lede:
    the dateline below is read, and the summary is kept above it."""
    summary = "ਇਕ ਬਾਰ ਫੇਰ ਪੰਜਾਬ ਪੁਲਿਸ ਦਾਗਦਾਰ ਹੁੰਦੀ ਨਜ਼ਰ ਆ ਰਹੀ ਹੈ ਅਤੇ ਗੰਭੀਰ ਇਲਜ਼ਾਮਾਂ ਦੇ ਘੇਰੇ 'ਚ ਫਸਦੀ ਜਾ ਰਹੀ ਹੈ।"
    article = _article(f"H\n{summary}\nਬਟਾਲਾ: {summary}\nSecond paragraph.")
    assert article["dateline"]["place"] == "ਬਟਾਲਾ"
    assert article["dateline"]["above"] == [summary]
    assert article["body"][0] == summary


def test_a_greenlandic_stamp_under_the_summary_leaves_it_out_of_the_story() -> None:
    """KNR prints a summary, the byline and the stamp in CLDR's Greenlandic month names
    (``decembarip 29-at 2023 14:55``) above the story: the stamp tells the summary is no lede."""
    summary = "Ulloq kingulleq suliffiusoq qummoroortartorfiuvoq, KNR-illu sulisut naggamik sulimmata najorpai."
    story = (
        "Ullumikkut ulloq Nuuk Imermi sulisunut immikkuullarippoq, tunisassiorfimmi ullumikut matussooq "
        "taamaattumillu sulisut suleqqissanngillat."
    )
    article = _article(f"H\n\n{summary}\nAllattoq Hansigne Broberg\ndecembarip 29-at 2023 14:55\n\n{story}")
    assert article["body"] == [story]


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Released on June 30, 2016", "2016-06-30"),  # a label, a small word, the date
        ("Đăng ngày 13/02/2020", "2020-02-13"),  # Vietnamese "posted on the day"
        ("Alo 23.09.2016", "2016-09-23"),  # the outlet's name
    ],
)
def test_a_stamps_label_or_outlet_before_its_date_is_no_place(stamp: str, day: str) -> None:
    """A page's stamp opening with its label or outlet's name, a word no gazetteer knows, names
    no place: it dates the story as the page's date, and the story below it opens with no dateline."""
    story = "Premier Brad Wall said the first sitting of the new Legislative Assembly focused on promises."
    article = _article(f"H\n{stamp}\n{story}")
    assert article["dateline"]["place"] is None
    assert article["dateline"]["pageDate"] == day
    assert article["body"] == [story]


def test_a_date_and_the_time_it_was_updated_are_the_pages_stamp() -> None:
    """``Le 14 janvier 2026 — Modifié à 07 h 28 min``, the day a story ran and the time it was
    updated, spaced as Canadian French prints a time, is the page's stamp, not a dateline
    whose lede is "Modifié": the story opens below the byline."""
    story = "Un face-à-face impliquant deux véhicules s’est produit tôt ce mercredi matin à Shipshaw."
    article = _article(f"H\nLe 14 janvier 2026 — Modifié à 07 h 28 min\nPar André Deschênes\n{story}")
    assert article["body"] == [story]
    assert article["dateline"]["date"] is None


@pytest.mark.parametrize("stamp", ["Publikováno: 30.12.2025", "Objavljeno: 30.12.2025.", "Опубліковано: 30.12.2025"])
def test_a_stamps_label_in_central_and_eastern_europe_is_no_place(stamp: str) -> None:
    """Czech, Croatian and Ukrainian pages label their stamp "published": the line is the
    page's stamp, no dateline of a place called so."""
    story = "Hromadná bitka několika cizinců se odehrála v úterý okolo poledne na zahradě rodinného domu."
    article = _article(f"H\n{stamp}\n{story}")
    assert article["dateline"]["place"] is None
    assert article["body"] == [story]


@pytest.mark.parametrize(
    ("stamp", "story"),
    [
        ("আপডেট: ১৭৫২ ঘণ্টা, মার্চ ২৩, ২০২৩", "দীর্ঘদিন পর সচিবালয়ে অফিস করেছেন প্রধানমন্ত্রী শেখ হাসিনা।"),
        ("अपडेट: 23 मार्च 2023", "लंबे समय बाद प्रधानमंत्री ने सचिवालय में कामकाज संभाला।"),
    ],
)
def test_an_update_stamps_label_in_bengali_or_hindi_is_no_place(stamp: str, story: str) -> None:
    """Bengali and Hindi pages write "update" as English does, in their own letters (আপডেট,
    अपडेट), to label their stamp: the line is the page's stamp, no dateline of a place called so."""
    article = _article(f"H\n{stamp}\n{story}")
    assert article["dateline"]["place"] is None
    assert article["body"] == [story]


def test_a_chinese_stamps_label_published_on_is_no_place() -> None:
    """Chinese pages label their stamp 发布日期, "date published": the line is the page's stamp,
    no dateline of a place called so."""
    story = "春节期间,我市高速公路、干线公路路网运行整体平稳,道路水路运输安全有序。"
    article = _article(f"H\n发布日期:2025-02-08\n{story}")
    assert article["dateline"]["place"] is None
    assert article["body"] == [story]


def test_the_pages_stamp_dates_a_dateline_that_gives_no_date() -> None:
    """A dateline with no date below the page's stamp is dated by the stamp, as the page's date,
    so the story needs no datePublished; the dateline itself still gives none."""
    stamp = "June 2, 2023, 6:57 pm Updated on June 2, 2023, 7:50 pm"
    article = _article(f"H\n{stamp}\nSAN JOSE DE BUENAVISTA, Antique – The Department of Public Works said.")
    dateline = article["dateline"]
    assert (dateline["place"], dateline["date"], dateline["pageDate"]) == (
        "SAN JOSE DE BUENAVISTA, Antique",
        None,
        "2023-06-02",
    )
    assert dateline["above"] == [stamp]


def test_a_stamps_later_day_is_its_update_not_its_publication() -> None:
    """A stamp whose first day may be read day first or month first says nothing sure, and the
    later day on its line is when the story was updated: neither dates the story."""
    article = _article(
        "H\n06.07.2017 | Stand 13.09.2023, 5:19 Uhr\nBERLIN - Die Regierung hat am Dienstag beschlossen."
    )
    assert "pageDate" not in article["dateline"]


def test_a_sites_name_inside_a_pictures_address_credits_no_story() -> None:
    """A picture's address above the story names the site holding the file, never the story's
    credit, and its scheme is no place: the dateline is the story's own, below it."""
    address = (
        "https://cdn-assetd.kompas.id/O5ybKKy2PtUtMq1YADbVs90x2Jw=/1024x655/"
        "https%3A%2F%2Fimages-akamai-kompas-id.azureedge.net%2Fwp-content%2Fuploads%2F2017%2F09%2F468069.jpg"
    )
    article = _article(f"H\n\nOleh\n{address}\ndidie sw\n\nKEBUMEN — Sebanyak 49 desa menggelar pemilihan.")
    assert article["dateline"]["place"] == "KEBUMEN"
    assert "agency" not in article
    assert article["body"] == ["Sebanyak 49 desa menggelar pemilihan."]


def test_a_bylines_label_and_colon_is_no_place() -> None:
    """``Por:`` ("By:") labels the writer after it, never a place of that name: the page's byline
    and date above the story's own dateline date the page, and the dateline is the one below."""
    byline = "Por: La Nación Mundo Septiembre 11, 2023"
    article = _article(f"H\n\n{byline}\n\nthumbnail\n\nSANTIAGO, Chile.- El incremento de la tensión se percibe.")
    assert (article["dateline"]["place"], article["dateline"]["pageDate"]) == ("SANTIAGO, Chile", "2023-09-11")
    assert article["body"] == ["El incremento de la tensión se percibe."]


def test_a_pictures_label_and_colon_is_no_place() -> None:
    """``کیپشن:`` ("caption:") labels the picture's caption after it, never a place of that
    name; the dateline is the outlet's credit below it."""
    caption = "کیپشن: The meeting of the Punjab Assembly, the noise of the opposition, the walkout of the members"
    article = _article(f"H\n\n{caption}\n\nایک نیوز:پنجاب اسمبلی اجلاس میں اپوزیشن نےشورشرابہ کیا۔")
    assert article["dateline"]["raw"] == "ایک نیوز:"
    assert article["dateline"]["above"] == [caption]
    assert article["body"] == ["پنجاب اسمبلی اجلاس میں اپوزیشن نےشورشرابہ کیا۔"]


def test_a_pages_share_buttons_above_a_story_with_no_dateline_are_no_part_of_it() -> None:
    """The buttons that share the story, each with its network's name below it, are the page's
    furniture however many lines they fill: the story opens below them."""
    buttons = ["Share on facebook", "Facebook", "Share on twitter", "Twitter", "Share on linkedin", "LinkedIn"]
    story = "Le premier ministre s’est entretenu avec le chef de l’Etat du Niger."
    article, _ = parse_wire_text("\n".join(["H", "", *buttons, story]), {}, REFERENCE)
    assert article is not None
    assert article["body"] == [story]


@pytest.mark.parametrize(
    "buttons",
    [
        "Partager sur FacebookPartager sur TwitterPartager sur Whatsapp",
        "facebook icon twitter icon whatsapp icon telegram icon line icon copy",
        "شارك على فيسبوكشارك على واتساب",
    ],
)
def test_a_row_of_share_buttons_naming_social_networks_is_furniture(buttons: str) -> None:
    """Share buttons whose labels a page printed glued or spaced, most of the line the names of
    the networks they share to: the story opens below them. A story naming two networks in a
    sentence is the story."""
    story = "Lorsque la question lui avait été posée, le ministre a répondu."
    assert _article(f"H\n{buttons}\n{story}")["body"] == [story]
    sentence = "Facebook and Twitter shares fell on Monday."
    assert _article(f"H\n{sentence}\n{story}")["body"][0] == sentence


@pytest.mark.parametrize(
    "buttons",
    [
        "Icono para compartir en redesIcono para compartir en redesIcono para compartir en redes",
        "Por qué confiar en El Periódico Por qué confiar en El Periódico Por qué confiar en El Periódico",
    ],
)
def test_a_phrase_printed_again_and_again_above_the_story_is_furniture(buttons: str) -> None:
    """A row of buttons whose pictures a page lost prints each one's label, glued or spaced: no
    story's paragraph is one phrase three times over, and the story opens below it."""
    story = "El Cabildo de Monterrey busca que la tarifa del transporte no suba este año."
    article = _article(f"H\n\n{buttons}\n{story}")
    assert article["body"] == [story]


def test_a_credit_printed_twice_is_still_read() -> None:
    """A credit the page printed twice (``共同通信共同通信``) is no row of buttons: it still credits."""
    article = _article("H\n共同通信共同通信\n【ワシントン共同】米政府は7日、新たな制裁を発表した。")
    assert article["agency"]["id"] == "kyodo"


def test_a_pictures_file_name_credits_no_agency() -> None:
    """``IMG_4629``, a picture's file name on a line of its own, is no place and no agency's
    initials: its underscore joins the name to its figures, and the story below it is whole."""
    story = "Wadau wa kahawa wameziomba halmashauri kutenga fedha."
    article = _article(f"H\n\nIMG_4629\n{story}")
    assert "agency" not in article
    assert article["body"] == [story]


def test_the_pages_stamp_after_a_place_alone_dates_the_dateline() -> None:
    """A place alone, a dash and the page's stamp with its byline, on a line of their own above
    the story: the stamp's day is the dateline's."""
    line = "Roskilde - 27. april 2021 kl. 10:57 Af Lars Kimer Kontakt redaktionen"
    article = _article(f"H\n\n{line}\n\nDen lastbilchauffør, som mandag formiddag kørte ind i et træ, er indlagt.")
    assert (article["dateline"]["raw"], article["dateline"]["place"]) == (line, "Roskilde")
    assert article["dateline"]["date"] == "2021-04-27"


def test_the_headline_printed_again_with_other_capitals_and_marks_is_no_lede() -> None:
    """The page's headline printed again above the story, in title case and with a comma, is
    the page's furniture: the story opens below it."""
    story = "11 Şubat 2026 tarihinde Ardahan’da Çıldır Gölü’nün yüzeyini kaplayan buzlar çözüldü."
    article = _article(f"Buz kırıldı traktör suya gömüldü!\nBuz Kırıldı, Traktör Suya Gömüldü!\n{story}")
    assert article["body"] == [story]


@pytest.mark.parametrize("tail", [" 2", " || image credits: Inside News"])
def test_the_headline_printed_again_with_the_pictures_number_or_credit_is_no_lede(tail: str) -> None:
    """The headline printed again as a picture's caption, its number or credit after it
    (``… squelettiques 2``), is the page's furniture: the story opens below it."""
    headline = "Haïti-Crise : Port-au-Prince, un lundi gras aux activités squelettiques"
    story = "24 heures après une journée de tension dans la capitale haïtienne, les rues étaient désertes."
    article = _article(f"{headline}\n{headline}{tail}\n{story}")
    assert article["body"] == [story]


def test_a_first_paragraph_opening_with_the_headlines_words_is_the_lede() -> None:
    """A first paragraph that opens with the headline's words and goes on is the story's own."""
    headline = "Голова Житомирської ОДА Віталій Бунечко"
    story = f"{headline} подав заяву на звільнення з 31 жовтня."
    article = _article(f"{headline}\n{story}")
    assert article["body"] == [story]


def test_a_caption_closed_by_its_pictures_label_after_its_last_sentence_is_no_lede() -> None:
    """A caption of any length whose last sentence is followed by the picture's label and its
    credit, with no brackets (``… otsedemokraatia. Foto: Liis Treimann``), stands above the story."""
    caption = "Riigikogu spiiker võttis sügishooaja avaistungi kõnes jutuks otsedemokraatia. Foto: Liis Treimann"
    story = "Riigikogus algas täna sügisene istungjärk, mis tõotab mitmeid pingelisi arutelusid."
    article = _article(f"Riigikogu avaistung võttis kohe suuna kohalikele valimistele\n{caption}\n{story}")
    assert article["body"] == [story]


def test_a_nepali_caption_labelled_with_a_visarga_is_no_dateline() -> None:
    """``क्याप्सनः`` ("caption:", the visarga for a colon) labels a picture's caption, whatever
    place it names: the dateline is the story's own, below it."""
    caption = "क्याप्सनः मङ्गलबार पोखरा–२४, कास्कीकोटमा दहीजात्रा मनाइँदै।"
    story = "लेखनाथ, भदौ ११  गते। कृष्ण जन्माअष्टमीको अवसरमा दहीको होली खेलिएको छ।"
    article = _article(f"H\n\nblog\n\n{caption}\n\nफडिन्द्र अधिकारी\n\n{story}")
    assert article["dateline"]["place"] == "लेखनाथ"
    assert article["dateline"]["above"] == ["blog", caption, "फडिन्द्र अधिकारी"]


@pytest.mark.parametrize(
    "caption",
    [
        "TARI MASSAL : Gubernur Kaltara bersama Ketua TP PKK Kaltara mengikuti jepen massal di Lapangan Agatis.",
        "POSSIBLE AGREEMENT. President Marcos and Secretary General Czepelak hold a meeting at Malacañan Palace.",
        "CREATOR: gd-jpeg v1.0 (using IJG JPEG v62), quality = 82",
    ],
)
def test_a_captions_title_above_the_dateline_is_no_dateline(caption: str) -> None:
    """A caption's title (or a picture's data) where a place could stand, above a paragraph
    opening with a dateline of a place the gazetteer knows: the dateline below is the story's."""
    article = _article(f"H\n{caption}\nMANILA – Permanent Court of Arbitration officials arrived on Thursday.")
    assert article["dateline"]["place"] == "MANILA"
    assert article["dateline"]["above"] == [caption]
    assert article["body"][0].startswith("Permanent Court")


def test_a_captions_title_above_a_dateline_crediting_a_site_is_no_dateline() -> None:
    """A caption's title above a dateline that credits a site, though the gazetteer does not
    know its place: the dateline below is the story's."""
    caption = (
        "LANGKA : Pupuk bersubsidi kini langka di pasaran. Sementara untuk mendapatkan pupuk nonsubsidi, "
        "petani harus merogoh kocek lebih dalam. ILUSTRASI/DOKUMENTASI"
    )
    story = "POJOKSATU.id, TAMBUN UTARA – Stok pupuk bersubsidi dikeluhkan petani di Tambun Utara."
    article = _article(f"H\n{caption}\n{story}")
    assert article["dateline"]["place"] == "TAMBUN UTARA"
    assert article["agency"]["name"] == "POJOKSATU.id"
    assert article["dateline"]["above"] == [caption]
    assert article["body"][0].startswith("Stok pupuk")


def test_the_name_after_an_editors_label_is_no_place_though_a_province_bears_it() -> None:
    """``Editor : Rizal`` labels the story's editor: Rizal, a Philippine province too, is no
    dateline's place, and the dateline is the story's own, below it."""
    story = "REPUBLIKNEWS.CO.ID, JAKARTA – Polres Metro Jakarta Pusat mengamankan 17 orang."
    article = _article(f"H\nRizal\nEditor : Rizal\n{story}")
    assert article["dateline"]["place"] == "JAKARTA"
    assert article["dateline"]["above"] == ["Rizal", "Editor : Rizal"]
    assert article["body"][0].startswith("Polres Metro")


def test_an_agencys_name_in_a_captions_sentence_above_the_dateline_credits_nothing() -> None:
    """A caption above the dateline may name an agency's name in its sentence (NTB, the province
    of Nusa Tenggara Barat, is Norway's agency too): it credits no agency with the story."""
    caption = (
        "Jubir Banggar DPRD Lombok Tengah, Nurul Adha menyampaikan Laporan Badan Anggaran (Banggar) DPRD "
        "Kabupaten Lombok Tengah terhadap hasil pembahasan Ranperda dalam Rapat Paripurna DPRD Lombok "
        "Tengah, NTB, Rabu, (26/6/2024)."
    )
    story = "LOMBOK TENGAH | Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Lombok Tengah menggelar Rapat Paripurna."
    article = _article(f"H\n{caption}\n{story}")
    assert article["dateline"]["place"] == "LOMBOK TENGAH"
    assert "agency" not in article


def test_a_releases_contact_label_is_no_outlets_credit() -> None:
    """``Media Contact :`` labels the release's contact below it: no outlet named by "media"
    credits the story, whose dateline is its own, below the contact and the summary."""
    lines = ["Media Contact :", "Nicole Harris", "Senior Public Relations Manager", "m 404-735-0871"]
    story = "SEATTLE (October 16, 2023) — After decades of progress, global hunger is on the rise again."
    article = _article("\n".join(["H", *lines, story]))
    assert article["dateline"]["place"] == "SEATTLE"
    assert "agency" not in article
    assert article["body"][0].startswith("After decades")


def test_a_town_printed_with_its_region_above_another_dateline_is_the_storys() -> None:
    """A town the gazetteer lacks, printed with its region, is no caption's title."""
    text = (
        "H\n{} — An accident involving two vehicles and a moose has killed a man in the province's north."
        "\nLondon: police arrested a man carrying an axe."
    )
    assert _article(text.format("NEW HAZELTON, B.C."))["dateline"]["place"] == "NEW HAZELTON, B.C"
    assert _article(text.format("ROAD TOWN, Tortola, VI"))["dateline"]["place"] == "ROAD TOWN, Tortola, VI"


def test_transnistrias_agency_between_slashes_credits_the_story() -> None:
    """Novosti Pridnestrovya, Transnistria's state agency, credits the story between slashes in
    Cyrillic as TASS's copy does: the registry knows it, where its name got a hashed slug."""
    story = "Тирасполь, 13 декабря. /Новости Приднестровья/. Тирасполь начнёт отмечать праздники."
    article = _article(f"H\n{story}")
    assert article["agency"]["id"] == "novosti-pridnestrovya"
    assert article["dateline"]["place"] == "Тирасполь"


def test_a_nordic_picture_credit_names_no_dateline_and_no_agency() -> None:
    """The photographer, a slash and Ritzau's picture service (Scanpix) above a story with no
    dateline is the picture's credit: Ritzau took the picture and did not write the story."""
    story = "En 25-årig mand er mistænkt for at have trukket en kniv på tre metrostationer i Paris."
    article = _article(f"H\nJulien De Rosa/Ritzau Scanpix\n{story}")
    assert "agency" not in article
    assert article["body"] == [story]


def test_an_arabic_pages_published_label_is_no_place_above_the_dateline() -> None:
    """``نشر في:`` ("published on:") labels the page's stamp, whatever a byline below it: the
    stamp is no dateline, and the wire's dateline below them is read."""
    story = "بغداد 7 نوفمبر 2025 (شينخوا) أعلنت الحكومة يوم الجمعة رفع أسعار الوقود اعتبارا من الشهر المقبل."
    article = _article(f"H\nنشر في: 7 نوفمبر 2025\nبقلم: أحمد علي\n{story}")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("بغداد", "xinhua")
    assert article["body"][0].startswith("أعلنت الحكومة")


@pytest.mark.parametrize(
    ("lines", "opening", "place", "agency"),
    [
        ("फोटो: पीटीआई\nशेयर करें", "नई दिल्ली, 7 नवंबर (भाषा) ", "नई दिल्ली", "pti"),
        ("फोटो: पीटीआई", "मुंबई: ", "मुंबई", None),
        ("लेखक: राहुल शर्मा\nशेयर करें", "नई दिल्ली, 7 नवंबर (भाषा) ", "नई दिल्ली", "pti"),
        ("تحریر: علی احمد\nشیئر کریں", "اسلام آباد (اے پی پی) ", "اسلام آباد", "app"),
        ("Ảnh: TTXVN\nChia sẻ", "Hà Nội (TTXVN) - ", "Hà Nội", "vna"),
        ("Ảnh: TTXVN", "TP.HCM - ", "TP.HCM", None),
        ("图片来源：新华社\n分享到：", "新华社北京11月7日电 ", "北京", "xinhua"),
        ("Fotoğraf: AA\nAhmet Yılmaz", "ANKARA (AA) - ", "ANKARA", "anadolu"),
    ],
)
def test_a_pictures_credit_and_a_bylines_label_above_the_dateline_are_no_dateline(
    lines: str, opening: str, place: str, agency: str | None
) -> None:
    """A picture's credit (Hindi ``फोटो:``, Vietnamese ``Ảnh:``, Chinese ``图片来源：``, Turkish
    ``Fotoğraf:``) and a byline's label (Hindi ``लेखक:``, Urdu ``تحریر:``) above the dateline are
    neither its place nor the story's credit: the wire's dateline below them is read."""
    story = "The government said on Friday it would raise fuel prices from next month, officials said."
    article = _article(f"H\n{lines}\n{opening}{story}")
    assert article["dateline"]["place"] == place
    assert article.get("agency", {}).get("id") == agency
    assert article["body"][0] == story


@pytest.mark.parametrize("tags", ["الكلمات المفتاحية: الوقود، الأسعار", "الوسوم: الوقود، الأسعار"])
def test_an_arabic_pages_tags_above_the_dateline_are_no_place(tags: str) -> None:
    """A page's tags, labelled ``الكلمات المفتاحية:`` ("keywords") or ``الوسوم:`` ("tags"), then a
    line of furniture above the wire's dateline: the label is no place, and the dateline is read."""
    story = "بغداد 7 نوفمبر 2025 (شينخوا) أعلنت الحكومة يوم الجمعة رفع أسعار الوقود اعتبارا من الشهر المقبل."
    article = _article(f"H\n{tags}\nإعلان\n{story}")
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("بغداد", "xinhua")
    assert article["body"][0].startswith("أعلنت الحكومة")


@pytest.mark.parametrize(
    ("labels", "opening", "place"),
    [
        ("المحرر: أحمد علي\nالتصنيف: اقتصاد", "بغداد 7 نوفمبر 2025 (شينخوا) ", "بغداد"),
        ("প্রতিবেদক: রহিম\nবিভাগ: জাতীয়", "ঢাকা, ৭ নভেম্বর (বাসস) : ", "ঢাকা"),
        ("עורך: דוד כהן\nכתב: דוד כהן", "ירושלים (רויטרס) - ", "ירושלים"),
        ("التصنيف: اقتصاد\nرابط مختصر", "بغداد 7 نوفمبر 2025 (شينخوا) ", "بغداد"),
        ("כתב: דוד כהן\nשתפו", "ירושלים (רויטרס) - ", "ירושלים"),
        ("ایڈیٹر: علی احمد\nویب ڈیسک", "اسلام آباد (اے پی پی) ", "اسلام آباد"),
        ("সম্পাদক: রহিম\nঅনলাইন ডেস্ক", "ঢাকা, ৭ নভেম্বর (বাসস) : ", "ঢাকা"),
        ("Reporter: Li Ming\nCategory: World", "BAGHDAD, Nov. 7 (Xinhua) -- ", "BAGHDAD"),
    ],
)
def test_a_pages_labels_and_their_values_above_the_dateline_are_passed_over(
    labels: str, opening: str, place: str
) -> None:
    """Lines of a page's labels and their values (the editor, the category, the reporter) above
    the wire's dateline, which in a script without capitals read as places before colons, are
    credit lines, and so is what follows them: a button (a short link, Hebrew's "share"), a
    desk's credit (Urdu's web desk, Bengali's online desk): the dateline below them is the story's."""
    story = "The government said on Friday it would raise fuel prices from next month, officials said."
    article = _article(f"H\n{labels}\n{opening}{story}")
    assert article["dateline"]["place"] == place
    assert article["body"][0] == story


def test_a_bylines_lines_that_name_no_agency_are_passed_over_to_the_dateline() -> None:
    """A desk's credit, a reporter's name and their title on lines of their own, two of which read
    as credits naming nothing (``From our correspondent``, ``Senior Correspondent``), stand above
    the dateline: the story opens below them."""
    story = "The government said on Friday it would raise fuel prices from next month, officials said."
    article = _article(f"H\nFrom our correspondent\nJane Carter\nSenior Correspondent\nLAGOS — {story}")
    assert article["dateline"]["place"] == "LAGOS"
    assert article["body"][0] == story


@pytest.mark.parametrize("credit", ["Ilustrasi (ANTARA)", "Foto (AFP)"])
def test_a_pictures_label_and_its_credit_in_brackets_is_no_dateline(credit: str) -> None:
    """A picture's label and its credit in brackets on a line of their own, then a line the page
    links to another story from, stand above the dateline: neither the label is a place nor the
    picture's credit the story's."""
    story = "Pemerintah mengumumkan pada hari Jumat akan menaikkan harga bahan bakar mulai bulan depan."
    article = _article(f"H\n{credit}\nBaca juga: Harga minyak naik\nMEDAN - {story}")
    assert article["dateline"]["place"] == "MEDAN"
    assert "agency" not in article
    assert article["body"][0] == story


def test_an_urdu_pages_update_stamp_is_no_place() -> None:
    """Urdu's ``اپ ڈیٹ`` ("updated") labels the page's stamp, whatever line follows it: the stamp
    is no dateline, and the wire's dateline below is read."""
    story = "حکومت نے جمعہ کو اعلان کیا کہ اگلے ماہ سے ایندھن کی قیمتوں میں اضافہ کیا جائے گا۔"
    article = _article(f"H\nاپ ڈیٹ 07 نومبر 2025\nفائل فوٹو\nلاہور: {story}")
    assert article["dateline"]["place"] == "لاہور"
    assert article["body"][0] == story


def test_a_releases_media_contact_and_two_summaries_stand_above_its_dateline() -> None:
    """A release's media contact (a label, a name, a role, an e-mail address and a telephone
    number) and two one-sentence summaries above the dateline are the page's and the release's
    lines, not the story: the contact's address and number are passed over as a byline's are, and
    the summaries give way to the whole dateline below them though it stands past the fifth line."""
    summaries = [
        "• Aid organization aims to curb hunger and improve nutritional status of 125 million children.",
        "• New survey finds that 46% of adults around the world have worried about finding money to buy food.",
    ]
    contact = ["Media Contact :", "Nicole Harris", "Senior Public Relations Manager", "[email protected]"]
    story = "SEATTLE (October 16, 2023) — After decades of progress, global hunger is on the rise."
    article = _article("\n".join(["H", *contact, "m 404-735-0871", *summaries, story, "Second paragraph."]))
    assert article["dateline"]["place"] == "SEATTLE"
    assert article["dateline"]["date"] == "2023-10-16"
    assert article["body"][0] == "After decades of progress, global hunger is on the rise."

"""A page's time stamps and reading times."""

from __future__ import annotations

import pytest

from feedpub.parse.stamps import is_reading_time, is_stamp, is_time_ago, is_time_stamp, leading_stamp_end


@pytest.mark.parametrize(
    "line",
    [
        "10/30/2023 10:05:19 AM",
        "Xinhua | 06.07.2021 11h31",
        "posted on 01/04/2015",
        "Publié le 07 décembre 2017 à 16h49 Modifié le 07 décembre 2017 à 16h50",  # posted, then updated
        "Published: 30 Jan 2020 01:15 AM BdST Updated: 30 Jan 2020 01:15 AM BdST",
        "April 8, 2015 Wednesday 12:34 PM GMT+4",  # a time zone's offset
        "24 de fevereiro de 2026 às 11 h43",  # hours and minutes parted by a space and an h
        "Publié le lundi 17 juin 2024 à 22h20min",  # ... and the minutes' unit after them
        "Modifié à 07 h 28 min",  # ... or spaced, as Canadian French prints them (CLDR's fr-CA)
        "13u17",  # ... or a u, as Flemish papers print them
        "ÚLTIMA ACTUALIZACIÓN: 18.15 GMT.",  # ... or a full stop, before what says it is a time
        "Darpan News Desk The Canadian Press, 12 May, 2023 01:25 PM",  # a word more beside a time of day
        "http://shuangyashan.dbw.cn   2015-09-25 09:00:02",  # a site's address, however long
    ],
)
def test_a_date_or_time_and_a_few_words_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


def test_a_sentence_with_a_date_is_no_stamp() -> None:
    assert not is_stamp("The ministry said on 7 November 2025 that talks with the union would resume")
    assert not is_stamp("Talks with the union resumed in Geneva on 7 November 2025, the ministry said")
    # ... in a script that puts no spaces between words, however few its runs: one is longer than a name
    sentence = (
        "【Japan Focus 特約】国連安全保障理事会のメキシコ人の議長、クロード・ヘラーは理事会を代表して"
        "4月13日(東アジア時間4月14日)、「声明」を読み上げた。"
    )
    assert not is_stamp(sentence)
    assert not is_time_stamp("posted on 01/04/2015")  # a stamp, but no time of day
    assert not is_time_stamp("The 18.15 from Paddington")  # figures with a full stop, and nothing saying a time


def test_reading_times() -> None:
    assert is_reading_time(" 1 Min Read ")
    assert is_reading_time("3 minutes read")
    assert not is_reading_time("Read more in 3 minutes")
    assert is_reading_time("زمان مطالعه: ۳ دقیقه")  # Persian, Persian digits
    assert is_reading_time("وقت القراءة: 3 دقائق")
    assert is_reading_time("Время чтения: 3 мин.")
    assert is_reading_time("Okuma süresi: 3 dakika")
    assert is_reading_time("Lecture : 3 min.")
    assert is_reading_time("Lesezeit: 2 Min.")
    assert is_reading_time("Tempo de leitura: 4 minutos")
    assert is_reading_time("Reading Time: 12 mins read")  # the label, and "read" after the minutes
    # The minutes first and then the word for reading, in the languages pages print it in
    for line in ("3 min de lectura", "4 min di lettura", "3 Min. Lesezeit", "2 minuty czytania", "2 perc olvasás"):
        assert is_reading_time(line), line
    assert is_reading_time("6 dakika okuma süresi")
    assert is_reading_time("3 دقائق للقراءة")
    assert is_reading_time("1 minut min")  # the unit printed twice, as a Romanian page does
    assert not is_reading_time("12 minutes late")
    assert not is_reading_time("3 minutes de retard")


@pytest.mark.parametrize(
    ("paragraph", "stamp"),
    [
        ("16/01/2007 15:38 TEHRAN, January 16 (RIA Novosti) -", "16/01/2007 15:38 "),
        ("(Updated 2:59pm, 28 March 2009) KUALA LUMPUR, 28 March 2009:", "(Updated 2:59pm, 28 March 2009) "),
        ("10:00 | Lima, Mar. 7.", "10:00 | "),
        ("10 | Lima, Mar. 7.", ""),  # a count, not a time of day
        ("TEHRAN, January 16 (RIA Novosti) -", ""),
        ("(Reuters) - LONDON", ""),
        ("(Di mercoledì 13 gennaio 2021) Roma, 13 gen. (Adnkronos) -", "(Di mercoledì 13 gennaio 2021) "),
        ("(AP) WASHINGTON --", ""),  # an agency's name in brackets is no stamp
        ("(Updated with quotes) LONDON (Reuters) -", "(Updated with quotes) "),  # a note of the update, no stamp
        ("(Posted by CAAI News Media) KUALA LUMPUR, 28 March 2009:", "(Posted by CAAI News Media) "),
    ],
)
def test_a_stamp_opening_the_dateline_paragraph(paragraph: str, stamp: str) -> None:
    assert paragraph[: leading_stamp_end(paragraph)] == stamp


@pytest.mark.parametrize(
    "line",
    [
        "58 minutes ago",
        "28 secs ago",
        "hace 2 horas",
        "il y a 3 heures",
        "vor 3 Stunden",
        "قبل ٣ ساعات",
        "3 дня назад",
        "10 ชั่วโมงที่ผ่านมา",
        "Updated 46 minutes ago",
        "อัพเดต 10 ชั่วโมงที่ผ่านมา",
    ],
)
def test_how_long_ago_a_story_was_posted_in_cldr_s_words(line: str) -> None:
    """CLDR's phrases for a time past, in any main language and its figures, maybe after a label."""
    assert is_time_ago(line)


@pytest.mark.parametrize(
    "line", ["58 minutes ago, the minister said", "The minister said 5 days ago", "Updated yesterday"]
)
def test_a_sentence_is_no_time_ago(line: str) -> None:
    assert not is_time_ago(line)

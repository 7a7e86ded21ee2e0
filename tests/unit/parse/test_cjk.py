"""Chinese, Japanese and Korean datelines, where the agency stands beside the place."""

from __future__ import annotations

import pytest

from feedpub.fold import fold
from feedpub.parse.cjk import read_cjk


@pytest.mark.parametrize(
    ("text", "place", "agency", "day"),
    [
        ("新华社北京11月7日电 国务院", "北京", "新华社", 7),
        ("中新网9月6日电 据外媒报道", None, "中新网", 6),
        ("央广网合肥9月6日消息（记者王明）据安徽省", "合肥", "央广网", 6),
        ("[東京 ２６日 ロイター] - 日本政府は", "東京", "ロイター", 26),
        ("【ワシントン共同】米政府は", "ワシントン", "共同", None),
        ("(서울=연합뉴스) 김철수 기자 = 정부는", "서울", "연합뉴스", None),
        ("【6月18日 AFP】ナイジェリア北東部で", None, "AFP", 18),
        ("【环球时报驻日本特约记者 李珍 环球时报记者 邢晓婧】日本外相", None, "环球时报", None),
        ("华龙网7月30日8时35分讯(见习记者 陈星)7月28日,由中宣部组织的", None, "华龙网", 30),  # the dispatch's time
    ],
)
def test_cjk_datelines(text: str, place: str | None, agency: str, day: int | None) -> None:
    """Each form gives its place, its agency as printed, and its day where it prints one."""
    reading = read_cjk(fold(text))
    assert reading is not None
    assert (text[slice(*reading.place)] if reading.place else None) == place
    assert reading.agency is not None
    assert text[slice(*reading.agency)] == agency
    assert (reading.dates[0].day if reading.dates else None) == day


def test_text_without_an_agency_beside_the_place_is_not_read() -> None:
    """Chinese prose that merely mentions a date is no dateline."""
    assert read_cjk(fold("北京11月7日电视台报道了这个消息")) is None


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        ("本报讯 王百成、特约通讯员林云安报道:武警8674部队党委", "武警8674部队党委"),
        ("本报讯 记者张三 通讯员李四报道:武警部队党委", "武警部队党委"),
        ("新华社华盛顿9月1日电 记者陈特安、李云飞报道:中华人民共和国主席", "中华人民共和国主席"),
        # A source the first sentence opens with is the story's own words.
        ("新华社北京10月8日电 据日本媒体报道:武警部队党委", "据日本媒体报道:武警部队党委"),
        ("新华社北京12月12日电 综合新华社驻外记者报道:毛里求斯", "综合新华社驻外记者报道:毛里求斯"),
    ],
)
def test_reporters_credited_after_the_dateline_are_no_part_of_the_lede(text: str, lede: str) -> None:
    """Reporters and correspondents named after the credit, before "report" and a colon, belong to
    the dateline, however many and however titled."""
    reading = read_cjk(fold(text))
    assert reading is not None
    assert text[reading.end :] == lede


def test_a_papers_report_stamp_gives_way_to_the_agency_it_reprints() -> None:
    """``【大纪元8月29日报导】`` is the reprinting paper's stamp: the dateline after it, the agency's,
    is the story's; with none after it, the stamp is read as before."""
    text = "【大纪元8月29日报导】(中央社记者吴素柔台北二十九日电)立法院新会期即将开议"
    reading = read_cjk(fold(text))
    assert reading is not None
    assert reading.agency is not None
    assert text[slice(*reading.agency)] == "中央社"
    assert reading.place is not None
    assert text[slice(*reading.place)] == "台北"
    assert text[reading.end :] == "立法院新会期即将开议"
    roundup = read_cjk(fold("【环球时报综合报道】日本外相今天表示"))
    assert roundup is not None
    assert roundup.end == len("【环球时报综合报道】")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("中央社台北二十五日電 行政院今天宣布", 25),
        ("中央社台北二五日電 行政院今天宣布", 25),  # Han numerals written digit by digit, as figures are
        ("中央社台北十十日電 行政院今天宣布", None),  # numerals that write no number
        ("中央社台北廿十日電 行政院今天宣布", None),
    ],
)
def test_a_day_in_han_numerals_is_read_or_left_undated(text: str, day: int | None) -> None:
    """A day in Han numerals is read whether written with 十 or digit by digit; numerals that
    write no number leave the dateline undated rather than failing to read the file."""
    reading = read_cjk(fold(text))
    assert reading is not None
    assert reading.place is not None
    assert text[slice(*reading.place)] == "台北"
    assert (reading.dates[0].day if reading.dates else None) == day

"""Datelines of Chinese, Japanese and Korean copy, where the agency stands beside the place
with no mark between them: ``新华社北京11月7日电``, ``（中央社台北7日電）``, ``【ワシントン共同】``,
``[東京 ２６日 ロイター] -``, ``(서울=연합뉴스) 김철수 기자 =``.
"""

from __future__ import annotations

import re
from functools import cache

from ..agencies import registry
from ..fold import Folded
from .dates import DateMatch, possible_day
from .gazetteer import is_place
from .segments import Reading
from .words import ORNAMENTS, alternation, city_names, generic_credits, is_generic_credit

#: A time of day after the date, as a site stamps its dispatch: 华龙网7月30日8时35分讯.
_CLOCK = r"(?:\s*[0-2]?\d\s*[时時点點](?:\s*[0-5]?\d\s*分)?)"
#: Han numerals, at the index of their value (十, ten, is read apart).
_HAN = "〇一二三四五六七八九"
#: The Han numerals for twenty and thirty in one character, as Hong Kong's and Macau's papers
#: date a day (``澳門廿六日電``, the 26th; ``卅一日``, the 31st), at their number of tens.
_SCORE_TENS = {"廿": 2, "卅": 3}
#: How Korean outlets' names end (뉴스, news; 일보 and 신문, daily and paper; 방송, broadcasting;
#: 경제, economy; 타임스 and 타임즈, times; 저널, journal; 투데이, today; 데일리, daily; 트리뷴,
#: tribune; 포스트, post; 미디어, media; 프레스, press): such a name alone in square brackets
#: opens its copy (``[파이낸셜뉴스]``, ``[금요저널]``, ``[비즈트리뷴]``), where a label (``[속보]``,
#: ``[단독]``) or a column's name (``[청와대통신]``, "Blue House dispatches") names none.
_KOREAN_OUTLETS = "뉴스|일보|신문|방송|경제|타임스|타임즈|저널|투데이|데일리|트리뷴|포스트|미디어|프레스"
#: A Korean date, its month maybe left out: ``7월 23일``.
_KOREAN_DATE = r"(?:(?P<month>[01]?\d)\s*월\s*)?(?P<day>[0-3]?\d)\s*일"
#: A Korean reporter's role (reporter, correspondent), and their name and role: 강서정 기자, 김철수 특파원.
_ROLE = "(?:기자|특파원)"
#: The wire whose story Yonhap or a paper relays, after the place: (워싱턴 AP=연합뉴스), (가고시마 교도=연합뉴스).
_RELAYED = r"[^\W\d_]{1,8}"
_REPORTER = rf"[가-힣]{{2,4}}\s*{_ROLE}"
#: The slashes a Taiwanese reporter's credit parts the reporter and the place with (``記者鍾麗華/台北報導``),
#: a backslash among them (``鄭建勳\\臺中報導``), as a regular expression's class holds them.
_SLASHES = r"/／∕\\"
#: Han, kana and Hangul: the scripts of the datelines read here, and how far in they appear.
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_OPENING = 24
#: A time zone's name before the date (北京时间, "Beijing time"): it names no place.
_TIME_ZONE = r"[^\W\d_]{1,6}?[时時][间間]"
#: "This morning", "tonight", "today", "yesterday": a paper's dispatch may give these for its
#: day (``本报北京今晨专电``), which the date of publication tells.
_TODAY = "(?:今晨|今晚|今天|今日|昨天|昨日|昨晚)"
#: A paper's report stamp in lenticular brackets, its name and day (``【大纪元8月29日报导】``,
#: ``【新唐人2011年3月11日讯】``), before the dateline of the agency whose story it reprints.
_REPRINT_STAMP = re.compile(r"\s*【[^【】\n]{2,24}?(?:[报報][导導道]|[讯訊])】")


#: "Dispatch" (电), but for the words it opens: television, telephone, film, electronics, computer,
#: power, station, grid (東網電視, On.cc's television, is no dispatch of 東網's).
_DISPATCH = "[电電](?![视視话話影子脑腦力台站网網])"
#: A roundup of the wires' reports, after the day (中央社／ 華盛頓24日綜合外電報導): "compiled from foreign dispatches".
_ROUNDUP = r"[综綜]合(?:外[电電])?[报報][导導]"
#: The reporters' names in brackets after a credit: （记者 萧辉 包志明）.
_REPORTERS = r"(?:[（(]\s*[记記]者[^）)\n]{1,40}[）)]\s*)"
#: Reporters and correspondents (记者, 通讯员) named after a credit, then "report" and a colon or a
#: space: ``记者张三报道:``, ``王百成、特约通讯员林云安报道:``, ``新快报讯 记者黄婷报道 广东省…``. A
#: source the story's first sentence opens with is the story's: ``据日本媒体报道:`` ("according to
#: Japanese media reports"), ``综合新华社驻外记者报道:`` ("compiled from Xinhua's correspondents'
#: reports").
_REPORTERS_REPORT = (
    r"(?:(?![据據]|[综綜]合)(?=[^:：\n]{0,30}?(?:[记記]者|通[讯訊][员員]))"
    r"[^\W\d_][^\d:：\n]{1,30}?[报報][道导導](?:[:：]\s*|\s+))"
)
#: ... or named after their role with spaces about them, and a space before the lede: ``本报讯 记者
#: 陈小玲 特约记者 曾祥太 3月以来,…``, ``通讯员 李明、王强``.
_REPORTERS_NAMED = (
    r"(?:(?:\s*(?:特约|特約|见习|見習|实习|實習)?(?:[记記]者|通[讯訊][员員])[ \t]*[^\W\d_]{2,4}"
    r"(?:[、，,][ \t]*[^\W\d_]{2,4})*)+[ \t]+)"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Datelines that name the agency beside the place with no separator between them:

    - Xinhua's ``新华社北京11月7日电（记者 ...）``, its special dispatches ``新华社北京11月7日专电``,
      ``新媒体专电`` and a desk's (``体育专电``, sports); site and press agency brands': ``中新网9月6日电``,
      ``中评社香港5月12日电``, ``央广网合肥9月6日消息`` (or the place after the day:
      ``中国台湾网11月16日北京讯``), ``新京报讯（记者 ...）``; ``据新华社平壤电``,
      ``【新華社北京11月7日】`` (a time zone before the date names no place:
      ``【新唐人北京时间2022年01月29日讯】``); Xinhua's older copy names where the news came from after
      its dateline (``新华社17日讯 巴黎消息:``); a reporter's interview
      report, with the place and no day (``(大纪元记者林哲香港采访报导)``, below its paper's stamp);
    - CNA's ``（中央社記者張三台北7日電）`` and ``中央社／台北18日電``, its roundups of the wires, maybe
      from two places (``中央社／ 華盛頓24日綜合外電報導``, ``（中央社香港/華盛頓5日綜合外電報導）``), and a
      wire's story it relays (``（中央社華盛頓三日法新電）``);
    - papers' with no agency: ``（迪拜27日电）``, ``(吉隆坡3日讯)``, a state and its town
      (``(吉打·亚罗士打17日讯)``), two towns (``(芙蓉、波德申26日讯)``), a roundup of the wires, maybe
      with no day (``(金边综合电)``), ``本报曼谷2月5日电`` (or ``本报北京今晨专电``, "this morning"), a
      Japanese paper's edition (``ニッケイ新聞 2010年2月25日付け``, or its day alone before a
      space), ``《經濟通通訊社2日專訊》``, a paper's roundup (``【环球时报综合报道】``) or its own
      news (``【本報消息】``) or article (``【明報文章】``), a desk's label (``【特訊】``,
      ``【娛樂綜合報導】``; a city's there is the place: ``【北京訊】``), and an outlet's news in round
      brackets (``(澳門電台消息)``; a city's there is the place: ``(北京消息)``);
    - Kyodo's and Jiji's ``【ワシントン共同】`` (or with the day: ``【ロサンゼルス18日時事】``), and
      ``【ソウル＝小池和樹】`` (place and reporter, or agency: ``【北京＝共同】``; the first of several:
      ``【ワシントン=海谷道隆、ニューヨーク=村山誠】``);
    - a known place run into the agency in either bracket, maybe with the day and "dispatch" after
      it: CNA's Japanese service's ``(基隆中央社)``;
    - Reuters Japanese ``[東京 ２６日 ロイター] -`` and Chinese ``路透华盛顿1月15日 -`` (a dash after the day);
    - AFPBB's date and agency in lenticular brackets, in any script (``【6月18日 AFP】``), and a paper's
      reporters' credit there (``【环球时报驻日本特约记者 李珍】``: where the reporter is posted is not
      where the story was filed);
    - Yonhap's ``(서울=연합뉴스) 김철수 기자 =`` (Newsis: ``[서울=뉴시스]``; the wire relayed after the
      place: ``(워싱턴 AP=연합뉴스)``, ``(가고시마 교도=연합뉴스)``); Korean papers credit their
      reporters in square or round brackets (``[스포츠조선 안소윤 기자]``, ``(임락근 정치부 기자)``,
      ``[이천=스포츠조선 이종서 기자]``, the paper credited where the registry knows it), or their own
      name before an equals sign (``[OSEN=강서정 기자]``, ``[OSEN=대전, 지형준 기자]``: credited whether
      known or not);
    - Taiwanese papers credit theirs with the place they filed from (``〔記者鍾麗華/台北報導〕``,
      ``《記者黃淑惠/南市訊》``, "dispatch"), as a
      desk's roundup is credited too (``〔即時新聞/綜合報導〕``, or with no brackets: ``即時中心/綜合報導``,
      ``鄭建勳\\臺中報導``).

    Days and months may be Han numerals (``中新社纽约四月七日电``). A site the registry lacks may stand
    where the agency does (``[서울=뉴스핌]``, ``IT之家9月30日消息``, ``华龙网-新重庆客户端讯``, ``现代快报讯``,
    ``【财新网】``, ``【文匯網訊】``, a special report's ``【菲龙网专讯】``, ``菲龙网专讯``), or alone
    (``[파이낸셜뉴스]``); a colon, comma or bar after the dateline (``央视网消息（新闻联播）：``,
    ``环球评报网湖南长沙讯 |``) is its separator; a site's name ends at its 网
    (``评报网``, no site ``评报`` and place ``网湖南``), a paper's at its 报 or 社, and a county's media
    centre's at its 媒 (``宜都融媒讯``, Yidu's "converged media")."""
    names = {alias for alias in registry().by_alias if _EAST_ASIAN.search(alias)}  # folded already
    names |= {credit for credit in generic_credits() if _EAST_ASIAN.search(credit)}
    known = alternation(names)
    agency = f"(?P<agency>{known})"
    # Before a place and day and 电, an agency's name in any script: Newsis's Chinese service
    # prints its own in Latin letters, after the country's in brackets: (韩)NEWSis 首尔8月23日电.
    any_agency = f"(?:[（(][^\\W\\d_]{{1,2}}[）)])?(?P<agency>{alternation(names | set(registry().by_alias))})"
    # The wire whose story an agency relays, before "dispatch" (中央社華盛頓三日法新電): the credit is
    # the relaying agency's, the first, as in a joint credit.
    wire = f"(?:{known})"
    month, day = rf"(?P<month>[01]?\d|[{_HAN}十]{{1,2}})", rf"(?P<day>[0-3]?\d|[{_HAN}十{''.join(_SCORE_TENS)}]{{1,3}})"
    date = rf"(?:(?:(?P<year>(?:19|20|21)\d\d)\s*年\s*)?{month}\s*月\s*)?{day}\s*日"
    return (
        re.compile(
            rf"\s*(?:(?P<according>[据據])\s*)?(?:{any_agency}|(?P<site>[^\W\d_]{{2,8}}?[网網报報社媒])(?![网網])(?:-[^\W\d_]{{2,10}})?)"
            rf"\s*(?:[/／]\s*)?(?P<place>[^\W\d_]{{0,12}}?)\s*(?:{date}{_CLOCK}?(?:\s*(?P<after>[^\W\d_]{{1,12}}?))??|{_TODAY})?"
            rf"\s*(?:(?:新媒[体體]|[^\W\d_]{{2}}(?=[专專]))?[专專]?{_DISPATCH}|消息|[快专專]?[讯訊]|(?(day)(?:{_ROUNDUP}|[-－–—](?=\s))|(?!)))"
            rf"\s*(?:[（(][^）)]{{0,60}}[）)])?\s*(?:{_REPORTERS_REPORT}|{_REPORTERS_NAMED})?"
            r"(?:(?P<source>[^\W\d_]{1,8}?)消息[:：]\s*)?[:：,，/／|｜]?\s*"
        ),
        re.compile(
            rf"\s*[《【]\s*{agency}\s*(?:{_TIME_ZONE}|(?P<place>[^\W\d_]{{0,12}}?))\s*(?:{date})?"
            r"\s*(?:[专專]?(?:[讯訊]|[电電])|消息|文章|(?:[综綜]合)?[报報][道导導])?\s*[》】]\s*"
            rf"{_REPORTERS}?"
        ),
        re.compile(
            rf"\s*【\s*(?P<place>[^\W\d_]{{1,12}}?)\s*[=＝]\s*"
            rf"(?:{agency}\s*】|[^】=＝]{{1,16}}(?:、[^】=＝]{{1,12}}[=＝][^】=＝]{{1,16}})*】)\s*"
        ),
        re.compile(
            rf"\s*[（(]\s*(?:{agency}\s*(?P<reporter>[记記]者[^\W\d_]{{2,4}}?(?:[、，,][^\W\d_]{{2,4}}?)*)?)?"
            rf"\s*(?P<place>(?:[^\W\d_]{{1,8}}?[·・])?[^\W\d_]{{0,12}}?(?:[/／、][^\W\d_]{{1,12}}?)?)\s*(?:{date})?"
            rf"\s*(?:[综綜]合[电電讯訊]|[采採][访訪][报報][导導道]|(?(day)(?:{wire}?[专專]?[电電]|[讯訊]|{_ROUNDUP})|(?!)))\s*[）)]\s*"
        ),
        re.compile(rf"\s*【\s*(?P<place>[^\W\d_]{{1,12}}?)\s*(?:{date})?\s*{agency}\s*】\s*"),
        # A known place run into the agency, then maybe the day and "dispatch", in either
        # bracket: 【香港中通社七日電】, CNA's Japanese service's (基隆中央社).
        re.compile(
            rf"\s*[【（(]\s*(?P<city>[^\W\d_]{{1,12}}?)\s*{agency}\s*(?:{date})?\s*(?:[专專]?{_DISPATCH}|[讯訊])?\s*[】）)]\s*"
        ),
        # The agency, a known place run into it and a dash, as VNA's Chinese service prints them: 越通社河内——.
        re.compile(rf"\s*{agency}\s*(?P<city>[^\W\d_]{{1,12}}?)\s*[-－–—―]{{1,2}}\s*"),
        # KCNA's, in Korean: the place, the day "from" (발), the agency: (평양 7월 23일발 조선중앙통신).
        re.compile(rf"\s*[（(]\s*(?P<place>[가-힣]{{1,8}})\s+{_KOREAN_DATE}발\s*{agency}\s*[）)]\s*"),
        # The place and its day with no agency: 【ロサンゼルス 8月1日】, 【ロサンゼルス8日】.
        re.compile(rf"\s*【\s*(?P<place>[^\W\d_]{{1,12}}?)\s*{date}\s*】\s*"),
        re.compile(
            rf"\s*[\[［]\s*(?:(?P<place>[^\W\d_]{{1,12}}?)\s+)?(?:{date})?\s*{agency}\s*[\]］]\s*(?:[-－–—]\s*)?"
        ),
        re.compile(
            rf"\s*[（(\[［]\s*(?P<place>[^\W\d_]{{1,12}}?)(?:\s+{_RELAYED})?\s*=\s*"
            rf"(?:{agency}|(?P<site>(?!{_REPORTER}\s*[）)\]］])[가-힣][가-힣\d ]{{0,10}}?))"
            rf"\s*[）)\]］]\s*(?:[^\W\d_][^=()|]{{0,40}}?{_ROLE}\s*"
            r"(?:=|$|\|\s*(?:(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d))?[^\n]{0,20}?송고)\s*)?"
        ),
        # The place, then the paper the registry knows and its reporter: [이천=스포츠조선 이종서 기자].
        re.compile(rf"\s*[\[［]\s*(?P<place>[^\W\d_]{{1,8}}?)\s*=\s*{agency}\s+[^\W\d_]{{2,4}}\s*{_ROLE}\s*[\]］]\s*"),
        # A paper's name, then its reporter's, maybe after the place he filed from: [OSEN=강서정 기자],
        # [OSEN=대전, 지형준 기자]. A city there is the place: [서울=홍길동 기자].
        re.compile(
            rf"\s*[\[［]\s*(?P<outlet>[^\W\d_][^\]］=,\n]{{0,12}}?)\s*=\s*(?:(?P<place>[^\W\d_]{{1,8}}?)\s*,\s*)?"
            rf"{_REPORTER}\s*[\]］]\s*"
        ),
        # A reporter's credit in square or round brackets, maybe their desk's: [스포츠조선 안소윤 기자],
        # (임락근 정치부 기자).
        re.compile(
            r"\s*[\[［(（]\s*(?:[^\W\d_][^\]］)）=\n]{0,12}?\s*=\s*)?(?:(?P<place>[^\W\d_]{1,8}?)\s*,\s*)?"
            rf"(?:{agency}\s+)?[^\]］)）=\n]{{1,20}}?{_ROLE}\s*[\]］)）]\s*"
        ),
        re.compile(
            rf"\s*[〔【\[［(（《]\s*[^{_SLASHES}〕】\]］)）》\n]{{2,12}}[{_SLASHES}]\s*(?:[综綜]合|(?P<place>[^\W\d_]{{1,12}}?))\s*"
            r"(?:[报報][导導]|[讯訊])\s*[〕】\]］)）》]\s*"
        ),
        # The same credit with no brackets, a reporter's or reporters' (記者侯俐安、楊竣傑/台北報導) or a
        # desk's roundup's (即時中心/綜合報導), on a line of its own maybe closed by the paper's name
        # (特派記者賴錦宏/北京報導聯合報), or before the lede, maybe with a backslash (鄭建勳\臺中報導 臺中市政府…),
        # maybe with a space after the word for reporter (記者 陳偉傑/台東報導).
        re.compile(
            rf"\s*[^\W\d_](?:[^\W\d_]|、(?=[^\W\d_])|(?<=[记記]者) ){{1,15}}?"
            rf"[{_SLASHES}]\s*(?:[综綜]合|(?P<place>[^\W\d_]{{1,8}}?))\s*[报報][导導]\s*"
            r"(?:[^\W\d_]{1,6}?[报報]\s*$)?"
        ),
        re.compile(rf"\s*【\s*{date}\s*(?P<agency>{alternation(registry().by_alias)})\s*】\s*"),
        re.compile(rf"\s*[\[［]\s*(?P<site>[가-힣]{{1,8}}(?:{_KOREAN_OUTLETS}))\s*[\]］]\s*"),
        # A site's name of any letters, then the day and "news" (IT之家9月30日消息), or a known
        # place and "report" (東亜信息網5月23日東京报道).
        re.compile(
            rf"\s*(?P<site>[^\W\d_][\w]{{1,10}}?)\s*{date}\s*"
            rf"(?:消息|[讯訊]|{_DISPATCH}|(?P<reported>[^\W\d_]{{1,8}}?)[报報][道导導])"
            r"\s*(?:[（(][^）)]{0,60}[）)]\s*)?[:：,，]?\s*"
        ),
        # An outlet's news in round brackets, or a city's (where the news came from): (澳門電台消息).
        re.compile(r"\s*[（(]\s*(?P<outlet>[^\W\d_]{2,10}?)\s*消息\s*[）)]\s*"),
        # A paper's name and the day of the edition it ran in: ニッケイ新聞 2010年2月25日付け, or the
        # day alone before a space: ニッケイ新聞 2014年1月14日 12月の…
        re.compile(rf"\s*(?P<site>[^\W\d_]{{2,10}}?(?:新聞|新闻|日報|日报))\s*{date}(?:\s*付け?\s*|\s+)"),
        # A site or paper in lenticular brackets, maybe with "news" or its special report, then maybe
        # its reporters: 【财新网】（记者 …）, 【文匯網訊】, 【菲龙网专讯】.
        re.compile(rf"\s*【\s*(?P<site>[^\W\d_]{{2,8}}?[网網报報])\s*(?:[专專快]?[讯訊]|消息)?\s*】\s*{_REPORTERS}?"),
        # A desk's label there: its special report, flash or roundup (【特訊】, 【娛樂綜合報導】), or a
        # paper's roundup under a name of up to six characters (【缅甸金凤凰综合报道】), no agency's; a
        # city's is the place the news came from (【北京訊】).
        re.compile(r"\s*【\s*(?P<desk>[^\W\d_]{0,6}?)\s*(?:[特专專快]?[讯訊]|(?:[综綜]合)?[报報][导導道])\s*】\s*"),
        re.compile(rf"\s*【\s*{agency}\s*(?:[驻駐][^\W\d_]{{1,8}}?)?(?:特约|特約|特派)?[记記]者[^】]{{1,40}}】\s*"),
        # A Japanese paper's place and reporter with no mark or a middle dot between them
        # (【ワシントン西田進一郎】, 【北京・川原田健雄】): read only where the place is known.
        re.compile(r"\s*【\s*(?P<byline>[^\W\d_]{1,12}?・?[\u4e00-\u9fff]{2,6})\s*】\s*"),
    )


def read_cjk(folded: Folded) -> Reading | None:
    """The dateline of one of :func:`_patterns`' forms opening ``folded``, or None. After a
    paper's own report stamp in lenticular brackets, the dateline of the agency it reprints is
    the story's: ``【大纪元8月29日报导】(中央社记者吴素柔台北二十九日电)``."""
    if not _EAST_ASIAN.search(folded.text, 0, _OPENING):
        return None  # every form names its agency or place in these scripts near the start
    stamp = _REPRINT_STAMP.match(folded.text)
    reprinted = _read_at(folded.text, stamp.end()) if stamp is not None else None
    if reprinted is not None and reprinted.agency is not None:
        if reprinted.dates:
            return reprinted
        # A reporter's credit giving no day takes the stamp's: 【大纪元2023年05月24日讯】(大纪元记者林哲香港采访报导)
        own = _read_at(folded.text, 0)
        return reprinted._replace(dates=own.dates) if own is not None else reprinted
    return _read_at(folded.text, len(folded.text) - len(folded.text.lstrip(ORNAMENTS)))  # ○本报讯 记者 …


def _read_at(text: str, start: int) -> Reading | None:
    """The dateline of one of :func:`_patterns`' forms at ``text[start:]``, or None."""
    match = next(filter(None, (pattern.match(text, start) for pattern in _patterns())), None)
    if not match:
        return None
    dates: tuple[DateMatch, ...] = ()
    found = match.groupdict()
    numbers = {name: _number(found[name]) for name in ("year", "month", "day") if found.get(name)}
    year, month, day = (numbers.get(name) for name in ("year", "month", "day"))
    readable = None not in numbers.values()  # a numeral that writes no number dates nothing
    if readable and day is not None and possible_day(day) and (month is None or 1 <= month <= 12):
        dates = (DateMatch(*match.span("day"), "gregorian", year, month, day),)
    place = None
    if found.get("byline"):
        place = _city_before_reporter(text, *match.span("byline"))
        if place is None:
            return None
    elif found.get("reporter"):
        place = _city_after_reporter(text, match.start("reporter") + 2, match.end("place"))
    elif found.get("place"):
        if found.get("site") and found.get("according") and not _names_city(found["place"]):
            return None  # "according to" a paper the registry lacks and no place: 据锡林郭勒日报微博消息, a sentence's
        place = match.span("place")
    elif found.get("city"):
        if not _names_city(found["city"]):
            return None
        place = match.span("city")
    elif found.get("after") and _names_city(found["after"]):
        place = match.span("after")  # the place after the day: 中国台湾网11月16日北京讯
    elif found.get("source"):
        place = match.span("source")  # 新华社17日讯 巴黎消息: names the place the news came from
    elif found.get("reported"):
        if not _names_city(found["reported"]):
            return None  # 北京5月23日电视台报道: "a television station reported" is the story's words
        place = match.span("reported")
    credit = found.get("agency")
    agency = match.span("agency") if credit and not is_generic_credit(credit) else None
    if found.get("site"):
        if found["site"] in city_names():
            return None  # a city, not a site: 北京11月7日电视台报道 is the story's words
        agency = match.span("site")  # a site or paper the registry lacks: 香港新聞網, 뉴스핌
    if found.get("desk") and _names_city(found["desk"]):
        place = match.span("desk")
    if found.get("outlet"):
        if _names_city(found["outlet"]):
            place = place or match.span("outlet")
        else:
            agency = match.span("outlet")  # a paper the registry may lack: [OSEN=강서정 기자]
    return Reading(match.end(), place, agency, dates)


def _city_after_reporter(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The place at the end of a reporter's name run into it (記者張三台北, 記者江今葉華盛頓): the
    longest end of ``text[start:end]`` that CLDR names as a city or country, or GeoNames as a
    place; None rather than a guess."""
    for cut in range(start + 1, end):
        if _names_city(text[cut:end]):
            return cut, end
    return None


def _names_city(name: str) -> bool:
    """Whether folded ``name`` is a city or country CLDR names, or a place GeoNames knows, maybe
    with the word for its county or city after it (台東縣, Taitung County: 台東)."""
    return _known_city(name) or (len(name) > 2 and name[-1] in _DIVISION_WORDS and _known_city(name[:-1]))


def _known_city(name: str) -> bool:
    return name in city_names() or is_place(name)


#: The words after a Chinese place's name that say what it is: county (縣, 县) or city (市).
_DIVISION_WORDS = frozenset("縣县市")


#: What ends a paper's or agency's name, not a reporter's: 报 (paper), 网 (site), 社 (agency),
#: 讯 and 电 (news, dispatch), 者 (of 记者, reporter), 台 (station).
_NOT_A_NAME = re.compile(r"[报報网網社讯訊电電者台]")


def _city_before_reporter(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The place opening ``text[start:end]`` before a reporter's name of two to six Han
    characters, maybe after a middle dot (ワシントン西田進一郎, 北京・川原田健雄): the longest
    start that CLDR names as a city or GeoNames as a place; None rather than a guess."""
    for cut in range(end - 2, start, -1):
        name = text[cut:end]
        head = text[start:cut].removesuffix("・")
        if len(name) > 6 or _NOT_A_NAME.search(name):
            return None
        if _names_city(head):
            return start, start + len(head)
    return None


def _number(text: str) -> int | None:
    """A number in figures or Han numerals up to 99: ``7``, ``七``, ``十一``, ``二十一``, ``廿六``,
    or Han numerals written as figures, digit by digit (``二五``, 25, as ``二〇二五年`` writes a
    year); None for numerals that write no number (``十十``, ``廿十``), which a page's typo or
    a sentence's words may print where a day stands."""
    if text.isdigit():
        return int(text)
    if all(char in _HAN for char in text):
        return int("".join(str(_HAN.index(char)) for char in text))
    if text[:1] in _SCORE_TENS:
        tens_value: int | None = _SCORE_TENS[text[0]]
        units_value = _han_digit(text[1:]) if text[1:] else 0
    else:
        tens, _, units = text.rpartition("十")
        tens_value = _han_digit(tens) if tens else 1
        units_value = _han_digit(units) if units else 0
    return None if tens_value is None or units_value is None else 10 * tens_value + units_value


def _han_digit(text: str) -> int | None:
    """The value of one Han numeral from 〇 to 九, or None for anything else."""
    return _HAN.index(text) if len(text) == 1 and text in _HAN else None

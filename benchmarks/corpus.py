"""A reproducible corpus of wire articles for benchmarks, and the same stories as a Hugo site.

Six languages (Arabic, English, French, Chinese, Russian, Spanish), the dateline styles of
several agencies, 300-800 words each, spread over the days before 2025-11-10. The same seed
always gives the same files, byte for byte.

    python benchmarks/corpus.py --count 10000 --out /tmp/corpus --hugo /tmp/hugo-site
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

END = dt.datetime(2025, 11, 10, 12, 0, tzinfo=dt.UTC)
SPAN_DAYS = 400

WORDS = {
    "ar": (
        "قال أكد أعلن الرئيس الحكومة الوزير المسؤولون البلدين التعاون الأمني الاقتصادي مجلس الوزراء "
        "اجتماع مشاورات العلاقات الدولية المنطقة السلام الاستقرار التنمية المشاريع القطاع الخاص "
        "الاستثمار الطاقة النفط الغاز الكهرباء المياه الزراعة الصحة التعليم الشباب المرأة البرلمان "
        "الانتخابات القانون الدستور المحكمة الشرطة الجيش الحدود اللاجئين المساعدات الإنسانية العاصمة "
        "المدينة المحافظة الشعب المواطنين في من إلى على مع بين خلال بعد قبل حول وفق إن أن التي الذي"
    ).split(),
    "en": (
        "the government said on Friday that officials would meet next week to discuss security trade "
        "cooperation between both countries ministers agreed a new framework for investment energy oil "
        "gas prices markets rose fell percent economy growth inflation central bank interest rates "
        "parliament election vote law court police army border refugees aid humanitarian capital city "
        "province people citizens in of to and with for after before during according statement spokesman"
    ).split(),
    "fr": (
        "le gouvernement a annoncé vendredi que les responsables se réuniront la semaine prochaine pour "
        "discuter de la sécurité du commerce et de la coopération entre les deux pays les ministres ont "
        "convenu d'un nouveau cadre pour l'investissement l'énergie le pétrole le gaz les prix les marchés "
        "ont augmenté baissé pour cent l'économie la croissance l'inflation la banque centrale les taux "
        "le parlement l'élection le vote la loi la cour la police l'armée la frontière les réfugiés l'aide"
    ).split(),
    "zh": list(
        "中国政府表示双方将在下周举行会谈讨论安全贸易合作问题部长们同意建立新的投资能源石油天然气价格市场上涨下降百分之经济增长"
        "通货膨胀中央银行利率议会选举投票法律法院警察军队边境难民援助人道主义首都城市省份人民公民发言人声明根据"
    ),
    "ru": (
        "правительство заявило в пятницу что официальные лица встретятся на следующей неделе чтобы обсудить "
        "безопасность торговлю и сотрудничество между двумя странами министры согласовали новую рамку для "
        "инвестиций энергетики нефти газа цены рынки выросли снизились процентов экономика рост инфляция "
        "центральный банк ставки парламент выборы голосование закон суд полиция армия граница беженцы помощь"
    ).split(),
    "es": (
        "el gobierno anunció el viernes que los responsables se reunirán la próxima semana para discutir "
        "la seguridad el comercio y la cooperación entre ambos países los ministros acordaron un nuevo marco "
        "para la inversión la energía el petróleo el gas los precios los mercados subieron bajaron por ciento "
        "la economía el crecimiento la inflación el banco central las tasas el parlamento la elección el voto"
    ).split(),
}
PLACES = {
    "ar": ["بغداد", "القاهرة", "الرياض", "دمشق", "عمان", "بيروت", "الكويت", "الدوحة", "الجزائر", "تونس"],
    "en": ["BAGHDAD", "LONDON", "WASHINGTON", "BEIJING", "NEW YORK", "CAIRO", "TOKYO", "NEW DELHI"],
    "fr": ["PARIS", "BRUXELLES", "GENÈVE", "ALGER", "RABAT", "DAKAR", "MONTRÉAL"],
    "zh": ["北京", "上海", "华盛顿", "东京", "莫斯科", "开罗", "巴黎"],
    "ru": ["МОСКВА", "ПЕКИН", "КИЕВ", "МИНСК", "АСТАНА", "ТАШКЕНТ"],
    "es": ["MADRID", "BUENOS AIRES", "LA HABANA", "LIMA", "BOGOTÁ", "MÉXICO"],
}
AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
EN_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
ES_MONTHS = "ene feb mar abr may jun jul ago sep oct nov dic".split()


@dataclass(frozen=True)
class Story:
    """One generated story, ready to be written as wire copy or as Hugo Markdown."""

    id: str
    language: str
    published: dt.datetime
    headline: str
    dateline: str
    paragraphs: list[str]
    front_matter: bool


DATELINES = {
    "ar": [
        "{place} {day} {ar_month} {year} (شينخوا)",
        "{place} - {day} - {month} (كونا) --",
        "{place} (رويترز) -",
    ],
    "en": [
        "{place}, {en_month} {day} (Xinhua) --",
        "{place}, {en_month_bare} {day} (Reuters) -",
        "{place} (AP) —",
    ],
    "fr": ["{place_title}, {day} {fr_month} (AFP) -"],
    "zh": ["新华社{place}{month}月{day}日电"],
    "ru": ["{place}, {day} {ru_month}. /ТАСС/."],
    "es": ["{place}, {day} {es_month} (EFE).-"],
}


def _dateline(rng: random.Random, language: str, when: dt.datetime) -> str:
    place = rng.choice(PLACES[language])
    styles = DATELINES[language]
    style = styles[rng.randrange(len(styles))] if len(styles) > 1 else styles[0]
    month = when.month - 1
    return style.format(
        place=place,
        place_title=place.title(),
        day=when.day,
        month=when.month,
        year=when.year,
        ar_month=AR_MONTHS[month],
        en_month=EN_MONTHS[month],
        en_month_bare=EN_MONTHS[month].rstrip("."),
        fr_month=FR_MONTHS[month],
        ru_month=RU_MONTHS[month],
        es_month=ES_MONTHS[month],
    )


def _sentence(rng: random.Random, language: str) -> str:
    words = WORDS[language]
    if language == "zh":
        return "".join(rng.choice(words) for _ in range(rng.randint(12, 30))) + "。"
    sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 18)))
    return sentence[0].upper() + sentence[1:] + "."


def generate(count: int, seed: int = 7) -> list[Story]:
    """``count`` stories; the same ``seed`` always gives the same stories."""
    rng = random.Random(seed)
    stories = []
    for index in range(count):
        language = rng.choice(list(WORDS))
        when = END - dt.timedelta(minutes=rng.randrange(SPAN_DAYS * 24 * 60))
        words = rng.randint(300, 800)
        paragraphs: list[str] = []
        total = 0
        while total < words:
            paragraph = " ".join(_sentence(rng, language) for _ in range(rng.randint(2, 4)))
            paragraphs.append(paragraph)
            total += len(paragraph) // 2 if language == "zh" else len(paragraph.split())
        headline = _sentence(rng, language).rstrip(".。")[:90]
        dateline = _dateline(rng, language, when)
        needs_published = "(AP)" in dateline or "(رويترز)" in dateline
        stories.append(
            Story(
                id=f"{when:%Y%m%d}-{language}-{index:06d}",
                language=language,
                published=when,
                headline=headline,
                dateline=dateline,
                paragraphs=paragraphs,
                front_matter=needs_published or rng.random() < 0.3,
            )
        )
    return stories


def wire_text(story: Story) -> str:
    """The story as a feedpub article file."""
    head = ""
    if story.front_matter:
        head = f"---\ndatePublished: {story.published.isoformat()}\nkeywords: [benchmark, {story.language}]\n---\n"
    separator = "" if story.language == "zh" else " "
    first = f"{story.dateline}{separator}{story.paragraphs[0]}"
    return head + "\n".join([story.headline, first, *story.paragraphs[1:]]) + "\n"


def hugo_markdown(story: Story) -> str:
    """The same story as a Hugo content file."""
    title = story.headline.replace('"', "'")
    body = "\n\n".join([f"{story.dateline} {story.paragraphs[0]}", *story.paragraphs[1:]])
    return f'---\ntitle: "{title}"\ndate: {story.published.isoformat()}\n---\n\n{body}\n'


HUGO_CONFIG = """\
baseURL = "https://news.example.org/"
title = "Benchmark wire"
disableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]
[outputs]
home = ["HTML", "RSS"]
section = ["HTML", "RSS"]
[services.rss]
limit = 50
"""
HUGO_LAYOUTS = {
    "_default/single.html": "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head>"
    "<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n",
    "_default/list.html": "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>"
    '{{ range first 50 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}'
    "</ul></body></html>\n",
    "_default/rss.xml": '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    "<title>{{ .Site.Title }}</title><link>{{ .Permalink }}</link><description>{{ .Site.Title }}</description>"
    "{{ range first 50 .Pages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link>"
    '<guid>{{ .Permalink }}</guid><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate>'
    "<description>{{ .Content | html }}</description></item>{{ end }}</channel></rss>\n",
}


def write_corpus(stories: list[Story], out: Path) -> None:
    """Write the stories as feedpub articles under ``out/articles`` with a feedpub.toml."""
    articles = out / "articles"
    shutil.rmtree(out, ignore_errors=True)
    articles.mkdir(parents=True)
    for story in stories:
        (articles / f"{story.id}.txt").write_text(wire_text(story), encoding="utf-8")
    (out / "feedpub.toml").write_text(
        'title = "Benchmark wire"\ndescription = "Generated stories"\nbase_url = "https://news.example.org/"\n'
        'language = "en"\ntimezone = "UTC"\nentries = 50\n\n[publisher]\nname = "Benchmark"\n'
        'url = "https://news.example.org/"\n\n'
        '[[feeds]]\nname = "arabic"\ntitle = "Arabic"\nfilter = { language = "ar" }\n\n'
        '[[feeds]]\nname = "xinhua"\ntitle = "Xinhua"\nfilter = { agency = "xinhua" }\n',
        encoding="utf-8",
    )


def write_hugo_site(stories: list[Story], out: Path) -> None:
    """Write the same stories as a minimal Hugo site: HTML pages and RSS with full content."""
    shutil.rmtree(out, ignore_errors=True)
    posts = out / "content" / "posts"
    posts.mkdir(parents=True)
    for story in stories:
        (posts / f"{story.id}.md").write_text(hugo_markdown(story), encoding="utf-8")
    (out / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        path = out / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="folder for feedpub.toml and articles/")
    parser.add_argument("--hugo", type=Path, help="also write the stories as a Hugo site here")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    stories = generate(arguments.count, arguments.seed)
    write_corpus(stories, arguments.out)
    if arguments.hugo:
        write_hugo_site(stories, arguments.hugo)


if __name__ == "__main__":
    main()

"""Parsing whole files: the seed, front matter, paragraphs, JSON articles."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from feedpub.parse import parse_bytes, parse_file, parse_items
from feedpub.parse.frontmatter import split_front_matter
from feedpub.parse.identity import article_id, item_path, split_item
from feedpub.parse.wire import split_paragraphs
from feedpub.problems import Problem
from feedpub.report import to_json
from feedpub.validate import check_article
from tests.sites import DATA, GOLDEN

ARTICLES = DATA / "articles"


def test_seed_matches_golden(seed_path: Path, golden: Callable[[str, str], None]) -> None:
    """The seed's parsed JSON is byte-identical to the reviewed golden file."""
    parsed = parse_file(seed_path)
    assert parsed.problems == ()
    golden("seed.json", to_json(parsed.article, indent=2) + "\n")


def test_seed_facts(seed_path: Path) -> None:
    """The seed's headline, dateline, agency, language and body are exactly right."""
    article = parse_file(seed_path).article
    assert article is not None
    first_line = seed_path.read_text(encoding="utf-8").split("\n")[0]
    assert article["headline"] == first_line
    assert article["dateline"] == {"raw": "بغداد 7 نوفمبر 2025 (شينخوا)", "place": "بغداد", "date": "2025-11-07"}
    assert article["agency"] == {"id": "xinhua", "name": "شينخوا"}
    assert article["language"] == "ar"
    assert len(article["body"]) == 14
    assert article["body"][0].startswith("أكد مسؤولون أمريكيون")
    assert not any(article["dateline"]["raw"] in paragraph for paragraph in article["body"])


def test_front_matter_supplies_metadata() -> None:
    """Front matter keys land in the article; strings become author objects and keyword lists."""
    article = parse_file(ARTICLES / "valid" / "en-xinhua-front-matter.txt").article
    assert article is not None
    assert article["authors"] == [{"name": "Ahmed Rasheed"}]
    assert article["keywords"] == ["Iraq", "United States", "security"]
    assert article["datePublished"] == "2025-11-07T14:30:00+03:00"
    assert article["image"]["width"] == 1200
    assert article["dateline"]["date"] == "2025-11-07"
    assert article["language"] == "en"


def test_front_matter_keeps_timestamps_as_text() -> None:
    """YAML timestamps are not turned into datetime objects."""
    meta, rest = split_front_matter("---\ndatePublished: 2025-11-07T14:30:00+03:00\nid: 2025\n---\nH\n")
    assert meta == {"datePublished": "2025-11-07T14:30:00+03:00", "id": 2025}
    assert rest == "H\n"


def test_front_matter_overrides_language_and_agency(tmp_path: Path) -> None:
    """language and agency from front matter win over detection and the dateline."""
    file = tmp_path / "a.txt"
    file.write_text("---\nlanguage: en-GB\nagency: Reuters\n---\nH\nLONDON — Text of the story.\n", encoding="utf-8")
    article = parse_file(file).article
    assert article is not None
    assert article["language"] == "en-GB"
    assert article["agency"] == {"id": "reuters", "name": "Reuters"}


def test_json_article_is_read_as_is() -> None:
    """A .json article is the structured article itself, plus its source and id."""
    file = ARTICLES / "valid" / "fr-afp.json"
    article = parse_file(file).article
    assert article is not None
    raw = json.loads(file.read_text(encoding="utf-8"))
    assert {k: article[k] for k in raw} == raw
    assert article["source"] == {"file": "fr-afp.json", "encoding": "utf-8", "format": "json"}
    assert article["id"] == "fr-afp"


GOLDEN_JSONLD = next((GOLDEN / "site" / "articles").glob("*/*.jsonld"))


@pytest.mark.parametrize("suffix", [".jsonld", ".json"])
def test_a_built_pages_json_ld_reads_back_as_its_story(seed_path: Path, tmp_path: Path, suffix: str) -> None:
    """The NewsArticle JSON-LD feedpub writes for the seed, given back as an article under its
    own ending or as a .json file, parses to the seed's headline, dateline, agency, body and
    language (and keeps the publication time the build gave it, from the dateline's date in
    Xinhua's time zone)."""
    file = tmp_path / f"from-json-ld{suffix}"
    file.write_bytes(GOLDEN_JSONLD.read_bytes())
    again, seed = parse_file(file), parse_file(seed_path)
    assert again.article is not None
    assert seed.article is not None
    for key in ("headline", "dateline", "agency", "body", "language"):
        assert again.article[key] == seed.article[key], key
    assert again.article["datePublished"] == "2025-11-07T00:00:00+03:00"  # midnight in Baghdad
    assert check_article(again).problems == ()


def test_a_cms_news_article_json_ld_is_read_as_wire_copy(tmp_path: Path) -> None:
    """schema.org's terms fill feedpub's fields; the dateline is found in the text, and the
    credited organization is the agency when the dateline names none."""
    file = tmp_path / "cms-export.json"
    file.write_text(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "ReportageNewsArticle",
                "headline": "Talks resume in Baghdad",
                "articleBody": "BAGHDAD, Nov. 7 -- Talks resumed on Friday.\n\nA second paragraph.",
                "datePublished": "2025-11-07T10:00:00+03:00",
                "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en"},
                "author": [{"@type": "Person", "name": "Jane Doe"}, "John Roe"],
                "sourceOrganization": {"@type": "NewsMediaOrganization", "name": "Reuters"},
                "keywords": ["Iraq", "security"],
                "image": {"@type": "ImageObject", "url": "https://example.org/talks.jpg"},
                "description": "Talks resumed on Friday.",
            }
        ),
        encoding="utf-8",
    )
    parsed = parse_file(file)
    article = parsed.article
    assert article is not None
    assert article["dateline"]["raw"] == "BAGHDAD, Nov. 7 --"
    assert article["agency"] == {"id": "reuters", "name": "Reuters"}
    assert article["body"] == ["Talks resumed on Friday.", "A second paragraph."]
    assert article["language"] == "en"
    assert article["authors"] == [{"name": "Jane Doe"}, {"name": "John Roe"}]
    assert article["keywords"] == ["Iraq", "security"]
    assert article["image"] == {"url": "https://example.org/talks.jpg"}
    assert article["summary"] == "Talks resumed on Friday."
    assert check_article(parsed).problems == ()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"@type": "Recipe", "headline": "Soup", "articleBody": "Boil."}, "describes a Recipe, not a NewsArticle"),
        ({"@type": "NewsArticle", "headline": "Talks resume"}, "has no articleBody"),
        ({"headline": "Talks resume", "articleBody": "Talks resumed."}, 'give the story "@type": "NewsArticle"'),
    ],
)
def test_json_ld_that_is_no_story_says_why(document: dict[str, str], message: str, tmp_path: Path) -> None:
    file = tmp_path / "not-a-story.json"
    file.write_text(json.dumps({"@context": "https://schema.org/", **document}), encoding="utf-8")
    parsed = parse_file(file)
    assert parsed.article is None
    [problem] = parsed.problems
    assert message in problem.message


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("a\nb\n\n\nc\n\n", ["a", "b", "c"]),
        ("  a  \r\n", ["a"]),
        (
            "Headline\n\n"
            "BAGHDAD, Nov. 7 (Xinhua) -- Senior officials from both countries met\n"
            "on Friday to talk about the future of their security relations.\n\n"
            "They will meet again in the coming months, officials said after the\n"
            "meeting ended.\n",
            [
                "Headline",
                "BAGHDAD, Nov. 7 (Xinhua) -- Senior officials from both countries met on Friday to talk about"
                " the future of their security relations.",
                "They will meet again in the coming months, officials said after the meeting ended.",
            ],
        ),
        (  # no blank lines, wrapped at a width: a sentence goes on across a break
            "South Africa’s Zuma seeks calm at mines; rand falls\n"
            "PRETORIA, May 30 (Reuters) – South African President Jacob\n"
            "Zuma appealed on Thursday for a fair and speedy outcome to tense\n"
            "wage talks in the mining sector, but the rand fell further after\n"
            "his attempt to soothe investor concerns.\n",
            [
                "South Africa’s Zuma seeks calm at mines; rand falls",
                "PRETORIA, May 30 (Reuters) – South African President Jacob Zuma appealed on Thursday for a fair"
                " and speedy outcome to tense wage talks in the mining sector, but the rand fell further after his"
                " attempt to soothe investor concerns.",
            ],
        ),
        (  # a deck wrapped above the dateline stays a paragraph of its own
            "Spokesman covers many issues\n"
            "President of Presidency Council spokesman covers many\n"
            "issues in his press conference on Tuesday afternoon.\n"
            "Tripoli, 13 March 2018 (Lana) President of Presidency Council\n"
            "spokesman, Mohamed Al Salak held a press conference Tuesday.\n",
            [
                "Spokesman covers many issues",
                "President of Presidency Council spokesman covers many issues in his press conference on Tuesday"
                " afternoon.",
                "Tripoli, 13 March 2018 (Lana) President of Presidency Council spokesman, Mohamed Al Salak held a"
                " press conference Tuesday.",
            ],
        ),
        (  # a paragraph opening with a small letter after a sentence's end is one of its own
            "Headline\nBAGHDAD, Nov. 7 (Xinhua) -- Officials met on Friday to talk about trade.\n"
            "eBay said on Friday that its sales in the region rose by a tenth.\n",
            [
                "Headline",
                "BAGHDAD, Nov. 7 (Xinhua) -- Officials met on Friday to talk about trade.",
                "eBay said on Friday that its sales in the region rose by a tenth.",
            ],
        ),
        (  # lines that each open a sentence are paragraphs, however alike their lengths
            "Headline\nBERLIN, Feb 4 (Reuters) - Turkish Prime Minister Tayyip Erdogan said.\n"
            "The talks will go on in the spring, officials said on Monday.\n"
            "by Associated Press and others who wrote about it\n",
            [
                "Headline",
                "BERLIN, Feb 4 (Reuters) - Turkish Prime Minister Tayyip Erdogan said.",
                "The talks will go on in the spring, officials said on Monday.",
                "by Associated Press and others who wrote about it",
            ],
        ),
    ],
)
def test_paragraph_splitting(text: str, paragraphs: list[str]) -> None:
    """Lines are paragraphs; hard-wrapped blocks separated by blank lines are joined, and so are
    lines wrapped at a width with no blank lines, where a sentence goes on across a break."""
    assert split_paragraphs(text.replace("\r\n", "\n")) == paragraphs


def test_article_ids_are_slugs() -> None:
    """File names become URL slugs; names with no Latin letters get a stable hash."""
    assert article_id(Path("2025-11-07 Baghdad Talks.txt")) == "2025-11-07-baghdad-talks"
    assert article_id(Path("بغداد.txt")) == article_id(Path("other/بغداد.txt"))
    assert article_id(Path("بغداد.txt")).startswith("article-")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("مشاورات عراقية أمريكية في بغداد لبحث مستقبل العلاقات الأمنية", "ar"),
        ("گفتگوهای عراق و آمریکا در بغداد درباره آینده روابط امنیتی برگزار شد و دو طرف توافق کردند", "fa"),
        ("پاکستان کی حکومت نے آج نئے اقتصادی منصوبے کا اعلان کیا اور کہا کہ مذاکرات جاری رہیں گے", "ur"),
        ("הממשלה הודיעה היום על תוכנית כלכלית חדשה לשנה הבאה", "he"),
        # Central Kurdish, which CLD2 calls Kurdish; in Arabic script it is Sorani (tests/data/accuracy, arab13-041).
        (
            "لەلایەن ئەندامانی ئەنجومەنی پارێزگای سلێمانی بە نووسراوی فەرمی داوا لە هەڤاڵ ئەبوبەکر،"
            " پارێزگاری سلێمانی دەکرێت",
            "ckb",
        ),
        # Northern Kurdish (Kurmanji), which CLD2 reads as Uzbek (tests/data/accuracy, arabic37-017);
        # CLDR calls it ku. French naming a Turkish club, with ê and ş, is still French.
        (
            'Xizmên Girtiyan ku gotin, "Bingeha jiyanê edalet e", bertek nîşanî bêdengiya rayedaran a li'
            ' hemberî daxwazên xwe dan û gotin, "Ev dijminantiyeke çawa ye?"',
            "ku",
        ),
        (
            "Le club turc de Beşiktaş a annoncé vendredi le départ de son entraîneur, après une série de"
            " défaites en championnat.",
            "fr",
        ),
        ("ପ୍ରଥମଥର ପାଇଁ ଭୁବନେଶ୍ୱର ବାହାରେ ରାଜ୍ୟ କ୍ୟାବିନେଟ ବୈଠକ ବସିବ।", "or"),  # Odia, Odisha's papers
        ("中国外交部发言人7日表示，中方支持伊拉克维护国家安全与稳定。", "zh"),
        ("中國外交部發言人7日表示，中方支持伊拉克維護國家安全與穩定。", "zh-Hant"),
        ("日本政府は7日、新たな経済対策を発表した。", "ja"),
        ("한국 정부는 7일 새로운 경제 대책을 발표했다.", "ko"),
        ("Le gouvernement français a présenté vendredi son projet de budget pour l'année prochaine.", "fr"),
        ("Президент России заявил в пятницу, что переговоры продолжатся на следующей неделе.", "ru"),
        ("The government said on Friday that talks with its neighbours would resume next week.", "en"),
        ("Pulezidenti Yoweri Kaguta Museveni asabye ababaka okubuulira abantu baabwe ku nteekateeka.", "lg"),
        # CLD2 calls Filipino Tagalog (tl); CLDR, and so feedpub, calls it fil.
        ("Ayon sa Pangulo, ang mga mamamayan ay dapat maghanda sa pagdating ng bagyo sa susunod na linggo.", "fil"),
        # CLD2 gives up on this plain Russian unhinted; the script's hint lets it tell.
        (
            "Численность населения Ташкента составляет около 2,6 млн. Об этом заявил Президент Узбекистана"
            " Ислам Каримов в своем выступлении на внеочередной сессии Ташкентского областного Кенгаша.",
            "ru",
        ),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    """Each script and language is told apart, Persian and Urdu from Arabic included."""
    from feedpub.parse.language import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize(
    "character", ["\x00", "\x07", "\x0b", "\x7f", "\x85", "\ufdd0", "\ufffe", "\U0010ffff", "\ud800"]
)
def test_language_detection_reads_past_characters_the_detector_refuses(character: str) -> None:
    """CLD2 refuses control characters, noncharacters and surrogates; they never stop detection."""
    from feedpub.parse.language import detect_language

    text = f"The government said on Friday{character} that talks with its neighbours would resume next week."
    assert detect_language(text) == "en"


def test_language_detection_reads_text_in_angle_brackets() -> None:
    """Wire copy is plain text: words between < and > are read, not skipped as an HTML tag."""
    from feedpub.parse.language import detect_language

    text = "Reuters said <Президент России заявил в пятницу, что переговоры продолжатся на следующей неделе> today"
    assert detect_language(text) == "ru"


def test_a_detector_failure_gives_und(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever else CLD2 might refuse, the article gets und (and its warning), never a failed build."""
    import pycld2

    from feedpub.parse.language import detect_language

    def refuse(*arguments: object, **options: object) -> None:
        raise pycld2.error("input contains invalid UTF-8")

    monkeypatch.setattr("feedpub.parse.language.pycld2.detect", refuse)
    assert detect_language("The government said on Friday that talks would resume.") == "und"


def test_a_control_character_in_wire_copy_is_removed_with_a_warning(tmp_path: Path) -> None:
    """A bell character in the headline is taken out, and the story published with a warning saying where."""
    file = tmp_path / "bell.txt"
    file.write_text("Bell\x07 headline\nLONDON, Nov. 7 (Reuters) - British inflation fell.\n", encoding="utf-8")
    report = check_article(parse_file(file))
    assert report.article is not None
    assert report.is_valid()
    assert report.article["headline"] == "Bell headline"
    assert report.article["language"] == "en"
    assert report.problems == (
        Problem("/headline", "removed 1 character that XML cannot carry: U+0007 at character 5", "warning"),
    )


def test_undetermined_language_is_a_warning(tmp_path: Path) -> None:
    """Copy with no words to go by is tagged und, and the editor is told how to fix it."""
    file = tmp_path / "scores.txt"
    file.write_text("2:1\n3:0 4:2 1:1\n", encoding="utf-8")
    parsed = parse_file(file)
    assert parsed.article is not None
    assert parsed.article["language"] == "und"
    assert [(p.path, p.severity) for p in parsed.problems] == [("/language", "warning")]


def test_json_escapes_of_whole_characters_are_read(tmp_path: Path) -> None:
    """Both halves of a surrogate pair make one character; a lone half, even in a key, is removed by name."""
    paired = tmp_path / "paired.json"
    paired.write_text('{"headline": "Smile \\ud83d\\ude00", "body": ["x"]}', encoding="utf-8")
    article = parse_file(paired).article
    assert article is not None
    assert article["headline"] == "Smile \U0001f600"
    keyed = tmp_path / "keyed.json"
    keyed.write_text('{"headline": "H", "extra": {"b\\udc00d": 1}}', encoding="utf-8")
    parsed = parse_file(keyed)
    assert parsed.article is not None
    assert parsed.article["extra"] == {"bd": 1}
    assert parsed.problems == (
        Problem("/extra/bd", "removed 1 character that XML cannot carry: U+DC00 at character 2", "warning"),
    )
    parsed.problems[0].message.encode("utf-8")  # the message itself can be printed


def test_json_nested_past_the_recursion_limit_is_reported(tmp_path: Path) -> None:
    """Lists nested a hundred thousand deep are a problem with the file, not a crash."""
    deep = tmp_path / "deep.json"
    deep.write_text('{"headline": "H", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    parsed = parse_file(deep)
    assert parsed.article is None
    assert parsed.problems[0].message.startswith("the JSON nests lists and objects more than 32 deep")


#: A real NewsML-G2 message of three AP text items (see tests/data/SOURCES.md).
BATCH = DATA / "formats" / "newsml-g2" / "superdesk-ntb-ntb_newsml_g2.xml"


def test_each_item_of_a_file_is_an_article_at_its_own_path() -> None:
    """parse_items gives one article per text item, at <file>#<id>, its id its guid's slug and
    its source naming the item; parse_file of that path gives the same article."""
    found = parse_items(BATCH, BATCH.read_bytes())
    assert [parsed.item for parsed in found] == [
        "tag-ap-org-2011-5e565888b587889c5c8bd62b6164118c-text",
        "tag-ap-org-2011-b6d5d4eb781939b5fe8722f3fba28ee2-text",
        "tag-ap-org-2011-4db5f9c37aac8924db872ba5a7e287e6-text",
    ]
    for parsed in found:
        assert parsed.file == item_path(BATCH, parsed.item or "")
        assert parsed.article is not None
        assert parsed.article["id"] == parsed.item
        assert parsed.article["source"]["item"] == parsed.article["identifier"]
        assert split_item(parsed.file) == (BATCH, parsed.item)
        assert parse_file(parsed.file).article == parsed.article


def test_an_item_a_file_no_longer_holds_is_refused_naming_it(tmp_path: Path) -> None:
    """Asking a file for an item it does not hold is a problem naming the file and the item."""
    parsed = parse_file(item_path(BATCH, "tag-ap-org-2011-gone"))
    assert parsed.article is None
    assert parsed.problems[0].message == f"{BATCH.name} holds no item tag-ap-org-2011-gone any more"


def test_an_item_given_twice_is_read_once_with_a_warning() -> None:
    """Two items of one file with one guid: the first is read, and a warning says so."""
    data = BATCH.read_text(encoding="utf-8")
    start = data.index("<newsItem ")
    first = data[start : data.index("</newsItem>") + len("</newsItem>")]
    found = parse_items(BATCH, data.replace(first, first + first, 1).encode())
    assert len(found) == 3
    assert any("more than once" in problem.message for problem in found[0].problems)


def test_a_broken_item_leaves_its_siblings_whole() -> None:
    """An item without a headline is refused on its own; the others are read."""
    data = BATCH.read_text(encoding="utf-8")
    data = data.replace("Scripps Networks tops 4Q profit and revenue expectations", "")
    found = {parsed.item: parsed for parsed in parse_items(BATCH, data.encode())}
    broken = found.pop("tag-ap-org-2011-4db5f9c37aac8924db872ba5a7e287e6-text")
    assert broken.article is None
    assert "no headline" in broken.problems[0].message
    assert all(parsed.article is not None for parsed in found.values())


def test_a_fault_of_feedpubs_names_the_file_and_stops_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception feedpub did not mean to raise, while reading one file, is that file's
    problem, said with the error: the build goes on with the other files."""

    def broken(*_: object) -> None:
        raise ValueError("0 is not a day of any month")

    monkeypatch.setattr("feedpub.parse.wire.find_opening", broken)
    parsed = parse_bytes(Path("story.txt"), b"H\nBAGHDAD (AP) - Officials met.\n")
    assert parsed.article is None
    (problem,) = parsed.problems
    assert "feedpub failed to read this file (ValueError: 0 is not a day of any month)" in problem.message

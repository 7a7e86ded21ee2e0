"""Real consumers read every output: feedparser, RFC 4287's RELAX NG schema, pyld, JSON Feed 1.1."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest
import rnc2rng
from lxml import etree, html
from pyld import jsonld

from feedpub.build.site import build_site
from feedpub.config import load_config
from tests.sites import ARCHIVED, DATA, NOW, XSS_ARTICLE, XSS_HEADLINE, make_site, published_files

SCHEMA_ORG = "http://schema.org/"
CONTEXT = json.loads((DATA / "schemaorg-context.jsonld").read_text(encoding="utf-8"))
TERMS = set(CONTEXT["@context"])


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One built site shared by the consumer tests: the seed, the examples and a hostile headline."""
    root = tmp_path_factory.mktemp("site")
    config = make_site(root, {"xss.txt": XSS_ARTICLE})
    report = build_site(load_config(config), root / "public", reference_date=dt.date(2025, 11, 10))
    assert report.published == 6
    return root / "public"


def _xpath(node: Any, expression: str, **namespaces: str) -> list[Any]:
    """lxml's xpath, typed as the list it returns for node-set expressions."""
    found = node.xpath(expression, namespaces=namespaces or None)
    assert isinstance(found, list)
    return found


def _files(public: Path, name: str) -> list[Path]:
    return published_files(public, name)


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    """RFC 4287 Appendix B, converted from the compact syntax with rnc2rng."""
    rng = rnc2rng.dumps(rnc2rng.load(str(DATA / "atom.rnc")))
    rng = rng.replace('xmlns:local=""', "")  # an empty prefix binding is not XML; local:* still maps to ns=""
    return etree.RelaxNG(etree.fromstring(rng.encode("utf-8")))


def test_feedparser_reads_every_feed_without_complaint(public: Path) -> None:
    """Every RSS and Atom file parses with bozo 0 and complete entries."""
    feeds = _files(public, "rss.xml") + _files(public, "atom.xml")
    assert len(feeds) == 6
    for file in feeds:
        parsed = feedparser.parse(file.read_bytes())
        assert parsed.bozo == 0, (file, parsed.get("bozo_exception"))
        assert parsed.entries, file
        for entry in parsed.entries:
            assert entry.title, file
            assert entry.link, file
            assert entry.id, file
            assert entry.published_parsed, file
            if file.name == "atom.xml":
                assert "updated_parsed" in entry, file


def test_arabic_arrives_intact(public: Path) -> None:
    """The seed's Arabic headline and dateline come through feedparser unchanged."""
    seed = feedparser.parse((public / "feeds" / "xinhua" / "atom.xml").read_bytes())
    titles = [entry.title for entry in seed.entries]
    assert "مشاورات عراقية أمريكية في بغداد لبحث مستقبل العلاقات الأمنية" in titles
    [entry] = [e for e in seed.entries if e.title.startswith("مشاورات")]
    assert "بغداد 7 نوفمبر 2025 (شينخوا)" in entry.content[0].value
    assert entry.content[0].type == "text/html"


def test_every_atom_file_is_valid_rfc4287(public: Path, atom_schema: etree.RelaxNG) -> None:
    """Each atom.xml validates against the RELAX NG schema of RFC 4287."""
    for file in _files(public, "atom.xml"):
        document = etree.parse(str(file))
        assert atom_schema.validate(document), (file, atom_schema.error_log)


def test_relax_ng_check_is_not_a_rubber_stamp(atom_schema: etree.RelaxNG) -> None:
    """A feed without id and updated fails the schema."""
    broken = etree.fromstring(b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')
    assert not atom_schema.validate(broken)


def _load_context(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise AssertionError(f"unexpected network fetch of {url}")


def _keys(node: Any) -> Iterator[str]:
    """Every property name in a JSON(-LD) tree, keywords (@type, @id, ...) left out."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _keys(item)


def test_jsonld_expands_to_schema_org_terms(public: Path) -> None:
    """Every JSON-LD document expands with pyld, and every property is a defined schema.org term."""
    documents = _files(public, "*.jsonld")
    assert len(documents) == 6
    for file in documents:
        document = json.loads(file.read_text(encoding="utf-8"))
        unknown = set(_keys(document)) - TERMS
        assert not unknown, (file, unknown)
        expanded = jsonld.expand(document, {"documentLoader": _load_context})
        properties = set(_keys(expanded))
        assert properties, file
        assert all(p.startswith(SCHEMA_ORG) for p in properties), (file, properties)
        assert expanded[0]["@type"] == [SCHEMA_ORG + "NewsArticle"]


def test_embedded_jsonld_equals_the_file(public: Path) -> None:
    """The JSON-LD inside each article page is the same data as its .jsonld file."""
    for file in _files(public, "*.jsonld"):
        page = html.fromstring(file.with_suffix(".html").read_bytes())
        [script] = _xpath(page, '//script[@type="application/ld+json"]')
        assert json.loads(script.text) == json.loads(file.read_text(encoding="utf-8"))


def test_google_article_properties(public: Path) -> None:
    """headline, image when given, dates, author and publisher are present for Google."""
    document = json.loads(
        (public / "articles" / "2025-11-07" / "en-xinhua-front-matter.jsonld").read_text(encoding="utf-8")
    )
    for key in ("headline", "datePublished", "dateModified", "author", "publisher", "image", "dateline"):
        assert key in document, key
    assert document["author"] == [{"@type": "Person", "name": "Ahmed Rasheed"}]
    assert document["sourceOrganization"]["sameAs"] == "https://www.wikidata.org/wiki/Q204839"
    assert document["image"][0]["width"] == 1200
    assert document["dateline"] == "BAGHDAD, Nov. 7 (Xinhua)"


def test_json_feed_required_fields(public: Path) -> None:
    """Each feed.json has JSON Feed 1.1's version, title and items with id and content."""
    for file in _files(public, "feed.json"):
        feed = json.loads(file.read_text(encoding="utf-8"))
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["title"]
        assert feed["hubs"] == [{"type": "WebSub", "url": "https://hub.example.org/"}]
        for item in feed["items"]:
            assert item["id"]
            assert item.get("content_html") or item.get("content_text")
            dt.datetime.fromisoformat(item["date_published"])


def test_hostile_headline_stays_text_everywhere(public: Path) -> None:
    """A headline with </script>, ]]> and & is valid XML and JSON, and inert HTML."""
    for file in _files(public, "rss.xml") + _files(public, "atom.xml") + [public / "sitemap-news.xml"]:
        etree.parse(str(file))
    titles = [e.title for e in feedparser.parse((public / "rss.xml").read_bytes()).entries]
    assert XSS_HEADLINE in titles
    assert (
        json.loads((public / "articles" / "2025-11-06" / "xss.jsonld").read_text(encoding="utf-8"))["headline"]
        == XSS_HEADLINE
    )
    for page_file in [public / "articles" / "2025-11-06" / "xss.html", public / "index.html"]:
        page = html.fromstring(page_file.read_bytes())
        scripts = _xpath(page, "//script")
        assert all(s.get("type") == "application/ld+json" for s in scripts), page_file
        assert not _xpath(page, "//b"), page_file
    page = html.fromstring((public / "articles" / "2025-11-06" / "xss.html").read_bytes())
    assert page.findtext(".//h1") == XSS_HEADLINE


def test_pages_are_right_to_left_where_the_language_is(public: Path) -> None:
    """Arabic pages say lang="ar" dir="rtl"; others ltr; each links to its feeds."""
    page = html.fromstring(
        (public / "articles" / "2025-11-07" / "2025-11-07-baghdad-iraq-us-security-consultations.html").read_bytes()
    )
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    english = html.fromstring((public / "articles" / "2025-11-07" / "en-xinhua-front-matter.html").read_bytes())
    assert (english.get("lang"), english.get("dir")) == ("en", "ltr")
    links = _xpath(english, '//link[@rel="alternate"]/@type')
    assert {"application/rss+xml", "application/atom+xml", "application/feed+json"} <= set(links)


def test_entries_in_another_language_carry_xml_lang(public: Path) -> None:
    """Entries in another language than their feed's say theirs: in the Xinhua feed (Arabic and
    Chinese stories, so no feed language), each entry; in the Arabic-only feed, none."""
    root = etree.parse(str(public / "feeds" / "xinhua" / "atom.xml")).getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    languages = {
        e.findtext("{http://www.w3.org/2005/Atom}title"): e.get("{http://www.w3.org/XML/1998/namespace}lang")
        for e in root.iterfind("{http://www.w3.org/2005/Atom}entry")
    }
    assert languages["中国外交部就伊拉克局势表态"] == "zh"
    assert languages["مشاورات عراقية أمريكية في بغداد لبحث مستقبل العلاقات الأمنية"] == "ar"


def test_news_sitemap_covers_two_days(public: Path) -> None:
    """The news sitemap lists articles within two days of the newest, with language and title."""
    root = etree.parse(str(public / "sitemap-news.xml")).getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}
    assert len(_xpath(root, "//s:loc/text()", **ns)) == 6
    assert _xpath(root, "//n:language/text()", **ns)


def test_each_feed_declares_its_own_language(public: Path) -> None:
    """An English-only feed of an Arabic site says English to readers; a feed of mixed languages
    names none (entries say theirs); JSON Feed agrees."""
    english = feedparser.parse((public / "feeds" / "english" / "rss.xml").read_bytes())
    assert english.feed.language == "en"
    assert {entry.title for entry in english.entries}  # the filter kept some stories
    english_atom = etree.fromstring((public / "feeds" / "english" / "atom.xml").read_bytes())
    assert english_atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    mixed = feedparser.parse((public / "rss.xml").read_bytes())
    assert "language" not in mixed.feed
    mixed_atom = etree.fromstring((public / "atom.xml").read_bytes())
    assert mixed_atom.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    entry_languages = {
        entry.get("{http://www.w3.org/XML/1998/namespace}lang")
        for entry in mixed_atom.iterfind("{http://www.w3.org/2005/Atom}entry")
    }
    assert {"ar", "en", "fr"} <= entry_languages
    assert json.loads((public / "feeds" / "english" / "feed.json").read_text(encoding="utf-8"))["language"] == "en"
    assert "language" not in json.loads((public / "feed.json").read_text(encoding="utf-8"))


def test_an_image_reaches_every_output(public: Path) -> None:
    """A front-matter image is in RSS (enclosure and Media RSS), Atom (an enclosure link), and on
    the page with its caption and social-card tags, as feedparser and an HTML parser read them."""
    url = "https://news.example.org/img/baghdad.jpg"
    rss = feedparser.parse((public / "feeds" / "english" / "rss.xml").read_bytes())
    [entry] = [e for e in rss.entries if e.title == "Iraq, U.S. hold talks on future of security ties"]
    assert [(e.href, e.type) for e in entry.enclosures] == [(url, "image/jpeg")]
    assert entry.media_content == [
        {"url": url, "medium": "image", "type": "image/jpeg", "width": "1200", "height": "800"}
    ]
    atom = feedparser.parse((public / "feeds" / "english" / "atom.xml").read_bytes())
    [entry] = [e for e in atom.entries if e.title == "Iraq, U.S. hold talks on future of security ties"]
    assert [(e.href, e.type) for e in entry.enclosures] == [(url, "image/jpeg")]
    [page_file] = _files(public, "en-xinhua-front-matter.html")
    page = html.fromstring(page_file.read_bytes())
    [image] = _xpath(page, "//article/figure/img")
    assert (image.get("src"), image.get("alt"), image.get("width")) == (url, "Baghdad skyline", "1200")
    assert _xpath(page, "//figure/figcaption/text()") == ["Baghdad skyline"]
    meta = {m.get("property") or m.get("name"): m.get("content") for m in _xpath(page, "//head/meta[@content]")}
    assert meta["og:image"] == url
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:title"] == "Iraq, U.S. hold talks on future of security ties"


HISTORY = "http://purl.org/syndication/history/1.0"
ATOM_NS = "http://www.w3.org/2005/Atom"
MORE_STORIES = {
    f"more-{day}.txt": f"Story of the {day}th\nPARIS, Nov. {day} (AFP) - What happened on the {day}th.\n"
    for day in range(1, 6)
}


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of ten stories whose feeds show two entries each: its archive pages are full."""
    root = tmp_path_factory.mktemp("archived")
    config = make_site(root, MORE_STORIES, config=ARCHIVED)
    report = build_site(load_config(config), root / "public", reference_date=dt.date(2025, 11, 10), now=NOW)
    assert report.published == 10
    return root / "public"


def _link(document: etree._ElementTree, rel: str) -> str | None:
    found = _xpath(document, f"/*/a:link[@rel='{rel}']/@href | /rss/channel/a:link[@rel='{rel}']/@href", a=ATOM_NS)
    return str(found[0]) if found else None


def _local(public: Path, url: str) -> Path:
    return public / url.removeprefix("https://news.example.org/")


@pytest.mark.parametrize("feed", ["atom.xml", "rss.xml"])
def test_archive_pages_backfill_every_story(archived: Path, feed: str, atom_schema: etree.RelaxNG) -> None:
    """From the feed, prev-archive links lead through fh:archive pages (each with a current link
    back, read by feedparser, Atom ones valid RFC 4287) to every story the feed has published."""
    document = etree.parse(str(archived / feed))
    assert _xpath(document, "//fh:archive", fh=HISTORY) == []
    seen = {entry.id for entry in feedparser.parse((archived / feed).read_bytes()).entries}
    url, pages = _link(document, "prev-archive"), 0
    while url is not None:
        page = _local(archived, url)
        document = etree.parse(str(page))
        assert len(_xpath(document, "//fh:archive", fh=HISTORY)) == 1, page
        assert _link(document, "current") == f"https://news.example.org/{feed}"
        parsed = feedparser.parse(page.read_bytes())
        assert parsed.bozo == 0, (page, parsed.get("bozo_exception"))
        seen |= {entry.id for entry in parsed.entries}
        if feed == "atom.xml":
            assert atom_schema.validate(document), (page, atom_schema.error_log)
        url, pages = _link(document, "prev-archive"), pages + 1
    assert pages == 5
    assert len(seen) == 10


def test_json_feed_pages_backfill_every_story(archived: Path) -> None:
    """JSON Feed's next_url leads from feed.json through its archive pages to every story."""
    document = json.loads((archived / "feed.json").read_text(encoding="utf-8"))
    seen = set()
    while True:
        seen |= {item["id"] for item in document["items"]}
        if "next_url" not in document:
            break
        document = json.loads(_local(archived, document["next_url"]).read_text(encoding="utf-8"))
    assert len(seen) == 10


def test_a_full_archive_page_never_changes(tmp_path: Path) -> None:
    """New stories add pages; the full ones keep their very bytes and Last-Modified."""
    config = make_site(tmp_path, MORE_STORIES, config=ARCHIVED)
    site, out = load_config(config), tmp_path / "public"
    build_site(site, out, reference_date=dt.date(2025, 11, 10), now=NOW)
    first = (out / "archive" / "1.atom.xml").read_bytes(), (out / "archive" / "5.rss.xml").read_bytes()
    for day in (6, 7, 8):
        (site.articles / f"later-{day}.txt").write_text(
            f"Later {day}\nPARIS, Nov. {day} (AFP) - Later.\n", encoding="utf-8"
        )
        build_site(site, out, reference_date=dt.date(2025, 11, 10), now=NOW + dt.timedelta(hours=day))
    assert ((out / "archive" / "1.atom.xml").read_bytes(), (out / "archive" / "5.rss.xml").read_bytes()) == first
    assert (out / "archive" / "6.atom.xml").exists()
    assert not (out / "archive" / "7.atom.xml").exists()  # 13 stories: six full pages of two

"""Permanent places: a story's URL and id survive date corrections and renames; removed stories are gone."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import feedparser
from lxml import etree

from feedpub.build.site import build_site
from feedpub.build.tree import load_tree
from feedpub.config import SiteConfig, load_config
from tests.sites import DATA, NOW, make_site

REFERENCE = dt.date(2025, 11, 10)
PAGE = "articles/2025-11-07/zh-xinhua.html"
URL = "https://news.example.org/" + PAGE
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _build(site: SiteConfig, out: Path) -> None:
    build_site(site, out, reference_date=REFERENCE, now=NOW)


def _identities(out: Path) -> dict[str, set[str]]:
    """Every place a reader or aggregator identifies the stories by."""
    atom = feedparser.parse((out / "feeds" / "xinhua" / "atom.xml").read_bytes())
    rss = etree.parse(str(out / "feeds" / "xinhua" / "rss.xml"))
    feed = json.loads((out / "feeds" / "xinhua" / "feed.json").read_text(encoding="utf-8"))
    sitemap = etree.parse(str(out / "sitemap-news.xml"))
    return {
        "atom id": {entry.id for entry in atom.entries},
        "rss guid": {guid.text or "" for guid in rss.iterfind("channel/item/guid")},
        "json feed id": {item["id"] for item in feed["items"]},
        "sitemap loc": {loc.text or "" for loc in sitemap.iter(f"{SITEMAP}loc")},
    }


def _canonical(out: Path, page: str) -> str:
    document = etree.parse(str(out / page), etree.HTMLParser())
    link = document.find(".//link[@rel='canonical']")
    assert link is not None
    return link.get("href") or ""


def test_a_corrected_dateline_date_keeps_the_page_url_and_ids(tmp_path: Path) -> None:
    """Correcting a published story's date leaves its page, canonical URL, Atom id, guid,
    JSON Feed id and sitemap loc where its first publication put them."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out)
    assert all(URL in found for found in _identities(out).values())
    (site.articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月8日电 更正后的内容。\n", encoding="utf-8")
    _build(site, out)
    assert "更正后的内容" in (out / PAGE).read_text(encoding="utf-8")
    assert not (out / "articles" / "2025-11-08" / "zh-xinhua.html").exists()
    assert _canonical(out, PAGE) == URL
    for name, found in _identities(out).items():
        assert URL in found, name


def test_a_renamed_file_keeps_its_place_and_nothing_is_gone(tmp_path: Path) -> None:
    """The same bytes under a new file name (a new id from the name) are the same story."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out)
    (site.articles / "zh-xinhua.txt").rename(site.articles / "2025-11-07-xinhua-beijing.txt")
    _build(site, out)
    tree = load_tree(out)
    assert (out / PAGE).exists()
    assert not (out / "articles" / "2025-11-07" / "2025-11-07-xinhua-beijing.html").exists()
    assert not tree.gone(PAGE)
    assert all(URL in found for found in _identities(out).values())


def test_a_front_matter_id_keeps_its_place_through_a_rename_and_an_edit(tmp_path: Path) -> None:
    """A story whose front matter gives its id keeps its place whatever its file is called."""
    story = "---\nid: beijing-talks\n---\nTalks\nBEIJING, Nov. 7 (Xinhua) - Talks began.\n"
    site = load_config(make_site(tmp_path, {"talks.txt": story}))
    out = tmp_path / "public"
    _build(site, out)
    (site.articles / "talks.txt").unlink()
    (site.articles / "talks-corrected.txt").write_text(story.replace("Nov. 7", "Nov. 8"), encoding="utf-8")
    _build(site, out)
    assert (out / "articles" / "2025-11-07" / "beijing-talks.html").exists()
    assert not load_tree(out).gone("articles/2025-11-07/beijing-talks.html")


def test_a_removed_story_is_gone_with_a_tombstone(tmp_path: Path) -> None:
    """A removed story's files are listed gone in the build and leave a tombstone for nginx;
    a new file named like the old one is taken for the same story and brings it back."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out)
    text = (site.articles / "zh-xinhua.txt").read_text(encoding="utf-8")
    (site.articles / "zh-xinhua.txt").unlink()
    _build(site, out)
    tree = load_tree(out)
    assert not (out / PAGE).exists()
    assert tree.gone(PAGE)
    assert tree.gone(PAGE.replace(".html", ".jsonld"))
    assert (out / (PAGE + ".gone")).exists()
    assert not tree.gone("articles/2025-11-07/fr-afp.html")
    assert not tree.gone("articles/2025-11-07/never-published.html")
    (site.articles / "zh-xinhua.txt").write_text(text.replace("电", "电 "), encoding="utf-8")
    _build(site, out)
    assert (out / PAGE).exists()
    assert not load_tree(out).gone(PAGE)
    assert not (out / (PAGE + ".gone")).exists()


def test_a_renamed_and_edited_file_is_a_new_story(tmp_path: Path) -> None:
    """Another name and other bytes: a new story at a new place, and the old one gone."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out)
    text = (site.articles / "zh-xinhua.txt").read_text(encoding="utf-8")
    (site.articles / "zh-xinhua.txt").unlink()
    (site.articles / "zh-beijing.txt").write_text(text + "另一段。\n", encoding="utf-8")
    _build(site, out)
    assert (out / "articles" / "2025-11-07" / "zh-beijing.html").exists()
    assert load_tree(out).gone(PAGE)


def test_a_new_story_never_takes_a_renamed_storys_place(tmp_path: Path) -> None:
    """A new story whose own place a renamed story holds is published beside it."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out)
    text = (site.articles / "zh-xinhua.txt").read_text(encoding="utf-8")
    (site.articles / "zh-xinhua.txt").rename(site.articles / "zh-renamed.txt")
    _build(site, out)
    (site.articles / "zh-xinhua.txt").write_text(text.replace("新华社", "新华社 "), encoding="utf-8")
    _build(site, out)
    assert (out / PAGE).exists()
    assert (out / "articles" / "2025-11-07" / "zh-xinhua-2.html").exists()


def test_a_url_off_the_site_warns(tmp_path: Path) -> None:
    """A front-matter url outside base_url becomes the link and id, with a warning saying so."""
    story = "---\nurl: https://elsewhere.example.com/story\n---\nElsewhere\nPARIS, Nov. 7 (AFP) - A story.\n"
    site = load_config(make_site(tmp_path, {"elsewhere.txt": story}))
    report = build_site(site, tmp_path / "public", reference_date=REFERENCE, now=NOW)
    [warned] = [r for r in report.articles if r.file.name == "elsewhere.txt"]
    assert [(p.path, p.severity) for p in warned.problems] == [("/url", "warning")]
    assert "not under base_url" in warned.problems[0].message
    atom = feedparser.parse((tmp_path / "public" / "atom.xml").read_bytes())
    assert "https://elsewhere.example.com/story" in {entry.id for entry in atom.entries}
    fine = make_site(tmp_path / "fine", {"here.txt": story.replace("elsewhere.example.com", "news.example.org")})
    report = build_site(load_config(fine), tmp_path / "fine" / "public", reference_date=REFERENCE, now=NOW)
    assert report.is_valid(strict=True)


def test_an_id_clash_loser_is_not_taken_for_a_rename(tmp_path: Path) -> None:
    """A copy of a published file under another name is a clash, not a rename."""
    copy = (DATA / "articles" / "valid" / "fr-afp.json").read_text(encoding="utf-8")
    site = load_config(make_site(tmp_path, {"zz-copy.json": copy}))
    out = tmp_path / "public"
    _build(site, out)
    assert (out / "articles" / "2025-11-07" / "fr-afp.html").exists()
    assert (out / "articles" / "2025-11-07" / "zz-copy.html").exists()


def _jsonld_modified(out: Path, page: str) -> str:
    return str(json.loads((out / page).with_suffix(".jsonld").read_text(encoding="utf-8"))["dateModified"])


def test_an_edit_without_date_modified_is_dated_by_the_build_that_saw_it(tmp_path: Path) -> None:
    """Changing a published story's body sets its modified time to the build that first saw
    the change: Atom updated, RSS dcterms:modified (feedparser's updated), JSON Feed,
    JSON-LD and an "Updated" line on the page; later builds keep that time."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    _build(site, out)
    assert 'class="updated"' not in (out / PAGE).read_text(encoding="utf-8")
    edited_at = NOW + dt.timedelta(hours=2)
    text = (site.articles / "zh-xinhua.txt").read_text(encoding="utf-8")
    (site.articles / "zh-xinhua.txt").write_text(text.replace("中方支持", "中方坚定支持"), encoding="utf-8")
    build_site(site, out, reference_date=REFERENCE, now=edited_at)
    for later in (edited_at, edited_at + dt.timedelta(days=1)):
        build_site(site, out, reference_date=REFERENCE, now=later)
        atom = feedparser.parse((out / "feeds" / "xinhua" / "atom.xml").read_bytes())
        rss = feedparser.parse((out / "feeds" / "xinhua" / "rss.xml").read_bytes())
        assert rss.bozo == 0
        for parsed in (atom, rss):
            [entry] = [e for e in parsed.entries if e.id == URL]
            assert dt.datetime.fromisoformat(entry.updated) == edited_at
        feed = json.loads((out / "feeds" / "xinhua" / "feed.json").read_text(encoding="utf-8"))
        [item] = [i for i in feed["items"] if i["id"] == URL]
        assert dt.datetime.fromisoformat(item["date_modified"]) == edited_at
        assert dt.datetime.fromisoformat(_jsonld_modified(out, PAGE)) == edited_at
        page = etree.parse(str(out / PAGE), etree.HTMLParser())
        updated = page.find(".//p[@class='updated']/time")
        assert updated is not None
        assert dt.datetime.fromisoformat(updated.get("datetime") or "") == edited_at


def test_a_date_modified_in_the_file_wins(tmp_path: Path) -> None:
    """An edit that gives its own dateModified is dated by it, not by the build."""
    story = "---\nid: talks\n---\nTalks\nBEIJING, Nov. 7 (Xinhua) - Talks began.\n"
    site = load_config(make_site(tmp_path, {"talks.txt": story}))
    out = tmp_path / "public"
    _build(site, out)
    edited = story.replace("id: talks", "id: talks\ndateModified: 2025-11-08T09:30:00+00:00").replace("began", "ended")
    (site.articles / "talks.txt").write_text(edited, encoding="utf-8")
    build_site(site, out, reference_date=REFERENCE, now=NOW + dt.timedelta(hours=2))
    assert _jsonld_modified(out, "articles/2025-11-07/talks.html") == "2025-11-08T09:30:00+00:00"

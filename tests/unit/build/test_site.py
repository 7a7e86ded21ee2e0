"""feedpub build: the output tree, invalid articles left out, determinism, atomic swaps, the cache."""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import shutil
from collections.abc import Callable, Sequence
from importlib.metadata import packages_distributions, version
from pathlib import Path

import pytest
from click.testing import CliRunner

import feedpub.parse
from feedpub import workers
from feedpub.build.site import build_site
from feedpub.build.state import STATE
from feedpub.build.tree import builds_folder
from feedpub.cli import main
from feedpub.config import SiteConfig, load_config
from feedpub.errors import UsageError
from feedpub.render.entry import Entry, Feed
from feedpub.render.formats import ARTICLE_FORMATS
from tests.sites import DATA, NOW, SITE_CONFIG, XSS_ARTICLE, make_site, published_files

REFERENCE = dt.date(2025, 11, 10)
BROKEN = (DATA / "articles" / "invalid" / "february-31.txt").read_text(encoding="utf-8")


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in published_files(folder)}


def test_build_writes_every_output(tmp_path: Path) -> None:
    """Feeds for the main and each named feed, a page and JSON-LD per article, index and sitemap."""
    config = make_site(tmp_path)
    report = build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    names = set(_tree(tmp_path / "public"))
    for prefix in ("", "feeds/english/", "feeds/xinhua/"):
        assert {f"{prefix}rss.xml", f"{prefix}atom.xml", f"{prefix}feed.json"} <= names
        assert f"{prefix}rss.xml.gz" in names
    assert {"index.html", "sitemap-news.xml", "style.css"} <= names
    ids = ["2025-11-07-baghdad-iraq-us-security-consultations", "en-xinhua-front-matter", "zh-xinhua", "fr-afp"]
    for article_id in ids:
        assert {f"articles/2025-11-07/{article_id}.html", f"articles/2025-11-07/{article_id}.jsonld"} <= names
    assert report.published == 5
    assert report.is_valid()


def test_invalid_articles_are_left_out_and_reported(tmp_path: Path) -> None:
    """A broken article is reported with its file; every valid one is still published; exit code 1."""
    config = make_site(tmp_path, {"broken.txt": BROKEN})
    result = CliRunner().invoke(main, ["build", "--config", str(config), "--reference-date", "2025-11-10"])
    assert result.exit_code == 1
    assert f"{tmp_path / 'articles' / 'broken.txt'}: /dateline/date:" in result.stderr
    assert "5 of 6 articles published in 3 feeds" in result.stdout
    assert (tmp_path / "public" / "articles" / "2025-11-07" / "fr-afp.html").exists()
    assert not (tmp_path / "public" / "articles" / "2025-11-07" / "broken.html").exists()


def test_same_input_same_bytes(tmp_path: Path) -> None:
    """Two builds of the same articles into different folders are byte-identical."""
    config = make_site(tmp_path)
    site = load_config(config)
    build_site(site, tmp_path / "one", reference_date=REFERENCE, now=NOW)
    build_site(site, tmp_path / "two", reference_date=REFERENCE, now=NOW)
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_file_names_and_order_do_not_matter(tmp_path: Path) -> None:
    """The same stories under other file names, written in another order, give the same feeds."""
    one = make_site(tmp_path / "one", {"xss.txt": XSS_ARTICLE})
    two_root = tmp_path / "two"
    (two_root / "articles").mkdir(parents=True)
    (two_root / "feedpub.toml").write_text(one.read_text(encoding="utf-8"), encoding="utf-8")
    sources = sorted((tmp_path / "one" / "articles").iterdir(), reverse=True)
    for index, file in enumerate(sources):
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".txt" and not text.startswith("---"):
            text = f"---\nid: {file.stem}\n---\n{text}"
        elif file.suffix == ".txt":
            text = text.replace("---\n", f"---\nid: {file.stem}\n", 1)
        else:
            text = text.replace("{", f'{{"id": "{file.stem}",', 1)
        (two_root / "articles" / f"{index:02d}-renamed{file.suffix}").write_text(text, encoding="utf-8")
    build_site(load_config(one), tmp_path / "one" / "public", reference_date=REFERENCE, now=NOW)
    build_site(load_config(two_root / "feedpub.toml"), two_root / "public", reference_date=REFERENCE, now=NOW)
    for name in ("rss.xml", "atom.xml", "feed.json", "feeds/english/atom.xml", "index.html", "sitemap-news.xml"):
        assert (tmp_path / "one" / "public" / name).read_bytes() == (two_root / "public" / name).read_bytes(), name


def test_failed_build_leaves_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If rendering fails, the published tree and its target are exactly as before."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    before, target = _tree(out), out.resolve()
    (site.articles / "new.txt").write_text("Headline\nPARIS, Nov. 8 (AFP) - New story.\n", encoding="utf-8")

    def explode(*args: object) -> bytes:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("feedpub.render.syndication.render_atom", explode)
    with pytest.raises(RuntimeError):
        build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert out.resolve() == target
    assert _tree(out) == before


def test_swap_is_a_single_symlink_replacement(tmp_path: Path) -> None:
    """The output path is a symlink that each changed build repoints; old builds are pruned."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    first = out.resolve()
    for index in range(3):
        (site.articles / f"more-{index}.txt").write_text(
            f"Headline {index}\nPARIS, Nov. {index + 1} (AFP) - Story {index}.\n", encoding="utf-8"
        )
        build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert out.is_symlink()
    assert out.resolve() != first
    builds = [p for p in (tmp_path / ".public.builds").iterdir() if p.is_dir() and p.name not in ("days", "archives")]
    assert len(builds) == 2


def test_unchanged_rebuild_parses_nothing(tmp_path: Path) -> None:
    """With the cache, a rebuild of unchanged articles parses none and leaves the output alone."""
    site = load_config(make_site(tmp_path))
    cache = tmp_path / ".feedpub-cache" / "articles.sqlite3"
    first = build_site(site, tmp_path / "public", cache_file=cache, reference_date=REFERENCE, now=NOW)
    second = build_site(site, tmp_path / "public", cache_file=cache, reference_date=REFERENCE, now=NOW)
    assert (first.parsed, first.cached, first.changed) == (5, 0, True)
    assert (second.parsed, second.cached, second.changed) == (0, 5, False)
    (site.articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月8日电 新的内容。\n", encoding="utf-8")
    third = build_site(site, tmp_path / "public", cache_file=cache, reference_date=REFERENCE, now=NOW)
    assert (third.parsed, third.cached, third.changed) == (1, 4, True)


def test_cache_is_only_an_optimisation(tmp_path: Path) -> None:
    """Building with a cache, without one, and after deleting it gives the same bytes."""
    site = load_config(make_site(tmp_path))
    cache = tmp_path / "cache" / "articles.sqlite3"
    build_site(site, tmp_path / "a", cache_file=cache, reference_date=REFERENCE, now=NOW)
    build_site(site, tmp_path / "b", cache_file=cache, reference_date=REFERENCE, now=NOW)
    cache.unlink()
    build_site(site, tmp_path / "c", cache_file=cache, reference_date=REFERENCE, now=NOW)
    build_site(site, tmp_path / "d", reference_date=REFERENCE, now=NOW)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b") == _tree(tmp_path / "c") == _tree(tmp_path / "d")


def test_cached_year_inference_follows_the_reference_date(tmp_path: Path) -> None:
    """An article whose year came from the reference date is parsed again when that date changes."""
    site = load_config(make_site(tmp_path))
    cache = tmp_path / "cache.sqlite3"
    build_site(site, tmp_path / "public", cache_file=cache, reference_date=REFERENCE, now=NOW)
    later = build_site(site, tmp_path / "public", cache_file=cache, reference_date=dt.date(2026, 6, 1))
    assert later.parsed == 1  # zh-xinhua.txt: its dateline has no year and it has no datePublished


def test_a_watched_rebuild_on_another_day_reads_the_dated_files_too(tmp_path: Path) -> None:
    """Told only of one changed file, a rebuild against a new reference date also reads the
    files whose year came from the old one."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    previous = build_site(site, out, reference_date=REFERENCE, now=NOW)
    target = site.articles / "en-xinhua-front-matter.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nA correction.\n", encoding="utf-8")
    later = build_site(site, out, reference_date=dt.date(2026, 6, 1), previous=previous, changes={target})
    assert sorted(Path(name).name for name in later.read) == ["en-xinhua-front-matter.txt", "zh-xinhua.txt"]


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path) -> None:
    """An existing output folder without feedpub's marker is never moved or deleted."""
    site = load_config(make_site(tmp_path))
    mine = tmp_path / "public"
    mine.mkdir()
    (mine / "precious.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="was not written by feedpub"):
        build_site(site, mine, reference_date=REFERENCE, now=NOW)
    assert (mine / "precious.txt").read_text(encoding="utf-8") == "keep me"


def test_duplicate_ids_are_reported_not_overwritten(tmp_path: Path) -> None:
    """Two articles with one id: the first is published, the second is reported."""
    config = make_site(
        tmp_path,
        {
            "zz-copy.json": (DATA / "articles" / "valid" / "fr-afp.json")
            .read_text(encoding="utf-8")
            .replace("{", '{"id": "fr-afp",', 1)
        },
    )
    report = build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    [clash] = [r for r in report.articles if r.file.name == "zz-copy.json"]
    assert clash.problems[-1].path == "/id"
    assert "fr-afp.json" in clash.problems[-1].message
    assert report.published == 5


def test_long_headline_is_a_build_warning(tmp_path: Path) -> None:
    """A headline over 110 characters is published with a warning."""
    long = "Headline " * 15
    config = make_site(tmp_path, {"long.txt": f"{long}\nPARIS, Nov. 8 (AFP) - Story.\n"})
    report = build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    [warned] = [r for r in report.articles if r.file.name == "long.txt"]
    assert [(p.path, p.severity) for p in warned.problems] == [("/headline", "warning")]
    assert report.published == 6


def test_build_json_report(tmp_path: Path) -> None:
    """build --format json reports counts and per-file problems for scripts."""
    import json

    config = make_site(tmp_path, {"broken.txt": BROKEN})
    result = CliRunner().invoke(
        main, ["build", "--config", str(config), "--format", "json", "--reference-date", "2025-11-10"]
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["summary"]["published"] == 5
    assert report["summary"]["invalid"] == 1


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    """A broken feedpub.toml exits with 2 and names the key."""
    config = make_site(tmp_path, config='title = "T"\n')
    result = CliRunner().invoke(main, ["build", "--config", str(config)])
    assert result.exit_code == 2
    assert "/description: missing" in result.output


def test_rebuild_links_unchanged_files_from_the_previous_build(tmp_path: Path) -> None:
    """A rebuild writes only what changed; every unchanged file is a hard link to the last build's."""
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    before = out.resolve()
    (site.articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月8日电 新的内容。\n", encoding="utf-8")
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    after = out.resolve()
    assert after != before
    unchanged = after / "articles" / "2025-11-07" / "fr-afp.html"
    assert unchanged.stat().st_ino == (before / "articles" / "2025-11-07" / "fr-afp.html").stat().st_ino
    assert (after / "articles" / "2025-11-07" / "fr-afp.jsonld").stat().st_nlink == 2
    assert (after / "rss.xml").stat().st_ino != (before / "rss.xml").stat().st_ino


def test_unchanged_articles_are_not_rendered_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild renders only changed articles; a config change renders them all again."""
    from feedpub.render import html

    rendered: list[str] = []
    real = html.render_article_page

    def counting(entry: Entry, site: SiteConfig, jsonld: str) -> bytes:
        rendered.append(entry.article.id)
        return real(entry, site, jsonld)

    monkeypatch.setattr("feedpub.build.job.render_article_page", counting)
    config = make_site(tmp_path)
    build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    assert len(rendered) == 5
    rendered.clear()
    (tmp_path / "articles" / "zh-xinhua.txt").write_text("新标题\n新华社北京11月8日电 新的内容。\n", encoding="utf-8")
    build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    assert set(rendered) == {"zh-xinhua"}  # again at its place, dated by its edit
    rendered.clear()
    config.write_text(config.read_text(encoding="utf-8").replace("Test wire", "Renamed wire"), encoding="utf-8")
    build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    assert set(rendered) == {p.stem for p in (tmp_path / "articles").iterdir()}


def test_relative_output_path_gives_an_absolute_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Building into a relative folder (as `make run` does) reports the tree at its absolute place."""
    config = make_site(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = build_site(load_config(Path("feedpub.toml")), Path("public"), reference_date=REFERENCE, now=NOW)
    assert report.tree.folder.is_absolute()
    assert report.tree.folder == (tmp_path / "public").resolve()
    assert config.exists()


def _edit_history(site: SiteConfig) -> list[Callable[[], object]]:
    """Edits a newsroom makes between builds: new, changed, redated, clashing and removed stories."""
    articles = site.articles
    clash = (
        (DATA / "articles" / "valid" / "fr-afp.json").read_text(encoding="utf-8").replace("{", '{"id": "fr-afp",', 1)
    )
    return [
        lambda: (articles / "new.txt").write_text("New\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8"),
        lambda: (articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月9日电 新的内容。\n", encoding="utf-8"),
        lambda: (articles / "zz-copy.json").write_text(clash, encoding="utf-8"),
        lambda: (articles / "fr-afp.json").unlink(),
        lambda: (articles / "new.txt").write_text(BROKEN, encoding="utf-8"),
        lambda: (articles / "zz-copy.json").unlink(),
        lambda: (articles / "new.txt").unlink(),
        lambda: (articles / "old.txt").write_text(OLD_STORY, encoding="utf-8"),
        lambda: (articles / "old.txt").write_text(
            OLD_STORY.replace("Une histoire", "Une histoire corrigée"), encoding="utf-8"
        ),
        lambda: (articles / "old.txt").write_text(OLD_STORY.replace("2024-03-01", "2025-11-10"), encoding="utf-8"),
        lambda: (articles / "old.txt").write_text(OLD_STORY, encoding="utf-8"),
        lambda: (articles / "old.txt").unlink(),
    ]


#: A story older than every other, so that a site of few entries leaves it out of its feeds.
OLD_STORY = (
    "---\ndatePublished: 2024-03-01T10:00:00+00:00\n---\nVieille histoire\n"
    "PARIS, 1er mars 2024 (AFP) - Une histoire ancienne que personne ne lit plus guère.\n"
)


def _remember(out: Path, clean: Path) -> None:
    """Give the build into ``clean`` the memory of the one into ``out`` (its state: the
    stories' places, what is gone, when each output was first made), not its files."""
    builds_folder(clean).mkdir()
    shutil.copyfile(builds_folder(out) / STATE, builds_folder(clean) / STATE)


def _contents(folder: Path) -> dict[Path, bytes]:
    return {file: file.read_bytes() for file in folder.rglob("*") if file.is_file()}


@pytest.mark.parametrize("entries", [50, 3], ids=["every-story-in-the-feeds", "few-in-the-feeds"])
@pytest.mark.parametrize("watched", [False, True], ids=["scanned", "watched"])
def test_incremental_builds_equal_clean_builds(tmp_path: Path, watched: bool, entries: int) -> None:
    """After every edit, the rebuilt tree (and its report) is exactly what a build from nothing gives
    with the same memory of what was published (the places and times the state keeps).

    Watched, each rebuild is told only the paths the edit touched, as ``serve --watch`` is.
    With few entries, the edits of the old story leave the feeds' rows as they were.
    """
    config = SITE_CONFIG.replace("entries = 50", f"entries = {entries}")
    site = load_config(make_site(tmp_path / "site", config=config))
    cache = tmp_path / "cache.sqlite3"
    out = tmp_path / "site" / "public"
    rebuilt = build_site(site, out, cache_file=cache, reference_date=REFERENCE, now=NOW)
    for step, edit in enumerate(_edit_history(site)):
        before = _contents(site.articles)
        edit()
        after = _contents(site.articles)
        changes = {file for file in before.keys() | after.keys() if before.get(file) != after.get(file)}
        clean_out = tmp_path / f"clean-{step}"
        _remember(out, clean_out)
        now = NOW + dt.timedelta(minutes=step + 1)
        rebuilt = build_site(
            site,
            out,
            cache_file=cache,
            reference_date=REFERENCE,
            now=now,
            previous=rebuilt if watched else None,
            changes=changes if watched else None,
        )
        clean = build_site(site, clean_out, reference_date=REFERENCE, now=now)
        assert _tree(out) == _tree(clean_out), step
        assert list(rebuilt.articles) == list(clean.articles), step
        assert (rebuilt.published, rebuilt.files) == (clean.published, clean.files), step


def test_a_story_out_of_every_feed_is_republished_without_rendering_the_feeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Correcting a story that no feed, index or sitemap shows keeps their very files (only
    its archive page is made again); moving it into them does not."""
    from feedpub.render import syndication

    site = load_config(
        make_site(tmp_path, {"old.txt": OLD_STORY}, config=SITE_CONFIG.replace("entries = 50", "entries = 3"))
    )
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    feed = (out / "rss.xml").stat().st_ino
    rendered: list[str] = []
    real_render = syndication.render_rss

    def counting(feed: Feed) -> bytes:
        rendered.append(feed.spec.name if feed.page is None else f"{feed.spec.name} archive {feed.page}")
        return real_render(feed)

    monkeypatch.setattr("feedpub.render.syndication.render_rss", counting)
    (site.articles / "old.txt").write_text(OLD_STORY.replace("ancienne", "corrigée"), encoding="utf-8")
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert rendered == ["main archive 2"]  # its stories numbered 3 to 5 in order of publication
    assert (out / "rss.xml").stat().st_ino == feed
    assert "histoire corrigée" in (out / "articles" / "2024-03-01" / "old.html").read_text(encoding="utf-8")
    (site.articles / "old.txt").write_text(OLD_STORY.replace("2024-03-01", "2025-11-10"), encoding="utf-8")
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert rendered
    assert "Vieille histoire" in (out / "rss.xml").read_text(encoding="utf-8")


def test_a_later_build_takes_the_dateline_words_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build stores the dateline words in its cache; the next process reads a changed story with them."""
    from feedpub.parse import words

    site = load_config(make_site(tmp_path))
    out, cache = tmp_path / "public", tmp_path / "cache.sqlite3"
    build_site(site, out, cache_file=cache, reference_date=REFERENCE, now=NOW)
    monkeypatch.setattr(words, "_stored", None)  # as a new process starts
    words.dateline_words.cache_clear()
    monkeypatch.setattr(words, "cldr_names", lambda: pytest.fail("built from the locales"))
    (site.articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月8日电 新的内容。\n", encoding="utf-8")
    report = build_site(site, out, cache_file=cache, reference_date=REFERENCE, now=NOW)
    assert report.parsed == 1
    assert "新的内容" in (out / "articles" / "2025-11-07" / "zh-xinhua.html").read_text(encoding="utf-8")
    words.dateline_words.cache_clear()


def test_removing_the_owner_of_an_id_publishes_the_other_claimant(tmp_path: Path) -> None:
    """Two files claim one id; when the published one goes, the other is published in its place."""
    copy = (DATA / "articles" / "valid" / "fr-afp.json").read_text(encoding="utf-8")
    copy = copy.replace("{", '{"id": "fr-afp",', 1).replace("Le gouvernement présente", "The copy")
    config = make_site(tmp_path, {"zz-copy.json": copy})
    site = load_config(config)
    build_site(site, tmp_path / "public", reference_date=REFERENCE, now=NOW)
    page = tmp_path / "public" / "articles" / "2025-11-07" / "fr-afp.html"
    assert "The copy" not in page.read_text(encoding="utf-8")
    (site.articles / "fr-afp.json").unlink()
    report = build_site(site, tmp_path / "public", reference_date=REFERENCE, now=NOW)
    assert "The copy" in page.read_text(encoding="utf-8")
    assert report.is_valid()
    assert report.published == 5


def test_a_clash_is_reported_by_every_rebuild_until_it_is_resolved(tmp_path: Path) -> None:
    """A rebuild that reads neither claimant still reports the second; giving it its own id ends that."""
    copy = (DATA / "articles" / "valid" / "fr-afp.json").read_text(encoding="utf-8")
    config = make_site(tmp_path, {"zz-copy.json": copy.replace("{", '{"id": "fr-afp",', 1)})
    site = load_config(config)
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    (site.articles / "zz-late.txt").write_text("Late story\nPARIS, Nov. 8 (AFP) - Story.\n", encoding="utf-8")
    report = build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert report.read == (str(site.articles / "zz-late.txt"),)
    assert [(r.file.name, r.problems[-1].path) for r in report.troubled] == [("zz-copy.json", "/id")]
    (site.articles / "zz-copy.json").write_text(copy.replace("{", '{"id": "fr-afp-copy",', 1), encoding="utf-8")
    report = build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert report.troubled == []
    assert report.published == 7


def test_a_rebuild_reads_only_changed_files_and_rewrites_only_their_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unchanged article files are not even opened; days without changes keep their very folder."""
    from feedpub.parse.decode import read_bytes

    config = make_site(tmp_path, {"xss.txt": XSS_ARTICLE})
    site = load_config(config)
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    other_day = (out / "articles" / "2025-11-06").resolve()
    read: list[str] = []

    def counting(file: Path) -> bytes:
        read.append(file.name)
        return read_bytes(file)

    monkeypatch.setattr("feedpub.build.job.read_bytes", counting)
    (site.articles / "zh-xinhua.txt").write_text("新标题\n新华社北京11月7日电 新的内容。\n", encoding="utf-8")
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert set(read) == {"zh-xinhua.txt"}  # read again to date the edit (see feedpub.build.places)
    assert (out / "articles" / "2025-11-06").resolve() == other_day
    assert (out / "articles" / "2025-11-07").resolve() != other_day


def test_a_watched_rebuild_looks_only_at_the_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Told what changed, a rebuild neither lists the folder nor looks at any other file.

    It reads a changed file even when its size and time are the same as before, which an
    editor saving twice in one clock tick can leave behind.
    """
    from feedpub.build import changes

    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    previous = build_site(site, out, reference_date=REFERENCE, now=NOW)
    target = site.articles / "zh-xinhua.txt"
    stamp = target.stat()
    target.write_text(target.read_text(encoding="utf-8").replace("中国", "中方", 1), encoding="utf-8")
    os.utime(target, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert target.stat().st_size == stamp.st_size
    looked_at: list[str] = []
    real_stamps = changes.file_stamps

    def stamps(files: Sequence[str]) -> dict[str, tuple[int, int]]:
        looked_at.extend(files)
        return real_stamps(files)

    monkeypatch.setattr("feedpub.build.changes.file_stamps", stamps)
    monkeypatch.setattr("feedpub.build.changes.list_article_files", lambda folder: pytest.fail("listed the folder"))
    report = build_site(site, out, reference_date=REFERENCE, now=NOW, previous=previous, changes={target})
    assert looked_at == [str(target)]
    assert report.parsed == 1
    assert "中方" in (out / "articles" / "2025-11-07" / "zh-xinhua.html").read_text(encoding="utf-8")
    assert len(report.articles) == len(previous.articles)


def _badly_named(folder: Path, text: str) -> Path:
    """A file in ``folder`` whose name is not UTF-8 (byte 0xff), as Python names it."""
    raw = os.fsencode(folder) + b"/desk\xff.txt"
    try:
        with open(raw, "wb") as file:
            file.write(text.encode("utf-8"))
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    return Path(os.fsdecode(raw))


def test_a_file_name_that_is_not_utf8_is_reported_and_the_rest_published(tmp_path: Path) -> None:
    """Such a name cannot go into a URL or a feed: the build names it, escaped, and publishes the rest.

    A watched rebuild that sees one looks at the whole folder again rather than reading it.
    """
    site = load_config(make_site(tmp_path))
    out = tmp_path / "public"
    story = "New\nPARIS, Nov. 8 (AFP) - A new story.\n"
    previous = build_site(site, out, reference_date=REFERENCE, now=NOW)
    bad = _badly_named(site.articles, story)
    report = build_site(site, out, reference_date=REFERENCE, now=NOW, previous=previous, changes={bad})
    assert [(str(path), problem.message) for path, problem in report.path_problems] == [
        (
            f"{site.articles}/desk\\xff.txt",
            "the name is not valid UTF-8, so it cannot be part of a URL or a feed: rename it",
        )
    ]
    assert report.published == previous.published
    assert not report.is_valid()
    result = CliRunner().invoke(main, ["validate", str(site.articles), "--format", "json"])
    assert result.exit_code == 1
    assert "desk\\\\xff.txt" in result.stdout


@pytest.mark.parametrize("how", ["folder moved in", "folder moved out", "outside the articles"])
def test_a_change_set_that_cannot_tell_falls_back_to_a_full_scan(tmp_path: Path, how: str) -> None:
    """A watcher names a moved folder, not the files in it: such a rebuild lists everything."""
    site = load_config(make_site(tmp_path / "site"))
    out = tmp_path / "site" / "public"
    desk = site.articles / "desk"
    if how == "folder moved out":
        desk.mkdir()
        (desk / "new.txt").write_text("New\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8")
    previous = build_site(site, out, reference_date=REFERENCE, now=NOW)
    if how == "folder moved in":
        staged = tmp_path / "desk"
        staged.mkdir()
        (staged / "new.txt").write_text("New\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8")
        staged.rename(desk)
        changes = {desk}
    elif how == "folder moved out":
        desk.rename(tmp_path / "desk")
        changes = {desk}
    else:
        (site.articles / "new.txt").write_text("New\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8")
        changes = {tmp_path / "elsewhere.txt"}
    _remember(out, tmp_path / "clean")
    report = build_site(site, out, reference_date=REFERENCE, now=NOW, previous=previous, changes=changes)
    clean = build_site(site, tmp_path / "clean", reference_date=REFERENCE, now=NOW)
    assert _tree(out) == _tree(tmp_path / "clean")
    assert list(report.articles) == list(clean.articles)


def test_upgrading_a_parsing_library_makes_cached_results_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new CLDR (through Babel) or language detector may read an article differently."""
    from feedpub.build import cache

    before = cache.salt()
    monkeypatch.setattr("feedpub.build.cache.version", lambda name: "99.0" if name == "pycld2" else version(name))
    cache.salt.cache_clear()
    try:
        assert cache.salt() != before
    finally:
        monkeypatch.undo()
        cache.salt.cache_clear()
    assert cache.salt() == before


def test_every_library_the_reader_imports_makes_cached_results_stale_when_upgraded() -> None:
    """Each distribution imported by ``feedpub.parse`` is one whose version the cache's salt holds,
    so a dependency added to the reader cannot be forgotten there."""
    from feedpub.build.cache import PARSING_LIBRARIES

    distributions = packages_distributions()
    imported: set[str] = set()
    for module in (Path(feedpub.parse.__file__).parent).glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    libraries = {name.lower() for module in imported for name in distributions.get(module, ())}
    assert libraries == {name.lower() for name in PARSING_LIBRARIES}


def test_a_change_to_feedpub_code_makes_cached_results_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout moved to other code (same version) parses again; compiled bytecode does not count."""
    from feedpub.build import cache

    package = tmp_path / "feedpub"
    shutil.copytree(
        Path(cache.__file__).parent.parent, package, symlinks=False, ignore=shutil.ignore_patterns("__pycache__")
    )
    monkeypatch.setattr("feedpub.build.cache.resources.files", lambda name: package)

    def fresh_salt() -> str:
        cache.salt.cache_clear()
        return cache.salt()

    try:
        before = fresh_salt()
        (package / "parse" / "__pycache__").mkdir()
        (package / "parse" / "__pycache__" / "wire.cpython-311.pyc").write_bytes(b"bytecode")
        assert fresh_salt() == before
        with (package / "parse" / "wire.py").open("a", encoding="utf-8") as source:
            source.write("# a local change\n")
        assert fresh_salt() != before
    finally:
        cache.salt.cache_clear()


def test_a_build_after_a_failed_one_is_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that fails half-way leaves nothing behind that the next build could trust wrongly."""
    site = load_config(make_site(tmp_path / "site"))
    out = tmp_path / "site" / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    (site.articles / "new.txt").write_text("New\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(
            "feedpub.render.syndication.render_rss", lambda feed: (_ for _ in ()).throw(RuntimeError("full disk"))
        )
        with pytest.raises(RuntimeError):
            build_site(site, out, reference_date=REFERENCE, now=NOW)
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    build_site(site, tmp_path / "clean", reference_date=REFERENCE, now=NOW)
    assert _tree(out) == _tree(tmp_path / "clean")


def test_damaged_state_and_cache_are_rebuilt(tmp_path: Path) -> None:
    """A state or cache file that is no database any more costs a full build, not the build."""
    site = load_config(make_site(tmp_path / "site"))
    out = tmp_path / "site" / "public"
    cache = tmp_path / "site" / ".feedpub-cache" / "articles.sqlite3"
    build_site(site, out, cache_file=cache, reference_date=REFERENCE, now=NOW)
    (tmp_path / "site" / ".public.builds" / "state.sqlite3").write_bytes(b"not a database")
    cache.write_bytes(b"not a database either")
    report = build_site(site, out, cache_file=cache, reference_date=REFERENCE, now=NOW)
    assert (report.parsed, report.published) == (5, 5)
    build_site(site, tmp_path / "clean", reference_date=REFERENCE, now=NOW)
    assert _tree(out) == _tree(tmp_path / "clean")


FILTERED_FEEDS = """
[[feeds]]
name = "world"
title = "World"
filter = { section = "World" }

[[feeds]]
name = "iraq"
title = "Iraq"
filter = { keywords = ["iraq"] }

[[feeds]]
name = "british"
title = "British English"
filter = { language = "en" }
"""


def _feed_ids(public: Path, name: str) -> list[str]:
    document = json.loads((public / "feeds" / name / "feed.json").read_text(encoding="utf-8"))
    return [item["id"].rsplit("/", 1)[-1] for item in document["items"]]


def test_feed_filters_by_section_keyword_and_language(tmp_path: Path) -> None:
    """Sections match exactly, keywords without regard to case, languages by their primary tag too."""
    story = (
        "---\nlanguage: {language}\nsection: {section}\nkeywords: {keywords}\n---\n"
        "{id}\nLONDON, Nov. {day} (Reuters) - Story.\n"
    )
    stories = {
        "gb.txt": story.format(language="en-GB", section="World", keywords="IRAQ, oil", id="gb", day=6),
        "us.txt": story.format(language="en", section="Business", keywords="oil", id="us", day=5),
        "fr.txt": story.format(language="fr", section="World", keywords="Iraq", id="fr", day=4),
    }
    config = make_site(tmp_path, stories, config=SITE_CONFIG + FILTERED_FEEDS)
    build_site(load_config(config), tmp_path / "public", reference_date=REFERENCE, now=NOW)
    feeds = {name: set(_feed_ids(tmp_path / "public", name)) for name in ("world", "iraq", "british")}
    ours = {"gb.html", "us.html", "fr.html"}
    assert feeds["world"] & ours == {"gb.html", "fr.html"}
    assert feeds["iraq"] & ours == {"gb.html", "fr.html"}
    assert feeds["british"] & ours == {"gb.html", "us.html"}


def test_a_concurrent_build_of_the_same_output_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one build writes an output, another build of it stops with a message, leaving the site as it was."""
    import sqlite3

    site = load_config(make_site(tmp_path / "site"))
    out = tmp_path / "site" / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    before = _tree(out)
    (site.articles / "new.txt").write_text("New\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8")
    monkeypatch.setattr("feedpub.build.cache.LOCK_WAIT", 0.1)
    other = sqlite3.connect(tmp_path / "site" / ".public.builds" / "state.sqlite3")
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(UsageError, match="being written by another feedpub build"):
            build_site(site, out, reference_date=REFERENCE, now=NOW)
    finally:
        other.rollback()
        other.close()
    assert _tree(out) == before
    assert build_site(site, out, reference_date=REFERENCE, now=NOW).published == 6


def _many_stories(count: int) -> dict[str, str]:
    """``count`` short English stories over four days, two of them claiming one id."""
    stories = {
        f"many-{number:03d}.txt": (
            f"---\ndatePublished: 2025-11-0{4 + number % 4}T{number % 24:02d}:00:00+00:00\n---\n"
            f"Story number {number}\nLONDON, Nov. {4 + number % 4} (Reuters) - Story {number} of a busy day.\n"
        )
        for number in range(count)
    }
    stories["many-clash.txt"] = stories["many-000.txt"].replace("---\n", "---\nid: many-001\n", 1)
    return stories


def test_a_build_shared_by_worker_processes_publishes_what_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: None
) -> None:
    """Enough articles for the pool: each worker stages pages in its own folder, and every day
    folder still gets exactly its articles' files, as a build in one process writes them."""
    count = 2 * workers.PARALLEL_MINIMUM
    site = load_config(make_site(tmp_path, _many_stories(count)))
    shared = build_site(site, tmp_path / "shared", reference_date=REFERENCE, now=NOW)
    monkeypatch.setattr(workers, "PARALLEL_MINIMUM", 10**9)
    alone = build_site(site, tmp_path / "alone", reference_date=REFERENCE, now=NOW)
    assert shared.published == alone.published == count + 5  # the seed and the examples; the clash loses
    assert _tree(tmp_path / "shared") == _tree(tmp_path / "alone")
    assert list(shared.articles) == list(alone.articles)
    assert not [p for p in (tmp_path / ".shared.builds").iterdir() if p.name.startswith("tmp-")]


def test_outputs_over_their_budgets_warn(tmp_path: Path) -> None:
    """Feeds and pages larger than the budgets in feedpub.toml are named, with their size, as
    warnings: the build still publishes everything, and only --strict fails it."""
    config = SITE_CONFIG + "\n[budgets]\nfeed = 1\njson_feed = 1\npage = 1\n"
    site = load_config(make_site(tmp_path, config=config))
    out = tmp_path / "public"
    report = build_site(site, out, reference_date=REFERENCE, now=NOW)
    assert report.is_valid()
    assert not report.is_valid(strict=True)
    assert report.published == len(report.articles)
    warned = {path.relative_to(out).as_posix() for path, _ in report.output_problems}
    assert warned == {f"{spec.path}{name}" for spec in site.feeds for name in ("rss.xml", "atom.xml", "feed.json")}
    assert all(
        problem.severity == "warning" and "over its 1 kB budget" in problem.message
        for _, problem in report.output_problems
    )
    seed = report.articles.report(str(site.articles / "2025-11-07-baghdad-iraq-us-security-consultations.txt"))
    named = sorted(problem.message.split(" ")[1] for problem in seed.problems)
    stem = "2025-11-07-baghdad-iraq-us-security-consultations"
    assert named == sorted(stem + kind.file for kind in ARTICLE_FORMATS)
    assert all(" is " in p.message and "over its 1 kB budget" in p.message for p in seed.problems)

"""The benchmark corpus is reproducible and every generated story is a valid article."""

from __future__ import annotations

import sys
from pathlib import Path

from feedpub.validate import ArticleReport, validate_paths
from tests.sites import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus


def test_same_seed_same_stories() -> None:
    """Generating twice with one seed gives identical files; another seed gives others."""
    first = [corpus.wire_text(story) for story in corpus.generate(40, seed=3)]
    assert first == [corpus.wire_text(story) for story in corpus.generate(40, seed=3)]
    assert first != [corpus.wire_text(story) for story in corpus.generate(40, seed=4)]


def test_every_generated_story_is_valid(tmp_path: Path) -> None:
    """feedpub validates every story of a generated corpus, in all six languages."""
    stories = corpus.generate(60)
    corpus.write_corpus(stories, tmp_path / "site")
    report = validate_paths([tmp_path / "site" / "articles"])
    assert [(r.file.name, r.problems) for r in report.articles if not r.is_valid(strict=True)] == []
    assert {story.language for story in stories} == {"ar", "en", "fr", "zh", "ru", "es"}
    languages = {r.article["language"] for r in report.articles if isinstance(r, ArticleReport) and r.article}
    assert languages == {"ar", "en", "fr", "zh", "ru", "es"}


def test_hugo_site_has_every_story(tmp_path: Path) -> None:
    """The Hugo site holds the same stories as Markdown, with its config and layouts."""
    stories = corpus.generate(10)
    corpus.write_hugo_site(stories, tmp_path / "hugo")
    posts = sorted((tmp_path / "hugo" / "content" / "posts").iterdir())
    assert [p.stem for p in posts] == sorted(story.id for story in stories)
    assert (tmp_path / "hugo" / "layouts" / "_default" / "rss.xml").exists()

"""Finding article files: the order they are listed in, what is skipped, and links to folders."""

from __future__ import annotations

from pathlib import Path

from feedpub.files import list_article_files, path_order


def test_listing_goes_folder_by_folder_in_name_order(tmp_path: Path) -> None:
    """Files and folders are taken in name order, each folder where its name falls; hidden ones never."""
    written = (
        "c.txt",
        "a.json",
        "b/z.txt",
        "b/a.txt",
        "b/deeper/x.md",
        "b/deeper/y.txt",
        "ab.txt",
        "notes.md",
        "d.jsonld",
    )
    for name in written:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    for hidden in (".git/a.txt", ".swap.txt", "b/.draft.txt"):
        (tmp_path / hidden).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / hidden).write_text("x", encoding="utf-8")
    names, problems = list_article_files(tmp_path)
    found = [str(Path(name).relative_to(tmp_path)) for name in names]
    assert found == ["a.json", "ab.txt", "b/a.txt", "b/deeper/y.txt", "b/z.txt", "c.txt", "d.jsonld"]
    assert names == sorted(names, key=path_order)
    assert problems == []


def test_links_to_folders_are_followed_once(tmp_path: Path) -> None:
    """A linked folder is read; a link back to a folder already read is reported, not followed for ever."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "old.txt").write_text("x", encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "new.txt").write_text("x", encoding="utf-8")
    (articles / "archive").symlink_to(archive)
    (articles / "loop").symlink_to(tmp_path)
    (articles / "self").symlink_to(".")
    names, problems = list_article_files(articles)
    assert [str(Path(name).relative_to(articles)) for name in names] == [
        "archive/old.txt",
        "new.txt",
    ]
    assert [str(path.relative_to(articles)) for path, _ in problems] == ["loop/archive", "loop/articles", "self"]
    assert {problem.message for _, problem in problems} == {"links to a folder listed already; it is read once"}


def test_a_link_to_itself_is_listed_as_a_file_and_the_rest_of_the_folder_too(tmp_path: Path) -> None:
    """``loop.txt -> loop.txt`` cannot be told a file or a folder: it is listed as an article
    file, whose reading then says what is wrong, and the folder's other articles are listed."""
    (tmp_path / "story.txt").write_text("x", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    names, problems = list_article_files(tmp_path)
    assert [Path(name).name for name in names] == ["loop.txt", "story.txt"]
    assert problems == []

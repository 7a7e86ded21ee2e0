"""The served files' bytes in memory: bounded by bytes, least recently used out first, old builds out."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

from feedpub.serve.filecache import FileCache


def _folder(root: Path, name: str, files: dict[str, int]) -> Path:
    folder = root / name
    folder.mkdir()
    for file, size in files.items():
        (folder / file).write_bytes(b"x" * size)
    return folder.resolve()


def test_the_budget_counts_bytes_and_drops_the_oldest(tmp_path: Path) -> None:
    """Within 1,000 bytes: reading an eleventh 100-byte file drops the one read first,
    however often it was read since."""
    names = [f"f{number}" for number in range(11)]
    folder = _folder(tmp_path, "build", dict.fromkeys(names, 100))
    cache = FileCache(budget=1000)
    for name in [*names[:10], "f0", "f10"]:
        assert cache.read((folder, name)) == b"x" * 100
    assert (cache.size, len(cache)) == (1000, 10)
    (folder / "f0").unlink()
    (folder / "f1").unlink()
    assert cache.read((folder, "f1")) == b"x" * 100  # still held: read from memory
    assert cache.read((folder, "f0")) is None  # dropped, and gone from disk


def test_a_file_too_large_for_its_share_is_read_each_time(tmp_path: Path) -> None:
    """A file over an eighth of the budget is served but not kept."""
    folder = _folder(tmp_path, "build", {"big": 200})
    cache = FileCache(budget=1000)
    assert cache.read((folder, "big")) == b"x" * 200
    assert (cache.size, len(cache)) == (0, 0)


def test_keep_only_drops_the_bytes_of_builds_no_longer_served(tmp_path: Path) -> None:
    """After a swap, the files of the old build leave; those of the new one stay."""
    old = _folder(tmp_path, "old", {"rss.xml": 100})
    new = _folder(tmp_path, "new", {"rss.xml": 50})
    cache = FileCache(budget=10_000)
    cache.read((old, "rss.xml"))
    cache.read((new, "rss.xml"))
    cache.keep_only({new})
    assert (cache.size, len(cache)) == (50, 1)


def test_nothing_outside_the_folder_is_read(tmp_path: Path) -> None:
    """A name that resolves outside its folder (a link, ..) reads as missing."""
    folder = _folder(tmp_path, "build", {})
    (tmp_path / "secret").write_bytes(b"secret")
    (folder / "link").symlink_to(tmp_path / "secret")
    cache = FileCache()
    assert cache.read((folder, "link")) is None
    assert cache.read((folder, "../secret")) is None
    assert cache.read((folder, "missing")) is None


def test_a_file_compressed_on_request_is_kept_within_the_budget(tmp_path: Path) -> None:
    """A page the build did not precompress is compressed once, kept beside its plain bytes, and
    counts against the budget like a file; what it decompresses to is the file."""
    folder = _folder(tmp_path, "day", {"page.html": 4000})
    cache = FileCache(budget=100_000)
    for coding, decompress in (("gzip", gzip.decompress), ("br", brotli.decompress)):
        first = cache.encoded((folder, "page.html"), coding)
        assert first is not None
        assert decompress(first) == b"x" * 4000
        assert cache.encoded((folder, "page.html"), coding) is first  # kept, not compressed again
    assert len(cache) == 3  # the plain file and its two codings
    assert cache.size == 4000 + sum(len(cache.encoded((folder, "page.html"), c) or b"") for c in ("gzip", "br"))
    assert cache.encoded((folder, "missing.html"), "gzip") is None

"""An output file's entry and precompressed siblings."""

from __future__ import annotations

import gzip

import brotli

from feedpub.build.outputs import prepare
from tests.sites import NOW, SEED


def test_archive_pages_are_compressed_quickly_and_feeds_small() -> None:
    """An archive page's siblings, fetched once by each aggregator, are made for speed; a
    feed's, polled all day, for size; both decompress to the page."""
    paragraphs = SEED.read_text("utf-8").splitlines()
    entries = (f"<entry><id>{n}</id><content>{paragraphs[n % len(paragraphs)]}</content></entry>" for n in range(400))
    page = ("<feed>" + "".join(entries) + "</feed>").encode()
    feed = prepare("atom.xml", page, NOW)
    archive = prepare("archive/1.atom.xml", page, NOW)
    for prepared, path in ((feed, "atom.xml"), (archive, "archive/1.atom.xml")):
        assert brotli.decompress(prepared.files[path + ".br"]) == page
        assert gzip.decompress(prepared.files[path + ".gz"]) == page
    assert len(archive.files["archive/1.atom.xml.br"]) > len(feed.files["atom.xml.br"])
    assert len(archive.files["archive/1.atom.xml.gz"]) > len(feed.files["atom.xml.gz"])

"""The shipped nginx configuration serves a real build the way feedpub serve does."""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from feedpub.build.site import build_site
from feedpub.config import load_config
from feedpub.render.formats import OUTPUT_FORMATS, output_format
from tests.servers import start_nginx
from tests.sites import ARCHIVED, MEDIA_TYPES, make_site

TYPES = MEDIA_TYPES


#: A story published, then removed before nginx starts.
WITHDRAWN = "Withdrawn\nPARIS, Nov. 7 (AFP) - A story taken back.\n"


def test_every_output_format_is_checked() -> None:
    """The media types above cover every row of feedpub's format table, so a new output is checked too."""
    covered = {kind.name for path in TYPES if (kind := output_format(path.rstrip("/") or "index.html"))}
    assert covered == {kind.name for kind in OUTPUT_FORMATS}


@pytest.fixture(scope="module")
def nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """nginx (installed from Debian if missing) on a loopback port with deploy/nginx.conf."""
    root = tmp_path_factory.mktemp("nginx")
    public = root / "public"
    site = load_config(make_site(root, {"withdrawn.txt": WITHDRAWN}, config=ARCHIVED))
    build_site(site, public, reference_date=dt.date(2025, 11, 10))
    (site.articles / "withdrawn.txt").unlink()
    build_site(site, public, reference_date=dt.date(2025, 11, 10))
    process, base = start_nginx(public, root)
    try:
        yield base, public
    finally:
        process.terminate()
        process.communicate(timeout=15)


@pytest.mark.parametrize(("path", "media_type"), sorted(TYPES.items()))
def test_media_types(nginx: tuple[str, Path], path: str, media_type: str) -> None:
    """nginx sends each kind of file with feedpub's media type and charset."""
    base, _ = nginx
    assert httpx.get(base + path).headers["content-type"] == media_type


def test_gzip_from_precompressed_sibling(nginx: tuple[str, Path]) -> None:
    """With Accept-Encoding: gzip, nginx sends the .gz file feedpub wrote, with Vary."""
    base, public = nginx
    response = httpx.get(base + "/atom.xml", headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["vary"]
    assert int(response.headers["content-length"]) == (public / "atom.xml.gz").stat().st_size
    assert response.content == gzip.decompress((public / "atom.xml.gz").read_bytes())


@pytest.mark.parametrize("page", ["fr-afp.html", "fr-afp.jsonld"])
def test_article_files_are_compressed_on_the_fly(nginx: tuple[str, Path], page: str) -> None:
    """A story's page and JSON-LD have no .gz sibling; nginx compresses them when asked."""
    base, public = nginx
    assert not (public / "articles" / "2025-11-07" / f"{page}.gz").exists()
    response = httpx.get(f"{base}/articles/2025-11-07/{page}", headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.content == (public / "articles" / "2025-11-07" / page).read_bytes()


def test_etag_and_304(nginx: tuple[str, Path]) -> None:
    """nginx answers If-None-Match and If-Modified-Since with 304."""
    base, _ = nginx
    first = httpx.get(base + "/rss.xml")
    assert first.headers["etag"]
    assert httpx.get(base + "/rss.xml", headers={"if-none-match": first.headers["etag"]}).status_code == 304
    modified = first.headers["last-modified"]
    assert httpx.get(base + "/rss.xml", headers={"if-modified-since": modified}).status_code == 304


def test_feed_headers_and_hidden_files(nginx: tuple[str, Path]) -> None:
    """Feeds carry caching, CORS and Link headers; the manifest and raw siblings are not served."""
    base, _ = nginx
    headers = httpx.get(base + "/feeds/xinhua/atom.xml").headers
    assert headers["cache-control"] == "public, max-age=300"
    assert headers["access-control-allow-origin"] == "*"
    assert 'rel="self"' in headers["link"]
    for path in ("/.feedpub-manifest.json", "/.feedpub-build", "/rss.xml.gz", "/articles/"):
        assert httpx.get(base + path).status_code == 404, path


@pytest.mark.parametrize("page", ["withdrawn.html", "withdrawn.jsonld"])
def test_a_removed_story_is_gone(nginx: tuple[str, Path], page: str) -> None:
    """A story that was published and then removed answers 410 Gone; its tombstone is not served."""
    base, _ = nginx
    assert httpx.get(f"{base}/articles/2025-11-07/{page}").status_code == 410
    assert httpx.get(f"{base}/articles/2025-11-07/{page}.gone").status_code == 404
    assert httpx.get(f"{base}/articles/2025-11-07/never-published.html").status_code == 404

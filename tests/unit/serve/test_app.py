"""The HTTP app through Starlette's TestClient: headers, validators, codings, refusals."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import gzip
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import brotli
import pytest
from starlette.testclient import TestClient
from watchfiles import Change

from feedpub.build.tree import load_tree
from feedpub.errors import UsageError
from feedpub.render.formats import OUTPUT_FORMATS, output_format
from feedpub.serve.app import FeedpubApp, _served_folders, create_app, normalise
from feedpub.serve.live import LiveSite, changed_feed_urls
from feedpub.serve.server import listen
from feedpub.serve.websub import PingResult
from tests.sites import ARCHIVED, MEDIA_TYPES, make_site

TYPES = MEDIA_TYPES


REFERENCE = dt.date(2025, 11, 10)
OpenSite = Callable[[Path], LiveSite]


@pytest.fixture(scope="module", autouse=True)
def quiet_hub() -> Iterator[None]:
    """No ping leaves these tests (their site names a hub at example.org, which would only
    time out); test_server.py checks the pings against a hub of its own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("feedpub.serve.websub.ping", lambda hub, url, **options: PingResult(url, True, "not sent"))
        yield


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSite]:
    root = tmp_path_factory.mktemp("served")
    site = LiveSite(make_site(root, config=ARCHIVED), reference_date=REFERENCE)
    site.rebuild()
    assert site.tree is not None
    yield site
    site.close()


@pytest.fixture
def open_site() -> Iterator[OpenSite]:
    """LiveSites for one test, closed after it: each runs a WebSub notifier thread."""
    opened: list[LiveSite] = []

    def open_one(config: Path) -> LiveSite:
        opened.append(LiveSite(config, reference_date=REFERENCE))
        return opened[-1]

    yield open_one
    for site in opened:
        site.close()


@pytest.fixture(scope="module")
def client(live: LiveSite) -> Iterator[TestClient]:
    with TestClient(create_app(live)) as client:
        yield client


def test_every_output_format_is_checked() -> None:
    """The media types below cover every row of the format table, so a new output is checked too."""
    assert {kind.name for path in TYPES if (kind := output_format(path or "index.html"))} == {
        kind.name for kind in OUTPUT_FORMATS
    }


@pytest.mark.parametrize(("path", "media_type"), sorted(TYPES.items()))
def test_content_types(client: TestClient, path: str, media_type: str) -> None:
    """Each kind of file has its media type with charset."""
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type


def test_validators_and_caching_headers(client: TestClient) -> None:
    """A strong ETag, Last-Modified, Cache-Control, Vary, CORS and WebSub Link on feeds."""
    response = client.get("/rss.xml", headers={"accept-encoding": "identity"})
    headers = response.headers
    assert headers["etag"].startswith('"')
    modified = email.utils.parsedate_to_datetime(headers["last-modified"])
    # when the build first made the feed: after its newest story, never in the future
    assert dt.datetime(2025, 11, 7, 14, tzinfo=dt.UTC) <= modified <= dt.datetime.now(dt.UTC)
    assert headers["cache-control"] == "public, max-age=300"
    assert headers["vary"] == "Accept, Accept-Encoding"  # browsers get the feed labelled as XML
    assert headers["access-control-allow-origin"] == "*"
    assert headers["link"] == '<https://news.example.org/rss.xml>; rel="self", <https://hub.example.org/>; rel="hub"'
    assert client.get("/index.html").headers["vary"] == "Accept-Encoding"
    assert "access-control-allow-origin" not in client.get("/index.html").headers
    assert client.get("/articles/2025-11-07/fr-afp.jsonld").headers["access-control-allow-origin"] == "*"


BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
FEEDPARSER_ACCEPT = (
    "application/atom+xml,application/rdf+xml,application/rss+xml,application/xml;q=0.9,text/xml;q=0.2,*/*;q=0.1"
)


@pytest.mark.parametrize("path", ["/rss.xml", "/atom.xml", "/feeds/english/rss.xml"])
def test_a_browser_gets_the_feed_labelled_as_xml(client: TestClient, path: str) -> None:
    """A browser opening a feed gets the same bytes as XML (so it applies feed.xsl), under another
    ETag; a feed reader gets the feed's own media type, and JSON Feed stays JSON for both."""
    reader = client.get(path, headers={"accept": FEEDPARSER_ACCEPT, "accept-encoding": "identity"})
    browser = client.get(path, headers={"accept": BROWSER_ACCEPT, "accept-encoding": "identity"})
    assert reader.headers["content-type"].startswith(("application/rss+xml", "application/atom+xml"))
    assert browser.headers["content-type"] == "application/xml; charset=utf-8"
    assert browser.content == reader.content
    assert browser.headers["etag"] != reader.headers["etag"]
    again = {"accept": BROWSER_ACCEPT, "accept-encoding": "identity", "if-none-match": browser.headers["etag"]}
    assert client.get(path, headers=again).status_code == 304
    feed = client.get("/feed.json", headers={"accept": BROWSER_ACCEPT})
    assert feed.headers["content-type"] == "application/feed+json; charset=utf-8"


@pytest.mark.parametrize(
    ("accept", "coding", "decode"),
    [("gzip", "gzip", gzip.decompress), ("br, gzip", "br", brotli.decompress), ("identity", None, bytes)],
)
def test_precompressed_codings(
    client: TestClient, live: LiveSite, accept: str, coding: str | None, decode: object
) -> None:
    """br and gzip are sent from the build's siblings; every coding decodes to the same feed."""
    assert live.tree is not None
    original = (live.tree.folder / "atom.xml").read_bytes()
    response = client.get("/atom.xml", headers={"accept-encoding": accept})
    assert response.headers.get("content-encoding") == coding
    raw = response.read() if coding is None else b""
    if coding is not None:
        sibling = live.tree.folder / ("atom.xml.br" if coding == "br" else "atom.xml.gz")
        assert response.headers["content-length"] == str(sibling.stat().st_size)
        assert response.content == original  # the client decoded what the server sent
    else:
        assert raw == original


def test_etag_differs_per_coding(client: TestClient) -> None:
    """Each representation has its own strong ETag."""
    tags = {client.get("/atom.xml", headers={"accept-encoding": a}).headers["etag"] for a in ("br", "gzip", "identity")}
    assert len(tags) == 3


def test_conditional_get(client: TestClient) -> None:
    """If-None-Match (one, a list, or *) and If-Modified-Since answer 304 with no body."""
    first = client.get("/feed.json", headers={"accept-encoding": "gzip"})
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    for value in (etag, f'"nope", {etag}', "*", f"W/{etag}"):
        again = client.get("/feed.json", headers={"accept-encoding": "gzip", "if-none-match": value})
        assert again.status_code == 304, value
        assert again.content == b""
        assert again.headers["etag"] == etag
    assert client.get("/feed.json", headers={"accept-encoding": "gzip", "if-none-match": '"nope"'}).status_code == 200
    assert client.get("/feed.json", headers={"if-modified-since": modified}).status_code == 304
    assert client.get("/feed.json", headers={"if-modified-since": "Thu, 01 Jan 2015 00:00:00 GMT"}).status_code == 200


def test_not_modified_carries_validators_not_representation_metadata(client: TestClient) -> None:
    """A 304 sends what updates a cache (RFC 9110 15.4.5), and CORS, but no Content-Type or Link."""
    first = client.get("/rss.xml", headers={"accept-encoding": "gzip"})
    again = client.get("/rss.xml", headers={"accept-encoding": "gzip", "if-none-match": first.headers["etag"]})
    assert again.status_code == 304
    for name in ("etag", "cache-control", "vary", "access-control-allow-origin"):
        assert again.headers[name] == first.headers[name], name
    for name in ("content-type", "content-encoding", "content-length", "link", "last-modified"):
        assert name not in again.headers, name


def test_head_has_headers_and_no_body(client: TestClient) -> None:
    """HEAD answers GET's headers, Content-Length included, without a body."""
    get = client.get("/rss.xml", headers={"accept-encoding": "gzip"})
    head = client.head("/rss.xml", headers={"accept-encoding": "gzip"})
    assert head.status_code == 200
    assert head.content == b""
    for name in ("content-type", "etag", "last-modified", "content-length", "content-encoding"):
        assert head.headers[name] == get.headers[name]


def test_other_methods_get_405_with_allow(client: TestClient) -> None:
    """POST, PUT, DELETE are refused with 405 and Allow: GET, HEAD."""
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = client.request(method, "/rss.xml")
        assert response.status_code == 405
        assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize(
    "path",
    [
        "/nope.xml",
        "/articles/",
        "/feeds/",
        "/feeds/english/",
        "/.feedpub-manifest.json",
        "/.feedpub-build",
        "/rss.xml.gz",
    ],
)
def test_unknown_paths_and_listings_are_404(client: TestClient, path: str) -> None:
    """Only published files are served: no listings, no manifest, no raw siblings."""
    assert client.get(path).status_code == 404


def test_refuses_a_symlink_leaving_the_build(live: LiveSite, client: TestClient, tmp_path: Path) -> None:
    """A published path replaced by a symlink to outside the build is not followed."""
    assert live.tree is not None
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    target = live.tree.folder / "articles" / "2025-11-07" / "zh-xinhua.jsonld"
    original = target.read_bytes()
    target.unlink()
    target.symlink_to(secret)
    try:
        response = client.get("/articles/2025-11-07/zh-xinhua.jsonld", headers={"accept-encoding": "identity"})
        assert response.status_code == 404
        assert b"secret" not in response.content
    finally:
        target.unlink()
        target.write_bytes(original)


def test_health_and_status(client: TestClient) -> None:
    """/healthz answers 200; /status gives the last build's counts, warnings and errors."""
    assert client.get("/healthz").text == "ok\n"
    status = json.loads(client.get("/status").text)
    assert status["published"] == 5
    assert status["feeds"] == 3
    assert status["errors"] == []
    assert status["buildError"] is None


def test_changed_feed_urls_compare_bytes(live: LiveSite) -> None:
    """Only feeds whose bytes differ between two trees count as changed."""
    assert live.tree is not None
    assert changed_feed_urls(live.site, live.tree, load_tree(live.out)) == []
    assert len(changed_feed_urls(live.site, None, live.tree)) == 9


def test_serves_a_site_configured_by_a_relative_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_site: OpenSite
) -> None:
    """`feedpub serve --config feedpub.toml` from the site's folder serves its files (not 404s)."""
    make_site(tmp_path)
    monkeypatch.chdir(tmp_path)
    site = open_site(Path("feedpub.toml"))
    site.rebuild()
    with TestClient(create_app(site)) as client:
        assert client.get("/rss.xml").status_code == 200
        assert client.get("/feeds/english/atom.xml").status_code == 200


def test_answers_follow_each_new_build(tmp_path: Path, open_site: OpenSite) -> None:
    """The headers worked out for a path belong to one build: after a rebuild that changes a
    feed, the same app sends the new bytes with the new length and validator."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    with TestClient(create_app(live)) as client:
        before = client.get("/rss.xml", headers={"accept-encoding": "gzip"})
        story = live.site.articles / "added.txt"
        story.write_text("Added story\nBAGHDAD, Nov. 9 (Xinhua) -- A new story.\n", encoding="utf-8")
        live.rebuild()
        after = client.get("/rss.xml", headers={"accept-encoding": "gzip"})
        assert after.headers["etag"] != before.headers["etag"]
        assert b"Added story" in after.content
        assert live.tree is not None
        assert int(after.headers["content-length"]) == (live.tree.folder / "rss.xml.gz").stat().st_size
        assert client.get("/rss.xml", headers={"if-none-match": before.headers["etag"]}).status_code == 200


def test_a_new_build_takes_the_old_builds_bytes_out_of_memory(tmp_path: Path, open_site: OpenSite) -> None:
    """After each rebuild, the app holds only files of the build being served and its days."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    app = create_app(live)
    with TestClient(app) as client:
        for number in range(3):
            for path in ("/rss.xml", "/atom.xml", "/articles/2025-11-07/fr-afp.html"):
                assert client.get(path, headers={"accept-encoding": "gzip"}).status_code == 200
            story = live.site.articles / f"added-{number}.txt"
            story.write_text(f"Story {number}\nBAGHDAD, Nov. 9 (Xinhua) -- Story {number}.\n", encoding="utf-8")
            live.rebuild()
        client.get("/rss.xml")
        assert live.tree is not None
        served = _served_folders(live.tree)
        assert {folder for folder, _ in app.files._files} <= served
        assert app.files.size == sum(len(content) for content in app.files._files.values())


@pytest.mark.parametrize(
    ("path", "normal"),
    [
        ("/rss.xml", "/rss.xml"),
        ("//rss.xml", "/rss.xml"),
        ("/./rss.xml", "/rss.xml"),
        ("/feeds//english/./rss.xml", "/feeds/english/rss.xml"),
        ("/feeds/english/../../rss.xml", "/rss.xml"),
        ("/articles/.", "/articles/"),
        ("/articles/..", "/"),
        ("/.feedpub-manifest.json", "/.feedpub-manifest.json"),
        ("/..", None),
        ("/articles/../../etc/passwd", None),
    ],
)
def test_paths_are_normalised_as_nginx_does(path: str, normal: str | None) -> None:
    """Empty and . segments go, .. steps back, and stepping above the root is refused."""
    assert normalise(path) == normal


def test_dot_and_double_slash_paths_are_the_same_file(client: TestClient) -> None:
    """//rss.xml and /./rss.xml are /rss.xml, as nginx serves them; /.. is a bad request."""
    plain = client.get("/rss.xml")
    for path in ("//rss.xml", "/./rss.xml", "/feeds/../rss.xml"):
        response = client.get(f"http://testserver{path}")
        assert (response.status_code, response.headers["etag"]) == (200, plain.headers["etag"]), path


def _call(
    app: FeedpubApp, headers: list[tuple[bytes, bytes]], http_version: str = "1.1"
) -> tuple[int, dict[bytes, bytes]]:
    """The status and headers the app answers a GET of /rss.xml with exactly these header lines."""
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": "/rss.xml",
        "raw_path": b"/rss.xml",
        "http_version": http_version,
        "headers": headers,
    }
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return int(sent[0]["status"]), dict(sent[0]["headers"])


@pytest.mark.parametrize(
    ("headers", "http_version", "status"),
    [
        ([(b"host", b"news.example.org")], "1.1", 200),
        ([(b"host", b"127.0.0.1:8000")], "1.1", 200),
        ([(b"host", b"[::1]:8000")], "1.1", 200),
        ([], "1.1", 400),
        ([], "1.0", 200),
        ([(b"host", b"a.example"), (b"host", b"b.example")], "1.1", 400),
        ([(b"host", b"a.example"), (b"host", b"a.example")], "1.0", 400),
        ([(b"host", b"bad host")], "1.1", 400),
        ([(b"host", b"a/b")], "1.1", 400),
    ],
)
def test_host_rules_of_rfc_9112(
    live: LiveSite, headers: list[tuple[bytes, bytes]], http_version: str, status: int
) -> None:
    """HTTP/1.1 without Host, two Host lines or an invalid Host value get 400 (RFC 9112 3.2)."""
    assert _call(create_app(live), headers, http_version)[0] == status


def test_if_match_and_if_unmodified_since_get_412(client: TestClient) -> None:
    """A GET whose If-Match or If-Unmodified-Since fails gets 412; one that holds gets the file."""
    etag = client.get("/rss.xml").headers["etag"]
    assert client.get("/rss.xml", headers={"if-match": '"other"'}).status_code == 412
    assert client.get("/rss.xml", headers={"if-match": f"W/{etag}"}).status_code == 412
    assert client.get("/rss.xml", headers={"if-match": etag}).status_code == 200
    assert client.get("/rss.xml", headers={"if-match": "*"}).status_code == 200
    early = {"if-unmodified-since": "Mon, 01 Jan 1990 00:00:00 GMT"}
    assert client.get("/rss.xml", headers=early).status_code == 412
    assert client.get("/rss.xml", headers={"if-unmodified-since": "Fri, 01 Jan 2100 00:00:00 GMT"}).status_code == 200


def test_repeated_accept_encoding_lines_are_one_list(live: LiveSite) -> None:
    """Accept-Encoding sent as two lines counts both (RFC 9110 5.3): the first line's br is not lost."""
    app = create_app(live)
    lines = [(b"host", b"x"), (b"accept-encoding", b"br"), (b"accept-encoding", b"identity;q=0.5")]
    assert _call(app, lines) == (200, _call(app, [(b"host", b"x"), (b"accept-encoding", b"br")])[1])
    assert _call(app, lines)[1][b"content-encoding"] == b"br"


def test_answers_kept_stay_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_site: OpenSite) -> None:
    """Clients sending endless Accept-Encoding variants, a very long one, or unknown paths get
    the right answers without the server keeping one per variant."""
    monkeypatch.setattr("feedpub.serve.app.ANSWERS_KEPT", 8)
    live = open_site(make_site(tmp_path))
    live.rebuild()
    app = create_app(live)
    with TestClient(app) as client:
        for number in range(20):
            response = client.get("/rss.xml", headers={"accept-encoding": f"gzip, x-{number}"})
            assert response.headers["content-encoding"] == "gzip"
        long = client.get("/rss.xml", headers={"accept-encoding": "br, " + "x" * 600})
        assert long.headers["content-encoding"] == "br"
        assert {client.get(f"/nope-{number}.xml").status_code for number in range(20)} == {404}
        assert len(app._answers) <= 8  # the bound is the point


def test_unacceptable_codings_get_identity_not_406(client: TestClient) -> None:
    """A client that refuses every coding, identity too, gets the plain file (RFC 9110 12.5.3), every time."""
    refusing = {"accept-encoding": "identity;q=0, *;q=0"}
    answers = [client.get("/rss.xml", headers=refusing) for _ in range(2)]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert all("content-encoding" not in answer.headers for answer in answers)


def test_a_rebuild_that_crashes_keeps_the_server_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_site: OpenSite
) -> None:
    """An unexpected error in a rebuild (a full disk, a bug) is shown in /status; the old tree stays
    served, and the next rebuild publishes as usual."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    served = live.tree

    def crash(*arguments: object, **options: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("feedpub.serve.live.build_site", crash)
        assert live.rebuild() == []
    assert live.tree is served
    assert live.status_document()["buildError"] == "OSError: [Errno 28] No space left on device"
    live.rebuild()
    assert live.status_document()["buildError"] is None


#: Rebuilds a watcher asked for: the paths it named, or None when every file was checked.
Calls = list[set[Path] | None]


def _wait_for(check: Callable[[], bool], deadline: float, what: str = "") -> None:
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@contextmanager
def _watching(live: LiveSite, monkeypatch: pytest.MonkeyPatch, full_check_every: float) -> Iterator[Calls]:
    """``live``'s watcher running in a thread, once it is watching, with its rebuilds
    recorded instead of made."""
    calls: Calls = []

    def rebuild(changes: Iterable[Path] | None = None) -> list[str]:
        calls.append(None if changes is None else set(changes))
        return []

    monkeypatch.setattr(live, "rebuild", rebuild)
    live.full_check_every = full_check_every
    stop = threading.Event()
    watcher = threading.Thread(target=live.watch, args=(stop,))
    watcher.start()
    try:
        _wait_for(lambda: live.watching, time.monotonic() + 20, "the watcher did not start")
        yield calls
    finally:
        stop.set()
        watcher.join(timeout=10)


def test_watching_passes_change_sets_and_checks_every_file_now_and_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_site: OpenSite
) -> None:
    """--watch checks every file once the watcher runs and once full_check_every seconds have
    passed on its clock (moved by the test); in between, each rebuild gets the paths the
    watcher saw change."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    now = [1000.0]
    live.clock = lambda: now[0]
    with _watching(live, monkeypatch, full_check_every=900) as calls:
        assert calls == [None]
        added = live.site.articles / "added.txt"
        added.write_text("Added\nPARIS, Nov. 8 (AFP) - A new story.\n", encoding="utf-8")
        _wait_for(lambda: {added} in calls, time.monotonic() + 20)
        assert calls.count(None) == 1  # the clock has not moved: no full check yet
        now[0] += 901
        _wait_for(lambda: calls.count(None) >= 2, time.monotonic() + 20)
    assert calls.index({added}) < len(calls) - 1  # the change came first, then the periodic check


def test_every_save_of_the_config_is_followed_even_by_renaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_site: OpenSite
) -> None:
    """Editors save by renaming a new file over the old one, which ends a watch on the old
    file: every such save of feedpub.toml still sets off a rebuild."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    with _watching(live, monkeypatch, full_check_every=3600) as calls:
        deadline = time.monotonic() + 30
        text = live.config_file.read_text(encoding="utf-8")
        for save in range(3):
            before = len(calls)
            saved = tmp_path / "feedpub.toml.new"
            saved.write_text(f"{text}# save {save}\n", encoding="utf-8")
            saved.replace(live.config_file)

            def seen(since: int = before) -> bool:
                """Whether a rebuild since then was told of the config, or checked every file."""
                return any(changes is None or live.config_file in changes for changes in calls[since:])

            _wait_for(seen, deadline, f"save {save} was not seen")


def test_a_watcher_that_fails_is_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_site: OpenSite
) -> None:
    """watchfiles gives up on a file name it cannot decode: the watcher starts again and
    checks every file, and /status says it is not watching meanwhile."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    monkeypatch.setattr("feedpub.serve.live.WATCHER_RESTART", 0.01)
    calls: list[set[Path] | None] = []
    seen_watching: list[bool] = []
    started = 0

    def rebuild(changes: Iterable[Path] | None = None) -> list[str]:
        calls.append(None if changes is None else set(changes))
        seen_watching.append(live.watching)
        return []

    def fake_watch(*paths: Path, stop_event: threading.Event, **options: object) -> Iterator[set[object]]:
        nonlocal started
        started += 1
        yield set()
        if started == 1:
            raise RuntimeError('Unable to decode path "articles/bad\\xFF.txt" to string')
        stop_event.set()
        yield set()

    monkeypatch.setattr(live, "rebuild", rebuild)
    monkeypatch.setattr("feedpub.serve.live.watch", fake_watch)
    live.watch(threading.Event())
    assert started == 2
    assert calls == [None, None]  # a full check when the watcher first runs, and again after it failed
    assert seen_watching == [False, False]


def test_the_watcher_ignores_the_output_even_through_a_link(tmp_path: Path, open_site: OpenSite) -> None:
    """A link from articles/ to the site folder lets the watcher see the output and the cache;
    their changes are ignored, or every rebuild's own writes would set off the next."""
    live = open_site(make_site(tmp_path))
    live.rebuild()
    loop = live.site.articles / "loop"
    loop.symlink_to(tmp_path)
    build = next(path.name for path in (tmp_path / ".public.builds").iterdir() if path.name not in ("days", "archives"))
    ignored = [
        loop / "public" / "rss.xml",
        loop / "public",
        loop / ".public.builds" / build / "rss.xml",
        loop / ".feedpub-cache" / "articles.sqlite3-wal",
        live.site.articles / ".draft.txt",
        live.site.articles / "story.txt.swp",
    ]
    looked_at = [live.site.articles / "story.txt", live.config_file, loop / "articles-elsewhere.txt"]
    assert [live._worth_a_look(Change.modified, str(path)) for path in ignored] == [False] * len(ignored)
    assert [live._worth_a_look(Change.modified, str(path)) for path in looked_at] == [True] * len(looked_at)


def test_listen_binds_before_serving_and_names_a_port_in_use() -> None:
    """Port 0 gets a free port; a port in use is a usage error saying what to change."""
    first = listen("127.0.0.1", 0)
    try:
        port = first.getsockname()[1]
        assert port > 0
        first.listen()
        with pytest.raises(UsageError, match=rf"cannot listen on 127\.0\.0\.1 port {port}: .*choose another --port"):
            listen("127.0.0.1", port)
    finally:
        first.close()


def test_a_story_taken_down_answers_410(tmp_path: Path, open_site: OpenSite) -> None:
    """A page the site published and no longer does is Gone; a page it never had is Not Found."""
    site = open_site(make_site(tmp_path))
    site.rebuild()
    with TestClient(create_app(site)) as client:
        assert client.get("/articles/2025-11-07/fr-afp.html").status_code == 200
        (tmp_path / "articles" / "fr-afp.json").unlink()
        site.rebuild()
        gone = client.get("/articles/2025-11-07/fr-afp.html")
        assert (gone.status_code, gone.text) == (410, "Gone\n")
        assert client.get("/articles/2025-11-07/never-there.html").status_code == 404


def test_a_hub_set_while_serving_is_pinged(
    tmp_path: Path, open_site: OpenSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hub changed in feedpub.toml while the server runs gets the next pings, without a restart."""
    pinged: list[tuple[str, str]] = []
    sent = threading.Event()

    def ping(hub: str, url: str, **options: object) -> PingResult:
        pinged.append((hub, url))
        sent.set()
        return PingResult(url, True, "recorded")

    monkeypatch.setattr("feedpub.serve.websub.ping", ping)
    config = make_site(tmp_path)
    site = open_site(config)
    site.rebuild()
    config.write_text(
        config.read_text(encoding="utf-8").replace("https://hub.example.org/", "https://hub2.example.org/")
    )
    changed = site.rebuild()
    assert changed  # every feed names the new hub
    site.close()  # waits for the queued pings
    assert sent.is_set()
    assert {hub for hub, _ in pinged} == {"https://hub2.example.org/"}
    assert sorted(url for _, url in pinged) == sorted(changed)


def test_a_held_story_is_logged_once_when_first_held(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A story dated ahead of the server's clock shows nowhere yet: the rebuild that first holds it
    says which file and until when, and later rebuilds do not say it again."""
    story = "---\ndatePublished: 2025-11-10T18:00:00+00:00\n---\nEmbargoed\nLONDON, Nov. 10 (Reuters) - Held.\n"
    now = dt.datetime(2025, 11, 10, 17, 0, tzinfo=dt.UTC)
    site = LiveSite(make_site(tmp_path, {"embargo.txt": story}), reference_date=REFERENCE, now=lambda: now)
    try:
        with caplog.at_level(logging.INFO, logger="feedpub.live"):
            site.rebuild()
            assert "embargo.txt: held until 2025-11-10T18:00:00+00:00, its datePublished" in caplog.text
            caplog.clear()
            site.rebuild()
            assert "held until" not in caplog.text
    finally:
        site.close()


def test_a_file_no_rebuild_can_read_is_logged_once_when_it_appears(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A file dropped in while serving that cannot be read at all (a symbolic link to itself) is
    named with why, as a story with problems is, by the rebuild that first meets it, whether the
    watcher's changes or a full check brought it; later rebuilds do not say it again."""
    story = "Talks\nBAGHDAD, Nov. 7 (Xinhua) -- Talks resumed.\n"
    config = make_site(tmp_path, {"talks.txt": story})
    site = LiveSite(config, reference_date=REFERENCE)
    try:
        site.rebuild()
        loop = config.parent / "articles" / "loop.txt"
        loop.symlink_to(loop.name)
        with caplog.at_level(logging.WARNING, logger="feedpub.live"):
            site.rebuild({loop})
            assert "loop.txt: cannot read the file" in caplog.text
            caplog.clear()
            site.rebuild()
            site.rebuild({loop})
            assert "loop.txt" not in caplog.text
    finally:
        site.close()


def test_an_embargoed_story_is_published_when_its_time_comes(tmp_path: Path) -> None:
    """A story dated ahead of the server's clock is held; once the clock passes its time, the
    watch loop's check rebuilds and publishes it, though no file changed."""
    story = (
        "---\ndatePublished: 2025-11-10T18:00:00+00:00\n---\nEmbargoed\nLONDON, Nov. 10 (Reuters) - Held until six.\n"
    )
    clock = [dt.datetime(2025, 11, 10, 17, 0, tzinfo=dt.UTC)]
    site = LiveSite(make_site(tmp_path, {"embargo.txt": story}), reference_date=REFERENCE, now=lambda: clock[0])
    try:
        site.rebuild()
        assert site.tree is not None
        report = site.status.report
        assert report is not None
        assert report.next_release == dt.datetime(2025, 11, 10, 18, 0, tzinfo=dt.UTC)
        assert site.release_due() is False
        with TestClient(create_app(site)) as client:
            assert "Embargoed" not in client.get("/rss.xml").text
            clock[0] = dt.datetime(2025, 11, 10, 18, 0, 1, tzinfo=dt.UTC)
            assert site.release_due() is True
            assert "Embargoed" in client.get("/rss.xml").text
        assert site.release_due() is False
    finally:
        site.close()

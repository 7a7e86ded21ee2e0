"""The HTTP cases of tests/data/http (request in, status and headers out), each run against
``feedpub serve`` and against nginx with deploy/nginx.conf serving the same build."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servers import exchange, free_port, start_feedpub_serve, start_nginx, stop
from tests.sites import DATA, make_site

CASES = sorted((DATA / "http").glob("*.toml"))
SERVERS = ("feedpub", "nginx")
_REPEAT = re.compile(r"\{([^{}]+)\*(\d+)\}", re.DOTALL)


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """feedpub serve, and nginx serving the build it made: their base URLs by name."""
    root = tmp_path_factory.mktemp("http-cases")
    public = root / "public"
    config = make_site(root)
    port = free_port()
    feedpub = start_feedpub_serve(config, port, "--out", str(public), "--reference-date", "2025-11-10")
    nginx_folder = root / "nginx"
    nginx_folder.mkdir()
    try:
        nginx, nginx_base = start_nginx(public, nginx_folder)
    except BaseException:
        stop(feedpub)
        raise
    try:
        yield {"feedpub": f"http://127.0.0.1:{port}", "nginx": nginx_base}
    finally:
        nginx.terminate()
        nginx.communicate(timeout=15)
        stop(feedpub)


def _request(case: dict[str, Any], base: str) -> bytes:
    """The request of ``case`` as bytes, its stand-ins filled in (see tests/data/http/README.md)."""
    text = _REPEAT.sub(lambda match: match.group(1) * int(match.group(2)), case["request"].strip("\n"))
    if "{etag}" in text or "{last-modified}" in text:
        path = text.split(" ", 2)[1]
        status, headers = exchange(base, f"GET {path} HTTP/1.1\r\nHost: news.example.org\r\n\r\n".encode())
        assert status == 200, path
        text = text.replace("{etag}", headers["etag"][0]).replace("{last-modified}", headers["last-modified"][0])
    lines = text.split("\n")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@pytest.mark.parametrize("server", SERVERS)
@pytest.mark.parametrize("path", CASES, ids=[case.stem for case in CASES])
def test_http_case(servers: dict[str, str], server: str, path: Path) -> None:
    """The server answers the case's request with the status and header fields it names."""
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    if server not in case.get("servers", SERVERS):
        pytest.skip(f"{path.stem} is for {', '.join(case['servers'])}")
    expected = {**case, **case.get(server, {})}
    status, headers = exchange(servers[server], _request(case, servers[server]))
    assert status == expected["status"], headers
    for name, value in expected.get("headers", {}).items():
        assert headers.get(name) == [value], (name, headers)
    for name in expected.get("present", []):
        assert name in headers, (name, headers)
    for name in expected.get("absent", []):
        assert name not in headers, (name, headers)


def test_every_case_names_a_status() -> None:
    """Each case file has a request and a status, and only the keys the README describes."""
    keys = {"request", "status", "headers", "present", "absent", "servers", "nginx"}
    assert len(CASES) >= 30
    for path in CASES:
        case = tomllib.loads(path.read_text(encoding="utf-8"))
        assert {"request", "status"} <= set(case) <= keys, path.name
        assert path.read_text(encoding="utf-8").startswith("# "), path.name

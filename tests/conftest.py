"""Shared fixtures, and ``--update-goldens`` to rewrite golden files on purpose."""

from __future__ import annotations

import difflib
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen

import pytest
from hypothesis import settings

from .s3server import S3Server
from .servers import Hub, free_port, start_feedpub_serve, stop
from .sites import GOLDEN, SEED, SITE_CONFIG, make_site

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    """Let Ctrl-C reach the feedpub processes the tests start, as it does from a terminal. A
    shell starts a job in the background with SIGINT ignored, every process it starts inherits
    that, and the tests that send SIGINT would then see it ignored."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from current output")


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch, two_cores: None) -> None:
    """Two cores, and no other threads as far as feedpub.workers can tell (the suite's servers run some)."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)


@pytest.fixture
def seed_path() -> Path:
    """The first real article: Xinhua's Arabic service, 7 November 2025."""
    return SEED


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/NAME`` byte for byte, showing a unified diff on mismatch."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-goldens"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True), actual.splitlines(keepends=True), str(path), "actual"
                )
            )
            pytest.fail(f"output differs from golden file {name}:\n{diff}")

    return check


@dataclass(frozen=True)
class Served:
    """A running ``feedpub serve --watch`` on loopback, its site folder and its WebSub hub."""

    url: str
    root: Path
    hub: Hub
    process: Popen[bytes]


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One real server shared by the protocol tests; it must stop cleanly on SIGTERM."""
    hub = Hub()
    root = tmp_path_factory.mktemp("served")
    config = make_site(root, config=SITE_CONFIG.replace("https://hub.example.org/", hub.url))
    port = free_port()
    process = start_feedpub_serve(config, port, "--watch", "--reference-date", "2025-11-10")
    try:
        yield Served(f"http://127.0.0.1:{port}", root, hub, process)
    finally:
        code, output = stop(process)
        hub.close()
    assert code == 0, output


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """One S3-compatible server (moto's) on loopback for every deploy test; each test uses a
    bucket of its own, and clears the request log before it reads it."""
    server = S3Server(tmp_path_factory.mktemp("s3"))
    try:
        yield server
    finally:
        server.close()

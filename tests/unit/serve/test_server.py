"""Starting the server: the connection limit fits the open-file limit."""

from __future__ import annotations

import resource

import pytest

from feedpub.serve.limits import Limits
from feedpub.serve.server import RESERVED_FILES, fit_open_files


def test_connections_fit_the_open_file_limit(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """With ulimit -n 128, 512 connections would run out of files: the limit drops to 64, and says so."""
    monkeypatch.setattr(resource, "getrlimit", lambda which: (128, 4096))
    assert fit_open_files(Limits(connections=512)).connections == 128 - RESERVED_FILES
    assert "leaves room for 64 connections, not 512" in caplog.text


def test_connections_within_the_open_file_limit_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """With room enough, the limit asked for is kept."""
    monkeypatch.setattr(resource, "getrlimit", lambda which: (65536, 65536))
    limits = Limits(connections=512)
    assert fit_open_files(limits) is limits

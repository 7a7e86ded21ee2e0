"""Real servers for the protocol tests: feedpub serve in a subprocess, a tiny WebSub hub,
and Debian packages (nginx, newsboat) installed on demand. Everything listens on loopback."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .sites import ROOT

STARTUP_SECONDS = 60


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes] | None = None) -> None:
    """Poll ``url`` until it answers 200, for at most a minute."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            raise AssertionError(f"server exited with {process.returncode}:\n{output}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback test URL
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not come up in {STARTUP_SECONDS} s")


def feedpub_command() -> str:
    """The installed console script next to the interpreter running the tests."""
    return str(Path(sys.executable).with_name("feedpub"))


def start_feedpub_serve(config: Path, port: int, *extra: str) -> subprocess.Popen[bytes]:
    """``feedpub serve`` on loopback, ready to answer when this returns."""
    process = subprocess.Popen(
        [feedpub_command(), "serve", "--config", str(config), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    wait_until_up(f"http://127.0.0.1:{port}/healthz", process)
    return process


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> tuple[int, str]:
    """Signal a server and wait for it; returns its exit code and output."""
    process.send_signal(sig)
    try:
        output, _ = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return process.returncode, output.decode(errors="replace")


class Hub:
    """A WebSub hub that records publish pings and answers 204, as hubs do."""

    def __init__(self) -> None:
        self.pings: list[dict[str, str]] = []
        self.lock = threading.Lock()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                with hub.lock:
                    hub.pings.append(form)
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def urls(self) -> list[str]:
        """The hub.url of every ping received so far, in order."""
        with self.lock:
            return [ping.get("hub.url", "") for ping in self.pings]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def require_command(command: str, package: str) -> str:
    """The path of ``command``, installing Debian's ``package`` first if it is missing.

    ``scripts/apt-ensure`` installs it (root and apt-get, as on this project's machines and
    CI); where it cannot, the test is skipped, except under CI, where that is a failure.
    """
    completed = subprocess.run(
        [str(ROOT / "scripts" / "apt-ensure"), command, package],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if completed.returncode == 3:
        if os.environ.get("CI"):
            pytest.fail(completed.stderr)
        pytest.skip(completed.stderr.strip())
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip().splitlines()[-1]


def start_nginx(public: Path, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """nginx (installed from Debian if missing) serving ``public`` with deploy/nginx.conf on a
    loopback port, its files under ``folder``; returns the process and the base URL."""
    binary = require_command("nginx", "nginx")
    port = free_port()
    server = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    server = server.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("/srv/feedpub/public", str(public))
    (folder / "feedpub-server.conf").write_text(server, encoding="utf-8")
    user = "user root;" if os.geteuid() == 0 else ""
    temp = folder / "temp"
    temp.mkdir()
    (folder / "nginx.conf").write_text(
        f"""{user}
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {folder}/feedpub-server.conf;
}}
""",
        encoding="utf-8",
    )
    process = subprocess.Popen([binary, "-c", str(folder / "nginx.conf"), "-p", str(folder)], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None:
                raise AssertionError(process.stderr.read().decode() if process.stderr else "nginx exited") from None
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
    return process, base


def exchange(base: str, request: bytes, timeout: float = 10) -> tuple[int, dict[str, list[str]]]:
    """Send ``request`` as it is over a new connection to ``base`` and read the answer's head:
    its status (0 when the server closed without one) and its header fields, by lower-case name."""
    host, port = urllib.parse.urlsplit(base).netloc.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=timeout) as connection:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            connection.sendall(request)  # a server may answer (and close) before reading all of an overlong one
        received = b""
        while b"\r\n\r\n" not in received:
            try:
                piece = connection.recv(65536)
            except ConnectionResetError:
                break
            if not piece:
                break
            received += piece
    head = received.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    if not head.startswith("HTTP/"):
        return 0, {}
    status_line, *lines = head.split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return int(status_line.split(" ", 2)[1]), headers

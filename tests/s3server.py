"""A real S3-compatible server for the deploy tests: moto's standalone server, in its own
process on loopback, speaking S3 over HTTP as s3fs's own tests use it.

No MinIO server can be installed from the package registries these machines reach, and
moto comes from PyPI with the test extra. Its request recorder logs every request the
server receives, in order, which is how the tests see the order of the PUTs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .servers import free_port, wait_until_up

#: Credentials moto accepts (it checks none unless told to); real ones are never needed.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "feedpub-test", "AWS_SECRET_ACCESS_KEY": "feedpub-test-secret"}


def offline_environment(home: Path) -> dict[str, str]:
    """Variables that keep boto3 off the network and away from the machine's own AWS files."""
    return {
        "AWS_CONFIG_FILE": str(home / "aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_DEFAULT_REGION": "us-east-1",
    }


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    method: str
    path: str
    query: str
    headers: dict[str, str]


def _records(text: str) -> Iterator[dict[str, Any]]:
    """The JSON records of moto's request log. The server writes one a line, but uploads
    running at once can write two records on one line, so they are read one by one."""
    decoder = json.JSONDecoder()
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position == len(text):
            return
        record, position = decoder.raw_decode(text, position)
        yield record


class S3Server:
    """``moto_server`` on a loopback port, recording the requests it receives."""

    def __init__(self, folder: Path, *, environment: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.recording = folder / "requests.jsonl"
        # The server logs every request: to a file, since a pipe nobody reads fills and stops it.
        self.log = folder / "moto.log"
        with self.log.open("wb") as log:
            self.process = self._start(folder, log, environment or {})
        wait_until_up(f"{self.url}/moto-api/", self.process)

    def _start(self, folder: Path, log: IO[bytes], environment: dict[str, str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=folder,
            env={
                **os.environ,
                **environment,
                "MOTO_ENABLE_RECORDING": "true",
                "MOTO_RECORDER_FILEPATH": str(self.recording),
            },
        )

    def client(self, service: str = "s3") -> Any:
        """A boto3 client of this server, as the tests' own window on it."""
        import boto3

        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )

    def _api(self, action: str) -> bytes:
        method = "GET" if action == "download-recording" else "POST"
        request = urllib.request.Request(f"{self.url}/moto-api/recorder/{action}", method=method)  # noqa: S310
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback test URL
            return bytes(response.read())

    def forget_requests(self) -> None:
        """Start the request log afresh."""
        self._api("reset-recording")

    def requests(self) -> list[Request]:
        """Every request received since :meth:`forget_requests`, in the order received."""
        found = []
        for entry in _records(self._api("download-recording").decode()):
            url = urllib.parse.urlsplit(entry["url"])
            if url.path.startswith("/moto-api/"):
                continue
            headers = {name.lower(): str(value) for name, value in entry.get("headers", {}).items()}
            found.append(Request(entry["method"], urllib.parse.unquote(url.path), url.query, headers))
        return found

    def put_keys(self, bucket: str) -> list[str]:
        """The keys of the objects PUT into ``bucket``, in order."""
        prefix = f"/{bucket}/"
        return [r.path.removeprefix(prefix) for r in self.requests() if r.method == "PUT" and r.path.startswith(prefix)]

    def close(self) -> None:
        """Stop the server."""
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def deploy_config(endpoint: str, bucket: str, *, hub: str | None = None, target: str = "") -> str:
    """The test site's feedpub.toml with a ``[[deploy]]`` target "test" at ``s3://bucket/site``
    on ``endpoint``, its WebSub hub ``hub`` or none (never a host off this machine), and
    ``target`` added to the target's table."""
    from .sites import SITE_CONFIG

    text = SITE_CONFIG.replace('hub = "https://hub.example.org/"\n', f'hub = "{hub}"\n' if hub else "")
    return text + f'\n[[deploy]]\nname = "test"\nurl = "s3://{bucket}/site"\nendpoint_url = "{endpoint}"\n{target}'

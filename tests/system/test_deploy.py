"""``feedpub deploy`` as installed, against moto's S3 server on loopback: reports, exit codes, messages."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from feedpub.render.formats import ARTICLE_FORMATS
from tests.s3server import CREDENTIALS, S3Server, deploy_config, offline_environment
from tests.servers import Hub, feedpub_command, free_port
from tests.sites import make_site, published_files

REFERENCE = ["--reference-date", "2025-11-10"]


def _environment(home: Path, **changes: str | None) -> dict[str, str]:
    """The machine's environment without its AWS settings, with the test credentials and ``changes``."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    environment |= {**CREDENTIALS, **offline_environment(home)}
    for name, value in changes.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return environment


class Site:
    """A built test site with a fresh bucket on the server, and the feedpub command to run on it."""

    def __init__(self, root: Path, server: S3Server, *, hub: str | None = None, target: str = "") -> None:
        self.root = root
        self.server = server
        self.bucket = f"news-{uuid.uuid4().hex[:12]}"
        server.client().create_bucket(Bucket=self.bucket)
        self.config = make_site(root / "site", config=deploy_config(server.url, self.bucket, hub=hub, target=target))
        assert self.run("build", *REFERENCE).returncode == 0

    def run(self, *arguments: str, **environment: str | None) -> subprocess.CompletedProcess[str]:
        """``feedpub COMMAND --config feedpub.toml ARGUMENTS``."""
        return subprocess.run(
            [feedpub_command(), arguments[0], "--config", str(self.config), *arguments[1:]],
            capture_output=True,
            text=True,
            env=_environment(self.root, **environment),
            timeout=120,
            check=False,
        )

    def deploy_json(self, *arguments: str) -> dict[str, Any]:
        """Run a deploy with --format json; it must succeed."""
        done = self.run("deploy", "--format", "json", *arguments)
        assert done.returncode == 0, done.stderr
        document: dict[str, Any] = json.loads(done.stdout)
        return document

    def published(self) -> int:
        """How many files the build published, counted on disk (hidden files and the
        compressed siblings, which are stored in their files' place, left out)."""
        files = published_files(self.config.parent / "public", "[!.]*")
        return sum(not file.name.endswith((".gz", ".br")) for file in files)

    def stored(self) -> set[str]:
        """The keys in the bucket."""
        listing = self.server.client().list_objects_v2(Bucket=self.bucket)
        return {item["Key"] for item in listing.get("Contents", [])}


def test_deploy_then_deploy_again(tmp_path: Path, s3_server: S3Server) -> None:
    """The first deploy uploads every object and says so; the second uploads nothing and writes nothing."""
    site = Site(tmp_path, s3_server)
    first = site.run("deploy")
    assert first.returncode == 0, first.stderr
    [line] = first.stdout.splitlines()
    files = site.published()
    assert f"to test (s3://{site.bucket}/site/): {files} uploaded (" in line
    assert ", 0 unchanged, 0 deleted; " in line
    assert len(site.stored()) == files
    s3_server.forget_requests()
    second = site.deploy_json()
    summary = second["summary"]
    assert (summary["uploaded"], summary["skipped"], summary["deleted"], summary["bytes"]) == (0, files, 0, 0)
    assert [r.method for r in s3_server.requests()] == ["GET", "GET"]  # the check and the listing


def test_dry_run_and_no_delete(tmp_path: Path, s3_server: S3Server) -> None:
    """--dry-run writes nothing; --no-delete keeps a removed article's objects; a plain deploy deletes them."""
    site = Site(tmp_path, s3_server)
    s3_server.forget_requests()
    dry = site.run("deploy", "--dry-run", "-v")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[-1].startswith("Dry run: ")
    assert sum(line.startswith("would upload ") for line in dry.stdout.splitlines()) == site.published()
    assert {r.method for r in s3_server.requests()} == {"GET"}
    assert site.stored() == set()
    site.deploy_json()
    (site.config.parent / "articles" / "fr-afp.json").unlink()
    assert site.run("build", *REFERENCE).returncode == 0
    kept = site.deploy_json("--no-delete")
    assert kept["kept"] == [f"site/articles/2025-11-07/fr-afp{kind.file}" for kind in ARTICLE_FORMATS]
    assert kept["gone"] == ["https://news.example.org/articles/2025-11-07/fr-afp.html"]
    assert "site/articles/2025-11-07/fr-afp.html" in site.stored()
    deleted = site.deploy_json()
    assert deleted["deleted"] == kept["kept"]
    assert not any("fr-afp" in key for key in site.stored())


def test_purge_hook_and_websub_ping(tmp_path: Path, s3_server: S3Server) -> None:
    """After the upload the purge command gets every changed URL and the hub one ping per feed."""
    hub = Hub()
    record = tmp_path / "purged.txt"
    script = "import sys; open(sys.argv[1], 'w').write(sys.stdin.read())"
    purge = f"purge = {json.dumps([sys.executable, '-c', script, str(record)])}\n"
    try:
        site = Site(tmp_path, s3_server, hub=hub.url, target=purge)
        document = site.deploy_json()
        pings = hub.urls()
    finally:
        hub.close()
    uploaded = [entry["key"].removeprefix("site/") for entry in document["uploaded"]]
    purged = record.read_text().splitlines()
    assert set(purged) == {"https://news.example.org/" + path for path in uploaded} | {"https://news.example.org/"}
    feeds = [path for path in uploaded if path.endswith(("rss.xml", "atom.xml", "feed.json"))]
    assert sorted(pings) == sorted("https://news.example.org/" + path for path in feeds)
    assert document["steps"] == [
        {"step": "purge", "ok": True, "detail": f"{sys.executable} purged {site.published() + 1} URLs"}
    ]


def test_failed_purge_exits_1_after_the_upload(tmp_path: Path, s3_server: S3Server) -> None:
    """A purge command that fails: the objects are in place, the failure is on stderr, the exit code is 1."""
    site = Site(tmp_path, s3_server, target=f'purge = [{json.dumps(sys.executable)}, "-c", "raise SystemExit(3)"]\n')
    done = site.run("deploy")
    assert done.returncode == 1
    assert "purge failed: " in done.stderr
    assert "exited with 3" in done.stderr
    assert len(site.stored()) == site.published()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("credentials", "no credentials for s3://"),
        ("endpoint", "cannot reach http://127.0.0.1:"),
        ("bucket", 'the bucket "missing-bucket" does not exist at http://127.0.0.1:'),
    ],
)
def test_storage_failures_exit_1_with_a_message(tmp_path: Path, s3_server: S3Server, case: str, message: str) -> None:
    """Missing credentials, an unreachable endpoint, a missing bucket: exit 1, one clear line, nothing uploaded."""
    site = Site(tmp_path, s3_server)
    text = site.config.read_text(encoding="utf-8")
    environment: dict[str, str | None] = {}
    if case == "credentials":
        environment = {"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None}
    elif case == "endpoint":
        site.config.write_text(text.replace(s3_server.url, f"http://127.0.0.1:{free_port()}"), encoding="utf-8")
    else:
        site.config.write_text(text.replace(f"s3://{site.bucket}/", "s3://missing-bucket/"), encoding="utf-8")
    done = site.run("deploy", **environment)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("Error: " + message), done.stderr
    assert "Traceback" not in done.stderr
    assert site.stored() == set()


@pytest.mark.parametrize(
    ("arguments", "config", "message"),
    [
        (["--target", "staging"], "", 'has no deploy target "staging" (it has: test)'),
        (["--out", "nowhere"], "", "is not a feedpub build"),
        ([], 'aws_access_key_id = "AKIA"\n', "credentials are never read from feedpub.toml"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, s3_server: S3Server, arguments: list[str], config: str, message: str
) -> None:
    """An unknown target, no build, or credentials in the config file: exit 2 with the reason."""
    site = Site(tmp_path, s3_server)
    site.config.write_text(site.config.read_text(encoding="utf-8") + config, encoding="utf-8")
    done = site.run("deploy", *arguments)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr


def test_missing_client_library_names_the_extra(tmp_path: Path, s3_server: S3Server) -> None:
    """Without boto3 installed, deploy exits 2 and says which extra to install."""
    site = Site(tmp_path, s3_server)
    blocked = "import sys; sys.modules['boto3'] = None; from feedpub.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", blocked, "deploy", "--config", str(site.config)],
        capture_output=True,
        text=True,
        env=_environment(tmp_path),
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "pip install 'feedpub[s3]'" in done.stderr


def test_progress_bar_on_a_terminal(tmp_path: Path, s3_server: S3Server) -> None:
    """On a terminal, stderr shows an upload progress bar that reaches the end."""
    site = Site(tmp_path, s3_server)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [feedpub_command(), "deploy", "--config", str(site.config)],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=_environment(tmp_path),
            timeout=120,
            check=False,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    assert b"Uploading" in shown
    assert b"100%" in shown

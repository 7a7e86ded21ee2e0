"""A real S3 server for the deploy tests, a fresh bucket for each, and a built site to deploy."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from feedpub.build.site import build_site
from feedpub.config import SiteConfig, load_config
from tests.s3server import CREDENTIALS, S3Server, deploy_config, offline_environment
from tests.sites import make_site

REFERENCE = dt.date(2025, 11, 10)


def kind_by_place(path: str) -> str:
    """The kind a reader of the tree gives a file by its place and name alone (the tests' oracle)."""
    name = path.rsplit("/", 1)[-1]
    if name in ("rss.xml", "atom.xml", "feed.json"):
        return "feed"
    if path == "sitemap-news.xml":
        return "sitemap"
    if path == "index.html":
        return "index"
    if path.startswith("articles/") and path.count("/") == 2 and name.endswith((".html", ".jsonld", ".ninjs.json")):
        return "article"
    return "asset"


@pytest.fixture(autouse=True)
def aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Test credentials, and no look at this machine's AWS files or instance metadata."""
    for name, value in {**CREDENTIALS, **offline_environment(tmp_path)}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@dataclass(frozen=True)
class Deployable:
    """A built test site with a deploy target "test" on the server, in a bucket of its own."""

    site: SiteConfig
    out: Path
    bucket: str
    server: S3Server

    def objects(self) -> dict[str, str]:
        """Every key in the bucket, with its ETag."""
        listing = self.server.client().list_objects_v2(Bucket=self.bucket)
        return {item["Key"]: item["ETag"] for item in listing.get("Contents", [])}


def make_deployable(root: Path, server: S3Server, *, hub: str | None = None, target: str = "") -> Deployable:
    """Build the test site under ``root`` and make its bucket."""
    bucket = f"news-{uuid.uuid4().hex[:12]}"
    server.client().create_bucket(Bucket=bucket)
    site = load_config(make_site(root, config=deploy_config(server.url, bucket, hub=hub, target=target)))
    build_site(site, root / "public", reference_date=REFERENCE)
    return Deployable(site, root / "public", bucket, server)


@pytest.fixture
def deployable(tmp_path: Path, s3_server: S3Server) -> Deployable:
    """The test site, built, with an empty bucket to deploy it to."""
    return make_deployable(tmp_path / "site", s3_server)

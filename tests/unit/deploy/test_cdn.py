"""After the upload: the purge command gets the changed URLs, CloudFront their paths, the hub the feeds."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

from feedpub.deploy.cdn import CLOUDFRONT_PATHS, invalidate_cloudfront, ping_hub, run_purge, urls_of
from tests.s3server import S3Server
from tests.servers import Hub
from tests.unit.deploy.conftest import Deployable

#: A purge command that records its input and environment, as a CDN's CLI would read them.
RECORDER = """
import json, os, sys
json.dump({"urls": sys.stdin.read().splitlines(), "target": os.environ["FEEDPUB_DEPLOY_TARGET"],
           "url": os.environ["FEEDPUB_DEPLOY_URL"], "cwd": os.getcwd()}, open(sys.argv[1], "w"))
"""


def test_urls_of_paths(deployable: Deployable) -> None:
    """Paths become public URLs, percent-encoded; an index is purged under its folder's URL too."""
    urls = urls_of(deployable.site, ["index.html", "feeds/english/rss.xml", "articles/2025-11-07/بغداد.html"])
    assert urls == [
        "https://news.example.org/",
        "https://news.example.org/index.html",
        "https://news.example.org/feeds/english/rss.xml",
        "https://news.example.org/articles/2025-11-07/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF.html",
    ]


def test_purge_command_reads_the_urls(deployable: Deployable, tmp_path: Path) -> None:
    """The command runs in the config's folder with the URLs on stdin and the target in its environment."""
    record = tmp_path / "purged.json"
    target = dataclasses.replace(deployable.site.deploy[0], purge=(sys.executable, "-c", RECORDER, str(record)))
    urls = ["https://news.example.org/", "https://news.example.org/rss.xml"]
    result = run_purge(deployable.site, target, urls)
    assert result.ok, result.detail
    seen = json.loads(record.read_text())
    assert seen == {"urls": urls, "target": "test", "url": target.url, "cwd": str(deployable.site.root)}


@pytest.mark.parametrize(
    ("command", "detail"),
    [
        ((sys.executable, "-c", "import sys; sys.exit('no such zone')"), "exited with 1: no such zone"),
        (("/nonexistent/purge-cdn",), "cannot run /nonexistent/purge-cdn"),
    ],
)
def test_failed_purge_is_reported(deployable: Deployable, command: tuple[str, ...], detail: str) -> None:
    """A purge command that fails or cannot run is a failed step with its reason, not an exception."""
    target = dataclasses.replace(deployable.site.deploy[0], purge=command)
    result = run_purge(deployable.site, target, ["https://news.example.org/"])
    assert not result.ok
    assert detail in result.detail


def _distribution(server: S3Server) -> str:
    config = {
        "CallerReference": "feedpub-test",
        "Comment": "",
        "Enabled": True,
        "Origins": {
            "Quantity": 1,
            "Items": [
                {"Id": "bucket", "DomainName": "news.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}}
            ],
        },
        "DefaultCacheBehavior": {"TargetOriginId": "bucket", "ViewerProtocolPolicy": "redirect-to-https"},
    }
    return str(server.client("cloudfront").create_distribution(DistributionConfig=config)["Distribution"]["Id"])


def test_cloudfront_invalidates_the_paths(
    deployable: Deployable, s3_server: S3Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The URLs' paths are invalidated in the distribution; too many become one wildcard."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_CLOUDFRONT", s3_server.url)
    target = dataclasses.replace(deployable.site.deploy[0], cloudfront_distribution=_distribution(s3_server))
    urls = ["https://news.example.org/", "https://news.example.org/rss.xml"]
    result = invalidate_cloudfront(deployable.site, target, urls, "ref-1")
    assert result.ok, result.detail
    many = [f"https://news.example.org/articles/{number}.html" for number in range(CLOUDFRONT_PATHS + 1)]
    assert invalidate_cloudfront(deployable.site, target, many, "ref-2").ok
    client = s3_server.client("cloudfront")
    batches = []
    for summary in client.list_invalidations(DistributionId=target.cloudfront_distribution)["InvalidationList"][
        "Items"
    ]:
        invalidation = client.get_invalidation(DistributionId=target.cloudfront_distribution, Id=summary["Id"])
        batches.append(sorted(invalidation["Invalidation"]["InvalidationBatch"]["Paths"]["Items"]))
    assert sorted(batches) == [["/", "/rss.xml"], ["/*"]]


def test_cloudfront_failure_is_a_failed_step(
    deployable: Deployable, s3_server: S3Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unknown distribution is reported as a failed step with the service's reason."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_CLOUDFRONT", s3_server.url)
    target = dataclasses.replace(deployable.site.deploy[0], cloudfront_distribution="E0NOSUCH")
    result = invalidate_cloudfront(deployable.site, target, ["https://news.example.org/"], "ref-3")
    assert not result.ok
    assert "E0NOSUCH" in result.detail


def test_hub_is_pinged_for_each_feed() -> None:
    """One publish ping per changed feed URL, in order."""
    hub = Hub()
    try:
        results = ping_hub(hub.url, ["https://news.example.org/rss.xml", "https://news.example.org/atom.xml"])
        assert [r.ok for r in results] == [True, True]
        assert hub.urls() == ["https://news.example.org/rss.xml", "https://news.example.org/atom.xml"]
    finally:
        hub.close()

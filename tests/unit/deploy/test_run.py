"""Whole deploys against a real S3 server: order, headers, increments, deletions, dry runs, interruptions."""

from __future__ import annotations

import dataclasses
import gzip
from pathlib import Path

import feedparser
import pytest

from feedpub.build.site import build_site
from feedpub.build.tree import load_tree
from feedpub.config import DeployTarget
from feedpub.deploy import DeployReport, choose_target, deploy_site, s3
from feedpub.deploy.plan import LocalObject, published_files
from feedpub.errors import DeployError, UsageError
from feedpub.render.formats import ARTICLE_FORMATS
from tests.s3server import S3Server
from tests.servers import Hub
from tests.unit.deploy.conftest import REFERENCE, Deployable, kind_by_place, make_deployable

ORDER = ["asset", "article", "archive", "feed", "sitemap", "index"]

#: The removed story's files, each of its formats beside the others in its day.
AFP_FILES = tuple(f"site/articles/2025-11-07/fr-afp{kind.file}" for kind in ARTICLE_FORMATS)


def _deploy(deployable: Deployable, *, dry_run: bool = False, force: bool = False, delete: bool = True) -> DeployReport:
    target = deployable.site.deploy[0]
    return deploy_site(deployable.site, target, deployable.out, dry_run=dry_run, force=force, delete=delete)


def _writes(server: S3Server) -> list[str]:
    return [f"{r.method} {r.path}" for r in server.requests() if r.method in ("PUT", "POST", "DELETE")]


def test_first_deploy_uploads_every_file_pages_first(deployable: Deployable) -> None:
    """Every file of the build is PUT once, each kind after the kinds its pages link to, the index last."""
    deployable.server.forget_requests()
    report = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out)
    paths = [key.removeprefix("site/") for key in deployable.server.put_keys(deployable.bucket)]
    built = sorted(info.path for info, _, _ in published_files(load_tree(deployable.out)))
    assert sorted(paths) == built
    ranks = [ORDER.index(kind_by_place(path)) for path in paths]
    assert ranks == sorted(ranks), paths
    assert paths[-1] == "index.html"
    assert report.ok
    assert len(report.plan.uploads) == len(built)
    assert report.bytes == sum(upload.object.size for upload in report.plan.uploads)


def test_objects_read_back_as_the_built_files(deployable: Deployable) -> None:
    """Each stored object, unzipped per its Content-Encoding, is the built file; the feeds parse cleanly."""
    _deploy(deployable)
    client = deployable.server.client()
    for info, _, _ in published_files(load_tree(deployable.out)):
        stored = client.get_object(Bucket=deployable.bucket, Key="site/" + info.path)
        body = stored["Body"].read()
        if stored.get("ContentEncoding") == "gzip":
            body = gzip.decompress(body)
        assert body == (deployable.out / info.path).read_bytes(), info.path
        assert stored["ContentType"] == info.media_type
        assert stored["ContentType"].endswith("; charset=utf-8")
        assert stored["CacheControl"]
        if kind_by_place(info.path) == "feed" and info.path.endswith(".xml"):
            parsed = feedparser.parse(body)
            assert not parsed.bozo, (info.path, parsed.get("bozo_exception"))
            assert parsed.entries


def test_second_deploy_of_the_same_build_uploads_nothing(deployable: Deployable) -> None:
    """Unchanged build: one listing, no PUT, no DELETE; all objects counted unchanged."""
    first = _deploy(deployable)
    deployable.server.forget_requests()
    second = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out)
    assert _writes(deployable.server) == []
    assert not second.plan.uploads
    assert len(second.plan.skipped) == len(first.plan.uploads)


def test_new_article_uploads_its_files_and_the_listings(tmp_path: Path, s3_server: S3Server) -> None:
    """A new article: its page and JSON-LD, then the feeds, sitemap and index that list it; nothing else."""
    hub = Hub()
    try:
        deployable = make_deployable(tmp_path / "site", s3_server, hub=hub.url)
        deploy_site(deployable.site, deployable.site.deploy[0], deployable.out)
        first_pings = hub.urls()
        story = (deployable.site.articles / "en-xinhua-front-matter.txt").read_text(encoding="utf-8")
        (deployable.site.articles / "en-xinhua-second.txt").write_text(
            story.replace("Xinhua", "Xinhua (second story)", 1), encoding="utf-8"
        )
        build_site(deployable.site, deployable.out, reference_date=REFERENCE)
        s3_server.forget_requests()
        report = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out)
        paths = [key.removeprefix("site/") for key in s3_server.put_keys(deployable.bucket)]
        pings = hub.urls()[len(first_pings) :]
    finally:
        hub.close()
    kinds = [kind_by_place(path) for path in paths]
    assert sorted(p for p in paths if kind_by_place(p) == "article") == sorted(
        p for p in paths if p.rsplit("/", 1)[-1].startswith("en-xinhua-second.")
    )
    assert set(kinds) >= {"article", "feed", "sitemap", "index"}
    assert [ORDER.index(kind) for kind in kinds] == sorted(ORDER.index(kind) for kind in kinds)
    assert "style.css" not in paths
    changed_feeds = sorted(
        deployable.site.base_url + u.object.path for u in report.plan.uploads if u.object.kind == "feed"
    )
    assert sorted(pings) == changed_feeds
    assert len(first_pings) == 9


def test_removed_article_is_deleted_after_the_uploads_and_listed_as_gone(deployable: Deployable) -> None:
    """The lost article's objects are deleted after the last PUT; its page URL is reported gone."""
    _deploy(deployable)
    (deployable.site.articles / "fr-afp.json").unlink()
    build_site(deployable.site, deployable.out, reference_date=REFERENCE)
    deployable.server.forget_requests()
    report = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out)
    writes = _writes(deployable.server)
    assert writes[-1] == f"POST /{deployable.bucket}"  # DeleteObjects, after every PUT
    assert all(write.startswith("PUT ") for write in writes[:-1])
    assert report.plan.deletions == AFP_FILES
    assert report.gone == ("https://news.example.org/articles/2025-11-07/fr-afp.html",)
    assert not any("fr-afp" in key for key in deployable.objects())


def test_no_delete_keeps_what_the_build_lost(deployable: Deployable) -> None:
    """With delete=False the objects stay, and are reported kept (and gone)."""
    _deploy(deployable)
    (deployable.site.articles / "fr-afp.json").unlink()
    build_site(deployable.site, deployable.out, reference_date=REFERENCE)
    report = _deploy(deployable, delete=False)
    assert "site/articles/2025-11-07/fr-afp.html" in deployable.objects()
    assert report.plan.kept == AFP_FILES
    assert report.gone == ("https://news.example.org/articles/2025-11-07/fr-afp.html",)


def test_dry_run_writes_nothing(deployable: Deployable) -> None:
    """A dry run lists the bucket and reports the plan; the server receives no write."""
    deployable.server.forget_requests()
    report = _deploy(deployable, dry_run=True)
    assert _writes(deployable.server) == []
    assert deployable.objects() == {}
    assert report.dry_run
    assert len(report.plan.uploads) == len(list(published_files(load_tree(deployable.out))))


def test_force_uploads_unchanged_objects_again(deployable: Deployable) -> None:
    """--force re-uploads everything (as after a change of cache_control)."""
    first = _deploy(deployable)
    deployable.server.forget_requests()
    _deploy(deployable, force=True)
    assert len(deployable.server.put_keys(deployable.bucket)) == len(first.plan.uploads)


def test_interrupted_deploy_is_finished_by_the_next(deployable: Deployable) -> None:
    """Stopped after five uploads (Ctrl-C), the next run uploads exactly the rest, and the bucket is whole."""
    target = deployable.site.deploy[0]

    def interrupt(done: int, total: int) -> None:
        if done == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        deploy_site(deployable.site, target, deployable.out, progress=interrupt)
    held = set(deployable.objects())
    assert 5 <= len(held) < 22
    assert not any(kind_by_place(key.removeprefix("site/")) in ("feed", "sitemap", "index") for key in held)
    report = deploy_site(deployable.site, target, deployable.out)
    every = {item.key for item in _all(deployable)}
    assert {u.object.key for u in report.plan.uploads} == every - held
    assert set(deployable.objects()) == every


def _all(deployable: Deployable) -> list[LocalObject]:
    from feedpub.deploy.plan import local_objects

    return local_objects(load_tree(deployable.out), deployable.site.deploy[0])


def test_failed_upload_stops_before_the_next_phase(deployable: Deployable, monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed that cannot be written stops the deploy: no sitemap, no index, no deletion."""
    put = s3.Bucket.put

    def refuse_feeds(self: s3.Bucket, item: LocalObject) -> None:
        if item.kind == "feed":
            raise DeployError(f"denied writing {item.key}")
        put(self, item)

    monkeypatch.setattr(s3.Bucket, "put", refuse_feeds)
    deployable.server.client().put_object(Bucket=deployable.bucket, Key="site/old.html", Body=b"old")
    with pytest.raises(DeployError, match=r"nothing after the feed files was uploaded .* run feedpub deploy again"):
        _deploy(deployable)
    kinds = {kind_by_place(key.removeprefix("site/")) for key in deployable.objects() if key != "site/old.html"}
    assert kinds == {"asset", "article"}
    assert "site/old.html" in deployable.objects()


def test_missing_build_says_to_build_first(deployable: Deployable, tmp_path: Path) -> None:
    """No build at the output folder: a usage error naming feedpub build."""
    with pytest.raises(UsageError, match="run feedpub build first"):
        deploy_site(deployable.site, deployable.site.deploy[0], tmp_path / "nothing")


def test_targets_are_chosen_by_name(deployable: Deployable) -> None:
    """No name: the first target; an unknown name lists the known ones; no targets at all is a usage error."""
    assert choose_target(deployable.site, None).name == "test"
    assert choose_target(deployable.site, "test") is deployable.site.deploy[0]
    with pytest.raises(UsageError, match=r'no deploy target "staging" \(it has: test\)'):
        choose_target(deployable.site, "staging")
    with pytest.raises(UsageError, match=r"has no \[\[deploy\]\] target"):
        choose_target(dataclasses.replace(deployable.site, deploy=()), None)


def test_target_prefix_is_optional(deployable: Deployable) -> None:
    """s3://bucket alone publishes at the bucket's root."""
    target: DeployTarget = dataclasses.replace(deployable.site.deploy[0], prefix="")
    deploy_site(deployable.site, target, deployable.out)
    assert "index.html" in deployable.objects()

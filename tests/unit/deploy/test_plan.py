"""The plan: every published file from the manifests, stored gzipped when it can be, compared by MD5."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import hashlib
from pathlib import Path

from feedpub.build.site import build_site
from feedpub.build.tree import load_tree
from feedpub.config import load_config
from feedpub.deploy.plan import LocalObject, RemoteObject, local_objects, make_plan
from tests.s3server import deploy_config
from tests.sites import NOW, make_site, published_files
from tests.unit.deploy.conftest import Deployable

REFERENCE = dt.date(2025, 11, 10)


def _objects(deployable: Deployable, **changes: str) -> list[LocalObject]:
    target = dataclasses.replace(deployable.site.deploy[0], **changes)  # type: ignore[arg-type]
    return local_objects(load_tree(deployable.out), target)


def test_every_published_file_is_one_object(deployable: Deployable) -> None:
    """The manifests list what a walk of the tree finds, less the siblings and dot-files."""
    walked = {
        str(path.relative_to(deployable.out))
        for path in published_files(deployable.out)
        if not path.name.startswith(".") and path.suffix not in (".gz", ".br")
    }
    objects = _objects(deployable)
    assert {item.path for item in objects} == walked
    assert all(item.key == "site/" + item.path for item in objects)


def test_objects_are_the_gzip_siblings_with_their_md5(deployable: Deployable) -> None:
    """A file the build compressed is stored as its .gz sibling, which unzips to the file; one it
    did not (article pages, files too small to gain) is stored plain; the MD5 is of the stored bytes."""
    objects = _objects(deployable)
    assert {item.content_encoding for item in objects} == {"gzip", None}
    for item in objects:
        data = item.file.read_bytes()
        if (deployable.out / (item.path + ".gz")).exists():
            assert item.file.name == item.path.rsplit("/", 1)[-1] + ".gz"
            assert item.content_encoding == "gzip"
            assert gzip.decompress(data) == (deployable.out / item.path).read_bytes()
        else:
            assert item.content_encoding is None
            assert data == (deployable.out / item.path).read_bytes()
        assert (item.md5, item.size) == (hashlib.md5(data, usedforsecurity=False).hexdigest(), len(data))
        assert item.content_type.endswith("; charset=utf-8")


def test_identity_targets_store_files_plain(deployable: Deployable) -> None:
    """With encoding = "identity" the plain file is stored, with no Content-Encoding."""
    for item in _objects(deployable, encoding="identity"):
        assert item.file.name == item.path.rsplit("/", 1)[-1]
        assert item.content_encoding is None
        assert item.file.read_bytes() == (deployable.out / item.path).read_bytes()


def test_empty_bucket_uploads_everything_in_phase_order(deployable: Deployable) -> None:
    """Every object is new; assets and articles come first, the index last."""
    objects = _objects(deployable)
    plan = make_plan(objects, {})
    assert len(plan.uploads) == len(objects)
    assert not plan.skipped
    assert not plan.deletions
    assert {upload.reason for upload in plan.uploads} == {"new"}
    kinds = [upload.object.kind for upload in plan.uploads]
    assert kinds == sorted(kinds, key=["asset", "article", "feed", "sitemap", "index"].index)
    assert [kind for kind, _ in plan.phases()] == ["asset", "article", "feed", "sitemap", "index"]


def test_bucket_holding_the_same_bytes_uploads_nothing(deployable: Deployable) -> None:
    """Matching MD5 and size: skipped; another MD5: changed; --force uploads the same bytes again."""
    objects = _objects(deployable)
    remote = {item.key: RemoteObject(item.md5, item.size) for item in objects}
    assert not make_plan(objects, remote).uploads
    changed = objects[3]
    remote[changed.key] = RemoteObject("0" * 32, changed.size)
    assert [(u.object.key, u.reason) for u in make_plan(objects, remote).uploads] == [(changed.key, "changed")]
    forced = make_plan(objects, remote, force=True)
    assert len(forced.uploads) == len(objects)
    assert {u.reason for u in forced.uploads} == {"changed", "forced"}


def test_multipart_etags_never_match(deployable: Deployable) -> None:
    """An object stored in parts (ETag "...-2") is uploaded again in one PUT, so its ETag becomes an MD5."""
    objects = _objects(deployable)
    remote = {item.key: RemoteObject(item.md5 + "-2", item.size) for item in objects}
    assert len(make_plan(objects, remote).uploads) == len(objects)


def test_objects_the_build_lost_are_deleted_or_kept(deployable: Deployable) -> None:
    """Keys not in the build are deleted (or kept with --no-delete); folder markers are left alone."""
    objects = _objects(deployable)
    remote = {item.key: RemoteObject(item.md5, item.size) for item in objects}
    remote |= {"site/articles/2025-01-01/old.html": RemoteObject("1" * 32, 5), "site/articles/": RemoteObject("", 0)}
    plan = make_plan(objects, remote)
    assert plan.deletions == ("site/articles/2025-01-01/old.html",)
    assert not plan.kept
    kept = make_plan(objects, remote, delete=False)
    assert kept.kept == ("site/articles/2025-01-01/old.html",)
    assert not kept.deletions


def test_archive_pages_are_objects_read_through_the_builds_link(tmp_path: Path) -> None:
    """A feed's archive pages, in a folder the build links at <feed>archive, are objects
    like any other file: each read through that link, stored as its gzip sibling."""
    config = deploy_config("http://127.0.0.1:9", "news").replace("entries = 50", "entries = 2")
    site = load_config(make_site(tmp_path, config=config))
    out = tmp_path / "public"
    build_site(site, out, reference_date=REFERENCE, now=NOW)
    walked = {
        str(path.relative_to(out))
        for path in published_files(out)
        if not path.name.startswith(".") and path.suffix not in (".gz", ".br")
    }
    tree = load_tree(out)
    objects = {item.path: item for item in local_objects(tree, site.deploy[0])}
    assert set(objects) == walked
    page = objects["feeds/english/archive/1.atom.xml"]
    assert page.file == tree.folder / "feeds/english/archive/1.atom.xml.gz"
    assert page.file.parent.is_symlink()
    assert page.content_type == "application/atom+xml; charset=utf-8"
    assert gzip.decompress(page.file.read_bytes()) == (out / page.path).read_bytes()

"""The bucket through boto3 against a real S3 server: headers stored, bytes checked, and every failure explained."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedpub.build.tree import load_tree
from feedpub.config import DeployTarget
from feedpub.deploy import s3
from feedpub.deploy.plan import local_objects
from feedpub.errors import DeployError
from tests.s3server import S3Server
from tests.servers import free_port
from tests.unit.deploy.conftest import Deployable


def _target(deployable: Deployable, **changes: object) -> DeployTarget:
    return dataclasses.replace(deployable.site.deploy[0], **changes)  # type: ignore[arg-type]


def test_put_stores_bytes_and_headers(deployable: Deployable) -> None:
    """An object keeps its gzip bytes, Content-Type with charset, Cache-Control and Content-Encoding."""
    bucket = s3.Bucket(_target(deployable))
    feed = next(item for item in local_objects(load_tree(deployable.out), bucket.target) if item.path == "rss.xml")
    bucket.put(feed)
    stored = deployable.server.client().get_object(Bucket=deployable.bucket, Key="site/rss.xml")
    body, headers = stored["Body"].read(), stored["ResponseMetadata"]["HTTPHeaders"]
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert headers["content-encoding"] == "gzip"
    assert headers["cache-control"] == feed.cache_control
    assert gzip.decompress(body) == (deployable.out / "rss.xml").read_bytes()
    assert bucket.listing()["site/rss.xml"].etag == feed.md5


def test_each_put_carries_the_md5_of_its_bytes(deployable: Deployable) -> None:
    """Content-MD5 goes with each PUT, so S3 refuses bytes changed on the way."""
    bucket = s3.Bucket(_target(deployable))
    item = local_objects(load_tree(deployable.out), bucket.target)[0]
    deployable.server.forget_requests()
    bucket.put(item)
    (put,) = [request for request in deployable.server.requests() if request.method == "PUT"]
    assert (
        base64.b64decode(put.headers["content-md5"])
        == hashlib.md5(item.file.read_bytes(), usedforsecurity=False).digest()
    )


def test_listing_and_deleting_stay_under_the_prefix(deployable: Deployable) -> None:
    """Objects outside the prefix are neither listed nor deleted."""
    client = deployable.server.client()
    for key in ("site/a.html", "site/b/c.html", "other/d.html"):
        client.put_object(Bucket=deployable.bucket, Key=key, Body=b"x")
    bucket = s3.Bucket(_target(deployable))
    assert set(bucket.listing()) == {"site/a.html", "site/b/c.html"}
    bucket.delete(["site/a.html", "site/b/c.html"])
    assert bucket.listing() == {}
    assert set(deployable.objects()) == {"other/d.html"}


def test_missing_bucket_is_named(deployable: Deployable) -> None:
    """A bucket that does not exist is named, with the endpoint and the remedy."""
    with pytest.raises(DeployError, match=r'the bucket "no-such-bucket" does not exist at http://127\.0\.0\.1'):
        s3.Bucket(_target(deployable, bucket="no-such-bucket")).check()


def test_unreachable_endpoint_is_named(deployable: Deployable) -> None:
    """Nothing listening at the endpoint: say which endpoint could not be reached."""
    endpoint = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(DeployError, match=f"cannot reach {endpoint} while opening the bucket"):
        s3.Bucket(_target(deployable, endpoint_url=endpoint)).check()


def test_missing_credentials_are_explained(deployable: Deployable, monkeypatch: pytest.MonkeyPatch) -> None:
    """No key in the environment and no profile: say where credentials come from."""
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(DeployError, match=r"no credentials for s3://.*AWS_ACCESS_KEY_ID.*never reads them"):
        s3.Bucket(_target(deployable)).check()


def test_unknown_profile_is_named(deployable: Deployable) -> None:
    """A profile = that is not in the AWS files is named."""
    with pytest.raises(DeployError, match=r'the AWS profile "newsroom" .* is not in ~/\.aws/config'):
        s3.Bucket(_target(deployable, profile="newsroom"))


def test_profile_supplies_the_credentials(
    deployable: Deployable, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Credentials from a named profile in the AWS credentials file are used."""
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    (tmp_path / "aws-credentials").write_text("[newsroom]\naws_access_key_id = a\naws_secret_access_key = b\n")
    bucket = s3.Bucket(_target(deployable, profile="newsroom"))
    bucket.check()
    assert bucket.listing() == {}


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[S3Server, dict[str, str]]]:
    """A server that checks credentials and permissions, with a bucket and a user who may only read it."""
    server = S3Server(tmp_path_factory.mktemp("guarded"), environment={"INITIAL_NO_AUTH_ACTION_COUNT": "4"})
    try:
        iam = server.client("iam")
        server.client().create_bucket(Bucket="guarded")
        iam.create_user(UserName="reader")
        policy = {
            "Version": "2012-10-17",
            # AWS asks for s3:ListBucket to list a bucket; moto 5.2.6 asks for the name of the call.
            "Statement": [{"Effect": "Allow", "Action": ["s3:ListBucket", "s3:ListObjectsV2"], "Resource": "*"}],
        }
        iam.put_user_policy(UserName="reader", PolicyName="read", PolicyDocument=json.dumps(policy))
        key = iam.create_access_key(UserName="reader")["AccessKey"]
        yield server, {"AWS_ACCESS_KEY_ID": key["AccessKeyId"], "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"]}
    finally:
        server.close()


def test_refused_and_denied_are_told_apart(
    guarded_server: tuple[S3Server, dict[str, str]], deployable: Deployable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unknown keys are "refused the credentials"; a user without s3:PutObject is "denied writing"."""
    server, reader = guarded_server
    target = _target(deployable, endpoint_url=server.url, bucket="guarded")
    with pytest.raises(DeployError, match="refused the credentials \\(InvalidAccessKeyId"):
        s3.Bucket(target).check()
    for name, value in reader.items():
        monkeypatch.setenv(name, value)
    bucket = s3.Bucket(target)
    bucket.check()
    item = next(item for item in local_objects(load_tree(deployable.out), target) if item.path == "style.css")
    with pytest.raises(
        DeployError, match=r"denied writing s3://guarded/site/style\.css \(HTTP 403 AccessDenied.*s3:PutObject"
    ):
        bucket.put(item)


@pytest.mark.parametrize(
    ("code", "status", "message"),
    [
        ("PermanentRedirect", 301, 'the bucket "news" is in another region than eu-west-1 (PermanentRedirect'),
        ("SignatureDoesNotMatch", 403, "refused the credentials (SignatureDoesNotMatch"),
        ("403", 403, "denied writing s3://news/site/x (HTTP 403 403"),
        ("SlowDown", 503, "answered HTTP 503 SlowDown while writing s3://news/site/x"),
    ],
)
def test_service_errors_are_explained(code: str, status: int, message: str) -> None:
    """Each S3 error code the service may answer becomes a sentence that says what to check."""
    from botocore.exceptions import ClientError

    target = DeployTarget("production", "news", "site/", endpoint_url="https://s3.example", region="eu-west-1")
    error = ClientError(
        {"Error": {"Code": code, "Message": ""}, "ResponseMetadata": {"HTTPStatusCode": status}}, "PutObject"
    )
    assert message in str(s3.explain(error, target, "writing s3://news/site/x"))

"""The bucket a deploy writes to, through boto3: the only module that imports it.

boto3 speaks to S3 and to every service that speaks its API (R2, GCS's XML API, MinIO,
Ceph) through ``endpoint_url``, finds credentials the way every AWS tool does (the
environment, a profile, SSO, an instance role), sets each object's headers, and also
drives CloudFront invalidations. Its errors are turned here into :class:`DeployError`
messages that say what to check.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from ..config import DeployTarget
from ..errors import DeployError, UsageError
from .plan import LocalObject, RemoteObject

try:
    import boto3
    from botocore.config import Config
    from botocore.exceptions import (
        BotoCoreError,
        ClientError,
        ConnectionClosedError,
        ConnectTimeoutError,
        EndpointConnectionError,
        NoCredentialsError,
        PartialCredentialsError,
        ProfileNotFound,
        ReadTimeoutError,
    )
except ModuleNotFoundError as missing:  # the s3 extra is not installed
    _MISSING: ModuleNotFoundError | None = missing
else:
    _MISSING = None

#: S3's limit of keys per DeleteObjects request.
DELETE_BATCH = 1000
_REFUSED_CREDENTIALS = {
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "ExpiredToken",
    "InvalidToken",
    "InvalidClientTokenId",
}


def _require_library() -> None:
    if _MISSING is not None:
        raise UsageError(
            f"feedpub deploy needs boto3, which is not installed ({_MISSING});"
            " install it with: pip install 'feedpub[s3]'"
        )


def _config(target: DeployTarget) -> Any:
    # Checksums only where S3 requires them: the CRC trailers that botocore sends by default
    # are refused by several S3-compatible services; each PUT carries Content-MD5 instead.
    return Config(
        connect_timeout=10,
        read_timeout=60,
        retries={"max_attempts": 3, "mode": "standard"},
        max_pool_connections=max(10, target.concurrency),
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )


def _session(target: DeployTarget) -> Any:
    try:
        return boto3.session.Session(profile_name=target.profile, region_name=target.region)
    except ProfileNotFound:
        raise DeployError(
            f'the AWS profile "{target.profile}" of deploy target {target.name} is not in ~/.aws/config'
            " or ~/.aws/credentials; create it (aws configure --profile NAME) or fix profile ="
        ) from None


def _where(target: DeployTarget) -> str:
    return target.endpoint_url or "AWS S3"


def explain(error: Exception, target: DeployTarget, doing: str) -> DeployError:
    """A :class:`DeployError` saying what went wrong ``doing`` something, and what to check."""
    where = _where(target)
    if isinstance(error, NoCredentialsError | PartialCredentialsError):
        return DeployError(
            f"no credentials for {target.url} (target {target.name}): set AWS_ACCESS_KEY_ID and"
            " AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or profile = in the [[deploy]] table;"
            " feedpub never reads them from feedpub.toml"
        )
    if isinstance(error, EndpointConnectionError | ConnectTimeoutError | ReadTimeoutError | ConnectionClosedError):
        return DeployError(f"cannot reach {where} while {doing}: {error}; check endpoint_url and the network")
    if isinstance(error, ClientError):
        details = error.response.get("Error", {})
        code = str(details.get("Code", ""))
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        message = details.get("Message") or code
        if code == "NoSuchBucket" or (doing == "opening the bucket" and status == 404):
            return DeployError(
                f'the bucket "{target.bucket}" does not exist at {where}; create it, or fix the url of target'
                f" {target.name}"
            )
        if code in ("PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException"):
            return DeployError(
                f'the bucket "{target.bucket}" is in another region than {target.region or "the default"}'
                f" ({code}: {message}); set region = in target {target.name}"
            )
        if code in _REFUSED_CREDENTIALS:
            return DeployError(
                f"{where} refused the credentials ({code}: {message}) while {doing}; check AWS_ACCESS_KEY_ID and"
                " AWS_SECRET_ACCESS_KEY, or the profile"
            )
        if code == "AccessDenied" or status == 403:
            return DeployError(
                f"{where} denied {doing} (HTTP 403 {code}: {message}): the credentials need s3:ListBucket,"
                f" s3:PutObject and s3:DeleteObject on {target.url}"
            )
        return DeployError(f"{where} answered HTTP {status} {code} while {doing}: {message}")
    return DeployError(f"{doing} failed: {error}")


class Bucket:
    """The bucket and prefix of one deploy target."""

    def __init__(self, target: DeployTarget) -> None:
        """Connect (no request yet); raises :class:`UsageError` when boto3 is missing."""
        _require_library()
        self.target = target
        self.client = _session(target).client("s3", endpoint_url=target.endpoint_url, config=_config(target))

    def check(self) -> None:
        """Make sure the bucket exists and the credentials may use it, before any work."""
        # A listing rather than HEAD: HEAD answers carry no body, so a 403 could not say
        # whether the key is unknown, the signature wrong or the permission missing.
        self._call("opening the bucket", "list_objects_v2", Bucket=self.target.bucket, MaxKeys=1)

    def listing(self) -> dict[str, RemoteObject]:
        """Every object under the prefix, by key, with its ETag (unquoted) and size."""
        found: dict[str, RemoteObject] = {}
        token: str | None = None
        while True:
            extra = {"ContinuationToken": token} if token else {}
            page = self._call(
                f"listing {self.target.url}",
                "list_objects_v2",
                Bucket=self.target.bucket,
                Prefix=self.target.prefix,
                **extra,
            )
            for item in page.get("Contents", []):
                found[item["Key"]] = RemoteObject(str(item.get("ETag", "")).strip('"'), int(item.get("Size", 0)))
            if not page.get("IsTruncated"):
                return found
            token = page["NextContinuationToken"]

    def put(self, item: LocalObject) -> None:
        """Store one object with its headers; Content-MD5 makes the bucket check the bytes."""
        body = item.file.read_bytes()
        headers = {"ContentType": item.content_type, "CacheControl": item.cache_control}
        if item.content_encoding:
            headers["ContentEncoding"] = item.content_encoding
        self._call(
            f"writing s3://{self.target.bucket}/{item.key}",
            "put_object",
            Bucket=self.target.bucket,
            Key=item.key,
            Body=body,
            ContentMD5=base64.b64encode(bytes.fromhex(item.md5)).decode("ascii"),
            **headers,
        )

    def delete(self, keys: Sequence[str]) -> None:
        """Delete ``keys``, a thousand to a request; any key the bucket would not delete is an error."""
        for start in range(0, len(keys), DELETE_BATCH):
            batch = keys[start : start + DELETE_BATCH]
            answer = self._call(
                f"deleting from {self.target.url}",
                "delete_objects",
                Bucket=self.target.bucket,
                Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True},
            )
            errors = answer.get("Errors", [])
            if errors:
                first = errors[0]
                raise DeployError(
                    f"{_where(self.target)} would not delete {len(errors)} objects, such as"
                    f" s3://{self.target.bucket}/{first.get('Key')} ({first.get('Code')}: {first.get('Message')})"
                )

    def _call(self, doing: str, operation: str, **arguments: Any) -> Any:
        try:
            return getattr(self.client, operation)(**arguments)
        except (BotoCoreError, ClientError) as error:
            raise explain(error, self.target, doing) from None


def invalidate(target: DeployTarget, paths: Sequence[str], reference: str) -> str:
    """Ask CloudFront to drop ``paths`` of the target's distribution; returns the invalidation's id."""
    _require_library()
    assert target.cloudfront_distribution is not None
    client = _session(target).client("cloudfront", config=_config(target))
    try:
        answer = client.create_invalidation(
            DistributionId=target.cloudfront_distribution,
            InvalidationBatch={"Paths": {"Quantity": len(paths), "Items": list(paths)}, "CallerReference": reference},
        )
    except (BotoCoreError, ClientError) as error:
        raise explain(error, target, f"invalidating CloudFront distribution {target.cloudfront_distribution}") from None
    return str(answer["Invalidation"]["Id"])

"""After the objects are in place: purge the CDN's copies of what changed, then tell the
WebSub hub which feeds changed, so subscribers fetch the new feed and not a cached one."""

from __future__ import annotations

import os
import subprocess
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import DeployTarget, SiteConfig
from ..errors import DeployError
from ..render.formats import INDEX
from ..serve.websub import PingResult, ping
from . import s3

#: CloudFront takes at most 3,000 paths in progress at once; past this many one wildcard
#: over the site's path costs less (wildcards are billed as one path).
CLOUDFRONT_PATHS = 1000
PURGE_SECONDS = 600


@dataclass(frozen=True)
class StepResult:
    """How one step after the upload went: the purge command or the CloudFront invalidation."""

    step: str
    ok: bool
    detail: str


def urls_of(site: SiteConfig, paths: Sequence[str]) -> list[str]:
    """The public URLs of ``paths``; an index page is also reached by its folder's URL."""
    urls = []
    for path in paths:
        url = site.base_url + urllib.parse.quote(path)
        if INDEX.names(path.rsplit("/", 1)[-1]):
            urls.append(url.removesuffix(INDEX.file))
        urls.append(url)
    return urls


def run_purge(site: SiteConfig, target: DeployTarget, urls: Sequence[str]) -> StepResult:
    """Run the target's purge command in the config's folder, the URLs on its standard input."""
    command = list(target.purge)
    environment = {**os.environ, "FEEDPUB_DEPLOY_TARGET": target.name, "FEEDPUB_DEPLOY_URL": target.url}
    try:
        done = subprocess.run(  # noqa: S603 - the command is the site owner's own, from feedpub.toml
            command,
            input="".join(url + "\n" for url in urls),
            capture_output=True,
            text=True,
            cwd=site.root,
            env=environment,
            timeout=PURGE_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return StepResult("purge", False, f"cannot run {command[0]}: {error}")
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()
        return StepResult("purge", False, f"{command[0]} exited with {done.returncode}: {said[-1] if said else ''}")
    return StepResult("purge", True, f"{command[0]} purged {len(urls)} URLs")


def invalidate_cloudfront(site: SiteConfig, target: DeployTarget, urls: Sequence[str], reference: str) -> StepResult:
    """Invalidate the URLs' paths in the target's CloudFront distribution (one wildcard for many)."""
    paths = sorted({urllib.parse.urlsplit(url).path for url in urls})
    if len(paths) > CLOUDFRONT_PATHS:
        paths = [urllib.parse.urlsplit(site.base_url).path + "*"]
    try:
        identifier = s3.invalidate(target, paths, reference)
    except DeployError as error:
        return StepResult("cloudfront", False, str(error))
    return StepResult("cloudfront", True, f"invalidation {identifier} of {len(paths)} paths")


def ping_hub(hub: str, feed_urls: Sequence[str]) -> list[PingResult]:
    """One WebSub publish ping for each changed feed."""
    return [ping(hub, url) for url in feed_urls]

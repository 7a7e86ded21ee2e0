"""One deploy: read the build, list the bucket, upload phase by phase, delete, purge, ping.

Each phase of uploads (see :data:`feedpub.deploy.kinds.UPLOAD_ORDER`) finishes before the
next begins, and deletions wait for every upload, so a reader following any link of any
object in the bucket finds its target. A failed upload stops the deploy before the next
phase; the bucket then holds new pages under old listings, which is whole, and running
the deploy again uploads only what is still missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from ..build.tree import load_tree
from ..config import DeployTarget, SiteConfig
from ..errors import DeployError, UsageError
from . import s3
from .cdn import StepResult, invalidate_cloudfront, ping_hub, run_purge, urls_of
from .kinds import kind_of
from .plan import Plan, local_objects, make_plan
from .report import DeployReport

#: Called with how many of the uploads and deletions are done, and how many there are.
Progress = Callable[[int, int], None]


def choose_target(site: SiteConfig, name: str | None) -> DeployTarget:
    """The ``[[deploy]]`` target called ``name``, or the first one when no name is given."""
    if not site.deploy:
        raise UsageError(f"{site.file} has no [[deploy]] target; add one (see docs/deployment.md)")
    if name is None:
        return site.deploy[0]
    for target in site.deploy:
        if target.name == name:
            return target
    known = ", ".join(target.name for target in site.deploy)
    raise UsageError(f'{site.file} has no deploy target "{name}" (it has: {known})')


def _gone(site: SiteConfig, target: DeployTarget, plan: Plan) -> tuple[str, ...]:
    paths = [key.removeprefix(target.prefix) for key in (*plan.deletions, *plan.kept)]
    return tuple(urls_of(site, [path for path in paths if kind_of(path) == "article" and path.endswith(".html")]))


def _upload(bucket: s3.Bucket, plan: Plan, workers: int, progress: Progress) -> None:
    total = len(plan.uploads) + len(plan.deletions)
    done = 0
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feedpub-deploy")
    try:
        for kind, uploads in plan.phases():
            failures: list[DeployError] = []
            for future in as_completed([pool.submit(bucket.put, upload.object) for upload in uploads]):
                try:
                    future.result()
                except DeployError as error:
                    failures.append(error)
                done += 1
                progress(done, total)
            if failures:
                more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
                raise DeployError(
                    f"{failures[0]}{more}; nothing after the {kind} files was uploaded and nothing was deleted:"
                    " run feedpub deploy again to finish"
                )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if plan.deletions:
        bucket.delete(plan.deletions)
        progress(total, total)


def _after(site: SiteConfig, target: DeployTarget, plan: Plan, reference: str) -> tuple[StepResult, ...]:
    changed = [upload.object.path for upload in plan.uploads]
    changed += [key.removeprefix(target.prefix) for key in plan.deletions]
    urls = urls_of(site, changed)
    steps = []
    if urls and target.purge:
        steps.append(run_purge(site, target, urls))
    if urls and target.cloudfront_distribution:
        steps.append(invalidate_cloudfront(site, target, urls, reference))
    return tuple(steps)


def deploy_site(
    site: SiteConfig,
    target: DeployTarget,
    out: Path,
    *,
    dry_run: bool = False,
    force: bool = False,
    delete: bool = True,
    progress: Progress | None = None,
) -> DeployReport:
    """Publish the build at ``out`` to ``target``; with ``dry_run``, only say what would change.

    Raises :class:`UsageError` when there is no build or no client library, and
    :class:`DeployError` when the bucket cannot be reached, read or written.
    """
    started = time.perf_counter()
    try:
        tree = load_tree(out)
    except UsageError as error:
        raise UsageError(f"{error}; run feedpub build first, or pass --out") from None
    local = local_objects(tree, target)
    bucket = s3.Bucket(target)
    bucket.check()
    plan = make_plan(local, bucket.listing(), force=force, delete=delete)
    gone = _gone(site, target, plan)
    if dry_run:
        return DeployReport(target, tree.build, True, plan, gone, time.perf_counter() - started)
    _upload(bucket, plan, target.concurrency, progress or (lambda done, total: None))
    steps = _after(site, target, plan, reference=f"feedpub-{tree.build}-{time.time_ns()}")
    feeds = [upload.object.path for upload in plan.uploads if upload.object.kind == "feed"]
    pings = tuple(ping_hub(site.hub, urls_of(site, feeds))) if site.hub and feeds else ()
    return DeployReport(target, tree.build, False, plan, gone, time.perf_counter() - started, steps, pings)

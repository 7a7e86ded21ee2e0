"""What a deploy did, as data, and as text or JSON for people and scripts (no printing)."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import DeployTarget
from ..report import to_json
from ..serve.websub import PingResult
from .cdn import StepResult
from .plan import Plan


@dataclass(frozen=True)
class DeployReport:
    """One deploy of one build to one target (or, with ``dry_run``, what it would do)."""

    target: DeployTarget
    build: str
    dry_run: bool
    plan: Plan
    #: The public URLs of article pages the build no longer has: object storage cannot
    #: answer 410 Gone, so they are listed for the CDN's rules (or left to answer 404).
    gone: tuple[str, ...]
    seconds: float
    steps: tuple[StepResult, ...] = ()
    pings: tuple[PingResult, ...] = ()

    @property
    def bytes(self) -> int:
        """Bytes uploaded (or to upload)."""
        return sum(upload.object.size for upload in self.plan.uploads)

    @property
    def ok(self) -> bool:
        """Whether the purge, the invalidation and every WebSub ping went through."""
        return all(step.ok for step in self.steps) and all(ping.ok for ping in self.pings)

    def problems(self) -> list[str]:
        """One line for each step after the upload that failed."""
        lines = [f"{step.step} failed: {step.detail}" for step in self.steps if not step.ok]
        return lines + [f"WebSub ping failed: {ping.url} ({ping.detail})" for ping in self.pings if not ping.ok]


def _size(count: int) -> str:
    return f"{count / 1024:.1f} KiB" if count < 1024 * 1024 else f"{count / 1024 / 1024:.1f} MiB"


def deploy_lines(report: DeployReport, *, verbose: bool = False) -> list[str]:
    """The text report: each object uploaded or deleted when ``verbose``, the gone URLs, a summary line."""
    plan = report.plan
    would = "would " if report.dry_run else ""
    lines = []
    if verbose:
        lines += [
            f"{would}upload {u.object.key} ({u.object.kind}, {u.reason}, {u.object.size} B)" for u in plan.uploads
        ]
        lines += [f"{would}delete {key}" for key in plan.deletions]
    lines += [f"gone (answers 404; make the CDN answer 410): {url}" for url in report.gone]
    lines += [f"{step.step}: {step.detail}" for step in report.steps if step.ok]
    lines += [f"WebSub hub told: {ping.url}" for ping in report.pings if ping.ok]
    kept = f", {len(plan.kept)} kept (--no-delete)" if plan.kept else ""
    upload, delete = ("to upload", "to delete") if report.dry_run else ("uploaded", "deleted")
    lines.append(
        f"{'Dry run: ' if report.dry_run else ''}build {report.build} to {report.target.name} ({report.target.url}): "
        f"{len(plan.uploads)} {upload} ({_size(report.bytes)}), {len(plan.skipped)} unchanged, "
        f"{len(plan.deletions)} {delete}{kept}; {report.seconds:.1f} s"
    )
    return lines


def deploy_json(report: DeployReport) -> str:
    """The deploy report as one JSON document for scripts."""
    plan = report.plan
    document = {
        "ok": report.ok,
        "dryRun": report.dry_run,
        "target": report.target.name,
        "url": report.target.url,
        "build": report.build,
        "summary": {
            "uploaded": len(plan.uploads),
            "skipped": len(plan.skipped),
            "deleted": len(plan.deletions),
            "kept": len(plan.kept),
            "bytes": report.bytes,
            "seconds": round(report.seconds, 3),
        },
        "uploaded": [
            {
                "key": u.object.key,
                "kind": u.object.kind,
                "reason": u.reason,
                "bytes": u.object.size,
                "contentType": u.object.content_type,
                "contentEncoding": u.object.content_encoding,
                "cacheControl": u.object.cache_control,
            }
            for u in plan.uploads
        ],
        "deleted": list(plan.deletions),
        "kept": list(plan.kept),
        "gone": list(report.gone),
        "steps": [{"step": step.step, "ok": step.ok, "detail": step.detail} for step in report.steps],
        "pings": [{"url": ping.url, "ok": ping.ok, "detail": ping.detail} for ping in report.pings],
        "problems": report.problems(),
    }
    return to_json(document, indent=2)

"""The deploy report as text and JSON: counts that match the plan, failures named, dry runs said."""

from __future__ import annotations

import dataclasses
import json

from feedpub.deploy import deploy_json, deploy_lines, deploy_site
from feedpub.deploy.cdn import StepResult
from feedpub.serve.websub import PingResult
from tests.unit.deploy.conftest import Deployable


def test_json_report_counts_what_the_plan_does(deployable: Deployable) -> None:
    """uploaded, skipped, deleted, bytes and seconds, and one entry per object with its headers."""
    report = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out)
    document = json.loads(deploy_json(report))
    assert document["ok"] is True
    assert document["dryRun"] is False
    assert document["url"] == f"s3://{deployable.bucket}/site/"
    summary = document["summary"]
    assert summary["uploaded"] == len(document["uploaded"]) == len(deployable.objects())
    assert summary["bytes"] == sum(entry["bytes"] for entry in document["uploaded"])
    assert (summary["skipped"], summary["deleted"]) == (0, 0)
    assert summary["seconds"] >= 0
    feed = next(entry for entry in document["uploaded"] if entry["key"] == "site/rss.xml")
    assert feed["contentType"] == "application/rss+xml; charset=utf-8"
    assert feed["contentEncoding"] == "gzip"
    assert feed["kind"] == "feed"
    assert feed["reason"] == "new"


def test_text_report_of_a_dry_run(deployable: Deployable) -> None:
    """A dry run says "would" on every line and in its summary; -v lists each object."""
    report = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out, dry_run=True)
    lines = deploy_lines(report, verbose=True)
    assert len(lines) == len(report.plan.uploads) + 1
    assert all(line.startswith("would upload site/") for line in lines[:-1])
    assert lines[-1].startswith(f"Dry run: build {report.build} to test (s3://{deployable.bucket}/site/): ")
    assert f": {len(report.plan.uploads)} to upload (" in lines[-1]
    assert ", 0 unchanged, 0 to delete; " in lines[-1]
    assert deploy_lines(report) == lines[-1:]


def test_failed_steps_make_the_report_not_ok(deployable: Deployable) -> None:
    """A failed purge or ping is a problem line and ok is false; successes are listed as done."""
    report = deploy_site(deployable.site, deployable.site.deploy[0], deployable.out, dry_run=True)
    failed = dataclasses.replace(
        report,
        steps=(StepResult("purge", False, "purge-cdn exited with 1: no such zone"),),
        pings=(PingResult("https://news.example.org/rss.xml", True, "HTTP 204"),),
    )
    assert not failed.ok
    assert failed.problems() == ["purge failed: purge-cdn exited with 1: no such zone"]
    assert "WebSub hub told: https://news.example.org/rss.xml" in deploy_lines(failed)
    assert json.loads(deploy_json(failed))["problems"] == failed.problems()

"""``feedpub deploy``: publish a build to S3-compatible object storage behind a CDN.

:mod:`.kinds` says what each file is cached for and when it is uploaded, :mod:`.plan`
compares the build with the bucket, :mod:`.s3` talks to the bucket (the only boto3
importer), :mod:`.run` carries a deploy out, :mod:`.cdn` purges and pings after it and
:mod:`.report` says what happened.
"""

from __future__ import annotations

from .report import DeployReport, deploy_json, deploy_lines
from .run import Progress, choose_target, deploy_site

__all__ = ["DeployReport", "Progress", "choose_target", "deploy_json", "deploy_lines", "deploy_site"]

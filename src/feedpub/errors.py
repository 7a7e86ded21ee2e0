"""Everything feedpub raises, in one tree, so callers can catch what they can act on.

    FeedpubError
     ├── ArticleError        an input file cannot be read as an article at all
     ├── DeployError         object storage refused or could not be reached during a deploy
     └── UsageError          the caller asked for something impossible (bad option value)

Content problems inside a readable article are not exceptions: parsing and validation
collect them as :class:`feedpub.problems.Problem` values so every problem is reported.
"""

from __future__ import annotations


class FeedpubError(Exception):
    """Base of all feedpub errors."""


class ArticleError(FeedpubError):
    """An input file that cannot be read as an article: empty, binary, undecodable, too big."""


class DeployError(FeedpubError):
    """Object storage could not be reached, or refused a read or a write; the message says
    what to check (credentials, endpoint, bucket, permissions)."""


class UsageError(FeedpubError):
    """An option or argument that feedpub cannot work with."""

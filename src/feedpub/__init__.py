"""feedpub: publish wire copy as feeds and structured data that machines can trust.

The pipeline, one module per stage: :mod:`feedpub.parse` reads files into raw article
dicts, :mod:`feedpub.validate` checks them against the NewsArticle schema,
:mod:`feedpub.model` types them, :mod:`feedpub.render` writes each output and
:mod:`feedpub.build` builds and swaps in the whole site.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import ConfigError, SiteConfig, load_config
from .errors import ArticleError, FeedpubError, UsageError
from .files import find_article_files
from .parse import ParsedArticle, parse_file
from .problems import Problem
from .validate import ArticleReport, ValidationReport, check_article, validate_paths

if TYPE_CHECKING:
    from .build import BuildReport, build_site


def __getattr__(name: str) -> Any:
    """The build's names, imported when first used: parsing and validating need none of the
    rendering and serving libraries, and a ``feedpub validate`` starts a third quicker."""
    if name in ("BuildReport", "build_site"):
        from . import build

        return getattr(build, name)
    raise AttributeError(f"module 'feedpub' has no attribute {name!r}")


__all__ = [
    "ArticleError",
    "ArticleReport",
    "BuildReport",
    "ConfigError",
    "FeedpubError",
    "ParsedArticle",
    "Problem",
    "SiteConfig",
    "UsageError",
    "ValidationReport",
    "build_site",
    "check_article",
    "find_article_files",
    "load_config",
    "parse_file",
    "validate_paths",
]

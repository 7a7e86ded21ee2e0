"""feedpub: publish wire copy as feeds and structured data that machines can trust.

The pipeline, one module per stage: :mod:`feedpub.parse` reads files into raw article
dicts, :mod:`feedpub.validate` checks them against the NewsArticle schema.
"""

from __future__ import annotations

from .errors import ArticleError, FeedpubError, UsageError
from .parse import ParsedArticle, find_article_files, parse_file
from .problems import Problem
from .validate import ArticleReport, ValidationReport, check_article, validate_paths

__all__ = [
    "ArticleError",
    "ArticleReport",
    "FeedpubError",
    "ParsedArticle",
    "Problem",
    "UsageError",
    "ValidationReport",
    "check_article",
    "find_article_files",
    "parse_file",
    "validate_paths",
]

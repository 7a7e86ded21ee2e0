"""``feedpub build``: articles in, a complete output tree out, swapped in atomically."""

from __future__ import annotations

from .report import BuildReport
from .site import build_site

__all__ = ["BuildReport", "build_site"]

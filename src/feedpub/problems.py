"""The vocabulary every stage uses to report what is wrong with an article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one article: where (a JSON pointer, "" for the whole file) and why."""

    path: str
    message: str
    severity: Severity = "error"

    def as_dict(self) -> dict[str, str]:
        """The problem as plain JSON data."""
        return {"severity": self.severity, "path": self.path, "message": self.message}

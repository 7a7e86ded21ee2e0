"""Every command has help with an example, and the README shows it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from feedpub.cli import main
from tests.sites import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_with_example(command: str) -> None:
    """feedpub COMMAND --help works and shows an example."""
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_readme(command: str) -> None:
    """The README shows each command in use."""
    assert f"feedpub {command}" in README


def test_quick_start_has_exactly_two_commands() -> None:
    """The quick start is two commands: one runs feedpub, one runs the tests."""
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip() and not line.startswith("#")]
    assert commands == ["make run", "make test"]

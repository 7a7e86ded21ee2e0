"""The README and every command's help tell the truth: their examples run as shown.

Each ```console block of the README is run, command by command, in a copy of the bundled
site, and what each command prints (stdout and stderr, as a terminal shows them) must match
the block. In the block, ``...`` stands for any text within a line, and a line of its own
``...`` for any lines: timings and long listings are elided that way, nothing else.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from feedpub.cli import main
from tests.sites import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)
_CONSOLE_BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Example:
    """One ``$ command`` of a console block and the output the block shows for it."""

    block: int
    command: str
    expected: str


def _examples(text: str) -> list[Example]:
    found = []
    for block, match in enumerate(_CONSOLE_BLOCK.finditer(text), start=1):
        command: str | None = None
        lines: list[str] = []
        for line in match.group(1).splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append(Example(block, command, "\n".join(lines)))
                command, lines = line[2:], []
            else:
                lines.append(line)
        if command is not None:
            found.append(Example(block, command, "\n".join(lines)))
    return found


EXAMPLES = _examples(README)


def _pattern(expected: str) -> re.Pattern[str]:
    """``expected`` as a pattern: ``...`` is any text in a line, a line ``...`` any lines."""
    parts = []
    for line in expected.splitlines():
        if line == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            parts.append(".*?".join(re.escape(piece) for piece in line.split("...")) + r"\n")
    return re.compile("".join(parts), re.DOTALL)


def test_matching_is_not_a_rubber_stamp() -> None:
    """An elision matches within a line or whole lines, never a different line."""
    assert _pattern("a ... s\n...\nend").fullmatch("a 0.3 s\nx\ny\nend\n")
    assert not _pattern("a ... s\nend").fullmatch("a 0.3 s\nother\n")
    assert not _pattern("exit 0").fullmatch("exit 1\n")


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what the README's examples use: the bundled site and the example articles."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "articles", root / "articles")
    shutil.copy(ROOT / "feedpub.toml", root / "feedpub.toml")
    shutil.copytree(ROOT / "tests" / "data" / "articles", root / "tests" / "data" / "articles")
    return root


def _run_block(root: Path, examples: list[Example]) -> list[str]:
    """Run a block's commands in one shell, in order; what each printed."""
    marker = "\x1e-feedpub-example-\x1e"
    # Each command sees the exit status of the one before it (``echo $?``), not the marker's.
    script = "status=0\n" + "".join(
        f"printf '%s\\n' {shlex.quote(marker)}\n(exit $status); {example.command} 2>&1\nstatus=$?\n"
        for example in examples
    )
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "LC_ALL": "C.UTF-8",
        "COLUMNS": "100",
    }
    completed = subprocess.run(
        ["bash", "-c", script], cwd=root, env=environment, capture_output=True, text=True, timeout=300, check=False
    )
    outputs = completed.stdout.split(marker + "\n")[1:]
    assert len(outputs) == len(examples), completed.stdout + completed.stderr
    return outputs


@pytest.mark.parametrize("block", sorted({example.block for example in EXAMPLES}))
def test_readme_console_block_runs_as_shown(sandbox: Path, block: int) -> None:
    """Every command of the README's console block prints what the README shows."""
    examples = [example for example in EXAMPLES if example.block == block]
    for example, output in zip(examples, _run_block(sandbox, examples), strict=True):
        assert _pattern(example.expected).fullmatch(output), (
            f"$ {example.command}\n--- shown\n{example.expected}\n--- printed\n{output}"
        )


def test_readme_has_console_examples() -> None:
    """The README shows feedpub at work in blocks that this test runs."""
    assert len(EXAMPLES) >= 4


def _help(command: str) -> str:
    result = CliRunner().invoke(main, [command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_help_prints_its_example_as_a_block(command: str) -> None:
    """``feedpub COMMAND --help`` ends its text with ``Example:`` and the example on lines of their own."""
    lines = _help(command).splitlines()
    assert "\\b" not in "\n".join(lines)
    at = [line.strip() for line in lines].index("Example:")
    assert lines[at + 1].strip().startswith(f"feedpub {command}"), lines[at : at + 2]


def _help_examples(command: str) -> list[list[str]]:
    """The example invocations under ``Example:`` in a command's help, split as a shell would."""
    lines = _help(command).splitlines()
    at = [line.strip() for line in lines].index("Example:")
    examples = []
    for line in lines[at + 1 :]:
        if not line.startswith("    ") or not line.strip():
            break
        examples.append(shlex.split(line))
    return examples


@pytest.mark.parametrize("command", COMMANDS)
def test_help_examples_are_valid_invocations(command: str, sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of the help's examples names only options and arguments the command takes (paths as in the bundled site)."""
    examples = _help_examples(command)
    assert examples
    monkeypatch.chdir(sandbox)
    for example in examples:
        assert example[:2] == ["feedpub", command]
        with main.commands[command].make_context(command, example[2:], parent=click.Context(main)) as context:
            assert context.command is main.commands[command]


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


@pytest.mark.parametrize("page", sorted((ROOT / "docs").glob("*.md")), ids=lambda page: page.name)
def test_docs_pages_link_only_to_what_exists(page: Path) -> None:
    """Every relative link of a docs page (and the README) points at a file of the repository."""
    for text, base in ((page.read_text(encoding="utf-8"), page.parent), (README, ROOT)):
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
            if "://" not in target:
                assert (base / target).exists(), f"{target} in {page.name if base != ROOT else 'README.md'}"

"""The command line: output streams, formats and exit codes, in-process and installed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedpub.cli import main
from feedpub.parse import parse_file
from tests.sites import DATA, ROOT

INVALID = DATA / "articles" / "invalid"
VALID = DATA / "articles" / "valid"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_parse_prints_one_unescaped_json_object(runner: CliRunner, seed_path: Path) -> None:
    """parse --format json prints the article as one line of UTF-8 JSON, not \\u escapes."""
    result = runner.invoke(main, ["parse", str(seed_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert "\\u" not in line
    assert "بغداد" in line
    assert json.loads(line) == parse_file(seed_path).article


def test_parse_several_files_prints_one_object_per_line(runner: CliRunner, seed_path: Path) -> None:
    """Each file gives one line of JSON, in sorted file order."""
    result = runner.invoke(main, ["parse", str(seed_path), str(VALID / "zh-xinhua.txt")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line)["agency"]["id"] for line in lines] == ["xinhua", "xinhua"]


def test_parse_text_summary(runner: CliRunner, seed_path: Path) -> None:
    """parse --format text shows the dateline, agency, language and paragraph count."""
    result = runner.invoke(main, ["parse", str(seed_path), "--format", "text"])
    assert result.exit_code == 0
    assert "بغداد 7 نوفمبر 2025 (شينخوا)" in result.stdout
    assert "شينخوا (xinhua)" in result.stdout
    assert "14 paragraphs" in result.stdout


def test_parse_text_summary_shows_the_lines_above_the_dateline_apart(runner: CliRunner, tmp_path: Path) -> None:
    """parse --format text lists a byline printed above the dateline on a line of its own."""
    story = tmp_path / "budget.txt"
    story.write_text(
        "Senate passes the budget\nBy Jane Carter\nWASHINGTON, Nov. 7 (AP) — The Senate voted on Friday.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["parse", str(story), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "  above:     By Jane Carter\n  dateline:  WASHINGTON, Nov. 7 (AP) —\n" in result.stdout


def test_parse_reports_problems_on_stderr_and_exits_1(runner: CliRunner) -> None:
    """A broken file is named on stderr with its problem; the exit code is 1."""
    result = runner.invoke(main, ["parse", str(INVALID / "february-31.txt")])
    assert result.exit_code == 1
    assert f'{INVALID / "february-31.txt"}: /dateline/date: "2025-02-31" is not a real date' in result.stderr


def test_validate_defaults_to_articles(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """validate with no path checks articles/ and exits 0 when all is well."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 file checked: 1 valid, 0 invalid")


def test_validate_reports_every_problem_and_exits_1(runner: CliRunner) -> None:
    """Every broken file is reported, each problem on its own line, and the exit code is 1."""
    result = runner.invoke(main, ["validate", str(INVALID), str(VALID), "--reference-date", "2025-11-10"])
    assert result.exit_code == 1
    expected = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in INVALID.glob("*.problems"))
    assert len(result.stderr.splitlines()) == expected
    # A file whose expected problems are all warnings (unknown-agency, bidi-override …) is valid.
    articles = [p for p in (*INVALID.iterdir(), *VALID.iterdir()) if p.suffix in (".txt", ".json")]
    refused = [
        p
        for p in INVALID.glob("*.problems")
        if any(not line.startswith("warning:") for line in p.read_text("utf-8").splitlines())
    ]
    valid = len(articles) - len(refused)
    assert f"{len(articles)} files checked: {valid} valid, {len(refused)} invalid" in result.stdout


def test_validate_json_report(runner: CliRunner) -> None:
    """--format json gives a machine-readable report with a summary and per-file problems."""
    result = runner.invoke(main, ["validate", str(INVALID / "empty.txt"), str(VALID), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["summary"]["files"] == 5
    [empty] = [f for f in report["files"] if f["file"].endswith("empty.txt")]
    assert empty["problems"] == [{"severity": "error", "path": "", "message": "the file is empty"}]


def test_strict_fails_on_warnings(runner: CliRunner) -> None:
    """An unknown agency passes validate but fails validate --strict."""
    file = str(INVALID / "unknown-agency.txt")
    assert runner.invoke(main, ["validate", file]).exit_code == 0
    assert runner.invoke(main, ["validate", "--strict", file]).exit_code == 1


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    """A bad option is a usage error: exit code 2."""
    assert runner.invoke(main, ["validate", "--format", "xml"]).exit_code == 2
    assert runner.invoke(main, ["parse"]).exit_code == 2
    assert runner.invoke(main, ["parse", "x.txt", "--reference-date", "yesterday"]).exit_code == 2


def _console_script() -> str:
    return str(Path(sys.executable).with_name("feedpub"))


def test_installed_console_script(seed_path: Path) -> None:
    """The installed feedpub script runs and prints UTF-8 JSON even under the C locale."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    completed = subprocess.run([_console_script(), "parse", str(seed_path)], capture_output=True, env=env, check=False)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout.decode("utf-8"))["dateline"]["place"] == "بغداد"


def test_parse_and_validate_start_without_the_build() -> None:
    """The command line and the library's parse and validate load no rendering or serving code."""
    code = (
        "import sys, feedpub, feedpub.cli\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('feedgen', 'jinja2', 'lxml', 'uvicorn', 'brotli') or m in ('feedpub.build', 'sqlite3'))\n"
        "print(loaded)\n"
        "feedpub.build_site\n"
        "print('feedpub.build' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.splitlines() == ["[]", "True"]


def test_valid_articles_are_checked_without_jsonschema(seed_path: Path) -> None:
    """jsonschema, which explains what is wrong, is imported only when something is."""
    code = (
        "import sys, pathlib, feedpub\n"
        f"report = feedpub.validate_paths([pathlib.Path({str(seed_path)!r})])\n"
        "print(report.is_valid(), 'jsonschema' in sys.modules)\n"
        "broken = feedpub.check_article(feedpub.parse_file(pathlib.Path(sys.argv[1])))\n"
        "print(broken.is_valid(), 'jsonschema' in sys.modules)\n"
    )
    broken = DATA / "articles" / "invalid" / "february-31.txt"
    completed = subprocess.run([sys.executable, "-c", code, str(broken)], capture_output=True, text=True, check=True)
    assert completed.stdout.splitlines() == ["True False", "False True"]


def test_python_dash_m(seed_path: Path) -> None:
    """python -m feedpub is the same command line."""
    completed = subprocess.run(
        [sys.executable, "-m", "feedpub", "validate", str(seed_path)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert "1 valid" in completed.stdout


def test_no_traceback_reaches_the_user() -> None:
    """Every broken input gives messages, never a Python traceback."""
    completed = subprocess.run(
        [_console_script(), "validate", str(INVALID)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert "empty.txt: the file is empty" in completed.stderr


@pytest.mark.parametrize("command", ["validate", "parse"])
def test_a_path_that_does_not_exist_is_a_usage_error(runner: CliRunner, command: str) -> None:
    """A mistyped path is the command line's fault, not the content's: exit code 2, naming it."""
    result = runner.invoke(main, [command, str(INVALID), "/nonexistent/folder"])
    assert result.exit_code == 2
    assert "'/nonexistent/folder' does not exist" in result.output


def test_serve_on_a_port_in_use_is_a_usage_error(runner: CliRunner) -> None:
    """feedpub serve says at once, before building, that the port is taken: exit code 2."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "--config", "/nonexistent/feedpub.toml", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1 port {port}" in result.output


def test_validate_without_paths_needs_an_articles_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run where there is no articles/ folder and with no paths, validate says what to do."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2
    assert "there is no articles/ folder here" in result.output


def _children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in children.read_text().split()] if children.exists() else []


def test_ctrl_c_during_a_build_stops_with_one_line_and_130(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while worker
    processes build: one line, exit code 130, no traceback from the parent or any worker."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus

    corpus.write_corpus(corpus.generate(3000), tmp_path / "site")
    process = subprocess.Popen(
        [_console_script(), "build", "--config", str(tmp_path / "site" / "feedpub.toml")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        while not _children(process.pid) and process.poll() is None:
            pass  # until the worker processes start (the build takes seconds)
        if process.poll() is not None:
            pytest.skip("the build ended before it started worker processes (a single core?)")
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines() == ["Interrupted."]

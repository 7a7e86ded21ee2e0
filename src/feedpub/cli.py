"""The ``feedpub`` command line: options in, one library call, output out.

Data goes to stdout, problems to stderr. Exit codes: 0 all good, 1 invalid content
found, 2 usage error, 130 stopped by Ctrl-C.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.decorators import FC

from .config import CONFIG_NAME, load_config
from .errors import FeedpubError, UsageError
from .render.ninjs import ninjs_for
from .report import (
    article_text,
    build_json,
    build_problem_lines,
    build_summary,
    held_lines,
    problem_line,
    to_json,
    validation_json,
    validation_text,
)
from .serve.limits import Limits
from .validate import parse_paths, validate_paths

#: The exit code after Ctrl-C, as shells report a process that SIGINT ended (128 + 2).
INTERRUPTED = 130


class _Group(click.Group):
    """Turns feedpub's own errors into click's, in this one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:
            raise click.UsageError(str(error), ctx) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(INTERRUPTED)
        except FeedpubError as error:
            raise click.ClickException(str(error)) from None


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")


_encoding_option = click.option(
    "--encoding", metavar="NAME", help="Read articles in this encoding instead of detecting it (e.g. windows-1256)."
)
_reference_option = click.option(
    "--reference-date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help=(
        "Date that datelines without a year are read against: the latest such day at most a month"
        " after it (default: datePublished, else today)."
    ),
)
_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=CONFIG_NAME,
    show_default=True,
    help="The site's configuration file.",
)
_out_option = click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Output folder [default: public/ beside the config].",
)
_cache_option = click.option(
    "--cache",
    "cache_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Cache folder [default: .feedpub-cache/ beside the config].",
)


def _format_option(
    default: str = "text", help: str = "Output for people (text) or scripts (json)."
) -> Callable[[FC], FC]:
    return click.option(
        "--format", "output_format", type=click.Choice(["text", "json"]), default=default, show_default=True, help=help
    )


_strict_option = click.option(
    "--strict", is_flag=True, help="Treat warnings (such as an agency missing from the registry) as errors."
)


def _quiet_option(help: str) -> Callable[[FC], FC]:
    return click.option("-q", "--quiet", is_flag=True, help=help)


_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


class _ByteSize(click.ParamType[int]):
    """A number of bytes, with an optional K, M or G suffix (powers of 1024)."""

    name = "bytes"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B")
        unit = text[-1:] if text[-1:] in _UNITS else ""
        try:
            number = int(text.removesuffix(unit)) * _UNITS[unit]
        except ValueError:
            self.fail(f"{value!r} is not a size such as 32M", param, ctx)
        if number < 0:
            self.fail(f"{value!r} is negative", param, ctx)
        return number


_BYTES = _ByteSize()
_LIMITS = Limits()


def _reference(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="feedpub")
def main() -> None:
    """Turn wire copy into feeds and structured data that machines can trust."""
    _utf8_streams()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "ninjs"]),
    default="json",
    show_default=True,
    help="One JSON object per article (one per line), IPTC ninjs 3.1 per valid article, or a readable summary.",
)
@_config_option
@_encoding_option
@_reference_option
def parse(
    paths: tuple[Path, ...],
    output_format: str,
    config_file: Path,
    encoding: str | None,
    reference_date: dt.datetime | None,
) -> None:
    """Parse article files (or folders of them) and print what was read.

    Plain wire text, feedpub's JSON, schema.org JSON-LD, NewsML-G2, NewsML 1.2, NITF, IPTC 7901,
    ANPA-1312 and ninjs are all read. With --format ninjs each valid article is printed as
    the ninjs item the build writes, with URLs from the site's config. Problems go to
    stderr; the exit code is 1 when any article is invalid.

    \b
    Example:
      feedpub parse articles/2025-11-07-baghdad-iraq-us-security-consultations.txt
      feedpub parse --format ninjs articles/2025-11-07-baghdad-iraq-us-security-consultations.txt
    """
    site = load_config(config_file) if output_format == "ninjs" else None
    reports, path_problems = parse_paths(paths, encoding=encoding, reference_date=_reference(reference_date))
    failed = bool(path_problems)
    for path, problem in path_problems:
        click.echo(problem_line(path, problem), err=True)
    for report in reports:
        if site is not None:
            if report.article is not None and report.is_valid():
                click.echo(ninjs_for(report.article, site))
        elif report.article is not None:
            click.echo(to_json(report.article) if output_format == "json" else article_text(report))
        for problem in report.problems:
            click.echo(problem_line(report.file, problem), err=True)
        failed = failed or not report.is_valid()
    if failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_format_option()
@_strict_option
@_quiet_option("Print problems only, no summary line.")
@_encoding_option
@_reference_option
def validate(
    paths: tuple[Path, ...],
    output_format: str,
    strict: bool,
    quiet: bool,
    encoding: str | None,
    reference_date: dt.datetime | None,
) -> None:
    """Check every article under PATHS (default: articles/) against the NewsArticle schema.

    Every problem in every file is reported with its file, JSON path and reason.

    \b
    Example:
      feedpub validate articles/ --strict
    """
    if not paths and not Path("articles").is_dir():
        raise click.UsageError("there is no articles/ folder here: name the files or folders to check")
    report = validate_paths(
        paths or (Path("articles"),), encoding=encoding, reference_date=_reference(reference_date), keep_articles=False
    )
    if output_format == "json":
        click.echo(validation_json(report, strict=strict))
    else:
        lines, summary = validation_text(report, strict=strict)
        for line in lines:
            click.echo(line, err=True)
        if not quiet:
            click.echo(summary)
    if not report.is_valid(strict):
        sys.exit(1)


class _ProgressBar:
    """A progress bar on stderr for long builds on a terminal; silent otherwise."""

    def __init__(self, enabled: bool, label: str = "Reading articles", minimum: int = 200) -> None:
        self.enabled = enabled
        self.label = label
        self.minimum = minimum
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.minimum:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@main.command()
@_config_option
@_out_option
@_cache_option
@_format_option()
@_strict_option
@_quiet_option("No progress bar and no summary line; problems only.")
@_encoding_option
@_reference_option
def build(
    config_file: Path,
    out: Path | None,
    cache_dir: Path | None,
    output_format: str,
    strict: bool,
    quiet: bool,
    encoding: str | None,
    reference_date: dt.datetime | None,
) -> None:
    """Build RSS, Atom, JSON Feed, JSON-LD and HTML from the site's articles.

    Invalid articles are left out and reported; every valid one is published. The new
    output replaces the old in one atomic step, so readers never see a half-written tree.

    \b
    Example:
      feedpub build --config feedpub.toml --out public/
    """
    from .build import build_site

    site = load_config(config_file)
    progress = _ProgressBar(enabled=not quiet and output_format == "text" and sys.stderr.isatty())
    started = time.perf_counter()
    try:
        report = build_site(
            site,
            out or site.root / "public",
            cache_file=(cache_dir or site.root / ".feedpub-cache") / "articles.sqlite3",
            encoding=encoding,
            reference_date=_reference(reference_date),
            progress=progress,
        )
    finally:
        progress.close()
    seconds = time.perf_counter() - started
    if output_format == "json":
        click.echo(build_json(report, seconds, strict=strict))
    else:
        for line in build_problem_lines(report):
            click.echo(line, err=True)
        if not quiet:
            click.echo("\n".join([*held_lines(report.held), build_summary(report, seconds, strict=strict)]))
    if not report.is_valid(strict):
        sys.exit(1)


@main.command()
@_config_option
@_out_option
@_cache_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--watch", is_flag=True, help="Rebuild when an article or the config changes.")
@_reference_option
@click.option(
    "--cache-size",
    "cache_bytes",
    type=_BYTES,
    default="32M",
    show_default=True,
    help="Memory for the bytes of served files (K, M or G suffix).",
)
@click.option("--max-connections", type=click.IntRange(1), default=_LIMITS.connections, show_default=True,
              help="Connections open at once; more get 503.")  # fmt: skip
@click.option("--max-request-line", type=click.IntRange(64), default=_LIMITS.request_line, show_default=True,
              help="Longest request URL in bytes; longer get 414.")  # fmt: skip
@click.option("--max-header-bytes", type=click.IntRange(256), default=_LIMITS.header_bytes, show_default=True,
              help="Largest request header block in bytes; larger get 431.")  # fmt: skip
@click.option("--max-headers", type=click.IntRange(1), default=_LIMITS.headers, show_default=True,
              help="Most request header lines; more get 431.")  # fmt: skip
@click.option("--request-timeout", type=click.FloatRange(0.1), default=_LIMITS.request_seconds, show_default=True,
              help="Seconds a client has to send a whole request; slower get 408.")  # fmt: skip
@click.option("--keep-alive", type=click.FloatRange(0.1), default=_LIMITS.keep_alive_seconds, show_default=True,
              help="Seconds an idle connection stays open between requests.")  # fmt: skip
def serve(
    config_file: Path,
    out: Path | None,
    cache_dir: Path | None,
    host: str,
    port: int,
    watch: bool,
    reference_date: dt.datetime | None,
    cache_bytes: int,
    max_connections: int,
    max_request_line: int,
    max_header_bytes: int,
    max_headers: int,
    request_timeout: float,
    keep_alive: float,
) -> None:
    """Build the site, then serve it over HTTP to feed readers and aggregators.

    Conditional GET (ETag, Last-Modified), precompressed br and gzip, caching and WebSub
    headers. With --watch, changed articles are rebuilt and swapped in atomically, and the
    WebSub hub (if configured) is told which feeds changed. Requests past the limits are
    refused and logged with the client's address. Ctrl-C stops the server.

    \b
    Example:
      feedpub serve --port 8000 --watch
    """
    from .serve.server import Serving, serve_site

    def ready(serving: Serving) -> None:
        click.echo(f"Serving {serving.out} at {serving.local}")
        for url in serving.feeds:
            click.echo(f"  {url}")
        if serving.watched:
            click.echo(f"Watching {' and '.join(map(str, serving.watched))} for changes.")
        click.echo("Press Ctrl-C to stop.")
        # uvicorn shuts down cleanly on SIGINT and SIGTERM, then raises the signal again: SIGTERM
        # ends with 0, SIGINT as KeyboardInterrupt (Ctrl-C: 130, see _Group). Set only now, for
        # the server itself: not for the first build, whose worker processes would inherit it.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr)
    limits = Limits(
        request_line=max_request_line,
        header_bytes=max_header_bytes,
        headers=max_headers,
        request_seconds=request_timeout,
        keep_alive_seconds=keep_alive,
        connections=max_connections,
    )
    serve_site(
        config_file,
        out=out,
        cache_dir=cache_dir,
        host=host,
        port=port,
        watch=watch,
        reference_date=_reference(reference_date),
        limits=limits,
        cache_bytes=cache_bytes,
        ready=ready,
    )


@main.command()
@_config_option
@_out_option
@click.option("--target", metavar="NAME", help="The [[deploy]] target to publish to [default: the first].")
@click.option("--dry-run", is_flag=True, help="Compare with the bucket and report; upload and delete nothing.")
@click.option("--force", is_flag=True, help="Upload every object, changed or not (after changing cache_control).")
@click.option("--no-delete", is_flag=True, help="Keep objects the build no longer has.")
@_format_option()
@click.option("-v", "--verbose", is_flag=True, help="List every object uploaded or deleted.")
@_quiet_option("No progress bar and no summary line; problems only.")
def deploy(
    config_file: Path,
    out: Path | None,
    target: str | None,
    dry_run: bool,
    force: bool,
    no_delete: bool,
    output_format: str,
    verbose: bool,
    quiet: bool,
) -> None:
    """Publish the last build to S3-compatible object storage (a [[deploy]] target).

    Uploads only what changed: pages first, then feeds, the sitemap and the index, then
    deletes what the build no longer has. Then purges the CDN and pings the WebSub hub.
    Credentials come from the environment or an AWS profile, never from feedpub.toml.

    \b
    Example:
      feedpub deploy --target production --dry-run
    """
    from .deploy import choose_target, deploy_json, deploy_lines, deploy_site

    site = load_config(config_file)
    chosen = choose_target(site, target)
    progress = _ProgressBar(
        enabled=not quiet and output_format == "text" and sys.stderr.isatty(), label="Uploading", minimum=1
    )
    try:
        report = deploy_site(
            site,
            chosen,
            out or site.root / "public",
            dry_run=dry_run,
            force=force,
            delete=not no_delete,
            progress=progress,
        )
    finally:
        progress.close()
    if output_format == "json":
        click.echo(deploy_json(report))
    elif not quiet:
        for line in deploy_lines(report, verbose=verbose):
            click.echo(line)
    for problem in report.problems():
        click.echo(problem, err=True)
    if not report.ok:
        sys.exit(1)


@main.command()
@_config_option
@click.argument("urls", nargs=-1)
def ping(config_file: Path, urls: tuple[str, ...]) -> None:
    """Tell the configured WebSub hub that feeds changed (default: every feed URL of the site).

    \b
    Example:
      feedpub ping https://news.example.org/rss.xml
    """
    from .serve.websub import ping_feeds

    failed = False
    for result in ping_feeds(load_config(config_file), urls):
        click.echo(f"{'ok' if result.ok else 'FAILED'}: {result.url} ({result.detail})", err=not result.ok)
        failed = failed or not result.ok
    if failed:
        sys.exit(1)

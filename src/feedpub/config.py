"""``feedpub.toml``: the site that ``feedpub build`` and ``feedpub serve`` publish.

The file is checked against ``schemas/config.schema.json`` like an article is against
its schema, so a bad key is reported by name with a reason, all at once.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import UsageError
from .schema import is_time_zone, problems_against

DEFAULT_ENTRIES = 50
DEFAULT_MAX_AGE = 300
CONFIG_NAME = "feedpub.toml"


class ConfigError(UsageError):
    """feedpub.toml is missing, unreadable or wrong; the message lists every problem."""


@dataclass(frozen=True)
class Publisher:
    """The organisation that publishes the site."""

    name: str
    url: str
    logo: str | None = None


@dataclass(frozen=True)
class Budgets:
    """How large an output may grow before a build warns, in bytes: what aggregators accept
    (Google News takes feeds up to 2 MB; JSON Feed readers want a few hundred kB) and what
    a reader's browser should have to load for one story."""

    feed: int = 2_000_000
    json_feed: int = 500_000
    page: int = 500_000


@dataclass(frozen=True)
class FeedFilter:
    """Which articles a feed carries; an unset field matches everything."""

    language: str | None = None
    agency: str | None = None
    section: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedSpec:
    """One feed: the main one (``path`` "") or a named one under ``feeds/<name>/``."""

    name: str
    title: str
    description: str
    path: str
    filter: FeedFilter = field(default_factory=FeedFilter)
    #: The language the feed declares, when its config names one (see :meth:`Feed.language`).
    language: str | None = None


@dataclass(frozen=True)
class DeployTarget:
    """Where ``feedpub deploy`` publishes a build: a bucket and prefix of S3 or a service
    that speaks its API. Credentials are not here: they come from the environment or an
    AWS profile, as for every other S3 tool."""

    name: str
    bucket: str
    #: The folder in the bucket, "" or ending in "/".
    prefix: str
    endpoint_url: str | None = None
    region: str | None = None
    profile: str | None = None
    encoding: Literal["gzip", "identity"] = "gzip"
    #: Cache-Control by kind of file (see :mod:`feedpub.deploy.kinds`), over the defaults.
    cache_control: dict[str, str] = field(default_factory=dict)
    purge: tuple[str, ...] = ()
    cloudfront_distribution: str | None = None
    concurrency: int = 8

    @property
    def url(self) -> str:
        """``s3://bucket/prefix/``."""
        return f"s3://{self.bucket}/{self.prefix}"


@dataclass(frozen=True)
class SiteConfig:
    """Everything feedpub.toml says, with defaults filled in and paths resolved."""

    file: Path
    title: str
    description: str
    base_url: str
    language: str
    timezone: str
    articles: Path
    entries: int
    max_age: int
    hub: str | None
    publisher: Publisher
    feeds: tuple[FeedSpec, ...]
    budgets: Budgets = field(default_factory=Budgets)
    deploy: tuple[DeployTarget, ...] = ()

    @property
    def root(self) -> Path:
        """The folder feedpub.toml is in."""
        return self.file.parent


def _problems_text(file: Path, problems: list[str]) -> str:
    return "\n".join(f"{file}: {problem}" for problem in problems)


def _feeds(data: dict[str, Any]) -> tuple[FeedSpec, ...]:
    main = FeedSpec("main", data["title"], data["description"], "")
    named = []
    for feed in data.get("feeds", []):
        condition = feed.get("filter", {})
        named.append(
            FeedSpec(
                name=feed["name"],
                title=feed["title"],
                description=feed.get("description", data["description"]),
                path=f"feeds/{feed['name']}/",
                filter=FeedFilter(
                    language=condition.get("language"),
                    agency=condition.get("agency"),
                    section=condition.get("section"),
                    keywords=tuple(condition.get("keywords", ())),
                ),
                language=feed.get("language"),
            )
        )
    return (main, *named)


def _deploy_targets(data: dict[str, Any]) -> tuple[DeployTarget, ...]:
    targets = []
    for target in data.get("deploy", []):
        bucket, _, prefix = target["url"].removeprefix("s3://").partition("/")
        prefix = prefix.strip("/")
        targets.append(
            DeployTarget(
                name=target["name"],
                bucket=bucket,
                prefix=prefix + "/" if prefix else "",
                endpoint_url=target.get("endpoint_url"),
                region=target.get("region"),
                profile=target.get("profile"),
                encoding=target.get("encoding", "gzip"),
                cache_control=dict(target.get("cache_control", {})),
                purge=tuple(target.get("purge", ())),
                cloudfront_distribution=target.get("cloudfront_distribution"),
                concurrency=target.get("concurrency", 8),
            )
        )
    return tuple(targets)


def _deploy_problems(data: dict[str, Any]) -> list[str]:
    """Credentials in the file (said plainly, not as an unknown key) and twice-used target names."""
    problems = []
    targets = [t for t in data.get("deploy", []) if isinstance(t, dict)] if isinstance(data.get("deploy"), list) else []
    for number, target in enumerate(targets):
        problems += [
            f"/deploy/{number}/{key}: credentials are never read from feedpub.toml; set AWS_ACCESS_KEY_ID and"
            " AWS_SECRET_ACCESS_KEY in the environment, or name an AWS profile with profile ="
            for key in target
            if any(word in key.lower() for word in ("key", "secret", "token", "password"))
        ]
    names = [str(target.get("name")) for target in targets]
    twice = sorted({name for name in names if names.count(name) > 1})
    problems += [f'/deploy: two targets are named "{name}"' for name in twice]
    return problems


def load_config(file: Path) -> SiteConfig:
    """Read and check feedpub.toml, raising :class:`ConfigError` with every problem found."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such file; create it or pass --config (see the README)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read the file: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{file}: not valid TOML: {error}") from None
    problems = [f"{problem.path}: {problem.message}" for problem in problems_against("config.schema.json", data)]
    articles = (file.parent / data.get("articles", "articles")).resolve()
    if not articles.is_dir():
        problems.append(f"/articles: the articles folder {articles} does not exist")
    timezone = data.get("timezone", "UTC")
    if isinstance(timezone, str) and not is_time_zone(timezone):
        problems.append(f'/timezone: "{timezone}" is not an IANA time zone name (such as Asia/Baghdad)')
    names = [str(feed.get("name")) for feed in data.get("feeds", []) if isinstance(feed, dict)]
    problems += [f'/feeds: two feeds are named "{name}"' for name in sorted({n for n in names if names.count(n) > 1})]
    deploy_problems = _deploy_problems(data)
    said = {problem.split(": ", 1)[0] for problem in deploy_problems}
    problems = [problem for problem in problems if problem.split(": ", 1)[0] not in said] + deploy_problems
    if problems:
        raise ConfigError(_problems_text(file, problems))
    publisher = data["publisher"]
    return SiteConfig(
        file=file,
        title=data["title"],
        description=data["description"],
        base_url=data["base_url"],
        language=data.get("language", "en"),
        timezone=timezone,
        articles=articles,
        entries=data.get("entries", DEFAULT_ENTRIES),
        max_age=data.get("max_age", DEFAULT_MAX_AGE),
        hub=data.get("hub"),
        publisher=Publisher(publisher["name"], publisher["url"], publisher.get("logo")),
        feeds=_feeds(data),
        budgets=Budgets(**{name: kilobytes * 1000 for name, kilobytes in data.get("budgets", {}).items()}),
        deploy=_deploy_targets(data),
    )

"""feedpub.toml: the bundled one works, and every mistake is named by its key."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedpub.config import ConfigError, load_config
from feedpub.schema import conforms, is_time_zone, schema_validator
from tests.sites import ROOT


def test_bundled_config_loads() -> None:
    """The repository's feedpub.toml is valid and points at articles/."""
    site = load_config(ROOT / "feedpub.toml")
    assert site.articles == (ROOT / "articles").resolve()
    assert site.feeds[0].path == ""
    assert site.entries == 50


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    file = tmp_path / "feedpub.toml"
    file.write_text(text, encoding="utf-8")
    return file


BASE = 'title = "T"\ndescription = "D"\nbase_url = "https://x.example/"\n[publisher]\nname = "P"\nurl = "https://x.example/"\n'


def test_minimal_config_gets_defaults(tmp_path: Path) -> None:
    """Only title, description, base_url and publisher are required."""
    site = load_config(_write(tmp_path, BASE))
    assert (site.language, site.timezone, site.entries, site.hub) == ("en", "UTC", 50, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('titel = "x"\n' + BASE, "/titel: unknown field"),
        (BASE.replace('base_url = "https://x.example/"', 'base_url = "x.example"'), "/base_url:"),
        ('entries = "many"\n' + BASE, "/entries: must be integer"),
        ('timezone = "Mars/Base"\n' + BASE, '/timezone: "Mars/Base" is not an IANA time zone'),
        ('articles = "nowhere"\n' + BASE, "/articles: the articles folder"),
        (BASE.rsplit("url = ", 1)[0], "/publisher/url: missing"),
        (BASE + '[[feeds]]\nname = "a"\ntitle = "A"\n[[feeds]]\nname = "a"\ntitle = "B"\n', 'two feeds are named "a"'),
        (BASE + '[[feeds]]\nname = "Bad Name"\ntitle = "A"\n', "/feeds/0/name:"),
        (
            BASE + '[[feeds]]\nname = "a"\ntitle = "A"\nfilter = { agencyy = "x" }\n',
            "/feeds/0/filter/agencyy: unknown field",
        ),
        ("title = ", "not valid TOML"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, text: str, message: str) -> None:
    """Each mistake is a ConfigError whose message names the key and the file."""
    file = _write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(file)
    assert message in str(raised.value)
    assert str(file) in str(raised.value)


def test_missing_config_file(tmp_path: Path) -> None:
    """A missing feedpub.toml says how to fix it."""
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "feedpub.toml")


CONFIG_VALUES = st.one_of(
    st.sampled_from(
        ["", "T", "Tab\tbed", "Bell\x07", "line\n", "https://x.example/", "x.example", "https://x.example"]
    ),
    st.sampled_from(["ar", "en-GB", "english", "Asia/Baghdad", "bad name", "a-b", "a" * 70]),
    st.integers(-2, 10_002),
    st.booleans(),
    st.lists(st.sampled_from(["x", ""]), max_size=2),
    st.fixed_dictionaries({"name": st.sampled_from(["P", "", "x\x7f"]), "url": st.sampled_from(["https://p/", "p"])}),
    st.lists(
        st.fixed_dictionaries(
            {"name": st.sampled_from(["a", "Bad Name", "b-", "x" * 64]), "title": st.sampled_from(["A", ""])},
            optional={
                "filter": st.dictionaries(
                    st.sampled_from(["language", "agency", "keywords", "agencyy"]),
                    st.one_of(st.sampled_from(["", "ar"]), st.lists(st.sampled_from(["", "k"]), max_size=2)),
                )
            },
        ),
        max_size=2,
    ),
)
CONFIG_KEYS = ["title", "base_url", "language", "timezone", "entries", "hub", "max_age", "publisher", "feeds", "titel"]


@given(st.dictionaries(st.sampled_from(CONFIG_KEYS), CONFIG_VALUES, max_size=4), st.sets(st.sampled_from(CONFIG_KEYS)))
def test_quick_config_check_agrees_with_jsonschema(changes: dict[str, Any], dropped: set[str]) -> None:
    """The quick check, which is all a valid config meets, passes exactly what jsonschema passes."""
    config = {key: value for key, value in {**tomllib.loads(BASE), **changes}.items() if key not in dropped}
    assert conforms("config.schema.json", config) == schema_validator("config.schema.json").is_valid(config)


def test_time_zones_are_the_systems() -> None:
    """Every zone the system lists is a time zone; folders, other files and paths are not."""
    assert all(is_time_zone(name) for name in available_timezones())
    for name in ("Mars/Base", "Asia", "zone.tab", "", "../etc/passwd", "/etc/localtime", "asia/baghdad"):
        assert not is_time_zone(name), name


DEPLOY = '[[deploy]]\nname = "production"\nurl = "s3://news-example/site/"\n'


def test_deploy_targets_load_with_defaults(tmp_path: Path) -> None:
    """A [[deploy]] table becomes a DeployTarget: bucket and prefix from its URL, gzip, eight uploads at once."""
    text = (
        BASE + DEPLOY + 'endpoint_url = "https://r2.example"\nregion = "auto"\npurge = ["./purge-cdn", "--zone", "z"]\n'
        '[deploy.cache_control]\nfeed = "public, max-age=30"\n[[deploy]]\nname = "root"\nurl = "s3://news-root"\n'
    )
    production, root = load_config(_write(tmp_path, text)).deploy
    assert (production.bucket, production.prefix, production.url) == (
        "news-example",
        "site/",
        "s3://news-example/site/",
    )
    assert (production.endpoint_url, production.region, production.encoding) == ("https://r2.example", "auto", "gzip")
    assert production.purge == ("./purge-cdn", "--zone", "z")
    assert production.cache_control == {"feed": "public, max-age=30"}
    assert (root.prefix, root.url, root.concurrency, root.profile) == ("", "s3://news-root/", 8, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (DEPLOY.replace("s3://", "https://"), "/deploy/0/url:"),
        (DEPLOY + 'aws_secret_access_key = "abc"\n', "/deploy/0/aws_secret_access_key: credentials are never read"),
        (DEPLOY + DEPLOY, 'two targets are named "production"'),
        (DEPLOY + '[deploy.cache_control]\nfeeds = "no-cache"\n', "/deploy/0/cache_control/feeds: unknown field"),
        (DEPLOY + 'encoding = "br"\n', "/deploy/0/encoding:"),
    ],
)
def test_bad_deploy_target_names_the_key(tmp_path: Path, text: str, message: str) -> None:
    """Each mistake in a [[deploy]] table is named by its key; credentials are refused with the remedy, once."""
    with pytest.raises(ConfigError) as raised:
        load_config(_write(tmp_path, BASE + text))
    assert message in str(raised.value)
    assert str(raised.value).count("aws_secret_access_key") <= 1

"""The command line with agencies' formats: parse, validate and build read them; ninjs comes out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from feedpub.build.site import build_site
from feedpub.cli import main
from feedpub.config import load_config
from tests.formats import FORMATS
from tests.sites import DATA, ROOT, make_site, published_files

SCHEMA = json.loads((DATA / "ninjs" / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
#: One publishable real item of each format, saved under the names agencies send them with.
WIRE = {
    "afp-newsml.xml": FORMATS / "newsml-1.2" / "superdesk-afp.xml",
    "dpa-g2.newsml": FORMATS / "newsml-g2" / "superdesk-dpa.xml",
    "efe.nitf": FORMATS / "nitf" / "superdesk-efe_nitf.xml",
    "dpa-7901.ipt": FORMATS / "iptc7901" / "superdesk-dpa_two_line.txt",
    "ap.anpa": FORMATS / "anpa-1312" / "superdesk-ap_anpa-1.tst",
    "ats-7901.txt": FORMATS / "iptc7901" / "superdesk-belga-ats.txt",
    "reuters-ninjs.json": FORMATS / "ninjs" / "superdesk-ninjs5.json",
}


def _wire_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, item in WIRE.items():
        shutil.copyfile(item, folder / name)
    return folder


def test_validate_json_says_which_format_each_file_was_read_as(tmp_path: Path) -> None:
    """validate --format json names each file's format, valid, invalid or refused."""
    folder = _wire_folder(tmp_path / "wire")
    shutil.copyfile(FORMATS / "ninjs" / "iptc-3.0-dpa_text.json", folder / "dpa-ninjs-undated.json")
    shutil.copyfile(FORMATS / "newsml-g2" / "superdesk-listing-6-simple-newsml-g2-package.xml", folder / "package.xml")
    result = CliRunner().invoke(main, ["validate", str(folder), "--format", "json"])
    formats = {Path(entry["file"]).name: entry.get("format") for entry in json.loads(result.stdout)["files"]}
    assert formats == {
        "afp-newsml.xml": "newsml-1.2",
        "dpa-g2.newsml": "newsml-g2",
        "efe.nitf": "nitf",
        "dpa-7901.ipt": "iptc7901",
        "ap.anpa": "anpa-1312",
        "ats-7901.txt": "iptc7901",
        "reuters-ninjs.json": "ninjs",
        "dpa-ninjs-undated.json": "ninjs",
        "package.xml": "newsml-g2",
    }


def test_parse_format_ninjs_prints_valid_ninjs(tmp_path: Path) -> None:
    """parse --format ninjs prints one ninjs 3.1 item per valid article, with the site's URLs."""
    folder = _wire_folder(tmp_path / "wire")
    result = CliRunner().invoke(
        main, ["parse", str(folder), "--format", "ninjs", "--config", str(ROOT / "feedpub.toml")]
    )
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(documents) == len(WIRE)
    validator = Draft202012Validator(SCHEMA)
    for document in documents:
        assert not list(validator.iter_errors(document))
    headlines = {document["headlines"][0]["value"] for document in documents}
    assert "Sweden court accepts receivership for Saab carmaker" in headlines


def test_parse_refusal_names_the_file(tmp_path: Path) -> None:
    """A file that cannot be read as an article is named with what was wrong."""
    package = tmp_path / "package.xml"
    shutil.copyfile(FORMATS / "newsml-g2" / "superdesk-listing-6-simple-newsml-g2-package.xml", package)
    result = CliRunner().invoke(main, ["parse", str(package)])
    assert result.exit_code == 1
    assert f"{package}: the NewsML-G2 file is a package that only refers to its items" in result.stderr


def test_build_publishes_wire_formats_with_ninjs_beside_each_article(tmp_path: Path) -> None:
    """A build reads every format in the articles folder and writes <id>.ninjs.json beside each page."""
    config = make_site(tmp_path)
    _wire_folder(tmp_path / "articles")
    report = build_site(load_config(config), tmp_path / "public", reference_date=None)
    names = [str(path.relative_to(tmp_path / "public")) for path in published_files(tmp_path / "public")]
    pages = [name for name in names if name.startswith("articles/") and name.endswith(".html")]
    ninjs = [name for name in names if name.endswith(".ninjs.json")]
    assert report.published == len(pages) == len(ninjs) == 5 + len(WIRE)
    assert sorted(name.removesuffix(".html") for name in pages) == sorted(n.removesuffix(".ninjs.json") for n in ninjs)
    validator = Draft202012Validator(SCHEMA)
    for name in ninjs:
        assert not list(validator.iter_errors(json.loads((tmp_path / "public" / name).read_bytes())))

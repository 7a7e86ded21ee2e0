"""The command line with agencies' formats: parse, validate and build read them; ninjs comes out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from feedpub.build.site import build_site
from feedpub.build.tree import load_tree
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


#: A real NewsML-G2 message of three AP text items, and their ids (their guids as slugs).
BATCH = FORMATS / "newsml-g2" / "superdesk-ntb-ntb_newsml_g2.xml"
BATCH_IDS = {
    "tag-ap-org-2011-5e565888b587889c5c8bd62b6164118c-text": "Nutrisystem beats 4Q earnings",
    "tag-ap-org-2011-b6d5d4eb781939b5fe8722f3fba28ee2-text": "DiamondRock Hospitality posts 4Q FFO",
    "tag-ap-org-2011-4db5f9c37aac8924db872ba5a7e287e6-text": "Scripps Networks tops 4Q profit",
}


def _page(out: Path, article_id: str) -> Path:
    return out / "articles" / "2018-02-26" / f"{article_id}.html"


def test_build_publishes_each_item_of_a_file_under_its_own_id(tmp_path: Path) -> None:
    """Each text item of a message is its own article, page and ninjs, named by its guid."""
    config = make_site(tmp_path)
    shutil.copyfile(BATCH, tmp_path / "articles" / "ap-batch.xml")
    out = tmp_path / "public"
    report = build_site(load_config(config), out, reference_date=None)
    assert report.published == 5 + len(BATCH_IDS)
    for article_id, headline in BATCH_IDS.items():
        assert headline in _page(out, article_id).read_text(encoding="utf-8")
        ninjs = json.loads(_page(out, article_id).with_suffix(".ninjs.json").read_bytes())
        assert not list(Draft202012Validator(SCHEMA).iter_errors(ninjs))
    assert {Path(name).name for name in report.read} >= {f"ap-batch.xml#{article_id}" for article_id in BATCH_IDS}


def test_items_are_added_changed_and_removed_like_files(tmp_path: Path) -> None:
    """An item the file no longer holds is gone (410); one whose headline is lost is refused
    with its file and id named, and its siblings stay published as they were."""
    config = make_site(tmp_path)
    batch = tmp_path / "articles" / "ap-batch.xml"
    shutil.copyfile(BATCH, batch)
    site, out = load_config(config), tmp_path / "public"
    build_site(site, out, reference_date=None)
    ids = list(BATCH_IDS)
    first_page = _page(out, ids[0]).read_bytes()
    data = BATCH.read_text(encoding="utf-8")
    third = data.index('<newsItem guid="tag:ap.org,2011:4db5')
    data = data[:third] + data[data.index("</newsItem>", third) + len("</newsItem>") :]
    data = data.replace("DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations", "")
    batch.write_text(data, encoding="utf-8")
    report = build_site(site, out, reference_date=None)
    assert report.published == 5 + 1
    tree = load_tree(out)
    assert tree.gone(f"articles/2018-02-26/{ids[2]}.html")
    assert _page(out, ids[0]).read_bytes() == first_page
    [refused] = [found for found in report.troubled if not found.readable]
    assert refused.file == batch.with_name(f"ap-batch.xml#{ids[1]}")
    assert "no headline" in refused.problems[0].message
    shutil.copyfile(BATCH, batch)
    report = build_site(site, out, reference_date=None)
    assert report.published == 5 + 3
    assert not load_tree(out).gone(f"articles/2018-02-26/{ids[2]}.html")
    batch.unlink()
    report = build_site(site, out, reference_date=None)
    assert report.published == 5
    assert all(load_tree(out).gone(f"articles/2018-02-26/{article_id}.html") for article_id in ids)


def test_validate_and_parse_name_each_item_of_a_file(tmp_path: Path) -> None:
    """validate reports each item of a file as file#id; parse prints one article per item."""
    batch = tmp_path / "ap-batch.xml"
    shutil.copyfile(BATCH, batch)
    result = CliRunner().invoke(main, ["validate", str(batch), "--format", "json"])
    files = [entry["file"] for entry in json.loads(result.stdout)["files"]]
    assert sorted(files) == sorted(f"{batch}#{article_id}" for article_id in BATCH_IDS)
    result = CliRunner().invoke(main, ["parse", str(batch), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == list(BATCH_IDS)

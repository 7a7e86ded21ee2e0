"""ninjs (IPTC's News in JSON) 3.1: every article as the item a newsroom system ingests.

feedpub writes ninjs 3.x, not 2.x: 3.x is IPTC's current major version (3.1 the latest
published schema), names its properties as NewsML-G2 does (``versionCreated``,
``infoSources``), and says which version and schema an item follows in ``standard``; 2.x
is superseded and 1.x is kept only for old systems. The mapping is the one
:mod:`feedpub.parse.ninjs` reads back, so ninjs -> feedpub -> ninjs keeps every field
feedpub models: the headline, the story as HTML paragraphs (the dateline opening the first),
``located`` for the dateline's place, the agency as the source in ``infoSources``, authors
as ``people``, keywords and section as ``subjects``, the summary as a description, the
image as a picture association, and the first-created and version-created times; what a
news format's header states goes to ``urgency``, ``genres``, ``slugline``, ``altIds`` (the
item's own identifier) and a subject of rel ``category`` (the wire category).
"""

from __future__ import annotations

from typing import Any

from ..config import SiteConfig
from ..model import article_from_dict
from .entry import Entry, entry_for
from .serialize import compact_json, compact_json_bytes

#: The ninjs version written, and the schema it validates against.
VERSION = "3.1"
SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"


def ninjs_document(entry: Entry) -> dict[str, Any]:
    """The article as a ninjs 3.1 text item."""
    article = entry.article
    known = article.agency.known
    source: dict[str, Any] = {"name": article.agency.name, "role": "source"}
    if known and known.url:
        source["uri"] = known.url
    document: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": VERSION, "schema": SCHEMA},
        "uri": entry.url,
        "type": "text",
        "representationType": "full",
        "pubStatus": "usable",
        "language": article.language,
        "headlines": [{"role": "main", "value": entry.title}],
        "bodies": [
            {"role": "main", "contentType": "text/html", "value": entry.content_html, "wordCount": entry.word_count}
        ],
        "firstCreated": entry.published.isoformat(),
        "versionCreated": entry.updated.isoformat(),
        "infoSources": [source],
    }
    if article.dateline.place:
        document["located"] = article.dateline.place
    if article.authors:
        document["by"] = ", ".join(person.name for person in article.authors)
        document["people"] = [
            {"name": person.name, "rel": "author", **({"uri": person.url} if person.url else {})}
            for person in article.authors
        ]
    subjects = [{"name": word, "rel": "keyword"} for word in article.keywords]
    if article.section:
        subjects.append({"name": article.section, "rel": "section"})
    if article.category:
        subjects.append({"name": article.category, "rel": "category"})
    if article.urgency is not None:
        document["urgency"] = article.urgency
    if article.genre:
        document["genres"] = [{"name": article.genre}]
    if article.slug:
        document["slugline"] = article.slug
    if article.identifier:
        document["altIds"] = [{"role": "identifier", "value": article.identifier}]
    if subjects:
        document["subjects"] = subjects
    if article.summary:
        document["descriptions"] = [{"role": "summary", "value": article.summary}]
    if entry.image:
        rendition: dict[str, Any] = {"name": "original", "href": entry.image.url}
        if entry.image.width:
            rendition["width"] = entry.image.width
        if entry.image.height:
            rendition["height"] = entry.image.height
        picture: dict[str, Any] = {"name": "featureimage", "uri": entry.image.url, "type": "picture"}
        picture["renditions"] = [rendition]
        if entry.image.caption:
            picture["descriptions"] = [{"role": "caption", "value": entry.image.caption}]
        document["associations"] = [picture]
    return document


def render_ninjs(document: dict[str, Any]) -> bytes:
    """A ninjs document as the bytes of the article's ``.ninjs.json`` file (compact, like its JSON-LD)."""
    return compact_json_bytes(document)


def ninjs_for(data: dict[str, Any], site: SiteConfig) -> str:
    """A valid raw article (as parsed and checked) as one line of ninjs, for ``feedpub parse --format ninjs``."""
    entry = entry_for(article_from_dict(data, site.timezone), site)
    return compact_json(ninjs_document(entry))

"""NewsML-G2, as Reuters, dpa, ANSA, STT, AP and most agencies deliver it.

A file is a ``newsMessage`` (a header and an ``itemSet``) or a lone ``newsItem``. The text
item's ``contentMeta`` gives the headline, ``dateline``, ``located``, ``by``, ``creditline``,
``language``, keywords (else the names of its subjects) and summary; ``itemMeta`` the
provider and the first and this version's times. The story is the ``contentSet``'s
``inlineXML`` (XHTML or NITF) or ``inlineData``. A message that also carries picture items
lends the first picture's ``remoteContent`` as the image (when it carries one text item).
A message may carry several text items (a package's items, a batch of stories): each is
read, and named by its ``guid``. A package (``packageItem``) only refers to items: its
text items must come with it.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from lxml import etree

from ..errors import ArticleError
from ..problems import Problem
from .nitf import nitf_story
from .story import Item, Story, byline_names, instant, item_dates, item_of, stated
from .xml import attribute, child, children, descendants, html_paragraphs, local, paragraphs, text

#: The NewsML-G2 namespace, on every G2 element.
NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
#: Roots of a G2 document feedpub reads.
ROOTS = frozenset({"newsMessage", "newsItem", "packageItem"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: A G2 ``dateline`` that is a time stamp (Reuters writes one), not a printed dateline.
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d")


def _class(item: etree._Element) -> str:
    """An item's class code without its scheme: ``ninat:text`` -> ``text``."""
    qcode = attribute(child(item, "itemMeta", "itemClass"), "qcode") or ""
    return qcode.rpartition(":")[2].lower()


def newsml_g2_items(root: etree._Element) -> tuple[list[Item], list[Problem]]:
    """Every text item of a G2 message (or the lone item), each named by its ``guid``; a
    package's references to text items the message does not carry are named in a warning."""
    items = [root] if local(root) == "newsItem" else list(descendants(root, "newsItem"))
    texts = [item for item in items if _class(item) == "text" and child(item, "contentSet") is not None]
    if not texts:
        if local(root) == "packageItem" or any(True for _ in descendants(root, "packageItem")):
            raise ArticleError(
                "the NewsML-G2 file is a package that only refers to its items (itemRef): feedpub needs the"
                " text newsItem itself, delivered in the same newsMessage or as its own file"
            )
        raise ArticleError("the NewsML-G2 file holds no text newsItem with content (contentSet)")
    carried = {attribute(item, "guid") for item in items}
    missing = [
        residref
        for ref in descendants(root, "itemRef")
        if (residref := attribute(ref, "residref")) and residref not in carried
        and (attribute(child(ref, "itemClass"), "qcode") or "text").rpartition(":")[2].lower() == "text"
    ]  # fmt: skip
    problems = []
    if missing:
        message = f"the package refers to text items the file does not carry: {', '.join(sorted(set(missing)))}"
        problems.append(Problem("", message, "warning"))
    # a lone text item may borrow a picture of its message; several cannot tell whose it is
    pictures = [item for item in items if _class(item) in ("picture", "graphic")] if len(texts) == 1 else []
    found = [
        item_of(attribute(item, "guid"), etree.tostring(item).decode(), partial(_item_story, item, pictures))
        for item in texts
    ]
    return found, problems


def newsml_g2_story(root: etree._Element) -> Story:
    """The story of the first text item of a G2 message or item."""
    first = newsml_g2_items(root)[0][0]
    if first.story is None:
        raise ArticleError(first.refusal or "the NewsML-G2 item cannot be read")
    return first.story


def _name(element: etree._Element | None) -> str | None:
    """A G2 concept's name: its ``name`` child, else its ``literal``, else its code without the scheme."""
    if element is None:
        return None
    return (
        text(child(element, "name"))
        or attribute(element, "literal")
        or (attribute(element, "qcode") or "").rpartition(":")[2]
        or None
    )


def _item_story(item: etree._Element, pictures: list[etree._Element]) -> Story:
    item_meta, content_meta = child(item, "itemMeta"), child(item, "contentMeta")
    headlines = children(content_meta, "headline")
    main = [found for found in headlines if "sub" not in (attribute(found, "role") or "").lower()]
    headline = text((main or headlines)[0]) if headlines else None
    dateline = text(child(content_meta, "dateline"))
    if dateline and _STAMP.match(dateline):
        dateline = None
    meta: dict[str, Any] = {}
    language = attribute(child(content_meta, "language"), "tag") or attribute(item, _XML_LANG)
    if language:
        meta["language"] = language
    first = instant(text(child(item_meta, "firstCreated"))) or instant(text(child(content_meta, "contentCreated")))
    meta |= item_dates(first, instant(text(child(item_meta, "versionCreated"))))
    if authors := byline_names(text(child(content_meta, "by"))):
        meta["authors"] = authors
    keywords = [text(found) for found in children(content_meta, "keyword")]
    if not keywords:  # subjects that carry a name (not bare codes) say the same
        keywords = [text(child(found, "name")) for found in children(content_meta, "subject")]
    if keywords := list(dict.fromkeys(word for word in keywords if word)):
        meta["keywords"] = keywords
    summaries = [
        found for found in children(content_meta, "description") if "summary" in (attribute(found, "role") or "")
    ]
    if summaries and (summary := text(summaries[0])):
        meta["summary"] = summary
    meta |= stated(text(child(content_meta, "urgency")), _name(child(content_meta, "genre")), attribute(item, "guid"))
    body, inner = _body(child(item, "contentSet"))
    if inner is not None:
        meta = {**inner.meta, **meta}
    if image := _image(item, pictures):
        meta.setdefault("image", image)
    sources = [
        found for found in children(content_meta, "infoSource") if "source" in (attribute(found, "role") or "source")
    ]
    agency = (
        text(child(content_meta, "creditline"))
        or next((name for name in map(_name, sources) if name), None)
        or _name(child(item_meta, "provider"))
        or _name(child(item, "rightsInfo", "copyrightHolder"))
    )
    return Story(
        headline=headline or (inner.headline if inner else None),
        paragraphs=tuple(body),
        dateline=dateline or (inner.dateline if inner else None),
        place=_name(child(content_meta, "located")) or (inner.place if inner else None),
        agency=agency.strip(" -–—") or None if agency else None,
        meta=meta,
    )


def _body(content_set: etree._Element | None) -> tuple[list[str], Story | None]:
    """The story's paragraphs from ``inlineXML`` (XHTML, or NITF with its own metadata) or ``inlineData``."""
    for inline in children(content_set, "inlineXML"):
        nitf = next(descendants(inline, "nitf"), None)
        if nitf is not None:
            story = nitf_story(nitf)
            return list(story.paragraphs), story
        html_body = next(descendants(inline, "body"), None)
        return paragraphs(html_body if html_body is not None else inline), None
    for inline in children(content_set, "inlineData"):
        data = inline.text or ""
        if "<" in data:
            return html_paragraphs(data), None
        return [" ".join(part.split()) for part in data.split("\n\n") if part.strip()], None
    return [], None


def _image(item: etree._Element, pictures: list[etree._Element]) -> dict[str, Any] | None:
    """The largest web image of the item's own ``remoteContent``, else of the first picture item."""
    for source in (item, *pictures):
        found = []
        for remote in descendants(child(source, "contentSet"), "remoteContent"):
            href = attribute(remote, "href")
            kind = attribute(remote, "contenttype") or "image/"
            if href and href.startswith(("http://", "https://")) and kind.startswith("image/"):
                wide = attribute(remote, "width")
                found.append((int(wide) if wide and wide.isdigit() else 0, remote, href))
        if found:
            width, remote, href = max(found, key=lambda entry: entry[0])
            image: dict[str, Any] = {"url": href}
            height = attribute(remote, "height")
            if width:
                image["width"] = width
            if height and height.isdigit() and int(height) > 0:
                image["height"] = int(height)
            if source is not item:
                captions = [
                    found for found in descendants(child(source, "contentMeta"), "description")
                    if "caption" in (attribute(found, "role") or "")
                ]  # fmt: skip
                if captions and (caption := text(captions[0])):
                    image["caption"] = caption
            return image
    return None

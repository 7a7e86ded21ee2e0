"""NITF 3.x (News Industry Text Format), as EFE, PA, AAP, NTB and AP deliver it.

The headline is ``hedline/hl1`` (else ``head/title``); the dateline is ``body.head/dateline``,
whose ``location/city`` is the place and whose ``story.date@norm`` is the date; the agency is
the ``distributor`` (else the rights owner or copyright holder); ``docdata`` gives the issue
date, keywords, urgency (``ed-urg``) and ``doc-id`` (the item's identifier), ``pubdata``
the publication date; the story is the paragraphs of
``body.content``, and an image its first ``media`` of type image.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from lxml import etree

from .story import ONLY_PLACE, Story, byline_names, day_of, instant, stated
from .xml import attribute, child, descendants, local, paragraphs, text


def nitf_story(root: etree._Element) -> Story:
    """The story of a ``<nitf>`` document (or of a NITF body inside NewsML)."""
    head = child(root, "head")
    body = child(root, "body")
    body_head = child(body, "body.head")
    docdata = child(head, "docdata")
    headline = text(child(body_head, "hedline", "hl1")) or text(child(head, "title"))
    dateline_element = child(body_head, "dateline")
    dateline, place, date = _dateline(dateline_element)
    meta: dict[str, Any] = {}
    language = attribute(root, "baselang") or attribute(root, "{http://www.w3.org/XML/1998/namespace}lang")
    if language:
        meta["language"] = language
    published = instant(attribute(child(head, "pubdata"), "date.publication")) or instant(
        attribute(child(docdata, "date.issue"), "norm")
    )
    if published:
        meta["datePublished"] = published
    if authors := byline_names(text(_without(child(body_head, "byline"), "byttl"))):
        meta["authors"] = authors
    keywords = [attribute(found, "key") for found in descendants(child(docdata, "key-list"), "keyword")]
    if keywords := list(dict.fromkeys(word for word in keywords if word)):
        meta["keywords"] = keywords
    if summary := text(child(body_head, "abstract")):
        meta["summary"] = summary
    urgency = attribute(child(docdata, "urgency"), "ed-urg")
    meta |= stated(urgency, None, attribute(child(docdata, "doc-id"), "id-string"))
    content = child(body, "body.content")
    if image := nitf_image(content):
        meta["image"] = image
    agency = (
        text(child(body_head, "distributor"))
        or text(child(body_head, "rights", "rights.owner"))
        or attribute(child(docdata, "doc.copyright"), "holder")
    )
    return Story(headline, tuple(paragraphs(content)), dateline, place, date, agency, meta)


def _without(element: etree._Element | None, name: str) -> etree._Element | None:
    """A copy of ``element`` without its ``name`` children (a by-line without its title)."""
    if element is None:
        return None
    copy = deepcopy(element)
    copy.tail = None  # the text after the element is not its own (and past a root, no XML)
    for found in [inner for inner in copy if local(inner) == name]:
        if found.tail:
            previous = found.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + found.tail
            else:
                copy.text = (copy.text or "") + found.tail
        copy.remove(found)
    return copy


def _dateline(element: etree._Element | None) -> tuple[str | None, str | None, str | None]:
    """The printed dateline (its text, the ``story.date`` left out), its place and its date."""
    if element is None:
        return None, None, None
    date = day_of(attribute(child(element, "story.date"), "norm"))
    printed = text(_without(element, "story.date"))
    place = text(child(element, "location", "city")) or text(child(element, "location"))
    if place is None and printed and ONLY_PLACE.match(printed):
        place = printed
    return printed, place, date


def nitf_image(content: etree._Element | None) -> dict[str, Any] | None:
    """The first image of a NITF body: its ``media-reference`` URL and ``media-caption``."""
    for media in descendants(content, "media"):
        if (attribute(media, "media-type") or "image").lower() not in ("image", "photo", "picture"):
            continue
        for reference in descendants(media, "media-reference"):
            url = attribute(reference, "source") or attribute(reference, "data-location")
            if url and url.startswith(("http://", "https://")):
                image: dict[str, Any] = {"url": url}
                if caption := text(child(media, "media-caption")):
                    image["caption"] = caption
                for name in ("width", "height"):
                    value = attribute(reference, name)
                    if value and value.isdigit() and int(value) > 0:
                        image[name] = int(value)
                return image
    return None

"""NewsML 1.2, as AFP, ANA-MPA, Business Wire and others deliver it.

A ``NewsML`` document holds ``NewsItem``s (each read, and named by its
``PublicIdentifier``), each a tree of ``NewsComponent``s. Its
``NewsLines`` give the headline, dateline, by-line and credit line; the metadata give the
provider, language, origin (``Location HowPresent="Origin"``), ``DateLineDate`` and keywords;
``NewsManagement`` the first and this revision's times. The story is the text
``ContentItem``'s ``DataContent``: NITF, or paragraphs of XHTML-like markup. A photo
``ContentItem`` with a web address is the image.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from lxml import etree

from ..errors import ArticleError
from .nitf import nitf_story
from .story import Item, Story, byline_names, day_of, instant, item_dates, item_of, stated
from .xml import attribute, child, descendants, html_paragraphs, local, paragraphs, text

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def newsml1_items(root: etree._Element) -> list[Item]:
    """Every text ``NewsItem`` of a NewsML 1.2 document, each named by its ``PublicIdentifier``
    (else its provider, date and item ids)."""
    items = [item for item in descendants(root, "NewsItem") if _text_content(item) is not None]
    if not items:
        raise ArticleError("the NewsML 1.2 document holds no NewsItem with text content (DataContent)")
    return [item_of(_item_id(item), etree.tostring(item).decode(), partial(_item_story, item)) for item in items]


def newsml1_story(root: etree._Element) -> Story:
    """The story of the first text ``NewsItem`` of a NewsML 1.2 document."""
    first = newsml1_items(root)[0]
    if first.story is None:
        raise ArticleError(first.refusal or "the NewsML 1.2 item cannot be read")
    return first.story


def _item_id(item: etree._Element) -> str | None:
    identifier = child(item, "Identification", "NewsIdentifier")
    public = text(child(identifier, "PublicIdentifier"))
    parts = [text(child(identifier, name)) for name in ("ProviderId", "DateId", "NewsItemId")]
    return public or (":".join(part for part in parts if part) if parts[-1] else None)


#: Roles of the component that holds the story, as agencies name them.
_BODY_ROLES = frozenset({"body", "main", "text", "maintext"})
#: Media types and formats of content that is not the story's text.
_DESCRIBED_BY = ("MediaType", "Format", "MimeType")
_NOT_TEXT = ("photo", "image", "picture", "graphic", "video", "audio", "css", "text/css")


def _text_content(item: etree._Element) -> etree._Element | None:
    """The ``DataContent`` holding the story: NITF first, then the body component's, then
    XHTML, then any other text; style sheets, pictures and empty content are passed over."""
    ranked: list[tuple[int, int, etree._Element]] = []
    for order, content in enumerate(descendants(item, "ContentItem")):
        data = child(content, "DataContent")
        if data is None or not (len(data) or (data.text or "").strip()):
            continue
        kinds = [
            (attribute(child(content, name), "FormalName") or "").lower()
            for name in ("MediaType", "Format", "MimeType")
        ]
        if any(kind.startswith(_NOT_TEXT) for kind in kinds):
            continue
        component = content.getparent()
        role = (attribute(child(component, "Role"), "FormalName") or "").lower()
        if child(data, "nitf") is not None:
            rank = 0
        elif role in _BODY_ROLES:
            rank = 1
        elif next(descendants(data, "body"), None) is not None:
            rank = 2
        elif "text" in kinds or not role:
            rank = 3
        else:
            continue  # a title, a lead or a caption component
        ranked.append((rank, order, data))
    return min(ranked, key=lambda entry: entry[:2])[2] if ranked else None


def _first(item: etree._Element, name: str) -> etree._Element | None:
    return next(descendants(item, name), None)


def _item_story(item: etree._Element) -> Story:
    data = _text_content(item)
    nitf = child(data, "nitf")
    inner = nitf_story(nitf) if nitf is not None else None
    if inner:
        body = inner.paragraphs
    elif data is not None and len(data) == 0 and "<" in (data.text or ""):  # markup sent as escaped text
        body = tuple(html_paragraphs(data.text or ""))
    else:
        html_body = next(descendants(data, "body"), None)
        body = tuple(paragraphs(html_body if html_body is not None else data))
    meta: dict[str, Any] = dict(inner.meta) if inner else {}
    language = attribute(_first(item, "Language"), "FormalName") or attribute(item, _XML_LANG)
    if language:
        meta["language"] = language
    management = child(item, "NewsManagement")
    meta |= item_dates(
        instant(text(child(management, "FirstCreated"))), instant(text(child(management, "ThisRevisionCreated")))
    )
    if authors := byline_names(text(_first(item, "ByLine"))):
        meta["authors"] = authors
    keywords = [
        attribute(prop, "Value") for prop in descendants(item, "Property") if attribute(prop, "FormalName") == "Keyword"
    ]
    if keywords := list(dict.fromkeys(word for word in keywords if word)):
        meta["keywords"] = keywords
    if image := _image(item):
        meta.setdefault("image", image)
    urgency = attribute(child(management, "Urgency"), "FormalName")
    meta |= stated(urgency, attribute(_first(item, "Genre"), "FormalName"), _item_id(item))
    agency = (
        text(_first(item, "CreditLine"))
        or attribute(child(_first(item, "Provider"), "Party"), "FormalName")
        or (inner.agency if inner else None)
    )
    return Story(
        headline=text(_first(item, "HeadLine")) or (inner.headline if inner else None) or _titled(item),
        paragraphs=body,
        dateline=text(_first(item, "DateLine")) or (inner.dateline if inner else None),
        place=_origin(item) or (inner.place if inner else None),
        date=day_of(text(_first(item, "DateLineDate"))) or (inner.date if inner else None),
        agency=agency,
        meta=meta,
    )


def _titled(item: etree._Element) -> str | None:
    """The text of a component whose role is ``Title`` (Belga sends its headline so)."""
    for component in descendants(item, "NewsComponent"):
        role = (attribute(child(component, "Role"), "FormalName") or "").lower()
        if role in ("title", "headline") and (found := text(next(descendants(component, "DataContent"), None))):
            return found
    return None


def _origin(item: etree._Element) -> str | None:
    """The city (else the country) of the item's ``Location HowPresent="Origin"``."""
    for location in descendants(item, "Location"):
        if (attribute(location, "HowPresent") or "Origin") != "Origin":
            continue
        values = {attribute(prop, "FormalName"): attribute(prop, "Value") for prop in _properties(location)}
        if values.get("City"):
            return values["City"]
    return None


def _properties(location: etree._Element) -> list[etree._Element]:
    return [prop for prop in location if local(prop) == "Property"]


def _image(item: etree._Element) -> dict[str, Any] | None:
    """The first photo ``ContentItem`` with a web address, and the caption beside it."""
    for content in descendants(item, "ContentItem"):
        kind = (attribute(child(content, "MediaType"), "FormalName") or "").lower()
        href = attribute(content, "Href")
        if kind in ("photo", "image", "picture") and href and href.startswith(("http://", "https://")):
            image: dict[str, Any] = {"url": href}
            component = content.getparent()
            caption = next(
                (text(data) for data in descendants(component, "DataContent") if text(data)),
                None,
            )
            if caption:
                image["caption"] = caption
            return image
    return None

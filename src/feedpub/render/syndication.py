"""RSS 2.0 and Atom 1.0 through feedgen: the only module that imports it.

feedgen 1.0.0 has traps, each worked around here and pinned by a test:

- it stamps ``datetime.now()`` on feeds and entries: every date is set from article data;
- ``add_entry`` prepends by default: entries are appended, in our order;
- the RSS channel ``<link>`` is the last link added: the site link is added last;
- Atom content with ``type='CDATA'`` is written as an invalid ``type="CDATA"``: plain
  ``html`` content is used, which lxml escapes;
- entry link attributes are lost (feedgen issue #135): ``rel`` and ``type`` are put back
  on each entry's alternate link afterwards;
- a ``rel="hub"`` link is dropped from RSS, and entries cannot carry ``xml:lang``: both are
  added to the XML afterwards;
- RSS 2.0 has no element for when an item changed (``atom:updated`` is not allowed there,
  and ``dc:date`` beside ``pubDate`` is a duplicate the W3C validator warns of): an item
  updated after its publication gets ``dcterms:modified``, which feedparser reads as its
  ``updated``;
- naive datetimes raise ``ValueError``, and control characters raise lxml's ``ValueError``
  naming nothing: both become a :class:`RenderError` that names the article.
"""

from __future__ import annotations

import re
from importlib.metadata import version

from feedgen.feed import FeedGenerator
from lxml import etree

from ..errors import FeedpubError
from ..model import Image
from .entry import Entry, Feed, image_type
from .formats import ATOM as ATOM_FORMAT
from .formats import FEED_STYLESHEET, RSS, FeedFormat, archive_file

ATOM = "http://www.w3.org/2005/Atom"
MEDIA = "http://search.yahoo.com/mrss/"
DCTERMS = "http://purl.org/dc/terms/"
#: RFC 5005, Feed Paging and Archiving.
HISTORY = "http://purl.org/syndication/history/1.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GENERATOR_URI = "https://pypi.org/project/feedpub/"


class RenderError(FeedpubError):
    """A feed could not be written; the message names the article and the field."""


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _check_xml_text(entry: Entry) -> None:
    """lxml refuses control characters with a message naming nothing: name the article and field."""
    fields = {"title": entry.title, "summary": entry.summary, "content": entry.content_html}
    fields.update({f"author {name}": name for name in entry.authors})
    fields.update({f"category {term}": term for term in entry.categories})
    for field, text in fields.items():
        found = _NOT_XML.search(text)
        if found:
            raise RenderError(
                f"{entry.article.source_file or entry.id}: the {field} holds the control character "
                f"U+{ord(found.group()):04X}, which XML cannot carry"
            )


def _generator(feed: Feed, self_file: str, self_type: str) -> FeedGenerator:
    generator = FeedGenerator()
    generator.load_extension("dc", atom=False, rss=True)
    generator.id(feed.url(""))
    generator.title(feed.spec.title)
    generator.subtitle(feed.spec.description)
    generator.description(feed.spec.description)
    if feed.language:
        generator.language(feed.language)
    generator.updated(feed.updated)
    generator.lastBuildDate(feed.updated)
    generator.generator("feedpub", version("feedpub"), GENERATOR_URI)
    generator.author({"name": feed.site.publisher.name, "uri": feed.site.publisher.url})
    if feed.site.publisher.logo:
        generator.logo(feed.site.publisher.logo)
    generator.link(href=feed.url(self_file), rel="self", type=self_type)
    if feed.site.hub:
        generator.link(href=feed.site.hub, rel="hub")
    generator.link(href=feed.site.base_url, rel="alternate", type="text/html")  # last: the RSS <link>
    for entry in feed.entries:
        _check_xml_text(entry)
        item = generator.add_entry(order="append")
        try:
            item.id(entry.id)
            item.guid(entry.id, permalink=True)
            item.title(entry.title)
            item.link(href=entry.url, rel="alternate", type="text/html")
            item.published(entry.published)
            item.updated(entry.updated)
            item.description(entry.summary)
            item.summary(entry.summary)
            item.content(entry.content_html, type="html")
            for name in entry.authors:
                item.author({"name": name})
                item.dc.dc_creator(name)
            for term in entry.categories:
                item.category(term=term)
        except ValueError as error:
            raise RenderError(f"{entry.article.source_file or entry.id}: cannot be put in a feed: {error}") from None
    return generator


def _self_file(feed: Feed, kind: FeedFormat) -> str:
    """The document's own file: the feed's, or its archive page's."""
    return kind.file if feed.page is None else archive_file(kind, feed.page)


def _archive_links(parent: etree._Element, feed: Feed, kind: FeedFormat, media_type: str) -> None:
    """RFC 5005 links: an archive page is marked ``fh:archive`` and links the feed itself
    (``current``); both link the archive page before (``prev-archive``). No page links the
    next one, so that a full page never changes."""
    added = []
    if feed.page is not None:
        added.append(etree.Element(f"{{{HISTORY}}}archive"))
        added.append(etree.Element(f"{{{ATOM}}}link", rel="current", href=feed.url(kind.file), type=media_type))
    if feed.previous is not None:
        href = feed.url(archive_file(kind, feed.previous))
        added.append(etree.Element(f"{{{ATOM}}}link", rel="prev-archive", href=href, type=media_type))
    first = next((child for child in parent if child.tag in (f"{{{ATOM}}}entry", "item")), None)
    for element in added:  # before the entries, where RFC 4287 puts a feed's own elements
        if first is None:
            parent.append(element)
        else:
            first.addprevious(element)


def _serialize(root: etree._Element, feed: Feed) -> bytes:
    """The feed's XML, led by the instruction that has browsers show it through ``feed.xsl``."""
    href = feed.root + FEED_STYLESHEET.file
    root.addprevious(etree.ProcessingInstruction("xml-stylesheet", f'type="text/xsl" href="{href}"'))
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _rss_image(item: etree._Element, image: Image) -> None:
    """An entry's image in RSS: an ``enclosure`` (its length unknown, so 0, as the RSS Advisory
    Board advises) where its type is known, and Media RSS ``media:content`` with its size and
    caption, which aggregators show as the story's picture."""
    kind = image_type(image)
    if kind is not None:
        etree.SubElement(item, "enclosure", url=image.url, length="0", type=kind)
    content = etree.SubElement(item, f"{{{MEDIA}}}content", url=image.url, medium="image")
    if kind is not None:
        content.set("type", kind)
    for name, value in (("width", image.width), ("height", image.height)):
        if value:
            content.set(name, str(value))
    if image.caption:
        etree.SubElement(content, f"{{{MEDIA}}}description", type="plain").text = image.caption


def render_rss(feed: Feed) -> bytes:
    """The feed as RSS 2.0, with content:encoded, dc:creator, atom:link self (and hub),
    dcterms:modified for entries updated since, and each entry's image as an enclosure and
    Media RSS content."""
    try:
        xml = _generator(feed, _self_file(feed, RSS), "application/rss+xml").rss_str()
    except ValueError as error:
        raise RenderError(f"{feed.spec.name}: cannot write RSS: {error}") from None
    root = etree.fromstring(xml)
    entries = {entry.id: entry for entry in feed.entries}
    for item in root.iterfind("channel/item"):
        entry = entries.get(item.findtext("guid") or "")
        if entry is None:
            continue
        if entry.updated > entry.published:
            etree.SubElement(item, f"{{{DCTERMS}}}modified").text = entry.updated.isoformat()
        if entry.image is not None:
            _rss_image(item, entry.image)
    # the prefixes declared once, on the root, as readers expect them
    used = {"media": MEDIA} if any(entry.image for entry in feed.entries) else {}
    if any(entry.updated > entry.published for entry in feed.entries):
        used["dcterms"] = DCTERMS
    channel = root.find("channel")
    if channel is not None and (feed.page is not None or feed.previous is not None):
        _archive_links(channel, feed, RSS, "application/rss+xml")
        used["fh"] = HISTORY
    if used:
        etree.cleanup_namespaces(root, top_nsmap=used)
    if feed.site.hub and channel is not None:
        hub = etree.Element(f"{{{ATOM}}}link", href=feed.site.hub, rel="hub")
        channel.find(f"{{{ATOM}}}link").addnext(hub)  # type: ignore[union-attr]
    return _serialize(root, feed)


def render_atom(feed: Feed) -> bytes:
    """The feed as Atom 1.0 (RFC 4287), with xml:lang on entries in another language than the feed's."""
    try:
        root = etree.fromstring(_generator(feed, _self_file(feed, ATOM_FORMAT), "application/atom+xml").atom_str())
    except ValueError as error:
        raise RenderError(f"{feed.spec.name}: cannot write Atom: {error}") from None
    if feed.language:
        root.set(XML_LANG, feed.language)
    if feed.page is not None or feed.previous is not None:
        _archive_links(root, feed, ATOM_FORMAT, "application/atom+xml")
        etree.cleanup_namespaces(root, top_nsmap={"fh": HISTORY})
    entries = {entry.id: entry for entry in feed.entries}
    for element in root.iterfind(f"{{{ATOM}}}entry"):
        for link in element.iterfind(f"{{{ATOM}}}link"):
            link.set("rel", link.get("rel", "alternate"))
            link.set("type", link.get("type", "text/html"))
        entry = entries.get(element.findtext(f"{{{ATOM}}}id") or "")
        if entry is None:
            continue
        if entry.language != feed.language:
            element.set(XML_LANG, entry.language)
        if entry.image is not None:
            enclosure = etree.Element(f"{{{ATOM}}}link", rel="enclosure", href=entry.image.url)
            if kind := image_type(entry.image):
                enclosure.set("type", kind)
            element.find(f"{{{ATOM}}}link").addnext(enclosure)  # type: ignore[union-attr]
    return _serialize(root, feed)

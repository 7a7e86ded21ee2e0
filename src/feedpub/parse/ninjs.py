"""ninjs (IPTC's News in JSON), versions 1.x, 2.x and 3.x, as APIs and newsroom systems send it.

The versions name the same things differently: 1.x ``headline``, ``body_html``, ``byline``,
``firstcreated``; 2.x ``headlines``, ``bodies``, ``by``, ``people``, ``infosources``; 3.x the
same in camelCase (``firstCreated``, ``infoSources``). All are read: the headline, the HTML
(else plain) body, ``located``, the first-created and version-created times, the language,
the by-line or people, the info source or copyright holder as the agency, keywords and
section from subjects, the summary from descriptions, and the first picture association as
the image. Superdesk's 1.x dialect (``guid``, ``source``, ``service``, ``authors``) is read too.
"""

from __future__ import annotations

from typing import Any

from ..errors import ArticleError
from .story import Story, byline_names, instant, item_dates, stated

#: Keys only a ninjs object has (with ``uri`` or ``guid``).
NINJS_KEYS = frozenset({
    "type", "versioncreated", "versionCreated", "firstcreated", "firstCreated", "body_html", "body_text",
    "bodies", "headlines", "pubstatus", "pubStatus",
})  # fmt: skip


def is_ninjs(data: dict[str, Any]) -> bool:
    """Whether a JSON object is a ninjs item: a ``$schema`` or ``standard`` naming ninjs, or an
    identifier (``uri``, or Superdesk's ``guid``) beside keys only ninjs has."""
    standard: dict[str, Any] = data["standard"] if isinstance(data.get("standard"), dict) else {}
    for named in (data.get("$schema"), standard.get("schema"), standard.get("name")):
        if isinstance(named, str) and "ninjs" in named.lower():
            return True
    return bool(("uri" in data or "guid" in data) and NINJS_KEYS & data.keys())


def _get(data: dict[str, Any], *names: str) -> Any:
    return next((data[name] for name in names if data.get(name) not in (None, "", [], {})), None)


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _items(value: Any) -> list[dict[str, Any]]:
    """A ninjs list of objects (2.x, 3.x) or name-keyed object of objects (1.x), as a list."""
    if isinstance(value, dict):
        return [{"name": name, **item} for name, item in value.items() if isinstance(item, dict)]
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _role_value(value: Any, roles: tuple[str, ...]) -> str | None:
    """The ``value`` of the first of ``roles`` in a 2.x/3.x list (headlines, descriptions), else of the first."""
    items = [item for item in _items(value) if _string(item.get("value"))]
    for role in roles:
        for item in items:
            if str(item.get("role", "")).lower() == role:
                return _string(item["value"])
    return _string(items[0]["value"]) if items else None


def _body(data: dict[str, Any]) -> list[str]:
    from .xml import html_paragraphs  # lxml loads only when a ninjs item is read

    html = _get(data, "body_html", "body_xhtml")
    if isinstance(html, str):
        return html_paragraphs(html)
    bodies = _items(data.get("bodies"))
    for body in sorted(bodies, key=lambda item: "html" not in _content_type(item)):
        value = _string(body.get("value"))
        if not value:
            continue
        kind = _content_type(body)
        if "html" in kind or value.lstrip().startswith("<"):
            return html_paragraphs(value)
        return _plain(value)
    text = _string(data.get("body_text")) or _role_value(data.get("descriptions"), ("text", "body"))
    return _plain(text) if text else []  # NTB sends its story as a description of role "text"


def _content_type(item: dict[str, Any]) -> str:
    return str(item.get("contentType", item.get("contenttype", ""))).lower()


def _plain(text: str) -> list[str]:
    parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
    return [" ".join(part.split()) for part in parts if part.strip()]


def _agency(data: dict[str, Any]) -> str | None:
    sources = _items(_get(data, "infoSources", "infosources", "infosource"))
    for source in sources:
        if "source" in str(source.get("role", "source")).lower() and (name := _string(source.get("name"))):
            return name
    return _string(data.get("source")) or _string(_get(data, "copyrightHolder", "copyrightholder"))


def _authors(data: dict[str, Any]) -> list[dict[str, str]]:
    people = _items(_get(data, "people", "person", "authors"))
    found = []
    for person in people:
        role = str(person.get("rel", person.get("role", "author"))).lower()
        name = _string(person.get("name"))
        if name and any(word in role for word in ("author", "writer", "creator", "byline")):
            entry = {"name": name}
            uri = _string(person.get("uri"))
            if uri and uri.startswith(("http://", "https://")):
                entry["url"] = uri
            found.append(entry)
    if found:
        return found
    return [{"name": name} for name in byline_names(_string(_get(data, "by", "byline")))]


def _image(data: dict[str, Any]) -> dict[str, Any] | None:
    for association in _items(data.get("associations")):
        if str(association.get("type", "picture")) not in ("picture", "graphic"):
            continue
        renditions = [
            item for item in _items(association.get("renditions"))
            if str(item.get("href", "")).startswith(("http://", "https://"))
        ]  # fmt: skip
        original = [item for item in renditions if str(item.get("name", "")).lower() in ("original", "baseimage")]
        ranked = original or sorted(renditions, key=lambda item: -int(item.get("width") or 0))
        best = ranked[0] if ranked else None
        uri = _string(association.get("uri"))
        url = best["href"] if best else uri if uri and uri.startswith(("http://", "https://")) else None
        if not url:
            continue
        image: dict[str, Any] = {"url": url}
        caption = _role_value(association.get("descriptions"), ("caption", "alt", "summary")) or _string(
            association.get("description_text")
        )
        if caption:
            image["caption"] = caption
        for name in ("width", "height"):
            value = best.get(name) if best else None
            if isinstance(value, int) and value > 0:
                image[name] = value
        return image
    return None


def _stated(data: dict[str, Any], subjects: list[dict[str, Any]]) -> dict[str, Any]:
    """Urgency, genre, slugline, own identifier (``altIds``) and wire category (a subject of
    rel ``category``), as feedpub's ninjs writes them."""
    urgency = data.get("urgency")
    genres = [_string(genre.get("name")) for genre in _items(data.get("genres"))]
    identifiers = [
        item.get("value") for item in _items(_get(data, "altIds", "altids")) if item.get("role") == "identifier"
    ]
    found = stated(
        str(urgency) if isinstance(urgency, int) else None,
        next(filter(None, genres), None),
        next((_string(v) for v in identifiers if _string(v)), None),
    )
    categories = [_string(s.get("name")) for s in subjects if str(s.get("rel", "")).lower() == "category"]
    if category := next(filter(None, categories), None):
        found["category"] = category
    if slug := _string(data.get("slugline")):
        found["slug"] = slug
    return found


def ninjs_story(data: dict[str, Any]) -> Story:
    """The story of a ninjs text item; a picture, video or other item is refused."""
    kind = _string(data.get("type")) or "text"
    if kind not in ("text", "composite"):
        raise ArticleError(f'the ninjs item is of type "{kind}", not "text": only text items are articles')
    headline = _string(data.get("headline")) or _role_value(data.get("headlines"), ("main", "headline"))
    meta: dict[str, Any] = {}
    uri = _string(data.get("uri"))
    if uri and uri.startswith(("http://", "https://")):
        meta["url"] = uri
    if language := _string(data.get("language")):
        meta["language"] = language
    first = instant(_get(data, "firstCreated", "firstcreated", "contentCreated", "contentcreated"))
    meta |= item_dates(first, instant(_get(data, "versionCreated", "versioncreated")))
    if authors := _authors(data):
        meta["authors"] = authors
    subjects = _items(_get(data, "subjects", "subject"))
    keywords = [s.get("name") for s in subjects if str(s.get("rel", "")).lower() == "keyword"]
    keywords += [word for word in data.get("keywords") or () if isinstance(word, str)]
    if keywords := list(dict.fromkeys(word.strip() for word in keywords if isinstance(word, str) and word.strip())):
        meta["keywords"] = keywords
    sections = [s.get("name") for s in subjects if str(s.get("rel", "")).lower() == "section"]
    sections += [s.get("name") for s in _items(data.get("service"))]
    if section := next((name.strip() for name in sections if isinstance(name, str) and name.strip()), None):
        meta["section"] = section
    summaries = [item for item in _items(data.get("descriptions")) if item.get("role") not in ("text", "body")]
    summary = _string(data.get("description_text")) or _role_value(summaries, ("summary", "abstract"))
    if summary:
        meta["summary"] = summary
    if image := _image(data):
        meta["image"] = image
    meta |= _stated(data, subjects)
    return Story(headline, tuple(_body(data)), place=_string(data.get("located")), agency=_agency(data), meta=meta)

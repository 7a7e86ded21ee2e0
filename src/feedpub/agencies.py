"""The agency registry: who wrote a dateline's ``(Xinhua)`` or ``واس``, in any script.

The registry is data (``data/agencies.json``, checked against
``schemas/agencies.schema.json`` in the tests). Aliases are matched folded, so
``شينخوا``, ``XINHUA`` and ``Xinhua`` all name the agency with id ``xinhua``.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources

from babel.core import get_global

from .fold import fold_key


@dataclass(frozen=True)
class Agency:
    """One registry entry."""

    id: str
    name: str
    url: str
    wikidata: str | None
    aliases: tuple[str, ...]
    #: Aliases that are everyday words too, recognised only in brackets or between slashes.
    bracketed: tuple[str, ...] = ()
    #: A national agency's IANA time zone, where its date-only datelines are midnight.
    timezone: str | None = None

    @property
    def country(self) -> str | None:
        """A national agency's country (ISO code), its time zone's in CLDR: Bernama's is MY."""
        return get_global("zone_territories").get(self.timezone) if self.timezone else None

    @property
    def area(self) -> str | None:
        """The part of the world of a national agency's time zone: ``Africa`` for Senegal's APA."""
        return self.timezone.split("/")[0] if self.timezone else None


@dataclass(frozen=True)
class Registry:
    """All agencies, and every folded alias pointing at its agency."""

    agencies: dict[str, Agency]
    by_alias: dict[str, Agency]
    #: The folded aliases that may also stand bare in a dateline (``واس``, ``Xinhua``).
    bare: frozenset[str]
    #: The folded aliases several agencies are printed as, with each of them, the first the
    #: one ``by_alias`` names: ``APA`` is Austria's and Azerbaijan's.
    shared: dict[str, tuple[Agency, ...]] = field(default_factory=dict)

    def _key(self, text: str) -> str:
        """The folded key ``text`` is looked up by: initials printed with full stops lose
        them when the registry knows them only without ((A.A) is AA, (U. P. I.) UPI)."""
        key = _folded(text)
        if key not in self.agencies and key not in self.by_alias and _DOTTED_INITIALS.fullmatch(key):
            return key.replace(".", "").replace(" ", "")
        return key

    def lookup(self, text: str, country: str | None = None) -> Agency | None:
        """The agency that ``text`` (an id, a name or an alias) names, if any; of the agencies
        an alias is shared by, the one of ``country`` (ISO code) when one is, else one of its
        part of the world (:attr:`Agency.area`)."""
        key = self._key(text)
        found = self.agencies.get(key) or self.by_alias.get(key)
        if country is not None and key in self.shared:
            sharing = self.shared[key]
            area = _area(country)
            found = (
                next((agency for agency in sharing if agency.country == country), None)
                or next((agency for agency in sharing if area is not None and agency.area == area), None)
                or found
            )
        return found

    def spelled_like(self, text: str) -> Agency | None:
        """The agency whose name ``text``, which names none, is a letter or two off (``Xinhuaa``,
        ``Sputnic``): a misspelled credit, which a reader is asked about. None for a name shorter
        than :data:`_SPELLED_LETTERS`, as initials one letter turns into another agency's are
        (``XNA`` is not ``NNA``), and where two agencies' names are as near."""
        key = self._key(text)
        if len(key) < _SPELLED_LETTERS:
            return None
        if key not in self._spelled:  # a build asks of the same few unknown names article after article
            close = difflib.get_close_matches(key, self._aliases, n=3, cutoff=_SPELLED_ALIKE)
            near = {self.by_alias[alias].id: self.by_alias[alias] for alias in close}
            self._spelled[key] = next(iter(near.values())) if len(near) == 1 else None
        return self._spelled[key]

    @cached_property
    def _aliases(self) -> tuple[str, ...]:
        """The folded aliases, in a sequence as :mod:`difflib` takes them."""
        return tuple(self.by_alias)

    @cached_property
    def _spelled(self) -> dict[str, Agency | None]:
        """What :meth:`spelled_like` found for each folded name it was asked of."""
        return {}

    def is_shared(self, text: str) -> bool:
        """Whether several agencies are printed as ``text``, so that a dateline's place tells which."""
        return self._key(text) in self.shared


#: How many letters a name must have to be asked about as a misspelled one (:meth:`Registry.spelled_like`).
_SPELLED_LETTERS = 5
#: How alike a misspelled name and the name it misspells are, as :mod:`difflib` scores them.
_SPELLED_ALIKE = 0.85


def _area(country: str) -> str | None:
    """The part of the world of ``country`` (ISO code), its first time zone's: APA from Rabat is
    Africa's, Senegal's, not Austria's or Azerbaijan's."""
    zones = get_global("territory_zones").get(country)
    return zones[0].split("/")[0] if zones else None


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """``text`` folded as aliases are, without the full stops at its edges: the same few credits
    (``AFP``, ``Xinhua``) are looked up in paragraph after paragraph."""
    return fold_key(text).strip(" .")


#: Initials printed with full stops between them: ``a.a``, ``u. p. i``.
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?)+[^\W\d_]")


@cache
def registry() -> Registry:
    """Load the bundled registry once per process."""
    raw = resources.files("feedpub").joinpath("data/agencies.json").read_text("utf-8")
    agencies: dict[str, Agency] = {}
    listed: dict[str, dict[str, Agency]] = {}  # by folded alias, each agency once, in the registry's order
    for entry in json.loads(raw)["agencies"]:
        agency = Agency(
            id=entry["id"],
            name=entry["name"],
            url=entry["url"],
            wikidata=entry.get("wikidata"),
            aliases=tuple(entry["aliases"]),
            bracketed=tuple(entry.get("bracketed", ())),
            timezone=entry.get("timezone"),
        )
        agencies[agency.id] = agency
        for alias in (agency.name, *agency.aliases, *agency.bracketed):
            listed.setdefault(fold_key(alias), {})[agency.id] = agency
    by_alias = {key: next(iter(named.values())) for key, named in listed.items()}
    shared = {key: tuple(named.values()) for key, named in listed.items() if len(named) > 1}
    bracketed = {fold_key(alias) for agency in agencies.values() for alias in agency.bracketed}
    return Registry(agencies, by_alias, frozenset(by_alias.keys() - bracketed), shared)


@cache
def _printed_in_small_letters() -> frozenset[str]:
    """The aliases the registry prints all in small letters (``dpa``, ``sda``)."""
    return frozenset(
        alias for agency in registry().agencies.values() for alias in (agency.name, *agency.aliases) if alias.islower()
    )


def printed_as_word(printed: str, paragraph: str, following: str) -> bool:
    """Whether a bare alias as printed is an everyday word instead: all in small letters where
    the registry prints it with capitals (Slovenia's STA in Italian ``sta tentando``), in a
    paragraph that has capitals (copy printed all in small letters says nothing by it); a
    name the registry lets count only in brackets, as a word too, printed with small letters
    (``Mia Rabson`` is no MIA; ``APP 05 Apr 2021`` and ``TT:s`` are agencies); or initials the
    registry prints only in capitals, printed capitalised with another capitalised word
    ``following`` them, as part of a person's name (``Mr Pap Saine``: not Poland's PAP)."""
    key = fold_key(printed)
    if key in registry().by_alias and key not in registry().bare and any(char.islower() for char in printed):
        return True
    if printed.islower() and printed not in _printed_in_small_letters() and any(char.isupper() for char in paragraph):
        return True
    return printed.istitle() and following[:1].isspace() and following[1:2].isupper() and _in_capitals_only(printed)


def _in_capitals_only(printed: str) -> bool:
    """Whether the registry prints the agency ``printed`` names, in Latin letters, only in capitals."""
    agency = registry().lookup(printed)
    latin = [alias for alias in (*agency.aliases, *agency.bracketed) if alias.isascii()] if agency else []
    return bool(latin) and all(alias.isupper() for alias in latin)


def agency_entry(written: str, country: str | None = None) -> dict[str, str]:
    """An article's ``agency``: the registry's id for ``written`` (a slug of it, less any site
    domain, or a hash when it has no Latin letters, for an agency the registry does not know),
    and the name as written; ``country`` picks among the agencies a shared alias names."""
    known = registry().lookup(written, country)
    if known:
        return {"id": known.id, "name": written}
    if _SLASHED_INITIALS.fullmatch(written):
        # Agencies' initials parted by slashes are a joint credit, whose first wrote the story: (PINA/IFEX).
        return {"id": agency_entry(written.split("/")[0].strip(), country)["id"], "name": written}
    # A site printed as the agency names it without its domain, and without the subdomain of an
    # edition: UzDaily.uz is "uzdaily", Lintasbabel.iNews.id (iNews's Bangka-Belitung) "inews",
    # WWW.BERITAKAPUAS.COM "beritakapuas".
    # A government's or university's subdomain names its office: birohumas.sulselprov.go.id.
    name = _SITE_SUFFIX.sub("", written)
    edition = SITE_NAME.fullmatch(written.lower()) and not _INSTITUTION_DOMAIN.search(written)  # in capitals too
    slug = slugify(name.rpartition(".")[2] if edition else name)
    if not any(char.isalpha() for char in slug):  # figures alone name nothing: زاجل 24 نيوز is no "24"
        slug = "agency-" + hashlib.sha256(written.encode()).hexdigest()[:8]
    return {"id": slug, "name": written}


#: Two or three agencies' initials or short names parted by slashes: ``PINA/IFEX``.
_SLASHED_INITIALS = re.compile(r"[^\W\d_]{2,8}(?:\s*/\s*[^\W\d_]{2,8}){1,2}")
#: A news site's domain, printed after its name for the agency: ``UzDaily.uz``, ``KOMPAS.com``, ``REPORT.AZ``;
#: ``.com`` maybe after a space, as some Indonesian sites print it (``DETIKSULTRA. COM``, ``Terbitsulbar. Com``).
SITE_DOMAIN = r"(?:\.(?:com|net|org|co|news|[a-z]{2})(?:\.[a-z]{2})?|\. com(?![^\W\d_]))"
#: A news site's name as printed for its agency: ``Liputan6.com``, ``KOMPAS.com``, ``RM.id``, maybe
#: under a subdomain or two (``jatim.jpnn.com``, ``birohumas.sulselprov.go.id``).
SITE_NAME = re.compile(rf"(?:[^\W_][\w-]{{1,30}}\.){{0,3}}[^\W_][\w-]{{1,30}}{SITE_DOMAIN}")
_SITE_SUFFIX = re.compile(rf"(?<=\w){SITE_DOMAIN}$", re.IGNORECASE)
#: The second-level domains of a country's government, universities and other institutions.
_INSTITUTION_DOMAIN = re.compile(r"\.(?:go|gov|ac|edu|mil|or)\.[a-z]{2}$", re.IGNORECASE)


def slugify(text: str) -> str:
    """A lowercase ASCII slug for ``text``; empty when nothing in it is Latin."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].strip("-")

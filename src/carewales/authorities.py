"""The 22 Welsh local authorities: codes, bilingual names, regions, lookup and finder.

Wales has had 22 principal councils since 1 April 1996, under the Local
Government (Wales) Act 1994 (section 1 and Schedule 1).  Each is identified by
its ONS GSS code (``W06000001`` … ``W06000024``; ``W06000007`` and ``W06000017``
are not in use).  Regions are the regional partnership board areas set up under
Part 9 of the Social Services and Well-being (Wales) Act 2014 and the
Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989 (W. 299)), in
force from 6 April 2016.

>>> from carewales import authority, find_authorities
>>> authority("ym Mhowys").code
'W06000023'
>>> [m.text for m in find_authorities("Mae disgwyl i Gyngor Sir Powys greu cynllun gwella")]
['Gyngor Sir Powys']
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import sys
import types
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar, NamedTuple, TextIO

import attrs

from . import _validators as v
from ._finder import BLOCK, Finder, fold
from ._lazy import Lazy, load_json
from ._lookup import did_you_mean, names_no
from ._validators import ensure_date
from .errors import DateRangeError, InvalidFieldError, InvalidTextError, UnknownAuthorityError
from .text import Bilingual, BilingualEnum, Language, format_date
from .welsh import h_prothesis, mutations

__all__ = [
    "Authority",
    "AuthorityKind",
    "Mention",
    "Region",
    "RegionMembership",
    "Source",
    "all_authorities",
    "authority",
    "find_authorities",
    "find_authorities_in",
]


#: The day the 22 principal areas came into being (Local Government (Wales) Act 1994, s. 1).
VESTING_DAY = dt.date(1996, 4, 1)

_GSS_CODE = re.compile(r"W06\d{6}")
_SHOWN = 60  # longest key quoted whole in an error message
#: The longest name or alias accepted: far above any council's official name.
_MAX_NAME = 200


def _stripped_names(value: object) -> object:
    """Store a list of names as a tuple of stripped names; leave junk for the validator."""
    if isinstance(value, (list, tuple)):
        return tuple(item.strip() if isinstance(item, str) else item for item in value)
    return value


class AuthorityKind(BilingualEnum):
    """How a principal council is styled: county, county borough, city, or city and county.

    This follows the council's official name.  Under Schedule 1 of the Local
    Government (Wales) Act 1994 each principal area is a county or a county
    borough; Newport (city status 2002) is a county borough styled
    "Newport City Council", and Cardiff and Swansea are "City and County".

    >>> AuthorityKind.COUNTY_BOROUGH.label.cy
    'Bwrdeistref sirol'
    """

    COUNTY = "county", "County", "Sir"
    COUNTY_BOROUGH = "county-borough", "County borough", "Bwrdeistref sirol"
    CITY = "city", "City", "Dinas"
    CITY_AND_COUNTY = "city-and-county", "City and county", "Dinas a sir"


@attrs.frozen
class Region:
    """A regional partnership board area (Social Services and Well-being (Wales) Act 2014, Part 9).

    Attributes:
        key: a stable identifier, such as ``"north-wales"``.
        name: the current name in both languages.
        former_names: names the region was known by before, oldest first.

    Raises:
        InvalidFieldError: if a field has the wrong type or the key is malformed.

    >>> north = authority("Wrexham").region
    >>> north.label
    Bilingual(en='North Wales', cy='Gogledd Cymru')
    >>> north.describe("cy")
    'Gogledd Cymru (north-wales)'
    """

    _WHAT: ClassVar[str] = "region"
    _WHAT_CY: ClassVar[str] = "rhanbarth"

    key: str = attrs.field(validator=v.key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    former_names: tuple[Bilingual, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(Bilingual))
    )

    @property
    def label(self) -> Bilingual:
        """The region's current name in both languages."""
        return self.name

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Name the region in *lang*, with its key."""
        return f"{self.name.in_(lang)} ({self.key})"


@attrs.frozen
class RegionMembership:
    """An authority's membership of a region from ``start`` to ``end`` inclusive.

    ``end`` is ``None`` while the membership continues.

    Raises:
        InvalidFieldError: if ``region`` is not a :class:`Region`.
        InvalidDateError: if ``start`` or ``end`` is not a plain date.
        DateRangeError: if ``end`` is before ``start``.

    >>> m = RegionMembership(authority("Bridgend").region, dt.date(2019, 4, 1))
    >>> m.covers(dt.date(2019, 3, 31)), m.covers(dt.date(2019, 4, 1))
    (False, True)
    >>> m.describe()
    'Cwm Taf Morgannwg from 1 April 2019'
    """

    _WHAT: ClassVar[str] = "region membership"
    _WHAT_CY: ClassVar[str] = "aelodaeth o ranbarth"

    region: Region = attrs.field(validator=v.instance(Region))
    start: dt.date = attrs.field(validator=v.date())
    end: dt.date | None = attrs.field(default=None, validator=v.optional(v.date()))

    def __attrs_post_init__(self) -> None:
        """Check that the membership does not end before it starts."""
        if self.end is not None and self.end < self.start:
            rule = f"must not be before 'start' ({self.start})"
            cy = f"rhaid i’r gwerth beidio â bod cyn 'start' ({self.start})"
            v.fail(self, "end", self.end, rule, DateRangeError, cy=cy)

    @property
    def label(self) -> Bilingual:
        """The region's name in both languages."""
        return self.region.name

    def covers(self, day: dt.date) -> bool:
        """Say whether *day* falls within the membership."""
        day = ensure_date("day", day)
        return self.start <= day and (self.end is None or day <= self.end)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say which region, and when, in *lang*."""
        language = Language.parse(lang)
        words = _MEMBERSHIP_WORDS[language]
        since = f"{words[0]} {format_date(self.start, language)}"
        until = "" if self.end is None else f" {words[1]} {format_date(self.end, language)}"
        return f"{self.region.name.in_(language)} {since}{until}"


_MEMBERSHIP_WORDS = {Language.EN: ("from", "to"), Language.CY: ("o", "hyd")}


@attrs.frozen
class Authority:
    """One of the 22 Welsh principal councils.

    Attributes:
        code: the ONS GSS code, such as ``"W06000006"``.
        name: the area's name, such as Wrexham / Wrecsam.
        council: the council's official name in both languages.
        kind: how the council is styled (:class:`AuthorityKind`).
        established: the day it came into being (1 April 1996 for all 22).
        regions: its regional partnership board memberships, in date order.
        aliases_en: other English names people use for it.
        aliases_cy: other Welsh names people use for it.

    An authority travels in JSON documents by its GSS code alone: reading a
    document looks the code up in the register.

    Raises:
        InvalidFieldError: if a field has the wrong type, or there is no region membership.
        DateRangeError: if memberships overlap or start before ``established``.

    >>> wrexham = authority("W06000006")
    >>> wrexham.label.both()
    'Wrexham / Wrecsam'
    >>> wrexham.council.cy
    'Cyngor Bwrdeistref Sirol Wrecsam'
    >>> wrexham.describe("cy")
    'Wrecsam (W06000006): Cyngor Bwrdeistref Sirol Wrecsam'
    """

    _WHAT: ClassVar[str] = "authority"
    _WHAT_CY: ClassVar[str] = "awdurdod"

    code: str = attrs.field(
        validator=v.matches(
            _GSS_CODE,
            "must be a Welsh GSS local-authority code such as 'W06000015'",
            cy="rhaid i’r gwerth fod yn god GSS awdurdod lleol yng Nghymru fel 'W06000015'",
        )
    )
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    council: Bilingual = attrs.field(validator=v.instance(Bilingual))
    kind: AuthorityKind = attrs.field(validator=v.member(AuthorityKind))
    established: dt.date = attrs.field(default=VESTING_DAY, validator=v.date())
    regions: tuple[RegionMembership, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(RegionMembership))
    )
    aliases_en: tuple[str, ...] = attrs.field(
        default=(),
        converter=_stripped_names,
        validator=v.tuple_of(v.text(max_length=_MAX_NAME)),
    )
    aliases_cy: tuple[str, ...] = attrs.field(
        default=(),
        converter=_stripped_names,
        validator=v.tuple_of(v.text(max_length=_MAX_NAME)),
    )

    def __attrs_post_init__(self) -> None:
        """Check the region memberships: at least one, in order, none before ``established``."""
        if not self.regions:
            rule = "must list at least one region membership"
            cy = "rhaid i’r gwerth restru o leiaf un aelodaeth o ranbarth"
            v.fail(self, "regions", self.regions, rule, cy=cy)
        for earlier, later in itertools.pairwise(self.regions):
            if earlier.end is None or later.start <= earlier.end:
                rule = (
                    f"must be in date order without overlapping: a membership starting "
                    f"{later.start} overlaps the one before it (ending {earlier.end})"
                )
                cy = (
                    f"rhaid i’r aelodaethau fod mewn trefn dyddiad heb orgyffwrdd: mae’r "
                    f"aelodaeth sy’n dechrau {later.start} yn gorgyffwrdd â’r un o’i blaen "
                    f"(sy’n dod i ben {earlier.end})"
                )
                v.fail(self, "regions", self.regions, rule, DateRangeError, cy=cy)
        first = self.regions[0].start
        if first < self.established:
            rule = (
                f"must not start before the authority was established ({self.established}): "
                f"the first starts {first}"
            )
            cy = (
                f"rhaid i’r aelodaethau beidio â dechrau cyn sefydlu’r awdurdod "
                f"({self.established}): mae’r gyntaf yn dechrau {first}"
            )
            v.fail(self, "regions", self.regions, rule, DateRangeError, cy=cy)

    @property
    def label(self) -> Bilingual:
        """The area's name in both languages, such as Wrexham / Wrecsam."""
        return self.name

    @property
    def region(self) -> Region:
        """The region it belongs to now (its latest membership)."""
        return self.regions[-1].region

    def region_on(self, day: dt.date) -> Region | None:
        """Return the region it belonged to on *day*, or ``None`` before regions existed.

        >>> bridgend = authority("Bridgend")
        >>> bridgend.region_on(dt.date(2018, 1, 1)).name.en
        'West Glamorgan'
        >>> bridgend.region_on(dt.date(2020, 1, 1)).name.en
        'Cwm Taf Morgannwg'
        >>> bridgend.region_on(dt.date(2010, 1, 1)) is None
        True
        """
        day = ensure_date("day", day)
        for membership in self.regions:
            if membership.covers(day):
                return membership.region
        return None

    def existed_on(self, day: dt.date) -> bool:
        """Say whether the authority existed on *day*.

        >>> authority("Powys").existed_on(dt.date(1995, 1, 1))
        False
        """
        return ensure_date("day", day) >= self.established

    def names(self, lang: Language | str | None = None) -> tuple[str, ...]:
        """Every name it is known by (place, council, aliases), in one language or both.

        >>> authority("Carmarthenshire").names("cy")
        ('Sir Gaerfyrddin', 'Cyngor Sir Gâr', 'Sir Gâr', 'Cyngor Sir Caerfyrddin')
        """
        english = (self.name.en, self.council.en, *self.aliases_en)
        welsh = (self.name.cy, self.council.cy, *self.aliases_cy)
        if lang is None:
            return tuple(dict.fromkeys(english + welsh))
        return english if Language.parse(lang) is Language.EN else welsh

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the area's name, code and council in *lang*, in one line."""
        return f"{self.name.in_(lang)} ({self.code}): {self.council.in_(lang)}"

    def __str__(self) -> str:
        """Return the English name of the area."""
        return self.name.en


@attrs.frozen
class Mention:
    """An authority named in a text, with the span that names it.

    ``text[mention.start:mention.end] == mention.text`` always holds.

    Attributes:
        authority: the authority named.
        start: where the name starts in the text searched.
        end: where it ends (exclusive).
        text: the words that name it, as written.

    Raises:
        InvalidFieldError: if a field has the wrong type, or the span and text disagree.

    >>> (mention,) = find_authorities("Adroddiad ar Gyngor Sir Powys")
    >>> mention.describe()
    "'Gyngor Sir Powys' (characters 13 to 29) names Powys"
    """

    _WHAT: ClassVar[str] = "mention"
    _WHAT_CY: ClassVar[str] = "cyfeiriad at awdurdod"

    authority: Authority = attrs.field(validator=v.instance(Authority))
    start: int = attrs.field(converter=v.to_int, validator=v.integer(0))
    end: int = attrs.field(converter=v.to_int, validator=v.integer(1))
    text: str = attrs.field(validator=v.text())

    def __attrs_post_init__(self) -> None:
        """Check that the span is as long as the text."""
        if self.end - self.start != len(self.text):
            rule = f"must be 'start' ({self.start}) plus the length of 'text' ({len(self.text)})"
            cy = f"rhaid i’r gwerth fod yn 'start' ({self.start}) a hyd 'text' ({len(self.text)})"
            v.fail(self, "end", self.end, rule, cy=cy)

    @property
    def label(self) -> Bilingual:
        """The name of the authority mentioned, in both languages."""
        return self.authority.name

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say what the mention names, in *lang*."""
        language = Language.parse(lang)
        words = _MENTION_WORDS[language]
        span = f"({words[0]} {self.start} {words[1]} {self.end})"
        return f"{self.text!r} {span} {words[2]} {self.authority.name.in_(language)}"


_MENTION_WORDS = {
    Language.EN: ("characters", "to", "names"),
    Language.CY: ("nodau", "i", "yn enwi"),
}


# --- The register -----------------------------------------------------------------------------


class _Register(NamedTuple):
    """What a plain lookup needs, built without building all 22 authorities.

    The data rows and the regions by key; each name as written (not mutated), folded,
    to its code; and the authorities built so far, by code (each is built once, when
    first asked for, so ``authority("Powys") is authority("Powys")``).
    """

    rows: Mapping[str, Mapping[str, Any]]
    regions: Mapping[str, Region]
    plain: Mapping[str, str]
    built: dict[str, Authority]


def _forms(name: str, *, welsh: bool) -> Iterator[str]:
    """A name and every form Welsh grammar can give it at the start of a word.

    Every name takes the soft, nasal and aspirate mutations of its first letter
    ("Ferthyr", "Nghaerdydd", "Phowys"): Welsh speakers mutate the English names
    they use too ("ym Merthyr", "i Ferthyr").  A Welsh name that starts with a vowel
    also takes h-prothesis after "ei" (her), "ein" (our) and "eu" (their) ("ei
    hAbertawe").
    """
    yield name
    yield from mutations(name)
    if welsh:
        yield h_prothesis(name)


def _names(welsh: Iterable[str], english: Iterable[str]) -> Iterator[str]:
    for name in english:
        yield from _forms(name, welsh=False)
    for name in welsh:
        yield from _forms(name, welsh=True)


def _region(row: Mapping[str, Any]) -> Region:
    return Region(
        key=row["key"],
        name=Bilingual(**row["name"]),
        former_names=[Bilingual(**n) for n in row["former_names"]],
    )


def _authority(row: Mapping[str, Any], regions: Mapping[str, Region]) -> Authority:
    return Authority(
        code=row["code"],
        name=Bilingual(**row["name"]),
        council=Bilingual(**row["council"]),
        kind=AuthorityKind.parse(row["kind"]),
        established=dt.date.fromisoformat(row["established"]),
        regions=[
            RegionMembership(
                region=regions[m["region"]],
                start=dt.date.fromisoformat(m["start"]),
                end=None if m["end"] is None else dt.date.fromisoformat(m["end"]),
            )
            for m in row["regions"]
        ],
        aliases_en=row["aliases"]["en"],
        aliases_cy=row["aliases"]["cy"],
    )


_DATA: Lazy[Any] = Lazy(lambda: load_json("authorities.json"))


def _written_names(row: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A data row's Welsh names, and its code and English names, as written."""
    english = (row["code"], row["name"]["en"], row["council"]["en"], *row["aliases"]["en"])
    welsh = (row["name"]["cy"], row["council"]["cy"], *row["aliases"]["cy"])
    return welsh, english


def _load() -> _Register:
    data = _DATA()
    regions = {r["key"]: _region(r) for r in data["regions"]}
    rows = {row["code"]: row for row in data["authorities"]}
    plain = {fold(n): code for code, row in rows.items() for n in sum(_written_names(row), ())}
    return _Register(rows, regions, plain, {})


#: The lookup tables, built on the first lookup.
_REGISTER = Lazy(_load)


def _get(code: str) -> Authority:
    """The authority with this code (one in the register), built on first use."""
    register = _REGISTER()
    item = register.built.get(code)
    if item is None:
        item = register.built.setdefault(code, _authority(register.rows[code], register.regions))
    return item


def _all_names() -> dict[str, str]:
    """Every name of every authority in every form (:func:`_names`), folded, to its code."""
    by_name: dict[str, str] = {}
    for code, row in _REGISTER().rows.items():
        for name in _names(*_written_names(row)):
            other = by_name.setdefault(fold(name), code)
            if other != code:  # pragma: no cover (a data error, caught by the tests)
                msg = f"The name {name!r} would stand for both {other} and {code}."
                cy = f"Byddai’r enw {name!r} yn sefyll am {other} ac am {code}."
                raise InvalidFieldError(msg, cy=cy)
    return by_name


#: Every form of every name, built when a lookup misses the names as written, or to search.
_NAMES = Lazy(_all_names)


# A form of a blocked name that starts with one of these everyday words is not blocked:
# "Mae", the nasal mutation of "Bae" ("ym Mae Abertawe", in Swansea Bay), is also "is",
# and "Mae Abertawe yn ..." (Swansea is ...) names Swansea far more often than the bay.
_EVERYDAY = ("mae",)


def _blocked() -> Iterator[str]:
    """The folded names of bodies and other places whose names contain a council's name."""
    data = _DATA()
    for row in (*data["non_council_bodies"], *data["other_places"]):
        english = (row["name"]["en"], *row["aliases"]["en"])
        welsh = (row["name"]["cy"], *row["aliases"]["cy"])
        for name in _names(welsh, english):
            if name.split()[0].casefold() not in _EVERYDAY:
                yield fold(name)


def _make_finder() -> Finder:
    return Finder(_NAMES(), _blocked())


#: The finder, built on the first search of a text (not for a plain lookup).
_FINDER = Lazy(_make_finder)


def all_authorities() -> tuple[Authority, ...]:
    """Return the 22 Welsh local authorities, ordered by GSS code.

    Also importable as ``carewales.authorities.authorities``, its 0.1 name.

    >>> len(all_authorities())
    22
    >>> all_authorities()[0].name.both()
    'Isle of Anglesey / Ynys Môn'
    """
    return tuple(map(_get, _REGISTER().rows))


#: The 0.1 name of :func:`all_authorities`, kept inside this module, where it clashes with nothing.
authorities = all_authorities


def _suggestions(key: str) -> tuple[str, str]:
    """The closest authorities' names as " Did you mean ...?", in English and in Welsh."""
    import difflib

    names = _NAMES()
    close = difflib.get_close_matches(fold(key[:100]), list(names), n=3, cutoff=0.6)
    found = [_get(names[c]) for c in close]
    english = list(dict.fromkeys(a.name.en for a in found))
    welsh = list(dict.fromkeys(a.name.cy for a in found))
    # The English is worded as it was in 0.1 ("'a' or 'b' or 'c'"), which callers may match.
    said = " Did you mean " + " or ".join(map(repr, english)) + "?" if english else ""
    return said, did_you_mean(welsh, "cy")


# Welsh words that cause a mutation and often stand before a place name ("ym Mhowys",
# "i Gaerffili", "a Chaerffili", "yng Nghyngor Sir Powys"), accepted before a name in lookups.
_TRIGGER_WORDS = frozenset(
    {
        "a",
        "ac",
        "ag",
        "i",
        "o",
        "yn",
        "ym",
        "yng",
        "gan",
        "gyda",
        "tua",
        "fy",
        "dy",
        "ei",
        "ein",
        "eich",
        "eu",
        "y",
        "yr",
        "r",
        "hyd",
        "trwy",
        "drwy",
        "am",
        "ar",
        "at",
        "dan",
        "wrth",
    }
)


def _after_trigger_words(key: str) -> str | None:
    """Resolve "ym Mhowys" and the like: a name after nothing but mutation-causing words."""
    found = find_authorities(key)
    if len(found) != 1 or found[0].end != len(key.rstrip()):
        return None
    before = re.split(r"[^\w]+", key[: found[0].start].casefold())
    if not all(word in _TRIGGER_WORDS for word in before if word):
        return None
    return found[0].authority.code


def authority(key: str | Authority, *, field: str = "key") -> Authority:
    """Return the authority for a GSS code or any of its names, in English or Welsh.

    Matching ignores case, spacing, hyphens, apostrophes and diacritics, and
    accepts the Welsh soft, nasal and aspirate mutations of every name and of
    "Cyngor" ("Nghyngor Sir Powys", "Gaerffili", "Ferthyr"), after the words that
    cause them ("ym Mhowys", "i Gaerffili").  An :class:`Authority` is returned as
    it is.  The error's Welsh message (``error.cy``) suggests Welsh names.

    Args:
        key: a code such as ``"W06000015"``, or a name such as ``"Caerdydd"``.
        field: what the key is called in error messages (a field or a column, say).

    Raises:
        UnknownAuthorityError: naming the key and the closest matches.

    >>> authority("castell nedd port-talbot").name.en
    'Neath Port Talbot'
    >>> authority("Cyngor Dinas a Sir Abertawe").name.en
    'Swansea'
    >>> authority("Cardif")
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownAuthorityError: 'key' ('Cardif') names no Welsh local authority: ...
    """
    if isinstance(key, Authority):
        return key
    given: object = key  # callers without type checking pass anything
    if not isinstance(given, str):
        shown = v.describe(key)
        msg = (
            f"{field!r} ({shown}) must be a str: a GSS code such as 'W06000015' "
            "or a name such as 'Cardiff' or 'Caerdydd'."
        )
        cy = (
            f"{field!r} ({shown}): rhaid i’r gwerth fod yn str: cod GSS fel 'W06000015' "
            "neu enw fel 'Cardiff' neu 'Caerdydd'."
        )
        raise UnknownAuthorityError(msg, cy=cy)
    register = _REGISTER()
    code = key.strip().upper()
    if code in register.rows:
        return _get(code)
    folded = fold(key)
    found = register.plain.get(folded)
    if found is None:
        found = _NAMES().get(folded)
    if found is None:
        found = _after_trigger_words(key)
    if found is not None:
        return _get(found)
    shown = repr(key if len(key) <= _SHOWN else key[: _SHOWN - 3] + "...")
    english, welsh = _suggestions(key)
    msg = (
        f"{field!r} ({shown}) names no Welsh local authority: expected a GSS code "
        f"(W06000001 to W06000024) or an English or Welsh name.{english}"
    )
    cy = (
        f"{field!r} ({shown}): {names_no('awdurdod lleol yng Nghymru')}: disgwylir cod GSS "
        f"(W06000001 i W06000024) neu enw Saesneg neu Gymraeg.{welsh}"
    )
    raise UnknownAuthorityError(msg, cy=cy)


def _text(text: object) -> str:
    """Check that *text* is a str, raising the library's error if not."""
    if not isinstance(text, str):
        shown = v.describe(text)
        kind = type(text).__name__
        msg = f"'text' ({shown}) must be a str, not {kind}."
        cy = f"'text' ({shown}): rhaid i’r gwerth fod yn str, nid {kind}."
        raise InvalidTextError(msg, cy=cy)
    return text


def find_authorities(text: str) -> tuple[Mention, ...]:
    """Return every authority named in an English or Welsh *text*, in order.

    Names and GSS codes are matched whole-word, ignoring case, diacritics, hyphens,
    apostrophes and line breaks ("Rhondda-Cynon-Taf", or broken across lines), and in
    their mutated Welsh forms ("ym Mhowys", "a Chaerffili", "i Ferthyr", "Nghyngor
    Sir Powys").  At each place the longest name wins, so "Powys County Council" is
    one mention.  Bodies whose names merely contain a place name (the police force
    Heddlu Dyfed-Powys, Cardiff University, health boards), and places elsewhere
    named after a Welsh one ("Newport Pagnell", "Newport Beach"), are not mentions
    of the council.

    The time it takes grows in step with the length of the text; for a corpus, see
    :func:`find_authorities_in`.

    Args:
        text: any text.

    Raises:
        InvalidTextError: if *text* is not a string.

    >>> [
    ...     (m.authority.name.en, m.text)
    ...     for m in find_authorities(
    ...         "Gan fod cynghorau Ceredigion a Phowys ... Heddlu Dyfed Powys"
    ...     )
    ... ]
    [('Ceredigion', 'Ceredigion'), ('Powys', 'Phowys')]
    """
    text = _text(text)
    return tuple(
        _found(_get(code), start, end, text[start:end])
        for start, end, code in _FINDER().spans(text)
    )


def _found(item: Authority, start: int, end: int, text: str) -> Mention:
    """Make the :class:`Mention` of a name the finder found, skipping the field checks.

    Its parts are right by construction (an authority from the register, a span of
    the text and the text it spans), and checking them took more time than finding
    them in a long text.  The tests compare these with checked mentions.
    """
    mention: Mention = object.__new__(Mention)
    for name, value in (("authority", item), ("start", start), ("end", end), ("text", text)):
        object.__setattr__(mention, name, value)
    return mention


#: Where :func:`find_authorities_in` found a mention: the item's position in the
#: iterable, or the path it was read from.
Source = int | os.PathLike[str]


def _pieces(item: object, index: int, encoding: str) -> tuple[Source, Iterator[str]]:
    """The text of one item of a corpus, in pieces, and what to call it."""
    if isinstance(item, str):
        return index, iter((item,))
    if isinstance(item, os.PathLike):
        return item, _read(item, encoding)
    read = getattr(item, "read", None)
    if not callable(read):
        shown = v.describe(item)
        msg = f"item {index} ({shown}) must be a str, a path or a text file open for reading."
        cy = (
            f"eitem {index} ({shown}): rhaid i’r gwerth fod yn str, yn llwybr neu’n ffeil "
            "destun ar agor i’w darllen."
        )
        raise InvalidTextError(msg, cy=cy)
    return index, _checked(iter(lambda: read(BLOCK), ""), index)


def _read(path: os.PathLike[str], encoding: str) -> Iterator[str]:
    # newline="" keeps "\r\n" as two characters, so positions are the file's own.
    with open(path, encoding=encoding, newline="") as file:  # noqa: PTH123 (any PathLike)
        yield from iter(lambda: file.read(BLOCK), "")


def _checked(pieces: Iterator[object], index: int) -> Iterator[str]:
    for piece in pieces:
        if not isinstance(piece, str):
            msg = f"item {index} must be a file open in text mode, not in binary mode."
            cy = f"eitem {index}: rhaid i’r ffeil fod ar agor yn y modd testun, nid deuaidd."
            raise InvalidTextError(msg, cy=cy)
        yield piece


def find_authorities_in(
    items: Iterable[str | os.PathLike[str] | TextIO], *, encoding: str = "utf-8"
) -> Iterator[tuple[Source, Mention]]:
    """Find the authorities named in a corpus, one item at a time, yielding as it goes.

    Each item is a text (a :class:`str`), a path to a text file, or a text file open
    for reading.  Files are read in blocks, so neither the corpus nor a long file is
    held in memory; the answers are those of :func:`find_authorities` on each item's
    whole text, with positions counted in the item (a file's characters, line
    endings as they are in the file).

    Args:
        items: texts, paths (:class:`os.PathLike`, such as a ``pathlib.Path``) or
            open text files; a generator such as ``Path("reports").glob("*.txt")`` works.
        encoding: how files given by path are encoded.

    Yields:
        ``(source, mention)``: *source* is the path for an item given by path, and the
        item's position in *items* (from 0) otherwise.

    Raises:
        InvalidTextError: when it reaches an item that is none of these.

    >>> texts = ["Adroddiad ar Gyngor Sir Powys", "Dim enw", "Cardiff and Newport Pagnell"]
    >>> [(source, m.authority.name.en) for source, m in find_authorities_in(texts)]
    [(0, 'Powys'), (2, 'Cardiff')]
    """
    for index, item in enumerate(items):
        source, pieces = _pieces(item, index, encoding)
        for start, end, code, written in _FINDER().stream(pieces):
            yield source, _found(_get(code), start, end, written)


class _CallableModule(types.ModuleType):
    """This module, callable as the 0.1 function ``carewales.authorities()`` was.

    In 0.1 the function ``carewales.authorities`` hid this module of the same name.
    From 0.2 ``carewales.authorities`` is the module, and calling it still works for
    one release, with a :class:`DeprecationWarning` naming :func:`all_authorities`.
    """

    def __call__(self) -> tuple[Authority, ...]:
        warnings.warn(
            "calling carewales.authorities() is deprecated since 0.2 and will stop working "
            "in 0.3: carewales.authorities is the module; call carewales.all_authorities().",
            DeprecationWarning,
            stacklevel=2,
        )
        return all_authorities()


sys.modules[__name__].__class__ = _CallableModule

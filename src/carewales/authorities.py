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

import bisect
import datetime as dt
import itertools
import re
import sys
import types
import unicodedata
import warnings
from collections.abc import (
    Iterator,
    Mapping,
)
from typing import ClassVar, NamedTuple

import attrs

from . import _validators as v
from ._lazy import Lazy, load_json
from ._validators import ensure_date
from .errors import DateRangeError, InvalidFieldError, InvalidTextError, UnknownAuthorityError
from .text import Bilingual, BilingualEnum, Language, format_date
from .welsh import mutations

__all__ = [
    "Authority",
    "AuthorityKind",
    "Mention",
    "Region",
    "RegionMembership",
    "all_authorities",
    "authority",
    "find_authorities",
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

    region: Region = attrs.field(validator=v.instance(Region))
    start: dt.date = attrs.field(validator=v.date())
    end: dt.date | None = attrs.field(default=None, validator=v.optional(v.date()))

    def __attrs_post_init__(self) -> None:
        """Check that the membership does not end before it starts."""
        if self.end is not None and self.end < self.start:
            v.fail(
                self, "end", self.end, f"must not be before 'start' ({self.start})", DateRangeError
            )

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

    code: str = attrs.field(
        validator=v.matches(
            _GSS_CODE, "must be a Welsh GSS local-authority code such as 'W06000015'"
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
            v.fail(self, "regions", self.regions, "must list at least one region membership")
        for earlier, later in itertools.pairwise(self.regions):
            if earlier.end is None or later.start <= earlier.end:
                rule = (
                    f"must be in date order without overlapping: a membership starting "
                    f"{later.start} overlaps the one before it (ending {earlier.end})"
                )
                v.fail(self, "regions", self.regions, rule, DateRangeError)
        first = self.regions[0].start
        if first < self.established:
            rule = (
                f"must not start before the authority was established ({self.established}): "
                f"the first starts {first}"
            )
            v.fail(self, "regions", self.regions, rule, DateRangeError)

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

    authority: Authority = attrs.field(validator=v.instance(Authority))
    start: int = attrs.field(converter=v.to_int, validator=v.integer(0))
    end: int = attrs.field(converter=v.to_int, validator=v.integer(1))
    text: str = attrs.field(validator=v.text())

    def __attrs_post_init__(self) -> None:
        """Check that the span is as long as the text."""
        if self.end - self.start != len(self.text):
            rule = f"must be 'start' ({self.start}) plus the length of 'text' ({len(self.text)})"
            v.fail(self, "end", self.end, rule)

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


# --- Welsh initial-consonant mutations ------------------------------------------------------

# Radical → (soft, nasal, aspirate) forms of the initial letters, on lower-cased text
# (Thomas, "Gramadeg y Gymraeg" (1996), §§ 1.2–1.4; Welsh Language Commissioner guidance on
# place names).  An empty string means "no such mutation".
# --- Normalisation ----------------------------------------------------------------------------


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold(text: str) -> str:
    """Fold case and diacritics and drop everything that is not a letter or digit."""
    return "".join(c for c in _fold_char(text) if c.isalnum())


# --- The register -----------------------------------------------------------------------------


class _Register(NamedTuple):
    """The loaded data: authorities by code, and folded names (with mutations) to codes."""

    by_code: Mapping[str, Authority]
    by_name: Mapping[str, str]
    blocked: frozenset[str]
    longest: int


def _names_with_mutations(welsh: tuple[str, ...], english: tuple[str, ...]) -> Iterator[str]:
    yield from english
    for name in welsh:
        yield name
        yield from mutations(name)


def _load() -> _Register:
    data = load_json("authorities.json")
    regions = {
        r["key"]: Region(
            key=r["key"],
            name=Bilingual(**r["name"]),
            former_names=[Bilingual(**n) for n in r["former_names"]],
        )
        for r in data["regions"]
    }
    by_code: dict[str, Authority] = {}
    by_name: dict[str, str] = {}
    for row in data["authorities"]:
        item = Authority(
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
        by_code[item.code] = item
        english = (item.code, *item.names(Language.EN))
        for name in _names_with_mutations(item.names(Language.CY), english):
            key = _fold(name)
            other = by_name.setdefault(key, item.code)
            if other != item.code:  # pragma: no cover (a data error, caught by the tests)
                msg = f"The name {name!r} would stand for both {other} and {item.code}."
                raise InvalidFieldError(msg)
    blocked: set[str] = set()
    for body in data["non_council_bodies"]:
        english = (body["name"]["en"], *body["aliases"]["en"])
        welsh = (body["name"]["cy"], *body["aliases"]["cy"])
        blocked.update(_fold(n) for n in _names_with_mutations(welsh, english))
    longest = max(len(k) for k in (*by_name, *blocked))
    return _Register(by_code, by_name, frozenset(blocked), longest)


_REGISTER = Lazy(_load)


def all_authorities() -> tuple[Authority, ...]:
    """Return the 22 Welsh local authorities, ordered by GSS code.

    Also importable as ``carewales.authorities.authorities``, its 0.1 name.

    >>> len(all_authorities())
    22
    >>> all_authorities()[0].name.both()
    'Isle of Anglesey / Ynys Môn'
    """
    return tuple(_REGISTER().by_code.values())


#: The 0.1 name of :func:`all_authorities`, kept inside this module, where it clashes with nothing.
authorities = all_authorities


def _suggestions(key: str) -> str:
    import difflib

    register = _REGISTER()
    folded = _fold(key[:100])
    close = difflib.get_close_matches(folded, list(register.by_name), n=3, cutoff=0.6)
    names = dict.fromkeys(register.by_code[register.by_name[c]].name.en for c in close)
    if not names:
        return ""
    return " Did you mean " + " or ".join(repr(n) for n in names) + "?"


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
    accepts the Welsh soft, nasal and aspirate mutations of Welsh names and of
    "Cyngor" ("Nghyngor Sir Powys", "Gaerffili"), after the words that cause them
    ("ym Mhowys", "i Gaerffili").  An :class:`Authority` is
    returned as it is.

    Args:
        key: a code such as ``"W06000015"``, or a name such as ``"Caerdydd"``.
        field: what the key is called in error messages (a field or a column, say).

    Raises:
        UnknownAuthorityError: naming the key and the closest matches.

    >>> authority("castell nedd port-talbot").name.en
    'Neath Port Talbot'
    >>> authority("Cardif")
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownAuthorityError: 'key' ('Cardif') names no Welsh local authority: ...
    """
    if isinstance(key, Authority):
        return key
    given: object = key  # callers without type checking pass anything
    if not isinstance(given, str):
        msg = (
            f"{field!r} ({v.describe(key)}) must be a str: a GSS code such as 'W06000015' "
            "or a name such as 'Cardiff' or 'Caerdydd'."
        )
        raise UnknownAuthorityError(msg)
    register = _REGISTER()
    code = key.strip().upper()
    if code in register.by_code:
        return register.by_code[code]
    found = register.by_name.get(_fold(key))
    if found is None:
        found = _after_trigger_words(key)
    if found is not None:
        return register.by_code[found]
    shown = key if len(key) <= _SHOWN else key[: _SHOWN - 3] + "..."
    msg = (
        f"{field!r} ({shown!r}) names no Welsh local authority: expected a GSS code "
        f"(W06000001 to W06000024) or an English or Welsh name.{_suggestions(key)}"
    )
    raise UnknownAuthorityError(msg)


def _normalise(text: str) -> tuple[str, list[int], list[bool]]:
    """Fold *text* for matching, keeping where each folded character came from.

    Returns the folded letters and digits, the index in *text* of each, and for
    each whether a word starts there.
    """
    chars: list[str] = []
    origin: list[int] = []
    starts: list[bool] = []
    boundary = True
    for index, char in enumerate(text):
        folded = [c for c in _fold_char(char) if c.isalnum()]
        if not folded:
            boundary = True
            continue
        for position, c in enumerate(folded):
            chars.append(c)
            origin.append(index)
            starts.append(boundary and position == 0)
        boundary = False
    return "".join(chars), origin, starts


def find_authorities(text: str) -> tuple[Mention, ...]:
    """Return every authority named in an English or Welsh *text*, in order.

    Names and GSS codes are matched whole-word, ignoring case, diacritics, hyphens and
    apostrophes, and in their mutated Welsh forms ("ym Mhowys", "a Chaerffili",
    "Nghyngor Sir Powys").  At each place the longest name wins, so "Powys County
    Council" is one mention.  Bodies whose names merely contain a place name (the
    police force Heddlu Dyfed-Powys, Cardiff University, health boards) are not
    mentions of the council.

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
    given: object = text  # callers without type checking pass anything
    if not isinstance(given, str):
        msg = f"'text' ({given!r}) must be a str, not {type(given).__name__}."
        raise InvalidTextError(msg)
    register = _REGISTER()
    folded, origin, starts = _normalise(text)
    ends = [k for k in range(1, len(folded) + 1) if k == len(folded) or starts[k]]
    mentions: list[Mention] = []
    position = 0
    while position < len(folded):
        if not starts[position]:
            position += 1
            continue
        best_end = 0
        best_code: str | None = None
        first = bisect.bisect_right(ends, position)
        for end in ends[first:]:
            if end - position > register.longest:
                break
            candidate = folded[position:end]
            if candidate in register.blocked:
                best_end, best_code = end, None
            elif candidate in register.by_name:
                best_end, best_code = end, register.by_name[candidate]
        if not best_end:
            position += 1
            continue
        if best_code is not None:
            start, stop = origin[position], origin[best_end - 1] + 1
            mentions.append(Mention(register.by_code[best_code], start, stop, text[start:stop]))
        position = best_end
    return tuple(mentions)


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

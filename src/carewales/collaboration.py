"""Joint services: two or more Welsh councils running a service together.

A :class:`JointService` names its councils, its name in both languages, the services it
covers, staff, budget (in pounds, as :class:`~decimal.Decimal`, never a float),
dated :class:`Milestone` objects and its principles.  Its rules: at least two
different authorities, milestones in date order, and no negative budget or staff.

:func:`joint_services` is the register.  It holds the two collaborations that a
Welsh Local Government Association (WLGA) press release of 9 January 2012 describes,
built only from what that text states: fields it does not state are left empty.

>>> from carewales.collaboration import joint_service
>>> merger = joint_service("caerphilly-blaenau-gwent-social-services")
>>> [a.name.en for a in merger.authorities]
['Caerphilly', 'Blaenau Gwent']
>>> merger.budget, merger.staff
(Decimal('107000000'), 3000)
>>> merger.milestones[0].due
datetime.date(2014, 4, 1)
>>> joint_service("mid-wales-social-services").name.cy
'Gwasanaethau Cymdeithasol y Canolbarth'
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal
from typing import ClassVar, Final, NoReturn

import attrs

from ._lazy import Lazy, load_json
from .authorities import VESTING_DAY, Authority, authority
from .errors import CareWalesError, DateRangeError, InvalidDateError, UnsupportedDateError
from .text import Bilingual, BilingualEnum, Language, format_date

__all__ = [
    "JointService",
    "JointServiceError",
    "Milestone",
    "Stage",
    "UnknownJointServiceError",
    "joint_service",
    "joint_services",
    "joint_services_of",
]

#: The latest date a milestone or source date may carry; later dates are refused as junk.
LATEST_DATE: Final = dt.date(2099, 12, 31)
#: The largest staff number accepted: far above any Welsh council's workforce.
MAX_STAFF: Final = 1_000_000
#: The largest budget accepted, in pounds: far above any Welsh council's budget.
MAX_BUDGET: Final = Decimal(10) ** 12

_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class JointServiceError(CareWalesError):
    """A joint service breaks a rule: too few or repeated authorities, milestones out of order...

    >>> from carewales import authority
    >>> JointService("solo", Bilingual("Solo", "Unawd"), (authority("Powys"),))
    Traceback (most recent call last):
    ...
    carewales.collaboration.JointServiceError: joint service 'solo': 'authorities' (...) must ...
    """


class UnknownJointServiceError(CareWalesError, LookupError):
    """A key names no joint service in the register.

    >>> issubclass(UnknownJointServiceError, LookupError)
    True
    """


class Stage(BilingualEnum):
    """How far a joint service has got, as its source describes it.

    >>> Stage.PLANNED.label.cy
    'Arfaethedig'
    """

    PLANNED = "planned", "Planned", "Arfaethedig"
    ESTABLISHED = "established", "Established", "Wedi'i sefydlu"
    ENDED = "ended", "Ended", "Wedi dod i ben"


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."  # noqa: PLR2004 (message width)


def _fail(where: str, field: str, value: object, rule: str) -> NoReturn:
    msg = f"{where}: {field!r} ({_show(value)}) {rule}."
    raise JointServiceError(msg)


def _tuple(value: object) -> object:
    """Turn a list into a tuple; leave anything else for the validator to refuse."""
    return tuple(value) if isinstance(value, list) else value


def _check_date(where: str, field: str, value: object) -> None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        msg = f"{where}: {field!r} ({_show(value)}) must be a datetime.date (not a datetime)."
        raise InvalidDateError(msg)
    if not VESTING_DAY <= value <= LATEST_DATE:
        msg = f"{where}: {field!r} ({value}) must be from {VESTING_DAY} to {LATEST_DATE}."
        raise UnsupportedDateError(msg)


def _check_bilinguals(where: str, field: str, value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, Bilingual) for v in value):
        _fail(where, field, value, "must be a list of Bilingual texts")


@attrs.frozen
class Milestone:
    """A dated step a joint service means to reach (the source's intention, not a result).

    Raises:
        InvalidDateError: if ``due`` is not a plain date.
        UnsupportedDateError: if ``due`` is before 1 April 1996 or after 2099.
        JointServiceError: if ``description`` is not bilingual text.

    >>> Milestone(dt.date(2014, 4, 1), Bilingual("One director", "Un cyfarwyddwr")).describe("cy")
    '1 Ebrill 2014: Un cyfarwyddwr'
    """

    due: dt.date
    description: Bilingual

    def __attrs_post_init__(self) -> None:
        """Check the date and the text."""
        _check_date("milestone", "due", self.due)
        _check_instance("milestone", "description", self.description, Bilingual)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Return the date and the description in *lang*."""
        return f"{format_date(self.due, lang)}: {self.description.in_(lang)}"


@attrs.frozen
class JointService:
    """A service two or more Welsh councils run, or plan to run, together.

    Attributes:
        key: a stable identifier, such as ``"mid-wales-social-services"``.
        name: the name in both languages.
        authorities: the councils, at least two, each once.
        stage: planned, established or ended, if the source says.
        services: the services it covers.
        staff: the number of staff it covers or affects, as the source states it.
        budget: its budget in pounds, as a ``Decimal``.
        milestones: dated steps, in date order.
        principles: its principles, in both languages.
        reported: the date of the source the entry is built from.
        source: the source, in both languages.
        notes: what the reader should know (such as which texts are translations).

    Raises:
        JointServiceError: for fewer than two authorities, a repeated authority,
            milestones out of order, a negative or float budget or negative staff.

    >>> from carewales import authority
    >>> service = JointService(
    ...     "example",
    ...     Bilingual("Example", "Enghraifft"),
    ...     (authority("Conwy"), authority("Denbighshire")),
    ...     budget=Decimal("1.50"),
    ... )
    >>> service.involves(authority("Sir Ddinbych"))
    True
    >>> JointService(
    ...     "twice", Bilingual("Twice", "Dwywaith"), (authority("Conwy"), authority("Conwy"))
    ... )
    Traceback (most recent call last):
    ...
    carewales.collaboration.JointServiceError: joint service 'twice': 'authorities' (...) names ...
    """

    _WHAT: ClassVar[str] = "joint service"

    key: str
    name: Bilingual
    authorities: tuple[Authority, ...] = attrs.field(converter=_tuple)
    stage: Stage | None = None
    services: tuple[Bilingual, ...] = attrs.field(default=(), converter=_tuple)
    staff: int | None = None
    budget: Decimal | None = None
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_tuple)
    principles: tuple[Bilingual, ...] = attrs.field(default=(), converter=_tuple)
    reported: dt.date | None = None
    source: Bilingual | None = None
    notes: tuple[Bilingual, ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        """Check every field and the rules between them."""
        _check_service(self)

    def involves(self, item: Authority | str) -> bool:
        """Say whether the authority *item* (an :class:`Authority` or any key) takes part."""
        found = item if isinstance(item, Authority) else authority(item)
        return found in self.authorities

    def milestones_due_by(self, day: dt.date) -> tuple[Milestone, ...]:
        """Return the milestones due on or before *day*.

        >>> joint_service("caerphilly-blaenau-gwent-social-services").milestones_due_by(
        ...     dt.date(2013, 1, 1)
        ... )
        ()
        """
        _check_date("milestones_due_by", "day", day)
        return tuple(m for m in self.milestones if m.due <= day)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Describe the joint service in *lang*, one fact a line, leaving out what is unknown.

        >>> print(joint_service("mid-wales-social-services").describe("cy"))
        Gwasanaethau Cymdeithasol y Canolbarth
        Cynghorau: Ceredigion, Powys
        Cam: Arfaethedig
        Gwasanaethau: Gofal cymdeithasol
        Ffynhonnell: Datganiad i'r wasg gan WLGA, 9 Ionawr 2012: “Cyfuno gwasanaethau ...
        Nodyn: Cyfieithiad y llyfrgell hon yw'r enw Saesneg, "Mid Wales Social Services", ...
        """
        words = _WORDS
        councils = ", ".join(a.name.in_(lang) for a in self.authorities)
        lines = [self.name.in_(lang), f"{words['councils'].in_(lang)}: {councils}"]
        if self.stage is not None:
            lines.append(f"{words['stage'].in_(lang)}: {self.stage.label.in_(lang)}")
        if self.services:
            services = ", ".join(s.in_(lang) for s in self.services)
            lines.append(f"{words['services'].in_(lang)}: {services}")
        if self.staff is not None:
            lines.append(f"{words['staff'].in_(lang)}: {self.staff:,}")
        if self.budget is not None:
            lines.append(f"{words['budget'].in_(lang)}: £{self.budget:,}")
        lines += [f"{words['milestone'].in_(lang)}: {m.describe(lang)}" for m in self.milestones]
        lines += [f"{words['principle'].in_(lang)}: {p.in_(lang)}" for p in self.principles]
        if self.source is not None:
            lines.append(f"{words['source'].in_(lang)}: {self.source.in_(lang)}")
        lines += [f"{words['note'].in_(lang)}: {n.in_(lang)}" for n in self.notes]
        return "\n".join(lines)


def _check_instance(
    where: str, field: str, value: object, kind: type, *, optional: bool = False
) -> None:
    if not (isinstance(value, kind) or (optional and value is None)):
        rule = f"must be a {kind.__name__}" + (" or None" if optional else "")
        _fail(where, field, value, rule)


def _check_key(value: object) -> str:
    if not isinstance(value, str) or len(value) > 64 or not _KEY.fullmatch(value):  # noqa: PLR2004
        _fail("joint service", "key", value, "must be lower-case words joined by '-', at most 64")
    assert isinstance(value, str)  # noqa: S101 (narrows the type; _fail raised otherwise)
    return f"joint service {value!r}"


def _check_authorities(where: str, value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, Authority) for a in value):
        _fail(where, "authorities", value, "must be a list of authorities")
    if len(value) < 2:  # noqa: PLR2004 (a joint service needs two councils)
        _fail(where, "authorities", value, "must name at least two different authorities")
    codes = [a.code for a in value]
    for code in codes:
        if codes.count(code) > 1:
            _fail(where, "authorities", value, f"names {code} twice; each may appear once")


def _check_staff(where: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_STAFF:
        _fail(where, "staff", value, f"must be a whole number from 0 to {MAX_STAFF:,}")


def _check_budget(where: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        _fail(where, "budget", value, "must be a finite Decimal in pounds (never a float)")
    if not 0 <= value <= MAX_BUDGET:
        _fail(where, "budget", value, f"must be from 0 to {MAX_BUDGET:,} pounds")


def _check_milestones(where: str, value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(m, Milestone) for m in value):
        _fail(where, "milestones", value, "must be a list of Milestone values")
    for earlier, later in itertools.pairwise(value):
        if later.due < earlier.due:
            msg = (
                f"{where}: 'milestones' must be in date order: {later.due} comes after "
                f"{earlier.due}."
            )
            raise DateRangeError(msg)


def _check_service(service: JointService) -> None:
    where = _check_key(service.key)
    _check_instance(where, "name", service.name, Bilingual)
    _check_authorities(where, service.authorities)
    _check_instance(where, "stage", service.stage, Stage, optional=True)
    for field in ("services", "principles", "notes"):
        _check_bilinguals(where, field, getattr(service, field))
    _check_staff(where, service.staff)
    _check_budget(where, service.budget)
    _check_milestones(where, service.milestones)
    if service.reported is not None:
        _check_date(where, "reported", service.reported)
    _check_instance(where, "source", service.source, Bilingual, optional=True)


_WORDS: Final = {
    "councils": Bilingual("Councils", "Cynghorau"),
    "stage": Bilingual("Stage", "Cam"),
    "services": Bilingual("Services", "Gwasanaethau"),
    "staff": Bilingual("Staff", "Staff"),
    "budget": Bilingual("Budget", "Cyllideb"),
    "milestone": Bilingual("Milestone", "Carreg filltir"),
    "principle": Bilingual("Principle", "Egwyddor"),
    "source": Bilingual("Source", "Ffynhonnell"),
    "note": Bilingual("Note", "Nodyn"),
}


def _load() -> tuple[JointService, ...]:
    from .serial import from_dict

    return tuple(from_dict(item, JointService) for item in load_json("collaboration_examples.json"))


_REGISTER: Lazy[tuple[JointService, ...]] = Lazy(_load)


def joint_services() -> tuple[JointService, ...]:
    """Return the register of joint services (seed 002's two collaborations).

    >>> [s.key for s in joint_services()]
    ['caerphilly-blaenau-gwent-social-services', 'mid-wales-social-services']
    """
    return _REGISTER()


def joint_service(key: str) -> JointService:
    """Return the joint service with *key*.

    Raises:
        UnknownJointServiceError: if the register has none.

    >>> joint_service("atlantis")
    Traceback (most recent call last):
    ...
    carewales.collaboration.UnknownJointServiceError: 'key' ('atlantis') names no joint service; ...
    """
    for item in joint_services():
        if item.key == key:
            return item
    known = ", ".join(repr(s.key) for s in joint_services())
    msg = f"'key' ({_show(key)}) names no joint service; known: {known}."
    raise UnknownJointServiceError(msg)


def joint_services_of(item: Authority | str) -> tuple[JointService, ...]:
    """Return the joint services in the register that the authority *item* takes part in.

    Raises:
        UnknownAuthorityError: if *item* names no Welsh authority.

    >>> [s.key for s in joint_services_of("Powys")]
    ['mid-wales-social-services']
    """
    found = item if isinstance(item, Authority) else authority(item)
    return tuple(s for s in joint_services() if found in s.authorities)

"""Joint services: two or more Welsh councils running a service together.

A :class:`JointService` names its councils, its name in both languages, the services it
covers, staff, budget (in pounds, as :class:`~decimal.Decimal`, never a float),
dated :class:`Milestone` objects, its principles, and the history of its stages
(:class:`StageChange`, each dated as precisely as its source).  Its rules: at least two
different authorities, milestones and dated stages in date order, the stage the last of
its history, and no negative budget or staff.

:func:`joint_services` is the register.  It holds the two collaborations that a
Welsh Local Government Association (WLGA) press release of 9 January 2012 describes,
built only from what that text states (fields it does not state are left empty), with
the later history of the Caerphilly and Blaenau Gwent merger from local and BBC news:
Caerphilly's cabinet stopped it.

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
from typing import (
    ClassVar,
    Final,
)

import attrs

from . import _validators as v
from ._lazy import Lazy, load_json
from ._lookup import lookup
from .authorities import VESTING_DAY, Authority, authority
from .errors import DateRangeError, InvalidFieldError, InvalidNumberError
from .errors import JointServiceError as JointServiceError  # noqa: PLC0414 (0.1 path)
from .errors import UnknownJointServiceError as UnknownJointServiceError  # noqa: PLC0414 (0.1 path)
from .inspections.dates import DatePrecision, DateRange
from .text import Bilingual, BilingualEnum, Format, Language, format_date

__all__ = [
    "JointService",
    "Milestone",
    "Stage",
    "StageChange",
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

_DAY = v.date(VESTING_DAY, LATEST_DATE)
_TEXTS = v.tuple_of(v.instance(Bilingual))


def _is_budget(value: object) -> bool:
    return isinstance(value, Decimal) and value.is_finite() and 0 <= value <= MAX_BUDGET


def _budget_ok(_: object, __: object, value: object) -> None:
    if not _is_budget(value):
        raise ValueError


_BUDGET = v.Check(
    _budget_ok,
    f"must be a finite Decimal in pounds from 0 to {MAX_BUDGET:,} (never a float)",
    InvalidNumberError,
    cy=f"rhaid iddo fod yn Decimal meidraidd mewn punnoedd o 0 i {MAX_BUDGET:,} (byth yn float)",
)
_URL = v.Check(
    attrs.validators.and_(
        attrs.validators.instance_of(str),
        attrs.validators.matches_re(re.compile(r"https://[^\s]{1,1990}")),
    ),
    "must be an https:// address without spaces, of at most 2,000 characters",
    cy="rhaid iddo fod yn gyfeiriad https:// heb fylchau, o 2,000 nod ar y mwyaf",
)


class Stage(BilingualEnum):
    """How far a joint service has got, as its source describes it.

    >>> Stage.PLANNED.label.cy
    'Arfaethedig'
    """

    PLANNED = "planned", "Planned", "Arfaethedig"
    ESTABLISHED = "established", "Established", "Wedi’i sefydlu"
    ENDED = "ended", "Ended", "Wedi dod i ben"
    STOPPED = "stopped", "Stopped before it was complete", "Wedi’i atal cyn ei gwblhau"


@attrs.frozen
class Milestone:
    """A dated step a joint service means to reach (the source's intention, not a result).

    A source that names only the month ("by April 2014") gives a milestone of
    :attr:`~carewales.inspections.DatePrecision.MONTH`: ``due`` is then the month's
    first day, and the milestone reads as the month.  Documents written before 0.2
    have no ``precision`` and read as day precision, as before.

    Raises:
        InvalidDateError: if ``due`` is not a plain date.
        UnsupportedDateError: if ``due`` is before 1 April 1996 or after 2099.
        InvalidFieldError: if ``description`` is not bilingual text, or a month-precision
            ``due`` is not the first day of its month.

    >>> Milestone(dt.date(2014, 4, 1), Bilingual("One director", "Un cyfarwyddwr")).describe("cy")
    '1 Ebrill 2014: Un cyfarwyddwr'
    >>> Milestone(
    ...     dt.date(2014, 4, 1), Bilingual("One director", "Un cyfarwyddwr"), DatePrecision.MONTH
    ... ).describe("cy")
    'Ebrill 2014: Un cyfarwyddwr'
    """

    _WHAT: ClassVar[str] = "milestone"
    _WHAT_CY: ClassVar[str] = "carreg filltir"

    due: dt.date = attrs.field(validator=_DAY)
    description: Bilingual = attrs.field(validator=v.instance(Bilingual))
    precision: DatePrecision = attrs.field(
        default=DatePrecision.DAY, validator=v.member(DatePrecision)
    )

    def __attrs_post_init__(self) -> None:
        """Check that a month-precision milestone is dated on the month's first day."""
        if self.precision is DatePrecision.MONTH and self.due.day != 1:
            v.fail(
                self,
                "due",
                self.due,
                "must be the first day of its month when 'precision' is 'month'",
                InvalidFieldError,
                cy="rhaid iddo fod yn ddiwrnod cyntaf ei fis pan fo 'precision' yn 'month'",
            )

    @property
    def label(self) -> Bilingual:
        """The step in both languages."""
        return self.description

    @property
    def when(self) -> DateRange:
        """The milestone's date as a range: its day, or its whole month."""
        if self.precision is DatePrecision.MONTH:
            return DateRange.month(self.due.year, self.due.month)
        return DateRange(self.due, self.due)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Return the date (or the month) and the description in *lang*."""
        shown = format_date(self.due, lang)
        if self.precision is DatePrecision.MONTH:
            shown = shown.split(" ", 1)[1]
        return f"{shown}: {self.description.in_(lang)}"


@attrs.frozen
class StageChange:
    """A stage a joint service reached, when, and the source that says so.

    Attributes:
        stage: the stage reached.
        when: the day or month it was reached (or first reported), as precise as the
            source; ``None`` where the source gives no date.
        source: the source, in both languages.
        url: where to read the source, if published at a stable address.

    Raises:
        InvalidFieldError: if a field has the wrong type or the url is not ``https://``.

    >>> change = StageChange(
    ...     Stage.PLANNED, DateRange.month(2011, 7), Bilingual("A report", "Adroddiad")
    ... )
    >>> change.describe("cy")
    'Arfaethedig, ym mis Gorffennaf 2011 (Adroddiad)'
    >>> StageChange(Stage.STOPPED, None, Bilingual("A report", "Adroddiad")).describe()
    'Stopped before it was complete, date not given by the source (A report)'
    """

    _WHAT: ClassVar[str] = "stage change"
    _WHAT_CY: ClassVar[str] = "newid cam"

    stage: Stage = attrs.field(validator=v.member(Stage))
    when: DateRange | None = attrs.field(validator=v.optional(v.instance(DateRange)))
    source: Bilingual = attrs.field(validator=v.instance(Bilingual))
    url: str | None = attrs.field(default=None, validator=v.optional(_URL))

    @property
    def label(self) -> Bilingual:
        """The stage reached, in both languages."""
        return self.stage.label

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the stage, when, and the source, in *lang*, on one line."""
        language = Language.parse(lang)
        when = _UNDATED.in_(language) if self.when is None else self.when.describe(language)
        return f"{self.stage.label.in_(language)}, {when} ({self.source.in_(language)})"


_UNDATED: Final = Bilingual("date not given by the source", "heb ddyddiad yn y ffynhonnell")


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
        history: the stages it reached, oldest first, each with its date and source;
            the last is the current ``stage``.
        principles: its principles, in both languages.
        reported: the date of the source the entry is built from.
        source: the source, in both languages.
        notes: what the reader should know (such as which texts are translations).

    Raises:
        InvalidFieldError: if a field has the wrong type (:class:`InvalidNumberError`
            for a negative, float or huge budget or staff number).
        JointServiceError: for fewer than two authorities or a repeated authority.
        DateRangeError: for milestones or dated stage changes out of date order.

    >>> from carewales import authority
    >>> service = JointService(
    ...     "example",
    ...     Bilingual("Example", "Enghraifft"),
    ...     (authority("Conwy"), authority("Denbighshire")),
    ...     budget=Decimal("1.50"),
    ... )
    >>> service.involves(authority("Sir Ddinbych"))
    True
    >>> service.describe("cy")
    'Enghraifft: Conwy, Sir Ddinbych'
    >>> JointService(
    ...     "twice", Bilingual("Twice", "Dwywaith"), (authority("Conwy"), authority("Conwy"))
    ... )
    Traceback (most recent call last):
    ...
    carewales.errors.JointServiceError: joint service 'twice': 'authorities' (...) names W06000003 twice...
    """  # noqa: E501 (a doctest line)

    _WHAT: ClassVar[str] = "joint service"
    _WHAT_CY: ClassVar[str] = "gwasanaeth ar y cyd"

    key: str = attrs.field(validator=v.key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    authorities: tuple[Authority, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.instance(Authority))
    )
    stage: Stage | None = attrs.field(default=None, validator=v.optional(v.member(Stage)))
    services: tuple[Bilingual, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=_TEXTS
    )
    staff: int | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(v.to_int),
        validator=v.optional(v.integer(0, MAX_STAFF)),
    )
    budget: Decimal | None = attrs.field(
        default=None, converter=v.to_plain_decimal, validator=v.optional(_BUDGET)
    )
    milestones: tuple[Milestone, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(Milestone))
    )
    principles: tuple[Bilingual, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=_TEXTS
    )
    reported: dt.date | None = attrs.field(default=None, validator=v.optional(_DAY))
    source: Bilingual | None = attrs.field(
        default=None, validator=v.optional(v.instance(Bilingual))
    )
    notes: tuple[Bilingual, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_TEXTS)
    history: tuple[StageChange, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(StageChange))
    )

    def __attrs_post_init__(self) -> None:
        """Check the rules between fields: two or more different councils, things in order."""
        if len(self.authorities) < 2:  # noqa: PLR2004 (a joint service needs two councils)
            rule = "must name at least two different authorities"
            rule_cy = "rhaid iddo enwi o leiaf ddau awdurdod gwahanol"
            v.fail(self, "authorities", self.authorities, rule, JointServiceError, cy=rule_cy)
        codes = [a.code for a in self.authorities]
        for code in codes:
            if codes.count(code) > 1:
                rule = f"names {code} twice; each may appear once"
                rule_cy = f"mae’n enwi {code} ddwywaith; caiff pob un ymddangos unwaith"
                v.fail(self, "authorities", self.authorities, rule, JointServiceError, cy=rule_cy)
        for earlier, later in itertools.pairwise(self.milestones):
            if later.due < earlier.due:
                rule = f"must be in date order: {later.due} comes after {earlier.due}"
                rule_cy = f"rhaid iddynt fod yn nhrefn dyddiad: daw {later.due} ar ôl {earlier.due}"
                v.fail(self, "milestones", self.milestones, rule, DateRangeError, cy=rule_cy)
        dated = [change.when for change in self.history if change.when is not None]
        for first, then in itertools.pairwise(dated):
            if then.start < first.start:
                rule = f"must be in date order: {then.start} comes after {first.start}"
                rule_cy = (
                    f"rhaid iddynt fod yn nhrefn dyddiad: daw {then.start} ar ôl {first.start}"
                )
                v.fail(self, "history", self.history, rule, DateRangeError, cy=rule_cy)
        if self.history and self.stage is not self.history[-1].stage:
            shown = self.history[-1].stage.value
            rule = f"must be the last stage in 'history' ({shown!r})"
            rule_cy = f"rhaid iddo fod y cam olaf yn 'history' ({shown!r})"
            value = None if self.stage is None else self.stage.value
            v.fail(self, "stage", value, rule, JointServiceError, cy=rule_cy)

    @property
    def label(self) -> Bilingual:
        """The joint service's name in both languages."""
        return self.name

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
        _DAY.check(None, "day", day)  # the toolkit's factory carries its own Welsh
        return tuple(m for m in self.milestones if m.due <= day)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the joint service's name and councils in *lang*, in one line.

        >>> joint_service("mid-wales-social-services").describe("cy")
        'Gwasanaethau Cymdeithasol y Canolbarth: Ceredigion, Powys (Arfaethedig)'
        """
        councils = ", ".join(a.name.in_(lang) for a in self.authorities)
        stage = "" if self.stage is None else f" ({self.stage.label.in_(lang)})"
        return f"{self.name.in_(lang)}: {councils}{stage}"

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one render signature)
    ) -> str:
        """Write every known fact, one a line, leaving out what is unknown.

        The plain-text form is the multi-line text that ``describe`` returned in 0.1.

        Args:
            lang: English or Welsh.
            format: :attr:`~carewales.text.Format.MARKDOWN` (a heading and a list) or
                :attr:`~carewales.text.Format.TEXT`, or their values as strings.

        Raises:
            UnknownLanguageError: if *lang* is neither English nor Welsh.
            InvalidChoiceError: if *format* is not a :class:`~carewales.text.Format`.

        >>> print(joint_service("mid-wales-social-services").render("cy", format="text"))
        Gwasanaethau Cymdeithasol y Canolbarth
        Cynghorau: Ceredigion, Powys
        Cam: Arfaethedig
        Gwasanaethau: Gofal cymdeithasol
        Hanes y camau: Arfaethedig, ar 9 Ionawr 2012 (Datganiad i’r wasg gan WLGA, 9 Ionawr ...
        Ffynhonnell: Datganiad i’r wasg gan WLGA, 9 Ionawr 2012: “Cyfuno gwasanaethau ...
        Nodyn: Cyfieithiad y llyfrgell hon yw’r enw Saesneg, "Mid Wales Social Services", ...
        >>> for line in joint_service("mid-wales-social-services").render().splitlines()[:4]:
        ...     print(line)
        # Mid Wales Social Services
        <BLANKLINE>
        - Councils: Ceredigion, Powys
        - Stage: Planned
        """
        language = Language.parse(lang)
        style = Format.parse(format)
        words = {key: word.in_(language) for key, word in _WORDS.items()}
        councils = ", ".join(a.name.in_(language) for a in self.authorities)
        facts = [f"{words['councils']}: {councils}"]
        if self.stage is not None:
            facts.append(f"{words['stage']}: {self.stage.label.in_(language)}")
        if self.services:
            services = ", ".join(s.in_(language) for s in self.services)
            facts.append(f"{words['services']}: {services}")
        if self.staff is not None:
            facts.append(f"{words['staff']}: {self.staff:,}")
        if self.budget is not None:
            facts.append(f"{words['budget']}: £{self.budget:,}")
        facts += [f"{words['milestone']}: {m.describe(language)}" for m in self.milestones]
        facts += [f"{words['history']}: {c.describe(language)}" for c in self.history]
        facts += [f"{words['principle']}: {p.in_(language)}" for p in self.principles]
        if self.source is not None:
            facts.append(f"{words['source']}: {self.source.in_(language)}")
        facts += [f"{words['note']}: {n.in_(language)}" for n in self.notes]
        name = self.name.in_(language)
        if style is Format.TEXT:
            return "\n".join([name, *facts])
        return "\n".join([f"# {name}", "", *(f"- {fact}" for fact in facts)])


_WORDS: Final = {
    "councils": Bilingual("Councils", "Cynghorau"),
    "stage": Bilingual("Stage", "Cam"),
    "services": Bilingual("Services", "Gwasanaethau"),
    "staff": Bilingual("Staff", "Staff"),
    "budget": Bilingual("Budget", "Cyllideb"),
    "milestone": Bilingual("Milestone", "Carreg filltir"),
    "history": Bilingual("Stage history", "Hanes y camau"),
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
    """Return the joint service with *key* (case, and ``_`` or spaces for ``-``, ignored).

    Raises:
        UnknownJointServiceError: if the register has none; the closest keys are suggested.

    >>> joint_service("Mid-Wales-Social-Services").name.en
    'Mid Wales Social Services'
    >>> joint_service("mid-wales-social-service")
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownJointServiceError: 'key' ('mid-wales-social-service') names no joint service. Did you mean ...
    """  # noqa: E501 (a doctest line)
    entries = {item.key: item for item in joint_services()}
    return lookup(
        key,
        entries,
        what="joint service",
        error=UnknownJointServiceError,
        what_cy="gwasanaeth ar y cyd",
        names_cy={k: item.name.cy for k, item in entries.items()},
    )


def joint_services_of(item: Authority | str) -> tuple[JointService, ...]:
    """Return the joint services in the register that the authority *item* takes part in.

    Raises:
        UnknownAuthorityError: if *item* names no Welsh authority.

    >>> [s.key for s in joint_services_of("Powys")]
    ['mid-wales-social-services']
    """
    found = item if isinstance(item, Authority) else authority(item)
    return tuple(s for s in joint_services() if found in s.authorities)

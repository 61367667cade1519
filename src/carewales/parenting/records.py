"""A council's records of what it did: the reporting period, duty-holders and evidence.

Every record is checked when it is built (ids, dates from 1 April 1996 to 2099, texts,
counts), and :class:`CouncilRecords` checks them together: ids unique, references
resolved, meetings in wards a councillor represents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Final

import attrs
from dateutil.relativedelta import relativedelta

from .. import _validators as v
from .. import serial as _serial
from .._deprecation import CallableLabel, warn_renamed
from .._lazy import Lazy, load_json
from ..authorities import Authority
from ..errors import (
    CareWalesError,
    DateRangeError,
    DuplicateRecordIdError,
    FutureRecordError,
    InvalidNumberError,
    InvalidTextError,
    ParentingRecordError,
    UnknownRecordError,
    UnknownWardError,
    UnsupportedDateError,
)
from ..text import Bilingual, BilingualEnum, Language, _LikeBilingual, format_date
from ._common import (
    DAY,
    EARLIEST_BIRTH,
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_ITEMS,
    MAX_TEXT,
    birthday,
    fail,
    flag,
    member,
    optional,
    record_id,
)
from .catalogue import WorkerRole, YoungPersonCategory

__all__ = [
    "EXAMPLE_PERIOD",
    "Appraisal",
    "Audience",
    "CouncilRecords",
    "Councillor",
    "CouncillorTraining",
    "Name",
    "NeedsAssessment",
    "NetworkingObjective",
    "Partner",
    "Period",
    "Plan",
    "PlanReport",
    "ProfessionalTraining",
    "SupportOption",
    "Tender",
    "Worker",
    "YoungPeopleMeeting",
    "YoungPerson",
    "example_records",
]

_REC = ParentingRecordError
_MAX_MINUTES = 24 * 60
# The ages at which a young person may enter each category the records hold (from, until):
# s. 104(2) of the 2014 Act.  Categories 1 and 2 are "aged 16 or 17"; category 3 is "aged
# 18 or over"; category 4 begins when the category 3 duties end, at 21 at the earliest
# (s. 111(1)), and ends at 25.  Categories 5 and 6 have no duty in the catalogue.
_AGE_OF_CATEGORY: Final = {
    YoungPersonCategory.CATEGORY_1: (16, 18),
    YoungPersonCategory.CATEGORY_2: (16, 18),
    YoungPersonCategory.CATEGORY_3: (18, None),
    YoungPersonCategory.CATEGORY_4: (21, 25),
}
_YEAR = v.integer(error=InvalidNumberError)


class Name(_LikeBilingual):
    """A name in English and Welsh; a plain ``str`` is a name the same in both languages.

    Councillors' names, wards and the titles of plans and tenders are :class:`Name`:
    ``Name("Councillor A", "Cynghorydd A")``, both languages always given.  Where 0.1
    took a ``str`` (``"Llay"``), a model field still takes one, as a proper name written
    alike in both languages (:meth:`of`), and a plain :class:`~carewales.text.Bilingual`
    too.  A name equals the
    :class:`~carewales.text.Bilingual` with the same texts.

    >>> Name("Grounds maintenance", "Cynnal a chadw tiroedd").in_("cy")
    'Cynnal a chadw tiroedd'
    >>> Name.of("Llay") == Bilingual("Llay", "Llay")
    True
    """

    __slots__ = ()

    @classmethod
    def of(cls, value: object) -> object:
        """Return *value* as a :class:`Name` (from a ``str`` or a Bilingual), else unchanged.

        A ``str`` that is blank, has white space around it, is longer than a text may
        be or is not one line is left unchanged for the model's validator to refuse,
        naming the model's field (as 0.1 refused it).
        """
        if isinstance(value, cls):
            return value
        try:
            if isinstance(value, Bilingual):
                return cls(value.en, value.cy)
            if isinstance(value, str) and value.strip() and value.strip() == value:
                return cls(value, value)
        except CareWalesError:
            pass  # the field's validator says which field, and why
        return value

    def matches(self, other: Bilingual) -> bool:
        """Say whether *other* names the same thing: the same English or the same Welsh."""
        return self.en == other.en or self.cy == other.cy


def _structure_name(value: object, _: object) -> Name:
    """Read a name from a JSON string (alike in both languages) or an ``{en, cy}`` object."""
    if isinstance(value, dict) and set(value) == {"en", "cy"}:
        return Name(value["en"], value["cy"])
    if isinstance(value, str):
        return Name(value, value)
    msg = f"{v.describe(value)} must be a string or a JSON object with 'en' and 'cy'"
    cy = f"{v.describe(value)}: {v.MUST_BE} llinyn neu wrthrych JSON ag 'en' a 'cy'"
    raise InvalidTextError(msg, cy=cy)


_NAME_SCHEMA: Final = {
    "anyOf": [
        {"type": "string", "maxLength": 500},
        {
            "type": "object",
            "properties": {
                "en": {"type": "string", "maxLength": 500},
                "cy": {"type": "string", "maxLength": 500},
            },
            "required": ["en", "cy"],
            "additionalProperties": False,
        },
    ]
}


_serial.register_hooks(Name, structure=_structure_name, schema=_NAME_SCHEMA)


def to_name(value: str | Bilingual) -> Name:
    """Store a ``str`` or a :class:`~carewales.text.Bilingual` as a :class:`Name`.

    Anything else (and a ``str`` that is blank or has white space around it) is left
    for the validator to refuse.
    """
    given: Any = Name.of(value)  # typed for callers; at run time anything may arrive
    return given  # type: ignore[no-any-return]


_NAME = v.satisfies(
    lambda name: isinstance(name, Name) and max(len(name.en), len(name.cy)) <= MAX_TEXT,
    f"must be a non-blank str of at most {MAX_TEXT} characters on one line, without "
    "surrounding white space, or a Name (English and Welsh)",
    error=InvalidTextError,
    cy=(
        f"{v.MUST_BE} str nad yw’n wag, {MAX_TEXT} nod ar y mwyaf ar un llinell, heb fylchau "
        "o’i gwmpas, neu Name (Saesneg a Chymraeg)"
    ),
)


class Partner(BilingualEnum):
    """Whom a council's plan says it will work with (seed 003, idea 2).

    >>> Partner.BUSINESS.label.cy
    'Y sector busnes'
    """

    COMMUNITY_GROUPS = "community-groups", "Community groups", "Grwpiau cymunedol"
    BUSINESS = "business", "The business sector", "Y sector busnes"


class SupportOption(BilingualEnum):
    """Ways a supplier can commit to support care-experienced young people (seed 003, idea 4).

    >>> SupportOption.APPRENTICESHIPS.label.cy
    'Prentisiaethau'
    """

    WORK_PLACEMENTS = "work-placements", "Work placements", "Lleoliadau gwaith"
    APPRENTICESHIPS = "apprenticeships", "Apprenticeships", "Prentisiaethau"
    MENTORING = "mentoring", "Mentoring", "Mentora"
    GROUP_SUPPORT = (
        "group-support",
        "Support for groups of care-experienced young people",
        "Cefnogaeth i grwpiau pobl ifanc â phrofiad o ofal",
    )


class Audience(BilingualEnum):
    """Professionals that training led by care-experienced young people is for (seed 003, idea 5).

    >>> Audience.EDUCATION_PROVIDERS.label.cy
    'Darparwyr addysg'
    """

    LOCAL_AUTHORITIES = "local-authorities", "Local authorities", "Awdurdodau lleol"
    EDUCATION_PROVIDERS = "education-providers", "Education providers", "Darparwyr addysg"
    COMMUNITY = "community", "The community", "Y gymuned"
    BUSINESSES = "businesses", "Businesses", "Busnesau"


# --- the period -----------------------------------------------------------------------------


def _year(value: object, first: int, last: int) -> int:
    year = v.to_int(value)  # type: ignore[arg-type]
    _YEAR.check(None, "year", year)
    if not first <= year <= last:
        msg = f"'year' ({v.describe(year)}) must be from {first} to {last}."
        cy = f"'year' ({v.describe(year)}): {v.MUST_BE} flwyddyn o {first} i {last}."
        raise UnsupportedDateError(msg, cy=cy)
    return year


class _PeriodLabel(CallableLabel):
    """A period's label, still callable as in 0.1 (``period.label("cy")``), with a warning."""

    __slots__ = ()

    def __call__(self, lang: Language | str = Language.EN) -> str:
        """Return the label in *lang* (deprecated: use ``label.in_(lang)``)."""
        warn_renamed("Period.label(lang)", "Period.label.in_(lang) (label is a property)")
        return self.in_(lang)


@attrs.frozen
class Period:
    """A reporting period of at most a year, from ``start`` to ``end`` inclusive.

    Raises:
        InvalidDateError: if ``start`` or ``end`` is not a plain date.
        UnsupportedDateError: for dates before 1 April 1996 or after 2099.
        DateRangeError: if ``end`` is before ``start`` or a year or more after it.

    >>> Period.financial_year(2023).label.cy
    '1 Ebrill 2023 i 31 Mawrth 2024'
    >>> Period.year(2023).contains(dt.date(2023, 12, 31))
    True
    """

    _WHAT: ClassVar[str] = "period"
    _WHAT_CY: ClassVar[str] = "cyfnod"

    start: dt.date = attrs.field(validator=DAY)
    end: dt.date = attrs.field(validator=DAY)

    def __attrs_post_init__(self) -> None:
        """Check the order and the length (at most a year)."""
        if self.end < self.start:
            fail(
                self,
                f"'end' ({self.end}) must not be before 'start' ({self.start}).",
                DateRangeError,
                cy=f"'end' ({self.end}): {v.MUST_NOT} bod cyn 'start' ({self.start}).",
            )
        if self.end >= self.start + relativedelta(years=1):
            text = (
                f"'end' ({self.end}) must be less than a year after 'start' "
                f"({self.start}): annual targets are assessed one year at a time."
            )
            cy = (
                f"'end' ({self.end}): {v.MUST_BE} llai na blwyddyn ar ôl 'start' "
                f"({self.start}): asesir targedau blynyddol fesul blwyddyn."
            )
            fail(self, text, DateRangeError, cy=cy)

    @classmethod
    def year(cls, year: int) -> Period:
        """Return the calendar year *year* (1 January to 31 December).

        Raises:
            ~carewales.errors.InvalidNumberError: if *year* is not a whole number.
            UnsupportedDateError: for a year before 1997 (the councils began in April
                1996) or after 2099.
        """
        year = _year(year, EARLIEST_DATE.year + 1, LATEST_DATE.year)
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def financial_year(cls, year: int) -> Period:
        """Return the financial year starting 1 April *year* and ending 31 March after it.

        Raises:
            ~carewales.errors.InvalidNumberError: if *year* is not a whole number.
            UnsupportedDateError: for a year before 1996 or after 2098.
        """
        year = _year(year, EARLIEST_DATE.year, LATEST_DATE.year - 1)
        return cls(dt.date(year, 4, 1), dt.date(year + 1, 3, 31))

    def contains(self, day: dt.date) -> bool:
        """Say whether *day* is in the period.

        Raises:
            InvalidDateError: if *day* is not a plain date.
        """
        v.ensure_date("day", day)
        return self.start <= day <= self.end

    @property
    def label(self) -> Bilingual:
        """The period in words, in both languages: ``1 April 2023 to 31 March 2024``.

        (A method in 0.1: ``period.label("cy")`` still works, with a warning, until 0.3.)
        """
        return _PeriodLabel(
            f"{format_date(self.start, Language.EN)} to {format_date(self.end, Language.EN)}",
            f"{format_date(self.start, Language.CY)} i {format_date(self.end, Language.CY)}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the period in one line in *lang* (its label)."""
        return self.label.in_(lang)


#: The period the bundled example records are reported over (financial year 2023–24).
EXAMPLE_PERIOD: Final = Period(dt.date(2023, 4, 1), dt.date(2024, 3, 31))


# --- holders and evidence records -----------------------------------------------------------

_ID = record_id()


@attrs.frozen
class Councillor:
    """An elected member of the council, with the ward they represent and their term's start.

    The name and the ward are :class:`Name` objects, in English and Welsh; a plain ``str``
    (as in 0.1) is a name written alike in both languages.

    >>> cllr = Councillor(
    ...     "cllr-a",
    ...     Name("Councillor A", "Cynghorydd A"),
    ...     Name("Example Ward 1", "Ward Enghreifftiol 1"),
    ...     dt.date(2022, 5, 9),
    ... )
    >>> cllr.ward.cy
    'Ward Enghreifftiol 1'
    >>> Councillor("c1", "Councillor A", "Ward 1", dt.date(1066, 10, 14))
    Traceback (most recent call last):
    ...
    carewales.errors.UnsupportedDateError: councillor 'c1': 'term_start' (...) must be from ...
    """

    _WHAT: ClassVar[str] = "councillor"
    _WHAT_CY: ClassVar[str] = "cynghorydd"

    id: str = attrs.field(validator=_ID)
    name: Name = attrs.field(converter=to_name, validator=_NAME)
    ward: Name = attrs.field(converter=to_name, validator=_NAME)
    term_start: dt.date = attrs.field(validator=DAY)


@attrs.frozen
class Worker:
    """A member of staff, by id and role (no name: the records need none).

    >>> Worker("w1", WorkerRole.PERSONAL_ADVISER, dt.date(2019, 9, 2)).role.label.en
    'Personal adviser (PA)'
    """

    _WHAT: ClassVar[str] = "worker"
    _WHAT_CY: ClassVar[str] = "gweithiwr"

    id: str = attrs.field(validator=_ID)
    role: WorkerRole = attrs.field(validator=member(WorkerRole, _REC))
    started: dt.date = attrs.field(validator=DAY)


@attrs.frozen
class YoungPerson:
    """A young person of category 1 to 4, by a pseudonymous reference, never a name.

    Attributes:
        id: a pseudonymous reference.
        born: the date of birth (from 1900).
        category: category 1, 2, 3 or 4 (s. 104(2) of the 2014 Act).
        since: the day they entered that category; for category 1, the later of their
            16th birthday and the day they became category 1; for category 4, the day
            the responsible local authority was told they are pursuing, or wish to
            pursue, education or training (the event reg. 5(2)(c) of SI 2015/1820 counts from).

    Raises:
        ParentingRecordError: if ``since`` is not at an age the category allows (16 or 17
            for categories 1 and 2, 18 or over for category 3, 21 to 24 for category 4),
            or the category is 5 or 6 (no duty in the catalogue is owed for them).

    >>> YoungPerson(
    ...     "yp-1", dt.date(2007, 6, 10), YoungPersonCategory.CATEGORY_1, dt.date(2023, 6, 10)
    ... ).id
    'yp-1'
    """

    _WHAT: ClassVar[str] = "young person"
    _WHAT_CY: ClassVar[str] = "person ifanc"

    id: str = attrs.field(validator=_ID)
    born: dt.date = attrs.field(validator=v.date(EARLIEST_BIRTH, LATEST_DATE))
    category: YoungPersonCategory = attrs.field(validator=member(YoungPersonCategory, _REC))
    since: dt.date = attrs.field(validator=DAY)

    def __attrs_post_init__(self) -> None:
        """Check that the young person was of an age the category allows when they entered it."""
        ages = _AGE_OF_CATEGORY.get(self.category)
        if ages is None:
            rule = "must be category 1, 2, 3 or 4: no duty in the catalogue is owed for the others"
            cy = (
                f"{v.MUST_BE} categori 1, 2, 3 neu 4: nid oes dyletswydd yn y catalog yn "
                "ddyledus i’r lleill"
            )
            v.fail(self, "category", self.category.value, rule, _REC, cy=cy)
        low, high = ages
        if not birthday(self.born, low) <= self.since or (
            high is not None and self.since >= birthday(self.born, high)
        ):
            if high is None:
                when, when_cy = f"aged {low} or over", f"yn {low} oed neu’n hŷn"
            elif high - low == 2:  # noqa: PLR2004 (two ages: "16 or 17")
                when, when_cy = f"aged {low} or {high - 1}", f"yn {low} neu’n {high - 1} oed"
            else:
                when, when_cy = f"aged {low} to {high - 1}", f"rhwng {low} a {high - 1} oed"
            text = (
                f"'since' ({self.since}) must be while they are {when} (born {self.born}), "
                f"as s. 104(2) of the 2014 Act requires for {self.category.value}."
            )
            cy = (
                f"'since' ({self.since}): {v.MUST_BE} ystod y cyfnod pan oedd y person ifanc "
                f"{when_cy} (ganwyd {self.born}), fel y mae adran 104(2) o Ddeddf 2014 yn ei "
                f"gwneud yn ofynnol ar gyfer {self.category.value}."
            )
            fail(self, text, _REC, cy=cy)


@attrs.frozen
class CouncillorTraining:
    """A corporate-parenting training session a councillor attended, and its length in minutes.

    >>> CouncillorTraining("t1", "cllr-a", dt.date(2022, 6, 1), minutes=-30)
    Traceback (most recent call last):
    ...
    carewales.errors.ParentingRecordError: councillor training 't1': 'minutes' (-30) must be ...
    """

    _WHAT: ClassVar[str] = "councillor training"
    _WHAT_CY: ClassVar[str] = "hyfforddiant cynghorydd"

    id: str = attrs.field(validator=_ID)
    councillor: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    minutes: int = attrs.field(converter=v.to_int, validator=v.integer(1, _MAX_MINUTES, error=_REC))


@attrs.frozen
class YoungPeopleMeeting:
    """A councillor speaking with care-experienced young people in a ward.

    Attributes:
        young_people: pseudonymous references, one per young person spoken with; a
            young person met twice is counted once.

        ward: the ward, as a :class:`Name`; it is the councillor's ward if it has the
            same English or the same Welsh name.

    >>> YoungPeopleMeeting(
    ...     "m1", "cllr-a", "Example Ward 1", dt.date(2023, 5, 4), ("yp-a", "yp-b")
    ... ).young_people
    ('yp-a', 'yp-b')
    """

    _WHAT: ClassVar[str] = "meeting"
    _WHAT_CY: ClassVar[str] = "cyfarfod"

    id: str = attrs.field(validator=_ID)
    councillor: str = attrs.field(validator=_ID)
    ward: Name = attrs.field(converter=to_name, validator=_NAME)
    day: dt.date = attrs.field(validator=DAY)
    young_people: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(_ID, min_size=1, unique=True, error=_REC)
    )


@attrs.frozen
class Plan:
    """A published plan for working with community groups and the business sector.

    >>> Plan(
    ...     "p1",
    ...     dt.date(2022, 9, 1),
    ...     Name("Working together plan", "Cynllun cydweithio"),
    ...     (Partner.COMMUNITY_GROUPS, Partner.BUSINESS),
    ... ).covers_all
    True
    """

    _WHAT: ClassVar[str] = "plan"
    _WHAT_CY: ClassVar[str] = "cynllun"

    id: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    title: Name = attrs.field(converter=to_name, validator=_NAME)
    partners: tuple[Partner, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(member(Partner, _REC), min_size=1, unique=True, error=_REC),
    )

    @property
    def covers_all(self) -> bool:
        """Say whether the plan covers both community groups and the business sector."""
        return set(self.partners) == set(Partner)


@attrs.frozen
class PlanReport:
    """A published monitoring report on a plan.

    >>> PlanReport("r1", "p1", dt.date(2023, 7, 14)).plan
    'p1'
    """

    _WHAT: ClassVar[str] = "plan report"
    _WHAT_CY: ClassVar[str] = "adroddiad ar gynllun"

    id: str = attrs.field(validator=_ID)
    plan: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)


@attrs.frozen
class NetworkingObjective:
    """An objective set for a worker about networking with businesses and community groups.

    >>> NetworkingObjective("o1", "w1", dt.date(2023, 5, 2)).worker
    'w1'
    """

    _WHAT: ClassVar[str] = "objective"
    _WHAT_CY: ClassVar[str] = "amcan"

    id: str = attrs.field(validator=_ID)
    worker: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)


@attrs.frozen
class Appraisal:
    """A worker's appraisal, with how many young people gave 360-degree feedback for it.

    >>> Appraisal("a1", "w2", dt.date(2023, 11, 1), feedback_from=2).feedback_from
    2
    """

    _WHAT: ClassVar[str] = "appraisal"
    _WHAT_CY: ClassVar[str] = "arfarniad"

    id: str = attrs.field(validator=_ID)
    worker: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    feedback_from: int = attrs.field(
        converter=v.to_int, validator=v.integer(0, MAX_ITEMS, error=_REC)
    )


@attrs.frozen
class Tender:
    """A tender the council issued, and whether it provides for care-experienced young people.

    Attributes:
        title: the tender's title, as a :class:`Name` in English and Welsh.
        provision: the tender commits suppliers to support care-experienced young people.
        options: the ways of support it names (only with a provision).

    >>> Tender(
    ...     "tn1",
    ...     dt.date(2023, 6, 1),
    ...     Name("Grounds maintenance", "Cynnal a chadw tiroedd"),
    ...     provision=False,
    ...     options=(SupportOption.MENTORING,),
    ... )
    Traceback (most recent call last):
    ...
    carewales.errors.ParentingRecordError: tender 'tn1': 'options' (...) must be empty when ...
    """

    _WHAT: ClassVar[str] = "tender"
    _WHAT_CY: ClassVar[str] = "tendr"

    id: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    title: Name = attrs.field(converter=to_name, validator=_NAME)
    provision: bool = attrs.field(validator=flag())
    options: tuple[SupportOption, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(member(SupportOption, _REC), unique=True, error=_REC),
    )

    def __attrs_post_init__(self) -> None:
        """Check that support options are only named by a tender with a provision."""
        if self.options and not self.provision:
            rule = "must be empty when 'provision' is False"
            cy = f"{v.MUST_BE} wag pan fo 'provision' yn False"
            v.fail(self, "options", self.options, rule, _REC, cy=cy)


@attrs.frozen
class ProfessionalTraining:
    """Training or an awareness tool for professionals, and who developed or led it.

    >>> ProfessionalTraining(
    ...     "pt1", dt.date(2023, 9, 1), developed_by_young_people=True, led_by_young_people=False
    ... ).counts
    True
    """

    _WHAT: ClassVar[str] = "professional training"
    _WHAT_CY: ClassVar[str] = "hyfforddiant proffesiynol"

    id: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    developed_by_young_people: bool = attrs.field(validator=flag())
    led_by_young_people: bool = attrs.field(validator=flag())
    audiences: tuple[Audience, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(member(Audience, _REC), unique=True, error=_REC),
    )

    @property
    def counts(self) -> bool:
        """Say whether care-experienced young people developed or led it (seed 003, idea 5)."""
        return self.developed_by_young_people or self.led_by_young_people


@attrs.frozen
class NeedsAssessment:
    """A completed assessment of a young person's needs.

    >>> NeedsAssessment("na1", "yp-1", dt.date(2023, 8, 1)).young_person
    'yp-1'
    """

    _WHAT: ClassVar[str] = "needs assessment"
    _WHAT_CY: ClassVar[str] = "asesiad o anghenion"

    id: str = attrs.field(validator=_ID)
    young_person: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)


# The kinds of record a reference names, in Welsh after "unrhyw" (soft-mutated).
_WHAT_CY_OF: Final = {
    "councillor": "gynghorydd",
    "plan": "gynllun",
    "worker": "weithiwr",
    "young_person": "berson ifanc",
}


def _records(kind: type) -> Any:  # noqa: ANN401 (an attrs field definition)
    return attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(kind, error=_REC), error=_REC),
    )


@attrs.frozen
class CouncilRecords:
    """A council's records: duty-holders (councillors, workers, young people) and evidence.

    Every record needs an id of its own, references must resolve, and meetings must be
    in a ward that a councillor represents.

    Raises:
        DuplicateRecordIdError: if two records share an id.
        UnknownRecordError: if a record refers to a missing councillor, worker, plan or
            young person.
        UnknownWardError: if a meeting is in a ward no councillor represents.
        DateRangeError: if a plan report predates its plan.

    >>> from carewales import authority
    >>> cllr = Councillor("c1", "Councillor A", "Ward 1", dt.date(2022, 5, 9))
    >>> CouncilRecords(
    ...     authority("Wrexham"),
    ...     (cllr,),
    ...     meetings=(YoungPeopleMeeting("m1", "c1", "Ward 9", dt.date(2023, 5, 4), ("yp-a",)),),
    ... )
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownWardError: meeting 'm1': 'ward' ('Ward 9') is not a ward any ...
    >>> CouncilRecords(authority("Powys"), (cllr, cllr))
    Traceback (most recent call last):
    ...
    carewales.errors.DuplicateRecordIdError: councillor 'c1': 'id' ('c1') is already used ...
    >>> CouncilRecords(
    ...     authority("Powys"), objectives=(NetworkingObjective("o1", "w9", dt.date(2023, 5, 2)),)
    ... )
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownRecordError: objective 'o1': 'worker' ('w9') names no worker ...
    """

    _WHAT: ClassVar[str] = "records"
    _WHAT_CY: ClassVar[str] = "cofnodion"

    authority: Authority = attrs.field(validator=v.instance(Authority, error=_REC))
    councillors: tuple[Councillor, ...] = _records(Councillor)
    workers: tuple[Worker, ...] = _records(Worker)
    young_people: tuple[YoungPerson, ...] = _records(YoungPerson)
    trainings: tuple[CouncillorTraining, ...] = _records(CouncillorTraining)
    meetings: tuple[YoungPeopleMeeting, ...] = _records(YoungPeopleMeeting)
    plans: tuple[Plan, ...] = _records(Plan)
    plan_reports: tuple[PlanReport, ...] = _records(PlanReport)
    objectives: tuple[NetworkingObjective, ...] = _records(NetworkingObjective)
    appraisals: tuple[Appraisal, ...] = _records(Appraisal)
    tenders: tuple[Tender, ...] = _records(Tender)
    professional_trainings: tuple[ProfessionalTraining, ...] = _records(ProfessionalTraining)
    assessments: tuple[NeedsAssessment, ...] = _records(NeedsAssessment)
    description: Bilingual | None = attrs.field(
        default=None, validator=optional(v.instance(Bilingual, error=_REC))
    )

    def __attrs_post_init__(self) -> None:
        """Check ids, references and wards across the records."""
        seen: dict[str, object] = {}
        for record in self.all_records():
            ident: str = getattr(record, "id")  # noqa: B009 (every record has an id)
            if ident in seen:
                text = (
                    f"'id' ({ident!r}) is already used by {v.where(seen[ident])}; "
                    "every record needs an id of its own."
                )
                cy = (
                    f"'id' ({ident!r}): mae eisoes yn cael ei ddefnyddio gan "
                    f"{v.where(seen[ident], 'cy')}; mae angen id ei hun ar bob cofnod."
                )
                fail(record, text, DuplicateRecordIdError, cy=cy)
            seen[ident] = record
        self._check_references()

    def _check_references(self) -> None:
        councillors = {c.id for c in self.councillors}
        workers = {w.id for w in self.workers}
        young = {y.id for y in self.young_people}
        plans = {p.id: p for p in self.plans}
        references: list[tuple[object, str, str, Iterable[str]]] = [
            *((t, "councillor", t.councillor, councillors) for t in self.trainings),
            *((m, "councillor", m.councillor, councillors) for m in self.meetings),
            *((r, "plan", r.plan, plans) for r in self.plan_reports),
            *((o, "worker", o.worker, workers) for o in self.objectives),
            *((a, "worker", a.worker, workers) for a in self.appraisals),
            *((n, "young_person", n.young_person, young) for n in self.assessments),
        ]
        for record, field, target, known in references:
            if target not in known:
                what = field.replace("_", " ")
                rule = f"names no {what} in the records"
                cy = f"nid yw’n enwi unrhyw {_WHAT_CY_OF[field]} yn y cofnodion"
                v.fail(record, field, target, rule, UnknownRecordError, cy=cy)
        wards = sorted({c.ward for c in self.councillors}, key=lambda w: (w.en, w.cy))
        for meeting in self.meetings:
            if not any(meeting.ward.matches(ward) for ward in wards):
                shown = ", ".join(repr(w.en) for w in wards)
                shown_cy = ", ".join(repr(w.cy) for w in wards)
                rule = f"is not a ward any councillor in the records represents (known: {shown})"
                cy = (
                    "nid yw’n ward y mae unrhyw gynghorydd yn y cofnodion yn ei chynrychioli "
                    f"(y rhai hysbys: {shown_cy})"
                )
                v.fail(meeting, "ward", meeting.ward.en, rule, UnknownWardError, cy=cy)
        for report in self.plan_reports:
            published = plans[report.plan].day
            if report.day < published:
                text = (
                    f"'day' ({report.day}) must not be before its plan "
                    f"{report.plan!r} was published ({published})."
                )
                cy = (
                    f"'day' ({report.day}): {v.MUST_NOT} bod cyn i’w gynllun "
                    f"{report.plan!r} gael ei gyhoeddi ({published})."
                )
                fail(report, text, DateRangeError, cy=cy)

    def all_records(self) -> Iterator[object]:
        """Yield every record, holders first, in field order."""
        for field in attrs.fields(CouncilRecords)[1:-1]:
            yield from getattr(self, field.name)

    def check_as_of(self, as_of: dt.date) -> None:
        """Refuse records of things that happened after *as_of*, the day of the assessment.

        Holders' start dates may be later (a councillor elected for a term that has not
        begun); evidence, and young people's dates of birth, may not.

        Raises:
            InvalidDateError: if *as_of* is not a plain date.
            FutureRecordError: naming the first record dated after *as_of*.

        >>> example_records().check_as_of(dt.date(2023, 6, 30))
        Traceback (most recent call last):
        ...
        carewales.errors.FutureRecordError: councillor training 'tr-3': its date (2023-11-02) ...
        """
        v.ensure_date("as_of", as_of)
        for record in self.all_records():
            day = getattr(record, "day", None) or getattr(record, "born", None)
            if day is not None and day > as_of:
                text = (
                    f"its date ({day}) is after the day of the assessment "
                    f"('as_of', {as_of}); a record cannot describe the future."
                )
                cy = (
                    f"mae ei ddyddiad ({day}) ar ôl diwrnod yr asesiad ('as_of', {as_of}); "
                    "ni all cofnod ddisgrifio’r dyfodol."
                )
                fail(record, text, FutureRecordError, cy=cy)

    def councillor(self, ident: str) -> Councillor:
        """Return the councillor with id *ident*.

        Raises:
            UnknownRecordError: if there is none.
        """
        found = next((item for item in self.councillors if item.id == ident), None)
        if found is None:
            rule = "names no councillor in the records"
            cy = "nid yw’n enwi unrhyw gynghorydd yn y cofnodion"
            v.fail(None, "councillor", ident, rule, UnknownRecordError, cy=cy)
        return found


def example_records() -> CouncilRecords:
    """Return the bundled, fictional example: one council, three councillors, a year of records.

    >>> records = example_records()
    >>> [c.name.en for c in records.councillors]
    ['Councillor A', 'Councillor B', 'Councillor C']
    >>> [c.ward.cy for c in records.councillors]
    ['Ward Enghreifftiol 1', 'Ward Enghreifftiol 2', 'Ward Enghreifftiol 3']
    >>> records.description.en
    'Fictional example records, for illustration only: not real people or real data.'
    """
    return _EXAMPLE()


def _load_example() -> CouncilRecords:
    from ..serial import from_dict

    return from_dict(load_json("example_parenting.json"), CouncilRecords)


_EXAMPLE: Lazy[CouncilRecords] = Lazy(_load_example)

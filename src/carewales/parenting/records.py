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
from .._deprecation import CallableLabel, warn_renamed
from .._lazy import Lazy, load_json
from ..authorities import Authority
from ..errors import (
    DateRangeError,
    DuplicateRecordIdError,
    FutureRecordError,
    InvalidNumberError,
    ParentingRecordError,
    UnknownRecordError,
    UnknownWardError,
    UnsupportedDateError,
)
from ..text import Bilingual, BilingualEnum, Language, format_date
from ._common import (
    DAY,
    EARLIEST_BIRTH,
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_ITEMS,
    TEXT,
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
_AGE_OF_CATEGORY: Final = (16, 18)  # s. 104(2): categories 1 and 2 are "aged 16 or 17"
_YEAR = v.integer(error=InvalidNumberError)


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
        raise UnsupportedDateError(msg)
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

    start: dt.date = attrs.field(validator=DAY)
    end: dt.date = attrs.field(validator=DAY)

    def __attrs_post_init__(self) -> None:
        """Check the order and the length (at most a year)."""
        if self.end < self.start:
            fail(
                self,
                f"'end' ({self.end}) must not be before 'start' ({self.start}).",
                DateRangeError,
            )
        if self.end >= self.start + relativedelta(years=1):
            text = (
                f"'end' ({self.end}) must be less than a year after 'start' "
                f"({self.start}): annual targets are assessed one year at a time."
            )
            fail(self, text, DateRangeError)

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

    >>> Councillor("cllr-a", "Councillor A", "Example Ward 1", dt.date(2022, 5, 9)).ward
    'Example Ward 1'
    >>> Councillor("c1", "Councillor A", "Ward 1", dt.date(1066, 10, 14))
    Traceback (most recent call last):
    ...
    carewales.errors.UnsupportedDateError: councillor 'c1': 'term_start' (...) must be from ...
    """

    _WHAT: ClassVar[str] = "councillor"

    id: str = attrs.field(validator=_ID)
    name: str = attrs.field(validator=TEXT)
    ward: str = attrs.field(validator=TEXT)
    term_start: dt.date = attrs.field(validator=DAY)


@attrs.frozen
class Worker:
    """A member of staff, by id and role (no name: the records need none).

    >>> Worker("w1", WorkerRole.PERSONAL_ADVISER, dt.date(2019, 9, 2)).role.label.en
    'Personal adviser (PA)'
    """

    _WHAT: ClassVar[str] = "worker"

    id: str = attrs.field(validator=_ID)
    role: WorkerRole = attrs.field(validator=member(WorkerRole, _REC))
    started: dt.date = attrs.field(validator=DAY)


@attrs.frozen
class YoungPerson:
    """A category 1 or 2 young person, by a pseudonymous reference, never a name.

    Attributes:
        id: a pseudonymous reference.
        born: the date of birth (from 1900).
        category: category 1 or 2 (s. 104(2) of the 2014 Act).
        since: the day they entered that category; for category 1, the later of their
            16th birthday and the day they became category 1.

    Raises:
        ParentingRecordError: if ``since`` is not while they are aged 16 or 17.

    >>> YoungPerson(
    ...     "yp-1", dt.date(2007, 6, 10), YoungPersonCategory.CATEGORY_1, dt.date(2023, 6, 10)
    ... ).id
    'yp-1'
    """

    _WHAT: ClassVar[str] = "young person"

    id: str = attrs.field(validator=_ID)
    born: dt.date = attrs.field(validator=v.date(EARLIEST_BIRTH, LATEST_DATE))
    category: YoungPersonCategory = attrs.field(validator=member(YoungPersonCategory, _REC))
    since: dt.date = attrs.field(validator=DAY)

    def __attrs_post_init__(self) -> None:
        """Check that the young person was 16 or 17 when they entered the category."""
        low, high = _AGE_OF_CATEGORY
        if not birthday(self.born, low) <= self.since < birthday(self.born, high):
            text = (
                f"'since' ({self.since}) must be while they are aged "
                f"{low} or {high - 1} (born {self.born}), as s. 104(2) of the 2014 Act requires."
            )
            fail(self, text, _REC)


@attrs.frozen
class CouncillorTraining:
    """A corporate-parenting training session a councillor attended, and its length in minutes.

    >>> CouncillorTraining("t1", "cllr-a", dt.date(2022, 6, 1), minutes=-30)
    Traceback (most recent call last):
    ...
    carewales.errors.ParentingRecordError: councillor training 't1': 'minutes' (-30) must be ...
    """

    _WHAT: ClassVar[str] = "councillor training"

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

    >>> YoungPeopleMeeting(
    ...     "m1", "cllr-a", "Example Ward 1", dt.date(2023, 5, 4), ("yp-a", "yp-b")
    ... ).young_people
    ('yp-a', 'yp-b')
    """

    _WHAT: ClassVar[str] = "meeting"

    id: str = attrs.field(validator=_ID)
    councillor: str = attrs.field(validator=_ID)
    ward: str = attrs.field(validator=TEXT)
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
    ...     "Working together plan",
    ...     (Partner.COMMUNITY_GROUPS, Partner.BUSINESS),
    ... ).covers_all
    True
    """

    _WHAT: ClassVar[str] = "plan"

    id: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    title: str = attrs.field(validator=TEXT)
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
        provision: the tender commits suppliers to support care-experienced young people.
        options: the ways of support it names (only with a provision).

    >>> Tender(
    ...     "tn1",
    ...     dt.date(2023, 6, 1),
    ...     "Grounds maintenance",
    ...     provision=False,
    ...     options=(SupportOption.MENTORING,),
    ... )
    Traceback (most recent call last):
    ...
    carewales.errors.ParentingRecordError: tender 'tn1': 'options' (...) must be empty when ...
    """

    _WHAT: ClassVar[str] = "tender"

    id: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)
    title: str = attrs.field(validator=TEXT)
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
            v.fail(self, "options", self.options, rule, _REC)


@attrs.frozen
class ProfessionalTraining:
    """Training or an awareness tool for professionals, and who developed or led it.

    >>> ProfessionalTraining(
    ...     "pt1", dt.date(2023, 9, 1), developed_by_young_people=True, led_by_young_people=False
    ... ).counts
    True
    """

    _WHAT: ClassVar[str] = "professional training"

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

    id: str = attrs.field(validator=_ID)
    young_person: str = attrs.field(validator=_ID)
    day: dt.date = attrs.field(validator=DAY)


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
                fail(record, text, DuplicateRecordIdError)
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
                v.fail(record, field, target, rule, UnknownRecordError)
        wards = sorted({c.ward for c in self.councillors})
        for meeting in self.meetings:
            if meeting.ward not in wards:
                shown = ", ".join(repr(w) for w in wards)
                rule = f"is not a ward any councillor in the records represents (known: {shown})"
                v.fail(meeting, "ward", meeting.ward, rule, UnknownWardError)
        for report in self.plan_reports:
            published = plans[report.plan].day
            if report.day < published:
                text = (
                    f"'day' ({report.day}) must not be before its plan "
                    f"{report.plan!r} was published ({published})."
                )
                fail(report, text, DateRangeError)

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
                fail(record, text, FutureRecordError)

    def councillor(self, ident: str) -> Councillor:
        """Return the councillor with id *ident*.

        Raises:
            UnknownRecordError: if there is none.
        """
        found = next((item for item in self.councillors if item.id == ident), None)
        if found is None:
            rule = "names no councillor in the records"
            v.fail(None, "councillor", ident, rule, UnknownRecordError)
        return found


def example_records() -> CouncilRecords:
    """Return the bundled, fictional example: one council, three councillors, a year of records.

    >>> records = example_records()
    >>> [c.name for c in records.councillors]
    ['Councillor A', 'Councillor B', 'Councillor C']
    >>> records.description.en
    'Fictional example records, for illustration only: not real people or real data.'
    """
    return _EXAMPLE()


def _load_example() -> CouncilRecords:
    from ..serial import from_dict

    return from_dict(load_json("example_parenting.json"), CouncilRecords)


_EXAMPLE: Lazy[CouncilRecords] = Lazy(_load_example)

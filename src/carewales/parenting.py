"""Corporate parenting: duties, evidence records, compliance reports and care leavers' ages.

A council is the *corporate parent* of the children it looks after and of its care
leavers.  This module keeps three things apart, and says which is which:

* **statutory duties** in Wales, from the Social Services and Well-being (Wales) Act
  2014 (Part 6) and regulations made under it;
* **voluntary commitments**, such as the Welsh Government's Corporate Parenting Charter,
  "A promise from Wales" (2023), which public bodies are invited to sign;
* **recommended practice**: the five ideas Leicestershire Cares, an English charity, put
  to the Independent Review of Children's Social Care *in England*.  They are proposals,
  not law anywhere, and every one of them is labelled so.

:func:`duties` is the catalogue; :func:`assess` checks one :class:`Duty` against a
council's :class:`CouncilRecords` over a :class:`Period`, giving one
:class:`ComplianceResult` per duty-holder; :func:`compliance_report` does every duty at
once and renders in English or Welsh, as text or Markdown.  :func:`entitlements_on`
says which age-based entitlements of Welsh care leavers apply on a day.

Compliance is computed only from records dated inside the period, and never from the
system clock: pass ``as_of`` to say when the assessment is made.

>>> from carewales.parenting import Period, assess, duty, example_records
>>> records = example_records()
>>> results = assess(duty("councillor-young-people"), records, Period.financial_year(2023))
>>> [(r.holder_id, r.status.value) for r in results]
[('cllr-a', 'met'), ('cllr-b', 'partly-met'), ('cllr-c', 'not-yet-due')]
>>> import textwrap
>>> print(textwrap.fill(results[1].describe("cy"), 80))
Councillor B (Example Ward 2): Wedi'i gyflawni'n rhannol. Pobl ifanc sydd â
phrofiad o ofal yn y ward y siaradwyd â nhw: 2 o'r 3 sy'n ofynnol (yn brin o 1).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Final, NoReturn

import attrs
from dateutil.relativedelta import relativedelta

from ._lazy import Lazy, load_json
from .authorities import VESTING_DAY, Authority
from .errors import (
    CareWalesError,
    DateRangeError,
    InvalidDateError,
    InvalidTextError,
    UnsupportedDateError,
)
from .text import Bilingual, BilingualEnum, Language, format_date

__all__ = [
    "EARLIEST_DATE",
    "EXAMPLE_PERIOD",
    "LATEST_DATE",
    "Appraisal",
    "Audience",
    "ComplianceReport",
    "ComplianceResult",
    "ComplianceStatus",
    "CouncilRecords",
    "Councillor",
    "CouncillorTraining",
    "DuplicateRecordIdError",
    "Duty",
    "DutyError",
    "Entitlement",
    "Evidence",
    "Frequency",
    "FutureRecordError",
    "Holder",
    "NeedsAssessment",
    "NetworkingObjective",
    "ParentingRecordError",
    "Partner",
    "Period",
    "Plan",
    "PlanReport",
    "ProfessionalTraining",
    "Source",
    "Standing",
    "SupportOption",
    "Target",
    "Tender",
    "UnknownDutyError",
    "UnknownRecordError",
    "UnknownWardError",
    "Worker",
    "WorkerRole",
    "YoungPeopleMeeting",
    "YoungPerson",
    "YoungPersonCategory",
    "age_on",
    "assess",
    "compliance_report",
    "duties",
    "duty",
    "entitlements",
    "entitlements_on",
    "example_records",
]

#: The earliest date a record, holder or period may carry: the day the 22 councils began.
EARLIEST_DATE: Final = VESTING_DAY
#: The latest date any record or period may carry; later dates are refused as junk.
LATEST_DATE: Final = dt.date(2099, 12, 31)
#: The earliest date of birth the ages helpers and young people's records accept.
EARLIEST_BIRTH: Final = dt.date(1900, 1, 1)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_URL = re.compile(r"https?://[^\s]{1,500}")
_MAX_TEXT = 500
_MAX_ITEMS = 10_000
_MAX_MINUTES = 24 * 60
_MAX_MONTHS = 120
_MAX_TARGET = 100_000
_MAX_AGE = 30
_AGE_OF_CATEGORY: Final = (16, 18)  # s. 104(2): categories 1 and 2 are "aged 16 or 17"


# --- errors ---------------------------------------------------------------------------------


class ParentingRecordError(CareWalesError):
    """A record of what a council did is junk or inconsistent; the message names the record.

    >>> Councillor("c1", "Councillor A", "Ward 1", dt.date(1066, 10, 14))
    Traceback (most recent call last):
    ...
    carewales.errors.UnsupportedDateError: councillor 'c1': 'term_start' (...) must be from ...
    """


class DuplicateRecordIdError(ParentingRecordError):
    """Two records in one :class:`CouncilRecords` share an id.

    >>> from carewales import authority
    >>> cllr = Councillor("c1", "Councillor A", "Ward 1", dt.date(2022, 5, 9))
    >>> CouncilRecords(authority("Powys"), (cllr, cllr))
    Traceback (most recent call last):
    ...
    carewales.parenting.DuplicateRecordIdError: councillor 'c1': 'id' ('c1') is already used ...
    """


class UnknownRecordError(ParentingRecordError, LookupError):
    """A record refers to a councillor, worker, plan or young person that is not there.

    >>> from carewales import authority
    >>> CouncilRecords(
    ...     authority("Powys"), objectives=(NetworkingObjective("o1", "w9", dt.date(2023, 5, 2)),)
    ... )
    Traceback (most recent call last):
    ...
    carewales.parenting.UnknownRecordError: objective 'o1': 'worker' ('w9') names no worker ...
    """


class UnknownWardError(ParentingRecordError, LookupError):
    """A meeting is recorded for a ward that no councillor in the records represents.

    It is also a :class:`LookupError`.

    >>> issubclass(UnknownWardError, LookupError)
    True
    """


class FutureRecordError(ParentingRecordError):
    """A record is dated after the day the assessment is made (``as_of``).

    >>> example_records().check_as_of(dt.date(2023, 6, 30))
    Traceback (most recent call last):
    ...
    carewales.parenting.FutureRecordError: councillor training 'tr-3': its date (2023-11-02) ...
    """


class DutyError(CareWalesError):
    """A :class:`Duty`, :class:`Target`, :class:`Source` or :class:`Entitlement` is inconsistent.

    >>> Target(minimum=0, frequency=Frequency.ANNUAL)
    Traceback (most recent call last):
    ...
    carewales.parenting.DutyError: target: 'minimum' (0) must be a whole number from 1 to 100000.
    """


class UnknownDutyError(CareWalesError, LookupError):
    """A key names no duty in the catalogue.

    >>> issubclass(UnknownDutyError, LookupError)
    True
    """


# --- validators -----------------------------------------------------------------------------


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."  # noqa: PLR2004 (message width)


def _where(instance: object) -> str:
    what: str = getattr(type(instance), "_WHAT", type(instance).__name__)
    ident = getattr(instance, "id", None)
    if isinstance(ident, str) and _ID.fullmatch(ident):
        return f"{what} {ident!r}"
    key = getattr(instance, "key", None)
    if isinstance(key, str) and _KEY.fullmatch(key):
        return f"{what} {key!r}"
    return what


class _Check:
    """Base of the field validators: every failure names the record, the field and the rule."""

    __slots__ = ("error",)

    def __init__(self, error: type[CareWalesError]) -> None:
        self.error = error

    def fail(
        self, instance: object, attribute: attrs.Attribute[Any], value: object, rule: str
    ) -> NoReturn:
        """Raise the chosen error, naming *instance*, the field, *value* and *rule*."""
        msg = f"{_where(instance)}: {attribute.name!r} ({_show(value)}) {rule}."
        raise self.error(msg)

    def ok(self, value: object) -> str | None:  # pragma: no cover (every subclass overrides)
        """Return ``None`` if *value* is acceptable, else the rule it breaks."""
        raise NotImplementedError

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        """Check *value* of *attribute* on *instance*."""
        rule = self.ok(value)
        if rule is not None:
            self.fail(instance, attribute, value, rule)


class _IdCheck(_Check):
    __slots__ = ()

    def ok(self, value: object) -> str | None:
        if isinstance(value, str) and _ID.fullmatch(value):
            return None
        return (
            "must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"
        )

    def __repr__(self) -> str:
        return "<record id>"


class _KeyCheck(_Check):
    __slots__ = ()

    def ok(self, value: object) -> str | None:
        if isinstance(value, str) and len(value) <= 64 and _KEY.fullmatch(value):  # noqa: PLR2004
            return None
        return "must be lower-case letters and digits in words joined by '-', at most 64"

    def __repr__(self) -> str:
        return "<key such as 'councillor-training'>"


class _TextCheck(_Check):
    __slots__ = ()

    def ok(self, value: object) -> str | None:
        if not isinstance(value, str):
            return "must be a str"
        if not value.strip():
            return "must not be blank"
        if len(value) > _MAX_TEXT or value != value.strip():
            return f"must be at most {_MAX_TEXT} characters, without surrounding white space"
        return None

    def __repr__(self) -> str:
        return "<non-blank text>"


class _UrlCheck(_Check):
    __slots__ = ()

    def ok(self, value: object) -> str | None:
        if value is None or (isinstance(value, str) and _URL.fullmatch(value)):
            return None
        return "must be None or an http(s) address without spaces"

    def __repr__(self) -> str:
        return "<optional URL>"


class _IntCheck(_Check):
    __slots__ = ("high", "low", "optional")

    def __init__(
        self, error: type[CareWalesError], low: int, high: int, *, optional: bool = False
    ) -> None:
        super().__init__(error)
        self.low, self.high, self.optional = low, high, optional

    def ok(self, value: object) -> str | None:
        if value is None and self.optional:
            return None
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        ):
            return None
        return f"must be a whole number from {self.low} to {self.high}"

    def __repr__(self) -> str:
        return f"<int from {self.low} to {self.high}>"


class _BoolCheck(_Check):
    __slots__ = ()

    def ok(self, value: object) -> str | None:
        return None if isinstance(value, bool) else "must be True or False"

    def __repr__(self) -> str:
        return "<bool>"


class _InstanceCheck(_Check):
    __slots__ = ("kind", "optional")

    def __init__(self, error: type[CareWalesError], kind: type, *, optional: bool = False) -> None:
        super().__init__(error)
        self.kind, self.optional = kind, optional

    def ok(self, value: object) -> str | None:
        if (value is None and self.optional) or isinstance(value, self.kind):
            return None
        return f"must be a {self.kind.__name__}"

    def __repr__(self) -> str:
        return f"<instance of {self.kind.__name__}>"


class _DateCheck(_Check):
    __slots__ = ("earliest", "optional")

    def __init__(self, earliest: dt.date = EARLIEST_DATE, *, optional: bool = False) -> None:
        super().__init__(InvalidDateError)
        self.earliest, self.optional = earliest, optional

    def ok(self, value: object) -> str | None:  # pragma: no cover (__call__ is overridden)
        raise NotImplementedError

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(instance, attribute, value, "must be a datetime.date (not a datetime)")
        if not self.earliest <= value <= LATEST_DATE:
            msg = (
                f"{_where(instance)}: {attribute.name!r} ({_show(value)}) must be from "
                f"{self.earliest} to {LATEST_DATE}."
            )
            raise UnsupportedDateError(msg)

    def __repr__(self) -> str:
        return f"<date from {self.earliest} to {LATEST_DATE}>"


class _TupleCheck(_Check):
    """A tuple of items each passing *item*, optionally non-empty and without repeats."""

    __slots__ = ("item", "min_size", "unique")

    def __init__(
        self,
        error: type[CareWalesError],
        item: _Check,
        *,
        min_size: int = 0,
        unique: bool = True,
    ) -> None:
        super().__init__(error)
        self.item, self.min_size, self.unique = item, min_size, unique

    def ok(self, value: object) -> str | None:  # pragma: no cover (__call__ is overridden)
        raise NotImplementedError

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not self.min_size <= len(value) <= _MAX_ITEMS:
            size = f"must be a list of {self.min_size} to {_MAX_ITEMS} items"
            self.fail(instance, attribute, value, size)
        for index, element in enumerate(value):
            rule = self.item.ok(element)
            if rule is not None:
                msg = f"{_where(instance)}: '{attribute.name}[{index}]' ({_show(element)}) {rule}."
                raise self.item.error(msg)
        if self.unique and len(set(value)) != len(value):
            self.fail(instance, attribute, value, "must not list the same item twice")

    def __repr__(self) -> str:
        return f"<tuple of {self.item!r}>"


def _tuple(value: object) -> object:
    """Turn a list into a tuple; leave anything else for the validator to refuse."""
    return tuple(value) if isinstance(value, list) else value


_REC = ParentingRecordError
_record_id = _IdCheck(_REC)
_record_text = _TextCheck(InvalidTextError)
_record_day = _DateCheck()
_record_bool = _BoolCheck(_REC)


def _enum_check(kind: type, error: type[CareWalesError] = _REC) -> _InstanceCheck:
    return _InstanceCheck(error, kind)


# --- labels and enums -----------------------------------------------------------------------


class Standing(BilingualEnum):
    """What kind of rule a duty, entitlement or source is: law, guidance, pledge or proposal.

    >>> Standing.RECOMMENDED.label.en
    'Recommended practice (a proposal, not law)'
    """

    STATUTORY = "statutory", "Statutory (law)", "Statudol (cyfraith)"
    GUIDANCE = (
        "guidance",
        "Guidance or official information (not itself law)",
        "Canllawiau neu wybodaeth swyddogol (nid cyfraith ynddo'i hun)",
    )
    VOLUNTARY = "voluntary", "Voluntary commitment", "Ymrwymiad gwirfoddol"
    RECOMMENDED = (
        "recommended",
        "Recommended practice (a proposal, not law)",
        "Arfer a argymhellir (cynnig, nid cyfraith)",
    )


class Holder(BilingualEnum):
    """Who owes a duty: the council, each councillor, each worker, each tender, each young person.

    >>> Holder.COUNCILLOR.label.cy
    'Pob cynghorydd'
    """

    COUNCIL = "council", "The council", "Y cyngor"
    COUNCILLOR = "councillor", "Each councillor", "Pob cynghorydd"
    WORKER = "worker", "Each worker in the roles named", "Pob gweithiwr yn y rolau a enwir"
    TENDER = "tender", "Each tender", "Pob tendr"
    YOUNG_PERSON = (
        "young-person",
        "Each young person in the categories named",
        "Pob person ifanc yn y categorïau a enwir",
    )


class Evidence(BilingualEnum):
    """What is counted as evidence for a duty; the label names the unit that is counted.

    >>> Evidence.YOUNG_PEOPLE_MEETINGS.label.en
    'Care-experienced young people in the ward spoken with'
    """

    COUNCILLOR_TRAINING = (
        "councillor-training",
        "Minutes of corporate-parenting training",
        "Munudau o hyfforddiant rhianta corfforaethol",
    )
    YOUNG_PEOPLE_MEETINGS = (
        "young-people-meetings",
        "Care-experienced young people in the ward spoken with",
        "Pobl ifanc sydd â phrofiad o ofal yn y ward y siaradwyd â nhw",
    )
    PLAN_REPORTS = (
        "plan-reports",
        "Annual reports on a plan with community groups and businesses",
        "Adroddiadau blynyddol ar gynllun gyda grwpiau cymunedol a busnesau",
    )
    NETWORKING_OBJECTIVES = (
        "networking-objectives",
        "Networking objectives set",
        "Amcanion rhwydweithio a osodwyd",
    )
    APPRAISAL_FEEDBACK = (
        "appraisal-feedback",
        "Appraisals with 360-degree feedback from young people",
        "Arfarniadau gydag adborth 360-gradd gan bobl ifanc",
    )
    TENDER_PROVISIONS = (
        "tender-provisions",
        "Tenders with a provision to support care-experienced young people",
        "Tendrau gyda darpariaeth i gefnogi pobl ifanc sydd â phrofiad o ofal",
    )
    LED_TRAINING = (
        "led-training",
        "Training or tools developed or led by care-experienced young people",
        (
            "Hyfforddiant neu offer a ddatblygwyd neu a arweiniwyd gan bobl ifanc sydd â "
            "phrofiad o ofal"
        ),
    )
    NEEDS_ASSESSMENTS = (
        "needs-assessments",
        "Needs assessments completed",
        "Asesiadau o anghenion a gwblhawyd",
    )


class Frequency(BilingualEnum):
    """How often a target must be met.

    * ``ANNUAL``: in each year (a holder in their first year is due at its end);
    * ``ON_EVENT``: once, within some months of an event such as taking office;
    * ``EACH``: in every item (every appraisal, every tender) in the period.

    >>> Frequency.ANNUAL.label.cy
    'Bob blwyddyn'
    """

    ANNUAL = "annual", "Each year", "Bob blwyddyn"
    ON_EVENT = (
        "on-event",
        "Once, within a set time after an event",
        "Unwaith, o fewn amser penodol ar ôl digwyddiad",
    )
    EACH = "each", "In every item", "Ym mhob eitem"


class WorkerRole(BilingualEnum):
    """The roles of workers that seed 003's ideas 2 and 3 name.

    >>> WorkerRole.SIXTEEN_PLUS_WORKER.label.cy
    'Gweithiwr 16+'
    """

    SOCIAL_WORKER = "social-worker", "Social worker", "Gweithiwr cymdeithasol"
    CARE_WORKER = "care-worker", "Care worker", "Gweithiwr gofal"
    SIXTEEN_PLUS_WORKER = "16-plus-worker", "16+ worker", "Gweithiwr 16+"
    PERSONAL_ADVISER = "personal-adviser", "Personal adviser (PA)", "Cynghorydd personol (PA)"


class YoungPersonCategory(BilingualEnum):
    """Categories 1 and 2 of young person (Social Services and Well-being (Wales) Act 2014, s. 104).

    Category 1: aged 16 or 17 and looked after; category 2: aged 16 or 17, no longer
    looked after, and category 1 immediately before.  (Categories 3 to 6 are 18 or older,
    or not care leavers in the same sense, and have no duty in the catalogue.)

    >>> YoungPersonCategory.CATEGORY_1.label.cy
    'Person ifanc categori 1'
    """

    CATEGORY_1 = "category-1", "Category 1 young person", "Person ifanc categori 1"
    CATEGORY_2 = "category-2", "Category 2 young person", "Person ifanc categori 2"

    @property
    def number(self) -> int:
        """The category's number, as s. 104(2) numbers it."""
        return int(self.value.rpartition("-")[2])


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


class ComplianceStatus(BilingualEnum):
    """The outcome of assessing one duty for one duty-holder over a period.

    ``NOT_ASSESSED`` is for a duty whose deadline or items fall outside the period (or
    straddle its start), since only records inside the period are looked at.

    >>> ComplianceStatus.PARTLY_MET.label.cy
    "Wedi'i gyflawni'n rhannol"
    """

    MET = "met", "Met", "Wedi'i gyflawni"
    PARTLY_MET = "partly-met", "Partly met", "Wedi'i gyflawni'n rhannol"
    NOT_MET = "not-met", "Not met", "Heb ei gyflawni"
    NOT_YET_DUE = "not-yet-due", "Not yet due", "Ddim yn ddyledus eto"
    NOT_ASSESSED = (
        "not-assessed",
        "Not assessed in this period",
        "Heb ei asesu yn y cyfnod hwn",
    )


# Which holder owes each kind of evidence, and the frequencies that make sense for it.
_HOLDER_OF: Final = {
    Evidence.COUNCILLOR_TRAINING: Holder.COUNCILLOR,
    Evidence.YOUNG_PEOPLE_MEETINGS: Holder.COUNCILLOR,
    Evidence.PLAN_REPORTS: Holder.COUNCIL,
    Evidence.NETWORKING_OBJECTIVES: Holder.WORKER,
    Evidence.APPRAISAL_FEEDBACK: Holder.WORKER,
    Evidence.TENDER_PROVISIONS: Holder.TENDER,
    Evidence.LED_TRAINING: Holder.COUNCIL,
    Evidence.NEEDS_ASSESSMENTS: Holder.YOUNG_PERSON,
}
_FREQUENCIES_OF: Final = {
    Evidence.COUNCILLOR_TRAINING: (Frequency.ON_EVENT, Frequency.ANNUAL),
    Evidence.YOUNG_PEOPLE_MEETINGS: (Frequency.ANNUAL, Frequency.ON_EVENT),
    Evidence.PLAN_REPORTS: (Frequency.ANNUAL,),
    Evidence.NETWORKING_OBJECTIVES: (Frequency.ANNUAL, Frequency.ON_EVENT),
    Evidence.APPRAISAL_FEEDBACK: (Frequency.EACH,),
    Evidence.TENDER_PROVISIONS: (Frequency.EACH,),
    Evidence.LED_TRAINING: (Frequency.ANNUAL,),
    Evidence.NEEDS_ASSESSMENTS: (Frequency.ON_EVENT,),
}
# The event an ON_EVENT deadline counts from, as it reads after "within N months".
_EVENT: Final = {
    Holder.COUNCILLOR: Bilingual(
        "of the start of the councillor's term", "i ddechrau tymor y cynghorydd"
    ),
    Holder.WORKER: Bilingual("of the worker's start date", "i'r dyddiad y dechreuodd y gweithiwr"),
    Holder.YOUNG_PERSON: Bilingual(
        "of the date the young person entered their category",
        "i'r dyddiad y daeth y person ifanc yn rhan o'i gategori",
    ),
}

# Said of a target checked on its own, with no holder whose event it counts from.
_ANY_EVENT: Final = Bilingual("of the event", "i'r digwyddiad")

# --- sources, targets, duties ---------------------------------------------------------------


@attrs.frozen
class Source:
    """Where a duty or an age comes from, and what standing it has.

    Attributes:
        title: the document's title in both languages.
        standing: law, guidance, a voluntary pledge, or a proposal.
        reference: the part cited (section, regulation, idea), in both languages.
        url: where to read it, if known.

    >>> act = Source(
    ...     Bilingual(
    ...         "Social Services and Well-being (Wales) Act 2014",
    ...         "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014",
    ...     ),
    ...     Standing.STATUTORY,
    ...     Bilingual("s. 104(2)", "adran 104(2)"),
    ... )
    >>> act.cite("cy")
    'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, adran 104(2)'
    """

    _WHAT: ClassVar[str] = "source"

    title: Bilingual = attrs.field(validator=_InstanceCheck(DutyError, Bilingual))
    standing: Standing = attrs.field(validator=_enum_check(Standing, DutyError))
    reference: Bilingual | None = attrs.field(
        default=None, validator=_InstanceCheck(DutyError, Bilingual, optional=True)
    )
    url: str | None = attrs.field(default=None, validator=_UrlCheck(DutyError))

    def cite(self, lang: Language | str = Language.EN) -> str:
        """Return the title and the part cited, in *lang*."""
        if self.reference is None:
            return self.title.in_(lang)
        return f"{self.title.in_(lang)}, {self.reference.in_(lang)}"


@attrs.frozen
class Target:
    """A measurable target: a minimum (or a range), how often, and a deadline after an event.

    Attributes:
        minimum: the least amount that meets the target (minutes, young people, reports...).
        frequency: each year, once after an event, or in every item.
        maximum: the upper figure of a range such as "3 to 4"; shown, never required.
        within_months: for ``ON_EVENT``, the months after the event by which it is due
            (the deadline day itself counts).

    Raises:
        DutyError: for a minimum below 1, a maximum below the minimum, or a deadline
            given for a frequency that has none (or missing for ``ON_EVENT``).

    >>> words = Target(3, Frequency.ANNUAL, maximum=4).describe(Evidence.NETWORKING_OBJECTIVES)
    >>> print(words.en)
    Networking objectives set: at least 3 (range 3 to 4), in each year
    >>> print(words.cy)
    Amcanion rhwydweithio a osodwyd: o leiaf 3 (ystod 3 i 4), bob blwyddyn
    """

    _WHAT: ClassVar[str] = "target"

    minimum: int = attrs.field(validator=_IntCheck(DutyError, 1, _MAX_TARGET))
    frequency: Frequency = attrs.field(validator=_enum_check(Frequency, DutyError))
    maximum: int | None = attrs.field(
        default=None, validator=_IntCheck(DutyError, 1, _MAX_TARGET, optional=True)
    )
    within_months: int | None = attrs.field(
        default=None, validator=_IntCheck(DutyError, 1, _MAX_MONTHS, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        """Check the range and that a deadline is given exactly for ``ON_EVENT``."""
        if self.maximum is not None and self.maximum < self.minimum:
            msg = (
                f"target: 'maximum' ({self.maximum}) must not be below 'minimum' ({self.minimum})."
            )
            raise DutyError(msg)
        if (self.within_months is None) is (self.frequency is Frequency.ON_EVENT):
            msg = (
                f"target: 'within_months' ({self.within_months!r}) must be given for, and only "
                f"for, the frequency 'on-event' (this one is {self.frequency.value!r})."
            )
            raise DutyError(msg)
        if self.frequency is Frequency.EACH and self.maximum is not None:
            msg = f"target: 'maximum' ({self.maximum}) has no meaning for the frequency 'each'."
            raise DutyError(msg)

    def describe(self, evidence: Evidence, holder: Holder | None = None) -> Bilingual:
        """Say the target in words, counting *evidence* (and, for deadlines, *holder*'s event)."""
        unit = evidence.label
        amount = Bilingual(f"at least {self.minimum}", f"o leiaf {self.minimum}")
        if self.maximum is not None and self.maximum != self.minimum:
            amount = Bilingual(
                f"{amount.en} (range {self.minimum} to {self.maximum})",
                f"{amount.cy} (ystod {self.minimum} i {self.maximum})",
            )
        if self.frequency is Frequency.EACH:
            when = Bilingual("in every one in the period", "ym mhob un yn y cyfnod")
        elif self.frequency is Frequency.ANNUAL:
            when = Bilingual("in each year", "bob blwyddyn")
        else:
            event = _EVENT.get(holder or _HOLDER_OF[evidence], _ANY_EVENT)
            when = Bilingual(
                f"within {self.within_months} months {event.en}",
                f"o fewn {self.within_months} mis {event.cy}",
            )
        return Bilingual(f"{unit.en}: {amount.en}, {when.en}", f"{unit.cy}: {amount.cy}, {when.cy}")


@attrs.frozen
class Duty:
    """A duty, pledge or recommendation a council can be checked against, with its source.

    Attributes:
        key: a stable identifier, such as ``"councillor-training"``.
        title: a short name in both languages.
        description: what it asks, in both languages (the source's own words where possible).
        holder: who owes it.
        evidence: what counts as evidence (and so the unit of the target).
        target: the measurable target.
        source: where it comes from; its standing is the duty's standing.
        roles: for duties owed by workers, the roles that owe it.
        categories: for duties owed for young people, the categories concerned.
        interpretation: how the library reads words the source leaves open.
        context: related sources that are *not* the duty's basis.

    Raises:
        DutyError: if the holder, evidence, frequency, roles and categories do not fit.

    >>> training = duty("councillor-training")
    >>> training.standing.value, training.holder.value
    ('recommended', 'councillor')
    >>> training.statutory
    False
    >>> import textwrap
    >>> print(textwrap.fill(training.target_text("cy"), 80))
    Munudau o hyfforddiant rhianta corfforaethol: o leiaf 180, o fewn 3 mis i
    ddechrau tymor y cynghorydd
    """

    _WHAT: ClassVar[str] = "duty"

    key: str = attrs.field(validator=_KeyCheck(DutyError))
    title: Bilingual = attrs.field(validator=_InstanceCheck(DutyError, Bilingual))
    description: Bilingual = attrs.field(validator=_InstanceCheck(DutyError, Bilingual))
    holder: Holder = attrs.field(validator=_enum_check(Holder, DutyError))
    evidence: Evidence = attrs.field(validator=_enum_check(Evidence, DutyError))
    target: Target = attrs.field(validator=_InstanceCheck(DutyError, Target))
    source: Source = attrs.field(validator=_InstanceCheck(DutyError, Source))
    roles: tuple[WorkerRole, ...] = attrs.field(
        default=(),
        converter=_tuple,
        validator=_TupleCheck(DutyError, _enum_check(WorkerRole, DutyError)),
    )
    categories: tuple[YoungPersonCategory, ...] = attrs.field(
        default=(),
        converter=_tuple,
        validator=_TupleCheck(DutyError, _enum_check(YoungPersonCategory, DutyError)),
    )
    interpretation: Bilingual | None = attrs.field(
        default=None, validator=_InstanceCheck(DutyError, Bilingual, optional=True)
    )
    context: tuple[Source, ...] = attrs.field(
        default=(),
        converter=_tuple,
        validator=_TupleCheck(DutyError, _InstanceCheck(DutyError, Source)),
    )

    def __attrs_post_init__(self) -> None:
        """Check that holder, evidence, frequency, roles and categories fit together."""
        expected = _HOLDER_OF[self.evidence]
        if self.holder is not expected:
            msg = (
                f"duty {self.key!r}: 'holder' ({self.holder.value!r}) must be "
                f"{expected.value!r} for the evidence {self.evidence.value!r}."
            )
            raise DutyError(msg)
        allowed = _FREQUENCIES_OF[self.evidence]
        if self.target.frequency not in allowed:
            names = ", ".join(repr(f.value) for f in allowed)
            msg = (
                f"duty {self.key!r}: the frequency {self.target.frequency.value!r} does not fit "
                f"the evidence {self.evidence.value!r} (allowed: {names})."
            )
            raise DutyError(msg)
        for field, values, owner in (
            ("roles", self.roles, Holder.WORKER),
            ("categories", self.categories, Holder.YOUNG_PERSON),
        ):
            if bool(values) is not (self.holder is owner):
                msg = (
                    f"duty {self.key!r}: {field!r} must be given for, and only for, duties "
                    f"owed by {owner.value!r} (this one is owed by {self.holder.value!r})."
                )
                raise DutyError(msg)

    @property
    def standing(self) -> Standing:
        """The duty's standing: that of its source (law, guidance, pledge or proposal)."""
        return self.source.standing

    @property
    def statutory(self) -> bool:
        """Say whether the duty is law (statutory), rather than guidance, a pledge or a proposal."""
        return self.standing is Standing.STATUTORY

    def target_text(self, lang: Language | str = Language.EN) -> str:
        """Return the target in words, in *lang*."""
        return self.target.describe(self.evidence, self.holder).in_(lang)


_DUTIES: Lazy[tuple[Duty, ...]] = Lazy(lambda: _load_many("parenting_duties.json", Duty))


def _load_many(name: str, kind: type[Any]) -> tuple[Any, ...]:
    from .serial import from_dict

    return tuple(from_dict(item, kind) for item in load_json(name))


def duties() -> tuple[Duty, ...]:
    """Return the catalogue: seed 003's five ideas (seven duties) and two Welsh statutory duties.

    The seven recommended-practice duties come from Leicestershire Cares' five ideas
    to England's Independent Review of Children's Social Care; the two statutory ones
    are the needs-assessment deadlines for category 1 and 2 young people in Wales.

    >>> [(d.key, d.standing.value) for d in duties()][:2]
    [('councillor-training', 'recommended'), ('councillor-young-people', 'recommended')]
    >>> sum(d.statutory for d in duties())
    2
    """
    return _DUTIES()


def duty(key: str) -> Duty:
    """Return the catalogue's duty with *key*.

    Raises:
        UnknownDutyError: if no duty has that key.

    >>> duty("tender-provision").holder
    <Holder.TENDER: 'tender'>
    >>> duty("flying-lessons")
    Traceback (most recent call last):
    ...
    carewales.parenting.UnknownDutyError: 'key' ('flying-lessons') names no duty; known: ...
    """
    for item in duties():
        if item.key == key:
            return item
    known = ", ".join(repr(d.key) for d in duties())
    msg = f"'key' ({_show(key)}) names no duty; known: {known}."
    raise UnknownDutyError(msg)


# --- the period -----------------------------------------------------------------------------


def _year(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field!r} ({_show(value)}) must be a whole number (a year)."
        raise CareWalesError(msg)
    if not EARLIEST_DATE.year <= value < LATEST_DATE.year:
        msg = f"{field!r} ({value}) must be from {EARLIEST_DATE.year} to {LATEST_DATE.year - 1}."
        raise UnsupportedDateError(msg)
    return value


@attrs.frozen
class Period:
    """A reporting period of at most a year, from ``start`` to ``end`` inclusive.

    Raises:
        DateRangeError: if ``end`` is before ``start`` or a year or more after it.
        UnsupportedDateError: for dates before 1 April 1996 or after 2099.

    >>> Period.financial_year(2023).label("cy")
    '1 Ebrill 2023 i 31 Mawrth 2024'
    >>> Period.year(2023).contains(dt.date(2023, 12, 31))
    True
    """

    _WHAT: ClassVar[str] = "period"

    start: dt.date = attrs.field(validator=_DateCheck())
    end: dt.date = attrs.field(validator=_DateCheck())

    def __attrs_post_init__(self) -> None:
        """Check the order and the length (at most a year)."""
        if self.end < self.start:
            msg = f"period: 'end' ({self.end}) must not be before 'start' ({self.start})."
            raise DateRangeError(msg)
        if self.end >= self.start + relativedelta(years=1):
            msg = (
                f"period: 'end' ({self.end}) must be less than a year after 'start' "
                f"({self.start}): annual targets are assessed one year at a time."
            )
            raise DateRangeError(msg)

    @classmethod
    def year(cls, year: int) -> Period:
        """Return the calendar year *year* (1 January to 31 December)."""
        year = _year("year", year)
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def financial_year(cls, year: int) -> Period:
        """Return the financial year starting 1 April *year* and ending 31 March after it."""
        year = _year("year", year)
        return cls(dt.date(year, 4, 1), dt.date(year + 1, 3, 31))

    def contains(self, day: dt.date) -> bool:
        """Say whether *day* is in the period."""
        return self.start <= day <= self.end

    def label(self, lang: Language | str = Language.EN) -> str:
        """Write the period in *lang*: ``1 April 2023 to 31 March 2024``."""
        joiner = " to " if Language.parse(lang) is Language.EN else " i "
        return format_date(self.start, lang) + joiner + format_date(self.end, lang)


#: The period the bundled example records are reported over (financial year 2023–24).
EXAMPLE_PERIOD: Final = Period(dt.date(2023, 4, 1), dt.date(2024, 3, 31))


# --- holders and evidence records -----------------------------------------------------------


@attrs.frozen
class Councillor:
    """An elected member of the council, with the ward they represent and their term's start.

    >>> Councillor("cllr-a", "Councillor A", "Example Ward 1", dt.date(2022, 5, 9)).ward
    'Example Ward 1'
    """

    _WHAT: ClassVar[str] = "councillor"

    id: str = attrs.field(validator=_record_id)
    name: str = attrs.field(validator=_record_text)
    ward: str = attrs.field(validator=_record_text)
    term_start: dt.date = attrs.field(validator=_record_day)


@attrs.frozen
class Worker:
    """A member of staff, by id and role (no name: the records need none).

    >>> Worker("w1", WorkerRole.PERSONAL_ADVISER, dt.date(2019, 9, 2)).role.label.en
    'Personal adviser (PA)'
    """

    _WHAT: ClassVar[str] = "worker"

    id: str = attrs.field(validator=_record_id)
    role: WorkerRole = attrs.field(validator=_enum_check(WorkerRole))
    started: dt.date = attrs.field(validator=_record_day)


@attrs.frozen
class YoungPerson:
    """A category 1 or 2 young person, by a pseudonymous reference, never a name.

    Attributes:
        id: a pseudonymous reference.
        born: the date of birth.
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

    id: str = attrs.field(validator=_record_id)
    born: dt.date = attrs.field(validator=_DateCheck(EARLIEST_BIRTH))
    category: YoungPersonCategory = attrs.field(validator=_enum_check(YoungPersonCategory))
    since: dt.date = attrs.field(validator=_record_day)

    def __attrs_post_init__(self) -> None:
        """Check that the young person was 16 or 17 when they entered the category."""
        low, high = _AGE_OF_CATEGORY
        if not _birthday(self.born, low) <= self.since < _birthday(self.born, high):
            msg = (
                f"young person {self.id!r}: 'since' ({self.since}) must be while they are aged "
                f"{low} or {high - 1} (born {self.born}), as s. 104(2) of the 2014 Act requires."
            )
            raise ParentingRecordError(msg)


@attrs.frozen
class CouncillorTraining:
    """A corporate-parenting training session a councillor attended, and its length in minutes.

    >>> CouncillorTraining("t1", "cllr-a", dt.date(2022, 6, 1), minutes=-30)
    Traceback (most recent call last):
    ...
    carewales.parenting.ParentingRecordError: councillor training 't1': 'minutes' (-30) must be ...
    """

    _WHAT: ClassVar[str] = "councillor training"

    id: str = attrs.field(validator=_record_id)
    councillor: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)
    minutes: int = attrs.field(validator=_IntCheck(_REC, 1, _MAX_MINUTES))


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

    id: str = attrs.field(validator=_record_id)
    councillor: str = attrs.field(validator=_record_id)
    ward: str = attrs.field(validator=_record_text)
    day: dt.date = attrs.field(validator=_record_day)
    young_people: tuple[str, ...] = attrs.field(
        converter=_tuple, validator=_TupleCheck(_REC, _record_id, min_size=1)
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

    id: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)
    title: str = attrs.field(validator=_record_text)
    partners: tuple[Partner, ...] = attrs.field(
        converter=_tuple, validator=_TupleCheck(_REC, _enum_check(Partner), min_size=1)
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

    id: str = attrs.field(validator=_record_id)
    plan: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)


@attrs.frozen
class NetworkingObjective:
    """An objective set for a worker about networking with businesses and community groups.

    >>> NetworkingObjective("o1", "w1", dt.date(2023, 5, 2)).worker
    'w1'
    """

    _WHAT: ClassVar[str] = "objective"

    id: str = attrs.field(validator=_record_id)
    worker: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)


@attrs.frozen
class Appraisal:
    """A worker's appraisal, with how many young people gave 360-degree feedback for it.

    >>> Appraisal("a1", "w2", dt.date(2023, 11, 1), feedback_from=2).feedback_from
    2
    """

    _WHAT: ClassVar[str] = "appraisal"

    id: str = attrs.field(validator=_record_id)
    worker: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)
    feedback_from: int = attrs.field(validator=_IntCheck(_REC, 0, _MAX_ITEMS))


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
    carewales.parenting.ParentingRecordError: tender 'tn1': 'options' (...) must be empty when ...
    """

    _WHAT: ClassVar[str] = "tender"

    id: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)
    title: str = attrs.field(validator=_record_text)
    provision: bool = attrs.field(validator=_record_bool)
    options: tuple[SupportOption, ...] = attrs.field(
        default=(), converter=_tuple, validator=_TupleCheck(_REC, _enum_check(SupportOption))
    )

    def __attrs_post_init__(self) -> None:
        """Check that support options are only named by a tender with a provision."""
        if self.options and not self.provision:
            msg = (
                f"tender {self.id!r}: 'options' ({self.options!r}) must be empty when "
                "'provision' is False."
            )
            raise ParentingRecordError(msg)


@attrs.frozen
class ProfessionalTraining:
    """Training or an awareness tool for professionals, and who developed or led it.

    >>> ProfessionalTraining(
    ...     "pt1", dt.date(2023, 9, 1), developed_by_young_people=True, led_by_young_people=False
    ... ).counts
    True
    """

    _WHAT: ClassVar[str] = "professional training"

    id: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)
    developed_by_young_people: bool = attrs.field(validator=_record_bool)
    led_by_young_people: bool = attrs.field(validator=_record_bool)
    audiences: tuple[Audience, ...] = attrs.field(
        default=(), converter=_tuple, validator=_TupleCheck(_REC, _enum_check(Audience))
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

    id: str = attrs.field(validator=_record_id)
    young_person: str = attrs.field(validator=_record_id)
    day: dt.date = attrs.field(validator=_record_day)


def _records(kind: type) -> Any:  # noqa: ANN401 (an attrs field definition)
    return attrs.field(
        default=(), converter=_tuple, validator=_TupleCheck(_REC, _enum_check(kind), unique=False)
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
    carewales.parenting.UnknownWardError: meeting 'm1': 'ward' ('Ward 9') is not a ward any ...
    """

    _WHAT: ClassVar[str] = "records"

    authority: Authority = attrs.field(validator=_InstanceCheck(_REC, Authority))
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
        default=None, validator=_InstanceCheck(_REC, Bilingual, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        """Check ids, references and wards across the records."""
        seen: dict[str, object] = {}
        for record in self.all_records():
            ident: str = getattr(record, "id")  # noqa: B009 (every record has an id)
            if ident in seen:
                msg = (
                    f"{_where(record)}: 'id' ({ident!r}) is already used by "
                    f"{_where(seen[ident])}; every record needs an id of its own."
                )
                raise DuplicateRecordIdError(msg)
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
                msg = f"{_where(record)}: {field!r} ({target!r}) names no {what} in the records."
                raise UnknownRecordError(msg)
        wards = sorted({c.ward for c in self.councillors})
        for meeting in self.meetings:
            if meeting.ward not in wards:
                shown = ", ".join(repr(w) for w in wards)
                msg = (
                    f"{_where(meeting)}: 'ward' ({meeting.ward!r}) is not a ward any councillor "
                    f"in the records represents (known: {shown})."
                )
                raise UnknownWardError(msg)
        for report in self.plan_reports:
            published = plans[report.plan].day
            if report.day < published:
                msg = (
                    f"{_where(report)}: 'day' ({report.day}) must not be before its plan "
                    f"{report.plan!r} was published ({published})."
                )
                raise DateRangeError(msg)

    def all_records(self) -> Iterator[object]:
        """Yield every record, holders first, in field order."""
        for field in attrs.fields(CouncilRecords)[1:-1]:
            yield from getattr(self, field.name)

    def check_as_of(self, as_of: dt.date) -> None:
        """Refuse records of things that happened after *as_of*, the day of the assessment.

        Holders' start dates may be later (a councillor elected for a term that has not
        begun); evidence, and young people's dates of birth, may not.

        Raises:
            FutureRecordError: naming the first record dated after *as_of*.
        """
        for record in self.all_records():
            day = getattr(record, "day", None) or getattr(record, "born", None)
            if day is not None and day > as_of:
                msg = (
                    f"{_where(record)}: its date ({day}) is after the day of the assessment "
                    f"('as_of', {as_of}); a record cannot describe the future."
                )
                raise FutureRecordError(msg)

    def councillor(self, ident: str) -> Councillor:
        """Return the councillor with id *ident*.

        Raises:
            UnknownRecordError: if there is none.
        """
        for item in self.councillors:
            if item.id == ident:
                return item
        msg = f"'councillor' ({_show(ident)}) names no councillor in the records."
        raise UnknownRecordError(msg)


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
    from .serial import from_dict

    return from_dict(load_json("example_parenting.json"), CouncilRecords)


_EXAMPLE: Lazy[CouncilRecords] = Lazy(_load_example)


# --- compliance -----------------------------------------------------------------------------


@attrs.frozen
class ComplianceResult:
    """The outcome of one duty for one duty-holder: status, amount, shortfall and the evidence used.

    Attributes:
        duty: the duty's key.
        holder: the kind of duty-holder.
        holder_id: the holder's record id (``None`` for the council).
        holder_label: who the holder is, in both languages.
        status: met, partly met, not met, not yet due, or not assessed in this period.
        measure: what was counted (its label names the unit).
        achieved: how much was counted.
        required: how much the target requires.
        maximum: the upper figure of a range target, if any.
        due: the deadline, where there is one.
        evidence: the ids of the records taken into account.
        note: why the status is what it is, where that needs saying.

    Raises:
        DutyError: if the status contradicts the amounts (met with a shortfall, and so on).

    >>> result = ComplianceResult(
    ...     duty="councillor-young-people",
    ...     holder=Holder.COUNCILLOR,
    ...     holder_id="c1",
    ...     holder_label=Bilingual("Councillor B", "Councillor B"),
    ...     status=ComplianceStatus.PARTLY_MET,
    ...     measure=Evidence.YOUNG_PEOPLE_MEETINGS,
    ...     achieved=2,
    ...     required=3,
    ...     maximum=4,
    ... )
    >>> result.shortfall
    1
    >>> result.progress("en")
    '2 of the 3 required (shortfall 1)'
    """

    _WHAT: ClassVar[str] = "compliance result"

    duty: str = attrs.field(validator=_KeyCheck(DutyError))
    holder: Holder = attrs.field(validator=_enum_check(Holder, DutyError))
    holder_id: str | None = attrs.field(validator=attrs.validators.optional(_IdCheck(DutyError)))
    holder_label: Bilingual = attrs.field(validator=_InstanceCheck(DutyError, Bilingual))
    status: ComplianceStatus = attrs.field(validator=_enum_check(ComplianceStatus, DutyError))
    measure: Evidence = attrs.field(validator=_enum_check(Evidence, DutyError))
    achieved: int = attrs.field(validator=_IntCheck(DutyError, 0, 10**9))
    required: int = attrs.field(validator=_IntCheck(DutyError, 0, 10**9))
    maximum: int | None = attrs.field(
        default=None, validator=_IntCheck(DutyError, 0, 10**9, optional=True)
    )
    due: dt.date | None = attrs.field(default=None, validator=_DateCheck(optional=True))
    evidence: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_TupleCheck(DutyError, _IdCheck(DutyError))
    )
    note: Bilingual | None = attrs.field(
        default=None, validator=_InstanceCheck(DutyError, Bilingual, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        """Check that the status agrees with the amounts."""
        met = self.achieved >= self.required
        if (self.status is ComplianceStatus.MET and not met) or (
            self.status in (ComplianceStatus.PARTLY_MET, ComplianceStatus.NOT_MET) and met
        ):
            msg = (
                f"compliance result for {self.duty!r}: 'status' ({self.status.value!r}) "
                f"contradicts {self.achieved} achieved of {self.required} required."
            )
            raise DutyError(msg)

    @property
    def shortfall(self) -> int:
        """How much more the target needs (0 when it is met)."""
        return max(0, self.required - self.achieved)

    def progress(self, lang: Language | str = Language.EN) -> str:
        """Say the amount against the target, with the shortfall: ``2 of the 3 required``."""
        english = Language.parse(lang) is Language.EN
        if self.shortfall:
            if english:
                return (
                    f"{self.achieved} of the {self.required} required (shortfall {self.shortfall})"
                )
            return f"{self.achieved} o'r {self.required} sy'n ofynnol (yn brin o {self.shortfall})"
        target = str(self.required)
        if self.maximum is not None and self.maximum > self.required:
            target += f" to {self.maximum}" if english else f" i {self.maximum}"
        return (
            f"{self.achieved}, target {target}" if english else f"{self.achieved}, targed {target}"
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Describe the result in one line (with its note), in *lang*."""
        text = f"{self.holder_label.in_(lang)}: {self.status.label.in_(lang)}."
        if self.status is not ComplianceStatus.NOT_ASSESSED:
            # A shortfall would mislead where the period cannot show the evidence.
            text += f" {self.measure.label.in_(lang)}: {self.progress(lang)}."
        if self.note is not None:
            text += f" {self.note.in_(lang)}"
        return text


@attrs.frozen
class _Holding:
    kind: Holder
    id: str | None
    label: Bilingual
    since: dt.date | None


@attrs.frozen
class _Item:
    id: str
    day: dt.date
    amount: int
    counts: bool
    people: frozenset[str] = frozenset()


def _holdings(duty: Duty, records: CouncilRecords, period: Period) -> list[_Holding]:
    if duty.holder is Holder.COUNCIL:
        return [_Holding(Holder.COUNCIL, None, records.authority.council, None)]
    if duty.holder is Holder.COUNCILLOR:
        return [
            _Holding(Holder.COUNCILLOR, c.id, _same(f"{c.name} ({c.ward})"), c.term_start)
            for c in records.councillors
        ]
    if duty.holder is Holder.WORKER:
        return [
            _Holding(
                Holder.WORKER,
                w.id,
                Bilingual(f"{w.role.label.en} {w.id}", f"{w.role.label.cy} {w.id}"),
                w.started,
            )
            for w in records.workers
            if w.role in duty.roles
        ]
    if duty.holder is Holder.TENDER:
        return [
            _Holding(
                Holder.TENDER,
                t.id,
                Bilingual(f"Tender {t.id} ({t.title})", f"Tendr {t.id} ({t.title})"),
                None,
            )
            for t in records.tenders
            if period.contains(t.day)
        ]
    return [
        _Holding(
            Holder.YOUNG_PERSON,
            y.id,
            Bilingual(
                f"Young person {y.id} (category {y.category.number})",
                f"Person ifanc {y.id} (categori {y.category.number})",
            ),
            y.since,
        )
        for y in records.young_people
        if y.category in duty.categories
    ]


def _same(text: str) -> Bilingual:
    """A proper name, the same in both languages."""
    return Bilingual(text, text)


def _items(duty: Duty, records: CouncilRecords, holding: _Holding) -> list[_Item]:
    gather: dict[Evidence, Callable[[], list[_Item]]] = {
        Evidence.COUNCILLOR_TRAINING: lambda: [
            _Item(t.id, t.day, t.minutes, counts=True)
            for t in records.trainings
            if t.councillor == holding.id
        ],
        Evidence.YOUNG_PEOPLE_MEETINGS: lambda: [
            _Item(
                m.id,
                m.day,
                0,
                m.ward == records.councillor(m.councillor).ward,
                frozenset(m.young_people),
            )
            for m in records.meetings
            if m.councillor == holding.id
        ],
        Evidence.PLAN_REPORTS: lambda: _plan_items(records),
        Evidence.NETWORKING_OBJECTIVES: lambda: [
            _Item(o.id, o.day, 1, counts=True) for o in records.objectives if o.worker == holding.id
        ],
        Evidence.APPRAISAL_FEEDBACK: lambda: [
            _Item(a.id, a.day, 1, counts=a.feedback_from >= duty.target.minimum)
            for a in records.appraisals
            if a.worker == holding.id
        ],
        Evidence.TENDER_PROVISIONS: lambda: [
            _Item(t.id, t.day, 1, counts=t.provision) for t in records.tenders if t.id == holding.id
        ],
        Evidence.LED_TRAINING: lambda: [
            _Item(p.id, p.day, 1, counts=True) for p in records.professional_trainings if p.counts
        ],
        Evidence.NEEDS_ASSESSMENTS: lambda: [
            _Item(n.id, n.day, 1, counts=True)
            for n in records.assessments
            if n.young_person == holding.id
        ],
    }
    return gather[duty.evidence]()


def _plan_items(records: CouncilRecords) -> list[_Item]:
    """Reports on plans covering both partners count; plans and other reports show progress."""
    plans = {p.id: p for p in records.plans}
    reports = [_Item(r.id, r.day, 1, counts=plans[r.plan].covers_all) for r in records.plan_reports]
    return reports + [_Item(p.id, p.day, 0, counts=False) for p in records.plans]


def _achieved(duty: Duty, used: list[_Item]) -> int:
    counted = [item for item in used if item.counts]
    if duty.evidence is Evidence.YOUNG_PEOPLE_MEETINGS:
        return len(frozenset().union(*(item.people for item in counted)))
    return sum(item.amount for item in counted)


_NOTES: Final = {
    "began": Bilingual("Began on {day}, after the period.", "Dechreuodd ar {day}, ar ôl y cyfnod."),
    "due": Bilingual("Due by {day}.", "Yn ddyledus erbyn {day}."),
    "deadline-before": Bilingual(
        "The deadline ({day}) was before the period.",
        "Roedd y dyddiad cau ({day}) cyn y cyfnod.",
    ),
    "window-before": Bilingual(
        "The time allowed began on {day}, before the period; records from before the period "
        "are not considered.",
        "Dechreuodd yr amser a ganiateir ar {day}, cyn y cyfnod; nid ystyrir cofnodion o "
        "gyfnod cynharach.",
    ),
    "none": Bilingual("None in the period.", "Dim un yn y cyfnod."),
    "first-year": Bilingual(
        "In the first year of office or post, which ends on {day}.",
        "Yn y flwyddyn gyntaf yn y swydd, sy'n dod i ben ar {day}.",
    ),
}


def _note(name: str, day: dt.date) -> Bilingual:
    template = _NOTES[name]
    return Bilingual(
        template.en.format(day=format_date(day, Language.EN)),
        template.cy.format(day=format_date(day, Language.CY)),
    )


@attrs.frozen
class _Context:
    duty: Duty
    holding: _Holding
    items: list[_Item]
    period: Period
    horizon: dt.date

    def result(
        self,
        status: ComplianceStatus,
        used: list[_Item],
        *,
        required: int | None = None,
        due: dt.date | None = None,
        note: Bilingual | None = None,
    ) -> ComplianceResult:
        return ComplianceResult(
            duty=self.duty.key,
            holder=self.holding.kind,
            holder_id=self.holding.id,
            holder_label=self.holding.label,
            status=status,
            measure=self.duty.evidence,
            achieved=_achieved(self.duty, used),
            required=self.duty.target.minimum if required is None else required,
            maximum=self.duty.target.maximum,
            due=due,
            evidence=tuple(item.id for item in used),
            note=note,
        )

    def within(self, low: dt.date, high: dt.date) -> list[_Item]:
        return [item for item in self.items if low <= item.day <= high]

    def unmet(
        self, used: list[_Item], due: dt.date | None, note: Bilingual | None
    ) -> ComplianceResult:
        partly = _achieved(self.duty, used) > 0 or any(not item.counts for item in used)
        status = ComplianceStatus.PARTLY_MET if partly else ComplianceStatus.NOT_MET
        return self.result(status, used, due=due, note=note)


def _on_event(ctx: _Context, since: dt.date) -> ComplianceResult:
    """A target due within some months of an event (the deadline day counts)."""
    months = ctx.duty.target.within_months or 0  # never 0: Target requires it for ON_EVENT
    deadline = since + relativedelta(months=months)
    if deadline < ctx.period.start:
        return ctx.result(
            ComplianceStatus.NOT_ASSESSED, [], due=deadline, note=_note("deadline-before", deadline)
        )
    used = ctx.within(max(since, ctx.period.start), min(deadline, ctx.period.end))
    if _achieved(ctx.duty, used) >= ctx.duty.target.minimum:
        return ctx.result(ComplianceStatus.MET, used, due=deadline)
    if deadline > ctx.horizon:
        return ctx.result(
            ComplianceStatus.NOT_YET_DUE, used, due=deadline, note=_note("due", deadline)
        )
    if since < ctx.period.start:
        return ctx.result(
            ComplianceStatus.NOT_ASSESSED, used, due=deadline, note=_note("window-before", since)
        )
    return ctx.unmet(used, deadline, None)


def _annual(ctx: _Context, since: dt.date | None) -> ComplianceResult:
    """A target due in each year; a holder in their first year is due at its end."""
    low, due, note = ctx.period.start, ctx.period.end, None
    if since is not None and since > ctx.period.start:
        # A period is shorter than a year, so a first year begun inside it ends after it.
        low = since
        due = since + relativedelta(years=1) - dt.timedelta(days=1)
        note = _note("first-year", due)
    used = ctx.within(low, ctx.period.end)
    if _achieved(ctx.duty, used) >= ctx.duty.target.minimum:
        return ctx.result(ComplianceStatus.MET, used, due=due)
    if due > ctx.horizon:
        return ctx.result(
            ComplianceStatus.NOT_YET_DUE, used, due=due, note=note or _note("due", due)
        )
    return ctx.unmet(used, due, note)


def _each(ctx: _Context) -> ComplianceResult:
    """A target every item in the period must meet (every appraisal, every tender)."""
    used = ctx.within(ctx.period.start, ctx.period.end)
    if not used:
        return ctx.result(ComplianceStatus.NOT_ASSESSED, [], required=0, note=_NOTES["none"])
    complete = all(item.counts for item in used)
    status = ComplianceStatus.MET if complete else ComplianceStatus.NOT_MET
    if not complete and any(item.counts for item in used):
        status = ComplianceStatus.PARTLY_MET
    return ctx.result(status, used, required=len(used))


def _assess_one(ctx: _Context) -> ComplianceResult:
    since = ctx.holding.since
    if since is not None and since > ctx.period.end:
        return ctx.result(ComplianceStatus.NOT_YET_DUE, [], note=_note("began", since))
    if ctx.duty.target.frequency is Frequency.EACH:
        return _each(ctx)
    if ctx.duty.target.frequency is Frequency.ON_EVENT:
        assert since is not None  # noqa: S101 (Duty guarantees an event for ON_EVENT holders)
        return _on_event(ctx, since)
    return _annual(ctx, since)


def _ensure(name: str, value: object, kind: type) -> None:
    if not isinstance(value, kind):
        msg = f"{name!r} ({_show(value)}) must be a {kind.__name__}."
        raise CareWalesError(msg)


def _horizon(records: CouncilRecords, period: Period, as_of: object) -> dt.date:
    """Check *as_of* and the records against it; return the last day evidence can count."""
    if as_of is None:
        return period.end
    if isinstance(as_of, dt.datetime) or not isinstance(as_of, dt.date):
        msg = f"'as_of' ({_show(as_of)}) must be a datetime.date (not a datetime) or None."
        raise InvalidDateError(msg)
    if as_of < period.start:
        msg = f"'as_of' ({as_of}) must not be before the period's start ({period.start})."
        raise DateRangeError(msg)
    records.check_as_of(as_of)
    return min(period.end, as_of)


def assess(
    duty: Duty, records: CouncilRecords, period: Period, *, as_of: dt.date | None = None
) -> tuple[ComplianceResult, ...]:
    """Assess *duty* for each of its duty-holders in *records* over *period*.

    Only records dated inside *period* are counted.  A holder whose term or post
    begins after the period is "not yet due"; so is a target whose deadline falls
    after the period or after *as_of*.

    Args:
        duty: the duty (see :func:`duties`).
        records: the council's records.
        period: the reporting period (at most a year).
        as_of: the day the assessment is made; records dated after it are refused.
            Without it nothing is refused and the period is taken as complete.

    Returns:
        One result per duty-holder, in the order of the records (for tenders: those
        issued in the period).

    Raises:
        FutureRecordError: if a record is dated after *as_of*.
        DateRangeError: if *as_of* is before the period.
        CareWalesError: if an argument has the wrong type.

    >>> records = example_records()
    >>> [r.status.value for r in assess(duty("councillor-training"), records, EXAMPLE_PERIOD)]
    ['not-assessed', 'not-assessed', 'met']
    """
    _ensure("duty", duty, Duty)
    _ensure("records", records, CouncilRecords)
    _ensure("period", period, Period)
    horizon = _horizon(records, period, as_of)
    return tuple(
        _assess_one(_Context(duty, holding, _items(duty, records, holding), period, horizon))
        for holding in _holdings(duty, records, period)
    )


# --- the report -----------------------------------------------------------------------------

_TEXT: Final = {
    "title": Bilingual(
        "Corporate parenting: compliance report", "Rhianta corfforaethol: adroddiad cydymffurfio"
    ),
    "council": Bilingual("Council", "Cyngor"),
    "period": Bilingual("Period", "Cyfnod"),
    "as-of": Bilingual("Assessed as of", "Aseswyd ar"),
    "summary": Bilingual("Summary", "Crynodeb"),
    "standing": Bilingual("Standing", "Statws"),
    "holder": Bilingual("Owed by", "Yn ddyledus gan"),
    "target": Bilingual("Target", "Targed"),
    "source": Bilingual("Source", "Ffynhonnell"),
    "context": Bilingual("See also", "Gweler hefyd"),
    "reading": Bilingual("Interpretation", "Dehongliad"),
    "evidence": Bilingual("Evidence", "Tystiolaeth"),
    "nobody": Bilingual(
        "No duty-holders in this period.", "Dim deiliaid dyletswydd yn y cyfnod hwn."
    ),
    "who": Bilingual("Duty-holder", "Deiliad y ddyletswydd"),
    "status": Bilingual("Status", "Statws"),
    "progress": Bilingual("Progress", "Cynnydd"),
    "note": Bilingual("Note", "Nodyn"),
    "footer": Bilingual(
        "Duties marked as recommended practice come from a proposal by Leicestershire Cares to "
        "the Independent Review of Children's Social Care in England: they are not law in Wales "
        "or in England. Statutory duties are summarised; the legislation itself is authoritative.",
        "Daw'r dyletswyddau a nodir fel arfer a argymhellir o gynnig gan Leicestershire Cares i'r "
        "Adolygiad Annibynnol o Ofal Cymdeithasol Plant yn Lloegr: nid ydynt yn gyfraith yng "
        "Nghymru nac yn Lloegr. Crynodeb yw'r dyletswyddau statudol; y ddeddfwriaeth ei hun sy'n "
        "awdurdodol.",
    ),
}


@attrs.frozen
class ComplianceReport:
    """A council's compliance with a set of duties over a period, renderable in English and Welsh.

    Raises:
        DutyError: if two duties share a key or a result names a duty not in the report.

    >>> report = compliance_report(example_records(), EXAMPLE_PERIOD)
    >>> report.summary()[ComplianceStatus.MET]
    7
    >>> print(report.render("cy").splitlines()[0])
    Rhianta corfforaethol: adroddiad cydymffurfio
    """

    _WHAT: ClassVar[str] = "report"

    authority: Authority = attrs.field(validator=_InstanceCheck(DutyError, Authority))
    period: Period = attrs.field(validator=_InstanceCheck(DutyError, Period))
    duties: tuple[Duty, ...] = attrs.field(
        converter=_tuple, validator=_TupleCheck(DutyError, _InstanceCheck(DutyError, Duty))
    )
    results: tuple[ComplianceResult, ...] = attrs.field(
        converter=_tuple,
        validator=_TupleCheck(DutyError, _InstanceCheck(DutyError, ComplianceResult), unique=False),
    )
    as_of: dt.date | None = attrs.field(default=None, validator=_DateCheck(optional=True))
    description: Bilingual | None = attrs.field(
        default=None, validator=_InstanceCheck(DutyError, Bilingual, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        """Check that duty keys are unique and every result belongs to a duty in the report."""
        keys = [d.key for d in self.duties]
        if len(set(keys)) != len(keys):
            msg = f"report: 'duties' ({keys!r}) must not list a duty key twice."
            raise DutyError(msg)
        for result in self.results:
            if result.duty not in keys:
                msg = f"report: a result names the duty {result.duty!r}, which is not in 'duties'."
                raise DutyError(msg)

    def results_for(self, key: str) -> tuple[ComplianceResult, ...]:
        """Return the results for the duty with *key*, in order."""
        return tuple(r for r in self.results if r.duty == key)

    def summary(self) -> dict[ComplianceStatus, int]:
        """Count the results by status (every status is present, perhaps with 0)."""
        counts = dict.fromkeys(ComplianceStatus, 0)
        for result in self.results:
            counts[result.status] += 1
        return counts

    def render(self, lang: Language | str = Language.EN, fmt: str = "text") -> str:
        """Write the report in *lang* as ``"text"`` or ``"markdown"``.

        Raises:
            CareWalesError: for any other format.
        """
        language = Language.parse(lang)
        if fmt == "text":
            return _render_text(self, language)
        if fmt == "markdown":
            return _render_markdown(self, language)
        msg = f"'fmt' ({_show(fmt)}) must be 'text' or 'markdown'."
        raise CareWalesError(msg)

    def _heading(self, lang: Language) -> list[tuple[str, str]]:
        rows = [
            (
                _TEXT["council"].in_(lang),
                f"{self.authority.council.in_(lang)} ({self.authority.code})",
            ),
            (_TEXT["period"].in_(lang), self.period.label(lang)),
        ]
        if self.as_of is not None:
            rows.append((_TEXT["as-of"].in_(lang), format_date(self.as_of, lang)))
        counts = "; ".join(f"{s.label.in_(lang)}: {n}" for s, n in self.summary().items())
        rows.append((_TEXT["summary"].in_(lang), counts))
        return rows


def _duty_rows(item: Duty, lang: Language) -> list[tuple[str, str]]:
    rows = [
        (_TEXT["standing"].in_(lang), item.standing.label.in_(lang)),
        (_TEXT["holder"].in_(lang), _holder_text(item, lang)),
        (_TEXT["target"].in_(lang), item.target_text(lang)),
        (_TEXT["source"].in_(lang), item.source.cite(lang)),
    ]
    if item.context:
        rows.append((_TEXT["context"].in_(lang), "; ".join(s.cite(lang) for s in item.context)))
    if item.interpretation is not None:
        rows.append((_TEXT["reading"].in_(lang), item.interpretation.in_(lang)))
    return rows


def _holder_text(item: Duty, lang: Language) -> str:
    named = [r.label.in_(lang) for r in item.roles] + [c.label.in_(lang) for c in item.categories]
    text = item.holder.label.in_(lang)
    return f"{text} ({', '.join(named)})" if named else text


def _render_text(report: ComplianceReport, lang: Language) -> str:
    lines = [_TEXT["title"].in_(lang)]
    lines += [f"{name}: {value}" for name, value in report._heading(lang)]  # noqa: SLF001
    if report.description is not None:
        lines.append(report.description.in_(lang))
    for number, item in enumerate(report.duties, start=1):
        lines += ["", f"{number}. {item.title.in_(lang)}"]
        lines += [f"   {name}: {value}" for name, value in _duty_rows(item, lang)]
        results = report.results_for(item.key)
        lines += [f"   - {r.describe(lang)}{_evidence_text(r, lang)}" for r in results]
        if not results:
            lines.append(f"   - {_TEXT['nobody'].in_(lang)}")
    lines += ["", _TEXT["footer"].in_(lang)]
    return "\n".join(lines)


def _evidence_text(result: ComplianceResult, lang: Language) -> str:
    if not result.evidence:
        return ""
    return f" {_TEXT['evidence'].in_(lang)}: {', '.join(result.evidence)}."


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _render_markdown(report: ComplianceReport, lang: Language) -> str:
    lines = [f"# {_TEXT['title'].in_(lang)}", ""]
    lines += [f"- **{name}:** {_cell(value)}" for name, value in report._heading(lang)]  # noqa: SLF001
    if report.description is not None:
        lines += ["", f"_{_cell(report.description.in_(lang))}_"]
    heads = [_TEXT[k].in_(lang) for k in ("who", "status", "progress", "evidence", "note")]
    for number, item in enumerate(report.duties, start=1):
        lines += ["", f"## {number}. {_cell(item.title.in_(lang))}", ""]
        lines += [f"- **{name}:** {_cell(value)}" for name, value in _duty_rows(item, lang)]
        lines.append("")
        results = report.results_for(item.key)
        if not results:
            lines.append(_TEXT["nobody"].in_(lang))
            continue
        lines += ["| " + " | ".join(heads) + " |", "|" + " --- |" * len(heads)]
        lines += [
            "| "
            + " | ".join(
                _cell(cell)
                for cell in (
                    r.holder_label.in_(lang),
                    r.status.label.in_(lang),
                    "–" if r.status is ComplianceStatus.NOT_ASSESSED else r.progress(lang),
                    ", ".join(r.evidence) or "–",
                    "–" if r.note is None else r.note.in_(lang),
                )
            )
            + " |"
            for r in results
        ]
    lines += ["", f"_{_TEXT['footer'].in_(lang)}_"]
    return "\n".join(lines)


def compliance_report(
    records: CouncilRecords,
    period: Period,
    *,
    duties: Iterable[Duty] | None = None,
    as_of: dt.date | None = None,
) -> ComplianceReport:
    """Assess every duty (the whole catalogue by default) and gather the results in a report.

    Args:
        records: the council's records.
        period: the reporting period (at most a year).
        duties: the duties to assess; the catalogue (:func:`duties`) if ``None``.
        as_of: the day of the assessment (see :func:`assess`).

    Raises:
        FutureRecordError, DateRangeError, CareWalesError: as :func:`assess` does.

    >>> report = compliance_report(
    ...     example_records(), EXAMPLE_PERIOD, duties=[duty("tender-provision")]
    ... )
    >>> [r.status.value for r in report.results]
    ['met', 'not-met']
    """
    _ensure("records", records, CouncilRecords)
    _ensure("period", period, Period)
    _horizon(records, period, as_of)  # checked even when no duty is chosen
    chosen = _DUTIES() if duties is None else tuple(duties)
    results = [r for item in chosen for r in assess(item, records, period, as_of=as_of)]
    return ComplianceReport(
        records.authority, period, chosen, tuple(results), as_of, records.description
    )


# --- care leavers' ages ---------------------------------------------------------------------


def _birthday(born: dt.date, years: int) -> dt.date:
    """The day a person born on *born* reaches *years*: 1 March for 29 February in common years."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


def _ensure_birth_and_day(born: object, day: object) -> tuple[dt.date, dt.date]:
    for name, value in (("born", born), ("day", day)):
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            msg = f"{name!r} ({_show(value)}) must be a datetime.date (not a datetime)."
            raise InvalidDateError(msg)
        if not EARLIEST_BIRTH <= value <= LATEST_DATE:
            msg = f"{name!r} ({value}) must be from {EARLIEST_BIRTH} to {LATEST_DATE}."
            raise UnsupportedDateError(msg)
    assert isinstance(born, dt.date)  # noqa: S101 (checked above; narrows the type)
    assert isinstance(day, dt.date)  # noqa: S101
    if day < born:
        msg = f"'day' ({day}) must not be before 'born' ({born})."
        raise DateRangeError(msg)
    return born, day


def age_on(born: dt.date, day: dt.date) -> int:
    """Return the age in whole years on *day* of a person born on *born*.

    Someone born on 29 February is taken to reach each age on 1 March in a common
    year (the library's assumption; see the module's notes).

    Raises:
        InvalidDateError: if either is not a plain date.
        UnsupportedDateError: for dates before 1900 or after 2099.
        DateRangeError: if *day* is before *born*.

    >>> (
    ...     age_on(dt.date(2004, 2, 29), dt.date(2025, 2, 28)),
    ...     age_on(dt.date(2004, 2, 29), dt.date(2025, 3, 1)),
    ... )
    (20, 21)
    """
    born, day = _ensure_birth_and_day(born, day)
    age = day.year - born.year
    return age if _birthday(born, age) <= day else age - 1


@attrs.frozen
class Entitlement:
    """Support for care leavers in Wales that starts and ends at set ages, with its sources.

    The age range is ``from_age`` (inclusive) to ``until_age`` (exclusive: it ends on
    that birthday), extended to ``extended_until_age`` when ``extension`` holds (such as
    being in education or training).  Other conditions (care history) are in
    ``conditions``: the helpers check ages only.

    Raises:
        DutyError: for ages out of order, or an extension without its condition.

    >>> wir = entitlements()[-1]
    >>> wir.name.en
    'When I am Ready: staying with former foster carers after 18'
    >>> wir.end(dt.date(2006, 5, 1)), wir.end(dt.date(2006, 5, 1), in_education_or_training=True)
    (datetime.date(2027, 5, 1), datetime.date(2031, 5, 1))
    """

    _WHAT: ClassVar[str] = "entitlement"

    key: str = attrs.field(validator=_KeyCheck(DutyError))
    name: Bilingual = attrs.field(validator=_InstanceCheck(DutyError, Bilingual))
    conditions: Bilingual = attrs.field(validator=_InstanceCheck(DutyError, Bilingual))
    from_age: int = attrs.field(validator=_IntCheck(DutyError, 0, _MAX_AGE))
    until_age: int = attrs.field(validator=_IntCheck(DutyError, 1, _MAX_AGE))
    sources: tuple[Source, ...] = attrs.field(
        converter=_tuple,
        validator=_TupleCheck(DutyError, _InstanceCheck(DutyError, Source), min_size=1),
    )
    extended_until_age: int | None = attrs.field(
        default=None, validator=_IntCheck(DutyError, 1, _MAX_AGE, optional=True)
    )
    extension: Bilingual | None = attrs.field(
        default=None, validator=_InstanceCheck(DutyError, Bilingual, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        """Check that the ages are in order and an extension has its condition."""
        last = self.until_age if self.extended_until_age is None else self.extended_until_age
        if not self.from_age < self.until_age <= last:
            msg = (
                f"entitlement {self.key!r}: ages must rise: from {self.from_age}, until "
                f"{self.until_age}, extended until {self.extended_until_age}."
            )
            raise DutyError(msg)
        if (self.extension is None) is not (self.extended_until_age is None):
            msg = (
                f"entitlement {self.key!r}: 'extension' and 'extended_until_age' must be "
                "given together."
            )
            raise DutyError(msg)

    @property
    def standing(self) -> Standing:
        """The standing of its first source (the one that sets it up)."""
        return self.sources[0].standing

    def start(self, born: dt.date) -> dt.date:
        """Return the first day it can apply to a person born on *born*."""
        born, _ = _ensure_birth_and_day(born, born)
        return _birthday(born, self.from_age)

    def end(self, born: dt.date, *, in_education_or_training: bool = False) -> dt.date:
        """Return the day it stops (the birthday it ends on), with the extension if it applies."""
        born, _ = _ensure_birth_and_day(born, born)
        years = self.until_age
        if in_education_or_training and self.extended_until_age is not None:
            years = self.extended_until_age
        return _birthday(born, years)

    def applies(
        self, born: dt.date, day: dt.date, *, in_education_or_training: bool = False
    ) -> bool:
        """Say whether, by age alone, it can apply on *day* to a person born on *born*."""
        born, day = _ensure_birth_and_day(born, day)
        end = self.end(born, in_education_or_training=in_education_or_training)
        return self.start(born) <= day < end


_ENTITLEMENTS: Lazy[tuple[Entitlement, ...]] = Lazy(
    lambda: _load_many("parenting_entitlements.json", Entitlement)
)


def entitlements() -> tuple[Entitlement, ...]:
    """Return the age-based entitlements of care leavers in Wales that the library can source.

    Seed 003 speaks of a "care cliff" at 25 in *England*; in Wales the latest age in
    s. 104(2) of the 2014 Act is also 25 (category 4: in education or training).

    >>> for e in entitlements():
    ...     print(e.key, e.from_age, e.until_age, e.extended_until_age, e.standing.value)
    category-1-or-2 16 18 None statutory
    category-3 18 21 None statutory
    category-4 21 25 None statutory
    category-5 16 21 None statutory
    when-i-am-ready 18 21 25 statutory
    """
    return _ENTITLEMENTS()


def entitlements_on(
    born: dt.date, day: dt.date, *, in_education_or_training: bool = False
) -> tuple[Entitlement, ...]:
    """Return the entitlements that can apply, by age alone, on *day* to a person born on *born*.

    Whether one actually applies depends on its ``conditions`` too (the care history).

    Raises:
        InvalidDateError, UnsupportedDateError, DateRangeError: as :func:`age_on` does.

    >>> [e.key for e in entitlements_on(dt.date(2003, 9, 1), dt.date(2025, 1, 1))]
    ['category-4']
    >>> [
    ...     e.key
    ...     for e in entitlements_on(
    ...         dt.date(2003, 9, 1), dt.date(2025, 1, 1), in_education_or_training=True
    ...     )
    ... ]
    ['category-4', 'when-i-am-ready']
    """
    born, day = _ensure_birth_and_day(born, day)
    return tuple(
        item
        for item in entitlements()
        if item.applies(born, day, in_education_or_training=in_education_or_training)
    )

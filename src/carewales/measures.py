"""The Welsh Government's children's performance measures that case events can compute.

A :class:`PerformanceMeasure` is one published measure, such as PM24 "The percentage
of assessments completed for children within statutory timescales", with its
definition as structured fields, so that a caseload can be counted against it:

- :attr:`~PerformanceMeasure.kind`: a share of a population whose event came within a
  timescale of a starting event (:attr:`MeasureKind.WITHIN_TIMESCALE`), or a share
  with at least a number of events in the period (:attr:`MeasureKind.AT_LEAST`);
- :attr:`~PerformanceMeasure.population`: what the denominator counts, where the
  source says;
- :attr:`~PerformanceMeasure.start_event`, :attr:`~PerformanceMeasure.event`,
  :attr:`~PerformanceMeasure.amount` and :attr:`~PerformanceMeasure.unit`: "within
  42 working days from the point of referral";
- :attr:`~PerformanceMeasure.period`: the year to 31 March;
- the source's own words for the numerator and denominator, where they were read.

The catalogue holds only what was read in the source itself: the Welsh Government's
tables of the quantitative social services performance measures for children and
care leavers, collected from 2016 to 2019 (StatsWales, and its Welsh pages on
StatsCymru).  A result is a proportion: compute it with :mod:`carewales.rates`
(Wilson limits) from the counts.

>>> from carewales.measures import measure
>>> pm24 = measure("PM-2016-24")
>>> pm24.code, pm24.amount, pm24.unit.value, pm24.start_event.value
('PM24', 42, 'working-days', 'referral')
>>> print(pm24.describe("cy"))
PM24: Canran yr asesiadau ar gyfer plant a gwblhawyd o fewn amserlenni statudol
>>> pm24.source.link("cy")[:38]
'https://statscymru.llyw.cymru/Catalogu'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, ClassVar, Final

import attrs

from . import _validators as v
from ._lazy import Lazy, load_json
from ._lookup import lookup
from .deadlines import TimeUnit
from .errors import DateRangeError, InvalidFieldError, UnknownKeyError, UnsupportedDateError
from .text import Bilingual, BilingualEnum, Language, format_date

__all__ = [
    "MeasureEvent",
    "MeasureFramework",
    "MeasureKind",
    "MeasurePeriod",
    "MeasureSource",
    "PerformanceMeasure",
    "Population",
    "measure",
    "measures",
]

#: The earliest and latest days a measure's period of force may name.
EARLIEST_DATE: Final = dt.date(1996, 4, 1)
LATEST_DATE: Final = dt.date(2100, 12, 31)
#: The largest timescale amount and event count accepted.
MAX_AMOUNT: Final = 10_000

_URL = re.compile(r"https://[^\s]{1,1990}")
_CODE = re.compile(r"PM[0-9]{1,3}[a-z]?")
_DAY = v.date(EARLIEST_DATE, LATEST_DATE)


class MeasureFramework(BilingualEnum):
    """The set of measures a measure belongs to, by its publisher's name."""

    QUANTITATIVE_2016 = (
        "quantitative-2016",
        "Quantitative social services performance measures (2016 to 2019)",
        "Mesurau perfformiad gwasanaethau cymdeithasol meintiol (2016 i 2019)",
    )


class MeasureKind(BilingualEnum):
    """How a measure counts its numerator."""

    WITHIN_TIMESCALE = (
        "within-timescale",
        "Event within a timescale of a starting event",
        "Digwyddiad o fewn amserlen ar ôl digwyddiad cychwynnol",
    )
    AT_LEAST = (
        "at-least",
        "At least a number of events in the period",
        "O leiaf nifer o ddigwyddiadau yn y cyfnod",
    )


class MeasureEvent(BilingualEnum):
    """A kind of case event that a measure starts from or counts."""

    REFERRAL = "referral", "Referral", "Atgyfeiriad"
    ASSESSMENT_COMPLETED = "assessment-completed", "Assessment completed", "Asesiad wedi’i gwblhau"
    BECAME_LOOKED_AFTER = "became-looked-after", "Became looked after", "Dechrau derbyn gofal"
    PLACEMENT = "placement", "Placement", "Lleoliad"
    DENTIST_SEEN = (
        "dentist-seen",
        "Seen by a registered dentist",
        "Wedi gweld deintydd cofrestredig",
    )
    GP_REGISTERED = "gp-registered", "Registered with a GP", "Wedi cofrestru gyda meddyg teulu"
    RETURNED_HOME = "returned-home", "Returned home from care", "Dychwelyd adref o ofal"


class Population(BilingualEnum):
    """What a measure's denominator counts, as its source states it."""

    ASSESSMENTS_COMPLETED = (
        "assessments-completed",
        "Assessments for children completed during the year",
        "Asesiadau ar gyfer plant a gwblhawyd yn ystod y flwyddyn",
    )
    LOOKED_AFTER_AT_31_MARCH = (
        "looked-after-at-31-march",
        "Children looked after at 31 March",
        "Plant sy’n derbyn gofal ar 31 Mawrth",
    )
    LOOKED_AFTER_DURING_YEAR = (
        "looked-after-during-year",
        "Looked after children during the year",
        "Plant sy’n derbyn gofal yn ystod y flwyddyn",
    )


class MeasurePeriod(BilingualEnum):
    """The period a measure is reported for."""

    FINANCIAL_YEAR = "financial-year", "The year to 31 March", "Y flwyddyn hyd at 31 Mawrth"


_URL_RULE = "must be an https:// address without spaces, of at most 2,000 characters"
_URL_RULE_CY = "rhaid iddo fod yn gyfeiriad https:// heb fylchau, o 2,000 nod ar y mwyaf"


def _matches(pattern: re.Pattern[str]) -> Callable[[Any, Any, Any], None]:
    return attrs.validators.and_(
        attrs.validators.instance_of(str), attrs.validators.matches_re(pattern)
    )


_URL_CHECK = v.Check(_matches(_URL), _URL_RULE, cy=_URL_RULE_CY)


@attrs.frozen
class MeasureSource:
    """Where a measure is defined: the document, the measure's place in it, and its pages.

    Attributes:
        document: the publication, in both languages.
        reference: the measure's number or place in it ("PM24"), in both languages.
        url: the English page.
        url_cy: the Welsh page, where there is one.

    Raises:
        InvalidFieldError: if a field has the wrong type or an address is not ``https://``.
    """

    _WHAT: ClassVar[str] = "measure source"
    _WHAT_CY: ClassVar[str] = "ffynhonnell mesur"

    document: Bilingual = attrs.field(validator=v.instance(Bilingual))
    reference: Bilingual = attrs.field(validator=v.instance(Bilingual))
    url: str = attrs.field(validator=_URL_CHECK)
    url_cy: str | None = attrs.field(default=None, validator=v.optional(_URL_CHECK))

    @property
    def label(self) -> Bilingual:
        """The document's name in both languages."""
        return self.document

    def link(self, lang: Language | str = Language.EN) -> str:
        """Return the page in *lang*: the Welsh page where there is one, else the English."""
        if Language.parse(lang) is Language.CY and self.url_cy is not None:
            return self.url_cy
        return self.url

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Name the document and the measure's place in it, in *lang*, on one line."""
        return f"{self.document.in_(lang)}, {self.reference.in_(lang)}"


_AMOUNT = v.optional(v.integer(1, MAX_AMOUNT))
_TEXTS = v.tuple_of(v.instance(Bilingual))


@attrs.frozen
class PerformanceMeasure:
    """One published performance measure, with its definition as data.

    Attributes:
        key: a stable identifier, such as ``"pm-2016-24"``.
        code: the code as published, such as ``"PM24"``.
        framework: the set of measures it belongs to.
        title: the measure's title in both languages.
        kind: how the numerator counts (:class:`MeasureKind`).
        event: the event the numerator looks for (the one due within the timescale,
            or the one counted).
        period: the period reported on.
        valid_from: the first day of the first period the measure applied to.
        source: where the measure is defined.
        population: what the denominator counts, or ``None`` where the source read
            does not say.
        start_event: for a timescale, the event it runs from.
        amount: for a timescale, how many units.
        unit: for a timescale, its unit.
        at_least: for a count, the least number of events that counts.
        numerator: the source's own words for the numerator, where read.
        denominator: the source's own words for the denominator, where read.
        valid_to: the last day of the last period, or ``None`` if still in use.
        notes: what a reader should know (such as which texts are translations).

    Raises:
        InvalidFieldError: if a field has the wrong type.
        DateRangeError: if ``valid_to`` is before ``valid_from``, or the fields of the
            kind do not agree (a timescale needs a start event, an amount and a unit
            and no count; a count needs ``at_least`` and no timescale).
    """

    _WHAT: ClassVar[str] = "performance measure"
    _WHAT_CY: ClassVar[str] = "mesur perfformiad"

    key: str = attrs.field(validator=v.key())
    code: str = attrs.field(
        validator=v.Check(
            _matches(_CODE),
            "must be a published code such as 'PM24'",
            cy="rhaid iddo fod yn god a gyhoeddwyd, fel 'PM24'",
        )
    )
    framework: MeasureFramework = attrs.field(validator=v.member(MeasureFramework))
    title: Bilingual = attrs.field(validator=v.instance(Bilingual))
    kind: MeasureKind = attrs.field(validator=v.member(MeasureKind))
    event: MeasureEvent = attrs.field(validator=v.member(MeasureEvent))
    period: MeasurePeriod = attrs.field(validator=v.member(MeasurePeriod))
    valid_from: dt.date = attrs.field(validator=_DAY)
    source: MeasureSource = attrs.field(validator=v.instance(MeasureSource))
    population: Population | None = attrs.field(
        default=None, validator=v.optional(v.member(Population))
    )
    start_event: MeasureEvent | None = attrs.field(
        default=None, validator=v.optional(v.member(MeasureEvent))
    )
    amount: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(v.to_int), validator=_AMOUNT
    )
    unit: TimeUnit | None = attrs.field(default=None, validator=v.optional(v.member(TimeUnit)))
    at_least: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(v.to_int), validator=_AMOUNT
    )
    numerator: Bilingual | None = attrs.field(
        default=None, validator=v.optional(v.instance(Bilingual))
    )
    denominator: Bilingual | None = attrs.field(
        default=None, validator=v.optional(v.instance(Bilingual))
    )
    valid_to: dt.date | None = attrs.field(default=None, validator=v.optional(_DAY))
    notes: tuple[Bilingual, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_TEXTS)

    def __attrs_post_init__(self) -> None:
        """Check the period of force, and that the fields of the kind agree."""
        if self.valid_to is not None and self.valid_to < self.valid_from:
            v.fail(
                self,
                "valid_to",
                self.valid_to,
                f"must not be before 'valid_from' ({self.valid_from})",
                DateRangeError,
                cy=f"rhaid iddo beidio â bod cyn 'valid_from' ({self.valid_from})",
            )
        timed = (self.start_event, self.amount, self.unit)
        if self.start_event is not None and self.start_event is self.event:
            v.fail(
                self,
                "start_event",
                self.start_event.value,
                "must not be 'event': a timescale runs from one event to another",
                InvalidFieldError,
                cy="rhaid iddo beidio â bod yn 'event': mae amserlen yn rhedeg o un digwyddiad i "
                "un arall",
            )
        if self.kind is MeasureKind.WITHIN_TIMESCALE:
            if None in timed or self.at_least is not None:
                v.fail(
                    self,
                    "kind",
                    self.kind.value,
                    "needs 'start_event', 'amount' and 'unit', and no 'at_least'",
                    InvalidFieldError,
                    cy="mae angen 'start_event', 'amount' ac 'unit', a dim 'at_least'",
                )
        elif self.at_least is None or timed != (None, None, None):
            v.fail(
                self,
                "kind",
                self.kind.value,
                "needs 'at_least', and no 'start_event', 'amount' or 'unit'",
                InvalidFieldError,
                cy="mae angen 'at_least', a dim 'start_event', 'amount' nac 'unit'",
            )

    @property
    def label(self) -> Bilingual:
        """The measure's title in both languages."""
        return self.title

    @property
    def computable(self) -> bool:
        """Whether the catalogue knows the population, so case events can compute it."""
        return self.population is not None

    def covers(self, day: dt.date) -> bool:
        """Say whether the measure applied on *day*.

        Raises:
            InvalidDateError: if *day* is not a plain date.
        """
        day = v.ensure_date("day", day)
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Give the code and the title in *lang*, on one line."""
        return f"{self.code}: {self.title.in_(lang)}"


def _load() -> tuple[PerformanceMeasure, ...]:
    from .serial import from_dict

    return tuple(
        from_dict(item, PerformanceMeasure) for item in load_json("performance_measures.json")
    )


_CATALOGUE: Lazy[tuple[PerformanceMeasure, ...]] = Lazy(_load)


def measures(on: dt.date | None = None) -> tuple[PerformanceMeasure, ...]:
    """Return the catalogue of measures, or those that applied on the day *on*.

    Raises:
        InvalidDateError: if *on* is not a plain date.

    >>> [m.code for m in measures()]
    ['PM24', 'PM26', 'PM30', 'PM31', 'PM33']
    >>> measures(dt.date(2015, 1, 1))
    ()
    """
    if on is None:
        return _CATALOGUE()
    return tuple(m for m in _CATALOGUE() if m.covers(on))


def measure(key: str, on: dt.date | None = None) -> PerformanceMeasure:
    """Return the measure with *key* (case, and ``_`` or spaces for ``-``, ignored).

    The published code ("PM24") is accepted too.  With *on*, the measure must have applied on that day.

    Raises:
        UnknownKeyError: if the catalogue has no such key; the closest keys are suggested.
        UnsupportedDateError: if the measure did not apply on *on*.

    >>> measure("pm-2016-31").unit.value
    'working-days'
    >>> measure("PM31").key
    'pm-2016-31'
    >>> measure("pm-2016-24", on=dt.date(2021, 4, 1))
    Traceback (most recent call last):
    ...
    carewales.errors.UnsupportedDateError: PM24 applied from 2016-04-01 to 2020-03-31, not on 2021-04-01.
    """  # noqa: E501 (a doctest line)
    entries = {item.key: item for item in _CATALOGUE()}
    found = lookup(
        key,
        entries,
        what="performance measure",
        error=UnknownKeyError,
        what_cy="mesur perfformiad",
        names_cy={k: item.code for k, item in entries.items()},
    )
    if on is not None and not found.covers(on):
        end = "" if found.valid_to is None else f" to {found.valid_to}"
        end_cy = "" if found.valid_to is None else f" hyd at {found.valid_to}"
        msg = f"{found.code} applied from {found.valid_from}{end}, not on {on}."
        msg_cy = (
            f"Roedd {found.code} yn gymwys o {found.valid_from}{end_cy}, nid ar "
            f"{format_date(on, Language.CY)}."
        )
        raise UnsupportedDateError(msg, cy=msg_cy)
    return found

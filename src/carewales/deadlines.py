"""Statutory timescales: when a duty falls due, and whether it was met.

A :class:`Timescale` is a duty's bilingual name, an amount and a :class:`TimeUnit`,
the event that starts the clock, its :class:`LegalSource`, the calendar its
instrument counts working days on, and the dates it applies from and to.
:func:`timescales` and :func:`timescale` answer "which rule applied on this date".

Counting conventions:

* working days: day 1 is the first working day after the starting event
  (:func:`carewales.calendar.add_working_days`);
* calendar days and weeks: added to the date of the event (one week after a
  Wednesday is the next Wednesday);
* months: :class:`dateutil.relativedelta.relativedelta`, which clamps to the end
  of a shorter month (31 January + 1 month is 28 or 29 February).

A due date reached by calendar days, weeks or months is not moved off a weekend
or bank holiday: the sources do not say it should be.

The catalogue lists only figures read in the source itself, each with its
pinpoint source (instrument, provision, English and Welsh addresses):

* the Wales Safeguarding Procedures (published 11 November 2019): the decision
  after a report, the follow-up of an unacknowledged report, the outline plan,
  core groups, review conferences and the continuing assessment after section 47
  enquiries began;
* the Care Planning, Placement and Case Review (Wales) Regulations 2015, in force
  6 April 2016: regulations 4(3), 10(2), 20, 31(2) to (5) and 39;
* the improvement plans that CSSIW (2017) and CIW (2019) required of Powys County
  Council within 20 working days of publishing their reports — what those
  reports required, not a general rule, so they answer for that one day only.

A rule answers only for a clock started while it was in force: ``due`` and
``status`` raise :class:`~carewales.errors.UnsupportedDateError` for any other
start, naming the rule's period. Left out, with the reasons, in the docs' sources
page: the initial child protection conference's "15 working days" (not found in
the procedures' own text), regulation 31(6), and the All Wales Child Protection
Procedures 2008 that the Wales Safeguarding Procedures replaced. Repeating duties
(core groups, review conferences, visits, reviews) are :mod:`carewales.schedules`.

>>> import datetime as dt
>>> from carewales.deadlines import timescale
>>> core_group = timescale("first-core-group")
>>> core_group.due(dt.date(2021, 12, 20))  # a conference just before Christmas
datetime.date(2022, 1, 6)
>>> core_group.status(dt.date(2021, 12, 20), today=dt.date(2022, 1, 4)).describe()
'Not yet due: 2 working days remaining (due Thursday, 6 January 2022).'
>>> core_group.due(dt.date(2019, 1, 7))
Traceback (most recent call last):
...
carewales.errors.UnsupportedDateError: timescale 'first-core-group' ... from 2019-11-11 onwards; ...
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable
from typing import (
    Any,
    ClassVar,
)
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from dateutil.relativedelta import relativedelta

from . import _validators as v
from . import welsh
from ._deprecation import renamed
from ._lazy import Lazy, load_json
from ._lookup import lookup
from ._validators import ensure_date
from .calendar import (
    ENGLAND_AND_WALES,
    FIRST_YEAR,
    LAST_YEAR,
    WorkingCalendar,
    ensure_int,
    ensure_supported_date,
)
from .calendar import working_days_between as _working_days_between
from .errors import DateRangeError, UnsupportedDateError
from .errors import UnknownTimescaleError as UnknownTimescaleError  # noqa: PLC0414 (0.1 path)
from .text import Bilingual, BilingualEnum, Format, Language, format_date

__all__ = [
    "DeadlineState",
    "DeadlineStatus",
    "LegalSource",
    "TimeUnit",
    "Timescale",
    "due_date",
    "timescale",
    "timescales",
]


#: The largest amount a timescale may have: about 40 years of working days.
MAX_AMOUNT = 10_000

_FIRST_DAY = dt.date(FIRST_YEAR, 1, 1)
_LAST_DAY = dt.date(LAST_YEAR, 12, 31)
_SUPPORTED_DAY = v.date(_FIRST_DAY, _LAST_DAY)
#: A margin is never longer than the span of supported days.
_MAX_MARGIN = _LAST_DAY.toordinal() - _FIRST_DAY.toordinal() + 1
_MARGIN = v.integer(-_MAX_MARGIN, _MAX_MARGIN)


class TimeUnit(BilingualEnum):
    """The unit a timescale counts in.

    >>> TimeUnit.WORKING_DAYS.count(20, "cy")
    '20 diwrnod gwaith'
    >>> TimeUnit.WORKING_DAYS.count(2, "cy"), TimeUnit.MONTHS.count(2, "cy")
    ('2 ddiwrnod gwaith', '2 fis')
    >>> TimeUnit.WEEKS.count(1)
    '1 week'
    """

    WORKING_DAYS = "working-days", "working days", "diwrnod gwaith"
    CALENDAR_DAYS = "calendar-days", "calendar days", "diwrnod calendr"
    WEEKS = "weeks", "weeks", "wythnos"
    MONTHS = "months", "months", "mis"

    def count(self, amount: int, lang: Language | str = Language.EN) -> str:
        """Write *amount* of this unit, such as ``"3 months"`` or ``"3 mis"``.

        Welsh puts the singular noun after a numeral; English uses the singular for 1.
        """
        if Language.parse(lang) is Language.CY:
            noun = self.label.cy
            if amount == 2 and self is not TimeUnit.WEEKS:  # noqa: PLR2004 ("dau" mutates)
                # Spoken "dau ddiwrnod", "dau fis"; "wythnos" is feminine ("dwy wythnos").
                noun = welsh.soft(noun)
            return welsh.count(amount, noun)
        label = _ENGLISH_SINGULAR[self] if abs(amount) == 1 else self.label.en
        return f"{amount} {label}"

    def add(self, start: dt.date, amount: int, calendar: WorkingCalendar) -> dt.date:
        """Return the date *amount* of this unit after *start*, on *calendar* for working days.

        Raises:
            InvalidDateError: if *start* is not a plain date.
            UnsupportedDateError: if *start* or the answer is outside 1971–2100.

        >>> TimeUnit.MONTHS.add(dt.date(2024, 1, 31), 1, ENGLAND_AND_WALES)
        datetime.date(2024, 2, 29)
        """
        start = ensure_supported_date("start", start)
        if self is TimeUnit.WORKING_DAYS:
            return calendar.add_working_days(start, amount)
        try:
            if self is TimeUnit.MONTHS:
                due = start + relativedelta(months=amount)
            else:
                due = start + dt.timedelta(days=amount * 7 if self is TimeUnit.WEEKS else amount)
        except (OverflowError, ValueError):
            msg = f"{self.count(amount)} from {start} goes beyond the calendar's dates."
            cy = (
                f"mae {self.count(amount, Language.CY)} o {start} y tu hwnt i ddyddiadau’r calendr."
            )
            raise UnsupportedDateError(msg, cy=cy) from None
        return ensure_supported_date("due", due)


_ENGLISH_SINGULAR = {
    TimeUnit.WORKING_DAYS: "working day",
    TimeUnit.CALENDAR_DAYS: "calendar day",
    TimeUnit.WEEKS: "week",
    TimeUnit.MONTHS: "month",
}


def due_date(
    start: dt.date,
    amount: int,
    unit: TimeUnit | str = TimeUnit.WORKING_DAYS,
    calendar: WorkingCalendar | None = None,
) -> dt.date:
    """Return the date *amount* *unit* after *start* (working days by default).

    Args:
        start: the event that starts the clock.
        amount: how many units; negative counts backwards.
        unit: working days, calendar days, weeks or months.
        calendar: for working days; :data:`~carewales.calendar.ENGLAND_AND_WALES` if omitted.

    Raises:
        InvalidDateError: if *start* is not a plain date.
        InvalidNumberError: if *amount* is not a whole number.
        InvalidChoiceError: if *unit* is not a unit or its value.
        InvalidFieldError: if *calendar* is not a :class:`~carewales.WorkingCalendar`.
        UnsupportedDateError: if *start* or the answer is outside 1971–2100.

    >>> due_date(dt.date(2021, 1, 31), 1, TimeUnit.MONTHS)
    datetime.date(2021, 2, 28)
    >>> due_date(dt.date(2022, 12, 23), 1)
    datetime.date(2022, 12, 28)
    """
    start = ensure_date("start", start)
    amount = ensure_int("amount", amount)
    if calendar is None:
        calendar = ENGLAND_AND_WALES
    else:
        _CALENDAR.check(None, "calendar", calendar)
    unit = unit if isinstance(unit, TimeUnit) else TimeUnit.parse(unit)
    return unit.add(start, amount, calendar)


class DeadlineState(BilingualEnum):
    """Where a duty stands against its timescale.

    >>> DeadlineState.OVERDUE.label.cy
    'Yn hwyr'
    """

    NOT_YET_DUE = "not-yet-due", "Not yet due", "Heb fod yn ddyledus eto"
    DUE = "due", "Due today", "Yn ddyledus heddiw"
    OVERDUE = "overdue", "Overdue", "Yn hwyr"
    MET = "met", "Met", "Wedi’i gyflawni mewn pryd"
    MET_LATE = "met-late", "Met late", "Wedi’i gyflawni’n hwyr"


#: For each state, how the day assessed (``on``) stands to ``due``, and the rule in words.
_STATE_RULES: dict[str, tuple[Callable[[dt.date, dt.date], bool], str, str]] = {
    "not-yet-due": (operator.lt, "must be before 'due'", "rhaid iddo fod cyn 'due'"),
    "due": (operator.eq, "must be 'due' itself", "rhaid iddo fod yn 'due' ei hun"),
    "overdue": (operator.gt, "must be after 'due'", "rhaid iddo fod ar ôl 'due'"),
    "met": (operator.le, "must be on or before 'due'", "rhaid iddo fod ar 'due' neu cyn hynny"),
    "met-late": (operator.gt, "must be after 'due'", "rhaid iddo fod ar ôl 'due'"),
}


@attrs.frozen
class DeadlineStatus:
    """A duty's state on a given day, and its margin in working days.

    Attributes:
        state: met, met late, not yet due, due today or overdue.
        due: the due date.
        on: the day assessed: the day the duty was done, or today.
        working_days: working days from *on* to *due* (as
            :func:`~carewales.calendar.working_days_between` counts them):
            positive for days remaining or to spare, negative for days late.
        calendar_days: the same margin in calendar days.

    Raises:
        InvalidFieldError: if a field has the wrong type or is out of range.
        DateRangeError: if *state*, *on*, *due* and the margins disagree.

    >>> due, today = dt.date(2021, 12, 13), dt.date(2021, 12, 15)
    >>> status = DeadlineStatus(DeadlineState.OVERDUE, due, today, -2, -2)
    >>> status.working_days_late, status.working_days_remaining
    (2, 0)
    >>> print(status.render(format="text"))
    Overdue: 2 working days late (due Monday, 13 December 2021).
    Due: Monday, 13 December 2021
    Assessed on: Wednesday, 15 December 2021
    Working days: -2
    Calendar days: -2
    """

    _WHAT: ClassVar[str] = "deadline status"
    _WHAT_CY: ClassVar[str] = "statws terfyn amser"

    state: DeadlineState = attrs.field(validator=v.member(DeadlineState))
    due: dt.date = attrs.field(validator=_SUPPORTED_DAY)
    on: dt.date = attrs.field(validator=_SUPPORTED_DAY)
    working_days: int = attrs.field(converter=v.to_int, validator=_MARGIN)
    calendar_days: int = attrs.field(converter=v.to_int, validator=_MARGIN)

    def __attrs_post_init__(self) -> None:
        """Check that the state and the margins agree with the two dates."""
        test, rule, rule_cy = _STATE_RULES[self.state.value]
        if not test(self.on, self.due):
            v.fail(
                self,
                "on",
                self.on,
                f"{rule} ({self.due}) for {self.state.value!r}",
                DateRangeError,
                cy=f"{rule_cy} ({self.due}) ar gyfer {self.state.value!r}",
            )
        days = (self.due - self.on).days
        if self.calendar_days != days:
            rule = f"must be the days from 'on' to 'due' ({days})"
            rule_cy = f"rhaid iddo fod yn nifer y diwrnodau o 'on' i 'due' ({days})"
            v.fail(self, "calendar_days", self.calendar_days, rule, DateRangeError, cy=rule_cy)
        if (days >= 0 and self.working_days < 0) or (days < 0 and self.working_days > 0):
            rule = "must have the sign of the margin in calendar days (or be 0)"
            rule_cy = "rhaid iddo fod â’r un arwydd â’r ymyl mewn diwrnodau calendr (neu fod yn 0)"
            v.fail(self, "working_days", self.working_days, rule, DateRangeError, cy=rule_cy)
        if abs(self.working_days) > abs(days) + 1:
            rule = (
                f"must not exceed the calendar days between the dates ({abs(days)}) by more than 1"
            )
            rule_cy = (
                "rhaid iddo beidio â bod yn fwy na’r diwrnodau calendr rhwng y dyddiadau "
                f"({abs(days)}) o fwy nag 1"
            )
            v.fail(self, "working_days", self.working_days, rule, DateRangeError, cy=rule_cy)

    @property
    def label(self) -> Bilingual:
        """The state in both languages, such as Overdue / Yn hwyr."""
        return self.state.label

    @property
    def working_days_late(self) -> int:
        """How many working days late (0 if not late)."""
        return max(0, -self.working_days)

    @property
    def working_days_remaining(self) -> int:
        """How many working days remain, or were to spare (0 if late)."""
        return max(0, self.working_days)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say where the duty stands, in English or Welsh, in one line.

        >>> done = dt.date(2022, 1, 13)
        >>> DeadlineStatus(DeadlineState.MET, done, done, 0, 0).describe("cy")
        'Wedi’i gyflawni mewn pryd: 0 diwrnod gwaith i’w sbario (dyddiad dyledus dydd Iau, 13 Ionawr 2022).'
        """  # noqa: E501 (a doctest line)
        language = Language.parse(lang)
        words = _STATUS_WORDS[language]
        due = format_date(self.due, language, weekday=True, in_sentence=True)
        if self.state in _LATE and not self.working_days_late:
            # due on a day that is not a working day, and late by less than a working day
            return f"{self.state.label.in_(language)} ({words[3]} {due})."
        if self.state in _LATE:
            margin = f"{TimeUnit.WORKING_DAYS.count(self.working_days_late, language)} {words[1]}"
        elif self.state is DeadlineState.MET:
            margin = f"{TimeUnit.WORKING_DAYS.count(self.working_days, language)} {words[2]}"
        else:
            margin = f"{TimeUnit.WORKING_DAYS.count(self.working_days, language)} {words[0]}"
        return f"{self.state.label.in_(language)}: {margin} ({words[3]} {due})."

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one render signature)
    ) -> str:
        """Write the status as a short document: the one-line summary, then the figures.

        Args:
            lang: English or Welsh.
            format: :attr:`~carewales.text.Format.MARKDOWN` (the default) or
                :attr:`~carewales.text.Format.TEXT`, or their values as strings.

        Raises:
            UnknownLanguageError: if *lang* is neither English nor Welsh.
            InvalidChoiceError: if *format* is not a :class:`~carewales.text.Format`.

        >>> done = dt.date(2022, 1, 17)
        >>> status = DeadlineStatus(DeadlineState.MET_LATE, dt.date(2022, 1, 13), done, -2, -4)
        >>> print(status.render("cy"))
        **Wedi’i gyflawni’n hwyr**: 2 ddiwrnod gwaith yn hwyr (dyddiad dyledus dydd Iau, 13 Ionawr 2022).
        <BLANKLINE>
        - Dyddiad dyledus: Dydd Iau, 13 Ionawr 2022
        - Dyddiad asesu: Dydd Llun, 17 Ionawr 2022
        - Diwrnodau gwaith: -2
        - Diwrnodau calendr: -4
        """  # noqa: E501 (a doctest line)
        language = Language.parse(lang)
        style = Format.parse(format)
        summary = self.describe(language)
        labels = _RENDER_WORDS[language]
        rows = [
            (labels[0], format_date(self.due, language, weekday=True)),
            (labels[1], format_date(self.on, language, weekday=True)),
            (labels[2], str(self.working_days)),
            (labels[3], str(self.calendar_days)),
        ]
        if style is Format.TEXT:
            return "\n".join([summary, *(f"{label}: {value}" for label, value in rows)])
        state = self.state.label.in_(language)
        head = f"**{state}**{summary.removeprefix(state)}"
        return "\n".join([head, "", *(f"- {label}: {value}" for label, value in rows)])


_RENDER_WORDS = {
    Language.EN: ("Due", "Assessed on", "Working days", "Calendar days"),
    Language.CY: ("Dyddiad dyledus", "Dyddiad asesu", "Diwrnodau gwaith", "Diwrnodau calendr"),
}
_LATE = frozenset({DeadlineState.OVERDUE, DeadlineState.MET_LATE})
_URL = re.compile(r"https://\S{1,1992}")
_URL_CHECK = v.matches(
    _URL,
    "must be an https:// address without spaces, of at most 2,000 characters",
    cy="rhaid iddo fod yn gyfeiriad https:// heb fylchau, o 2,000 nod ar y mwyaf",
)
_CALENDAR = v.instance(WorkingCalendar)
_STATUS_WORDS = {
    Language.EN: ("remaining", "late", "to spare", "due"),
    Language.CY: ("ar ôl", "yn hwyr", "i’w sbario", "dyddiad dyledus"),
}


@attrs.frozen
class LegalSource:
    """Where a timescale comes from: an instrument and the provision in it.

    Called ``Source`` in 0.1 (``carewales.deadlines.Source`` still works, with a
    :class:`DeprecationWarning`, until 0.3); renamed so as not to clash with the
    corporate-parenting ``carewales.parenting.Source``.

    Attributes:
        instrument: the Act, regulations, guidance or report, in both languages.
        provision: the section, regulation or paragraph, in both languages.
        url: where to read it, if it is published at a stable address.
        url_cy: where to read its Welsh text, where one is published (a Welsh
            statutory instrument's Welsh version, a ``/cy/`` page of the procedures).

    Raises:
        InvalidFieldError: if a field has the wrong type or a url is not ``https://``.

    >>> source = timescale("first-placement-visit").source
    >>> source.provision.en
    'regulation 31(2)(a)'
    >>> source.describe()
    'The Care Planning, Placement and Case Review (Wales) Regulations 2015 (SI 2015/1818 (W. 261)), regulation 31(2)(a)'
    >>> source.link("cy")
    'https://www.legislation.gov.uk/wsi/2015/1818/regulation/31/made/welsh'
    """  # noqa: E501 (a doctest line)

    _WHAT: ClassVar[str] = "legal source"
    _WHAT_CY: ClassVar[str] = "ffynhonnell gyfreithiol"

    instrument: Bilingual = attrs.field(validator=v.instance(Bilingual))
    provision: Bilingual = attrs.field(validator=v.instance(Bilingual))
    url: str | None = attrs.field(default=None, validator=v.optional(_URL_CHECK))
    url_cy: str | None = attrs.field(default=None, validator=v.optional(_URL_CHECK))

    @property
    def label(self) -> Bilingual:
        """The instrument's name in both languages."""
        return self.instrument

    def link(self, lang: Language | str = Language.EN) -> str | None:
        """The address to read the source at in *lang*: the Welsh page where one exists."""
        if Language.parse(lang) is Language.CY and self.url_cy is not None:
            return self.url_cy
        return self.url

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Name the instrument and the provision in *lang*, in one line."""
        return f"{self.instrument.in_(lang)}, {self.provision.in_(lang)}"


@attrs.frozen
class Timescale:
    """A duty's timescale: how long after which event, by whose rule, and when in force.

    Attributes:
        key: a stable identifier, such as ``"first-review-conference"``.
        name: the duty's name in English and Welsh.
        amount: how many units (1 to 10,000).
        unit: working days, calendar days, weeks or months.
        starts: the event that starts the clock, in both languages.
        source: the instrument and provision it comes from.
        valid_from: the first day the rule applies.
        valid_to: the last day it applies, or ``None`` while in force.
        calendar: the working-day calendar its instrument uses.
        note: anything a reader must know about the figure, in both languages.

    Raises:
        InvalidFieldError: if a field has the wrong type, or ``amount`` is not 1 to 10,000.
        UnsupportedDateError: if ``valid_from`` or ``valid_to`` is outside 1971–2100.
        DateRangeError: if ``valid_to`` is before ``valid_from``.

    >>> review = timescale("first-review-conference")
    >>> review.describe("cy")
    '3 mis ar ôl y gynhadledd amddiffyn plant gychwynnol'
    >>> review.due(dt.date(2023, 11, 30))
    datetime.date(2024, 2, 29)
    """

    _WHAT: ClassVar[str] = "timescale"
    _WHAT_CY: ClassVar[str] = "amserlen"

    key: str = attrs.field(validator=v.key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    amount: int = attrs.field(converter=v.to_int, validator=v.integer(1, MAX_AMOUNT))
    unit: TimeUnit = attrs.field(validator=v.member(TimeUnit))
    starts: Bilingual = attrs.field(validator=v.instance(Bilingual))
    source: LegalSource = attrs.field(validator=v.instance(LegalSource))
    valid_from: dt.date = attrs.field(validator=_SUPPORTED_DAY)
    valid_to: dt.date | None = attrs.field(default=None, validator=v.optional(_SUPPORTED_DAY))
    calendar: WorkingCalendar = attrs.field(default=ENGLAND_AND_WALES, validator=_CALENDAR)
    note: Bilingual | None = attrs.field(default=None, validator=v.optional(v.instance(Bilingual)))

    def __attrs_post_init__(self) -> None:
        """Check that the rule does not end before it starts."""
        if self.valid_to is not None and self.valid_to < self.valid_from:
            rule = f"must not be before 'valid_from' ({self.valid_from})"
            rule_cy = f"rhaid iddo beidio â bod cyn 'valid_from' ({self.valid_from})"
            v.fail(self, "valid_to", self.valid_to, rule, DateRangeError, cy=rule_cy)

    @property
    def label(self) -> Bilingual:
        """The duty's name in both languages."""
        return self.name

    def applies_on(self, day: dt.date) -> bool:
        """Say whether this version of the rule was in force on *day*.

        A rule with no end is not said to be in force after the calendar's last year,
        2100: the library does not guess so far ahead.

        Raises:
            InvalidDateError: if *day* is not a plain date.
            UnsupportedDateError: if *day* is after 2100.

        >>> timescale("first-placement-visit").applies_on(dt.date(2016, 4, 5))
        False
        """
        day = _on_or_before_last_year("day", day)
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the rule in words, such as ``"15 working days after the last strategy ..."``.

        >>> timescale("first-placement-visit").describe()
        '1 week after the start of the placement'
        """
        language = Language.parse(lang)
        after = "after" if language is Language.EN else "ar ôl"
        return f"{self.unit.count(self.amount, language)} {after} {self.starts.in_(language)}"

    def period(self, lang: Language | str = Language.EN) -> str:
        """Say when the rule is in force, such as ``"from 2016-04-06 onwards"``.

        >>> timescale("improvement-plan-powys-2017").period()
        'on 2017-10-17 only'
        >>> timescale("first-core-group").period("cy")
        'o 2019-11-11 ymlaen'
        """
        welsh_ = Language.parse(lang) is Language.CY
        start = self.valid_from.isoformat()
        if self.valid_to is None:
            return f"o {start} ymlaen" if welsh_ else f"from {start} onwards"
        end = self.valid_to.isoformat()
        if self.valid_to == self.valid_from:
            return f"ar {start} yn unig" if welsh_ else f"on {start} only"
        return f"o {start} hyd at {end}" if welsh_ else f"from {start} to {end}"

    def check_applies(self, start: dt.date) -> dt.date:
        """Return *start* if this rule was in force that day, else raise naming its period.

        Where another version of the same rule in the catalogue was in force on
        *start*, the message names it.

        Raises:
            InvalidDateError: if *start* is not a plain date.
            UnsupportedDateError: if the rule was not in force on *start*.
        """
        start = ensure_date("start", start)
        if self.applies_on(start):
            return start
        others = [item for item in _by_key().get(self.key, ()) if item != self]
        instead = [item for item in others if item.applies_on(start)]
        if instead:
            rule = instead[0]
            tail = (
                f"; the catalogue's version in force that day is {rule.describe()} "
                f"({rule.period()}): use timescale({self.key!r}, on=start)"
            )
            tail_cy = (
                "; fersiwn y catalog a oedd mewn grym y diwrnod hwnnw yw "
                f"{rule.describe(Language.CY)} ({rule.period(Language.CY)}): defnyddiwch "
                f"timescale({self.key!r}, on=start)"
            )
        elif others:
            tail = ", and no version of it in the catalogue was in force that day"
            tail_cy = ", ac nid oedd unrhyw fersiwn ohoni yn y catalog mewn grym y diwrnod hwnnw"
        else:
            tail = ", and the catalogue holds no other version of it"
            tail_cy = ", ac nid oes gan y catalog unrhyw fersiwn arall ohoni"
        msg = (
            f"timescale {self.key!r} applies to clocks started {self.period()}; "
            f"'start' ({start}) is outside that period{tail}."
        )
        cy = (
            f"mae amserlen {self.key!r} yn gymwys i glociau a ddechreuwyd "
            f"{self.period(Language.CY)}; mae 'start' ({start}) y tu allan i’r cyfnod "
            f"hwnnw{tail_cy}."
        )
        raise UnsupportedDateError(msg, cy=cy)

    def due(self, start: dt.date) -> dt.date:
        """Return the due date for a clock started on *start*, while the rule was in force.

        Raises:
            InvalidDateError: if *start* is not a plain date.
            UnsupportedDateError: if the rule was not in force on *start* (the message
                names its period), or a working-day count leaves 1971–2100.

        >>> timescale("improvement-plan-powys-2017").due(dt.date(2017, 10, 17))
        datetime.date(2017, 11, 14)
        >>> timescale("improvement-plan-powys-2017").due(dt.date(2017, 10, 18))
        Traceback (most recent call last):
        ...
        carewales.errors.UnsupportedDateError: timescale 'improvement-plan-powys-2017' applies to clocks started on 2017-10-17 only; ...
        """  # noqa: E501 (a doctest line)
        start = self.check_applies(start)
        return due_date(start, self.amount, self.unit, self.calendar)

    def status(
        self, start: dt.date, done: dt.date | None = None, today: dt.date | None = None
    ) -> DeadlineStatus:
        """Say whether the duty is met, due or overdue, and by how many working days.

        Args:
            start: the day of the event that started the clock.
            done: the day the duty was done, if it has been.
            today: the day to assess on when not done; the system date if omitted.

        Raises:
            InvalidDateError: if a date is not a plain date.
            DateRangeError: if *done* or *today* is before *start*.
            UnsupportedDateError: if the rule was not in force on *start*, or a date
                is outside 1971–2100.

        >>> visit = timescale("first-placement-visit")
        >>> visit.status(dt.date(2024, 3, 4), done=dt.date(2024, 3, 12)).describe()
        'Met late: 1 working day late (due Monday, 11 March 2024).'
        >>> visit.status(dt.date(2024, 3, 4), today=dt.date(2024, 3, 11)).state
        <DeadlineState.DUE: 'due'>
        """
        start = ensure_date("start", start)
        due = self.due(start)
        if done is not None:
            on = _not_before(start, "done", done)
            state = DeadlineState.MET if on <= due else DeadlineState.MET_LATE
        else:
            on = _not_before(start, "today", _today() if today is None else today)
            if on < due:
                state = DeadlineState.NOT_YET_DUE
            elif on == due:
                state = DeadlineState.DUE
            else:
                state = DeadlineState.OVERDUE
        margin = _working_days_between(on, due, self.calendar)
        return DeadlineStatus(state, due, on, margin, (due - on).days)


def _today() -> dt.date:
    """Today's date in Wales, whatever the machine's time zone.

    Where the machine has no time-zone database (Windows without the ``tzdata``
    package), the machine's local date is used: the runtime dependencies stay
    exactly attrs, cattrs and python-dateutil.
    """
    try:
        wales = ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # pragma: no cover (only without a time-zone database)
        return dt.date.today()  # noqa: DTZ011 (the documented fallback)
    return dt.datetime.now(tz=wales).date()


def _not_before(start: dt.date, field: str, value: dt.date) -> dt.date:
    value = ensure_date(field, value)
    if value < start:
        msg = f"{field!r} ({value}) must not be before 'start' ({start}) of the timescale."
        cy = f"{field!r} ({value}): rhaid iddo beidio â bod cyn 'start' ({start}) yr amserlen."
        raise DateRangeError(msg, cy=cy)
    return value


def _optional_date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _load_timescales() -> tuple[Timescale, ...]:
    raw: dict[str, Any] = load_json("timescales.json")

    def bilingual(item: dict[str, str]) -> Bilingual:
        return Bilingual(item["en"], item["cy"])

    instruments = {key: bilingual(value) for key, value in raw["instruments"].items()}
    notes = {key: bilingual(value) for key, value in raw["notes"].items()}
    calendars = {ENGLAND_AND_WALES.key: ENGLAND_AND_WALES}
    items = []
    for item in raw["timescales"]:
        note = item["note"]
        if isinstance(note, str):  # a note shared by several timescales, by its key
            note = notes[note]
        elif note is not None:
            note = bilingual(note)
        items.append(
            Timescale(
                key=item["key"],
                name=bilingual(item["name"]),
                amount=item["amount"],
                unit=TimeUnit.parse(item["unit"]),
                starts=bilingual(item["starts"]),
                source=LegalSource(
                    instruments[item["instrument"]],
                    bilingual(item["provision"]),
                    item["url"],
                    item.get("url_cy"),
                ),
                valid_from=dt.date.fromisoformat(item["valid_from"]),
                valid_to=_optional_date(item["valid_to"]),
                calendar=calendars[item.get("calendar", ENGLAND_AND_WALES.key)],
                note=note,
            )
        )
    return tuple(items)


_TIMESCALES = Lazy(_load_timescales)


def timescales(on: dt.date | None = None) -> tuple[Timescale, ...]:
    """Return the catalogue of timescales, or only those in force on *on*.

    Args:
        on: a date; if given, only the versions in force that day are returned.

    Raises:
        InvalidDateError: if *on* is not a plain date.
        UnsupportedDateError: if *on* is after 2100, the calendar's last year.

    >>> len(timescales(dt.date(2016, 1, 1)))  # before the 2015 Regulations came into force
    0
    >>> sorted({t.source.instrument.en.split(" (")[0] for t in timescales(dt.date(2020, 1, 1))})
    ['The Care Planning, Placement and Case Review', 'Wales Safeguarding Procedures']
    """
    items = _TIMESCALES()
    if on is None:
        return items
    day = _on_or_before_last_year("on", on)
    return tuple(item for item in items if item.applies_on(day))


def _on_or_before_last_year(field: str, day: object) -> dt.date:
    """*day* as a plain date, refused if after the calendar's last year (2100)."""
    found = ensure_date(field, day)
    if found.year > LAST_YEAR:
        ensure_supported_date(field, found)  # raises UnsupportedDateError, in both languages
    return found


def _group_by_key() -> dict[str, tuple[Timescale, ...]]:
    versions: dict[str, list[Timescale]] = {}
    for item in _TIMESCALES():
        versions.setdefault(item.key, []).append(item)
    return {key: tuple(items) for key, items in versions.items()}


#: The catalogue grouped by key, and the Welsh names, for the catalogue they were built from.
_GROUPED: list[Any] = [None, {}, {}]


def _by_key() -> dict[str, tuple[Timescale, ...]]:
    items = _TIMESCALES()
    if _GROUPED[0] is not items:
        grouped = _group_by_key()
        _GROUPED[:] = [items, grouped, {key: found[0].name.cy for key, found in grouped.items()}]
    by_key: dict[str, tuple[Timescale, ...]] = _GROUPED[1]
    return by_key


def _names_cy() -> dict[str, str]:
    _by_key()
    names: dict[str, str] = _GROUPED[2]
    return names


def timescale(key: str, on: dt.date | None = None) -> Timescale:
    """Return the timescale *key*: the version in force on *on*, or the latest.

    Args:
        key: the timescale's key, such as ``"first-core-group"`` (case, surrounding
            space, and ``_`` or spaces for ``-`` are ignored).
        on: the date whose rule you want; the latest version if omitted.

    Raises:
        InvalidDateError: if *on* is not a plain date.
        UnsupportedDateError: if *on* is after 2100, the calendar's last year.
        UnknownTimescaleError: if *key* is not a string, no timescale has that key
            (the closest keys are suggested), or none was in force on *on*.

    >>> timescale(" First-Core-Group ").describe()
    '10 working days after the child protection conference at which the child was registered'
    >>> timescale("initial-conference")
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownTimescaleError: 'key' ('initial-conference') names no timescale. Did you mean ...
    """  # noqa: E501 (a doctest line)
    versions = lookup(
        key,
        _by_key(),
        what="timescale",
        error=UnknownTimescaleError,
        what_cy="amserlen",
        names_cy=_names_cy(),
    )
    if on is None:
        return max(versions, key=lambda item: item.valid_from)
    day = _on_or_before_last_year("on", on)
    for item in versions:
        if item.applies_on(day):
            return item
    periods = "; ".join(item.period() for item in versions)
    periods_cy = "; ".join(item.period(Language.CY) for item in versions)
    msg = f"timescale {versions[0].key!r} was not in force on {day}; it applies {periods}."
    cy = f"nid oedd amserlen {versions[0].key!r} mewn grym ar {day}; mae’n gymwys {periods_cy}."
    raise UnknownTimescaleError(msg, cy=cy)


__getattr__ = renamed(
    __name__, {"Source": ("carewales.deadlines.LegalSource", lambda: LegalSource)}
)

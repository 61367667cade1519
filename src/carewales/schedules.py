"""Repeating duties as schedules: each next due date counts from the previous actual event.

A core group meets again, a review conference is held again, a looked after child is
visited and their case reviewed again and again. :func:`schedule` takes the event that
starts the first clock and the dates the duty was actually done, and gives a
:class:`Schedule`: one :class:`Occurrence` per event, each with its due date (counted
from the previous *actual* event, as the sources count it) and its state (met, or met
late by so many working days), and the next occurrence, due, overdue or not yet due on
``as_of``.

The schedules and the catalogue rules they use (:mod:`carewales.deadlines`):

* ``core-groups``: the first within 10 working days of the conference at which the
  child was registered, then at least every six weeks (Wales Safeguarding Procedures,
  children, section 4);
* ``review-conferences``: the first within three months of the initial conference,
  then at least every six months (section 4);
* ``looked-after-reviews``: the first within 20 working days of the day the child
  became looked after, the second within three months of it, then at least every six
  months (the Care Planning, Placement and Case Review (Wales) Regulations 2015,
  regulation 39(1) and (2));
* ``placement-visits``: regulation 31 of the same Regulations, which depends on the
  placement (:class:`PlacementType`):

  - 31(2), any placement: within one week of its start, then at intervals of not more
    than 6 weeks in its first year, then of not more than 3 months where the placement
    is intended to last until the child is 18 and 6 weeks in any other case;
  - 31(3), placed with a parent before assessment (regulation 20): at least weekly until
    the first review under Part 6, then at intervals of not more than 6 weeks;
  - 31(4), temporary approval of a connected person (regulation 26), or an interim care
    order with the child living with a parent: at least weekly until the first review,
    then at intervals of not more than 4 weeks;
  - 31(5), a care order with the child living with a parent: within one week of the
    making of the order (the schedule's ``start``), then at intervals of not more than 6
    weeks.

How the library reads the changes of interval (always the shorter interval where the
text leaves a choice, so a council is never told a visit is not yet due when it may
be): the interval after a visit is the one in force on the day of that visit. A visit
made in the placement's first year (before its first anniversary) is followed by one
within 6 weeks; a visit made before the first review (or with no review yet) by one
within a week. Regulation 31(6) (other arrangements for a child in care) is not
modelled: its intervals could not be read in full.

>>> import datetime as dt
>>> visits = schedule(
...     "placement-visits",
...     dt.date(2024, 3, 4),
...     [dt.date(2024, 3, 8), dt.date(2024, 3, 18)],
...     as_of=dt.date(2024, 4, 2),
...     placement="parent-before-assessment",
... )
>>> [(o.due.isoformat(), o.state.value) for o in visits.occurrences]
[('2024-03-11', 'met'), ('2024-03-15', 'met-late'), ('2024-03-25', 'overdue')]
>>> visits.describe()
'Visits to a looked after child: 2 done (1 late); next: Overdue: 4 working days late (due Monday, 25 March 2024).'
"""  # noqa: E501 (a doctest line)

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import ClassVar

import attrs
from dateutil.relativedelta import relativedelta

from . import _validators as v
from ._lookup import lookup
from ._validators import ensure_date
from .calendar import FIRST_YEAR, LAST_YEAR
from .deadlines import DeadlineState, DeadlineStatus, Timescale, _by_key, _today
from .errors import DateRangeError, InvalidFieldError, UnknownTimescaleError
from .text import Bilingual, BilingualEnum, Format, Language, format_date

__all__ = ["Occurrence", "PlacementType", "Schedule", "schedule", "schedule_keys"]

_SUPPORTED_DAY = v.date(dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31))
#: The most occurrences a schedule holds: a weekly duty for about 190 years.
MAX_OCCURRENCES = v.MAX_ITEMS
_DONE = frozenset({DeadlineState.MET, DeadlineState.MET_LATE})


class PlacementType(BilingualEnum):
    """What a looked after child's placement is, as regulation 31 of SI 2015/1818 tells them apart.

    >>> PlacementType.CARE_ORDER_WITH_PARENT.label.cy
    'Gorchymyn gofal, yn byw gyda rhiant (rheoliad 31(5))'
    """

    OTHER = (
        "other",
        "Any other placement (regulation 31(2))",
        "Unrhyw leoliad arall (rheoliad 31(2))",
    )
    UNTIL_EIGHTEEN = (
        "until-18",
        "Placement intended to last until the child is 18 (regulation 31(2)(c)(i))",
        "Lleoliad y bwriedir iddo barhau hyd nes bo’r plentyn yn 18 oed (rheoliad 31(2)(c)(i))",
    )
    PARENT_BEFORE_ASSESSMENT = (
        "parent-before-assessment",
        "Placed with a parent before the assessment is completed (regulations 20 and 31(3))",
        "Wedi’i leoli gyda rhiant cyn cwblhau’r asesiad (rheoliadau 20 a 31(3))",
    )
    TEMPORARY_APPROVAL = (
        "temporary-approval",
        (
            "Temporary approval of a relative, friend or other connected person "
            "(regulations 26 and 31(4))"
        ),
        (
            "Cymeradwyaeth dros dro i berthynas, ffrind neu berson cysylltiedig arall "
            "(rheoliadau 26 a 31(4))"
        ),
    )
    INTERIM_CARE_ORDER_WITH_PARENT = (
        "interim-care-order-with-parent",
        "Interim care order, living with a parent (regulation 31(4))",
        "Gorchymyn gofal interim, yn byw gyda rhiant (rheoliad 31(4))",
    )
    CARE_ORDER_WITH_PARENT = (
        "care-order-with-parent",
        "Care order, living with a parent (regulation 31(5))",
        "Gorchymyn gofal, yn byw gyda rhiant (rheoliad 31(5))",
    )


#: A schedule's rule: the catalogue key for occurrence *number*, counted from *since*.
_Picker = Callable[[int, dt.date, "_Facts"], str]


@attrs.frozen
class _Facts:
    """What the rules need to know about the child: the start, placement and first review."""

    start: dt.date
    placement: PlacementType | None
    first_review: dt.date | None


def _sequence(*keys: str) -> _Picker:
    """The first keys in turn, then the last one for every later occurrence."""

    def pick(number: int, _: dt.date, __: _Facts) -> str:
        return keys[min(number, len(keys)) - 1]

    return pick


#: Regulation 31(3) and (4): weekly until the first review, then the longer interval.
_UNTIL_REVIEW = {
    PlacementType.PARENT_BEFORE_ASSESSMENT: (
        "visit-placed-with-parent-weekly",
        "visit-placed-with-parent-after-review",
    ),
    PlacementType.TEMPORARY_APPROVAL: (
        "visit-temporary-or-interim-weekly",
        "visit-temporary-or-interim-after-review",
    ),
    PlacementType.INTERIM_CARE_ORDER_WITH_PARENT: (
        "visit-temporary-or-interim-weekly",
        "visit-temporary-or-interim-after-review",
    ),
}


def _visit(number: int, since: dt.date, facts: _Facts) -> str:
    """Regulation 31(2) to (5): the rule for visit *number*, the clock started on *since*."""
    placement = facts.placement
    if placement in _UNTIL_REVIEW:
        weekly, after = _UNTIL_REVIEW[placement]
        reviewed = facts.first_review is not None and facts.first_review <= since
        return after if reviewed else weekly
    if placement is PlacementType.CARE_ORDER_WITH_PARENT:
        return "first-visit-after-care-order" if number == 1 else "visit-after-care-order"
    if number == 1:
        return "first-placement-visit"
    if since < facts.start + relativedelta(years=1):
        return "placement-visit-first-year"
    if placement is PlacementType.UNTIL_EIGHTEEN:
        return "placement-visit-long-term"
    return "placement-visit-other"


_SCHEDULES: dict[str, tuple[Bilingual, _Picker]] = {
    "core-groups": (
        Bilingual("Core group meetings", "Cyfarfodydd y grŵp craidd"),
        _sequence("first-core-group", "next-core-group"),
    ),
    "review-conferences": (
        Bilingual("Child protection review conferences", "Cynadleddau adolygu amddiffyn plant"),
        _sequence("first-review-conference", "next-review-conference"),
    ),
    "looked-after-reviews": (
        Bilingual(
            "Reviews of a looked after child’s case",
            "Adolygiadau o achos plentyn sy’n derbyn gofal",
        ),
        _sequence(
            "first-looked-after-review", "second-looked-after-review", "next-looked-after-review"
        ),
    ),
    "placement-visits": (
        Bilingual("Visits to a looked after child", "Ymweliadau â phlentyn sy’n derbyn gofal"),
        _visit,
    ),
}


def schedule_keys() -> tuple[str, ...]:
    """The keys of the schedules the library knows.

    >>> schedule_keys()
    ('core-groups', 'looked-after-reviews', 'placement-visits', 'review-conferences')
    """
    return tuple(sorted(_SCHEDULES))


@attrs.frozen
class Occurrence:
    """One occurrence of a repeating duty: the rule, when its clock started, and its state.

    Attributes:
        number: 1 for the first occurrence, and so on.
        rule: the key of the catalogue timescale (or the user's own) it is due by.
        counted_from: the day its clock started: the schedule's start for the first, the
            previous occurrence's actual date for the others.
        status: its state: met or met late (``status.on`` is the day it was done), or,
            for the occurrence still to come, due, overdue or not yet due on ``as_of``.

    Raises:
        InvalidFieldError: if a field has the wrong type or is out of range.
        DateRangeError: if the status's dates are before ``counted_from``.

    >>> visit = schedule("core-groups", dt.date(2024, 1, 8), as_of=dt.date(2024, 1, 9))
    >>> visit.occurrences[0].describe()
    '1. first-core-group, counted from 8 January 2024: Not yet due: 9 working days remaining (due Monday, 22 January 2024).'
    """  # noqa: E501 (a doctest line)

    _WHAT: ClassVar[str] = "occurrence"
    _WHAT_CY: ClassVar[str] = "achlysur"

    number: int = attrs.field(converter=v.to_int, validator=v.integer(1, MAX_OCCURRENCES))
    rule: str = attrs.field(validator=v.key())
    counted_from: dt.date = attrs.field(validator=_SUPPORTED_DAY)
    status: DeadlineStatus = attrs.field(validator=v.instance(DeadlineStatus))

    def __attrs_post_init__(self) -> None:
        """Check that the duty falls due, and was done or assessed, after its clock started."""
        for field, day in (("due", self.status.due), ("on", self.status.on)):
            if day < self.counted_from:
                rule = f"must not be before 'counted_from' ({self.counted_from})"
                rule_cy = f"rhaid iddo beidio â bod cyn 'counted_from' ({self.counted_from})"
                v.fail(self, f"status.{field}", day, rule, DateRangeError, cy=rule_cy)

    @property
    def label(self) -> Bilingual:
        """The occurrence's state in both languages."""
        return self.status.label

    @property
    def state(self) -> DeadlineState:
        """Met, met late, not yet due, due today or overdue."""
        return self.status.state

    @property
    def due(self) -> dt.date:
        """The day it fell, or falls, due."""
        return self.status.due

    @property
    def done(self) -> dt.date | None:
        """The day it was done, or ``None`` if it is still to come."""
        return self.status.on if self.status.state in _DONE else None

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the occurrence, its rule and its state in one line."""
        language = Language.parse(lang)
        since = format_date(self.counted_from, language)
        words = "wedi’i gyfrif o" if language is Language.CY else "counted from"
        return f"{self.number}. {self.rule}, {words} {since}: {self.status.describe(language)}"


def _check_occurrences(
    schedule: Schedule, attribute: object, items: tuple[Occurrence, ...]
) -> None:
    """Each occurrence counts from the previous one's actual date; only the last is open."""
    del attribute
    previous = schedule.start
    last = len(items)
    for number, item in enumerate(items, 1):
        problem = None
        if item.number != number:
            problem = (f"must be numbered {number}", f"rhaid iddo gael y rhif {number}")
        elif item.counted_from != previous:
            problem = (
                f"must count from the previous actual event ({previous})",
                f"rhaid iddo gyfrif o’r digwyddiad gwirioneddol blaenorol ({previous})",
            )
        elif (item.done is None) != (number == last):
            problem = (
                "must be done, but for the last occurrence, which is still to come",
                "rhaid iddo fod wedi’i gyflawni, ac eithrio’r olaf, sydd eto i ddod",
            )
        elif item.status.on > schedule.as_of:
            problem = (
                f"must not be done or assessed after 'as_of' ({schedule.as_of})",
                (
                    "rhaid iddo beidio â chael ei gyflawni na’i asesu ar ôl "
                    f"'as_of' ({schedule.as_of})"
                ),
            )
        elif item.done is None and item.status.on != schedule.as_of:
            problem = (
                f"must be assessed on 'as_of' ({schedule.as_of})",
                f"rhaid ei asesu ar 'as_of' ({schedule.as_of})",
            )
        if problem is not None:
            where = f"occurrences[{number - 1}]"
            v.fail(schedule, where, item.describe(), problem[0], DateRangeError, cy=problem[1])
        previous = item.done or previous


@attrs.frozen
class Schedule:
    """A repeating duty's occurrences: those done, and the next one, on a given day.

    Attributes:
        key: the schedule's key (:func:`schedule_keys`), or the user's own rule's key.
        name: the duty's name in both languages.
        start: the event that started the first clock.
        as_of: the day the next occurrence is assessed on.
        occurrences: every occurrence done, in order, then the next one.
        placement: for placement visits, the kind of placement.
        first_review: for placement visits, the day of the first review under Part 6 of
            the 2015 Regulations, if it has been held.

    Raises:
        InvalidFieldError: if a field has the wrong type.
        DateRangeError: if the occurrences do not follow one another from ``start``, or
            a date is after ``as_of``.

    >>> reviews = schedule(
    ...     "looked-after-reviews",
    ...     dt.date(2023, 9, 1),
    ...     [dt.date(2023, 9, 27)],
    ...     as_of=dt.date(2023, 12, 1),
    ... )
    >>> print(reviews.render(format="text"))
    Reviews of a looked after child’s case: 1 done (0 late); next: Not yet due: 16 working days remaining (due Wednesday, 27 December 2023).
    1. first-looked-after-review, counted from 1 September 2023: Met: 2 working days to spare (due Friday, 29 September 2023).
    2. second-looked-after-review, counted from 27 September 2023: Not yet due: 16 working days remaining (due Wednesday, 27 December 2023).
    """  # noqa: E501 (a doctest line)

    _WHAT: ClassVar[str] = "schedule"
    _WHAT_CY: ClassVar[str] = "amserlen ailadroddus"

    key: str = attrs.field(validator=v.key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    start: dt.date = attrs.field(validator=_SUPPORTED_DAY)
    as_of: dt.date = attrs.field(validator=_SUPPORTED_DAY)
    occurrences: tuple[Occurrence, ...] = attrs.field(
        converter=v.to_tuple,
        validator=[
            v.tuple_of(v.instance(Occurrence), min_size=1, max_size=MAX_OCCURRENCES),
            _check_occurrences,
        ],
    )
    placement: PlacementType | None = attrs.field(
        default=None, validator=v.optional(v.member(PlacementType))
    )
    first_review: dt.date | None = attrs.field(default=None, validator=v.optional(_SUPPORTED_DAY))

    def __attrs_post_init__(self) -> None:
        """Check that the first review is not before the start nor after ``as_of``."""
        review = self.first_review
        if review is not None and not self.start <= review <= self.as_of:
            rule = f"must be from 'start' ({self.start}) to 'as_of' ({self.as_of})"
            rule_cy = f"rhaid iddo fod o 'start' ({self.start}) hyd at 'as_of' ({self.as_of})"
            v.fail(self, "first_review", review, rule, DateRangeError, cy=rule_cy)

    @property
    def label(self) -> Bilingual:
        """The duty's name in both languages."""
        return self.name

    @property
    def done(self) -> tuple[Occurrence, ...]:
        """The occurrences that have happened."""
        return self.occurrences[:-1]

    @property
    def next(self) -> Occurrence:
        """The occurrence still to come: not yet due, due today or overdue on ``as_of``."""
        return self.occurrences[-1]

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say how many were done, how many late, and where the next one stands."""
        language = Language.parse(lang)
        late = sum(item.state is DeadlineState.MET_LATE for item in self.done)
        summary = self.next.status.describe(language)
        if language is Language.CY:
            done = "wedi’i gyflawni" if len(self.done) == 1 else "wedi’u cyflawni"
            counts = f"{len(self.done)} {done} ({late} yn hwyr)"
            return f"{self.name.cy}: {counts}; nesaf: {summary}"
        return f"{self.name.en}: {len(self.done)} done ({late} late); next: {summary}"

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one render signature)
    ) -> str:
        """Write the schedule: the one-line summary, then each occurrence.

        Raises:
            UnknownLanguageError: if *lang* is neither English nor Welsh.
            InvalidChoiceError: if *format* is not a :class:`~carewales.text.Format`.
        """
        language = Language.parse(lang)
        style = Format.parse(format)
        lines = [item.describe(language) for item in self.occurrences]
        if style is Format.TEXT:
            return "\n".join([self.describe(language), *lines])
        name = self.name.in_(language)
        head = f"**{name}**{self.describe(language).removeprefix(name)}"
        return "\n".join([head, "", *(f"- {line}" for line in lines)])


def _rule(key: str, since: dt.date) -> Timescale:
    """The catalogue's version of *key* in force on *since*, else its latest (which refuses)."""
    versions = _by_key()[key]
    for item in versions:
        if item.applies_on(since):
            return item
    return max(versions, key=lambda item: item.valid_from)


def _events(start: dt.date, events: Iterable[dt.date], as_of: dt.date) -> list[dt.date]:
    if isinstance(events, (str, bytes, dt.date)) or not isinstance(events, Iterable):
        msg = f"'events' ({v.describe(events)}) must be an iterable of dates."
        cy = f"'events' ({v.describe(events)}): rhaid iddo fod yn gyfres o ddyddiadau."
        raise InvalidFieldError(msg, cy=cy)
    days = sorted(ensure_date("events", day) for day in events)
    for previous, day in zip([None, *days], days, strict=False):
        if day == previous:
            msg = f"'events' lists {day} twice: each date is one occurrence."
            cy = f"mae 'events' yn rhestru {day} ddwywaith: un digwyddiad yw pob dyddiad."
            raise DateRangeError(msg, cy=cy)
        if not start <= day <= as_of:
            msg = f"'events' ({day}) must be from 'start' ({start}) to 'as_of' ({as_of})."
            cy = f"'events' ({day}): rhaid iddo fod o 'start' ({start}) hyd at 'as_of' ({as_of})."
            raise DateRangeError(msg, cy=cy)
    return days


def schedule(  # noqa: PLR0913 (each keyword is one fact about the child)
    key_or_rule: str | Timescale,
    start: dt.date,
    events: Iterable[dt.date] = (),
    *,
    as_of: dt.date | None = None,
    placement: PlacementType | str | None = None,
    first_review: dt.date | None = None,
) -> Schedule:
    """Give a repeating duty's occurrences from the events that actually happened.

    Args:
        key_or_rule: a schedule's key (:func:`schedule_keys`, or its Welsh name), or a
            :class:`~carewales.deadlines.Timescale` to repeat from each event.
        start: the event that starts the first clock: the conference at which the child
            was registered (core groups), the initial conference (review conferences),
            the day the child became looked after (reviews), the start of the placement,
            or for a care order with a parent the making of the order (visits).
        events: the days the duty was done (in any order; each date once).
        as_of: the day to assess the next occurrence on; today in Wales if omitted.
        placement: for ``placement-visits`` (and only then), the kind of placement.
        first_review: for ``placement-visits``, the day of the first review under Part 6,
            if held: it ends the weekly visits of regulation 31(3) and (4).

    Raises:
        UnknownTimescaleError: if *key_or_rule* names no schedule.
        InvalidDateError: if a date is not a plain date.
        InvalidFieldError: if *events* is not an iterable, or *placement* or
            *first_review* is missing or given where it does not belong.
        InvalidChoiceError: if *placement* is not a :class:`PlacementType` or its value.
        DateRangeError: if an event is listed twice, or a date is before *start* or
            after *as_of*.
        UnsupportedDateError: if a rule was not in force when its clock started (the
            message names its period), or a date is outside 1971–2100.

    >>> groups = schedule(
    ...     "core-groups", dt.date(2024, 1, 8), [dt.date(2024, 1, 19)], as_of=dt.date(2024, 3, 11)
    ... )
    >>> [(o.rule, o.due.isoformat(), o.state.value) for o in groups.occurrences]
    [('first-core-group', '2024-01-22', 'met'), ('next-core-group', '2024-03-01', 'overdue')]
    >>> schedule("core-groups", dt.date(2019, 10, 1), as_of=dt.date(2019, 10, 2))
    Traceback (most recent call last):
    ...
    carewales.errors.UnsupportedDateError: timescale 'first-core-group' applies to clocks started from 2019-11-11 onwards; ...
    """  # noqa: E501 (a doctest line)
    start = ensure_date("start", start)
    as_of = _today() if as_of is None else ensure_date("as_of", as_of)
    if as_of < start:
        msg = f"'as_of' ({as_of}) must not be before 'start' ({start})."
        cy = f"'as_of' ({as_of}): rhaid iddo beidio â bod cyn 'start' ({start})."
        raise DateRangeError(msg, cy=cy)
    pick: _Picker
    rule_for: Callable[[str, dt.date], Timescale]
    if isinstance(key_or_rule, Timescale):
        own = key_or_rule
        key, name = own.key, own.name
        pick = _sequence(own.key)

        def rule_for(_: str, __: dt.date) -> Timescale:
            return own
    else:
        names_cy = {k: found[0].cy for k, found in _SCHEDULES.items()}
        found = lookup(
            key_or_rule,
            {k: (k, *item) for k, item in _SCHEDULES.items()},
            what="schedule",
            error=UnknownTimescaleError,
            what_cy="amserlen",
            names_cy=names_cy,
        )
        key, name, pick = found
        rule_for = _rule
    facts = _facts(key, start, as_of, placement, first_review)
    occurrences: list[Occurrence] = []
    since = start
    for number, day in enumerate([*_events(start, events, as_of), None], 1):
        rule = rule_for(pick(number, since, facts), since)
        status = rule.status(since, today=as_of) if day is None else rule.status(since, done=day)
        occurrences.append(Occurrence(number, rule.key, since, status))
        since = day or since
    return Schedule(
        key, name, start, as_of, tuple(occurrences), facts.placement, facts.first_review
    )


def _facts(
    key: str,
    start: dt.date,
    as_of: dt.date,
    placement: PlacementType | str | None,
    first_review: dt.date | None,
) -> _Facts:
    """Check the facts about the placement against the schedule they are given for."""
    visits = key == "placement-visits"
    if visits and placement is None:
        msg = "'placement' is required for placement visits: say what the placement is."
        cy = "mae angen 'placement' ar gyfer ymweliadau lleoliad: dywedwch beth yw’r lleoliad."
        raise InvalidFieldError(msg, cy=cy)
    for field, value in (("placement", placement), ("first_review", first_review)):
        if not visits and value is not None:
            msg = f"{field!r} ({v.describe(value)}) belongs to placement visits, not {key!r}."
            cy = (
                f"{field!r} ({v.describe(value)}): mae’n perthyn i ymweliadau lleoliad, "
                f"nid i {key!r}."
            )
            raise InvalidFieldError(msg, cy=cy)
    kind = None if placement is None else PlacementType.parse(placement)
    review = None if first_review is None else ensure_date("first_review", first_review)
    if review is not None and not start <= review <= as_of:
        msg = f"'first_review' ({review}) must be from 'start' ({start}) to 'as_of' ({as_of})."
        cy = (
            f"'first_review' ({review}): rhaid iddo fod o 'start' ({start}) hyd at "
            f"'as_of' ({as_of})."
        )
        raise DateRangeError(msg, cy=cy)
    return _Facts(start, kind, review)

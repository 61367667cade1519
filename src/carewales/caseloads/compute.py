"""Every statutory deadline of every child in a caseload, and its state on one day.

:func:`deadlines` groups the events by child and, for each child, starts each
deadline its events start, using the rule in force on each start day
(:mod:`carewales.deadlines`) and the repeating schedules
(:func:`carewales.schedules.schedule`):

==========================  ========================  =========================================
starting event              deadline                  met by
==========================  ========================  =========================================
referral                    ``report-decision``       the next referral decision
initial conference          ``core-groups``           core groups, until registration ends
initial conference          ``review-conferences``    review conferences, until it ends
became looked after         ``looked-after-reviews``  reviews of the child's case, until care ends
placement started           ``placement-plan``        the placement plan (one made in advance
                                                      counts as made on the day it started)
placement started           ``placement-visits``      visits, until the placement or care ends
==========================  ========================  =========================================

A repeating duty's clock stops when what it belongs to ends (registration, the
placement, care): an occurrence due after the end is not listed, and one due
on or before it but never done is overdue, assessed on the day after the end.
A placement's end, or care's, recorded on the day a new one starts belongs to
the one before (a move is recorded so).  Each plan counts for one placement
only.  An event repeated on the same day counts once, and of two placements
starting on the same day the first recorded counts.  A deadline whose rule was
not in force on its start day, or whose due date would fall after the
calendar's last year (2100), is listed as not applicable.  Events dated after
``as_of`` are left out: they had not happened on the day assessed.

Each child's deadlines depend only on that child's events, so a caseload may be
split by child (or by authority) and the parts computed separately, in any
order, on any number of processes or machines.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator

from ..calendar import working_days_between
from ..deadlines import DeadlineState, DeadlineStatus, Timescale, _by_key, timescale
from ..errors import InvalidFieldError, UnsupportedDateError
from ..schedules import _SCHEDULES, PlacementType, _Facts, schedule
from ._fast import trusted
from ._group import Child, bulk, group, last_on_or_before
from .events import DAY, CaseEvent, EventKind
from .table import CaseDeadline, CaseState, DeadlineTable

__all__ = ["deadlines", "deadlines_of_child"]

_build_table = trusted(DeadlineTable)

_STATES = {
    DeadlineState.MET: CaseState.MET,
    DeadlineState.MET_LATE: CaseState.MET_LATE,
    DeadlineState.NOT_YET_DUE: CaseState.NOT_YET_DUE,
    DeadlineState.DUE: CaseState.DUE,
    DeadlineState.OVERDUE: CaseState.OVERDUE,
}
#: The placements whose weekly visits end at the first review (regulation 31(3) and (4)).
_MET = frozenset({CaseState.MET, CaseState.MET_LATE})
_UNTIL_REVIEW = {
    PlacementType.PARENT_BEFORE_ASSESSMENT,
    PlacementType.TEMPORARY_APPROVAL,
    PlacementType.INTERIM_CARE_ORDER_WITH_PARENT,
}


def _between(days: list[dt.date], start: dt.date, end: dt.date) -> list[dt.date]:
    """The distinct days of *days* (sorted) from *start* to *end*, both included."""
    low, high = bisect.bisect_left(days, start), bisect.bisect_right(days, end)
    return sorted(set(days[low:high]))


def _first_after(days: list[dt.date], start: dt.date, default: dt.date) -> dt.date:
    """The first of *days* (sorted) after *start*, or *default*."""
    index = bisect.bisect_right(days, start)
    return days[index] if index < len(days) else default


class _Scalar:
    """Each deadline through the public, validating API: one call per rule or schedule.

    :func:`deadlines_of_child` uses it; it is the reference the fast engine must equal.
    """

    def row(
        self, child: Child, key: str, number: int, start: dt.date, status: DeadlineStatus
    ) -> CaseDeadline:
        state = _STATES[status.state]
        done = status.on if state in _MET else None
        return CaseDeadline(
            child.child,
            child.authority,
            key,
            number,
            start,
            status.due,
            done,
            state,
            status.working_days,
        )

    def not_applicable(self, child: Child, key: str, start: dt.date) -> CaseDeadline:
        return CaseDeadline(
            child.child, child.authority, key, 1, start, None, None, CaseState.NOT_APPLICABLE, None
        )

    def repeating(  # noqa: PLR0913, PLR0917 (one schedule of one child: each argument is one fact)
        self,
        child: Child,
        key: str,
        start: dt.date,
        events: list[dt.date],
        end: dt.date,
        placement: PlacementType | None = None,
        first_review: dt.date | None = None,
    ) -> list[CaseDeadline]:
        try:
            if key == "placement-visits":
                found = schedule(
                    key,
                    start,
                    events,
                    as_of=end,
                    placement=placement or PlacementType.OTHER,
                    first_review=first_review,
                )
            else:
                found = schedule(key, start, events, as_of=end)
        except UnsupportedDateError:
            return [self.not_applicable(child, key, start)]
        return [
            self.row(child, item.rule, item.number, item.counted_from, item.status)
            for item in found.occurrences
        ]

    def single(
        self, child: Child, key: str, start: dt.date, done: dt.date | None, as_of: dt.date
    ) -> CaseDeadline:
        try:
            rule = timescale(key, on=start)
        except LookupError:
            return self.not_applicable(child, key, start)
        try:
            status = (
                rule.status(start, done=done)
                if done is not None
                else rule.status(start, today=as_of)
            )
        except UnsupportedDateError:  # a due date beyond the calendar's last year
            return self.not_applicable(child, key, start)
        return self.row(child, key, 1, start, status)


_build_row = trusted(CaseDeadline)


class _Fast(_Scalar):
    """The same answers as :class:`_Scalar`, without building a status or a schedule object.

    It follows :func:`carewales.schedules.schedule` step by step: the same rule for each
    occurrence (the schedule's own picker), the same due date (the rule's unit), the
    same state and the same margin in working days.
    """

    def __init__(self) -> None:
        self.rules: dict[tuple[str, dt.date], Timescale | None] = {}
        self.dues: dict[tuple[str, dt.date], dt.date] = {}
        self.margins: dict[tuple[dt.date, dt.date, int], int] = {}

    def rule(self, key: str, since: dt.date) -> Timescale | None:
        """The version of *key* in force on *since*, or ``None``."""
        if (key, since) in self.rules:
            return self.rules[key, since]
        versions = _by_key().get(key, ())
        found = next((item for item in versions if item.applies_on(since)), None)
        self.rules[key, since] = found
        return found

    def status(  # noqa: PLR0913, PLR0917 (one occurrence: each argument is one fact)
        self,
        child: Child,
        rule: Timescale,
        number: int,
        since: dt.date,
        done: dt.date | None,
        on: dt.date,
    ) -> CaseDeadline:
        due = self.dues.get((rule.key, since))
        if due is None:
            due = self.dues[rule.key, since] = rule.unit.add(since, rule.amount, rule.calendar)
        if done is not None:
            on = done
            state = CaseState.MET if done <= due else CaseState.MET_LATE
        elif on < due:
            state = CaseState.NOT_YET_DUE
        elif on == due:
            state = CaseState.DUE
        else:
            state = CaseState.OVERDUE
        ident = (on, due, id(rule.calendar))
        margin = self.margins.get(ident)
        if margin is None:
            margin = self.margins[ident] = working_days_between(on, due, rule.calendar)
        return _build_row(
            child.child, child.authority, rule.key, number, since, due, done, state, margin
        )

    def repeating(  # noqa: PLR0913, PLR0917 (one schedule of one child: each argument is one fact)
        self,
        child: Child,
        key: str,
        start: dt.date,
        events: list[dt.date],
        end: dt.date,
        placement: PlacementType | None = None,
        first_review: dt.date | None = None,
    ) -> list[CaseDeadline]:
        pick = _SCHEDULES[key][1]
        facts = _Facts(
            start,
            (placement or PlacementType.OTHER) if key == "placement-visits" else None,
            first_review,
        )
        rows: list[CaseDeadline] = []
        since = start
        for number, day in enumerate([*events, None], 1):
            rule = self.rule(pick(number, since, facts), since)
            if rule is None:
                return [self.not_applicable(child, key, start)]
            try:
                rows.append(self.status(child, rule, number, since, day, end))
            except UnsupportedDateError:  # a due date beyond the calendar's last year
                return [self.not_applicable(child, key, start)]
            since = day or since
        return rows

    def single(
        self, child: Child, key: str, start: dt.date, done: dt.date | None, as_of: dt.date
    ) -> CaseDeadline:
        rule = self.rule(key, start)
        if rule is None:
            return self.not_applicable(child, key, start)
        try:
            return self.status(child, rule, 1, start, done, as_of)
        except UnsupportedDateError:  # a due date beyond the calendar's last year
            return self.not_applicable(child, key, start)


def deadlines_of_child(events: Iterable[CaseEvent], as_of: dt.date) -> tuple[CaseDeadline, ...]:
    """Every deadline that one child's *events* start, with its state on *as_of*.

    All events must be about the same child of the same authority.

    Raises:
        InvalidFieldError: if an item is not a :class:`CaseEvent`, or the events are
            about more than one child.
        InvalidDateError: if *as_of* is not a date.
    """
    DAY.check(None, "as_of", as_of)
    children = group(events, as_of)
    if len(children) > 1:
        names = ", ".join(sorted(repr(child.child) for child in children))
        msg = f"'events' must be about one child, not {len(children)} ({names})."
        cy = f"'events': rhaid i’r digwyddiadau fod am un plentyn, nid {len(children)} ({names})."
        raise InvalidFieldError(msg, cy=cy)
    engine = _Scalar()
    return tuple(row for child in children for row in _child_rows(child, as_of, engine))


_NEVER = dt.date.max
_ONE_DAY = dt.timedelta(days=1)


def _next(days: list[dt.date], index: int) -> dt.date:
    """The day after *days[index]* in the list, or a day after every other."""
    return days[index + 1] if index + 1 < len(days) else _NEVER


def _before(day: dt.date) -> dt.date:
    """The day before *day*; ``_NEVER`` stays ``_NEVER``."""
    return day if day == _NEVER else day - _ONE_DAY


def _referrals(child: Child, as_of: dt.date, engine: _Scalar) -> Iterator[CaseDeadline]:
    """Each referral: the decision and record of next actions."""
    referrals = child.days.get(EventKind.REFERRAL, [])
    decisions = child.days.get(EventKind.REFERRAL_DECISION, [])
    for index, day in enumerate(referrals):
        made = _first_after(decisions, day - _ONE_DAY, _NEVER)
        done = made if made < _next(referrals, index) else None
        yield engine.single(child, "report-decision", day, done, as_of)


def _repeating(  # noqa: PLR0913, PLR0917 (one schedule of one child: each argument is a fact)
    engine: _Scalar,
    child: Child,
    key: str,
    start: dt.date,
    held: list[dt.date],
    stop: dt.date,
    as_of: dt.date,
    placement: PlacementType | None = None,
    first_review: dt.date | None = None,
) -> Iterator[CaseDeadline]:
    """A schedule whose clock stops on *stop* (``_NEVER`` if it has not stopped).

    Until it stops, the schedule is assessed on *as_of*.  Once what the duty belongs
    to has ended (on *as_of* itself or before), the occurrence still to come is listed
    only if it was due on or before the day it ended: assessed on *as_of* if it ended
    that day, else as overdue on the day after it ended.
    """
    if stop > as_of:
        yield from engine.repeating(child, key, start, held, as_of, placement, first_review)
        return
    assessed = as_of if stop == as_of else stop + _ONE_DAY
    for row in engine.repeating(child, key, start, held, assessed, placement, first_review):
        if row.done is None and row.due is not None and row.due > stop:
            continue
        yield row


def _registrations(child: Child, as_of: dt.date, engine: _Scalar) -> Iterator[CaseDeadline]:
    """Each registration at an initial conference: core groups and review conferences."""
    conferences = child.days.get(EventKind.INITIAL_CONFERENCE, [])
    ended = child.days.get(EventKind.REGISTRATION_ENDED, [])
    for index, day in enumerate(conferences):
        stop = min(_first_after(ended, day, _NEVER), _before(_next(conferences, index)))
        for key, kind in _REGISTRATION_SCHEDULES:
            held = _between(child.days.get(kind, []), day, min(stop, as_of))
            yield from _repeating(engine, child, key, day, held, stop, as_of)


def _care(child: Child, as_of: dt.date, engine: _Scalar) -> Iterator[CaseDeadline]:
    """Each time the child became looked after: the reviews of the child's case."""
    looked_after = child.days.get(EventKind.LOOKED_AFTER_START, [])
    ended = child.days.get(EventKind.LOOKED_AFTER_END, [])
    reviews = child.days.get(EventKind.LOOKED_AFTER_REVIEW, [])
    for index, day in enumerate(looked_after):
        stop = min(_first_after(ended, day, _NEVER), _before(_next(looked_after, index)))
        held = _between(reviews, day, min(stop, as_of))
        yield from _repeating(engine, child, "looked-after-reviews", day, held, stop, as_of)


def _plan_for(
    plans: list[dt.date], used: int, start: dt.date, following: dt.date, since: dt.date
) -> tuple[dt.date | None, int]:
    """The day the plan for a placement was made, and how many plans are now used.

    Plans are used in order, each at most once: the first plan not yet used, made from
    *since* (the start of the care episode) to the day before the next placement.  One
    made on or before the placement's start was made in advance, and counts as made on
    the day it started.
    """
    while used < len(plans) and plans[used] < since:
        used += 1
    if used < len(plans) and plans[used] < following:
        made = plans[used]
        return (max(start, made)), used + 1
    return None, used


def _placements(child: Child, as_of: dt.date, engine: _Scalar) -> Iterator[CaseDeadline]:
    """Each placement: its plan and the visits to the child.

    An end recorded on the day a placement starts belongs to the placement before it
    (a move is recorded as the old placement ending the day the new one starts).
    """
    days = child.days
    plans = days.get(EventKind.PLACEMENT_PLAN, [])
    visits = days.get(EventKind.VISIT, [])
    reviews = days.get(EventKind.LOOKED_AFTER_REVIEW, [])
    episodes = days.get(EventKind.LOOKED_AFTER_START, [])
    endings = (days.get(EventKind.PLACEMENT_END, []), days.get(EventKind.LOOKED_AFTER_END, []))
    starts = [day for day, _ in child.placements]
    used = 0
    for index, (day, placement) in enumerate(child.placements):
        following = _next(starts, index)
        episode = last_on_or_before(episodes, day)
        since = dt.date.min if episode is None else episode
        plan, used = _plan_for(plans, used, day, following, since)
        yield engine.single(child, "placement-plan", day, plan, as_of)
        stop = min(*(_first_after(found, day, _NEVER) for found in endings), _before(following))
        end = min(stop, as_of)
        first_review = None
        if placement in _UNTIL_REVIEW:
            review = _first_after(reviews, day - _ONE_DAY, _NEVER)
            first_review = review if review <= end else None
        held = _between(visits, day, end)
        yield from _repeating(
            engine, child, "placement-visits", day, held, stop, as_of, placement, first_review
        )


_REGISTRATION_SCHEDULES = (
    ("core-groups", EventKind.CORE_GROUP),
    ("review-conferences", EventKind.REVIEW_CONFERENCE),
)
_PARTS = (_referrals, _registrations, _care, _placements)


def _child_rows(child: Child, as_of: dt.date, engine: _Scalar) -> Iterator[CaseDeadline]:
    """Every deadline of one child, in the order of the module's table."""
    for part in _PARTS:
        yield from part(child, as_of, engine)


def deadlines(events: Iterable[CaseEvent], as_of: dt.date) -> DeadlineTable:
    """Every deadline of every child in a caseload, with its state on *as_of*.

    Args:
        events: the caseload's events, in any order (such as
            :attr:`CaseloadReading.events <carewales.caseloads.CaseloadReading.events>`).
        as_of: the day assessed, usually the day of the extract.

    Returns:
        One row per deadline, child by child in the order the children first
        appear, each child's deadlines in the order of the table above.

    Raises:
        InvalidFieldError: if an item is not a :class:`CaseEvent`.
        InvalidDateError: if *as_of* is not a date.
    """
    DAY.check(None, "as_of", as_of)
    engine = _Fast()
    with bulk():
        children = group(events, as_of)
        rows = [row for child in children for row in _child_rows(child, as_of, engine)]
        return _build_table(as_of, tuple(rows))

"""Synthetic caseloads: made-up case records of any size, for tests, docs and benchmarks.

Every child is invented.  Identifiers start ``SYN-`` so a synthetic record can
never be mistaken for a real one.  The journeys are plausible, not statistics:
a referral and its assessment; for some children a strategy discussion, an
initial child protection conference, core groups and review conferences; for
others, becoming looked after, a placement with its plan, visits, a GP
registration, a dental check and reviews.  Most events are on time and some
are late, so every state of a deadline occurs.

The output depends only on *seed* and on each child's number, so the first
thousand children are the same whatever *children* is.

>>> from carewales.caseloads import synthetic_events
>>> events = list(synthetic_events(3, seed=1))
>>> events[0].child, events[0].kind.value
('SYN-000001', 'referral')
>>> events == list(synthetic_events(3, seed=1))
True
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence

from .. import _validators as v
from ..authorities import Authority, all_authorities
from ..schedules import PlacementType
from .events import CaseEvent, EventKind

__all__ = ["synthetic_events"]

_DAY = dt.timedelta(days=1)
_MAX_CHILDREN = 10_000_000
#: Placements drawn for synthetic children: mostly ordinary ones.
_PLACEMENTS = (
    *[PlacementType.OTHER] * 6,
    *[PlacementType.UNTIL_EIGHTEEN] * 3,
    PlacementType.PARENT_BEFORE_ASSESSMENT,
    PlacementType.TEMPORARY_APPROVAL,
    PlacementType.INTERIM_CARE_ORDER_WITH_PARENT,
    PlacementType.CARE_ORDER_WITH_PARENT,
)
_WEEKLY = {
    PlacementType.PARENT_BEFORE_ASSESSMENT,
    PlacementType.TEMPORARY_APPROVAL,
    PlacementType.INTERIM_CARE_ORDER_WITH_PARENT,
}


def _later(rng: random.Random, day: dt.date, on_time: int, late: int, share: float) -> dt.date:
    """A day after *day*: usually within *on_time* days, else up to *late* more."""
    if rng.random() < share:
        return day + rng.randint(1, on_time) * _DAY
    return day + rng.randint(on_time + 1, on_time + late) * _DAY


def _child(  # noqa: C901, PLR0913, PLR0917 (a child's whole journey, step by step)
    number: int, seed: int, start: dt.date, span: int, places: Sequence[Authority], until: dt.date
) -> Iterator[CaseEvent]:
    rng = random.Random(f"{seed}:{number}")  # noqa: S311 (made-up data, not security)
    child = f"SYN-{number:06d}"
    where = places[rng.randrange(len(places))]
    referral = start + rng.randrange(span) * _DAY

    def event(kind: EventKind, day: dt.date) -> Iterator[CaseEvent]:
        if day <= until:
            yield CaseEvent(child, where, kind, day)

    yield from event(EventKind.REFERRAL, referral)
    yield from event(EventKind.REFERRAL_DECISION, _later(rng, referral - _DAY, 2, 3, 0.9))
    yield from event(EventKind.ASSESSMENT_COMPLETED, _later(rng, referral, 56, 40, 0.85))
    path = rng.random()
    if path < 0.3:  # noqa: PLR2004 (a share of children, not a rule)
        strategy = referral + rng.randint(0, 2) * _DAY
        yield from event(EventKind.STRATEGY_DISCUSSION, strategy)
        if rng.random() < 0.6:  # noqa: PLR2004
            conference = _later(rng, strategy, 20, 15, 0.8)
            yield from event(EventKind.INITIAL_CONFERENCE, conference)
            day = conference
            for _ in range(rng.randint(1, 8)):
                day = _later(rng, day, 30, 20, 0.85)
                yield from event(EventKind.CORE_GROUP, day)
            review = _later(rng, conference, 90, 20, 0.85)
            yield from event(EventKind.REVIEW_CONFERENCE, review)
            if rng.random() < 0.5:  # noqa: PLR2004
                yield from event(EventKind.REGISTRATION_ENDED, review)
    elif path < 0.5:  # noqa: PLR2004
        looked_after = referral + rng.randint(0, 30) * _DAY
        yield from event(EventKind.LOOKED_AFTER_START, looked_after)
        yield from event(EventKind.DENTAL_CHECK, _later(rng, looked_after, 90, 60, 0.7))
        review = _later(rng, looked_after, 28, 14, 0.8)
        yield from event(EventKind.LOOKED_AFTER_REVIEW, review)
        review = _later(rng, review, 90, 20, 0.85)
        yield from event(EventKind.LOOKED_AFTER_REVIEW, review)
        placed = looked_after
        for move in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
            if move:
                yield from event(EventKind.PLACEMENT_END, placed - _DAY)
            kind = rng.choice(_PLACEMENTS)
            if placed <= until:
                yield CaseEvent(child, where, EventKind.PLACEMENT_START, placed, kind)
            yield from event(EventKind.PLACEMENT_PLAN, _later(rng, placed - _DAY, 7, 10, 0.8))
            yield from event(EventKind.GP_REGISTRATION, _later(rng, placed, 14, 20, 0.75))
            day = placed
            for _ in range(rng.randint(1, 6)):
                day = _later(rng, day, 7 if kind in _WEEKLY else 42, 14, 0.85)
                yield from event(EventKind.VISIT, day)
            placed = day + rng.randint(1, 60) * _DAY
        if rng.random() < 0.3:  # noqa: PLR2004
            yield from event(EventKind.PLACEMENT_END, placed)
            # A third of the periods of care end with a return home: chosen by the child's
            # number, not drawn, so that every date stays as it was before returns home
            # were made up.
            ending = EventKind.RETURNED_HOME if number % 3 == 0 else EventKind.LOOKED_AFTER_END
            yield from event(ending, placed)


def synthetic_events(
    children: int,
    *,
    seed: int = 0,
    start: dt.date = dt.date(2023, 4, 1),
    days: int = 365,
    until: dt.date | None = None,
) -> Iterator[CaseEvent]:
    """Yield the events of *children* made-up children, child by child, each in date order.

    Args:
        children: how many children (1 to 10 million); about 8 events each.
        seed: the seed; the same seed gives the same events.
        start: the first day a referral may fall on.
        days: referrals fall on one of the *days* days from *start*.
        until: leave out events after this day (the extract's date), if given.

    Raises:
        InvalidNumberError: for a count out of range.
        InvalidDateError: for a start that is not a date.
    """
    v.integer(1, _MAX_CHILDREN).check(None, "children", children)
    v.integer().check(None, "seed", seed)
    v.integer(1, 36_600).check(None, "days", days)
    v.date(dt.date(1971, 1, 1), dt.date(2090, 12, 31)).check(None, "start", start)
    v.optional(v.date(dt.date(1971, 1, 1), dt.date(2100, 12, 31))).check(None, "until", until)
    last = until if until is not None else dt.date(2100, 12, 31)
    places = all_authorities()
    for number in range(1, children + 1):
        yield from sorted(_child(number, seed, start, days, places, last), key=_day)


def _day(event: CaseEvent) -> dt.date:
    return event.date

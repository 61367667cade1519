"""Hypothesis strategies for :mod:`carewales.deadlines` and :mod:`carewales.schedules`.

Re-exported by ``carewales.testing``.

>>> from hypothesis import given
>>> @given(deadline_statuses())
... def check(status):
...     assert status.describe()
>>> check()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..calendar import ENGLAND_AND_WALES
from ..deadlines import (
    MAX_AMOUNT,
    DeadlineStatus,
    LegalSource,
    Timescale,
    TimeUnit,
    timescales,
)
from ..schedules import Occurrence, PlacementType, Schedule, schedule, schedule_keys
from ._calendar import supported_dates, working_calendars
from ._text import bilingual_texts

__all__ = [
    "catalogue_timescales",
    "deadline_statuses",
    "legal_sources",
    "occurrences",
    "placement_types",
    "schedule_objects",
    "time_units",
    "timescale_objects",
]

_KEYS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
_URLS = st.from_regex(r"https://[a-z]{1,12}\.wales/[a-z0-9/-]{0,20}", fullmatch=True)


def time_units() -> st.SearchStrategy[TimeUnit]:
    """Generate :class:`~carewales.deadlines.TimeUnit` members.

    >>> from hypothesis import find
    >>> find(time_units(), lambda unit: unit.value == "months")
    <TimeUnit.MONTHS: 'months'>
    """
    return st.sampled_from(TimeUnit)


def catalogue_timescales() -> st.SearchStrategy[Timescale]:
    """Generate the timescales in the library's catalogue.

    >>> from hypothesis import given
    >>> @given(catalogue_timescales())
    ... def check(item):
    ...     assert item.source.provision.en
    >>> check()
    """
    return st.sampled_from(timescales())


def legal_sources() -> st.SearchStrategy[LegalSource]:
    """Generate :class:`~carewales.deadlines.LegalSource` values, with or without urls."""
    return st.builds(
        LegalSource, bilingual_texts(), bilingual_texts(), st.none() | _URLS, st.none() | _URLS
    )


@st.composite
def timescale_objects(draw: st.DrawFn, max_amount: int = 250) -> Timescale:
    """Generate arbitrary valid :class:`~carewales.deadlines.Timescale` values.

    Amounts are at most *max_amount* (250 by default), so the due dates of clocks
    started from 1971 to 2070 stay within 1971–2100 whatever the unit. A rule answers
    only for clocks started while it is in force (``valid_from`` to ``valid_to``).

    >>> from hypothesis import given
    >>> @given(timescale_objects(), supported_dates(max_value=dt.date(2070, 12, 31)))
    ... def check(item, start):
    ...     if item.applies_on(start):
    ...         assert item.due(start) >= start
    >>> check()
    """
    valid_from = draw(supported_dates())
    valid_to = draw(st.none() | supported_dates(min_value=valid_from))
    return Timescale(
        key=draw(_KEYS),
        name=draw(bilingual_texts()),
        amount=draw(st.integers(1, min(max_amount, MAX_AMOUNT))),
        unit=draw(time_units()),
        starts=draw(bilingual_texts()),
        source=draw(legal_sources()),
        valid_from=valid_from,
        valid_to=valid_to,
        calendar=draw(st.just(ENGLAND_AND_WALES) | working_calendars(max_closures=5)),
        note=draw(st.none() | bilingual_texts()),
    )


@st.composite
def deadline_statuses(draw: st.DrawFn) -> DeadlineStatus:
    """Generate :class:`~carewales.deadlines.DeadlineStatus` values as a timescale gives them.

    Each is the status of a clock started on a supported date, done or assessed
    some days after it, so state, dates and margins always agree.
    """
    unit = draw(time_units())
    amount = draw(st.integers(1, 60))
    start = draw(supported_dates(max_value=dt.date(2095, 12, 31)))
    rule = Timescale(
        "generated",
        ENGLAND_AND_WALES.name,
        amount,
        unit,
        ENGLAND_AND_WALES.name,
        LegalSource(ENGLAND_AND_WALES.name, ENGLAND_AND_WALES.name),
        dt.date(1971, 1, 1),
    )
    on = start + dt.timedelta(days=draw(st.integers(0, 400)))
    if draw(st.booleans()):
        return rule.status(start, done=on)
    return rule.status(start, today=on)


def placement_types() -> st.SearchStrategy[PlacementType]:
    """Generate :class:`~carewales.schedules.PlacementType` members."""
    return st.sampled_from(PlacementType)


@st.composite
def schedule_objects(draw: st.DrawFn, max_events: int = 6) -> Schedule:
    """Generate :class:`~carewales.schedules.Schedule` values as :func:`schedule` gives them.

    A catalogue schedule (with a placement type for visits, and sometimes a first
    review), or a rule of the user's own in force from 1971, started from 11 November
    2019 (when the procedures came into force) to 2060, with up to *max_events* events.

    >>> from hypothesis import given
    >>> @given(schedule_objects())
    ... def check(item):
    ...     assert item.next.done is None
    >>> check()
    """
    own = draw(st.booleans())
    start = draw(st.dates(dt.date(2019, 11, 11), dt.date(2060, 12, 31)))
    gaps = draw(st.lists(st.integers(0, 200), max_size=max_events))
    events, day = [], start
    for n, gap in enumerate(gaps):
        day += dt.timedelta(days=gap + (1 if n else 0))
        events.append(day)
    as_of = day + dt.timedelta(days=draw(st.integers(0, 400)))
    if own:
        rule = draw(timescale_objects(max_amount=60))
        rule = Timescale(
            rule.key, rule.name, rule.amount, rule.unit, rule.starts, rule.source,
            dt.date(1971, 1, 1), None, rule.calendar, rule.note,
        )  # fmt: skip
        return schedule(rule, start, events, as_of=as_of)
    key = draw(st.sampled_from(schedule_keys()))
    if key != "placement-visits":
        return schedule(key, start, events, as_of=as_of)
    review = draw(st.none() | st.dates(start, as_of))
    placement = draw(placement_types())
    return schedule(key, start, events, as_of=as_of, placement=placement, first_review=review)


@st.composite
def occurrences(draw: st.DrawFn) -> Occurrence:
    """Generate :class:`~carewales.schedules.Occurrence` values, each from a schedule."""
    item = draw(schedule_objects(max_events=3))
    return draw(st.sampled_from(item.occurrences))


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    DeadlineStatus: deadline_statuses,
    LegalSource: legal_sources,
    Occurrence: occurrences,
    Schedule: schedule_objects,
    Timescale: timescale_objects,
}

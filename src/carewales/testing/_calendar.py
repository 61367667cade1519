"""Hypothesis strategies for the calendar and the deadlines (re-exported by ``carewales.testing``).

>>> from hypothesis import given
>>> from carewales.calendar import add_working_days, working_days_between
>>> middle = supported_dates(dt.date(1975, 1, 1), dt.date(2095, 12, 31))
>>> @given(working_calendars(), middle, st.integers(-500, 500))
... def test_round_trip(calendar, day, n):
...     assert working_days_between(day, add_working_days(day, n, calendar), calendar) == n
>>> test_round_trip()
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from ..calendar import ENGLAND_AND_WALES, FIRST_YEAR, LAST_YEAR, WorkingCalendar
from ..deadlines import MAX_AMOUNT, Source, Timescale, TimeUnit, timescales
from ..text import Bilingual

__all__ = [
    "catalogue_timescales",
    "supported_dates",
    "time_units",
    "timescale_objects",
    "working_calendars",
    "working_dates",
]

_FIRST = dt.date(FIRST_YEAR, 1, 1)
_LAST = dt.date(LAST_YEAR, 12, 31)
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1
).filter(str.strip)
_KEYS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)


def supported_dates(
    min_value: dt.date = _FIRST, max_value: dt.date = _LAST
) -> st.SearchStrategy[dt.date]:
    """Generate dates from 1971 to 2100, the range whose bank holidays are known.

    >>> from hypothesis import given
    >>> @given(supported_dates())
    ... def check(day):
    ...     assert dt.date(1971, 1, 1) <= day <= dt.date(2100, 12, 31)
    >>> check()
    """
    return st.dates(max(min_value, _FIRST), min(max_value, _LAST))


@st.composite
def working_calendars(draw: st.DrawFn, max_closures: int = 20) -> WorkingCalendar:
    """Generate calendars: England and Wales, plus random closures and annual closures.

    >>> from hypothesis import given
    >>> @given(working_calendars(), supported_dates())
    ... def check(calendar, day):
    ...     assert calendar.is_working_day(day) <= ENGLAND_AND_WALES.is_working_day(day)
    >>> check()
    """
    closures = draw(st.frozensets(supported_dates(), max_size=max_closures))
    annual = draw(
        st.frozensets(
            st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)).map(lambda d: (d.month, d.day)),
            max_size=3,
        )
    )
    key = draw(st.sampled_from(["england-and-wales", "council-closures"]))
    return WorkingCalendar(key, ENGLAND_AND_WALES.name, closures, annual)


def working_dates(calendar: WorkingCalendar = ENGLAND_AND_WALES) -> st.SearchStrategy[dt.date]:
    """Generate working days of *calendar*.

    >>> from hypothesis import given
    >>> @given(working_dates())
    ... def check(day):
    ...     assert day.weekday() < 5
    >>> check()
    """
    return supported_dates().filter(calendar.is_working_day)


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


@st.composite
def timescale_objects(draw: st.DrawFn, max_amount: int = 250) -> Timescale:
    """Generate arbitrary valid :class:`~carewales.deadlines.Timescale` values.

    Amounts are at most *max_amount* (250 by default), so the due dates of clocks
    started from 1971 to 2070 stay within 1971–2100 whatever the unit.

    >>> from hypothesis import given
    >>> @given(timescale_objects(), supported_dates(max_value=dt.date(2070, 12, 31)))
    ... def check(item, start):
    ...     assert item.due(start) >= start
    >>> check()
    """
    bilingual = st.builds(Bilingual, _TEXT, _TEXT)
    valid_from = draw(supported_dates())
    valid_to = draw(st.none() | supported_dates(min_value=valid_from))
    url = draw(
        st.none() | st.from_regex(r"https://[a-z]{1,12}\.wales/[a-z0-9/-]{0,20}", fullmatch=True)
    )
    return Timescale(
        key=draw(_KEYS),
        name=draw(bilingual),
        amount=draw(st.integers(1, min(max_amount, MAX_AMOUNT))),
        unit=draw(time_units()),
        starts=draw(bilingual),
        source=Source(draw(bilingual), draw(bilingual), url),
        valid_from=valid_from,
        valid_to=valid_to,
        calendar=draw(st.just(ENGLAND_AND_WALES) | working_calendars(max_closures=5)),
        note=draw(st.none() | bilingual),
    )

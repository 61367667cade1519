"""Hypothesis strategies for :mod:`carewales.calendar` (re-exported by ``carewales.testing``).

The deadline strategies (``time_units``, ``catalogue_timescales``,
``timescale_objects``) moved to ``carewales.testing._deadlines``; they are still
served from here.

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
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..calendar import (
    ENGLAND_AND_WALES,
    FIRST_YEAR,
    LAST_YEAR,
    BankHoliday,
    HolidayBasis,
    WorkingCalendar,
    bank_holidays,
)
from ._text import bilingual_texts

__all__ = [
    "bank_holiday_objects",
    "holiday_bases",
    "supported_dates",
    "working_calendars",
    "working_dates",
]

_FIRST = dt.date(FIRST_YEAR, 1, 1)
_LAST = dt.date(LAST_YEAR, 12, 31)
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
    key = draw(st.sampled_from(["england-and-wales", "council-closures"]) | _KEYS)
    name = draw(st.just(ENGLAND_AND_WALES.name) | bilingual_texts())
    return WorkingCalendar(key, name, closures, annual)


def working_dates(calendar: WorkingCalendar = ENGLAND_AND_WALES) -> st.SearchStrategy[dt.date]:
    """Generate working days of *calendar*.

    >>> from hypothesis import given
    >>> @given(working_dates())
    ... def check(day):
    ...     assert day.weekday() < 5
    >>> check()
    """
    return supported_dates().filter(calendar.is_working_day)


def holiday_bases() -> st.SearchStrategy[HolidayBasis]:
    """Generate :class:`~carewales.calendar.HolidayBasis` members."""
    return st.sampled_from(HolidayBasis)


def bank_holiday_objects() -> st.SearchStrategy[BankHoliday]:
    """Generate :class:`~carewales.calendar.BankHoliday` values: real ones and made-up ones.

    >>> from hypothesis import given
    >>> @given(bank_holiday_objects())
    ... def check(holiday):
    ...     assert holiday.describe()
    >>> check()
    """
    real = st.integers(FIRST_YEAR, LAST_YEAR).flatmap(lambda y: st.sampled_from(bank_holidays(y)))
    made_up = st.builds(
        BankHoliday, supported_dates(), bilingual_texts(), holiday_bases(), st.booleans()
    )
    return real | made_up


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    BankHoliday: bank_holiday_objects,
    WorkingCalendar: working_calendars,
}

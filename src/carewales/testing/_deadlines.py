"""Hypothesis strategies for :mod:`carewales.deadlines` (re-exported by ``carewales.testing``).

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
from ._calendar import supported_dates, working_calendars
from ._text import bilingual_texts

__all__ = [
    "catalogue_timescales",
    "deadline_statuses",
    "legal_sources",
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
    """Generate :class:`~carewales.deadlines.LegalSource` values, with or without a url."""
    return st.builds(LegalSource, bilingual_texts(), bilingual_texts(), st.none() | _URLS)


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


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    DeadlineStatus: deadline_statuses,
    LegalSource: legal_sources,
    Timescale: timescale_objects,
}

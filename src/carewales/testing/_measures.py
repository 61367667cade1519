"""Hypothesis strategies for :mod:`carewales.measures`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..deadlines import TimeUnit
from ..measures import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_AMOUNT,
    MeasureEvent,
    MeasureFramework,
    MeasureKind,
    MeasurePeriod,
    MeasureSource,
    PerformanceMeasure,
    Population,
)
from ._text import bilingual_texts

__all__ = ["measure_sources", "performance_measures"]

_URLS = st.from_regex(r"https://[a-z0-9./-]{1,40}", fullmatch=True)


def measure_sources() -> st.SearchStrategy[MeasureSource]:
    """Generate measure sources, some with a Welsh page."""
    return st.builds(MeasureSource, bilingual_texts(), bilingual_texts(), _URLS, st.none() | _URLS)


@st.composite
def performance_measures(draw: st.DrawFn) -> PerformanceMeasure:
    """Generate performance measures of either kind, with their fields agreeing."""
    kind = draw(st.sampled_from(MeasureKind))
    start = draw(st.dates(EARLIEST_DATE, LATEST_DATE))
    end = draw(st.none() | st.dates(start, LATEST_DATE))
    timed = kind is MeasureKind.WITHIN_TIMESCALE
    amounts = st.integers(1, MAX_AMOUNT)
    return PerformanceMeasure(
        key=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        code=draw(st.from_regex(r"PM[0-9]{1,3}[a-z]?", fullmatch=True)),
        framework=draw(st.sampled_from(MeasureFramework)),
        title=draw(bilingual_texts()),
        kind=kind,
        event=(event := draw(st.sampled_from(MeasureEvent))),
        period=draw(st.sampled_from(MeasurePeriod)),
        valid_from=start,
        source=draw(measure_sources()),
        population=draw(st.none() | st.sampled_from(Population)),
        start_event=(
            draw(st.sampled_from([e for e in MeasureEvent if e is not event])) if timed else None
        ),
        amount=draw(amounts) if timed else None,
        unit=draw(st.sampled_from(TimeUnit)) if timed else None,
        at_least=None if timed else draw(amounts),
        numerator=draw(st.none() | bilingual_texts()),
        denominator=draw(st.none() | bilingual_texts()),
        valid_to=end,
        notes=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
    )


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    MeasureSource: measure_sources,
    PerformanceMeasure: performance_measures,
}

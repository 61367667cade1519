"""Hypothesis strategies for :mod:`carewales.caseloads`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..caseloads import (
    CaseDeadline,
    CaseEvent,
    CaseloadReading,
    DeadlineTable,
    EventKind,
    MeasureResult,
    deadlines,
    synthetic_events,
)
from ..caseloads import measure_results as caseload_measures
from ..schedules import PlacementType
from ._authorities import authorities
from ._rates import refused_rows

__all__ = [
    "case_deadlines",
    "case_events",
    "caseload_readings",
    "deadline_tables",
    "measure_result_objects",
]


@st.composite
def case_events(draw: st.DrawFn) -> CaseEvent:
    """Generate a :class:`~carewales.caseloads.CaseEvent`: any child, authority, kind and day.

    The start of a placement may say what the placement is.
    """
    kind = draw(st.sampled_from(EventKind))
    placement = None
    if kind is EventKind.PLACEMENT_START:
        placement = draw(st.none() | st.sampled_from(PlacementType))
    return CaseEvent(
        draw(
            st.text(
                st.characters(codec="utf-8", categories=("L", "N", "Pd")), min_size=1, max_size=64
            ).filter(str.strip)
        ),
        draw(authorities()),
        kind,
        draw(st.dates(dt.date(1971, 1, 1), dt.date(2100, 12, 31))),
        placement,
    )


def caseload_readings() -> st.SearchStrategy[CaseloadReading]:
    """Generate a :class:`~carewales.caseloads.CaseloadReading` of a few events and refusals."""
    return st.builds(
        CaseloadReading,
        events=st.lists(case_events(), max_size=3),
        refused=st.lists(refused_rows(), max_size=3),
    )


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    CaseEvent: case_events,
    CaseloadReading: caseload_readings,
}


def _computed(children: int, seed: int, as_of: dt.date) -> DeadlineTable:
    events = list(synthetic_events(children, seed=seed, start=dt.date(2019, 6, 1), days=500))
    return deadlines(events, as_of)


def deadline_tables() -> st.SearchStrategy[DeadlineTable]:
    """Generate a :class:`~carewales.caseloads.DeadlineTable` computed from a small caseload."""
    return st.builds(
        _computed,
        st.integers(1, 4),
        st.integers(0, 1000),
        st.dates(dt.date(2019, 6, 1), dt.date(2021, 12, 31)),
    )


def case_deadlines() -> st.SearchStrategy[CaseDeadline]:
    """Generate a :class:`~carewales.caseloads.CaseDeadline` in any state."""
    return (
        deadline_tables()
        .filter(lambda table: len(table.rows) > 0)
        .flatmap(lambda table: st.sampled_from(table.rows))
    )


def measure_result_objects() -> st.SearchStrategy[MeasureResult]:
    """Generate a :class:`~carewales.caseloads.MeasureResult` from a small caseload."""

    def compute(children: int, seed: int, index: int, below: int | None) -> MeasureResult:
        events = list(synthetic_events(children, seed=seed, start=dt.date(2017, 1, 1), days=500))
        results = caseload_measures(events, 2017, suppress_below=below)
        return results[index % len(results)]

    return st.builds(
        compute,
        st.integers(1, 30),
        st.integers(0, 1000),
        st.integers(0, 2),
        st.none() | st.integers(1, 6),
    )


MODELS[CaseDeadline] = case_deadlines
MODELS[DeadlineTable] = deadline_tables
MODELS[MeasureResult] = measure_result_objects

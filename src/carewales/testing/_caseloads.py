"""Hypothesis strategies for :mod:`carewales.caseloads`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..caseloads import CaseEvent, CaseloadReading, EventKind
from ._authorities import authorities
from ._rates import refused_rows

__all__ = ["case_events", "caseload_readings"]


def case_events() -> st.SearchStrategy[CaseEvent]:
    """Generate a :class:`~carewales.caseloads.CaseEvent`: any child, authority, kind and day."""
    return st.builds(
        CaseEvent,
        child=st.text(
            st.characters(codec="utf-8", categories=("L", "N", "Pd")), min_size=1, max_size=64
        ).filter(str.strip),
        authority=authorities(),
        kind=st.sampled_from(EventKind),
        date=st.dates(dt.date(1971, 1, 1), dt.date(2100, 12, 31)),
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

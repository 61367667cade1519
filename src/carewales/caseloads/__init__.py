"""Caseloads: every statutory deadline and the performance measures, from case records.

A council's performance officer holds an extract of case events for thousands of
children.  This package reads it, with a report of every row it cannot use
(:func:`read_events`), computes every deadline those events start with its state
on a day (:func:`deadlines`), and the Welsh Government's performance measures for a
year (:func:`measure_results`), per authority and for Wales, in English and Welsh.
:func:`synthetic_events` makes up caseloads of any size for tests and benchmarks.

>>> import datetime as dt
>>> from carewales.caseloads import deadlines, synthetic_events
>>> table = deadlines(synthetic_events(50, start=dt.date(2023, 4, 1)), dt.date(2024, 1, 31))
>>> overdue = table.where(state="overdue").sorted_by("working_days")
>>> overdue.rows[0].working_days < 0
True
"""

from __future__ import annotations

from .compute import deadlines, deadlines_of_child
from .events import CaseEvent, EventKind
from .performance import MeasureResult, measure_result, measure_results
from .reading import CaseloadReading, example_file, read_events
from .synthetic import synthetic_events
from .table import CSV_FIELDS, CaseDeadline, CaseState, DeadlineTable

__all__ = [
    "CSV_FIELDS",
    "CaseDeadline",
    "CaseEvent",
    "CaseState",
    "CaseloadReading",
    "DeadlineTable",
    "EventKind",
    "MeasureResult",
    "deadlines",
    "deadlines_of_child",
    "example_file",
    "measure_result",
    "measure_results",
    "read_events",
    "synthetic_events",
]

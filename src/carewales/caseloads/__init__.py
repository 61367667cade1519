"""Caseloads: case events read from councils' files, and the deadlines and measures they start.

:class:`CaseEvent` is one event in one child's record; :func:`read_events` reads
them from CSV or JSON with a report of every refused row; :func:`synthetic_events`
makes up caseloads of any size for tests and benchmarks.
"""

from __future__ import annotations

from .events import CaseEvent, EventKind
from .reading import CaseloadReading, read_events
from .synthetic import synthetic_events

__all__ = ["CaseEvent", "CaseloadReading", "EventKind", "read_events", "synthetic_events"]

"""Hypothesis strategies for carewales' public types, for your own property tests.

Needs :mod:`hypothesis` (``pip install carewales[testing]``).  Every strategy
builds valid objects by construction.

>>> from hypothesis import given
>>> import carewales
>>> from carewales import testing
>>> @given(testing.authorities())
... def test_code_round_trip(item):
...     assert carewales.authority(item.code) is item
>>> test_code_round_trip()
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from ._authorities import authorities, authority_keys, regions
from ._calendar import (
    catalogue_timescales,
    supported_dates,
    time_units,
    working_calendars,
    working_dates,
)
from ._calendar import timescale_objects as timescales
from ._collaboration import joint_services, milestones
from ._inspections import (
    date_ranges,
    findings,
    inspection_histories,
    inspections,
    judgements,
    ratings,
)
from ._parenting import (
    appraisals,
    care_leaver_entitlements,
    compliance_reports,
    compliance_results,
    council_records,
    councillor_trainings,
    councillors,
    duty_sources,
    duty_targets,
    needs_assessments,
    networking_objectives,
    parenting_duties,
    partnership_plans,
    plan_reports,
    professional_trainings,
    record_days,
    reporting_periods,
    tenders,
    workers,
    young_people,
    young_people_meetings,
)
from ._rates import (
    confidences,
    counts,
    multipliers,
    populations,
    rate_rows,
    rate_tables,
    rates,
    suppressed_cells,
)
from ._text import bilingual_texts, languages

__all__ = [
    "appraisals",
    "authorities",
    "authority_keys",
    "bilingual_texts",
    "care_leaver_entitlements",
    "catalogue_timescales",
    "compliance_reports",
    "compliance_results",
    "confidences",
    "council_records",
    "councillor_trainings",
    "councillors",
    "counts",
    "date_ranges",
    "duty_sources",
    "duty_targets",
    "findings",
    "inspection_histories",
    "inspections",
    "joint_services",
    "judgements",
    "languages",
    "milestones",
    "models",
    "multipliers",
    "needs_assessments",
    "networking_objectives",
    "parenting_duties",
    "partnership_plans",
    "plan_reports",
    "populations",
    "professional_trainings",
    "rate_rows",
    "rate_tables",
    "rates",
    "ratings",
    "record_days",
    "regions",
    "reporting_periods",
    "strategy_for",
    "supported_dates",
    "suppressed_cells",
    "tenders",
    "time_units",
    "timescales",
    "workers",
    "working_calendars",
    "working_dates",
    "young_people",
    "young_people_meetings",
]

T = TypeVar("T")

# The strategy modules, one per domain module; each maps its public models to strategies.
_DOMAINS = (
    "_authorities",
    "_calendar",
    "_collaboration",
    "_deadlines",
    "_inspections",
    "_parenting",
    "_rates",
    "_text",
)


def models() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """Return every public carewales model class with a function giving its strategy.

    >>> from carewales import Bilingual
    >>> Bilingual in models()
    True
    """
    merged: dict[type, Callable[[], st.SearchStrategy[Any]]] = {}
    for name in _DOMAINS:
        module = importlib.import_module(f"{__name__}.{name}")
        merged.update(module.MODELS)
    return merged


def strategy_for(kind: type[T]) -> st.SearchStrategy[T]:
    """Return a strategy of valid instances of the public model class *kind*.

    Raises:
        LookupError: if *kind* is not one of the library's public models.

    >>> from carewales import Authority
    >>> from hypothesis import given
    >>> @given(strategy_for(Authority))
    ... def test_codes(item):
    ...     assert item.code.startswith("W06")
    >>> test_codes()
    """
    factory = models().get(kind)
    if factory is None:
        msg = f"{kind!r} is not a public carewales model with a strategy"
        raise LookupError(msg)
    return factory()

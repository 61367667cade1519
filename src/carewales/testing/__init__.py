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

from ._authorities import (
    authorities,
    authority_keys,
    mentions,
    region_memberships,
    regions,
)
from ._calendar import (
    bank_holiday_objects,
    holiday_bases,
    supported_dates,
    working_calendars,
    working_dates,
)
from ._caseloads import (
    case_deadlines,
    case_events,
    caseload_readings,
    deadline_tables,
    measure_result_objects,
)
from ._collaboration import (
    joint_services,
    milestones,
    stage_changes,
    stages,
)
from ._deadlines import (
    catalogue_timescales,
    deadline_statuses,
    legal_sources,
    occurrences,
    placement_types,
    schedule_objects,
    time_units,
)
from ._deadlines import timescale_objects as timescales
from ._inspections import (
    actions,
    area_periods,
    date_ranges,
    findings,
    improvement_plans,
    inspection_histories,
    inspections,
    inspectorate_names,
    judgements,
    planned_activities,
    priorities,
    rating_scales,
    ratings,
    references,
    theme_ratings,
)
from ._measures import measure_sources, performance_measures
from ._parenting import (
    appraisals,
    care_leaver_entitlements,
    charter_principles,
    compliance_reports,
    compliance_results,
    council_records,
    councillor_trainings,
    councillors,
    duty_sources,
    duty_targets,
    names,
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
    funnel_limits,
    multipliers,
    populations,
    rate_changes,
    rate_rows,
    rate_summaries,
    rate_tables,
    rates,
    refused_rows,
    rounded_rates,
    suppressed_cells,
    table_readings,
    total_rows,
    trend_tables,
)
from ._text import (
    bilingual_texts,
    formats,
    languages,
)

__all__ = [
    "actions",
    "appraisals",
    "area_periods",
    "authorities",
    "authority_keys",
    "bank_holiday_objects",
    "bilingual_texts",
    "care_leaver_entitlements",
    "case_deadlines",
    "case_events",
    "caseload_readings",
    "catalogue_timescales",
    "charter_principles",
    "compliance_reports",
    "compliance_results",
    "confidences",
    "council_records",
    "councillor_trainings",
    "councillors",
    "counts",
    "date_ranges",
    "deadline_statuses",
    "deadline_tables",
    "duty_sources",
    "duty_targets",
    "findings",
    "formats",
    "funnel_limits",
    "holiday_bases",
    "improvement_plans",
    "inspection_histories",
    "inspections",
    "inspectorate_names",
    "joint_services",
    "judgements",
    "languages",
    "legal_sources",
    "measure_result_objects",
    "measure_sources",
    "mentions",
    "milestones",
    "models",
    "multipliers",
    "names",
    "needs_assessments",
    "networking_objectives",
    "occurrences",
    "parenting_duties",
    "partnership_plans",
    "performance_measures",
    "placement_types",
    "plan_reports",
    "planned_activities",
    "populations",
    "priorities",
    "professional_trainings",
    "rate_changes",
    "rate_rows",
    "rate_summaries",
    "rate_tables",
    "rates",
    "rating_scales",
    "ratings",
    "record_days",
    "references",
    "refused_rows",
    "region_memberships",
    "regions",
    "reporting_periods",
    "rounded_rates",
    "schedule_objects",
    "stage_changes",
    "stages",
    "strategy_for",
    "supported_dates",
    "suppressed_cells",
    "table_readings",
    "tenders",
    "theme_ratings",
    "time_units",
    "timescales",
    "total_rows",
    "trend_tables",
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
    "_caseloads",
    "_collaboration",
    "_deadlines",
    "_inspections",
    "_measures",
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

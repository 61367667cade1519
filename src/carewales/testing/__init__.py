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

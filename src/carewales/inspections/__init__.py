"""Inspections of Welsh social services: who inspects, what they found, what follows.

An :class:`Inspection` records one activity of an inspectorate at one local
authority (the kinds of activity are those of CIW's *Code of Practice for Review
of Local Authority Social Services*, 2023, revised 2024): the fieldwork dates,
publication, judgement, findings, priorities for improvement, next steps, the
improvement plan it calls for and the earlier activities it follows up.  Every
field, and every rule that ties the fields together, is checked when the object
is built.

CIW does not give local authorities a rating: their judgement is recorded as the
report states it (:class:`Judgement`).  Formal rating scales (:class:`RatingScale`)
cover CIW's regulated-services and childcare ratings and, for comparison with
England, Ofsted's ILACS judgements.

The package's parts: ``dates`` (:class:`DateRange`), ``inspectorates``,
``ratings`` (scales and ratings), ``model`` (the inspection record and histories),
``letters`` (rendering) and ``bundled`` (the examples).  Import every name from
``carewales.inspections`` itself.

>>> from carewales.inspections import example
>>> wrexham = example("wrexham-2021")
>>> wrexham.inspectorate_name.abbreviation.cy
'AGC'
>>> print(wrexham.render("cy").splitlines()[0])
# Llythyr parthed gweithgarwch monitro yn awdurdod lleol Cyngor Bwrdeistref Sirol Wrecsam
"""

from __future__ import annotations

import attrs

from ..errors import IncomparableRatingsError  # noqa: F401 (importable here, as in 0.1)
from .bundled import example, examples
from .dates import DatePrecision, DateRange
from .inspectorates import Inspectorate, InspectorateName
from .letters import render
from .model import (
    DESIGNATION_FROM,
    Action,
    ActivityKind,
    Designation,
    Direction,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    InspectionHistory,
    Judgement,
    PlannedActivity,
    PlanStatus,
    Priority,
    Reference,
    ServiceArea,
    Theme,
)
from .ratings import (
    AreaPeriod,
    Rating,
    RatingArea,
    RatingScale,
    ThemeRating,
    rating_scale,
    rating_scales,
    register_rating_scale,
)

__all__ = [
    "DESIGNATION_FROM",
    "Action",
    "ActivityKind",
    "AreaPeriod",
    "DatePrecision",
    "DateRange",
    "Designation",
    "Direction",
    "Finding",
    "FindingKind",
    "ImprovementPlan",
    "Inspection",
    "InspectionHistory",
    "Inspectorate",
    "InspectorateName",
    "Judgement",
    "PlanStatus",
    "PlannedActivity",
    "Priority",
    "Rating",
    "RatingArea",
    "RatingScale",
    "Reference",
    "ServiceArea",
    "Theme",
    "ThemeRating",
    "example",
    "examples",
    "rating_scale",
    "rating_scales",
    "register_rating_scale",
    "render",
]

# The public names are documented (and pickled) as carewales.inspections.X, where
# users import them, not under the private layout of the package.  Their annotations
# were resolved in their own modules first, so nothing is looked up here later.
for _name in __all__:
    _value = globals()[_name]
    if callable(_value):  # the classes and functions, not the constant DESIGNATION_FROM
        _value.__module__ = __name__
    if attrs.has(_value):
        # Tools that read annotations (Sphinx, typing.get_type_hints) would look the
        # strings ("dt.date | None") up here; give them the types attrs resolved.
        _value.__annotations__ = {f.name: f.type for f in attrs.fields(_value)}
del _name, _value

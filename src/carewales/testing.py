"""Hypothesis strategies for carewales' public types, for your own property tests.

Needs :mod:`hypothesis` (``pip install carewales[testing]``).  Every strategy
builds valid objects by construction.

>>> from hypothesis import given
>>> from carewales import testing
>>> @given(testing.authorities())
... def test_code_round_trip(item):
...     assert carewales.authority(item.code) is item
>>> test_code_round_trip()
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import carewales

from . import inspections as ins
from ._strategies_calendar import (
    catalogue_timescales,
    supported_dates,
    time_units,
    working_calendars,
    working_dates,
)
from ._strategies_calendar import timescale_objects as timescales
from ._strategies_parenting import (
    appraisals,
    care_leaver_entitlements,
    compliance_reports,
    compliance_results,
    council_records,
    councillor_trainings,
    councillors,
    duty_sources,
    duty_targets,
    joint_services,
    milestones,
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
from ._strategies_rates import (
    confidences,
    counts,
    multipliers,
    populations,
    rate_rows,
    rate_tables,
    rates,
    suppressed_cells,
)
from .authorities import Authority, mutations
from .text import Bilingual, Language

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

# Printable text that is not blank once stripped.
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1
).filter(str.strip)


def languages() -> st.SearchStrategy[Language]:
    """Generate :class:`~carewales.Language` members."""
    return st.sampled_from(Language)


def bilingual_texts(
    en: st.SearchStrategy[str] | None = None, cy: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Bilingual]:
    """Generate :class:`~carewales.Bilingual` texts, from arbitrary non-blank text by default."""
    return st.builds(Bilingual, en=_TEXT if en is None else en, cy=_TEXT if cy is None else cy)


def authorities() -> st.SearchStrategy[Authority]:
    """Generate the 22 Welsh local authorities."""
    return st.sampled_from(carewales.authorities())


def regions() -> st.SearchStrategy[carewales.Region]:
    """Generate the regional partnership board areas, current and former memberships alike."""
    return authorities().flatmap(lambda a: st.sampled_from([m.region for m in a.regions]))


def _recase(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(text, flips, strict=True))


@st.composite
def authority_keys(draw: st.DrawFn, authority: Authority | None = None) -> str:
    """Generate a key that :func:`carewales.authority` resolves to *authority*.

    A key is its code or any of its English or Welsh names, in arbitrary case,
    Welsh names possibly in a mutated form.  With no *authority*, any one.
    """
    item = draw(authorities()) if authority is None else authority
    welsh = [form for name in item.names(Language.CY) for form in (name, *mutations(name))]
    key = draw(st.sampled_from([item.code, *item.names(Language.EN), *welsh]))
    return _recase(draw, key)


# --- inspections ----------------------------------------------------------------------------

_LAST_START = dt.date(2099, 6, 30)  # leaves room for plan deadlines inside the calendar


def date_ranges(
    min_value: dt.date = dt.date(1996, 4, 1), max_value: dt.date = _LAST_START
) -> st.SearchStrategy[ins.DateRange]:
    """Generate :class:`~carewales.inspections.DateRange` values, to the day or to the month."""
    by_day = st.builds(
        lambda start, length: ins.DateRange(start, start + dt.timedelta(days=length)),
        st.dates(min_value, max_value),
        st.integers(0, 30),
    )
    by_month = st.dates(min_value, max_value).map(lambda d: ins.DateRange.month(d.year, d.month))
    return by_day | by_month.filter(lambda r: r.start >= min_value)


@st.composite
def judgements(draw: st.DrawFn) -> ins.Judgement:
    """Generate judgements as reports state them (at least a level, direction or text)."""
    optional_text = st.none() | bilingual_texts()
    level = draw(optional_text)
    direction = draw(st.none() | st.sampled_from(ins.Direction))
    text = draw(optional_text)
    if level is None and direction is None and text is None:
        level = draw(bilingual_texts())
    return ins.Judgement(level, direction, draw(optional_text), text)


def ratings(scale: str | None = None) -> st.SearchStrategy[ins.Rating]:
    """Generate ratings, on one scale or on any."""
    scales = st.just(ins.rating_scale(scale)) if scale else st.sampled_from(ins.rating_scales())
    return scales.flatmap(
        lambda s: st.sampled_from([value for value, _ in s.levels]).map(
            lambda level: ins.Rating(s.key, level)
        )
    )


def findings() -> st.SearchStrategy[ins.Finding]:
    """Generate findings."""
    return st.builds(
        ins.Finding,
        text=bilingual_texts(),
        kind=st.sampled_from(ins.FindingKind),
        theme=st.none() | st.sampled_from(ins.Theme),
    )


_OWNER = st.none() | st.text(min_size=1, max_size=20)


@st.composite
def inspections(
    draw: st.DrawFn, authority: Authority | None = None, ident: str | None = None
) -> ins.Inspection:
    """Generate inspections that obey every cross-field rule."""
    item = draw(authorities()) if authority is None else authority
    inspectorate = draw(st.sampled_from(ins.Inspectorate))
    earliest = dt.date(2007, 4, 1) if inspectorate is ins.Inspectorate.CIW else item.established
    fieldwork = draw(date_ranges(earliest))
    start = fieldwork.start
    published = draw(
        st.none() | st.integers(0, 90).map(lambda n: fieldwork.earliest_end + dt.timedelta(n))
    )
    designated = (
        inspectorate is ins.Inspectorate.CIW
        and (published or fieldwork.end) >= ins.DESIGNATION_FROM
    )
    theme_ratings = []
    for scale in ins.rating_scales():
        areas = [p.area for p in scale.areas if scale.rates(p.area, start)]
        chosen = draw(st.lists(st.sampled_from(areas), max_size=2, unique=True)) if areas else []
        theme_ratings += [ins.ThemeRating(a, draw(ratings(scale.key))) for a in chosen]
    count = draw(st.integers(0, 4))
    priorities = tuple(
        ins.Priority(
            f"P{n + 1}",
            draw(bilingual_texts()),
            draw(st.none() | st.sampled_from(ins.Theme)),
            draw(_OWNER),
            draw(st.none() | st.dates(start, _LAST_START)),
        )
        for n in range(count)
    )
    plan = None
    if draw(st.booleans()):
        submitted = None
        if published is not None and draw(st.booleans()):
            submitted = published + dt.timedelta(draw(st.integers(0, 60)))
        answered = (
            [p.id for p in priorities]
            if submitted
            else draw(
                st.lists(st.sampled_from([p.id for p in priorities]), unique=True)
                if priorities
                else st.just([])
            )
        )
        actions = tuple(ins.Action(pid, draw(bilingual_texts()), draw(_OWNER)) for pid in answered)
        plan = ins.ImprovementPlan(draw(st.integers(1, 60)), submitted, actions)
    follows = tuple(
        ins.Reference(
            draw(st.sampled_from(ins.ActivityKind)),
            ref,
            None,
            draw(st.none() | judgements()),
        )
        for ref in draw(st.lists(date_ranges(item.established, start), max_size=2))
        if ref.start <= start
    )
    return ins.Inspection(
        id=ident or draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        authority=item,
        inspectorate=inspectorate,
        kind=draw(st.sampled_from(ins.ActivityKind)),
        service_area=draw(st.sampled_from(ins.ServiceArea)),
        fieldwork=fieldwork,
        published=published,
        title=draw(st.none() | bilingual_texts()),
        summary=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
        judgement=draw(st.none() | judgements()),
        designation=draw(st.sampled_from([None, ins.Designation.SIGNIFICANT_IMPROVEMENT]))
        if designated
        else None,
        ratings=tuple(theme_ratings),
        findings=tuple(draw(st.lists(findings(), max_size=4))),
        priorities=priorities,
        next_steps=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
        improvement_plan=plan,
        follows=follows,
        planned=tuple(
            draw(
                st.lists(
                    st.builds(
                        ins.PlannedActivity,
                        kind=st.sampled_from(ins.ActivityKind),
                        by=st.none() | date_ranges(start),
                        text=st.none() | bilingual_texts(),
                    ),
                    max_size=2,
                )
            )
        ),
    )


@st.composite
def inspection_histories(draw: st.DrawFn, max_size: int = 4) -> ins.InspectionHistory:
    """Generate an authority's history of activities with distinct ids."""
    item = draw(authorities())
    size = draw(st.integers(0, max_size))
    activities = [draw(inspections(item, ident=f"activity-{n}")) for n in range(size)]
    return ins.InspectionHistory(item, activities)

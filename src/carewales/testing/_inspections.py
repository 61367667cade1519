"""Hypothesis strategies for :mod:`carewales.inspections`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from .. import inspections as ins
from ..authorities import Authority
from ..inspections import (
    Action,
    AreaPeriod,
    DateRange,
    Finding,
    ImprovementPlan,
    Inspection,
    InspectionHistory,
    InspectorateName,
    Judgement,
    PlannedActivity,
    Priority,
    Rating,
    RatingScale,
    Reference,
    ThemeRating,
)
from ._authorities import authorities
from ._text import bilingual_texts

__all__ = [
    "actions",
    "area_periods",
    "date_ranges",
    "findings",
    "improvement_plans",
    "inspection_histories",
    "inspections",
    "inspectorate_names",
    "judgements",
    "planned_activities",
    "priorities",
    "rating_scales",
    "ratings",
    "references",
    "theme_ratings",
]

_LAST_START = dt.date(2099, 6, 30)  # leaves room for plan deadlines inside the calendar
_KEY = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
_OWNER = st.none() | st.text(min_size=1, max_size=20).filter(str.strip)
_ID = st.from_regex(r"[A-Za-z0-9]{1,6}", fullmatch=True)


def date_ranges(
    min_value: dt.date = dt.date(1996, 4, 1), max_value: dt.date = _LAST_START
) -> st.SearchStrategy[DateRange]:
    """Generate :class:`~carewales.inspections.DateRange` values, to the day or to the month."""
    by_day = st.builds(
        lambda start, length: ins.DateRange(start, start + dt.timedelta(days=length)),
        st.dates(min_value, max_value),
        st.integers(0, 30),
    )
    by_month = st.dates(min_value, max_value).map(lambda d: ins.DateRange.month(d.year, d.month))
    return by_day | by_month.filter(lambda r: r.start >= min_value)


@st.composite
def _periods(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    first = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    last = draw(st.none() | st.dates(first or dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    return first, last


def inspectorate_names() -> st.SearchStrategy[InspectorateName]:
    """Generate :class:`~carewales.inspections.InspectorateName` values, the real ones first."""
    real = st.sampled_from([name for body in ins.Inspectorate for name in body.names])
    made = st.builds(
        lambda texts, period: ins.InspectorateName(*texts, *period),
        st.tuples(bilingual_texts(), bilingual_texts()),
        _periods(),
    )
    by_month = st.builds(
        lambda texts, day: ins.InspectorateName(
            texts[0], texts[1], day.replace(day=1), precision=ins.DatePrecision.MONTH
        ),
        st.tuples(bilingual_texts(), bilingual_texts()),
        st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
    )
    return real | made | by_month


def area_periods() -> st.SearchStrategy[AreaPeriod]:
    """Generate :class:`~carewales.inspections.AreaPeriod` values."""
    return st.builds(
        lambda area, period: ins.AreaPeriod(area, *period),
        st.sampled_from(ins.RatingArea),
        _periods(),
    )


@st.composite
def _own_scales(draw: st.DrawFn, valid_from: dt.date | None = None) -> RatingScale:
    values = draw(st.lists(_KEY, min_size=1, max_size=5, unique=True))
    labels = [draw(bilingual_texts()) for _ in values]
    areas = draw(st.lists(st.sampled_from(ins.RatingArea), min_size=1, max_size=3, unique=True))
    start = valid_from or draw(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    return ins.RatingScale(
        "own-" + draw(_KEY),
        draw(bilingual_texts()),
        tuple(zip(values, labels, strict=True)),
        tuple(ins.AreaPeriod(area) for area in areas),
        start,
        draw(st.booleans()),
        draw(bilingual_texts()),
    )


def rating_scales(*, own: bool = True) -> st.SearchStrategy[RatingScale]:
    """Generate rating scales: the library's own and, with *own*, scales nobody registered."""
    built_in = st.sampled_from(ins.rating_scales()[:3])
    return built_in | _own_scales() if own else built_in


def ratings(scale: str | RatingScale | None = None) -> st.SearchStrategy[Rating]:
    """Generate ratings, on one scale (a scale or a key) or on any."""
    if scale is None:
        scales = rating_scales()
    else:
        scales = st.just(ins.rating_scale(scale) if isinstance(scale, str) else scale)
    return scales.flatmap(
        lambda s: st.sampled_from([value for value, _ in s.levels]).map(
            lambda level: ins.Rating(s, level)
        )
    )


def theme_ratings() -> st.SearchStrategy[ThemeRating]:
    """Generate ratings for an area their scale rates."""
    return rating_scales().flatmap(
        lambda s: st.builds(ins.ThemeRating, st.sampled_from([p.area for p in s.areas]), ratings(s))
    )


@st.composite
def judgements(draw: st.DrawFn) -> Judgement:
    """Generate judgements as reports state them (at least a level, direction or text)."""
    optional_text = st.none() | bilingual_texts()
    level = draw(optional_text)
    direction = draw(st.none() | st.sampled_from(ins.Direction))
    text = draw(optional_text)
    if level is None and direction is None and text is None:
        level = draw(bilingual_texts())
    return ins.Judgement(level, direction, draw(optional_text), text)


def findings() -> st.SearchStrategy[Finding]:
    """Generate findings."""
    return st.builds(
        ins.Finding,
        text=bilingual_texts(),
        kind=st.sampled_from(ins.FindingKind),
        theme=st.none() | st.sampled_from(ins.Theme),
    )


def priorities(ident: str | None = None) -> st.SearchStrategy[Priority]:
    """Generate priorities for improvement (with the id *ident*, if given)."""
    return st.builds(
        ins.Priority,
        id=_ID if ident is None else st.just(ident),
        text=bilingual_texts(),
        theme=st.none() | st.sampled_from(ins.Theme),
        owner=_OWNER,
        due=st.none() | st.dates(dt.date(1996, 4, 1), _LAST_START),
    )


def actions(priority: str | None = None) -> st.SearchStrategy[Action]:
    """Generate plan actions (answering the priority id *priority*, if given)."""
    return st.builds(
        ins.Action,
        priority=_ID if priority is None else st.just(priority),
        text=bilingual_texts(),
        owner=_OWNER,
        due=st.none() | st.dates(dt.date(1996, 4, 1), _LAST_START),
    )


def improvement_plans() -> st.SearchStrategy[ImprovementPlan]:
    """Generate improvement plans on their own (an inspection ties their actions to priorities)."""
    return st.builds(
        ins.ImprovementPlan,
        working_days=st.integers(1, 366),
        submitted=st.none() | st.dates(dt.date(1996, 4, 1), _LAST_START),
        actions=st.lists(actions(), max_size=3).map(tuple),
    )


def references() -> st.SearchStrategy[Reference]:
    """Generate references to earlier activities."""
    return st.builds(
        ins.Reference,
        kind=st.sampled_from(ins.ActivityKind),
        when=date_ranges(),
        activity_id=st.none() | _KEY,
        judgement=st.none() | judgements(),
    )


def planned_activities(
    min_value: dt.date = dt.date(1996, 4, 1),
) -> st.SearchStrategy[PlannedActivity]:
    """Generate activities a report says will follow (by a date from *min_value* on)."""
    return st.builds(
        ins.PlannedActivity,
        kind=st.sampled_from(ins.ActivityKind),
        by=st.none() | date_ranges(min_value),
        text=st.none() | bilingual_texts(),
    )


@st.composite
def inspections(
    draw: st.DrawFn, authority: Authority | None = None, ident: str | None = None
) -> Inspection:
    """Generate inspections that obey every cross-field rule.

    Their ratings use the library's scales and, now and then, a scale of the
    test's own that was never registered.
    """
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
    scales = list(ins.rating_scales()[:3])
    if draw(st.booleans()):
        scales.append(draw(_own_scales(valid_from=start)))
    theme_ratings = []
    for scale in scales:
        areas = [p.area for p in scale.areas if scale.rates(p.area, start)]
        chosen = draw(st.lists(st.sampled_from(areas), max_size=2, unique=True)) if areas else []
        theme_ratings += [ins.ThemeRating(a, draw(ratings(scale))) for a in chosen]
    count = draw(st.integers(0, 4))
    priority_list = tuple(
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
            [p.id for p in priority_list]
            if submitted
            else draw(
                st.lists(st.sampled_from([p.id for p in priority_list]), unique=True)
                if priority_list
                else st.just([])
            )
        )
        plan_actions = tuple(
            ins.Action(pid, draw(bilingual_texts()), draw(_OWNER)) for pid in answered
        )
        plan = ins.ImprovementPlan(draw(st.integers(1, 60)), submitted, plan_actions)
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
        id=ident or draw(_KEY),
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
        priorities=priority_list,
        next_steps=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
        improvement_plan=plan,
        follows=follows,
        planned=tuple(draw(st.lists(planned_activities(start), max_size=2))),
    )


@st.composite
def inspection_histories(draw: st.DrawFn, max_size: int = 4) -> InspectionHistory:
    """Generate an authority's history of activities with distinct ids."""
    item = draw(authorities())
    size = draw(st.integers(0, max_size))
    activities = [draw(inspections(item, ident=f"activity-{n}")) for n in range(size)]
    return ins.InspectionHistory(item, activities)


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    ins.Action: actions,
    ins.AreaPeriod: area_periods,
    ins.DateRange: date_ranges,
    ins.Finding: findings,
    ins.ImprovementPlan: improvement_plans,
    ins.Inspection: inspections,
    ins.InspectionHistory: inspection_histories,
    ins.InspectorateName: inspectorate_names,
    ins.Judgement: judgements,
    ins.PlannedActivity: planned_activities,
    ins.Priority: priorities,
    ins.Rating: ratings,
    ins.RatingScale: rating_scales,
    ins.Reference: references,
    ins.ThemeRating: theme_ratings,
}

"""Hypothesis strategies for :mod:`carewales.inspections`."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from .. import inspections as ins
from ..authorities import Authority
from ._authorities import authorities
from ._text import bilingual_texts

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

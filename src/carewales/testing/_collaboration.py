"""Hypothesis strategies for :mod:`carewales.collaboration`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

import carewales

from ..authorities import VESTING_DAY
from ..collaboration import (
    LATEST_DATE,
    MAX_BUDGET,
    MAX_STAFF,
    JointService,
    Milestone,
    Stage,
    StageChange,
)
from ..inspections import DatePrecision, DateRange
from ._text import bilingual_texts

__all__ = ["joint_services", "milestones", "stage_changes", "stages"]

_URLS = st.from_regex(r"https://[a-z0-9./-]{1,40}", fullmatch=True)


def stages() -> st.SearchStrategy[Stage]:
    """Generate :class:`~carewales.collaboration.Stage` members."""
    return st.sampled_from(Stage)


@st.composite
def milestones(draw: st.DrawFn) -> Milestone:
    """Generate milestones, dated from 1 April 1996 to 2099, to the day or the month."""
    due = draw(st.dates(VESTING_DAY, LATEST_DATE))
    precision = draw(st.sampled_from(DatePrecision))
    if precision is DatePrecision.MONTH:
        due = due.replace(day=1)
    return Milestone(due, draw(bilingual_texts()), precision)


@st.composite
def _whens(draw: st.DrawFn) -> DateRange:
    day = draw(st.dates(VESTING_DAY, LATEST_DATE))
    if draw(st.booleans()):
        return DateRange.month(day.year, day.month)
    return DateRange(day, day)


def stage_changes() -> st.SearchStrategy[StageChange]:
    """Generate stage changes, dated to the day or the month, or undated."""
    return st.builds(
        StageChange, stages(), st.none() | _whens(), bilingual_texts(), st.none() | _URLS
    )


@st.composite
def joint_services(draw: st.DrawFn) -> JointService:
    """Generate joint services of two to four different authorities, milestones in order."""
    members = draw(
        st.lists(st.sampled_from(carewales.all_authorities()), min_size=2, max_size=4, unique=True)
    )
    steps = sorted(draw(st.lists(milestones(), max_size=3)), key=lambda m: m.due)
    history = draw(st.lists(stage_changes(), max_size=3))
    history.sort(key=lambda c: (c.when is None, c.when.start if c.when else VESTING_DAY))
    budget = draw(
        st.none() | st.decimals(min_value=0, max_value=MAX_BUDGET, places=2, allow_nan=False)
    )
    return JointService(
        key=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        name=draw(bilingual_texts()),
        authorities=tuple(members),
        stage=history[-1].stage if history else draw(st.none() | stages()),
        services=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
        staff=draw(st.none() | st.integers(0, MAX_STAFF)),
        budget=budget,
        milestones=tuple(steps),
        principles=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
        reported=draw(st.none() | st.dates(VESTING_DAY, LATEST_DATE)),
        source=draw(st.none() | bilingual_texts()),
        notes=tuple(draw(st.lists(bilingual_texts(), max_size=2))),
        history=tuple(history),
    )


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    JointService: joint_services,
    Milestone: milestones,
    StageChange: stage_changes,
}

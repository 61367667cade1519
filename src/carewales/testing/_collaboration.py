"""Hypothesis strategies for :mod:`carewales.collaboration`."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

import carewales

from ..collaboration import MAX_BUDGET, MAX_STAFF, JointService, Milestone, Stage
from ._parenting import _bilingual, record_days

__all__ = ["joint_services", "milestones"]


def milestones() -> st.SearchStrategy[Milestone]:
    """Generate milestones."""
    return st.builds(Milestone, record_days(), _bilingual())


@st.composite
def joint_services(draw: st.DrawFn) -> JointService:
    """Generate joint services of two to four different authorities, milestones in order."""
    members = draw(
        st.lists(st.sampled_from(carewales.all_authorities()), min_size=2, max_size=4, unique=True)
    )
    steps = sorted(draw(st.lists(milestones(), max_size=3)), key=lambda m: m.due)
    budget = draw(
        st.none() | st.decimals(min_value=0, max_value=MAX_BUDGET, places=2, allow_nan=False)
    )
    return JointService(
        key=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        name=draw(_bilingual()),
        authorities=tuple(members),
        stage=draw(st.none() | st.sampled_from(Stage)),
        services=tuple(draw(st.lists(_bilingual(), max_size=2))),
        staff=draw(st.none() | st.integers(0, MAX_STAFF)),
        budget=budget if budget is None else Decimal(budget),
        milestones=tuple(steps),
        principles=tuple(draw(st.lists(_bilingual(), max_size=2))),
        reported=draw(st.none() | record_days()),
        source=draw(st.none() | _bilingual()),
        notes=tuple(draw(st.lists(_bilingual(), max_size=2))),
    )

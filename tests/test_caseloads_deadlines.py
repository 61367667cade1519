"""A caseload's deadlines: the rules the caseload engine keeps."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import carewales
from carewales import serial
from carewales.caseloads import (
    CSV_FIELDS,
    CaseDeadline,
    CaseEvent,
    CaseState,
    DeadlineTable,
    EventKind,
    deadlines,
    deadlines_of_child,
    synthetic_events,
)
from carewales.errors import CareWalesError, DateRangeError, InvalidFieldError
from carewales.schedules import PlacementType, schedule

POWYS = carewales.authority("Powys")


def _by_child(events: list[CaseEvent]) -> dict[tuple[str, str], list[CaseEvent]]:
    found: dict[tuple[str, str], list[CaseEvent]] = {}
    for event in events:
        found.setdefault((event.authority.code, event.child), []).append(event)
    return found


@st.composite
def journeys(draw: st.DrawFn) -> list[CaseEvent]:
    """One child's events: any kinds, on any days of a window, placements of any type."""
    start = draw(st.dates(dt.date(2015, 1, 1), dt.date(2024, 1, 1)))
    events = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(EventKind))
        day = start + dt.timedelta(days=draw(st.integers(0, 400)))
        placement = None
        if kind is EventKind.PLACEMENT_START:
            placement = draw(st.none() | st.sampled_from(PlacementType))
        events.append(CaseEvent("C1", POWYS, kind, day, placement))
    return events


class TestTheEngine:
    @settings(max_examples=40, deadline=None)
    @given(
        st.integers(1, 25),
        st.integers(0, 10_000),
        st.dates(dt.date(2019, 1, 1), dt.date(2024, 12, 31)),
    )
    def test_a_caseload_equals_its_children_computed_one_by_one(
        self, children: int, seed: int, as_of: dt.date
    ) -> None:
        events = list(synthetic_events(children, seed=seed, start=dt.date(2019, 1, 1), days=700))
        table = deadlines(events, as_of)
        expected = [
            row for group in _by_child(events).values() for row in deadlines_of_child(group, as_of)
        ]
        assert list(table.rows) == expected

    @settings(max_examples=150, deadline=None)
    @given(journeys(), st.integers(0, 500))
    def test_any_journey_matches_the_scalar_rules(self, events: list[CaseEvent], days: int) -> None:
        as_of = min([e.date for e in events] or [dt.date(2020, 1, 1)]) + dt.timedelta(days=days)
        fast = deadlines(events, as_of).rows
        assert fast == deadlines_of_child(events, as_of)
        for row in fast:  # every row is one the validating constructor accepts as it is
            assert attrs.evolve(row) == row
            if row.done is not None:
                assert row.done <= as_of

    @settings(max_examples=40, deadline=None)
    @given(journeys(), st.integers(0, 500))
    def test_events_after_the_day_assessed_are_left_out(
        self, events: list[CaseEvent], days: int
    ) -> None:
        as_of = dt.date(2015, 1, 1) + dt.timedelta(days=days)
        before = [event for event in events if event.date <= as_of]
        assert deadlines(events, as_of) == deadlines(before, as_of)

    def test_core_groups_follow_the_schedule(self) -> None:
        conference = dt.date(2024, 1, 8)
        groups = [dt.date(2024, 1, 19), dt.date(2024, 3, 1)]
        events = [
            CaseEvent("C1", POWYS, EventKind.INITIAL_CONFERENCE, conference),
            *(CaseEvent("C1", POWYS, EventKind.CORE_GROUP, day) for day in groups),
        ]
        as_of = dt.date(2024, 4, 30)
        rows = deadlines(events, as_of).where(timescale="next-core-group").rows
        expected = schedule("core-groups", conference, groups, as_of=as_of)
        assert [(r.due, r.state.value) for r in rows] == [
            (o.status.due, o.status.state.value) for o in expected.occurrences[1:]
        ]
        assert rows[-1].state is CaseState.OVERDUE

    def test_registration_ended_stops_the_clock(self) -> None:
        conference = dt.date(2024, 1, 8)
        events = [
            CaseEvent("C1", POWYS, EventKind.INITIAL_CONFERENCE, conference),
            CaseEvent("C1", POWYS, EventKind.CORE_GROUP, dt.date(2024, 1, 19)),
            CaseEvent("C1", POWYS, EventKind.REGISTRATION_ENDED, dt.date(2024, 2, 1)),
        ]
        table = deadlines(events, dt.date(2024, 12, 1))
        assert not table.where(timescale="next-core-group").rows
        assert table.where(timescale="first-review-conference").rows == ()

    def test_rules_not_in_force_are_not_applicable(self) -> None:
        events = [CaseEvent("C1", POWYS, EventKind.INITIAL_CONFERENCE, dt.date(2018, 1, 8))]
        rows = deadlines(events, dt.date(2018, 6, 1)).rows
        assert {row.state for row in rows} == {CaseState.NOT_APPLICABLE}
        assert {row.timescale for row in rows} == {"core-groups", "review-conferences"}
        assert rows == deadlines_of_child(events, dt.date(2018, 6, 1))

    def test_a_placement_plan_made_in_advance_counts_as_made_at_the_start(self) -> None:
        start = dt.date(2024, 3, 4)
        events = [
            CaseEvent("C1", POWYS, EventKind.PLACEMENT_PLAN, dt.date(2024, 3, 1)),
            CaseEvent("C1", POWYS, EventKind.PLACEMENT_START, start, PlacementType.OTHER),
        ]
        (plan,) = deadlines(events, dt.date(2024, 3, 20)).where(timescale="placement-plan").rows
        assert (plan.done, plan.state) == (start, CaseState.MET)

    def test_visits_to_a_child_placed_with_a_parent_are_weekly_until_the_first_review(self) -> None:
        start = dt.date(2024, 3, 4)
        events = [
            CaseEvent("C1", POWYS, EventKind.LOOKED_AFTER_START, start),
            CaseEvent("C1", POWYS, EventKind.PLACEMENT_START, start, "parent-before-assessment"),
            CaseEvent("C1", POWYS, EventKind.VISIT, dt.date(2024, 3, 8)),
            CaseEvent("C1", POWYS, EventKind.LOOKED_AFTER_REVIEW, dt.date(2024, 3, 12)),
            CaseEvent("C1", POWYS, EventKind.VISIT, dt.date(2024, 3, 14)),
        ]
        rows = deadlines(events, dt.date(2024, 3, 15)).where(child="C1").rows
        visits = [row for row in rows if row.timescale.startswith("visit-")]
        assert [row.timescale for row in visits] == [
            "visit-placed-with-parent-weekly",  # from the start of the placement
            "visit-placed-with-parent-weekly",  # from the visit before the review
            "visit-placed-with-parent-after-review",  # from the visit after it
        ]

    @pytest.mark.parametrize(
        ("events", "as_of", "words"),
        [
            ([object()], dt.date(2024, 1, 1), "events"),
            ([], "2024-01-01", "as_of"),
        ],
    )
    def test_junk_is_refused(self, events: list[object], as_of: object, words: str) -> None:
        with pytest.raises(CareWalesError, match=words):
            deadlines(events, as_of)  # type: ignore[arg-type]
        with pytest.raises(CareWalesError, match=words):
            deadlines_of_child(events, as_of)  # type: ignore[arg-type]

    def test_one_child_at_a_time(self) -> None:
        events = [
            CaseEvent("C1", POWYS, EventKind.REFERRAL, dt.date(2024, 1, 8)),
            CaseEvent("C2", POWYS, EventKind.REFERRAL, dt.date(2024, 1, 8)),
        ]
        with pytest.raises(InvalidFieldError, match="one child") as caught:
            deadlines_of_child(events, dt.date(2024, 2, 1))
        assert "un plentyn" in caught.value.message("cy")


def _table() -> DeadlineTable:
    events = list(synthetic_events(40, seed=7, start=dt.date(2022, 1, 1), days=300))
    return deadlines(events, dt.date(2023, 3, 1))


class TestTheTable:
    def test_filters_keep_only_what_matches(self) -> None:
        table = _table()
        overdue = table.where(state="overdue")
        assert overdue.rows
        assert all(row.state is CaseState.OVERDUE for row in overdue.rows)
        both = table.where(state=["met", CaseState.MET_LATE])
        assert {row.state for row in both.rows} <= {CaseState.MET, CaseState.MET_LATE}
        first = table.rows[0]
        mine = table.where(
            authority=first.authority.code, child=first.child, timescale=first.timescale
        )
        assert first in mine.rows
        assert len(table.where()) == len(table)
        assert sum(table.counts().values()) == len(table)

    def test_sorting_puts_the_most_overdue_first(self) -> None:
        table = _table().where(state="overdue").sorted_by("working_days")
        margins = [row.working_days for row in table.rows]
        assert margins == sorted(margins)
        named = _table().sorted_by("authority", "state", "due", reverse=True)
        assert len(named) == len(_table())
        with pytest.raises(InvalidFieldError, match="fields"):
            _table().sorted_by()
        with pytest.raises(CareWalesError, match="fields"):
            _table().sorted_by("colour")

    @pytest.mark.parametrize(
        ("criterion", "value"),
        [("state", "late"), ("authority", "Atlantis"), ("child", ""), ("timescale", "No Such")],
    )
    def test_junk_criteria_are_refused(self, criterion: str, value: str) -> None:
        with pytest.raises(CareWalesError):
            _table().where(**{criterion: value})  # type: ignore[arg-type]

    def test_writes_csv_json_markdown_and_a_frame(self) -> None:
        table = _table()
        lines = table.to_csv().splitlines()
        assert lines[0] == ",".join(CSV_FIELDS)
        assert len(lines) == len(table) + 1
        assert serial.from_json(serial.to_json(table), DeadlineTable) == table
        english, welsh = table.render(), table.render("cy", format="text")
        assert english.startswith(f"{len(table):,} deadlines on 2023-03-01")
        assert "Yn hwyr" in welsh
        assert "Overdue" not in welsh
        frame = table.to_frame()
        assert list(frame.columns) == list(CSV_FIELDS)
        assert len(frame) == len(table)
        assert str(frame["working_days"].dtype) == "Int64"

    def test_a_met_row_needs_its_day_and_a_late_one_says_so(self) -> None:
        start, due = dt.date(2024, 1, 1), dt.date(2024, 1, 8)
        base = CaseDeadline("C1", "Powys", "placement-plan", 1, start, due, due, CaseState.MET, 0)
        assert base.describe("cy").startswith("C1, Powys, placement-plan #1: Wedi’i gyflawni")
        cases = [
            {"done": None},
            {"done": dt.date(2024, 1, 9)},
            {"state": CaseState.OVERDUE},
            {"due": None},
            {"due": dt.date(2023, 12, 1)},
            {"done": dt.date(2023, 12, 1), "state": CaseState.MET},
        ]
        for change in cases:
            with pytest.raises(DateRangeError):
                attrs.evolve(base, **change)
        late = attrs.evolve(
            base, done=dt.date(2024, 1, 10), state=CaseState.MET_LATE, working_days=-2
        )
        assert late.working_days_late == 2
        assert "by 2 working days" in late.describe()
        with pytest.raises(DateRangeError, match="as_of"):
            DeadlineTable(dt.date(2024, 1, 9), [late])

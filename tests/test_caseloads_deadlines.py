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

    @settings(max_examples=60, deadline=None)
    @given(journeys(), st.integers(0, 500))
    def test_a_return_home_ends_care_as_ceasing_to_be_looked_after_does(
        self, events: list[CaseEvent], days: int
    ) -> None:
        """Every deadline is the same whether care ends by a return home or otherwise."""
        as_of = dt.date(2015, 1, 1) + dt.timedelta(days=days)
        home = [
            attrs.evolve(e, kind=EventKind.RETURNED_HOME)
            if e.kind is EventKind.LOOKED_AFTER_END
            else e
            for e in events
        ]
        assert deadlines(home, as_of) == deadlines(events, as_of)
        assert deadlines_of_child(home, as_of) == deadlines_of_child(events, as_of)

    def test_the_garbage_collector_is_left_as_it_was(self) -> None:
        """Paused while a caseload is built, the cyclic collector is restored as it was."""
        import gc

        from carewales.caseloads import measure_results

        events = list(synthetic_events(20, seed=4, start=dt.date(2019, 1, 1), days=700))
        assert gc.isenabled()
        deadlines(events, dt.date(2020, 3, 31))
        measure_results(events, 2019)
        assert gc.isenabled()
        gc.disable()
        try:
            deadlines(events, dt.date(2020, 3, 31))
            assert not gc.isenabled()
        finally:
            gc.enable()
        with pytest.raises(CareWalesError):
            deadlines([*events, "junk"], dt.date(2020, 3, 31))  # type: ignore[list-item]
        assert gc.isenabled()

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

    @pytest.mark.parametrize("kind", [EventKind.REGISTRATION_ENDED, EventKind.LOOKED_AFTER_END])
    def test_a_clock_that_stops_on_the_day_assessed_has_stopped(self, kind: EventKind) -> None:
        """An end on the day assessed stops the clock as an end the day before would."""
        start = dt.date(2024, 1, 8)
        begins = (
            EventKind.INITIAL_CONFERENCE
            if kind is EventKind.REGISTRATION_ENDED
            else EventKind.LOOKED_AFTER_START
        )
        end = dt.date(2024, 2, 1)
        events = [
            CaseEvent("C1", POWYS, begins, start),
            CaseEvent("C1", POWYS, kind, end),
        ]
        on_the_day = deadlines(events, end)
        after = deadlines(events, end + dt.timedelta(days=1))
        upcoming = [row for row in on_the_day.rows if row.state is CaseState.NOT_YET_DUE]
        assert upcoming == []
        assert [row.timescale for row in on_the_day.rows] == [row.timescale for row in after.rows]
        for row in on_the_day.rows:  # what is listed was due by the end, and is late
            assert row.due is not None
            assert row.due <= end
        assert deadlines_of_child(events, end) == on_the_day.rows

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
        assert base.describe("cy").startswith("C1, Powys, Cynllun lleoli (")
        assert "(1): Wedi’i gyflawni" in base.describe("cy")
        custom = attrs.evolve(base, timescale="my-own-rule")
        assert custom.describe().startswith("C1, Powys, my-own-rule (1): Met")
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


def E(kind: str, day: dt.date, placement: str | None = None) -> CaseEvent:  # noqa: N802
    return CaseEvent("C1", POWYS, kind, day, placement)


D = dt.date


class TestHowEventsAreMatched:
    def test_a_move_ends_the_old_placement_on_the_new_ones_start_day(self) -> None:
        events = [
            E("looked-after-start", D(2020, 1, 1)),
            E("placement-start", D(2020, 1, 1), "other"),
            E("placement-plan", D(2020, 1, 1)),
            E("placement-end", D(2020, 3, 2)),
            E("placement-start", D(2020, 3, 2), "other"),
            E("placement-plan", D(2020, 3, 2)),
        ]
        rows = deadlines(events, D(2020, 6, 30)).rows
        second = [
            r for r in rows if r.timescale == "first-placement-visit" and r.start == D(2020, 3, 2)
        ]
        assert [r.state for r in second] == [CaseState.OVERDUE]

    def test_each_plan_counts_for_one_placement(self) -> None:
        events = [
            E("looked-after-start", D(2020, 1, 1)),
            E("placement-start", D(2020, 1, 1), "other"),
            E("placement-plan", D(2020, 1, 3)),
            E("placement-start", D(2020, 3, 2), "other"),
        ]
        plans = deadlines(events, D(2020, 3, 31)).where(timescale="placement-plan").rows
        assert [(r.done, r.state) for r in plans] == [
            (D(2020, 1, 3), CaseState.MET),
            (None, CaseState.OVERDUE),
        ]
        earlier = [E("placement-plan", D(2010, 1, 1)), E("looked-after-start", D(2020, 1, 1)),
                   E("placement-start", D(2020, 1, 1), "other")]  # fmt: skip
        (plan,) = deadlines(earlier, D(2020, 3, 31)).where(timescale="placement-plan").rows
        assert plan.state is CaseState.OVERDUE  # a plan from another period of care

    def test_repeated_rows_count_once(self) -> None:
        events = [
            E("referral", D(2020, 1, 6)),
            E("referral", D(2020, 1, 6)),
            E("referral-decision", D(2020, 1, 6)),
        ]
        (row,) = deadlines(events, D(2020, 1, 31)).rows
        assert row.state is CaseState.MET
        twice = [
            E("placement-start", D(2020, 1, 6), "other"),
            E("placement-start", D(2020, 1, 6), "until-18"),
        ]
        plans = deadlines(twice, D(2020, 1, 31)).where(timescale="placement-plan").rows
        assert len(plans) == 1

    def test_a_core_group_on_the_conference_day_counts_as_schedule_says(self) -> None:
        events = [E("initial-conference", D(2020, 1, 6)), E("core-group", D(2020, 1, 6))]
        rows = deadlines(events, D(2020, 1, 31)).where(timescale="first-core-group").rows
        expected = schedule("core-groups", D(2020, 1, 6), [D(2020, 1, 6)], as_of=D(2020, 1, 31))
        assert rows[0].state.value == expected.occurrences[0].status.state.value == "met"

    def test_a_duty_due_on_the_day_its_clock_stops_is_overdue(self) -> None:
        events = [E("initial-conference", D(2020, 1, 6)), E("registration-ended", D(2020, 1, 20))]
        rows = deadlines(events, D(2020, 2, 28)).where(timescale="first-core-group").rows
        assert [(r.due, r.state) for r in rows] == [(D(2020, 1, 20), CaseState.OVERDUE)]

    def test_a_due_date_beyond_2100_is_not_applicable_and_others_still_count(self) -> None:
        events = [
            E("initial-conference", D(2100, 12, 30)),
            E("referral", D(2100, 12, 31)),
            CaseEvent("C2", POWYS, "referral", D(2100, 12, 1)),
        ]
        table = deadlines(events, D(2100, 12, 31))
        assert {r.state for r in table.where(child="C1").rows} == {CaseState.NOT_APPLICABLE}
        assert table.where(child="C2").rows[0].state is CaseState.OVERDUE
        assert table.rows == deadlines_of_child(events[:2], D(2100, 12, 31)) + deadlines_of_child(
            events[2:], D(2100, 12, 31)
        )

    @pytest.mark.parametrize("as_of", [D(1970, 12, 31), D(2101, 1, 1)])
    def test_a_day_assessed_outside_the_calendar_is_refused(self, as_of: dt.date) -> None:
        with pytest.raises(CareWalesError, match="as_of"):
            deadlines([], as_of)

    @pytest.mark.parametrize("events", [None, 5, "events"])
    def test_events_that_are_not_a_collection_are_refused(self, events: object) -> None:
        with pytest.raises(InvalidFieldError, match="'events'"):
            deadlines(events, D(2020, 1, 1))  # type: ignore[arg-type]


class TestRowsAgreeWithThemselves:
    def _overdue(self) -> CaseDeadline:
        events = [E("referral", D(2020, 1, 6))]
        return deadlines(events, D(2020, 1, 31)).rows[0]

    @pytest.mark.parametrize(
        "change",
        [
            {"working_days": 7},
            {"state": CaseState.NOT_YET_DUE},
            {"state": CaseState.MET, "done": D(2020, 1, 7), "working_days": 5},
        ],
    )
    def test_a_margin_of_the_wrong_sign_or_size_is_refused(self, change: dict[str, object]) -> None:
        with pytest.raises(DateRangeError):
            attrs.evolve(self._overdue(), **change)

    def test_a_table_refuses_rows_that_disagree_with_its_day(self) -> None:
        row = self._overdue()
        for day in (D(2020, 1, 2), D(2020, 1, 7)):  # before the start; on the due date
            with pytest.raises(DateRangeError, match="rows"):
                DeadlineTable(day, [row])
        pending = deadlines([E("referral", D(2020, 1, 6))], D(2020, 1, 6)).rows[0]
        with pytest.raises(DateRangeError, match="rows"):
            DeadlineTable(D(2020, 1, 8), [pending])
        due = deadlines([E("referral", D(2020, 1, 6))], D(2020, 1, 7)).rows[0]
        assert due.state is CaseState.DUE
        with pytest.raises(DateRangeError, match="rows"):
            DeadlineTable(D(2020, 1, 6), [attrs.evolve(due, start=D(2020, 1, 6))])

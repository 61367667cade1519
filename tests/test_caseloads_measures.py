"""Performance measures computed from case events: the rules they keep."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import carewales
from carewales import serial
from carewales.caseloads import (
    CaseEvent,
    EventKind,
    MeasureResult,
    measure_result,
    measure_results,
    synthetic_events,
)
from carewales.errors import CareWalesError, InvalidFieldError, UnsupportedDateError
from carewales.rates import Suppressed, proportion

POWYS = carewales.authority("Powys")
START = dt.date(2017, 1, 1)


def _events(children: int, seed: int) -> list[CaseEvent]:
    return list(synthetic_events(children, seed=seed, start=START, days=500))


class TestMeasures:
    @settings(max_examples=25, deadline=None)
    @given(st.integers(1, 60), st.integers(0, 10_000), st.sampled_from([2016, 2017, 2018]))
    def test_numerators_never_exceed_denominators_and_wales_is_the_sum(
        self, children: int, seed: int, year: int
    ) -> None:
        for result in measure_results(_events(children, seed), year):
            assert result.numerator <= result.denominator
            if result.table is not None:
                rows = result.table.rows
                assert sum(row.count for row in rows) == result.numerator  # type: ignore[misc]
                assert sum(row.population for row in rows) == result.denominator  # type: ignore[misc]

    @settings(max_examples=25, deadline=None)
    @given(st.integers(1, 40), st.integers(0, 10_000))
    def test_an_assessment_on_time_never_makes_pm24_worse(self, children: int, seed: int) -> None:
        events = _events(children, seed)
        before = measure_result(events, "PM24", 2017)
        referral = dt.date(2017, 6, 1)
        extra = [
            CaseEvent("EXTRA", POWYS, EventKind.REFERRAL, referral),
            CaseEvent(
                "EXTRA", POWYS, EventKind.ASSESSMENT_COMPLETED, referral + dt.timedelta(days=7)
            ),
        ]
        after = measure_result(events + extra, "PM24", 2017)
        assert after.denominator == before.denominator + 1
        assert after.numerator == before.numerator + 1
        if before.wales is not None:
            assert after.wales is not None
            assert after.wales.value >= before.wales.value

    @settings(max_examples=25, deadline=None)
    @given(st.integers(1, 40), st.integers(0, 10_000), st.data())
    def test_a_gp_registration_on_time_never_makes_pm31_worse(
        self, children: int, seed: int, data: st.DataObject
    ) -> None:
        events = _events(children, seed)
        before = measure_result(events, "PM31", 2017)
        starts = [e for e in events if e.kind is EventKind.PLACEMENT_START and e.date.year == 2017]
        if not starts:
            return
        start = data.draw(st.sampled_from(starts))
        on_time = CaseEvent(start.child, start.authority, EventKind.GP_REGISTRATION, start.date)
        after = measure_result([*events, on_time], "PM31", 2017)
        assert after.denominator == before.denominator
        assert after.numerator >= before.numerator

    @settings(max_examples=25, deadline=None)
    @given(st.integers(1, 40), st.integers(0, 10_000), st.data())
    def test_a_return_home_never_makes_pm26_lower(
        self, children: int, seed: int, data: st.DataObject
    ) -> None:
        """A looked after child's return home in the year adds to the numerator only."""
        events = _events(children, seed)
        before = measure_result(events, "PM26", 2017)
        starts = [e for e in events if e.kind is EventKind.LOOKED_AFTER_START]
        if not starts:
            return
        start = data.draw(st.sampled_from(starts))
        day = max(start.date, dt.date(2017, 4, 1))
        if day > dt.date(2018, 3, 31):
            return
        home = CaseEvent(start.child, start.authority, EventKind.RETURNED_HOME, day)
        after = measure_result([*events, home], "PM26", 2017)
        assert after.denominator >= before.denominator
        assert after.numerator >= before.numerator
        if after.denominator == before.denominator and before.wales is not None:
            assert after.wales is not None
            assert after.wales.value >= before.wales.value

    def test_pm26_counts_each_child_looked_after_in_the_year_once(self) -> None:
        def child(name: str, *kinds_and_days: tuple[EventKind, dt.date]) -> list[CaseEvent]:
            return [CaseEvent(name, POWYS, kind, day) for kind, day in kinds_and_days]

        start, home = EventKind.LOOKED_AFTER_START, EventKind.RETURNED_HOME
        events = [
            # looked after on the eve of the year, home in it, twice: counted once
            *child("A", (start, dt.date(2016, 5, 1)), (home, dt.date(2017, 6, 1))),
            *child("A", (start, dt.date(2017, 7, 1)), (home, dt.date(2017, 9, 1))),
            # became looked after in the year, still looked after: denominator only
            *child("B", (start, dt.date(2018, 3, 31))),
            # left care by another route before the year: not looked after in it
            *child("C", (start, dt.date(2015, 1, 1))),
            CaseEvent("C", POWYS, EventKind.LOOKED_AFTER_END, dt.date(2017, 3, 31)),
            # went home on 1 April: looked after on the eve, home in the year
            *child("D", (start, dt.date(2016, 1, 1)), (home, dt.date(2017, 4, 1))),
            # went home the year before: not looked after in the year
            *child("E", (start, dt.date(2016, 1, 1)), (home, dt.date(2017, 3, 31))),
            # a return home with no period of care recorded: in neither count
            *child("F", (home, dt.date(2017, 6, 1))),
        ]
        result = measure_result(events, "PM26", 2017)
        assert (result.numerator, result.denominator) == (2, 3)
        # A return home counts only where it ends a period of care.
        before_care = [
            *child("G", (home, dt.date(2017, 6, 1)), (start, dt.date(2017, 9, 1))),
        ]
        after_care = [
            *child("H", (start, dt.date(2017, 5, 1)), (home, dt.date(2017, 9, 1))),
            CaseEvent("H", POWYS, EventKind.LOOKED_AFTER_END, dt.date(2017, 6, 1)),
        ]
        same_day = [*child("I", (start, dt.date(2017, 5, 1)), (home, dt.date(2017, 5, 1)))]
        for stray, expected in ((before_care, (0, 1)), (after_care, (0, 1)), (same_day, (1, 1))):
            found = measure_result(stray, "PM26", 2017)
            assert (found.numerator, found.denominator) == expected
        assert result.describe().startswith("PM26 2017-18: 66.7% for Wales (2 of 3;")

    @settings(max_examples=30, deadline=None)
    @given(
        st.integers(1, 80),
        st.integers(0, 10_000),
        st.sampled_from(["PM24", "PM26", "PM31", "PM33"]),
        st.integers(1, 12),
    )
    def test_no_published_count_is_small_wales_included(
        self, children: int, seed: int, key: str, below: int
    ) -> None:
        """Suppression hides every small cell, and the figure for Wales by the same rule."""
        events = _events(children, seed)
        plain = measure_result(events, key, 2017)
        hidden = measure_result(events, key, 2017, suppress_below=below)

        def small(n: int, d: int) -> bool:
            return d < below or 0 < n < below or 0 < d - n < below

        assert isinstance(plain.numerator, int)
        assert isinstance(plain.denominator, int)
        if plain.denominator and small(plain.numerator, plain.denominator):
            assert hidden.suppressed
            assert (hidden.numerator, hidden.denominator, hidden.wales) == (
                Suppressed("*"),
                Suppressed("*"),
                None,
            )
            assert "suppressed" in hidden.describe()
            assert "wedi’i atal" in hidden.describe("cy")
        else:
            assert not hidden.suppressed
            assert (hidden.numerator, hidden.denominator) == (plain.numerator, plain.denominator)
            assert hidden.wales == plain.wales
        if plain.table is None:
            assert hidden.table is None
            return
        assert hidden.table is not None
        for shown, raw in zip(hidden.table.rows, plain.table.rows, strict=True):
            if isinstance(shown.count, Suppressed):
                continue
            assert (shown.count, shown.population) == (raw.count, raw.population)
            assert not small(shown.count, shown.population)  # type: ignore[arg-type]
        assert serial.from_json(serial.to_json(hidden), MeasureResult) == hidden

    def test_a_suppressed_figure_for_wales_is_checked(self) -> None:
        result = measure_result(_events(60, 3), "PM26", 2017, suppress_below=5)
        assert result.suppressed
        star = Suppressed("*")
        with pytest.raises(InvalidFieldError, match="'numerator'"):
            attrs.evolve(result, numerator=0)
        with pytest.raises(InvalidFieldError, match="'denominator'"):
            attrs.evolve(result, suppress_below=None)
        shown = measure_result(_events(60, 3), "PM24", 2017)
        with pytest.raises(InvalidFieldError, match="must be suppressed"):
            attrs.evolve(shown, suppress_below=1000)
        cells = measure_result(_events(400, 3), "PM24", 2017, suppress_below=5)
        assert not cells.suppressed
        assert cells.table is not None
        assert cells.table.suppressed_count
        with pytest.raises(InvalidFieldError, match="no suppressed cell when 'suppress_below'"):
            attrs.evolve(cells, suppress_below=None)
        assert attrs.evolve(result, numerator="*", denominator=" * ").numerator == star
        with pytest.raises(CareWalesError, match="'\\*' \\(suppressed\\)"):
            attrs.evolve(result, numerator="x")

    def test_pm33_counts_the_placement_under_way_on_1_april(self) -> None:
        events = [
            CaseEvent("C", POWYS, EventKind.LOOKED_AFTER_START, dt.date(2017, 1, 10)),
            CaseEvent("C", POWYS, EventKind.PLACEMENT_START, dt.date(2017, 1, 10)),
            CaseEvent("C", POWYS, EventKind.PLACEMENT_START, dt.date(2017, 6, 1)),
            CaseEvent("C", POWYS, EventKind.PLACEMENT_START, dt.date(2017, 9, 1)),
        ]
        assert measure_result(events, "PM33", 2017).numerator == 1
        ended = [*events, CaseEvent("C", POWYS, EventKind.PLACEMENT_END, dt.date(2017, 3, 1))]
        assert measure_result(ended, "PM33", 2017).numerator == 0
        left = [*events, CaseEvent("C", POWYS, EventKind.LOOKED_AFTER_END, dt.date(2018, 3, 1))]
        assert measure_result(left, "PM33", 2017).denominator == 0

    def test_an_assessment_without_a_referral_is_not_within_the_timescale(self) -> None:
        events = [CaseEvent("C", POWYS, EventKind.ASSESSMENT_COMPLETED, dt.date(2017, 5, 1))]
        result = measure_result(events, "pm-2016-24", 2017)
        assert (result.numerator, result.denominator) == (0, 1)

    def test_a_looked_after_child_without_a_placement_counts_in_the_denominator(self) -> None:
        events = [CaseEvent("C", POWYS, EventKind.LOOKED_AFTER_START, dt.date(2017, 5, 1))]
        result = measure_result(events, "PM31", 2017)
        assert (result.numerator, result.denominator) == (0, 1)

    def test_no_cases_give_no_figure_in_both_languages(self) -> None:
        result = measure_result([], "PM24", 2017)
        assert (result.table, result.wales) == (None, None)
        assert result.describe() == "PM24 2017-18: no cases in the year"
        assert result.describe("cy") == "PM24 2017-18: dim achosion yn y flwyddyn"
        with pytest.raises(UnsupportedDateError, match="2010-11") as caught:
            measure_results([], 2010)
        assert "Fframwaith Perfformiad a Gwella" in caught.value.message("cy")

    def test_describes_and_round_trips(self) -> None:
        result = measure_result(_events(30, 1), "PM24", 2017)
        assert result.period == "2017-18"
        assert " for Wales (" in result.describe()
        assert " i Gymru (" in result.describe("cy")
        assert serial.from_json(serial.to_json(result), MeasureResult) == result

    @pytest.mark.parametrize(
        ("key", "year", "options", "error"),
        [
            ("PM24", 2021, {}, UnsupportedDateError),
            ("PM30", 2017, {}, InvalidFieldError),
            ("PM24", "2017", {}, CareWalesError),
            ("PM24", 2017, {"suppress_below": 0}, CareWalesError),
            ("PM24", 2017, {"confidence": 1.5}, CareWalesError),
            ("PM99", 2017, {}, LookupError),
        ],
    )
    def test_junk_and_measures_out_of_their_period_are_refused(
        self, key: str, year: object, options: dict[str, object], error: type[Exception]
    ) -> None:
        with pytest.raises(error) as caught:
            measure_result([], key, year, **options)  # type: ignore[arg-type]
        assert isinstance(caught.value, CareWalesError)
        assert caught.value.message("cy") != str(caught.value)

    def test_a_result_must_agree_with_itself(self) -> None:
        result = measure_result(_events(30, 1), "PM24", 2017)
        for change in (
            {"numerator": result.denominator + 1},
            {"wales": None},
            {"table": None},
            {"wales": proportion(0, 1)},
        ):
            with pytest.raises(CareWalesError):
                attrs.evolve(result, **change)
        with pytest.raises(CareWalesError, match="events"):
            measure_result([object()], "PM24", 2017)  # type: ignore[list-item]


D = dt.date


def E(child: str, kind: str, day: dt.date, where: str = "Powys") -> CaseEvent:  # noqa: N802
    return CaseEvent(child, where, kind, day)


class TestSuppressionAndEpisodes:
    def test_a_lone_small_cell_takes_another_with_it(self) -> None:
        events = []
        for number in range(20):
            events += [
                E(f"P{number}", "referral", D(2017, 5, 1)),
                E(f"P{number}", "assessment-completed", D(2017, 5, 8)),
            ]
        for number in range(20):
            done = D(2017, 5, 8) if number < 2 else D(2017, 9, 1)
            events += [
                E(f"C{number}", "referral", D(2017, 5, 1), "Cardiff"),
                E(f"C{number}", "assessment-completed", done, "Cardiff"),
            ]
        for number in range(30):
            events += [
                E(f"S{number}", "referral", D(2017, 5, 1), "Swansea"),
                E(
                    f"S{number}",
                    "assessment-completed",
                    D(2017, 5, 8) if number % 2 else D(2017, 9, 1),
                    "Swansea",
                ),
            ]
        result = measure_result(events, "PM24", 2017, suppress_below=5)
        assert result.table is not None
        hidden = [
            row.authority.name.en for row in result.table.rows if isinstance(row.count, Suppressed)
        ]
        assert sorted(hidden) == ["Cardiff", "Powys"]  # Powys: the smallest other cell
        assert result.wales is not None
        assert (result.numerator, result.denominator) == (37, 70)

    def test_a_small_complement_is_suppressed(self) -> None:
        events = []
        for number in range(20):
            done = D(2017, 5, 8) if number < 18 else D(2017, 9, 1)
            events += [
                E(f"P{number}", "referral", D(2017, 5, 1)),
                E(f"P{number}", "assessment-completed", done),
            ]
        result = measure_result(events, "PM24", 2017, suppress_below=5)
        assert result.table is not None
        assert isinstance(result.table.rows[0].count, Suppressed)  # 2 not on time

    def test_a_placement_from_an_earlier_period_of_care_is_not_under_way(self) -> None:
        events = [
            E("C", "looked-after-start", D(2015, 1, 1)),
            E("C", "placement-start", D(2015, 1, 1)),
            E("C", "looked-after-end", D(2015, 6, 1)),
            E("C", "looked-after-start", D(2017, 12, 1)),
            E("C", "placement-start", D(2017, 12, 1)),
            E("C", "placement-start", D(2018, 2, 1)),
        ]
        assert measure_result(events, "PM33", 2017).numerator == 0
        repeated = [
            E("C", "referral", D(2017, 5, 1)),
            *[E("C", "assessment-completed", D(2017, 5, 10))] * 2,
        ]
        assert measure_result(repeated, "PM24", 2017).denominator == 1

    def test_a_result_refuses_a_table_year_or_measure_that_disagree(self) -> None:
        result = measure_result(_events(30, 1), "PM24", 2017)
        other = measure_result(_events(30, 1), "PM31", 2017)
        hidden = measure_result(_events(60, 3), "PM24", 2017, suppress_below=5)
        for change in (
            {"table": other.table},
            {"year": 2030},
            {"measure": "pm-2016-30"},
            {"measure": "zzz"},
            {
                "table": hidden.table,
                "numerator": hidden.numerator,
                "denominator": hidden.denominator,
                "wales": hidden.wales,
            },
            {"wales": proportion(result.numerator, result.denominator, 0.5)},
            {"table": attrs.evolve(result.table, per=1000)},
            {"table": attrs.evolve(result.table, period="2017")},
        ):
            with pytest.raises(CareWalesError):
                attrs.evolve(result, **change)
        with pytest.raises(CareWalesError, match="events"):
            measure_results(None, 2017)  # type: ignore[arg-type]

"""Tests for carewales.schedules: repeating duties counted from the events that happened."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from carewales import testing as cwst
from carewales.calendar import working_days_between
from carewales.deadlines import DeadlineState, Timescale, TimeUnit, _today, timescale
from carewales.errors import (
    CareWalesError,
    DateRangeError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    UnknownTimescaleError,
    UnsupportedDateError,
)
from carewales.schedules import Occurrence, PlacementType, Schedule, schedule, schedule_keys
from carewales.serial import from_json, to_json
from carewales.testing import _deadlines as tds
from carewales.testing import _text as tts
from carewales.text import Bilingual

D = dt.date
P = PlacementType
OPEN = {DeadlineState.NOT_YET_DUE, DeadlineState.DUE, DeadlineState.OVERDUE}


def visits(placement: PlacementType, start: D, events: list[D], as_of: D, **kw: object) -> Schedule:
    """The placement-visit schedule for *placement*."""
    return schedule("placement-visits", start, events, as_of=as_of, placement=placement, **kw)  # type: ignore[arg-type]


def dues(item: Schedule) -> list[D]:
    """The schedule's due dates."""
    return [occurrence.due for occurrence in item.occurrences]


@st.composite
def event_days(draw: st.DrawFn, start: D, *, max_gap: int = 120, max_size: int = 8) -> list[D]:
    """Increasing event days after *start*."""
    gaps = draw(st.lists(st.integers(1, max_gap), max_size=max_size))
    days, day = [], start
    for gap in gaps:
        day += dt.timedelta(days=gap)
        days.append(day)
    return days


STARTS = st.dates(D(2019, 11, 11), D(2060, 12, 31))


class TestScheduleRules:
    """The properties issue 11 states for every schedule."""

    @given(tds.schedule_objects())
    def test_occurrences_follow_the_actual_events(self, item):
        """Each counts from the previous actual event; all but the last are done; dates increase."""
        previous = item.start
        for number, occurrence in enumerate(item.occurrences, 1):
            assert occurrence.number == number
            assert occurrence.counted_from == previous
            assert occurrence.due > occurrence.counted_from
            previous = occurrence.done or previous
        assert [o.done is not None for o in item.occurrences] == [True] * len(item.done) + [False]
        assert item.next.state in OPEN
        assert item.next.status.on == item.as_of
        days = dues(item)
        assert days == sorted(days)

    @given(tds.schedule_objects())
    def test_each_due_date_is_the_interval_after_the_previous_event(self, item):
        """An occurrence is due exactly its rule's interval after the previous actual event."""
        for occurrence in item.occurrences:
            if item.key in schedule_keys():
                rule = timescale(occurrence.rule, on=occurrence.counted_from)
                assert occurrence.due == rule.due(occurrence.counted_from)

    @pytest.mark.parametrize("key", ["core-groups", "review-conferences", "looked-after-reviews"])
    @given(start=STARTS, data=st.data())
    def test_catalogue_schedules_increase(self, key, start, data):
        """With events after the start, due dates increase; equal only where months clamp."""
        events = data.draw(event_days(start))
        as_of = (events[-1] if events else start) + dt.timedelta(days=data.draw(st.integers(0, 90)))
        item = schedule(key, start, events, as_of=as_of)
        for one, two in itertools.pairwise(item.occurrences):
            assert one.due <= two.due
            if one.due == two.due:
                # 31 August and 30 August + 6 months both end in February
                assert timescale(two.rule).unit is TimeUnit.MONTHS
                assert (two.due + dt.timedelta(days=1)).day == 1
                assert two.counted_from.day > two.due.day

    def test_month_clamping_can_give_equal_due_dates(self):
        """Reviews on 28 and 29 August 2020 are both next due on 28 February 2021."""
        item = schedule(
            "review-conferences",
            D(2020, 1, 1),
            [D(2020, 4, 1), D(2020, 8, 28), D(2020, 8, 29)],
            as_of=D(2020, 9, 1),
        )
        assert item.occurrences[2].due == item.occurrences[3].due == D(2021, 2, 28)
        assert dues(schedule("core-groups", D(2024, 1, 31), as_of=D(2024, 2, 1))) == [
            D(2024, 2, 14)
        ]

    @given(start=STARTS, data=st.data())
    def test_states_and_margins(self, start, data):
        """Met or met late by the working days between due and done; the next one against as_of."""
        events = data.draw(event_days(start, max_gap=60))
        as_of = (events[-1] if events else start) + dt.timedelta(days=data.draw(st.integers(0, 90)))
        item = schedule("core-groups", start, events, as_of=as_of)
        for occurrence, day in zip(item.occurrences, events, strict=False):
            assert occurrence.done == day
            late = day > occurrence.due
            assert occurrence.state is (DeadlineState.MET_LATE if late else DeadlineState.MET)
            assert occurrence.status.working_days == working_days_between(day, occurrence.due)
        state = item.next.state
        assert (state is DeadlineState.OVERDUE) == (as_of > item.next.due)
        assert (state is DeadlineState.DUE) == (as_of == item.next.due)

    @given(tds.schedule_objects())
    def test_adding_the_next_event_on_time_meets_it(self, item):
        """Doing the next occurrence on its due date makes it met, and opens another."""
        due = item.next.due
        more = [o.done for o in item.done]
        kwargs = {} if item.placement is None else {"placement": item.placement}
        if item.first_review is not None:
            kwargs["first_review"] = item.first_review
        rule = (
            item.key
            if item.key in schedule_keys()
            else Timescale(
                item.key,
                item.name,
                1,
                TimeUnit.WEEKS,
                item.name,
                timescale("first-core-group").source,
                D(1971, 1, 1),
            )
        )
        if not isinstance(rule, str):
            return  # a rule of the user's own cannot be rebuilt from the schedule alone
        as_of = max(due, item.as_of)
        later = schedule(rule, item.start, [*more, due], as_of=as_of, **kwargs)
        assert later.occurrences[len(more)].state is DeadlineState.MET
        assert later.next.counted_from == due


class TestRegulation31:
    """Visits by placement type: regulation 31(2) to (5) (issue 11, item 2)."""

    START = D(2024, 3, 4)

    def test_any_placement_first_year_then_three_monthly_or_six_weekly(self):
        """31(2): within a week, 6-weekly in the first year, then 3-monthly (to 18) or 6-weekly."""
        events = [D(2024, 3, 8), D(2024, 4, 15), D(2025, 3, 10)]
        long_term = visits(P.UNTIL_EIGHTEEN, self.START, events, as_of=D(2025, 3, 11))
        other = visits(P.OTHER, self.START, events, as_of=D(2025, 3, 11))
        assert [o.rule for o in long_term.occurrences] == [
            "first-placement-visit",
            "placement-visit-first-year",
            "placement-visit-first-year",
            "placement-visit-long-term",
        ]
        assert dues(long_term) == [D(2024, 3, 11), D(2024, 4, 19), D(2024, 5, 27), D(2025, 6, 10)]
        assert dues(other)[-1] == D(2025, 4, 21)
        assert other.occurrences[-1].rule == "placement-visit-other"
        assert long_term.occurrences[2].state is DeadlineState.MET_LATE

    def test_placed_with_a_parent_weekly_until_the_first_review(self):
        """31(3): weekly until the first review under Part 6, then within 6 weeks."""
        events = [D(2024, 3, 8), D(2024, 3, 15), D(2024, 3, 22)]
        before = visits(P.PARENT_BEFORE_ASSESSMENT, self.START, events, as_of=D(2024, 3, 25))
        assert dues(before) == [D(2024, 3, 11), D(2024, 3, 15), D(2024, 3, 22), D(2024, 3, 29)]
        after = visits(
            P.PARENT_BEFORE_ASSESSMENT,
            self.START,
            events,
            as_of=D(2024, 3, 25),
            first_review=D(2024, 3, 20),
        )
        assert dues(after)[-1] == D(2024, 5, 3)
        assert after.next.rule == "visit-placed-with-parent-after-review"
        temporary = visits(
            P.TEMPORARY_APPROVAL,
            self.START,
            events,
            as_of=D(2024, 3, 25),
            first_review=D(2024, 3, 20),
        )
        assert dues(temporary)[-1] == D(2024, 4, 19)  # 31(4): 4 weeks after the review

    def test_care_order_with_a_parent(self):
        """31(5): within a week of the making of the care order, then within 6 weeks."""
        item = visits(P.CARE_ORDER_WITH_PARENT, self.START, [D(2024, 3, 12)], as_of=D(2024, 3, 13))
        assert [o.rule for o in item.occurrences] == [
            "first-visit-after-care-order",
            "visit-after-care-order",
        ]
        assert item.occurrences[0].state is DeadlineState.MET_LATE
        assert item.occurrences[0].status.working_days_late == 1
        assert item.next.due == D(2024, 4, 23)

    @given(start=STARTS, data=st.data())
    def test_temporary_approval_and_interim_order_agree(self, start, data):
        """31(4) names both: the same schedule, whatever the events and the review."""
        events = data.draw(event_days(start, max_gap=40))
        as_of = (events[-1] if events else start) + dt.timedelta(days=7)
        review = data.draw(st.none() | st.dates(start, as_of))
        one = visits(P.TEMPORARY_APPROVAL, start, events, as_of, first_review=review)
        two = visits(P.INTERIM_CARE_ORDER_WITH_PARENT, start, events, as_of, first_review=review)
        assert one.occurrences == two.occurrences

    @given(start=STARTS, data=st.data())
    def test_paragraphs_3_and_4_agree_until_the_first_review_then_differ(self, start, data):
        """Weekly under both until the review; then 6 weeks under (3), 4 weeks under (4)."""
        events = data.draw(event_days(start, max_gap=10, max_size=5))
        as_of = (events[-1] if events else start) + dt.timedelta(days=3)
        parent = visits(P.PARENT_BEFORE_ASSESSMENT, start, events, as_of)
        temporary = visits(P.TEMPORARY_APPROVAL, start, events, as_of)
        assert dues(parent) == dues(temporary)
        reviewed = {"first_review": as_of}
        last = events[-1] if events else start
        parent = visits(P.PARENT_BEFORE_ASSESSMENT, start, [*events, as_of], as_of, **reviewed)
        temporary = visits(P.TEMPORARY_APPROVAL, start, [*events, as_of], as_of, **reviewed)
        assert last <= as_of
        assert parent.next.due == as_of + dt.timedelta(weeks=6)
        assert temporary.next.due == as_of + dt.timedelta(weeks=4)

    @given(start=STARTS, data=st.data())
    def test_paragraph_2_differs_from_3_when_the_weekly_visits_run(self, start, data):
        """The first visit is a week after the start under both; the second differs."""
        first = start + dt.timedelta(days=data.draw(st.integers(0, 7)))
        as_of = first + dt.timedelta(days=1)
        general = visits(P.OTHER, start, [first], as_of)
        parent = visits(P.PARENT_BEFORE_ASSESSMENT, start, [first], as_of)
        assert general.occurrences[0].due == parent.occurrences[0].due
        assert general.next.due == first + dt.timedelta(weeks=6)
        assert parent.next.due == first + dt.timedelta(weeks=1)

    @given(start=STARTS, data=st.data())
    def test_long_term_and_other_agree_in_the_first_year(self, start, data):
        """31(2)(c) tells them apart only after the first year of the placement."""
        events = data.draw(event_days(start, max_gap=40, max_size=8))
        anniversary = start + relativedelta(years=1)
        events = [day for day in events if day < anniversary - dt.timedelta(days=1)]
        as_of = events[-1] if events else start
        one = visits(P.UNTIL_EIGHTEEN, start, events, as_of)
        two = visits(P.OTHER, start, events, as_of)
        assert one.occurrences == two.occurrences
        later = anniversary + dt.timedelta(days=data.draw(st.integers(0, 300)))
        one = visits(P.UNTIL_EIGHTEEN, start, [*events, later], later)
        two = visits(P.OTHER, start, [*events, later], later)
        assert one.next.due != two.next.due
        assert one.next.rule == "placement-visit-long-term"

    @given(start=STARTS, data=st.data())
    def test_care_order_visits_keep_the_six_weekly_interval(self, start, data):
        """31(5) and 31(2) for a placement not meant to last until 18 give the same dates."""
        events = data.draw(event_days(start, max_gap=60))
        as_of = events[-1] if events else start
        care_order = visits(P.CARE_ORDER_WITH_PARENT, start, events, as_of)
        other = visits(P.OTHER, start, events, as_of)
        assert dues(care_order) == dues(other)
        assert care_order.occurrences[0].rule != other.occurrences[0].rule


class TestLookedAfterReviews:
    """Regulation 39: the worked example of the module docstring and the catalogue."""

    def test_reviews_in_turn(self):
        """20 working days, then three months from the first, then six months from each."""
        item = schedule(
            "looked-after-reviews",
            D(2023, 9, 1),
            [D(2023, 9, 27), D(2023, 12, 20)],
            as_of=D(2024, 7, 1),
        )
        assert [o.rule for o in item.occurrences] == [
            "first-looked-after-review",
            "second-looked-after-review",
            "next-looked-after-review",
        ]
        assert dues(item) == [D(2023, 9, 29), D(2023, 12, 27), D(2024, 6, 20)]
        assert item.next.state is DeadlineState.OVERDUE


class TestArguments:
    """Bad arguments raise the library's bilingual errors."""

    def test_unknown_schedule(self):
        """An unknown key suggests the known ones, in both languages."""
        with pytest.raises(UnknownTimescaleError, match="core-groups") as caught:
            schedule("core-grups", D(2024, 1, 2), as_of=D(2024, 1, 3))
        assert caught.value.cy

    def test_welsh_names_are_keys(self):
        """A schedule's Welsh name finds it."""
        item = schedule("Cyfarfodydd y grŵp craidd", D(2024, 1, 2), as_of=D(2024, 1, 3))
        assert item.key == "core-groups"
        assert (
            item.label == item.name == Bilingual("Core group meetings", "Cyfarfodydd y grŵp craidd")
        )

    @pytest.mark.parametrize(
        ("call", "error"),
        [
            (
                lambda: schedule("placement-visits", D(2024, 1, 2), as_of=D(2024, 1, 3)),
                InvalidFieldError,
            ),
            (
                lambda: schedule(
                    "core-groups", D(2024, 1, 2), as_of=D(2024, 1, 3), placement="other"
                ),
                InvalidFieldError,
            ),
            (
                lambda: schedule(
                    "core-groups", D(2024, 1, 2), as_of=D(2024, 1, 3), first_review=D(2024, 1, 2)
                ),
                InvalidFieldError,
            ),
            (lambda: visits("caravan", D(2024, 1, 2), [], D(2024, 1, 3)), InvalidChoiceError),  # type: ignore[arg-type]
            (
                lambda: visits(
                    P.OTHER, D(2024, 1, 2), [], D(2024, 1, 3), first_review=D(2024, 1, 4)
                ),
                DateRangeError,
            ),
            (
                lambda: visits(
                    P.OTHER, D(2024, 1, 2), [], D(2024, 1, 3), first_review=D(2024, 1, 1)
                ),
                DateRangeError,
            ),
            (lambda: schedule("core-groups", D(2024, 1, 2), as_of=D(2024, 1, 1)), DateRangeError),
            (
                lambda: schedule(
                    "core-groups", D(2024, 1, 2), [D(2024, 1, 5)] * 2, as_of=D(2024, 2, 1)
                ),
                DateRangeError,
            ),
            (
                lambda: schedule(
                    "core-groups", D(2024, 1, 2), [D(2024, 1, 1)], as_of=D(2024, 2, 1)
                ),
                DateRangeError,
            ),
            (
                lambda: schedule(
                    "core-groups", D(2024, 1, 2), [D(2024, 3, 1)], as_of=D(2024, 2, 1)
                ),
                DateRangeError,
            ),
            (
                lambda: schedule("core-groups", D(2024, 1, 2), D(2024, 1, 5), as_of=D(2024, 2, 1)),
                InvalidFieldError,
            ),  # type: ignore[arg-type]
            (
                lambda: schedule("core-groups", D(2024, 1, 2), 5, as_of=D(2024, 2, 1)),
                InvalidFieldError,
            ),  # type: ignore[arg-type]
            (
                lambda: schedule("core-groups", D(2024, 1, 2), ["2024-01-05"], as_of=D(2024, 2, 1)),
                InvalidDateError,
            ),  # type: ignore[list-item]
            (lambda: schedule("core-groups", "2024-01-02", as_of=D(2024, 2, 1)), InvalidDateError),  # type: ignore[arg-type]
            (
                lambda: schedule("core-groups", D(2019, 10, 1), as_of=D(2019, 10, 2)),
                UnsupportedDateError,
            ),
            (
                lambda: schedule("looked-after-reviews", D(2016, 4, 5), as_of=D(2016, 5, 1)),
                UnsupportedDateError,
            ),
        ],
    )
    def test_bad_arguments(self, call, error):
        """Each bad argument raises its error, with a Welsh message."""
        with pytest.raises(error) as caught:
            call()
        assert caught.value.cy

    def test_outside_the_period_names_it(self):
        """A start before the procedures names the period in both languages."""
        with pytest.raises(UnsupportedDateError, match="from 2019-11-11 onwards") as caught:
            schedule("review-conferences", D(2018, 5, 1), as_of=D(2018, 6, 1))
        assert "o 2019-11-11 ymlaen" in (caught.value.cy or "")

    def test_as_of_defaults_to_today(self):
        """Without as_of the next occurrence is assessed today in Wales."""
        item = schedule("core-groups", D(2024, 1, 2))
        assert item.as_of == _today()

    def test_a_rule_of_ones_own(self):
        """A Timescale repeats from each event."""
        rule = attrs.evolve(timescale("next-core-group"), key="fortnightly", amount=2)
        item = schedule(rule, D(2024, 1, 1), [D(2024, 1, 10)], as_of=D(2024, 1, 11))
        assert (item.key, dues(item)) == ("fortnightly", [D(2024, 1, 15), D(2024, 1, 24)])
        assert {o.rule for o in item.occurrences} == {"fortnightly"}


class TestModels:
    """Schedule and Occurrence check their own consistency."""

    ITEM = schedule(
        "core-groups", D(2024, 1, 8), [D(2024, 1, 19), D(2024, 2, 23)], as_of=D(2024, 3, 1)
    )

    def rebuilt(self, **changes: object) -> Schedule:
        """The example schedule with *changes*."""
        return attrs.evolve(self.ITEM, **changes)

    def test_numbering(self):
        """Occurrences are numbered from 1."""
        first, *rest = self.ITEM.occurrences
        with pytest.raises(DateRangeError, match="numbered 1") as caught:
            self.rebuilt(occurrences=(attrs.evolve(first, number=2), *rest))
        assert caught.value.cy

    def test_counting_from_the_previous_event(self):
        """An occurrence counted from anything but the previous event is refused."""
        first, second, third = self.ITEM.occurrences
        with pytest.raises(DateRangeError, match="previous actual event"):
            self.rebuilt(
                occurrences=(first, attrs.evolve(second, counted_from=D(2024, 1, 9)), third)
            )

    def test_only_the_last_is_open(self):
        """Every occurrence but the last is done, and the last is not."""
        first, second, _ = self.ITEM.occurrences
        with pytest.raises(DateRangeError, match="still to come"):
            self.rebuilt(occurrences=(first, second))
        fresh = schedule("core-groups", D(2024, 1, 8), as_of=D(2024, 3, 1))
        (open_,) = fresh.occurrences
        with pytest.raises(DateRangeError, match="still to come"):
            attrs.evolve(fresh, occurrences=(open_, attrs.evolve(open_, number=2)))

    def test_nothing_after_as_of(self):
        """Nothing is done or assessed after as_of, and the next one is assessed on it."""
        with pytest.raises(DateRangeError, match="after 'as_of'"):
            self.rebuilt(as_of=D(2024, 2, 1))
        with pytest.raises(DateRangeError, match="assessed on 'as_of'"):
            self.rebuilt(as_of=D(2024, 3, 2))
        with pytest.raises(DateRangeError, match="first_review"):
            self.rebuilt(first_review=D(2024, 3, 2))

    def test_occurrence_dates(self):
        """An occurrence cannot fall due, nor be done, before its clock starts."""
        first = self.ITEM.occurrences[0]
        with pytest.raises(DateRangeError, match="counted_from") as caught:
            attrs.evolve(first, counted_from=D(2024, 1, 25))
        assert caught.value.cy
        with pytest.raises(InvalidFieldError):
            attrs.evolve(first, number=0)
        with pytest.raises(InvalidFieldError):
            attrs.evolve(first, rule="Not A Key")

    def test_at_least_one_occurrence(self):
        """A schedule always has its next occurrence."""
        with pytest.raises(InvalidFieldError):
            self.rebuilt(occurrences=())

    @given(tds.schedule_objects())
    def test_round_trip(self, item):
        """A schedule survives JSON text and back."""
        assert from_json(to_json(item), Schedule) == item

    @given(tds.occurrences())
    def test_occurrence_round_trip(self, item):
        """An occurrence survives JSON text and back."""
        assert from_json(to_json(item), Occurrence) == item


class TestWords:
    """describe and render in both languages."""

    @given(tds.schedule_objects(), cwst.languages(), tts.formats())
    def test_render_shape(self, item, lang, style):
        """render's first line is the summary; a line for each occurrence follows."""
        lines = item.render(lang, format=style).split("\n")
        summary = item.describe(lang)
        assert "\n" not in summary
        if style.value == "text":
            assert lines[0] == summary
            assert len(lines) == 1 + len(item.occurrences)
        else:
            assert lines[0].startswith(f"**{item.name.in_(lang)}**")
            assert lines[1] == ""
            assert all(line.startswith("- ") for line in lines[2:])
        assert item.render(lang, format=style) == item.render(lang, format=style.value)
        assert [o.label for o in item.occurrences] == [o.state.label for o in item.occurrences]

    def test_welsh_summary(self):
        """The Welsh summary counts what was done and says where the next one stands."""
        assert TestModels.ITEM.describe("cy") == (
            "Cyfarfodydd y grŵp craidd: 2 wedi’u cyflawni (0 yn hwyr); nesaf: Heb fod yn "
            "ddyledus eto: 23 diwrnod gwaith ar ôl (dyddiad dyledus dydd Gwener, 5 Ebrill 2024)."
        )
        assert (
            TestModels.ITEM.occurrences[0]
            .describe("cy")
            .startswith(
                "1. first-core-group, wedi’i gyfrif o 8 Ionawr 2024: Wedi’i gyflawni mewn pryd"
            )
        )
        one = schedule("core-groups", D(2024, 1, 8), [D(2024, 1, 19)], as_of=D(2024, 1, 22))
        assert one.describe("cy").startswith("Cyfarfodydd y grŵp craidd: 1 wedi’i gyflawni (0 yn")

    def test_placement_types_are_bilingual(self):
        """Every placement type has English and Welsh, naming its paragraph."""
        for kind in PlacementType:
            assert "31(" in kind.label.en
            assert "31(" in kind.label.cy
        assert PlacementType.parse("until-18") is PlacementType.UNTIL_EIGHTEEN

    def test_junk_languages_and_formats(self):
        """Unknown languages and formats raise the library's errors."""
        with pytest.raises(CareWalesError):
            TestModels.ITEM.describe("fr")
        with pytest.raises(CareWalesError):
            TestModels.ITEM.render(format="html")

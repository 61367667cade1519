"""Tests for carewales.deadlines: timescales, due dates, status and the catalogue."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from cattrs.preconf.json import make_converter
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    CareWalesError,
    DateRangeError,
    InvalidDateError,
    UnsupportedDateError,
    errors,
)
from carewales import deadlines as deadlines_module
from carewales import testing as cwst
from carewales._lazy import Lazy, load_json
from carewales.calendar import ENGLAND_AND_WALES, InvalidNumberError, add_working_days
from carewales.deadlines import (
    MAX_AMOUNT,
    DeadlineState,
    DeadlineStatus,
    LegalSource,
    Timescale,
    TimeUnit,
    UnknownTimescaleError,
    _today,
    due_date,
    timescale,
    timescales,
)
from carewales.errors import InvalidChoiceError, InvalidFieldError, UnknownKeyError
from carewales.testing import _deadlines as tds
from carewales.testing import _text as tts
from carewales.testing._calendar import supported_dates, working_calendars
from carewales.testing._deadlines import catalogue_timescales, time_units, timescale_objects
from carewales.text import Bilingual

D = dt.date
CONVERTER = make_converter()
WSP_PUBLISHED = D(2019, 11, 11)
REGULATIONS_IN_FORCE = D(2016, 4, 6)
JUNK = [None, "", "😴", "€", True, 2.5, 10**100, [], dt.datetime(2021, 1, 4, 9, 0)]


def in_force(rule: Timescale, latest: dt.date) -> st.SearchStrategy[dt.date]:
    """Days on which *rule* was in force, up to *latest*."""
    last = latest if rule.valid_to is None else min(rule.valid_to, latest)
    if rule.valid_from > last:
        return st.nothing()  # in force only after *latest*: the example is rejected
    return st.dates(rule.valid_from, last)


def make(**changes: object) -> Timescale:
    """A valid timescale, with *changes* applied."""
    fields: dict[str, object] = {
        "key": "test-rule",
        "name": Bilingual("Test", "Prawf"),
        "amount": 5,
        "unit": TimeUnit.WORKING_DAYS,
        "starts": Bilingual("the event", "y digwyddiad"),
        "source": LegalSource(
            Bilingual("Act", "Deddf"), Bilingual("s. 1", "a. 1"), "https://x.wales/"
        ),
        "valid_from": D(2020, 1, 1),
    }
    fields.update(changes)
    return Timescale(**fields)  # type: ignore[arg-type]


class TestWorkedExamplesFromTheSources:
    """Due dates and states for events the sources themselves describe."""

    def test_powys_improvement_plan_2017(self):
        """CSSIW published on 17 October 2017; the plan, due 14 November, came on the 13th."""
        plan = timescale("improvement-plan-powys-2017")
        assert plan.due(D(2017, 10, 17)) == D(2017, 11, 14)
        status = plan.status(D(2017, 10, 17), done=D(2017, 11, 13))
        assert status.state is DeadlineState.MET
        assert status.working_days_remaining == 1
        assert status.describe() == "Met: 1 working day to spare (due Tuesday, 14 November 2017)."

    def test_powys_improvement_plan_review_2019(self):
        """CIW published on 9 January 2019; the review was due 20 working days later."""
        assert timescale("improvement-plan-review-powys-2019").due(D(2019, 1, 9)) == D(2019, 2, 6)

    def test_initial_conference_is_not_in_the_catalogue(self):
        """The initial conference's 15 working days was not found in the procedures: left out."""
        with pytest.raises(UnknownTimescaleError):
            timescale("initial-child-protection-conference")
        assert all(item.amount != 15 for item in timescales())

    def test_decision_after_a_report(self):
        """WSP section 3 part 1: decide and record next actions within one working day."""
        rule = timescale("report-decision")
        assert rule.due(D(2024, 3, 28)) == D(2024, 4, 2)  # Good Friday, Easter Monday between
        assert rule.describe() == (
            "1 working day after receipt of the report by the social services team"
        )
        follow_up = timescale("report-acknowledgement")
        assert follow_up.due(D(2024, 3, 4)) == D(2024, 3, 13)

    def test_placement_plan(self):
        """Regulation 10(2): 5 working days from the start of the placement, with exceptions."""
        rule = timescale("placement-plan")
        assert rule.due(D(2024, 12, 23)) == D(2025, 1, 2)
        assert (rule.amount, rule.unit, rule.source.provision.en) == (
            5,
            TimeUnit.WORKING_DAYS,
            "regulation 10(2)",
        )
        assert "not reasonably practicable" in rule.note.en
        assert "62(3)(a)" in rule.note.en

    def test_looked_after_reviews(self):
        """Regulation 39: 20 working days, then within 3 months, then every 6 months."""
        first = timescale("first-looked-after-review").due(D(2023, 9, 1))
        assert first == D(2023, 9, 29)
        assert timescale("second-looked-after-review").due(first) == D(2023, 12, 29)
        assert timescale("next-looked-after-review").due(D(2023, 12, 29)) == D(2024, 6, 29)
        assert {timescale(k).source.provision.en for k in ("second-looked-after-review",)} == {
            "regulation 39(2)"
        }

    def test_visits_by_paragraph_of_regulation_31(self):
        """Regulation 31(3) to (5): weekly, then 6- or 4-weekly; a week after a care order."""
        day = D(2024, 3, 4)
        assert timescale("visit-placed-with-parent-weekly").due(day) == D(2024, 3, 11)
        assert timescale("visit-placed-with-parent-after-review").due(day) == D(2024, 4, 15)
        assert timescale("visit-temporary-or-interim-weekly").due(day) == D(2024, 3, 11)
        assert timescale("visit-temporary-or-interim-after-review").due(day) == D(2024, 4, 1)
        assert timescale("first-visit-after-care-order").due(day) == D(2024, 3, 11)
        assert timescale("visit-after-care-order").due(day) == D(2024, 4, 15)

    def test_first_core_group_over_new_year(self):
        """A conference on 19 December 2023 puts the first core group by 5 January 2024."""
        assert timescale("first-core-group").due(D(2023, 12, 19)) == D(2024, 1, 5)

    @pytest.mark.parametrize(
        ("initial", "review"),
        [
            (D(2023, 8, 31), D(2023, 11, 30)),
            (D(2023, 11, 30), D(2024, 2, 29)),
            (D(2022, 11, 30), D(2023, 2, 28)),
            (D(2024, 3, 15), D(2024, 6, 15)),
        ],
    )
    def test_first_review_conference_within_three_months(self, initial, review):
        """Three months from the initial conference, clamped to the end of a shorter month."""
        assert timescale("first-review-conference").due(initial) == review

    def test_visits_to_a_looked_after_child(self):
        """Regulation 31(2): within a week of placement, then six-weekly, then three-monthly."""
        start = D(2024, 3, 4)
        assert timescale("first-placement-visit").due(start) == D(2024, 3, 11)
        assert timescale("placement-visit-first-year").due(start) == D(2024, 4, 15)
        assert timescale("placement-visit-long-term").due(D(2025, 3, 4)) == D(2025, 6, 4)
        assert timescale("placement-visit-other").due(D(2025, 3, 4)) == D(2025, 4, 15)

    def test_placement_with_a_parent(self):
        """Regulation 20: assessment within 10 working days, then a decision within 10 more."""
        assessed = timescale("placement-with-parent-assessment").due(D(2024, 5, 1))
        assert assessed == D(2024, 5, 16)  # 6 May and 27 May are bank holidays
        assert timescale("placement-with-parent-decision").due(assessed) == D(2024, 5, 31)

    def test_assessment_counts_from_section_47(self):
        """The continuing assessment runs 42 working days from the start of s47 enquiries."""
        rule = timescale("section-47-assessment")
        assert rule.starts.en == "the start of the section 47 enquiries"
        assert rule.due(D(2024, 1, 2)) == add_working_days(D(2024, 1, 2), 42)


class TestStatus:
    """status() reports met, met late, not yet due, due and overdue, with working-day margins."""

    RULE = make(amount=2)  # due two working days after the start

    @pytest.mark.parametrize(
        ("today", "state", "margin", "text"),
        [
            (D(2024, 3, 4), DeadlineState.NOT_YET_DUE, 2, "Not yet due: 2 working days remaining"),
            (D(2024, 3, 6), DeadlineState.DUE, 0, "Due today: 0 working days remaining"),
            (D(2024, 3, 7), DeadlineState.OVERDUE, -1, "Overdue: 1 working day late"),
            (D(2024, 3, 11), DeadlineState.OVERDUE, -3, "Overdue: 3 working days late"),
        ],
    )
    def test_open_duty(self, today, state, margin, text):
        """An undone duty is not yet due, due today, or overdue by so many working days."""
        status = self.RULE.status(D(2024, 3, 4), today=today)
        assert (status.state, status.working_days, status.due) == (state, margin, D(2024, 3, 6))
        assert status.describe().startswith(text)
        assert status.working_days_late == max(0, -margin)

    def test_done_duty(self):
        """A done duty is met (with days to spare) or met late (by so many working days)."""
        early = self.RULE.status(D(2024, 3, 4), done=D(2024, 3, 5))
        assert (early.state, early.working_days, early.on) == (DeadlineState.MET, 1, D(2024, 3, 5))
        late = self.RULE.status(D(2024, 3, 4), done=D(2024, 3, 8), today=D(2030, 1, 1))
        assert (late.state, late.working_days_late) == (DeadlineState.MET_LATE, 2)
        assert late.describe("cy") == (
            "Wedi’i gyflawni’n hwyr: 2 ddiwrnod gwaith yn hwyr (dyddiad dyledus dydd Mercher, "
            "6 Mawrth 2024)."
        )

    def test_overdue_on_a_weekend_due_date(self):
        """A calendar-day deadline on a Saturday is overdue on Monday by 0 working days, 2 days."""
        rule = make(amount=5, unit=TimeUnit.CALENDAR_DAYS)
        status = rule.status(D(2024, 3, 4), today=D(2024, 3, 11))
        assert status.due == D(2024, 3, 9)
        assert (status.state, status.working_days, status.calendar_days) == (
            DeadlineState.OVERDUE,
            0,
            -2,
        )

    def test_today_defaults_to_the_date_in_wales(self):
        """Without today= the assessment is made on today's date in Wales."""
        status = self.RULE.status(D(2024, 3, 4))
        assert status.on == _today()
        assert isinstance(_today(), dt.date)

    @pytest.mark.parametrize("field", ["done", "today"])
    def test_dates_before_the_start_are_refused(self, field):
        """A duty cannot be done, or assessed, before its clock starts."""
        with pytest.raises(DateRangeError):
            self.RULE.status(D(2024, 3, 4), **{field: D(2024, 3, 1)})

    @given(timescale_objects(), st.data(), st.integers(0, 400))
    def test_state_agrees_with_the_margin(self, rule, data, wait):
        """Not yet due has days remaining, overdue has the day after the due date, and so on."""
        start = data.draw(in_force(rule, D(2070, 12, 31)))
        today = start + dt.timedelta(days=wait)
        status = rule.status(start, today=today)
        assert status.due == rule.due(start)
        assert status.calendar_days == (status.due - today).days
        assert (status.state is DeadlineState.NOT_YET_DUE) == (today < status.due)
        assert (status.state is DeadlineState.DUE) == (today == status.due)
        if status.state is DeadlineState.OVERDUE:
            assert status.working_days <= 0
        else:
            assert status.working_days >= 0

    def test_status_value_checks_its_fields(self):
        """DeadlineStatus refuses a datetime or a non-int margin."""
        with pytest.raises(InvalidDateError):
            DeadlineStatus(DeadlineState.DUE, dt.datetime(2024, 1, 1, 9, 0), D(2024, 1, 1), 0, 0)
        with pytest.raises(InvalidNumberError):
            DeadlineStatus(DeadlineState.DUE, D(2024, 1, 1), D(2024, 1, 1), 0.5, 0)


class TestLateByLessThanAWorkingDay:
    def test_no_margin_is_said_when_none_has_passed(self):
        """Due on a Saturday, late on the Sunday: late, but not yet by a working day."""
        rule = timescale("next-core-group")
        start = dt.date(2024, 3, 2)
        assert rule.due(start) == dt.date(2024, 4, 13)  # a Saturday
        status = rule.status(start, today=dt.date(2024, 4, 14))
        assert status.state is DeadlineState.OVERDUE
        assert status.working_days_late == 0
        assert status.describe() == "Overdue (due Saturday, 13 April 2024)."
        assert status.describe("cy") == "Yn hwyr (dyddiad dyledus dydd Sadwrn, 13 Ebrill 2024)."
        late = rule.status(start, done=dt.date(2024, 4, 14))
        assert late.describe() == "Met late (due Saturday, 13 April 2024)."
        assert "1 working day late" in rule.status(start, today=dt.date(2024, 4, 16)).describe()


class TestAfterTheCalendar:
    @pytest.mark.parametrize("day", [dt.date(2101, 1, 1), dt.date(9999, 12, 31)])
    def test_no_rule_is_said_to_be_in_force_after_2100(self, day):
        """The library does not guess so far ahead: 2101 is refused, not answered."""
        for call in (
            lambda: timescale("first-core-group", on=day),
            lambda: timescales(on=day),
            lambda: timescale("first-core-group").applies_on(day),
        ):
            with pytest.raises(UnsupportedDateError) as caught:
                call()
            assert "1971–2100" in str(caught.value)
            assert caught.value.cy is not None
        assert timescale("first-core-group", on=dt.date(2100, 12, 31)).key == "first-core-group"


class TestUnits:
    """Each unit counts the way the module docstring says."""

    def test_counting_words(self):
        """English uses the singular for one; Welsh the singular after any numeral."""
        assert TimeUnit.WORKING_DAYS.count(1) == "1 working day"
        assert TimeUnit.CALENDAR_DAYS.count(3) == "3 calendar days"
        assert TimeUnit.MONTHS.count(1) == "1 month"
        assert TimeUnit.WEEKS.count(6, "cy") == "6 wythnos"

    @pytest.mark.parametrize(
        ("start", "amount", "unit", "expected"),
        [
            (D(2021, 1, 31), 1, TimeUnit.MONTHS, D(2021, 2, 28)),
            (D(2024, 1, 31), 1, "months", D(2024, 2, 29)),
            (D(2024, 3, 31), -1, TimeUnit.MONTHS, D(2024, 2, 29)),
            (D(2024, 3, 6), 1, TimeUnit.WEEKS, D(2024, 3, 13)),
            (D(2024, 3, 6), 10, "calendar-days", D(2024, 3, 16)),
            (D(2022, 12, 23), 1, TimeUnit.WORKING_DAYS, D(2022, 12, 28)),
        ],
    )
    def test_due_date(self, start, amount, unit, expected):
        """Months clamp, weeks are seven days, working days skip holidays."""
        assert due_date(start, amount, unit) == expected

    def test_due_date_uses_the_calendar(self):
        """A calendar with closures changes a working-day count but not a calendar-day one."""
        council = ENGLAND_AND_WALES.with_closures(D(2024, 12, 24))
        assert due_date(D(2024, 12, 23), 1, calendar=council) == D(2024, 12, 27)
        assert due_date(D(2024, 12, 23), 1, TimeUnit.CALENDAR_DAYS, council) == D(2024, 12, 24)

    @given(supported_dates(max_value=D(2090, 12, 31)), st.integers(1, 120))
    def test_month_end_clamping(self, start, months):
        """A month count lands on the same day of the month, or the month's last day."""
        due = due_date(start, months, TimeUnit.MONTHS)
        assert (due.year - start.year) * 12 + due.month - start.month == months
        next_day = due + dt.timedelta(days=1)
        assert due.day == start.day or (due.day < start.day and next_day.month != due.month)

    @given(time_units(), working_calendars(), supported_dates(max_value=D(2080, 12, 31)))
    def test_later_amounts_are_not_earlier(self, unit, calendar, start):
        """A bigger amount never gives an earlier due date."""
        dues = [due_date(start, n, unit, calendar) for n in (1, 2, 12)]
        assert dues == sorted(dues)
        assert dues[0] > start


class TestJunk:
    """Every public parser refuses junk with the library's own error."""

    @pytest.mark.parametrize(
        "key", [None, "", "   ", "😴", "€", 10**100, True, "initial-conference"]
    )
    def test_timescale_keys(self, key):
        """A key that is not text, or names no timescale, raises CareWalesError."""
        with pytest.raises(CareWalesError):
            timescale(key)

    @pytest.mark.parametrize("day", JUNK[1:])  # None means "every version", "the latest"
    def test_dates_of_catalogue_queries(self, day):
        """timescales(on=...) and timescale(key, on=...) refuse junk dates."""
        with pytest.raises(CareWalesError):
            timescales(day)
        with pytest.raises(CareWalesError):
            timescale("first-core-group", on=day)

    @pytest.mark.parametrize("start", [*JUNK, D(1960, 1, 1), D(2101, 1, 1)])
    def test_starts(self, start):
        """due_date, due and status refuse a start that is not a supported plain date."""
        for call in (
            lambda: due_date(start, 1, TimeUnit.MONTHS),
            lambda: timescale("first-core-group").due(start),
            lambda: timescale("first-core-group").status(start, today=D(2024, 1, 1)),
        ):
            with pytest.raises(CareWalesError):
                call()

    @pytest.mark.parametrize("amount", [None, "", "5", True, 2.5, []])
    def test_amounts(self, amount):
        """An amount that is not an int raises InvalidNumberError."""
        with pytest.raises(InvalidNumberError):
            due_date(D(2024, 1, 1), amount)

    @pytest.mark.parametrize("amount", [10**6, -(10**6), 10**100])
    @pytest.mark.parametrize("unit", list(TimeUnit))
    def test_amounts_beyond_the_range(self, amount, unit):
        """An amount that carries the date beyond 1971–2100 raises UnsupportedDateError."""
        with pytest.raises(UnsupportedDateError):
            due_date(D(2024, 1, 1), amount, unit)

    @pytest.mark.parametrize("unit", [None, "", "days", "😴", 3, "Working-Days"])
    def test_units(self, unit):
        """A unit that is not a TimeUnit or its value raises CareWalesError."""
        with pytest.raises(CareWalesError):
            due_date(D(2024, 1, 1), 1, unit)

    @pytest.mark.parametrize("done", JUNK)
    def test_done_and_today(self, done):
        """status refuses junk in done= and today=."""
        rule = timescale("first-core-group")
        with pytest.raises(CareWalesError):
            rule.status(D(2024, 1, 1), done=done if done is not None else "")
        with pytest.raises(CareWalesError):
            rule.status(D(2024, 1, 1), today=done if done is not None else "")

    @pytest.mark.parametrize(
        "changes",
        [
            {"amount": 0},
            {"amount": -1},
            {"amount": MAX_AMOUNT + 1},
            {"amount": True},
            {"amount": 2.5},
            {"key": "Not A Key"},
            {"key": ""},
            {"valid_from": dt.datetime(2020, 1, 1, 0, 0)},
            {"valid_to": D(2019, 12, 31)},
            {"valid_to": "2021-01-01"},
            {"unit": "weeks"},
            {"name": "Test"},
        ],
    )
    def test_bad_timescales(self, changes):
        """A timescale with a bad field raises CareWalesError, whatever the field's type."""
        with pytest.raises(CareWalesError):
            make(**changes)

    @pytest.mark.parametrize("url", ["", "http://insecure.example", "https://", "not a url"])
    def test_bad_source_urls(self, url):
        """A source URL must be an https address."""
        with pytest.raises(ValueError, match="url"):
            LegalSource(Bilingual("Act", "Deddf"), Bilingual("s. 1", "a. 1"), url)


class TestTimescaleValues:
    """Timescale values know when they apply and say what they mean."""

    def test_valid_dates(self):
        """A rule applies from valid_from to valid_to inclusive."""
        rule = make(valid_to=D(2020, 12, 31))
        assert not rule.applies_on(D(2019, 12, 31))
        assert rule.applies_on(D(2020, 1, 1))
        assert rule.applies_on(D(2020, 12, 31))
        assert not rule.applies_on(D(2021, 1, 1))
        assert make().applies_on(D(2090, 1, 1))

    def test_describe_in_welsh(self):
        """describe() reads the rule in Welsh too."""
        assert (
            timescale("first-placement-visit").describe("cy")
            == "1 wythnos ar ôl dechrau’r lleoliad"
        )

    def test_is_frozen(self):
        """A timescale cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            make().amount = 3  # type: ignore[misc]


class TestCatalogue:
    """The catalogue names its sources and answers which rule applied on a date."""

    def test_every_timescale_names_its_source(self):
        """Each has an instrument, a provision and (but for the seed's news release) a URL."""
        for item in timescales():
            assert item.source.instrument.en
            assert item.source.instrument.cy
            assert item.source.provision.en
            assert item.source.provision.cy
            assert item.source.url is not None or item.key == "improvement-plan-powys-2017"
            assert item.calendar is ENGLAND_AND_WALES

    def test_no_english_guidance_is_borrowed(self):
        """No Welsh rule cites Working Together or other guidance for England."""
        text = json.dumps(CONVERTER.unstructure(timescales())).lower()
        assert "working together" not in text
        assert "england)" not in text

    def test_keys_are_unique_per_version(self):
        """No two entries share a key and a start date."""
        versions = [(item.key, item.valid_from) for item in timescales()]
        assert len(versions) == len(set(versions))

    def test_when_each_instrument_applies(self):
        """The procedures apply from 11 November 2019; the Regulations from 6 April 2016."""
        for item in timescales():
            if "Safeguarding Procedures" in item.source.instrument.en:
                assert item.valid_from == WSP_PUBLISHED
            if "Regulations 2015" in item.source.instrument.en:
                assert item.valid_from == REGULATIONS_IN_FORCE

    def test_which_rule_applied_on_a_date(self):
        """Before the procedures were published there was no WSP rule; after, there is."""
        with pytest.raises(UnknownTimescaleError, match="not in force") as caught:
            timescale("first-core-group", on=D(2019, 11, 10))
        assert "2019-11-11" in str(caught.value)
        assert caught.value.cy is not None
        assert "nid oedd" in caught.value.cy
        rule = timescale("first-core-group", on=WSP_PUBLISHED)
        assert rule.amount == 10
        keys = {item.key for item in timescales(D(2018, 1, 1))}
        assert "first-placement-visit" in keys
        assert "first-core-group" not in keys

    def test_inspection_specific_plans_apply_to_their_report_only(self):
        """The Powys improvement plans apply to the day their reports were published."""
        assert timescale("improvement-plan-powys-2017", on=D(2017, 10, 17)).amount == 20
        assert "improvement-plan-powys-2017" not in {t.key for t in timescales(D(2017, 10, 18))}
        assert "not claimed as a general rule" in timescale("improvement-plan-powys-2017").note.en

    def test_different_starting_events_are_different_timescales(self):
        """Counts from different events are separate entries, each saying what starts it."""
        starts = {item.key: item.starts.en for item in timescales()}
        assert starts["section-47-assessment"] != starts["first-core-group"]
        assert len({(i.key, i.starts.en) for i in timescales()}) == len(timescales())

    def test_suggestions_for_a_near_miss(self):
        """An unknown key suggests the closest ones."""
        with pytest.raises(UnknownTimescaleError, match="first-core-group"):
            timescale("first-core-groop")

    def test_keys_ignore_case_and_space(self):
        """Keys are matched case-insensitively, ignoring surrounding space."""
        assert timescale(" First-Core-Group ") is timescale("first-core-group")

    @given(catalogue_timescales(), st.data())
    def test_catalogue_due_dates_follow_their_unit(self, item, data):
        """Every catalogue timescale's due date is its amount of its unit after the start."""
        start = data.draw(in_force(item, D(2090, 12, 31)))
        assert item.due(start) == due_date(start, item.amount, item.unit, item.calendar)


class TestRoundTrip:
    """Timescales survive unstructuring to plain data and JSON text and back."""

    @given(timescale_objects())
    def test_generated_timescales(self, item):
        """structure(unstructure(x)) == x, through JSON text."""
        text = json.dumps(CONVERTER.unstructure(item))
        assert CONVERTER.structure(json.loads(text), Timescale) == item

    @given(catalogue_timescales())
    def test_catalogue_timescales(self, item):
        """The catalogue's own timescales round-trip too."""
        assert CONVERTER.structure(CONVERTER.unstructure(item), Timescale) == item

    def test_status_round_trip(self):
        """A DeadlineStatus round-trips through JSON text."""
        status = timescale("first-core-group").status(D(2024, 1, 2), today=D(2024, 1, 10))
        text = json.dumps(CONVERTER.unstructure(status))
        assert CONVERTER.structure(json.loads(text), DeadlineStatus) == status


ACT = LegalSource(Bilingual("Act", "Deddf"), Bilingual("s. 1", "a. 1"))


class TestTypeValidators:
    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"name": "Test"}, "name"),
            ({"starts": None}, "starts"),
            ({"source": "Act"}, "source"),
            ({"calendar": "england-and-wales"}, "calendar"),
            ({"note": "note"}, "note"),
            ({"key": 5}, "key"),
        ],
    )
    def test_timescale_type_validators(self, changes, field):
        """Each Timescale field's type check is there, naming the field."""
        with pytest.raises(InvalidFieldError, match=f"'{field}'"):
            make(**changes)

    def test_unit_must_be_a_member(self):
        """A unit's value is not silently accepted in the model."""
        with pytest.raises(InvalidChoiceError, match="'unit'"):
            make(unit="weeks")

    def test_source_type_validators(self):
        """A legal source's instrument and provision must be bilingual texts."""
        with pytest.raises(InvalidFieldError, match="'instrument'"):
            LegalSource("Act", Bilingual("s. 1", "a. 1"))  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'provision'"):
            LegalSource(Bilingual("Act", "Deddf"), "s. 1")  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'url'"):
            LegalSource(Bilingual("Act", "Deddf"), Bilingual("s. 1", "a. 1"), 5)  # type: ignore[arg-type]

    def test_status_type_validators(self):
        """A status's state must be a DeadlineState; its margins whole numbers."""
        day = D(2024, 1, 2)
        with pytest.raises(InvalidChoiceError, match="'state'"):
            DeadlineStatus("met", day, day, 0, 0)  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'working_days'"):
            DeadlineStatus(DeadlineState.MET, day, day, 0.0, 0)  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'calendar_days'"):
            DeadlineStatus(DeadlineState.MET, day, day, 0, "0")  # type: ignore[arg-type]
        with pytest.raises(UnsupportedDateError, match="'due'"):
            DeadlineStatus(DeadlineState.MET, D(2101, 1, 1), D(2101, 1, 1), 0, 0)


class TestStatusRules:
    """A DeadlineStatus's state, dates and margins agree, or it is refused."""

    @pytest.mark.parametrize(
        ("state", "on"),
        [
            (DeadlineState.MET, D(2024, 1, 11)),
            (DeadlineState.MET_LATE, D(2024, 1, 10)),
            (DeadlineState.NOT_YET_DUE, D(2024, 1, 10)),
            (DeadlineState.DUE, D(2024, 1, 9)),
            (DeadlineState.OVERDUE, D(2024, 1, 10)),
        ],
    )
    def test_state_must_fit_the_dates(self, state, on):
        """Each state needs 'on' on the right side of 'due'."""
        due = D(2024, 1, 10)
        days = (due - on).days
        with pytest.raises(DateRangeError, match="'on'"):
            DeadlineStatus(state, due, on, days, days)

    def test_margins_must_fit_the_dates(self):
        """Calendar days are the days between; working days share their sign and size."""
        due, on = D(2024, 1, 10), D(2024, 1, 8)
        assert DeadlineStatus(DeadlineState.NOT_YET_DUE, due, on, 2, 2).working_days == 2
        with pytest.raises(DateRangeError, match="'calendar_days'"):
            DeadlineStatus(DeadlineState.NOT_YET_DUE, due, on, 2, 3)
        with pytest.raises(DateRangeError, match="'working_days'"):
            DeadlineStatus(DeadlineState.NOT_YET_DUE, due, on, -1, 2)
        with pytest.raises(DateRangeError, match="'working_days'"):
            DeadlineStatus(DeadlineState.OVERDUE, on, due, 1, -2)
        with pytest.raises(DateRangeError, match="'working_days'"):
            DeadlineStatus(DeadlineState.NOT_YET_DUE, due, on, 4, 2)
        assert DeadlineStatus(DeadlineState.NOT_YET_DUE, due, on, 3, 2).working_days == 3

    @given(tds.deadline_statuses())
    def test_generated_statuses_keep_the_rules(self, status):
        """Every status a timescale gives has MET iff done by the due date, and so on."""
        late = status.on > status.due
        assert (status.state in {DeadlineState.MET_LATE, DeadlineState.OVERDUE}) is late
        assert status.calendar_days == (status.due - status.on).days
        assert (status.working_days_late > 0) <= late


class TestMutationSurvivors:
    """The boundaries the mutation review found untested (items 1, 14 and 15)."""

    @given(catalogue_timescales(), st.data())
    def test_done_on_the_due_date_is_met(self, rule, data):
        """Work done exactly on the due date is MET, with no working days to spare."""
        start = data.draw(in_force(rule, D(2090, 12, 31)))
        due = rule.due(start)
        status = rule.status(start, done=due)
        assert status.state is DeadlineState.MET
        assert status.calendar_days == 0
        assert status.working_days_late == 0
        late = rule.status(start, done=due + dt.timedelta(days=1))
        assert late.state is DeadlineState.MET_LATE

    def test_max_amount_boundary(self):
        """MAX_AMOUNT is 10,000: that amount is accepted, 10,001 refused."""
        assert MAX_AMOUNT == 10_000
        assert make(amount=10_000).amount == 10_000
        assert make(amount=1).amount == 1
        with pytest.raises(InvalidNumberError, match="'amount'"):
            make(amount=10_001)
        with pytest.raises(InvalidNumberError, match="'amount'"):
            make(amount=0)

    @pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
    def test_latest_version_without_a_date(self, monkeypatch, order):
        """timescale(key) without a date gives the version with the latest valid_from."""
        versions = [
            make(key="rule", amount=1, valid_from=D(2010, 1, 1), valid_to=D(2014, 12, 31)),
            make(key="rule", amount=2, valid_from=D(2015, 1, 1), valid_to=D(2019, 12, 31)),
            make(key="rule", amount=3, valid_from=D(2020, 1, 1)),
        ]
        catalogue = tuple(versions[i] for i in order)
        monkeypatch.setattr(deadlines_module, "_TIMESCALES", Lazy(lambda: catalogue))
        assert timescale("rule").amount == 3
        assert timescale("RULE", on=D(2016, 6, 1)).amount == 2
        assert timescale("rule", on=D(2010, 1, 1)).amount == 1
        with pytest.raises(UnknownTimescaleError, match="2010-01-01"):
            timescale("rule", on=D(2009, 12, 31))

    def test_notes_by_key_are_resolved(self):
        """A timescale whose note is a key in the data file carries that note's text."""
        raw = load_json("timescales.json")
        by_key = {(t.key, t.valid_from.isoformat()): t for t in timescales()}
        checked = 0
        for item in raw["timescales"]:
            note = item["note"]
            if isinstance(note, str):
                found = by_key[item["key"], item["valid_from"]].note
                assert found == Bilingual(**raw["notes"][note])
                checked += 1
        assert checked >= 2
        assert "working day" in timescale("first-core-group").note.en


class TestLookups:
    @given(catalogue_timescales(), st.data())
    def test_any_case(self, item, data):
        """timescale() ignores case, surrounding space, and '_' for '-'."""
        flips = data.draw(st.lists(st.booleans(), min_size=len(item.key), max_size=len(item.key)))
        asked = "".join(c.upper() if f else c for c, f in zip(item.key, flips, strict=True))
        assert timescale(asked).key == item.key
        assert timescale(f"  {item.key.replace('-', '_')} ").key == item.key

    @pytest.mark.parametrize("key", [None, 5, object(), b"first-core-group", ""])
    def test_non_str_and_blank_keys(self, key):
        """A key that is not a str, or blank, raises UnknownTimescaleError (a LookupError)."""
        with pytest.raises(UnknownTimescaleError) as caught:
            timescale(key)
        assert isinstance(caught.value, UnknownKeyError)
        assert isinstance(caught.value, LookupError)

    def test_errors_come_from_carewales_errors(self):
        """The 0.1 import path gives the class defined in carewales.errors, unlisted."""
        assert UnknownTimescaleError is errors.UnknownTimescaleError
        assert "UnknownTimescaleError" not in deadlines_module.__all__

    def test_source_is_renamed(self):
        """carewales.deadlines.Source is LegalSource, with a DeprecationWarning, unlisted."""
        with pytest.warns(DeprecationWarning, match="LegalSource"):
            old = deadlines_module.Source
        assert old is LegalSource
        assert "Source" not in deadlines_module.__all__
        assert "LegalSource" in deadlines_module.__all__
        with pytest.raises(AttributeError):
            deadlines_module.NoSuchName  # noqa: B018 (the attribute access is the test)

    def test_calendar_argument_is_checked(self):
        """due_date refuses a calendar that is not a WorkingCalendar."""
        with pytest.raises(InvalidFieldError, match="'calendar'"):
            due_date(D(2024, 1, 1), 1, TimeUnit.WORKING_DAYS, "england-and-wales")  # type: ignore[arg-type]

    def test_numpy_amounts(self):
        """numpy integers are accepted as amounts and stored as int."""
        numpy = pytest.importorskip("numpy")
        assert due_date(D(2021, 11, 15), numpy.int64(20)) == D(2021, 12, 13)
        rule = make(amount=numpy.int32(5))
        assert rule.amount == 5
        assert type(rule.amount) is int


class TestApiShape:
    @given(tds.deadline_statuses(), cwst.languages())
    def test_status_label_describe_render(self, status, lang):
        """label is the state's; render's first line is describe's sentence."""
        assert status.label == status.state.label
        line = status.describe(lang)
        assert "\n" not in line
        text = status.render(lang, format="text").split("\n")
        assert text[0] == line
        assert len(text) == 5
        markdown = status.render(lang).split("\n")
        assert markdown[0] == f"**{status.state.label.in_(lang)}**" + line.removeprefix(
            status.state.label.in_(lang)
        )
        assert markdown[1] == ""
        assert all(row.startswith("- ") for row in markdown[2:])
        assert len(markdown) == 6

    @given(tds.deadline_statuses(), cwst.languages(), tts.formats())
    def test_render_takes_the_value_or_the_member(self, status, lang, style):
        """render(format=...) takes a Format member or its string value."""
        assert status.render(lang, format=style) == status.render(lang, format=style.value)

    def test_render_refuses_unknown_formats(self):
        """An unknown format raises InvalidChoiceError."""
        status = timescale("first-core-group").status(D(2024, 1, 2), today=D(2024, 1, 10))
        with pytest.raises(InvalidChoiceError):
            status.render(format="html")

    def test_render_text_in_english(self):
        """The plain-text form lists the figures under the sentence."""
        status = timescale("first-core-group").status(D(2024, 1, 2), today=D(2024, 1, 10))
        assert status.render("en", format="text").split("\n")[1:] == [
            "Due: Tuesday, 16 January 2024",
            "Assessed on: Wednesday, 10 January 2024",
            "Working days: 4",
            "Calendar days: 6",
        ]

    @given(tds.legal_sources(), cwst.languages())
    def test_source_label_and_describe(self, source, lang):
        """A source's label is its instrument; describe names instrument and provision."""
        assert source.label == source.instrument
        assert source.describe(lang) == (
            f"{source.instrument.in_(lang)}, {source.provision.in_(lang)}"
        )

    @given(catalogue_timescales())
    def test_timescale_label(self, rule):
        """A timescale's label is the duty's name."""
        assert rule.label == rule.name


class TestValidity:
    """No rule answers for a clock started outside the period it was in force (issue 11, item 4)."""

    @given(catalogue_timescales(), supported_dates(max_value=D(2090, 12, 31)))
    def test_no_rule_answers_outside_its_period(self, rule, start):
        """due and status answer only for a start in the rule's period, else name the period."""
        if rule.applies_on(start):
            assert rule.due(start) >= start
            assert timescale(rule.key, on=start) == rule
            return
        for call in (lambda: rule.due(start), lambda: rule.status(start, today=D(2100, 1, 1))):
            with pytest.raises(UnsupportedDateError) as caught:
                call()
            assert rule.valid_from.isoformat() in str(caught.value)
            assert rule.period() in str(caught.value)
            assert caught.value.cy is not None
            assert rule.period("cy") in caught.value.cy

    @given(timescale_objects(), supported_dates(max_value=D(2070, 12, 31)))
    def test_generated_rules_refuse_outside_their_period(self, rule, start):
        """A rule of the user's own keeps to its period too."""
        if rule.applies_on(start):
            assert rule.due(start) >= start
        else:
            with pytest.raises(UnsupportedDateError, match="outside that period"):
                rule.due(start)

    @pytest.mark.parametrize(
        ("key", "day"),
        [
            ("improvement-plan-powys-2017", D(2017, 10, 17)),
            ("improvement-plan-review-powys-2019", D(2019, 1, 9)),
        ],
    )
    def test_one_day_entries_refuse_every_other_day(self, key, day):
        """The Powys plans answer for their report's day only."""
        rule = timescale(key)
        assert rule.valid_from == rule.valid_to == day
        assert rule.due(day) > day
        for other in (day - dt.timedelta(days=1), day + dt.timedelta(days=1), D(1990, 12, 25)):
            with pytest.raises(UnsupportedDateError, match="only"):
                rule.due(other)
        assert rule.period() == f"on {day.isoformat()} only"
        assert rule.period("cy") == f"ar {day.isoformat()} yn unig"

    def test_the_1990_christmas_example(self):
        """The issue's example: a start in 1990 gets no answer from a 2019 rule."""
        with pytest.raises(UnsupportedDateError, match="2019-11-11") as caught:
            timescale("first-core-group").due(D(1990, 12, 25))
        assert "no other version" in str(caught.value)
        assert "unrhyw fersiwn arall" in (caught.value.cy or "")

    def test_the_version_in_force_instead_is_named(self, monkeypatch):
        """Where another version of the rule applied, the message names it and its period."""
        old = make(key="rule", amount=1, valid_from=D(2010, 1, 1), valid_to=D(2014, 12, 31))
        new = make(key="rule", amount=3, valid_from=D(2020, 1, 1))
        monkeypatch.setattr(deadlines_module, "_TIMESCALES", Lazy(lambda: (old, new)))
        with pytest.raises(UnsupportedDateError, match="from 2010-01-01 to 2014-12-31") as caught:
            new.due(D(2012, 6, 1))
        assert "timescale('rule', on=start)" in str(caught.value)
        assert "o 2010-01-01 hyd at 2014-12-31" in (caught.value.cy or "")
        with pytest.raises(UnsupportedDateError, match="no version of it") as caught:
            new.due(D(2016, 6, 1))
        assert "nid oedd unrhyw fersiwn" in (caught.value.cy or "")
        assert old.period() == "from 2010-01-01 to 2014-12-31"


class TestSources:
    """Every entry has a pinpoint source, with its Welsh page where one exists (item 1)."""

    def test_every_entry_has_a_pinpoint_source_and_a_welsh_name(self):
        """Instrument, provision (with a paragraph or heading), address, and a Welsh name."""
        for item in timescales():
            assert item.name.cy
            assert item.name.cy != item.name.en
            assert item.starts.cy
            source = item.source
            assert source.provision.en
            assert source.provision.cy
            if "Regulations 2015" in source.instrument.en:
                assert source.provision.en.startswith("regulation ")
                assert source.provision.cy.startswith("rheoliad ")
                assert source.url_cy == source.url + "/made/welsh"
            if source.url is not None and source.url.startswith("https://safeguarding.wales/en/"):
                assert source.url_cy == source.url.replace("/en/", "/cy/")

    def test_no_seed_numbers_in_the_catalogue(self):
        """Readers are given the source's name, not the library's seed number."""
        text = json.dumps(load_json("timescales.json"), ensure_ascii=False)
        assert "seed 00" not in text
        assert "hedyn" not in text

    def test_link_picks_the_welsh_page(self):
        """link("cy") gives the Welsh page where there is one, else the English page."""
        source = timescale("first-core-group").source
        assert source.link() == "https://safeguarding.wales/en/chi-i/chi-i-c4/c4-p4/"
        assert source.link("cy") == "https://safeguarding.wales/cy/chi-i/chi-i-c4/c4-p4/"
        assert ACT.link("cy") is None
        only_english = LegalSource(ACT.instrument, ACT.provision, "https://x.wales/")
        assert only_english.link("cy") == "https://x.wales/"

    @pytest.mark.parametrize("url", ["", "http://insecure.example", "not a url"])
    def test_bad_welsh_urls(self, url):
        """The Welsh address must be an https address too, with a Welsh message."""
        with pytest.raises(InvalidFieldError, match="url_cy") as caught:
            LegalSource(ACT.instrument, ACT.provision, None, url)
        assert caught.value.cy is not None


class TestWelshWording:
    """The Welsh wording rules of the shared brief (item 7)."""

    def test_not_yet_due(self):
        """One wording for "not yet due"."""
        assert DeadlineState.NOT_YET_DUE.label.cy == "Heb fod yn ddyledus eto"

    @pytest.mark.parametrize(
        ("amount", "unit", "text"),
        [
            (2, TimeUnit.WORKING_DAYS, "2 ddiwrnod gwaith"),
            (2, TimeUnit.CALENDAR_DAYS, "2 ddiwrnod calendr"),
            (2, TimeUnit.MONTHS, "2 fis"),
            (2, TimeUnit.WEEKS, "2 wythnos"),
            (3, TimeUnit.MONTHS, "3 mis"),
            (1, TimeUnit.WORKING_DAYS, "1 diwrnod gwaith"),
        ],
    )
    def test_soft_mutation_after_two(self, amount, unit, text):
        """ "Dau" softens a masculine noun ("2 ddiwrnod", "2 fis"); "wythnos" is feminine."""
        assert unit.count(amount, "cy") == text

    def test_weekday_lower_case_mid_sentence(self):
        """The weekday inside the Welsh sentence is "dydd Mawrth", not "Dydd Mawrth"."""
        status = make(amount=1).status(D(2024, 11, 4), today=D(2024, 11, 4))
        assert "(dyddiad dyledus dydd Mawrth, 5 Tachwedd 2024)" in status.describe("cy")
        assert "Dydd" not in status.describe("cy")

    def test_every_raise_is_bilingual(self):
        """The errors of due dates, status and their values carry Welsh."""
        calls = [
            lambda: due_date(D(2100, 12, 1), 2, TimeUnit.MONTHS),
            lambda: make().status(D(2024, 3, 4), done=D(2024, 3, 1)),
            lambda: DeadlineStatus(DeadlineState.MET, D(2024, 1, 2), D(2024, 1, 3), 0, -1),
            lambda: DeadlineStatus(DeadlineState.MET, D(2024, 1, 3), D(2024, 1, 2), 1, 2),
            lambda: DeadlineStatus(DeadlineState.MET, D(2024, 1, 3), D(2024, 1, 2), -1, 1),
            lambda: DeadlineStatus(DeadlineState.MET, D(2024, 1, 3), D(2024, 1, 2), 5, 1),
            lambda: timescale("first-core-grop"),
            lambda: make(valid_to=D(2019, 12, 31)),
            lambda: timescale("first-core-group", on=D(2000, 1, 1)),
        ]
        for call in calls:
            with pytest.raises(CareWalesError) as caught:
                call()
            assert caught.value.cy, caught.value

    def test_welsh_names_are_accepted_as_keys(self):
        """timescale() accepts a duty's Welsh name."""
        assert timescale("Cyfarfod cyntaf y grŵp craidd").key == "first-core-group"


def test_safeguarding_procedures_links_are_the_current_bilingual_pages():
    """Every Wales Safeguarding Procedures link is the site's current page, in both languages.

    The old addresses (``/chi/c2/c2.p18.html``) have no Welsh twin; the current ones are
    ``/en/...`` and ``/cy/...`` of the same path (review W7: report-acknowledgement).
    """
    from carewales.deadlines import timescales

    checked = 0
    for rule in timescales():
        link = rule.source.url
        if link is None or not link.startswith("https://safeguarding.wales/"):
            continue
        checked += 1
        assert link.startswith("https://safeguarding.wales/en/"), rule.key
        assert rule.source.url_cy == link.replace("/en/", "/cy/", 1), rule.key
        assert rule.source.link("cy") == rule.source.url_cy
    assert checked >= 7

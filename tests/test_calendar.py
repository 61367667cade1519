"""Tests for carewales.calendar: bank holidays, working days and working-day arithmetic."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from dateutil.easter import easter
from hypothesis import assume, given
from hypothesis import strategies as st

from carewales import (
    CareWalesError,
    InvalidDateError,
    UnsupportedDateError,
    errors,
)
from carewales import calendar as calendar_module
from carewales import testing as cwst
from carewales.calendar import (
    ENGLAND_AND_WALES,
    FIRST_YEAR,
    LAST_YEAR,
    BankHoliday,
    HolidayBasis,
    InvalidNumberError,
    WorkingCalendar,
    add_working_days,
    bank_holidays,
    ensure_int,
    ensure_supported_date,
    is_bank_holiday,
    is_working_day,
    working_days_between,
)
from carewales.errors import InvalidChoiceError, InvalidFieldError
from carewales.testing import _calendar as tcs
from carewales.testing._calendar import supported_dates, working_calendars, working_dates
from carewales.text import Bilingual, format_date

D = dt.date
PUBLISHED = Path(__file__).parent / "data" / "bank_holidays_england_and_wales_2012_2027.json"
#: Dates far enough from 1971 and 2100 that a count of up to 2,000 working days stays in range.
MIDDLE = supported_dates(D(1980, 1, 1), D(2090, 12, 31))
COUNTS = st.integers(-2_000, 2_000)
#: Junk that every date parameter must refuse with the library's error.
JUNK_DATES = [
    None,
    "",
    "2021-11-15",
    "😴",
    "€",
    True,
    0,
    10**100,
    2021.5,
    [],
    dt.datetime(2021, 11, 15, 9, 30),
    D(1, 1, 1),
    D(1970, 12, 31),
    D(2101, 1, 1),
    D(9999, 12, 31),
]
JUNK_COUNTS = [None, "", "3", "😴", True, False, 2.0, [], D(2021, 1, 1)]
CALENDARS = [ENGLAND_AND_WALES, ENGLAND_AND_WALES.with_closures(D(2024, 12, 24))]


def reference_add(day: dt.date, n: int, calendar: WorkingCalendar) -> dt.date:
    """Count working days one at a time: slow, but plainly right."""
    step = 1 if n > 0 else -1
    remaining = abs(n)
    while remaining:
        day += dt.timedelta(days=step)
        if day.weekday() < 5 and not is_bank_holiday(day) and calendar.is_working_day(day):
            remaining -= 1
    return day


def holiday(year: int, en: str) -> BankHoliday:
    """Return the holiday of *year* whose English name is *en*."""
    (found,) = [h for h in bank_holidays(year) if h.name.en == en]
    return found


class TestPublishedList:
    """The rules reproduce GOV.UK's published list of England-and-Wales bank holidays."""

    @pytest.mark.parametrize("year", range(2012, 2028))
    def test_dates_and_names_match_gov_uk(self, year):
        """Every year 2012–2027 has exactly the published dates, with the published titles."""
        rows = json.loads(PUBLISHED.read_text(encoding="utf-8"))["years"][str(year)]
        ours = bank_holidays(year)
        assert [h.date.isoformat() for h in ours] == [row[0] for row in rows]
        assert [h.name.en.removesuffix(" (substitute day)") for h in ours] == [r[1] for r in rows]

    @pytest.mark.parametrize("year", range(2012, 2028))
    def test_substitute_days_match_gov_uk(self, year):
        """A day GOV.UK marks as a substitute is one here, except the moved 2012 spring holiday."""
        rows = json.loads(PUBLISHED.read_text(encoding="utf-8"))["years"][str(year)]
        moved_2012_spring = ("2012-06-04", "Spring bank holiday")
        expected = [
            row[2] == "Substitute day" and tuple(row[:2]) != moved_2012_spring for row in rows
        ]
        assert [h.substitute for h in bank_holidays(year)] == expected


class TestBankHolidayRules:
    """Each rule of the 1971 Act and the proclamations holds in every year 1971–2100."""

    @pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
    def test_every_year_is_sane(self, year):
        """Holidays are weekdays, in date order, on distinct days, with Easter in place."""
        days = [h.date for h in bank_holidays(year)]
        assert days == sorted(set(days))
        assert all(day.weekday() < 5 and day.year == year for day in days)
        sunday = easter(year)
        assert sunday - dt.timedelta(days=2) in days
        assert sunday + dt.timedelta(days=1) in days
        assert all(is_bank_holiday(day) for day in days)

    @pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
    def test_count_of_regular_holidays(self, year):
        """Six regular holidays to 1973, seven from New Year's Day 1974, eight from May 1978."""
        extras = {1973: 1, 1977: 1, 1981: 1, 1999: 1, 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1}
        regular = 6 + (year >= 1974) + (year >= 1978)
        assert len(bank_holidays(year)) == regular + extras.get(year, 0)

    def test_new_years_day_only_from_1974(self):
        """New Year's Day is a bank holiday from 1974, and moves to Monday from a weekend."""
        assert not is_bank_holiday(D(1973, 1, 1))
        assert is_bank_holiday(D(1974, 1, 1))
        assert holiday(1977, "New Year’s Day (substitute day)").date == D(1977, 1, 3)
        assert holiday(1978, "New Year’s Day (substitute day)").date == D(1978, 1, 2)

    def test_early_may_only_from_1978(self):
        """The early May holiday starts in 1978, on the first Monday in May."""
        assert [h for h in bank_holidays(1977) if h.name.en.startswith("Early May")] == []
        assert holiday(1978, "Early May bank holiday").date == D(1978, 5, 1)

    def test_ve_day_moves(self):
        """The early May holiday moved to 8 May in 1995 (a Monday) and 2020 (a Friday)."""
        assert holiday(1995, "Early May bank holiday").date == D(1995, 5, 8)
        assert not is_bank_holiday(D(1995, 5, 1))
        assert holiday(2020, "Early May bank holiday (VE day)").date == D(2020, 5, 8)
        assert not is_bank_holiday(D(2020, 5, 4))

    @pytest.mark.parametrize(
        ("spring", "extra", "usual"),
        [
            (D(1977, 6, 6), D(1977, 6, 7), D(1977, 5, 30)),
            (D(2002, 6, 4), D(2002, 6, 3), D(2002, 5, 27)),
            (D(2012, 6, 4), D(2012, 6, 5), D(2012, 5, 28)),
            (D(2022, 6, 2), D(2022, 6, 3), D(2022, 5, 30)),
        ],
    )
    def test_jubilee_moves_of_the_spring_holiday(self, spring, extra, usual):
        """For each jubilee the spring holiday moved beside an extra day, leaving late May."""
        assert holiday(spring.year, "Spring bank holiday").date == spring
        assert is_bank_holiday(extra)
        assert not is_bank_holiday(usual)

    @pytest.mark.parametrize(
        "day",
        [D(1973, 11, 14), D(1981, 7, 29), D(1999, 12, 31), D(2011, 4, 29), D(2022, 9, 19)],
    )
    def test_one_off_days(self, day):
        """Royal weddings, the millennium and the state funeral were proclaimed holidays."""
        (found,) = [h for h in bank_holidays(day.year) if h.date == day]
        assert found.basis is HolidayBasis.PROCLAMATION

    def test_coronation(self):
        """The coronation of King Charles III was a holiday on Monday 8 May 2023."""
        found = holiday(2023, "Bank holiday for the coronation of King Charles III")
        assert found.date == D(2023, 5, 8)
        assert found.name.cy == "Gŵyl y banc ar gyfer coroni Brenin Siarl III"

    @pytest.mark.parametrize(
        ("year", "expected"),
        [
            (2021, [(D(2021, 12, 27), "Christmas Day"), (D(2021, 12, 28), "Boxing Day")]),
            (2022, [(D(2022, 12, 26), "Boxing Day"), (D(2022, 12, 27), "Christmas Day")]),
            (2020, [(D(2020, 12, 25), "Christmas Day"), (D(2020, 12, 28), "Boxing Day")]),
            (2019, [(D(2019, 12, 25), "Christmas Day"), (D(2019, 12, 26), "Boxing Day")]),
        ],
    )
    def test_christmas_substitutes(self, year, expected):
        """Christmas and Boxing Day at a weekend move to the following weekdays."""
        got = [(h.date, h.name.en.removesuffix(" (substitute day)")) for h in bank_holidays(year)]
        assert got[-2:] == expected

    def test_bases(self):
        """Each holiday records its legal basis: common law, statute or proclamation."""
        bases = {h.name.en: h.basis for h in bank_holidays(2019)}
        assert bases["Good Friday"] is HolidayBasis.COMMON_LAW
        assert bases["Christmas Day"] is HolidayBasis.COMMON_LAW
        assert bases["Easter Monday"] is HolidayBasis.STATUTE
        assert holiday(1971, "Spring bank holiday").basis is HolidayBasis.PROCLAMATION
        assert holiday(1972, "Spring bank holiday").basis is HolidayBasis.STATUTE

    def test_names_are_bilingual(self):
        """Each regular holiday has the Welsh name GOV.UK's Welsh list uses."""
        assert [h.name.cy for h in bank_holidays(2019)] == [
            "Dydd Calan",
            "Gwener y Groglith",
            "Llun y Pasg",
            "Gŵyl banc dechrau Mai",
            "Gŵyl banc y gwanwyn",
            "Gŵyl banc yr haf",
            "Dydd Nadolig",
            "Dydd San Steffan",
        ]

    def test_weekend_original_is_not_itself_a_holiday(self):
        """A holiday falling at a weekend is observed on its substitute, not the weekend day."""
        assert not is_bank_holiday(D(2021, 12, 25))
        assert is_bank_holiday(D(2021, 12, 27))

    def test_bank_holiday_value_checks_its_date(self):
        """A BankHoliday refuses a datetime and a date outside 1971–2100."""
        name = Bilingual("Test", "Prawf")
        with pytest.raises(InvalidDateError):
            BankHoliday(dt.datetime(2021, 1, 1, 12, 0), name)
        with pytest.raises(UnsupportedDateError):
            BankHoliday(D(1960, 1, 1), name)


class TestJunk:
    """Every public parser refuses junk with the library's own error."""

    @pytest.mark.parametrize("year", [None, "", "2021", "😴", True, 2021.0, 1970, 2101, 10**100])
    def test_bank_holidays_refuses_junk_years(self, year):
        """A year that is not an int from 1971 to 2100 raises CareWalesError."""
        with pytest.raises(CareWalesError):
            bank_holidays(year)

    @pytest.mark.parametrize("day", JUNK_DATES)
    @pytest.mark.parametrize(
        "call",
        [
            is_bank_holiday,
            is_working_day,
            lambda day: add_working_days(day, 1),
            lambda day: working_days_between(day, D(2000, 1, 1)),
            lambda day: working_days_between(D(2000, 1, 1), day),
            ENGLAND_AND_WALES.with_closures,
            lambda day: ensure_supported_date("day", day),
        ],
    )
    def test_date_parameters_refuse_junk(self, call, day):
        """A non-date, a datetime or a date outside 1971–2100 raises CareWalesError."""
        with pytest.raises(CareWalesError):
            call(day)

    @pytest.mark.parametrize("n", JUNK_COUNTS)
    def test_counts_refuse_junk(self, n):
        """A count that is not an int (a bool included) raises InvalidNumberError."""
        with pytest.raises(InvalidNumberError):
            add_working_days(D(2021, 1, 4), n)

    @pytest.mark.parametrize("n", [10**100, -(10**100), 40_000, -40_000])
    def test_huge_counts_leave_the_range(self, n):
        """A count that would leave 1971–2100 raises UnsupportedDateError."""
        with pytest.raises(UnsupportedDateError):
            add_working_days(D(2021, 1, 4), n)

    def test_ensure_int_accepts_ints(self):
        """ensure_int passes a plain int through."""
        assert ensure_int("n", -3) == -3


class TestWorkingCalendar:
    """Calendars are immutable, validated, and close what they say they close."""

    def test_closures_make_days_non_working(self):
        """A closure is not a working day; the default calendar is unchanged."""
        closed = ENGLAND_AND_WALES.with_closures(D(2030, 1, 2))
        assert not closed.is_working_day(D(2030, 1, 2))
        assert ENGLAND_AND_WALES.is_working_day(D(2030, 1, 2))
        assert closed != ENGLAND_AND_WALES
        assert closed.with_closures() == closed

    def test_annual_closures(self):
        """An annual closure applies every year; 29 February only in leap years."""
        calendar = WorkingCalendar("christmas-eve", ENGLAND_AND_WALES.name, (), [(12, 24), (2, 29)])
        assert not calendar.is_working_day(D(2024, 12, 24))
        assert not calendar.is_working_day(D(2030, 12, 24))
        assert not calendar.is_working_day(D(2024, 2, 29))
        assert calendar.is_working_day(D(2023, 2, 28))

    def test_is_frozen(self):
        """A calendar cannot be changed in place."""
        with pytest.raises(AttributeError):
            ENGLAND_AND_WALES.closures = frozenset()  # type: ignore[misc]

    @pytest.mark.parametrize("closures", ["2024-12-24", b"x", 5, None, [D(1960, 1, 1)], ["x"]])
    def test_bad_closures(self, closures):
        """Closures must be a collection of dates within 1971–2100."""
        with pytest.raises(CareWalesError):
            WorkingCalendar("council", ENGLAND_AND_WALES.name, closures)

    @pytest.mark.parametrize(
        "annual", [[(2, 30)], [(13, 1)], [(12,)], [(1, 2, 3)], [5], [("a", 1)]]
    )
    def test_bad_annual_closures(self, annual):
        """Annual closures must be real (month, day) pairs."""
        with pytest.raises(InvalidDateError):
            WorkingCalendar("council", ENGLAND_AND_WALES.name, (), annual)

    @pytest.mark.parametrize("key", ["", "Council", "two words", "-x", None])
    def test_bad_keys(self, key):
        """A calendar's key is lower-case words joined by hyphens."""
        with pytest.raises(CareWalesError):
            WorkingCalendar(key, ENGLAND_AND_WALES.name)

    def test_date_subclass_is_accepted(self):
        """A subclass of date that is not a datetime is accepted like a date."""

        class Day(dt.date):
            pass

        assert is_working_day(Day(2024, 12, 24))

    def test_module_functions_take_a_calendar(self):
        """The module-level functions use the calendar they are given."""
        council = ENGLAND_AND_WALES.with_closures(D(2024, 12, 24))
        assert not is_working_day(D(2024, 12, 24), council)
        assert add_working_days(D(2024, 12, 23), 1, council) == D(2024, 12, 27)
        assert working_days_between(D(2024, 12, 23), D(2024, 12, 27), council) == 1

    def test_tables_are_lazy(self):
        """Importing the modules reads no data file and builds no table."""
        code = (
            "import carewales.calendar as c, carewales.deadlines as d\n"
            "assert not c._HOLIDAY_DATA.loaded() and len(c._YEAR_ENTRIES) == 0\n"
            "assert not c.ENGLAND_AND_WALES._tables.loaded() and not d._TIMESCALES.loaded()\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_first_use_builds_only_the_years_used(self):
        """One sum within a year builds that year's holidays and table, not the whole range."""
        code = (
            "import datetime, sys, carewales\n"
            "assert carewales.add_working_days(datetime.date(2024, 1, 5), 20) == "
            "datetime.date(2024, 2, 2)\n"
            "c = sys.modules['carewales.calendar']\n"
            "assert sorted(c.ENGLAND_AND_WALES._flags._values) == [2024]\n"
            "assert len(c._YEAR_ENTRIES) == 1 and len(c._YEAR_HOLIDAYS) == 0\n"
            "assert not c.ENGLAND_AND_WALES._tables.loaded()\n"
            "assert 'numpy' not in sys.modules and 'importlib.resources' not in sys.modules\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


class TestWorkedExamples:
    """Counts taken from the calendar by hand."""

    @pytest.mark.parametrize(
        ("day", "n", "expected"),
        [
            (D(2021, 12, 24), 1, D(2021, 12, 29)),
            (D(2021, 12, 29), -1, D(2021, 12, 24)),
            (D(2021, 11, 13), 1, D(2021, 11, 15)),  # a Saturday counts from Monday
            (D(2022, 6, 1), 1, D(2022, 6, 6)),
            (D(2017, 10, 17), 20, D(2017, 11, 14)),
            (D(2019, 12, 20), 15, D(2020, 1, 15)),
            (D(2023, 5, 5), 1, D(2023, 5, 9)),
            (D(2023, 5, 8), 0, D(2023, 5, 8)),
        ],
    )
    def test_add_working_days(self, day, n, expected):
        """Adding working days skips weekends, holidays and substitute days."""
        assert add_working_days(day, n) == expected

    def test_between_counts_half_open_intervals(self):
        """(a, b] forwards and minus [b, a) backwards."""
        assert working_days_between(D(2021, 12, 24), D(2021, 12, 29)) == 1
        assert working_days_between(D(2021, 12, 29), D(2021, 12, 24)) == -1
        assert working_days_between(D(2021, 12, 29), D(2021, 12, 23)) == -2
        assert working_days_between(D(2021, 12, 25), D(2021, 12, 25)) == 0

    def test_edges_of_the_range(self):
        """Counts reach the first and last working days of the range, and no further."""
        with pytest.raises(UnsupportedDateError):
            add_working_days(D(1971, 1, 1), -1)
        assert add_working_days(D(1971, 1, 1), 1) == D(1971, 1, 4)
        assert add_working_days(D(2100, 12, 31), -1) == D(2100, 12, 30)
        with pytest.raises(UnsupportedDateError):
            add_working_days(D(2100, 12, 31), 1)


class TestProperties:
    """The rules of working-day arithmetic, stated as properties over 1971–2100."""

    @given(working_calendars(), MIDDLE, COUNTS)
    def test_between_inverts_add(self, calendar, day, n):
        """working_days_between(d, add_working_days(d, n)) == n, on any calendar."""
        assert working_days_between(day, add_working_days(day, n, calendar), calendar) == n

    @given(working_calendars(), MIDDLE, MIDDLE)
    def test_add_inverts_between_on_working_days(self, calendar, day, other):
        """add_working_days(d, working_days_between(d, x)) == x for every working day x."""
        assume(calendar.is_working_day(other))
        assert add_working_days(day, working_days_between(day, other, calendar), calendar) == other

    @given(working_calendars(), MIDDLE, COUNTS, COUNTS)
    def test_monotonic_in_n(self, calendar, day, n, m):
        """More working days never lands earlier: add_working_days is increasing in n."""
        assume(n != m)
        low, high = sorted((n, m))
        assert add_working_days(day, low, calendar) < add_working_days(day, high, calendar)

    @given(working_calendars(), MIDDLE, COUNTS.filter(bool))
    def test_lands_on_a_working_day(self, calendar, day, n):
        """For n != 0 the answer is a working day, on the right side of the start."""
        answer = add_working_days(day, n, calendar)
        assert calendar.is_working_day(answer)
        assert (answer > day) if n > 0 else (answer < day)

    @given(st.sampled_from(CALENDARS), supported_dates(), st.integers(-40, 40))
    def test_matches_a_day_by_day_count(self, calendar, day, n):
        """The table lookup agrees with counting one day at a time, across the whole range."""
        try:
            answer = add_working_days(day, n, calendar)
        except UnsupportedDateError:
            near_start = day - D(FIRST_YEAR, 1, 1) < dt.timedelta(days=80)
            near_end = D(LAST_YEAR, 12, 31) - day < dt.timedelta(days=80)
            assert near_start or near_end
        else:
            assert answer == reference_add(day, n, calendar)

    @given(
        working_calendars(), supported_dates(D(1971, 3, 1), D(2100, 10, 31)), st.integers(-60, 60)
    )
    def test_between_counts_working_days(self, calendar, start, offset):
        """The count equals the number of working days in (start, end], or minus [end, start)."""
        end = start + dt.timedelta(days=offset)
        step = dt.timedelta(days=1)
        if end >= start:
            days = [start + step * (i + 1) for i in range((end - start).days)]
            expected = sum(map(calendar.is_working_day, days))
        else:
            days = [end + step * i for i in range((start - end).days)]
            expected = -sum(map(calendar.is_working_day, days))
        assert working_days_between(start, end, calendar) == expected

    @given(working_calendars(), supported_dates())
    def test_working_day_definition(self, calendar, day):
        """A working day is a weekday that is not a bank holiday and not closed."""
        expected = day.weekday() < 5 and not is_bank_holiday(day) and day not in calendar.closures
        expected = expected and (day.month, day.day) not in calendar.annual_closures
        assert calendar.is_working_day(day) == expected

    @given(supported_dates(), st.integers(-3_000, 3_000))
    def test_fast_path_agrees_with_the_checked_path(self, day, n):
        """The module function's shortcut gives the calendar method's answer, or its error."""
        try:
            expected = ENGLAND_AND_WALES.add_working_days(day, n)
        except UnsupportedDateError:
            with pytest.raises(UnsupportedDateError):
                add_working_days(day, n)
        else:
            assert add_working_days(day, n) == expected

    def test_before_the_tables_are_published(self, monkeypatch):
        """Until the default tables are published the module function takes the checked path."""
        monkeypatch.setattr(calendar_module, "_DEFAULT_DAYS", [])
        assert add_working_days(D(2021, 12, 24), 1) == D(2021, 12, 29)

    @given(working_dates())
    def test_zero_is_identity(self, day):
        """Adding no working days returns the day itself."""
        assert add_working_days(day, 0) == day


NAME = Bilingual("Test", "Prawf")
FIRST_DAY = D(1971, 1, 1)
#: A calendar with nothing closed beyond the default, built anew (so not the fast path).
CUSTOM = WorkingCalendar("custom", NAME)


class TestTypeValidators:
    def test_type_validators(self):
        """BankHoliday.name, basis and substitute, and WorkingCalendar.name are each checked."""
        with pytest.raises(InvalidFieldError, match="'name'"):
            BankHoliday(D(2021, 1, 1), "New Year's Day")  # type: ignore[arg-type]
        with pytest.raises(InvalidChoiceError, match="'basis'"):
            BankHoliday(D(2021, 1, 1), NAME, "statute")  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'substitute'"):
            BankHoliday(D(2021, 1, 1), NAME, HolidayBasis.STATUTE, 1)  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'name'"):
            WorkingCalendar("council", "Council")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("closures", "error"),
        [
            ([[1]], InvalidDateError),
            ({"2024-12-24": 1}, InvalidDateError),
            ([dt.datetime(2024, 12, 24, 9, 0)], InvalidDateError),
            ([D(2101, 1, 1)], UnsupportedDateError),
        ],
    )
    def test_bad_closures(self, closures, error):
        """Closures must be hashable plain dates within 1971–2100."""
        with pytest.raises(error, match="'closures'"):
            WorkingCalendar("council", NAME, closures)
        with pytest.raises(error, match="'closures'"):
            ENGLAND_AND_WALES.with_closures(*closures)

    @pytest.mark.parametrize(
        "annual", [object(), "12-24", [[12, [24]]], [(True, 1)], [(12, 24.0)], {(12, 24): 1}]
    )
    def test_bad_annual_closures(self, annual):
        """Annual closures must be a collection of (month, day) pairs of whole numbers."""
        with pytest.raises(InvalidDateError, match="'annual_closures'"):
            WorkingCalendar("council", NAME, (), annual)

    def test_numpy_annual_closures(self):
        """numpy integers in (month, day) pairs are stored as ints; lists become tuples."""
        numpy = pytest.importorskip("numpy")
        calendar = WorkingCalendar("council", NAME, (), [[numpy.int64(12), numpy.int8(24)]])
        assert calendar.annual_closures == frozenset({(12, 24)})
        ((month, day),) = calendar.annual_closures
        assert (type(month), type(day)) == (int, int)


class TestMutationSurvivors:
    """The boundaries the mutation review found untested (items 9–11 and 15)."""

    @pytest.mark.parametrize("year", [1971, 2099, 2100])
    def test_annual_closures_in_the_first_and_last_years(self, year):
        """An annual closure closes the day in every year from 1971 to 2100, the last included."""
        calendar = WorkingCalendar("council", NAME, (), [(6, 16), (7, 1)])
        for month, day in ((6, 16), (7, 1)):
            assert ENGLAND_AND_WALES.is_working_day(D(year, month, day))
            assert not calendar.is_working_day(D(year, month, day))
        assert calendar.add_working_days(D(year, 6, 15), 1) == D(year, 6, 17)

    def test_first_supported_day_everywhere(self):
        """1 January 1971 (a Friday, not then a holiday) is accepted by every function."""
        assert is_working_day(FIRST_DAY)
        assert not is_bank_holiday(FIRST_DAY)
        assert working_days_between(FIRST_DAY, D(1971, 1, 4)) == 1
        assert working_days_between(D(1971, 1, 4), FIRST_DAY) == -1
        assert working_days_between(FIRST_DAY, FIRST_DAY) == 0
        assert add_working_days(FIRST_DAY, 1) == D(1971, 1, 4)
        assert ensure_supported_date("day", FIRST_DAY) == FIRST_DAY
        assert BankHoliday(FIRST_DAY, NAME).date == FIRST_DAY
        assert bank_holidays(1971)[0].date == D(1971, 4, 9)  # Good Friday
        assert bank_holidays(2100)[-1].date == D(2100, 12, 28)
        for day in (D(1970, 12, 31), D(2101, 1, 1)):
            with pytest.raises(UnsupportedDateError):
                is_working_day(day)
            with pytest.raises(UnsupportedDateError):
                BankHoliday(day, NAME)

    def test_last_supported_day(self):
        """31 December 2100 is accepted, and counted to."""
        last = D(2100, 12, 31)
        assert is_working_day(last)
        assert working_days_between(D(2100, 12, 30), last) == 1
        assert add_working_days(D(2100, 12, 30), 1) == last
        with pytest.raises(UnsupportedDateError):
            add_working_days(last, 1)

    @pytest.mark.parametrize("calendar", [ENGLAND_AND_WALES, CUSTOM], ids=["default", "custom"])
    def test_stepping_back_to_the_first_working_day(self, calendar):
        """Counting back reaches the first working day of the range, and no further."""
        assert calendar.add_working_days(D(1971, 1, 5), -2) == FIRST_DAY
        assert calendar.add_working_days(D(1971, 1, 4), -1) == FIRST_DAY
        with pytest.raises(UnsupportedDateError):
            calendar.add_working_days(D(1971, 1, 5), -3)
        assert add_working_days(D(1971, 1, 5), -2, calendar) == FIRST_DAY

    def test_constants(self):
        """The range is 1971 to 2100."""
        assert (FIRST_YEAR, LAST_YEAR) == (1971, 2100)


class TestIntegralCounts:
    """numpy and pandas integers are whole numbers; bool and float are not."""

    def test_numpy_counts_and_years(self):
        """add_working_days and bank_holidays take numpy integers."""
        numpy = pytest.importorskip("numpy")
        day = D(2021, 11, 15)
        assert add_working_days(day, numpy.int64(3)) == add_working_days(day, 3)
        assert add_working_days(day, numpy.int16(-3)) == add_working_days(day, -3)
        assert add_working_days(day, numpy.int64(0)) == day
        assert bank_holidays(numpy.int32(2026)) == bank_holidays(2026)
        assert CUSTOM.add_working_days(day, numpy.uint8(1)) == CUSTOM.add_working_days(day, 1)
        assert ensure_int("n", numpy.int64(5)) == 5
        assert type(ensure_int("n", numpy.int64(5))) is int
        with pytest.raises(InvalidNumberError):
            add_working_days(day, numpy.bool_(True))
        with pytest.raises(InvalidNumberError):
            add_working_days(day, numpy.float64(3.0))

    def test_pandas_integers(self):
        """A pandas integer from a DataFrame column works too."""
        pandas = pytest.importorskip("pandas")
        frame = pandas.DataFrame({"days": [20]})
        assert add_working_days(D(2021, 11, 15), frame["days"][0]) == D(2021, 12, 13)

    @given(st.integers(-100_000, 100_000))
    def test_ensure_int_keeps_every_int(self, n):
        """ensure_int returns every int unchanged."""
        assert ensure_int("n", n) == n

    @pytest.mark.parametrize("value", [True, False, 1.0, "1", None, dt.date(2021, 1, 1)])
    def test_ensure_int_refuses_the_rest(self, value):
        """ensure_int refuses bool, float, str, None and dates, naming the field."""
        with pytest.raises(InvalidNumberError, match="'count'"):
            ensure_int("count", value)

    def test_old_import_path(self):
        """InvalidNumberError is still importable from carewales.calendar, but not listed."""
        assert InvalidNumberError is errors.InvalidNumberError
        assert "InvalidNumberError" not in calendar_module.__all__


class TestApiShape:
    @given(tcs.bank_holiday_objects(), cwst.languages())
    def test_bank_holiday_label_and_describe(self, holiday, lang):
        """A holiday's label is its name; describe is one line with the date and the name."""
        assert holiday.label == holiday.name
        line = holiday.describe(lang)
        assert line.endswith(holiday.name.in_(lang))
        assert line.startswith(format_date(holiday.date, lang, weekday=True))

    @given(tcs.working_calendars(), cwst.languages())
    def test_calendar_label_and_describe(self, calendar, lang):
        """A calendar's label is its name; describe names it with its key."""
        assert calendar.label == calendar.name
        line = calendar.describe(lang)
        assert line.startswith(f"{calendar.name.in_(lang)} ({calendar.key})")

    def test_calendar_describe_counts_closures(self):
        """describe counts closures in English and Welsh."""
        assert ENGLAND_AND_WALES.describe().endswith("(england-and-wales)")
        assert ENGLAND_AND_WALES.describe("cy").endswith("(england-and-wales)")
        two = WorkingCalendar("council", NAME, [D(2024, 12, 24)], [(12, 31)])
        assert two.describe() == "Test (council), 2 closures"
        assert two.describe("cy") == "Prawf (council), 2 ddiwrnod ar gau"  # mutated as spoken
        one = WorkingCalendar("council", NAME, [D(2024, 12, 24)])
        assert one.describe() == "Test (council), 1 closure"
        assert one.describe("cy") == "Prawf (council), 1 diwrnod ar gau"
        three = WorkingCalendar("council", NAME, [D(2024, 12, 24), D(2024, 12, 27)], [(12, 31)])
        assert three.describe("cy") == "Prawf (council), 3 diwrnod ar gau"


_HOLIDAY_SETS: dict[int, frozenset[dt.date]] = {}


def oracle_is_working(calendar: WorkingCalendar, day: dt.date) -> bool:
    """A weekday, not a bank holiday of its year's list, and not closed: from the definitions."""
    if day.year not in _HOLIDAY_SETS:
        _HOLIDAY_SETS[day.year] = frozenset(h.date for h in bank_holidays(day.year))
    return (
        day.weekday() < 5
        and day not in _HOLIDAY_SETS[day.year]
        and day not in calendar.closures
        and (day.month, day.day) not in calendar.annual_closures
    )


def oracle_add(calendar: WorkingCalendar, day: dt.date, n: int) -> dt.date | None:
    """Walk one day at a time; None if the walk leaves 1971–2100."""
    step = dt.timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    while remaining:
        if day + step < D(FIRST_YEAR, 1, 1) or day + step > D(LAST_YEAR, 12, 31):
            return None
        day += step
        remaining -= oracle_is_working(calendar, day)
    return day


def oracle_between(calendar: WorkingCalendar, start: dt.date, end: dt.date) -> int:
    """Count (start, end] forwards or minus [end, start) backwards, one day at a time."""
    low, high = sorted((start, end))
    days = [low + dt.timedelta(days=i) for i in range((high - low).days + 1)]
    if end >= start:
        return sum(oracle_is_working(calendar, day) for day in days if day > start)
    return -sum(oracle_is_working(calendar, day) for day in days if day < start)


def whole(calendar: WorkingCalendar) -> WorkingCalendar:
    """Return *calendar* with its whole-range tables built, so it answers from them."""
    calendar._tables()
    return calendar


class TestLazyTables:
    """Year tables, built only for the years used, answer as the whole table and the oracle do."""

    @given(working_calendars(), supported_dates(), st.integers(-700, 700))
    def test_add_matches_the_oracle_and_the_whole_table(self, calendar, day, n):
        """A fresh calendar answers from year tables as a day-by-day walk and the whole table do."""
        fresh = attrs.evolve(calendar)
        expected = oracle_add(calendar, day, n)
        if expected is None:
            with pytest.raises(UnsupportedDateError):
                fresh.add_working_days(day, n)
            with pytest.raises(UnsupportedDateError):
                whole(attrs.evolve(calendar)).add_working_days(day, n)
            return
        assert fresh.add_working_days(day, n) == expected
        assert whole(attrs.evolve(calendar)).add_working_days(day, n) == expected

    @given(working_calendars(), MIDDLE, st.integers(-700, 700))
    def test_short_counts_build_no_whole_table(self, calendar, day, n):
        """A count that stays within a year of its start builds one or two year tables only."""
        fresh = attrs.evolve(calendar)
        answer = fresh.add_working_days(day, n)
        assume(abs(answer.year - day.year) <= 1)
        assert not fresh._tables.loaded()
        assert len(fresh._flags) <= 2

    @given(working_calendars(), supported_dates(), st.integers(-800, 800))
    def test_between_matches_the_oracle(self, calendar, start, days):
        """Counting between two dates from year tables agrees with counting day by day."""
        end = start + dt.timedelta(days=days)
        assume(D(FIRST_YEAR, 1, 1) <= end <= D(LAST_YEAR, 12, 31))
        expected = oracle_between(calendar, start, end)
        assert attrs.evolve(calendar).working_days_between(start, end) == expected
        assert whole(attrs.evolve(calendar)).working_days_between(start, end) == expected

    @given(working_calendars(), supported_dates())
    def test_is_working_day_matches_the_oracle(self, calendar, day):
        """Year flags and the whole table both say what the definition says."""
        expected = oracle_is_working(calendar, day)
        assert attrs.evolve(calendar).is_working_day(day) == expected
        assert whole(attrs.evolve(calendar)).is_working_day(day) == expected

    def test_many_years_build_the_whole_table(self):
        """Once more than a few years are used, the calendar builds its whole-range table."""
        fresh = WorkingCalendar("england-and-wales", ENGLAND_AND_WALES.name)
        for year in range(2000, 2000 + calendar_module._PARTIAL_YEARS + 1):
            fresh.is_working_day(D(year, 6, 1))
            assert not fresh._tables.loaded()
        fresh.is_working_day(D(1999, 6, 1))
        assert fresh._tables.loaded()

    def test_far_counts_use_the_whole_table(self):
        """A count reaching beyond the next year is answered from the whole table."""
        fresh = WorkingCalendar("council", NAME)
        assert fresh.add_working_days(D(2020, 1, 1), 600) == add_working_days(D(2020, 1, 1), 600)
        assert fresh._tables.loaded()
        again = WorkingCalendar("council", NAME)
        assert again.working_days_between(D(2020, 1, 1), D(2023, 1, 1)) == (
            ENGLAND_AND_WALES.working_days_between(D(2020, 1, 1), D(2023, 1, 1))
        )
        assert again._tables.loaded()

    @pytest.mark.parametrize(
        ("day", "n"), [(D(2100, 12, 30), 2), (D(2100, 6, 1), 200), (D(1971, 1, 5), -3)]
    )
    def test_edges_from_year_tables(self, day, n):
        """A fresh calendar refuses to count past the range's ends, as the whole table does."""
        with pytest.raises(UnsupportedDateError) as error:
            WorkingCalendar("council", NAME).add_working_days(day, n)
        days = {2: "2 ddiwrnod", 200: "200 diwrnod", -3: "-3 diwrnod"}[n]
        assert error.value.cy.startswith(f"Mae {days} gwaith o {day} yn mynd y tu hwnt i’r")

    def test_the_default_fast_path_waits_for_the_whole_table(self, monkeypatch):
        """Until the default calendar's whole table exists, the module function asks it."""
        monkeypatch.setattr(calendar_module, "_DEFAULT_DAYS", [])
        monkeypatch.setattr(calendar_module, "ENGLAND_AND_WALES", attrs.evolve(ENGLAND_AND_WALES))
        assert add_working_days(D(2024, 1, 5), 20) == D(2024, 2, 2)
        assert not calendar_module.ENGLAND_AND_WALES._tables.loaded()


def test_a_day_outside_the_calendar_is_refused_once_the_whole_table_is_built():
    """With the whole-range table built, a day outside it still takes the checked path."""
    for year in range(2000, 2012):  # more than 8 years in use: the whole-range table is built
        calendar_module.add_working_days(dt.date(year, 6, 1), 1)
    with pytest.raises(calendar_module.UnsupportedDateError):
        calendar_module.add_working_days(dt.date(1960, 1, 4), 1)
    with pytest.raises(calendar_module.UnsupportedDateError):
        calendar_module.add_working_days(dt.date(2101, 1, 4), -1)

"""Tests for working-day arithmetic on numpy arrays (carewales.calendar, the ``numpy`` extra)."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales.calendar import (
    ENGLAND_AND_WALES,
    WorkingCalendar,
    add_working_days,
    working_days_between,
)
from carewales.errors import (
    CareWalesError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    MissingExtraError,
    UnsupportedDateError,
)
from carewales.testing._calendar import supported_dates, working_calendars

np = pytest.importorskip("numpy")

D = dt.date
COUNTS = st.integers(-3_000, 3_000)
PAIRS = st.lists(st.tuples(supported_dates(), COUNTS), max_size=30)


def scalar_or_error(function, *args):
    """Return the scalar function's answer, or the class of the error it raises."""
    try:
        return function(*args)
    except CareWalesError as error:
        return type(error)


def days64(days):
    return np.array(days, dtype="datetime64[D]")


class TestSameAnswersAsTheScalars:
    """Each item of an array answer is what the scalar function gives for its pair."""

    @given(st.sampled_from([None, ENGLAND_AND_WALES]) | working_calendars(), PAIRS)
    def test_add(self, calendar, pairs):
        """add_working_days on arrays gives the scalar answers, or the scalar error."""
        days = [day for day, _ in pairs]
        counts = [n for _, n in pairs]
        expected = [scalar_or_error(add_working_days, d, n, calendar) for d, n in pairs]
        if UnsupportedDateError in expected:
            with pytest.raises(UnsupportedDateError):
                add_working_days(days64(days), np.array(counts, dtype=np.int64), calendar)
            return
        got = add_working_days(days64(days), np.array(counts, dtype=np.int64), calendar)
        assert got.dtype == np.dtype("datetime64[D]")
        assert got.astype(dt.date).tolist() == expected

    @given(
        st.sampled_from([None, ENGLAND_AND_WALES]) | working_calendars(),
        st.lists(st.tuples(supported_dates(), supported_dates()), max_size=30),
    )
    def test_between(self, calendar, pairs):
        """working_days_between on arrays gives the scalar counts."""
        starts = days64([start for start, _ in pairs])
        ends = days64([end for _, end in pairs])
        expected = [working_days_between(s, e, calendar) for s, e in pairs]
        got = working_days_between(starts, ends, calendar)
        assert got.tolist() == expected

    @given(supported_dates(), st.lists(COUNTS, min_size=1, max_size=10))
    def test_one_day_many_counts(self, day, counts):
        """A date with an array of counts broadcasts, as does an array of dates with one count."""
        expected = [scalar_or_error(add_working_days, day, n) for n in counts]
        if UnsupportedDateError not in expected:
            got = add_working_days(day, np.array(counts))
            assert got.astype(dt.date).tolist() == expected
            got = add_working_days(days64([day] * len(counts)), counts[0])
            assert got.astype(dt.date).tolist() == [expected[0]] * len(counts)

    @given(supported_dates(), st.lists(supported_dates(), max_size=10))
    def test_between_one_start_many_ends(self, start, ends):
        """A start date with an array of ends broadcasts, and the other way round."""
        assert working_days_between(start, days64(ends)).tolist() == [
            working_days_between(start, end) for end in ends
        ]
        assert working_days_between(days64(ends), start).tolist() == [
            working_days_between(end, start) for end in ends
        ]

    def test_the_scalar_convention(self):
        """Day 1 is the first working day after the start, from a weekend or holiday too."""
        days = days64(["2021-11-13", "2021-12-24", "2021-12-25", "2022-06-06", "2023-05-08"])
        got = add_working_days(days, np.array([1, 1, 1, -1, 0]))
        assert got.tolist() == [
            D(2021, 11, 15),
            D(2021, 12, 29),
            D(2021, 12, 29),
            D(2022, 6, 1),
            D(2023, 5, 8),
        ]

    def test_two_dimensional_arrays(self):
        """Arrays keep their shape."""
        days = days64([["2021-11-15", "2021-11-16"], ["2021-12-24", "2022-06-01"]])
        got = add_working_days(days, 1)
        assert got.shape == (2, 2)
        assert got[1, 1] == np.datetime64("2022-06-06")
        assert working_days_between(days, days).tolist() == [[0, 0], [0, 0]]

    def test_empty_arrays(self):
        """Empty arrays give empty answers."""
        assert add_working_days(days64([]), np.array([], dtype=np.int64)).shape == (0,)
        assert working_days_between(days64([]), days64([])).shape == (0,)

    def test_other_forms_of_dates_and_counts(self):
        """datetime64 at midnight in any unit, date objects, unsigned and object counts."""
        seconds = np.array(["2021-11-13T00:00:00"], dtype="datetime64[s]")
        assert add_working_days(seconds, 1).tolist() == [D(2021, 11, 15)]
        objects = np.array([D(2021, 11, 13), D(2021, 12, 24)], dtype=object)
        assert add_working_days(objects, np.array([1, 1], dtype=np.uint8)).tolist() == [
            D(2021, 11, 15),
            D(2021, 12, 29),
        ]
        counts = np.array([1, np.int64(2)], dtype=object)
        assert add_working_days(D(2021, 11, 13), counts).tolist() == [
            D(2021, 11, 15),
            D(2021, 11, 16),
        ]
        assert add_working_days(D(2021, 11, 13), np.int64(1)) == D(2021, 11, 15)

    def test_pandas_series(self):
        """A pandas Series of dates (datetime64[ns]) is read as an array."""
        pandas = pytest.importorskip("pandas")
        series = pandas.Series(pandas.to_datetime(["2021-11-13", "2021-12-24"]))
        assert add_working_days(series, 1).tolist() == [D(2021, 11, 15), D(2021, 12, 29)]
        assert working_days_between(series, D(2021, 12, 29)).tolist() == [31, 1]


class TestErrors:
    """Arrays are checked as the scalars are, naming the item at fault."""

    def test_dates_outside_the_range(self):
        """A date outside 1971–2100 raises UnsupportedDateError naming its index."""
        with pytest.raises(UnsupportedDateError, match=r"'day\[1\]' \(2101-01-01\)") as error:
            add_working_days(days64(["2021-01-01", "2101-01-01"]), 1)
        assert error.value.cy.startswith("'day[1]' (2101-01-01): rhaid i’r gwerth fod rhwng")
        with pytest.raises(UnsupportedDateError, match=r"'end\[0\]'"):
            working_days_between(D(2000, 1, 1), days64(["1970-12-31"]))

    def test_answers_outside_the_range(self):
        """A count leaving 1971–2100 raises UnsupportedDateError naming the item and the count."""
        with pytest.raises(UnsupportedDateError, match=r"^100 working .* \(item 1\)\.$") as error:
            add_working_days(D(2100, 12, 1), np.array([1, 100]))
        assert error.value.cy.endswith("(eitem 1).")
        huge = np.array([[1, 2], [3, 10**18]])
        with pytest.raises(UnsupportedDateError, match=r"^1000000000000000000 .*\(item \(1, 1\)\)"):
            add_working_days(D(2000, 1, 1), huge)
        with pytest.raises(UnsupportedDateError, match=r"^-1 working days from 1971-01-01"):
            add_working_days(days64(["1971-01-01"]), -1)
        with pytest.raises(UnsupportedDateError):
            add_working_days(D(2000, 1, 1), np.array([2**64 - 1], dtype=np.uint64))

    @pytest.mark.parametrize(
        "days",
        [
            np.array([1, 2]),
            np.array(["2021-01-01"]),
            np.array([1.5]),
            np.array(["2021-01-01T12:00"], dtype="datetime64[m]"),
            np.array(["NaT"], dtype="datetime64[D]"),
            np.array([dt.datetime(2021, 1, 1, 9, 0)], dtype=object),
            np.array(["2021-01-01"], dtype=object),
        ],
    )
    def test_junk_dates(self, days):
        """Numbers, strings, times of day, NaT and junk objects raise InvalidDateError."""
        with pytest.raises(InvalidDateError) as error:
            add_working_days(days, 1)
        assert error.value.cy
        with pytest.raises(InvalidDateError):
            working_days_between(days, D(2021, 1, 1))

    @pytest.mark.parametrize(
        "counts",
        [
            np.array([1.0]),
            np.array([True]),
            np.array(["1"]),
            np.array([1, "1"], dtype=object),
            np.array([1, True], dtype=object),
        ],
    )
    def test_junk_counts(self, counts):
        """Floats, bools, strings and junk objects raise InvalidNumberError."""
        with pytest.raises(InvalidNumberError) as error:
            add_working_days(D(2021, 1, 4), counts)
        assert error.value.cy

    def test_junk_scalar_with_an_array(self):
        """A junk scalar beside an array is refused as the scalar function refuses it."""
        with pytest.raises(InvalidNumberError):
            add_working_days(days64(["2021-01-04"]), 1.5)
        with pytest.raises(InvalidDateError):
            add_working_days("2021-01-04", np.array([1]))

    def test_shapes_that_do_not_fit(self):
        """Arrays whose shapes cannot be broadcast together raise InvalidFieldError."""
        with pytest.raises(InvalidFieldError, match=r"'n' \(shape \(3,\)\) does not fit") as error:
            add_working_days(days64(["2021-01-04", "2021-01-05"]), np.array([1, 2, 3]))
        assert "siâp" in error.value.cy
        with pytest.raises(InvalidFieldError, match="'end'"):
            working_days_between(days64(["2021-01-04"] * 2), days64(["2021-01-04"] * 3))

    def test_without_numpy(self, monkeypatch):
        """An array-like without numpy installed raises MissingExtraError naming the extra."""

        class Column:
            ndim = 1

            def __array__(self):
                raise AssertionError  # never reached: numpy is missing

        monkeypatch.setitem(sys.modules, "numpy", None)
        with pytest.raises(MissingExtraError, match=r"carewales\[numpy\]"):
            add_working_days(Column(), 1)
        with pytest.raises(MissingExtraError, match=r"carewales\[numpy\]"):
            working_days_between(D(2021, 1, 4), Column())

    def test_numpy_scalars_stay_scalar(self):
        """numpy scalars and 0-d arrays take the scalar path, as before."""
        assert add_working_days(D(2021, 11, 13), np.int64(1)) == D(2021, 11, 15)
        with pytest.raises(InvalidDateError):
            add_working_days(np.datetime64("2021-11-13"), 1)
        with pytest.raises(InvalidDateError):
            add_working_days(np.array("2021-11-13", dtype="datetime64[D]"), 1)

    def test_custom_calendar_tables_are_kept(self):
        """A calendar's array tables are made once and reused."""
        calendar = WorkingCalendar("council", ENGLAND_AND_WALES.name, [D(2024, 12, 24)])
        first = add_working_days(days64(["2024-12-23"]), 1, calendar)
        arrays = calendar._tables().arrays
        assert add_working_days(days64(["2024-12-23"]), 1, calendar).tolist() == first.tolist()
        assert calendar._tables().arrays is arrays
        assert first.tolist() == [D(2024, 12, 27)]

    def test_numpy_scalar_dates_between(self):
        """A numpy date scalar is refused by working_days_between as by the scalar function."""
        with pytest.raises(InvalidDateError):
            working_days_between(np.datetime64("2021-11-13"), D(2021, 11, 15))

    def test_numpy_scalar_dates_beside_arrays(self):
        """Beside an array, a numpy date scalar is read as a date; out of range, refused."""
        ends = days64(["2021-11-15", "2021-11-16"])
        assert working_days_between(np.datetime64("2021-11-13", "D"), ends).tolist() == [1, 2]
        with pytest.raises(UnsupportedDateError, match=r"'start\[0\]' \(2101-01-01\)"):
            working_days_between(np.datetime64("2101-01-01", "D"), ends)
        with pytest.raises(InvalidDateError, match=r"'day\[0\]'"):
            add_working_days(np.datetime64("2021-11-13T10:00"), np.array([1]))

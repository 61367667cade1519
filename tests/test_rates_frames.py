"""Tests of RateTable.to_frame and RateTable.from_frame (the pandas extra)."""

from __future__ import annotations

import io
import math
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given

from carewales import errors
from carewales.rates import CSV_FIELDS, RateRow, RateTable, Suppressed, read_csv
from carewales.testing import _rates as strategies

TABLE = RateTable([RateRow("Powys", 140, 26_400), RateRow("Cardiff", 660, 66_400)])


class TestToFrame:
    """A table as a DataFrame."""

    def test_columns_and_values(self):
        """The columns are CSV_FIELDS; numbers are at full precision."""
        frame = TABLE.to_frame()
        assert tuple(frame.columns) == CSV_FIELDS
        assert frame["count"].tolist() == [140, 660]
        assert frame["value"].iloc[0] == TABLE.rate("Powys").value
        assert frame["authority_name"].tolist() == ["Powys", "Cardiff"]

    def test_suppressed(self):
        """A suppressed cell is its symbol, with NaN rates."""
        frame = RateTable([RateRow("Powys", "*", 10), RateRow("Conwy", 1, 10)]).to_frame()
        assert frame["count"].tolist() == ["*", 1]
        assert math.isnan(frame["value"].iloc[0])

    @given(strategies.rate_tables())
    def test_round_trip(self, table):
        """from_frame(to_frame()) gives the same table."""
        assert RateTable.from_frame(table.to_frame()) == table

    def test_missing_pandas(self, monkeypatch):
        """Without pandas, the error names the extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(errors.MissingExtraError, match=r"carewales\[pandas\]"):
            TABLE.to_frame()
        with pytest.raises(errors.MissingExtraError, match=r"RateTable\.from_frame"):
            RateTable.from_frame(object())


class TestFromFrame:
    """A table from an analyst's DataFrame."""

    def test_welsh_headings_and_numpy(self):
        """Welsh headings, numpy ints and whole floats (a column with gaps) are read."""
        frame = pd.DataFrame(
            {
                "Awdurdod lleol": ["Powys", "Caerdydd"],
                "Nifer": np.array([140, 660], dtype=np.int32),
                "Poblogaeth": [26_400.0, 66_400.0],
            }
        )
        assert RateTable.from_frame(frame) == TABLE

    def test_named_columns_and_options(self):
        """Columns may be named; options given override the frame's."""
        frame = TABLE.to_frame().rename(columns={"count": "children"})
        table = RateTable.from_frame(
            frame, count="children", per=1_000, confidence=0.9, method="exact", period="2021"
        )
        assert (table.per, table.confidence, table.method.value, table.period) == (
            1_000,
            0.9,
            "exact",
            "2021",
        )

    def test_options_from_columns_skip_gaps(self):
        """A gap in an option column is passed over; a column of gaps gives the default."""
        frame = TABLE.to_frame()
        frame["per"] = [None, 100]
        frame["confidence"] = [math.nan, math.nan]
        table = RateTable.from_frame(frame)
        assert (table.per, table.confidence) == (100, 0.95)

    @pytest.mark.parametrize("gap", [None, math.nan, pd.NA])
    def test_missing_cell(self, gap):
        """A missing count is refused, naming the row and column: a gap is not suppression."""
        frame = pd.DataFrame(
            {"authority": ["Powys", "Conwy"], "count": [1, gap], "population": [10, 10]},
            dtype=object,
        )
        with pytest.raises(errors.InvalidRateError, match="row 1, column 'count' is missing"):
            RateTable.from_frame(frame)

    def test_bad_cells(self):
        """A fractional count or an unknown authority is refused."""
        frame = pd.DataFrame({"authority": ["Powys"], "count": [1.5], "population": [10]})
        with pytest.raises(errors.InvalidRateError):
            RateTable.from_frame(frame)
        frame = pd.DataFrame({"authority": ["Atlantis"], "count": [1], "population": [10]})
        with pytest.raises(errors.UnknownAuthorityError):
            RateTable.from_frame(frame)

    def test_suppressed_symbols(self):
        """Symbols in a frame are suppressed cells."""
        frame = pd.DataFrame({"authority": ["Powys"], "count": ["[c]"], "population": [10]})
        assert RateTable.from_frame(frame).rows[0].count == Suppressed("[c]")

    def test_refused_frames(self):
        """Not a DataFrame, missing columns, or several periods are refused."""
        with pytest.raises(errors.InvalidRateError, match="must be a pandas DataFrame"):
            RateTable.from_frame([1, 2])
        with pytest.raises(errors.InvalidRateError, match="authority, count and population"):
            RateTable.from_frame(pd.DataFrame({"authority": ["Powys"]}))
        frame = TABLE.to_frame()
        frame["period"] = ["2020", "2021"]
        with pytest.raises(errors.InvalidRateError, match="2 periods"):
            RateTable.from_frame(frame)
        frame["period"] = ["2020", None]
        assert RateTable.from_frame(frame).period == "2020"


class TestFromFrameText:
    """Text cells (pandas.read_csv of a file with a suppressed cell) are read as read_csv does."""

    def test_read_csv_frame_with_a_suppressed_cell(self):
        """Whole numbers as text, with or without separators, and symbols are read."""
        text = 'authority,count,population\nPowys,*,"26,400"\nCardiff,660,66400\nConwy,[c],10\n'
        frame = pd.read_csv(io.StringIO(text))
        assert not pd.api.types.is_numeric_dtype(frame["count"])
        table = RateTable.from_frame(frame)
        assert table.rows == (
            RateRow("Powys", Suppressed("*"), 26_400),
            RateRow("Cardiff", 660, 66_400),
            RateRow("Conwy", Suppressed("[c]"), 10),
        )
        assert RateTable.from_frame(frame) == read_csv(io.StringIO(text)).table

    @pytest.mark.parametrize("cell", ["12.5", "-1", "lots", "1,2,3"])
    def test_bad_text_cells(self, cell):
        """Text that is not a whole number or a symbol is refused, naming the row and column."""
        frame = pd.DataFrame(
            {"authority": ["Powys", "Conwy"], "count": ["1", cell], "population": ["10", "10"]}
        )
        with pytest.raises(errors.InvalidRateError, match=r"^row 1, column 'count' \(") as caught:
            RateTable.from_frame(frame)
        assert "must be a whole number" in str(caught.value)

    def test_row_errors_name_the_row(self):
        """Errors RateRow raises name the row."""
        frame = pd.DataFrame(
            {"authority": ["Powys", "Atlantis"], "count": [1, 1], "population": [10, 10]}
        )
        with pytest.raises(errors.UnknownAuthorityError, match=r"^row 1: 'authority'"):
            RateTable.from_frame(frame)
        frame = pd.DataFrame({"authority": ["Powys"], "count": ["11"], "population": ["10"]})
        with pytest.raises(errors.InvalidRateError, match=r"^row 0: .*'count'.* must not be above"):
            RateTable.from_frame(frame)

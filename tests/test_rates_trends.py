"""Tests of trends across periods (carewales.rates.trends)."""

from __future__ import annotations

import io

import attrs
import pytest
from hypothesis import given

from carewales import errors
from carewales.rates import (
    Rate,
    RateChange,
    RateRow,
    RateTable,
    Suppressed,
    TrendTable,
    change,
    read_csv,
    trends,
)
from carewales.testing import _rates as strategies

EARLIER = RateTable(
    [RateRow("Powys", 53, 10_000), RateRow("Conwy", "*", 100), RateRow("Cardiff", 5, 100)],
    period="2020",
)
LATER = RateTable(
    [RateRow("Powys", 61, 10_000), RateRow("Conwy", 3, 100), RateRow("Newport", 1, 10)],
    period="2021",
)


class TestTrends:
    """Each authority's change between consecutive periods."""

    def test_changes(self):
        """A change, a suppressed cell, or None when an authority is in one period only."""
        steps = {p.name.en: s for p, (s,) in trends([EARLIER, LATER]).changes().items()}
        assert steps["Powys"] == change(Rate(53, 10_000), Rate(61, 10_000))
        assert steps["Conwy"] == Suppressed("*")
        assert steps["Cardiff"] is None
        assert steps["Newport"] is None
        later_suppressed = attrs.evolve(EARLIER, rows=[RateRow("Conwy", 1, 100)])
        [(step,)] = (
            trends([later_suppressed, LATER.__class__([RateRow("Conwy", "..", 5)])])
            .changes()
            .values()
        )
        assert step == Suppressed("..")

    def test_from_a_file_with_periods(self):
        """read_csv's tables of a period column give the trend."""
        text = "year,authority,count,population\n2020,Powys,53,10000\n2021,Powys,61,10000\n"
        trend = trends(read_csv(io.StringIO(text)).tables)
        [(step,)] = trend.changes().values()
        assert isinstance(step, RateChange)
        assert step.difference == 8.0

    def test_describe_and_render(self):
        """The trend describes and renders in both languages."""
        trend = trends([EARLIER, LATER])
        assert trend.describe() == (
            "Changes in rates per 10,000 across 2 periods (2020 to 2021) for 4 authorities"
        )
        assert trend.describe("cy") == (
            "Newidiadau mewn cyfraddau fesul 10,000 dros 2 gyfnod (2020 i 2021) ar gyfer 4 awdurdod"
        )
        text = trend.render(format="text")
        assert "W06000023  Powys      +8 (53 to 61)" in text
        assert "not in both periods" in text
        assert "No significance test is applied." in text
        welsh = trend.render("cy", dp=1)
        assert "| W06000023 | Powys | +8.0 (53.0 i 61.0) |" in welsh
        assert "| W06000003 | Conwy | * |" in welsh
        assert "| W06000022 | Casnewydd | – |" in welsh

    def test_falls_and_unnamed_periods(self):
        """A fall has its minus sign; a table without a period is numbered."""
        trend = trends([attrs.evolve(LATER, period=None), attrs.evolve(EARLIER, period=None)])
        assert [p.cy for p in trend.periods] == ["cyfnod 1", "cyfnod 2"]
        assert "-8 (61 to 53)" in trend.render()
        assert "| 0 (" not in trend.render()
        same = trends([EARLIER, EARLIER])
        assert "| 0 (53 to 53) |" in same.render()

    def test_one_authority(self):
        """One authority is 'authority', not 'authorities'."""
        one = RateTable([RateRow("Powys", 1, 10)])
        assert trends([one, one]).describe().endswith("for 1 authority")

    @pytest.mark.parametrize(
        ("tables", "match"),
        [
            ([EARLIER], "'tables'"),
            ([EARLIER, "x"], r"'tables\[1\]'"),
            ([EARLIER, attrs.evolve(LATER, per=1_000)], r"'tables\[1\]' \(per 1,000"),
            ([EARLIER, attrs.evolve(LATER, confidence=0.9)], "same multiplier and confidence"),
            ("ab", "'tables'"),
        ],
    )
    def test_refused(self, tables, match):
        """Fewer than two tables, non-tables, or incomparable tables are refused."""
        with pytest.raises(errors.InvalidRateError, match=match):
            trends(tables)

    @given(strategies.trend_tables())
    def test_every_step_is_consecutive(self, trend):
        """Each authority has one step per pair of consecutive periods, and render never fails."""
        for steps in trend.changes().values():
            assert len(steps) == len(trend.tables) - 1
        assert trend.render("cy", format="text")
        assert isinstance(trend, TrendTable)

"""Rates and rate tables through the shared JSON converter."""

from __future__ import annotations

from hypothesis import given

from carewales import from_json, to_json
from carewales import testing as cwst
from carewales.rates import Rate, RateRow, RateTable, Suppressed


class TestRatesJson:
    @given(cwst.rates())
    def test_rate_round_trip(self, item):
        """A rate round-trips through a JSON document."""
        assert from_json(to_json(item), Rate) == item

    @given(cwst.rate_rows())
    def test_row_round_trip(self, row):
        """A row round-trips, a suppressed cell stored as its symbol."""
        text = to_json(row)
        assert from_json(text, RateRow) == row
        if isinstance(row.count, Suppressed):
            assert f'"count": "{row.count.symbol}"' in text

    @given(cwst.rate_tables())
    def test_table_round_trip(self, table):
        """A whole table round-trips through JSON."""
        assert from_json(to_json(table), RateTable) == table

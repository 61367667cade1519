"""Tests of the carewales.rates models as models: validation of every field, API shape, JSON.

Also the rules that mutation testing of 0.1 showed untested: values exactly on a funnel
limit or a confidence limit, Byar's method with a small positive lower limit, summaries
with suppressed rows, and the multiplier and population checks of ``funnel_limits``.
"""

from __future__ import annotations

import io
import math
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import carewales
from carewales import errors, from_json, to_json
from carewales.rates import (
    Comparison,
    FunnelKind,
    FunnelLimits,
    FunnelSignificance,
    Rate,
    RateChange,
    RateMethod,
    RateRow,
    RateSummary,
    RateTable,
    RoundedRate,
    Suppressed,
    _stats,
    change,
    core,
    funnel,
    funnel_limits,
    proportion,
    rate,
    round_half_away,
    tables,
)
from carewales.testing import _rates as strategies
from carewales.text import Bilingual, Format


def examples() -> dict[type, object]:
    """One valid instance of every public model of carewales.rates."""
    table = tables._example()
    return {
        Rate: rate(90, 10_000),
        RoundedRate: rate(90, 10_000).rounded(1),
        RateChange: change(rate(90, 10_000), rate(110, 10_000)),
        FunnelLimits: funnel_limits(90, 2_000),
        Suppressed: Suppressed("*"),
        RateRow: RateRow("Powys", 10, 100),
        RateSummary: table.summary(),
        RateTable: table,
    }


class TestModels:
    """Every public model is covered, immutable and round-trips."""

    def test_suppressed_document_is_its_symbol(self):
        """A suppressed cell's own document holds its symbol, and junk there is refused."""
        text = to_json(Suppressed("[c]"))
        assert text == '{"schema_version": 1, "symbol": "[c]"}'
        with pytest.raises(errors.DocumentError):
            from_json('{"schema_version": 1, "symbol": 5}', Suppressed)


class TestNumbers:
    """Any integral number is a whole number; bools, NaN and non-numbers are not."""

    def test_numpy_and_pandas_integers(self):
        """numpy and pandas integers are accepted and stored as int."""
        np = pytest.importorskip("numpy")
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame({"count": [630], "population": [70_000]})
        result = rate(frame["count"][0], frame["population"].iloc[0], per=np.int64(10_000))
        assert result == rate(630, 70_000)
        assert type(result.count) is int
        assert type(result.population) is int
        assert type(result.per) is int
        row = RateRow("Powys", np.int32(5), np.uint64(100))
        assert (type(row.count), type(row.population)) == (int, int)
        limits = FunnelLimits(np.float64(90.0), np.int64(2_000), per=np.int16(10_000))
        assert limits == funnel_limits(90, 2_000)
        assert type(limits.population) is int
        assert type(limits.target) is float
        summary = attrs.evolve(tables._example().summary(), authorities=np.int64(3))
        assert type(summary.authorities) is int

    def test_other_real_confidences(self):
        """A confidence level may be any finite real number, stored as a float."""
        for level in (Decimal("0.95"), Fraction(19, 20)):
            result = rate(90, 10_000, confidence=level)  # type: ignore[arg-type]
            assert type(result.confidence) is float
            assert result == rate(90, 10_000)

    @pytest.mark.parametrize("value", [True, False, math.nan, 5.0, Decimal(5), Fraction(5)])
    def test_refused_counts(self, value):
        """Bools, NaN and non-integral numbers are not counts."""
        with pytest.raises(errors.InvalidRateError):
            rate(value, 10_000)

    def test_refused_numpy_and_pandas_values(self):
        """numpy bools and floats, and pandas' NA, are not counts."""
        np = pytest.importorskip("numpy")
        pd = pytest.importorskip("pandas")
        for value in (pd.NA, np.bool_(True), np.float64(5.0)):
            with pytest.raises(errors.InvalidRateError):
                rate(value, 10_000)

    def test_suppressed_population_has_no_rate(self):
        """A Rate of a suppressed population is refused with the suppression error."""
        with pytest.raises(errors.SuppressedValueError, match="suppressed cell has no rate"):
            Rate(1, Suppressed("[x]"))  # type: ignore[arg-type]

    def test_old_import_path_of_errors(self):
        """The errors moved to carewales.errors, and are still importable from carewales.rates."""
        assert carewales.rates.InvalidRateError is errors.InvalidRateError
        assert carewales.rates.SuppressedValueError is errors.SuppressedValueError
        assert "InvalidRateError" not in carewales.rates.__all__


class TestCrossFieldRules:
    """Rules that tie fields together."""

    def test_rounded_limits_contain_value(self):
        """A rounded rate's limits must contain its value."""
        good = rate(90, 10_000).rounded()
        with pytest.raises(errors.InvalidRateError, match="'lower'"):
            attrs.evolve(good, lower=Decimal(100))
        with pytest.raises(errors.InvalidRateError, match="'upper'"):
            attrs.evolve(good, upper=Decimal(80))
        with pytest.raises(errors.InvalidRateError):
            attrs.evolve(good, value=Decimal("NaN"))

    def test_row_count_above_population(self):
        """A row's count may not be above its population, unless one is suppressed."""
        with pytest.raises(errors.InvalidRateError, match="RateRow: 'count' \\(11\\) must not"):
            RateRow("Powys", 11, 10)
        assert RateRow("Powys", 11, "*").suppressed == Suppressed("*")

    def test_row_cells(self):
        """A row's cells are whole numbers or suppression symbols, in any case."""
        assert RateRow("Powys", " [C] ", 10).count == Suppressed("[c]")
        with pytest.raises(errors.InvalidRateError, match="suppression symbol"):
            RateRow("Powys", "12", 10)
        with pytest.raises(errors.InvalidRateError):
            RateRow("Powys", 0, 0)

    def test_table_rows(self):
        """Rows may come from any iterable, and a table holds at most the 22 authorities."""
        rows = [RateRow(a, 1, 10) for a in carewales.all_authorities()]
        assert RateTable(iter(rows)).rows == tuple(rows)
        with pytest.raises(errors.InvalidRateError):
            RateTable({"Powys": 1})  # type: ignore[arg-type]
        with pytest.raises(errors.InvalidRateError, match="1 to 22 items"):
            RateTable([*rows, rows[0]])
        with pytest.raises(errors.InvalidRateError, match=r"'rows'\[2\] repeats"):
            RateTable([*rows[:2], rows[0]])

    @pytest.mark.parametrize("period", ["", "   ", "x" * 201, 2020])
    def test_table_period(self, period):
        """A period is a non-blank label of at most 200 characters, never TypeError."""
        with pytest.raises(errors.InvalidTextError):
            RateTable([RateRow("Powys", 1, 10)], period=period)  # type: ignore[arg-type]

    def test_summary_rules(self):
        """A summary's figures must fit together."""
        good = tables._example().summary()
        low, high = good.minimum, good.maximum
        cases = [
            ({"suppressed": 4}, "'suppressed'"),
            ({"suppressed": 1}, "'national'"),
            ({"national": None}, "'national'"),
            ({"maximum": attrs.evolve(high, per=1_000)}, "'maximum'"),
            ({"national": attrs.evolve(low, confidence=0.9)}, "'national'"),
            ({"minimum": high, "maximum": low}, "'minimum'"),
            ({"mean_of_rates": 1.0}, "'mean_of_rates'"),
            ({"mean_of_rates": 200.0}, "'mean_of_rates'"),
            ({"authorities": 23}, "'authorities'"),
        ]
        for change_, field in cases:
            with pytest.raises(errors.InvalidRateError, match=field):
                attrs.evolve(good, **change_)
        suppressed = attrs.evolve(good, suppressed=1, national=None)
        assert suppressed.national is None

    def test_funnel_target_rules(self):
        """A funnel's target is above 0 for rates and never above the multiplier."""
        with pytest.raises(errors.InvalidRateError, match="above 0"):
            funnel_limits(0, 100)
        with pytest.raises(errors.InvalidRateError, match="from 0 to 100"):
            funnel_limits(101, 100, per=100)
        assert funnel_limits(0, 100, per=100, kind="proportion").upper_998 == 0.0
        assert funnel_limits(100, 100, per=100, kind=" Proportion ").lower_998 == 100.0


class TestMutationSurvivors:
    """Rules that a mutated 0.1 survived (tests-mutation-53d4a0f.md, items 2-8 and 15)."""

    @pytest.mark.parametrize("kind", ["rate", "proportion"])
    def test_value_exactly_on_a_funnel_limit_is_within_it(self, kind):
        """A value exactly on a control limit is within that limit (phe_funnel_significance)."""
        limits = funnel_limits(60, 2_000, per=100, kind=kind)
        assert limits.classify(limits.upper_998) is FunnelSignificance.HIGH_95
        assert limits.classify(limits.upper_95) is FunnelSignificance.WITHIN
        assert limits.classify(limits.lower_998) is FunnelSignificance.LOW_95
        assert limits.classify(limits.lower_95) is FunnelSignificance.WITHIN
        assert limits.classify(math.nextafter(limits.upper_998, math.inf)) is (
            FunnelSignificance.HIGH_998
        )
        assert limits.classify(math.nextafter(limits.lower_998, 0)) is FunnelSignificance.LOW_998

    @given(strategies.rate_tables(suppressed=False))
    def test_target_exactly_on_a_confidence_limit(self, table):
        """A target exactly on an authority's confidence limit is inside its interval."""
        for place, item in table.rates.items():
            assert isinstance(item, Rate)
            for target in (item.lower, item.upper):
                assert table.comparisons(target)[place] is Comparison.SIMILAR
            above = math.nextafter(item.upper, math.inf)
            assert table.comparisons(above)[place] is Comparison.LOWER
            if item.lower > 0:
                below = math.nextafter(item.lower, 0)
                assert table.comparisons(below)[place] is Comparison.HIGHER

    def test_small_expected_counts_in_funnel_limits(self):
        """At 3.8 to 4.5 expected events the 95% lower limit is small and above 0 (mpmath)."""
        for expected, lower in ((3.8, 0.05327308081701859), (4.5, 0.40743079466714136)):
            limits = funnel_limits(expected, 10_000)  # expected events: target * 10,000 / 10,000
            assert limits.lower_95 == pytest.approx(lower, rel=1e-9)
            assert limits.lower_998 == 0.0

    def test_byar_with_a_small_positive_lower_limit(self):
        """Byar's method is used where its lower limit is positive, however small."""
        result = rate(1, 1_000, method="byar")
        z = _stats.two_sided_z(0.95)
        expected = (1 - 1 / 9 - z / 3) ** 3  # x (1 - 1/(9x) - z/(3 sqrt x))^3 at x = 1
        assert 0.0 < expected < 1.0
        assert result.method is RateMethod.BYAR
        assert result.lower == pytest.approx(expected * 10, rel=1e-12)

    def test_summary_with_suppressed_rows(self):
        """A summary with suppressed rows counts only the published ones in its mean."""
        table = RateTable(
            [RateRow("Powys", "*", 100), RateRow("Newport", 10, 1_000), RateRow("Conwy", 5, 1_000)]
        )
        summary = table.summary()
        assert (summary.authorities, summary.suppressed) == (3, 1)
        assert "mean of the 2 authorities' rates 75." in summary.describe()
        assert "cymedr cyfraddau’r 2 awdurdod 75." in summary.describe("cy")

    def test_is_percentage_false(self):
        """A rate per 10,000 is not a percentage; a proportion is."""
        assert rate(1, 2).is_percentage is False
        assert proportion(1, 2).is_percentage is True

    @pytest.mark.parametrize(
        ("target", "population", "per"), [(90, 1_000, 7), (90, 0, 10_000), (90, -5, 10_000)]
    )
    def test_funnel_limits_refuse_bad_multiplier_and_population(self, target, population, per):
        """funnel_limits refuses a multiplier of 7 and a population of 0."""
        with pytest.raises(errors.InvalidRateError):
            funnel_limits(target, population, per=per)

    @pytest.mark.parametrize("junk", [object(), None, 90, Suppressed("*")], ids=repr)
    def test_rate_change_types(self, junk):
        """Both sides of a change must be rates."""
        good = rate(90, 10_000)
        with pytest.raises(errors.InvalidFieldError, match="'after'"):
            RateChange(good, junk)  # type: ignore[arg-type]
        with pytest.raises(errors.InvalidFieldError, match="'before'"):
            RateChange(junk, good)  # type: ignore[arg-type]


class TestApiShape:
    """One shape: str(), label, describe() one line, render(lang, *, format)."""

    def test_str_of_a_rate(self):
        """str() of a rate reads as official releases write it."""
        assert str(rate(630, 70_000)) == "90 per 10,000 (95% CI 83 to 97)"
        assert str(rate(630, 70_000).rounded(1)) == "90.0 per 10,000 (95% CI 83.1 to 97.3)"
        assert str(proportion(5, 163)) == "3% (95% CI 1% to 7%)"

    def test_labels_are_bilingual_properties(self):
        """label is a Bilingual property on rates, rounded rates and suppressed cells."""
        result = rate(630, 70_000)
        assert result.label == Bilingual(
            "90 per 10,000 (95% CI 83 to 97)", "90 fesul 10,000 (cyfwng hyder 95%: 83 i 97)"
        )
        assert result.rounded().label == result.label
        assert Suppressed("..").label.en == "Not available"
        assert Suppressed("..").describe() == ".. (Not available)"

    @given(strategies.rates(), st.sampled_from(["en", "cy"]), st.integers(0, 3))
    def test_describe_is_one_line(self, item, lang, dp):
        """describe() gives one line of text in either language."""
        text = item.describe(lang, dp)
        assert isinstance(text, str)
        assert "\n" not in text
        assert text == item.description(dp).in_(lang)

    def test_change_describe(self):
        """A change describes both rates in one line, in either language."""
        result = change(rate(90, 10_000), rate(110, 10_000))
        assert result.describe() == (
            "90 per 10,000 (95% CI 72 to 111) to 110 per 10,000 (95% CI 90 to 133)"
        )
        assert " i 110 fesul 10,000" in result.describe("cy", dp=0)

    def test_render_formats(self):
        """A table renders as Markdown by default, or as plain text; formats may be strings."""
        table = tables._example()
        markdown = table.render()
        assert (
            markdown
            == table.render("en", format=Format.MARKDOWN)
            == table.render(format=" Markdown ")
        )
        assert "| W06000022 | Newport | 504 | 30,400 | 166 | 152 | 181 | 1 | higher |" in markdown
        text = table.render("cy", format="text", dp=1)
        assert text.startswith("Cyfraddau fesul 10,000, gyda therfynau hyder 95%")
        assert "W06000022  Casnewydd  504    30,400      165.8" in text
        assert "\n\nY 3 awdurdod (cyfun): " in text

    def test_render_with_target_and_suppression(self):
        """Suppressed cells wait for a target before they are compared."""
        table = RateTable([RateRow("Powys", "*", 100), RateRow("Newport", 10, 1_000)])
        assert "Not compared" in table.render(format="text")
        compared = table.render(format="text", target=Decimal(90))
        assert "Not compared" not in compared
        assert "similar" in compared

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            ({"format": "csv"}, errors.InvalidChoiceError),
            ({"format": 3}, errors.InvalidChoiceError),
            ({"target": "90"}, errors.InvalidRateError),
            ({"dp": -1}, errors.InvalidRateError),
            ({"lang": "fr"}, errors.UnknownLanguageError),
        ],
    )
    def test_render_refuses(self, kwargs, error):
        """Bad options to render raise the library's errors."""
        with pytest.raises(error):
            tables._example().render(**kwargs)

    def test_render_without_a_published_rate(self):
        """A table with every cell suppressed renders, saying why nothing is summarised."""
        text = RateTable([RateRow("Powys", "*", 100)]).render()
        assert "No authority's rate is published" in text

    def test_funnel_refuses_non_iterables(self):
        """funnel() needs an iterable of populations."""
        with pytest.raises(errors.InvalidRateError, match="populations"):
            funnel(90, 1_000)  # type: ignore[arg-type]
        with pytest.raises(errors.InvalidRateError, match="populations"):
            funnel(90, "1000")  # type: ignore[arg-type]

    def test_round_half_away_checks_decimals(self):
        """Decimal values are rounded exactly, and non-finite ones refused."""
        assert round_half_away(Decimal("2.5")) == 3
        with pytest.raises(errors.InvalidRateError):
            round_half_away(Decimal("sNaN"))

    def test_enum_fields_hold_members(self):
        """Method and kind fields hold members; their values are turned into members."""
        assert rate(9, 100, method=" EXACT ").method is RateMethod.EXACT
        assert funnel_limits(5, 10, kind="rate").kind is FunnelKind.RATE
        with pytest.raises(errors.InvalidRateError, match="RateMethod"):
            Rate(9, 100, method="poisson")
        assert core.to_member(RateMethod, 3) == 3

    def test_parse_and_lookup_refusals(self):
        """An unknown method, or a lookup key that is not a code or name, is refused."""
        with pytest.raises(errors.InvalidRateError, match="'method'"):
            RateMethod.parse(3)
        with pytest.raises(errors.InvalidRateError, match="'method'"):
            RateTable.from_csv(io.StringIO("authority,count,population\nPowys,1,10"), method="x")
        with pytest.raises(errors.UnknownAuthorityError, match="'authority'"):
            tables._example().rate(7)  # type: ignore[arg-type]

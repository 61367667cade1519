"""Tests of carewales.rates: rates, limits, rounding, tables, comparisons and funnels.

Reference cases come from the PHEindicatormethods package (UKHSA), the R package
whose ``phe_rate`` and ``phe_proportion`` the library follows:

* repository ``ukhsa-collaboration/PHEindicatormethods``, file
  ``inst/doc/PHEindicatormethodsIntroVignette.html`` (commit b0fa919d, the
  package's introductory vignette of 25 April 2018, v1.0.0): the printed output
  of ``phe_rate(df, obs, pop)`` (95%, per 100,000), ``phe_rate(df, obs, pop,
  confidence = 99.8, multiplier = 100)``, ``phe_proportion(df, obs, pop,
  percentage = TRUE)`` and the same at 99.8%.  R prints these to at least 7
  significant figures, so they are matched to half a unit in the last printed
  place (the published precision).  The same rows computed with SciPy 1.17
  (``chi2.ppf``, ``norm.ppf``; stored below, labelled SciPy-computed) are matched
  to 1e-9 relative.
* ``tests/testthat/testdata_funnel_prop_inputs.csv`` (commit 3352ce5d): areas'
  numerators, denominators and their published ``phe_funnel_significance``
  class around the published baseline of 80.642448%.
"""

from __future__ import annotations

import io
import json
import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import carewales
from carewales import rates
from carewales.rates import (
    Comparison,
    FunnelLimits,
    FunnelSignificance,
    InvalidRateError,
    Rate,
    RateChange,
    RateMethod,
    RateRow,
    RateTable,
    Suppressed,
    SuppressedValueError,
)
from carewales.testing import _rates as strategies

# (count, denominator, confidence, multiplier, published lower, published upper): phe_rate.
PUBLISHED_RATES = [
    (87, 131, 0.95, 100_000, "53191.89721", "81920.133"),
    (1, 164, 0.95, 100_000, "15.43769", "3397.344"),
    (44, 134, 0.95, 100_000, "23856.24577", "44081.622"),
    (13, 109, 0.95, 100_000, "6344.25775", "20396.080"),
    (83, 131, 0.95, 100_000, "50463.30549", "78543.665"),
    (7, 139, 0.95, 100_000, "2024.72162", "10376.025"),
    (43, 137, 0.95, 100_000, "22712.53344", "42278.943"),
    (5, 163, 0.95, 100_000, "996.00392", "7158.486"),
    (87, 131, 0.998, 100, "4.654873e+01", "91.51034"),
    (1, 164, 0.998, 100, "6.100612e-04", "5.63013"),
    (44, 134, 0.998, 100, "1.961417e+01", "51.21896"),
    (13, 109, 0.998, 100, "4.192660e+00", "26.14598"),
    (83, 131, 0.998, 100, "4.400613e+01", "87.94878"),
    (7, 139, 0.998, 100, "1.093767e+00", "14.11955"),
    (43, 137, 0.998, 100, "1.862510e+01", "49.19876"),
    (5, 163, 0.998, 100, "4.536023e-01", "10.09494"),
]

# (numerator, denominator, confidence, published lower %, published upper %): phe_proportion.
PUBLISHED_PROPORTIONS = [
    (87, 131, 0.95, "57.9592491", "73.930053"),
    (1, 164, 0.95, "0.1077181", "3.372625"),
    (44, 134, 0.95, "25.4598570", "41.168471"),
    (13, 109, 0.95, "7.1039739", "19.341500"),
    (83, 131, 0.95, "54.8367919", "71.119617"),
    (7, 139, 0.95, "2.4605552", "10.029837"),
    (43, 137, 0.95, "24.2136529", "39.575419"),
    (5, 163, 0.95, "1.3172190", "6.978956"),
    (87, 131, 0.998, "52.93576135", "77.658434"),
    (1, 164, 0.998, "0.05322047", "6.601672"),
    (44, 134, 0.998, "21.81147658", "46.143836"),
    (13, 109, 0.998, "5.29712429", "24.689949"),
    (83, 131, 0.998, "49.85908973", "75.043163"),
    (7, 139, 0.998, "1.67360401", "14.179381"),
    (43, 137, 0.998, "20.69168113", "44.507799"),
    (5, 163, 0.998, "0.84801369", "10.481797"),
]

# SciPy-computed: the same rows, full precision, by phe_rate's own formulas.
SCIPY_RATES = [
    (87, 131, 0.95, 100_000, 53191.89720799514, 81920.13340285265),
    (1, 164, 0.95, 100_000, 15.437687795298718, 3397.343531060304),
    (44, 134, 0.95, 100_000, 23856.245774195097, 44081.62218778969),
    (13, 109, 0.95, 100_000, 6344.257747395064, 20396.079825184337),
    (83, 131, 0.95, 100_000, 50463.30549337383, 78543.66530628913),
    (7, 139, 0.95, 100_000, 2024.7216197984656, 10376.025440073652),
    (43, 137, 0.95, 100_000, 22712.53343724513, 42278.9427191563),
    (5, 163, 0.95, 100_000, 996.0039203180497, 7158.485938234767),
    (87, 131, 0.998, 100, 46.548729146585664, 91.51034240635539),
    (1, 164, 0.998, 100, 0.0006100611790143504, 5.630130168568039),
    (44, 134, 0.998, 100, 19.614171500138298, 51.218958015748186),
    (13, 109, 0.998, 100, 4.192660166861226, 26.14597754430672),
    (83, 131, 0.998, 100, 44.00613058036197, 87.94877706086417),
    (7, 139, 0.998, 100, 1.093767093812093, 14.11955208301024),
    (43, 137, 0.998, 100, 18.62509747635955, 49.19876356619965),
    (5, 163, 0.998, 100, 0.45360228952014275, 10.094935707779205),
]

# SciPy-computed Wilson limits, in per cent.
SCIPY_PROPORTIONS = [
    (87, 131, 0.95, 57.95924913457884, 73.93005284722439),
    (1, 164, 0.95, 0.10771813904626609, 3.3726250739703616),
    (44, 134, 0.95, 25.459856993596485, 41.16847065647767),
    (13, 109, 0.95, 7.103973893221356, 19.341500254815326),
    (83, 131, 0.95, 54.836791871548826, 71.11961671829101),
    (7, 139, 0.95, 2.460555225993026, 10.029837246888487),
    (43, 137, 0.95, 24.213652873085827, 39.57541859277542),
    (5, 163, 0.95, 1.3172190016443142, 6.978955653343361),
    (87, 131, 0.998, 52.93576135311905, 77.65843434022104),
    (1, 164, 0.998, 0.053220472466455185, 6.601672413932899),
    (44, 134, 0.998, 21.81147658262723, 46.14383600425239),
    (13, 109, 0.998, 5.29712428839983, 24.689948621122372),
    (83, 131, 0.998, 49.85908972582354, 75.04316258270909),
    (7, 139, 0.998, 1.6736040077423326, 14.179381054882043),
    (43, 137, 0.998, 20.691681133585117, 44.50779919620278),
    (5, 163, 0.998, 0.8480136946630202, 10.481796974537188),
]

# PHEindicatormethods testdata_funnel_prop_inputs.csv: (numerator, denominator, published class).
PUBLISHED_FUNNEL_CLASSES = [
    (35078.488, 41980, "High (0.001)"),  # New Forest PCT
    (24803.6256, 31824, "Low (0.001)"),  # Norwich PCT
    (50050.7443, 61921, "Not significant"),  # South Gloucestershire PCT
    (24648.7596, 30521, "Not significant"),  # Central Derby PCT
    (31759.385, 39350, "Not significant"),  # North East Lincolnshire PCT
    (29561.6517, 36627, "Not significant"),  # Blackburn with Darwen PCT
    (18550.7595, 22905, "Not significant"),  # Hertsmere PCT
    (26789.238, 33012, "High (0.025)"),  # West Norfolk PCT
    (36850.0492, 45449, "High (0.025)"),  # North Tees PCT
    (34502.0685, 42485, "High (0.025)"),  # Mid-Hampshire PCT
    (23910.2469, 29457, "High (0.025)"),  # Sheffield West PCT
    (30277.5312, 37828, "Low (0.025)"),  # North Devon PCT
    (24866.916, 30929, "Not significant"),  # Exeter PCT
    (21139.2936, 25992, "High (0.025)"),  # East Devon PCT
    (20759.65, 25750, "Not significant"),  # Mid Devon PCT
    (14493.3552, 17964, "Not significant"),  # Heywood and Middleton PCT
    (18986.0, 22000, "High (0.001)"),  # Mansfield District PCT
    (18365.4621, 29277, "Low (0.001)"),  # Bradford City PCT
    (31573.5024, 39212, "Not significant"),  # Wokingham PCT
    (17321.4088, 21587, "Not significant"),  # Hartlepool PCT
    (15990.2792, 18602, "High (0.001)"),  # Eden Valley PCT
    (15808.1975, 20597, "Low (0.001)"),  # Harlow PCT
    (18504.9982, 22739, "High (0.025)"),  # North Norfolk PCT
    (29709.0543, 36583, "High (0.025)"),  # South Tyneside PCT
    (28537.4507, 35201, "High (0.025)"),  # Witham, Braintree and Halstead Care Trust
]
PHE_CLASSES = {
    "High (0.001)": FunnelSignificance.HIGH_998,
    "High (0.025)": FunnelSignificance.HIGH_95,
    "Not significant": FunnelSignificance.WITHIN,
    "Low (0.025)": FunnelSignificance.LOW_95,
    "Low (0.001)": FunnelSignificance.LOW_998,
}

JUNK = [None, "", "€", "😴", "5", b"5", 1.0, 5.5, math.nan, math.inf, -math.inf, True, [], 10**400]


def published_tolerance(text: str) -> float:
    """Half a unit in the last printed place of *text*."""
    exponent = Decimal(text).as_tuple().exponent
    assert isinstance(exponent, int)
    return 0.5 * 10.0**exponent * (1 + 1e-9)


def csv_table(text: str, **kwargs):
    return RateTable.from_csv(io.StringIO(text), **kwargs)


def converter() -> cattrs.Converter:
    """A converter with the hooks the shared one will need: authorities by code, cells by symbol."""
    conv = cattrs.Converter()
    conv.register_unstructure_hook(carewales.Authority, lambda a: a.code)
    conv.register_structure_hook(carewales.Authority, lambda v, _: carewales.authority(v))
    conv.register_unstructure_hook(Suppressed, lambda s: s.symbol)
    conv.register_structure_hook(
        int | Suppressed, lambda v, _: Suppressed(v) if isinstance(v, str) else v
    )
    return conv


class TestReferenceCases:
    """Published PHEindicatormethods outputs, and the same rows computed with SciPy."""

    @pytest.mark.parametrize("row", PUBLISHED_RATES)
    def test_published_rates(self, row):
        """phe_rate's printed limits are matched to the precision printed."""
        count, n, confidence, per, lower, upper = row
        result = rates.rate(count, n, per=per, confidence=confidence)
        assert result.lower == pytest.approx(float(lower), abs=published_tolerance(lower))
        assert result.upper == pytest.approx(float(upper), abs=published_tolerance(upper))
        assert result.method is (RateMethod.EXACT if count < 10 else RateMethod.BYAR)

    @pytest.mark.parametrize(("count", "n", "confidence", "lower", "upper"), PUBLISHED_PROPORTIONS)
    def test_published_proportions(self, count, n, confidence, lower, upper):
        """phe_proportion's printed percentages are matched to the precision printed."""
        result = rates.proportion(count, n, confidence=confidence)
        assert result.lower == pytest.approx(float(lower), abs=published_tolerance(lower))
        assert result.upper == pytest.approx(float(upper), abs=published_tolerance(upper))

    @pytest.mark.parametrize("row", SCIPY_RATES)
    def test_scipy_rates(self, row):
        """The rate limits match SciPy's computation to 1e-9 relative."""
        count, n, confidence, per, lower, upper = row
        result = rates.rate(count, n, per=per, confidence=confidence)
        assert result.lower == pytest.approx(lower, rel=1e-9)
        assert result.upper == pytest.approx(upper, rel=1e-9)

    @pytest.mark.parametrize(("count", "n", "confidence", "lower", "upper"), SCIPY_PROPORTIONS)
    def test_scipy_proportions(self, count, n, confidence, lower, upper):
        """The Wilson limits match SciPy's computation to 1e-9 relative."""
        result = rates.proportion(count, n, confidence=confidence)
        assert result.lower == pytest.approx(lower, rel=1e-9)
        assert result.upper == pytest.approx(upper, rel=1e-9)

    @pytest.mark.parametrize(("numerator", "n", "published"), PUBLISHED_FUNNEL_CLASSES)
    def test_published_funnel_classes(self, numerator, n, published):
        """Proportions are classed against funnel limits as phe_funnel_significance classed them."""
        limits = FunnelLimits(80.642448, n, per=100, kind="proportion")
        assert limits.classify(numerator / n * 100) is PHE_CLASSES[published]


class TestRateRules:
    """Properties every rate has."""

    @given(strategies.rates())
    def test_interval_contains_value(self, item):
        """The confidence interval contains the rate, and its lower limit is not negative."""
        assert 0.0 <= item.lower <= item.value <= item.upper

    @given(strategies.rates())
    def test_value_is_exact(self, item):
        """The value is the correctly rounded count over population times multiplier."""
        assert item.value == float(item.exact_value)
        assert item.method is not RateMethod.PHE

    @given(
        strategies.populations(10, 10**6).flatmap(
            lambda n: st.tuples(st.integers(10, n), st.just(n))
        ),
        st.sampled_from(["phe", "exact", "byar", "wilson"]),
        st.floats(0.5, 0.99),
        st.floats(0.001, 0.009),
    )
    def test_widens_as_confidence_rises(self, pair, method, low, step):
        """A higher confidence level gives a wider interval."""
        count, n = pair
        narrow = Rate(count, n, confidence=low, method=method)
        wide = Rate(count, n, confidence=low + step, method=method)
        assert wide.lower <= narrow.lower
        assert wide.upper >= narrow.upper

    @given(
        strategies.populations(1, 10**5).flatmap(
            lambda n: st.tuples(st.integers(0, n), st.just(n))
        ),
        st.integers(2, 50),
        st.sampled_from(["phe", "exact", "wilson"]),
        strategies.confidences(),
    )
    def test_narrows_as_population_grows(self, pair, factor, method, confidence):
        """At the same rate, a larger population gives a narrower interval."""
        count, n = pair
        small = Rate(count, n, confidence=confidence, method=method)
        large = Rate(count * factor, n * factor, confidence=confidence, method=method)
        assert large.upper - large.lower <= small.upper - small.lower

    @given(strategies.rates(), strategies.multipliers())
    def test_value_scales_with_multiplier(self, item, per):
        """Changing the multiplier scales the value exactly."""
        other = attrs.evolve(item, per=per)
        assert other.exact_value * item.per == item.exact_value * per

    @given(strategies.rates())
    def test_round_trip(self, item):
        """A rate survives unstructuring and structuring, through JSON text too."""
        conv = converter()
        assert conv.structure(conv.unstructure(item), Rate) == item
        assert conv.structure(json.loads(json.dumps(conv.unstructure(item))), Rate) == item

    def test_count_zero_exact(self):
        """A count of 0 has a lower limit of 0 and the exact upper limit."""
        result = rates.rate(0, 1_000, per=1_000)
        assert (result.value, result.lower) == (0.0, 0.0)
        assert result.upper == pytest.approx(3.6888794541139354, rel=1e-12)

    def test_method_is_recorded(self):
        """The phe method is recorded as exact below 10 and Byar's from 10."""
        assert rates.rate(9, 100).method is RateMethod.EXACT
        assert rates.rate(10, 100).method is RateMethod.BYAR
        assert rates.rate(10, 100, method="exact").method is RateMethod.EXACT
        assert rates.proportion(1, 2).is_percentage

    def test_byar_refuses_where_it_fails(self):
        """Byar's method is refused for a count of 0 or where its lower limit is negative."""
        with pytest.raises(InvalidRateError, match="count' of 0"):
            rates.rate(0, 100, method="byar")
        with pytest.raises(InvalidRateError, match="negative"):
            rates.rate(1, 100, confidence=0.998, method="byar")

    def test_suppressed_cell_has_no_rate(self):
        """A Rate of a suppressed cell is refused with the suppression error."""
        with pytest.raises(SuppressedValueError):
            Rate(Suppressed("*"), 100)  # type: ignore[arg-type]

    @given(strategies.rates(method="exact"))
    def test_strategy_honours_method(self, item):
        """The rates strategy draws the method it is asked for."""
        assert item.method is RateMethod.EXACT

    def test_validator_repr(self):
        """The count's validator says what it accepts."""
        validator = attrs.fields(Rate).count.validator
        assert (
            "<check: must be a whole number (an int) of at least 0 and at most 1,000,000,000"
            in (repr(validator))
        )

    def test_enum_parse_accepts_members(self):
        """The method parser accepts members and their values."""
        assert RateMethod.parse(RateMethod.BYAR) is RateMethod.BYAR
        assert RateMethod.parse(" Exact ") is RateMethod.EXACT


class TestJunk:
    """Bad input raises the library's error, never a wrong number."""

    @pytest.mark.parametrize("value", [*JUNK, -1, 10**12])
    def test_counts(self, value):
        """A count that is not a whole number from 0 to the maximum is refused."""
        with pytest.raises(carewales.CareWalesError):
            rates.rate(value, 10**9)

    @pytest.mark.parametrize("value", [*JUNK, 0, -5, 10**12])
    def test_populations(self, value):
        """A population that is not a whole number from 1 to the maximum is refused."""
        with pytest.raises(carewales.CareWalesError):
            rates.rate(0, value)

    @pytest.mark.parametrize("value", [*JUNK, 0, 1, 95, -0.5, 0.0, 1.0, Decimal("NaN")])
    def test_confidences(self, value):
        """A confidence level not strictly between 0 and 1 is refused."""
        with pytest.raises(InvalidRateError):
            rates.rate(5, 100, confidence=value)

    def test_percentage_confidence_hint(self):
        """A confidence given as a percentage is refused with a hint."""
        with pytest.raises(InvalidRateError, match=r"give 0\.95"):
            rates.rate(5, 100, confidence=95)

    @pytest.mark.parametrize("value", [*JUNK, 50, 10_000.0, "10000"])
    def test_multipliers(self, value):
        """A multiplier not in the allowed list is refused."""
        with pytest.raises(InvalidRateError):
            rates.rate(5, 100, per=value)

    @pytest.mark.parametrize("value", [*JUNK, "poisson", 3])
    def test_methods(self, value):
        """An unknown method is refused."""
        with pytest.raises(InvalidRateError):
            rates.rate(5, 100, method=value)

    def test_count_above_population(self):
        """A count above the population is refused."""
        with pytest.raises(InvalidRateError, match="must not be above"):
            rates.proportion(11, 10)

    def test_huge_int_message(self):
        """A huge integer is described by its size, not printed."""
        with pytest.raises(InvalidRateError, match="bits"):
            rates.rate(10**5000, 10)

    @given(st.one_of(st.none(), st.text(), st.floats(), st.booleans(), st.binary()))
    def test_fuzzed_counts(self, value):
        """Arbitrary non-int counts are refused with the library's error."""
        with pytest.raises(carewales.CareWalesError):
            rates.rate(value, 100)


class TestRounding:
    """Rounding half away from zero on exact values."""

    @given(st.floats(-1e9, 1e9, allow_nan=False), st.integers(0, 6))
    def test_matches_decimal_half_up(self, value, dp):
        """The result is Decimal's ROUND_HALF_UP (half away from zero) of the exact binary value."""
        expected = Decimal(value).quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)
        assert rates.round_half_away(value, dp) == expected

    @given(st.fractions(), st.integers(0, 6))
    def test_within_half_a_unit(self, value, dp):
        """The result is within half a unit of the last place of the exact value."""
        result = rates.round_half_away(value, dp)
        assert abs(Fraction(result) - value) <= Fraction(1, 2) / 10**dp
        assert result.as_tuple().exponent == -dp

    def test_halves_go_away_from_zero(self):
        """Exact halves round away from zero, unlike round()."""
        assert rates.round_half_away(Fraction(5, 2)) == 3
        assert rates.round_half_away(Fraction(-5, 2)) == -3
        assert rates.rate(5, 4_000).rounded().value == Decimal(13)

    @pytest.mark.parametrize("dp", [-1, 13, True, 1.0, "1"])
    def test_bad_places(self, dp):
        """Decimal places outside 0 to 12, or not an int, are refused."""
        with pytest.raises(InvalidRateError):
            rates.round_half_away(1.5, dp)

    @pytest.mark.parametrize(
        "value", [math.nan, math.inf, "1", None, True, 10**2000, Decimal("Inf")]
    )
    def test_bad_values(self, value):
        """Non-numbers and non-finite numbers are refused."""
        with pytest.raises(InvalidRateError):
            rates.round_half_away(value)

    @given(strategies.rates(), st.integers(0, 3))
    def test_rounded_interval_contains_value(self, item, dp):
        """Rounding keeps the value inside its interval."""
        rounded = item.rounded(dp)
        assert rounded.lower <= rounded.value <= rounded.upper


class TestDescriptions:
    """The bilingual one-line descriptions."""

    def test_rate(self):
        """A rate per 10,000 reads as official releases write it."""
        result = rates.rate(1_234, 137_000, confidence=0.998)
        assert result.describe(dp=1) == "90.1 per 10,000 (99.8% CI 82.4 to 98.3)"
        assert result.describe("cy", dp=1) == "90.1 fesul 10,000 (cyfwng hyder 99.8%: 82.4 i 98.3)"
        assert result.description().both().startswith("90 per 10,000")

    def test_rounded_describe(self):
        """A rounded rate describes itself in either language."""
        rounded = rates.rate(90, 10_000).rounded()
        assert rounded.describe() == "90 per 10,000 (95% CI 72 to 111)"
        assert rounded.describe("cy") == "90 fesul 10,000 (cyfwng hyder 95%: 72 i 111)"

    def test_percentage(self):
        """A proportion reads as a percentage in both languages."""
        result = rates.proportion(5, 163)
        assert result.describe(dp=1) == "3.1% (95% CI 1.3% to 7.0%)"
        assert result.describe("cy", dp=1) == "3.1% (cyfwng hyder 95%: 1.3% i 7.0%)"


class TestChange:
    """Change between two periods."""

    def test_change(self):
        """The change gives difference, relative change, overlap and the caveat."""
        result = rates.change(rates.rate(0, 10_000), rates.rate(30, 10_000))
        assert result.difference == 30.0
        assert result.relative_change is None
        assert result.intervals_overlap is False
        assert "not a test" in result.caveat.en
        assert "prawf" in result.caveat.cy

    def test_incomparable(self):
        """Rates with different multipliers or confidence levels cannot be compared."""
        with pytest.raises(InvalidRateError, match="same multiplier"):
            RateChange(rates.rate(1, 10), rates.rate(1, 10, per=1_000))

    @given(strategies.rates(), strategies.rates())
    def test_round_trip(self, before, after):
        """A change survives unstructuring and structuring."""
        after = attrs.evolve(after, per=before.per, confidence=before.confidence)
        item = RateChange(before, after)
        conv = converter()
        assert conv.structure(json.loads(json.dumps(conv.unstructure(item))), RateChange) == item


class TestFunnels:
    """Funnel-plot control limits."""

    @given(
        st.floats(0.01, 5_000),
        st.lists(st.integers(1, 10**6), min_size=2, max_size=2, unique=True).map(sorted),
    )
    def test_rate_limits_monotone_in_population(self, target, pair):
        """As the population grows the limits close in on the target, 99.8% outside 95%."""
        small, large = (rates.funnel_limits(target, n) for n in pair)
        for limits in (small, large):
            assert (
                limits.lower_998 <= limits.lower_95 <= target <= limits.upper_95 <= limits.upper_998
            )
        assert small.lower_95 <= large.lower_95 * (1 + 1e-12)
        assert small.lower_998 <= large.lower_998 * (1 + 1e-12)
        assert small.upper_95 * (1 + 1e-12) >= large.upper_95
        assert small.upper_998 * (1 + 1e-12) >= large.upper_998

    @given(
        st.floats(0, 100),
        st.lists(st.integers(1, 10**6), min_size=2, max_size=2, unique=True).map(sorted),
    )
    def test_proportion_limits_monotone_in_population(self, target, pair):
        """Proportion funnels narrow as the population grows, within 0 and 100%."""
        small, large = rates.funnel(target, pair, per=100, kind="proportion")
        # The formula cancels near 0% and 100%, so limits are compared to 1e-5 percentage points.
        tolerance = 1e-5
        assert 0.0 <= small.lower_998 <= small.lower_95 + tolerance
        assert small.lower_95 <= large.lower_95 + tolerance
        assert large.upper_95 <= small.upper_95 + tolerance
        assert small.upper_95 <= small.upper_998 + tolerance
        assert small.upper_998 <= 100.0

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (300.0, FunnelSignificance.HIGH_998),
            (140.0, FunnelSignificance.HIGH_95),
            (90.0, FunnelSignificance.WITHIN),
            (45.0, FunnelSignificance.LOW_95),
            (10.0, FunnelSignificance.LOW_998),
        ],
    )
    def test_classify(self, value, expected):
        """Values are classed by the limit they pass."""
        assert rates.funnel_limits(90, 2_000).classify(value) is expected

    @pytest.mark.parametrize(
        ("target", "kind"),
        [(0, "rate"), (-1, "rate"), (math.nan, "rate"), ("90", "rate"), (True, "rate"),
         (101, "proportion"), (-0.1, "proportion"), (90, "binomial"), (90, 3)],
    )  # fmt: skip
    def test_bad_targets(self, target, kind):
        """A target outside the allowed range, or a bad kind, is refused."""
        with pytest.raises(InvalidRateError):
            rates.funnel_limits(target, 1_000, per=100, kind=kind)

    def test_kind_member(self):
        """A FunnelKind member is accepted as it is."""
        assert rates.funnel_limits(5, 10, kind=rates.FunnelKind.RATE).kind is rates.FunnelKind.RATE

    @given(st.floats(0.5, 500), st.integers(1, 10**6))
    def test_round_trip(self, target, population):
        """Funnel limits survive unstructuring and structuring."""
        item = rates.funnel_limits(target, population)
        conv = converter()
        assert conv.structure(json.loads(json.dumps(conv.unstructure(item))), FunnelLimits) == item


class TestSuppressed:
    """Suppressed cells."""

    @pytest.mark.parametrize("symbol", ["*", "[c]", "..", "[x]", "[z]", ".", " [C] "])
    def test_symbols(self, symbol):
        """Every StatsWales and GSS symbol is accepted, with its reason."""
        cell = Suppressed(symbol)
        assert cell.reason in rates.SuppressionReason
        assert str(cell) == symbol.strip().lower()

    @pytest.mark.parametrize("symbol", [*JUNK, "0", "-", "[u]"])
    def test_junk(self, symbol):
        """Anything else is refused."""
        with pytest.raises(InvalidRateError):
            Suppressed(symbol)

    @pytest.mark.parametrize(("count", "population"), [("12", 10), (10, "y"), (1.0, 10), (5, 0)])
    def test_row_junk(self, count, population):
        """A row with a non-symbol string or a bad number is refused."""
        with pytest.raises(InvalidRateError):
            RateRow("Powys", count, population)

    def test_row_authority_junk(self):
        """A row's authority must be an Authority or a key."""
        with pytest.raises(carewales.UnknownAuthorityError):
            RateRow(7, 1, 10)  # type: ignore[arg-type]


TABLE_CSV = """\ufeff# Source: made-up numbers for the tests
authority,count,population

Wrecsam,250,27700
Sir Gaerfyrddin,"1,012",37000
W06000023,*,24000
Newport,[c],..
Cardiff,600,66400
"""


class TestRateTable:
    """Tables of authorities' rates."""

    def test_reads_welsh_names_and_suppression(self):
        """Welsh names resolve, separators are read, and suppressed cells are carried through."""
        table = csv_table(TABLE_CSV, period="31 March 2020")
        assert [a.code for a in table.authorities] == [
            "W06000006", "W06000010", "W06000023", "W06000022", "W06000015"
        ]  # fmt: skip
        assert table.rate("Carmarthenshire").count == 1_012  # type: ignore[union-attr]
        assert table.rate("Powys") == Suppressed("*")
        assert table.rate("Casnewydd") == Suppressed("[c]")
        assert table.suppressed_count == 2
        assert table.period == "31 March 2020"

    def test_refuses_to_pool(self):
        """With suppressed cells there is no national rate, and comparisons need a target."""
        table = csv_table(TABLE_CSV)
        with pytest.raises(SuppressedValueError, match="2 of 5"):
            table.national()
        with pytest.raises(SuppressedValueError):
            table.comparisons()
        with pytest.raises(SuppressedValueError):
            table.funnel_comparisons()
        summary = table.summary()
        assert summary.national is None
        assert summary.suppressed == 2
        assert "2 of 5 cells suppressed" in summary.describe()
        assert "wedi’u hatal" in summary.describe("cy")

    def test_carries_suppression_through(self):
        """Ranks, comparisons and funnels keep the suppressed cells as they are."""
        table = csv_table(TABLE_CSV)
        ranks = table.ranks()
        assert ranks[carewales.authority("Powys")] == Suppressed("*")
        assert sorted(r for r in ranks.values() if isinstance(r, int)) == [1, 2, 3]
        comparisons = table.comparisons(target=90)
        assert comparisons[carewales.authority("Newport")] == Suppressed("[c]")
        assert comparisons[carewales.authority("Carmarthenshire")] is Comparison.HIGHER
        assert comparisons[carewales.authority("Cardiff")] is Comparison.SIMILAR
        assert comparisons[carewales.authority("Wrexham")] is Comparison.SIMILAR
        funnels = table.funnel_comparisons(target=90)
        assert funnels[carewales.authority("Powys")] == Suppressed("*")
        assert funnels[carewales.authority("Carmarthenshire")] is FunnelSignificance.HIGH_998

    def test_lower_comparison(self):
        """An interval wholly below the target is significantly lower."""
        table = RateTable([RateRow("Powys", 10, 10_000)])
        assert table.comparisons(target=90)[carewales.authority("Powys")] is Comparison.LOWER

    def test_all_suppressed(self):
        """A table with every cell suppressed has no mean; its summary says why (issue 14)."""
        table = RateTable([RateRow("Powys", "*", 100)])
        with pytest.raises(SuppressedValueError):
            table.mean_of_rates()
        summary = table.summary()
        assert summary.minimum is summary.mean_of_rates is summary.range is None
        assert summary.ratio is None
        assert "No authority's rate is published" in summary.describe()
        assert "Nid oes cyfradd wedi’i chyhoeddi" in summary.describe("cy")

    def test_summary_of_wales(self):
        """A table of all 22 authorities is Wales, and a zero minimum has no ratio."""
        rows = [RateRow(a, i, 10_000) for i, a in enumerate(carewales.all_authorities())]
        summary = RateTable(rows).summary()
        assert summary.ratio is None
        assert summary.range == 21.0
        assert summary.describe().startswith("Wales (pooled): 11 per 10,000")
        assert summary.describe("cy").startswith("Cymru (cyfun): 11 fesul 10,000")
        assert "times" not in summary.describe()
        assert "gwaith" not in summary.describe("cy")

    def test_summary_in_welsh(self):
        """A subset of authorities is named as such, in Welsh too."""
        table = csv_table("authority,count,population\nPowys,53,10000\nCasnewydd,166,10000")
        text = table.summary().describe("cy")
        assert text.startswith("Y 2 awdurdod (cyfun): 110 fesul 10,000")
        assert "amrywio rhwng 53 (Powys) a 166 (Casnewydd), 3.1 gwaith yn uwch" in text

    @pytest.mark.parametrize(
        ("places", "article"), [(1, "Yr"), (2, "Y"), (8, "Yr"), (10, "Y"), (11, "Yr"), (20, "Y")]
    )
    def test_the_welsh_article_before_a_count_of_authorities(self, places, article):
        """Welsh "Yr" before a number read with a vowel (un, wyth, un deg ...), else "Y"."""
        rows = [RateRow(a, 5, 1_000) for a in carewales.all_authorities()[:places]]
        assert RateTable(rows).summary().describe("cy").startswith(f"{article} {places} awdurdod")

    def test_the_welsh_range_takes_ac_before_a_number_read_with_a_vowel(self):
        """Welsh "rhwng 53 ac 80": "ac" before "wyth deg", "a" before "cant chwe deg"."""
        table = csv_table("authority,count,population\nPowys,53,10000\nCasnewydd,80,10000")
        assert "rhwng 53 (Powys) ac 80 (Casnewydd)" in table.summary().describe("cy")

    def test_mean_of_rates_is_not_national(self):
        """The pooled rate weights by population; the mean of rates does not."""
        table = RateTable([RateRow("Powys", 10, 1_000), RateRow("Newport", 10, 100_000)])
        assert table.national().value == pytest.approx(20 / 101_000 * 10_000)
        assert table.mean_of_rates() == pytest.approx((100 + 1) / 2)

    def test_proportion_table_uses_binomial_funnels(self):
        """A Wilson table is a table of percentages with binomial funnels."""
        table = RateTable(
            [RateRow("Powys", 50, 100), RateRow("Newport", 90, 100)], per=100, method="wilson"
        )
        assert table.funnel_kind is rates.FunnelKind.PROPORTION
        classes = table.funnel_comparisons()
        assert classes[carewales.authority("Powys")] is FunnelSignificance.LOW_998

    def test_rate_lookup_errors(self):
        """Looking up an authority not in the table is an unknown-authority error."""
        table = csv_table(TABLE_CSV)
        with pytest.raises(carewales.UnknownAuthorityError, match="not in this table"):
            table.rate("Gwynedd")

    def test_changes(self):
        """Changes pair each authority's rates, keeping suppressed cells on either side."""
        earlier = csv_table(
            "authority,count,population\nPowys,10,1000\nGwynedd,*,1000\nConwy,5,100"
        )
        later = csv_table("authority,count,population\nPowys,20,1000\nGwynedd,5,1000\nConwy,*,100")
        changes = later.changes(earlier)
        assert changes[carewales.authority("Powys")].difference == 100.0  # type: ignore[union-attr]
        assert changes[carewales.authority("Gwynedd")] == Suppressed("*")
        assert changes[carewales.authority("Conwy")] == Suppressed("*")

    def test_changes_need_same_authorities(self):
        """Tables covering different authorities, or not tables, cannot be compared."""
        one = csv_table("authority,count,population\nPowys,10,1000")
        two = csv_table("authority,count,population\nGwynedd,10,1000")
        with pytest.raises(InvalidRateError, match="same authorities"):
            one.changes(two)
        with pytest.raises(InvalidRateError, match="RateTable"):
            one.changes("two")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "rows",
        [[], "abc", [1], [RateRow("Powys", 1, 10), RateRow("ym Mhowys", 2, 10)], None],
    )
    def test_bad_rows(self, rows):
        """Empty tables, non-rows and repeated authorities are refused."""
        with pytest.raises(InvalidRateError):
            RateTable(rows)

    def test_bad_row_names_authority(self):
        """A row that cannot make a rate is refused naming its authority."""
        with pytest.raises(InvalidRateError, match=r"Powys \(W06000023\)"):
            RateTable([RateRow("Powys", 0, 10)], method="byar")

    @given(strategies.rate_tables(suppressed=False))
    def test_national_between_extremes(self, table):
        """The pooled national rate lies between the lowest and highest authority rates."""
        summary = table.summary()
        assert summary.national is not None
        assert (
            summary.minimum.exact_value
            <= summary.national.exact_value
            <= summary.maximum.exact_value
        )
        assert summary.minimum.exact_value <= Fraction(summary.mean_of_rates) * (
            1 + Fraction(1, 10**12)
        )

    @given(strategies.rate_tables(), st.booleans())
    def test_ranks_are_competition_ranks(self, table, descending):
        """Ranks are a permutation with ties: each rank is one more than the number ranked above."""
        ranks = table.ranks(descending=descending)
        published = {a: r for a, r in table.rates.items() if isinstance(r, Rate)}
        for place, item in published.items():
            better = [
                other
                for other in published.values()
                if (other.exact_value > item.exact_value) == descending
                and other.exact_value != item.exact_value
            ]
            assert ranks[place] == len(better) + 1
        assert all(ranks[a] == r for a, r in table.rates.items() if isinstance(r, Suppressed))

    @given(strategies.rate_tables())
    def test_round_trip(self, table):
        """A table survives unstructuring and structuring, through JSON text too."""
        conv = converter()
        data = json.loads(json.dumps(conv.unstructure(table)))
        assert conv.structure(data, RateTable) == table


class TestFromCsv:
    """Reading tables from CSV, with errors naming the line and column."""

    def test_from_path(self, tmp_path):
        """A path is read as UTF-8 with or without a byte-order mark."""
        path = tmp_path / "rates.csv"
        path.write_text(TABLE_CSV, encoding="utf-8")
        assert csv_table(TABLE_CSV) == RateTable.from_csv(path) == RateTable.from_csv(str(path))

    @pytest.mark.parametrize(
        ("text", "match"),
        [
            ("", "no heading"),
            ("# only a comment\n\n", "no heading"),
            ("authority,count,population\n", "heading but no rows"),
            ("authority,population\nPowys,10", "line 1: the count column 'count'"),
            ("authority,count,population\nPowys,10", "line 2: has 2 fields"),
            ("authority,count,population\nPowys,12.5,100", "line 2, column 'count'"),
            ("authority,count,population\nPowys,-3,100", "line 2, column 'count'"),
            ("authority,count,population\nPowys,,100", "line 2, column 'count'"),
            ("authority,count,population\nPowys,€,100", "line 2, column 'count'"),
            ("authority,count,population\nPowys,😴,100", "line 2, column 'count'"),
            ("authority,count,population\nPowys,1,1" + "0" * 40, "line 2, column 'population'"),
            (
                "authority,count,population\n\nPowys,1,0",
                "line 3, column 'population' \\('0'\\): must be at least 1",
            ),
            (
                "authority,count,population\nPowys,11,10",
                "line 2, column 'count' \\('11'\\): must not be above",
            ),
            (
                "authority,count,population\nPowys,1,10\nym Mhowys,1,10",
                "line 3, column 'authority'",
            ),
            ("authority,count,population\nPowys,1,10,x", "line 2: has 4 fields"),
        ],
    )
    def test_errors(self, text, match):
        """Each bad file is refused with a message naming where."""
        with pytest.raises(InvalidRateError, match=match):
            csv_table(text)

    @pytest.mark.parametrize("name", ["Atlantis", "", "😴"])
    def test_unknown_authority(self, name):
        """An unknown authority is refused naming the line and column."""
        with pytest.raises(carewales.UnknownAuthorityError, match="line 2, column 'authority'"):
            csv_table(f"authority,count,population\n{name},1,10")

    def test_bad_sources(self, tmp_path):
        """Missing files, binary files, directories and non-files are refused."""
        with pytest.raises(InvalidRateError, match="cannot be read"):
            RateTable.from_csv(tmp_path / "missing.csv")
        binary = tmp_path / "binary.csv"
        binary.write_bytes(b"\xff\xfe\x00bad")
        with pytest.raises(InvalidRateError, match="cannot be read"):
            RateTable.from_csv(binary)
        with pytest.raises(InvalidRateError, match="cannot be read"):
            RateTable.from_csv(tmp_path)
        with pytest.raises(InvalidRateError, match="no rows"):
            RateTable.from_csv(io.BytesIO(b"authority,count,population"))
        with pytest.raises(InvalidRateError, match="open text or binary file"):
            RateTable.from_csv(42)  # type: ignore[arg-type]

    def test_options_checked_before_rows(self):
        """A bad multiplier or confidence is refused whatever the rows."""
        with pytest.raises(InvalidRateError, match="'per'"):
            csv_table("authority,count,population\nPowys,1,10", per=7)
        with pytest.raises(InvalidRateError, match="'confidence'"):
            csv_table("authority,count,population\nPowys,1,10", confidence=2)

    def test_example_file(self):
        """The bundled example reads, and says that its numbers are synthetic."""
        from importlib.resources import files

        text = files("carewales").joinpath("data", "example_rates.csv").read_text(encoding="utf-8")
        assert "SYNTHETIC" in text
        table = csv_table(text, count="children_looked_after", population="population_under_18")
        assert len(table.rows) == 22
        summary = table.summary()
        assert (summary.minimum.rounded().value, summary.maximum.rounded().value) == (53, 166)


class TestRenderAgainstZero:
    def test_a_target_of_zero_has_no_funnel_note(self):
        """Against a comparison value of 0 a rate's funnel is empty, and the document says so."""
        from carewales.rates.tables import _example

        table = _example()
        english = table.render(format="text", target=0)
        welsh = table.render("cy", format="text", target=0)
        assert "funnel limits around a comparison value of 0 are empty" in english
        assert "terfynau twmffat o gwmpas gwerth cymharu o 0 yn wag" in welsh

"""Tests of carewales._stats, the pure-Python distribution maths behind the rates.

Reference values marked "SciPy-computed" were computed with SciPy 1.17
(``scipy.stats.chi2.ppf`` / ``isf``, ``scipy.stats.norm``) and stored here
literally, so the suite does not need SciPy.  Values marked "PHEindicatormethods"
are published by that package (UKHSA), as noted at each table.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales.rates import _stats

# SciPy-computed: (count, confidence, qchisq(alpha/2, 2x)/2, qchisq(1 - alpha/2, 2x + 2)/2).
EXACT_LIMITS = [
    (0, 0.95, 0.0, 3.6888794541139354),
    (1, 0.95, 0.025317807984289897, 5.571643390938898),
    (2, 0.95, 0.24220927854396507, 7.22468766772396),
    (3, 0.95, 0.6186721228956015, 8.767273069742323),
    (4, 0.95, 1.089865373626325, 10.241588675403694),
    (5, 0.95, 1.623486390118421, 11.66833207932267),
    (6, 0.95, 2.201894253490851, 13.059474022518685),
    (7, 0.95, 2.814363051519867, 14.422675361702376),
    (8, 0.95, 3.4538321767485023, 15.763189220193313),
    (9, 0.95, 4.115373097378334, 17.084803451419166),
    (0, 0.998, 0.0, 6.907755278982137),
    (1, 0.998, 0.0010005003335835346, 9.233413476451585),
    (2, 0.998, 0.045402017769489565, 11.228872242412661),
    (3, 0.998, 0.19053337756840327, 13.06224077918807),
    (4, 0.998, 0.42855241362842295, 14.79414922253721),
    (5, 0.998, 0.7393717319178327, 16.454745203680105),
    (6, 0.998, 1.1071046602556396, 18.061636840199064),
    (7, 0.998, 1.5203362603988093, 19.626177395384232),
    (8, 0.998, 1.9708139217403662, 21.15619816583998),
    (9, 0.998, 2.452424404363775, 22.65737330906293),
    (10, 0.95, 4.7953886961324335, 18.39035604201778),
    (10, 0.998, 2.96052037274376, 24.13397114541759),
    (100, 0.95, 81.36399125092315, 121.62679379242638),
    (100, 0.998, 71.9213974950004, 134.92431906126444),
    (1000, 0.95, 938.9730184076952, 1063.952136016302),
    (1000, 0.998, 905.1207909349766, 1101.6269438790305),
    (10000, 0.95, 9804.952467260184, 10197.951624661473),
    (10000, 0.998, 9693.824385823726, 10312.890675209363),
]

# PHEindicatormethods, tests/testthat/testdata_funnel_rate_outputs.csv (ukhsa-collaboration/
# PHEindicatormethods, commit 39d5df1f): Events, then for 95% and 99.8% the one-year population
# at which Events sits on the lower and upper limit and that limit (per 100,000), around a
# baseline of 116.1720835 per 100,000 with 3 years of data.  The package finds these by
# bisection to 1e-7 (``poisson_funnel``), so they are matched to 1e-5 relative.
PHE_RATE_FUNNEL = [
    (1, 1598.675694, 20.85059119, 7.264481402, 4588.535848,
     2649.348525, 12.58170943, 0.287087625, 116108.569),
    (2, 2072.984403, 32.15975314, 69.49732367, 959.2695538,
     3221.906682, 20.69168143, 13.02722321, 5117.48863),
    (3, 2515.599722, 39.75195225, 177.5159418, 563.3296872,
     3747.958682, 26.68119061, 54.66984838, 1829.161832),
    (5, 3348.002593, 49.78092521, 465.8280129, 357.7858395,
     4721.370883, 35.30048174, 212.14848, 785.6132963),
    (8, 4522.941739, 58.95867824, 991.0100744, 269.0857273,
     6070.361748, 43.92928754, 565.4869655, 471.5699617),
    (10, 5276.757672, 63.17010446, 1375.943768, 242.2579623,
     6924.776769, 48.13632908, 849.4639547, 392.4043292),
    (14, 6739.891419, 69.23949329, 2196.147577, 212.4933095,
     8565.320819, 54.48326765, 1490.731397, 313.0454403),
    (20, 8862.823734, 75.22057153, 3505.293872, 190.1885237,
     10915.38389, 61.07587907, 2570.385518, 259.3644657),
    (30, 12288.34267, 81.37793899, 5807.727562, 172.1843853,
     14657.31486, 68.22532023, 4553.350694, 219.6184891),
    (46, 17605.36664, 87.09465496, 9663.186088, 158.6778232,
     20389.1375, 75.20344267, 7990.771589, 191.8880194),
    (68, 24735.20073, 91.63728612, 15151.2747, 149.6023741,
     27987.26685, 80.98921124, 13007.797, 174.2544618),
    (104, 36157.10817, 95.87787415, 24382.08903, 142.1808715,
     40036.31685, 86.58805154, 21608.75072, 160.4288333),
    (159, 53290.17651, 99.45547842, 38806.26443, 136.5758874,
     57946.64861, 91.46344314, 35253.30678, 150.3405066),
    (244, 79369.0763, 102.4748392, 61501.35716, 132.2464041,
     84998.06955, 95.6884477, 56973.86525, 142.7555125),
    (356, 113329.0684, 104.7098228, 91810.8003, 129.251315,
     120008.3527, 98.8820061, 86231.47078, 137.6141049),
    (519, 162297.6124, 106.5942976, 136379.1382, 126.8522461,
     170243.6517, 101.6190608, 129531.7435, 133.5579953),
    (754, 232355.1321, 108.1677564, 201176.9596, 124.9314702,
     241816.047, 103.9357547, 192813.5253, 130.3504684),
    (1040, 317109.7002, 109.3207387, 280545.1693, 123.568931,
     328122.7, 105.6515342, 270628.8869, 128.0966975),
    (1360, 411529.9259, 110.158048, 369759.5622, 122.6021934,
     424043.2424, 106.9073359, 358342.3275, 126.5084525),
]  # fmt: skip
PHE_BASELINE = 116.1720835 / 100_000
PHE_YEARS = 3

# PHEindicatormethods, tests/testthat/testdata_funnel_prop_outputs.csv (commit 63894a99):
# population, then the 95% and 99.8% proportion funnel limits in per cent around 80.642448%,
# published to 6 decimal places (limits clamped to 0 and 100).
PHE_PROPORTION_FUNNEL = [
    (1, 3.204264, 100, 0, 100),
    (3, 35.933491, 100, 10.150815, 100),
    (10, 56.154344, 100, 42.03259, 100),
    (18, 62.390093, 98.894803, 51.864359, 100),
    (41, 68.548635, 92.73626, 61.574398, 99.710497),
    (102, 72.974925, 88.309971, 68.553233, 92.731663),
    (1008, 78.203374, 83.081521, 76.796814, 84.488082),
    (9998, 79.867989, 81.416907, 79.421375, 81.863521),
    (110000, 80.408963, 80.875933, 80.274317, 81.010578),
]
PHE_PROPORTION_BASELINE = 0.80642448


class TestNormalQuantile:
    """The normal quantile (Wichura's AS 241)."""

    @pytest.mark.parametrize(
        ("confidence", "z"),
        [(0.95, 1.959963984540054), (0.998, 3.090232306167813), (0.9, 1.6448536269514722)],
    )
    def test_two_sided_z(self, confidence, z):
        """The two-sided z matches SciPy's ``norm.isf((1 - confidence) / 2)``."""
        assert _stats.two_sided_z(confidence) == pytest.approx(z, rel=1e-15)

    @given(st.floats(1e-6, 0.5, exclude_max=True))
    def test_symmetry(self, p):
        """The quantile of p is minus the quantile of 1 - p."""
        assert _stats.normal_quantile(p) == pytest.approx(
            -_stats.normal_quantile(1.0 - p), rel=1e-9, abs=1e-12
        )


class TestIncompleteGamma:
    """The regularised incomplete gamma functions P and Q."""

    @given(st.floats(0.01, 1e5), st.floats(1e-3, 1e5))
    def test_p_and_q_add_to_one(self, a, x):
        """P(a, x) + Q(a, x) is 1."""
        assert _stats.gamma_p(a, x) + _stats.gamma_q(a, x) == pytest.approx(1.0, abs=1e-12)

    @given(st.floats(0.01, 100.0))
    def test_at_zero(self, a):
        """P(a, 0) is 0 and Q(a, 0) is 1."""
        assert _stats.gamma_p(a, 0.0) == 0.0
        assert _stats.gamma_q(a, 0.0) == 1.0

    @given(st.floats(1e-3, 700.0))
    def test_exponential_case(self, x):
        """With a = 1 the distribution is exponential: Q(1, x) = exp(-x)."""
        assert _stats.gamma_q(1.0, x) == pytest.approx(math.exp(-x), rel=1e-12)

    @pytest.mark.parametrize(
        ("a", "x", "p"),
        [
            # Computed with mpmath at 50 digits (SciPy's gammainc loses digits here).
            (988404.7421264324, 983766.796017564, 1.491022313616850e-06),
            (5.0, 1.623486390118421, 0.025),
        ],
    )
    def test_reference_values(self, a, x, p):
        """P matches high-precision values, including at a shape near a million."""
        assert _stats.gamma_p(a, x) == pytest.approx(p, rel=1e-9)


class TestGammaQuantile:
    """The inverse of the incomplete gamma function."""

    @given(st.floats(1.0, 1e6), st.floats(1e-12, 0.5))
    def test_lower_inverts_p(self, a, tail):
        """P(a, quantile) gives back the lower tail."""
        x = _stats.gamma_quantile(a, tail)
        assert _stats.gamma_p(a, x) == pytest.approx(tail, rel=1e-9)

    @given(st.floats(1.0, 1e6), st.floats(1e-12, 0.5))
    def test_upper_inverts_q(self, a, tail):
        """Q(a, quantile) gives back the upper tail."""
        x = _stats.gamma_quantile(a, tail, upper=True)
        assert _stats.gamma_q(a, x) == pytest.approx(tail, rel=1e-9)

    def test_small_shape_needs_the_series_start(self):
        """A shape of 1 and a tiny tail start from the small-x series, not Wilson-Hilferty."""
        assert _stats.gamma_quantile(1.0, 1e-12) == pytest.approx(-math.log1p(-1e-12), rel=1e-12)

    def test_underflowing_density_is_bisected(self):
        """Far in the tail, where the density underflows, the search falls back to bisection."""
        x = _stats.gamma_quantile(1.5, 1e-200, upper=True)
        assert _stats.gamma_q(1.5, x) == pytest.approx(1e-200, rel=1e-9)


class TestExactLimits:
    """Exact Poisson limits, as ``phe_rate`` computes them with ``qchisq``."""

    @pytest.mark.parametrize(("count", "confidence", "lower", "upper"), EXACT_LIMITS)
    def test_matches_scipy(self, count, confidence, lower, upper):
        """The limits match SciPy's chi-squared quantiles to 1e-12 relative."""
        assert _stats.exact_lower(count, confidence) == pytest.approx(lower, rel=1e-12)
        assert _stats.exact_upper(count, confidence) == pytest.approx(upper, rel=1e-12)

    @given(st.integers(0, 10**6), st.floats(0.5, 0.9999))
    def test_contains_count(self, count, confidence):
        """The interval for a count contains the count."""
        assert (
            _stats.exact_lower(count, confidence) <= count <= _stats.exact_upper(count, confidence)
        )


class TestByarAndWilson:
    """Byar's approximation and Wilson's score interval."""

    @given(st.integers(10, 10**8), st.floats(0.5, 0.999))
    def test_byar_close_to_exact(self, count, confidence):
        """From 10 events, up to 99.9% confidence, Byar's limits are within 2% of the exact ones."""
        assert _stats.byar_lower(count, confidence) == pytest.approx(
            _stats.exact_lower(count, confidence), rel=0.02
        )
        assert _stats.byar_upper(count, confidence) == pytest.approx(
            _stats.exact_upper(count, confidence), rel=0.02
        )

    def test_byar_values(self):
        """PHEindicatormethods' Python port pins byars_lower(100) and byars_lower(200, 0.998)."""
        # DataS-DHSC/PHStatsMethods tests/test_confidence_intervals.py pins 99.0427 and
        # 199.6314 for a different (per-observation) form; ours is the R package's formula,
        # checked here against values worked by hand: 100 (1 - 1/900 - 1.96/30)^3.
        z = _stats.two_sided_z(0.95)
        assert _stats.byar_lower(100, 0.95) == pytest.approx(100 * (1 - 1 / 900 - z / 30) ** 3)

    @given(st.integers(0, 10**6).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
    def test_wilson_bounds(self, pair):
        """Wilson limits lie in [0, 1] and contain the proportion."""
        x, n = pair
        if n == 0:
            return
        low, high = _stats.wilson_limits(x, n, 0.95)
        assert 0.0 <= low <= x / n <= high <= 1.0

    def test_wilson_ends_are_exact(self):
        """At 0 and at n the Wilson limits are exactly 0 and 1."""
        assert _stats.wilson_limits(0, 10, 0.95)[0] == 0.0
        assert _stats.wilson_limits(10, 10, 0.95)[1] == 1.0


class TestFunnels:
    """Funnel-plot control limits against PHEindicatormethods' published test outputs."""

    @pytest.mark.parametrize("row", PHE_RATE_FUNNEL, ids=lambda row: f"events-{row[0]}")
    def test_rate_funnel_matches_phe(self, row):
        """At each published population the limit is the published one (to PHE's 1e-5)."""
        _, *cells = row
        for index, confidence in ((0, 0.95), (4, 0.998)):
            low_pop, low_limit, high_pop, high_limit = cells[index : index + 4]
            for population, limit, side in ((low_pop, low_limit, 0), (high_pop, high_limit, 1)):
                people = population * PHE_YEARS
                counts = _stats.poisson_funnel(PHE_BASELINE * people, confidence)
                assert counts[side] / people * 100_000 == pytest.approx(limit, rel=1e-5)

    @given(st.integers(1, 10**5), st.sampled_from([0.95, 0.998]))
    def test_rate_funnel_is_exact_inverse(self, events, confidence):
        """Where a count's exact upper limit is expected, the lower control limit is that count."""
        expected = _stats.exact_upper(events, confidence)
        assert _stats.poisson_funnel(expected, confidence)[0] == pytest.approx(events, rel=1e-9)
        expected = _stats.exact_lower(events, confidence)
        assert _stats.poisson_funnel(expected, confidence)[1] == pytest.approx(events, rel=1e-9)

    def test_small_expected_has_zero_lower_limit(self):
        """With fewer than log(40) expected events the 95% lower limit is 0."""
        assert _stats.poisson_funnel(1.0, 0.95)[0] == 0.0

    @pytest.mark.parametrize("row", PHE_PROPORTION_FUNNEL, ids=lambda row: f"n-{row[0]}")
    def test_proportion_funnel_matches_phe(self, row):
        """The proportion limits match the published ones to their 6 decimal places."""
        population, *limits = row
        low95, high95 = _stats.proportion_funnel(0.95, population, PHE_PROPORTION_BASELINE)
        low998, high998 = _stats.proportion_funnel(0.998, population, PHE_PROPORTION_BASELINE)
        got = [low95 * 100, high95 * 100, low998 * 100, high998 * 100]
        assert got == pytest.approx(limits, abs=1e-6)


# Computed with mpmath 1.4 at 40 digits, independently of the library: the upper limit u
# solves gammainc(u, 0, e, regularized=True) = alpha/2 and the lower limit l solves
# gammainc(l + 1, e, inf, regularized=True) = alpha/2 (0 when exp(-e) >= alpha/2), each by
# 200 bisection steps.  (expected events, confidence, lower, upper.)
SMALL_EXPECTED_FUNNEL = [
    (3.7, 0.95, 0.0052913410916197624, 8.3756979167941604),
    (3.8, 0.95, 0.05327308081701859, 8.5270511607281821),
    (4.0, 0.95, 0.15131457534012306, 8.8277223096878267),
    (4.2, 0.95, 0.25196211823142862, 9.1258498838618639),
    (4.5, 0.95, 0.40743079466714136, 9.5686663810373463),
    (4.5, 0.998, 0.0, 12.806933484609509),
]


class TestSmallExpectedFunnel:
    """Poisson funnels at a few expected events, where the lower limit leaves 0."""

    @pytest.mark.parametrize(("expected", "confidence", "lower", "upper"), SMALL_EXPECTED_FUNNEL)
    def test_matches_mpmath(self, expected, confidence, lower, upper):
        """Just above log(40) expected events the 95% lower limit is small but not 0."""
        low, high = _stats.poisson_funnel(expected, confidence)
        assert low == pytest.approx(lower, rel=1e-9, abs=1e-15)
        assert high == pytest.approx(upper, rel=1e-9)

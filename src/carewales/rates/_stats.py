"""Pure-Python distribution maths behind :mod:`carewales.rates`.

Nothing here checks its input: :mod:`carewales.rates` validates everything
before it calls in.  Accuracy is to about 1e-13 relative in the ranges the
library uses (checked against SciPy outside the test suite and against values
stored in ``tests/test_stats.py``).

References:
    * Wichura MJ. Algorithm AS 241: the percentage points of the normal
      distribution. Applied Statistics 1988; 37: 477-484 (as implemented by
      :meth:`statistics.NormalDist.inv_cdf`).
    * Press WH et al. Numerical Recipes, 3rd edn, section 6.2: the incomplete
      gamma function by its series and by its continued fraction (Lentz).
    * Breslow NE, Day NE. Statistical methods in cancer research, volume II.
      IARC, 1987 (Byar's approximation).
    * Wilson EB. Probable inference, the law of succession, and statistical
      inference. JASA 1927; 22: 209-212.
    * PHEindicatormethods (UKHSA), R/utils.R (``byars_lower``, ``byars_upper``,
      ``wilson_lower``, ``wilson_upper``), R/Rates.R (``phe_rate``) and R/Funnels.R
      (``sigma_adjustment``, ``poisson_funnel``, ``phe_funnels``).

>>> round(normal_quantile(0.975), 11)
1.95996398454
>>> round(gamma_quantile(1.0, 0.5), 12)  # the median of Exp(1) is log 2
0.69314718056
"""

from __future__ import annotations

import math
from collections.abc import Callable
from statistics import NormalDist

_EPS = 1e-16
_TINY = 1e-300
_MAX_TERMS = 10_000_000
_STANDARD_NORMAL = NormalDist()


def normal_quantile(p: float) -> float:
    """Return the standard normal quantile (Wichura's AS 241, about 1e-16 relative).

    >>> normal_quantile(0.5)
    0.0
    """
    return _STANDARD_NORMAL.inv_cdf(p)


def two_sided_z(confidence: float) -> float:
    """Return *z* with a two-sided normal interval of this *confidence*.

    It is computed from the upper tail, ``(1 - confidence) / 2``, so that a
    confidence close to 1 keeps its precision.

    >>> round(two_sided_z(0.998), 10)
    3.0902323062
    """
    return -normal_quantile((1.0 - confidence) / 2.0)


_STIRLING_FROM = 20.0
_HALF_LOG_TWO_PI = 0.5 * math.log(2.0 * math.pi)


def _stirling_remainder(a: float) -> float:
    """``lgamma(a) - ((a - 1/2) log a - a + log(2 pi)/2)`` for ``a >= 20`` (error < 1e-17)."""
    inverse = 1.0 / a
    square = inverse * inverse
    return inverse * (
        1.0 / 12.0
        - square
        * (1.0 / 360.0 - square * (1.0 / 1260.0 - square * (1.0 / 1680.0 - square / 1188.0)))
    )


def _log_prefactor(a: float, x: float) -> float:
    """``log(x**a * exp(-x) / Gamma(a))``, the common factor of P and Q.

    For large *a* the three big terms nearly cancel, so it is rewritten as
    ``a (log1p(t) - t) + log(a)/2 - log(2 pi)/2 - remainder(a)`` with
    ``t = (x - a) / a``, which keeps about 1e-15 absolute accuracy.
    """
    if a < _STIRLING_FROM:
        return a * math.log(x) - x - math.lgamma(a)
    t = (x - a) / a
    return a * (math.log1p(t) - t) + 0.5 * math.log(a) - _HALF_LOG_TWO_PI - _stirling_remainder(a)


def _lower_series(a: float, x: float) -> float:
    """P(a, x) by its power series; converges quickly for x < a + 1."""
    term = 1.0 / a
    total = term
    n = 0
    while True:
        n += 1
        term *= x / (a + n)
        total += term
        if abs(term) < abs(total) * _EPS or n > _MAX_TERMS:
            break
    return total * math.exp(_log_prefactor(a, x))


def _upper_fraction(a: float, x: float) -> float:
    """Q(a, x) by its continued fraction (modified Lentz); converges for x > a + 1."""
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    i = 0
    while True:
        i += 1
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < _TINY:  # pragma: no cover (a guard Lentz's method needs; not reached here)
            d = _TINY
        c = b + an / c
        if abs(c) < _TINY:  # pragma: no cover (as above)
            c = _TINY
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS or i > _MAX_TERMS:
            break
    return h * math.exp(_log_prefactor(a, x))


def gamma_p(a: float, x: float) -> float:
    """Return the regularised lower incomplete gamma function P(a, x).

    P(a, x) is the probability that a Gamma(a, 1) variable is at most *x*; for
    a whole number *k*, ``P(k, mu)`` is the probability that a Poisson(mu)
    count is at least *k*.

    >>> round(gamma_p(1.0, 1.0), 15) == round(1 - math.exp(-1), 15)
    True
    """
    if x <= 0.0:
        return 0.0
    if x < a + 1.0:
        return _lower_series(a, x)
    return 1.0 - _upper_fraction(a, x)


def gamma_q(a: float, x: float) -> float:
    """Return the regularised upper incomplete gamma function Q(a, x) = 1 - P(a, x).

    For a whole number *k*, ``Q(k + 1, mu)`` is the probability that a
    Poisson(mu) count is at most *k*.

    >>> round(gamma_q(1.0, 2.0), 15) == round(math.exp(-2), 15)
    True
    """
    if x <= 0.0:
        return 1.0
    if x < a + 1.0:
        return 1.0 - _lower_series(a, x)
    return _upper_fraction(a, x)


_LOG_LIMIT = 700.0


def _gamma_log_pdf(a: float, x: float) -> float:
    return _log_prefactor(a, x) - math.log(x)


def _initial_quantile(a: float, tail: float, *, upper: bool) -> float:
    """A starting point for the quantile: Wilson-Hilferty, or the small-x series."""
    z = -normal_quantile(tail) if upper else normal_quantile(tail)
    cube = 1.0 - 1.0 / (9.0 * a) + z / (3.0 * math.sqrt(a))
    if cube > 0.0 and a >= 1.0:
        return a * cube**3
    p = 1.0 - tail if upper else tail
    # For small x, P(a, x) is about x**a / Gamma(a + 1).
    guess = math.exp((math.log(p) + math.lgamma(a + 1.0)) / a)
    return max(guess, _TINY)


def gamma_quantile(a: float, tail: float, *, upper: bool = False) -> float:
    """Return *x* with ``P(a, x) = tail`` (or ``Q(a, x) = tail`` when *upper*).

    Halley's method from a Wilson-Hilferty start, kept inside a bracket that
    shrinks at every step, with bisection whenever a step would leave it.

    Args:
        a: the shape, greater than 0.
        tail: the probability in the lower (or, with *upper*, the upper) tail,
            strictly between 0 and 1.
        upper: whether *tail* is the upper tail.

    >>> x = gamma_quantile(5.0, 0.025)
    >>> abs(gamma_p(5.0, x) - 0.025) < 1e-15
    True
    >>> x = gamma_quantile(6.0, 0.025, upper=True)
    >>> abs(gamma_q(6.0, x) - 0.025) < 1e-15
    True
    """
    lo, hi = 0.0, math.inf
    x = _initial_quantile(a, tail, upper=upper)
    for _ in range(200):  # pragma: no branch (always converges well before)
        if upper:
            f = gamma_q(a, x) - tail
            below = f > 0.0  # Q falls as x rises: too little x leaves too much tail
        else:
            f = gamma_p(a, x) - tail
            below = f < 0.0
        if below:
            lo = x
        else:
            hi = x
        if f == 0.0:
            return x
        log_density = _gamma_log_pdf(a, x)
        if not -_LOG_LIMIT < log_density < _LOG_LIMIT:
            step = math.nan
        else:
            density = math.exp(log_density)
            slope = -density if upper else density
            newton = f / slope
            curvature = (a - 1.0) / x - 1.0  # (d density / dx) / density
            denominator = 1.0 - 0.5 * newton * curvature
            step = newton / denominator if denominator > 0.5 else newton  # noqa: PLR2004
        if abs(step) <= 4.0 * _EPS * x:
            return x - step
        candidate = x - step
        if not lo < candidate < hi:
            candidate = 2.0 * x if math.isinf(hi) else 0.5 * (lo + hi)
        x = candidate
    return x  # pragma: no cover (the loop above always returns)


def exact_lower(count: int, confidence: float) -> float:
    """Return the exact Poisson lower limit for *count*: ``qchisq(alpha/2, 2x) / 2``.

    Zero for a count of 0 (the chi-squared quantile with no degrees of freedom).

    >>> exact_lower(0, 0.95)
    0.0
    >>> round(exact_lower(1, 0.95), 12)
    0.025317807984
    """
    if count == 0:
        return 0.0
    return gamma_quantile(float(count), (1.0 - confidence) / 2.0)


def exact_upper(count: int, confidence: float) -> float:
    """Return the exact Poisson upper limit: ``qchisq(1 - alpha/2, 2x + 2) / 2``.

    >>> round(exact_upper(0, 0.95), 12)  # -log(0.025)
    3.688879454114
    """
    return gamma_quantile(float(count) + 1.0, (1.0 - confidence) / 2.0, upper=True)


def byar_lower(count: int, confidence: float) -> float:
    """Return Byar's lower limit ``x (1 - 1/(9x) - z/(3 sqrt x))**3`` (may be negative).

    >>> round(byar_lower(65, 0.95), 10)
    50.1631877105
    """
    x = float(count)
    z = two_sided_z(confidence)
    return x * (1.0 - 1.0 / (9.0 * x) - z / (3.0 * math.sqrt(x))) ** 3


def byar_upper(count: int, confidence: float) -> float:
    """Return Byar's upper limit ``(x+1) (1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))**3``.

    >>> round(byar_upper(65, 0.95), 10)
    82.8491385459
    """
    x = float(count) + 1.0
    z = two_sided_z(confidence)
    return x * (1.0 - 1.0 / (9.0 * x) + z / (3.0 * math.sqrt(x))) ** 3


def wilson_limits(numerator: int, denominator: int, confidence: float) -> tuple[float, float]:
    """Return the Wilson score interval for ``numerator / denominator``, as proportions.

    The formula is PHEindicatormethods' ``wilson_lower`` / ``wilson_upper``:
    ``(2x + z² ∓ z sqrt(z² + 4x(1 - x/n))) / 2 / (n + z²)``.  At ``x = 0`` the
    lower limit is exactly 0 and at ``x = n`` the upper limit exactly 1 (the
    formula gives these up to rounding error).

    >>> low, high = wilson_limits(87, 131, 0.95)
    >>> round(low, 9), round(high, 8)
    (0.579592491, 0.73930053)
    """
    x = float(numerator)
    n = float(denominator)
    z = two_sided_z(confidence)
    root = z * math.sqrt(z * z + 4.0 * x * (1.0 - x / n))
    lower = 0.0 if numerator == 0 else (2.0 * x + z * z - root) / 2.0 / (n + z * z)
    upper = 1.0 if numerator == denominator else (2.0 * x + z * z + root) / 2.0 / (n + z * z)
    return lower, upper


def proportion_funnel(confidence: float, population: float, average: float) -> tuple[float, float]:
    """Return the proportion funnel limits at *population* around *average*.

    This is PHEindicatormethods' ``sigma_adjustment`` (R/Funnels.R) with
    ``p = (1 + confidence) / 2``: the proportions at which the Wilson score
    interval of a sample of that size just reaches *average*.  Limits are kept
    within [0, 1], as ``phe_funnels`` keeps them within 0 and 100%.

    >>> low, high = proportion_funnel(0.95, 1000, 0.5)
    >>> round(low, 6), round(high, 6)
    (0.46901, 0.53099)
    """
    if average in (0.0, 1.0):
        return average, average  # a certain outcome: no spread at any size
    z2 = two_sided_z(confidence) ** 2
    first = average * (population / z2 + 1.0)
    radicand = (-8.0 * average * (population / z2 + 1.0)) ** 2 - 64.0 * (
        1.0 / z2 + 1.0 / population
    ) * average * (population * (average * (population / z2 + 2.0) - 1.0) + z2 * (average - 1.0))
    # Near an average of 0 or 1 the radicand nears 0, and rounding can take it below.
    adjustment = math.sqrt(max(radicand, 0.0))
    last = 1.0 / z2 + 1.0 / population
    lower = (first - adjustment / 8.0) / last / population
    upper = (first + adjustment / 8.0) / last / population
    return max(0.0, lower), min(1.0, upper)


def _brent(func: Callable[[float], float], lo: float, hi: float) -> float:
    """Find the root of *func* in ``[lo, hi]`` (signs differ at the ends): Brent's method."""
    a, b = lo, hi
    fa, fb = func(a), func(b)
    c, fc = a, fa
    d = e = b - a
    for _ in range(300):  # pragma: no branch (converges well before)
        if (fb > 0.0) == (fc > 0.0):
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol = 2.0 * _EPS * abs(b) + 1e-300
        middle = 0.5 * (c - b)
        if abs(middle) <= tol or fb == 0.0:
            return b
        if abs(e) >= tol and abs(fa) > abs(fb):
            s = fb / fa
            if a == c:
                p, q = 2.0 * middle * s, 1.0 - s
            else:
                q, r = fa / fc, fb / fc
                p = s * (2.0 * middle * q * (q - r) - (b - a) * (r - 1.0))
                q = (q - 1.0) * (r - 1.0) * (s - 1.0)
            if p > 0.0:
                q = -q
            p = abs(p)
            if 2.0 * p < min(3.0 * middle * q - abs(tol * q), abs(e * q)):
                e, d = d, p / q
            else:
                d = e = middle
        else:
            d = e = middle
        a, fa = b, fb
        b += d if abs(d) > tol else math.copysign(tol, middle)
        fb = func(b)
    return b  # pragma: no cover (the loop above always returns)


def poisson_funnel(expected: float, confidence: float) -> tuple[float, float]:
    """Return the lower and upper control limits, as counts, around *expected* events.

    The limits are the (continuous) counts whose exact Poisson confidence
    limits, at this *confidence*, just reach *expected*: the upper limit
    ``u`` solves ``P(u, expected) = alpha/2`` and the lower limit ``l`` solves
    ``Q(l + 1, expected) = alpha/2`` (0 when even ``l = 0`` leaves *expected*
    inside the interval).  This is what PHEindicatormethods' ``poisson_funnel``
    finds by bisection for ``phe_funnels(statistic = "rate")``; here it is
    solved to full precision with Brent's method.

    >>> low, high = poisson_funnel(exact_upper(10, 0.95), 0.95)
    >>> round(low, 9)
    10.0
    """
    tail = (1.0 - confidence) / 2.0
    spread = 10.0 * (math.sqrt(expected) + 1.0) * (1.0 + two_sided_z(confidence))

    def upper_gap(shape: float) -> float:
        return gamma_p(shape, expected) - tail

    hi = expected + spread
    upper = _brent(upper_gap, 1e-12, hi)

    if math.exp(-expected) >= tail:
        lower = 0.0
    else:

        def lower_gap(shape: float) -> float:
            return gamma_q(shape, expected) - tail

        lower = _brent(lower_gap, 1.0, expected + 1.0) - 1.0
    return max(lower, 0.0), upper

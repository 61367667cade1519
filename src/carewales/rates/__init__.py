"""Official-statistics rates: per-10,000 rates, confidence limits, comparisons and funnels.

A :class:`Rate` is a count over a population, per 1,000, 10,000 or 100,000 (or
per 100, a percentage), with confidence limits computed as the public-health
indicator methods used across UK official statistics compute them: the
PHEindicatormethods R package (UKHSA), whose ``phe_rate`` uses the exact
(Poisson) method for counts below 10 and Byar's method from 10 up, and whose
``phe_proportion`` uses Wilson's score method.  A :class:`RateTable` holds the
rates of a set of Welsh local authorities for one period, with the national
(pooled) rate, the spread, ranks, and each authority's comparison with the
national value, by confidence interval and by funnel-plot control limits.

Published tables suppress cells ("*", "[c]", "..", "[x]", "[z]"); a
:class:`Suppressed` value is carried through every result, counted in
summaries, and never pooled.

The package's parts: ``core`` (one rate, its methods and rounding),
``funnels`` (funnel-plot control limits), ``changes`` (change between periods),
``tables`` (tables of authorities), ``reading`` (reading real CSV exports) and
``trends`` (changes across several periods); the distribution maths is in the
private ``_stats`` module and the pandas bridge in ``_frames``.  Import
everything from ``carewales.rates``.

References:
    * PHEindicatormethods (UKHSA, GPL-3): R/Rates.R ``phe_rate``; R/utils.R
      ``byars_lower``, ``byars_upper``, ``wilson_lower``, ``wilson_upper``;
      R/Funnels.R ``sigma_adjustment``, ``poisson_funnel``, ``phe_funnels``,
      ``phe_funnel_significance``.
    * Spiegelhalter DJ. Funnel plots for comparing institutional performance.
      Statistics in Medicine 2005; 24: 1185-1202.
    * Government Statistical Service, "Symbols, suppression and rounding"
      guidance (``[c]`` confidential, ``[x]`` not available, ``[z]`` not
      applicable); StatsWales uses ``*`` (disclosive or not robust) and ``..``
      (not available).

>>> from carewales import rates
>>> r = rates.rate(90, 10_000)
>>> r.describe()
'90 per 10,000 (95% CI 72 to 111)'
>>> r.describe("cy")
'90 fesul 10,000 (cyfwng hyder 95%: 72 i 111)'
>>> rates.proportion(87, 131).describe(dp=1)
'66.4% (95% CI 58.0% to 73.9%)'
"""

from __future__ import annotations

# The errors live in carewales.errors; they stay importable from here, as in 0.1.
from ..errors import InvalidRateError as InvalidRateError
from ..errors import SuppressedValueError as SuppressedValueError
from .changes import RateChange, change
from .core import (
    MAX_COUNT,
    MULTIPLIERS,
    SUPPRESSION_SYMBOLS,
    Rate,
    RateMethod,
    RoundedRate,
    Suppressed,
    SuppressionReason,
    proportion,
    rate,
    round_half_away,
)
from .funnels import FunnelKind, FunnelLimits, FunnelSignificance, funnel, funnel_limits
from .reading import RefusedRow, TableReading, TotalRow, read_csv
from .summary import RateSummary
from .tables import CSV_FIELDS, Comparison, RateRow, RateTable
from .trends import TrendTable, trends

__all__ = [
    "CSV_FIELDS",
    "MAX_COUNT",
    "MULTIPLIERS",
    "SUPPRESSION_SYMBOLS",
    "Comparison",
    "FunnelKind",
    "FunnelLimits",
    "FunnelSignificance",
    "Rate",
    "RateChange",
    "RateMethod",
    "RateRow",
    "RateSummary",
    "RateTable",
    "RefusedRow",
    "RoundedRate",
    "Suppressed",
    "SuppressionReason",
    "TableReading",
    "TotalRow",
    "TrendTable",
    "change",
    "funnel",
    "funnel_limits",
    "proportion",
    "rate",
    "read_csv",
    "round_half_away",
    "trends",
]

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

import csv
import io
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import IO, Any, Self

import attrs

from . import _stats
from . import serial as _serial
from ._validators import describe
from .authorities import Authority, authority
from .errors import CareWalesError, UnknownAuthorityError
from .text import Bilingual, BilingualEnum, Language

__all__ = [
    "MAX_COUNT",
    "MULTIPLIERS",
    "SUPPRESSION_SYMBOLS",
    "Comparison",
    "FunnelKind",
    "FunnelLimits",
    "FunnelSignificance",
    "InvalidRateError",
    "Rate",
    "RateChange",
    "RateMethod",
    "RateRow",
    "RateSummary",
    "RateTable",
    "RoundedRate",
    "Suppressed",
    "SuppressedValueError",
    "SuppressionReason",
    "change",
    "funnel",
    "funnel_limits",
    "proportion",
    "rate",
    "round_half_away",
]

#: The largest count or population accepted.  No Welsh or UK figure comes near
#: it, so a larger one is taken to be a data error rather than computed.
MAX_COUNT = 1_000_000_000

#: The multipliers a rate may be expressed per: 100 (a percentage), 1,000,
#: 10,000 (the default, as children's services statistics use) and 100,000.
MULTIPLIERS = (100, 1_000, 10_000, 100_000)

_CONFIDENCE_995 = 0.95
_CONFIDENCE_998 = 0.998
_BYAR_FROM = 10  # phe_rate: exact below 10 events, Byar's method from 10 up
_MAX_DP = 12
_MAX_ROUNDED_BITS = 3_300  # about 1,000 decimal digits
_WELSH_AUTHORITIES = 22


class InvalidRateError(CareWalesError):
    """A count, population, multiplier, confidence level or method that cannot make a rate.

    >>> rate(11, 10)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    carewales.rates.InvalidRateError: 'count' (11) must not be above 'population' (10)...
    """


class SuppressedValueError(CareWalesError):
    r"""A result that would need a suppressed cell's value, such as a pooled national rate.

    >>> table = RateTable.from_csv(io.StringIO("authority,count,population\nPowys,*,25000"))
    >>> table.national()  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    carewales.rates.SuppressedValueError: the national rate cannot be pooled: 1 of 1 ...
    """


# --------------------------------------------------------------------------- validation


def _whole_number(field: str, value: object, minimum: int) -> int:
    """Return *value* if it is an int (not a bool) between *minimum* and :data:`MAX_COUNT`."""
    if isinstance(value, bool) or not isinstance(value, int):
        hint = ", even a whole one: counts are integers" if isinstance(value, float) else ""
        kind = type(value).__name__
        msg = f"{field!r} ({describe(value)}) must be an int, not {kind}{hint}."
        raise InvalidRateError(msg)
    if value < minimum:
        msg = f"{field!r} ({value}) must be at least {minimum}."
        raise InvalidRateError(msg)
    if value > MAX_COUNT:
        msg = (
            f"{field!r} ({describe(value)}) must be at most {MAX_COUNT:,}: "
            "no Welsh or UK figure is that large, so it is taken to be a data error."
        )
        raise InvalidRateError(msg)
    return value


@attrs.frozen(repr=False)
class _WholeNumberValidator:
    """Check that a field is a whole number from *minimum* up to :data:`MAX_COUNT`."""

    minimum: int

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, Suppressed):
            return
        _whole_number(attribute.name, value, self.minimum)

    def __repr__(self) -> str:
        return f"<whole number from {self.minimum} to {MAX_COUNT:,}, or Suppressed>"


def _finite_number(field: str, value: object) -> float:
    """Return *value* as a finite float, refusing bools, strings and non-numbers."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Fraction, Decimal)):
        msg = f"{field!r} ({describe(value)}) must be a number, not {type(value).__name__}."
        raise InvalidRateError(msg)
    try:
        number = float(value)
    except (OverflowError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        msg = f"{field!r} ({describe(value)}) must be a finite number."
        raise InvalidRateError(msg)
    return number


def _confidence(value: object) -> float:
    """Convert and check a confidence level: a number strictly between 0 and 1."""
    number = _finite_number("confidence", value)
    if not 0.0 < number < 1.0:
        hint = f"; for {number:g}% give {number / 100:g}" if 1.0 < number < 100.0 else ""  # noqa: PLR2004
        msg = f"'confidence' ({value!r}) must be strictly between 0 and 1, such as 0.95{hint}."
        raise InvalidRateError(msg)
    return number


def _multiplier(value: object) -> int:
    """Check a multiplier: one of :data:`MULTIPLIERS`."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in MULTIPLIERS:
        allowed = ", ".join(f"{m:,}" for m in MULTIPLIERS)
        msg = f"'per' ({describe(value)}) must be one of {allowed}."
        raise InvalidRateError(msg)
    return value


# --------------------------------------------------------------------------- enums


class RateMethod(BilingualEnum):
    """How the confidence limits of a rate are computed.

    ``PHE`` is ``phe_rate``'s rule: exact below 10 events, Byar's from 10.  A
    :class:`Rate` records the method it actually used, so its ``method`` is
    never ``PHE``.

    >>> RateMethod.parse("byar").label.cy
    'Dull Byar'
    """

    PHE = (
        "phe",
        "Exact below 10 events, Byar's method from 10",
        "Union o dan 10 digwyddiad, dull Byar o 10",
    )
    EXACT = "exact", "Exact (Poisson) method", "Dull union (Poisson)"
    BYAR = "byar", "Byar's method", "Dull Byar"
    WILSON = "wilson", "Wilson score method", "Dull sgôr Wilson"

    @classmethod
    def parse(cls, value: object) -> Self:
        """Return the member for a member or its value (``"phe"``, ``"exact"``, ...).

        Raises:
            InvalidRateError: for anything else.
        """
        for member in cls:
            if value is member or (
                isinstance(value, str) and member.value == value.strip().lower()
            ):
                return member
        allowed = ", ".join(repr(m.value) for m in cls)
        msg = f"'method' ({describe(value)}) must be one of {allowed}."
        raise InvalidRateError(msg)


def _method(value: object) -> RateMethod:
    return RateMethod.parse(value)


class Comparison(BilingualEnum):
    """An authority's rate against the national value, by whether its interval contains it.

    Non-overlap of the national value with the authority's confidence interval
    is how Welsh and UK official statistics usually mark a difference as
    significant; it is a comparison with a single value, not a test between
    two uncertain rates.

    >>> Comparison.HIGHER.label.cy
    'Yn sylweddol uwch'
    """

    HIGHER = "higher", "Significantly higher", "Yn sylweddol uwch"
    SIMILAR = "similar", "Similar", "Tebyg"
    LOWER = "lower", "Significantly lower", "Yn sylweddol is"


class FunnelSignificance(BilingualEnum):
    """Where a value lies against funnel-plot control limits at 95% and 99.8%.

    These are ``phe_funnel_significance``'s classes "High (0.001)", "High
    (0.025)", "Not significant", "Low (0.025)" and "Low (0.001)".

    >>> FunnelSignificance.HIGH_998.label.en
    'Above the 99.8% control limit'
    """

    HIGH_998 = "high-99.8", "Above the 99.8% control limit", "Uwchlaw'r terfyn rheoli 99.8%"
    HIGH_95 = "high-95", "Above the 95% control limit", "Uwchlaw'r terfyn rheoli 95%"
    WITHIN = "within", "Within the control limits", "O fewn y terfynau rheoli"
    LOW_95 = "low-95", "Below the 95% control limit", "Islaw'r terfyn rheoli 95%"
    LOW_998 = "low-99.8", "Below the 99.8% control limit", "Islaw'r terfyn rheoli 99.8%"


class FunnelKind(BilingualEnum):
    """The distribution behind funnel limits: Poisson for rates, binomial for proportions.

    >>> FunnelKind("proportion").label.en
    'Proportion (binomial)'
    """

    RATE = "rate", "Rate (Poisson)", "Cyfradd (Poisson)"
    PROPORTION = "proportion", "Proportion (binomial)", "Cyfran (binomaidd)"


class SuppressionReason(BilingualEnum):
    """Why a published cell has no value (GSS symbols guidance; StatsWales' own symbols).

    >>> SuppressionReason.CONFIDENTIAL.label.en
    'Confidential: disclosive or not robust'
    """

    CONFIDENTIAL = (
        "confidential",
        "Confidential: disclosive or not robust",
        "Cyfrinachol: datgelol neu ddim yn ddigon cadarn",
    )
    NOT_AVAILABLE = "not-available", "Not available", "Ddim ar gael"
    NOT_APPLICABLE = "not-applicable", "Not applicable", "Amherthnasol"


#: Each suppression symbol and what it means: ``*`` and ``..`` are StatsWales'
#: (disclosive; not available), ``[c]``, ``[x]`` and ``[z]`` the GSS's, and
#: ``.`` the older Welsh Government "not applicable".
SUPPRESSION_SYMBOLS: Mapping[str, SuppressionReason] = {
    "*": SuppressionReason.CONFIDENTIAL,
    "[c]": SuppressionReason.CONFIDENTIAL,
    "..": SuppressionReason.NOT_AVAILABLE,
    "[x]": SuppressionReason.NOT_AVAILABLE,
    "[z]": SuppressionReason.NOT_APPLICABLE,
    ".": SuppressionReason.NOT_APPLICABLE,
}


def _symbol(value: object) -> str:
    if isinstance(value, str) and value.strip().lower() in SUPPRESSION_SYMBOLS:
        return value.strip().lower()
    allowed = ", ".join(SUPPRESSION_SYMBOLS)
    msg = f"'symbol' ({describe(value)}) must be one of the suppression symbols {allowed}."
    raise InvalidRateError(msg)


@attrs.frozen
class Suppressed:
    """A published cell withheld or unavailable: a value of its own kind, never zero.

    Attributes:
        symbol: the symbol the table used, one of :data:`SUPPRESSION_SYMBOLS`.

    >>> cell = Suppressed("[c]")
    >>> cell.reason.label.cy
    'Cyfrinachol: datgelol neu ddim yn ddigon cadarn'
    >>> str(cell)
    '[c]'
    """

    symbol: str = attrs.field(converter=_symbol)

    @property
    def reason(self) -> SuppressionReason:
        """Why the cell has no value."""
        return SUPPRESSION_SYMBOLS[self.symbol]

    def __str__(self) -> str:
        """Return the symbol, as the table printed it."""
        return self.symbol


# --------------------------------------------------------------------------- rounding


def round_half_away(value: float | Fraction | Decimal, dp: int = 0) -> Decimal:
    """Round *value* to *dp* decimal places, halves away from zero, on its exact value.

    Official statistics round halves away from zero ("2.5 becomes 3"), while
    Python's :func:`round` rounds halves to even (``round(2.5) == 2``,
    ``round(0.125, 2) == 0.12``).  The value rounded is the exact value of the
    number given: for a float, its exact binary value (``Decimal(2.675)`` is
    ``2.67499999999999982236431605997495353221893310546875``, so it rounds to
    2.67, which is what the float really is), and for a :class:`~fractions.Fraction`
    such as a rate's :attr:`Rate.exact_value` the exact rational, so that a rate
    of exactly 12.5 rounds to 13 however it would have been stored as a float.

    Args:
        value: the number to round.
        dp: decimal places, 0 to 12.

    Returns:
        A :class:`~decimal.Decimal` with exactly *dp* decimal places.

    Raises:
        InvalidRateError: if *value* is not a finite number or *dp* is out of range.

    >>> round_half_away(2.5), round(2.5)
    (Decimal('3'), 2)
    >>> round_half_away(Fraction(1, 8), 2), round(0.125, 2)
    (Decimal('0.13'), 0.12)
    >>> round_half_away(2.675, 2)
    Decimal('2.67')
    >>> round_half_away(-0.5)
    Decimal('-1')
    """
    places: object = dp
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= _MAX_DP:
        msg = f"'dp' ({describe(dp)}) must be an int from 0 to {_MAX_DP}."
        raise InvalidRateError(msg)
    number: object = value
    if not isinstance(number, (int, Fraction)) or isinstance(number, bool):
        _finite_number(
            "value", number
        )  # exact rationals are finite; floats and Decimals may not be
    exact = Fraction(value)
    scaled = abs(exact) * 10**dp
    whole = math.floor(scaled + Fraction(1, 2))
    if whole.bit_length() > _MAX_ROUNDED_BITS:
        msg = f"'value' ({describe(value)}) is too large to round (over 1,000 digits)."
        raise InvalidRateError(msg)
    sign = "-" if exact < 0 and whole else ""
    return Decimal(f"{sign}{whole}E-{dp}")  # the string constructor is exact: no context rounding


def _number(value: Decimal) -> str:
    return f"{value:,}"


def _percent(confidence: float) -> str:
    return f"{confidence * 100:.10g}%"


# --------------------------------------------------------------------------- rates


@attrs.frozen
class RoundedRate:
    """A rate and its limits rounded for publication, with its one-line description.

    Attributes:
        value: the rounded rate.
        lower: the rounded lower confidence limit.
        upper: the rounded upper confidence limit.
        per: the multiplier (100 means a percentage).
        confidence: the confidence level of the limits.

    >>> r = rate(90, 10_000).rounded(1)
    >>> r.value, r.lower, r.upper
    (Decimal('90.0'), Decimal('72.4'), Decimal('110.6'))
    """

    value: Decimal
    lower: Decimal
    upper: Decimal
    per: int
    confidence: float

    def description(self) -> Bilingual:
        """The one-line description in English and Welsh.

        >>> print(rate(90, 10_000, confidence=0.998).rounded(0).description().cy)
        90 fesul 10,000 (cyfwng hyder 99.8%: 63 i 123)
        """
        level = _percent(self.confidence)
        if self.per == 100:  # noqa: PLR2004
            value, lower, upper = (f"{_number(v)}%" for v in (self.value, self.lower, self.upper))
            return Bilingual(
                f"{value} ({level} CI {lower} to {upper})",
                f"{value} (cyfwng hyder {level}: {lower} i {upper})",
            )
        value, lower, upper = (_number(v) for v in (self.value, self.lower, self.upper))
        return Bilingual(
            f"{value} per {self.per:,} ({level} CI {lower} to {upper})",
            f"{value} fesul {self.per:,} (cyfwng hyder {level}: {lower} i {upper})",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The one-line description in *lang* (``"en"`` or ``"cy"``)."""
        return self.description().in_(lang)


@attrs.frozen
class Rate:
    """A count over a population, per *per*, with confidence limits.

    Only the inputs are fields you give; ``value``, ``lower`` and ``upper`` are
    computed, and ``method`` records the method actually used (``PHE`` becomes
    ``EXACT`` below 10 events and ``BYAR`` from 10).  ``WILSON`` makes a
    proportion (see :func:`proportion`).

    Attributes:
        count: the numerator, such as children looked after (an int, 0 or more).
        population: the denominator, such as children in the population (1 or more).
        per: the multiplier, one of :data:`MULTIPLIERS`.
        confidence: the confidence level, strictly between 0 and 1 (0.95 and 0.998 are usual).
        method: how the limits were computed.
        value: ``count / population * per``.
        lower: the lower confidence limit (never below 0).
        upper: the upper confidence limit.

    Raises:
        InvalidRateError: for a count that is negative, not an int, or above the
            population; a population of 0; a confidence outside (0, 1); a
            multiplier not in :data:`MULTIPLIERS`; or Byar's method where its
            approximation fails (a count of 0, or a negative lower limit).

    >>> r = Rate(9, 1_000, per=1_000)
    >>> r.method, round(r.lower, 6), round(r.upper, 6)
    (<RateMethod.EXACT: 'exact'>, 4.115373, 17.084803)
    """

    count: int = attrs.field(validator=_WholeNumberValidator(0))
    population: int = attrs.field(validator=_WholeNumberValidator(1))
    per: int = attrs.field(default=10_000, converter=_multiplier)
    confidence: float = attrs.field(default=0.95, converter=_confidence)
    method: RateMethod = attrs.field(default=RateMethod.PHE, converter=_method)
    value: float = attrs.field(init=False)
    lower: float = attrs.field(init=False)
    upper: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        """Check the count against the population and compute the value and limits."""
        count, population = self.count, self.population
        if isinstance(count, Suppressed) or isinstance(population, Suppressed):
            msg = "a Rate needs a count and a population; a suppressed cell has no rate."
            raise SuppressedValueError(msg)
        if count > population:
            msg = (
                f"'count' ({count}) must not be above 'population' ({population}): "
                "a rate counts members of the population."
            )
            raise InvalidRateError(msg)
        method = self.method
        if method is RateMethod.PHE:
            method = RateMethod.EXACT if count < _BYAR_FROM else RateMethod.BYAR
        if method is RateMethod.WILSON:
            low, high = _stats.wilson_limits(count, population, self.confidence)
            lower, upper = low * self.per, high * self.per
        else:
            low, high = self._count_limits(method)
            lower, upper = low * self.per / population, high * self.per / population
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "value", count * self.per / population)
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "upper", upper)

    def _count_limits(self, method: RateMethod) -> tuple[float, float]:
        if method is RateMethod.EXACT:
            return (
                _stats.exact_lower(self.count, self.confidence),
                _stats.exact_upper(self.count, self.confidence),
            )
        if self.count == 0:
            msg = "'method' ('byar') cannot be used for a 'count' of 0: use 'exact' or 'phe'."
            raise InvalidRateError(msg)
        lower = _stats.byar_lower(self.count, self.confidence)
        if lower < 0.0:
            msg = (
                f"'method' ('byar') fails for a 'count' of {self.count} at 'confidence' "
                f"{self.confidence}: its lower limit is negative; use 'exact' or 'phe'."
            )
            raise InvalidRateError(msg)
        return lower, _stats.byar_upper(self.count, self.confidence)

    @property
    def exact_value(self) -> Fraction:
        """The rate as an exact fraction, ``count * per / population``.

        >>> rate(1, 3, per=1_000).exact_value
        Fraction(1000, 3)
        """
        return Fraction(self.count * self.per, self.population)

    @property
    def is_percentage(self) -> bool:
        """Whether the rate is per 100, a percentage."""
        return self.per == 100  # noqa: PLR2004

    def rounded(self, dp: int = 0) -> RoundedRate:
        """Return the value and limits rounded half away from zero to *dp* places.

        The value is rounded from its exact fraction, the limits from their
        exact binary values (see :func:`round_half_away`).

        >>> rate(5, 4_000).rounded(0).value  # exactly 12.5: rounds up, where round() gives 12
        Decimal('13')
        """
        return RoundedRate(
            value=round_half_away(self.exact_value, dp),
            lower=round_half_away(self.lower, dp),
            upper=round_half_away(self.upper, dp),
            per=self.per,
            confidence=self.confidence,
        )

    def description(self, dp: int = 0) -> Bilingual:
        """The one-line description in both languages, rounded to *dp* places."""
        return self.rounded(dp).description()

    def describe(self, lang: Language | str = Language.EN, dp: int = 0) -> str:
        """The one-line description in *lang*, rounded to *dp* places.

        >>> rate(1_234, 98_765, per=100_000).describe("cy", dp=1)
        '1,249.4 fesul 100,000 (cyfwng hyder 95%: 1,180.7 i 1,321.1)'
        """
        return self.description(dp).in_(lang)


def rate(
    count: int,
    population: int,
    per: int = 10_000,
    confidence: float = 0.95,
    method: RateMethod | str = "phe",
) -> Rate:
    """Return the rate of *count* in *population*, per *per*, with confidence limits.

    With ``method="phe"`` (the default) the limits are PHEindicatormethods'
    ``phe_rate``: exact Poisson limits (``qchisq(alpha/2, 2x)/2`` and
    ``qchisq(1 - alpha/2, 2x + 2)/2``) below 10 events, Byar's approximation
    from 10 up.  ``"exact"`` and ``"byar"`` force one method.

    Args:
        count: the number of events or people counted.
        population: the population they are counted in.
        per: the multiplier: 100, 1,000, 10,000 or 100,000.
        confidence: the confidence level, strictly between 0 and 1.
        method: ``"phe"``, ``"exact"`` or ``"byar"``.

    Raises:
        InvalidRateError: see :class:`Rate`.

    >>> r = rate(87, 131, per=100_000)
    >>> round(r.lower, 5), round(r.upper, 3), r.method.value
    (53191.89721, 81920.133, 'byar')
    """
    return Rate(count, population, per=per, confidence=confidence, method=method)


def proportion(numerator: int, denominator: int, confidence: float = 0.95) -> Rate:
    """Return ``numerator / denominator`` as a percentage with Wilson score limits.

    This is PHEindicatormethods' ``phe_proportion`` (with ``multiplier = 100``),
    for figures such as the percentage of visits made within timescale.

    Raises:
        InvalidRateError: see :class:`Rate`.

    >>> p = proportion(1, 164)
    >>> round(p.value, 7), round(p.lower, 7), round(p.upper, 6)
    (0.6097561, 0.1077181, 3.372625)
    """
    return Rate(numerator, denominator, per=100, confidence=confidence, method=RateMethod.WILSON)


# --------------------------------------------------------------------------- change


_CHANGE_CAVEAT = Bilingual(
    "Whether the two confidence intervals overlap is not a test of the change: intervals "
    "can overlap when the difference is significant. No significance test is applied.",
    "Nid yw gorgyffwrdd rhwng y ddau gyfwng hyder yn brawf o'r newid: gall cyfyngau "
    "orgyffwrdd pan fo'r gwahaniaeth yn arwyddocaol. Ni chymhwysir prawf arwyddocâd.",
)


@attrs.frozen
class RateChange:
    """The change between two periods' rates for the same place.

    No significance test is made: the sources the library follows
    (PHEindicatormethods, Welsh Government releases) give none for this, and
    overlapping intervals are not one (see :attr:`caveat`).

    Attributes:
        before: the earlier rate.
        after: the later rate.

    Raises:
        InvalidRateError: if the two rates differ in multiplier or confidence level.

    >>> c = change(rate(90, 10_000), rate(110, 10_000))
    >>> c.difference, round(c.relative_change, 4), c.intervals_overlap
    (20.0, 0.2222, True)
    """

    before: Rate = attrs.field(validator=attrs.validators.instance_of(Rate))
    after: Rate = attrs.field(validator=attrs.validators.instance_of(Rate))

    def __attrs_post_init__(self) -> None:
        """Check that the rates are comparable."""
        if (self.before.per, self.before.confidence) != (self.after.per, self.after.confidence):
            msg = (
                f"'after' (per {self.after.per:,}, confidence {self.after.confidence}) must have "
                f"the same multiplier and confidence as 'before' (per {self.before.per:,}, "
                f"confidence {self.before.confidence})."
            )
            raise InvalidRateError(msg)

    @property
    def difference(self) -> float:
        """``after.value - before.value``, in the rates' units."""
        return float(self.after.exact_value - self.before.exact_value)

    @property
    def relative_change(self) -> float | None:
        """The change as a fraction of the earlier rate, or ``None`` if that was 0."""
        if self.before.count == 0:
            return None
        return float(self.after.exact_value / self.before.exact_value - 1)

    @property
    def intervals_overlap(self) -> bool:
        """Whether the two confidence intervals overlap (not a test: see :attr:`caveat`)."""
        return self.before.lower <= self.after.upper and self.after.lower <= self.before.upper

    @property
    def caveat(self) -> Bilingual:
        """Why overlap is not a test, in both languages."""
        return _CHANGE_CAVEAT


def change(before: Rate, after: Rate) -> RateChange:
    """Return the change from *before* to *after* (see :class:`RateChange`).

    Raises:
        InvalidRateError: if the rates differ in multiplier or confidence level.

    >>> change(rate(53, 10_000), rate(61, 10_000)).difference
    8.0
    """
    return RateChange(before, after)


# --------------------------------------------------------------------------- funnels


def _target_number(value: object) -> float:
    return _finite_number("target", value)


def _funnel_kind(value: object) -> FunnelKind:
    if isinstance(value, FunnelKind):
        return value
    for member in FunnelKind:
        if isinstance(value, str) and value.strip().lower() == member.value:
            return member
    msg = f"'kind' ({describe(value)}) must be 'rate' or 'proportion'."
    raise InvalidRateError(msg)


def _target(value: float, kind: FunnelKind, per: int) -> float:
    number = value
    if kind is FunnelKind.RATE and number <= 0.0:
        msg = f"'target' ({value!r}) must be above 0: Poisson funnel limits around 0 are empty."
        raise InvalidRateError(msg)
    if not 0.0 <= number <= per:
        msg = f"'target' ({value!r}) must be from 0 to {per:,} for a proportion per {per:,}."
        raise InvalidRateError(msg)
    return number


@attrs.frozen
class FunnelLimits:
    """Funnel-plot control limits at 95% and 99.8% for one population size.

    For rates (:attr:`FunnelKind.RATE`) the limits are exact Poisson limits
    around the expected count ``target * population / per``: the counts whose
    exact confidence interval just reaches it, as ``phe_funnels(statistic =
    "rate")`` builds them with ``poisson_funnel``.  For proportions they are
    ``sigma_adjustment``'s Wilson-score limits.  This is Spiegelhalter's (2005)
    construction of control limits around a target for a range of sizes.

    Attributes:
        target: the value funnels are drawn around, in the rate's units (per *per*).
        population: the population size the limits are for.
        per: the multiplier.
        kind: Poisson (rates) or binomial (proportions).
        lower_95: the lower 95% control limit, in the rate's units.
        upper_95: the upper 95% control limit, in the rate's units.
        lower_998: the lower 99.8% control limit, in the rate's units.
        upper_998: the upper 99.8% control limit, in the rate's units.

    >>> limits = funnel_limits(90, 2_000)
    >>> round(limits.lower_95, 2), round(limits.upper_95, 2)
    (48.5, 136.27)
    >>> limits.classify(140).label.en
    'Above the 95% control limit'
    """

    target: float = attrs.field(converter=_target_number)
    population: int = attrs.field(validator=_WholeNumberValidator(1))
    per: int = attrs.field(default=10_000, converter=_multiplier)
    kind: FunnelKind = attrs.field(default=FunnelKind.RATE, converter=_funnel_kind)
    lower_95: float = attrs.field(init=False)
    upper_95: float = attrs.field(init=False)
    lower_998: float = attrs.field(init=False)
    upper_998: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        """Check the target and compute the limits."""
        _target(self.target, self.kind, self.per)
        for level, suffix in ((_CONFIDENCE_995, "95"), (_CONFIDENCE_998, "998")):
            if self.kind is FunnelKind.RATE:
                expected = self.target * self.population / self.per
                low, high = _stats.poisson_funnel(expected, level)
                lower, upper = low * self.per / self.population, high * self.per / self.population
            else:
                low, high = _stats.proportion_funnel(level, self.population, self.target / self.per)
                lower, upper = low * self.per, high * self.per
            object.__setattr__(self, f"lower_{suffix}", lower)
            object.__setattr__(self, f"upper_{suffix}", upper)

    def classify(self, value: float) -> FunnelSignificance:
        """Say where *value* (in the rate's units) lies against the limits.

        A value exactly on a limit is within it, as in ``phe_funnel_significance``.
        """
        number = _finite_number("value", value)
        if number > self.upper_998:
            return FunnelSignificance.HIGH_998
        if number > self.upper_95:
            return FunnelSignificance.HIGH_95
        if number < self.lower_998:
            return FunnelSignificance.LOW_998
        if number < self.lower_95:
            return FunnelSignificance.LOW_95
        return FunnelSignificance.WITHIN


def funnel_limits(
    target: float, population: int, *, per: int = 10_000, kind: FunnelKind | str = "rate"
) -> FunnelLimits:
    """Return the 95% and 99.8% control limits around *target* for one *population*.

    >>> limits = funnel_limits(80, 200, per=100, kind="proportion")
    >>> round(limits.lower_95, 1), round(limits.upper_95, 1)
    (74.5, 85.5)

    Raises:
        InvalidRateError: for a target not above 0 (rates) or outside 0 to *per*
            (proportions), or a bad population or multiplier.
    """
    return FunnelLimits(target, population, per=per, kind=kind)


def funnel(
    target: float,
    populations: Iterable[int],
    *,
    per: int = 10_000,
    kind: FunnelKind | str = "rate",
) -> tuple[FunnelLimits, ...]:
    """Return control limits around *target* for each of *populations*, for drawing a funnel.

    >>> [round(f.upper_998, 1) for f in funnel(90, [1_000, 10_000, 100_000])]
    [200.6, 121.2, 99.5]
    """
    return tuple(funnel_limits(target, n, per=per, kind=kind) for n in populations)


# --------------------------------------------------------------------------- tables


def _authority(value: object) -> Authority:
    if isinstance(value, Authority):
        return value
    if isinstance(value, str):
        return authority(value)
    msg = f"'authority' ({describe(value)}) must be an Authority or a code or name."
    raise UnknownAuthorityError(msg)


def _cell(field: str, value: object) -> int | Suppressed:
    """Turn a suppression symbol into :class:`Suppressed`; leave numbers to the validator."""
    if isinstance(value, str):
        if value.strip().lower() in SUPPRESSION_SYMBOLS:
            return Suppressed(value)
        symbols = ", ".join(SUPPRESSION_SYMBOLS)
        msg = f"{field!r} ({value[:40]!r}) must be an int or a suppression symbol ({symbols})."
        raise InvalidRateError(msg)
    return value  # type: ignore[return-value]  # the validator checks the rest


def _count_cell(value: object) -> int | Suppressed:
    return _cell("count", value)


def _population_cell(value: object) -> int | Suppressed:
    return _cell("population", value)


@attrs.frozen
class RateRow:
    """One authority's row in a published table: count and population, or suppressed cells.

    Attributes:
        authority: the local authority (a code or name is resolved).
        count: the count, or a :class:`Suppressed` cell (a symbol such as ``"*"`` is converted).
        population: the population, or a :class:`Suppressed` cell.

    >>> RateRow("Wrecsam", "[c]", 27_000).count
    Suppressed(symbol='[c]')
    """

    authority: Authority = attrs.field(converter=_authority)
    count: int | Suppressed = attrs.field(converter=_count_cell, validator=_WholeNumberValidator(0))
    population: int | Suppressed = attrs.field(
        converter=_population_cell, validator=_WholeNumberValidator(1)
    )

    @property
    def suppressed(self) -> Suppressed | None:
        """The suppressed cell (the count's first), or ``None`` if both are published."""
        for cell in (self.count, self.population):
            if isinstance(cell, Suppressed):
                return cell
        return None


def _rows(value: object) -> tuple[RateRow, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        msg = f"'rows' ({describe(value)}) must be an iterable of RateRow."
        raise InvalidRateError(msg)
    rows = tuple(value)
    for index, row in enumerate(rows):
        if not isinstance(row, RateRow):
            msg = f"'rows'[{index}] ({row!r}) must be a RateRow."
            raise InvalidRateError(msg)
    if not rows:
        msg = "'rows' must not be empty: a table needs at least one authority."
        raise InvalidRateError(msg)
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        code = row.authority.code
        if code in seen:
            msg = (
                f"'rows'[{index}] repeats {row.authority.name.en} ({code}), "
                f"already in 'rows'[{seen[code]}]: each authority may appear once."
            )
            raise InvalidRateError(msg)
        seen[code] = index
    return rows


def _row_rate(
    row: RateRow, per: int, confidence: float, method: RateMethod, where: str = ""
) -> Rate | Suppressed:
    """The row's rate, or its suppressed cell; an error names the authority (and *where*)."""
    cell = row.suppressed
    if cell is not None:
        return cell
    try:
        return Rate(
            row.count,  # type: ignore[arg-type]  # not suppressed: checked above
            row.population,  # type: ignore[arg-type]
            per=per,
            confidence=confidence,
            method=method,
        )
    except InvalidRateError as error:
        msg = f"{where}{row.authority.name.en} ({row.authority.code}): {error}"
        raise InvalidRateError(msg) from error


def _competition_ranks(values: list[tuple[int, Fraction]], *, descending: bool) -> dict[int, int]:
    """Standard competition ranks ("1, 2, 2, 4") of ``(key, value)`` pairs."""
    ordered = sorted(values, key=lambda item: item[1], reverse=descending)
    ranks: dict[int, int] = {}
    previous: Fraction | None = None
    current = 0
    for position, (key, value) in enumerate(ordered, start=1):
        if value != previous:
            current, previous = position, value
        ranks[key] = current
    return ranks


@attrs.frozen
class RateSummary:
    """The headline figures of a :class:`RateTable`, with how many cells were suppressed.

    Attributes:
        authorities: how many authorities the table has.
        suppressed: how many of them have a suppressed cell.
        national: the pooled rate (total count over total population), or
            ``None`` when a suppressed cell makes pooling impossible.
        mean_of_rates: the unweighted mean of the published authorities' rates:
            not the national rate, which weights each authority by its population.
        minimum: the lowest published rate.
        minimum_authority: the authority with it (the first in the table on a tie).
        maximum: the highest published rate.
        maximum_authority: the authority with it.

    >>> summary = _example().summary()
    >>> summary.suppressed, round(summary.range, 1), round(summary.ratio, 2)
    (0, 112.8, 3.13)
    """

    authorities: int
    suppressed: int
    national: Rate | None
    mean_of_rates: float
    minimum: Rate
    minimum_authority: Authority
    maximum: Rate
    maximum_authority: Authority

    @property
    def range(self) -> float:
        """The highest rate less the lowest."""
        return float(self.maximum.exact_value - self.minimum.exact_value)

    @property
    def ratio(self) -> float | None:
        """The highest rate over the lowest, or ``None`` if the lowest is 0."""
        if self.minimum.count == 0:
            return None
        return float(self.maximum.exact_value / self.minimum.exact_value)

    def describe(self, lang: Language | str = Language.EN, dp: int = 0) -> str:
        r"""Summarise in a sentence or two, rounded to *dp* places.

        >>> print(*re.split(r"(?<=[.;]) ", _example().summary().describe()), sep="\n")
        The 3 authorities (pooled): 106 per 10,000 (95% CI 100 to 112).
        Authorities ranged from 53 (Powys) to 166 (Newport), 3.1 times as high;
        mean of the 3 authorities' rates 106.
        """
        language = Language.parse(lang)
        welsh = language is Language.CY
        low = round_half_away(self.minimum.exact_value, dp)
        high = round_half_away(self.maximum.exact_value, dp)
        mean = round_half_away(self.mean_of_rates, dp)
        published = self.authorities - self.suppressed
        low_name = self.minimum_authority.name.in_(language)
        high_name = self.maximum_authority.name.in_(language)
        if self.national is None:
            national = (
                f"Dim cyfradd genedlaethol gyfun: mae {self.suppressed} o {self.authorities} "
                "cell wedi'u hatal."
                if welsh
                else f"No pooled national rate: {self.suppressed} of {self.authorities} "
                "cells suppressed."
            )
        else:
            if self.authorities == _WELSH_AUTHORITIES:
                prefix = "Cymru (cyfun)" if welsh else "Wales (pooled)"
            else:
                prefix = (
                    f"Y {self.authorities} awdurdod (cyfun)"
                    if welsh
                    else f"The {self.authorities} authorities (pooled)"
                )
            national = f"{prefix}: {self.national.describe(language, dp)}."
        ratio = self.ratio
        times = "" if ratio is None else f", {round_half_away(ratio, 1)}"
        if welsh:
            times = f"{times} gwaith yn uwch" if times else ""
            spread = (
                f"Roedd yr awdurdodau'n amrywio o {_number(low)} ({low_name}) i "
                f"{_number(high)} ({high_name}){times}; cymedr cyfraddau'r "
                f"{published} awdurdod {_number(mean)}."
            )
        else:
            times = f"{times} times as high" if times else ""
            spread = (
                f"Authorities ranged from {_number(low)} ({low_name}) to {_number(high)} "
                f"({high_name}){times}; mean of the {published} authorities' rates {_number(mean)}."
            )
        return f"{national} {spread}"


@attrs.frozen
class RateTable:
    """Rates for a set of Welsh local authorities for one period.

    Attributes:
        rows: one :class:`RateRow` per authority, each authority at most once.
        per: the multiplier of every rate.
        confidence: the confidence level of every interval.
        method: how the limits are computed (``"phe"`` by default; ``"wilson"``
            makes a table of percentages).
        period: a label for the period, such as ``"31 March 2012"``.

    Raises:
        InvalidRateError: for an empty table, a repeated authority, or a row
            whose numbers cannot make a rate (the message names the authority).

    >>> table = _example()
    >>> table.rate("Casnewydd").describe()
    '166 per 10,000 (95% CI 152 to 181)'
    >>> table.suppressed_count
    0
    """

    rows: tuple[RateRow, ...] = attrs.field(converter=_rows)
    per: int = attrs.field(default=10_000, converter=_multiplier)
    confidence: float = attrs.field(default=0.95, converter=_confidence)
    method: RateMethod = attrs.field(default=RateMethod.PHE, converter=_method)
    period: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    _rates: tuple[Rate | Suppressed, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Compute each row's rate, naming the authority of any row that fails."""
        rates = tuple(_row_rate(row, self.per, self.confidence, self.method) for row in self.rows)
        object.__setattr__(self, "_rates", rates)

    # ----------------------------------------------------------------- reading

    @classmethod
    def from_csv(  # noqa: PLR0913 (the issue fixes this signature; all but the first are keywords)
        cls,
        path_or_file: str | os.PathLike[str] | IO[str],
        *,
        count: str = "count",
        population: str = "population",
        authority: str = "authority",
        per: int = 10_000,
        confidence: float = 0.95,
        method: RateMethod | str = "phe",
        period: str | None = None,
    ) -> RateTable:
        r"""Read a table from CSV: one row per authority, by code or English or Welsh name.

        Lines starting with ``#`` (such as a note of the source) and blank lines
        are skipped.  Counts and populations are whole numbers, optionally with
        thousands separators (``"12,345"``), or suppression symbols
        (:data:`SUPPRESSION_SYMBOLS`).  A UTF-8 byte-order mark is ignored.

        Args:
            path_or_file: a path, or an open text file.
            count: the heading of the count column.
            population: the heading of the population column.
            authority: the heading of the column naming the authority.
            per: the multiplier.
            confidence: the confidence level.
            method: ``"phe"``, ``"exact"``, ``"byar"`` or ``"wilson"``.
            period: a label for the period.

        Raises:
            InvalidRateError: for a missing column, a bad number or a bad row;
                the message names the line and column.
            UnknownAuthorityError: for a name that is no Welsh authority (with
                the line and column).

        >>> text = '# Source: example\nawdurdod,plant,poblogaeth\nYnys Môn,"1,012",13500\n'
        >>> t = RateTable.from_csv(
        ...     io.StringIO(text), count="plant", population="poblogaeth", authority="awdurdod"
        ... )
        >>> t.rate("W06000001").count
        1012
        """
        text = _read_text(path_or_file)
        records = list(_csv_records(text))
        if not records:
            msg = "the CSV file has no heading row: it is empty or only comments."
            raise InvalidRateError(msg)
        header_line, header = records[0]
        names = [name.strip() for name in header]
        columns: dict[str, int] = {}
        for role, name in (("authority", authority), ("count", count), ("population", population)):
            if name not in names:
                msg = (
                    f"line {header_line}: the {role} column {name!r} is not in the heading "
                    f"({', '.join(repr(n) for n in names)})."
                )
                raise InvalidRateError(msg)
            columns[role] = names.index(name)
        per = _multiplier(per)
        rows: list[RateRow] = []
        seen: dict[Authority, int] = {}
        for line, record in records[1:]:
            if len(record) != len(names):
                msg = f"line {line}: has {len(record)} fields where the heading has {len(names)}."
                raise InvalidRateError(msg)
            key = record[columns["authority"]]
            try:
                place = _authority(key)
            except UnknownAuthorityError as error:
                msg = f"line {line}, column {authority!r}: {error}"
                raise UnknownAuthorityError(msg) from error
            cells = (
                _parse_cell(record[columns["count"]], line, count),
                _parse_cell(record[columns["population"]], line, population),
            )
            try:
                row = RateRow(place, *cells)
            except InvalidRateError as error:
                msg = f"line {line}: {place.name.en} ({place.code}): {error}"
                raise InvalidRateError(msg) from error
            if place in seen:
                msg = (
                    f"line {line}, column {authority!r}: {place.name.en} ({place.code}) is "
                    f"already on line {seen[place]}; each authority may appear once."
                )
                raise InvalidRateError(msg)
            seen[place] = line
            _row_rate(row, per, _confidence(confidence), RateMethod.parse(method), f"line {line}: ")
            rows.append(row)
        if not rows:
            msg = f"line {header_line}: the CSV file has a heading but no rows."
            raise InvalidRateError(msg)
        return cls(rows, per=per, confidence=confidence, method=method, period=period)

    # ----------------------------------------------------------------- access

    @property
    def authorities(self) -> tuple[Authority, ...]:
        """The table's authorities, in its order."""
        return tuple(row.authority for row in self.rows)

    @property
    def rates(self) -> Mapping[Authority, Rate | Suppressed]:
        """Each authority's rate, or its suppressed cell, in the table's order."""
        return dict(zip(self.authorities, self._rates, strict=True))

    def rate(self, key: Authority | str) -> Rate | Suppressed:
        """Return one authority's rate (or suppressed cell), found by code or name.

        Raises:
            UnknownAuthorityError: if *key* names no authority, or one not in the table.

        >>> _example().rate("Caerdydd").count
        660
        """
        place = _authority(key)
        try:
            return self.rates[place]
        except KeyError:
            msg = f"'key' ({key!r}) is {place.name.en}, which is not in this table."
            raise UnknownAuthorityError(msg) from None

    @property
    def suppressed_count(self) -> int:
        """How many authorities have a suppressed cell."""
        return sum(isinstance(r, Suppressed) for r in self._rates)

    def _published(self) -> list[tuple[Authority, Rate]]:
        return [(a, r) for a, r in self.rates.items() if isinstance(r, Rate)]

    def _refuse_if_suppressed(self, what: str) -> None:
        if self.suppressed_count:
            msg = (
                f"{what} cannot be pooled: {self.suppressed_count} of {len(self.rows)} "
                "authorities have suppressed cells, and pooling without them would not be "
                "the national figure."
            )
            raise SuppressedValueError(msg)

    # ----------------------------------------------------------------- summaries

    def national(self) -> Rate:
        """Return the national rate, pooled: total count over total population.

        This is not the mean of the authorities' rates (see
        :meth:`mean_of_rates`): pooling weights each authority by its population.

        Raises:
            SuppressedValueError: if any cell is suppressed.

        >>> _example().national().describe()
        '106 per 10,000 (95% CI 100 to 112)'
        """
        self._refuse_if_suppressed("the national rate")
        counts = sum(row.count for row in self.rows)  # type: ignore[misc]
        people = sum(row.population for row in self.rows)  # type: ignore[misc]
        return Rate(counts, people, per=self.per, confidence=self.confidence, method=self.method)

    def mean_of_rates(self) -> float:
        """Return the unweighted mean of the published authorities' rates.

        Raises:
            SuppressedValueError: if every authority is suppressed.

        >>> round(_example().mean_of_rates(), 2)
        106.07
        """
        published = self._published()
        if not published:
            msg = "the mean of rates needs at least one published rate; every cell is suppressed."
            raise SuppressedValueError(msg)
        total = sum((r.exact_value for _, r in published), Fraction(0))
        return float(total / len(published))

    def summary(self) -> RateSummary:
        """Return the headline figures, with the number of suppressed cells.

        The national rate is ``None`` (not pooled) when cells are suppressed;
        the spread and mean use the published rates and say how many there were.

        Raises:
            SuppressedValueError: if every authority is suppressed.

        >>> _example().summary().maximum_authority.name.cy
        'Casnewydd'
        """
        mean = self.mean_of_rates()
        published = self._published()
        low = min(published, key=lambda item: item[1].exact_value)
        high = max(published, key=lambda item: item[1].exact_value)
        return RateSummary(
            authorities=len(self.rows),
            suppressed=self.suppressed_count,
            national=None if self.suppressed_count else self.national(),
            mean_of_rates=mean,
            minimum=low[1],
            minimum_authority=low[0],
            maximum=high[1],
            maximum_authority=high[0],
        )

    def ranks(self, *, descending: bool = True) -> Mapping[Authority, int | Suppressed]:
        """Rank the authorities by rate, 1 the highest (or, with ``descending=False``, the lowest).

        Ties share the best rank and the next rank skips ("1, 2, 2, 4"), the
        standard competition ranking that spreadsheet ``RANK``/``RANK.EQ`` and
        R's ``rank(ties.method = "min")`` give.  Rates tie only when exactly
        equal as fractions; suppressed authorities are not ranked.

        >>> [r for r in _example().ranks().values()]
        [3, 1, 2]
        """
        values = [(i, r.exact_value) for i, r in enumerate(self._rates) if isinstance(r, Rate)]
        ranks = _competition_ranks(values, descending=descending)
        return {
            a: ranks[i] if isinstance(r, Rate) else r
            for i, (a, r) in enumerate(zip(self.authorities, self._rates, strict=True))
        }

    def _target_value(self, target: float | None) -> float:
        if target is None:
            return self.national().value
        return _finite_number("target", target)

    def comparisons(
        self, target: float | None = None
    ) -> Mapping[Authority, Comparison | Suppressed]:
        """Compare each authority with the national value by its confidence interval.

        An authority is significantly higher when its lower limit is above the
        national value, lower when its upper limit is below it, and similar
        otherwise (the interval contains it).

        Args:
            target: the value to compare with, in the table's units; by default
                the pooled national rate.

        Raises:
            SuppressedValueError: with no *target*, if any cell is suppressed.

        >>> [c.value for c in _example().comparisons().values()]
        ['lower', 'higher', 'similar']
        """
        value = self._target_value(target)
        results: dict[Authority, Comparison | Suppressed] = {}
        for place, item in self.rates.items():
            if isinstance(item, Suppressed):
                results[place] = item
            elif item.lower > value:
                results[place] = Comparison.HIGHER
            elif item.upper < value:
                results[place] = Comparison.LOWER
            else:
                results[place] = Comparison.SIMILAR
        return results

    @property
    def funnel_kind(self) -> FunnelKind:
        """Binomial funnels for a table of Wilson proportions, Poisson otherwise."""
        return FunnelKind.PROPORTION if self.method is RateMethod.WILSON else FunnelKind.RATE

    def funnel_comparisons(
        self, target: float | None = None
    ) -> Mapping[Authority, FunnelSignificance | Suppressed]:
        """Classify each authority against funnel-plot control limits at 95% and 99.8%.

        Args:
            target: the funnel's centre, in the table's units; by default the
                pooled national rate.

        Raises:
            SuppressedValueError: with no *target*, if any cell is suppressed.

        >>> [f.value for f in _example().funnel_comparisons().values()]
        ['low-99.8', 'high-99.8', 'within']
        """
        value = self._target_value(target)
        results: dict[Authority, FunnelSignificance | Suppressed] = {}
        for place, item in self.rates.items():
            if isinstance(item, Suppressed):
                results[place] = item
                continue
            limits = FunnelLimits(value, item.population, per=self.per, kind=self.funnel_kind)
            results[place] = limits.classify(item.value)
        return results

    def changes(self, earlier: RateTable) -> Mapping[Authority, RateChange | Suppressed]:
        """Return each authority's change from the *earlier* table to this one.

        An authority suppressed in either table gets that :class:`Suppressed` cell.

        Raises:
            InvalidRateError: if the tables cover different authorities or differ
                in multiplier or confidence level.

        >>> later = RateTable(
        ...     [RateRow(r.authority, 2 * r.count, r.population) for r in _example().rows]
        ... )
        >>> round(later.changes(_example())[authority("Powys")].difference, 1)
        53.0
        """
        other: object = earlier
        if not isinstance(other, RateTable):
            msg = f"'earlier' ({describe(other)}) must be a RateTable."
            raise InvalidRateError(msg)
        mine, theirs = set(self.authorities), set(earlier.authorities)
        if mine != theirs:
            missing = sorted(a.code for a in mine ^ theirs)
            msg = f"'earlier' must cover the same authorities; these are in only one: {missing}."
            raise InvalidRateError(msg)
        before = earlier.rates
        results: dict[Authority, RateChange | Suppressed] = {}
        for place, after in self.rates.items():
            old = before[place]
            if isinstance(old, Suppressed):
                results[place] = old
            elif isinstance(after, Suppressed):
                results[place] = after
            else:
                results[place] = RateChange(old, after)
        return results


# --------------------------------------------------------------------------- CSV helpers

_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_MAX_CELL = 20


def _read_text(source: object) -> str:
    if isinstance(source, (str, os.PathLike)):
        try:
            with Path(source).open(encoding="utf-8-sig", newline="") as handle:
                return handle.read()
        except (OSError, UnicodeDecodeError) as error:
            msg = f"'path_or_file' ({os.fspath(source)!r}) cannot be read as UTF-8 text: {error}"
            raise InvalidRateError(msg) from error
    read = getattr(source, "read", None)
    text = read() if callable(read) else None
    if not isinstance(text, str):
        msg = f"'path_or_file' ({describe(source)}) must be a path or a text-mode file."
        raise InvalidRateError(msg)
    return text.removeprefix("\ufeff")


def _csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, fields)`` for each record, skipping comments and blank lines."""
    lines = io.StringIO(text, newline="").readlines()
    kept: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            kept.append(line)
            numbers.append(number)
    position = iter(numbers)
    current = 0

    def feed() -> Iterator[str]:
        nonlocal current
        for line in kept:
            current = next(position)
            yield line

    for record in csv.reader(feed()):
        yield current, record


def _parse_cell(raw: str, line: int, column: str) -> int | Suppressed:
    text = raw.strip()
    if text.lower() in SUPPRESSION_SYMBOLS:
        return Suppressed(text)
    if len(text) <= _MAX_CELL and _WHOLE.fullmatch(text):
        return int(text.replace(",", ""))
    symbols = ", ".join(SUPPRESSION_SYMBOLS)
    msg = (
        f"line {line}, column {column!r} ({raw[:40]!r}) must be a whole number "
        f"(such as 1234 or 1,234) or a suppression symbol ({symbols})."
    )
    raise InvalidRateError(msg)


def _example() -> RateTable:
    """A small table for the examples: Powys, Newport and Cardiff (made-up numbers)."""
    return RateTable(
        [
            RateRow("Powys", 140, 26_400),
            RateRow("Newport", 504, 30_400),
            RateRow("Cardiff", 660, 66_400),
        ]
    )


def _structure_cell(value: object, _: object) -> object:
    """Hand a stored cell (a number or a symbol) to :class:`RateRow`, which checks it."""
    return value


# A suppressed cell is stored as its symbol ("[c]"), as the published table printed it.
_serial.register_hooks(Suppressed, unstructure=str)
_serial.register_hooks(int | Suppressed, structure=_structure_cell)

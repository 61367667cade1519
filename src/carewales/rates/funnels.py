"""Funnel-plot control limits around a target, for rates (Poisson) and proportions (binomial).

>>> limits = funnel_limits(90, 2_000)
>>> limits.classify(limits.upper_95).value  # a value exactly on a limit is within it
'within'
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from .. import _validators as v
from ..errors import InvalidRateError
from ..text import BilingualEnum
from . import _stats
from .core import PER, finite_number, member_check, to_member, to_real, whole_number

__all__ = [
    "FunnelKind",
    "FunnelLimits",
    "FunnelSignificance",
    "funnel",
    "funnel_limits",
]

_CONFIDENCE_95 = 0.95
_CONFIDENCE_998 = 0.998


class FunnelSignificance(BilingualEnum):
    """Where a value lies against funnel-plot control limits at 95% and 99.8%.

    These are ``phe_funnel_significance``'s classes "High (0.001)", "High
    (0.025)", "Not significant", "Low (0.025)" and "Low (0.001)".

    >>> FunnelSignificance.HIGH_998.label.en
    'Above the 99.8% control limit'
    """

    HIGH_998 = "high-99.8", "Above the 99.8% control limit", "Uwchlaw’r terfyn rheoli 99.8%"
    HIGH_95 = "high-95", "Above the 95% control limit", "Uwchlaw’r terfyn rheoli 95%"
    WITHIN = "within", "Within the control limits", "O fewn y terfynau rheoli"
    LOW_95 = "low-95", "Below the 95% control limit", "Islaw’r terfyn rheoli 95%"
    LOW_998 = "low-99.8", "Below the 99.8% control limit", "Islaw’r terfyn rheoli 99.8%"


class FunnelKind(BilingualEnum):
    """The distribution behind funnel limits: Poisson for rates, binomial for proportions.

    >>> FunnelKind("proportion").label.en
    'Proportion (binomial)'
    """

    RATE = "rate", "Rate (Poisson)", "Cyfradd (Poisson)"
    PROPORTION = "proportion", "Proportion (binomial)", "Cyfran (binomaidd)"


def _to_kind(value: FunnelKind | str) -> FunnelKind:
    return to_member(FunnelKind, value)  # type: ignore[return-value]  # the validator checks


_KIND = member_check(FunnelKind)
_TARGET = v.Check(
    v.number().inner,
    "must be a finite number",
    InvalidRateError,
    cy="rhaid i’r gwerth fod yn rhif meidraidd",
)


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
        target: the value funnels are drawn around, in the rate's units (per *per*):
            above 0 for rates, from 0 to *per* for proportions, and never above *per*.
        population: the population size the limits are for (1 or more).
        per: the multiplier.
        kind: Poisson (rates) or binomial (proportions); a :class:`FunnelKind` or its value.
        lower_95: the lower 95% control limit, in the rate's units (computed).
        upper_95: the upper 95% control limit, in the rate's units (computed).
        lower_998: the lower 99.8% control limit, in the rate's units (computed).
        upper_998: the upper 99.8% control limit, in the rate's units (computed).

    Raises:
        InvalidRateError: for a target, population, multiplier or kind out of range.

    >>> limits = funnel_limits(90, 2_000)
    >>> round(limits.lower_95, 2), round(limits.upper_95, 2)
    (48.5, 136.27)
    >>> limits.classify(140).label.en
    'Above the 95% control limit'
    """

    target: float = attrs.field(converter=to_real, validator=_TARGET)
    population: int = attrs.field(converter=v.to_int, validator=whole_number(1))
    per: int = attrs.field(default=10_000, converter=v.to_int, validator=PER)
    kind: FunnelKind = attrs.field(default=FunnelKind.RATE, converter=_to_kind, validator=_KIND)
    lower_95: float = attrs.field(init=False)
    upper_95: float = attrs.field(init=False)
    lower_998: float = attrs.field(init=False)
    upper_998: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        """Check the target against the kind and multiplier, and compute the limits."""
        if self.kind is FunnelKind.RATE and self.target <= 0.0:
            rule = "must be above 0: Poisson funnel limits around 0 are empty"
            rule_cy = (
                "rhaid i’r gwerth fod yn fwy na 0: nid oes dim rhwng terfynau twmffat Poisson o "
                "gwmpas 0"
            )
            v.fail(self, "target", self.target, rule, InvalidRateError, cy=rule_cy)
        if not 0.0 <= self.target <= self.per:
            rule = f"must be from 0 to {self.per:,}, the most a value per {self.per:,} can be"
            rule_cy = (
                f"rhaid i’r gwerth fod o 0 i {self.per:,}, y mwyaf y gall gwerth fesul "
                f"{self.per:,} fod"
            )
            v.fail(self, "target", self.target, rule, InvalidRateError, cy=rule_cy)
        for level, suffix in ((_CONFIDENCE_95, "95"), (_CONFIDENCE_998, "998")):
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

        Raises:
            InvalidRateError: if *value* is not a finite number.
        """
        number = finite_number("value", value)
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
        InvalidRateError: for a target not above 0 (rates) or outside 0 to *per*,
            or a bad population, multiplier or kind.
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
    given: object = populations
    if isinstance(given, (str, bytes, bytearray, memoryview)) or not isinstance(given, Iterable):
        msg = f"'populations' ({v.describe(given)}) must be an iterable of whole numbers."
        cy = f"'populations' ({v.describe(given)}): rhaid i’r gwerth fod yn gyfres o rifau cyfan."
        raise InvalidRateError(msg, cy=cy)
    return tuple(funnel_limits(target, n, per=per, kind=kind) for n in given)

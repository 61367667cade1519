"""One rate: a count over a population with confidence limits, and its rounding.

>>> r = rate(630, 70_000)
>>> str(r)
'90 per 10,000 (95% CI 83 to 97)'
>>> r.label.cy
'90 fesul 10,000 (cyfwng hyder 95%: 83 i 97)'
"""

from __future__ import annotations

import decimal
import math
import numbers
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Self

import attrs

from .. import _validators as v
from ..errors import InvalidRateError, SuppressedValueError
from ..text import Bilingual, BilingualEnum, Language
from . import _stats

__all__ = [
    "MAX_COUNT",
    "MULTIPLIERS",
    "SUPPRESSION_SYMBOLS",
    "Rate",
    "RateMethod",
    "RoundedRate",
    "Suppressed",
    "SuppressionReason",
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

_BYAR_FROM = 10  # phe_rate: exact below 10 events, Byar's method from 10 up
_MAX_DP = 12
_MAX_ROUNDED_BITS = 3_300  # about 1,000 decimal digits
_PERCENT = 100


# --------------------------------------------------------------------------- checks


def to_real(value: float) -> float:
    """Store a real number (a finite :class:`~decimal.Decimal` too) as a float.

    Anything else is left for the validator to refuse.

    >>> to_real(Decimal("0.95")), to_real(Fraction(1, 2)), to_real("1")
    (0.95, 0.5, '1')
    """
    given: Any = value  # typed for callers; at run time anything may arrive
    if isinstance(given, Decimal) and given.is_finite():
        given = float(given)
    return v.to_float(given)


def whole_number(low: int) -> v.Check:
    """A whole number from *low* to :data:`MAX_COUNT` (numpy and pandas ints too, never a bool)."""
    rule = (
        f"must be a whole number (an int) of at least {low} and at most {MAX_COUNT:,}: "
        "no Welsh or UK figure is larger"
    )
    rule_cy = (
        f"rhaid i’r gwerth fod yn rhif cyfan (int) o {low} i {MAX_COUNT:,}: "
        "nid oes unrhyw ffigur i Gymru neu i’r DU sy’n fwy"
    )
    return v.Check(v.integer(low, MAX_COUNT).inner, rule, InvalidRateError, cy=rule_cy)


#: A multiplier: one of :data:`MULTIPLIERS`.
PER = v.Check(
    v.one_of(MULTIPLIERS).inner,
    "must be one of " + ", ".join(f"{m:,}" for m in MULTIPLIERS),
    InvalidRateError,
    cy="rhaid i’r gwerth fod yn un o " + ", ".join(f"{m:,}" for m in MULTIPLIERS),
)
_CONFIDENCE = v.Check(
    v.number(0.0, 1.0, open_low=True, open_high=True).inner,
    "must be a number strictly between 0 and 1, such as 0.95",
    InvalidRateError,
    cy="rhaid i’r gwerth fod yn rhif sy’n fwy na 0 ac yn llai na 1, fel 0.95",
)
_FINITE = v.Check(
    v.number().inner,
    "must be a finite number",
    InvalidRateError,
    cy="rhaid i’r gwerth fod yn rhif meidraidd",
)


def check_confidence(instance: object, field: str, value: object) -> None:
    """Refuse a confidence level outside (0, 1), with a hint for one given as a percentage."""
    if isinstance(value, float) and 1.0 < value < _PERCENT:
        rule = (
            f"must be strictly between 0 and 1, such as 0.95; for {value:g}% give {value / 100:g}"
        )
        rule_cy = (
            "rhaid i’r gwerth fod yn fwy na 0 ac yn llai na 1, fel 0.95; "
            f"am {value:g}% rhowch {value / 100:g}"
        )
        v.fail(instance, field, value, rule, InvalidRateError, cy=rule_cy)
    _CONFIDENCE.check(instance, field, value)


def confidence_validator(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The attrs validator of a ``confidence`` field (see :func:`check_confidence`)."""
    check_confidence(instance, attribute.name, value)


def confidence_level(value: object) -> float:
    """Return *value* as a confidence level, or raise :class:`InvalidRateError`."""
    number = to_real(value)  # type: ignore[arg-type]  # anything may arrive
    check_confidence(None, "confidence", number)
    return number


def multiplier(value: object) -> int:
    """Return *value* as a multiplier, or raise :class:`InvalidRateError`."""
    number = v.to_int(value)  # type: ignore[arg-type]  # anything may arrive
    PER.check(None, "per", number)
    return number


def finite_number(field: str, value: object) -> float:
    """Return *value* as a finite float, refusing bools, strings and non-numbers."""
    number = to_real(value)  # type: ignore[arg-type]  # anything may arrive
    _FINITE.check(None, field, number)
    return number


def to_member(kind: type[BilingualEnum], value: object) -> object:
    """Turn a member's value (such as ``"byar"``, in any case) into the member.

    The public functions have always taken the values; anything else is left
    for the field's validator (:func:`member_check`) to refuse.
    """
    if isinstance(value, str):
        for item in kind:
            if item.value == value.strip().lower():
                return item
    return value


def member_check(kind: type[BilingualEnum]) -> v.Check:
    """A member of *kind*, refused with :class:`InvalidRateError`."""
    check = v.member(kind)
    return v.Check(check.inner, check.rule, InvalidRateError, cy=check.cy)


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
        msg = f"'method' ({v.describe(value)}) must be one of {allowed}."
        cy = f"'method' ({v.describe(value)}): rhaid i’r gwerth fod yn un o {allowed}."
        raise InvalidRateError(msg, cy=cy)


def to_method(value: RateMethod | str) -> RateMethod:
    """The converter of a ``method`` field: a member, or its value."""
    return to_member(RateMethod, value)  # type: ignore[return-value]  # the validator checks


METHOD = member_check(RateMethod)


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
#: (disclosive; not available), ``[c]``, ``[x]`` and ``[z]`` the GSS's,
#: ``.`` the older Welsh Government "not applicable", and ``c`` and ``x`` the
#: GSS symbols as some exports write them, without brackets.
SUPPRESSION_SYMBOLS: Mapping[str, SuppressionReason] = {
    "*": SuppressionReason.CONFIDENTIAL,
    "[c]": SuppressionReason.CONFIDENTIAL,
    "..": SuppressionReason.NOT_AVAILABLE,
    "[x]": SuppressionReason.NOT_AVAILABLE,
    "[z]": SuppressionReason.NOT_APPLICABLE,
    ".": SuppressionReason.NOT_APPLICABLE,
    "c": SuppressionReason.CONFIDENTIAL,
    "x": SuppressionReason.NOT_AVAILABLE,
}
SYMBOLS_IN_WORDS = ", ".join(SUPPRESSION_SYMBOLS)


def _normal_symbol(value: str) -> str:
    given: Any = value  # typed for callers; at run time anything may arrive
    return given.strip().lower() if isinstance(given, str) else given


@attrs.frozen
class Suppressed:
    """A published cell withheld or unavailable: a value of its own kind, never zero.

    Attributes:
        symbol: the symbol the table used, one of :data:`SUPPRESSION_SYMBOLS`
            (stored stripped and in lower case).

    Raises:
        InvalidRateError: for any other symbol.

    >>> cell = Suppressed("[c]")
    >>> cell.reason.label.cy
    'Cyfrinachol: datgelol neu ddim yn ddigon cadarn'
    >>> str(cell)
    '[c]'
    """

    symbol: str = attrs.field(
        converter=_normal_symbol,
        validator=v.Check(
            v.one_of(tuple(SUPPRESSION_SYMBOLS)).inner,
            f"must be one of the suppression symbols {SYMBOLS_IN_WORDS}",
            InvalidRateError,
            cy=f"rhaid i’r gwerth fod yn un o’r symbolau atal {SYMBOLS_IN_WORDS}",
        ),
    )

    @property
    def reason(self) -> SuppressionReason:
        """Why the cell has no value."""
        return SUPPRESSION_SYMBOLS[self.symbol]

    @property
    def label(self) -> Bilingual:
        """Why the cell has no value, in English and Welsh (the reason's label)."""
        return self.reason.label

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The symbol and why the cell has no value, in *lang*.

        >>> Suppressed("*").describe("cy")
        '* (Cyfrinachol: datgelol neu ddim yn ddigon cadarn)'
        """
        return f"{self.symbol} ({self.label.in_(lang)})"

    def __str__(self) -> str:
        """Return the symbol, as the table printed it."""
        return self.symbol


_NOT_SUPPRESSED = v.satisfies(
    lambda value: not isinstance(value, Suppressed),
    "must be a number: a suppressed cell has no rate",
    error=SuppressedValueError,
    cy="rhaid i’r gwerth fod yn rhif: nid oes cyfradd i gell a ataliwyd",
)


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
    places = v.to_int(dp)
    v.Check(
        v.integer(0, _MAX_DP).inner,
        f"must be an int from 0 to {_MAX_DP}",
        InvalidRateError,
        cy=f"rhaid i’r gwerth fod yn int o 0 i {_MAX_DP}",
    ).check(None, "dp", places)
    given: Any = value  # typed for callers; numpy integers arrive at run time too
    number: Any = v.to_int(given) if isinstance(given, numbers.Integral) else given
    if isinstance(number, bool) or not isinstance(number, (int, Fraction)):
        # exact rationals are finite; floats and Decimals may not be
        _FINITE.check(None, "value", to_real(value))  # type: ignore[arg-type]  # Decimal too
    exact = Fraction(number)
    scaled = abs(exact) * 10**places
    whole = math.floor(scaled + Fraction(1, 2))
    if whole.bit_length() > _MAX_ROUNDED_BITS:
        msg = f"'value' ({v.describe(value)}) is too large to round (over 1,000 digits)."
        cy = f"'value' ({v.describe(value)}): mae’n rhy fawr i’w dalgrynnu (dros 1,000 o ddigidau)."
        raise InvalidRateError(msg, cy=cy)
    sign = "-" if exact < 0 and whole else ""
    return Decimal(f"{sign}{whole}E-{places}")  # the string constructor is exact: no rounding


def _number(value: Decimal) -> str:
    return f"{value:,}"


def percent(confidence: float) -> str:
    """Write a confidence level as a percentage: ``0.998`` is ``"99.8%"``."""
    return f"{confidence * 100:.10g}%"


# --------------------------------------------------------------------------- rates


def _is_decimal(value: object) -> bool:
    return isinstance(value, Decimal) and value.is_finite() and value >= 0


_DECIMAL = v.satisfies(
    _is_decimal,
    "must be a finite decimal.Decimal of at least 0",
    error=InvalidRateError,
    cy="rhaid i’r gwerth fod yn decimal.Decimal meidraidd nad yw’n llai na 0",
)


@attrs.frozen
class RoundedRate:
    """A rate and its limits rounded for publication, with its one-line description.

    Attributes:
        value: the rounded rate.
        lower: the rounded lower confidence limit.
        upper: the rounded upper confidence limit.
        per: the multiplier (100 means a percentage).
        confidence: the confidence level of the limits.

    Raises:
        InvalidRateError: for a value or limit that is not a finite, non-negative
            :class:`~decimal.Decimal`, limits that do not contain the value, or a
            bad multiplier or confidence level.

    >>> r = rate(90, 10_000).rounded(1)
    >>> r.value, r.lower, r.upper
    (Decimal('90.0'), Decimal('72.4'), Decimal('110.6'))
    """

    # Spelt decimal.Decimal: the docs read these annotations as text, and link the full name.
    value: decimal.Decimal = attrs.field(converter=v.to_plain_decimal, validator=_DECIMAL)
    lower: decimal.Decimal = attrs.field(converter=v.to_plain_decimal, validator=_DECIMAL)
    upper: decimal.Decimal = attrs.field(converter=v.to_plain_decimal, validator=_DECIMAL)
    per: int = attrs.field(converter=v.to_int, validator=PER)
    confidence: float = attrs.field(converter=to_real, validator=confidence_validator)

    def __attrs_post_init__(self) -> None:
        """Check that the limits contain the value."""
        if self.lower > self.value:
            v.fail(
                self,
                "lower",
                self.lower,
                f"must not be above 'value' ({self.value})",
                InvalidRateError,
                cy=f"rhaid i’r gwerth beidio â bod yn uwch na 'value' ({self.value})",
            )
        if self.upper < self.value:
            v.fail(
                self,
                "upper",
                self.upper,
                f"must not be below 'value' ({self.value})",
                InvalidRateError,
                cy=f"rhaid i’r gwerth beidio â bod yn is na 'value' ({self.value})",
            )

    def description(self) -> Bilingual:
        """The one-line description in English and Welsh.

        >>> print(rate(90, 10_000, confidence=0.998).rounded(0).description().cy)
        90 fesul 10,000 (cyfwng hyder 99.8%: 63 i 123)
        """
        level = percent(self.confidence)
        if self.per == _PERCENT:
            value, lower, upper = (f"{_number(x)}%" for x in (self.value, self.lower, self.upper))
            return Bilingual(
                f"{value} ({level} CI {lower} to {upper})",
                f"{value} (cyfwng hyder {level}: {lower} i {upper})",
            )
        value, lower, upper = (_number(x) for x in (self.value, self.lower, self.upper))
        return Bilingual(
            f"{value} per {self.per:,} ({level} CI {lower} to {upper})",
            f"{value} fesul {self.per:,} (cyfwng hyder {level}: {lower} i {upper})",
        )

    @property
    def label(self) -> Bilingual:
        """The one-line description in English and Welsh (see :meth:`description`)."""
        return self.description()

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The one-line description in *lang* (``"en"`` or ``"cy"``)."""
        return self.description().in_(lang)

    def __str__(self) -> str:
        """The one-line description in English."""
        return self.describe()


@attrs.frozen
class Rate:
    """A count over a population, per *per*, with confidence limits.

    Only the inputs are fields you give; ``value``, ``lower`` and ``upper`` are
    computed, and ``method`` records the method actually used (``PHE`` becomes
    ``EXACT`` below 10 events and ``BYAR`` from 10).  ``WILSON`` makes a
    proportion (see :func:`proportion`).  ``str()`` gives the English
    description, rounded to whole numbers.

    Attributes:
        count: the numerator, such as children looked after (a whole number, 0 or
            more; numpy and pandas integers are stored as ``int``).
        population: the denominator, such as children in the population (1 or more).
        per: the multiplier, one of :data:`MULTIPLIERS`.
        confidence: the confidence level, strictly between 0 and 1 (0.95 and 0.998 are usual).
        method: how the limits were computed (a :class:`RateMethod` or its value).
        value: ``count / population * per`` (computed).
        lower: the lower confidence limit, never below 0 (computed).
        upper: the upper confidence limit (computed).

    Raises:
        InvalidRateError: for a count that is negative, not a whole number, or
            above the population; a population of 0; a confidence outside (0, 1);
            a multiplier not in :data:`MULTIPLIERS`; or Byar's method where its
            approximation fails (a count of 0, or a negative lower limit).
        SuppressedValueError: for a :class:`Suppressed` count or population.

    >>> r = Rate(9, 1_000, per=1_000)
    >>> r.method, round(r.lower, 6), round(r.upper, 6)
    (<RateMethod.EXACT: 'exact'>, 4.115373, 17.084803)
    """

    count: int = attrs.field(converter=v.to_int, validator=[_NOT_SUPPRESSED, whole_number(0)])
    population: int = attrs.field(converter=v.to_int, validator=[_NOT_SUPPRESSED, whole_number(1)])
    per: int = attrs.field(default=10_000, converter=v.to_int, validator=PER)
    confidence: float = attrs.field(default=0.95, converter=to_real, validator=confidence_validator)
    method: RateMethod = attrs.field(default=RateMethod.PHE, converter=to_method, validator=METHOD)
    value: float = attrs.field(init=False)
    lower: float = attrs.field(init=False)
    upper: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        """Check the count against the population and compute the value and limits."""
        count, population = self.count, self.population
        if count > population:
            rule = (
                f"must not be above 'population' ({population}): "
                "a rate counts members of the population"
            )
            rule_cy = (
                f"rhaid i’r gwerth beidio â bod yn uwch na 'population' ({population}): "
                "mae cyfradd yn cyfrif aelodau o’r boblogaeth"
            )
            v.fail(self, "count", count, rule, InvalidRateError, cy=rule_cy)
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
        byar = RateMethod.BYAR.value
        if self.count == 0:
            rule = "cannot be used for a 'count' of 0: use 'exact' or 'phe'"
            rule_cy = "ni ellir ei ddefnyddio gyda 'count' o 0: defnyddiwch 'exact' neu 'phe'"
            v.fail(self, "method", byar, rule, InvalidRateError, cy=rule_cy)
        lower = _stats.byar_lower(self.count, self.confidence)
        if lower < 0.0:
            rule = (
                f"fails for a 'count' of {self.count} at 'confidence' {self.confidence}: "
                "its lower limit is negative; use 'exact' or 'phe'"
            )
            rule_cy = (
                f"nid yw’n gweithio gyda 'count' o {self.count} a 'confidence' o "
                f"{self.confidence}: mae ei derfyn isaf yn negatif; defnyddiwch 'exact' neu 'phe'"
            )
            v.fail(self, "method", byar, rule, InvalidRateError, cy=rule_cy)
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
        return self.per == _PERCENT

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

    @property
    def label(self) -> Bilingual:
        """The one-line description in English and Welsh, rounded to whole numbers."""
        return self.description()

    def describe(self, lang: Language | str = Language.EN, dp: int = 0) -> str:
        """The one-line description in *lang*, rounded to *dp* places.

        >>> rate(1_234, 98_765, per=100_000).describe("cy", dp=1)
        '1,249.4 fesul 100,000 (cyfwng hyder 95%: 1,180.7 i 1,321.1)'
        """
        return self.description(dp).in_(lang)

    def __str__(self) -> str:
        """The one-line description in English, rounded to whole numbers."""
        return self.describe()


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
        count: the number of events or people counted (numpy and pandas integers too).
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

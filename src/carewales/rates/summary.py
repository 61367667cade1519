"""The headline figures of a table of rates: the pooled rate, the range, the mean of rates."""

from __future__ import annotations

import attrs

from .. import _validators as v
from ..authorities import Authority
from ..errors import InvalidRateError
from ..text import Bilingual, Language
from ..welsh import a_ac, reads_with_vowel
from ..welsh import count as count_in_welsh
from .core import (
    Rate,
    round_half_away,
    to_real,
)

__all__ = ["WELSH_AUTHORITIES", "RateSummary"]

#: The most authorities a table of Welsh rates can have.
WELSH_AUTHORITIES = 22


_AUTHORITIES = v.Check(
    v.integer(1, WELSH_AUTHORITIES).inner,
    f"must be a whole number from 1 to {WELSH_AUTHORITIES}, the Welsh authorities",
    InvalidRateError,
    cy=f"rhaid i’r gwerth fod yn rhif cyfan o 1 i {WELSH_AUTHORITIES}, awdurdodau Cymru",
)
_SUPPRESSED = v.Check(
    v.integer(0, WELSH_AUTHORITIES).inner,
    f"must be a whole number from 0 to {WELSH_AUTHORITIES}",
    InvalidRateError,
    cy=f"rhaid i’r gwerth fod yn rhif cyfan o 0 i {WELSH_AUTHORITIES}",
)
_MEAN = v.Check(
    v.number(0.0).inner,
    "must be a finite number of at least 0",
    InvalidRateError,
    cy="rhaid i’r gwerth fod yn rhif meidraidd nad yw’n llai na 0",
)
_AUTHORITY = v.optional(v.instance(Authority))
_SPREAD = ("mean_of_rates", "minimum", "minimum_authority", "maximum", "maximum_authority")


@attrs.frozen
class RateSummary:
    """The headline figures of a :class:`RateTable`, with how many cells were suppressed.

    Attributes:
        authorities: how many authorities the table has (1 to 22).
        suppressed: how many of them have a suppressed cell (at most *authorities*).
        national: the pooled rate (total count over total population), or
            ``None`` when a suppressed cell makes pooling impossible (and only then).
        mean_of_rates: the unweighted mean of the published authorities' rates:
            not the national rate, which weights each authority by its population;
            ``None`` when every authority is suppressed (and only then), as are
            the four fields below.
        minimum: the lowest published rate.
        minimum_authority: the authority with it (the first in the table on a tie).
        maximum: the highest published rate.
        maximum_authority: the authority with it.

    Raises:
        InvalidRateError: for counts out of range, a national rate given with
            suppressed cells (or missing without them), spread figures given when
            every cell is suppressed (or missing when one is published), rates that
            differ in multiplier or confidence level, a minimum above the maximum,
            or a mean outside them.

    >>> from carewales.rates.tables import _example
    >>> summary = _example().summary()
    >>> summary.suppressed, round(summary.range, 1), round(summary.ratio, 2)
    (0, 112.8, 3.13)
    """

    authorities: int = attrs.field(converter=v.to_int, validator=_AUTHORITIES)
    suppressed: int = attrs.field(converter=v.to_int, validator=_SUPPRESSED)
    national: Rate | None = attrs.field(validator=v.optional(v.instance(Rate)))
    mean_of_rates: float | None = attrs.field(
        converter=attrs.converters.optional(to_real), validator=v.optional(_MEAN)
    )
    minimum: Rate | None = attrs.field(validator=v.optional(v.instance(Rate)))
    minimum_authority: Authority | None = attrs.field(validator=_AUTHORITY)
    maximum: Rate | None = attrs.field(validator=v.optional(v.instance(Rate)))
    maximum_authority: Authority | None = attrs.field(validator=_AUTHORITY)

    def __attrs_post_init__(self) -> None:
        """Check that the figures fit together."""
        if self.suppressed > self.authorities:
            rule = f"must not be above 'authorities' ({self.authorities})"
            rule_cy = f"rhaid i’r gwerth beidio â bod yn uwch na 'authorities' ({self.authorities})"
            v.fail(self, "suppressed", self.suppressed, rule, InvalidRateError, cy=rule_cy)
        if (self.national is None) != (self.suppressed > 0):
            rule = (
                "must be given exactly when no cell is suppressed: "
                "a pooled rate without the suppressed cells is not the national figure"
            )
            rule_cy = (
                "rhaid rhoi’r gwerth pan nad oes cell wedi’i hatal, a dim ond bryd hynny: "
                "nid cyfradd gyfun heb y celloedd a ataliwyd yw’r ffigur cenedlaethol"
            )
            v.fail(self, "national", self.national, rule, InvalidRateError, cy=rule_cy)
        none = self.suppressed == self.authorities
        for field in _SPREAD:
            if (getattr(self, field) is None) != none:
                rule = "must be given exactly when at least one authority's rate is published"
                rule_cy = (
                    "rhaid rhoi’r gwerth pan gyhoeddir cyfradd o leiaf un awdurdod, a dim ond "
                    "bryd hynny"
                )
                v.fail(self, field, getattr(self, field), rule, InvalidRateError, cy=rule_cy)
        if self.minimum is None or self.maximum is None or self.mean_of_rates is None:
            return
        key = (self.minimum.per, self.minimum.confidence)
        for field in ("maximum", "national"):
            other: Rate | None = getattr(self, field)
            if other is not None and (other.per, other.confidence) != key:
                rule = "must have the same multiplier and confidence level as 'minimum'"
                rule_cy = "rhaid i’r lluosydd a’r lefel hyder fod yr un fath ag yn 'minimum'"
                v.fail(self, field, other, rule, InvalidRateError, cy=rule_cy)
        if self.minimum.exact_value > self.maximum.exact_value:
            rule = "must not be above 'maximum'"
            rule_cy = "rhaid i’r gwerth beidio â bod yn uwch na 'maximum'"
            v.fail(self, "minimum", self.minimum, rule, InvalidRateError, cy=rule_cy)
        if not self.minimum.value <= self.mean_of_rates <= self.maximum.value:
            rule = "must lie between the minimum and maximum rates"
            rule_cy = "rhaid i’r gwerth fod rhwng y gyfradd isaf a’r gyfradd uchaf"
            v.fail(self, "mean_of_rates", self.mean_of_rates, rule, InvalidRateError, cy=rule_cy)

    @property
    def range(self) -> float | None:
        """The highest rate less the lowest, or ``None`` if every cell is suppressed."""
        if self.minimum is None or self.maximum is None:
            return None
        return float(self.maximum.exact_value - self.minimum.exact_value)

    @property
    def ratio(self) -> float | None:
        """The highest rate over the lowest, or ``None`` if the lowest is 0 or none is published."""
        if self.minimum is None or self.maximum is None or self.minimum.count == 0:
            return None
        return float(self.maximum.exact_value / self.minimum.exact_value)

    def describe(self, lang: Language | str = Language.EN, dp: int = 0) -> str:
        r"""Summarise in one line of a sentence or two, rounded to *dp* places.

        >>> import re
        >>> from carewales.rates.tables import _example
        >>> print(*re.split(r"(?<=[.;]) ", _example().summary().describe()), sep="\n")
        The 3 authorities (pooled): 106 per 10,000 (95% CI 100 to 112).
        Authorities ranged from 53 (Powys) to 166 (Newport), 3.1 times as high;
        mean of the 3 authorities' rates 106.
        """
        language = Language.parse(lang)
        welsh = language is Language.CY
        if self.national is None:
            national = (
                f"Dim cyfradd genedlaethol gyfun: mae {self.suppressed} o "
                f"{count_in_welsh(self.authorities, 'cell', feminine=True)} wedi’u hatal."
                if welsh
                else f"No pooled national rate: {self.suppressed} of {self.authorities} "
                "cells suppressed."
            )
        else:
            if self.authorities == WELSH_AUTHORITIES:
                prefix = "Cymru (cyfun)" if welsh else "Wales (pooled)"
            else:
                noun = "authority" if self.authorities == 1 else "authorities"
                prefix = (
                    f"{'Yr' if reads_with_vowel(self.authorities) else 'Y'} "
                    f"{self.authorities} awdurdod (cyfun)"
                    if welsh
                    else f"The {self.authorities} {noun} (pooled)"
                )
            national = f"{prefix}: {self.national.describe(language, dp)}."
        return f"{national} {self._spread(language, dp)}"

    def _spread(self, language: Language, dp: int) -> str:
        """The range, ratio and mean of the published rates, or why there are none."""
        welsh = language is Language.CY
        if self.minimum is None or self.maximum is None or self.mean_of_rates is None:
            return _NO_SPREAD.in_(language)
        low = round_half_away(self.minimum.exact_value, dp)
        high = round_half_away(self.maximum.exact_value, dp)
        mean = round_half_away(self.mean_of_rates, dp)
        published = self.authorities - self.suppressed
        low_name = self.minimum_authority.name.in_(language)  # type: ignore[union-attr]
        high_name = self.maximum_authority.name.in_(language)  # type: ignore[union-attr]
        ratio = self.ratio
        if ratio is not None:
            times = f", {round_half_away(ratio, 1)}"
            times += " gwaith yn uwch" if welsh else " times as high"
        else:
            times = " " + _NO_RATIO.in_(language)
        if published == 1:
            single = _ONE_RATE.in_(language)
            return single.format(name=high_name, value=f"{high:,}")
        if welsh:
            return (
                # "wedi amrywio rhwng 53 a 166", as seed 000 says it ("ac" before 80, 11-19)
                f"Roedd yr awdurdodau’n amrywio rhwng {low:,} ({low_name}) "
                f"{a_ac(int(high))} {high:,} ({high_name}){times}; cymedr cyfraddau’r "
                f"{published} awdurdod {mean:,}."
            )
        return (
            f"Authorities ranged from {low:,} ({low_name}) to {high:,} "
            f"({high_name}){times}; mean of the {published} authorities' rates {mean:,}."
        )


_NO_SPREAD = Bilingual(
    "No authority's rate is published, so there is no range, ratio or mean of rates.",
    "Nid oes cyfradd wedi’i chyhoeddi ar gyfer unrhyw awdurdod, felly nid oes amrediad, "
    "cymhareb na chymedr cyfraddau.",
)
_NO_RATIO = Bilingual("(no ratio: the lowest rate is 0)", "(dim cymhareb: 0 yw’r gyfradd isaf)")
_ONE_RATE = Bilingual(
    "One published rate ({name}, {value}): no range, ratio or mean of several rates.",
    "Un gyfradd gyhoeddedig ({name}, {value}): dim amrediad, cymhareb na chymedr sawl cyfradd.",
)

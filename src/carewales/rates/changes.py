"""The change between two periods' rates for the same place.

>>> print(change(Rate(53, 10_000), Rate(61, 10_000)).caveat.en)  # doctest: +ELLIPSIS
Whether the two confidence intervals overlap is not a test of the change: ...
"""

from __future__ import annotations

import attrs

from .. import _validators as v
from ..errors import InvalidRateError
from ..text import Bilingual, Language
from .core import Rate

__all__ = ["RateChange", "change"]


# --------------------------------------------------------------------------- change


_CHANGE_CAVEAT = Bilingual(
    "Whether the two confidence intervals overlap is not a test of the change: intervals "
    "can overlap when the difference is significant. No significance test is applied.",
    "Nid yw gorgyffwrdd rhwng y ddau gyfwng hyder yn brawf o’r newid: gall cyfyngau "
    "orgyffwrdd pan fo’r gwahaniaeth yn arwyddocaol. Ni chymhwysir prawf arwyddocâd.",
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
        InvalidFieldError: if either is not a :class:`Rate`.
        InvalidRateError: if the two rates differ in multiplier or confidence level.

    >>> c = change(Rate(90, 10_000), Rate(110, 10_000))
    >>> c.difference, round(c.relative_change, 4), c.intervals_overlap
    (20.0, 0.2222, True)
    """

    before: Rate = attrs.field(validator=v.instance(Rate))
    after: Rate = attrs.field(validator=v.instance(Rate))

    def __attrs_post_init__(self) -> None:
        """Check that the rates are comparable."""
        if (self.before.per, self.before.confidence) != (self.after.per, self.after.confidence):
            msg = (
                f"RateChange: 'after' (per {self.after.per:,}, confidence "
                f"{self.after.confidence}) must have the same multiplier and confidence as "
                f"'before' (per {self.before.per:,}, confidence {self.before.confidence})."
            )
            cy = (
                f"RateChange: 'after' (fesul {self.after.per:,}, hyder {self.after.confidence}): "
                "rhaid i’r lluosydd a’r lefel hyder fod yr un fath ag yn 'before' (fesul "
                f"{self.before.per:,}, hyder {self.before.confidence})."
            )
            raise InvalidRateError(msg, cy=cy)

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

    def describe(self, lang: Language | str = Language.EN, dp: int = 0) -> str:
        """The two rates in one line, rounded to *dp* places.

        >>> change(Rate(90, 10_000), Rate(110, 10_000)).describe()
        '90 per 10,000 (95% CI 72 to 111) to 110 per 10,000 (95% CI 90 to 133)'
        """
        joiner = " i " if Language.parse(lang) is Language.CY else " to "
        return self.before.describe(lang, dp) + joiner + self.after.describe(lang, dp)


def change(before: Rate, after: Rate) -> RateChange:
    """Return the change from *before* to *after* (see :class:`RateChange`).

    Raises:
        InvalidRateError: if the rates differ in multiplier or confidence level.

    >>> change(Rate(53, 10_000), Rate(61, 10_000)).difference
    8.0
    """
    return RateChange(before, after)

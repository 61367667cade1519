"""Care leavers' ages in Wales: the age-based entitlements the library can source, and ages.

Seed 003 speaks of a "care cliff" at 25 in *England*; in Wales the ages at which support
starts and ends are set by the Social Services and Well-being (Wales) Act 2014.

>>> [e.key for e in entitlements_on(dt.date(2007, 6, 10), dt.date(2024, 1, 1))]
['category-1-or-2', 'category-5']
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from .. import _validators as v
from .._lazy import Lazy
from ..errors import DateRangeError, DutyError
from ..text import Bilingual
from ._common import EARLIEST_BIRTH, LATEST_DATE, birthday, fail, key, optional
from .catalogue import DutySource, Standing, load_many

__all__ = ["Entitlement", "age_on", "entitlements", "entitlements_on"]

_MAX_AGE = 30
_BIRTH_OR_DAY = v.date(EARLIEST_BIRTH, LATEST_DATE)
_AGE = v.integer(0, _MAX_AGE, error=DutyError)
_LATER_AGE = v.integer(1, _MAX_AGE, error=DutyError)
_FLAG = v.boolean()


def _ensure_birth_and_day(born: object, day: object) -> tuple[dt.date, dt.date]:
    _BIRTH_OR_DAY.check(None, "born", born)
    _BIRTH_OR_DAY.check(None, "day", day)
    assert isinstance(born, dt.date)  # noqa: S101 (checked above; narrows the type)
    assert isinstance(day, dt.date)  # noqa: S101
    if day < born:
        msg = f"'day' ({day}) must not be before 'born' ({born})."
        raise DateRangeError(msg)
    return born, day


def age_on(born: dt.date, day: dt.date) -> int:
    """Return the age in whole years on *day* of a person born on *born*.

    Someone born on 29 February is taken to reach each age on 1 March in a common
    year (the library's assumption; see the module's notes).

    Raises:
        InvalidDateError: if either is not a plain date.
        UnsupportedDateError: for dates before 1900 or after 2099.
        DateRangeError: if *day* is before *born*.

    >>> (
    ...     age_on(dt.date(2004, 2, 29), dt.date(2025, 2, 28)),
    ...     age_on(dt.date(2004, 2, 29), dt.date(2025, 3, 1)),
    ... )
    (20, 21)
    """
    born, day = _ensure_birth_and_day(born, day)
    age = day.year - born.year
    return age if birthday(born, age) <= day else age - 1


@attrs.frozen
class Entitlement:
    """Support for care leavers in Wales that starts and ends at set ages, with its sources.

    The age range is ``from_age`` (inclusive) to ``until_age`` (exclusive: it ends on
    that birthday), extended to ``extended_until_age`` when ``extension`` holds (such as
    being in education or training).  Other conditions (care history) are in
    ``conditions``: the helpers check ages only.

    Raises:
        DutyError: for ages out of order, or an extension without its condition.

    >>> wir = entitlements()[-1]
    >>> wir.name.en
    'When I am Ready: staying with former foster carers after 18'
    >>> wir.end(dt.date(2006, 5, 1)), wir.end(dt.date(2006, 5, 1), in_education_or_training=True)
    (datetime.date(2027, 5, 1), datetime.date(2031, 5, 1))
    """

    _WHAT: ClassVar[str] = "entitlement"

    key: str = attrs.field(validator=key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    conditions: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    from_age: int = attrs.field(converter=v.to_int, validator=_AGE)
    until_age: int = attrs.field(converter=v.to_int, validator=_LATER_AGE)
    sources: tuple[DutySource, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(
            v.instance(DutySource, error=DutyError), min_size=1, unique=True, error=DutyError
        ),
    )
    extended_until_age: int | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(v.to_int),
        validator=optional(_LATER_AGE),
    )
    extension: Bilingual | None = attrs.field(
        default=None, validator=optional(v.instance(Bilingual, error=DutyError))
    )

    def __attrs_post_init__(self) -> None:
        """Check that the ages are in order and an extension has its condition."""
        last = self.until_age if self.extended_until_age is None else self.extended_until_age
        if not self.from_age < self.until_age <= last:
            text = (
                f"ages must rise: 'from_age' ({self.from_age}) < 'until_age' "
                f"({self.until_age}) <= 'extended_until_age' ({self.extended_until_age})."
            )
            fail(self, text, DutyError)
        if (self.extension is None) is not (self.extended_until_age is None):
            text = "'extension' and 'extended_until_age' must be given together."
            fail(self, text, DutyError)

    @property
    def standing(self) -> Standing:
        """The standing of its first source (the one that sets it up)."""
        return self.sources[0].standing

    def start(self, born: dt.date) -> dt.date:
        """Return the first day it can apply to a person born on *born*."""
        born, _ = _ensure_birth_and_day(born, born)
        return birthday(born, self.from_age)

    def end(self, born: dt.date, *, in_education_or_training: bool = False) -> dt.date:
        """Return the day it stops (the birthday it ends on), with the extension if it applies."""
        born, _ = _ensure_birth_and_day(born, born)
        _FLAG.check(None, "in_education_or_training", in_education_or_training)
        years = self.until_age
        if in_education_or_training and self.extended_until_age is not None:
            years = self.extended_until_age
        return birthday(born, years)

    def applies(
        self, born: dt.date, day: dt.date, *, in_education_or_training: bool = False
    ) -> bool:
        """Say whether, by age alone, it can apply on *day* to a person born on *born*."""
        born, day = _ensure_birth_and_day(born, day)
        end = self.end(born, in_education_or_training=in_education_or_training)
        return self.start(born) <= day < end


_ENTITLEMENTS: Lazy[tuple[Entitlement, ...]] = Lazy(
    lambda: load_many("parenting_entitlements.json", Entitlement)
)


def entitlements() -> tuple[Entitlement, ...]:
    """Return the age-based entitlements of care leavers in Wales that the library can source.

    Seed 003 speaks of a "care cliff" at 25 in *England*; in Wales the latest age in
    s. 104(2) of the 2014 Act is also 25 (category 4: in education or training).

    >>> for e in entitlements():
    ...     print(e.key, e.from_age, e.until_age, e.extended_until_age, e.standing.value)
    category-1-or-2 16 18 None statutory
    category-3 18 21 None statutory
    category-4 21 25 None statutory
    category-5 16 21 None statutory
    when-i-am-ready 18 21 25 statutory
    """
    return _ENTITLEMENTS()


def entitlements_on(
    born: dt.date, day: dt.date, *, in_education_or_training: bool = False
) -> tuple[Entitlement, ...]:
    """Return the entitlements that can apply, by age alone, on *day* to a person born on *born*.

    Whether one actually applies depends on its ``conditions`` too (the care history).

    Raises:
        InvalidDateError, UnsupportedDateError, DateRangeError: as :func:`age_on` does.

    >>> [e.key for e in entitlements_on(dt.date(2003, 9, 1), dt.date(2025, 1, 1))]
    ['category-4']
    >>> [
    ...     e.key
    ...     for e in entitlements_on(
    ...         dt.date(2003, 9, 1), dt.date(2025, 1, 1), in_education_or_training=True
    ...     )
    ... ]
    ['category-4', 'when-i-am-ready']
    """
    born, day = _ensure_birth_and_day(born, day)
    _FLAG.check(None, "in_education_or_training", in_education_or_training)
    return tuple(
        item
        for item in entitlements()
        if item.applies(born, day, in_education_or_training=in_education_or_training)
    )

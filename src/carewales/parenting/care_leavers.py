"""Care leavers' ages in Wales: the age-based entitlements of Part 6 of the 2014 Act, and ages.

Seed 003 speaks of a "care cliff" at 25 in *England*; in Wales the ages at which support
starts and ends are set by the Social Services and Well-being (Wales) Act 2014, Part 6
(sections 104 to 115), in force since 6 April 2016:

* categories 1 and 2 are aged 16 or 17 (s. 104(2));
* the duties towards a category 3 young person (18 or over) end at 21, except that where
  the pathway plan sets out a programme of education or training that runs beyond the
  21st birthday they continue while the young person pursues it (s. 111(2)): the Act sets
  no age for that end;
* a category 4 young person, whose category 3 duties have ended and who is pursuing, or
  wishes to pursue, education or training, is supported until 25 (s. 104(2), s. 112);
* a category 5 young person is aged 16 to 20 (s. 104(2)).

The helpers answer only for days on which the Act's Part 6 was in force.

>>> [e.key for e in entitlements_on(dt.date(2007, 6, 10), dt.date(2024, 1, 1))]
['category-1-or-2', 'category-5']
>>> [
...     e.key
...     for e in entitlements_on(
...         dt.date(2001, 9, 1), dt.date(2024, 1, 1), in_education_or_training=True
...     )
... ]
['category-3', 'category-4']
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from .. import _validators as v
from .._lazy import Lazy
from ..errors import DateRangeError, DutyError, UnsupportedDateError
from ..text import Bilingual, Language
from ._common import (
    DAY,
    EARLIEST_BIRTH,
    LATEST_DATE,
    birthday,
    check_in_force,
    check_period,
    fail,
    key,
    optional,
)
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
        cy = f"'day' ({day}): {v.MUST_NOT} bod cyn 'born' ({born})."
        raise DateRangeError(msg, cy=cy)
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
    that birthday).  An ``extension`` (such as pursuing a programme of education or
    training) lengthens it: to ``extended_until_age``, or, where that is ``None``, for as
    long as the extension's condition holds, with no age set (s. 111(2) of the Act).
    Where ``requires_education_or_training`` holds, it applies only to a young person
    pursuing (or wishing to pursue) education or training (category 4).  Other
    conditions (care history) are in ``conditions``: the helpers check ages only.
    ``valid_from`` and ``valid_to`` bound the days it was in force; the helpers give no
    answer outside them.

    Raises:
        DutyError: for ages out of order, an extended age without its condition, or a
            last day in force before the first.

    >>> cat3 = entitlements()[1]
    >>> cat3.name.en
    'Support as a category 3 young person (personal adviser and pathway plan)'
    >>> cat3.end(dt.date(2003, 5, 1)), cat3.end(dt.date(2003, 5, 1), in_education_or_training=True)
    (datetime.date(2024, 5, 1), None)
    """

    _WHAT: ClassVar[str] = "entitlement"
    _WHAT_CY: ClassVar[str] = "hawl"

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
    requires_education_or_training: bool = attrs.field(
        default=False, validator=v.boolean(error=DutyError), kw_only=True
    )
    valid_from: dt.date | None = attrs.field(default=None, validator=optional(DAY), kw_only=True)
    valid_to: dt.date | None = attrs.field(default=None, validator=optional(DAY), kw_only=True)

    def __attrs_post_init__(self) -> None:
        """Check that the ages are in order, an extended age has its condition, and the dates."""
        last = self.until_age if self.extended_until_age is None else self.extended_until_age
        if not self.from_age < self.until_age <= last:
            text = (
                f"ages must rise: 'from_age' ({self.from_age}) < 'until_age' "
                f"({self.until_age}) <= 'extended_until_age' ({self.extended_until_age})."
            )
            cy = (
                f"rhaid i’r oedrannau godi: 'from_age' ({self.from_age}) < 'until_age' "
                f"({self.until_age}) <= 'extended_until_age' ({self.extended_until_age})."
            )
            fail(self, text, DutyError, cy=cy)
        if self.extended_until_age is not None and self.extension is None:
            text = "'extended_until_age' needs the 'extension' (its condition)."
            cy = "mae angen 'extension' (ei amod) ar 'extended_until_age'."
            fail(self, text, DutyError, cy=cy)
        check_period(self, self.valid_from, self.valid_to)

    @property
    def standing(self) -> Standing:
        """The standing of its first source (the one that sets it up)."""
        return self.sources[0].standing

    @property
    def open_ended(self) -> bool:
        """Say whether its extension has no age set: it lasts while its condition holds."""
        return self.extension is not None and self.extended_until_age is None

    def in_force(self, day: dt.date) -> bool:
        """Say whether it was in force on *day*.

        >>> entitlements()[0].in_force(dt.date(2016, 4, 5))
        False
        """
        v.ensure_date("day", day)
        try:
            check_in_force(self, self.valid_from, self.valid_to, day, day)
        except UnsupportedDateError:
            return False
        return True

    def start(self, born: dt.date) -> dt.date:
        """Return the first day it can apply to a person born on *born*."""
        born, _ = _ensure_birth_and_day(born, born)
        return birthday(born, self.from_age)

    def end(self, born: dt.date, *, in_education_or_training: bool = False) -> dt.date | None:
        """Return the day it stops (the birthday it ends on), with the extension if it applies.

        ``None`` means the extension has no age set: it lasts while the young person
        pursues the programme (s. 111(2) of the Act for category 3).
        """
        born, _ = _ensure_birth_and_day(born, born)
        _FLAG.check(None, "in_education_or_training", in_education_or_training)
        if in_education_or_training and self.extension is not None:
            if self.extended_until_age is None:
                return None
            return birthday(born, self.extended_until_age)
        return birthday(born, self.until_age)

    def applies(
        self, born: dt.date, day: dt.date, *, in_education_or_training: bool = False
    ) -> bool:
        """Say whether, by age (and education or training) alone, it can apply on *day*.

        Raises:
            UnsupportedDateError: for a *day* on which it was not in force.
        """
        born, day = _ensure_birth_and_day(born, day)
        check_in_force(self, self.valid_from, self.valid_to, day, day)
        end = self.end(born, in_education_or_training=in_education_or_training)
        if self.requires_education_or_training and not in_education_or_training:
            return False
        return self.start(born) <= day and (end is None or day < end)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the entitlement and its ages in one line in *lang*.

        >>> import textwrap
        >>> print(textwrap.fill(entitlements()[1].describe("cy"), 80))
        Cymorth fel person ifanc categori 3 (cynghorydd personol a chynllun llwybr): o
        18 oed hyd at 21 oed; yn hwy tra bo’r person ifanc yn dilyn rhaglen addysg neu
        hyfforddiant a nodir yn y cynllun llwybr sy’n estyn y tu hwnt i’r pen-blwydd yn
        21 oed (adran 111(2))
        """
        language = Language.parse(lang)
        english = language is Language.EN
        ages = (
            f"from {self.from_age} until {self.until_age}"
            if english
            else f"o {self.from_age} oed hyd at {self.until_age} oed"
        )
        text = f"{self.name.in_(language)}: {ages}"
        if self.requires_education_or_training:
            text += ", in education or training" if english else ", mewn addysg neu hyfforddiant"
        if self.extension is not None:
            if self.extended_until_age is None:
                text += "; longer " if english else "; yn hwy "
            else:
                text += (
                    f"; until {self.extended_until_age} "
                    if english
                    else f"; hyd at {self.extended_until_age} oed "
                )
            text += self.extension.in_(language)
        return text


_ENTITLEMENTS: Lazy[tuple[Entitlement, ...]] = Lazy(
    lambda: load_many("parenting_entitlements.json", Entitlement)
)


def entitlements() -> tuple[Entitlement, ...]:
    """Return the age-based entitlements of care leavers in Wales that the library can source.

    Seed 003 speaks of a "care cliff" at 25 in *England*; in Wales the latest age in
    s. 104(2) of the 2014 Act is also 25 (category 4: in education or training), and
    s. 111(2) sets no age at all for a category 3 programme that runs beyond 21.

    >>> for e in entitlements():
    ...     print(e.key, e.from_age, e.until_age, e.open_ended, e.requires_education_or_training)
    category-1-or-2 16 18 False False
    category-3 18 21 True False
    category-4 21 25 False True
    category-5 16 21 False False
    when-i-am-ready 18 21 False False
    """
    return _ENTITLEMENTS()


def entitlements_on(
    born: dt.date, day: dt.date, *, in_education_or_training: bool = False
) -> tuple[Entitlement, ...]:
    """Return the entitlements that can apply, by age alone, on *day* to a person born on *born*.

    Whether one actually applies depends on its ``conditions`` too (the care history).
    *in_education_or_training* says that the young person is pursuing a programme of
    education or training: for category 3, one that the pathway plan sets out beyond the
    21st birthday (s. 111(2)); for category 4, one they have told the authority of.

    Raises:
        InvalidDateError, UnsupportedDateError, DateRangeError: as :func:`age_on` does.
        UnsupportedDateError: for a *day* before Part 6 of the Act came into force
            (6 April 2016): the library gives no answer for days outside a rule's period.

    >>> [e.key for e in entitlements_on(dt.date(2003, 9, 1), dt.date(2025, 1, 1))]
    []
    >>> [
    ...     e.key
    ...     for e in entitlements_on(
    ...         dt.date(2003, 9, 1), dt.date(2025, 1, 1), in_education_or_training=True
    ...     )
    ... ]
    ['category-3', 'category-4']
    """
    born, day = _ensure_birth_and_day(born, day)
    _FLAG.check(None, "in_education_or_training", in_education_or_training)
    in_force = [item for item in entitlements() if item.in_force(day)]
    if not in_force:
        first = entitlements()[0]
        check_in_force(first, first.valid_from, first.valid_to, day, day)
    return tuple(
        item
        for item in in_force
        if item.applies(born, day, in_education_or_training=in_education_or_training)
    )

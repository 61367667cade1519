"""The library's exceptions.

Every error carewales raises on bad input is a :class:`CareWalesError`, which is
also a :class:`ValueError`, so callers may catch either.  Messages name the field,
the value and the rule that was broken.

>>> import carewales
>>> try:
...     carewales.authority("Atlantis")
... except carewales.CareWalesError as error:
...     print(type(error).__name__)
UnknownAuthorityError
"""

from __future__ import annotations

__all__ = [
    "CareWalesError",
    "DateRangeError",
    "InvalidDateError",
    "InvalidTextError",
    "UnknownAuthorityError",
    "UnsupportedDateError",
]


class CareWalesError(ValueError):
    """Base class of every error the library raises on bad input.

    >>> issubclass(CareWalesError, ValueError)
    True
    """


class InvalidTextError(CareWalesError):
    """Text that a label or name needs is missing, blank or not a string.

    >>> from carewales import Bilingual
    >>> Bilingual("Wrexham", "  ")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidTextError: 'cy' ('  ') must not be blank: ...
    """


class UnknownAuthorityError(CareWalesError, LookupError):
    """A key names none of the 22 Welsh local authorities.

    It is also a :class:`LookupError`, like :class:`KeyError`.

    >>> issubclass(UnknownAuthorityError, LookupError)
    True
    """


class InvalidDateError(CareWalesError):
    """A value is not a plain :class:`datetime.date` where one is required.

    A :class:`datetime.datetime` is refused too, since its time part would be
    silently dropped.
    """


class UnsupportedDateError(CareWalesError):
    """A date or year lies outside the range the library's reference data covers.

    The library refuses rather than guesses.
    """


class DateRangeError(CareWalesError):
    """Two dates are in an impossible order (an end before its start, and so on)."""

"""Small checks shared by the models; each raises the library's own errors."""

from __future__ import annotations

import datetime as dt

from .errors import InvalidDateError, InvalidTextError

_SHOWN = 60  # the longest repr an error message quotes whole


def describe(value: object) -> str:
    """Quote *value* for an error message: its ``repr``, shortened if long.

    Integers too long to print (Python refuses past 4,300 digits) are described
    by their size instead.
    """
    if isinstance(value, int) and value.bit_length() > 128:  # noqa: PLR2004
        return f"an int of {value.bit_length()} bits"
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def ensure_date(field: str, value: object) -> dt.date:
    """Return *value* if it is a plain date, else raise :class:`InvalidDateError`.

    A :class:`datetime.datetime` is a subclass of :class:`datetime.date`, so it is
    refused explicitly: its time part would otherwise be dropped without a word.
    """
    if isinstance(value, dt.datetime):
        msg = (
            f"{field!r} ({value!r}) must be a datetime.date, not a datetime.datetime: "
            "the time part would be silently dropped; pass value.date()."
        )
        raise InvalidDateError(msg)
    if not isinstance(value, dt.date):
        msg = f"{field!r} ({value!r}) must be a datetime.date, not {type(value).__name__}."
        raise InvalidDateError(msg)
    return value


def ensure_text(field: str, value: object) -> str:
    """Return *value* stripped of surrounding white space, refusing non-strings and blanks."""
    if not isinstance(value, str):
        msg = f"{field!r} ({value!r}) must be a str, not {type(value).__name__}."
        raise InvalidTextError(msg)
    stripped = value.strip()
    if not stripped:
        msg = f"{field!r} ({value!r}) must not be blank: both languages are required."
        raise InvalidTextError(msg)
    return stripped

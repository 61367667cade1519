"""Helpers every subcommand shares: the ``--lang`` option, tables, and reading arguments."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from ..calendar import InvalidNumberError, ensure_int
from ..errors import InvalidDateError
from ..text import Language

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE_NUMBER = re.compile(r"[+-]?\d{1,6}")


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """Add the ``--lang en|cy`` option every subcommand shares."""
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=Language.EN.value,
        help="language of the output: en (English) or cy (Welsh, Cymraeg)",
    )


def parse_date(field: str, text: object) -> dt.date:
    """Read a date written ``YYYY-MM-DD``.

    Raises:
        InvalidDateError: for anything else, or an impossible date.

    >>> parse_date("START", "2021-11-15")
    datetime.date(2021, 11, 15)
    >>> parse_date("START", "15/11/2021")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidDateError: 'START' ('15/11/2021') must be a date written YYYY-MM-DD.
    """
    if not isinstance(text, str) or not _ISO_DATE.fullmatch(text.strip()):
        msg = f"{field!r} ({text!r}) must be a date written YYYY-MM-DD."
        raise InvalidDateError(msg)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        msg = f"{field!r} ({text!r}) is not a real date: {error}."
        raise InvalidDateError(msg) from error


def parse_whole_number(field: str, text: object) -> int:
    """Read a whole number of at most six digits, such as ``"20"`` or ``"-5"``.

    Raises:
        InvalidNumberError: for anything else.

    >>> parse_whole_number("DAYS", " 20 ")
    20
    """
    if not isinstance(text, str) or not _WHOLE_NUMBER.fullmatch(text.strip()):
        msg = f"{field!r} ({text!r}) must be a whole number such as 20."
        raise InvalidNumberError(msg)
    return ensure_int(field, int(text.strip()))

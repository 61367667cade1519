"""Reading the text of a CSV file of counts and populations, line by line."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

from .._validators import describe
from ..errors import InvalidRateError
from .core import SUPPRESSION_SYMBOLS, SYMBOLS_IN_WORDS, Suppressed

_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_MAX_CELL = 20


def read_text(source: object) -> str:
    """The text of a path or an open text file, without a byte-order mark."""
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


def records(text: str) -> Iterator[tuple[int, list[str]]]:
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


def parse_cell(raw: str, line: int, column: str) -> int | Suppressed:
    """A whole number (``1234`` or ``1,234``) or a suppressed cell; the error names where."""
    text = raw.strip()
    if text.lower() in SUPPRESSION_SYMBOLS:
        return Suppressed(text)
    if len(text) <= _MAX_CELL and _WHOLE.fullmatch(text):
        return int(text.replace(",", ""))
    msg = (
        f"line {line}, column {column!r} ({raw[:40]!r}) must be a whole number "
        f"(such as 1234 or 1,234) or a suppression symbol ({SYMBOLS_IN_WORDS})."
    )
    raise InvalidRateError(msg)

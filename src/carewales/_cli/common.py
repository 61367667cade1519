"""Helpers every subcommand shares: ``--lang``, ``--format``, reading arguments, JSON and CSV."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from types import UnionType
from typing import Any, NamedTuple, Union, cast, get_args, get_origin

import attrs

from ..authorities import Authority
from ..calendar import InvalidNumberError, ensure_int
from ..errors import InvalidDateError
from ..serial import to_dict
from ..text import Bilingual, Language
from .language import say

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE_NUMBER = re.compile(r"[+-]?\d{1,6}")


def add_lang_option(parser: argparse.ArgumentParser, lang: Language = Language.EN) -> None:
    """Add the ``--lang en|cy`` option every subcommand shares; its default is *lang*.

    *lang* is the language of the run, chosen before the parser is built (see
    :func:`carewales._cli.language.choose`); the help is written in it too.
    """
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=lang.value,
        help=say(
            lang,
            "language of the output: en (English) or cy (Welsh, Cymraeg)",
            "iaith yr allbwn: en (Saesneg, English) neu cy (Cymraeg)",
        ),
    )


def add_encoding_option(parser: argparse.ArgumentParser, lang: Language) -> None:
    """Add ``--encoding``, the text encoding of a file read (UTF-8 by default)."""
    parser.add_argument(
        "--encoding",
        metavar=metavar(lang, "AMGODIAD"),
        help=say(
            lang,
            "the file's text encoding, such as cp1252 (default UTF-8, with or without a BOM)",
            "amgodiad testun y ffeil, fel cp1252 (diofyn: UTF-8, gyda BOM neu hebddo)",
        ),
    )


def metavar(lang: Language, welsh: str) -> str | None:
    """The name an argument is shown with: argparse's own in English, *welsh* in Welsh."""
    return welsh if lang is Language.CY else None


def parse_date(field: str, text: object, field_cy: str | None = None) -> dt.date:
    """Read a date written ``YYYY-MM-DD``; *field* (*field_cy* in Welsh) names it in errors.

    Raises:
        InvalidDateError: for anything else, or an impossible date.

    >>> parse_date("START", "2021-11-15")
    datetime.date(2021, 11, 15)
    >>> parse_date("START", "15/11/2021")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidDateError: 'START' ('15/11/2021') must be a date written YYYY-MM-DD.
    """
    named = f"{(field_cy or field)!r} ({text!r})"
    if not isinstance(text, str) or not _ISO_DATE.fullmatch(text.strip()):
        msg = f"{field!r} ({text!r}) must be a date written YYYY-MM-DD."
        cy = f"{named}: rhaid i’r gwerth fod yn ddyddiad ar y ffurf BBBB-MM-DD."
        raise InvalidDateError(msg, cy=cy)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        msg = f"{field!r} ({text!r}) is not a real date: {error}."
        cy = f"{named}: nid yw’n ddyddiad go iawn."
        raise InvalidDateError(msg, cy=cy) from error


def parse_whole_number(field: str, text: object, field_cy: str | None = None) -> int:
    """Read a whole number of at most six digits, such as ``"20"`` or ``"-5"``.

    *field* (*field_cy* in Welsh) names the argument in errors.

    Raises:
        InvalidNumberError: for anything else.

    >>> parse_whole_number("DAYS", " 20 ")
    20
    """
    if not isinstance(text, str) or not _WHOLE_NUMBER.fullmatch(text.strip()):
        msg = f"{field!r} ({text!r}) must be a whole number such as 20."
        cy = f"{(field_cy or field)!r} ({text!r}): rhaid i’r gwerth fod yn rhif cyfan fel 20."
        raise InvalidNumberError(msg, cy=cy)
    return ensure_int(field, int(text.strip()))


class Output(NamedTuple):
    """What a handler prints: *text* on standard output, *report* on standard error.

    A handler returns a plain ``str`` when it has nothing for standard error; it returns
    an ``Output`` when its standard output must stay machine-readable (CSV) and what it
    has to report (rows it refused, notes) goes to standard error instead.
    """

    text: str
    report: str = ""


# --- machine-readable output -----------------------------------------------------------------

#: The output formats a subcommand may offer; ``--help`` lists those each one supports.
TEXT, MARKDOWN, JSON, CSV = "text", "markdown", "json", "csv"


def add_format_option(
    parser: argparse.ArgumentParser,
    choices: Sequence[str],
    default: str | None = TEXT,
    lang: Language = Language.EN,
) -> None:
    """Add ``--format`` with the formats the subcommand supports, its help in *lang*."""
    listed = ", ".join(choices)
    parser.add_argument(
        "--format",
        dest="format",
        choices=list(choices),
        default=default,
        help=say(
            lang,
            f"output format: {listed} (default {default or TEXT})",
            f"fformat yr allbwn: {listed} (diofyn: {default or TEXT})",
        ),
    )


def write_json(data: object) -> str:
    """Write plain data (a document or a list of documents) as JSON text.

    Numbers keep their full precision and Welsh letters are kept as they are.

    >>> print(write_json({"name": {"en": "Wrexham", "cy": "Wrecsam"}, "count": 0.1}))
    {
      "name": {
        "en": "Wrexham",
        "cy": "Wrecsam"
      },
      "count": 0.1
    }
    """
    return json.dumps(data, ensure_ascii=False, indent=2)


def _bare(kind: object) -> object:
    """The type an optional field holds when it is not ``None`` (``X | None`` -> ``X``)."""
    if isinstance(kind, UnionType) or get_origin(kind) is Union:
        others = [arg for arg in get_args(kind) if arg is not type(None)]
        return others[0] if len(others) == 1 else kind
    return kind


def _fields(kind: type) -> list[tuple[str, object]]:
    """The document fields of an attrs class: each init field's name and its type."""
    attrs.resolve_types(kind)
    return [(field.alias, _bare(field.type)) for field in attrs.fields(kind) if field.init]


def _nested(kind: object) -> bool:
    """Whether a field of type *kind* is an object whose fields get columns of their own."""
    return isinstance(kind, type) and attrs.has(kind) and kind is not Authority


def csv_columns(kind: type, prefix: str = "") -> list[str]:
    """The CSV column names of a document of *kind*.

    A bilingual field ``name`` becomes ``name_en`` and ``name_cy``; an object field
    ``period`` becomes its own fields ``period_start``, ``period_end``, ...; every other
    field keeps its name.

    >>> from carewales.calendar import BankHoliday
    >>> csv_columns(BankHoliday)
    ['date', 'name_en', 'name_cy', 'basis', 'substitute']
    """
    names: list[str] = []
    for name, field_type in _fields(kind):
        if field_type is Bilingual:
            names.extend([f"{prefix}{name}_en", f"{prefix}{name}_cy"])
        elif _nested(field_type):
            names.extend(csv_columns(cast("type", field_type), f"{prefix}{name}_"))
        else:
            names.append(prefix + name)
    return names


def _cell(value: object) -> str:
    """One CSV cell from a document's value: full precision, ISO dates, JSON for lists."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


def csv_row(document: Mapping[str, Any] | None, kind: type, prefix: str = "") -> dict[str, str]:
    """One CSV row, keyed by :func:`csv_columns`, from a document of *kind* (or ``None``).

    >>> from carewales.calendar import bank_holidays, BankHoliday
    >>> from carewales.serial import to_dict
    >>> csv_row(to_dict(bank_holidays(2022)[0]), BankHoliday)["name_cy"]
    'Dydd Calan (diwrnod amgen)'
    """
    row: dict[str, str] = {}
    for name, field_type in _fields(kind):
        value = None if document is None else document.get(name)
        if field_type is Bilingual:
            for lang in ("en", "cy"):
                row[f"{prefix}{name}_{lang}"] = "" if value is None else value[lang]
        elif _nested(field_type):
            row.update(csv_row(value, cast("type", field_type), f"{prefix}{name}_"))
        else:
            row[prefix + name] = _cell(value)
    return row


def write_csv(columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> str:
    """Write a header row of *columns* and one line per row, with the csv module."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().rstrip("\n")


def documents_csv(items: Iterable[object], kind: type) -> str:
    """Write *items* (models of class *kind*) as CSV: their documents, one row each."""
    return write_csv(csv_columns(kind), (csv_row(to_dict(item), kind) for item in items))

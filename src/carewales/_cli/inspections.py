"""Subcommand ``carewales inspection FILE.json`` (or ``--example NAME``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import InvalidFieldError
from ..inspections import Finding, Inspection, Priority, example, examples
from ..serial import from_json, to_dict
from ..text import Format
from .common import (
    CSV,
    JSON,
    add_format_option,
    add_lang_option,
    csv_columns,
    csv_row,
    write_csv,
    write_json,
)

#: The formats of ``inspection``: the letter (Markdown by default, or text), or the data.
FORMATS = (Format.MARKDOWN.value, Format.TEXT.value, JSON, CSV)
#: The first CSV column: which list of the document the row comes from.
SECTION = "section"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``inspection`` subcommand."""
    parser = subparsers.add_parser(
        "inspection", help="validate an inspection document and render it as a letter"
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a JSON inspection document")
    source.add_argument(
        "--example", type=str.lower, choices=examples(), help="a bundled example instead"
    )
    add_lang_option(parser)
    add_format_option(parser, FORMATS, Format.MARKDOWN.value)
    parser.set_defaults(handler=_inspection)


def _read(path: str) -> Inspection:
    try:
        text = Path(path).read_bytes()
    except OSError as error:
        msg = f"'file' ({path!r}) cannot be read: {error.strerror}."
        raise InvalidFieldError(msg) from None
    return from_json(text, Inspection)


def findings_csv(item: Inspection) -> str:
    """Write the inspection's findings and priorities as CSV, one row each.

    The columns are ``section`` (``findings`` or ``priorities``, the document's field
    the row comes from) and the fields of both, in the order of :class:`Finding` then the
    new ones of :class:`Priority`; a field the row's kind lacks is empty.

    >>> from carewales.inspections import example
    >>> print(findings_csv(example("powys-2017")).splitlines()[0])
    section,text_en,text_cy,kind,theme,id,owner,due
    """
    columns = [SECTION, *dict.fromkeys([*csv_columns(Finding), *csv_columns(Priority)])]
    document = to_dict(item)
    rows = [
        {SECTION: section, **csv_row(part, kind)}
        for section, kind in (("findings", Finding), ("priorities", Priority))
        for part in document[section]
    ]
    return write_csv(columns, rows)


def _inspection(args: argparse.Namespace) -> str:
    item = example(args.example) if args.example else _read(args.file)
    if args.format == JSON:
        return write_json(to_dict(item))
    if args.format == CSV:
        return findings_csv(item)
    return item.render(args.lang, format=args.format).rstrip("\n")

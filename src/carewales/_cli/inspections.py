"""Subcommand ``carewales inspection FILE.json`` (or ``--example NAME``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .._validators import os_error_cy
from ..errors import InvalidFieldError
from ..inspections import Finding, Inspection, Priority, example, examples
from ..serial import from_json, to_dict
from ..text import Format, Language
from .common import (
    CSV,
    JSON,
    add_format_option,
    add_lang_option,
    csv_columns,
    csv_row,
    metavar,
    write_csv,
    write_json,
)
from .language import say

#: The formats of ``inspection``: the letter (Markdown by default, or text), or the data.
FORMATS = (Format.MARKDOWN.value, Format.TEXT.value, JSON, CSV)
#: The first CSV column: which list of the document the row comes from.
SECTION = "section"


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    lang: Language = Language.EN,
) -> None:
    """Add the ``inspection`` subcommand, its help in *lang*."""
    parser = subparsers.add_parser(
        "inspection",
        help=say(
            lang,
            "validate an inspection document and render it as a letter",
            "dilysu dogfen arolygiad a’i llunio fel llythyr",
        ),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "file",
        nargs="?",
        metavar=metavar(lang, "FFEIL"),
        help=say(lang, "a JSON inspection document", "dogfen arolygiad JSON"),
    )
    source.add_argument(
        "--example",
        type=str.lower,
        choices=examples(),
        help=say(
            lang,
            "a bundled example instead",
            "enghraifft sy’n dod gyda’r llyfrgell, yn lle ffeil",
        ),
    )
    add_lang_option(parser, lang)
    add_format_option(parser, FORMATS, Format.MARKDOWN.value, lang)
    parser.set_defaults(handler=_inspection)


def _read(path: str) -> Inspection:
    try:
        text = Path(path).read_bytes()
    except OSError as error:
        msg = f"'file' ({path!r}) cannot be read: {error.strerror or error}."
        cy = f"'FFEIL' ({path!r}): ni ellir ei darllen: {os_error_cy(error)}."
        raise InvalidFieldError(msg, cy=cy) from None
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

"""Subcommand ``carewales inspection FILE.json`` (or ``--example NAME``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import InvalidFieldError
from ..inspections import Inspection, example, examples
from ..serial import from_json
from ..text import Format
from .common import add_lang_option


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
    parser.add_argument(
        "--format", choices=[form.value for form in Format], default=Format.MARKDOWN.value
    )
    parser.set_defaults(handler=_inspection)


def _read(path: str) -> Inspection:
    try:
        text = Path(path).read_bytes()
    except OSError as error:
        msg = f"'file' ({path!r}) cannot be read: {error.strerror}."
        raise InvalidFieldError(msg) from None
    return from_json(text, Inspection)


def _inspection(args: argparse.Namespace) -> str:
    item = example(args.example) if args.example else _read(args.file)
    return item.render(args.lang, format=args.format).rstrip("\n")

"""The ``carewales`` command line: ``carewales authorities``, ``carewales authority KEY``, ...

Each area of the library registers its own subcommands from a module of
:mod:`carewales._cli` named for the area; a subcommand's handler returns the text to print.
Errors the library raises on bad input go to standard error with exit status 2, as does
a feature's missing optional package (:class:`~carewales.errors.MissingExtraError`).  A
handler may return an :class:`~carewales._cli.common.Output` to put a report on standard
error while standard output stays machine-readable.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from .. import __version__
from ..errors import CareWalesError, InvalidFieldError, MissingExtraError
from .common import Output

#: Modules that add subcommands; each has ``register(subparsers)``.
COMMAND_MODULES = (
    "carewales._cli.authorities",
    "carewales._cli.calendar",
    "carewales._cli.inspections",
    "carewales._cli.parenting",
    "carewales._cli.rates",
)

Handler = Callable[[argparse.Namespace], "str | Output"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are the library's error, not ``SystemExit``."""

    def error(self, message: str) -> None:  # type: ignore[override]
        msg = f"{self.prog}: {message}"
        raise InvalidFieldError(msg)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every registered subcommand."""
    parser = _Parser(
        prog="carewales",
        description="Welsh children's social services, in English and Welsh.",
    )
    parser.add_argument("--version", action="version", version=f"carewales {__version__}")
    subparsers = parser.add_subparsers(
        title="commands", dest="command", required=True, parser_class=_Parser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line and return its exit status (0, or 2 on bad input)."""
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        args = build_parser().parse_args(argv)
        handler: Handler = args.handler
        result = handler(args)
    except (CareWalesError, MissingExtraError) as error:
        print(f"carewales: error: {error}", file=err)
        return 2
    text, report = (result.text, result.report) if isinstance(result, Output) else (result, "")
    print(text, file=out)
    if report:
        print(report, file=err)
    return 0

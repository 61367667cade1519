"""The ``carewales`` command line: ``carewales authorities``, ``carewales authority KEY``, ...

Each area of the library registers its own subcommands from a module of
:mod:`carewales._cli` named for the area; a subcommand's handler returns the text to print.
Errors the library raises on bad input go to standard error with exit status 2, as does
a feature's missing optional package (:class:`~carewales.errors.MissingExtraError`), in
the language of the run (see :mod:`carewales._cli.language`): help, usage, argparse's own
words and the errors' messages (:meth:`~carewales.errors.CareWalesError.message`).  A
handler may return an :class:`~carewales._cli.common.Output` to put a report on standard
error while standard output stays machine-readable.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

from .. import __version__
from ..errors import CareWalesError, InvalidFieldError, MissingExtraError
from ..text import Bilingual, Language
from .common import Output, add_lang_option
from .language import STDOUT, choose, parser_class, say

#: Modules that add subcommands; each has ``register(subparsers, lang)``.
COMMAND_MODULES = (
    "carewales._cli.authorities",
    "carewales._cli.calendar",
    "carewales._cli.caseload",
    "carewales._cli.inspections",
    "carewales._cli.parenting",
    "carewales._cli.rates",
)

Handler = Callable[[argparse.Namespace], "str | Output"]
_ERROR = Bilingual("error", "gwall")


def build_parser(lang: Language | str = Language.EN) -> argparse.ArgumentParser:
    """Return the parser with every registered subcommand, its words in *lang*."""
    lang = Language.parse(lang)
    kind = parser_class(lang)
    parser = kind(
        prog="carewales",
        description=say(
            lang,
            "Welsh children's social services, in English and Welsh.",
            "Gwasanaethau cymdeithasol plant yng Nghymru, yn Gymraeg ac yn Saesneg.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"carewales {__version__}",
        help=say(
            lang,
            "show program's version number and exit",
            "dangos rhif fersiwn y rhaglen a gadael",
        ),
    )
    add_lang_option(parser, lang)  # before the subcommand, or after it (each has its own)
    subparsers = parser.add_subparsers(
        title=say(lang, "commands", "gorchmynion"), dest="command", required=True, parser_class=kind
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, lang)
    return parser


def tolerant(stream: TextIO) -> TextIO:
    """Let *stream* write what its encoding cannot (Welsh ŵ and ŷ in ASCII) as escapes.

    A stream that would fail on such a character (``errors="strict"``, as with
    ``PYTHONIOENCODING=ascii``) writes a backslash escape for it instead of raising
    :class:`UnicodeEncodeError`; other streams are left as they are.
    """
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors="backslashreplace")
    return stream


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run the command line and return its exit status (0, or 2 on bad input).

    Args:
        argv: the arguments (default ``sys.argv[1:]``).
        stdout: where the output goes (default ``sys.stdout``), ``--help`` too.
        stderr: where errors and reports go (default ``sys.stderr``).
        environ: the environment that gives the default language (default ``os.environ``).
    """
    out = tolerant(sys.stdout) if stdout is None else stdout
    err = tolerant(sys.stderr) if stderr is None else stderr
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        lang = choose(words, os.environ if environ is None else environ)
    except InvalidFieldError as error:  # a wrong CAREWALES_LANG: say so in both languages
        print(f"carewales: error: {error}", file=err)
        print(f"carewales: gwall: {error.message(Language.CY)}", file=err)
        return 2
    token = STDOUT.set(out)
    try:
        args = build_parser(lang).parse_args(words)
        handler: Handler = args.handler
        result = handler(args)
    except SystemExit as done:  # --help and --version
        return 0 if done.code is None else int(done.code)
    except (CareWalesError, MissingExtraError) as error:
        print(f"carewales: {_ERROR.in_(lang)}: {error.message(lang)}", file=err)
        return 2
    finally:
        STDOUT.reset(token)
    text, report = (result.text, result.report) if isinstance(result, Output) else (result, "")
    print(text, file=out)
    if report:
        print(report, file=err)
    return 0

"""Subcommand ``carewales rates FILE.csv``: a table of rates with limits, ranks and comparisons."""

from __future__ import annotations

import argparse
import csv
import io
from importlib.resources import files

from ..errors import InvalidFieldError
from ..rates import MULTIPLIERS, RateMethod, RateTable
from ..rates import _render as render
from ..text import Language
from .common import add_lang_option

#: The bundled example's file name and its columns.
EXAMPLE = "example_rates.csv"
_EXAMPLE_COLUMNS = {
    "authority": "authority",
    "count": "children_looked_after",
    "population": "population_under_18",
}
_DEFAULT_COLUMNS = {"authority": "authority", "count": "count", "population": "population"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``rates`` subcommand."""
    parser = subparsers.add_parser(
        "rates",
        help="rates per 10,000 with confidence limits, ranks and comparisons, from a CSV file",
        description=(
            "Read one row per Welsh local authority (code or English or Welsh name, a count and "
            "a population) and print each rate with its confidence limits, its rank, and its "
            "comparison with the national (pooled) rate, by interval and by funnel limits."
        ),
    )
    parser.add_argument("file", nargs="?", help="the CSV file (not needed with --example)")
    parser.add_argument(
        "--example", action="store_true", help="use the bundled example (synthetic numbers)"
    )
    parser.add_argument("--per", type=int, choices=MULTIPLIERS, default=10_000)
    parser.add_argument(
        "--confidence", type=float, default=0.95, help="confidence level (default 0.95)"
    )
    parser.add_argument(
        "--method", choices=[m.value for m in RateMethod], default=RateMethod.PHE.value
    )
    parser.add_argument(
        "--format", choices=["text", "csv", "markdown"], default="text", dest="output_format"
    )
    parser.add_argument("--dp", type=int, default=0, help="decimal places of rates (default 0)")
    parser.add_argument("--target", type=float, help="compare with this value, not the pooled rate")
    for role in ("authority", "count", "population"):
        parser.add_argument(
            f"--{role}-column", dest=f"{role}_column", help=f"heading of the {role} column"
        )
    add_lang_option(parser)
    parser.set_defaults(handler=_rates)


def _load(args: argparse.Namespace) -> RateTable:
    if args.example == (args.file is not None):
        msg = "rates: give a CSV file or --example (one of them)."
        raise InvalidFieldError(msg)
    defaults = _EXAMPLE_COLUMNS if args.example else _DEFAULT_COLUMNS
    columns = {
        role: getattr(args, f"{role}_column") or default for role, default in defaults.items()
    }
    source = (
        io.StringIO(files("carewales").joinpath("data", EXAMPLE).read_text(encoding="utf-8"))
        if args.example
        else args.file
    )
    return RateTable.from_csv(
        source,
        per=args.per,
        confidence=args.confidence,
        method=args.method,
        **columns,
    )


def _rates(args: argparse.Namespace) -> str:
    lang = Language.parse(args.lang)
    table = _load(args)
    if args.output_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(render.heading(lang))
        writer.writerows(render.body(table, lang, args.dp, args.target))
        return out.getvalue().rstrip("\n")
    return table.render(lang, format=args.output_format, dp=args.dp, target=args.target)

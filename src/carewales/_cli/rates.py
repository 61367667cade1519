"""Subcommand ``carewales rates FILE.csv``: a table of rates with limits, ranks and comparisons."""

from __future__ import annotations

import argparse
import io
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from ..authorities import Authority
from ..errors import InvalidFieldError, SuppressedValueError
from ..rates import (
    MULTIPLIERS,
    Rate,
    RateMethod,
    RateTable,
    Suppressed,
    TableReading,
    read_csv,
    trends,
)
from ..rates import plots as _plots
from ..serial import SCHEMA_VERSION, to_dict
from ..text import Bilingual, Format, Language
from .common import (
    CSV,
    JSON,
    MARKDOWN,
    TEXT,
    Output,
    add_format_option,
    add_lang_option,
    write_json,
)

#: The bundled example's file name and its columns.
EXAMPLE = "example_rates.csv"
_EXAMPLE_COLUMNS = {
    "authority": "authority",
    "count": "children_looked_after",
    "population": "population_under_18",
}
#: The formats of ``rates``.
FORMATS = (TEXT, MARKDOWN, JSON, CSV)
#: The pictures ``--plot`` draws, by ``--plot-kind``.
PLOTS = {"funnel": _plots.plot_funnel, "caterpillar": _plots.plot_caterpillar}
_PERIOD = Bilingual("Period", "Cyfnod")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``rates`` subcommand."""
    parser = subparsers.add_parser(
        "rates",
        help="rates per 10,000 with confidence limits, ranks and comparisons, from a CSV file",
        description=(
            "Read one row per Welsh local authority (code or English or Welsh name, a count and "
            "a population) and print each rate with its confidence limits, its rank, and its "
            "comparison with the national (pooled) rate, by interval and by funnel limits, "
            "then the rows that could not be used and what the reader noticed. Headings are "
            "matched ignoring case, spacing and language; a period column gives one table "
            "per period; Wales and regional total rows are kept apart."
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="the CSV file, or - for standard input (not needed with --example)",
    )
    parser.add_argument(
        "--example", action="store_true", help="use the bundled example (synthetic numbers)"
    )
    parser.add_argument(
        "--encoding",
        help="the file's text encoding, such as cp1252 (default UTF-8, with or without a BOM)",
    )
    parser.add_argument(
        "--delimiter",
        help="the delimiter, one character (default: sniffed among , ; tab |)",
    )
    parser.add_argument(
        "--per",
        type=int,
        choices=MULTIPLIERS,
        help="the multiplier (default: the file's per column, or 10000)",
    )
    parser.add_argument(
        "--confidence",
        type=float,
        help="confidence level (default: the file's confidence column, or 0.95)",
    )
    parser.add_argument(
        "--method",
        choices=[m.value for m in RateMethod],
        help="how limits are worked out (default: the file's method column, or phe)",
    )
    add_format_option(parser, FORMATS)
    parser.add_argument(
        "--dp",
        type=int,
        help="decimal places of rates (default 0 in text and markdown, full precision in csv)",
    )
    parser.add_argument("--target", type=float, help="compare with this value, not the pooled rate")
    for role in ("authority", "count", "population", "period"):
        parser.add_argument(
            f"--{role}-column",
            dest=f"{role}_column",
            help=f"heading of the {role} column (default: found by its heading)",
        )
    parser.add_argument(
        "--plot",
        metavar="PATH",
        help="also draw the last table as a picture, written to PATH ending in .svg or .png",
    )
    parser.add_argument(
        "--plot-kind",
        choices=list(PLOTS),
        default="funnel",
        help="the picture --plot draws: funnel (default) or caterpillar",
    )
    add_lang_option(parser)
    parser.set_defaults(handler=_rates)


def _load(args: argparse.Namespace) -> TableReading:
    if args.example == (args.file is not None):
        msg = "rates: give a CSV file (or - for standard input) or --example (one of them)."
        raise InvalidFieldError(msg)
    defaults = _EXAMPLE_COLUMNS if args.example else {}
    columns = {
        role: getattr(args, f"{role}_column") or defaults.get(role)
        for role in ("authority", "count", "population")
    }
    source = (
        io.StringIO(files("carewales").joinpath("data", EXAMPLE).read_text(encoding="utf-8"))
        if args.example
        else args.file
    )
    return read_csv(
        source,
        encoding=args.encoding,
        delimiter=args.delimiter,
        period_column=args.period_column,
        per=args.per,
        confidence=args.confidence,
        method=args.method,
        **columns,
    )


def _cell(value: object) -> object:
    """A cell of the results: a suppressed value as its symbol, an enum member by value."""
    if isinstance(value, Suppressed):
        return value.symbol
    return getattr(value, "value", value)


def results(table: RateTable, target: float | None) -> list[dict[str, Any]]:
    """Each authority's figures, ranks and comparisons, as plain data for ``--format json``.

    The fields are those of :meth:`RateTable.to_csv` (``authority`` as the code,
    ``count``, ``population``, ``value``, ``lower``, ``upper``), at full precision,
    then ``rank``, ``comparison`` and ``funnel``; a suppressed cell is its symbol, and a
    comparison that cannot be made (cells suppressed and no target) is ``null``.

    >>> from carewales.rates import RateRow
    >>> table = RateTable([RateRow("Powys", 140, 26_400), RateRow("Cardiff", 660, 66_400)])
    >>> results(table, None)[0]["comparison"]
    'lower'
    """
    try:
        comparisons: Mapping[Authority, object] = table.comparisons(target)
        funnels: Mapping[Authority, object] = table.funnel_comparisons(target)
    except SuppressedValueError:
        comparisons, funnels = {}, {}
    ranks = table.ranks()
    rows = []
    for row, item in zip(table.rows, table.rates.values(), strict=True):
        place = row.authority
        figures = (
            (item.value, item.lower, item.upper) if isinstance(item, Rate) else (item.symbol,) * 3
        )
        rows.append(
            {
                "authority": place.code,
                "count": _cell(row.count),
                "population": _cell(row.population),
                "value": figures[0],
                "lower": figures[1],
                "upper": figures[2],
                "rank": _cell(ranks[place]),
                "comparison": _cell(comparisons.get(place)),
                "funnel": _cell(funnels.get(place)),
            }
        )
    return rows


def document(reading: TableReading, target: float | None) -> dict[str, Any]:
    """The ``--format json`` document: the reading's document, each table with its results.

    That is :func:`carewales.to_dict` of the :class:`~carewales.rates.TableReading`
    (``tables``, ``totals``, ``refused``, ``notes``), with ``results`` (see
    :func:`results`) added to each table, and the ``target`` compared with.
    """
    data = to_dict(reading)
    for table, written in zip(reading.tables, data["tables"], strict=True):
        written["results"] = results(table, target)
    return {"schema_version": SCHEMA_VERSION, "target": target, **data}


def _csv(reading: TableReading, dp: int | None) -> str:
    """Every table as the library's CSV, under one header row (the period tells them apart)."""
    texts = [table.to_csv(dp=dp).rstrip("\n") for table in reading.tables]
    return "\n".join([texts[0], *(text.split("\n", 1)[1] for text in texts[1:])])


def _plot(args: argparse.Namespace, table: RateTable) -> None:
    figure = PLOTS[args.plot_kind](table, lang=args.lang, target=args.target)
    try:
        _plots.save(figure, args.plot)
    except OSError as error:
        msg = f"'--plot' ({args.plot!r}) cannot be written: {error.strerror or error}."
        raise InvalidFieldError(msg) from None


def _rates(args: argparse.Namespace) -> str | Output:
    lang = Language.parse(args.lang)
    reading = _load(args)
    last = reading.table  # raises, listing the refused rows, when nothing could be read
    if args.plot is not None:
        _plot(args, last)
    report = reading.render(lang, format=Format.MARKDOWN if args.format == MARKDOWN else TEXT)
    if args.format == JSON:
        return write_json(document(reading, args.target))
    if args.format == CSV:
        return Output(_csv(reading, args.dp), report)
    dp = 0 if args.dp is None else args.dp
    parts = [
        (f"{_PERIOD.in_(lang)}: {table.period}\n\n" if table.period is not None else "")
        + table.render(lang, format=args.format, dp=dp, target=args.target)
        for table in reading.tables
    ]
    if len(reading.tables) > 1:  # several periods: each authority's change between them
        parts.append(trends(reading.tables).render(lang, format=args.format))
    if report:
        parts.append(report)
    return "\n\n".join(parts)

"""Subcommand ``carewales parenting FILE.json``: a corporate-parenting compliance report."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..errors import InvalidFieldError, InvalidNumberError
from ..parenting import (
    EXAMPLE_PERIOD,
    ComplianceResult,
    CouncilRecords,
    Period,
    compliance_report,
    example_records,
)
from ..serial import to_dict
from ..text import Language
from .common import (
    CSV,
    JSON,
    MARKDOWN,
    TEXT,
    add_format_option,
    add_lang_option,
    documents_csv,
    parse_date,
    write_json,
)

#: The formats of ``parenting``: the report (text by default, or Markdown), or the data.
FORMATS = (TEXT, MARKDOWN, JSON, CSV)

_YEAR = re.compile(r"\d{4}")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``parenting`` subcommand."""
    parser = subparsers.add_parser(
        "parenting",
        help="report a council's compliance with corporate-parenting duties",
        description=(
            "Assess a council's records (a JSON document of carewales.parenting.CouncilRecords) "
            "against the corporate-parenting catalogue and print the report. Statutory duties "
            "and recommended practice are labelled as such."
        ),
    )
    parser.add_argument("file", nargs="?", help="the council's records, as a JSON document")
    parser.add_argument(
        "--example", action="store_true", help="use the bundled, fictional example records"
    )
    parser.add_argument("--year", help="the calendar year YYYY")
    parser.add_argument("--financial-year", help="the financial year from 1 April YYYY")
    parser.add_argument("--from", dest="start", help="the period's first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", help="the period's last day, YYYY-MM-DD")
    parser.add_argument(
        "--as-of",
        help="the day of the assessment, YYYY-MM-DD: records dated after it are refused, "
        "and deadlines after it are not yet due",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="write Markdown, not plain text (--format markdown)"
    )
    add_lang_option(parser)
    add_format_option(parser, FORMATS, None)
    parser.set_defaults(handler=_report)


def _records(args: argparse.Namespace) -> CouncilRecords:
    if args.example and args.file is not None:
        msg = "give either FILE or --example, not both."
        raise InvalidFieldError(msg)
    if args.example:
        return example_records()
    if args.file is None:
        msg = "give FILE (a JSON document of council records) or --example."
        raise InvalidFieldError(msg)
    from ..serial import from_json

    try:
        text = Path(args.file).read_bytes()
    except OSError as error:
        msg = f"'FILE' ({args.file!r}) cannot be read: {error.strerror or error}."
        raise InvalidFieldError(msg) from None
    return from_json(text, CouncilRecords)


def _year(option: str, value: str) -> int:
    if not _YEAR.fullmatch(value):
        msg = f"{option!r} ({value!r}) must be a year written YYYY."
        raise InvalidNumberError(msg)
    return int(value)


def _period(args: argparse.Namespace) -> Period:
    chosen = [
        name
        for name, value in (
            ("--year", args.year),
            ("--financial-year", args.financial_year),
            ("--from", args.start),
        )
        if value is not None
    ]
    if len(chosen) > 1:
        msg = f"give only one of --year, --financial-year or --from/--to (got {', '.join(chosen)})."
        raise InvalidFieldError(msg)
    if (args.start is None) is not (args.end is None):
        msg = "give --from and --to together."
        raise InvalidFieldError(msg)
    if args.year is not None:
        return Period.year(_year("--year", args.year))
    if args.financial_year is not None:
        return Period.financial_year(_year("--financial-year", args.financial_year))
    if args.start is not None:
        return Period(parse_date("--from", args.start), parse_date("--to", args.end))
    if args.example:
        return EXAMPLE_PERIOD
    msg = "give the period: --year, --financial-year, or --from and --to."
    raise InvalidFieldError(msg)


def _report(args: argparse.Namespace) -> str:
    records = _records(args)
    period = _period(args)
    as_of = None if args.as_of is None else parse_date("--as-of", args.as_of)
    report = compliance_report(records, period, as_of=as_of)
    chosen = _format(args)
    if chosen == JSON:
        return write_json(to_dict(report))
    if chosen == CSV:
        return documents_csv(report.results, ComplianceResult)
    return report.render(Language.parse(args.lang), format=chosen)


def _format(args: argparse.Namespace) -> str:
    """The output format: ``--format``, or ``--markdown`` (its older spelling), or text."""
    if args.markdown:
        if args.format not in (None, MARKDOWN):
            msg = f"give --format {args.format} or --markdown, not both."
            raise InvalidFieldError(msg)
        return MARKDOWN
    return TEXT if args.format is None else str(args.format)

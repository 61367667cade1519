"""Subcommand ``carewales parenting FILE.json``: a corporate-parenting compliance report."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from .._validators import os_error_cy
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
    metavar,
    parse_date,
    write_json,
)
from .language import say

#: The formats of ``parenting``: the report (text by default, or Markdown), or the data.
FORMATS = (TEXT, MARKDOWN, JSON, CSV)

_YEAR = re.compile(r"\d{4}")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    lang: Language = Language.EN,
) -> None:
    """Add the ``parenting`` subcommand, its help in *lang*."""
    parser = subparsers.add_parser(
        "parenting",
        help=say(
            lang,
            "report a council's compliance with corporate-parenting duties",
            "adrodd ar gydymffurfiad cyngor â’i ddyletswyddau rhianta corfforaethol",
        ),
        description=say(
            lang,
            "Assess a council's records (a JSON document of carewales.parenting.CouncilRecords) "
            "against the corporate-parenting catalogue and print the report. Statutory duties "
            "and recommended practice are labelled as such.",
            "Asesu cofnodion cyngor (dogfen JSON o carewales.parenting.CouncilRecords) yn erbyn "
            "y catalog rhianta corfforaethol ac argraffu’r adroddiad. Mae’r adroddiad yn dweud "
            "pa rai sy’n ddyletswyddau statudol a pha rai sy’n arfer a argymhellir.",
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar=metavar(lang, "FFEIL"),
        help=say(
            lang,
            "the council's records, as a JSON document",
            "cofnodion y cyngor, fel dogfen JSON",
        ),
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help=say(
            lang,
            "use the bundled, fictional example records",
            "defnyddio’r cofnodion enghreifftiol, ffug, sy’n dod gyda’r llyfrgell",
        ),
    )
    year = metavar(lang, "BLWYDDYN")
    day = metavar(lang, "DYDDIAD")
    parser.add_argument(
        "--year", metavar=year, help=say(lang, "the calendar year YYYY", "y flwyddyn galendr BBBB")
    )
    parser.add_argument(
        "--financial-year",
        metavar=year,
        help=say(
            lang, "the financial year from 1 April YYYY", "y flwyddyn ariannol o 1 Ebrill BBBB"
        ),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar=day,
        help=say(lang, "the period's first day, YYYY-MM-DD", "diwrnod cyntaf y cyfnod, BBBB-MM-DD"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar=day,
        help=say(lang, "the period's last day, YYYY-MM-DD", "diwrnod olaf y cyfnod, BBBB-MM-DD"),
    )
    parser.add_argument(
        "--as-of",
        metavar=day,
        help=say(
            lang,
            "the day of the assessment, YYYY-MM-DD: records dated after it are refused, "
            "and deadlines after it are not yet due",
            "diwrnod yr asesiad, BBBB-MM-DD: gwrthodir cofnodion dyddiedig ar ei ôl, "
            "ac nid yw terfynau amser ar ei ôl yn ddyledus eto",
        ),
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help=say(
            lang,
            "write Markdown, not plain text (--format markdown)",
            "ysgrifennu Markdown, nid testun plaen (--format markdown)",
        ),
    )
    add_lang_option(parser, lang)
    add_format_option(parser, FORMATS, None, lang)
    parser.set_defaults(handler=_report)


def _records(args: argparse.Namespace) -> CouncilRecords:
    if args.example and args.file is not None:
        msg = "give either FILE or --example, not both."
        cy = "rhowch naill ai FFEIL neu --example, nid y ddau."
        raise InvalidFieldError(msg, cy=cy)
    if args.example:
        return example_records()
    if args.file is None:
        msg = "give FILE (a JSON document of council records) or --example."
        cy = "rhowch FFEIL (dogfen JSON o gofnodion y cyngor) neu --example."
        raise InvalidFieldError(msg, cy=cy)
    from ..serial import from_json

    try:
        text = Path(args.file).read_bytes()
    except OSError as error:
        msg = f"'FILE' ({args.file!r}) cannot be read: {error.strerror or error}."
        cy = f"'FFEIL' ({args.file!r}): ni ellir ei darllen: {os_error_cy(error)}."
        raise InvalidFieldError(msg, cy=cy) from None
    return from_json(text, CouncilRecords)


def _year(option: str, value: str) -> int:
    if not _YEAR.fullmatch(value):
        msg = f"{option!r} ({value!r}) must be a year written YYYY."
        cy = f"{option!r} ({value!r}): rhaid i’r gwerth fod yn flwyddyn ar y ffurf BBBB."
        raise InvalidNumberError(msg, cy=cy)
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
        got = ", ".join(chosen)
        msg = f"give only one of --year, --financial-year or --from/--to (got {got})."
        cy = f"rhowch un yn unig o --year, --financial-year neu --from/--to (rhoddwyd {got})."
        raise InvalidFieldError(msg, cy=cy)
    if (args.start is None) is not (args.end is None):
        msg = "give --from and --to together."
        cy = "rhowch --from a --to gyda’i gilydd."
        raise InvalidFieldError(msg, cy=cy)
    if args.year is not None:
        return Period.year(_year("--year", args.year))
    if args.financial_year is not None:
        return Period.financial_year(_year("--financial-year", args.financial_year))
    if args.start is not None:
        return Period(parse_date("--from", args.start), parse_date("--to", args.end))
    if args.example:
        return EXAMPLE_PERIOD
    msg = "give the period: --year, --financial-year, or --from and --to."
    cy = "rhowch y cyfnod: --year, --financial-year, neu --from a --to."
    raise InvalidFieldError(msg, cy=cy)


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
            cy = f"rhowch --format {args.format} neu --markdown, nid y ddau."
            raise InvalidFieldError(msg, cy=cy)
        return MARKDOWN
    return TEXT if args.format is None else str(args.format)

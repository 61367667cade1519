"""Subcommand ``carewales caseload FILE --as-of DATE``: every deadline, or the measures.

Reads case events (CSV or JSON, or ``-`` for standard input) with
:func:`carewales.caseloads.read_events` and prints every deadline they start with its
state on ``--as-of`` (:func:`~carewales.caseloads.deadlines`), or with ``--measures``
the performance measures of the year (:func:`~carewales.caseloads.measure_results`).
Rows that could not be used are reported after the tables, or on standard error when
standard output is CSV or JSON.  Reading a large file shows its progress on standard
error when that is a terminal.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .._validators import os_error_cy, text_encoding_ok
from ..caseloads import (
    CaseloadReading,
    CaseState,
    DeadlineTable,
    MeasureResult,
    deadlines,
    example_file,
    measure_results,
    read_events,
)
from ..errors import InvalidFieldError
from ..rates import Rate, Suppressed
from ..serial import SCHEMA_VERSION, to_dict
from ..text import Bilingual, Format, Language
from .common import (
    CSV,
    JSON,
    MARKDOWN,
    Output,
    add_encoding_option,
    add_format_option,
    add_lang_option,
    metavar,
    parse_date,
    write_json,
)
from .language import say

#: The table format (the default), then the others.
TABLE = "table"
FORMATS = (TABLE, MARKDOWN, CSV, JSON)
#: A file at least this large shows its progress while it is read (on a terminal).
PROGRESS_FROM = 1_000_000
_REFUSED = Bilingual("Rows not used", "Rhesi na ddefnyddiwyd")
_MEASURE_FIELDS = (
    "measure",
    "code",
    "year",
    "authority",
    "authority_name",
    "numerator",
    "denominator",
    "value",
    "lower",
    "upper",
)


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    lang: Language = Language.EN,
) -> None:
    """Add the ``caseload`` subcommand, its help in *lang*."""
    parser = subparsers.add_parser(
        "caseload",
        help=say(
            lang,
            "every statutory deadline in a file of case events, or the performance measures",
            "pob terfyn amser statudol mewn ffeil o ddigwyddiadau achos, neu’r mesurau perfformiad",
        ),
        description=say(
            lang,
            "Read case events (columns child, authority, kind, date and, for the start of a "
            "placement, placement) from CSV or JSON, and print every deadline they start with "
            "its state on the day given, or with --measures the performance measures of the "
            "year (1 April to 31 March) per authority and for Wales. Rows that cannot be used "
            "are listed with the reason.",
            "Darllen digwyddiadau achos (colofnau plentyn, awdurdod, math, dyddiad ac, ar gyfer "
            "dechrau lleoliad, lleoliad) o CSV neu JSON, ac argraffu pob terfyn amser y maent yn "
            "ei ddechrau gyda’i gyflwr ar y diwrnod a roddir, neu gyda --measures fesurau "
            "perfformiad y flwyddyn (1 Ebrill i 31 Mawrth) ar gyfer pob awdurdod ac i Gymru. "
            "Rhestrir y rhesi na ellir eu defnyddio gyda’r rheswm.",
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar=metavar(lang, "FFEIL"),
        help=say(
            lang,
            "the CSV or JSON file, or - for standard input (not needed with --example)",
            "y ffeil CSV neu JSON, neu - ar gyfer y mewnbwn safonol (dim angen gyda --example)",
        ),
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help=say(
            lang,
            "use the bundled example: 120 made-up children in 2019-20",
            "defnyddio’r enghraifft sy’n dod gyda’r llyfrgell: 120 o blant dychmygol yn 2019-20",
        ),
    )
    parser.add_argument(
        "--as-of",
        dest="as_of",
        required=True,
        metavar=metavar(lang, "DYDDIAD"),
        help=say(
            lang,
            "the day to assess on, YYYY-MM-DD (events after it are left out)",
            "y diwrnod asesu, BBBB-MM-DD (gadewir allan ddigwyddiadau ar ei ôl)",
        ),
    )
    parser.add_argument(
        "--measures",
        action="store_true",
        help=say(
            lang,
            "print the performance measures of the year instead of the deadlines",
            "argraffu mesurau perfformiad y flwyddyn yn lle’r terfynau amser",
        ),
    )
    parser.add_argument(
        "--year",
        type=int,
        metavar=metavar(lang, "BLWYDDYN"),
        help=say(
            lang,
            "with --measures, the year by its first calendar year, such as 2019 for 2019-20 "
            "(default: the year of --as-of)",
            "gyda --measures, y flwyddyn yn ôl ei blwyddyn galendr gyntaf, fel 2019 ar gyfer "
            "2019-20 (diofyn: blwyddyn --as-of)",
        ),
    )
    parser.add_argument(
        "--suppress-below",
        dest="suppress_below",
        type=int,
        metavar="N",
        help=say(
            lang,
            "with --measures, suppress cells below N",
            "gyda --measures, atal celloedd o dan N",
        ),
    )
    parser.add_argument(
        "--state",
        action="append",
        choices=[state.value for state in CaseState],
        help=say(
            lang,
            "list only deadlines in this state (may be given more than once)",
            "rhestru terfynau amser yn y cyflwr hwn yn unig (gellir ei roi fwy nag unwaith)",
        ),
    )
    add_encoding_option(parser, lang)
    add_format_option(parser, FORMATS, TABLE, lang)
    add_lang_option(parser, lang)
    parser.set_defaults(handler=_caseload)


class _Progress:
    """A text file that shows on *screen* how much of it has been read, by the percent."""

    def __init__(self, stream: IO[str], size: int, screen: IO[str], lang: Language) -> None:
        self.stream, self.size, self.screen = stream, max(size, 1), screen
        self.read_so_far, self.shown = 0, -1
        self.word = say(lang, "reading", "yn darllen")

    def read(self, size: int = -1) -> str:
        text = self.stream.read(size)
        self._advance(len(text.encode("utf-8")))
        return text

    def __iter__(self) -> Iterator[str]:
        for line in self.stream:
            self._advance(len(line.encode("utf-8")))
            yield line
        self.screen.write("\n")  # the bar stays on its line; what follows starts a new one
        self.screen.flush()

    def _advance(self, count: int) -> None:
        self.read_so_far += count
        percent = min(100, self.read_so_far * 100 // self.size)
        if percent != self.shown:
            self.shown = percent
            bar = "#" * (percent // 5)
            self.screen.write(f"\r{self.word} [{bar:<20}] {percent:3d}%")
            self.screen.flush()


def _reading(args: argparse.Namespace, lang: Language) -> CaseloadReading:
    if args.example == (args.file is not None):
        msg = "caseload: give a file of case events (or - for standard input) or --example."
        cy = (
            "caseload: rhowch ffeil o ddigwyddiadau achos (neu - ar gyfer y mewnbwn safonol) "
            "neu --example."
        )
        raise InvalidFieldError(msg, cy=cy)
    path = str(example_file()) if args.example else args.file
    encoding = _encoding(args.encoding)
    try:
        if path == "-":
            return read_events("-", encoding=encoding)
        try:
            size = Path(path).stat().st_size
            stream = Path(path).open(encoding=encoding, newline="")  # noqa: SIM115 (closed below)
        except OSError as error:
            msg = f"caseload: {path!r} cannot be read: {error.strerror or error}."
            cy = f"caseload: ni ellir darllen {path!r}: {os_error_cy(error)}."
            raise InvalidFieldError(msg, cy=cy) from error
        with stream:
            shape = "json" if path.lower().endswith(".json") else "csv"
            source: Any = stream
            if size >= PROGRESS_FROM and sys.stderr.isatty():
                source = _Progress(stream, size, sys.stderr, lang)
            return read_events(source, format=shape)
    except InvalidFieldError as error:
        # The library names its argument (encoding='cp1252'); here the option fixes it.
        option, library = "--encoding cp1252", "encoding='cp1252'"
        if library not in str(error):
            raise
        cy = error.message(Language.CY).replace(library, option)
        raise InvalidFieldError(str(error).replace(library, option), cy=cy) from None


def _encoding(given: str | None) -> str:
    """The text encoding to read with: ``--encoding``, checked, or UTF-8 with or without a BOM."""
    if given is None:
        return "utf-8-sig"
    if text_encoding_ok(given):
        return given
    msg = f"'--encoding' ({given!r}) is not a text encoding, such as cp1252."
    cy = f"'--encoding' ({given!r}): nid yw’n amgodiad testun, fel cp1252."
    raise InvalidFieldError(msg, cy=cy)


def _year(args: argparse.Namespace) -> int:
    if args.year is not None:
        return int(args.year)
    as_of: dt.date = args.as_of_date
    return as_of.year if as_of.month >= 4 else as_of.year - 1  # noqa: PLR2004 (April)


def _refused_text(reading: CaseloadReading, lang: Language) -> str:
    if not reading.refused:
        return ""
    lines = [f"{_REFUSED.in_(lang)}:", *(f"  {row.describe(lang)}" for row in reading.refused)]
    return "\n".join(lines)


def _check_options(args: argparse.Namespace) -> None:
    """Refuse an option that the chosen output would silently ignore."""
    if args.measures:
        ignored = ["--state"] if args.state else []
        needs = "lists deadlines, not --measures"
        needs_cy = "yn rhestru terfynau amser, nid --measures"
    else:
        ignored = [
            option
            for option, given in (("--year", args.year), ("--suppress-below", args.suppress_below))
            if given is not None
        ]
        needs = "needs --measures"
        needs_cy = "mae angen --measures"
    if ignored:
        msg = f"caseload: {ignored[0]} {needs}."
        cy = f"caseload: {ignored[0]}: {needs_cy}."
        raise InvalidFieldError(msg, cy=cy)


def _caseload(args: argparse.Namespace) -> str | Output:
    lang = Language.parse(args.lang)
    args.as_of_date = parse_date("--as-of", args.as_of)
    _check_options(args)
    reading = _reading(args, lang)
    if args.measures:
        text = _measures(reading, args, lang)
    else:
        table = deadlines(reading.events, args.as_of_date)
        if args.state:
            table = table.where(state=args.state)
        text = _deadlines(table, args.format, lang)
    report = _refused_text(reading, lang)
    if args.format in (CSV, JSON):
        return Output(text, report)
    head = reading.describe(lang)
    return "\n\n".join(part for part in (head, text, report) if part)


def _deadlines(table: DeadlineTable, shape: str, lang: Language) -> str:
    if shape == CSV:
        return table.to_csv().rstrip("\n")
    if shape == JSON:
        return write_json(to_dict(table))
    return table.render(lang, format=Format.MARKDOWN if shape == MARKDOWN else Format.TEXT)


def _measures(reading: CaseloadReading, args: argparse.Namespace, lang: Language) -> str:
    year = _year(args)
    as_of = args.as_of_date  # as for deadlines: events after the day assessed are left out
    events = [event for event in reading.events if event.date <= as_of]
    results = measure_results(events, year, suppress_below=args.suppress_below)
    if args.format == JSON:
        return write_json(
            {"schema_version": SCHEMA_VERSION, "results": [to_dict(item) for item in results]}
        )
    if args.format == CSV:
        return _measures_csv(results)
    shape = Format.MARKDOWN if args.format == MARKDOWN else Format.TEXT
    parts = []
    for item in results:
        parts.append(item.describe(lang))
        if item.table is not None and item.wales is not None:
            # Compared with the figure for Wales, which is published even where cells are
            # not.  A suppressed figure for Wales leaves only its line: every authority
            # with a count below the threshold is suppressed too (the CSV has the rest).
            parts.append(item.table.render(lang, format=shape, target=item.wales.value))
    return "\n\n".join(parts)


def _figures(value: Rate | Suppressed) -> list[str]:
    if isinstance(value, Suppressed):
        return [value.symbol] * 3
    # Full precision, as the rates CSV writes it: the shortest text of each float.
    return [repr(float(value.exact_value)), repr(value.lower), repr(value.upper)]


def _measures_csv(results: tuple[MeasureResult, ...]) -> str:
    from ..measures import measure

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_MEASURE_FIELDS)
    for item in results:
        code = measure(item.measure).code
        head = [item.measure, code, item.period]
        if item.table is not None:
            for row, value in zip(item.table.rows, item.table.rates.values(), strict=True):
                writer.writerow(
                    [*head, row.authority.code, row.authority.name.en, str(row.count),
                     str(row.population), *_figures(value)]
                )  # fmt: skip
        if item.wales is not None or item.suppressed:
            writer.writerow(
                [*head, "W92000004", "Wales", str(item.numerator), str(item.denominator),
                 *_figures(item.wales or Suppressed("*"))]
            )  # fmt: skip
    return out.getvalue().rstrip("\n")

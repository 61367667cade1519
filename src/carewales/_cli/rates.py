"""Subcommand ``carewales rates FILE.csv``: a table of rates with limits, ranks and comparisons."""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from .._validators import os_error_cy
from ..errors import InvalidFieldError, InvalidNumberError, InvalidRateError
from ..rates import (
    CSV_FIELDS,
    MULTIPLIERS,
    FunnelKind,
    Rate,
    RateChange,
    RateMethod,
    RateTable,
    Suppressed,
    TableReading,
    TrendTable,
    _render,
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
    add_encoding_option,
    add_format_option,
    add_lang_option,
    metavar,
    write_json,
)
from .language import say

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
#: The most periods a trend covers (:class:`~carewales.rates.TrendTable`'s limit); with
#: more, the trend covers the last ones.
MAX_TREND = 100
_LAST_PERIODS = Bilingual(
    "Changes shown for the last {shown} of {total} periods: a trend covers at most {shown}.",
    "Newidiadau ar gyfer y {shown} cyfnod olaf o {total} a ddangosir: mae tuedd yn cwmpasu "
    "{shown} ar y mwyaf.",
)
_NO_TREND = Bilingual(
    "No trend: the periods' tables differ in their multiplier or confidence level.",
    "Dim tuedd: mae tablau’r cyfnodau’n wahanol o ran eu lluosydd neu eu lefel hyder.",
)
#: The words ``--delimiter`` accepts for a delimiter, besides the character itself.
DELIMITERS = {"\\t": "\t", "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
#: The encoding of a CSV file read without ``--encoding``: UTF-8, with or without a BOM.
_UTF8 = "utf-8-sig"
#: The extra columns ``--format csv`` adds after :data:`~carewales.rates.CSV_FIELDS`.
CSV_EXTRA = ("rank", "comparison", "funnel")


#: The Welsh of each ``--ROLE-column``'s column.
_ROLES_CY = {
    "authority": "yr awdurdod",
    "count": "y nifer",
    "population": "y boblogaeth",
    "period": "y cyfnod",
}


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    lang: Language = Language.EN,
) -> None:
    """Add the ``rates`` subcommand, its help in *lang*."""
    parser = subparsers.add_parser(
        "rates",
        help=say(
            lang,
            "rates per 10,000 with confidence limits, ranks and comparisons, from a CSV file",
            "cyfraddau fesul 10,000 gyda therfynau hyder, safleoedd a chymariaethau, o ffeil CSV",
        ),
        description=say(
            lang,
            "Read one row per Welsh local authority (code or English or Welsh name, a count and "
            "a population) and print each rate with its confidence limits, its rank, and its "
            "comparison with the national (pooled) rate, by interval and by funnel limits, "
            "then the rows that could not be used and what the reader noticed. Headings are "
            "matched ignoring case, spacing and language; a period column gives one table "
            "per period; Wales and regional total rows are kept apart.",
            "Darllen un rhes ar gyfer pob awdurdod lleol yng Nghymru (cod neu enw Cymraeg neu "
            "Saesneg, nifer a phoblogaeth) ac argraffu pob cyfradd gyda’i therfynau hyder, ei "
            "safle, a’i chymhariaeth â’r gyfradd genedlaethol (gyfun), yn ôl cyfwng ac yn ôl "
            "terfynau twmffat, yna’r rhesi na ellid eu defnyddio a’r hyn a nododd y darllenydd. "
            "Caiff penawdau eu paru heb ystyried priflythrennau, bylchau nac iaith; mae colofn "
            "cyfnod yn rhoi un tabl ar gyfer pob cyfnod; cedwir rhesi cyfanswm Cymru a’r "
            "rhanbarthau ar wahân.",
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar=metavar(lang, "FFEIL"),
        help=say(
            lang,
            "the CSV file, or - for standard input (not needed with --example)",
            "y ffeil CSV, neu - ar gyfer y mewnbwn safonol (dim angen gyda --example)",
        ),
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help=say(
            lang,
            "use the bundled example (synthetic numbers)",
            "defnyddio’r enghraifft sy’n dod gyda’r llyfrgell (rhifau synthetig)",
        ),
    )
    add_encoding_option(parser, lang)
    parser.add_argument(
        "--delimiter",
        metavar=metavar(lang, "NOD"),
        help=say(
            lang,
            "the delimiter: one character, or \\t, tab, comma, semicolon or pipe "
            "(default: sniffed among , ; tab |)",
            "y nod sy’n gwahanu colofnau: un nod, neu \\t, tab, comma, semicolon neu pipe "
            "(diofyn: wedi’i ganfod o blith , ; tab |)",
        ),
    )
    parser.add_argument(
        "--per",
        type=int,
        choices=MULTIPLIERS,
        help=say(
            lang,
            "the multiplier (default: the file's per column, or 10000)",
            "y lluosydd (diofyn: colofn per y ffeil, neu 10000)",
        ),
    )
    parser.add_argument(
        "--confidence",
        type=float,
        metavar=metavar(lang, "LEFEL"),
        help=say(
            lang,
            "confidence level (default: the file's confidence column, or 0.95)",
            "lefel hyder (diofyn: colofn confidence y ffeil, neu 0.95)",
        ),
    )
    parser.add_argument(
        "--method",
        choices=[m.value for m in RateMethod],
        help=say(
            lang,
            "how limits are worked out (default: the file's method column, or phe)",
            "sut y cyfrifir y terfynau (diofyn: colofn method y ffeil, neu phe)",
        ),
    )
    add_format_option(parser, FORMATS, lang=lang)
    parser.add_argument(
        "--dp",
        type=int,
        metavar=metavar(lang, "LLEOEDD"),
        help=say(
            lang,
            "decimal places of rates (default 0 in text and markdown, full precision in csv)",
            "lleoedd degol y cyfraddau (diofyn: 0 yn text a markdown, pob digid yn csv)",
        ),
    )
    parser.add_argument(
        "--target",
        type=float,
        metavar=metavar(lang, "TARGED"),
        help=say(
            lang,
            "compare with this value, not the pooled rate",
            "cymharu â’r gwerth hwn, nid â’r gyfradd gyfun",
        ),
    )
    for role in ("authority", "count", "population", "period"):
        parser.add_argument(
            f"--{role}-column",
            dest=f"{role}_column",
            metavar=metavar(lang, "PENNAWD"),
            help=say(
                lang,
                f"heading of the {role} column (default: found by its heading)",
                f"pennawd colofn {_ROLES_CY[role]} (diofyn: wedi’i chanfod wrth ei phennawd)",
            ),
        )
    parser.add_argument(
        "--plot",
        metavar=say(lang, "PATH", "LLWYBR"),
        help=say(
            lang,
            "also draw the last table as a picture, written to PATH ending in .svg or .png",
            "llunio’r tabl olaf fel llun hefyd, a’i ysgrifennu i LLWYBR sy’n gorffen ag .svg "
            "neu .png",
        ),
    )
    parser.add_argument(
        "--plot-kind",
        choices=list(PLOTS),
        default="funnel",
        help=say(
            lang,
            "the picture --plot draws: funnel (default) or caterpillar",
            "y llun y mae --plot yn ei lunio: funnel (twmffat, diofyn) neu caterpillar (lindys)",
        ),
    )
    add_lang_option(parser, lang)
    parser.set_defaults(handler=_rates)


def delimiter(text: str | None) -> str | None:
    r"""The delimiter ``--delimiter`` names: one character, ``\t``, or a word of :data:`DELIMITERS`.

    >>> delimiter("tab") == delimiter(r"\t") == "\t"
    True
    >>> delimiter(";")
    ';'
    """
    if text is None:
        return None
    chosen = DELIMITERS.get(text.strip().lower(), text)
    if len(chosen) != 1:
        msg = (
            f"'--delimiter' ({text!r}) must be one character, "
            "or \\t, tab, comma, semicolon or pipe."
        )
        cy = (
            f"'--delimiter' ({text!r}): rhaid i’r gwerth fod yn un nod, "
            "neu \\t, tab, comma, semicolon neu pipe."
        )
        raise InvalidFieldError(msg, cy=cy)
    return chosen


def check_target(target: float | None, tables: Sequence[RateTable]) -> float | None:
    """Refuse a ``--target`` that is not a finite number from 0 to the tables' multiplier.

    It is checked once, before anything is written, whatever the format.  A target
    above the multiplier is refused only for proportions (``--method wilson``), which
    cannot exceed it.

    >>> check_target(float("nan"), [])
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidNumberError: '--target' (nan) must be a finite number, 0 or more.
    """
    if target is None:
        return None
    if not math.isfinite(target) or target < 0:
        msg = f"'--target' ({target!r}) must be a finite number, 0 or more."
        cy = f"'--target' ({target!r}): rhaid i’r gwerth fod yn rhif meidraidd, 0 neu fwy."
        raise InvalidNumberError(msg, cy=cy)
    for table in tables:
        if table.funnel_kind is FunnelKind.PROPORTION and target > table.per:
            msg = (
                f"'--target' ({target!r}) must be from 0 to {table.per:,} for proportions "
                f"per {table.per:,}."
            )
            # "a" (and), not "ac": the multipliers (100, 1,000, ...) are read "cant", "mil", ...
            cy = (
                f"'--target' ({target!r}): rhaid i’r gwerth fod rhwng 0 a "
                f"{table.per:,} ar gyfer cyfrannau fesul {table.per:,}."
            )
            raise InvalidNumberError(msg, cy=cy)
    return target


def _load(args: argparse.Namespace) -> TableReading:
    if args.example == (args.file is not None):
        msg = "rates: give a CSV file (or - for standard input) or --example (one of them)."
        cy = (
            "rates: rhowch ffeil CSV (neu - ar gyfer y mewnbwn safonol) "
            "neu --example (un o’r ddau)."
        )
        raise InvalidFieldError(msg, cy=cy)
    defaults = _EXAMPLE_COLUMNS if args.example else {}
    columns = {
        role: getattr(args, f"{role}_column") or defaults.get(role)
        for role in ("authority", "count", "population")
    }
    source = (
        io.StringIO(files("carewales").joinpath("data", EXAMPLE).read_text(encoding="utf-8"))
        if args.example
        else _source(args.file, args.encoding)
    )
    return read_csv(
        source,
        encoding=args.encoding,
        delimiter=delimiter(args.delimiter),
        period_column=args.period_column,
        per=args.per,
        confidence=args.confidence,
        method=args.method,
        **columns,
    )


def _source(path: str, encoding: str | None) -> str | io.StringIO:
    """The CSV file to read: its text when it is UTF-8, else *path* for the library to read.

    Without ``--encoding`` the file must be UTF-8 (with or without a BOM); when it is not,
    the error names the option that fixes it, ``--encoding``, where the library's own
    error would name its argument.  A file that cannot be read at all is refused here,
    with its reason in the user's language (Python's own words are English).
    """
    try:
        if path == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            data: bytes | str = buffer.read() if buffer is not None else sys.stdin.read()
        else:
            data = Path(path).read_bytes()
    except OSError as error:
        if path == "-":
            return path
        # the library's own message would carry Python's English ("[Errno 2] No such file")
        msg = f"'source' ({path!r}) cannot be read: {error}"
        cy = f"'FFEIL' ({path!r}): ni ellir ei darllen: {os_error_cy(error)}."
        raise InvalidRateError(msg, cy=cy) from None
    except ValueError:
        return path
    if encoding is not None:
        return path
    if isinstance(data, str):
        return io.StringIO(data)
    try:
        return io.StringIO(data.decode(_UTF8))
    except UnicodeDecodeError as error:
        msg = (
            f"'source' cannot be read as {_UTF8} text: {error}; "
            "give the encoding, such as --encoding cp1252."
        )
        cy = (
            f"'source': ni ellir ei darllen fel testun {_UTF8}: beit annilys "
            f"0x{data[error.start]:02x} yn safle {error.start}; rhowch yr amgodiad, "
            "fel --encoding cp1252."
        )
        raise InvalidRateError(msg, cy=cy) from error


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
    comparison that cannot be made (cells suppressed and no target, or no funnel limits
    around a target of 0) is ``null``.

    >>> from carewales.rates import RateRow
    >>> table = RateTable([RateRow("Powys", 140, 26_400), RateRow("Cardiff", 660, 66_400)])
    >>> results(table, None)[0]["comparison"]
    'lower'
    """
    comparisons, funnels = _render.comparisons_of(table, target)
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


def trend(tables: Sequence[RateTable]) -> tuple[TrendTable | None, Bilingual | None]:
    """The trend of *tables* (the last :data:`MAX_TREND` of them), and a note if some are left out.

    ``(None, None)`` for fewer than two tables.
    """
    if len(tables) < 2:  # noqa: PLR2004 (a trend needs two periods)
        return None, None
    shown = min(len(tables), MAX_TREND)
    note = None
    if len(tables) > MAX_TREND:
        words = _LAST_PERIODS.en.format(shown=shown, total=len(tables))
        welsh = _LAST_PERIODS.cy.format(shown=shown, total=len(tables))
        note = Bilingual(words, welsh)
    try:
        return trends(tables[-shown:]), note
    except InvalidRateError:  # periods with different multipliers or confidence levels
        return None, _NO_TREND


def _step(step: RateChange | Suppressed | None) -> object:
    if isinstance(step, RateChange):
        return {**to_dict(step), "difference": step.difference}
    return _cell(step)


def trend_document(table: TrendTable) -> dict[str, Any]:
    """The trend's document (its ``tables``) with ``changes``: each authority's steps.

    A step is the :class:`~carewales.rates.RateChange` document with its
    ``difference``, a suppressed cell's symbol, or ``null`` when the authority is
    not in both periods.
    """
    changes = [
        {"authority": place.code, "steps": [_step(step) for step in steps]}
        for place, steps in table.changes().items()
    ]
    return {**to_dict(table), "changes": changes}


def document(reading: TableReading, target: float | None) -> dict[str, Any]:
    """The ``--format json`` document: the reading's document, each table with its results.

    That is :func:`carewales.to_dict` of the :class:`~carewales.rates.TableReading`
    (``tables``, ``totals``, ``refused``, ``notes``), with ``results`` (see
    :func:`results`) and ``summary`` (the :class:`~carewales.rates.RateSummary`
    document, whose ``national`` is the pooled rate or ``null``) added to each table,
    the ``target`` compared with, and the ``trend`` (see :func:`trend_document`, or
    ``null`` with one period; with more than :data:`MAX_TREND` periods, the last ones,
    and a note in ``notes``).
    """
    data = to_dict(reading)
    for table, written in zip(reading.tables, data["tables"], strict=True):
        written["results"] = results(table, target)
        written["summary"] = to_dict(table.summary())
    changes, note = trend(reading.tables)
    if note is not None:
        data["notes"] = [*data["notes"], {"en": note.en, "cy": note.cy}]
    data["trend"] = None if changes is None else trend_document(changes)
    return {"schema_version": SCHEMA_VERSION, "target": target, **data}


def _csv(reading: TableReading, dp: int | None, target: float | None) -> str:
    """Every table as the library's CSV with the rank and comparisons, under one header row.

    The columns :data:`CSV_EXTRA` follow :data:`~carewales.rates.CSV_FIELDS`;
    :func:`~carewales.rates.read_csv` ignores them, so the CSV still reads back to the tables.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*CSV_FIELDS, *CSV_EXTRA))
    for table in reading.tables:
        found = results(table, target)
        rows = list(csv.reader(io.StringIO(table.to_csv(dp=dp))))[1:]
        for row, result in zip(rows, found, strict=True):
            writer.writerow(
                [*row, *("" if result[key] is None else result[key] for key in CSV_EXTRA)]
            )
    return out.getvalue().rstrip("\n")


def _plot(args: argparse.Namespace, table: RateTable) -> None:
    figure = PLOTS[args.plot_kind](table, lang=args.lang, target=args.target)
    try:
        _plots.save(figure, args.plot)
    except OSError as error:
        msg = f"'--plot' ({args.plot!r}) cannot be written: {error.strerror or error}."
        cy = f"'--plot' ({args.plot!r}): ni ellir ysgrifennu iddo: {os_error_cy(error)}."
        raise InvalidFieldError(msg, cy=cy) from None


#: The most decimal places ``--dp`` takes (the library's own limit).
MAX_DP = 12


def check_dp(dp: int | None) -> int | None:
    """Check ``--dp`` here, where the Welsh can say "rhif cyfan" (a whole number).

    >>> check_dp(2), check_dp(None)
    (2, None)
    >>> check_dp(-1)
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidRateError: 'dp' (-1) must be an int from 0 to 12.
    """
    if dp is not None and not 0 <= dp <= MAX_DP:
        msg = f"'dp' ({dp!r}) must be an int from 0 to {MAX_DP}."
        cy = f"'dp' ({dp!r}): rhaid i’r gwerth fod yn rhif cyfan o 0 i {MAX_DP}."
        raise InvalidRateError(msg, cy=cy)
    return dp


def _render_table(table: RateTable, lang: Language, args: argparse.Namespace) -> str:
    dp = 0 if args.dp is None else args.dp
    return table.render(lang, format=args.format, dp=dp, target=args.target)


def _output(reading: TableReading, args: argparse.Namespace, lang: Language) -> str | Output:
    report = reading.render(lang, format=Format.MARKDOWN if args.format == MARKDOWN else TEXT)
    if args.format == JSON:
        return write_json(document(reading, args.target))
    if args.format == CSV:
        return Output(_csv(reading, check_dp(args.dp), args.target), report)
    check_dp(args.dp)
    parts = [
        (f"{_PERIOD.in_(lang)}: {table.period}\n\n" if table.period is not None else "")
        + _render_table(table, lang, args)
        for table in reading.tables
    ]
    changes, note = trend(reading.tables)
    if changes is not None:  # several periods: each authority's change between them
        parts.append(changes.render(lang, format=args.format))
    if note is not None:
        parts.append(note.in_(lang))
    if report:
        parts.append(report)
    return "\n\n".join(parts)


def _rates(args: argparse.Namespace) -> str | Output:
    lang = Language.parse(args.lang)
    reading = _load(args)
    last = reading.table  # raises, listing the refused rows, when nothing could be read
    check_target(args.target, reading.tables)
    output = _output(reading, args, lang)
    if args.plot is not None:  # last, so that nothing is written when the output fails
        _plot(args, last)
    return output

"""Subcommand ``carewales rates FILE.csv``: a table of rates with limits, ranks and comparisons."""

from __future__ import annotations

import argparse
import csv
import io
from importlib.resources import files

from ..errors import CareWalesError
from ..rates import (
    MULTIPLIERS,
    Comparison,
    FunnelSignificance,
    Rate,
    RateMethod,
    RateTable,
    Suppressed,
    SuppressedValueError,
    round_half_away,
)
from ..text import Bilingual, Language
from .common import add_lang_option, format_table

#: The bundled example's file name and its columns.
EXAMPLE = "example_rates.csv"
_EXAMPLE_COLUMNS = {
    "authority": "authority",
    "count": "children_looked_after",
    "population": "population_under_18",
}
_DEFAULT_COLUMNS = {"authority": "authority", "count": "count", "population": "population"}

_HEADINGS = {
    "code": Bilingual("Code", "Cod"),
    "authority": Bilingual("Authority", "Awdurdod"),
    "count": Bilingual("Count", "Nifer"),
    "population": Bilingual("Population", "Poblogaeth"),
    "rate": Bilingual("Rate", "Cyfradd"),
    "lower": Bilingual("Lower", "Isaf"),
    "upper": Bilingual("Upper", "Uchaf"),
    "rank": Bilingual("Rank", "Safle"),
    "ci": Bilingual("By interval", "Yn ôl cyfwng"),
    "funnel": Bilingual("By funnel", "Yn ôl twmffat"),
}
_TITLE = Bilingual(
    "Rates per {per}, with {level} confidence limits",
    "Cyfraddau fesul {per}, gyda therfynau hyder {level}",
)
_NOT_COMPARED = Bilingual(
    "Not compared: the national rate cannot be pooled because cells are suppressed. "
    "Give --target to compare with a published national value.",
    "Heb gymharu: ni ellir cyfuno'r gyfradd genedlaethol gan fod celloedd wedi'u hatal. "
    "Rhowch --target i gymharu â gwerth cenedlaethol cyhoeddedig.",
)
_NOTE = Bilingual(
    "By interval: the authority's confidence interval against the national value. "
    "By funnel: its rate against 95% and 99.8% control limits around the national value. "
    "Rank 1 is the highest rate; ties share a rank.",
    "Yn ôl cyfwng: cyfwng hyder yr awdurdod o'i gymharu â'r gwerth cenedlaethol. "
    "Yn ôl twmffat: ei gyfradd o'i chymharu â therfynau rheoli 95% a 99.8% o gwmpas y "
    "gwerth cenedlaethol. Safle 1 yw'r gyfradd uchaf; mae cyfraddau cyfartal yn rhannu safle.",
)
_FUNNEL_SHORT = {
    FunnelSignificance.HIGH_998: Bilingual("above 99.8%", "uwch 99.8%"),
    FunnelSignificance.HIGH_95: Bilingual("above 95%", "uwch 95%"),
    FunnelSignificance.WITHIN: Bilingual("within", "o fewn"),
    FunnelSignificance.LOW_95: Bilingual("below 95%", "is 95%"),
    FunnelSignificance.LOW_998: Bilingual("below 99.8%", "is 99.8%"),
}
_COMPARISON_SHORT = {
    Comparison.HIGHER: Bilingual("higher", "uwch"),
    Comparison.SIMILAR: Bilingual("similar", "tebyg"),
    Comparison.LOWER: Bilingual("lower", "is"),
}


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
        raise CareWalesError(msg)
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


def _figure(value: object, dp: int) -> str:
    if isinstance(value, Suppressed):
        return value.symbol
    return f"{round_half_away(value, dp):,}"  # type: ignore[arg-type]  # a float or Fraction


def _rows(table: RateTable, lang: Language, dp: int, target: float | None) -> list[list[str]]:
    try:
        comparisons = table.comparisons(target)
        funnels = table.funnel_comparisons(target)
    except SuppressedValueError:
        comparisons, funnels = {}, {}
    ranks = table.ranks()
    rows = []
    for row in table.rows:
        place = row.authority
        item = table.rate(place)
        if isinstance(item, Rate):
            figures = [
                _figure(item.exact_value, dp),
                _figure(item.lower, dp),
                _figure(item.upper, dp),
            ]
        else:
            figures = [item.symbol] * 3
        rank = ranks[place]
        comparison = comparisons.get(place)
        funnel = funnels.get(place)
        rows.append(
            [
                place.code,
                place.name.in_(lang),
                _figure(row.count, 0),
                _figure(row.population, 0),
                *figures,
                str(rank),
                _COMPARISON_SHORT[comparison].in_(lang)
                if isinstance(comparison, Comparison)
                else str(comparison or "–"),
                _FUNNEL_SHORT[funnel].in_(lang)
                if isinstance(funnel, FunnelSignificance)
                else str(funnel or "–"),
            ]
        )
    return rows


def _rates(args: argparse.Namespace) -> str:
    lang = Language.parse(args.lang)
    table = _load(args)
    target = args.target
    heading = [_HEADINGS[key].in_(lang) for key in _HEADINGS]
    body = _rows(table, lang, args.dp, target)
    if args.output_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(heading)
        writer.writerows(body)
        return out.getvalue().rstrip("\n")
    if args.output_format == "markdown":
        lines = [
            "| " + " | ".join(heading) + " |",
            "|" + "|".join("---" for _ in heading) + "|",
            *("| " + " | ".join(row) + " |" for row in body),
        ]
        table_text = "\n".join(lines)
    else:
        table_text = format_table([heading, *body])
    level = f"{table.confidence * 100:.10g}%"
    title = _TITLE.in_(lang).format(per=f"{table.per:,}", level=level)
    notes = [table.summary().describe(lang, args.dp)]
    if target is None and table.suppressed_count:
        notes.append(_NOT_COMPARED.in_(lang))
    notes.append(_NOTE.in_(lang))
    return "\n\n".join([title, table_text, *notes])

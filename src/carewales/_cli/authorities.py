"""Subcommands ``carewales authorities`` and ``carewales authority KEY``."""

from __future__ import annotations

import argparse
from typing import Any

from .._layout import aligned
from ..authorities import Authority, all_authorities, authority
from ..serial import SCHEMA_VERSION, converter
from ..text import Bilingual, Language, format_date
from .common import (
    CSV,
    JSON,
    TEXT,
    add_format_option,
    add_lang_option,
    csv_columns,
    csv_row,
    metavar,
    write_csv,
    write_json,
)
from .language import say

#: The formats of both subcommands.
FORMATS = (TEXT, JSON, CSV)

_HEADINGS = {
    "code": Bilingual("Code", "Cod"),
    "name": Bilingual("Name", "Enw"),
    "council": Bilingual("Council", "Cyngor"),
    "kind": Bilingual("Kind", "Math"),
    "region": Bilingual("Region", "Rhanbarth"),
    "established": Bilingual("Established", "Sefydlwyd"),
    "names": Bilingual("Other names", "Enwau eraill"),
    "history": Bilingual("Regions over time", "Rhanbarthau dros amser"),
    "now": Bilingual("to date", "hyd heddiw"),
}


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    lang: Language = Language.EN,
) -> None:
    """Add the ``authorities`` and ``authority`` subcommands, their help in *lang*."""
    table = subparsers.add_parser(
        "authorities",
        help=say(lang, "list the 22 Welsh local authorities", "rhestru 22 awdurdod lleol Cymru"),
    )
    add_lang_option(table, lang)
    add_format_option(table, FORMATS, lang=lang)
    table.set_defaults(handler=_table)
    one = subparsers.add_parser(
        "authority",
        help=say(
            lang,
            "show one authority, found by code or name",
            "dangos un awdurdod, wedi’i ganfod yn ôl ei god neu ei enw",
        ),
    )
    one.add_argument(
        "key",
        metavar=metavar(lang, "ALLWEDD"),
        help=say(
            lang,
            "a GSS code or any English or Welsh name",
            "cod GSS neu unrhyw enw Cymraeg neu Saesneg",
        ),
    )
    add_lang_option(one, lang)
    add_format_option(one, FORMATS, lang=lang)
    one.set_defaults(handler=_one)


def record(item: Authority) -> dict[str, Any]:
    """Return the authority's full record as a document: every field of :class:`Authority`.

    Inside other documents an authority travels by its code alone; here every field is
    written, with the names of the class's fields.

    >>> from carewales import authority
    >>> record(authority("Wrecsam"))["name"]
    {'en': 'Wrexham', 'cy': 'Wrecsam'}
    """
    fields: dict[str, Any] = _WHOLE(item)
    return {"schema_version": SCHEMA_VERSION, **fields}


_WHOLE = converter.gen_unstructure_attrs_fromdict(Authority)


def _machine(items: tuple[Authority, ...], form: str, *, many: bool) -> str:
    if form == JSON:
        documents = [record(item) for item in items]
        return write_json(documents if many else documents[0])
    return write_csv(csv_columns(Authority), (csv_row(record(item), Authority) for item in items))


def _table(args: argparse.Namespace) -> str:
    if args.format != TEXT:
        return _machine(all_authorities(), args.format, many=True)
    lang = Language.parse(args.lang)
    rows = [[_HEADINGS[k].in_(lang) for k in ("code", "name", "council", "kind", "region")]]
    rows.extend(
        [
            item.code,
            item.name.in_(lang),
            item.council.in_(lang),
            item.kind.label.in_(lang),
            item.region.name.in_(lang),
        ]
        for item in all_authorities()
    )
    return aligned(rows)


def describe(item: Authority, lang: Language) -> str:
    """Describe one authority in full, in *lang*."""
    others = [n for n in item.names(lang) if n not in (item.name.in_(lang), item.council.in_(lang))]
    history = [
        f"  {format_date(m.start, lang)} – "
        f"{_HEADINGS['now'].in_(lang) if m.end is None else format_date(m.end, lang)}: "
        f"{m.region.name.in_(lang)}"
        for m in item.regions
    ]
    lines = [
        f"{item.name.in_(lang)} ({item.code})",
        f"{_HEADINGS['council'].in_(lang)}: {item.council.in_(lang)}",
        f"{_HEADINGS['kind'].in_(lang)}: {item.kind.label.in_(lang)}",
        f"{_HEADINGS['region'].in_(lang)}: {item.region.name.in_(lang)}",
        f"{_HEADINGS['established'].in_(lang)}: {format_date(item.established, lang)}",
        f"{_HEADINGS['names'].in_(lang)}: {', '.join(others) if others else '–'}",
        f"{_HEADINGS['history'].in_(lang)}:",
        *history,
    ]
    return "\n".join(lines)


def _one(args: argparse.Namespace) -> str:
    item = authority(args.key)
    if args.format != TEXT:
        return _machine((item,), args.format, many=False)
    return describe(item, Language.parse(args.lang))

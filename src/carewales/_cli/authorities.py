"""Subcommands ``carewales authorities`` and ``carewales authority KEY``."""

from __future__ import annotations

import argparse

from .._layout import aligned
from ..authorities import Authority, all_authorities, authority
from ..text import Bilingual, Language, format_date
from .common import add_lang_option

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


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``authorities`` and ``authority`` subcommands."""
    table = subparsers.add_parser("authorities", help="list the 22 Welsh local authorities")
    add_lang_option(table)
    table.set_defaults(handler=_table)
    one = subparsers.add_parser("authority", help="show one authority, found by code or name")
    one.add_argument("key", help="a GSS code or any English or Welsh name")
    add_lang_option(one)
    one.set_defaults(handler=_one)


def _table(args: argparse.Namespace) -> str:
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
    return describe(authority(args.key), Language.parse(args.lang))

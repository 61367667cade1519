"""Subcommands ``carewales deadline START DAYS`` and ``carewales bank-holidays YEAR``."""

from __future__ import annotations

import argparse
import datetime as dt

import attrs

from ..calendar import ENGLAND_AND_WALES, BankHoliday, WorkingCalendar, bank_holidays
from ..deadlines import Timescale, TimeUnit, due_date, timescale
from ..errors import InvalidFieldError
from ..serial import to_dict
from ..text import Bilingual, Language, format_date
from .common import (
    CSV,
    JSON,
    TEXT,
    add_format_option,
    add_lang_option,
    documents_csv,
    metavar,
    parse_date,
    parse_whole_number,
    write_json,
)
from .language import say

#: The formats of both subcommands.
FORMATS = (TEXT, JSON, CSV)


@attrs.frozen
class Deadline:
    """What ``carewales deadline`` works out, as a document for ``--format json`` and ``csv``.

    Attributes:
        start: the day the clock starts.
        amount: how many units after (or, if negative, before) *start*.
        unit: working days, calendar days or months.
        due: the due date.
        calendar: the working-day calendar counted on, for working days only.
        timescale: the catalogue's rule, when ``--timescale`` is given.
    """

    start: dt.date
    amount: int
    unit: TimeUnit
    due: dt.date
    calendar: WorkingCalendar | None
    timescale: Timescale | None


_WORDS = {
    "due": Bilingual("Due", "Dyddiad dyledus"),
    "after": Bilingual("after", "ar ôl"),
    "before": Bilingual("before", "cyn"),
    "source": Bilingual("Source", "Ffynhonnell"),
    "calendar": Bilingual("Working days", "Diwrnodau gwaith"),
    "note": Bilingual("Note", "Nodyn"),
    "holidays": Bilingual(
        "Bank holidays in England and Wales", "Gwyliau banc yng Nghymru a Lloegr"
    ),
}


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    lang: Language = Language.EN,
) -> None:
    """Add the ``deadline`` and ``bank-holidays`` subcommands, their help in *lang*.

    >>> parser = argparse.ArgumentParser()
    >>> register(parser.add_subparsers())
    >>> args = parser.parse_args(["deadline", "2021-11-15", "20", "--lang", "cy"])
    >>> print(args.handler(args))
    Dyddiad dyledus: Dydd Llun, 13 Rhagfyr 2021
    20 diwrnod gwaith ar ôl dydd Llun, 15 Tachwedd 2021
    Diwrnodau gwaith: Dydd Llun i ddydd Gwener heblaw gwyliau banc Cymru a Lloegr
    """
    deadline = subparsers.add_parser(
        "deadline",
        help=say(
            lang,
            "the due date DAYS working days (or calendar days, or months) after START",
            "y dyddiad dyledus DIWRNODAU diwrnod gwaith (neu ddiwrnod calendr, neu fis) "
            "ar ôl DECHRAU",
        ),
    )
    deadline.add_argument(
        "start",
        metavar=metavar(lang, "DECHRAU"),
        help=say(
            lang,
            "the date the clock starts, as YYYY-MM-DD",
            "y dyddiad y mae’r cloc yn dechrau, ar y ffurf BBBB-MM-DD",
        ),
    )
    deadline.add_argument(
        "days",
        nargs="?",
        metavar=metavar(lang, "DIWRNODAU"),
        help=say(
            lang,
            "how many working days (omit with --timescale)",
            "sawl diwrnod gwaith (dim gyda --timescale)",
        ),
    )
    unit = deadline.add_mutually_exclusive_group()
    unit.add_argument(
        "--calendar-days",
        action="store_true",
        help=say(
            lang,
            "count calendar days, not working days",
            "cyfrif diwrnodau calendr, nid diwrnodau gwaith",
        ),
    )
    unit.add_argument(
        "--months",
        action="store_true",
        help=say(lang, "count months, not working days", "cyfrif misoedd, nid diwrnodau gwaith"),
    )
    unit.add_argument(
        "--timescale",
        metavar=say(lang, "NAME", "ENW"),
        help=say(
            lang,
            "use a timescale from the catalogue, such as first-core-group",
            "defnyddio amserlen o’r catalog, fel first-core-group",
        ),
    )
    add_lang_option(deadline, lang)
    add_format_option(deadline, FORMATS, lang=lang)
    deadline.set_defaults(handler=_deadline)

    holidays = subparsers.add_parser(
        "bank-holidays",
        help=say(
            lang,
            "list the England-and-Wales bank holidays of YEAR",
            "rhestru gwyliau banc Cymru a Lloegr yn y flwyddyn BLWYDDYN",
        ),
    )
    holidays.add_argument(
        "year",
        metavar=metavar(lang, "BLWYDDYN"),
        help=say(lang, "a year from 1971 to 2100", "blwyddyn o 1971 i 2100"),
    )
    add_lang_option(holidays, lang)
    add_format_option(holidays, FORMATS, lang=lang)
    holidays.set_defaults(handler=_bank_holidays)


def _work_out(args: argparse.Namespace, start: dt.date) -> Deadline:
    """Read DAYS and the unit, or the timescale, and work out the due date."""
    if args.timescale is not None:
        if args.days is not None:
            msg = f"'DAYS' ({args.days!r}) cannot be given with --timescale, which sets its own."
            cy = (
                f"'DIWRNODAU' ({args.days!r}): ni ellir ei roi gyda --timescale, "
                "sy’n gosod ei werth ei hun."
            )
            raise InvalidFieldError(msg, cy=cy)
        rule = timescale(args.timescale, on=start)
        amount, unit, calendar = rule.amount, rule.unit, rule.calendar
    else:
        if args.days is None:
            msg = "'DAYS' is required unless --timescale NAME is given."
            cy = "Rhaid rhoi 'DIWRNODAU' oni bai bod --timescale ENW wedi’i roi."
            raise InvalidFieldError(msg, cy=cy)
        rule = None
        amount = parse_whole_number("DAYS", args.days, "DIWRNODAU")
        calendar = ENGLAND_AND_WALES
        unit = TimeUnit.WORKING_DAYS
        if args.calendar_days:
            unit = TimeUnit.CALENDAR_DAYS
        elif args.months:
            unit = TimeUnit.MONTHS
    due = due_date(start, amount, unit, calendar)
    return Deadline(
        start, amount, unit, due, calendar if unit is TimeUnit.WORKING_DAYS else None, rule
    )


def _deadline(args: argparse.Namespace) -> str:
    lang = Language.parse(args.lang)
    item = _work_out(args, parse_date("START", args.start, "DECHRAU"))
    if args.format == JSON:
        return write_json(to_dict(item))
    if args.format == CSV:
        return documents_csv([item], Deadline)
    rule = item.timescale
    lines = [f"{_WORDS['due'].in_(lang)}: {format_date(item.due, lang, weekday=True)}"]
    if rule is not None:
        lines.append(rule.name.in_(lang))
    relation = _WORDS["after" if item.amount >= 0 else "before"].in_(lang)
    # mid-sentence, so a Welsh weekday is lower-case: "ar ôl dydd Llun, 3 Tachwedd 2025"
    start = format_date(item.start, lang, weekday=True, in_sentence=True)
    lines.append(f"{item.unit.count(abs(item.amount), lang)} {relation} {start}")
    if rule is not None:
        source = f"{rule.source.instrument.in_(lang)}, {rule.source.provision.in_(lang)}"
        lines.append(f"{_WORDS['source'].in_(lang)}: {source}")
        link = rule.source.link(lang)  # the Welsh page under --lang cy, where there is one
        if link is not None:
            lines.append(link)
        if rule.note is not None:
            lines.append(f"{_WORDS['note'].in_(lang)}: {rule.note.in_(lang)}")
    if item.calendar is not None:
        lines.append(f"{_WORDS['calendar'].in_(lang)}: {item.calendar.name.in_(lang)}")
    return "\n".join(lines)


def _bank_holidays(args: argparse.Namespace) -> str:
    lang = Language.parse(args.lang)
    year = parse_whole_number("YEAR", args.year, "BLWYDDYN")
    holidays = bank_holidays(year)
    if args.format == JSON:
        return write_json([to_dict(holiday) for holiday in holidays])
    if args.format == CSV:
        return documents_csv(holidays, BankHoliday)
    rows = [(format_date(h.date, lang, weekday=True), h.name.in_(lang)) for h in holidays]
    width = max(len(day) for day, _ in rows)
    lines = [f"{_WORDS['holidays'].in_(lang)}, {year}"]
    lines.extend(f"{day.ljust(width)}  {name}" for day, name in rows)
    return "\n".join(lines)

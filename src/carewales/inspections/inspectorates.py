"""Inspectorates: the bodies that inspect social services, and the names they used when."""

from __future__ import annotations

import datetime as dt

import attrs

from .. import _validators as v
from ..errors import InvalidFieldError, UnsupportedDateError
from ..text import Bilingual, BilingualEnum, Language, format_date
from .dates import DatePrecision, DateRange, check_period, covers

__all__ = ["Inspectorate", "InspectorateName"]


@attrs.frozen
class InspectorateName:
    """A name an inspectorate used, and when.

    Attributes:
        name: the full name in both languages.
        abbreviation: the short form in both languages (CSSIW / AGGCC).
        valid_from: the first day of the name, or ``None`` if before the library's records.
        valid_to: the last day of the name, or ``None`` while in use.
        precision: how exactly the sources date ``valid_from``: to the day, or only the
            month (``valid_from`` is then the month's first day, shown as the month).

    Raises:
        InvalidDateError: if a date is not a plain date.
        InvalidFieldError: if a month-precision ``valid_from`` is not a month's first day.
        DateRangeError: if ``valid_to`` is before ``valid_from``.

    >>> Inspectorate.CIW.names[-1].describe("cy")
    'Arolygiaeth Gofal Cymru (AGC), o fis Ionawr 2018'
    >>> Inspectorate.CIW.names[-1].began
    DateRange(start=datetime.date(2018, 1, 1), end=datetime.date(2018, 1, 31), precision=<DatePrecision.MONTH: 'month'>)
    """  # noqa: E501 (a doctest line)

    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    abbreviation: Bilingual = attrs.field(validator=v.instance(Bilingual))
    valid_from: dt.date | None = attrs.field(default=None, validator=v.optional(v.date()))
    valid_to: dt.date | None = attrs.field(default=None, validator=v.optional(v.date()))
    precision: DatePrecision = attrs.field(
        default=DatePrecision.DAY, validator=v.member(DatePrecision)
    )

    def __attrs_post_init__(self) -> None:
        """Check that the name's last day is not before its first, and the precision."""
        check_period(self, self.valid_from, self.valid_to)
        month = self.precision is DatePrecision.MONTH
        if month and (self.valid_from is None or self.valid_from.day != 1):
            v.fail(
                self,
                "valid_from",
                self.valid_from,
                "must be the first day of a month when 'precision' is 'month'",
                InvalidFieldError,
                cy="rhaid iddo fod yn ddiwrnod cyntaf mis pan fo 'precision' yn 'month'",
            )

    @property
    def began(self) -> DateRange | None:
        """When the name came into use: its first day, or its month; ``None`` if unknown."""
        if self.valid_from is None:
            return None
        if self.precision is DatePrecision.MONTH:
            return DateRange.month(self.valid_from.year, self.valid_from.month)
        return DateRange(self.valid_from, self.valid_from)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Give the name, its abbreviation and when it came into use, in *lang*, on one line."""
        language = Language.parse(lang)
        text = f"{self.name.in_(language)} ({self.abbreviation.in_(language)})"
        if self.valid_from is None:
            return text
        shown = format_date(self.valid_from, language)
        if self.precision is DatePrecision.MONTH:
            month = shown.split(" ", 1)[1]
            since = f"o fis {month}" if language is Language.CY else f"from {month}"
        else:
            since = f"o {shown}" if language is Language.CY else f"from {shown}"
        return f"{text}, {since}"

    @property
    def label(self) -> Bilingual:
        """The name in both languages (the same as :attr:`name`)."""
        return self.name

    def covers(self, day: dt.date) -> bool:
        """Say whether this was the body's name on *day*.

        Raises:
            InvalidDateError: if *day* is not a plain date.
        """
        return covers(self.valid_from, self.valid_to, v.ensure_date("day", day))


def _names(
    *rows: tuple[str, str, str, str, dt.date | None, dt.date | None],
    precision: DatePrecision = DatePrecision.DAY,
) -> tuple[InspectorateName, ...]:
    return tuple(
        InspectorateName(Bilingual(en, cy), Bilingual(short_en, short_cy), start, end, precision)
        for en, cy, short_en, short_cy, start, end in rows
    )


# Care and Social Services Inspectorate Wales was formed on 1 April 2007 (merging the
# Social Services Inspectorate for Wales and the Care Standards Inspectorate for Wales;
# the sources read say only "2007", so the day is unconfirmed) and renamed Care
# Inspectorate Wales "from January 2018": no source read gives the day, so the new
# name is dated to the month (stored as its first day, shown as "January 2018").
# Seed 004 (2017) writes CSSIW / AGGCC.
_CSSIW_FROM = dt.date(2007, 4, 1)
_CIW_FROM = dt.date(2018, 1, 1)

_INSPECTORATE_NAMES: dict[str, tuple[InspectorateName, ...]] = {
    "ciw": _names(
        (
            "Care and Social Services Inspectorate Wales",
            "Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru",
            "CSSIW",
            "AGGCC",
            _CSSIW_FROM,
            _CIW_FROM - dt.timedelta(days=1),
        ),
    )
    + _names(
        ("Care Inspectorate Wales", "Arolygiaeth Gofal Cymru", "CIW", "AGC", _CIW_FROM, None),
        precision=DatePrecision.MONTH,
    ),
    "estyn": _names(
        (
            "Estyn, His Majesty's Inspectorate for Education and Training in Wales",
            "Estyn, Arolygiaeth Ei Fawrhydi dros Addysg a Hyfforddiant yng Nghymru",
            "Estyn",
            "Estyn",
            None,
            None,
        ),
    ),
    "hiw": _names(
        (
            "Healthcare Inspectorate Wales",
            "Arolygiaeth Gofal Iechyd Cymru",
            "HIW",
            "AGIC",
            None,
            None,
        ),
    ),
    "audit-wales": _names(
        ("Audit Wales", "Archwilio Cymru", "Audit Wales", "Archwilio Cymru", None, None),
    ),
    "hmicfrs": _names(
        (
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
            "Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Fawrhydi",
            "HMICFRS",
            "HMICFRS",
            None,
            None,
        ),
    ),
    "ofsted": _names(
        (
            "Office for Standards in Education, Children's Services and Skills",
            "Y Swyddfa Safonau mewn Addysg, Gwasanaethau Plant a Sgiliau",
            "Ofsted",
            "Ofsted",
            None,
            None,
        ),
    ),
}


class Inspectorate(BilingualEnum):
    """A body that inspects or reviews social services, with its names over time.

    >>> Inspectorate.CIW.name_on(dt.date(2017, 7, 1)).abbreviation.both()
    'CSSIW / AGGCC'
    >>> Inspectorate.CIW.name_on(dt.date(2021, 11, 15)).name.cy
    'Arolygiaeth Gofal Cymru'
    """

    CIW = "ciw", "Care Inspectorate Wales", "Arolygiaeth Gofal Cymru"
    ESTYN = "estyn", "Estyn", "Estyn"
    HIW = "hiw", "Healthcare Inspectorate Wales", "Arolygiaeth Gofal Iechyd Cymru"
    AUDIT_WALES = "audit-wales", "Audit Wales", "Archwilio Cymru"
    HMICFRS = (
        "hmicfrs",
        "HM Inspectorate of Constabulary and Fire & Rescue Services",
        "Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub EF",
    )
    OFSTED = "ofsted", "Ofsted (England)", "Ofsted (Lloegr)"

    @property
    def names(self) -> tuple[InspectorateName, ...]:
        """Every name the body has used, oldest first."""
        return _INSPECTORATE_NAMES[self.value]

    def name_on(self, day: dt.date) -> InspectorateName:
        """Return the name in force on *day*.

        Raises:
            UnsupportedDateError: if the body did not exist (under any name the
                library knows) on *day*.
        """
        day = v.ensure_date("day", day)
        for name in self.names:
            if name.covers(day):
                return name
        first = self.names[0].valid_from
        msg = f"{self.label.en} did not exist on {day}: its records start on {first}."
        msg_cy = (
            f"Nid oedd {self.label.cy} yn bod ar {format_date(day, Language.CY)}: mae ei "
            f"chofnodion yn dechrau ar {first}."
        )
        raise UnsupportedDateError(msg, cy=msg_cy)


attrs.resolve_types(InspectorateName)

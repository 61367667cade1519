r"""Reading the CSV files analysts really have: exports from StatsWales and council systems.

:func:`read_csv` matches headings whatever their case, spacing, punctuation,
units in brackets or language (``"Awdurdod lleol"``, ``"Nifer"``,
``"Poblogaeth"``), sniffs the delimiter, keeps "Wales" and regional total rows
apart from the authorities (and checks them against the pooled figures),
carries suppression symbols and rounding notes through, and reports each row
it cannot use instead of failing: the rest is still computed.

>>> import io
>>> text = (
...     "Awdurdod lleol;Nifer;Poblogaeth (pobl)\n"
...     "Ynys Môn;1.012;13500\n"
...     "Powys;140;26,400\n"
...     "Cymru;5000;600000\n"
... )
>>> reading = read_csv(io.StringIO(text))
>>> [row.authority.name.en for row in reading.table.rows]
['Powys']
>>> reading.totals[0].name.cy
'Cymru'
>>> print(reading.refused[0].describe())
line 2, column 'Nifer' ('1.012'): must be a whole number (such as 1234 or 1,234) ...
"""

from __future__ import annotations

import os
from typing import IO, ClassVar

import attrs

from .. import _validators as v
from .._lazy import Lazy
from ..authorities import Authority, all_authorities, authority
from ..errors import InvalidRateError
from ..text import Bilingual, Format, Language
from ..welsh import count as count_in_welsh
from .core import (
    RateMethod,
    Suppressed,
)
from .tables import RateTable, _cell, _format, _to_cell

__all__ = ["RefusedRow", "TableReading", "TotalRow", "read_csv"]

_MAX_TEXT = 200
_MAX_LINE = 10**9
_MAX_ITEMS = 100_000
_SHOWN = 40  # characters of a refused value kept in the report

# --------------------------------------------------------------------------- models

_LINE = v.Check(
    v.integer(1, _MAX_LINE).inner,
    "must be a whole number of at least 1: a line of the file",
    InvalidRateError,
    cy="rhaid i’r gwerth fod yn rhif cyfan nad yw’n llai na 1: llinell yn y ffeil",
)
_TEXT = v.optional(v.text(max_length=_MAX_TEXT))


@attrs.frozen
class RefusedRow:
    """A row of a file that :func:`read_csv` could not use, and why.

    Attributes:
        line: the line of the file (1 is the first).
        column: the heading of the column at fault, or ``None`` for the whole row.
        value: the value refused (at most 40 characters of it), or ``None`` for
            a blank cell or the whole row.
        rule: what the value must be, in English and Welsh.

    >>> row = RefusedRow(3, "count", "12.5", Bilingual("must be whole", "rhaid bod yn gyfan"))
    >>> row.describe("cy")
    "llinell 3, colofn 'count' ('12.5'): rhaid bod yn gyfan"
    >>> RefusedRow(4, "count", None, Bilingual("is blank", "mae’n wag")).describe()
    "line 4, column 'count' (blank): is blank"
    """

    _WHAT: ClassVar[str] = "refused row"
    _WHAT_CY: ClassVar[str] = "rhes a wrthodwyd"

    line: int = attrs.field(converter=v.to_int, validator=_LINE)
    column: str | None = attrs.field(validator=_TEXT)
    value: str | None = attrs.field(validator=_TEXT)
    rule: Bilingual = attrs.field(validator=v.instance(Bilingual, error=InvalidRateError))

    @property
    def label(self) -> Bilingual:
        """Where the row is and why it was refused, in both languages."""
        where_en, where_cy = f"line {self.line}", f"llinell {self.line}"
        if self.column is not None:
            shown = (repr(self.value), repr(self.value))
            if self.value is None:
                shown = ("blank", "gwag")
            where_en += f", column {self.column!r} ({shown[0]})"
            where_cy += f", colofn {self.column!r} ({shown[1]})"
        return Bilingual(f"{where_en}: {self.rule.en}", f"{where_cy}: {self.rule.cy}")

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: where the row is and why it was refused."""
        return self.label.in_(lang)


def _cell_text(value: int | Suppressed) -> str:
    return value.symbol if isinstance(value, Suppressed) else f"{value:,}"


_WALES = Bilingual("Wales", "Cymru")
_TOTAL = Bilingual("Total", "Cyfanswm")


def _regions() -> dict[Bilingual, tuple[str, ...]]:
    """The regional partnership board areas of several authorities, with their members now.

    Taken from the register of authorities (Partnership Arrangements (Wales) Regulations
    2015); Powys is an area of one authority, so its row is the authority's.
    """
    areas: dict[Bilingual, list[str]] = {}
    for item in all_authorities():
        for membership in item.regions:
            if membership.end is None:
                areas.setdefault(membership.region.name, []).append(item.code)
    return {name: tuple(codes) for name, codes in areas.items() if len(codes) > 1}


def _members() -> dict[str, tuple[str, ...]]:
    """The codes of the authorities each total covers, by its English name."""
    every = tuple(item.code for item in all_authorities())
    return {_WALES.en: every, **{name.en: codes for name, codes in REGIONS().items()}}


#: Built on first use, so that importing the module does not load the register.
REGIONS = Lazy(_regions)
_MEMBERS = Lazy(_members)


@attrs.frozen
class TotalRow:
    """A total row of a file ("Wales", "Cymru" or a region), kept apart from the authorities.

    Total rows are never pooled with the authorities; :func:`read_csv` checks
    them against the authorities' figures instead.

    Attributes:
        name: the total's name in English and Welsh.
        count: the count, or a :class:`Suppressed` cell.
        population: the population, or a :class:`Suppressed` cell.
        line: the line of the file it was on.
        period: the period it is for, or ``None``.

    Raises:
        InvalidRateError: for a bad cell or line, or a count above the population.

    >>> TotalRow(Bilingual("Wales", "Cymru"), 5_000, 600_000, 24).describe("cy")
    'Cymru (llinell 24): nifer 5,000, poblogaeth 600,000'
    """

    _WHAT: ClassVar[str] = "total row"
    _WHAT_CY: ClassVar[str] = "rhes gyfanswm"

    name: Bilingual = attrs.field(validator=v.instance(Bilingual, error=InvalidRateError))
    count: int | Suppressed = attrs.field(converter=_to_cell, validator=_cell(0))
    population: int | Suppressed = attrs.field(converter=_to_cell, validator=_cell(1))
    line: int = attrs.field(converter=v.to_int, validator=_LINE)
    period: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_TEXT))
    )

    def __attrs_post_init__(self) -> None:
        """Check the count against the population when both are published."""
        count, population = self.count, self.population
        if isinstance(count, int) and isinstance(population, int) and count > population:
            rule = f"must not be above 'population' ({population})"
            rule_cy = f"rhaid i’r gwerth beidio â bod yn uwch na 'population' ({population})"
            v.fail(self, "count", count, rule, InvalidRateError, cy=rule_cy)

    @property
    def authorities(self) -> tuple[Authority, ...] | None:
        """The authorities the total covers (all 22 for Wales), or ``None`` if not known.

        >>> len(TotalRow(Bilingual("Gwent", "Gwent"), 1, 10, 2).authorities)
        5
        """
        members = _MEMBERS().get(self.name.en)
        if members is None:
            return None
        return tuple(authority(code) for code in members)

    @property
    def label(self) -> Bilingual:
        """The name, line and figures, in both languages."""
        figures = (_cell_text(self.count), _cell_text(self.population))
        return Bilingual(
            f"{self.name.en} (line {self.line}): count {figures[0]}, population {figures[1]}",
            f"{self.name.cy} (llinell {self.line}): nifer {figures[0]}, poblogaeth {figures[1]}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: the name, line and figures."""
        return self.label.in_(lang)


_HEADS = {
    "refused": Bilingual("Refused rows", "Rhesi a wrthodwyd"),
    "totals": Bilingual(
        "Total rows (kept apart from the authorities)",
        "Rhesi cyfanswm (ar wahân i’r awdurdodau)",
    ),
    "notes": Bilingual("Notes", "Nodiadau"),
}
_NO_TABLE = Bilingual(
    "no table: every row was refused, or the file has a heading but no rows",
    "dim tabl: gwrthodwyd pob rhes, neu mae gan y ffeil bennawd ond dim rhesi",
)
_ONLY_TOTALS = Bilingual(
    "no table: only total rows: no authority to compute",
    "dim tabl: dim ond rhesi cyfanswm: dim awdurdod i’w gyfrifo",
)


@attrs.frozen
class TableReading:
    r"""What :func:`read_csv` read: the tables, the total rows, the refused rows and notes.

    Attributes:
        tables: one :class:`RateTable` per period, in the file's order (one
            when there is no period column; none if every row was refused).
        totals: the "Wales" and regional total rows, never pooled.
        refused: the rows that could not be used, with the reason.
        notes: what the reader noticed, such as rounding or totals that do not
            match the authorities, in both languages.

    >>> import io
    >>> reading = read_csv(io.StringIO("authority,count,population\nPowys,1,10\nAtlantis,1,2\n"))
    >>> reading.describe()
    '1 table, 0 total rows, 1 refused row, 0 notes'
    """

    _WHAT: ClassVar[str] = "table reading"
    _WHAT_CY: ClassVar[str] = "darlleniad tabl"

    tables: tuple[RateTable, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(RateTable, error=InvalidRateError), error=InvalidRateError),
    )
    totals: tuple[TotalRow, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(TotalRow, error=InvalidRateError), error=InvalidRateError),
    )
    refused: tuple[RefusedRow, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(
            v.instance(RefusedRow, error=InvalidRateError), error=InvalidRateError
        ),
    )
    notes: tuple[Bilingual, ...] = attrs.field(
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(Bilingual, error=InvalidRateError), error=InvalidRateError),
    )

    @property
    def table(self) -> RateTable:
        """The only table, or the last period's.

        Raises:
            InvalidRateError: if there is no table, listing the refused rows (or
                saying the file has only total rows).
        """
        if self.tables:
            return self.tables[-1]
        if self.totals and not self.refused:
            msg = f"{_ONLY_TOTALS.en}."
            raise InvalidRateError(msg, cy=f"{_ONLY_TOTALS.cy}.")
        reasons = "; ".join(row.describe() for row in self.refused[:5])
        reasons_cy = "; ".join(row.describe("cy") for row in self.refused[:5])
        msg = f"{_NO_TABLE.en}{': ' + reasons if reasons else ''}."
        cy = f"{_NO_TABLE.cy}{': ' + reasons_cy if reasons_cy else ''}."
        raise InvalidRateError(msg, cy=cy)

    @property
    def label(self) -> Bilingual:
        """How many tables, total rows, refused rows and notes, in both languages."""
        counts = (len(self.tables), len(self.totals), len(self.refused), len(self.notes))
        words_en = ("table", "total row", "refused row", "note")
        english = ", ".join(
            f"{n} {word}{'' if n == 1 else 's'}" for n, word in zip(counts, words_en, strict=True)
        )
        words_cy = ("tabl", "rhes gyfanswm", "rhes a wrthodwyd", "nodyn")
        welsh = ", ".join(count_in_welsh(n, word) for n, word in zip(counts, words_cy, strict=True))
        return Bilingual(english, welsh)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: how many tables, total rows, refused rows and notes."""
        return self.label.in_(lang)

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one name every render uses)
    ) -> str:
        r"""The report of total rows, refused rows and notes ("" when there is none).

        The tables themselves render with :meth:`RateTable.render`.

        >>> import io
        >>> text = "authority,count,population\nPowys,1,10\nAtlantis,1,2\n"
        >>> print(read_csv(io.StringIO(text)).render(format="text"))  # doctest: +ELLIPSIS
        Refused rows:
          line 3, column 'authority' ('Atlantis'): not the code or name of a Welsh ...
        """
        language = Language.parse(lang)
        output = _format(format)
        sections = []
        for key, items in (
            ("totals", [row.describe(language) for row in self.totals]),
            ("refused", [row.describe(language) for row in self.refused]),
            ("notes", [note.in_(language) for note in self.notes]),
        ):
            if not items:
                continue
            head = _HEADS[key].in_(language)
            if output is Format.MARKDOWN:
                sections.append("\n".join([f"**{head}**", "", *(f"- {i}" for i in items)]))
            else:
                sections.append("\n".join([f"{head}:", *(f"  {i}" for i in items)]))
        return "\n\n".join(sections)


# --------------------------------------------------------------------------- totals


def read_csv(  # noqa: PLR0913 (the issue fixes these keywords)
    source: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    authority: str | None = None,
    count: str | None = None,
    population: str | None = None,
    period_column: str | None = None,
    per: int | None = None,
    confidence: float | None = None,
    method: RateMethod | str | None = None,
    period: str | None = None,
) -> TableReading:
    r"""Read a CSV export of counts and populations by authority, reporting rows it cannot use.

    Headings are matched ignoring case, spacing, punctuation, accents and units
    in brackets, in English or Welsh: ``authority``/``local authority``/
    ``awdurdod lleol`` (or a code column), ``count``/``number``/``nifer``,
    ``population``/``poblogaeth``, and ``period``/``year``/``cyfnod``/``blwyddyn``
    (one table per period, in the file's order; a row with a blank period among
    named ones is refused).  Title lines and ``#`` comments before the heading,
    blank lines, rows of empty cells (``,,,``) and footnotes (a line with one
    cell) are skipped; after the heading, a row starting with ``#`` (Excel's
    ``#N/A``) is read like any other.  A line that opens a quote and never closes
    it is refused, and the lines after it are read on their own.  At most 10,000
    refused rows are listed; a note counts the rest.  A note such as "rounded to
    the nearest 5" anywhere in the file becomes a note of the reading.
    "Wales"/"Cymru", "Total"/"Cyfanswm" and the six regional partnership board
    areas (by English or Welsh name) are kept apart as :class:`TotalRow` and
    checked against the authorities' figures.

    Args:
        source: a path, an open text or binary file, or ``"-"`` for standard input.
        encoding: the text encoding; by default UTF-8 with or without a byte-order mark.
        delimiter: one character; by default the first of ``,`` ``;`` tab ``|``
            that gives a heading with the columns needed.
        authority: the heading of the authority column (by default found).
        count: the heading of the count column (by default found).
        population: the heading of the population column (by default found).
        period_column: the heading of the period column (by default found, if any).
        per: the multiplier; by default the file's ``per`` column (as
            :meth:`RateTable.to_csv` writes) or 10,000.
        confidence: the confidence level; by default the file's column or 0.95.
        method: the method; by default the file's column or ``"phe"``.
        period: the label of a table without a period column.

    Returns:
        The tables, the total rows, the refused rows and the notes.

    Raises:
        InvalidRateError: only for a file that cannot be read at all: bytes that
            are not text in the encoding, no heading with the columns needed, or
            a bad option (*per*, *confidence*, *method*, *delimiter*, *encoding*).

    >>> import io
    >>> text = "# Figures rounded to the nearest 5\nAuthority,Count,Population\nPowys,140,26400\n"
    >>> reading = read_csv(io.StringIO(text))
    >>> reading.table.rate("Powys").count, reading.notes[0].en[:40]
    (140, 'Line 1: figures are rounded to the neare')
    """
    from . import _parse

    chosen = _parse.settings(
        authority=authority,
        count=count,
        population=population,
        period_column=period_column,
        periods=True,
        per=per,
        confidence=confidence,
        method=method,
        period=period,
    )
    delimiter = _parse.check_delimiter(delimiter)
    return _parse.read(source, chosen, encoding=encoding, delimiter=delimiter).reading

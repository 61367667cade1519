"""The reader behind :func:`carewales.rates.read_csv`: headings, cells, totals and refusals."""

from __future__ import annotations

import csv
import io
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from .. import _validators as v
from .._lazy import Lazy
from ..authorities import Authority, authority, find_authorities
from ..errors import InvalidRateError, UnknownAuthorityError
from ..text import Bilingual
from ..welsh import count as count_in_welsh
from .core import (
    SUPPRESSION_SYMBOLS,
    SYMBOLS_IN_WORDS,
    RateMethod,
    Suppressed,
    confidence_level,
    multiplier,
)
from .reading import _MAX_TEXT, _SHOWN, _TOTAL, _WALES, REGIONS, RefusedRow, TableReading, TotalRow
from .tables import RateRow, RateTable, _row_rate

__all__ = ["check_delimiter", "from_csv", "read", "settings"]
_DELIMITERS = (",", ";", "\t", "|")
_MAX_CELL = 20
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _key(text: str) -> str:
    """Lower case, without accents, brackets, punctuation or extra spaces."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    folded = unicodedata.normalize("NFKD", text.replace("'", "").replace("\u2019", ""))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


_WALES_NAMES = (
    "Wales",
    "Cymru",
    "All Wales",
    "Cymru gyfan",
    "Wales total",
    "Total Wales",
    "Cyfanswm Cymru",
    "W92000004",
)
_CARDIFF_AND_VALE = Bilingual("Cardiff and Vale", "Caerdydd a’r Fro")


def _total_names() -> dict[str, Bilingual]:
    """The names a total row goes by, folded, with the total each names."""
    names = {_key(name): _WALES for name in _WALES_NAMES}
    names.update({_key(name): _TOTAL for name in ("Total", "Cyfanswm", "Grand total")})
    for region in REGIONS():
        names[_key(region.en)] = region
        names[_key(region.cy)] = region
    names[_key("Cardiff and Vale of Glamorgan")] = _CARDIFF_AND_VALE
    names[_key("Caerdydd a Bro Morgannwg")] = _CARDIFF_AND_VALE
    return names


_TOTAL_NAMES = Lazy(_total_names)

# --------------------------------------------------------------------------- headings

_HEADINGS: dict[str, tuple[str, ...]] = {
    "authority": (
        "authority", "local authority", "authority name", "local authority name", "la",
        "la name", "area", "area name", "name", "awdurdod", "awdurdod lleol", "enw",
        "enw awdurdod", "ardal", "authority code", "code", "la code", "area code", "cod",
        "cod awdurdod",
    ),
    "count": (
        "count", "nifer", "number", "numerator", "rhif", "rhifiadur", "n", "events",
        "digwyddiadau", "cases", "achosion",
    ),
    "population": (
        "population", "poblogaeth", "denominator", "enwadur", "pop", "population estimate",
        "amcangyfrif poblogaeth",
    ),
    "period": ("period", "cyfnod", "year", "blwyddyn", "time period"),
    "per": ("per", "fesul"),
    "confidence": ("confidence", "hyder"),
    "method": ("method", "dull"),
}  # fmt: skip


def _find_columns(
    names: Sequence[str], chosen: dict[str, str | None], optional: Sequence[str]
) -> dict[str, int] | None:
    """The index of each role's column, or ``None`` if a required one is missing."""
    keys = [_key(name) for name in names]
    found: dict[str, int] = {}
    for role in (*chosen, *optional):
        given = chosen.get(role)
        wanted = (_key(given),) if given is not None else _HEADINGS[role]
        for want in wanted:
            if want in keys:
                found[role] = keys.index(want)
                break
        else:
            if role in chosen:
                return None
    return found


#: Each column's role in Welsh, after "colofn".
_ROLES_CY = {
    "authority": "yr awdurdod",
    "count": "y nifer",
    "population": "y boblogaeth",
    "period": "y cyfnod",
}


def _missing(names: Sequence[str], chosen: dict[str, str | None]) -> Bilingual:
    """Which required columns a heading lacks, for the error message, in both languages."""
    parts, parts_cy = [], []
    for role, given in chosen.items():
        if _find_columns(names, {role: given}, []) is None:
            others = ", ".join(_HEADINGS[role][1:5])
            shown = repr(given) if given is not None else f"{role!r} (or {others}, ...)"
            shown_cy = repr(given) if given is not None else f"{role!r} (neu {others}, ...)"
            parts.append(f"the {role} column {shown}")
            # "(nid yw) colofn y nifer ... na cholofn y boblogaeth ...": the first noun of a
            # genitive takes no article, and "na" aspirates the c of "colofn"
            parts_cy.append(f"{_ROLES_CY[role]} {shown_cy}")
    welsh = [f"colofn {parts_cy[0]}", *(f"colofn {part}" for part in parts_cy[1:-1])]
    if len(parts_cy) > 1:
        welsh[-1] += f" na cholofn {parts_cy[-1]}"
    return Bilingual(" and ".join(parts), ", ".join(welsh))


# --------------------------------------------------------------------------- text


def _read_text(source: object, encoding: str | None) -> str:
    """The text of *source*: a path, ``"-"``, or an open text or binary file."""
    chosen = "utf-8-sig" if encoding is None else encoding
    if not v.text_encoding_ok(chosen):
        msg = f"'encoding' ({v.describe(encoding)}) is not a text encoding, such as 'cp1252'."
        cy = f"'encoding' ({v.describe(encoding)}): nid yw’n amgodiad testun, fel 'cp1252'."
        raise InvalidRateError(msg, cy=cy)
    try:
        data = _raw(source)
    except (OSError, ValueError) as error:  # a bad path, a closed file, a failing reader
        msg = f"'source' ({v.describe(source)}) cannot be read: {error}"
        why = (
            v.os_error_cy(error)
            if isinstance(error, OSError)
            else "ffeil wedi’i chau, neu ddarllenydd a fethodd"
        )
        cy = f"'source' ({v.describe(source)}): ni ellir ei darllen: {why}"
        raise InvalidRateError(msg, cy=cy) from error
    if isinstance(data, bytes):
        try:
            data = data.decode(chosen)
        except (UnicodeDecodeError, LookupError) as error:
            hint = "" if encoding else "; give the encoding, such as encoding='cp1252'"
            hint_cy = "" if encoding else "; rhowch yr amgodiad, fel encoding='cp1252'"
            msg = f"'source' cannot be read as {chosen} text: {error}{hint}."
            where = (
                f"beit {error.start + 1} yn annilys"
                if isinstance(error, UnicodeDecodeError)
                else "amgodiad anhysbys"
            )
            cy = f"'source': ni ellir ei darllen fel testun {chosen}: {where}{hint_cy}."
            raise InvalidRateError(msg, cy=cy) from error
    if not isinstance(data, str):
        msg = (
            f"'source' ({v.describe(source)}) must be a path, '-' (standard input), "
            "or an open text or binary file."
        )
        cy = (
            f"'source' ({v.describe(source)}): rhaid i’r gwerth fod yn llwybr, '-' (y mewnbwn "
            "safonol), neu’n ffeil testun neu ddeuaidd agored."
        )
        raise InvalidRateError(msg, cy=cy)
    return data.removeprefix("\ufeff")


def _raw(source: object) -> object:
    """What *source* holds, as bytes or text (or anything else, for the caller to refuse)."""
    if isinstance(source, str) and source == "-":
        stream: Any = sys.stdin
        buffer = getattr(stream, "buffer", None)
        return buffer.read() if buffer is not None else stream.read()
    if isinstance(source, (str, os.PathLike)):
        return Path(source).read_bytes()
    read = getattr(source, "read", None)
    return read() if callable(read) else None


def _lines(text: str) -> list[tuple[int, str]]:
    """``(line number, line)`` of each line that is not blank."""
    numbered = enumerate(io.StringIO(text, newline="").readlines(), start=1)
    return [(number, line) for number, line in numbered if line.strip()]


def _comment(line: str) -> bool:
    return line.strip().startswith("#")


# A last line no file holds: a record that swallows it opened a quote it never closed.
_EOF = "\ue000carewales: end of the file\ue000"


@attrs.frozen
class _Record:
    """A record as :mod:`csv` splits it: where it starts and ends, and its fields."""

    line: int
    end: int
    fields: list[str]
    unclosed: bool = False


def _records(lines: list[tuple[int, str]], delimiter: str) -> list[_Record]:
    """Each record, with the line it starts on; a quote never closed is a record of its own.

    :mod:`csv` reads an opening quote that is never closed to the end of the file,
    as one cell; that record is marked ``unclosed`` and the lines after its first
    line are read again.
    """
    found: list[_Record] = []
    first: list[int | None] = [None]  # the index in *lines* of the record being read
    last = [0]

    def feed(begin: int) -> Iterator[str]:
        for index in range(begin, len(lines)):
            if first[0] is None:
                first[0] = index
            last[0] = index
            yield lines[index][1]
        if first[0] is None:
            first[0] = len(lines)
        yield _EOF + "\n"

    begin: int | None = 0
    while begin is not None:
        first[0], restart = None, None
        for fields in csv.reader(feed(begin), delimiter=delimiter):
            start, first[0] = first[0], None
            assert start is not None  # noqa: S101 (feed set it)
            if start == len(lines):
                continue  # the end of the file, read on its own: the last record
            if any(_EOF in field for field in fields):
                found.append(_Record(lines[start][0], lines[-1][0], [], unclosed=True))
                restart = start + 1
                break
            found.append(_Record(lines[start][0], lines[last[0]][0], fields))
        begin = restart
    return found


_ROUNDED = re.compile(
    r"rounded\s+to\s+(?:the\s+)?nearest\s+(\d[\d,]*)|talgrynnu\s+i'?r?\s+(\d[\d,]*)\s+agosaf",
    re.IGNORECASE,
)


def _rounding(text: str) -> int | None:
    """The base of a rounding note such as "rounded to the nearest 5", or ``None``."""
    found = _ROUNDED.search(text.replace("\u2019", "'"))
    if found is None:
        return None
    base = int((found.group(1) or found.group(2)).replace(",", ""))
    return base or None


def _rounding_note(line: int, base: int) -> Bilingual:
    return Bilingual(
        f"Line {line}: figures are rounded to the nearest {base:,}, so the rates and limits "
        "computed from them are approximate, not exact.",
        f"Llinell {line}: mae’r ffigurau wedi’u talgrynnu i’r {base:,} agosaf, felly bras yw’r "
        "cyfraddau a’r terfynau a gyfrifir ohonynt, nid union.",
    )


# --------------------------------------------------------------------------- rules

_UNKNOWN = Bilingual(
    "not the code or name of a Welsh local authority, nor Wales or a regional "
    "partnership board area",
    "nid yw’n god nac yn enw awdurdod lleol yng Nghymru, nac yn Gymru nac yn ardal bwrdd "
    "partneriaeth rhanbarthol",
)
_NOT_WHOLE = Bilingual(
    f"must be a whole number (such as 1234 or 1,234) from 0 to 1,000,000,000, "
    f"or a suppression symbol ({SYMBOLS_IN_WORDS})",
    f"rhaid i’r gwerth fod yn rhif cyfan (fel 1234 neu 1,234) o 0 i 1,000,000,000, "
    f"neu’n symbol atal ({SYMBOLS_IN_WORDS})",
)
_NO_POPULATION = Bilingual(
    "must be at least 1: a rate needs a population",
    "rhaid i’r gwerth fod yn 1 o leiaf: mae angen poblogaeth ar gyfradd",
)
_LONG_PERIOD = Bilingual(
    f"must be at most {_MAX_TEXT} characters", f"rhaid i’r gwerth fod yn {_MAX_TEXT} nod ar y mwyaf"
)
_UNCLOSED = Bilingual(
    'an opening quote (") is never closed, so csv would read the rest of the file as one '
    "cell; this line is refused and the lines after it are read on their own",
    'nid yw dyfynnod agoriadol (") byth yn cau, felly byddai csv yn darllen gweddill y '
    "ffeil fel un gell; gwrthodir y llinell hon a darllenir y llinellau ar ei hôl ar eu pen "
    "eu hunain",
)
_BLANK_PERIOD = Bilingual(
    "must not be blank: the file has a period column, so each row needs its period",
    "rhaid i’r gwerth beidio â bod yn wag: mae gan y ffeil golofn cyfnod, felly mae angen cyfnod "
    "ar bob rhes",
)
_MAX_VALUE = 1_000_000_000
_WHOLE_ROW = None  # the column of a refusal of the whole row


def _fields_rule(found: int, wanted: int) -> Bilingual:
    return Bilingual(
        f"has {found} fields where the heading has {wanted}",
        f"mae ganddi {count_in_welsh(found, 'maes')} lle mae gan y pennawd {wanted}",
    )


def _more_refused(more: int) -> Bilingual:
    return Bilingual(
        f"{more:,} more rows were refused after the first {v.MAX_ITEMS:,} listed; "
        "the other rows are still computed.",
        f"Gwrthodwyd {more:,} rhes arall ar ôl y {v.MAX_ITEMS:,} cyntaf a restrir; "
        "cyfrifir y rhesi eraill o hyd.",
    )


def _above_rule(population: int) -> Bilingual:
    return Bilingual(
        f"must not be above the population ({population:,}): a rate counts members of the "
        "population",
        f"rhaid i’r gwerth beidio â bod yn fwy na’r boblogaeth ({population:,}): mae cyfradd yn "
        "cyfrif aelodau o’r boblogaeth",
    )


def _repeat_rule(line: int) -> Bilingual:
    return Bilingual(
        f"already on line {line}: each authority may appear once in a period",
        f"eisoes ar linell {line}: gall pob awdurdod ymddangos unwaith yn unig mewn cyfnod",
    )


def _no_rate_rule(method: RateMethod) -> Bilingual:
    return Bilingual(
        f"the {method.value!r} method cannot compute limits for this count: use 'exact' or 'phe'",
        f"ni all y dull {method.value!r} gyfrifo terfynau ar gyfer y nifer hwn: defnyddiwch "
        "'exact' neu 'phe'",
    )


class _Refusal(Exception):  # noqa: N818 (a signal inside this module, never raised out of it)
    """A row refused: the column, the value, the rule and the error from_csv raises."""

    def __init__(
        self,
        column: str | None,
        value: str,
        rule: Bilingual,
        error: type[InvalidRateError | UnknownAuthorityError] = InvalidRateError,
    ) -> None:
        super().__init__(column)
        self.column = column[:_MAX_TEXT] if column and column.strip() else None
        self.value = value.strip()[:_SHOWN] or None
        self.rule, self.error = rule, error


def _whole(raw: str, column: str) -> int | Suppressed:
    """A whole number (``1234`` or ``1,234``) or a suppressed cell; otherwise refused."""
    text = raw.strip()
    if text.lower() in SUPPRESSION_SYMBOLS:
        return Suppressed(text)
    if len(text) <= _MAX_CELL and _WHOLE.fullmatch(text):
        number = int(text.replace(",", ""))
        if number <= _MAX_VALUE:
            return number
    raise _Refusal(column, raw, _NOT_WHOLE)


# --------------------------------------------------------------------------- reading


@attrs.define
class _Settings:
    """The columns asked for and the options, checked."""

    columns: dict[str, str | None]
    optional: list[str]
    per: int | None
    confidence: float | None
    method: RateMethod | None
    period: str | None


@attrs.define
class _Outcome:
    """What :func:`_read` found, with what :meth:`RateTable.from_csv` needs to raise."""

    reading: TableReading
    errors: list[type[InvalidRateError | UnknownAuthorityError]]


def _split(lines: list[tuple[int, str]], delimiter: str) -> list[_Record]:
    try:
        return _records(lines, delimiter)
    except csv.Error:
        return []


_NAME_COLUMNS = (
    "name the columns (authority=, count=, population=; on the command line "
    "--authority-column, --count-column, --population-column)"
)
_NAME_COLUMNS_CY = (
    "enwch y colofnau (authority=, count=, population=; ar y llinell orchymyn "
    "--authority-column, --count-column, --population-column)"
)


def _heading(
    lines: list[tuple[int, str]], settings: _Settings, delimiter: str | None
) -> tuple[str, _Record, dict[str, int]]:
    """The delimiter, the heading record and its columns, trying each delimiter.

    Lines before the heading that start with ``#`` are comments.
    """
    plain = [(number, line) for number, line in lines if not _comment(line)]
    best: tuple[int, _Record] | None = None
    for mark in (delimiter,) if delimiter is not None else _DELIMITERS:
        for record in _split(plain, mark):
            found = _find_columns(record.fields, settings.columns, settings.optional)
            if found is not None:
                return mark, record, found
            known = sum(
                _find_columns(record.fields, {role: given}, []) is not None
                for role, given in settings.columns.items()
            )
            if not record.unclosed and (best is None or known > best[0]):
                best = (known, record)
    if best is None:
        first = plain[0]
        best = (0, _Record(first[0], first[0], [first[1].strip()]))
    record = best[1]
    missing = _missing(record.fields, settings.columns)
    verb = "are" if " and " in missing.en else "is"
    shown = ", ".join(repr(name.strip()) for name in record.fields)
    msg = (
        f"line {record.line}: {missing.en} {verb} not in the heading ({shown}); if the file "
        f"calls them something else, {_NAME_COLUMNS}."
    )
    cy = (
        f"llinell {record.line}: nid yw {missing.cy} yn y pennawd ({shown}); os yw’r ffeil "
        f"yn eu galw’n rhywbeth arall, {_NAME_COLUMNS_CY}."
    )
    raise InvalidRateError(msg, cy=cy)


def _per(cell: str) -> int:
    """A multiplier written in a cell, such as ``10000`` or ``10,000``."""
    if not _WHOLE.fullmatch(cell):
        msg = f"'per' ({cell!r}) must be a whole number."
        cy = f"'per' ({cell!r}): rhaid i’r gwerth fod yn rhif cyfan."
        raise InvalidRateError(msg, cy=cy)
    return multiplier(int(cell.replace(",", "")))


def _confidence(cell: str) -> float:
    """A confidence level written in a cell, such as ``0.95``."""
    try:
        number = float(cell)
    except ValueError:
        msg = f"'confidence' ({cell!r}) must be a number."
        cy = f"'confidence' ({cell!r}): rhaid i’r gwerth fod yn rhif."
        raise InvalidRateError(msg, cy=cy) from None
    return confidence_level(number)


def _option(
    records: list[_Record],
    column: int | None,
    parse: Any,  # noqa: ANN401 (multiplier, confidence_level or RateMethod.parse)
    name: str,
    notes: list[Bilingual],
) -> Any:  # noqa: ANN401
    """The first value of an option column (as :meth:`RateTable.to_csv` writes), or ``None``."""
    if column is None:
        return None
    for record in records:
        line, fields = record.line, record.fields
        cell = fields[column].strip() if column < len(fields) else ""
        if cell:
            try:
                return parse(cell)
            except InvalidRateError:
                notes.append(
                    Bilingual(
                        f"Line {line}: the {name} column ({cell[:_SHOWN]!r}) is not usable; "
                        "the default is used.",
                        f"Llinell {line}: ni ellir defnyddio’r golofn {name} "
                        f"({cell[:_SHOWN]!r}); defnyddir y rhagosodiad.",
                    )
                )
                return None
    return None


def _total_note(total: TotalRow, rows: list[RateRow] | None, base: int | None) -> Bilingual | None:
    """A note when a total row does not match its authorities, or cannot be checked."""
    present = {row.authority.code: row for row in rows or []}
    members = total.authorities
    codes = list(present) if members is None else [a.code for a in members]
    where_en, where_cy = (
        f"{total.name.en} (line {total.line})",
        f"{total.name.cy} (llinell {total.line})",
    )
    chosen = [present[code] for code in codes if code in present]
    if (
        len(chosen) < len(codes)
        or not chosen
        or any(row.suppressed is not None for row in chosen)
        or isinstance(total.count, Suppressed)
        or isinstance(total.population, Suppressed)
    ):
        return Bilingual(
            f"{where_en} is not checked against the authorities: not all of its "
            f"{len(codes)} authorities are in the file with published figures, or its own "
            "cells are suppressed.",
            f"{where_cy}: heb ei wirio yn erbyn yr awdurdodau: nid yw pob un o’i "
            f"{len(codes)} awdurdod yn y ffeil gyda ffigurau cyhoeddedig, neu mae ei "
            "gelloedd ei hun wedi’u hatal.",
        )
    counted = sum(row.count for row in chosen)  # type: ignore[misc]  # published: checked
    people = sum(row.population for row in chosen)  # type: ignore[misc]
    # Each of the n figures and the total itself may be off by half the rounding base.
    allowed = 0.0 if base is None else base * (len(chosen) + 1) / 2
    if abs(counted - total.count) <= allowed and abs(people - total.population) <= allowed:
        return None
    return Bilingual(
        f"{where_en}: the authorities add up to a count of {counted:,} and a population of "
        f"{people:,}, but the total row gives {total.count:,} and {total.population:,} "
        f"(allowed for rounding: {allowed:,g}); the pooled rate uses the authorities' figures.",
        f"{where_cy}: mae’r awdurdodau’n adio i nifer o {counted:,} a phoblogaeth o "
        f"{people:,}, ond mae’r rhes gyfanswm yn rhoi {total.count:,} a "
        f"{total.population:,} (a ganiateir am dalgrynnu: {allowed:,g}); mae’r gyfradd gyfun "
        "yn defnyddio ffigurau’r awdurdodau.",
    )


def _place(name: str) -> Authority | None:
    """The authority *name* names, or ``None``.

    :func:`find_authorities` finds every name :func:`authority` takes, and is
    quick to find none, where :func:`authority` looks for suggestions: this
    keeps a file of thousands of English rows quick to read.
    """
    if not find_authorities(name):
        return None
    try:
        return authority(name)
    except UnknownAuthorityError:
        return None


def _row(  # noqa: C901, PLR0912 (one check after another, each refusing the row)
    line: int,
    fields: list[str],
    names: list[str],
    columns: dict[str, int],
    settings: _Settings,
) -> tuple[str | None, RateRow | TotalRow] | None:
    """Read one record: ``(period, row or total)``, ``None`` for a footnote, or refuse it."""
    cells = [field.strip() for field in fields]
    used = max((i + 1 for i, cell in enumerate(cells) if cell), default=0)
    if used == 0:
        return None  # a row of empty cells, as spreadsheets write: a blank line
    if used > len(names):
        raise _Refusal(_WHOLE_ROW, "", _fields_rule(used, len(names)))
    where = columns["authority"]
    name = cells[where] if where < len(cells) else ""
    total = _TOTAL_NAMES().get(_key(name))
    place: Authority | None = None
    if total is None:
        place = _place(name)
    if place is None and total is None and sum(bool(cell) for cell in cells) == 1:
        return None  # a title or footnote line, such as "Source: StatsWales"
    if len(cells) <= max(columns[r] for r in ("authority", "count", "population")):
        raise _Refusal(_WHOLE_ROW, "", _fields_rule(len(cells), len(names)))
    if place is None and total is None:
        raise _Refusal(names[where].strip(), name, _UNKNOWN, UnknownAuthorityError)
    count_name = names[columns["count"]].strip()
    count = _whole(cells[columns["count"]], count_name)
    population = _whole(cells[columns["population"]], names[columns["population"]].strip())
    key: str | None = None
    if "period" in columns:
        label = cells[columns["period"]] if columns["period"] < len(cells) else ""
        if len(label) > _MAX_TEXT:
            raise _Refusal(names[columns["period"]].strip(), label, _LONG_PERIOD)
        if not label and total is None:  # a total row is kept apart, never a table
            raise _Refusal(names[columns["period"]].strip(), "", _BLANK_PERIOD)
        key = label or None
    if isinstance(count, int) and isinstance(population, int):
        if population == 0:
            raise _Refusal(names[columns["population"]].strip(), "0", _NO_POPULATION)
        if count > population:
            raise _Refusal(count_name, cells[columns["count"]], _above_rule(population))
    if total is not None:
        return key, TotalRow(total, count, population, line, key or settings.period)
    return key, RateRow(place, count, population)  # type: ignore[arg-type]  # found above


def _check_row(
    found: tuple[str | None, RateRow | TotalRow],
    where: tuple[list[str], list[str], dict[str, int]],
    seen: dict[tuple[str | None, str], int],
    options: tuple[int, float, RateMethod],
) -> None:
    """Refuse an authority already in the period, or whose rate cannot be computed."""
    key, row = found
    if isinstance(row, TotalRow):
        return
    fields, names, columns = where
    code = row.authority.code
    if (key, code) in seen:
        name = names[columns["authority"]].strip()
        value = fields[columns["authority"]].strip()
        raise _Refusal(name, value, _repeat_rule(seen[key, code]))
    try:
        _row_rate(row, *options)
    except InvalidRateError:
        name = names[columns["count"]].strip()
        value = fields[columns["count"]].strip()
        raise _Refusal(name, value, _no_rate_rule(options[2])) from None


def read(  # noqa: C901, PLR0912, PLR0915 (the reader's one pass over the file)
    source: object, settings: _Settings, *, encoding: str | None, delimiter: str | None
) -> _Outcome:
    """Read *source* once: tables, totals, refused rows (with their errors) and notes."""
    text = _read_text(source, encoding)
    notes: list[Bilingual] = []
    bases: dict[int, int] = {}
    for number, raw in enumerate(io.StringIO(text, newline="").readlines(), start=1):
        base = _rounding(raw)
        if base is not None and base not in bases:
            bases[base] = number
            notes.append(_rounding_note(number, base))
    lines = _lines(text)
    if all(_comment(line) for _, line in lines):
        msg = "the CSV file has no heading row: it is empty or only comments."
        cy = "nid oes rhes bennawd yn y ffeil CSV: mae’n wag neu’n sylwadau yn unig."
        raise InvalidRateError(msg, cy=cy)
    mark, heading, columns = _heading(lines, settings, delimiter)
    names = heading.fields
    try:
        body = _records([item for item in lines if item[0] > heading.end], mark)
    except csv.Error as error:
        msg = f"the CSV file cannot be split into rows after its heading: {error}."
        cy = (
            "ni ellir rhannu’r ffeil CSV yn rhesi ar ôl ei phennawd (mae maes yn rhy hir "
            "neu’n anghyflawn)."
        )
        raise InvalidRateError(msg, cy=cy) from error
    if "period" in columns and _option(body, columns["period"], str, "period", notes) is None:
        del columns["period"]  # a period column left blank, as to_csv writes a table's
    per = settings.per or _option(body, columns.get("per"), _per, "per", notes) or 10_000
    confidence = (
        settings.confidence
        or _option(body, columns.get("confidence"), _confidence, "confidence", notes)
        or 0.95
    )
    method = (
        settings.method
        or _option(body, columns.get("method"), RateMethod.parse, "method", notes)
        or RateMethod.PHE
    )
    groups: dict[str | None, list[RateRow]] = {}
    seen: dict[tuple[str | None, str], int] = {}
    totals: list[tuple[str | None, TotalRow]] = []
    refused: list[RefusedRow] = []
    errors: list[type[InvalidRateError | UnknownAuthorityError]] = []
    for record in body:
        line, fields = record.line, record.fields
        if record.unclosed:
            refused.append(RefusedRow(line, None, None, _UNCLOSED))
            errors.append(InvalidRateError)
            continue
        try:
            found = _row(line, fields, names, columns, settings)
            if found is not None:
                options = (per, confidence, method)
                _check_row(found, (fields, names, columns), seen, options)
        except _Refusal as refusal:
            refused.append(RefusedRow(line, refusal.column, refusal.value, refusal.rule))
            errors.append(refusal.error)
            continue
        if found is None:
            continue
        key, row = found
        if isinstance(row, TotalRow):
            totals.append((key, row))
        else:
            seen[key, row.authority.code] = line
            groups.setdefault(key, []).append(row)
    tables = [
        RateTable(
            rows,
            per=per,
            confidence=confidence,
            method=method,
            period=key if key is not None else settings.period,
        )
        for key, rows in groups.items()
    ]
    base = min(bases) if bases else None
    for key, total in totals:
        note = _total_note(total, groups.get(key), base)
        if note is not None:
            notes.append(note)
    if len(refused) > v.MAX_ITEMS:
        notes.append(_more_refused(len(refused) - v.MAX_ITEMS))
        refused = refused[: v.MAX_ITEMS]
    reading = TableReading(tables, [total for _, total in totals], refused, notes)
    return _Outcome(reading, errors)


def settings(  # noqa: PLR0913 (the reader's options, all keywords)
    *,
    authority: str | None,
    count: str | None,
    population: str | None,
    period_column: str | None,
    periods: bool,
    per: int | None,
    confidence: float | None,
    method: RateMethod | str | None,
    period: str | None,
) -> _Settings:
    columns: dict[str, str | None] = {
        "authority": authority,
        "count": count,
        "population": population,
    }
    for role, given in columns.items():
        if given is not None:
            v.text(max_length=_MAX_TEXT).check(None, role, given)
    optional = ["per", "confidence", "method"]
    if periods:
        if period_column is None:
            optional.append("period")
        else:
            v.text(max_length=_MAX_TEXT).check(None, "period_column", period_column)
            columns["period"] = period_column
    if period is not None:
        v.text(max_length=_MAX_TEXT).check(None, "period", period)
    return _Settings(
        columns=columns,
        optional=optional,
        per=None if per is None else multiplier(per),
        confidence=None if confidence is None else confidence_level(confidence),
        method=None if method is None else RateMethod.parse(method),
        period=period,
    )


def check_delimiter(delimiter: object) -> str | None:
    if delimiter is None or (isinstance(delimiter, str) and len(delimiter) == 1):
        return delimiter
    msg = f"'delimiter' ({v.describe(delimiter)}) must be one character, such as ';' or '\\t'."
    cy = (
        f"'delimiter' ({v.describe(delimiter)}): rhaid i’r gwerth fod yn un nod, fel ';' neu '\\t'."
    )
    raise InvalidRateError(msg, cy=cy)


def from_csv(  # noqa: PLR0913 (RateTable.from_csv's keywords)
    source: object,
    *,
    authority: str,
    count: str,
    population: str,
    per: int,
    confidence: float,
    method: RateMethod | str,
    period: str | None,
    encoding: str | None,
    delimiter: str | None,
) -> RateTable:
    """:meth:`RateTable.from_csv`: the one table, raising for the first refused row."""
    defaults = {"authority": "authority", "count": "count", "population": "population"}
    given = {"authority": authority, "count": count, "population": population}
    columns = {role: None if value == defaults[role] else value for role, value in given.items()}
    chosen = settings(
        **columns,
        period_column=None,
        periods=False,
        per=per,
        confidence=confidence,
        method=method,
        period=period,
    )
    outcome = read(source, chosen, encoding=encoding, delimiter=check_delimiter(delimiter))
    reading = outcome.reading
    if reading.refused:
        first = reading.refused[0]
        raise outcome.errors[0](first.describe() + ".", cy=first.describe("cy") + ".")
    if not reading.tables:
        msg = "the CSV file has a heading but no rows."
        cy = "mae gan y ffeil CSV bennawd ond dim rhesi."
        if reading.totals:
            msg = "the CSV file has only total rows: no authority to compute."
            cy = "rhesi cyfanswm yn unig sydd yn y ffeil CSV: dim awdurdod i’w gyfrifo."
        raise InvalidRateError(msg, cy=cy)
    return reading.tables[0]

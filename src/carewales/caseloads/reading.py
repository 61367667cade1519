r"""Reading case events from the files councils export: CSV and JSON.

:func:`read_events` reads every row it can and reports every row it cannot, so a
bad row never stops the run and is never dropped silently: the result carries a
validation report (:attr:`CaseloadReading.refused`), one line per refused row with
its line, column, value and rule in English and Welsh, like the DfE validators'
error reports.

Columns are matched by heading, in any case and in either language: ``child``
(``plentyn``), ``authority`` (``awdurdod``), ``kind`` (``math``) and ``date``
(``dyddiad``).  Dates are ISO (``2024-05-01``).  Authorities may be given by
code or by name in either language.

>>> import io
>>> text = (
...     "child,authority,kind,date\n"
...     "C-1,Powys,referral,2024-05-01\n"
...     "C-1,Powys,assessment-completed,2024-13-01\n"
...     "C-2,Atlantis,referral,2024-05-02\n"
... )
>>> reading = read_events(io.StringIO(text))
>>> len(reading.events), len(reading.refused)
(1, 2)
>>> print(reading.refused[0].describe("cy"))
llinell 3, colofn 'date' ('2024-13-01'): rhaid iddo fod yn ddyddiad ISO go iawn, fel 2024-05-01
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, cast

import attrs

from .. import _validators as v
from ..authorities import Authority, authority
from ..calendar import FIRST_YEAR, LAST_YEAR
from ..errors import CareWalesError, InvalidFieldError
from ..rates.reading import RefusedRow
from ..schedules import PlacementType
from ..text import Bilingual, Language
from .events import MAX_CHILD_ID, CaseEvent, EventKind

__all__ = ["CaseloadReading", "read_events"]

#: The columns a case-event file must have, with the headings accepted for each.
COLUMNS: dict[str, tuple[str, ...]] = {
    "child": ("child", "plentyn", "child id", "id plentyn"),
    "authority": ("authority", "awdurdod", "local authority", "awdurdod lleol"),
    "kind": ("kind", "math", "event", "digwyddiad"),
    "date": ("date", "dyddiad"),
}
#: The optional columns, with the headings accepted for each.
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "placement": ("placement", "lleoliad", "placement type", "math o leoliad"),
}
_SHOWN = 40


def _heading_key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


_HEADINGS = {
    _heading_key(name): column
    for column, names in (*COLUMNS.items(), *OPTIONAL_COLUMNS.items())
    for name in names
}
_PLACEMENTS = {member.value: member for member in PlacementType}
_PLACEMENT_NAMES = ", ".join(repr(value) for value in _PLACEMENTS)
_KINDS = {member.value: member for member in EventKind}
_KIND_NAMES = ", ".join(repr(value) for value in _KINDS)


@attrs.frozen
class CaseloadReading:
    """The events read from a file, and every row refused with the reason.

    Attributes:
        events: the events of every good row, in file order.
        refused: one :class:`~carewales.rates.RefusedRow` per bad row, in file order.
    """

    _WHAT = "caseload reading"

    events: tuple[CaseEvent, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.instance(CaseEvent), max_size=10**8)
    )
    refused: tuple[RefusedRow, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.instance(RefusedRow), max_size=10**8)
    )

    @property
    def label(self) -> Bilingual:
        """How many events were read and how many rows refused, in both languages."""
        events, refused = len(self.events), len(self.refused)
        return Bilingual(
            f"{events:,} events read; {refused:,} rows refused",
            f"Digwyddiadau a ddarllenwyd: {events:,}; rhesi a wrthodwyd: {refused:,}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: how many events were read and how many rows were refused."""
        return self.label.in_(lang)


class _Refused(Exception):  # noqa: N818 (a signal inside this module, never raised out of it)
    def __init__(self, column: str | None, value: str | None, rule: Bilingual) -> None:
        super().__init__(rule.en)
        self.column, self.value, self.rule = column, value, rule


def _shown(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, default=repr)
    text = " ".join(text.split())
    if not text:
        return None
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


class _Reader:
    """Turns raw rows into events, remembering each authority it has looked up."""

    def __init__(self) -> None:
        self.authorities: dict[str, Authority] = {}

    def authority(self, raw: object, column: str) -> Authority:
        if not isinstance(raw, str) or not raw.strip():
            raise _Refused(column, _shown(raw), _BLANK_AUTHORITY)
        found = self.authorities.get(raw)
        if found is None:
            try:
                found = authority(raw.strip(), field=column)
            except CareWalesError as error:
                rule = Bilingual(
                    "must name one of the 22 Welsh local authorities, by code or name",
                    "rhaid iddo enwi un o 22 awdurdod lleol Cymru, wrth ei god neu ei enw",
                )
                raise _Refused(column, _shown(raw), rule) from error
            self.authorities[raw] = found
        return found

    def event(self, row: Mapping[str, object], columns: Mapping[str, str]) -> CaseEvent:
        child = row.get(columns["child"])
        if isinstance(child, int) and not isinstance(child, bool):
            child = str(child)
        if not isinstance(child, str) or not child.strip() or len(child.strip()) > MAX_CHILD_ID:
            raise _Refused(columns["child"], _shown(child), _CHILD)
        where = self.authority(row.get(columns["authority"]), columns["authority"])
        raw_kind = row.get(columns["kind"])
        kind = _KINDS.get(raw_kind.strip().casefold()) if isinstance(raw_kind, str) else None
        if kind is None:
            raise _Refused(columns["kind"], _shown(raw_kind), _KIND)
        day = _date(row.get(columns["date"]), columns["date"])
        placement = None
        if "placement" in columns:
            raw = row.get(columns["placement"])
            if raw is not None and (not isinstance(raw, str) or raw.strip()):
                placement = (
                    _PLACEMENTS.get(raw.strip().casefold()) if isinstance(raw, str) else None
                )
                if placement is None:
                    raise _Refused(columns["placement"], _shown(raw), _PLACEMENT)
                if kind is not EventKind.PLACEMENT_START:
                    raise _Refused(columns["placement"], _shown(raw), _PLACEMENT_ONLY)
        return CaseEvent(child.strip(), where, kind, day, placement)


_BLANK_AUTHORITY = Bilingual(
    "must name one of the 22 Welsh local authorities, by code or name",
    "rhaid iddo enwi un o 22 awdurdod lleol Cymru, wrth ei god neu ei enw",
)
_CHILD = Bilingual(
    f"must be the child's identifier: not blank, at most {MAX_CHILD_ID} characters",
    f"rhaid iddo fod yn ddynodydd y plentyn: heb fod yn wag, {MAX_CHILD_ID} nod ar y mwyaf",
)
_KIND = Bilingual(
    f"must be one of {_KIND_NAMES}",
    f"rhaid iddo fod yn un o {_KIND_NAMES}",
)
_PLACEMENT = Bilingual(
    f"must be blank or one of {_PLACEMENT_NAMES}",
    f"rhaid iddo fod yn wag neu’n un o {_PLACEMENT_NAMES}",
)
_PLACEMENT_ONLY = Bilingual(
    "must be blank unless the event is 'placement-start'",
    "rhaid iddo fod yn wag oni bai mai 'placement-start' yw’r digwyddiad",
)
_DATE = Bilingual(
    "must be a real ISO date, such as 2024-05-01",
    "rhaid iddo fod yn ddyddiad ISO go iawn, fel 2024-05-01",
)
_RANGE = Bilingual(
    f"must be a date from {FIRST_YEAR} to {LAST_YEAR}, the years the calendar covers",
    f"rhaid iddo fod yn ddyddiad o {FIRST_YEAR} i {LAST_YEAR}, y blynyddoedd y mae’r "
    "calendr yn eu cynnwys",
)


def _date(raw: object, column: str) -> dt.date:
    text = raw.strip() if isinstance(raw, str) else None
    if text is None or len(text) != 10:  # noqa: PLR2004 (YYYY-MM-DD)
        raise _Refused(column, _shown(raw), _DATE)
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise _Refused(column, _shown(raw), _DATE) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _Refused(column, _shown(raw), _RANGE)
    return day


def _columns(headings: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """The heading used for each column (the first that names it), and the columns missing."""
    found: dict[str, str] = {}
    for heading in headings:
        column = _HEADINGS.get(_heading_key(heading))
        if column is not None and column not in found:
            found[column] = heading
    return found, [column for column in COLUMNS if column not in found]  # optional ones may lack


def _missing_error(missing: list[str]) -> InvalidFieldError:
    names = ", ".join(repr(name) for name in missing)
    welsh = ", ".join(repr(COLUMNS[name][1]) for name in missing)
    return InvalidFieldError(
        f"'source' has no column {names}: a case-event file needs the columns "
        "'child', 'authority', 'kind' and 'date' (or their Welsh headings).",
        cy=f"'source': nid oes colofn {welsh}: mae angen y colofnau 'plentyn', "
        "'awdurdod', 'math' a 'dyddiad' (neu eu penawdau Saesneg) ar ffeil digwyddiadau achos.",
    )


def _open(source: object) -> IO[str]:
    """An open text stream for *source*: a path, ``"-"``, or an open text file."""
    if isinstance(source, str) and source == "-":
        return sys.stdin
    if isinstance(source, (str, os.PathLike)):
        try:
            return Path(source).open(encoding="utf-8-sig", newline="")
        except OSError as error:
            msg = f"'source' ({v.describe(source)}) cannot be read: {error}"
            welsh = f"'source' ({v.describe(source)}): ni ellir ei ddarllen: {error}"
            raise InvalidFieldError(msg, cy=welsh) from error
    if callable(getattr(source, "read", None)):
        return cast("IO[str]", source)
    msg = (
        f"'source' ({v.describe(source)}) must be a path, '-' (standard input), "
        "an open text file, or an iterable of mappings."
    )
    welsh = (
        f"'source' ({v.describe(source)}): rhaid iddo fod yn llwybr, '-' (mewnbwn safonol), "
        "ffeil destun agored, neu gyfres o fapiau."
    )
    raise InvalidFieldError(msg, cy=welsh)


_Rows = Iterator[tuple[int, Mapping[str, object] | None]]


def _rows_of_csv(stream: IO[str]) -> _Rows:
    """``(line, row, raw)`` for each data row; a row of the wrong width comes as ``None``."""
    reader = csv.reader(stream)
    try:
        headings = next(reader)
    except StopIteration:
        raise _missing_error(list(COLUMNS)) from None
    columns, missing = _columns(headings)
    if missing:
        raise _missing_error(missing)
    yield 0, columns  # the headings, for the caller
    for values in reader:
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(headings):
            yield line, None
            continue
        yield line, dict(zip(headings, values, strict=True))


def _rows_of_items(items: Iterable[object]) -> _Rows:
    """``(position, row)`` for each item of a JSON array or an iterable of mappings."""
    yield 0, {name: name for name in (*COLUMNS, *OPTIONAL_COLUMNS)}
    for position, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            yield position, None
            continue
        row: dict[str, object] = {}
        for key, value in item.items():
            column = _HEADINGS.get(_heading_key(key)) if isinstance(key, str) else None
            if column is not None and column not in row:
                row[column] = value
        yield position, row


def read_events(source: object, *, format: str | None = None) -> CaseloadReading:  # noqa: A002 (the CLI's word)
    """Read case events from a CSV or JSON file, reporting every row it cannot use.

    Args:
        source: a path, ``"-"`` for standard input, an open text file, or an
            iterable of mappings (such as ``csv.DictReader`` or parsed JSON).
        format: ``"csv"`` or ``"json"``; by default the file's suffix decides,
            else the first character (``[`` is JSON).

    Returns:
        The events of the good rows and one refused row per bad one.

    Raises:
        InvalidFieldError: if *source* cannot be read or lacks a column; a bad
            row is never raised, it is reported.
    """
    if format is not None and format not in ("csv", "json"):
        msg = f"'format' ({v.describe(format)}) must be 'csv' or 'json', or None."
        welsh = f"'format' ({v.describe(format)}): rhaid iddo fod yn 'csv' neu 'json', neu None."
        raise InvalidFieldError(msg, cy=welsh)
    if (
        isinstance(source, Iterable)
        and not isinstance(source, (str, bytes, os.PathLike))
        and not callable(getattr(source, "read", None))
    ):
        return _read(_rows_of_items(source), _NOT_AN_OBJECT)
    if format is None and isinstance(source, (str, os.PathLike)) and str(source) != "-":
        format = "json" if str(source).lower().endswith(".json") else None  # noqa: A001
    stream = _open(source)
    try:
        if format is None:
            text = stream.read()
            format = "json" if text.lstrip()[:1] == "[" else "csv"  # noqa: A001
            if stream is not sys.stdin and stream is not source:
                stream.close()
            stream = io.StringIO(text, newline="")
        if format == "json":
            try:
                items = json.load(stream)
            except json.JSONDecodeError as error:
                msg = f"'source' is not JSON: {error}."
                welsh = f"'source': nid yw’n JSON: {error}."
                raise InvalidFieldError(msg, cy=welsh) from error
            if not isinstance(items, list):
                msg = "'source' must be a JSON array of events."
                welsh = "'source': rhaid iddo fod yn arae JSON o ddigwyddiadau."
                raise InvalidFieldError(msg, cy=welsh)
            return _read(_rows_of_items(items), _NOT_AN_OBJECT)
        return _read(_rows_of_csv(stream), _WIDTH)
    finally:
        if stream is not sys.stdin and stream is not source:
            stream.close()


_WIDTH = Bilingual(
    "must have a value for every column of the heading row",
    "rhaid iddo gael gwerth ar gyfer pob colofn yn rhes y penawdau",
)
_NOT_AN_OBJECT = Bilingual(
    "must be an object with 'child', 'authority', 'kind' and 'date'",
    "rhaid iddo fod yn wrthrych gyda 'child', 'authority', 'kind' a 'date'",
)


def _read(rows: _Rows, bad_shape: Bilingual) -> CaseloadReading:
    _, first = next(rows)
    columns = {name: str(heading) for name, heading in (first or {}).items()}
    reader = _Reader()
    events: list[CaseEvent] = []
    refused: list[RefusedRow] = []
    for line, row in rows:
        if row is None:
            refused.append(RefusedRow(line, None, None, bad_shape))
            continue
        try:
            events.append(reader.event(row, columns))
        except _Refused as bad:
            refused.append(RefusedRow(line, bad.column, bad.value, bad.rule))
    return CaseloadReading(tuple(events), tuple(refused))

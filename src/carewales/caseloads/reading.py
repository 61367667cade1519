r"""Reading case events from the files councils export: CSV and JSON.

:func:`read_events` reads every row it can and reports every row it cannot, so a
bad row never stops the run and is never dropped silently: the result carries a
validation report (:attr:`CaseloadReading.refused`), one line per refused row with
its line, column, value and rule in English and Welsh, like the DfE validators'
error reports.

Lines starting with ``#`` are comments (a good place to name the source).
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
>>> print(reading.refused[0].describe("cy"))  # doctest: +NORMALIZE_WHITESPACE
llinell 3, colofn 'date' ('2024-13-01'): rhaid i’r gwerth fod yn ddyddiad ISO go iawn,
fel 2024-05-01
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, ClassVar, cast

import attrs

from .. import _validators as v
from ..authorities import Authority, authority
from ..calendar import FIRST_YEAR, LAST_YEAR
from ..errors import CareWalesError, InvalidFieldError
from ..rates.reading import RefusedRow
from ..schedules import PlacementType
from ..text import Bilingual, Language
from .events import MAX_CHILD_ID, CaseEvent, EventKind

__all__ = ["CaseloadReading", "example_file", "read_events"]

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

    _WHAT: ClassVar[str] = "caseload reading"
    _WHAT_CY: ClassVar[str] = "darlleniad llwyth achosion"

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
            f"{events:,} {'event' if events == 1 else 'events'} read; "
            f"{refused:,} {'row' if refused == 1 else 'rows'} refused",
            f"Digwyddiadau a ddarllenwyd: {events:,}; rhesi a wrthodwyd: {refused:,}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: how many events were read and how many rows were refused."""
        return self.label.in_(lang)


def example_file() -> Path:
    """The bundled example: a synthetic caseload of 120 children in 2019-20, as CSV.

    Every child in it is made up (identifiers start ``SYN-``); it was written by
    :func:`~carewales.caseloads.synthetic_events` and is read by :func:`read_events`.

    >>> example_file().name
    'example_caseload.csv'
    """
    return Path(__file__).resolve().parent.parent / "data" / "example_caseload.csv"


class _Refused(Exception):  # noqa: N818 (a signal inside this module, never raised out of it)
    def __init__(self, column: str | None, value: str | None, rule: Bilingual) -> None:
        super().__init__(rule.en)
        self.column, self.value, self.rule = column, value, rule


class _OutOfRange:
    """An Arrow cell beyond Python's dates (years 1 to 9999), shown by its type."""

    __slots__ = ("text",)

    def __init__(self, arrow_type: object) -> None:
        self.text = f"<{arrow_type}>"  # such as <timestamp[s]>


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, _OutOfRange):
        return value.text
    if isinstance(value, (dt.date, dt.time)):  # a datetime or a pandas Timestamp too
        text = value.isoformat()  # with its time zone, which may be why it is refused
    else:
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
                    "rhaid i’r gwerth enwi un o 22 awdurdod lleol Cymru, wrth ei god neu ei enw",
                )
                raise _Refused(column, _shown(raw), rule) from error
            self.authorities[raw] = found
        return found

    def event(self, row: Mapping[str, object], columns: Mapping[str, str]) -> CaseEvent:
        child = row.get(columns["child"])
        if isinstance(child, int) and not isinstance(child, bool):
            child = str(child)
        if (
            not isinstance(child, str)
            or not child.strip()
            or len(child.strip()) > MAX_CHILD_ID
            or not child.strip().isprintable()
        ):
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
            if not _blank(raw):
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
    "rhaid i’r gwerth enwi un o 22 awdurdod lleol Cymru, wrth ei god neu ei enw",
)
_CHILD = Bilingual(
    f"must be the child's identifier: not blank, one line, at most {MAX_CHILD_ID} characters",
    f"rhaid i’r gwerth fod yn ddynodydd y plentyn: heb fod yn wag, ar un llinell, "
    f"{MAX_CHILD_ID} nod ar y mwyaf",
)
_KIND = Bilingual(
    f"must be one of {_KIND_NAMES}",
    f"rhaid i’r gwerth fod yn un o {_KIND_NAMES}",
)
_PLACEMENT = Bilingual(
    f"must be blank or one of {_PLACEMENT_NAMES}",
    f"rhaid i’r gwerth fod yn wag neu’n un o {_PLACEMENT_NAMES}",
)
_PLACEMENT_ONLY = Bilingual(
    "must be blank unless the event is 'placement-start'",
    "rhaid i’r gwerth fod yn wag oni bai mai 'placement-start' yw’r digwyddiad",
)
_DATE = Bilingual(
    "must be a real ISO date, such as 2024-05-01",
    "rhaid i’r gwerth fod yn ddyddiad ISO go iawn, fel 2024-05-01",
)
_DATETIME = Bilingual(
    "must be a date; a date and time is read only at midnight with no time zone",
    "rhaid i’r gwerth fod yn ddyddiad; dim ond am hanner nos heb gylchfa amser y darllenir "
    "dyddiad ac amser",
)
_RANGE = Bilingual(
    f"must be a date from {FIRST_YEAR} to {LAST_YEAR}, the years the calendar covers",
    f"rhaid i’r gwerth fod yn ddyddiad o {FIRST_YEAR} i {LAST_YEAR}, y blynyddoedd y mae’r "
    "calendr yn eu cynnwys",
)


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(raw: object, column: str) -> dt.date:
    """A date from ISO text, a date, or a datetime at midnight (a pandas Timestamp too)."""
    if isinstance(raw, dt.datetime):
        if raw.tzinfo is not None or raw.time() != dt.time() or getattr(raw, "nanosecond", False):
            raise _Refused(column, _shown(raw), _DATETIME)
        day = raw.date()
    elif isinstance(raw, dt.date):
        day = raw
    elif isinstance(raw, _OutOfRange):
        raise _Refused(column, raw.text, _RANGE)
    else:
        text = raw.strip() if isinstance(raw, str) else ""
        if not _ISO.fullmatch(text):
            raise _Refused(column, _shown(raw), _DATE)
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise _Refused(column, _shown(raw), _DATE) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _Refused(column, _shown(raw), _RANGE)
    return day


def _blank(value: object) -> bool:
    """Whether a cell is empty: None, blank text, NaN, or pandas' NA."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, str):
        return not value.strip()
    return type(value).__name__ in {"NAType", "NaTType"}


def _columns(headings: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """The heading used for each column, and the columns missing.

    Raises:
        InvalidFieldError: if two headings name the same column: which to read is unclear.
    """
    found: dict[str, str] = {}
    for heading in headings:
        column = _HEADINGS.get(_heading_key(heading))
        if column is None:
            continue
        if column in found:
            msg = (
                f"'source' has two columns for {column!r} ({found[column]!r} and {heading!r}): "
                "which to read is unclear."
            )
            cy = (
                f"'source': mae dwy golofn ar gyfer {column!r} ({found[column]!r} a "
                f"{heading!r}): nid yw’n glir pa un i’w darllen."
            )
            raise InvalidFieldError(msg, cy=cy)
        found[column] = heading
    return found, [column for column in COLUMNS if column not in found]


def _missing_error(missing: list[str]) -> InvalidFieldError:
    names = ", ".join(repr(name) for name in missing)
    welsh = ", ".join(repr(COLUMNS[name][1]) for name in missing)
    return InvalidFieldError(
        f"'source' has no column {names}: a case-event file needs the columns "
        "'child', 'authority', 'kind' and 'date' (or their Welsh headings).",
        cy=f"'source': nid oes colofn {welsh}: mae angen y colofnau 'plentyn', "
        "'awdurdod', 'math' a 'dyddiad' (neu eu penawdau Saesneg) ar ffeil digwyddiadau achos.",
    )


def _decoded(data: bytes, encoding: str) -> IO[str]:
    """*data* as a text stream; bytes that do not decode are an error naming their line."""
    try:
        return io.StringIO(data.decode(encoding), newline="")
    except UnicodeDecodeError as error:
        raise _undecodable(error, data.count(b"\n", 0, error.start) + 1) from None


def _open(source: object, encoding: str) -> IO[str]:
    """An open text stream for *source*: a path, ``"-"``, or an open text file."""
    if isinstance(source, str) and source == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text stream put in place of standard input
            return io.StringIO(sys.stdin.read().removeprefix("\ufeff"), newline="")
        return _decoded(buffer.read(), encoding)
    if isinstance(source, (str, os.PathLike)):
        try:
            return Path(source).open(encoding=encoding, newline="")
        except OSError as error:
            msg = f"'source' ({v.describe(source)}) cannot be read: {error.strerror or error}."
            welsh = (
                f"'source' ({v.describe(source)}): ni ellir ei ddarllen ({v.os_error_cy(error)})."
            )
            raise InvalidFieldError(msg, cy=welsh) from error
    if isinstance(source, (io.RawIOBase, io.BufferedIOBase)):  # an open binary file
        return _decoded(source.read(), encoding)
    if callable(getattr(source, "read", None)):
        return cast("IO[str]", source)
    msg = (
        f"'source' ({v.describe(source)}) must be a path, '-' (standard input), "
        "an open text or binary file, an iterable of mappings, a DataFrame or an Arrow table."
    )
    welsh = (
        f"'source' ({v.describe(source)}): rhaid i’r gwerth fod yn llwybr, '-' (mewnbwn safonol), "
        "ffeil destun neu ddeuaidd agored, cyfres o fapiau, DataFrame neu dabl Arrow."
    )
    raise InvalidFieldError(msg, cy=welsh)


#: A row as read: its line and its cells, or its line and why it could not be read.
_Rows = Iterator[tuple[int, "Mapping[str, object] | Bilingual"]]


def _lines(stream: IO[str], heading: list[bool]) -> Iterator[str]:
    """The lines of *stream*; before the heading row, a comment line (``#``) reads as blank.

    Blank lines keep the count of lines, so every refused row is reported with its line
    in the file.  Once the heading row is read (``heading[0]``), a line starting with
    ``#`` is data (it may be inside a quoted field).
    """
    for line in stream:
        yield "\n" if not heading[0] and line.lstrip().startswith("#") else line


def _undecodable(error: UnicodeDecodeError, line: int) -> InvalidFieldError:
    msg = (
        f"'source' cannot be read as {error.encoding} text (near line {line}): give the "
        "file's encoding, such as encoding='cp1252'."
    )
    cy = (
        f"'source': ni ellir ei ddarllen fel testun {error.encoding} (tua llinell {line}): "
        "rhowch amgodiad y ffeil, fel encoding='cp1252'."
    )
    return InvalidFieldError(msg, cy=cy)


def _rows_of_csv(stream: IO[str]) -> _Rows:
    """``(line, row)`` for each data row, or ``(line, why)`` for one that cannot be read."""
    heading = [False]
    reader = csv.reader(_lines(stream, heading))
    headings: list[str] = []
    try:
        while not any(cell.strip() for cell in headings):  # blank and comment lines first
            try:
                headings = next(reader)
            except StopIteration:
                raise _missing_error(list(COLUMNS)) from None
        heading[0] = True
        headings = [cell.removeprefix("\ufeff") for cell in headings]
        columns, missing = _columns(headings)
        if missing:
            raise _missing_error(missing)
        yield 0, columns  # the headings, for the caller
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield reader.line_num, _unreadable(str(error))
                continue
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(headings):
                yield reader.line_num, _WIDTH
                continue
            yield reader.line_num, dict(zip(headings, values, strict=True))
    except UnicodeDecodeError as error:
        raise _undecodable(error, reader.line_num + 1) from None


def _unreadable(reason: str) -> Bilingual:
    return Bilingual(
        f"could not be read as CSV ({reason})",
        "ni ellid ei darllen fel CSV (mae’r maes yn rhy hir neu’n anghyflawn)",
    )


def _rows_of_items(items: Iterable[object]) -> _Rows:
    """``(position, row)`` for each item of a JSON array or an iterable of mappings."""
    yield 0, {name: name for name in (*COLUMNS, *OPTIONAL_COLUMNS)}
    for position, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            yield position, _NOT_AN_OBJECT
            continue
        row: dict[str, object] = {}
        for key, value in item.items():
            column = _HEADINGS.get(_heading_key(key)) if isinstance(key, str) else None
            if column is not None and column not in row:
                row[column] = value
        yield position, row


#: Rows turned into Python objects at once from an Arrow table: a bound on the memory a
#: table built in one piece (``Table.from_pandas``, ``from_pylist``) would otherwise take.
_BATCH_ROWS = 65_536


def _arrow_rows(table: object) -> Iterator[object]:
    """The rows of a pyarrow Table (a record batch at a time) or of one RecordBatch.

    A batch at a time, of at most ``_BATCH_ROWS`` rows, keeps no more than one
    batch's Python objects alive at once, so a national extract read by
    ``pyarrow.csv`` or ``pyarrow.parquet`` is not copied whole into Python.
    """
    batches = getattr(table, "to_batches", None)
    for batch in batches(max_chunksize=_BATCH_ROWS) if callable(batches) else (table,):
        yield from _batch_rows(batch)


def _batch_rows(batch: Any) -> list[object]:  # noqa: ANN401 (a pyarrow RecordBatch; optional)
    """A record batch's rows as mappings; a cell Python cannot hold is marked.

    pyarrow raises for a whole batch when one cell is a date or time outside what
    Python's :mod:`datetime` holds (years 1 to 9999); that batch is then read cell
    by cell, and such a cell is refused as a date outside the calendar's years.
    """
    try:
        return cast("list[object]", batch.to_pylist())
    except (OverflowError, ValueError):
        names, columns = batch.schema.names, batch.columns
        return [
            {name: _cell(column, index) for name, column in zip(names, columns, strict=True)}
            for index in range(batch.num_rows)
        ]


def _cell(column: Any, index: int) -> object:  # noqa: ANN401 (a pyarrow Array)
    try:
        return column[index].as_py()
    except (OverflowError, ValueError):
        return _OutOfRange(column.type)


def _flatten(items: Iterable[object]) -> Iterator[object]:
    """Each item, and the rows of each Arrow record batch among them.

    A ``pyarrow.RecordBatchReader`` and ``ParquetFile.iter_batches()`` give record
    batches rather than rows: each batch's rows are read in turn.
    """
    for item in items:
        if not isinstance(item, Mapping) and callable(getattr(item, "to_pylist", None)):
            yield from _batch_rows(item)
        else:
            yield item


def _check_columns(names: object) -> None:
    """For a source whose columns are known before its rows: refuse missing or twice-named ones.

    A table, a record batch or a DataFrame is checked as a CSV file's headings are.
    """
    if not isinstance(names, Iterable) or isinstance(names, (str, bytes)):
        return  # not a list of column names: each row is checked as it is read
    headings = [name for name in names if isinstance(name, str)]
    _, missing = _columns(headings)
    if missing:
        raise _missing_error(missing)


def _rows_in_memory(source: object) -> _Rows | None:
    """The rows of a table, a frame or an iterable already in memory; ``None`` for a file."""
    if callable(getattr(source, "to_arrow", None)) and hasattr(source, "columns"):
        source = cast("Any", source).to_arrow()  # a polars DataFrame: through its Arrow table
    names = getattr(getattr(source, "schema", None), "names", None)  # Arrow's column names
    if callable(getattr(source, "to_pylist", None)):  # a pyarrow Table or RecordBatch
        if names is not None:
            _check_columns(names)
        return _rows_of_items(_arrow_rows(source))
    if callable(getattr(source, "to_dict", None)) and hasattr(source, "columns"):  # a DataFrame
        _check_columns(source.columns)
        return _rows_of_items(source.to_dict("records"))  # type: ignore[attr-defined]
    if (
        isinstance(source, Iterable)
        and not isinstance(source, (str, bytes, os.PathLike))
        and not callable(getattr(source, "read", None))
    ):
        if names is not None:  # a RecordBatchReader
            _check_columns(names)
        return _rows_of_items(_flatten(source))
    return None


def read_events(  # noqa: C901, PLR0912 (each kind of source, one after another)
    source: object,
    *,
    format: str | None = None,  # noqa: A002 (the CLI's word)
    encoding: str = "utf-8-sig",
) -> CaseloadReading:
    """Read case events from a CSV or JSON file, reporting every row it cannot use.

    Args:
        source: a path, ``"-"`` for standard input, an open text or binary file, an
            iterable of mappings (such as ``csv.DictReader``, parsed JSON or rows from
            a database), a pandas DataFrame, a pyarrow Table, RecordBatch or
            RecordBatchReader (read a batch at a time; ``ParquetFile.iter_batches()``
            too), or a polars DataFrame (through its Arrow table).  In mappings,
            frames and tables a date may be a :class:`datetime.date`, or a datetime
            (a pandas Timestamp too) at midnight with no time zone; a missing
            placement may be None or NaN.
        format: ``"csv"`` or ``"json"``; by default the file's suffix decides,
            else the first character (``[`` is JSON).
        encoding: the text encoding of a path or of standard input (UTF-8, with or
            without a byte-order mark, by default).

    Returns:
        The events of the good rows and one refused row per bad one.

    Raises:
        InvalidFieldError: if *source* cannot be read or lacks a column; a bad
            row is never raised, it is reported.
    """
    if format is not None and format not in ("csv", "json"):
        msg = f"'format' ({v.describe(format)}) must be 'csv' or 'json', or None."
        welsh = (
            f"'format' ({v.describe(format)}): rhaid i’r gwerth fod yn 'csv' neu 'json', neu None."
        )
        raise InvalidFieldError(msg, cy=welsh)
    if not v.text_encoding_ok(encoding):  # "base64" is a codec, but not of text
        msg = f"'encoding' ({v.describe(encoding)}) is not a text encoding, such as 'cp1252'."
        welsh = f"'encoding' ({v.describe(encoding)}): nid yw’n amgodiad testun, fel 'cp1252'."
        raise InvalidFieldError(msg, cy=welsh)
    rows = _rows_in_memory(source)
    if rows is not None:
        return _read(rows)
    if format is None and isinstance(source, (str, os.PathLike)) and str(source) != "-":
        format = "json" if str(source).lower().endswith(".json") else None  # noqa: A001
    stream = _open(source, encoding)
    try:
        if format is None:
            try:
                text = stream.read()
            except UnicodeDecodeError as error:
                raise _undecodable(error, 1) from None
            format = "json" if text.lstrip()[:1] == "[" else "csv"  # noqa: A001
            if stream is not sys.stdin and stream is not source:
                stream.close()
            stream = io.StringIO(text, newline="")
        if format == "json":
            try:
                items = json.load(stream)
            except json.JSONDecodeError as error:
                msg = f"'source' is not JSON: {error}."
                welsh = (
                    f"'source': nid yw’n JSON dilys (llinell {error.lineno}, colofn {error.colno})."
                )
                raise InvalidFieldError(msg, cy=welsh) from error
            except UnicodeDecodeError as error:
                raise _undecodable(error, 1) from None
            except (ValueError, RecursionError) as error:  # a number too long, nesting too deep
                msg = f"'source' is JSON that cannot be read: {error}."
                welsh = "'source': JSON na ellir ei ddarllen (rhif rhy hir neu nythu rhy ddwfn)."
                raise InvalidFieldError(msg, cy=welsh) from error
            if not isinstance(items, list):
                msg = "'source' must be a JSON array of events."
                welsh = "'source': rhaid i’r gwerth fod yn arae JSON o ddigwyddiadau."
                raise InvalidFieldError(msg, cy=welsh)
            return _read(_rows_of_items(items))
        return _read(_rows_of_csv(stream))
    finally:
        if stream is not sys.stdin and stream is not source:
            stream.close()


_WIDTH = Bilingual(
    "must have a value for every column of the heading row",
    "rhaid i’r rhes gael gwerth ar gyfer pob colofn yn rhes y penawdau",
)
_NOT_AN_OBJECT = Bilingual(
    "must be an object with 'child', 'authority', 'kind' and 'date'",
    "rhaid i’r gwerth fod yn wrthrych gyda 'child', 'authority', 'kind' a 'date'",
)


def _read(rows: _Rows) -> CaseloadReading:
    _, first = next(rows)
    columns = {name: str(heading) for name, heading in cast("Mapping[str, str]", first).items()}
    reader = _Reader()
    events: list[CaseEvent] = []
    refused: list[RefusedRow] = []
    for line, row in rows:
        if isinstance(row, Bilingual):
            refused.append(RefusedRow(line, None, None, row))
            continue
        try:
            events.append(reader.event(row, columns))
        except _Refused as bad:
            refused.append(RefusedRow(line, bad.column, bad.value, bad.rule))
    return CaseloadReading(tuple(events), tuple(refused))

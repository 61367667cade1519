"""Tables of rates to and from pandas DataFrames (the ``pandas`` extra)."""

from __future__ import annotations

import math
import numbers
from typing import TYPE_CHECKING, Any

from .._extras import require
from .._validators import describe
from ..errors import CareWalesError, InvalidRateError
from ..welsh import count as count_in_welsh
from ._parse import _find_columns, _Refusal
from ._parse import _whole as _parse_cell
from .core import Rate, RateMethod, confidence_level, multiplier
from .tables import CSV_FIELDS, RateRow, RateTable

if TYPE_CHECKING:
    from collections.abc import Callable


def to_frame(table: RateTable) -> Any:  # noqa: ANN401 (a pandas DataFrame; pandas is optional)
    """One row per authority, with the columns of :data:`~carewales.rates.CSV_FIELDS`."""
    pd = require("pandas", "pandas", "RateTable.to_frame")
    records = []
    for found, item in zip(table.rows, table.rates.values(), strict=True):
        row = found.authority
        figures = (
            (item.value, item.lower, item.upper) if isinstance(item, Rate) else (math.nan,) * 3
        )
        records.append(
            (
                row.code,
                row.name.en,
                _cell(found.count),
                _cell(found.population),
                *figures,
                table.per,
                table.confidence,
                table.method.value,
                table.period,
            )
        )
    return pd.DataFrame.from_records(records, columns=list(CSV_FIELDS))


def _cell(value: object) -> object:
    """An int as it is; a suppressed cell as its symbol."""
    return value if isinstance(value, int) else str(value)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or _is_na(value)


def _is_na(value: object) -> bool:
    pd = require("pandas", "pandas", "RateTable.from_frame")
    return value is pd.NA or value is pd.NaT


def _whole(value: object, where: str, where_cy: str) -> Any:  # noqa: ANN401 (RateRow checks it)
    """A cell as RateRow takes it: an int (integral floats too) or a suppression symbol.

    Text (a column :func:`pandas.read_csv` left as text because of a suppressed
    cell) is read as :func:`~carewales.rates.read_csv` reads a cell: ``"660"``,
    ``"1,234"`` or a suppression symbol.
    """
    if _missing(value):
        msg = f"{where} is missing: give the count, or the suppression symbol the table used."
        cy = (
            f"{where_cy}: mae’r gwerth ar goll: rhowch y nifer, neu’r symbol atal a "
            "ddefnyddiodd y tabl."
        )
        raise InvalidRateError(msg, cy=cy)
    if isinstance(value, str):
        try:
            return _parse_cell(value, where)
        except _Refusal as refusal:
            msg = f"{where} ({value[:40]!r}) {refusal.rule.en}."
            cy = f"{where_cy} ({value[:40]!r}): {refusal.rule.cy}."
            raise InvalidRateError(msg, cy=cy) from None
    if isinstance(value, numbers.Real) and not isinstance(value, (numbers.Integral, bool)):
        number = float(value)
        if number.is_integer():
            return int(number)
    return value


def _multiplier(value: object) -> int:
    """A multiplier, from a whole float too (a column with gaps holds floats)."""
    return multiplier(_whole(value, "'per'", "'per'"))


def _setting(
    frame: Any,  # noqa: ANN401 (a DataFrame)
    column: str | None,
    given: object,
    parse: Callable[[Any], Any],
    default: object,
) -> Any:  # noqa: ANN401
    """The option given, else the first value of its column, else the default."""
    if given is not None:
        return parse(given)
    if column is not None:
        for value in frame[column]:
            if not _missing(value):
                return parse(value)
    return default


def from_frame(  # noqa: PLR0913 (the table's options, all keywords)
    frame: object,
    *,
    authority: str | None = None,
    count: str | None = None,
    population: str | None = None,
    per: int | None = None,
    confidence: float | None = None,
    method: RateMethod | str | None = None,
    period: str | None = None,
) -> RateTable:
    """A table from a DataFrame of one period (see :meth:`RateTable.from_frame`)."""
    pd = require("pandas", "pandas", "RateTable.from_frame")
    if not isinstance(frame, pd.DataFrame):
        msg = f"'frame' ({describe(frame)}) must be a pandas DataFrame."
        cy = f"'frame' ({describe(frame)}): rhaid i’r gwerth fod yn DataFrame pandas."
        raise InvalidRateError(msg, cy=cy)
    names = [str(name) for name in frame.columns]
    chosen: dict[str, str | None] = {
        "authority": authority,
        "count": count,
        "population": population,
    }
    found = _find_columns(names, chosen, ["per", "confidence", "method", "period"])
    if found is None:
        msg = (
            "'frame' must have authority, count and population columns "
            f"(it has {', '.join(repr(n) for n in names)})."
        )
        cy = (
            "'frame': rhaid i’r gwerth gael colofnau authority, count a population "
            f"(mae ganddo {', '.join(repr(n) for n in names)})."
        )
        raise InvalidRateError(msg, cy=cy)
    column = {role: frame.columns[index] for role, index in found.items()}
    periods = (
        {str(value) for value in frame[column["period"]] if not _missing(value)}
        if "period" in column
        else set()
    )
    if len(periods) > 1:
        msg = (
            f"'frame' has {len(periods)} periods ({', '.join(sorted(periods))}): a table is one "
            "period, so select one, or split the frame and use carewales.rates.trends."
        )
        cy = (
            f"'frame': mae ganddo {count_in_welsh(len(periods), 'cyfnod')} "
            f"({', '.join(sorted(periods))}): un cyfnod yw tabl, felly dewiswch un, neu "
            "rhannwch y ffrâm a defnyddiwch carewales.rates.trends."
        )
        raise InvalidRateError(msg, cy=cy)
    rows = []
    for position, (_, record) in enumerate(frame.iterrows()):
        where, where_cy = f"row {position}", f"rhes {position}"
        count = _whole(
            record[column["count"]],
            f"{where}, column {column['count']!r}",
            f"{where_cy}, colofn {column['count']!r}",
        )
        people = _whole(
            record[column["population"]],
            f"{where}, column {column['population']!r}",
            f"{where_cy}, colofn {column['population']!r}",
        )
        try:
            rows.append(RateRow(record[column["authority"]], count, people))
        except CareWalesError as error:
            msg = f"{where}: {error}"
            raise type(error)(msg, cy=f"{where_cy}: {error.message('cy')}") from error
    return RateTable(
        rows,
        per=_setting(frame, column.get("per"), per, _multiplier, 10_000),
        confidence=_setting(frame, column.get("confidence"), confidence, confidence_level, 0.95),
        method=_setting(frame, column.get("method"), method, RateMethod.parse, RateMethod.PHE),
        period=period if period is not None else (periods.pop() if periods else None),
    )

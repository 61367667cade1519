"""Working-day arithmetic on numpy arrays (the ``numpy`` extra), for :mod:`carewales.calendar`.

The scalar functions look answers up in a calendar's tables of cumulative working-day
counts; here the same tables, as numpy arrays, are indexed with whole arrays at once, so
the answers are the scalar ones by construction and no day is walked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from . import _validators as v
from ._extras import require
from .errors import InvalidDateError, InvalidFieldError, InvalidNumberError

if TYPE_CHECKING:
    from .calendar import WorkingCalendar

__all__ = ["add_working_days", "is_array", "working_days_between"]

#: Days from numpy's epoch (1 January 1970) to 1 January 1971, the tables' day 0.
_EPOCH_SHIFT = 365
_FIRST_ORDINAL = dt.date(1971, 1, 1).toordinal()
_FEATURE = "carewales.calendar on numpy arrays"


def is_array(value: object) -> bool:
    """Say whether *value* is an array (numpy's, or one numpy can read), not a scalar.

    numpy's scalars (``numpy.int64(3)``, a 0-d array) are not arrays here: they take the
    scalar path, as they always have.
    """
    return hasattr(value, "__array__") and getattr(value, "ndim", 1) != 0


def _numpy() -> Any:  # noqa: ANN401 (an untyped module)
    return require("numpy", "numpy", _FEATURE)


def _arrays(calendar: WorkingCalendar) -> tuple[Any, Any]:
    """Return the calendar's cumulative counts and working days as int64 arrays."""
    np = _numpy()
    tables = calendar._tables()  # noqa: SLF001 (the calendar module's own helper)
    if tables.arrays is None:
        counts = np.frombuffer(tables.flags, dtype=np.uint8).cumsum(dtype=np.int64)
        days = np.flatnonzero(np.frombuffer(tables.flags, dtype=np.uint8)).astype(np.int64)
        tables.arrays = (np.concatenate([np.zeros(1, np.int64), counts]), days)
    arrays: tuple[Any, Any] = tables.arrays
    return arrays


def _offsets(np: Any, field: str, value: object) -> Any:  # noqa: ANN401
    """Return *value* (a date or an array of dates) as int64 offsets from 1 January 1971."""
    from .calendar import _index, _raise_unsupported

    if not is_array(value) and not isinstance(value, np.datetime64):
        return np.int64(_index(field, value))  # type: ignore[arg-type]
    array = np.asarray(value)
    if array.dtype.kind == "O":
        offsets = [_index(f"{field}[{i}]", item) for i, item in enumerate(array.flat)]
        return np.array(offsets, dtype=np.int64).reshape(array.shape)
    if array.dtype.kind != "M":
        rule = "must be an array of dates (datetime64 values or datetime.date objects)"
        rule_cy = "rhaid i’r gwerth fod yn arae o ddyddiadau (gwerthoedd datetime64 neu wrthrychau datetime.date)"  # noqa: E501
        v.fail(None, field, value, rule, InvalidDateError, cy=rule_cy)
    missing = np.isnat(array)
    if missing.any():
        i = int(np.flatnonzero(missing)[0])
        rule, rule_cy = (
            "must be a date, not a missing one (NaT)",
            "rhaid i’r gwerth fod yn ddyddiad, nid yn un coll (NaT)",
        )
        v.fail(None, f"{field}[{i}]", array.flat[i], rule, InvalidDateError, cy=rule_cy)
    days = array.astype("datetime64[D]")
    timed = days != array
    if timed.any():
        i = int(np.flatnonzero(timed)[0])
        rule = "must be a date, without a time of day"
        rule_cy = "rhaid i’r gwerth fod yn ddyddiad, heb amser o’r dydd"
        v.fail(None, f"{field}[{i}]", array.flat[i], rule, InvalidDateError, cy=rule_cy)
    from .calendar import _SPAN

    offsets = days.view(np.int64) - _EPOCH_SHIFT
    outside = (offsets < 0) | (offsets >= _SPAN)
    if outside.any():
        i = int(np.flatnonzero(outside)[0])
        _raise_unsupported(f"{field}[{i}]", days.flat[i])
    return offsets


def _counts(np: Any, value: object) -> Any:  # noqa: ANN401
    """Return *value* (a whole number or an array of them) as int64 counts."""
    from .calendar import ensure_int

    if not is_array(value):
        return np.int64(_clip(ensure_int("n", value)))
    array = np.asarray(value)
    if array.dtype.kind == "O":
        items = [_clip(ensure_int(f"n[{i}]", item)) for i, item in enumerate(array.flat)]
        return np.array(items, dtype=np.int64).reshape(array.shape)
    if array.dtype.kind not in "iu":
        rule = "must be an array of whole numbers"
        rule_cy = "rhaid i’r gwerth fod yn arae o rifau cyfan"
        v.fail(None, "n", value, rule, InvalidNumberError, cy=rule_cy)
    # No count beyond the range's length can land inside it; clipping keeps the sums
    # below from overflowing int64 while leaving every answer (and error) the same.
    from .calendar import _SPAN

    limit = _SPAN + 1
    if array.dtype.kind == "u":
        return np.minimum(array.astype(np.uint64), np.uint64(limit)).astype(np.int64)
    return np.clip(array.astype(np.int64), -limit, limit)


def _clip(n: int) -> int:
    from .calendar import _SPAN

    return max(-_SPAN - 1, min(_SPAN + 1, n))


def _broadcast(np: Any, names: tuple[str, str], first: Any, second: Any) -> tuple[Any, Any]:  # noqa: ANN401
    try:
        pair: tuple[Any, Any] = tuple(np.broadcast_arrays(first, second))
    except ValueError:
        shapes = np.shape(first), np.shape(second)
        msg = (
            f"{names[1]!r} (shape {shapes[1]}) does not fit {names[0]!r} (shape {shapes[0]}): "
            "the arrays must have the same shape, or shapes numpy can broadcast together."
        )
        cy = (
            f"{names[1]!r} (siâp {shapes[1]}): nid yw’n cyd-fynd â {names[0]!r} "
            f"(siâp {shapes[0]}): rhaid i’r araeau fod o’r un siâp, neu o siapiau y gall "
            "numpy eu darlledu gyda’i gilydd."
        )
        raise InvalidFieldError(msg, cy=cy) from None
    return pair


def add_working_days(day: object, n: object, calendar: WorkingCalendar) -> Any:  # noqa: ANN401
    """Return ``add_working_days`` of each (day, n) pair as a ``datetime64[D]`` array."""
    from .calendar import _raise_outside

    np = _numpy()
    offsets, counts = _broadcast(np, ("day", "n"), _offsets(np, "day", day), _counts(np, n))
    cumulative, working = _arrays(calendar)
    k = np.where(counts > 0, cumulative[offsets + 1] + counts - 1, cumulative[offsets] + counts)
    zero = counts == 0
    outside = ~zero & ((k < 0) | (k >= len(working)))
    if outside.any():
        i = int(np.flatnonzero(outside)[0])
        where = tuple(map(int, np.unravel_index(i, outside.shape))) if outside.ndim > 1 else i
        first = dt.date.fromordinal(int(offsets.flat[i]) + _FIRST_ORDINAL)
        given = int(np.broadcast_to(np.asarray(n), outside.shape).flat[i]) if is_array(n) else n
        _raise_outside(given, first, f" (item {where})", f" (eitem {where})")
    found = np.where(zero, offsets, working[np.clip(k, 0, len(working) - 1)])
    return (found + _EPOCH_SHIFT).astype("datetime64[D]")


def working_days_between(start: object, end: object, calendar: WorkingCalendar) -> Any:  # noqa: ANN401
    """Return ``working_days_between`` of each (start, end) pair as an int64 array."""
    np = _numpy()
    first, last = _broadcast(
        np, ("start", "end"), _offsets(np, "start", start), _offsets(np, "end", end)
    )
    cumulative, _ = _arrays(calendar)
    forward = cumulative[last + 1] - cumulative[first + 1]
    backward = cumulative[last] - cumulative[first]
    return np.where(last >= first, forward, backward)

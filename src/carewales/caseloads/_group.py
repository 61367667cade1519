"""A caseload's events, child by child: what the deadlines and the measures both read."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .. import _validators as v
from ..authorities import Authority
from ..errors import InvalidFieldError
from ..schedules import PlacementType
from .events import CaseEvent, EventKind


class Child(NamedTuple):
    """One child's events: the days of each kind, and each placement's start and type."""

    child: str
    authority: Authority
    days: dict[EventKind, list[dt.date]]
    placements: list[tuple[dt.date, PlacementType | None]]


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a caseload's objects are built.

    A caseload makes hundreds of thousands of small objects and no reference cycles:
    each is freed by its reference count.  The cyclic collector would otherwise walk
    the growing heap again and again, so that the cost per event grew with the size
    of the caseload.  It is restored on leaving, as it was (a caller that had paused
    it keeps it paused); being process-wide, it is paused for other threads meanwhile.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def last_on_or_before(days: list[dt.date], day: dt.date) -> dt.date | None:
    """The last of *days* (sorted) on or before *day*, or ``None``."""
    index = bisect.bisect_right(days, day)
    return days[index - 1] if index else None


def _first_item(item: tuple[dt.date, PlacementType | None]) -> dt.date:
    return item[0]


def group(events: Iterable[CaseEvent], as_of: dt.date | None = None) -> list[Child]:
    """The events' children, in the order they first appear, each kind's days sorted.

    An event repeated on a day counts once; of two placements starting on the same day
    the first recorded counts.  A return home from care is also the end of the period
    of care (its day is among the child's ``looked-after-end`` days).  With *as_of*,
    events after it are left out.

    Raises:
        InvalidFieldError: if *events* is not an iterable of :class:`CaseEvent`.
    """
    given: object = events  # callers without type checking pass anything
    if not isinstance(given, Iterable) or isinstance(given, (str, bytes)):
        msg = f"'events' ({v.describe(given)}) must be an iterable of case events."
        cy = (
            f"'events' ({v.describe(given)}): rhaid i’r gwerth fod yn gyfres o ddigwyddiadau achos."
        )
        raise InvalidFieldError(msg, cy=cy)
    children: dict[tuple[str, str], Child] = {}
    for index, item in enumerate(events):
        event: object = item  # callers without type checking pass anything
        if not isinstance(event, CaseEvent):
            v.instance(CaseEvent).check(None, f"events[{index}]", event)
            continue  # pragma: no cover (the check above raises)
        if as_of is not None and event.date > as_of:
            continue
        ident = (event.authority.code, event.child)
        child = children.get(ident)
        if child is None:
            child = children[ident] = Child(event.child, event.authority, {}, [])
        child.days.setdefault(event.kind, []).append(event.date)
        if event.kind is EventKind.RETURNED_HOME:  # a return home ends the period of care
            child.days.setdefault(EventKind.LOOKED_AFTER_END, []).append(event.date)
        if event.kind is EventKind.PLACEMENT_START:
            child.placements.append((event.date, event.placement))
    for child in children.values():
        _tidy(child)
    return list(children.values())


def _tidy(child: Child) -> None:
    """Sort each kind's days, once each, and keep the first placement recorded on a day."""
    for kind, found in child.days.items():
        child.days[kind] = sorted(set(found))  # an event repeated on a day counts once
    firsts: dict[dt.date, PlacementType | None] = {}
    for day, placement in child.placements:  # in the order recorded: the first one counts
        firsts.setdefault(day, placement)
    child.placements[:] = sorted(firsts.items(), key=_first_item)

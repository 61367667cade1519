"""A caseload's deadlines as one table: each child's every deadline, with its state.

:class:`CaseDeadline` is one row: a child, the authority, the timescale, the
day its clock started, the due date, the day it was met (if it was) and its
state on the day assessed.  :class:`DeadlineTable` holds the rows and filters,
sorts and writes them (CSV, JSON, Markdown, plain text, a pandas DataFrame).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import operator
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import attrs

from .. import _validators as v
from .._extras import require
from .._layout import aligned, markdown
from ..authorities import Authority
from ..deadlines import TimeUnit
from ..errors import DateRangeError, InvalidFieldError
from ..text import Bilingual, BilingualEnum, Format, Language
from .events import DAY, to_authority

__all__ = ["CSV_FIELDS", "CaseDeadline", "CaseState", "DeadlineTable"]

_MAX_ROWS = 100_000_000


class CaseState(BilingualEnum):
    """Where one deadline of one child stands on the day assessed."""

    MET = "met", "Met", "Wedi’i gyflawni mewn pryd"
    MET_LATE = "met-late", "Met late", "Wedi’i gyflawni’n hwyr"
    NOT_YET_DUE = "not-yet-due", "Not yet due", "Heb fod yn ddyledus eto"
    DUE = "due", "Due today", "Yn ddyledus heddiw"
    OVERDUE = "overdue", "Overdue", "Yn hwyr"
    NOT_APPLICABLE = (
        "not-applicable",
        "Not applicable: no rule in force on the start day",
        "Amherthnasol: dim rheol mewn grym ar y diwrnod dechrau",
    )


def timescale_name(key: str) -> Bilingual:
    """The name of a catalogue timescale or a schedule, in both languages (else the key)."""
    from ..deadlines import _by_key
    from ..schedules import _SCHEDULES

    versions = _by_key().get(key)
    if versions:
        return versions[-1].name
    if key in _SCHEDULES:
        return _SCHEDULES[key][0]
    return Bilingual(key, key)


@attrs.frozen
class CaseDeadline:
    """One deadline of one child, and its state on the day assessed.

    Attributes:
        child: the child's identifier.
        authority: the authority whose record it is.
        timescale: the key of the timescale in the catalogue
            (:func:`carewales.deadlines.timescale`).
        occurrence: 1 for a single deadline; for a repeating duty (core groups,
            visits, reviews) the number of this occurrence.
        start: the day the clock started (the starting event).
        due: the due date, or ``None`` if no rule was in force on *start*.
        done: the day the duty was done, or ``None`` if not done by the day assessed.
        state: met, met late, not yet due, due today, overdue or not applicable.
        working_days: working days from the day done (or assessed) to *due*:
            positive to spare or remaining, negative late; ``None`` if not applicable.

    Raises:
        InvalidFieldError: for a field that cannot hold the value given.
        DateRangeError: if the dates and the state disagree.
    """

    _WHAT: ClassVar[str] = "case deadline"
    _WHAT_CY: ClassVar[str] = "terfyn amser achos"

    child: str = attrs.field(validator=v.text(max_length=64, stripped=True, one_line=True))
    authority: Authority = attrs.field(converter=to_authority, validator=v.instance(Authority))
    timescale: str = attrs.field(validator=v.key())
    occurrence: int = attrs.field(converter=v.to_int, validator=v.integer(1, 100_000))
    start: dt.date = attrs.field(validator=DAY)
    due: dt.date | None = attrs.field(validator=v.optional(DAY))
    done: dt.date | None = attrs.field(validator=v.optional(DAY))
    state: CaseState = attrs.field(validator=v.member(CaseState))
    working_days: int | None = attrs.field(
        converter=attrs.converters.optional(v.to_int),
        validator=v.optional(v.integer(-100_000, 100_000)),
    )

    def __attrs_post_init__(self) -> None:
        """Check that the dates, the margin and the state agree."""
        applicable = self.state is not CaseState.NOT_APPLICABLE
        if applicable != (self.due is not None) or applicable != (self.working_days is not None):
            rule = "must be given exactly when a rule applies (the state is not 'not-applicable')"
            rule_cy = (
                "rhaid i’r gwerth gael ei roi dim ond pan fo rheol yn berthnasol "
                "(nid 'not-applicable')"
            )
            v.fail(self, "due", self.due, rule, DateRangeError, cy=rule_cy)
        if self.due is not None and self.due < self.start:
            rule, rule_cy = (
                "must not be before 'start'",
                "rhaid i’r gwerth beidio â bod cyn 'start'",
            )
            v.fail(self, "due", self.due, rule, DateRangeError, cy=rule_cy)
        if self.done is not None and self.done < self.start:
            rule, rule_cy = (
                "must not be before 'start'",
                "rhaid i’r gwerth beidio â bod cyn 'start'",
            )
            v.fail(self, "done", self.done, rule, DateRangeError, cy=rule_cy)
        met = self.state in {CaseState.MET, CaseState.MET_LATE}
        if self.done is not None and not met and applicable:
            rule = "must be None unless the state is 'met' or 'met-late'"
            rule_cy = "rhaid i’r gwerth fod yn None oni bai mai 'met' neu 'met-late' yw’r cyflwr"
            v.fail(self, "done", self.done, rule, DateRangeError, cy=rule_cy)
        if met and self.done is None:
            rule = "must be the day the duty was done when the state is 'met' or 'met-late'"
            rule_cy = (
                "rhaid i’r gwerth fod yn ddiwrnod cyflawni’r ddyletswydd pan fo’r cyflwr yn 'met'"
            )
            v.fail(self, "done", self.done, rule, DateRangeError, cy=rule_cy)
        if self.working_days is not None:
            self._check_margin(self.working_days)
        if self.due is not None and self.done is not None:
            late = self.done > self.due
            if late != (self.state is CaseState.MET_LATE):
                rule = f"must be 'met-late' exactly when 'done' ({self.done}) is after 'due'"
                rule_cy = (
                    f"rhaid i’r gwerth fod yn 'met-late' dim ond pan fo 'done' ({self.done}) "
                    "ar ôl 'due'"
                )
                v.fail(self, "state", self.state, rule, DateRangeError, cy=rule_cy)

    def _check_margin(self, margin: int) -> None:
        """Check the margin's sign against the state: late is negative, else not."""
        late = self.state in {CaseState.OVERDUE, CaseState.MET_LATE}
        if (late and margin > 0) or (not late and margin < 0):
            if late:
                rule = f"must be 0 or less for {self.state.value!r}: working days late"
                rule_cy = f"rhaid i’r gwerth fod yn 0 neu’n llai ar gyfer {self.state.value!r}"
            else:
                rule = f"must be 0 or more for {self.state.value!r}: working days to spare"
                rule_cy = f"rhaid i’r gwerth fod yn 0 neu’n fwy ar gyfer {self.state.value!r}"
            v.fail(self, "working_days", margin, rule, DateRangeError, cy=rule_cy)
        if self.done is not None and self.due is not None:
            span = abs((self.due - self.done).days)
            if abs(margin) > span + 1:
                rule = f"must not exceed the days between 'done' and 'due' ({span}) by more than 1"
                rule_cy = (
                    f"rhaid i’r gwerth beidio â bod yn fwy na’r dyddiau rhwng 'done' a 'due' "
                    f"({span}) o fwy nag 1"
                )
                v.fail(self, "working_days", margin, rule, DateRangeError, cy=rule_cy)

    @property
    def working_days_late(self) -> int:
        """Working days late (met late or overdue), else 0."""
        return max(0, -(self.working_days or 0))

    @property
    def label(self) -> Bilingual:
        """The child, the timescale and the state, in both languages."""
        state = self.state.label
        margin_en = margin_cy = ""
        if self.working_days_late:
            late = self.working_days_late
            margin_en = f" by {TimeUnit.WORKING_DAYS.count(late, Language.EN)}"
            margin_cy = f" o {TimeUnit.WORKING_DAYS.count(late, Language.CY)}"
        due = "" if self.due is None else f" (due {self.due.isoformat()})"
        due_cy = "" if self.due is None else f" (dyddiad dyledus {self.due.isoformat()})"
        name = timescale_name(self.timescale)
        return Bilingual(
            f"{self.child}, {self.authority.name.en}, {name.en} ({self.occurrence}): "
            f"{state.en}{margin_en}{due}",
            f"{self.child}, {self.authority.name.cy}, {name.cy} ({self.occurrence}): "
            f"{state.cy}{margin_cy}{due_cy}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: the child, the timescale, the state and how late."""
        return self.label.in_(lang)


#: The columns of :meth:`DeadlineTable.to_csv` and :meth:`DeadlineTable.to_frame`.
CSV_FIELDS = (
    "child",
    "authority",
    "authority_name",
    "timescale",
    "occurrence",
    "start",
    "due",
    "done",
    "state",
    "working_days",
)
_HEADINGS = {
    Language.EN: (
        "Child", "Authority", "Timescale", "No.", "Start", "Due", "Done", "State", "Working days"
    ),
    Language.CY: (
        "Plentyn", "Awdurdod", "Amserlen", "Rhif", "Dechrau", "Dyddiad dyledus", "Cyflawnwyd",
        "Cyflwr", "Diwrnodau gwaith",
    ),
}  # fmt: skip


#: How a pending row's due date stands to the day assessed.
_PENDING_RULES: dict[CaseState, tuple[Callable[[dt.date, dt.date], bool], str, str]] = {
    CaseState.NOT_YET_DUE: (operator.gt, "must be after", "rhaid i’r gwerth fod ar ôl"),
    CaseState.DUE: (operator.eq, "must be", "rhaid i’r gwerth fod yn"),
    CaseState.OVERDUE: (operator.lt, "must be before", "rhaid i’r gwerth fod cyn"),
}


@attrs.frozen
class DeadlineTable:
    """The deadlines of a caseload on one day: filter, sort and write them.

    Attributes:
        as_of: the day assessed.
        rows: one :class:`CaseDeadline` per deadline, in the order computed.
    """

    _WHAT: ClassVar[str] = "deadline table"
    _WHAT_CY: ClassVar[str] = "tabl terfynau amser"

    as_of: dt.date = attrs.field(validator=DAY)
    rows: tuple[CaseDeadline, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.instance(CaseDeadline), max_size=_MAX_ROWS)
    )

    def __attrs_post_init__(self) -> None:
        """Check every row against the day assessed: nothing after it, states that agree."""
        as_of = self.as_of
        for index, row in enumerate(self.rows):
            if row.start > as_of:
                rule = f"must not be after 'as_of' ({as_of})"
                rule_cy = f"rhaid i’r gwerth beidio â bod ar ôl 'as_of' ({as_of})"
                v.fail(self, f"rows[{index}].start", row.start, rule, DateRangeError, cy=rule_cy)
            if row.done is not None and row.done > as_of:
                rule = f"must not be after 'as_of' ({as_of})"
                rule_cy = f"rhaid i’r gwerth beidio â bod ar ôl 'as_of' ({as_of})"
                v.fail(self, f"rows[{index}].done", row.done, rule, DateRangeError, cy=rule_cy)
            test = _PENDING_RULES.get(row.state)
            if test is not None and row.due is not None and not test[0](row.due, as_of):
                rule = f"{test[1]} 'as_of' ({as_of}) for {row.state.value!r}"
                rule_cy = f"{test[2]} 'as_of' ({as_of}) ar gyfer {row.state.value!r}"
                v.fail(self, f"rows[{index}].due", row.due, rule, DateRangeError, cy=rule_cy)

    def __len__(self) -> int:
        """The number of deadlines."""
        return len(self.rows)

    def where(
        self,
        *,
        state: CaseState | str | Iterable[CaseState | str] | None = None,
        authority: Authority | str | None = None,
        child: str | None = None,
        timescale: str | None = None,
    ) -> DeadlineTable:
        """Return the rows that match every criterion given.

        >>> table = DeadlineTable(dt.date(2024, 1, 1), [])
        >>> len(table.where(state="overdue"))
        0
        """
        tests: list[Callable[[CaseDeadline], bool]] = []
        if state is not None:
            wanted = {state} if isinstance(state, (str, CaseState)) else set(state)
            states = {CaseState.parse(item) for item in wanted}
            tests.append(lambda row: row.state in states)
        if authority is not None:
            found = to_authority(authority)
            v.instance(Authority).check(None, "authority", found)
            tests.append(lambda row: row.authority == found)
        if child is not None:
            v.text(max_length=64).check(None, "child", child)
            tests.append(lambda row: row.child == child)
        if timescale is not None:
            v.key().check(None, "timescale", timescale)
            tests.append(lambda row: row.timescale == timescale)
        return DeadlineTable(self.as_of, [row for row in self.rows if all(t(row) for t in tests)])

    def sorted_by(self, *fields: str, reverse: bool = False) -> DeadlineTable:
        """Return the rows sorted by the named fields (``"working_days"``, ``"due"``, ...).

        ``None`` sorts after every value.  Sorting by ``"working_days"`` puts the
        most overdue first.
        """
        known = ("child", "authority", "timescale", "occurrence", "start", "due", "done")
        allowed = (*known, "state", "working_days")
        for name in fields:
            v.one_of(allowed).check(None, "fields", name)
        if not fields:
            msg = "'fields' (()) must name at least one field to sort by."
            raise InvalidFieldError(msg, cy="'fields' (()): rhaid enwi o leiaf un maes i drefnu.")

        def key(row: CaseDeadline) -> tuple[tuple[bool, Any], ...]:
            parts = []
            for name in fields:
                value: Any = getattr(row, name)
                if name == "authority":
                    value = row.authority.code
                elif name == "state":
                    value = row.state.value
                parts.append((value is None, value))
            return tuple(parts)

        return DeadlineTable(self.as_of, sorted(self.rows, key=key, reverse=reverse))

    def counts(self) -> dict[CaseState, int]:
        """How many deadlines are in each state (every state, 0 where none)."""
        found = dict.fromkeys(CaseState, 0)
        for row in self.rows:
            found[row.state] += 1
        return found

    def to_csv(self) -> str:
        """Write the table as CSV: one row per deadline, dates ISO, columns :data:`CSV_FIELDS`."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for row in self.rows:
            writer.writerow(
                [
                    row.child,
                    row.authority.code,
                    row.authority.name.en,
                    row.timescale,
                    row.occurrence,
                    row.start.isoformat(),
                    "" if row.due is None else row.due.isoformat(),
                    "" if row.done is None else row.done.isoformat(),
                    row.state.value,
                    "" if row.working_days is None else row.working_days,
                ]
            )
        return out.getvalue()

    def to_frame(self) -> Any:  # noqa: ANN401 (a pandas DataFrame; pandas is optional)
        """Return the table as a pandas DataFrame (needs the ``pandas`` extra).

        The columns of :data:`CSV_FIELDS`; dates as pandas datetimes (``NaT`` where
        none), ``working_days`` as a nullable ``Int64``.

        Raises:
            MissingExtraError: if pandas is not installed.
        """
        pandas = require("pandas", "pandas", "DeadlineTable.to_frame")
        columns: dict[str, list[Any]] = {name: [] for name in CSV_FIELDS}
        for row in self.rows:
            columns["child"].append(row.child)
            columns["authority"].append(row.authority.code)
            columns["authority_name"].append(row.authority.name.en)
            columns["timescale"].append(row.timescale)
            columns["occurrence"].append(row.occurrence)
            columns["start"].append(row.start)
            columns["due"].append(row.due)
            columns["done"].append(row.done)
            columns["state"].append(row.state.value)
            columns["working_days"].append(row.working_days)
        frame = pandas.DataFrame(columns)
        for name in ("start", "due", "done"):
            frame[name] = pandas.to_datetime(frame[name])
        frame["working_days"] = frame["working_days"].astype("Int64")
        frame["occurrence"] = frame["occurrence"].astype("int64")
        return frame

    @property
    def label(self) -> Bilingual:
        """How many deadlines, and how many overdue, in both languages."""
        counts = self.counts()
        total, overdue = len(self.rows), counts[CaseState.OVERDUE]
        day = self.as_of.isoformat()
        return Bilingual(
            f"{total:,} {'deadline' if total == 1 else 'deadlines'} on {day}; {overdue:,} overdue",
            f"Terfynau amser ar {day}: {total:,}; yn hwyr: {overdue:,}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: how many deadlines, and how many overdue."""
        return self.label.in_(lang)

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002
    ) -> str:
        """The table for people: a summary line, then one row per deadline."""
        language = Language.parse(lang)
        shape = Format.parse(format)
        rows = [list(_HEADINGS[language])]
        rows.extend(
            [
                row.child,
                row.authority.name.in_(language),
                timescale_name(row.timescale).in_(language),
                str(row.occurrence),
                row.start.isoformat(),
                "–" if row.due is None else row.due.isoformat(),
                "–" if row.done is None else row.done.isoformat(),
                row.state.label.in_(language),
                "–" if row.working_days is None else str(row.working_days),
            ]
            for row in self.rows
        )
        table = markdown(rows) if shape is Format.MARKDOWN else aligned(rows)
        return f"{self.describe(language)}\n\n{table}"

"""Assessing a duty against a council's records: one result per duty-holder.

Compliance is computed only from records dated inside the period, and never from the
system clock: pass ``as_of`` to say when the assessment is made.

>>> from carewales.parenting import EXAMPLE_PERIOD, duty, example_records
>>> results = assess(duty("councillor-young-people"), example_records(), EXAMPLE_PERIOD)
>>> [(r.holder_id, r.status.value) for r in results]
[('cllr-a', 'met'), ('cllr-b', 'partly-met'), ('cllr-c', 'not-yet-due')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar, Final

import attrs
from dateutil.relativedelta import relativedelta

from .. import _validators as v
from ..errors import DateRangeError, DutyError
from ..text import Bilingual, BilingualEnum, Language, format_date
from ._common import EARLIEST_DATE, LATEST_DUE, fail, key, member, optional, record_id
from .catalogue import Duty, Evidence, Frequency, Holder
from .records import CouncilRecords, Period

__all__ = ["ComplianceResult", "ComplianceStatus", "assess"]

_MAX_AMOUNT = 10**9
_AMOUNT = v.integer(0, _MAX_AMOUNT, error=DutyError)


class ComplianceStatus(BilingualEnum):
    """The outcome of assessing one duty for one duty-holder over a period.

    ``NOT_ASSESSED`` is for a duty whose deadline or items fall outside the period (or
    straddle its start), since only records inside the period are looked at.

    >>> ComplianceStatus.PARTLY_MET.label.cy
    'Wedi’i gyflawni’n rhannol'
    """

    MET = "met", "Met", "Wedi’i gyflawni"
    PARTLY_MET = "partly-met", "Partly met", "Wedi’i gyflawni’n rhannol"
    NOT_MET = "not-met", "Not met", "Heb ei gyflawni"
    NOT_YET_DUE = "not-yet-due", "Not yet due", "Heb fod yn ddyledus eto"
    NOT_ASSESSED = (
        "not-assessed",
        "Not assessed in this period",
        "Heb ei asesu yn y cyfnod hwn",
    )


@attrs.frozen
class ComplianceResult:
    """The outcome of one duty for one duty-holder: status, amount, shortfall and the evidence used.

    Attributes:
        duty: the duty's key.
        holder: the kind of duty-holder.
        holder_id: the holder's record id (``None`` for the council, and only for it).
        holder_label: who the holder is, in both languages.
        status: met, partly met, not met, not yet due, or not assessed in this period.
        measure: what was counted (its label names the unit).
        achieved: how much was counted.
        required: how much the target requires.
        maximum: the upper figure of a range target, if any (never below ``required``).
        due: the deadline, where there is one.
        evidence: the ids of the records taken into account, each once.
        note: why the status is what it is, where that needs saying.

    Raises:
        DutyError: if the status contradicts the amounts (met with a shortfall, and so on),
            or a field is junk.

    >>> result = ComplianceResult(
    ...     duty="councillor-young-people",
    ...     holder=Holder.COUNCILLOR,
    ...     holder_id="c1",
    ...     holder_label=Bilingual("Councillor B", "Cynghorydd B"),
    ...     status=ComplianceStatus.PARTLY_MET,
    ...     measure=Evidence.YOUNG_PEOPLE_MEETINGS,
    ...     achieved=2,
    ...     required=3,
    ...     maximum=4,
    ... )
    >>> result.shortfall
    1
    >>> result.progress("en")
    '2 of the 3 required (shortfall 1)'
    """

    _WHAT: ClassVar[str] = "compliance result"
    _WHAT_CY: ClassVar[str] = "canlyniad cydymffurfio"

    duty: str = attrs.field(validator=key())
    holder: Holder = attrs.field(validator=member(Holder, DutyError))
    holder_id: str | None = attrs.field(validator=optional(record_id(DutyError)))
    holder_label: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    status: ComplianceStatus = attrs.field(validator=member(ComplianceStatus, DutyError))
    measure: Evidence = attrs.field(validator=member(Evidence, DutyError))
    achieved: int = attrs.field(converter=v.to_int, validator=_AMOUNT)
    required: int = attrs.field(converter=v.to_int, validator=_AMOUNT)
    maximum: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(v.to_int), validator=optional(_AMOUNT)
    )
    due: dt.date | None = attrs.field(
        default=None, validator=optional(v.date(EARLIEST_DATE, LATEST_DUE))
    )
    evidence: tuple[str, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(record_id(DutyError), unique=True, error=DutyError),
    )
    note: Bilingual | None = attrs.field(
        default=None, validator=optional(v.instance(Bilingual, error=DutyError))
    )

    def __attrs_post_init__(self) -> None:
        """Check that the status agrees with the amounts, and the holder with its id."""
        met = self.achieved >= self.required
        if (self.status is ComplianceStatus.MET and not met) or (
            self.status in (ComplianceStatus.PARTLY_MET, ComplianceStatus.NOT_MET) and met
        ):
            text = (
                f"'status' ({self.status.value!r}) contradicts {self.achieved} achieved "
                f"of {self.required} required."
            )
            cy = (
                f"mae 'status' ({self.status.value!r}) yn groes i {self.achieved} a "
                f"gyflawnwyd o’r {self.required} sy’n ofynnol."
            )
            fail(self, text, DutyError, cy=cy)
        if (self.holder_id is None) is not (self.holder is Holder.COUNCIL):
            rule = (
                "must be None for, and only for, the holder 'council' "
                f"(this one is {self.holder.value!r})"
            )
            cy = (
                f"{v.MUST_BE} None ar gyfer y deiliad 'council', a dim ond ar ei gyfer "
                f"(deiliad hwn yw {self.holder.value!r})"
            )
            v.fail(self, "holder_id", self.holder_id, rule, DutyError, cy=cy)
        if self.maximum is not None and self.maximum < self.required:
            rule = f"must not be below 'required' ({self.required})"
            cy = f"{v.MUST_NOT} bod yn is na 'required' ({self.required})"
            v.fail(self, "maximum", self.maximum, rule, DutyError, cy=cy)

    @property
    def shortfall(self) -> int:
        """How much more the target needs (0 when it is met)."""
        return max(0, self.required - self.achieved)

    def progress(self, lang: Language | str = Language.EN) -> str:
        """Say the amount against the target, with the shortfall: ``2 of the 3 required``."""
        english = Language.parse(lang) is Language.EN
        if self.shortfall:
            if english:
                return (
                    f"{self.achieved} of the {self.required} required (shortfall {self.shortfall})"
                )
            return f"{self.achieved} o’r {self.required} sy’n ofynnol (yn brin o {self.shortfall})"
        target = str(self.required)
        if self.maximum is not None and self.maximum > self.required:
            target += f" to {self.maximum}" if english else f" i {self.maximum}"
        return (
            f"{self.achieved}, target {target}" if english else f"{self.achieved}, targed {target}"
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Describe the result in one line (with its note), in *lang*."""
        text = f"{self.holder_label.in_(lang)}: {self.status.label.in_(lang)}."
        if self.status is not ComplianceStatus.NOT_ASSESSED:
            # A shortfall would mislead where the period cannot show the evidence.
            text += f" {self.measure.label.in_(lang)}: {self.progress(lang)}."
        if self.note is not None:
            text += f" {self.note.in_(lang)}"
        return text


@attrs.frozen
class _Holding:
    kind: Holder
    id: str | None
    label: Bilingual
    since: dt.date | None


@attrs.frozen
class _Item:
    id: str
    day: dt.date
    amount: int
    counts: bool
    people: frozenset[str] = frozenset()


def _holdings(duty: Duty, records: CouncilRecords, period: Period) -> list[_Holding]:
    if duty.holder is Holder.COUNCIL:
        return [_Holding(Holder.COUNCIL, None, records.authority.council, None)]
    if duty.holder is Holder.COUNCILLOR:
        return [
            _Holding(
                Holder.COUNCILLOR,
                c.id,
                Bilingual(f"{c.name.en} ({c.ward.en})", f"{c.name.cy} ({c.ward.cy})"),
                c.term_start,
            )
            for c in records.councillors
        ]
    if duty.holder is Holder.WORKER:
        return [
            _Holding(
                Holder.WORKER,
                w.id,
                Bilingual(f"{w.role.label.en} {w.id}", f"{w.role.label.cy} {w.id}"),
                w.started,
            )
            for w in records.workers
            if w.role in duty.roles
        ]
    if duty.holder is Holder.TENDER:
        return [
            _Holding(
                Holder.TENDER,
                t.id,
                Bilingual(f"Tender {t.id} ({t.title.en})", f"Tendr {t.id} ({t.title.cy})"),
                None,
            )
            for t in records.tenders
            if period.contains(t.day)
        ]
    return [
        _Holding(
            Holder.YOUNG_PERSON,
            y.id,
            Bilingual(
                f"Young person {y.id} (category {y.category.number})",
                f"Person ifanc {y.id} (categori {y.category.number})",
            ),
            y.since,
        )
        for y in records.young_people
        if y.category in duty.categories
    ]


def _items(duty: Duty, records: CouncilRecords, holding: _Holding) -> list[_Item]:
    gather: dict[Evidence, Callable[[], list[_Item]]] = {
        Evidence.COUNCILLOR_TRAINING: lambda: [
            _Item(t.id, t.day, t.minutes, counts=True)
            for t in records.trainings
            if t.councillor == holding.id
        ],
        Evidence.YOUNG_PEOPLE_MEETINGS: lambda: [
            _Item(
                m.id,
                m.day,
                0,
                m.ward.matches(records.councillor(m.councillor).ward),
                frozenset(m.young_people),
            )
            for m in records.meetings
            if m.councillor == holding.id
        ],
        Evidence.PLAN_REPORTS: lambda: _plan_items(records),
        Evidence.NETWORKING_OBJECTIVES: lambda: [
            _Item(o.id, o.day, 1, counts=True) for o in records.objectives if o.worker == holding.id
        ],
        Evidence.APPRAISAL_FEEDBACK: lambda: [
            _Item(a.id, a.day, 1, counts=a.feedback_from >= duty.target.minimum)
            for a in records.appraisals
            if a.worker == holding.id
        ],
        Evidence.TENDER_PROVISIONS: lambda: [
            _Item(t.id, t.day, 1, counts=t.provision) for t in records.tenders if t.id == holding.id
        ],
        Evidence.LED_TRAINING: lambda: [
            _Item(p.id, p.day, 1, counts=True) for p in records.professional_trainings if p.counts
        ],
        Evidence.NEEDS_ASSESSMENTS: lambda: [
            _Item(n.id, n.day, 1, counts=True)
            for n in records.assessments
            if n.young_person == holding.id
        ],
    }
    return gather[duty.evidence]()


def _plan_items(records: CouncilRecords) -> list[_Item]:
    """Reports on plans covering both partners count; plans and other reports show progress."""
    plans = {p.id: p for p in records.plans}
    reports = [_Item(r.id, r.day, 1, counts=plans[r.plan].covers_all) for r in records.plan_reports]
    return reports + [_Item(p.id, p.day, 0, counts=False) for p in records.plans]


def _achieved(duty: Duty, used: list[_Item]) -> int:
    counted = [item for item in used if item.counts]
    if duty.evidence is Evidence.YOUNG_PEOPLE_MEETINGS:
        return len(frozenset().union(*(item.people for item in counted)))
    return sum(item.amount for item in counted)


_NOTES: Final = {
    "began": Bilingual("Began on {day}, after the period.", "Dechreuodd ar {day}, ar ôl y cyfnod."),
    "due": Bilingual("Due by {day}.", "Yn ddyledus erbyn {day}."),
    "deadline-before": Bilingual(
        "The deadline ({day}) was before the period.",
        "Roedd y dyddiad cau ({day}) cyn y cyfnod.",
    ),
    "window-before": Bilingual(
        "The time allowed began on {day}, before the period; records from before the period "
        "are not considered.",
        "Dechreuodd yr amser a ganiateir ar {day}, cyn y cyfnod; nid ystyrir cofnodion o "
        "gyfnod cynharach.",
    ),
    "none": Bilingual("None in the period.", "Dim un yn y cyfnod."),
    "first-year": Bilingual(
        "In the first year of office or post, which ends on {day}.",
        "Yn y flwyddyn gyntaf yn y swydd, sy’n dod i ben ar {day}.",
    ),
}


def _note(name: str, day: dt.date) -> Bilingual:
    template = _NOTES[name]
    return Bilingual(
        template.en.format(day=format_date(day, Language.EN)),
        template.cy.format(day=format_date(day, Language.CY)),
    )


@attrs.frozen
class _Context:
    duty: Duty
    holding: _Holding
    items: list[_Item]
    period: Period
    horizon: dt.date

    def result(
        self,
        status: ComplianceStatus,
        used: list[_Item],
        *,
        required: int | None = None,
        due: dt.date | None = None,
        note: Bilingual | None = None,
    ) -> ComplianceResult:
        return ComplianceResult(
            duty=self.duty.key,
            holder=self.holding.kind,
            holder_id=self.holding.id,
            holder_label=self.holding.label,
            status=status,
            measure=self.duty.evidence,
            achieved=_achieved(self.duty, used),
            required=self.duty.target.minimum if required is None else required,
            maximum=self.duty.target.maximum,
            due=due,
            evidence=tuple(item.id for item in used),
            note=note,
        )

    def within(self, low: dt.date, high: dt.date) -> list[_Item]:
        return [item for item in self.items if low <= item.day <= high]

    def unmet(
        self, used: list[_Item], due: dt.date | None, note: Bilingual | None
    ) -> ComplianceResult:
        partly = _achieved(self.duty, used) > 0 or any(not item.counts for item in used)
        status = ComplianceStatus.PARTLY_MET if partly else ComplianceStatus.NOT_MET
        return self.result(status, used, due=due, note=note)


def _on_event(ctx: _Context, since: dt.date) -> ComplianceResult:
    """A target due within some months of an event (the deadline day counts)."""
    months = ctx.duty.target.within_months or 0  # never 0: Target requires it for ON_EVENT
    deadline = since + relativedelta(months=months)
    if deadline < ctx.period.start:
        return ctx.result(
            ComplianceStatus.NOT_ASSESSED, [], due=deadline, note=_note("deadline-before", deadline)
        )
    used = ctx.within(max(since, ctx.period.start), min(deadline, ctx.period.end))
    if _achieved(ctx.duty, used) >= ctx.duty.target.minimum:
        return ctx.result(ComplianceStatus.MET, used, due=deadline)
    if deadline > ctx.horizon:
        return ctx.result(
            ComplianceStatus.NOT_YET_DUE, used, due=deadline, note=_note("due", deadline)
        )
    if since < ctx.period.start:
        return ctx.result(
            ComplianceStatus.NOT_ASSESSED, used, due=deadline, note=_note("window-before", since)
        )
    return ctx.unmet(used, deadline, None)


def _annual(ctx: _Context, since: dt.date | None) -> ComplianceResult:
    """A target due in each year; a holder in their first year is due at its end."""
    low, due, note = ctx.period.start, ctx.period.end, None
    if since is not None and since > ctx.period.start:
        # A period is shorter than a year, so a first year begun inside it ends after it.
        low = since
        due = since + relativedelta(years=1) - dt.timedelta(days=1)
        note = _note("first-year", due)
    used = ctx.within(low, ctx.period.end)
    if _achieved(ctx.duty, used) >= ctx.duty.target.minimum:
        return ctx.result(ComplianceStatus.MET, used, due=due)
    if due > ctx.horizon:
        return ctx.result(
            ComplianceStatus.NOT_YET_DUE, used, due=due, note=note or _note("due", due)
        )
    return ctx.unmet(used, due, note)


def _each(ctx: _Context) -> ComplianceResult:
    """A target every item in the period must meet (every appraisal, every tender)."""
    used = ctx.within(ctx.period.start, ctx.period.end)
    if not used:
        return ctx.result(ComplianceStatus.NOT_ASSESSED, [], required=0, note=_NOTES["none"])
    complete = all(item.counts for item in used)
    status = ComplianceStatus.MET if complete else ComplianceStatus.NOT_MET
    if not complete and any(item.counts for item in used):
        status = ComplianceStatus.PARTLY_MET
    return ctx.result(status, used, required=len(used))


def _assess_one(ctx: _Context) -> ComplianceResult:
    since = ctx.holding.since
    if since is not None and since > ctx.period.end:
        return ctx.result(ComplianceStatus.NOT_YET_DUE, [], note=_note("began", since))
    if ctx.duty.target.frequency is Frequency.EACH:
        return _each(ctx)
    if ctx.duty.target.frequency is Frequency.ON_EVENT:
        assert since is not None  # noqa: S101 (Duty guarantees an event for ON_EVENT holders)
        return _on_event(ctx, since)
    return _annual(ctx, since)


def horizon(records: CouncilRecords, period: Period, as_of: object) -> dt.date:
    """Check *as_of* and the records against it; return the last day evidence can count."""
    if as_of is None:
        return period.end
    day = v.ensure_date("as_of", as_of)
    if day < period.start:
        msg = f"'as_of' ({day}) must not be before the period's start ({period.start})."
        cy = f"'as_of' ({day}): {v.MUST_NOT} bod cyn dechrau’r cyfnod ({period.start})."
        raise DateRangeError(msg, cy=cy)
    records.check_as_of(day)
    return min(period.end, day)


def check_arguments(records: object, period: object) -> None:
    """Refuse records and a period of the wrong types, naming the argument."""
    v.instance(CouncilRecords).check(None, "records", records)
    v.instance(Period).check(None, "period", period)


def assess(
    duty: Duty, records: CouncilRecords, period: Period, *, as_of: dt.date | None = None
) -> tuple[ComplianceResult, ...]:
    """Assess *duty* for each of its duty-holders in *records* over *period*.

    Only records dated inside *period* are counted.  A holder whose term or post
    begins after the period is "not yet due"; so is a target whose deadline falls
    after the period or after *as_of*.

    Args:
        duty: the duty (see :func:`~carewales.parenting.duties`).
        records: the council's records.
        period: the reporting period (at most a year).
        as_of: the day the assessment is made; records dated after it are refused.
            Without it nothing is refused and the period is taken as complete.

    Returns:
        One result per duty-holder, in the order of the records (for tenders: those
        issued in the period).

    Raises:
        FutureRecordError: if a record is dated after *as_of*.
        DateRangeError: if *as_of* is before the period.
        InvalidFieldError: if an argument has the wrong type (InvalidDateError for *as_of*).
        UnsupportedDateError: if the duty was not in force on every day of the period
            (the Welsh statutory duties apply from 6 April 2016): the library gives no
            answer outside a rule's period.

    >>> from carewales.parenting import EXAMPLE_PERIOD, duty, example_records
    >>> records = example_records()
    >>> [r.status.value for r in assess(duty("councillor-training"), records, EXAMPLE_PERIOD)]
    ['not-assessed', 'not-assessed', 'met']
    """
    v.instance(Duty).check(None, "duty", duty)
    check_arguments(records, period)
    duty.check_in_force(period.start, period.end)
    last = horizon(records, period, as_of)
    return tuple(
        _assess_one(_Context(duty, holding, _items(duty, records, holding), period, last))
        for holding in _holdings(duty, records, period)
    )

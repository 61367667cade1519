"""The Welsh Government's performance measures for children, computed from case events.

:func:`measure_result` computes one measure of :mod:`carewales.measures` for one
year (1 April to 31 March) from a caseload's events: its numerator and
denominator for each authority, as a table of percentages with Wilson score
limits (:class:`carewales.rates.RateTable`), and pooled for Wales.  Small cells
are suppressed on request.

How each measure is read from events (each measure's own definition is in
:mod:`carewales.measures`, with its source):

* PM24, assessments completed within 42 working days from the point of referral:
  every assessment completed in the year is counted once; it is within the
  timescale if it was completed no later than 42 working days after the latest
  referral of the same child on or before it.  An assessment with no referral
  before it counts in the denominator only.
* PM31, children looked after at 31 March registered with a GP within 10 working
  days of the start of their placement: the children looked after on 31 March
  (became looked after on or before it and not ceased on or before it); the
  placement is the latest that started on or before 31 March; the child counts in
  the numerator if registered with a GP from the placement's start to 10 working
  days after it.
* PM26, looked after children who returned home from care during the year: the
  children looked after at any time in the year (on its eve, 31 March, or becoming
  looked after during it), of whom those with a ``returned-home`` event in the year
  that ends a period of care (one begun on or before it and not ended before it),
  each child counted once.
* PM33, children looked after at 31 March with three or more placements during
  the year: the placements that started in the year, plus the one under way on
  1 April.
* PM30 is not computed: its source, as read, does not say which children it counts.

A cell is suppressed when ``suppress_below`` is given and the denominator is below
it, or the numerator or its complement (the denominator less the numerator) is from
1 to ``suppress_below - 1``: both the numerator and the denominator are then shown as
``*``.  The figure for Wales is computed from every authority's counts and
published, unless it is small by the same rule: then its counts are ``*`` too
(:attr:`MeasureResult.suppressed`).  So that a lone suppressed cell cannot be found
from a published figure for Wales by subtraction, the next smallest cell is then
suppressed too (secondary suppression).

>>> import datetime as dt
>>> from carewales.caseloads import synthetic_events
>>> result = measure_result(synthetic_events(400, start=dt.date(2017, 4, 1)), "PM24", 2017)
>>> result.numerator <= result.denominator
True
>>> result.describe("cy").startswith("PM24 2017-18:")
True
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from typing import ClassVar, cast

import attrs

from .. import _validators as v
from ..authorities import Authority
from ..calendar import add_working_days
from ..errors import InvalidFieldError, UnsupportedDateError
from ..measures import MeasureKind, PerformanceMeasure, Population, measure, measures
from ..rates import Rate, RateMethod, RateRow, RateTable, Suppressed, proportion
from ..rates.core import check_confidence
from ..text import Bilingual, Language
from ._group import Child, bulk, group, last_on_or_before
from .events import CaseEvent, EventKind

__all__ = ["MeasureResult", "measure_result", "measure_results"]

_FIRST_YEAR, _LAST_YEAR = 1971, 2099
_SUPPRESSED = "*"


def _to_count(value: object) -> object:
    """A count, or the suppression symbol ``*`` as :class:`Suppressed`."""
    if isinstance(value, str) and value.strip() == _SUPPRESSED:
        return Suppressed(_SUPPRESSED)
    return value if isinstance(value, Suppressed) else v.to_int(value)  # type: ignore[arg-type]


_NUMBER = v.integer(0, 10**9)
_COUNT = v.Check(
    attrs.validators.or_(attrs.validators.instance_of(Suppressed), _NUMBER.inner),
    f"{_NUMBER.rule}, or '*' (suppressed)",
    cy=f"{_NUMBER.cy}, neu '*' (wedi’i atal)",
)


@attrs.frozen
class MeasureResult:
    """One performance measure for one year: per authority and pooled for Wales.

    Attributes:
        measure: the measure's key in :mod:`carewales.measures`.
        year: the year, by its first calendar year: ``2017`` is 1 April 2017 to 31 March 2018.
        numerator: the numerator for Wales, or ``*`` (:class:`~carewales.rates.Suppressed`)
            if the figure for Wales is itself suppressed.
        denominator: the denominator for Wales, or ``*`` likewise.
        table: the percentage for each authority with a denominator, with Wilson
            limits (suppressed cells as ``*``), or ``None`` if no authority has one.
        wales: the percentage for Wales with Wilson limits, or ``None`` for a
            denominator of 0 or a suppressed figure for Wales.
        suppress_below: the threshold cells were suppressed below, or ``None``.
            The figure for Wales is suppressed by the same rule as an authority's
            cell: a denominator, numerator or complement from 1 to ``suppress_below - 1``.

    Raises:
        InvalidFieldError: for a field that cannot hold its value, a numerator
            above the denominator, or a table or a Wales figure that disagrees
            with the counts.
    """

    _WHAT: ClassVar[str] = "measure result"
    _WHAT_CY: ClassVar[str] = "canlyniad mesur"

    measure: str = attrs.field(validator=v.key())
    year: int = attrs.field(converter=v.to_int, validator=v.integer(_FIRST_YEAR, _LAST_YEAR))
    numerator: int | Suppressed = attrs.field(converter=_to_count, validator=_COUNT)
    denominator: int | Suppressed = attrs.field(converter=_to_count, validator=_COUNT)
    table: RateTable | None = attrs.field(validator=v.optional(v.instance(RateTable)))
    wales: Rate | None = attrs.field(validator=v.optional(v.instance(Rate)))
    suppress_below: int | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(v.to_int),
        validator=v.optional(v.integer(1, 1000)),
    )

    def __attrs_post_init__(self) -> None:
        """Check the counts, the Wales figure and the table against one another."""
        self._check_counts()
        if (self.wales is None) != (self.denominator == 0 or self.suppressed):
            rule = "must be None exactly when 'denominator' is 0 or suppressed"
            rule_cy = (
                "rhaid i’r gwerth fod yn None dim ond pan fo 'denominator' yn 0 neu wedi’i atal"
            )
            v.fail(self, "wales", self.wales, rule, cy=rule_cy)
        if self.wales is not None and (
            self.wales.count != self.numerator
            or self.wales.population != self.denominator
            or self.wales.method is not RateMethod.WILSON
        ):
            rule = "must be the Wilson percentage of 'numerator' and 'denominator'"
            rule_cy = "rhaid i’r gwerth fod yn ganran Wilson 'numerator' a 'denominator'"
            v.fail(self, "wales", self.wales, rule, cy=rule_cy)
        if (self.table is None) != (self.denominator == 0):
            rule = "must be None exactly when 'denominator' is 0"
            rule_cy = "rhaid i’r gwerth fod yn None dim ond pan fo 'denominator' yn 0"
            v.fail(self, "table", self.table, rule, cy=rule_cy)
        item = measure(self.measure)  # an unknown key raises, naming the key
        if not item.computable:
            rule = "must name a measure that case events can compute"
            rule_cy = "rhaid i’r gwerth enwi mesur y gellir ei gyfrifo o ddigwyddiadau achos"
            v.fail(self, "measure", self.measure, rule, cy=rule_cy)
        if not (
            item.covers(dt.date(self.year, 4, 1)) and item.covers(dt.date(self.year + 1, 3, 31))
        ):
            period = f"{item.valid_from} to {item.valid_to}"
            rule = f"must be a year in which {item.code} applied ({period})"
            rule_cy = (
                f"rhaid i’r gwerth fod yn flwyddyn pan oedd {item.code} yn berthnasol "
                f"({item.valid_from} i {item.valid_to})"
            )
            v.fail(self, "year", self.year, rule, cy=rule_cy)
        if self.table is not None:
            self._check_table(self.table)

    def _check_counts(self) -> None:
        """Both counts shown or both suppressed, suppressed only under the threshold's rule."""
        numerator, denominator, below = self.numerator, self.denominator, self.suppress_below
        if isinstance(numerator, Suppressed) != isinstance(denominator, Suppressed):
            rule = "must be suppressed exactly when 'denominator' is"
            rule_cy = "rhaid i’r gwerth fod wedi’i atal dim ond pan fo 'denominator' wedi’i atal"
            v.fail(self, "numerator", numerator, rule, cy=rule_cy)
        if isinstance(numerator, int) and isinstance(denominator, int):
            if numerator > denominator:
                rule = f"must not be above 'denominator' ({denominator})"
                rule_cy = f"rhaid i’r gwerth beidio â bod yn fwy na 'denominator' ({denominator})"
                v.fail(self, "numerator", numerator, rule, cy=rule_cy)
            if below is not None and denominator and _hidden(numerator, denominator, below):
                rule = f"must be suppressed ('*'): a count is below 'suppress_below' ({below})"
                rule_cy = (
                    f"rhaid i’r gwerth fod wedi’i atal ('*'): mae cyfrif o dan 'suppress_below' "
                    f"({below})"
                )
                v.fail(self, "denominator", denominator, rule, cy=rule_cy)
        elif below is None:
            rule = "must not be suppressed when 'suppress_below' is None"
            rule_cy = "rhaid i’r gwerth beidio â bod wedi’i atal pan fo 'suppress_below' yn None"
            v.fail(self, "denominator", denominator, rule, cy=rule_cy)

    @property
    def suppressed(self) -> bool:
        """Whether the figure for Wales is suppressed (its counts are ``*``)."""
        return isinstance(self.denominator, Suppressed)

    def _check_table(self, table: RateTable) -> None:
        """Check the table against the counts, the year, the method and the threshold."""
        rule, rule_cy = "", ""
        counts = [row.count for row in table.rows]
        populations = [row.population for row in table.rows]
        hidden = any(isinstance(cell, Suppressed) for cell in (*counts, *populations))
        shown_n = sum(cell for cell in counts if isinstance(cell, int))
        shown_d = sum(cell for cell in populations if isinstance(cell, int))
        if table.per != 100 or table.method is not RateMethod.WILSON:  # noqa: PLR2004 (percent)
            rule = "must be percentages with Wilson limits (per=100, method='wilson')"
            rule_cy = "rhaid i’r gwerth fod yn ganrannau gyda therfynau Wilson"
        elif table.period != self.period:
            rule = f"must be for the period {self.period!r}"
            rule_cy = f"rhaid i’r gwerth fod ar gyfer y cyfnod {self.period!r}"
        elif hidden and self.suppress_below is None:
            rule = "must have no suppressed cell when 'suppress_below' is None"
            rule_cy = (
                "rhaid i’r gwerth beidio â chynnwys cell wedi’i hatal pan fo 'suppress_below' "
                "yn None"
            )
        elif isinstance(self.numerator, int) and (
            (not hidden and (shown_n, shown_d) != (self.numerator, self.denominator))
            or shown_n > self.numerator
            or shown_d > cast("int", self.denominator)
        ):
            rule = (
                f"must add up to 'numerator' ({self.numerator}) and 'denominator' "
                f"({self.denominator})"
            )
            rule_cy = (
                f"rhaid i’r gwerth adio i 'numerator' ({self.numerator}) a 'denominator' "
                f"({self.denominator})"
            )
        elif self.wales is not None and self.wales.confidence != table.confidence:
            rule = f"must have the confidence level of 'wales' ({self.wales.confidence})"
            rule_cy = f"rhaid i’r gwerth gael lefel hyder 'wales' ({self.wales.confidence})"
        if rule:
            v.fail(self, "table", table, rule, cy=rule_cy)

    @property
    def period(self) -> str:
        """The year as the Welsh Government writes it: ``"2017-18"``."""
        return f"{self.year}-{(self.year + 1) % 100:02d}"

    @property
    def label(self) -> Bilingual:
        """The measure, the year and the figure for Wales, in both languages."""
        code = measure(self.measure).code
        head = f"{code} {self.period}: "
        if self.suppressed:
            below = self.suppress_below
            return Bilingual(
                f"{head}the figure for Wales is suppressed (a count below {below})",
                f"{head}mae ffigur Cymru wedi’i atal (cyfrif o dan {below})",
            )
        if self.wales is None:
            return Bilingual(f"{head}no cases in the year", f"{head}dim achosion yn y flwyddyn")
        figure = f"{self.wales.value:.1f}%"
        limits = f"{self.wales.lower:.1f}%–{self.wales.upper:.1f}%"
        return Bilingual(
            f"{head}{figure} for Wales ({self.numerator:,} of {self.denominator:,}; "
            f"{self.wales.confidence:.0%} CI {limits})",
            f"{head}{figure} i Gymru ({self.numerator:,} o {self.denominator:,}; "
            f"cyfwng hyder {self.wales.confidence:.0%} {limits})",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: the measure, the year and the figure for Wales."""
        return self.label.in_(lang)


def _looked_after_on(child: Child, day: dt.date) -> bool:
    started = last_on_or_before(child.days.get(EventKind.LOOKED_AFTER_START, []), day)
    if started is None:
        return False
    ceased = last_on_or_before(child.days.get(EventKind.LOOKED_AFTER_END, []), day)
    return ceased is None or ceased < started


def _looked_after_during(child: Child, first: dt.date, last: dt.date) -> bool:
    """Looked after at some time from *first* to *last*: on the eve, or starting within."""
    starts = child.days.get(EventKind.LOOKED_AFTER_START, [])
    began = bisect.bisect_right(starts, last) > bisect.bisect_left(starts, first)
    return began or _looked_after_on(child, first - dt.timedelta(days=1))


def _assessments(child: Child, first: dt.date, last: dt.date, amount: int) -> tuple[int, int]:
    referrals = child.days.get(EventKind.REFERRAL, [])
    numerator = denominator = 0
    for day in child.days.get(EventKind.ASSESSMENT_COMPLETED, []):
        if first <= day <= last:
            denominator += 1
            referral = last_on_or_before(referrals, day)
            if referral is not None and day <= add_working_days(referral, amount):
                numerator += 1
    return numerator, denominator


def _ends_care(child: Child, day: dt.date) -> bool:
    """Whether a return home on *day* ends a period of care: one begun and not yet ended."""
    began = last_on_or_before(child.days.get(EventKind.LOOKED_AFTER_START, []), day)
    if began is None:
        return False
    ended = last_on_or_before(
        child.days.get(EventKind.LOOKED_AFTER_END, []), day - dt.timedelta(days=1)
    )
    return ended is None or ended < began


def _returned_home(child: Child, first: dt.date, last: dt.date) -> tuple[int, int]:
    if not _looked_after_during(child, first, last):
        return 0, 0
    days = child.days.get(EventKind.RETURNED_HOME, [])
    during = days[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]
    return int(any(_ends_care(child, day) for day in during)), 1


def _gp(child: Child, last: dt.date, amount: int) -> tuple[int, int]:
    if not _looked_after_on(child, last):
        return 0, 0
    placement = last_on_or_before(child.days.get(EventKind.PLACEMENT_START, []), last)
    if placement is None:
        return 0, 1
    registered = child.days.get(EventKind.GP_REGISTRATION, [])
    index = bisect.bisect_left(registered, placement)
    within = index < len(registered) and registered[index] <= add_working_days(placement, amount)
    return int(within), 1


def _placements(child: Child, first: dt.date, last: dt.date, least: int) -> tuple[int, int]:
    if not _looked_after_on(child, last):
        return 0, 0
    starts = child.days.get(EventKind.PLACEMENT_START, [])
    during = bisect.bisect_right(starts, last) - bisect.bisect_left(starts, first)
    eve = first - dt.timedelta(days=1)
    before = last_on_or_before(starts, eve)
    if before is not None and _looked_after_on(child, eve):
        episode = last_on_or_before(child.days.get(EventKind.LOOKED_AFTER_START, []), eve)
        ended = last_on_or_before(child.days.get(EventKind.PLACEMENT_END, []), eve)
        if episode is not None and before >= episode and (ended is None or ended < before):
            during += 1  # the placement under way on 1 April, in the same period of care
    return int(during >= least), 1


def _counts(
    item: PerformanceMeasure, child: Child, first: dt.date, last: dt.date
) -> tuple[int, int]:
    if item.population is Population.ASSESSMENTS_COMPLETED:
        return _assessments(child, first, last, item.amount or 0)
    if item.population is Population.LOOKED_AFTER_DURING_YEAR:
        return _returned_home(child, first, last)
    if item.kind is MeasureKind.AT_LEAST:
        return _placements(child, first, last, item.at_least or 0)
    return _gp(child, last, item.amount or 0)


def _small(count: int, below: int) -> bool:
    return 0 < count < below


def _hidden(numerator: int, denominator: int, below: int) -> bool:
    """Whether a cell is suppressed below *below*: the primary rule, for Wales too."""
    return denominator < below or _small(numerator, below) or _small(denominator - numerator, below)


def _suppress(
    counts: dict[str, list[int]], below: int | None
) -> dict[str, tuple[int | Suppressed, int | Suppressed]]:
    """Each authority's cell, suppressed where small, with secondary suppression.

    A cell is suppressed when its denominator is below *below*, or its numerator or its
    complement (the denominator less the numerator) is from 1 to *below* - 1.  Since the
    figure for Wales is published, a lone suppressed cell could be found by subtraction:
    then the next smallest cell is suppressed too.
    """
    if below is None:
        return {code: (n, d) for code, (n, d) in counts.items()}
    hidden = {code for code, (n, d) in counts.items() if _hidden(n, d, below)}
    if len(hidden) == 1 and len(counts) > 1:
        shown = sorted((d, code) for code, (_, d) in counts.items() if code not in hidden)
        hidden.add(shown[0][1])
    star = Suppressed(_SUPPRESSED)
    return {code: ((star, star) if code in hidden else (n, d)) for code, (n, d) in counts.items()}


def _check_year(item: PerformanceMeasure, year: int) -> None:
    first, last = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    if not (item.covers(first) and item.covers(last)):
        period = f"{year}-{(year + 1) % 100:02d}"
        until = "" if item.valid_to is None else f" to {item.valid_to}"
        until_cy = "" if item.valid_to is None else f" hyd at {item.valid_to}"
        msg = f"{item.code} applied from {item.valid_from}{until}, not in {period}."
        cy = f"Roedd {item.code} yn berthnasol o {item.valid_from}{until_cy}, nid yn {period}."
        raise UnsupportedDateError(msg, cy=cy)
    if not item.computable:
        msg = (
            f"{item.code} cannot be computed from case events: its source does not say "
            "whom it counts."
        )
        cy = (
            f"Ni ellir cyfrifo {item.code} o ddigwyddiadau achos: nid yw ei ffynhonnell yn "
            "dweud pwy y mae’n eu cyfrif."
        )
        raise InvalidFieldError(msg, cy=cy)


def _result(
    children: list[Child],
    item: PerformanceMeasure,
    year: int,
    suppress_below: int | None,
    confidence: float,
) -> MeasureResult:
    first, last = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    by_authority: dict[str, list[int]] = {}
    authorities: dict[str, Authority] = {}
    for child in children:
        numerator, denominator = _counts(item, child, first, last)
        if denominator:
            code = child.authority.code
            authorities[code] = child.authority
            counts = by_authority.setdefault(code, [0, 0])
            counts[0] += numerator
            counts[1] += denominator
    numerator = sum(counts[0] for counts in by_authority.values())
    denominator = sum(counts[1] for counts in by_authority.values())
    table = wales = None
    if denominator:
        cells = _suppress(by_authority, suppress_below)
        rows = [RateRow(authorities[code], *cells[code]) for code in sorted(cells)]
        period = f"{year}-{(year + 1) % 100:02d}"
        table = RateTable(
            rows, per=100, confidence=confidence, method=RateMethod.WILSON, period=period
        )
        wales = proportion(numerator, denominator, confidence)
        if suppress_below is not None and _hidden(numerator, denominator, suppress_below):
            star = Suppressed(_SUPPRESSED)
            return MeasureResult(item.key, year, star, star, table, None, suppress_below)
    return MeasureResult(item.key, year, numerator, denominator, table, wales, suppress_below)


def _options(year: int, suppress_below: int | None, confidence: float) -> None:
    v.integer(_FIRST_YEAR, _LAST_YEAR).check(None, "year", year)
    v.optional(v.integer(1, 1000)).check(None, "suppress_below", suppress_below)
    check_confidence(None, "confidence", confidence)


def measure_result(
    events: Iterable[CaseEvent],
    key: str | PerformanceMeasure,
    year: int,
    *,
    suppress_below: int | None = None,
    confidence: float = 0.95,
) -> MeasureResult:
    """Compute one measure for one year from a caseload's events.

    Args:
        events: the caseload's events, in any order.
        key: the measure, by key or published code (``"PM24"``), or the measure itself.
        year: the year by its first calendar year (``2017`` for 2017-18).
        suppress_below: suppress cells below this count (see the module's notes).
        confidence: the confidence level of the Wilson limits.

    Raises:
        UnknownKeyError: if *key* names no measure.
        UnsupportedDateError: if the measure did not apply in that year.
        InvalidFieldError: if the measure cannot be computed from case events, or an
            argument is junk.
    """
    item = key if isinstance(key, PerformanceMeasure) else measure(key)
    _options(year, suppress_below, confidence)
    _check_year(item, year)
    with bulk():
        return _result(group(events), item, year, suppress_below, confidence)


def measure_results(
    events: Iterable[CaseEvent],
    year: int,
    *,
    suppress_below: int | None = None,
    confidence: float = 0.95,
) -> tuple[MeasureResult, ...]:
    """Compute every measure that applied in *year* and can be computed from case events.

    The events are grouped by child once, for all the measures.

    Raises:
        InvalidFieldError: if an argument is junk.
        UnsupportedDateError: if no such measure applied in *year* (the message names
            the years the catalogue covers).
    """
    _options(year, suppress_below, confidence)
    first, last = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    chosen = [m for m in measures() if m.computable and m.covers(first) and m.covers(last)]
    if not chosen:
        raise _no_measures(year)
    with bulk():
        children = group(events)
        return tuple(_result(children, item, year, suppress_below, confidence) for item in chosen)


def _no_measures(year: int) -> UnsupportedDateError:
    """The error for a year in which no measure the catalogue can compute applied."""
    computable = [m for m in measures() if m.computable]
    first = min(m.valid_from for m in computable)
    ends = [m.valid_to for m in computable]
    last = None if None in ends else max(end for end in ends if end is not None)
    period = f"{year}-{(year + 1) % 100:02d}"
    span = f"from {first}" + ("" if last is None else f" to {last}")
    span_cy = f"o {first}" + ("" if last is None else f" hyd at {last}")
    msg = (
        f"No performance measure that case events can compute applied in {period}: the "
        f"catalogue's measures applied {span}.  Their successor, the Performance and "
        "Improvement Framework for Social Services (from April 2020), is not in the catalogue."
    )
    cy = (
        f"Nid oedd unrhyw fesur perfformiad y gellir ei gyfrifo o ddigwyddiadau achos yn "
        f"berthnasol yn {period}: roedd mesurau’r catalog yn berthnasol {span_cy}.  Nid yw’r "
        "Fframwaith Perfformiad a Gwella ar gyfer Gwasanaethau Cymdeithasol a ddaeth ar eu "
        "hôl (o fis Ebrill 2020) yn y catalog."
    )
    return UnsupportedDateError(msg, cy=cy)

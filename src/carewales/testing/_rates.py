"""Hypothesis strategies for :mod:`carewales.rates`, re-exported by :mod:`carewales.testing`.

Every strategy builds valid objects by construction.

>>> from hypothesis import given
>>> @given(rates())
... def test_interval_contains_value(item):
...     assert item.lower <= item.value <= item.upper
>>> test_interval_contains_value()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

import carewales

from ..rates import (
    MULTIPLIERS,
    SUPPRESSION_SYMBOLS,
    FunnelKind,
    FunnelLimits,
    Rate,
    RateChange,
    RateMethod,
    RateRow,
    RateSummary,
    RateTable,
    RefusedRow,
    RoundedRate,
    Suppressed,
    TableReading,
    TotalRow,
    TrendTable,
)
from ..text import Bilingual
from ._text import bilingual_texts

__all__ = [
    "confidences",
    "counts",
    "funnel_limits",
    "multipliers",
    "populations",
    "rate_changes",
    "rate_rows",
    "rate_summaries",
    "rate_tables",
    "rates",
    "refused_rows",
    "rounded_rates",
    "suppressed_cells",
    "table_readings",
    "total_rows",
    "trend_tables",
]

#: The largest population the strategies draw by default: well above any Welsh
#: figure, well below :data:`carewales.rates.MAX_COUNT`, and quick to compute.
DEFAULT_MAX_POPULATION = 10_000_000
_BYAR_FROM = 10  # Byar's method is drawn only from 10 events, where it is defined


def counts(max_value: int = DEFAULT_MAX_POPULATION) -> st.SearchStrategy[int]:
    """Generate counts from 0 to *max_value*, small ones (below 10: the exact method) often."""
    return st.one_of(st.integers(0, min(9, max_value)), st.integers(0, max_value))


def populations(
    min_value: int = 1, max_value: int = DEFAULT_MAX_POPULATION
) -> st.SearchStrategy[int]:
    """Generate populations (denominators) from *min_value* to *max_value*."""
    return st.integers(min_value, max_value)


def multipliers() -> st.SearchStrategy[int]:
    """Generate the allowed multipliers: 100, 1,000, 10,000 and 100,000."""
    return st.sampled_from(MULTIPLIERS)


def confidences() -> st.SearchStrategy[float]:
    """Generate confidence levels: the usual 0.95 and 0.998 often, others from 0.5 to 0.999."""
    return st.one_of(st.sampled_from([0.95, 0.998]), st.floats(0.5, 0.999))


@st.composite
def rates(draw: st.DrawFn, method: RateMethod | str | None = None) -> Rate:
    """Generate a :class:`~carewales.rates.Rate`, with any method unless *method* is given.

    Byar's method is only drawn with a count of 10 or more, where it is defined
    at every confidence level the strategy draws.
    """
    population = draw(populations())
    count = draw(counts(population))
    chosen = RateMethod.parse(method) if method is not None else None
    if chosen is None:
        options = [RateMethod.PHE, RateMethod.EXACT, RateMethod.WILSON]
        if count >= _BYAR_FROM:
            options.append(RateMethod.BYAR)
        chosen = draw(st.sampled_from(options))
    return Rate(
        count,
        population,
        per=draw(multipliers()),
        confidence=draw(confidences()),
        method=chosen,
    )


def rounded_rates() -> st.SearchStrategy[RoundedRate]:
    """Generate a :class:`~carewales.rates.RoundedRate`: a rate rounded to 0 to 3 places."""
    return st.tuples(rates(), st.integers(0, 3)).map(lambda pair: pair[0].rounded(pair[1]))


@st.composite
def rate_changes(draw: st.DrawFn) -> RateChange:
    """Generate a :class:`~carewales.rates.RateChange` between two comparable rates."""
    before = draw(rates())
    after = draw(rates())
    return RateChange(
        before,
        Rate(
            after.count,
            after.population,
            per=before.per,
            confidence=before.confidence,
            method=after.method,
        ),
    )


@st.composite
def funnel_limits(draw: st.DrawFn) -> FunnelLimits:
    """Generate :class:`~carewales.rates.FunnelLimits` of either kind, with a target in range."""
    kind = draw(st.sampled_from(FunnelKind))
    per = draw(multipliers())
    low = 0.0 if kind is FunnelKind.PROPORTION else per / 1_000_000
    target = draw(st.floats(low, float(per)))
    return FunnelLimits(target, draw(populations(1, 10**6)), per=per, kind=kind)


def suppressed_cells() -> st.SearchStrategy[Suppressed]:
    """Generate suppressed cells with every symbol that tables use (``*``, ``[c]``, ...)."""
    return st.builds(Suppressed, st.sampled_from(sorted(SUPPRESSION_SYMBOLS)))


@st.composite
def rate_rows(
    draw: st.DrawFn,
    authority: carewales.Authority | None = None,
    *,
    suppressed: bool = True,
    max_population: int = 100_000,
) -> RateRow:
    """Generate a :class:`~carewales.rates.RateRow`, with suppressed cells if *suppressed*."""
    place = draw(st.sampled_from(carewales.all_authorities())) if authority is None else authority
    population = draw(st.one_of(st.just(1), populations(1, max_population)))
    count = draw(st.one_of(st.just(0), st.integers(0, population)))
    if suppressed and draw(st.integers(0, 5)) == 0:
        cell = draw(suppressed_cells())
        if draw(st.booleans()):
            return RateRow(place, cell, population)
        return RateRow(place, count, cell)
    return RateRow(place, count, population)


@st.composite
def rate_tables(
    draw: st.DrawFn,
    *,
    min_size: int = 1,
    max_size: int = 22,
    suppressed: bool = True,
) -> RateTable:
    """Generate a :class:`~carewales.rates.RateTable` of *min_size* to *max_size* authorities.

    Every cell may be suppressed (the summary and the rendered table then say why
    nothing is summarised), counts may be 0 and populations 1: the edges a real
    table reaches.  With ``suppressed=False`` no cell is suppressed, so the
    national rate can be pooled.
    The method is the default (``"phe"``), exact or Wilson's; Byar's method is
    left out, since it refuses a count of 0.
    """
    places = draw(
        st.lists(
            st.sampled_from(carewales.all_authorities()),
            min_size=min_size,
            max_size=max_size,
            unique_by=lambda a: a.code,
        )
    )
    rows = [draw(rate_rows(place, suppressed=suppressed)) for place in places]
    return RateTable(
        rows,
        per=draw(multipliers()),
        confidence=draw(confidences()),
        method=draw(st.sampled_from([RateMethod.PHE, RateMethod.EXACT, RateMethod.WILSON])),
        period=draw(_PERIODS),
    )


def rate_summaries() -> st.SearchStrategy[RateSummary]:
    """Generate a :class:`~carewales.rates.RateSummary`: the summary of a generated table."""
    return rate_tables().map(RateTable.summary)


_TOTAL_NAMES = (
    Bilingual("Wales", "Cymru"),
    Bilingual("Total", "Cyfanswm"),
    Bilingual("North Wales", "Gogledd Cymru"),
    Bilingual("Gwent", "Gwent"),
    Bilingual("Cardiff and Vale", "Caerdydd a’r Fro"),
)
_LABELS = st.text(min_size=1, max_size=40).filter(str.strip)
_PERIODS = st.none() | st.sampled_from(["31 March 2012", "2020-21", "Mawrth 2021"])


def refused_rows() -> st.SearchStrategy[RefusedRow]:
    """Generate a :class:`~carewales.rates.RefusedRow`: any line, column, value and rule."""
    return st.builds(
        RefusedRow,
        line=st.integers(1, 10**6),
        column=st.none() | _LABELS,
        value=st.none() | _LABELS,
        rule=bilingual_texts(),
    )


@st.composite
def total_rows(draw: st.DrawFn) -> TotalRow:
    """Generate a :class:`~carewales.rates.TotalRow`: Wales, a region or a total."""
    population = draw(populations(1, 5_000_000))
    count: int | Suppressed = draw(st.integers(0, population))
    people: int | Suppressed = population
    if draw(st.integers(0, 4)) == 0:
        if draw(st.booleans()):
            count = draw(suppressed_cells())
        else:
            people = draw(suppressed_cells())
    return TotalRow(
        draw(st.sampled_from(_TOTAL_NAMES)),
        count,
        people,
        draw(st.integers(1, 10**6)),
        draw(_PERIODS),
    )


def table_readings() -> st.SearchStrategy[TableReading]:
    """Generate a :class:`~carewales.rates.TableReading`: a few tables, totals, refusals, notes."""
    return st.builds(
        TableReading,
        tables=st.lists(rate_tables(max_size=4), max_size=2),
        totals=st.lists(total_rows(), max_size=2),
        refused=st.lists(refused_rows(), max_size=3),
        notes=st.lists(bilingual_texts(), max_size=2),
    )


@st.composite
def trend_tables(draw: st.DrawFn, *, max_periods: int = 3) -> TrendTable:
    """Generate a :class:`~carewales.rates.TrendTable` of 2 to *max_periods* comparable tables."""
    first = draw(rate_tables(max_size=6))
    others = [
        attrs.evolve(draw(rate_tables(max_size=6)), per=first.per, confidence=first.confidence)
        for _ in range(draw(st.integers(1, max_periods - 1)))
    ]
    return TrendTable([first, *others])


#: Every public model of :mod:`carewales.rates`, with a function giving a strategy of it.
MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    FunnelLimits: funnel_limits,
    Rate: rates,
    RateChange: rate_changes,
    RateRow: rate_rows,
    RateSummary: rate_summaries,
    RateTable: rate_tables,
    RoundedRate: rounded_rates,
    Suppressed: suppressed_cells,
    RefusedRow: refused_rows,
    TableReading: table_readings,
    TotalRow: total_rows,
    TrendTable: trend_tables,
}

"""Hypothesis strategies for :mod:`carewales.rates`, re-exported by :mod:`carewales.testing`.

Every strategy builds valid objects by construction.

>>> from hypothesis import given
>>> @given(rates())
... def test_interval_contains_value(item):
...     assert item.lower <= item.value <= item.upper
>>> test_interval_contains_value()
"""

from __future__ import annotations

from hypothesis import strategies as st

import carewales

from ..rates import (
    MULTIPLIERS,
    SUPPRESSION_SYMBOLS,
    Rate,
    RateMethod,
    RateRow,
    RateTable,
    Suppressed,
)

__all__ = [
    "confidences",
    "counts",
    "multipliers",
    "populations",
    "rate_rows",
    "rate_tables",
    "rates",
    "suppressed_cells",
]

#: The largest population the strategies draw by default: well above any Welsh
#: figure, well below :data:`carewales.rates.MAX_COUNT`, and quick to compute.
DEFAULT_MAX_POPULATION = 10_000_000


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
        if count >= 10:  # noqa: PLR2004 (Byar's method is defined from 10 events)
            options.append(RateMethod.BYAR)
        chosen = draw(st.sampled_from(options))
    return Rate(
        count,
        population,
        per=draw(multipliers()),
        confidence=draw(confidences()),
        method=chosen,
    )


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
    population = draw(populations(1, max_population))
    count = draw(st.integers(0, population))
    if suppressed and draw(st.integers(0, 5)) == 0:
        return RateRow(place, draw(suppressed_cells()), population)
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

    With ``suppressed=False`` no cell is suppressed, so the national rate can be pooled.
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
    return RateTable(rows, per=draw(multipliers()), confidence=draw(confidences()))

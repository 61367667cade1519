"""Trends: each authority's change between consecutive periods.

>>> from carewales.rates import RateRow, RateTable
>>> before = RateTable([RateRow("Powys", 53, 10_000)], period="2020")
>>> after = RateTable([RateRow("Powys", 61, 10_000)], period="2021")
>>> trend = trends([before, after])
>>> trend.describe()
'Changes in rates per 10,000 across 2 periods (2020 to 2021) for 1 authority'
>>> print(trend.render(format="text").splitlines()[2])
Code       Authority  2020 to 2021
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import ClassVar

import attrs

from .. import _validators as v
from .. import welsh
from .._layout import aligned, markdown
from ..authorities import Authority
from ..errors import InvalidRateError
from ..text import Bilingual, Format, Language
from .changes import _CHANGE_CAVEAT, RateChange
from .core import Suppressed, round_half_away
from .tables import RateTable, _format

__all__ = ["TrendTable", "trends"]

_MAX_PERIODS = 100
_CAVEAT_MISSING = Bilingual(
    "–: the authority is not in both periods' tables.",
    "–: nid yw’r awdurdod yn nhablau’r ddau gyfnod.",
)


def _to_tables(value: Sequence[RateTable]) -> tuple[RateTable, ...]:
    given: object = value
    if isinstance(given, (list, tuple)):
        return tuple(given)
    return given  # type: ignore[return-value]  # the validator refuses it


@attrs.frozen
class TrendTable:
    """Rates of the same authorities over several periods, and each change between them.

    Attributes:
        tables: two or more tables, earliest first, with the same multiplier
            and confidence level (periods may cover different authorities: a
            change needs the authority in both).

    Raises:
        InvalidRateError: for fewer than two tables, something that is not a
            :class:`RateTable`, or tables that differ in multiplier or confidence level.
    """

    _WHAT: ClassVar[str] = "trend table"
    _WHAT_CY: ClassVar[str] = "tabl tuedd"

    tables: tuple[RateTable, ...] = attrs.field(
        converter=_to_tables,
        validator=v.tuple_of(
            v.instance(RateTable, error=InvalidRateError),
            min_size=2,
            max_size=_MAX_PERIODS,
            error=InvalidRateError,
        ),
    )

    def __attrs_post_init__(self) -> None:
        """Check that the tables' rates can be compared."""
        first = self.tables[0]
        for index, table in enumerate(self.tables[1:], start=1):
            if (table.per, table.confidence) != (first.per, first.confidence):
                rule = (
                    f"must all have the same multiplier and confidence level: 'tables[{index}]' "
                    f"(per {table.per:,}, {table.confidence}) differs from 'tables[0]' "
                    f"(per {first.per:,}, {first.confidence})"
                )
                rule_cy = (
                    "rhaid i’r lluosydd a’r lefel hyder fod yr un fath ym mhob un: mae "
                    f"'tables[{index}]' (fesul {table.per:,}, {table.confidence}) yn wahanol i "
                    f"'tables[0]' (fesul {first.per:,}, {first.confidence})"
                )
                shown = v.describe(f"{len(self.tables)} tables")
                shown_cy = v.describe(welsh.count(len(self.tables), "tabl"))
                msg = f"{v.where(self)}: 'tables' ({shown}) {rule}."
                cy = f"{v.where(self, 'cy')}: 'tables' ({shown_cy}): {rule_cy}."
                raise InvalidRateError(msg, cy=cy)

    @property
    def periods(self) -> tuple[Bilingual, ...]:
        """Each table's period, or "period 1", "period 2"... where a table has none."""
        return tuple(
            Bilingual(t.period, t.period)
            if t.period is not None
            else Bilingual(f"period {i}", f"cyfnod {i}")
            for i, t in enumerate(self.tables, start=1)
        )

    @property
    def authorities(self) -> tuple[Authority, ...]:
        """Every authority in any period, in the order first seen."""
        seen: dict[str, Authority] = {}
        for table in self.tables:
            for place in table.authorities:
                seen.setdefault(place.code, place)
        return tuple(seen.values())

    def changes(self) -> Mapping[Authority, tuple[RateChange | Suppressed | None, ...]]:
        """Each authority's change at each step (period 1 to 2, 2 to 3, ...).

        A step is a :class:`RateChange`, the :class:`Suppressed` cell of either
        period, or ``None`` when the authority is not in both tables.

        >>> from carewales.rates import RateRow, RateTable
        >>> a = RateTable([RateRow("Powys", 5, 100), RateRow("Conwy", "*", 10)])
        >>> b = RateTable([RateRow("Powys", 6, 100)])
        >>> [(p.name.en, s) for p, (s,) in trends([a, b]).changes().items()][1]
        ('Conwy', None)
        """
        result: dict[Authority, tuple[RateChange | Suppressed | None, ...]] = {}
        for place in self.authorities:
            steps: list[RateChange | Suppressed | None] = []
            for before, after in itertools.pairwise(self.tables):
                old = before.rates.get(place)
                new = after.rates.get(place)
                if old is None or new is None:
                    steps.append(None)
                elif isinstance(old, Suppressed):
                    steps.append(old)
                elif isinstance(new, Suppressed):
                    steps.append(new)
                else:
                    steps.append(RateChange(old, new))
            result[place] = tuple(steps)
        return result

    @property
    def label(self) -> Bilingual:
        """What the trend covers, in both languages."""
        first, last = self.periods[0], self.periods[-1]
        count = len(self.authorities)
        noun = "authority" if count == 1 else "authorities"
        per = f"{self.tables[0].per:,}"
        return Bilingual(
            f"Changes in rates per {per} across {len(self.tables)} periods "
            f"({first.en} to {last.en}) for {count} {noun}",
            f"Newidiadau mewn cyfraddau fesul {per} dros {welsh.count(len(self.tables), 'cyfnod')} "
            f"({first.cy} {welsh.after('i', last.cy)}) ar gyfer {welsh.count(count, 'awdurdod')}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: the periods and the number of authorities."""
        return self.label.in_(lang)

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one name every render uses)
        dp: int = 0,
    ) -> str:
        """The trend as a document: one row per authority, one column per step, and notes.

        Each cell is the difference (signed) and the two rates, rounded to *dp*
        places: ``+8 (53 to 61)``; a suppressed cell's symbol; or ``–`` when the
        authority is not in both periods.

        Args:
            lang: English or Welsh.
            format: ``Format.MARKDOWN`` or ``Format.TEXT``, or their values.
            dp: decimal places, 0 to 12.
        """
        language = Language.parse(lang)
        output = _format(format)
        joiner = " i " if language is Language.CY else " to "
        periods = [p.in_(language) for p in self.periods]
        head = ["Cod", "Awdurdod"] if language is Language.CY else ["Code", "Authority"]
        head += [a + joiner + b for a, b in itertools.pairwise(periods)]
        rows = [head]
        for place, steps in self.changes().items():
            rows.append(
                [place.code, place.name.in_(language), *(_step(s, dp, joiner) for s in steps)]
            )
        text = markdown(rows) if output is Format.MARKDOWN else aligned(rows)
        caveat = _CHANGE_CAVEAT
        return "\n\n".join(
            [self.describe(language), text, _CAVEAT_MISSING.in_(language), caveat.in_(language)]
        )


def _step(step: RateChange | Suppressed | None, dp: int, joiner: str) -> str:
    if step is None:
        return "–"
    if isinstance(step, Suppressed):
        return step.symbol
    difference = round_half_away(step.after.exact_value - step.before.exact_value, dp)
    sign = "+" if difference > 0 else ""
    before = round_half_away(step.before.exact_value, dp)
    after = round_half_away(step.after.exact_value, dp)
    return f"{sign}{difference:,} ({before:,}{joiner}{after:,})"


def trends(tables: Sequence[RateTable]) -> TrendTable:
    """Return the changes between consecutive tables (earliest first) as a :class:`TrendTable`.

    Give the tables that :func:`~carewales.rates.read_csv` reads from a file
    with a period column: ``trends(read_csv(path).tables)``.

    Raises:
        InvalidRateError: see :class:`TrendTable`.
    """
    return TrendTable(tables)

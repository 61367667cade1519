"""The document a :class:`~carewales.rates.RateTable` renders, as the command line prints it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._layout import aligned, markdown
from ..errors import SuppressedValueError
from ..text import Bilingual, Format, Language
from .core import Rate, Suppressed, percent, round_half_away
from .funnels import FunnelKind, FunnelSignificance

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..authorities import Authority
    from .tables import RateTable

HEADINGS = {
    "code": Bilingual("Code", "Cod"),
    "authority": Bilingual("Authority", "Awdurdod"),
    "count": Bilingual("Count", "Nifer"),
    "population": Bilingual("Population", "Poblogaeth"),
    "rate": Bilingual("Rate", "Cyfradd"),
    "lower": Bilingual("Lower", "Isaf"),
    "upper": Bilingual("Upper", "Uchaf"),
    "rank": Bilingual("Rank", "Safle"),
    "ci": Bilingual("By interval", "Yn ôl cyfwng"),
    "funnel": Bilingual("By funnel", "Yn ôl twmffat"),
}
_TITLE = Bilingual(
    "Rates per {per}, with {level} confidence limits",
    "Cyfraddau fesul {per}, gyda therfynau hyder {level}",
)
_NOT_COMPARED = Bilingual(
    "Not compared: the national rate cannot be pooled because cells are suppressed. "
    "Give --target to compare with a published national value.",
    "Heb gymharu: ni ellir cyfuno’r gyfradd genedlaethol gan fod celloedd wedi’u hatal. "
    "Rhowch --target i gymharu â gwerth cenedlaethol cyhoeddedig.",
)
NO_FUNNEL = Bilingual(
    "By funnel: not classified, because funnel limits around a comparison value of 0 are "
    "empty; the interval comparison is shown.",
    "Yn ôl twmffat: heb eu dosbarthu, gan fod terfynau twmffat o gwmpas gwerth cymharu o 0 "
    "yn wag; dangosir y gymhariaeth yn ôl cyfwng.",
)
_ALL_ZERO = Bilingual(
    "Every count is 0: the national rate is 0, its funnel limits are 0, and every authority "
    "is within them; no authority can be told apart.",
    "Mae pob nifer yn 0: 0 yw’r gyfradd genedlaethol, 0 yw terfynau ei thwmffat, ac mae pob "
    "awdurdod o’u mewn; ni ellir gwahaniaethu rhwng yr awdurdodau.",
)
_NOTE = Bilingual(
    "By interval: the authority's confidence interval against the national value. "
    "By funnel: its rate against 95% and 99.8% control limits around the national value. "
    "Rank 1 is the highest rate; ties share a rank.",
    "Yn ôl cyfwng: cyfwng hyder yr awdurdod o’i gymharu â’r gwerth cenedlaethol. "
    "Yn ôl twmffat: ei gyfradd o’i chymharu â therfynau rheoli 95% a 99.8% o gwmpas y "
    "gwerth cenedlaethol. Safle 1 yw’r gyfradd uchaf; mae cyfraddau cyfartal yn rhannu safle.",
)
_FUNNEL_SHORT = {
    FunnelSignificance.HIGH_998: Bilingual("above 99.8%", "uwch 99.8%"),
    FunnelSignificance.HIGH_95: Bilingual("above 95%", "uwch 95%"),
    FunnelSignificance.WITHIN: Bilingual("within", "o fewn"),
    FunnelSignificance.LOW_95: Bilingual("below 95%", "is 95%"),
    FunnelSignificance.LOW_998: Bilingual("below 99.8%", "is 99.8%"),
}
# Keyed by the Comparison's value: the enum lives in .tables, which imports this module.
_COMPARISON_SHORT = {
    "higher": Bilingual("higher", "uwch"),
    "similar": Bilingual("similar", "tebyg"),
    "lower": Bilingual("lower", "is"),
}


def _figure(value: object, dp: int) -> str:
    if isinstance(value, Suppressed):
        return value.symbol
    return f"{round_half_away(value, dp):,}"  # type: ignore[arg-type]  # a number


def heading(lang: Language) -> list[str]:
    """The column headings in *lang*."""
    return [text.in_(lang) for text in HEADINGS.values()]


def no_funnel(table: RateTable, target: float | None) -> bool:
    """Whether no funnel limits exist around *target*: a rate's target of 0.

    Poisson limits around an expected count of 0 are empty; binomial limits around 0 are not.
    """
    return target == 0.0 and table.funnel_kind is FunnelKind.RATE


def comparisons_of(
    table: RateTable, target: float | None
) -> tuple[Mapping[Authority, object], Mapping[Authority, object]]:
    """Each authority's comparison by interval and by funnel; empty where none can be made."""
    try:
        comparisons: Mapping[Authority, object] = table.comparisons(target)
        funnels: Mapping[Authority, object] = (
            {} if no_funnel(table, target) else table.funnel_comparisons(target)
        )
    except SuppressedValueError:
        return {}, {}
    return comparisons, funnels


def body(table: RateTable, lang: Language, dp: int, target: float | None) -> list[list[str]]:
    """One row of cells per authority: figures rounded to *dp* places, ranks and comparisons."""
    comparisons, funnels = comparisons_of(table, target)
    ranks = table.ranks()
    rows = []
    for row in table.rows:
        place = row.authority
        item = table.rate(place)
        if isinstance(item, Rate):
            figures = [
                _figure(item.exact_value, dp),
                _figure(item.lower, dp),
                _figure(item.upper, dp),
            ]
        else:
            figures = [item.symbol] * 3
        comparison = comparisons.get(place)
        funnel = funnels.get(place)
        rows.append(
            [
                place.code,
                place.name.in_(lang),
                _figure(row.count, 0),
                _figure(row.population, 0),
                *figures,
                str(ranks[place]),
                _COMPARISON_SHORT[comparison.value].in_(lang)  # type: ignore[attr-defined]
                if comparison is not None and not isinstance(comparison, Suppressed)
                else str(comparison or "–"),
                _FUNNEL_SHORT[funnel].in_(lang)
                if isinstance(funnel, FunnelSignificance)
                else str(funnel or "–"),
            ]
        )
    return rows


def document(
    table: RateTable, lang: Language, output: Format, dp: int, target: float | None
) -> str:
    """The title, the table of authorities, the summary and the notes."""
    rows = [heading(lang), *body(table, lang, dp, target)]
    text = markdown(rows) if output is Format.MARKDOWN else aligned(rows)
    title = _TITLE.in_(lang).format(per=f"{table.per:,}", level=percent(table.confidence))
    notes = [table.summary().describe(lang, dp)]
    if target is None and table.suppressed_count:
        notes.append(_NOT_COMPARED.in_(lang))
    elif target is None and table.national().count == 0:
        notes.append(_ALL_ZERO.in_(lang))
    elif no_funnel(table, target):
        notes.append(NO_FUNNEL.in_(lang))
    notes.append(_NOTE.in_(lang))
    return "\n\n".join([title, text, *notes])

"""Pictures of a :class:`~carewales.rates.RateTable`: the funnel plot and the caterpillar chart.

The funnel plot is how UK public-health and social-care statistics compare
authorities (PHE Fingertips, the PHEindicatormethods package): each
authority's rate against its population, with the national (pooled) rate
as a line and the 95% and 99.8% control limits around it, which narrow as
the population grows.  The caterpillar chart ranks the authorities by rate,
each with its confidence interval.

Both return a matplotlib ``Figure`` built with matplotlib's
object-oriented API (no global ``pyplot`` state), with every word in the
chosen language (English or Welsh).  They need the ``plot`` extra
(``pip install 'carewales[plot]'``); this module imports matplotlib only
when a picture is drawn, so importing it never fails.

>>> from carewales.rates import RateRow, RateTable
>>> table = RateTable([RateRow("Powys", 140, 26_400), RateRow("Cardiff", 660, 66_400)])
>>> figure = plot_funnel(table, lang="cy")
>>> figure.axes[0].get_xlabel()
'Poblogaeth'

References:
    * Spiegelhalter DJ. Funnel plots for comparing institutional performance.
      Statistics in Medicine 2005; 24: 1185-1202.
    * PHEindicatormethods (UKHSA): R/Funnels.R ``phe_funnels``,
      ``phe_funnel_significance``.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import _validators as v
from .._extras import require
from ..errors import InvalidChoiceError, InvalidFieldError, InvalidRateError, SuppressedValueError
from ..text import Bilingual, Language
from .core import Rate, Suppressed, finite_number, round_half_away
from .funnels import FunnelLimits, FunnelSignificance, funnel
from .tables import Comparison, RateTable

if TYPE_CHECKING:
    # Full names, so that the docs link them (autodoc cannot import them at run time).
    import matplotlib.axes
    import matplotlib.figure

__all__ = ["plot_caterpillar", "plot_funnel", "save"]

#: The file formats :func:`save` writes, by the path's suffix.
_FORMATS = {".svg": "svg", ".png": "png"}
_CURVE_POINTS = 160  # populations at which the control limits are computed
_MARGIN = 0.1  # the funnel reaches this fraction beyond the smallest and largest population
_SIZE = (8.0, 5.5)  # inches; the caterpillar grows with the number of authorities

# Colours from Okabe and Ito's palette, which readers with colour-blindness can tell apart;
# every class also has its own marker (direction and fill), so colour is never the only cue.
_NATIONAL_COLOUR = "#000000"
_LIMIT_COLOUR = {"95": "#56B4E9", "998": "#0072B2"}
_LIMIT_STYLE = {"95": "--", "998": ":"}


class _Style:
    """How one class of points is drawn: marker, colour and whether the marker is filled."""

    def __init__(self, marker: str, colour: str, *, filled: bool) -> None:
        self.marker = marker
        self.colour = colour
        self.face = colour if filled else "white"


# Above: triangles pointing up; below: pointing down; 99.8% filled, 95% hollow; within: circles.
_FUNNEL_STYLES = {
    FunnelSignificance.HIGH_998: _Style("^", "#D55E00", filled=True),
    FunnelSignificance.HIGH_95: _Style("^", "#E69F00", filled=False),
    FunnelSignificance.WITHIN: _Style("o", "#999999", filled=True),
    FunnelSignificance.LOW_95: _Style("v", "#56B4E9", filled=False),
    FunnelSignificance.LOW_998: _Style("v", "#0072B2", filled=True),
}
# Points that cannot be classified (no national rate or no control limits): hollow squares.
_UNCLASSIFIED_STYLE = _Style("s", "#000000", filled=False)
# The caterpillar's interval comparisons with the national rate.
_COMPARISON_STYLES = {
    Comparison.HIGHER: _Style("^", "#D55E00", filled=True),
    Comparison.SIMILAR: _Style("o", "#999999", filled=True),
    Comparison.LOWER: _Style("v", "#0072B2", filled=True),
}

_WORDS = {
    "funnel_title": Bilingual(
        "Funnel plot: rates per {per} against the national rate",
        "Siart twmffat: cyfraddau fesul {per} o’u cymharu â’r gyfradd genedlaethol",
    ),
    "funnel_title_target": Bilingual(
        "Funnel plot: rates per {per} against the comparison value",
        "Siart twmffat: cyfraddau fesul {per} o’u cymharu â’r gwerth cymharu",
    ),
    "caterpillar_title": Bilingual(
        "Rates per {per} with {level} confidence intervals, highest first",
        "Cyfraddau fesul {per} gyda chyfyngau hyder {level}, yr uchaf yn gyntaf",
    ),
    "population": Bilingual("Population", "Poblogaeth"),
    "rate": Bilingual("Rate per {per}", "Cyfradd fesul {per}"),
    "national": Bilingual(
        "National rate: {value} per {per}", "Cyfradd genedlaethol: {value} fesul {per}"
    ),
    "target": Bilingual(
        "Comparison value: {value} per {per}", "Gwerth cymharu: {value} fesul {per}"
    ),
    "limits_95": Bilingual("95% control limits", "Terfynau rheoli 95%"),
    "limits_998": Bilingual("99.8% control limits", "Terfynau rheoli 99.8%"),
    "unclassified": Bilingual("Not classified", "Heb eu dosbarthu"),
    "interval": Bilingual("{level} confidence interval", "Cyfwng hyder {level}"),
    "source": Bilingual("Source: {source}", "Ffynhonnell: {source}"),
    "suppressed": Bilingual(
        "Suppressed, not shown: {names}.", "Wedi’u hatal, heb eu dangos: {names}."
    ),
    "method": Bilingual(
        "Control limits at 95% and 99.8% around the national rate, by the PHE method.",
        "Terfynau rheoli 95% a 99.8% o gwmpas y gyfradd genedlaethol, yn ôl dull PHE.",
    ),
    "method_target": Bilingual(
        "Control limits at 95% and 99.8% around the comparison value, by the PHE method.",
        "Terfynau rheoli 95% a 99.8% o gwmpas y gwerth cymharu, yn ôl dull PHE.",
    ),
    "not_pooled": Bilingual(
        "No national rate and no control limits: the national rate cannot be pooled "
        "because cells are suppressed.",
        "Dim cyfradd genedlaethol a dim terfynau rheoli: ni ellir cyfuno’r gyfradd "
        "genedlaethol gan fod celloedd wedi’u hatal.",
    ),
    "not_compared": Bilingual(
        "Not compared: the national rate cannot be pooled because cells are suppressed.",
        "Heb gymharu: ni ellir cyfuno’r gyfradd genedlaethol gan fod celloedd wedi’u hatal.",
    ),
    "no_limits": Bilingual(
        "No control limits: limits around a rate of 0 are empty.",
        "Dim terfynau rheoli: mae terfynau o gwmpas cyfradd o 0 yn wag.",
    ),
    "nothing": Bilingual(
        "Nothing to show: every authority's figures are suppressed.",
        "Dim i’w ddangos: mae ffigurau pob awdurdod wedi’u hatal.",
    ),
}


def _say(key: str, lang: Language, **values: object) -> str:
    return _WORDS[key].in_(lang).format(**values)


def _number(value: float) -> str:
    """A rate as a reader sees it: rounded half away from zero to one place, with separators."""
    return f"{round_half_away(value, 1):,}"


# --------------------------------------------------------------------------- arguments


def _check_table(table: object) -> RateTable:
    if not isinstance(table, RateTable):
        msg = f"'table' ({v.describe(table)}) must be a RateTable."
        cy = f"'table' ({v.describe(table)}): rhaid i’r gwerth fod yn RateTable."
        raise InvalidRateError(msg, cy=cy)
    return table


def _source_text(source: object, lang: Language) -> str | None:
    if source is None or isinstance(source, Bilingual):
        return None if source is None else source.in_(lang)
    v.text(max_length=500).check(None, "source", source)
    return str(source)


def _title_text(title: object, lang: Language, default: str, period: str | None) -> str:
    if title is None:
        return default if period is None else f"{default}, {period}"
    if isinstance(title, Bilingual):
        return title.in_(lang)
    v.text(max_length=500).check(None, "title", title)
    return str(title)


def _canvas(
    ax: matplotlib.axes.Axes | None, feature: str, size: tuple[float, float]
) -> tuple[matplotlib.figure.Figure, matplotlib.axes.Axes]:
    """The figure and axes to draw on: *ax*'s, or a new figure with one axes."""
    figures = require("matplotlib.figure", "plot", feature)
    if ax is None:
        figure = figures.Figure(figsize=size, layout="constrained")
        return figure, figure.add_subplot()
    axes = require("matplotlib.axes", "plot", feature)
    if not isinstance(ax, axes.Axes):
        msg = f"'ax' ({v.describe(ax)}) must be a matplotlib Axes, or None for a new figure."
        cy = (
            f"'ax' ({v.describe(ax)}): rhaid i’r gwerth fod yn Axes matplotlib, neu’n None am "
            "ffigur newydd."
        )
        raise InvalidFieldError(msg, cy=cy)
    return ax.get_figure(root=True), ax


def _published(table: RateTable) -> list[tuple[Any, Rate]]:
    return [(place, item) for place, item in table.rates.items() if isinstance(item, Rate)]


def _notes(table: RateTable, lang: Language, source: str | None, extra: list[str]) -> str:
    lines = list(extra)
    hidden = [
        place.name.in_(lang) for place, item in table.rates.items() if isinstance(item, Suppressed)
    ]
    if hidden:
        lines.append(_say("suppressed", lang, names=", ".join(hidden)))
    if source is not None:
        lines.append(_say("source", lang, source=source))
    return "\n".join(lines)


def _centre(table: RateTable, target: float | None) -> float | None:
    """The value the funnel is drawn around: *target*, the national rate, or None if unpooled."""
    if target is not None:
        return finite_number("target", target)
    try:
        return table.national().value
    except SuppressedValueError:
        return None


def _note(axes: matplotlib.axes.Axes, text: str, *, below: Any) -> None:  # noqa: ANN401 (a matplotlib Text)
    """Write *text* under the axes' left edge, below the *below* artist (or the axes)."""
    if not text:
        return
    axes.annotate(
        text,
        xy=(0.0, 0.0),
        xycoords=("axes fraction", "axes fraction" if below is None else below),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize="small",
        gid="source-note",
        annotation_clip=False,
    )


def _nothing(
    figure: matplotlib.figure.Figure,
    ax: matplotlib.axes.Axes,
    lang: Language,
    title: str,
    note: str,
) -> matplotlib.figure.Figure:
    ax.set_title(title)
    ax.set_axis_off()
    ax.text(0.5, 0.5, _say("nothing", lang), ha="center", va="center", transform=ax.transAxes)
    _note(ax, note, below=None)
    return figure


# --------------------------------------------------------------------------- funnel


def _populations(low: int, high: int) -> list[int]:
    """Whole populations spread evenly on a log scale from *low* to *high*, both included."""
    start, stop = math.log(low), math.log(high)
    step = (stop - start) / (_CURVE_POINTS - 1)
    values = {round(math.exp(start + i * step)) for i in range(_CURVE_POINTS)}
    return sorted(values | {low, high})


def _limits(table: RateTable, centre: float, low: int, high: int) -> tuple[FunnelLimits, ...]:
    """Control limits around *centre* from *low* to *high*, or none if they cannot be drawn."""
    try:
        return funnel(centre, _populations(low, high), per=table.per, kind=table.funnel_kind)
    except InvalidRateError:  # a rate of 0: Poisson limits around it are empty
        return ()


def plot_funnel(  # noqa: PLR0913 (all but the table are keywords)
    table: RateTable,
    *,
    lang: Language | str = Language.EN,
    ax: matplotlib.axes.Axes | None = None,
    title: str | Bilingual | None = None,
    source: str | Bilingual | None = None,
    target: float | None = None,
) -> matplotlib.figure.Figure:
    """Draw the funnel plot of *table*: each authority's rate against its population.

    The national (pooled) rate is a horizontal line, and the 95% and 99.8%
    control limits around it (:func:`~carewales.rates.funnel_limits`, exact
    Poisson limits for rates and Wilson-score limits for proportions, as
    PHEindicatormethods computes them) are curves across the populations.
    Each published authority is a point labelled with its name in *lang*;
    its classification (:class:`~carewales.rates.FunnelSignificance`) is
    shown by colour and by marker: triangles up above the limits, down below,
    filled beyond 99.8% and hollow between 95% and 99.8%, circles within.
    Suppressed authorities are left out and named in the note at the bottom.

    Args:
        table: the table to draw.
        lang: the language of every word, ``"en"`` or ``"cy"``.
        ax: matplotlib axes to draw on; by default a new figure.
        title: the title (a str, or a :class:`~carewales.text.Bilingual`
            chosen by *lang*); by default one that names the multiplier and
            the table's period.
        source: where the figures come from, for the note at the bottom.
        target: the value to draw the funnel around, in the table's units; by
            default the pooled national rate.  When cells are suppressed the
            national rate cannot be pooled, so without *target* the points are
            drawn unclassified, with no line or limits, and the note says why.

    Returns:
        The figure (the one *ax* belongs to, when given).  A table whose every
        authority is suppressed gives a figure that says there is nothing to show.

    Raises:
        MissingExtraError: without matplotlib (install ``carewales[plot]``).
        InvalidRateError: if *table* is not a :class:`~carewales.rates.RateTable`
            or *target* is not a finite number.
        InvalidFieldError: for an *ax* that is not matplotlib axes.
        InvalidTextError: for a blank or non-str *title* or *source*.
        UnknownLanguageError: for a language other than English or Welsh.
    """
    chosen = _check_table(table)
    language = Language.parse(lang)
    per = f"{chosen.per:,}"
    default = _say("funnel_title" if target is None else "funnel_title_target", language, per=per)
    heading = _title_text(title, language, default, chosen.period)
    note = _source_text(source, language)
    figure, axes = _canvas(ax, "carewales.rates.plots.plot_funnel", _SIZE)
    published = _published(chosen)
    if not published:
        return _nothing(figure, axes, language, heading, _notes(chosen, language, note, []))
    centre = _centre(chosen, target)
    extra: list[str] = []
    if centre is None:
        extra.append(_say("not_pooled", language))
        classes: dict[Any, FunnelSignificance | None] = dict.fromkeys(a for a, _ in published)
    else:
        label = "national" if target is None else "target"
        axes.axhline(
            centre,
            color=_NATIONAL_COLOUR,
            linewidth=1.2,
            gid="national",
            label=_say(label, language, value=_number(centre), per=per),
        )
        populations = [item.population for _, item in published]
        low = max(1, math.floor(min(populations) * (1 - _MARGIN)))
        high = math.ceil(max(populations) * (1 + _MARGIN))
        limits = _limits(chosen, centre, low, high)
        if limits:
            extra.append(_say("method" if target is None else "method_target", language))
            _draw_limits(axes, limits, language)
            comparisons = chosen.funnel_comparisons(centre)
            classes = {a: comparisons[a] for a, _ in published}  # type: ignore[misc]
        else:
            extra.append(_say("no_limits", language))
            classes = _classes_without_limits(chosen, published, target)
    _draw_points(axes, published, classes, language)
    axes.set_title(heading)
    axes.set_xlabel(_say("population", language))
    axes.set_ylabel(_say("rate", language, per=per))
    axes.set_ylim(bottom=0)
    axes.grid(visible=True, linewidth=0.3)
    axes.legend(loc="upper right", fontsize="small")
    _note(axes, _notes(chosen, language, note, extra), below=axes.xaxis.label)
    return figure


def _classes_without_limits(
    table: RateTable, published: list[tuple[Any, Rate]], target: float | None
) -> dict[Any, FunnelSignificance | None]:
    """The classes when no limits can be drawn: the table's own, or none if it has none.

    A pooled rate of 0 (every count 0) puts every authority within its limits, as
    :meth:`~carewales.rates.RateTable.funnel_comparisons` says; around a target of 0
    there is no classification.
    """
    try:
        comparisons = table.funnel_comparisons(target)
    except InvalidRateError:  # a target of 0: Poisson limits around it are empty
        return dict.fromkeys(a for a, _ in published)
    return {a: comparisons[a] for a, _ in published}  # type: ignore[misc]


def _draw_limits(
    axes: matplotlib.axes.Axes, limits: tuple[FunnelLimits, ...], lang: Language
) -> None:
    xs = [item.population for item in limits]
    for level in ("95", "998"):
        for side in ("upper", "lower"):
            axes.plot(
                xs,
                [getattr(item, f"{side}_{level}") for item in limits],
                color=_LIMIT_COLOUR[level],
                linestyle=_LIMIT_STYLE[level],
                linewidth=1.0,
                gid=f"limit-{side}-{level}",
                label=_say(f"limits_{level}", lang) if side == "upper" else "_nolegend_",
            )


def _draw_points(
    axes: matplotlib.axes.Axes,
    published: list[tuple[Any, Rate]],
    classes: dict[Any, FunnelSignificance | None],
    lang: Language,
) -> None:
    groups: list[FunnelSignificance | None] = [*_FUNNEL_STYLES, None]
    for group in groups:
        members = [(a, r) for a, r in published if classes[a] is group]
        if not members:
            continue
        style = _UNCLASSIFIED_STYLE if group is None else _FUNNEL_STYLES[group]
        axes.plot(
            [r.population for _, r in members],
            [r.value for _, r in members],
            linestyle="none",
            marker=style.marker,
            markersize=7,
            color=style.colour,
            markerfacecolor=style.face,
            markeredgecolor=style.colour,
            gid="points-unclassified" if group is None else f"points-{group.value}",
            label=_say("unclassified", lang) if group is None else group.label.in_(lang),
        )
        for place, item in members:
            axes.annotate(
                place.name.in_(lang),
                (item.population, item.value),
                xytext=(4, 3),
                textcoords="offset points",
                fontsize="x-small",
                gid=f"label-{place.code}",
            )


# --------------------------------------------------------------------------- caterpillar


def plot_caterpillar(  # noqa: PLR0913 (all but the table are keywords)
    table: RateTable,
    *,
    lang: Language | str = Language.EN,
    ax: matplotlib.axes.Axes | None = None,
    title: str | Bilingual | None = None,
    source: str | Bilingual | None = None,
    target: float | None = None,
) -> matplotlib.figure.Figure:
    """Draw the caterpillar chart of *table*: rates ranked, highest at the top, with intervals.

    Each published authority is a point at its rate with its confidence
    interval as a horizontal bar, on a row labelled with its name in *lang*;
    the national (pooled) rate is a vertical line.  Each point's colour and
    marker say how its interval compares with the national rate
    (:class:`~carewales.rates.Comparison`): a triangle up when significantly
    higher, down when lower, a circle when similar.  Equal rates keep the
    table's order.  Suppressed authorities are left out and named in the note.

    Args:
        table: the table to draw.
        lang: the language of every word, ``"en"`` or ``"cy"``.
        ax: matplotlib axes to draw on; by default a new figure.
        title: the title (a str, or a :class:`~carewales.text.Bilingual`
            chosen by *lang*); by default one that names the multiplier, the
            confidence level and the table's period.
        source: where the figures come from, for the note at the bottom.
        target: the value to compare with and draw as the line, in the
            table's units; by default the pooled national rate (none when cells
            are suppressed: the points are then unclassified and the note says why).

    Returns:
        The figure (the one *ax* belongs to, when given).  A table whose every
        authority is suppressed gives a figure that says there is nothing to show.

    Raises:
        MissingExtraError: without matplotlib (install ``carewales[plot]``).
        InvalidRateError: if *table* is not a :class:`~carewales.rates.RateTable`
            or *target* is not a finite number.
        InvalidFieldError: for an *ax* that is not matplotlib axes.
        InvalidTextError: for a blank or non-str *title* or *source*.
        UnknownLanguageError: for a language other than English or Welsh.
    """
    chosen = _check_table(table)
    language = Language.parse(lang)
    per = f"{chosen.per:,}"
    level = f"{chosen.confidence * 100:.10g}%"
    default = _say("caterpillar_title", language, per=per, level=level)
    heading = _title_text(title, language, default, chosen.period)
    note = _source_text(source, language)
    published = _published(chosen)
    height = max(_SIZE[1], 1.5 + 0.3 * len(published))
    figure, axes = _canvas(ax, "carewales.rates.plots.plot_caterpillar", (_SIZE[0], height))
    if not published:
        return _nothing(figure, axes, language, heading, _notes(chosen, language, note, []))
    ranked = sorted(published, key=lambda item: item[1].exact_value, reverse=True)
    centre = _centre(chosen, target)
    extra: list[str] = []
    if centre is None:
        extra.append(_say("not_compared", language))
        kinds: dict[Any, Comparison | None] = dict.fromkeys(a for a, _ in published)
    else:
        label = "national" if target is None else "target"
        axes.axvline(
            centre,
            color=_NATIONAL_COLOUR,
            linewidth=1.2,
            gid="national",
            label=_say(label, language, value=_number(centre), per=per),
        )
        comparisons = chosen.comparisons(centre)
        kinds = {a: comparisons[a] for a, _ in published}  # type: ignore[misc]
    count = len(ranked)
    positions = {place: count - index for index, (place, _) in enumerate(ranked)}
    groups: list[Comparison | None] = [*_COMPARISON_STYLES, None]
    for group in groups:
        members = [(a, r) for a, r in ranked if kinds[a] is group]
        if not members:
            continue
        style = _UNCLASSIFIED_STYLE if group is None else _COMPARISON_STYLES[group]
        axes.errorbar(
            [r.value for _, r in members],
            [positions[a] for a, _ in members],
            xerr=[
                [r.value - r.lower for _, r in members],
                [r.upper - r.value for _, r in members],
            ],
            linestyle="none",
            marker=style.marker,
            color=style.colour,
            markerfacecolor=style.face,
            markeredgecolor=style.colour,
            capsize=2,
            gid="points-unclassified" if group is None else f"points-{group.value}",
            label=_say("unclassified", language) if group is None else group.label.in_(language),
        )
    axes.set_yticks([positions[a] for a, _ in ranked], [a.name.in_(language) for a, _ in ranked])
    axes.set_ylim(0.4, count + 0.6)
    axes.set_title(heading)
    axes.set_xlabel(
        _say("rate", language, per=per) + " · " + _say("interval", language, level=level)
    )
    axes.grid(visible=True, axis="x", linewidth=0.3)
    axes.legend(loc="lower right", fontsize="small")
    _note(axes, _notes(chosen, language, note, extra), below=axes.xaxis.label)
    return figure


# --------------------------------------------------------------------------- saving


def save(figure: matplotlib.figure.Figure, path: str | os.PathLike[str]) -> None:
    """Write *figure* to *path* as SVG or PNG, chosen by the path's suffix.

    The SVG keeps its words as text (searchable, and read by screen readers)
    and carries no date, so the same figure gives the same file.

    Args:
        figure: a figure from :func:`plot_funnel` or :func:`plot_caterpillar`
            (any matplotlib figure).
        path: where to write it, ending in ``.svg`` or ``.png`` (any case).

    Raises:
        MissingExtraError: without matplotlib (install ``carewales[plot]``).
        InvalidChoiceError: for any other suffix.
        InvalidFieldError: if *figure* is not a matplotlib figure, or *path* is not a path.
    """
    given: object = path
    if not isinstance(given, (str, os.PathLike)):
        msg = f"'path' ({v.describe(given)}) must be a file path ending in .svg or .png."
        cy = (
            f"'path' ({v.describe(given)}): rhaid i’r gwerth fod yn llwybr ffeil sy’n gorffen "
            "â .svg neu .png."
        )
        raise InvalidFieldError(msg, cy=cy)
    target = Path(given)
    kind = _FORMATS.get(target.suffix.lower())
    if kind is None:
        msg = (
            f"'path' ({str(target)!r}) must end in .svg or .png: "
            "the picture is written as SVG or PNG, chosen by the suffix."
        )
        cy = (
            f"'path' ({str(target)!r}): rhaid i’r gwerth orffen â .svg neu .png: ysgrifennir y "
            "llun fel SVG neu PNG, yn ôl yr ôl-ddodiad."
        )
        raise InvalidChoiceError(msg, cy=cy)
    figures = require("matplotlib.figure", "plot", "carewales.rates.plots.save")
    if not isinstance(figure, figures.Figure):
        msg = f"'figure' ({v.describe(figure)}) must be a matplotlib Figure."
        cy = f"'figure' ({v.describe(figure)}): rhaid i’r gwerth fod yn Figure matplotlib."
        raise InvalidFieldError(msg, cy=cy)
    agg = require("matplotlib.backends.backend_agg", "plot", "carewales.rates.plots.save")
    mpl = require("matplotlib", "plot", "carewales.rates.plots.save")
    agg.FigureCanvasAgg(figure)
    metadata = {"Date": None} if kind == "svg" else {"Software": None}
    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "carewales"}):
        figure.savefig(target, format=kind, metadata=metadata)

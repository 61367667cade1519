"""Tests of carewales.rates.plots: the funnel plot and caterpillar chart, by their content."""

from __future__ import annotations

import importlib
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from carewales import all_authorities
from carewales.errors import (
    InvalidChoiceError,
    InvalidFieldError,
    InvalidRateError,
    InvalidTextError,
    MissingExtraError,
    UnknownLanguageError,
)
from carewales.rates import (
    Comparison,
    FunnelSignificance,
    Rate,
    RateRow,
    RateTable,
    Suppressed,
    funnel_limits,
    plots,
)
from carewales.rates.plots import plot_caterpillar, plot_funnel, save
from carewales.testing import rate_tables
from carewales.text import Bilingual

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

#: English words the figures use; none may appear in a Welsh figure.
ENGLISH = frozenset(
    {
        "above",
        "and",
        "below",
        "by",
        "comparison",
        "confidence",
        "control",
        "funnel",
        "interval",
        "limit",
        "limits",
        "method",
        "national",
        "no",
        "not",
        "nothing",
        "per",
        "population",
        "rate",
        "rates",
        "shown",
        "significantly",
        "similar",
        "source",
        "suppressed",
        "the",
        "to",
        "within",
        "show",
        "classified",
        "higher",
        "lower",
        "highest",
        "first",
        "with",
        "against",
        "plot",
        "pooled",
    }
)


def example() -> RateTable:
    """The bundled example, read as the command line reads it."""
    text = files("carewales").joinpath("data", "example_rates.csv").read_text(encoding="utf-8")
    return RateTable.from_csv(
        io.StringIO(text), count="children_looked_after", population="population_under_18"
    )


def small() -> RateTable:
    """Powys below the 99.8% limit, Newport above it, Cardiff within."""
    return RateTable(
        [
            RateRow("Powys", 140, 26_400),
            RateRow("Newport", 504, 30_400),
            RateRow("Cardiff", 660, 66_400),
        ]
    )


def five() -> RateTable:
    """Against a target of 50: one authority in each of the five funnel classes."""
    return RateTable(
        [
            RateRow("Newport", 140, 20_000),
            RateRow("Conwy", 125, 20_000),
            RateRow("Cardiff", 100, 20_000),
            RateRow("Powys", 76, 20_000),
            RateRow("Gwynedd", 60, 20_000),
        ]
    )


def axes_of(figure: Figure) -> Axes:
    (ax,) = figure.axes
    return ax


def line(ax: Axes, gid: str) -> Line2D:
    (found,) = [item for item in ax.get_lines() if item.get_gid() == gid]
    return found


def gids(ax: Axes) -> set[str]:
    return {str(item.get_gid()) for item in ax.get_lines()}


def point_lines(ax: Axes) -> list[Line2D]:
    return [item for item in ax.get_lines() if str(item.get_gid()).startswith("points-")]


def points(ax: Axes) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for item in point_lines(ax) for x, y in item.get_xydata()]


def bars(ax: Axes) -> list[tuple[float, float]]:
    """The caterpillar's points (rate, position), from its error bars."""
    data = [container.lines[0] for container in ax.containers]
    return [(float(x), float(y)) for item in data for x, y in item.get_xydata()]


def note(ax: Axes) -> str:
    (found,) = [text for text in ax.texts if text.get_gid() == "source-note"]
    return found.get_text()


def words(figure: Figure) -> list[str]:
    """Every text a reader sees in the figure: titles, labels, ticks, legend, notes."""
    ax = axes_of(figure)
    found = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    found += [text.get_text() for text in ax.texts]
    found += [label.get_text() for label in ax.get_yticklabels()]
    legend = ax.get_legend()
    if legend is not None:
        found += [text.get_text() for text in legend.get_texts()]
    return [text for text in found if text]


def published(table: RateTable) -> dict[Any, Rate]:
    return {a: r for a, r in table.rates.items() if isinstance(r, Rate)}


class TestModule:
    def test_import_needs_no_matplotlib(self) -> None:
        """Importing the module never imports matplotlib, even when it is not installed."""
        code = (
            "import sys; sys.modules['matplotlib'] = None; "
            "import carewales.rates.plots; "
            "print(sorted(m for m in sys.modules if m.startswith('matplotlib') "
            "and sys.modules[m] is not None))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "[]"

    @pytest.mark.parametrize("draw", [plot_funnel, plot_caterpillar])
    def test_missing_matplotlib_names_the_extra(
        self, monkeypatch: pytest.MonkeyPatch, draw: Any
    ) -> None:
        """Without matplotlib a picture raises MissingExtraError naming the plot extra."""
        for name in [m for m in sys.modules if m.startswith("matplotlib")]:
            monkeypatch.setitem(sys.modules, name, None)
        monkeypatch.delitem(sys.modules, "carewales.rates.plots")
        fresh = importlib.import_module("carewales.rates.plots")
        with pytest.raises(MissingExtraError, match=r"carewales\[plot\]"):
            getattr(fresh, draw.__name__)(small())

    def test_save_without_matplotlib_names_the_extra(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """save() without matplotlib raises MissingExtraError naming the plot extra."""
        figure = plot_funnel(small())
        monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
        with pytest.raises(MissingExtraError, match=r"carewales\[plot\]") as caught:
            save(figure, tmp_path / "f.svg")
        assert isinstance(caught.value, ModuleNotFoundError)

    def test_all(self) -> None:
        """The public names are the three functions."""
        assert plots.__all__ == ["plot_caterpillar", "plot_funnel", "save"]


class TestFunnel:
    def test_points_are_the_authorities(self) -> None:
        """One point per authority, at (population, rate value), labelled with its name."""
        table = example()
        ax = axes_of(plot_funnel(table))
        rates = published(table)
        assert len(points(ax)) == len(rates) == 22
        assert sorted(points(ax)) == sorted((float(r.population), r.value) for r in rates.values())
        labels = {t.get_text(): t.xy for t in ax.texts if str(t.get_gid()).startswith("label-")}
        assert labels == {a.name.en: (r.population, r.value) for a, r in rates.items()}

    def test_national_line(self) -> None:
        """The pooled line is at table.national().value, across the whole plot."""
        table = example()
        ax = axes_of(plot_funnel(table))
        national = line(ax, "national")
        assert list(national.get_ydata()) == [table.national().value] * 2
        assert national.get_label() == f"National rate: {table.national().value:.1f} per 10,000"

    @pytest.mark.parametrize("level", ["95", "998"])
    @pytest.mark.parametrize("side", ["upper", "lower"])
    def test_limits_are_funnel_limits(self, level: str, side: str) -> None:
        """Each limit curve equals funnel_limits at its populations, and spans every authority."""
        table = example()
        ax = axes_of(plot_funnel(table))
        curve = line(ax, f"limit-{side}-{level}")
        xs, ys = list(curve.get_xdata()), list(curve.get_ydata())
        assert len(xs) >= 100
        assert xs == sorted(xs)
        populations = [r.population for r in published(table).values()]
        assert xs[0] < min(populations)
        assert xs[-1] > max(populations)
        centre = table.national().value
        for index in (0, 10, len(xs) // 2, len(xs) - 1):
            expected = funnel_limits(centre, int(xs[index]))
            assert ys[index] == getattr(expected, f"{side}_{level}")

    def test_upper_limits_narrow(self) -> None:
        """The 99.8% limits lie outside the 95% limits, closing in as the population grows."""
        ax = axes_of(plot_funnel(example()))
        upper95 = list(line(ax, "limit-upper-95").get_ydata())
        upper998 = list(line(ax, "limit-upper-998").get_ydata())
        lower95 = list(line(ax, "limit-lower-95").get_ydata())
        assert all(a > b > c for a, b, c in zip(upper998, upper95, lower95, strict=True))
        assert upper95[0] > upper95[-1]

    @pytest.mark.parametrize(("table", "target"), [(example(), None), (five(), 50)])
    def test_classification_by_colour_and_marker(
        self, table: RateTable, target: float | None
    ) -> None:
        """Each point is drawn in its classification's style, as funnel_comparisons says."""
        ax = axes_of(plot_funnel(table, target=target))
        classes = table.funnel_comparisons(target)
        seen = set()
        for item in point_lines(ax):
            group = FunnelSignificance(str(item.get_gid()).removeprefix("points-"))
            style = plots._FUNNEL_STYLES[group]
            assert item.get_marker() == style.marker
            assert item.get_markeredgecolor() == style.colour
            assert item.get_markerfacecolor() == style.face
            assert item.get_linestyle() == "None"
            assert item.get_label() == group.label.en
            for x, y in item.get_xydata():
                (place,) = [
                    a for a, r in published(table).items() if (r.population, r.value) == (x, y)
                ]
                assert classes[place] is group
                seen.add(place)
        assert seen == set(published(table))
        if target is not None:
            assert {classes[a] for a in seen} == set(FunnelSignificance)

    def test_styles_differ_by_more_than_colour(self) -> None:
        """Every class has its own marker and fill: colour is never the only cue."""
        styles = [*plots._FUNNEL_STYLES.values(), plots._UNCLASSIFIED_STYLE]
        shapes = {(s.marker, s.face == "white") for s in styles}
        assert len(shapes) == len(styles)
        assert len({s.colour for s in plots._FUNNEL_STYLES.values()}) == len(FunnelSignificance)
        above = plots._FUNNEL_STYLES[FunnelSignificance.HIGH_998].marker
        below = plots._FUNNEL_STYLES[FunnelSignificance.LOW_998].marker
        assert (above, below) == ("^", "v")

    def test_small_table_classes(self) -> None:
        """Powys is below the 99.8% limit, Newport above it, Cardiff within."""
        ax = axes_of(plot_funnel(small()))
        assert gids(ax) >= {"points-low-99.8", "points-high-99.8", "points-within"}
        assert "points-high-95" not in gids(ax)
        (x, y) = line(ax, "points-low-99.8").get_xydata()[0]
        assert (x, y) == (26_400, small().rate("Powys").value)  # type: ignore[union-attr]

    def test_english_texts(self) -> None:
        """Title, axis labels, legend and note are in English."""
        figure = plot_funnel(example(), source="Example data")
        ax = axes_of(figure)
        assert ax.get_title() == "Funnel plot: rates per 10,000 against the national rate"
        assert ax.get_xlabel() == "Population"
        assert ax.get_ylabel() == "Rate per 10,000"
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend == [
            "National rate: 88.1 per 10,000",
            "95% control limits",
            "99.8% control limits",
            "Above the 99.8% control limit",
            "Within the control limits",
            "Below the 95% control limit",
            "Below the 99.8% control limit",
        ]
        assert note(ax) == (
            "Control limits at 95% and 99.8% around the national rate, by the PHE method.\n"
            "Source: Example data"
        )

    def test_welsh_texts(self) -> None:
        """In Welsh every word is Welsh: no English but the authorities' (Welsh) names."""
        table = example()
        figure = plot_funnel(table, lang="cy", source=Bilingual("Example", "Enghraifft"))
        ax = axes_of(figure)
        assert ax.get_title() == (
            "Siart twmffat: cyfraddau fesul 10,000 o’u cymharu â’r gyfradd genedlaethol"
        )
        assert ax.get_xlabel() == "Poblogaeth"
        assert ax.get_ylabel() == "Cyfradd fesul 10,000"
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend[:3] == [
            "Cyfradd genedlaethol: 88.1 fesul 10,000",
            "Terfynau rheoli 95%",
            "Terfynau rheoli 99.8%",
        ]
        assert "Uwchlaw’r terfyn rheoli 99.8%" in legend
        assert note(ax).endswith("Ffynhonnell: Enghraifft")
        labels = {t.get_text() for t in ax.texts if str(t.get_gid()).startswith("label-")}
        assert labels == {a.name.cy for a in table.authorities}
        assert {"Ynys Môn", "Caerdydd", "Abertawe"} <= labels
        assert_welsh(figure)

    def test_title_and_period(self) -> None:
        """The default title ends with the table's period; a str or Bilingual replaces it."""
        dated = attrs.evolve(small(), period="2020-21")
        assert axes_of(plot_funnel(dated)).get_title() == (
            "Funnel plot: rates per 10,000 against the national rate, 2020-21"
        )
        assert axes_of(plot_caterpillar(dated, lang="cy")).get_title() == (
            "Cyfraddau fesul 10,000 gyda chyfyngau hyder 95%, yr uchaf yn gyntaf, 2020-21"
        )
        assert axes_of(plot_funnel(dated, title="Looked after")).get_title() == "Looked after"
        bilingual = Bilingual("Looked after", "Gofal")
        assert axes_of(plot_funnel(dated, lang="cy", title=bilingual)).get_title() == "Gofal"

    def test_draws_on_given_axes(self) -> None:
        """With ax the picture goes on those axes and their figure is returned."""
        figure = Figure()
        left, right = figure.subplots(1, 2)
        assert plot_funnel(small(), ax=right) is figure
        assert len(points(right)) == 3
        assert not left.get_lines()
        sub = Figure().subfigures(1, 2)[0]
        ax = sub.add_subplot()
        assert plot_funnel(small(), ax=ax) is ax.get_figure(root=True)

    def test_target(self) -> None:
        """A target centres the line and limits and classifies against it."""
        table = small()
        ax = axes_of(plot_funnel(table, target=100))
        assert list(line(ax, "national").get_ydata()) == [100.0, 100.0]
        assert line(ax, "national").get_label() == "Comparison value: 100.0 per 10,000"
        curve = line(ax, "limit-upper-95")
        x, y = curve.get_xydata()[5]
        assert y == funnel_limits(100, int(x)).upper_95
        classes = table.funnel_comparisons(100)
        cardiff = line(ax, f"points-{classes[table.authorities[2]].value}")
        assert (66_400, table.rate("Cardiff").value) in [tuple(p) for p in cardiff.get_xydata()]  # type: ignore[union-attr]
        assert "comparison value" in note(ax)

    def test_proportions(self) -> None:
        """A Wilson table (percentages) gets binomial limits."""
        table = RateTable(
            [RateRow("Powys", 80, 200), RateRow("Cardiff", 300, 500)], per=100, method="wilson"
        )
        ax = axes_of(plot_funnel(table))
        assert ax.get_ylabel() == "Rate per 100"
        curve = line(ax, "limit-lower-998")
        x, y = curve.get_xydata()[7]
        expected = funnel_limits(table.national().value, int(x), per=100, kind="proportion")
        assert y == expected.lower_998


class TestFunnelEdges:
    def test_one_authority(self) -> None:
        """A single authority is one point, on the national line and within the limits."""
        table = RateTable([RateRow("Conwy", 200, 21_600)])
        ax = axes_of(plot_funnel(table))
        assert points(ax) == [(21_600.0, table.national().value)]
        assert "points-within" in gids(ax)
        assert {"limit-upper-95", "limit-lower-998"} <= gids(ax)

    def test_suppressed_rows(self) -> None:
        """Suppressed rows are left out and named in the note; with no pooled rate, no line."""
        table = RateTable(
            [
                RateRow("Powys", 140, 26_400),
                RateRow("Newport", "*", 30_400),
                RateRow("Cardiff", 660, "[c]"),
                RateRow("Conwy", 200, 21_600),
            ]
        )
        ax = axes_of(plot_funnel(table))
        assert len(points(ax)) == 2
        assert gids(ax) == {"points-unclassified"}
        assert line(ax, "points-unclassified").get_marker() == plots._UNCLASSIFIED_STYLE.marker
        assert note(ax) == (
            "No national rate and no control limits: the national rate cannot be pooled "
            "because cells are suppressed.\nSuppressed, not shown: Newport, Cardiff."
        )
        welsh = axes_of(plot_funnel(table, lang="cy"))
        assert "Wedi’u hatal, heb eu dangos: Casnewydd, Caerdydd." in note(welsh)
        assert [t.get_text() for t in welsh.get_legend().get_texts()] == ["Heb eu dosbarthu"]

    def test_suppressed_rows_with_target(self) -> None:
        """With a target, a table with suppressed rows gets its line, limits and classes."""
        table = RateTable([RateRow("Powys", 140, 26_400), RateRow("Newport", "..", 30_400)])
        ax = axes_of(plot_funnel(table, target=90))
        assert list(line(ax, "national").get_ydata()) == [90.0, 90.0]
        assert "points-low-99.8" in gids(ax)
        assert note(ax).endswith("Suppressed, not shown: Newport.")

    def test_zero_count(self) -> None:
        """A zero count is a point at rate 0, classified against the limits."""
        table = RateTable([RateRow("Powys", 0, 26_400), RateRow("Cardiff", 660, 66_400)])
        ax = axes_of(plot_funnel(table))
        assert (26_400.0, 0.0) in points(ax)
        assert (26_400.0, 0.0) in [tuple(p) for p in line(ax, "points-low-99.8").get_xydata()]

    def test_all_counts_zero(self) -> None:
        """A national rate of 0 has a line but no limits, and the note says why.

        Every authority is within, as RateTable.funnel_comparisons() (and the text table) says.
        """
        table = RateTable([RateRow("Powys", 0, 26_400), RateRow("Cardiff", 0, 66_400)])
        ax = axes_of(plot_funnel(table))
        assert gids(ax) == {"national", "points-within"}
        assert set(table.funnel_comparisons().values()) == {FunnelSignificance.WITHIN}
        assert len(line(ax, "points-within").get_xydata()) == 2
        assert "Not classified" not in [t.get_text() for t in ax.get_legend().get_texts()]
        assert list(line(ax, "national").get_ydata()) == [0.0, 0.0]
        assert note(ax) == "No control limits: limits around a rate of 0 are empty."
        assert "terfynau o gwmpas cyfradd o 0" in note(axes_of(plot_funnel(table, lang="cy")))

    def test_target_zero_is_unclassified(self) -> None:
        """Around a target of 0 there are no Poisson limits: unclassified points, and why."""
        ax = axes_of(plot_funnel(small(), target=0))
        assert gids(ax) == {"national", "points-unclassified"}
        assert note(ax) == "No control limits: limits around a rate of 0 are empty."

    @pytest.mark.parametrize(
        ("lang", "title"),
        [
            ("en", "Funnel plot: rates per 10,000 against the comparison value"),
            ("cy", "Siart twmffat: cyfraddau fesul 10,000 o’u cymharu â’r gwerth cymharu"),
        ],
    )
    def test_target_title(self, lang: str, title: str) -> None:
        """With a target, the title names the comparison value, not the national rate."""
        assert axes_of(plot_funnel(small(), target=80, lang=lang)).get_title() == title
        assert "national" not in title
        assert "genedlaethol" not in title

    @pytest.mark.parametrize("draw", [plot_funnel, plot_caterpillar])
    @pytest.mark.parametrize("lang", ["en", "cy"])
    def test_all_suppressed(self, draw: Any, lang: str) -> None:
        """Every row suppressed: a figure that says there is nothing to show, not an error."""
        table = RateTable([RateRow("Powys", "*", 26_400), RateRow("Cardiff", "[c]", 66_400)])
        figure = draw(table, lang=lang, source="StatsWales")
        ax = axes_of(figure)
        assert not ax.get_lines()
        assert not ax.axison
        message = {
            "en": "Nothing to show: every authority's figures are suppressed.",
            "cy": "Dim i’w ddangos: mae ffigurau pob awdurdod wedi’u hatal.",
        }[lang]
        assert message in [t.get_text() for t in ax.texts]
        names = {"en": "Powys, Cardiff", "cy": "Powys, Caerdydd"}[lang]
        assert names in note(ax)
        if lang == "cy":
            assert_welsh(figure)

    @settings(max_examples=10)
    @given(rate_tables(max_size=6))
    def test_any_table_is_drawn(self, table: RateTable) -> None:
        """Every generated table draws: one point per published authority, never an error."""
        for draw, find in ((plot_funnel, points), (plot_caterpillar, bars)):
            ax = axes_of(draw(table))
            assert len(find(ax)) == len(published(table))
            hidden = [a.name.en for a, r in table.rates.items() if isinstance(r, Suppressed)]
            assert all(name in note(ax) for name in hidden)


def assert_welsh(figure: Figure) -> None:
    """No English word in any text of the figure."""
    found = {word.lower() for text in words(figure) for word in re.findall(r"[A-Za-z]+", text)}
    assert not found & ENGLISH, found & ENGLISH


class TestCaterpillar:
    def test_ranked_with_intervals(self) -> None:
        """Authorities ranked by rate, highest at the top, each with its interval."""
        table = example()
        ax = axes_of(plot_caterpillar(table))
        rates = published(table)
        ranked = sorted(rates.items(), key=lambda item: item[1].value, reverse=True)
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert labels == [a.name.en for a, _ in ranked]
        assert list(ax.get_yticks()) == list(range(22, 0, -1))
        found = {}
        for container in ax.containers:
            data, _, (bars,) = container.lines
            for (x, y), segment in zip(data.get_xydata(), bars.get_segments(), strict=True):
                found[int(y)] = (x, tuple(segment[0]), tuple(segment[1]))
        assert len(found) == 22
        for position, (_, item) in zip(range(22, 0, -1), ranked, strict=True):
            assert found[position] == (
                item.value,
                (pytest.approx(item.lower), position),
                (pytest.approx(item.upper), position),
            )

    def test_national_line_and_comparisons(self) -> None:
        """The national rate is a vertical line; colours and markers follow comparisons()."""
        table = example()
        ax = axes_of(plot_caterpillar(table))
        national = line(ax, "national")
        assert list(national.get_xdata()) == [table.national().value] * 2
        comparisons = table.comparisons()
        for container in ax.containers:
            data = container.lines[0]
            group = Comparison(str(data.get_gid()).removeprefix("points-"))
            style = plots._COMPARISON_STYLES[group]
            assert (data.get_marker(), data.get_markerfacecolor()) == (style.marker, style.face)
            assert container.get_label() == group.label.en
            members = {a for a, r in published(table).items() if r.value in set(data.get_xdata())}
            assert {comparisons[a] for a in members} == {group}

    def test_english_texts(self) -> None:
        """Title, axis label and legend in English; no note when there is nothing to say."""
        ax = axes_of(plot_caterpillar(small()))
        assert ax.get_title() == "Rates per 10,000 with 95% confidence intervals, highest first"
        assert ax.get_xlabel() == "Rate per 10,000 · 95% confidence interval"
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend == [
            "National rate: 105.8 per 10,000",
            "Significantly higher",
            "Similar",
            "Significantly lower",
        ]
        assert not [t for t in ax.texts if t.get_gid() == "source-note"]

    def test_welsh_texts(self) -> None:
        """In Welsh: the title, axis, legend, names and note."""
        figure = plot_caterpillar(example(), lang="cy", source="Data enghreifftiol")
        ax = axes_of(figure)
        assert ax.get_title() == (
            "Cyfraddau fesul 10,000 gyda chyfyngau hyder 95%, yr uchaf yn gyntaf"
        )
        assert ax.get_xlabel() == "Cyfradd fesul 10,000 · Cyfwng hyder 95%"
        assert "Ynys Môn" in [t.get_text() for t in ax.get_yticklabels()]
        assert note(ax) == "Ffynhonnell: Data enghreifftiol"
        assert_welsh(figure)

    def test_suppressed_and_target(self) -> None:
        """Suppressed rows are left out; without a pooled rate no line, with a target one."""
        table = RateTable([RateRow("Powys", 140, 26_400), RateRow("Newport", "*", 30_400)])
        ax = axes_of(plot_caterpillar(table))
        assert "national" not in gids(ax)
        assert [t.get_text() for t in ax.get_yticklabels()] == ["Powys"]
        assert note(ax) == (
            "Not compared: the national rate cannot be pooled because cells are suppressed.\n"
            "Suppressed, not shown: Newport."
        )
        ax = axes_of(plot_caterpillar(table, target=90, title="T"))
        assert list(line(ax, "national").get_xdata()) == [90.0, 90.0]
        assert "points-lower" in gids(ax)
        assert ax.get_title() == "T"

    def test_height_grows(self) -> None:
        """A long table gets a taller figure, so the names do not overlap."""
        short = plot_caterpillar(small()).get_size_inches()[1]
        tall = plot_caterpillar(example()).get_size_inches()[1]
        assert tall > short


class TestArguments:
    @pytest.mark.parametrize("draw", [plot_funnel, plot_caterpillar])
    def test_junk(self, draw: Any) -> None:
        """Junk in each argument raises the library's error naming it."""
        with pytest.raises(InvalidRateError, match="'table'"):
            draw(object())
        with pytest.raises(UnknownLanguageError):
            draw(small(), lang="fr")
        with pytest.raises(InvalidFieldError, match="'ax'"):
            draw(small(), ax="axes")
        with pytest.raises(InvalidTextError, match="'title'"):
            draw(small(), title="  ")
        with pytest.raises(InvalidTextError, match="'source'"):
            draw(small(), source=3)
        with pytest.raises(InvalidRateError, match="'target'"):
            draw(small(), target=float("nan"))


class TestSave:
    def test_svg(self, tmp_path: Path) -> None:
        """The SVG parses as XML, keeps its words as text, and is the same file each time."""
        figure = plot_funnel(example(), lang="cy", source="Enghraifft")
        path = tmp_path / "funnel.svg"
        assert save(figure, path) is None
        text = path.read_text(encoding="utf-8")
        root = ET.fromstring(text)  # noqa: S314 (our own file)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        content = "".join(root.itertext())
        for expected in ("Poblogaeth", "Cyfradd fesul 10,000", "Ynys Môn", "Terfynau rheoli 95%"):
            assert expected in content
        assert 'id="national"' in text
        again = tmp_path / "again.SVG"
        save(figure, str(again))
        assert again.read_bytes() == path.read_bytes()

    def test_png(self, tmp_path: Path) -> None:
        """The PNG starts with the PNG signature."""
        path = tmp_path / "caterpillar.PNG"
        save(plot_caterpillar(example()), path)
        assert path.read_bytes().startswith(PNG_SIGNATURE)

    @pytest.mark.parametrize("name", ["f.pdf", "f", "f.svg.txt", "f.jpg"])
    def test_other_suffixes_refused(self, tmp_path: Path, name: str) -> None:
        """Any suffix but .svg or .png is refused, naming the rule, and nothing is written."""
        with pytest.raises(InvalidChoiceError, match=r"must end in \.svg or \.png"):
            save(plot_funnel(small()), tmp_path / name)
        assert not list(tmp_path.iterdir())

    def test_junk(self, tmp_path: Path) -> None:
        """A path that is not a path, or a figure that is not a figure, is refused."""
        with pytest.raises(InvalidFieldError, match="'path'"):
            save(plot_funnel(small()), 3)  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'figure'"):
            save("figure", tmp_path / "f.png")  # type: ignore[arg-type]


def test_every_authority_has_a_welsh_name_without_english_words() -> None:
    """The Welsh check is fair: no Welsh authority name holds one of the English words."""
    for place in all_authorities():
        assert not {w.lower() for w in re.findall(r"[A-Za-z]+", place.name.cy)} & ENGLISH


def test_the_table_draws_itself():
    """RateTable.plot_funnel and plot_caterpillar are the plots module's functions."""
    pytest.importorskip("matplotlib")
    table = RateTable.from_csv(
        io.StringIO("authority,count,population\nPowys,140,26400\nCardiff,600,70000\n")
    )
    funnel = table.plot_funnel(lang="cy")
    caterpillar = table.plot_caterpillar()
    assert type(funnel).__name__ == "Figure"
    assert type(caterpillar).__name__ == "Figure"
    assert funnel.axes[0].lines  # the pooled rate and the limits

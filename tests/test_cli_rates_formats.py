"""``carewales rates``: FILE or -, --encoding, --delimiter, refused rows, json, csv and --plot."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from hypothesis import given

from carewales import from_dict, to_dict
from carewales._cli import build_parser, main
from carewales._cli import rates as cli_rates
from carewales.rates import (
    CSV_FIELDS,
    Rate,
    RateRow,
    RateTable,
    Suppressed,
    TableReading,
    read_csv,
    trends,
)
from carewales.testing import _rates as crs

CLEAN = "authority,count,population\nPowys,140,26400\nCardiff,660,66400\n"
MESSY = (
    "Local Authority;Year;Number;Population\n"
    "Powys;2022;140;26400\n"
    "Cardiff;2022;660;66400\n"
    "Wales;2022;800;92800\n"
    "Powys;2023;*;26500\n"
    "Cardiff;2023;700;66500\n"
    "Atlantis;2023;1;2\n"
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def ok(*argv: str) -> tuple[str, str]:
    """Run a command that must succeed; return its standard output and standard error."""
    status, out, err = run(*argv)
    assert status == 0, err
    return out, err


def loaded(*argv: str) -> TableReading:
    """What the command reads for *argv*, through the library's read_csv."""
    return cli_rates._load(build_parser().parse_args(["rates", *argv]))


@pytest.fixture
def messy(tmp_path):
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    return path


class TestCsv:
    def test_header_and_full_precision(self):
        """csv: the library's field names, then each Rate's values at full precision."""
        out, err = ok("rates", "--example", "--format", "csv")
        assert not err
        assert out.splitlines()[0] == ",".join(CSV_FIELDS)
        assert "13,500" not in out
        table = loaded("--example").table
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 22
        for row, (place, item) in zip(rows, table.rates.items(), strict=True):
            assert isinstance(item, Rate)
            assert row["authority"] == place.code
            assert row["authority_name"] == place.name.en
            assert int(row["count"]) == item.count
            assert int(row["population"]) == item.population
            assert float(row["value"]) == item.value
            assert float(row["lower"]) == item.lower
            assert float(row["upper"]) == item.upper
        assert out == table.to_csv()

    @pytest.mark.parametrize(
        "options",
        [
            (),
            ("--per", "1000", "--confidence", "0.998", "--method", "exact"),
            ("--per", "100", "--method", "wilson"),
        ],
    )
    def test_reads_back_to_the_same_table(self, tmp_path, options):
        """The CSV the command writes is read back by read_csv to the same table."""
        out, _ = ok("rates", "--example", "--format", "csv", *options)
        path = tmp_path / "out.csv"
        path.write_text(out, encoding="utf-8")
        back = read_csv(path)
        assert back.table == loaded("--example", *options).table
        assert back.refused == back.notes == ()

    @given(crs.rate_tables(max_size=5))
    def test_any_table_round_trips(self, tmp_path_factory, table):
        """Any table written as CSV, given to the command, comes back from its CSV output."""
        folder = tmp_path_factory.mktemp("rates")
        given_file = folder / "in.csv"
        given_file.write_text(table.to_csv(), encoding="utf-8")
        out, _ = ok("rates", str(given_file), "--format", "csv")
        written = folder / "out.csv"
        written.write_text(out, encoding="utf-8")
        assert read_csv(written).tables == read_csv(given_file).tables == (table,)

    def test_dp(self):
        """--dp rounds the value and limits in csv too."""
        out, _ = ok("rates", "--example", "--format", "csv", "--dp", "1")
        assert out.splitlines()[1].split(",")[4:7] == ["71.9", "58.3", "87.7"]

    def test_periods_under_one_header_and_the_report_on_stderr(self, messy):
        """Several periods share one header; refused rows go to stderr, not into the CSV."""
        out, err = ok("rates", str(messy), "--format", "csv")
        lines = out.splitlines()
        assert lines[0] == ",".join(CSV_FIELDS)
        assert len(lines) == 5
        assert [row["period"] for row in csv.DictReader(io.StringIO(out))] == [
            "2022",
            "2022",
            "2023",
            "2023",
        ]
        assert "Atlantis" not in out
        assert "line 7" in err
        assert "Atlantis" in err


class TestJson:
    def test_example_document(self):
        """json: the reading's document, each table with its results at full precision."""
        out, err = ok("rates", "--example", "--format", "json")
        assert not err
        document = json.loads(out)
        reading = loaded("--example")
        assert document["schema_version"] == 1
        assert document["target"] is None
        (table,) = document["tables"]
        results = table.pop("results")
        body = {k: v for k, v in document.items() if k != "target"}
        assert from_dict(body, TableReading) == reading
        ranks = reading.table.ranks()
        for result, (place, item) in zip(results, reading.table.rates.items(), strict=True):
            assert isinstance(item, Rate)
            assert result["authority"] == place.code
            assert (result["count"], result["population"]) == (item.count, item.population)
            assert (result["value"], result["lower"], result["upper"]) == (
                item.value,
                item.lower,
                item.upper,
            )
            assert result["rank"] == ranks[place]
            comparison = reading.table.comparisons()[place]
            assert result["comparison"] == comparison.value
            assert result["funnel"] == reading.table.funnel_comparisons()[place].value

    def test_refused_rows_totals_and_notes_are_fields(self, messy):
        """Refused rows, total rows and notes are fields of the document."""
        document = json.loads(ok("rates", str(messy), "--format", "json")[0])
        reading = loaded(str(messy))
        assert document["refused"] == to_dict(reading)["refused"]
        assert document["refused"][0]["line"] == 7
        assert document["totals"][0]["name"] == {"en": "Wales", "cy": "Cymru"}
        assert document["totals"] == to_dict(reading)["totals"]
        assert document["notes"] == to_dict(reading)["notes"]
        assert document["notes"]
        assert [t["period"] for t in document["tables"]] == ["2022", "2023"]

    def test_suppressed_cells_and_target(self, messy):
        """A suppressed cell is its symbol; without a target, nothing is compared (null)."""
        document = json.loads(ok("rates", str(messy), "--format", "json")[0])
        powys = document["tables"][1]["results"][0]
        assert powys["count"] == powys["value"] == powys["rank"] == "*"
        cardiff = document["tables"][1]["results"][1]
        assert cardiff["comparison"] is None
        assert cardiff["funnel"] is None
        compared = json.loads(ok("rates", str(messy), "--format", "json", "--target", "90")[0])
        assert compared["target"] == 90.0
        assert compared["tables"][1]["results"][1]["comparison"] == "higher"
        assert compared["tables"][1]["results"][0]["comparison"] == "*"

    def test_results_helper(self):
        """results() gives one entry per row, in the table's order."""
        table = RateTable([RateRow("Powys", Suppressed("*"), 26_400), RateRow("Cardiff", 1, 2)])
        assert [r["authority"] for r in cli_rates.results(table, 0.5)] == [
            "W06000023",
            "W06000015",
        ]


class TestReading:
    def test_clean_file_is_unchanged(self, tmp_path):
        """A clean file prints the table and nothing else, as before."""
        path = tmp_path / "clean.csv"
        path.write_text(CLEAN, encoding="utf-8")
        out, err = ok("rates", str(path))
        assert not err
        assert out == loaded(str(path)).table.render(format="text") + "\n"

    def test_refused_rows_are_reported_and_the_rest_computed(self, messy):
        """Text: one table per period, then the total rows, refused rows and notes; exit 0."""
        out, err = ok("rates", str(messy))
        assert not err
        assert out.startswith("Period: 2022\n\nRates per 10,000")
        assert "\n\nPeriod: 2023\n\n" in out
        assert "Refused rows:\n  line 7, column 'Local Authority' ('Atlantis')" in out
        assert "Total rows" in out
        welsh, _ = ok("rates", str(messy), "--lang", "cy")
        assert welsh.startswith("Cyfnod: 2022")

    def test_several_periods_show_the_changes(self, messy):
        """With several periods, the table of each authority's change follows the tables."""
        out, _ = ok("rates", str(messy))
        reading = loaded(str(messy))
        assert trends(reading.tables).render(format="text") in out
        welsh, _ = ok("rates", str(messy), "--lang", "cy")
        assert trends(reading.tables).render("cy", format="text") in welsh

    def test_markdown_report(self, messy):
        """Markdown: the report's headings are bold."""
        out, _ = ok("rates", str(messy), "--format", "markdown")
        assert "**Refused rows**" in out
        assert "| W06000023 | Powys |" in out

    def test_nothing_readable_is_an_error(self, tmp_path):
        """When every row is refused, nothing is computed: exit 2, naming the refused rows."""
        path = tmp_path / "bad.csv"
        path.write_text("authority,count,population\nAtlantis,1,2\n", encoding="utf-8")
        status, out, err = run("rates", str(path))
        assert status == 2
        assert not out
        assert "Atlantis" in err

    def test_standard_input(self, monkeypatch):
        """`-` reads standard input (as bytes, so the encoding applies)."""
        stdin = io.TextIOWrapper(io.BytesIO(CLEAN.encode("utf-8")), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        out, _ = ok("rates", "-", "--format", "csv")
        assert out.splitlines()[1].startswith("W06000023,Powys,140,26400,")

    def test_encoding_and_delimiter(self, tmp_path):
        """--encoding reads an Excel cp1252 file; --delimiter names the delimiter."""
        path = tmp_path / "excel.csv"
        path.write_bytes("Authority|Count|Population\nYnys Môn|97|13500\n".encode("cp1252"))
        out, _ = ok("rates", str(path), "--encoding", "cp1252", "--delimiter", "|")
        assert "Isle of Anglesey" in out
        status, _, err = run("rates", str(path))
        assert status == 2
        assert err.startswith("carewales: error:")

    def test_period_column_option(self, tmp_path):
        """--period-column names the period column."""
        path = tmp_path / "periods.csv"
        path.write_text("la,when,n,pop\nPowys,A,1,10\nPowys,B,2,10\n", encoding="utf-8")
        argv = ["--authority-column", "la", "--count-column", "n", "--population-column", "pop"]
        out, _ = ok("rates", str(path), *argv, "--period-column", "when", "--format", "json")
        assert [t["period"] for t in json.loads(out)["tables"]] == ["A", "B"]


class TestPlot:
    def test_funnel_svg_in_welsh(self, tmp_path):
        """--plot writes the funnel plot as SVG, its words in the language of --lang."""
        path = tmp_path / "funnel.svg"
        out, _ = ok("rates", "--example", "--plot", str(path), "--lang", "cy")
        assert out.startswith("Cyfraddau fesul 10,000")
        svg = path.read_text(encoding="utf-8")
        assert "Poblogaeth" in svg
        assert "Merthyr Tudful" in svg

    def test_caterpillar_png(self, tmp_path):
        """--plot-kind caterpillar draws the caterpillar chart; a .png path gives a PNG."""
        path = tmp_path / "chart.png"
        ok("rates", "--example", "--plot", str(path), "--plot-kind", "caterpillar")
        assert path.read_bytes().startswith(b"\x89PNG")

    def test_plot_kinds_call_the_library(self, tmp_path, monkeypatch):
        """Each kind is drawn by carewales.rates.plots, with the table, language and target."""
        calls = []

        def fake(kind):
            def draw(table, **options):
                calls.append((kind, table, options))
                return object()

            return draw

        monkeypatch.setitem(cli_rates.PLOTS, "funnel", fake("funnel"))
        monkeypatch.setitem(cli_rates.PLOTS, "caterpillar", fake("caterpillar"))
        monkeypatch.setattr(cli_rates._plots, "save", lambda _figure, path: path)
        ok("rates", "--example", "--plot", str(tmp_path / "x.svg"), "--target", "90")
        ok("rates", "--example", "--plot", "x.png", "--plot-kind", "caterpillar", "--lang", "cy")
        table = loaded("--example").table
        assert calls == [
            ("funnel", table, {"lang": "en", "target": 90.0}),
            ("caterpillar", table, {"lang": "cy", "target": None}),
        ]

    @pytest.mark.parametrize("name", ["plot.pdf", "no/such/folder/plot.svg"])
    def test_bad_paths(self, tmp_path, name):
        """A suffix other than .svg/.png, or a folder that is not there, is an error (exit 2)."""
        status, out, err = run("rates", "--example", "--plot", str(tmp_path / name))
        assert status == 2
        assert not out
        assert err.startswith("carewales: error:")

    def test_without_matplotlib(self, tmp_path, monkeypatch):
        """Without the plot extra the error names the extra to install, with exit 2."""
        for module in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
            monkeypatch.setitem(sys.modules, module, None)
        status, out, err = run("rates", "--example", "--plot", str(tmp_path / "f.svg"))
        assert status == 2
        assert not out
        assert "carewales[plot]" in err

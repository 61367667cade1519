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
        assert out.splitlines()[0] == ",".join((*CSV_FIELDS, "rank", "comparison", "funnel"))
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
            assert int(row["rank"]) == table.ranks()[place]
            assert row["comparison"] == table.comparisons()[place].value  # type: ignore[union-attr]
            assert row["funnel"] == table.funnel_comparisons()[place].value  # type: ignore[union-attr]
        library = table.to_csv().splitlines()
        assert [line.rsplit(",", 3)[0] for line in out.splitlines()] == library

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
        assert lines[0].startswith(",".join(CSV_FIELDS) + ",rank,")
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
        assert table.pop("summary") == to_dict(reading.table.summary())
        assert document["trend"] is None  # one period: no trend
        body = {k: v for k, v in document.items() if k not in {"target", "trend"}}
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


# --- the review of `carewales rates` (issue 14 follow-up) ---------------------------------------

TWO_PERIODS = (
    "authority,period,count,population\n"
    "Powys,A,140,26400\n"
    "Conwy,A,90,21000\n"
    "Powys,B,150,26400\n"
    "Conwy,B,*,21000\n"
    "Cardiff,B,660,66400\n"
)


def write(tmp_path, text, name="in.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def many_periods(tmp_path, count):
    rows = [f"Powys,P{i:03d},{10 + i},26400" for i in range(count)]
    return write(tmp_path, "authority,period,count,population\n" + "\n".join(rows) + "\n")


class TestManyPeriods:
    """Defect 1: more than 100 periods printed the error of TrendTable instead of the tables."""

    def test_text_shows_the_tables_and_the_trend_of_the_last_100(self, tmp_path):
        path = many_periods(tmp_path, 101)
        out, err = ok("rates", path)
        assert not err
        assert out.count("Rates per 10,000") == 101
        reading = loaded(path)
        assert trends(reading.tables[-100:]).render(format="text") in out
        assert "Changes shown for the last 100 of 101 periods" in out
        welsh, _ = ok("rates", path, "--lang", "cy")
        assert "Newidiadau ar gyfer y 100 cyfnod olaf o 101" in welsh

    def test_exactly_100_periods_have_no_note(self, tmp_path):
        path = many_periods(tmp_path, 100)
        out, _ = ok("rates", path)
        assert trends(loaded(path).tables).render(format="text") in out
        assert "Changes shown for the last" not in out

    def test_json_trend_of_the_last_100_and_the_note(self, tmp_path):
        path = many_periods(tmp_path, 101)
        document = json.loads(ok("rates", path, "--format", "json")[0])
        assert len(document["tables"]) == 101
        assert [t["period"] for t in document["trend"]["tables"]] == [
            f"P{i:03d}" for i in range(1, 101)
        ]
        assert document["notes"][-1]["cy"].startswith("Newidiadau ar gyfer y 100 cyfnod olaf")

    def test_trend_helper(self):
        table = RateTable([RateRow("Powys", 1, 10)])
        assert cli_rates.trend([table]) == (None, None)
        assert cli_rates.trend([]) == (None, None)


class TestJsonSummaryAndTrend:
    """Defect 2: json carries the summary (pooled national rate) and the trend."""

    def test_summary_of_each_table(self, messy):
        document = json.loads(ok("rates", str(messy), "--format", "json")[0])
        reading = loaded(str(messy))
        for table, written in zip(reading.tables, document["tables"], strict=True):
            assert written["summary"] == to_dict(table.summary())
        pooled = reading.tables[0].national()
        national = document["tables"][0]["summary"]["national"]
        assert {**national, "schema_version": 1} == to_dict(pooled)
        assert document["tables"][0]["summary"]["national"]["count"] == 800
        assert document["tables"][1]["summary"]["national"] is None  # a cell is suppressed
        assert document["tables"][1]["summary"]["suppressed"] == 1

    def test_trend_document(self, tmp_path):
        path = write(tmp_path, TWO_PERIODS)
        document = json.loads(ok("rates", path, "--format", "json")[0])
        reading = loaded(path)
        trend = document["trend"]
        assert from_dict(
            {"schema_version": 1, "tables": trend["tables"]}, type(trends(reading.tables))
        ) == trends(reading.tables)
        steps = {item["authority"]: item["steps"] for item in trend["changes"]}
        (powys,) = steps["W06000023"]
        assert powys["difference"] == pytest.approx((150 - 140) / 26400 * 10_000)
        assert (powys["before"]["count"], powys["after"]["count"]) == (140, 150)
        assert steps["W06000003"] == ["*"]  # Conwy suppressed in B
        assert steps["W06000015"] == [None]  # Cardiff only in B

    def test_csv_carries_rank_and_comparisons(self, messy):
        out, _ = ok("rates", str(messy), "--format", "csv", "--target", "90")
        rows = list(csv.DictReader(io.StringIO(out)))
        reading = loaded(str(messy))
        later = reading.tables[1]
        assert rows[2]["rank"] == rows[2]["comparison"] == rows[2]["funnel"] == "*"
        assert rows[3]["rank"] == str(later.ranks()[later.authorities[1]])
        assert rows[3]["comparison"] == "higher"
        assert rows[3]["funnel"] == later.funnel_comparisons(90)[later.authorities[1]].value  # type: ignore[union-attr]
        unpooled, _ = ok("rates", str(messy), "--format", "csv")
        cardiff = list(csv.DictReader(io.StringIO(unpooled)))[3]
        assert cardiff["comparison"] == cardiff["funnel"] == ""  # not compared: no national rate


class TestTarget:
    """Defects 3, 4 and 5: --target is checked once, before anything is written; 0 is answered."""

    @pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
    @pytest.mark.parametrize("target", ["nan", "inf", "-inf", "-5"])
    def test_refused_in_every_format(self, fmt, target):
        status, out, err = run("rates", "--example", "--format", fmt, f"--target={target}")
        assert status == 2
        assert not out
        assert "'--target'" in err
        assert "must be a finite number, 0 or more" in err

    def test_proportion_above_the_multiplier(self, tmp_path):
        path = write(tmp_path, "la,done,due\nPowys,80,100\n")
        argv = ["--authority-column", "la", "--count-column", "done"]
        argv += ["--population-column", "due", "--per", "100", "--method", "wilson"]
        status, out, err = run("rates", path, *argv, "--target", "150", "--format", "csv")
        assert status == 2
        assert not out
        assert "from 0 to 100 for proportions" in err
        out, _ = ok("rates", path, *argv, "--target", "100")
        assert "Powys" in out

    @pytest.mark.parametrize("target", ["-5", "nan"])
    def test_no_picture_when_the_command_fails(self, tmp_path, target):
        path = tmp_path / "funnel.png"
        status, out, _ = run("rates", "--example", "--target", target, "--plot", str(path))
        assert status == 2
        assert not out
        assert not path.exists()

    def test_picture_written_after_the_output(self, tmp_path, monkeypatch):
        """The picture is drawn only once the output has been produced."""
        order = []
        output = cli_rates._output

        def produce(*args):
            order.append("output")
            return output(*args)

        monkeypatch.setattr(cli_rates, "_output", produce)
        monkeypatch.setattr(cli_rates, "_plot", lambda *_: order.append("plot"))
        ok("rates", "--example", "--plot", str(tmp_path / "x.svg"))
        assert order == ["output", "plot"]

    def test_zero_in_text(self):
        out, err = ok("rates", "--example", "--target", "0")
        assert not err
        anglesey = next(line for line in out.splitlines() if "Anglesey" in line)
        assert anglesey.split()[-2:] == ["higher", "–"]
        assert "funnel limits around a comparison value of 0 are empty" in out
        welsh, _ = ok("rates", "--example", "--target", "0", "--lang", "cy", "--format", "markdown")
        assert "terfynau twmffat o gwmpas gwerth cymharu o 0 yn wag" in welsh
        assert "| W06000001 | Ynys Môn |" in welsh

    def test_zero_in_json_and_csv(self):
        document = json.loads(ok("rates", "--example", "--target", "0", "--format", "json")[0])
        (table,) = document["tables"]
        assert {r["funnel"] for r in table["results"]} == {None}
        assert {r["comparison"] for r in table["results"]} == {"higher"}
        out, _ = ok("rates", "--example", "--target", "0", "--format", "csv")
        assert {row["funnel"] for row in csv.DictReader(io.StringIO(out))} == {""}

    def test_zero_for_proportions_is_classified(self, tmp_path):
        """Binomial limits around 0 exist, so proportions are still classified by funnel."""
        path = write(tmp_path, "la,done,due\nPowys,0,100\nConwy,5,100\n")
        argv = ["--authority-column", "la", "--count-column", "done"]
        argv += ["--population-column", "due", "--per", "100", "--method", "wilson"]
        document = json.loads(ok("rates", path, *argv, "--target", "0", "--format", "json")[0])
        assert None not in {r["funnel"] for r in document["tables"][0]["results"]}

    def test_zero_with_a_funnel_plot(self, tmp_path):
        path = tmp_path / "funnel.svg"
        ok("rates", "--example", "--target", "0", "--plot", str(path))
        svg = path.read_text(encoding="utf-8")
        assert "against the comparison value" in svg
        assert "Not classified" in svg

    def test_check_target_helper(self):
        assert cli_rates.check_target(None, []) is None
        assert cli_rates.check_target(0.0, []) == 0.0


class TestCommandLineWords:
    """Defect 6: hints and options in command-line words."""

    def test_encoding_hint_names_the_option(self, tmp_path):
        path = tmp_path / "excel.csv"
        path.write_bytes("Authority,Count,Population\nYnys Môn,97,13500\n".encode("cp1252"))
        status, out, err = run("rates", str(path))
        assert status == 2
        assert not out
        assert "--encoding cp1252" in err
        assert "encoding='cp1252'" not in err

    def test_other_reading_errors_are_unchanged(self, tmp_path):
        status, _, err = run("rates", str(tmp_path / "missing.csv"))
        assert status == 2
        assert "'source'" in err
        assert "--encoding" not in err

    @pytest.mark.parametrize(
        ("given", "mark"),
        [
            ("\\t", "\t"),
            ("tab", "\t"),
            ("TAB", "\t"),
            ("\t", "\t"),
            ("semicolon", ";"),
            ("comma", ","),
            ("pipe", "|"),
            ("|", "|"),
        ],
    )
    def test_delimiter_words(self, tmp_path, given, mark):
        path = write(tmp_path, mark.join(["authority", "count", "population"]) + "\n"
                     + mark.join(["Powys", "140", "26400"]) + "\n")  # fmt: skip
        out, _ = ok("rates", path, "--delimiter", given)
        assert "Powys" in out
        assert cli_rates.delimiter(given) == mark

    @pytest.mark.parametrize("given", ["::", "", "tabs"])
    def test_bad_delimiter(self, given):
        status, out, err = run("rates", "--example", "--delimiter", given)
        assert status == 2
        assert not out
        assert "'--delimiter'" in err
        assert "\\t, tab, comma, semicolon or pipe" in err


def test_periods_that_cannot_make_a_trend():
    """Periods with different multipliers give their tables and a note, not a failed command."""
    rows = [RateRow("Powys", 140, 26_400), RateRow("Cardiff", 600, 70_000)]
    first = RateTable(rows, per=10_000, period="2022")
    second = RateTable(rows, per=1_000, period="2023")
    changes, note = cli_rates.trend([first, second])
    assert changes is None
    assert note is not None
    assert note.en.startswith("No trend: the periods' tables differ")
    assert note.cy.startswith("Dim tuedd:")

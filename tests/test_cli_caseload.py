"""``carewales caseload``: deadlines and measures from a file of case events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from carewales._cli import caseload as command
from carewales._cli.main import main
from carewales.caseloads import example_file

AS_OF = ("--as-of", "2020-03-31")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, environ={})
    return status, out.getvalue(), err.getvalue()


class TestDeadlines:
    def test_the_example_as_a_table(self) -> None:
        status, out, err = run("caseload", "--example", *AS_OF)
        assert (status, err) == (0, "")
        assert out.startswith("791 events read; 0 rows refused\n\n371 deadlines on 2020-03-31")

    def test_only_the_states_asked_for(self) -> None:
        status, out, _ = run(
            "caseload", "--example", *AS_OF, "--state", "overdue", "--format", "csv"
        )
        assert status == 0
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 25
        assert {row["state"] for row in rows} == {"overdue"}

    def test_json_and_markdown(self) -> None:
        _, out, _ = run("caseload", "--example", *AS_OF, "--format", "json")
        document = json.loads(out)
        assert document["as_of"] == "2020-03-31"
        assert len(document["rows"]) == 371
        _, out, _ = run("caseload", "--example", *AS_OF, "--format", "markdown", "--lang", "cy")
        assert "| Plentyn | Awdurdod |" in out

    def test_refused_rows_follow_the_table_or_go_to_standard_error(self, tmp_path: Path) -> None:
        path = tmp_path / "extract.csv"
        path.write_text(
            "child,authority,kind,date\nC1,Powys,referral,2024-05-01\nC2,Atlantis,referral,2024-05-01\n",
            encoding="utf-8",
        )
        status, out, err = run("caseload", str(path), "--as-of", "2024-06-01")
        assert (status, err) == (0, "")
        assert out.rstrip().endswith(
            "line 3, column 'authority' ('Atlantis'): must name one of the 22 Welsh local "
            "authorities, by code or name"
        )
        status, out, err = run("caseload", str(path), "--as-of", "2024-06-01", "--format", "csv")
        assert status == 0
        assert "Atlantis" not in out
        assert err.startswith("Rows not used:")

    def test_json_files_and_standard_input(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        items = [{"child": "C1", "authority": "Powys", "kind": "referral", "date": "2024-05-01"}]
        path = tmp_path / "extract.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        status, out, _ = run("caseload", str(path), "--as-of", "2024-06-01", "--format", "csv")
        assert status == 0
        assert out.splitlines()[1].startswith("C1,W06000023,Powys,report-decision,1,")
        monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(items)))
        status, again, _ = run("caseload", "-", "--as-of", "2024-06-01", "--format", "csv")
        assert (status, again) == (0, out)

    @pytest.mark.parametrize(
        ("argv", "words"),
        [
            (("caseload", *AS_OF), "give a file of case events"),
            (("caseload", str(Path(__file__)), "--example", *AS_OF), "give a file of case events"),
            (("caseload", "/no/such/extract.csv", *AS_OF), "cannot be read"),
            (("caseload", "--example", "--as-of", "2020-02-30"), "not a real date"),
            (("caseload", "--example", *AS_OF, "--year", "2019"), "--year needs --measures"),
            (
                ("caseload", "--example", *AS_OF, "--suppress-below", "5"),
                "--suppress-below needs --measures",
            ),
            (
                ("caseload", "--example", *AS_OF, "--measures", "--state", "overdue"),
                "--state lists deadlines, not --measures",
            ),
        ],
    )
    def test_errors(self, argv: tuple[str, ...], words: str) -> None:
        status, out, err = run(*argv)
        assert (status, out) == (2, "")
        assert words in err

    def test_another_encoding_is_named_by_the_option_that_reads_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "latin.csv"
        path.write_bytes(
            "child,authority,kind,date\nC1,Ynys Môn,visit,2024-05-01\n".encode("cp1252")
        )
        status, out, err = run("caseload", str(path), "--as-of", "2024-12-31", "--lang", "cy")
        assert (status, out) == (2, "")
        assert "fel --encoding cp1252." in err
        assert "encoding='cp1252'" not in err
        status, out, _ = run("caseload", str(path), "--as-of", "2024-12-31", "--encoding", "cp1252")
        assert status == 0
        assert out.startswith("1 event read; 0 rows refused\n\n0 deadlines on 2024-12-31")
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
        status, again, _ = run("caseload", "-", "--as-of", "2024-12-31", "--encoding", "cp1252")
        assert (status, again) == (0, out)
        for junk in ("base64", "no-such-codec"):
            status, out, err = run(
                "caseload", str(path), "--as-of", "2024-12-31", "--encoding", junk
            )
            assert (status, out) == (2, "")
            assert f"'--encoding' ('{junk}') is not a text encoding" in err
        path.write_text("place,when\nPowys,2024-05-01\n", encoding="utf-8")
        status, _, err = run("caseload", str(path), "--as-of", "2024-12-31")
        assert status == 2
        assert "has no column 'child'" in err  # other errors pass through as they are


class TestMeasures:
    def test_events_after_the_day_assessed_are_left_out(self) -> None:
        def denominators(as_of: str) -> dict[str, int]:
            _, out, _ = run(
                "caseload", "--example", "--as-of", as_of, "--measures", "--format", "csv"
            )
            rows = csv.DictReader(io.StringIO(out))
            return {r["code"]: int(r["denominator"]) for r in rows if r["authority"] == "W92000004"}

        assert denominators("2019-09-30")["PM24"] < denominators("2020-03-31")["PM24"]

    def test_a_small_figure_for_wales_is_suppressed_too(self) -> None:
        _, out, _ = run(
            "caseload", "--example", *AS_OF, "--measures", "--suppress-below", "5", "--lang", "cy"
        )
        assert "PM26 2019-20: mae ffigur Cymru wedi’i atal (cyfrif o dan 5)" in out
        assert "1 o 21" not in out

    def test_the_year_of_the_day_assessed(self) -> None:
        status, out, _ = run("caseload", "--example", *AS_OF, "--measures")
        assert status == 0
        assert "PM24 2019-20: 83.5% for Wales (91 of 109;" in out
        _, earlier, _ = run("caseload", "--example", "--as-of", "2019-04-01", "--measures")
        assert "2019-20" in earlier
        _, march, _ = run("caseload", "--example", "--as-of", "2019-03-31", "--measures")
        assert "2018-19" in march

    def test_csv_has_each_authority_and_wales(self) -> None:
        status, out, _ = run(
            "caseload",
            "--example",
            *AS_OF,
            "--measures",
            "--format",
            "csv",
            "--suppress-below",
            "5",
        )
        assert status == 0
        rows = list(csv.DictReader(io.StringIO(out)))
        wales = [row for row in rows if row["authority"] == "W92000004"]
        assert [row["code"] for row in wales] == ["PM24", "PM26", "PM31", "PM33"]
        assert wales[0]["numerator"] == "91"
        assert [row["numerator"] for row in wales[1:]] == ["*", "*", "*"]  # small for Wales too
        for row in rows:  # numbers a program can read: full-precision floats or the symbol
            for column in ("value", "lower", "upper"):
                assert row[column] == "*" or float(row[column]) == float(row[column])
        assert float(wales[0]["value"]) == pytest.approx(100 * 91 / 109)
        assert any(row["value"] == "*" for row in rows)

    def test_json_and_a_year_without_measures(self) -> None:
        _, out, _ = run("caseload", "--example", *AS_OF, "--measures", "--format", "json")
        assert [r["measure"] for r in json.loads(out)["results"]] == [
            "pm-2016-24",
            "pm-2016-26",
            "pm-2016-31",
            "pm-2016-33",
        ]
        status, out, err = run("caseload", "--example", *AS_OF, "--measures", "--year", "2022")
        assert (status, out) == (2, "")
        assert "No performance measure that case events can compute applied in 2022-23" in err
        _, out, _ = run(
            "caseload", "--example", *AS_OF, "--measures", "--year", "2016", "--format", "csv"
        )
        assert out.splitlines() == [",".join(command._MEASURE_FIELDS)]
        _, out, _ = run("caseload", "--example", *AS_OF, "--measures", "--year", "2016")
        assert "PM24 2016-17: no cases in the year" in out
        _, out, _ = run("caseload", "--example", *AS_OF, "--measures", "--format", "markdown")
        assert "| Code | Authority |" in out


class TestProgress:
    def test_a_large_file_shows_its_progress_on_a_terminal(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        class Screen(io.StringIO):
            def isatty(self) -> bool:
                return True

        screen = Screen()
        monkeypatch.setattr(command, "PROGRESS_FROM", 1)
        monkeypatch.setattr("sys.stderr", screen)
        status, out, _ = run("caseload", "--example", *AS_OF)
        assert status == 0
        assert "reading [####################] 100%" in screen.getvalue()
        assert out.startswith("791 events read")

    def test_progress_counts_what_is_read(self) -> None:
        screen = io.StringIO()
        with example_file().open(encoding="utf-8") as stream:
            progress = command._Progress(stream, 10, screen, command.Language.CY)
            assert len(progress.read(5)) == 5
        assert "yn darllen" in screen.getvalue()

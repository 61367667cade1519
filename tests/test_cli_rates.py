"""Tests of the ``carewales rates`` subcommand (carewales._cli.rates)."""

from __future__ import annotations

import argparse
import csv
import io

import pytest

from carewales import CareWalesError
from carewales._cli import rates as _cli_rates


def run(*argv: str) -> str:
    """Parse *argv* with a parser holding only the rates subcommand, and run its handler."""
    parser = argparse.ArgumentParser()
    _cli_rates.register(parser.add_subparsers())
    args = parser.parse_args(["rates", *argv])
    return args.handler(args)


SUPPRESSED = "authority,count,population\nPowys,*,24000\nWrecsam,250,27700\nCardiff,600,66400\n"


class TestRatesCommand:
    """``carewales rates``."""

    def test_example_text(self):
        """The example prints a table of 22 authorities with the national rate and range."""
        text = run("--example")
        assert text.startswith("Rates per 10,000, with 95% confidence limits")
        assert "Merthyr Tydfil" in text
        assert "Wales (pooled): 88 per 10,000 (95% CI 86 to 90)" in text
        assert "ranged from 53 (Monmouthshire) to 166 (Merthyr Tydfil)" in text
        assert "above 99.8%" in text

    def test_example_in_welsh_markdown(self):
        """--lang cy --format markdown gives a Welsh pipe table."""
        text = run("--example", "--lang", "cy", "--format", "markdown", "--dp", "1")
        assert text.startswith("Cyfraddau fesul 10,000, gyda therfynau hyder 95%")
        assert "| Cod | Awdurdod | Nifer |" in text
        assert "| W06000024 | Merthyr Tudful | 216 | 13,000 | 166.2 |" in text
        assert "Cymru (cyfun)" in text

    def test_csv_output(self):
        """--format csv is machine-readable: no thousands separators, full precision."""
        text = run("--example", "--format", "csv", "--per", "1000", "--confidence", "0.998")
        rows = list(csv.reader(io.StringIO(text.text)))
        assert rows[0][:4] == ["authority", "authority_name", "count", "population"]
        assert len(rows) == 23
        assert rows[-1][:4] == ["W06000024", "Merthyr Tydfil", "216", "13000"]
        assert rows[-1][4] == repr(216 / 13000 * 1000)
        assert rows[-1][7:10] == ["1000", "0.998", "phe"]
        assert not text.report

    def test_file_with_suppressed_cells(self, tmp_path):
        """Suppressed cells are shown as published, and comparisons wait for a target."""
        path = tmp_path / "rates.csv"
        path.write_text(SUPPRESSED, encoding="utf-8")
        text = run(str(path))
        assert "No pooled national rate: 1 of 3 cells suppressed." in text
        assert "Not compared" in text
        powys = next(line for line in text.splitlines() if "Powys" in line)
        assert powys.split()[2:8] == ["*", "24,000", "*", "*", "*", "*"]
        assert "Heb gymharu" in run(str(path), "--lang", "cy")

    def test_target(self, tmp_path):
        """--target compares with a published national value despite suppression."""
        path = tmp_path / "rates.csv"
        path.write_text(SUPPRESSED, encoding="utf-8")
        text = run(str(path), "--target", "90")
        assert "Not compared" not in text
        cardiff = next(line for line in text.splitlines() if "Cardiff" in line)
        assert cardiff.split()[-2:] == ["similar", "within"]

    def test_columns_and_method(self, tmp_path):
        """Column headings and the method can be given."""
        path = tmp_path / "visits.csv"
        path.write_text("la,done,due\nPowys,80,100\nGwynedd,95,100\n", encoding="utf-8")
        text = run(
            str(path),
            "--authority-column", "la",
            "--count-column", "done",
            "--population-column", "due",
            "--per", "100",
            "--method", "wilson",
        )  # fmt: skip
        assert "Rates per 100" in text
        assert "80.0%" not in text  # table cells are plain numbers; the summary uses %
        assert "(pooled): 88% (95% CI 82% to 91%)" in text

    @pytest.mark.parametrize(
        "argv",
        [
            [],
            ["--example", "file.csv"],
            ["missing.csv"],
            ["--example", "--confidence", "95"],
            ["--example", "--dp", "-1"],
        ],
    )
    def test_errors(self, argv):
        """Bad arguments raise the library's error for the main CLI to report."""
        with pytest.raises(CareWalesError):
            run(*argv)


class TestWelshErrors:
    """Errors the rates command builds itself carry no English in their Welsh (review W2, W10)."""

    def test_missing_file_in_welsh(self, tmp_path):
        """Python's "[Errno 2] No such file or directory" stays out of the Welsh."""
        path = str(tmp_path / "missing.csv")
        for argv in ([path], [path, "--encoding", "cp1252"]):
            with pytest.raises(CareWalesError) as info:
                run(*argv)
            assert (
                info.value.message("cy")
                == f"'FFEIL' ({path!r}): ni ellir ei darllen: nid yw’n bodoli."
            )
            assert "No such file or directory" in str(info.value)  # the English is unchanged

    def test_a_directory_in_welsh(self, tmp_path):
        with pytest.raises(CareWalesError) as info:
            run(str(tmp_path))
        assert info.value.message("cy").endswith("cyfeiriadur yw hwn, nid ffeil.")

    def test_unreadable_standard_input_is_left_to_the_library(self, monkeypatch):
        """ "-" that cannot be read goes on to the library, as before."""

        class Broken:
            buffer = None

            def read(self) -> str:
                raise OSError(5, "Input/output error")

        monkeypatch.setattr("sys.stdin", Broken())
        with pytest.raises(CareWalesError):
            run("-")

    def test_a_path_python_refuses_is_left_to_the_library(self):
        with pytest.raises(CareWalesError):
            run("bad\0name.csv")

    @pytest.mark.parametrize("dp", ["-1", "13"])
    @pytest.mark.parametrize("fmt", ["text", "csv"])
    def test_dp_says_whole_number_in_welsh(self, dp, fmt):
        """--dp out of range: "rhif cyfan", not Python's "int"."""
        with pytest.raises(CareWalesError) as info:
            run("--example", "--dp", dp, "--format", fmt)
        assert info.value.message("cy") == (
            f"'dp' ({int(dp)}): rhaid i’r gwerth fod yn rhif cyfan o 0 i 12."
        )
        assert str(info.value) == f"'dp' ({int(dp)}) must be an int from 0 to 12."

    def test_dp_limit_is_the_librarys(self):
        """The CLI's limit is the library's own, so no value passes one and fails the other."""
        from carewales.rates import core

        assert _cli_rates.MAX_DP == core._MAX_DP
        assert "Powys" in run("--example", "--dp", "12")  # the largest is accepted

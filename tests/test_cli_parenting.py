"""Tests for the ``carewales parenting`` subcommand (registered on a parser of our own)."""

from __future__ import annotations

import argparse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import CareWalesError, DocumentError, InvalidDateError, UnsupportedDateError, to_json
from carewales._cli.parenting import register
from carewales.parenting import (
    EXAMPLE_PERIOD,
    FutureRecordError,
    Period,
    compliance_report,
    example_records,
)
from carewales.testing import _parenting as cps


def run(*argv: str) -> str:
    parser = argparse.ArgumentParser(prog="carewales")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["parenting", *argv])
    return args.handler(args)


@pytest.fixture
def example_file(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(to_json(example_records()), encoding="utf-8")
    return path


class TestParentingCommand:
    def test_example_in_english(self):
        """--example prints the English report over the example's financial year."""
        text = run("--example")
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        assert text == report.render("en", format="text")
        assert "Period: 1 April 2023 to 31 March 2024" in text

    def test_example_in_welsh_markdown(self):
        """--lang cy --markdown prints the Welsh report as Markdown."""
        text = run("--example", "--lang", "cy", "--markdown")
        assert text.startswith("# Rhianta corfforaethol: adroddiad cydymffurfio")
        assert "| Cynghorydd B (Ward Enghreifftiol 2) |" in text
        assert "Wedi’i gyflawni’n rhannol" in text
        assert "Councillor" not in text

    def test_file_with_periods(self, example_file):
        """A file is read, with the period given as a year, financial year or two dates."""
        assert "Period: 1 January 2023 to 31 December 2023" in run(
            str(example_file), "--year", "2023"
        )
        assert run(str(example_file), "--financial-year", "2023") == run("--example")
        text = run(
            str(example_file), "--from", "2023-04-01", "--to", "2023-09-30", "--as-of", "2024-06-30"
        )
        assert "Assessed as of: 30 June 2024" in text
        assert "Period: 1 April 2023 to 30 September 2023" in text

    def test_future_records(self, example_file):
        """--as-of before a record's date is the library's error naming the record."""
        with pytest.raises(FutureRecordError, match="'m-4'"):
            run(str(example_file), "--financial-year", "2023", "--as-of", "2024-01-17")

    @pytest.mark.parametrize(
        ("argv", "problem"),
        [
            ((), "give FILE"),
            (("x.json", "--example"), "not both"),
            (("--example", "--year", "2023", "--financial-year", "2023"), "only one"),
            (("--example", "--from", "2023-01-01"), "together"),
            (("--example", "--to", "2023-01-01"), "together"),
            (("--example", "--year", "23"), "'--year'"),
            (("--example", "--financial-year", "twenty"), "'--financial-year'"),
            (("--example", "--from", "2023-02-30", "--to", "2023-03-01"), "'--from'"),
            (("--example", "--from", "2023-01-01", "--to", "1/3/2023"), "'--to'"),
            (("--example", "--as-of", "😴"), "'--as-of'"),
            (("--example", "--from", "2023-01-01", "--to", "2024-06-01"), "a year"),
        ],
    )
    def test_bad_options(self, argv, problem):
        """Bad or conflicting options are the library's error, saying what is wrong."""
        with pytest.raises(CareWalesError, match=problem):
            run(*argv)

    def test_bad_years(self):
        """Years outside the supported range, and junk dates, are the library's errors."""
        with pytest.raises(UnsupportedDateError):
            run("--example", "--year", "1990")
        with pytest.raises(InvalidDateError):
            run("--example", "--as-of", "2023-13-01")

    def test_file_needs_a_period(self, example_file):
        """A file of records needs the period spelled out."""
        with pytest.raises(CareWalesError, match="give the period"):
            run(str(example_file))

    def test_unreadable_file(self, tmp_path):
        """A missing file is the library's error, naming it."""
        with pytest.raises(CareWalesError, match="cannot be read"):
            run(str(tmp_path / "missing.json"), "--year", "2023")

    @pytest.mark.parametrize(
        "content",
        [
            "",
            "not json",
            "[]",
            '{"schema_version": 1}',
            '{"schema_version": 1, "authority": "Wrexham"}',
            "😴",
        ],
    )
    def test_junk_files(self, tmp_path, content):
        """Files that are not a records document are the library's error."""
        path = tmp_path / "junk.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(DocumentError):
            run(str(path), "--year", "2023")

    def test_junk_records_in_a_file(self, tmp_path):
        """A file with junk records (a negative length, a duplicate id) names the record."""
        records = example_records()
        bad = to_json(records).replace('"minutes": 210', '"minutes": -210')
        path = tmp_path / "negative.json"
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(DocumentError, match="'tr-1'"):
            run(str(path), "--year", "2023")
        text = to_json(records).replace('"id": "tr-2"', '"id": "tr-1"')
        path.write_text(text, encoding="utf-8")
        with pytest.raises(DocumentError, match="already used"):
            run(str(path), "--year", "2023")

    @given(cps.council_records(max_size=2), st.sampled_from(["en", "cy"]))
    def test_any_records(self, tmp_path_factory, records, lang):
        """Any valid records file gives the same report as the library."""
        path = tmp_path_factory.mktemp("records") / "r.json"
        path.write_text(to_json(records), encoding="utf-8")
        text = run(str(path), "--year", "2024", "--lang", lang)
        period = Period.year(2024)
        assert text == compliance_report(records, period).render(lang, format="text")

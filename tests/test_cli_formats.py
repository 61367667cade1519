"""``--format json`` and ``--format csv`` of the command line: each parses, and equals the library.

The JSON output is the library's documents (read back with :func:`carewales.from_json`
or compared with :func:`carewales.to_dict`); the CSV output has a header row and one
row per item, with the documents' field names (``name_en``/``name_cy`` for a bilingual
``name``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    all_authorities,
    authority,
    from_dict,
    from_json,
    to_dict,
)
from carewales import testing as cwst
from carewales._cli import build_parser, main
from carewales._cli.authorities import record
from carewales._cli.calendar import Deadline
from carewales._cli.common import _cell, csv_columns, csv_row, write_csv
from carewales.authorities import Authority
from carewales.calendar import ENGLAND_AND_WALES, BankHoliday, bank_holidays
from carewales.deadlines import TimeUnit, due_date, timescale
from carewales.inspections import Inspection, example
from carewales.parenting import (
    EXAMPLE_PERIOD,
    ComplianceReport,
    compliance_report,
    example_records,
)


def run(*argv: str) -> str:
    """Run the command line; return its standard output (the run must succeed)."""
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    assert status == 0, err.getvalue()
    assert not err.getvalue()
    return out.getvalue()


def fails(*argv: str) -> str:
    """Run the command line; return its error message (the run must fail with status 2)."""
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    assert status == 2
    assert not out.getvalue()
    return err.getvalue()


def rows(text: str) -> list[dict[str, str]]:
    """Read CSV output back with the csv module."""
    return list(csv.DictReader(io.StringIO(text)))


def bilingual(row: dict[str, str], field: str) -> dict[str, str]:
    return {"en": row[f"{field}_en"], "cy": row[f"{field}_cy"]}


class TestAuthorities:
    def test_json_is_every_authority_in_full(self):
        """`authorities --format json` is an array of the 22 full records, in code order."""
        documents = json.loads(run("authorities", "--format", "json"))
        assert len(documents) == 22
        for document, item in zip(documents, all_authorities(), strict=True):
            assert document == record(item)
            assert document["schema_version"] == 1
            assert document["code"] == item.code
            assert document["name"] == {"en": item.name.en, "cy": item.name.cy}
            assert document["council"] == {"en": item.council.en, "cy": item.council.cy}
            assert document["kind"] == item.kind.value
            assert document["established"] == item.established.isoformat()
            assert [m["region"]["key"] for m in document["regions"]] == [
                m.region.key for m in item.regions
            ]
            assert document["aliases_cy"] == list(item.aliases_cy)
            # the code alone is the authority's own document, and reads back to it
            assert from_dict({"schema_version": 1, "code": document["code"]}, Authority) is item

    def test_json_keeps_welsh_letters(self):
        """Welsh letters are written as they are, not as escapes."""
        text = run("authorities", "--format", "json")
        assert "Ynys Môn" in text
        assert "\\u" not in text

    def test_csv_has_the_document_fields(self):
        """`authorities --format csv`: a header of the document's field names and 22 rows."""
        text = run("authorities", "--format", "csv")
        assert text.splitlines()[0] == (
            "code,name_en,name_cy,council_en,council_cy,kind,established,regions,"
            "aliases_en,aliases_cy"
        )
        read = rows(text)
        assert len(read) == 22
        for row, item in zip(read, all_authorities(), strict=True):
            assert row["code"] == item.code
            assert bilingual(row, "name") == {"en": item.name.en, "cy": item.name.cy}
            assert bilingual(row, "council") == {"en": item.council.en, "cy": item.council.cy}
            assert row["kind"] == item.kind.value
            assert dt.date.fromisoformat(row["established"]) == item.established
            assert json.loads(row["regions"]) == record(item)["regions"]
            assert json.loads(row["aliases_en"]) == list(item.aliases_en)

    @given(cwst.authorities(), st.sampled_from(["json", "csv"]))
    def test_one_authority(self, item, form):
        """`authority KEY --format json` is one record (not an array); csv is one row."""
        text = run("authority", item.code, "--format", form)
        if form == "json":
            assert json.loads(text) == record(item)
        else:
            (row,) = rows(text)
            assert row == csv_row(record(item), Authority)
            assert row["code"] == item.code

    def test_found_by_any_name(self):
        """The key is found as in the text output, by a mutated Welsh name."""
        document = json.loads(run("authority", "ym Mhowys", "--format", "json"))
        assert document["code"] == authority("Powys").code

    def test_unknown_format_is_refused(self):
        """A format the command does not offer is a usage error that lists the choices."""
        assert "'text', 'json', 'csv'" in fails("authorities", "--format", "markdown")


class TestBankHolidays:
    @given(st.integers(1971, 2100))
    def test_json_equals_the_library(self, year):
        """The JSON array reads back to exactly `bank_holidays(year)`."""
        documents = json.loads(run("bank-holidays", str(year), "--format", "json"))
        assert tuple(from_dict(d, BankHoliday) for d in documents) == bank_holidays(year)

    @given(st.integers(1971, 2100))
    def test_csv_equals_the_library(self, year):
        """The CSV dates, names, bases and substitute flags are the library's."""
        read = rows(run("bank-holidays", str(year), "--format", "csv"))
        holidays = bank_holidays(year)
        assert [dt.date.fromisoformat(r["date"]) for r in read] == [h.date for h in holidays]
        assert [bilingual(r, "name") for r in read] == [
            {"en": h.name.en, "cy": h.name.cy} for h in holidays
        ]
        assert [r["basis"] for r in read] == [h.basis.value for h in holidays]
        assert [r["substitute"] for r in read] == [
            "true" if h.substitute else "false" for h in holidays
        ]

    def test_csv_header(self):
        """The header is the BankHoliday document's fields, the name in both languages."""
        text = run("bank-holidays", "2022", "--format", "csv")
        assert text.splitlines()[:2] == [
            "date,name_en,name_cy,basis,substitute",
            (
                "2022-01-03,New Year’s Day (substitute day),Dydd Calan (diwrnod amgen),"
                "proclamation,true"
            ),
        ]

    def test_bad_year_in_any_format(self):
        """A year out of range is the library's error whatever the format."""
        assert "1970" in fails("bank-holidays", "1970", "--format", "json")


class TestDeadline:
    @pytest.mark.parametrize(
        ("options", "unit"),
        [
            ((), TimeUnit.WORKING_DAYS),
            (("--calendar-days",), TimeUnit.CALENDAR_DAYS),
            (("--months",), TimeUnit.MONTHS),
        ],
    )
    @pytest.mark.parametrize("days", ["20", "-3", "0"])
    def test_json_equals_the_library(self, options, unit, days):
        """The document holds the start, amount, unit and the library's due date."""
        text = run("deadline", "2021-11-15", days, *options, "--format", "json")
        start = dt.date(2021, 11, 15)
        due = due_date(start, int(days), unit, ENGLAND_AND_WALES)
        working = unit is TimeUnit.WORKING_DAYS
        calendar = ENGLAND_AND_WALES if working else None
        expected = Deadline(start, int(days), unit, due, calendar, None)
        assert from_json(text, Deadline) == expected
        document = json.loads(text)
        assert document["due"] == due.isoformat()
        assert document["unit"] == unit.value
        assert document["timescale"] is None

    def test_timescale_json(self):
        """With --timescale, the rule's own document is a field of the answer."""
        document = json.loads(
            run(
                "deadline",
                "2021-11-15",
                "--timescale",
                "first-core-group",
                "--format",
                "json",
            )
        )
        rule = timescale("first-core-group", on=dt.date(2021, 11, 15))
        assert document["due"] == "2021-11-29"
        assert document["due"] == rule.due(dt.date(2021, 11, 15)).isoformat()
        assert document["amount"] == rule.amount
        assert document["timescale"] == {
            k: v for k, v in to_dict(rule).items() if k != "schema_version"
        }

    def test_csv_is_one_row_with_nested_fields(self):
        """csv: one row; the calendar's and timescale's fields get prefixed columns."""
        rule = "improvement-plan-powys-2017"
        text = run("deadline", "2017-10-17", "--timescale", rule, "--format", "csv")
        (row,) = rows(text)
        assert list(row) == csv_columns(Deadline)
        assert row["start"] == "2017-10-17"
        assert row["due"] == "2017-11-14"
        assert row["unit"] == "working-days"
        assert row["calendar_key"] == "england-and-wales"
        assert row["timescale_key"] == "improvement-plan-powys-2017"
        assert row["timescale_source_url"] == ""
        assert row["timescale_note_cy"].startswith("Yr hyn a ddisgwyliai AGGCC")
        assert row["timescale_valid_to"] == "2017-10-17"  # a one-day rule
        assert row["timescale_valid_from"] == "2017-10-17"

    def test_csv_without_calendar_or_timescale(self):
        """Months use no working-day calendar: those columns are empty, not missing."""
        (row,) = rows(run("deadline", "2024-01-31", "1", "--months", "--format", "csv"))
        assert row["due"] == "2024-02-29"
        assert row["amount"] == "1"
        assert row["calendar_key"] == row["calendar_name_en"] == row["timescale_key"] == ""
        assert row["timescale_name_cy"] == ""

    def test_errors_in_any_format(self):
        """Usage errors are the same whatever the format."""
        assert "'DAYS' is required" in fails("deadline", "2021-11-15", "--format", "csv")


class TestInspection:
    @pytest.mark.parametrize("name", ["wrexham-2021", "powys-2017"])
    def test_json_is_the_document(self, name):
        """`--format json` is the inspection's document, read back to the same object."""
        text = run("inspection", "--example", name, "--format", "json")
        assert from_json(text, Inspection) == example(name)
        assert json.loads(text) == to_dict(example(name))

    def test_json_from_a_file(self, tmp_path):
        """A file is checked, then written back as its document."""
        path = tmp_path / "w.json"
        path.write_text(json.dumps(to_dict(example("wrexham-2021"))), encoding="utf-8")
        assert json.loads(run("inspection", str(path), "--format", "json")) == to_dict(
            example("wrexham-2021")
        )

    @pytest.mark.parametrize("name", ["wrexham-2021", "powys-2017"])
    def test_csv_is_findings_then_priorities(self, name):
        """csv: one row per finding, then one per priority, with the documents' fields."""
        item = example(name)
        text = run("inspection", "--example", name, "--format", "csv")
        assert text.splitlines()[0] == "section,text_en,text_cy,kind,theme,id,owner,due"
        read = rows(text)
        findings = [r for r in read if r["section"] == "findings"]
        priorities = [r for r in read if r["section"] == "priorities"]
        assert findings + priorities == read
        assert len(findings) == len(item.findings)
        assert len(priorities) == len(item.priorities)
        for row, finding in zip(findings, item.findings, strict=True):
            assert bilingual(row, "text") == {"en": finding.text.en, "cy": finding.text.cy}
            assert row["kind"] == finding.kind.value
            assert row["theme"] == ("" if finding.theme is None else finding.theme.value)
            assert row["id"] == row["owner"] == row["due"] == ""
        for row, priority in zip(priorities, item.priorities, strict=True):
            assert row["id"] == priority.id
            assert bilingual(row, "text") == {"en": priority.text.en, "cy": priority.text.cy}
            assert row["kind"] == ""
            assert row["due"] == ("" if priority.due is None else priority.due.isoformat())

    def test_wrexham_has_priorities(self):
        """The Wrexham example has priorities, so both kinds of row are tested."""
        assert example("wrexham-2021").priorities
        assert any(r["section"] == "priorities" for r in rows(run(
            "inspection", "--example", "wrexham-2021", "--format", "csv"
        )))  # fmt: skip


class TestParenting:
    def test_json_is_the_report(self):
        """`--format json` is the compliance report's document, read back to the same report."""
        text = run("parenting", "--example", "--format", "json")
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        assert from_json(text, ComplianceReport) == report
        assert json.loads(text)["period"] == {"start": "2023-04-01", "end": "2024-03-31"}

    def test_csv_is_one_row_per_result(self):
        """csv: one row per result, with the ComplianceResult document's fields."""
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        text = run("parenting", "--example", "--format", "csv")
        assert text.splitlines()[0] == (
            "duty,holder,holder_id,holder_label_en,holder_label_cy,status,measure,achieved,"
            "required,maximum,due,evidence,note_en,note_cy"
        )
        read = rows(text)
        assert len(read) == len(report.results)
        for row, result in zip(read, report.results, strict=True):
            assert row["duty"] == result.duty
            assert row["status"] == result.status.value
            assert int(row["achieved"]) == result.achieved
            assert int(row["required"]) == result.required
            assert row["maximum"] == ("" if result.maximum is None else str(result.maximum))
            assert row["due"] == ("" if result.due is None else result.due.isoformat())
            assert json.loads(row["evidence"]) == list(result.evidence)
            expected = {"en": "", "cy": ""} if result.note is None else to_dict(result.note)
            assert bilingual(row, "note") == {k: expected[k] for k in ("en", "cy")}

    def test_format_text_and_markdown(self):
        """--format text is the default; --format markdown is the same as --markdown."""
        assert run("parenting", "--example", "--format", "text") == run("parenting", "--example")
        assert run("parenting", "--example", "--format", "markdown") == run(
            "parenting", "--example", "--markdown"
        )
        assert run("parenting", "--example", "--markdown", "--format", "markdown") == run(
            "parenting", "--example", "--markdown"
        )

    @pytest.mark.parametrize("form", ["text", "json", "csv"])
    def test_markdown_with_another_format_is_refused(self, form):
        """--markdown with another --format is a clear error, not a silent choice."""
        assert "not both" in fails("parenting", "--example", "--markdown", "--format", form)


class TestCsvWriter:
    @pytest.mark.parametrize(
        ("value", "cell"),
        [
            (None, ""),
            ("x,y", "x,y"),
            (True, "true"),
            (False, "false"),
            (0, "0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (["Sir Fôn"], '["Sir Fôn"]'),
            ({"a": 1}, '{"a": 1}'),
        ],
    )
    def test_cells(self, value, cell):
        """Cells: empty for None, strings as they are, JSON (full precision) for the rest."""
        assert _cell(value) == cell
        assert rows(write_csv(["a"], [{"a": _cell(value)}])) == [{"a": cell}]

    def test_row_keys_are_the_columns(self):
        """csv_row is keyed by csv_columns, in order, also for a missing (None) object."""
        holiday = bank_holidays(2024)[0]
        assert list(csv_row(to_dict(holiday), BankHoliday)) == csv_columns(BankHoliday)
        assert csv_row(None, BankHoliday) == dict.fromkeys(csv_columns(BankHoliday), "")


@pytest.mark.parametrize(
    ("command", "formats"),
    [
        ("authorities", ["text", "json", "csv"]),
        ("authority", ["text", "json", "csv"]),
        ("bank-holidays", ["text", "json", "csv"]),
        ("deadline", ["text", "json", "csv"]),
        ("inspection", ["markdown", "text", "json", "csv"]),
        ("parenting", ["text", "markdown", "json", "csv"]),
        ("rates", ["text", "markdown", "json", "csv"]),
    ],
)
def test_help_lists_each_commands_formats(command, formats):
    """Every command that prints a table or a record offers json and csv, listed in --help."""
    parser = build_parser()
    (sub,) = (
        action.choices[command]
        for action in parser._subparsers._group_actions  # argparse has no public way
    )
    (option,) = (a for a in sub._actions if "--format" in a.option_strings)
    assert option.choices == formats
    assert "{" + ",".join(formats) + "}" in sub.format_help()

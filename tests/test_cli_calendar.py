"""Tests for the ``deadline`` and ``bank-holidays`` subcommands (carewales._cli.calendar)."""

from __future__ import annotations

import argparse
import re

import pytest

from carewales import InvalidDateError
from carewales._cli.calendar import register
from carewales._cli.common import parse_date, parse_whole_number
from carewales.calendar import InvalidNumberError, UnsupportedDateError
from carewales.deadlines import UnknownTimescaleError, timescale
from carewales.errors import InvalidFieldError


def run(*argv: str) -> str:
    """Parse *argv* with a parser of our own and return what the handler prints."""
    parser = argparse.ArgumentParser(prog="carewales")
    register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.handler(args)


class TestDeadline:
    """``deadline START DAYS`` prints the due date in English or Welsh."""

    def test_working_days(self):
        """The default unit is working days, on the England-and-Wales calendar."""
        assert run("deadline", "2021-12-24", "1").splitlines() == [
            "Due: Wednesday, 29 December 2021",
            "1 working day after Friday, 24 December 2021",
            "Working days: Monday to Friday except England-and-Wales bank holidays",
        ]

    def test_welsh(self):
        """--lang cy writes the answer in Welsh."""
        assert run("deadline", "2021-11-15", "20", "--lang", "cy").splitlines()[:2] == [
            "Dyddiad dyledus: Dydd Llun, 13 Rhagfyr 2021",
            "20 diwrnod gwaith ar ôl dydd Llun, 15 Tachwedd 2021",
        ]

    def test_welsh_weekday_lower_case_mid_sentence(self):
        """The start's weekday sits mid-sentence, so it is "dydd Sadwrn", not "Dydd Sadwrn"."""
        lines = run("deadline", "2025-11-01", "-5", "--lang", "cy").splitlines()
        assert lines[1] == "5 diwrnod gwaith cyn dydd Sadwrn, 1 Tachwedd 2025"
        lines = run("deadline", "2025-11-03", "10", "--lang", "cy").splitlines()
        assert lines[1] == "10 diwrnod gwaith ar ôl dydd Llun, 3 Tachwedd 2025"

    def test_welsh_weekday_lower_case_with_every_timescale(self):
        """Every --timescale run writes the weekday mid-sentence in lower case."""
        from carewales.deadlines import timescales

        for rule in timescales():
            start = rule.valid_from.isoformat()
            text = run("deadline", start, "--timescale", rule.key, "--lang", "cy")
            relation = text.splitlines()[2]  # due date, the rule's name, then the relation
            assert re.search(r" (ar ôl|cyn) dydd [A-Z]", relation), (rule.key, relation)

    def test_calendar_days_and_months(self):
        """--calendar-days and --months change the unit (months clamp to the month's end)."""
        assert run("deadline", "2024-03-04", "5", "--calendar-days").splitlines() == [
            "Due: Saturday, 9 March 2024",
            "5 calendar days after Monday, 4 March 2024",
        ]
        assert run("deadline", "2024-01-31", "1", "--months").splitlines()[0] == (
            "Due: Thursday, 29 February 2024"
        )

    def test_negative_days_count_backwards(self):
        """A negative count gives a date before the start."""
        lines = run("deadline", "2021-12-29", "-1").splitlines()
        assert lines[:2] == [
            "Due: Friday, 24 December 2021",
            "1 working day before Wednesday, 29 December 2021",
        ]

    def test_timescale(self):
        """--timescale uses a catalogue rule and names its source."""
        lines = run("deadline", "2021-11-15", "--timescale", "first-core-group")
        assert lines.splitlines()[:4] == [
            "Due: Monday, 29 November 2021",
            "First core group meeting",
            "10 working days after Monday, 15 November 2021",
            (
                "Source: Wales Safeguarding Procedures (children), Children, section 4, "
                "“The core group”: the initial core group meeting"
            ),
        ]
        assert "https://safeguarding.wales/en/chi-i/chi-i-c4/c4-p4/" in lines

    def test_timescale_links_in_the_language(self):
        """Under --lang cy the source's link is its Welsh page, where it has one."""
        rule = timescale("first-core-group")
        for lang in ("en", "cy"):
            lines = run("deadline", "2021-11-15", "--timescale", "first-core-group", "--lang", lang)
            assert rule.source.link(lang) in lines.splitlines()

    def test_timescale_with_a_note_and_no_url(self):
        """A rule with no URL but a note prints the note, in Welsh too."""
        lines = run(
            "deadline", "2017-10-17", "--timescale", "improvement-plan-powys-2017", "--lang", "cy"
        ).splitlines()
        assert lines[0] == "Dyddiad dyledus: Dydd Mawrth, 14 Tachwedd 2017"
        assert lines[-2].startswith("Nodyn: Yr hyn a ddisgwyliai AGGCC")
        assert not any(line.startswith("https://") for line in lines)

    def test_timescale_without_working_days(self):
        """A months rule with no note prints no calendar or note line."""
        lines = run("deadline", "2023-11-30", "--timescale", "first-review-conference").splitlines()
        assert lines[0] == "Due: Thursday, 29 February 2024"
        assert not any(line.startswith(("Working days", "Note")) for line in lines)

    @pytest.mark.parametrize(
        ("argv", "error"),
        [
            (["deadline", "15/11/2021", "20"], InvalidDateError),
            (["deadline", "2021-02-30", "20"], InvalidDateError),
            (["deadline", "", "20"], InvalidDateError),
            (["deadline", "😴", "20"], InvalidDateError),
            (["deadline", "1960-01-01", "20"], UnsupportedDateError),
            (["deadline", "2021-11-15", "twenty"], InvalidNumberError),
            (["deadline", "2021-11-15", "2.5"], InvalidNumberError),
            (["deadline", "2021-11-15", "99999999999"], InvalidNumberError),
            (["deadline", "2021-11-15", ""], InvalidNumberError),
            (["deadline", "2100-12-01", "400"], UnsupportedDateError),
            (["deadline", "2021-11-15"], InvalidFieldError),
            (["deadline", "2021-11-15", "5", "--timescale", "first-core-group"], InvalidFieldError),
            (["deadline", "2021-11-15", "--timescale", "nonsense"], UnknownTimescaleError),
            (["deadline", "2015-01-01", "--timescale", "first-core-group"], UnknownTimescaleError),
        ],
    )
    def test_bad_input_raises_the_library_error(self, argv, error):
        """Bad input raises CareWalesError for the main CLI to print, never a traceback."""
        with pytest.raises(error):
            run(*argv)


class TestTimescaleOption:
    def test_any_case(self):
        """--timescale ignores case, as timescale() does."""
        upper = run("deadline", "2021-11-15", "--timescale", "First-Core-Group")
        assert upper == run("deadline", "2021-11-15", "--timescale", "first-core-group")

    def test_suggestion(self):
        """A near miss suggests the key meant."""
        with pytest.raises(UnknownTimescaleError, match="Did you mean 'first-core-group'"):
            run("deadline", "2021-11-15", "--timescale", "first-core-groop")


class TestBankHolidays:
    """``bank-holidays YEAR`` lists the year's holidays in English or Welsh."""

    def test_english(self):
        """The list has a heading and one aligned line per holiday."""
        lines = run("bank-holidays", "2022").splitlines()
        assert lines[0] == "Bank holidays in England and Wales, 2022"
        assert lines[1] == "Monday, 3 January 2022     New Year’s Day (substitute day)"
        assert len(lines) == 11

    def test_welsh(self):
        """--lang cy gives Welsh day names and holiday names."""
        lines = run("bank-holidays", "2023", "--lang", "cy").splitlines()
        assert lines[0] == "Gwyliau banc yng Nghymru a Lloegr, 2023"
        assert lines[5].endswith("Gŵyl y banc ar gyfer coroni Brenin Siarl III")

    @pytest.mark.parametrize(
        ("year", "error"),
        [
            ("1970", UnsupportedDateError),
            ("2101", UnsupportedDateError),
            ("next", InvalidNumberError),
        ],
    )
    def test_bad_years(self, year, error):
        """A year that is not a number from 1971 to 2100 raises the library's error."""
        with pytest.raises(error):
            run("bank-holidays", year)


class TestParsers:
    """The CLI's parsers refuse junk with the library's error."""

    @pytest.mark.parametrize("text", [None, "", "😴", "€", "2021-1-5", "20211105", 20211105, True])
    def test_parse_date_junk(self, text):
        """Only YYYY-MM-DD is a date."""
        with pytest.raises(InvalidDateError):
            parse_date("START", text)

    @pytest.mark.parametrize("text", [None, "", "😴", "1e3", "0x10", "1_000", 5, True, "1234567"])
    def test_parse_whole_number_junk(self, text):
        """Only a short run of digits, perhaps signed, is a whole number."""
        with pytest.raises(InvalidNumberError):
            parse_whole_number("DAYS", text)

    def test_parse_whole_number_sign(self):
        """A leading sign is read."""
        assert parse_whole_number("DAYS", "-5") == -5
        assert parse_whole_number("DAYS", "+5") == 5

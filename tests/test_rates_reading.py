"""Tests of reading real exports (carewales.rates.reading) and writing CSV (RateTable.to_csv)."""

from __future__ import annotations

import io
import sys
import time
import types

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import carewales
from carewales import errors
from carewales.rates import (
    CSV_FIELDS,
    SUPPRESSION_SYMBOLS,
    RateRow,
    RateTable,
    RefusedRow,
    Suppressed,
    TableReading,
    TotalRow,
    read_csv,
)
from carewales.testing import _rates as strategies
from carewales.text import Bilingual

CLEAN = (
    "authority,count,population\nIsle of Anglesey,90,13500\nPowys,140,26400\nCardiff,660,66400\n"
)
EXPECTED = RateTable(
    [
        RateRow("Isle of Anglesey", 90, 13_500),
        RateRow("Powys", 140, 26_400),
        RateRow("Cardiff", 660, 66_400),
    ]
)


def read(text: str, **kwargs: object) -> TableReading:
    """Read *text* as a file."""
    return read_csv(io.StringIO(text), **kwargs)  # type: ignore[arg-type]


def clean(reading: TableReading) -> RateTable:
    """The reading's one table, after checking nothing was refused."""
    assert reading.refused == ()
    assert len(reading.tables) == 1
    return reading.table


class TestShapes:
    """Every shape of a real export gives the same figures as the clean file."""

    @pytest.mark.parametrize(
        "text",
        [
            CLEAN,
            "\ufeff" + CLEAN,
            CLEAN.replace("authority,count,population", "  AUTHORITY , Count ,POPULATION"),
            CLEAN.replace("authority,count,population", "Local_Authority,Number,Population"),
            (
                "Awdurdod lleol,Nifer,Poblogaeth (pobl)\nYnys Môn,90,13500\nPowys,140,26400\n"
                "Caerdydd,660,66400\n"
            ),
            (
                "Area,Count (number),Population [persons]\nAnglesey,90,13500\nPowys,140,26400\n"
                "Cardiff,660,66400\n"
            ),
            CLEAN.replace(",", ";"),
            CLEAN.replace(",", "\t"),
            CLEAN.replace(",", "|"),
            (
                'authority,count,population\nIsle of Anglesey,90,"13,500"\nPowys,140,"26,400"\n'
                'Cardiff,660,"66,400"\n'
            ),
            (
                "authority;count;population\nIsle of Anglesey;90;13,500\nPowys;140;26,400\n"
                "Cardiff;660;66,400\n"
            ),
            CLEAN.replace("\n", ",,\n"),
            CLEAN.replace("\n", "\r\n"),
            "Children looked after, by authority\n\n" + CLEAN + "Source: StatsWales\n\n",
            "# a comment\n" + CLEAN + "Wales,5000,600000\nNorth Wales,10,100\n",
            CLEAN + "Total Wales,5000,600000\nCyfanswm Cymru,5000,600000\nW92000004,1,10\n",
            CLEAN + "Cymru,5000,600000\nGogledd Cymru,10,100\nGorllewin Morgannwg,1,10\n",
            (
                "code,authority name,count,population\nW06000001,Isle of Anglesey,90,13500\n"
                "W06000023,Powys,140,26400\nW06000015,Cardiff,660,66400\n"
            ),
        ],
    )
    def test_same_figures(self, text):
        """Case, spacing, language, units, delimiters, separators, BOMs and footnotes."""
        assert clean(read(text)) == EXPECTED

    def test_cp1252(self, tmp_path):
        """An Excel file in cp1252 reads with encoding='cp1252' and is refused without it."""
        path = tmp_path / "excel.csv"
        path.write_bytes(CLEAN.replace("Isle of Anglesey", "Ynys Môn").encode("cp1252"))
        assert clean(read_csv(path, encoding="cp1252")) == EXPECTED
        with pytest.raises(errors.InvalidRateError, match="encoding='cp1252'"):
            read_csv(path)
        with pytest.raises(errors.InvalidRateError, match="cannot be read as utf-8 text: ") as info:
            read_csv(path, encoding="utf-8")
        assert "encoding='cp1252'" not in str(info.value)

    def test_binary_and_paths(self, tmp_path):
        """A binary file, a path and a str path all read."""
        path = tmp_path / "rates.csv"
        path.write_text(CLEAN, encoding="utf-8")
        assert clean(read_csv(io.BytesIO(CLEAN.encode()))) == EXPECTED
        assert clean(read_csv(path)) == clean(read_csv(str(path))) == EXPECTED

    def test_standard_input_bytes(self, monkeypatch):
        """'-' reads standard input's bytes, so a BOM and the encoding are handled."""
        data = ("\ufeff" + CLEAN).encode()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="latin-1"))
        assert clean(read_csv("-")) == EXPECTED

    def test_standard_input_text(self, monkeypatch):
        """'-' reads a text standard input that has no byte buffer."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(CLEAN))
        assert clean(read_csv("-")) == EXPECTED

    def test_explicit_columns_and_delimiter(self):
        """Named columns and a given delimiter are used as given."""
        text = (
            "Place|Children|People\nIsle of Anglesey|90|13500\nPowys|140|26400\nCardiff|660|66400\n"
        )
        reading = read(
            text, authority="place", count="CHILDREN", population="people", delimiter="|"
        )
        assert clean(reading) == EXPECTED

    def test_example_file(self):
        """The bundled example reads with its own headings, with nothing refused."""
        from importlib.resources import files

        path = files("carewales").joinpath("data", "example_rates.csv")
        reading = read_csv(
            io.StringIO(path.read_text(encoding="utf-8")),
            count="children_looked_after",
            population="population_under_18",
        )
        assert len(clean(reading).rows) == 22
        assert reading.render() == ""


class TestSuppressionAndRounding:
    """Suppression marks and rounding notes are carried through honestly."""

    @pytest.mark.parametrize("symbol", [*SUPPRESSION_SYMBOLS, "X", "C", "[C]"])
    def test_every_mark(self, symbol):
        """Each mark is a Suppressed cell, never a number."""
        reading = read(f"authority,count,population\nPowys,{symbol},100\nConwy,1,10\n")
        cell = clean(reading).rows[0].count
        assert cell == Suppressed(symbol)

    @pytest.mark.parametrize(
        "text",
        [
            "# Figures are rounded to the nearest 5.\n" + CLEAN,
            CLEAN + "Note: all figures rounded to nearest 5\n",
            "Nodyn: mae'r ffigurau wedi'u talgrynnu i'r 5 agosaf\n" + CLEAN,
        ],
    )
    def test_rounding_note(self, text):
        """A rounding note anywhere in the file becomes a note, in both languages."""
        reading = read(text)
        assert clean(reading) == EXPECTED
        [note] = reading.notes
        assert "rounded to the nearest 5" in note.en
        assert "approximate, not exact" in note.en
        assert "talgrynnu i’r 5 agosaf" in note.cy

    def test_rounding_note_once_per_base(self):
        """The same base noted twice is one note; a base of 0 is no rounding."""
        text = "# rounded to the nearest 5\n# rounded to the nearest 5\n# rounded to nearest 0\n"
        assert len(read(text + CLEAN).notes) == 1

    @given(strategies.rate_tables())
    def test_suppressed_cells_never_become_zero(self, table):
        """A suppressed cell written and read back is still suppressed, never 0."""
        again = read(table.to_csv()).table
        for before, after in zip(table.rows, again.rows, strict=True):
            for field in ("count", "population"):
                if isinstance(getattr(before, field), Suppressed):
                    assert getattr(after, field) == getattr(before, field)


WALES = [a.name.en for a in carewales.all_authorities()]


def wales_file(total: str, *, note: str = "") -> str:
    """All 22 authorities with a count of 10 in 1,000 each, and a total row."""
    rows = "".join(f"{name},10,1000\n" for name in WALES)
    return f"{note}authority,count,population\n{rows}{total}\n"


class TestTotals:
    """Total rows are kept apart and checked against the authorities."""

    def test_matching_wales_total(self):
        """A Wales total that matches gives no note and is not pooled."""
        reading = read(wales_file("Wales,220,22000"))
        assert reading.notes == ()
        [total] = reading.totals
        assert total.name == Bilingual("Wales", "Cymru")
        assert (total.count, total.population, total.line) == (220, 22_000, 24)
        assert len(total.authorities) == 22
        assert reading.table.national().count == 220

    def test_mismatched_wales_total(self):
        """A Wales total that differs gets a note naming both figures."""
        reading = read(wales_file("Cymru,221,22000"))
        [note] = reading.notes
        assert "count of 220" in note.en
        assert "221" in note.en
        assert "allowed for rounding: 0" in note.en
        assert "nifer o 220" in note.cy
        assert reading.table.national().count == 220

    @pytest.mark.parametrize(
        ("given", "noted"), [(225, False), (277, False), (278, True), (163, False), (162, True)]
    )
    def test_rounding_tolerance(self, given, noted):
        """Rounded to 5: each of 22 figures and the total may be off by 2.5, 57.5 in all."""
        text = wales_file(f"Wales,{given},22000", note="# rounded to the nearest 5\n")
        assert len(read(text).notes) == 1 + noted

    def test_population_differs(self):
        """A population that differs is noted too."""
        assert len(read(wales_file("Wales,220,22001")).notes) == 1

    def test_regions(self):
        """A region is checked against its own authorities, by English or Welsh name."""
        text = (
            "authority,count,population\nCardiff,10,100\nVale of Glamorgan,5,50\n"
            "Caerdydd a'r Fro,15,150\nCardiff and Vale of Glamorgan,16,150\nGwent,1,10\n"
        )
        reading = read(text)
        assert [t.name.en for t in reading.totals] == ["Cardiff and Vale"] * 2 + ["Gwent"]
        notes = [n.en for n in reading.notes]
        assert len(notes) == 2
        assert "Cardiff and Vale (line 5): the authorities add up" in notes[0]
        assert "Gwent (line 6) is not checked" in notes[1]

    def test_generic_total(self):
        """A 'Total' row is checked against the authorities in the file."""
        assert read(CLEAN + "Total,890,106300\n").notes == ()
        assert len(read(CLEAN + "Cyfanswm,1,106300\n").notes) == 1
        assert read(CLEAN + "Total,890,106300\n").totals[0].authorities is None

    def test_suppressed_total_not_checked(self):
        """A suppressed total, or suppressed authorities, cannot be checked: a note says so."""
        assert "not checked" in read(wales_file("Wales,*,22000")).notes[0].en
        text = wales_file("Wales,220,22000").replace("Powys,10,1000", "Powys,*,1000")
        assert "heb ei wirio" in read(text).notes[0].cy

    def test_total_without_authorities(self):
        """A total whose period has no table is noted as not checked."""
        reading = read("authority,count,population\nWales,1,10\n")
        assert reading.tables == ()
        assert "not checked" in reading.notes[0].en

    def test_bad_total_refused(self):
        """A total row with a bad cell is refused like any row."""
        reading = read(CLEAN + "Wales,lots,10\nWales,11,10\n")
        assert [r.line for r in reading.refused] == [5, 6]
        assert reading.totals == ()

    @given(strategies.rate_tables(suppressed=False), st.lists(strategies.total_rows(), max_size=3))
    def test_pooled_rates_ignore_total_rows(self, table, totals):
        """Adding total rows anywhere never changes the table or its pooled rate."""
        lines = table.to_csv().splitlines()
        for total in totals:
            cells = [total.name.en, "", str(total.count), str(total.population), *[""] * 7]
            lines.insert(1, ",".join(cells))
        reading = read("\n".join(lines))
        assert reading.table == table
        assert reading.table.national() == table.national()
        assert len(reading.totals) == len(totals)


class TestRefusedRows:
    """Each bad row is reported with its line, column and value; the rest is computed."""

    @pytest.mark.parametrize(
        ("row", "column", "value", "rule"),
        [
            ("Atlantis,1,10", "authority", "Atlantis", "not the code or name"),
            ("Conwy,12.5,100", "count", "12.5", "whole number"),
            ("Conwy,,100", "count", None, "whole number"),
            ("Conwy,1,-5", "population", "-5", "whole number"),
            ("Conwy,1,99999999999", "population", "99999999999", "1,000,000,000"),
            ("Conwy,1,0", "population", "0", "at least 1"),
            ("Conwy,11,10", "count", "11", "must not be above the population (10)"),
            ("Powys,1,10", "authority", "Powys", "already on line 3"),
            ("Conwy,1", None, None, "has 2 fields where the heading has 3"),
            ("Conwy,1,10,extra", None, None, "has 4 fields where the heading has 3"),
        ],
    )
    def test_refused(self, row, column, value, rule):
        """The row is refused, named, and the good rows are still computed."""
        text = f"authority,count,population\n\nPowys,140,26400\n{row}\nCardiff,660,66400\n"
        reading = read(text)
        [refused] = reading.refused
        assert (refused.line, refused.column, refused.value) == (4, column, value)
        assert rule in refused.rule.en
        assert refused.rule.cy
        assert [r.authority.name.en for r in reading.table.rows] == ["Powys", "Cardiff"]

    def test_method_that_cannot_compute(self):
        """Byar's method refuses a count of 0: that row is refused, the others computed."""
        reading = read("authority,count,population\nPowys,0,10\nConwy,10,100\n", method="byar")
        [refused] = reading.refused
        assert refused.column == "count"
        assert "'byar' method" in refused.rule.en
        assert len(reading.table.rows) == 1

    def test_every_row_refused(self):
        """With every row refused there is no table, and .table says why."""
        reading = read("authority,count,population\nAtlantis,1,10\n")
        assert reading.tables == ()
        with pytest.raises(errors.InvalidRateError, match=r"no table.*line 2"):
            _ = reading.table
        with pytest.raises(errors.InvalidRateError, match=r"heading but no rows\.$"):
            _ = read("authority,count,population\n").table

    def test_long_values_are_cut(self):
        """A refused value is kept to 40 characters."""
        reading = read("authority,count,population\n" + "x" * 300 + ",1,10\n")
        assert reading.refused[0].value == "x" * 40

    def test_from_csv_raises_for_refused_rows(self):
        """RateTable.from_csv raises for the first refused row, as 0.1 did."""
        with pytest.raises(errors.UnknownAuthorityError, match="line 2, column 'authority'"):
            RateTable.from_csv(io.StringIO("authority,count,population\nAtlantis,1,10\n"))
        with pytest.raises(errors.InvalidRateError, match="line 2, column 'count' \\(blank\\)"):
            RateTable.from_csv(io.StringIO("authority,count,population\nPowys,,10\n"))

    def test_from_csv_reads_new_shapes(self):
        """RateTable.from_csv reads the new shapes, leaving totals out and periods ignored."""
        text = "Authority;Count;Population;Year\nPowys;140;26400;2020\nWales;1;1;2020\n"
        table = RateTable.from_csv(io.StringIO(text), delimiter=";")
        assert (table.rows, table.period) == ((RateRow("Powys", 140, 26_400),), None)
        assert RateTable.from_csv(io.BytesIO(text.encode("cp1252")), encoding="cp1252") == table


class TestPeriods:
    """A period column gives one table per period, in the file's order."""

    def test_periods(self):
        """Each period is a table; an authority may appear once in each."""
        text = (
            "year,authority,count,population\n2021,Powys,140,26400\n2020,Powys,130,26400\n"
            "2021,Conwy,1,10\n,Cardiff,1,10\n2020,Wales,130,26400\n"
        )
        reading = read(text, period="no year")
        assert [t.period for t in reading.tables] == ["2021", "2020"]
        assert reading.tables[1].rows == (RateRow("Powys", 130, 26_400),)
        assert reading.totals[0].period == "2020"
        assert reading.table.period == "2020"
        [blank] = reading.refused
        assert blank.describe().startswith("line 5, column 'year' (blank): must not be blank")
        assert blank.rule.cy
        assert "Wales" not in " ".join(n.en for n in reading.notes if "add up" in n.en)

    def test_named_period_column(self):
        """A period column given by name is used; a too-long label is refused."""
        text = "when,authority,count,population\nQ1,Powys,1,10\n" + "y" * 201 + ",Conwy,1,10\n"
        reading = read(text, period_column="When")
        assert [t.period for t in reading.tables] == ["Q1"]
        assert reading.refused[0].column == "when"

    def test_short_row_without_period(self):
        """A row that stops before the period column is refused: it has no period."""
        text = "authority,count,population,year\nPowys,1,10\nConwy,1,10,2020\n"
        reading = read(text)
        assert [t.period for t in reading.tables] == ["2020"]
        assert [(r.line, r.column, r.value) for r in reading.refused] == [(2, "year", None)]

    def test_blank_period_column(self):
        """A period column left blank throughout (as to_csv writes) is no period column."""
        text = "Year,authority,count,population\n,Powys,1,10\n,Wales,1,10\n"
        reading = read(text, period="2020")
        assert ([t.period for t in reading.tables], reading.refused) == (["2020"], ())
        assert reading.totals[0].period == "2020"

    def test_blank_period_in_a_trend(self):
        """A blank period among named ones is refused, so the trend keeps its periods."""
        text = "Year,authority,count,population\n2020,Powys,1,10\n,Conwy,1,10\n,Wales,5,50\n"
        reading = read(text)
        assert [t.period for t in reading.tables] == ["2020"]
        assert reading.refused[0].describe() == (
            "line 3, column 'Year' (blank): must not be blank: the file has a period column, "
            "so each row needs its period"
        )
        assert [t.period for t in reading.totals] == [None]


class TestOptions:
    """Options from arguments or from the columns to_csv writes, and refused options."""

    def test_options_from_columns(self):
        """per, confidence and method columns are used unless given."""
        text = 'authority,count,population,per,confidence,method\nPowys,10,1000,"1,000",0.9,exact\n'
        table = read(text).table
        assert (table.per, table.confidence, table.method.value) == (1_000, 0.9, "exact")
        given = read(text, per=100, confidence=0.95, method="wilson").table
        assert (given.per, given.confidence, given.method.value) == (100, 0.95, "wilson")

    @pytest.mark.parametrize(
        "column", ["per,7", "per,many", "confidence,2", "confidence,high", "method,guess"]
    )
    def test_bad_option_columns(self, column):
        """An unusable option column gives a note and the default."""
        name, value = column.split(",")
        reading = read(f"authority,count,population,{name}\nPowys,10,1000,{value}\n")
        assert reading.table == RateTable([RateRow("Powys", 10, 1_000)])
        assert f"the {name} column" in reading.notes[0].en

    def test_blank_option_column(self):
        """A blank option column gives the default, without a note."""
        reading = read("authority,count,population,per\nPowys,10,1000,\nConwy,1,10\n")
        assert (reading.table.per, reading.notes) == (10_000, ())

    @pytest.mark.parametrize(
        ("kwargs", "error", "match"),
        [
            ({"per": 7}, errors.InvalidRateError, "'per'"),
            ({"confidence": 2}, errors.InvalidRateError, "'confidence'"),
            ({"method": "guess"}, errors.InvalidRateError, "'method'"),
            ({"delimiter": ";;"}, errors.InvalidRateError, "'delimiter'"),
            ({"delimiter": 5}, errors.InvalidRateError, "'delimiter'"),
            ({"encoding": "no-such-codec"}, errors.InvalidRateError, "'encoding'"),
            ({"encoding": 5}, errors.InvalidRateError, "'encoding'"),
            ({"count": " "}, errors.InvalidTextError, "'count'"),
            ({"period_column": ""}, errors.InvalidTextError, "'period_column'"),
            ({"period": ""}, errors.InvalidTextError, "'period'"),
        ],
    )
    def test_bad_options(self, kwargs, error, match):
        """A bad option is refused before the file is read."""
        with pytest.raises(error, match=match):
            read(CLEAN, **kwargs)


class TestUnreadable:
    """Only a file that cannot be read at all raises, naming the problem."""

    @pytest.mark.parametrize(
        ("text", "match"),
        [
            ("", "no heading row"),
            ("# only comments\n\n", "no heading row"),
            ("authority,population\nPowys,10\n", r"line 1: the count column 'count' \(or nifer"),
            ("place,n,people\n", "the authority column 'authority'.* and the population column"),
            ('"unclosed\n', "line 1: the authority column"),
        ],
    )
    def test_no_heading(self, text, match):
        """No heading with the columns needed is an error naming them."""
        with pytest.raises(errors.InvalidRateError, match=match):
            read(text)

    def test_named_column_missing(self):
        """A named column that is missing is named."""
        with pytest.raises(errors.InvalidRateError, match="the count column 'plant' is not"):
            read(CLEAN, count="plant")

    def test_bad_sources(self, tmp_path):
        """Missing files, directories and non-files are refused."""
        with pytest.raises(errors.InvalidRateError, match="cannot be read"):
            read_csv(tmp_path / "missing.csv")
        with pytest.raises(errors.InvalidRateError, match="open text or binary file"):
            read_csv(42)  # type: ignore[arg-type]
        with pytest.raises(errors.InvalidRateError, match="open text or binary file"):
            read_csv(types.SimpleNamespace(read=lambda: 5))  # type: ignore[arg-type]

    def test_field_too_large_for_csv(self):
        """A field the csv module cannot hold leaves the file without a heading."""
        with pytest.raises(errors.InvalidRateError, match="line 1: the authority column"):
            read("a" * 140_000 + "\n" + CLEAN)


class TestToCsv:
    """RateTable.to_csv writes machine-readable CSV that read_csv reads back."""

    def test_columns(self):
        """The columns are the JSON field names, without thousands separators."""
        text = EXPECTED.to_csv()
        lines = text.splitlines()
        assert tuple(lines[0].split(",")) == CSV_FIELDS
        assert lines[1].startswith("W06000001,Isle of Anglesey,90,13500,66.66666666666667,")
        assert lines[1].endswith(",10000,0.95,phe,")

    def test_dp_and_suppressed(self):
        """dp rounds the value and limits; a suppressed row has its symbol in them."""
        table = RateTable([RateRow("Powys", "[c]", 100), RateRow("Conwy", 5, 4_000)], period="2020")
        lines = table.to_csv(dp=0).splitlines()
        assert lines[1] == "W06000023,Powys,[c],100,[c],[c],[c],10000,0.95,phe,2020"
        assert lines[2].split(",")[4] == "13"
        with pytest.raises(errors.InvalidRateError, match="'dp'"):
            table.to_csv(dp=13)

    @given(strategies.rate_tables())
    def test_round_trip(self, table):
        """to_csv then read_csv gives an equal table, with nothing refused."""
        reading = read(table.to_csv())
        assert reading.refused == ()
        assert reading.tables == (table,)

    @given(strategies.rate_tables(), st.integers(0, 3))
    def test_round_trip_with_dp(self, table, dp):
        """Rounding the rates does not change the counts and populations read back."""
        assert read(table.to_csv(dp=dp)).table == table


class TestModels:
    """The new models: validation, labels and the report."""

    def test_total_row_rules(self):
        """A total's count may not exceed its population; cells are checked."""
        wales = Bilingual("Wales", "Cymru")
        with pytest.raises(errors.InvalidRateError, match="'count'"):
            TotalRow(wales, 11, 10, 3)
        with pytest.raises(errors.InvalidRateError, match="'line'"):
            TotalRow(wales, 1, 10, 0)
        assert TotalRow(wales, "*", 10, 3).describe() == "Wales (line 3): count *, population 10"
        assert TotalRow(wales, 1, "..", 3).label.cy.startswith("Cymru (llinell 3)")

    def test_refused_row_rules(self):
        """A refused row's column and value are non-blank texts or None."""
        rule = Bilingual("bad", "drwg")
        with pytest.raises(errors.InvalidTextError, match="'column'"):
            RefusedRow(1, "", None, rule)
        assert RefusedRow(2, None, None, rule).describe("cy") == "llinell 2: drwg"

    def test_reading_describe_and_render(self):
        """The reading describes itself and renders its report in both languages and formats."""
        text = "# rounded to the nearest 5\n" + CLEAN + "Atlantis,1,10\nWales,1,10\n"
        reading = read(text)
        assert reading.describe() == "1 table, 1 total row, 1 refused row, 2 notes"
        assert reading.describe("cy") == "1 tabl, 1 rhes gyfanswm, 1 rhes a wrthodwyd, 2 nodyn"
        markdown = reading.render()
        assert markdown.startswith("**Total rows (kept apart from the authorities)**\n\n- Wales")
        assert "**Refused rows**\n\n- line 6, column 'authority' ('Atlantis')" in markdown
        assert "**Notes**" in markdown
        welsh = reading.render("cy", format="text")
        assert "Rhesi a wrthodwyd:\n  llinell 6, colofn 'authority' ('Atlantis')" in welsh
        assert "Nodiadau:" in welsh
        assert read(CLEAN).describe() == "1 table, 0 total rows, 0 refused rows, 0 notes"

    def test_reading_fields(self):
        """A reading's fields hold only their own kind."""
        with pytest.raises(errors.InvalidRateError, match=r"'tables\[0\]'"):
            TableReading(["x"], [], [], [])
        reading = read(CLEAN)
        assert attrs.evolve(reading, notes=[Bilingual("a", "b")]).notes == (Bilingual("a", "b"),)


class TestGracefulEdges:
    """All-suppressed tables, zero counts, one authority, a population of one: never an error."""

    @given(strategies.rate_tables())
    def test_summary_and_render_never_raise(self, table):
        """Any generated table summarises and renders in both languages and formats."""
        for lang in ("en", "cy"):
            assert table.summary().describe(lang)
            for output in ("markdown", "text"):
                assert table.render(lang, format=output)

    @given(strategies.rate_tables(suppressed=False))
    def test_funnels_and_comparisons_never_raise(self, table):
        """Without suppressed cells, comparisons and funnels give an answer for every authority."""
        assert len(table.funnel_comparisons()) == len(table.comparisons()) == len(table.rows)

    def test_all_zero(self):
        """All counts 0: every authority is within limits of 0, and the render says why."""
        table = RateTable([RateRow("Powys", 0, 10), RateRow("Conwy", 0, 1)])
        assert {f.value for f in table.funnel_comparisons().values()} == {"within"}
        assert "Every count is 0" in table.render()
        assert "Mae pob nifer yn 0" in table.render("cy")
        assert "(no ratio: the lowest rate is 0)" in table.summary().describe()

    def test_one_authority(self):
        """One authority: the summary says there is one rate, not a spread."""
        summary = RateTable([RateRow("Powys", 1, 1)]).summary()
        assert summary.describe().startswith("The 1 authority (pooled): 10,000 per 10,000")
        assert "One published rate (Powys, 10,000)" in summary.describe()
        assert "Un gyfradd gyhoeddedig (Powys, 10,000)" in summary.describe("cy")

    def test_all_suppressed_summary_rules(self):
        """An all-suppressed summary has no spread; one with a published rate must have one."""
        summary = RateTable([RateRow("Powys", "*", 10)]).summary()
        assert summary.range is None
        good = RateTable([RateRow("Powys", 1, 10)]).summary()
        with pytest.raises(errors.InvalidRateError, match="'mean_of_rates'"):
            attrs.evolve(summary, mean_of_rates=1.0)
        with pytest.raises(errors.InvalidRateError, match="'minimum'"):
            attrs.evolve(good, minimum=None)


class TestReviewDefects:
    """No row is ever lost silently: the defects an independent review found."""

    def test_unclosed_quote_is_refused(self):
        """An opening quote never closed is refused on its line; the rows after it are read."""
        text = (
            'authority,count,population\nConwy,1,10\n"Powys,1,10\nCardiff,660,66400\nGwynedd,2,20\n'
        )
        reading = read(text)
        [refused] = reading.refused
        assert (refused.line, refused.column, refused.value) == (3, None, None)
        assert refused.describe().startswith('line 3: an opening quote (") is never closed')
        assert "dyfynnod" in refused.describe("cy")
        names = [row.authority.name.en for row in reading.table.rows]
        assert names == ["Conwy", "Cardiff", "Gwynedd"]

    def test_unclosed_quote_on_the_last_line(self):
        """A quote opened on the last line refuses that line only."""
        reading = read(CLEAN + '"Conwy,1,10')
        assert [(r.line, r.column) for r in reading.refused] == [(5, None)]
        assert reading.table == EXPECTED

    def test_unclosed_quote_raises_in_from_csv(self):
        """RateTable.from_csv raises for it, naming the line."""
        with pytest.raises(errors.InvalidRateError, match="line 3: an opening quote"):
            RateTable.from_csv(io.StringIO('authority,count,population\nConwy,1,10\n"Powys,1\n'))

    def test_quoted_record_over_two_lines_starts_on_its_first(self):
        """A record quoted over lines 2 and 3 is reported as line 2; the next as line 4."""
        text = 'authority,count,population\n"Atlantis\nNorth",1,10\nAtlantis,1,2\n'
        assert [r.line for r in read(text).refused] == [2, 4]

    @pytest.mark.parametrize("cell", ["#N/A", "#REF!", "# not a comment"])
    def test_hash_rows_after_the_heading_are_refused(self, cell):
        """After the heading, a row starting with # is read (and refused) like any other."""
        reading = read(CLEAN + f"{cell},1,10\n")
        [refused] = reading.refused
        assert (refused.line, refused.column, refused.value) == (5, "authority", cell)
        assert reading.table == EXPECTED

    def test_hash_footnote_after_the_heading_is_skipped(self):
        """A # line of one cell after the heading is a footnote; # lines before it, comments."""
        text = '# "a comment, with a quote\n' + CLEAN + "# Source: StatsWales\n#N/A,,\n"
        reading = read(text)
        assert (reading.table, reading.refused) == (EXPECTED, ())

    def test_rows_of_empty_cells_are_blank_lines(self):
        """Excel's ,,,,, rows are skipped like blank lines, in read_csv and from_csv."""
        text = "authority,count,population\n,,,,,\nIsle of Anglesey,90,13500\n , ,\n"
        text += "Powys,140,26400\nCardiff,660,66400\n,,\n"
        assert clean(read(text)) == EXPECTED
        assert RateTable.from_csv(io.StringIO(text)) == EXPECTED

    def test_more_refused_rows_than_a_reading_holds(self):
        """Past 10,000 refused rows, a note counts the rest; the good rows are computed."""
        english = "".join(f"English place {i},1,10\n" for i in range(20_000))
        text = "authority,count,population\n" + english + wales_file("")[27:]
        started = time.perf_counter()
        reading = read(text)
        assert time.perf_counter() - started < 9  # about 1 s; slower under coverage
        assert len(reading.refused) == 10_000
        assert reading.refused[-1].line == 10_001
        assert len(reading.table.rows) == 22
        [note] = reading.notes
        assert note.en.startswith("10,000 more rows were refused after the first 10,000")
        assert note.cy.startswith("Gwrthodwyd 10,000 rhes arall")

    def test_exactly_as_many_refused_rows_as_a_reading_holds(self):
        """10,000 refused rows are all listed, without a note."""
        text = CLEAN + "".join(f"Place {i},1,10\n" for i in range(10_000))
        reading = read(text)
        assert (len(reading.refused), reading.notes) == (10_000, ())

    @pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zip", "bz2"])
    def test_codecs_that_are_not_text(self, codec):
        """A codec that is not a text encoding is refused, naming 'encoding'."""
        with pytest.raises(errors.InvalidRateError, match=rf"'encoding' \('{codec}'\)"):
            read_csv(io.BytesIO(CLEAN.encode()), encoding=codec)

    def test_decoding_lookup_error(self):
        """A codec that fails to decode with a LookupError is refused like bad bytes."""

        class Failing(bytes):
            def decode(self, *_: object) -> str:
                msg = "no such codec"
                raise LookupError(msg)

        source = types.SimpleNamespace(read=lambda: Failing(CLEAN.encode()))
        with pytest.raises(errors.InvalidRateError, match="cannot be read as utf-8-sig text"):
            read_csv(source)  # type: ignore[arg-type]

    def test_best_heading_candidate(self):
        """Under title lines, the error names the line with most columns, and how to name them."""
        text = "Children looked after\nby authority\n\nArea,Children,People\nPowys,1,10\n"
        with pytest.raises(errors.InvalidRateError) as caught:
            read(text)
        message = str(caught.value)
        assert message.startswith("line 4: the count column 'count' (or")
        assert "authority column" not in message
        assert "and the population column 'population'" in message
        assert "authority=, count=, population=" in message
        assert "--authority-column, --count-column, --population-column" in message

    def test_first_of_equal_heading_candidates(self):
        """Of lines with as many columns found, the first is named."""
        with pytest.raises(errors.InvalidRateError, match=r"^line 1: the authority column"):
            read('title\nsubtitle\n"open\n')

    def test_only_total_rows(self):
        """A file of total rows says so, in read_csv and from_csv."""
        reading = read("authority,count,population\nWales,10,100\n")
        with pytest.raises(errors.InvalidRateError, match=r"^no table: only total rows: no auth"):
            _ = reading.table
        with pytest.raises(errors.InvalidRateError, match="only total rows: no authority"):
            RateTable.from_csv(io.StringIO("authority,count,population\nWales,10,100\n"))

    def test_total_rows_and_refused_rows(self):
        """With refused rows as well as totals, .table lists the refused rows."""
        reading = read("authority,count,population\nWales,10,100\nAtlantis,1,2\n")
        with pytest.raises(errors.InvalidRateError, match=r"every row was refused.*line 3"):
            _ = reading.table

    def test_oversized_field_after_the_heading(self):
        """A # line after the heading too large for csv is an error, not rows lost."""
        with pytest.raises(errors.InvalidRateError, match="cannot be split into rows"):
            read(CLEAN + '#"' + "a" * 140_000 + '"x,1\n')

    def test_two_authorities_in_one_cell(self):
        """A cell naming two authorities is refused as no authority."""
        reading = read(CLEAN + "Powys and Conwy,1,10\n")
        assert [(r.line, r.value) for r in reading.refused] == [(5, "Powys and Conwy")]

    def test_from_csv_heading_only(self):
        """RateTable.from_csv of a heading alone says the file has no rows."""
        with pytest.raises(errors.InvalidRateError, match="has a heading but no rows"):
            RateTable.from_csv(io.StringIO("authority,count,population\n,,\n"))


class TestRefusedInWelsh:
    """A file that cannot be read is refused in Welsh as well as English."""

    def test_missing_columns(self):
        """The missing columns are named in Welsh: "nid yw colofn ... na cholofn ..."."""
        with pytest.raises(errors.InvalidRateError) as caught:
            read("place,number of children\nPowys,1\n")
        english, welsh = str(caught.value), caught.value.message("cy")
        assert "the count column 'count' (or" in english
        assert welsh.startswith("llinell 1: nid yw colofn yr awdurdod 'authority' (neu ")
        assert ", colofn y nifer 'count' (neu " in welsh
        assert " na cholofn y boblogaeth 'population' (neu " in welsh
        assert "os yw’r ffeil yn eu galw’n rhywbeth arall, enwch y colofnau" in welsh
        with pytest.raises(errors.InvalidRateError) as caught:
            read("authority,count\nPowys,1\n")
        assert "nid yw colofn y boblogaeth 'population' (neu " in caught.value.message("cy")

    def test_a_file_that_cannot_be_read_says_why_in_welsh(self, tmp_path):
        """The operating system's reason and a bad byte are given in Welsh, not Python's words."""
        closed = io.StringIO("authority,count,population\n")
        closed.close()
        cases = [
            (tmp_path / "missing.csv", "nid yw’n bodoli"),
            (tmp_path, "cyfeiriadur yw hwn, nid ffeil"),
            (closed, "ffeil wedi’i chau"),
            (io.BytesIO(b"authority,count,population\nPowys,1,\xff\n"), "beit 36 yn annilys"),
        ]
        for source, reason in cases:
            with pytest.raises(errors.InvalidRateError) as caught:
                RateTable.from_csv(source)
            welsh = caught.value.message("cy")
            assert reason in welsh
            for word in ("No such", "Errno", "directory", "closed", "codec", "position"):
                assert word not in welsh

    @pytest.mark.parametrize(
        ("text", "welsh"),
        [
            ("", "nid oes rhes bennawd yn y ffeil CSV"),
            ("authority,count,population\n", "mae gan y ffeil CSV bennawd ond dim rhesi."),
        ],
    )
    def test_empty_files(self, text, welsh):
        """An empty file and a heading alone are refused in Welsh."""
        with pytest.raises(errors.InvalidRateError) as caught:
            RateTable.from_csv(io.StringIO(text))
        assert welsh in caught.value.message("cy")

    def test_first_refused_row(self):
        """from_csv raises for the first refused row, in both languages."""
        with pytest.raises(errors.InvalidRateError) as caught:
            RateTable.from_csv(io.StringIO("authority,count,population\nPowys,12.5,100\n"))
        assert caught.value.message("cy").startswith(
            "llinell 2, colofn 'count' ('12.5'): rhaid i’r gwerth"
        )

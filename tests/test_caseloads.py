"""Case events, reading them from files, and synthetic caseloads: the rules they keep."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import carewales
from carewales import serial
from carewales.caseloads import CaseEvent, CaseloadReading, EventKind, read_events, synthetic_events
from carewales.errors import CareWalesError, InvalidFieldError
from carewales.testing._caseloads import case_events

HEADINGS = ["child", "authority", "kind", "date", "placement"]
BAD_CELLS = {
    "child": ["", "   ", "x" * 65],
    "authority": ["", "Atlantis", "W99999999"],
    "kind": ["", "birthday", "REFERRAL!"],
    "date": ["", "2024-13-01", "01/05/2024", "2024-5-1", "1950-01-01", "2024-02-30T"],
    "placement": ["somewhere"],
}


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADINGS)
    writer.writerows(rows)
    return out.getvalue()


def _good(event: CaseEvent) -> list[str]:
    placement = "" if event.placement is None else event.placement.value
    return [event.child, event.authority.code, event.kind.value, event.date.isoformat(), placement]


@st.composite
def mixed_rows(draw: st.DrawFn) -> tuple[list[list[str]], list[int], list[CaseEvent]]:
    """Rows of a CSV file, good and bad; the lines of the bad ones; the events of the good."""
    rows: list[list[str]] = []
    bad_lines: list[int] = []
    events: list[CaseEvent] = []
    for _ in range(draw(st.integers(0, 12))):
        event = draw(case_events().filter(lambda e: e.child == e.child.strip()))
        row = _good(event)
        if draw(st.booleans()):
            column = draw(st.sampled_from(HEADINGS))
            row[HEADINGS.index(column)] = draw(st.sampled_from(BAD_CELLS[column]))
            bad_lines.append(len(rows) + 2)
        else:
            events.append(event)
        rows.append(row)
    return rows, bad_lines, events


class TestReading:
    @given(mixed_rows())
    def test_every_bad_row_is_reported_and_every_good_row_read(
        self, drawn: tuple[list[list[str]], list[int], list[CaseEvent]]
    ) -> None:
        rows, bad_lines, events = drawn
        reading = read_events(io.StringIO(_csv(rows)))
        assert [row.line for row in reading.refused] == bad_lines
        assert list(reading.events) == events
        for row in reading.refused:
            assert row.column in HEADINGS
            assert row.rule.en != row.rule.cy

    @given(st.lists(case_events(), max_size=8))
    def test_json_reads_as_csv_does(self, events: list[CaseEvent]) -> None:
        events = [e for e in events if e.child == e.child.strip()]
        items = [dict(zip(HEADINGS, _good(e), strict=True)) for e in events]
        from_json = read_events(io.StringIO(json.dumps(items)))
        from_csv = read_events(io.StringIO(_csv([_good(e) for e in events])))
        assert from_json == from_csv
        assert read_events(items) == from_csv

    def test_welsh_headings_and_names(self) -> None:
        text = "Plentyn;Awdurdod;Math;Dyddiad\nC1;Caerdydd;referral;2024-05-01\n".replace(";", ",")
        (event,) = read_events(io.StringIO(text)).events
        assert event.authority.code == "W06000015"

    def test_comments_before_the_headings_are_skipped_and_lines_still_counted(self) -> None:
        text = "# synthetic\n\nchild,authority,kind,date\nC1,Powys,visit,2024-13-01\n"
        (row,) = read_events(io.StringIO(text)).refused
        assert row.line == 4
        quoted = (
            "child,authority,kind,date\n"
            '"C-1\n# not a comment",Powys,visit,2024-05-01\n'
            "C-2,Powys,visit,2024-05-01\n"
        )
        reading = read_events(io.StringIO(quoted))
        assert [e.child for e in reading.events] == ["C-2"]  # the row after is not lost
        assert [(row.line, row.column) for row in reading.refused] == [(3, "child")]

    def test_a_row_of_the_wrong_width_is_reported(self) -> None:
        text = "child,authority,kind,date\nC1,Powys,referral\n\nC2,Powys,referral,2024-05-01\n"
        reading = read_events(io.StringIO(text))
        assert [row.line for row in reading.refused] == [2]
        assert reading.refused[0].column is None
        assert "heading" in reading.refused[0].describe()
        assert len(reading.events) == 1

    def test_json_items_that_are_not_objects_are_reported(self) -> None:
        items = [
            [1, 2],
            {"child": 7, "authority": "Powys", "kind": "visit", "date": "2024-05-01"},
            {"child": True, "authority": "Powys", "kind": "visit", "date": "2024-05-01"},
            {"child": "C", "authority": 3, "kind": 4, "date": 5},
        ]
        reading = read_events(items)
        assert [(row.line, row.column) for row in reading.refused] == [
            (1, None),
            (3, "child"),
            (4, "authority"),
        ]
        assert reading.events[0].child == "7"

    def test_two_headings_for_one_column_are_an_error_and_placements_belong_to_starts(
        self,
    ) -> None:
        twice = "child,plentyn,authority,kind,date\nC1,X,Powys,referral,2024-05-01\n"
        with pytest.raises(InvalidFieldError, match="two columns for 'child'") as caught:
            read_events(io.StringIO(twice))
        assert "dwy golofn" in caught.value.message("cy")
        text = (
            "child,authority,kind,date,placement\n"
            "C1,Powys,placement-start,2024-05-01,until-18\n"
            "C2,Powys,visit,2024-05-01,until-18\n"
        )
        reading = read_events(io.StringIO(text))
        assert [e.child for e in reading.events] == ["C1"]
        assert [(row.line, row.column) for row in reading.refused] == [(3, "placement")]
        assert "placement-start" in reading.refused[0].describe("cy")
        items = [
            {"child": "C1", "plentyn": "X", "authority": "Powys", "kind": "visit"},
        ]
        refused = read_events(items).refused
        assert [(row.column, row.value) for row in refused] == [("date", None)]

    def test_missing_columns_are_an_error_naming_them(self) -> None:
        with pytest.raises(InvalidFieldError, match="'kind', 'date'") as caught:
            read_events(io.StringIO("child,authority\nC1,Powys\n"))
        assert "'math', 'dyddiad'" in caught.value.message("cy")
        with pytest.raises(InvalidFieldError, match="no column"):
            read_events(io.StringIO(""), format="csv")

    def test_files_by_path_and_suffix(self, tmp_path: Path) -> None:
        events = list(synthetic_events(3))
        items = [dict(zip(HEADINGS, _good(e), strict=True)) for e in events]
        (tmp_path / "a.json").write_text(json.dumps(items), encoding="utf-8")
        (tmp_path / "a.csv").write_text(_csv([_good(e) for e in events]), encoding="utf-8")
        assert read_events(tmp_path / "a.json").events == tuple(events)
        assert read_events(str(tmp_path / "a.csv")).events == tuple(events)
        with (tmp_path / "a.csv").open(encoding="utf-8") as stream:
            assert read_events(stream, format="csv").events == tuple(events)

    def test_standard_input(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(
            "sys.stdin", io.StringIO("child,authority,kind,date\nC,Powys,visit,2024-05-01\n")
        )
        assert len(read_events("-").events) == 1

    @pytest.mark.parametrize(
        ("source", "options", "words"),
        [
            (42, {}, "must be a path"),
            ("/no/such/file.csv", {}, "cannot be read"),
            (io.StringIO("{"), {"format": "json"}, "is not JSON"),
            (io.StringIO("{}"), {"format": "json"}, "JSON array"),
            (io.StringIO(""), {"format": "xml"}, "'csv' or 'json'"),
        ],
    )
    def test_junk_sources_raise_a_bilingual_library_error(
        self, source: object, options: dict[str, str], words: str
    ) -> None:
        with pytest.raises(CareWalesError, match=words) as caught:
            read_events(source, **options)
        assert caught.value.cy is not None
        assert caught.value.message("cy") != str(caught.value)

    def test_the_reading_describes_itself_in_both_languages(self) -> None:
        reading = CaseloadReading((), ())
        assert reading.describe() == "0 events read; 0 rows refused"
        assert "Digwyddiadau" in reading.describe("cy")


class TestEvents:
    @given(case_events())
    def test_round_trip(self, event: CaseEvent) -> None:
        assert serial.from_json(serial.to_json(event), CaseEvent) == event

    def test_only_the_start_of_a_placement_says_what_it_is(self) -> None:
        day = dt.date(2024, 5, 1)
        assert CaseEvent("C1", "Powys", "placement-start", day, "until-18").placement is not None
        with pytest.raises(CareWalesError, match="placement"):
            CaseEvent("C1", "Powys", "visit", day, "until-18")
        with pytest.raises(CareWalesError, match="placement"):
            CaseEvent("C1", "Powys", "placement-start", day, "nowhere")

    def test_codes_names_and_stable_values_are_accepted(self) -> None:
        event = CaseEvent("C1", "W06000023", "visit", dt.date(2024, 5, 1))
        assert event.authority == carewales.authority("Powys")
        assert event.kind is EventKind.VISIT
        assert event.describe() == "C1, Powys: Visit to the child, 1 May 2024"

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("child", ""),
            ("authority", "Atlantis"),
            ("kind", "nap"),
            ("date", dt.datetime(2024, 1, 1)),
        ],
    )
    def test_junk_is_refused(self, field: str, value: object) -> None:
        fields = {"child": "C1", "authority": "Powys", "kind": "visit", "date": dt.date(2024, 5, 1)}
        fields[field] = value
        with pytest.raises(CareWalesError, match=field):
            CaseEvent(**fields)  # type: ignore[arg-type]


class TestSynthetic:
    @given(st.integers(1, 40), st.integers(0, 2**32), st.integers(1, 40))
    def test_deterministic_and_the_same_for_the_first_children(
        self, size: int, seed: int, more: int
    ) -> None:
        small = list(synthetic_events(size, seed=seed))
        large = list(synthetic_events(size + more, seed=seed))
        assert large[: len(small)] == small
        assert {e.child for e in large} == {f"SYN-{n:06d}" for n in range(1, size + more + 1)}

    @given(st.integers(1, 30), st.dates(dt.date(2020, 1, 1), dt.date(2025, 1, 1)))
    def test_each_child_in_date_order_and_nothing_after_until(
        self, size: int, until: dt.date
    ) -> None:
        events = list(synthetic_events(size, start=dt.date(2020, 1, 1), until=until))
        assert all(event.date <= until for event in events)
        by_child: dict[str, list[dt.date]] = {}
        for event in events:
            by_child.setdefault(event.child, []).append(event.date)
        assert all(days == sorted(days) for days in by_child.values())

    def test_every_kind_occurs_in_a_large_enough_caseload(self) -> None:
        kinds = {event.kind for event in synthetic_events(300)}
        assert kinds == set(EventKind)

    @pytest.mark.parametrize(
        ("options", "field"),
        [
            ({"children": 0}, "children"),
            ({"children": 1, "days": 0}, "days"),
            ({"children": 1, "start": "2024"}, "start"),
        ],
    )
    def test_junk_options_are_refused(self, options: dict[str, object], field: str) -> None:
        with pytest.raises(CareWalesError, match=field):
            list(synthetic_events(**options))  # type: ignore[arg-type]


class TestSourcesAnalystsHave:
    def test_a_dataframe_and_its_records(self) -> None:
        pandas = pytest.importorskip("pandas")
        frame = pandas.DataFrame(
            {
                "child": ["C1", "C2", "C3"],
                "authority": ["Powys", "W06000015", "Caerdydd"],
                "kind": ["placement-start", "referral", "visit"],
                "date": pandas.to_datetime(
                    ["2024-05-01 00:00", "2024-05-02 00:00", "2024-05-03 10:30"]
                ),
                "placement": ["until-18", pandas.NaT, pandas.NA],
                "notes": ["an extra column", "is left alone", ""],
            }
        )
        reading = read_events(frame)
        assert [e.child for e in reading.events] == ["C1", "C2"]
        assert [(row.line, row.column) for row in reading.refused] == [(3, "date")]
        assert read_events(frame.to_dict("records")) == reading
        text = "child,authority,kind,date,placement,notes\nC1,Powys,visit,2024-05-01,  ,x\n"
        assert len(read_events(io.StringIO(text)).events) == 1

    @given(mixed_rows())
    def test_an_arrow_table_reads_as_its_csv_does(
        self, drawn: tuple[list[list[str]], list[int], list[CaseEvent]]
    ) -> None:
        pyarrow = pytest.importorskip("pyarrow")
        rows, _, _ = drawn
        text = _csv(rows)
        schema = pyarrow.schema([(heading, pyarrow.string()) for heading in HEADINGS])
        table = pyarrow.Table.from_pylist(list(csv.DictReader(io.StringIO(text))), schema=schema)
        from_csv = read_events(io.StringIO(text))
        from_arrow = read_events(table)
        # A CSV row's line counts the heading; an Arrow row's position does not.
        assert from_arrow.events == from_csv.events
        assert [(r.line + 1, r.column, r.value) for r in from_arrow.refused] == [
            (r.line, r.column, r.value) for r in from_csv.refused
        ]

    def test_arrow_types_batches_and_parquet(self, tmp_path: Path) -> None:
        pyarrow = pytest.importorskip("pyarrow")
        parquet = pytest.importorskip("pyarrow.parquet")
        day = pyarrow.array([dt.date(2024, 5, 1), dt.date(2024, 5, 2), None], pyarrow.date32())
        table = pyarrow.table(
            {
                "plentyn": pyarrow.array(["C1", "C2", "C3"], pyarrow.large_string()),
                "authority": pyarrow.array(["Powys", "Caerdydd", "Powys"]).dictionary_encode(),
                "kind": ["placement-start", "visit", "visit"],
                "date": day,
                "placement": ["until-18", None, None],
            }
        )
        reading = read_events(table)
        assert [e.child for e in reading.events] == ["C1", "C2"]
        assert [(r.line, r.column, r.value) for r in reading.refused] == [(3, "date", None)]
        # A table of several record batches reads as one table, rows numbered throughout.
        batched = pyarrow.Table.from_batches(table.to_batches(max_chunksize=1))
        assert batched.num_rows == 3
        assert len(batched.to_batches()) == 3
        assert read_events(batched) == reading
        assert read_events(table.to_batches()[0]) == reading
        # Parquet, the usual columnar export, through pyarrow.parquet.
        path = tmp_path / "events.parquet"
        parquet.write_table(table, path)
        assert read_events(parquet.read_table(path)) == reading
        # Timestamps: midnight without a zone is a date; anything else is refused.
        stamps = pyarrow.array(
            [dt.datetime(2024, 5, 1), dt.datetime(2024, 5, 1, 9, 30)], pyarrow.timestamp("ns")
        )
        zoned = pyarrow.array([dt.datetime(2024, 5, 1)], pyarrow.timestamp("s", tz="UTC"))
        timed = pyarrow.table(
            {
                "child": ["C1", "C2"],
                "authority": ["Powys"] * 2,
                "kind": ["visit"] * 2,
                "date": stamps,
            }
        )
        reading = read_events(timed)
        assert [e.date for e in reading.events] == [dt.date(2024, 5, 1)]
        assert [(r.line, r.column) for r in reading.refused] == [(2, "date")]
        assert "midnight" in reading.refused[0].rule.en
        assert "hanner nos" in reading.refused[0].rule.cy
        zoned_table = pyarrow.table(
            {"child": ["C1"], "authority": ["Powys"], "kind": ["visit"], "date": zoned}
        )
        assert [r.column for r in read_events(zoned_table).refused] == ["date"]

    def test_arrow_streams_cells_beyond_python_and_the_columns_a_table_lacks(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        pyarrow = pytest.importorskip("pyarrow")
        parquet = pytest.importorskip("pyarrow.parquet")
        from carewales.caseloads import reading

        rows = [
            {"child": f"C{n}", "authority": "Powys", "kind": "visit", "date": dt.date(2024, 5, 1)}
            for n in range(5)
        ]
        table = pyarrow.Table.from_pylist(rows)
        whole = read_events(table)
        assert len(whole.events) == 5
        # A reader of record batches, and Parquet's batches, are read row by row.
        stream = pyarrow.RecordBatchReader.from_batches(table.schema, table.to_batches(2))
        assert read_events(stream) == whole
        path = tmp_path / "events.parquet"
        parquet.write_table(table, path)
        assert read_events(parquet.ParquetFile(path).iter_batches(batch_size=2)) == whole
        # A table made in one piece is still turned into Python a bounded batch at a time.
        monkeypatch.setattr(reading, "_BATCH_ROWS", 2)
        assert read_events(table) == whole
        # A cell beyond Python's dates is a refused row; the rest of its batch is read.
        far = pyarrow.array([1714521600, 253402300800 * 10, 1714521600], pyarrow.timestamp("s"))
        wide = pyarrow.array([19844, 2**31 - 1, 19844], pyarrow.date32())
        for column in (far, wide):
            odd = pyarrow.table(
                {
                    "child": ["A", "B", "C"],
                    "authority": ["Powys"] * 3,
                    "kind": ["visit"] * 3,
                    "date": column,
                }
            )
            reading_ = read_events(odd)
            assert [e.child for e in reading_.events] == ["A", "C"]
            (refused,) = reading_.refused
            assert refused.line == 2
            assert (refused.column, refused.value) == ("date", f"<{column.type}>")
            assert "1971" in refused.rule.en
            assert "1971" in refused.rule.cy
        beyond = pyarrow.table(
            {
                "child": pyarrow.array([253402300800 * 10], pyarrow.timestamp("s")),
                "authority": ["Powys"],
                "kind": ["visit"],
                "date": [dt.date(2024, 5, 1)],
            }
        )
        assert [(r.column, r.value) for r in read_events(beyond).refused] == [
            ("child", "<timestamp[s]>")
        ]
        # The columns are checked before any row, as a CSV file's headings are.
        with pytest.raises(InvalidFieldError, match="has no column 'date'") as caught:
            read_events(table.drop_columns(["date"]))
        assert caught.value.cy is not None
        twice = table.append_column("plentyn", pyarrow.array(["X"] * 5))
        with pytest.raises(InvalidFieldError, match="two columns for 'child'"):
            read_events(twice)
        with pytest.raises(InvalidFieldError, match="has no column"):
            read_events(pyarrow.RecordBatchReader.from_batches(pyarrow.schema([]), []))

    def test_a_polars_like_frame_is_read_through_arrow_and_odd_schemas_are_row_checked(
        self,
    ) -> None:
        pyarrow = pytest.importorskip("pyarrow")
        table = pyarrow.table(
            {"child": ["C1"], "authority": ["Powys"], "kind": ["visit"], "date": ["2024-05-01"]}
        )

        class Frame:  # what polars.DataFrame offers: its columns and an Arrow table
            columns = table.column_names

            def to_arrow(self) -> object:
                return table

        assert read_events(Frame()) == read_events(table)

        class Odd:
            class schema:  # noqa: N801 (as pyarrow names it)
                names = 5

            def to_pylist(self) -> list[dict[str, str]]:
                return [{"child": "C1", "authority": "Powys", "kind": "visit"}]

        (refused,) = read_events(Odd()).refused
        assert refused.column == "date"

    def test_a_refused_date_and_time_is_shown_as_iso_text(self) -> None:
        pandas = pytest.importorskip("pandas")
        london = pandas.Timestamp("2019-05-01 00:00", tz="Europe/London")
        almost = pandas.Timestamp("2019-05-01 00:00:00.000000001")
        frame = pandas.DataFrame(
            {
                "child": ["A", "B", "C"],
                "authority": ["Powys"] * 3,
                "kind": ["visit"] * 3,
                "date": pandas.Series(
                    [london, almost, dt.datetime(2019, 5, 1, 9, 30)], dtype=object
                ),
            }
        )
        reading = read_events(frame)
        assert reading.events == ()
        assert [r.value for r in reading.refused] == [
            "2019-05-01T00:00:00+01:00",
            "2019-05-01T00:00:00.000000001",
            "2019-05-01T09:30:00",
        ]
        with pytest.raises(InvalidFieldError, match="has no column 'kind'"):
            read_events(frame.drop(columns=["kind"]))

    def test_an_arrow_like_table_and_database_rows(self) -> None:
        class Table:
            def to_pylist(self) -> list[dict[str, object]]:
                return [
                    {
                        "child": 1,
                        "authority": "Powys",
                        "kind": "visit",
                        "date": dt.date(2024, 5, 1),
                    },
                    {
                        "child": "C2",
                        "authority": "Powys",
                        "kind": "visit",
                        "date": dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
                    },
                ]

        reading = read_events(Table())
        assert [e.child for e in reading.events] == ["1"]
        assert reading.refused[0].column == "date"

    @pytest.mark.parametrize(
        ("cell", "column"),
        [("2024-W01-1", "date"), ("2024-5-01", "date"), ("2101-01-01", "date")],
    )
    def test_only_real_iso_dates_in_range(self, cell: str, column: str) -> None:
        text = f"child,authority,kind,date\nC1,Powys,visit,{cell}\n"
        (row,) = read_events(io.StringIO(text)).refused
        assert row.column == column

    def test_a_file_in_another_encoding(self, tmp_path: Path) -> None:
        path = tmp_path / "latin.csv"
        path.write_bytes(
            "child,authority,kind,date\nC1,Ynys Môn,visit,2024-05-01\n".encode("latin-1")
        )
        with pytest.raises(InvalidFieldError, match="encoding='cp1252'") as caught:
            read_events(path)
        assert "amgodiad" in caught.value.message("cy")
        assert read_events(path, encoding="latin-1").events[0].authority.code == "W06000001"
        with pytest.raises(InvalidFieldError, match="encoding='cp1252'"):
            read_events(path, format="csv")
        (tmp_path / "latin.json").write_bytes(b'[{"child": "M\xf4n"}]')
        with pytest.raises(InvalidFieldError, match="encoding"):
            read_events(tmp_path / "latin.json")
        with pytest.raises(InvalidFieldError, match="not a text encoding"):
            read_events(path, encoding="no-such-codec")
        with pytest.raises(InvalidFieldError, match="not a text encoding"):
            read_events(path, encoding="base64")  # a codec, but of bytes, not of text

    def test_an_open_binary_file_is_decoded_and_a_bad_byte_named_by_its_line(self) -> None:
        text = "child,authority,kind,date\nC1,Ynys Môn,visit,2024-05-01\n"
        reading = read_events(io.BytesIO(text.encode("utf-8")))
        assert reading.events[0].authority.code == "W06000001"
        assert read_events(io.BytesIO(text.encode("cp1252")), encoding="cp1252") == reading
        with pytest.raises(InvalidFieldError, match=r"near line 2\)") as caught:
            read_events(io.BytesIO(text.encode("cp1252")))
        assert "tua llinell 2)" in caught.value.message("cy")

    def test_a_field_too_long_for_csv_is_one_refused_row(self) -> None:
        text = (
            "child,authority,kind,date\nC,Powys,referral,"
            + "x" * 200_000
            + "\nC-1,Powys,referral,2024-05-01\n"
        )
        reading = read_events(io.StringIO(text))
        assert [e.child for e in reading.events] == ["C-1"]
        assert reading.refused[0].column is None
        assert "CSV" in reading.refused[0].describe("cy")

    @pytest.mark.parametrize("text", ["[" + "1" * 5000 + "]", "[" * 100_000 + "]" * 100_000])
    def test_json_that_cannot_be_read(self, text: str) -> None:
        with pytest.raises(InvalidFieldError, match="cannot be read") as caught:
            read_events(io.StringIO(text), format="json")
        assert caught.value.message("cy") != str(caught.value)

    def test_standard_input_with_a_byte_order_mark(self, monkeypatch: pytest.MonkeyPatch) -> None:
        data = "\ufeffchild,authority,kind,date\nC1,Ynys Môn,visit,2024-05-01\n".encode()
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"))
        assert len(read_events("-").events) == 1
        monkeypatch.setattr(
            "sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="ascii")
        )
        with pytest.raises(InvalidFieldError, match="encoding"):
            read_events("-")

    def test_a_child_identifier_on_two_lines_is_refused(self) -> None:
        items = [{"child": "C-\n1", "authority": "Powys", "kind": "visit", "date": "2024-05-01"}]
        assert read_events(items).refused[0].column == "child"

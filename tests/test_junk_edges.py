"""Junk that slipped past 0.2's first review: each case states the rule it breaks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import carewales
from carewales import serial
from carewales import testing as cwst
from carewales.caseloads import CaseDeadline, CaseEvent, EventKind
from carewales.collaboration import JointService
from carewales.errors import CareWalesError, DocumentError, InvalidTextError
from carewales.inspections import ImprovementPlan, Priority, Rating, ThemeRating

LONE = "\ud800"


def _deep(levels: int = 1000) -> list[object]:
    outer: list[object] = []
    inner = outer
    for _ in range(levels):
        nested: list[object] = []
        inner.append(nested)
        inner = nested
    return outer


@pytest.mark.parametrize("text", [LONE, f"Ynys Môn{LONE}", f"{LONE}x"])
@given(data=st.data())
def test_text_that_utf8_cannot_hold_is_refused(text: str, data: st.DataObject) -> None:
    """A lone surrogate cannot be written as UTF-8, so no text field holds one."""
    with pytest.raises(InvalidTextError) as caught:
        carewales.Bilingual(text, "x")
    assert caught.value.cy is not None
    priority = data.draw(cwst.strategy_for(Priority))
    with pytest.raises(InvalidTextError):
        attrs.evolve(priority, owner=text)
    document = '{"schema_version": 1, "en": "\\ud800", "cy": "b"}'
    with pytest.raises(DocumentError):
        serial.from_json(document, carewales.Bilingual)


@pytest.mark.parametrize("child", ["a\nb", "a\x00b", " C1", "C1 ", "a\tb", "C\u200d1"])
@given(data=st.data())
def test_a_child_identifier_is_one_printable_line(child: str, data: st.DataObject) -> None:
    """A child's identifier is printable text on one line, with no space around it."""
    event = CaseEvent("C1", "Powys", EventKind.REFERRAL, dt.date(2024, 5, 1))
    with pytest.raises(InvalidTextError, match="'child'"):
        attrs.evolve(event, child=child)
    row = data.draw(cwst.strategy_for(CaseDeadline))
    with pytest.raises(InvalidTextError, match="'child'"):
        attrs.evolve(row, child=child)


@pytest.mark.parametrize(
    ("model", "field", "wrap"),
    [
        (ThemeRating, "rating", lambda junk: junk),
        (ImprovementPlan, "actions", lambda junk: (junk,)),
    ],
)
@given(data=st.data())
def test_junk_nested_too_deep_to_print_is_still_refused(
    model: type, field: str, wrap: object, data: st.DataObject
) -> None:
    """Nesting too deep for repr is a refused value, not a RecursionError."""
    example = data.draw(cwst.strategy_for(model))
    with pytest.raises(CareWalesError) as caught:
        attrs.evolve(example, **{field: wrap(_deep())})  # type: ignore[operator]
    assert f"'{field}" in str(caught.value)


@given(data=st.data())
def test_a_rating_level_is_a_str_before_it_is_a_level(data: st.DataObject) -> None:
    """An array or a Series equal to a level is not a level, nor is pandas' NA."""
    numpy = pytest.importorskip("numpy")
    pandas = pytest.importorskip("pandas")
    rating = data.draw(cwst.strategy_for(Rating))
    for junk in (numpy.array(rating.level), pandas.NA, pandas.Series([rating.level])):
        with pytest.raises(CareWalesError, match="'level'"):
            attrs.evolve(rating, level=junk)


@given(st.decimals(0, 10**12, allow_nan=False, allow_infinity=False), st.data())
def test_money_is_written_as_the_schema_reads_it(budget: Decimal, data: st.DataObject) -> None:
    """A budget is written as digits and a point, never an exponent, and reads back equal."""
    service = attrs.evolve(data.draw(cwst.strategy_for(JointService)), budget=budget)
    written = serial.to_dict(service)["budget"]
    assert isinstance(written, str)
    assert "E" not in written.upper()
    assert serial.from_dict(serial.to_dict(service), JointService) == service


@given(data=st.data())
def test_an_exponent_is_written_out(data: st.DataObject) -> None:
    """Decimal("1E+3") is 1000 pounds, and says so."""
    example = data.draw(cwst.strategy_for(JointService))
    service = attrs.evolve(example, budget=Decimal("1E+3"))
    assert str(service.budget) == "1000"
    assert serial.to_dict(service)["budget"] == "1000"


@pytest.mark.parametrize("version", [None, 1.0, True, "1", [1], 2])
def test_a_schema_version_is_exactly_the_int_1(version: object) -> None:
    """Only the int 1 is schema version 1; anything else is a document error, in Welsh too."""
    with pytest.raises(DocumentError) as caught:
        serial.from_dict({"schema_version": version, "en": "a", "cy": "b"}, carewales.Bilingual)
    assert caught.value.cy is not None


def test_a_schema_version_from_numpy_or_pandas_is_a_document_error() -> None:
    """numpy's 1 and pandas' NA are not the document's 1: never a TypeError."""
    numpy = pytest.importorskip("numpy")
    pandas = pytest.importorskip("pandas")
    for version in (numpy.int64(1), numpy.array([1, 1]), pandas.NA):
        with pytest.raises(DocumentError):
            serial.from_dict({"schema_version": version, "en": "a", "cy": "b"}, carewales.Bilingual)

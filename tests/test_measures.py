"""Tests for carewales.measures: the catalogue of performance measures."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import measures as m
from carewales.deadlines import TimeUnit
from carewales.errors import (
    CareWalesError,
    DateRangeError,
    InvalidDateError,
    InvalidFieldError,
    UnknownKeyError,
    UnsupportedDateError,
)
from carewales.serial import from_json, to_json
from carewales.testing import _measures as tms
from carewales.text import Bilingual

PM24 = "pm-2016-24"


class TestCatalogue:
    def test_every_measure_names_its_source(self):
        """Every measure has a pinpoint source with an English and a Welsh page."""
        for item in m.measures():
            assert item.source.url.startswith("https://statswales.gov.wales/")
            assert item.source.url_cy is not None
            assert item.source.url_cy.startswith("https://statscymru.llyw.cymru/")
            assert item.code in item.source.reference.en

    def test_pm24_as_published(self):
        """PM24 reads as StatsWales defines it: 42 working days from the point of referral."""
        pm24 = m.measure(PM24)
        assert pm24.code == "PM24"
        assert pm24.kind is m.MeasureKind.WITHIN_TIMESCALE
        assert (pm24.start_event, pm24.event) == (
            m.MeasureEvent.REFERRAL,
            m.MeasureEvent.ASSESSMENT_COMPLETED,
        )
        assert (pm24.amount, pm24.unit) == (42, TimeUnit.WORKING_DAYS)
        assert pm24.numerator is not None
        assert "within 42 working days from the point of referral" in pm24.numerator.en
        assert "o fewn 42 diwrnod gwaith i’r pwynt atgyfeirio" in pm24.numerator.cy
        assert pm24.population is m.Population.ASSESSMENTS_COMPLETED
        assert pm24.computable

    def test_pm26_as_published(self):
        """PM26 reads as StatsWales defines it: those returned home, of those looked after."""
        pm26 = m.measure("PM26")
        assert pm26.key == "pm-2016-26"
        assert (pm26.kind, pm26.event, pm26.at_least) == (
            m.MeasureKind.AT_LEAST,
            m.MeasureEvent.RETURNED_HOME,
            1,
        )
        assert pm26.population is m.Population.LOOKED_AFTER_DURING_YEAR
        assert pm26.numerator is not None
        assert pm26.denominator is not None
        assert pm26.numerator.en == (
            "Number of looked after children who returned home from care during the year"
        )
        assert pm26.denominator.en == "Number of looked after children during the year"
        assert pm26.computable

    def test_titles_state_their_timescales(self):
        """Each timescale in the structured fields appears in the measure's own title."""
        words = {TimeUnit.WORKING_DAYS: "working days", TimeUnit.MONTHS: "months"}
        for item in m.measures():
            if item.kind is m.MeasureKind.WITHIN_TIMESCALE and item.code != "PM24":
                assert item.unit is not None
                assert f"{item.amount} {words[item.unit]}" in item.title.en
        assert "three or more" in m.measure("pm-2016-33").title.en

    def test_a_measure_without_a_known_population_is_not_computable(self):
        """PM30's title does not name its denominator, so it is not computable."""
        assert not m.measure("pm-2016-30").computable

    def test_every_measure_in_the_catalogue_is_in_force_in_its_period(self):
        """The catalogue's measures apply from April 2016 to March 2020."""
        assert m.measures(dt.date(2015, 3, 31)) == ()
        assert m.measures(dt.date(2016, 4, 1)) == m.measures()
        assert m.measures(dt.date(2020, 4, 1)) == ()

    def test_welsh_quotes_are_curly(self):
        """The data file uses curly apostrophes only."""
        for item in m.measures():
            assert "'" not in to_json(item).replace('\\"', "")

    def test_schema_version(self):
        """Each entry of the data file carries a schema version."""
        from carewales._lazy import load_json

        assert {row["schema_version"] for row in load_json("performance_measures.json")} == {1}


class TestLookup:
    @pytest.mark.parametrize("key", ["pm-2016-24", "PM-2016-24", " pm_2016 24 "])
    def test_keys_ignore_case(self, key):
        """Keys ignore case, and '_' or spaces for '-'."""
        assert m.measure(key).code == "PM24"

    @pytest.mark.parametrize("code", ["PM24", "pm24", "PM31"])
    def test_codes_are_keys_too(self, code):
        """The published code finds its measure."""
        assert m.measure(code).code == code.upper()

    def test_unknown_key_suggests_in_welsh(self):
        """An unknown key is explained in Welsh too."""
        with pytest.raises(UnknownKeyError) as caught:
            m.measure("PM25")
        assert caught.value.cy is not None
        assert "unrhyw fesur perfformiad" in caught.value.cy
        assert "PM24" in caught.value.cy

    def test_unknown_key_suggests(self):
        """An unknown key raises the lookup error with suggestions."""
        with pytest.raises(UnknownKeyError, match=r"Did you mean .*'pm-2016-24'"):
            m.measure("pm-2016-42")

    def test_outside_its_period(self):
        """A measure asked for on a day it did not apply is refused, in both languages."""
        with pytest.raises(UnsupportedDateError) as caught:
            m.measure(PM24, on=dt.date(2021, 4, 1))
        assert "2016-04-01 to 2020-03-31" in str(caught.value)
        assert caught.value.cy is not None
        assert "hyd at 2020-03-31" in caught.value.cy
        assert "1 Ebrill 2021" in caught.value.cy
        assert m.measure(PM24, on=dt.date(2018, 5, 1)).code == "PM24"

    @given(st.dates())
    def test_on_agrees_with_covers(self, day):
        """measures(on) lists exactly the measures that cover the day."""
        assert m.measures(day) == tuple(x for x in m.measures() if x.covers(day))

    @pytest.mark.parametrize("junk", [None, 7, "", "😴"])
    def test_junk_keys(self, junk):
        """Junk keys raise the library's error."""
        with pytest.raises(CareWalesError):
            m.measure(junk)

    def test_junk_days(self):
        """A datetime is not a day."""
        with pytest.raises(InvalidDateError):
            m.measures(dt.datetime(2018, 1, 1))


class TestModel:
    @given(tms.performance_measures())
    def test_round_trip(self, item):
        """Every measure survives JSON."""
        assert from_json(to_json(item), m.PerformanceMeasure) == item

    @given(tms.performance_measures(), st.dates())
    def test_covers_is_the_period(self, item, day):
        """covers(day) is true exactly from valid_from to valid_to."""
        inside = item.valid_from <= day and (item.valid_to is None or day <= item.valid_to)
        assert item.covers(day) is inside

    @given(tms.performance_measures(), st.sampled_from(["en", "cy"]))
    def test_describe_and_label(self, item, lang):
        """describe gives the code and the title in one line; label is the title."""
        assert item.describe(lang) == f"{item.code}: {item.title.in_(lang)}"
        assert item.label == item.title
        assert item.source.label == item.source.document

    def test_period_boundaries(self):
        """The first and last days of the period are in it; the days either side are not."""
        pm24 = m.measure(PM24)
        assert pm24.valid_to is not None
        one = dt.timedelta(days=1)
        assert pm24.covers(pm24.valid_from)
        assert not pm24.covers(pm24.valid_from - one)
        assert pm24.covers(pm24.valid_to)
        assert not pm24.covers(pm24.valid_to + one)
        assert attrs.evolve(pm24, valid_to=pm24.valid_from).covers(pm24.valid_from)
        assert attrs.evolve(pm24, valid_to=None).covers(dt.date(2100, 12, 31))

    def test_amount_boundaries(self):
        """Amounts and counts run from 1 to MAX_AMOUNT, both included."""
        pm24 = m.measure(PM24)
        assert attrs.evolve(pm24, amount=m.MAX_AMOUNT).amount == m.MAX_AMOUNT
        assert attrs.evolve(pm24, amount=1).amount == 1
        with pytest.raises(InvalidFieldError, match="'amount'"):
            attrs.evolve(pm24, amount=m.MAX_AMOUNT + 1)
        pm33 = m.measure("pm-2016-33")
        with pytest.raises(InvalidFieldError, match="'at_least'"):
            attrs.evolve(pm33, at_least=0)

    def test_messages_name_field_value_and_rule(self):
        """Cross-field errors name the field, the value and the rule, in both languages."""
        pm24 = m.measure(PM24)
        with pytest.raises(DateRangeError) as caught:
            attrs.evolve(pm24, valid_to=dt.date(2016, 3, 31))
        assert str(caught.value) == (
            "performance measure 'pm-2016-24': 'valid_to' (datetime.date(2016, 3, 31)) "
            "must not be before 'valid_from' (2016-04-01)."
        )
        assert caught.value.cy is not None
        assert "rhaid iddo beidio â bod cyn 'valid_from' (2016-04-01)" in caught.value.cy
        with pytest.raises(InvalidFieldError, match="needs 'at_least'"):
            attrs.evolve(m.measure("pm-2016-33"), unit=TimeUnit.WEEKS)
        with pytest.raises(InvalidFieldError, match=r"'start_event' .* must not be 'event'"):
            attrs.evolve(pm24, start_event=pm24.event)

    @given(tms.measure_sources())
    def test_links(self, source):
        """The Welsh link is the Welsh page where there is one."""
        assert source.link("en") == source.url
        assert source.link("cy") == (source.url_cy or source.url)
        assert source.describe("cy").startswith(source.document.cy)

    @given(tms.performance_measures())
    def test_reversed_period_is_refused(self, item):
        """valid_to before valid_from is refused, in both languages."""
        with pytest.raises(DateRangeError) as caught:
            attrs.evolve(item, valid_to=item.valid_from - dt.timedelta(days=1))
        assert caught.value.cy is not None

    @given(tms.performance_measures())
    def test_kind_fields_must_agree(self, item):
        """A timescale without its fields, or a count with a timescale, is refused."""
        if item.kind is m.MeasureKind.WITHIN_TIMESCALE:
            changes = [{"amount": None}, {"at_least": 3}, {"start_event": None}]
        else:
            changes = [{"at_least": None}, {"amount": 3}, {"unit": TimeUnit.WEEKS}]
        for change in changes:
            with pytest.raises(InvalidFieldError) as caught:
                attrs.evolve(item, **change)
            assert caught.value.cy is not None

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("code", "pm24"),
            ("code", "PM"),
            ("key", "PM 24"),
            ("title", "PM24"),
            ("kind", "at-least"),
            ("amount", 0),
            ("amount", True),
            ("amount", 2.0),
            ("valid_from", dt.date(1900, 1, 1)),
            ("notes", ("x",)),
            ("source", None),
        ],
    )
    def test_junk_fields(self, field, value):
        """Every field is validated."""
        with pytest.raises(CareWalesError):
            attrs.evolve(m.measure(PM24), **{field: value})

    @pytest.mark.parametrize("url", ["http://x", "https://a b", "", None])
    def test_junk_urls(self, url):
        """Only https:// addresses are accepted, with a Welsh message."""
        source = m.measure(PM24).source
        with pytest.raises(InvalidFieldError) as caught:
            attrs.evolve(source, url=url)
        assert caught.value.cy is not None
        with pytest.raises(InvalidFieldError):
            attrs.evolve(source, url_cy="ftp://x")

    def test_numpy_like_integers_are_stored_as_int(self):
        """Any Integral amount is stored as an int."""

        class Seven(int):
            pass

        item = attrs.evolve(m.measure(PM24), amount=Seven(7))
        assert type(item.amount) is int

    def test_data_file_is_valid_json_with_curly_apostrophes(self):
        """The shipped file parses and states only bilingual texts."""
        from importlib.resources import files

        text = (files("carewales") / "data" / "performance_measures.json").read_text("utf-8")
        rows = json.loads(text)
        assert len(rows) == len(m.measures())
        assert isinstance(m.measures()[0].title, Bilingual)

"""Inspections 0.2: every field validated, ratings that carry their scale, one API shape."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import carewales
from carewales import Bilingual, authority, from_json, to_json
from carewales import inspections as ins
from carewales import testing as cwst
from carewales.errors import (
    CareWalesError,
    DateRangeError,
    IncomparableRatingsError,
    InspectionError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    InvalidTextError,
    UnknownExampleError,
    UnknownKeyError,
    UnknownLanguageError,
    UnknownRatingScaleError,
    UnsupportedDateError,
)
from carewales.inspections import (
    DESIGNATION_FROM,
    Action,
    ActivityKind,
    AreaPeriod,
    DateRange,
    Designation,
    Direction,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    InspectionHistory,
    Inspectorate,
    InspectorateName,
    Judgement,
    PlannedActivity,
    Priority,
    Rating,
    RatingArea,
    RatingScale,
    Reference,
    ServiceArea,
    Theme,
    ThemeRating,
    example,
    rating_scale,
    rating_scales,
    register_rating_scale,
)
from carewales.inspections import ratings as ratings_module
from carewales.testing import _inspections as strategies
from carewales.text import Format

TEXT = Bilingual("a", "b")
DAY = dt.date(2021, 11, 15)


def _inspection(**changes: object) -> Inspection:
    base: dict[str, object] = {
        "id": "x",
        "authority": authority("Powys"),
        "inspectorate": Inspectorate.CIW,
        "kind": ActivityKind.INSPECTION,
        "service_area": ServiceArea.CHILDREN,
        "fieldwork": DateRange(dt.date(2021, 11, 15), dt.date(2021, 11, 19)),
    }
    base.update(changes)
    return Inspection(**base)  # type: ignore[arg-type]


def _own_scale(key: str = "test-unregistered", valid_from: dt.date = dt.date(2020, 1, 1)):
    return RatingScale(
        key,
        Bilingual("Own grades", "Graddau ein hunain"),
        [("top", Bilingual("Top", "Brig")), ("bottom", Bilingual("Bottom", "Gwaelod"))],
        [AreaPeriod(RatingArea.WELL_BEING), AreaPeriod(RatingArea.ENVIRONMENT)],
        valid_from,
        False,
        Bilingual("Our own framework", "Ein fframwaith ein hunain"),
    )


def _samples() -> dict[type, object]:
    wrexham = example("wrexham-2021")
    good = Rating("ofsted-ilacs", "good")
    return {
        DateRange: DateRange(DAY, DAY),
        InspectorateName: Inspectorate.CIW.names[0],
        Judgement: Judgement(TEXT, Direction.STABLE, TEXT, TEXT),
        AreaPeriod: AreaPeriod(RatingArea.WELL_BEING, DAY, DAY),
        RatingScale: rating_scale("ofsted-ilacs"),
        Rating: good,
        ThemeRating: ThemeRating(RatingArea.OVERALL_EFFECTIVENESS, good),
        Finding: Finding(TEXT, FindingKind.STRENGTH, Theme.PREVENTION),
        Priority: Priority("P1", TEXT, Theme.PREVENTION, "Head of service", DAY),
        Action: Action("P1", TEXT, "Team manager", DAY),
        ImprovementPlan: ImprovementPlan(20, DAY, (Action("P1", TEXT),)),
        Reference: Reference(ActivityKind.REVIEW, DateRange(DAY, DAY), "r", Judgement(TEXT)),
        PlannedActivity: PlannedActivity(ActivityKind.REVIEW, DateRange(DAY, DAY), TEXT),
        Inspection: wrexham,
        InspectionHistory: InspectionHistory(wrexham.authority, [wrexham]),
    }


SAMPLES = _samples()
PUBLIC_MODELS = sorted(
    (getattr(ins, name) for name in ins.__all__ if attrs.has(getattr(ins, name))),
    key=lambda kind: kind.__name__,
)


class TestEveryFieldIsValidated:
    @pytest.mark.parametrize("kind", PUBLIC_MODELS, ids=lambda k: k.__name__)
    def test_samples_rebuild(self, kind):
        """The samples are valid, so the junk test fails for the junk alone."""
        sample = SAMPLES[kind]
        assert attrs.evolve(sample) == sample

    @pytest.mark.parametrize("kind", PUBLIC_MODELS, ids=lambda k: k.__name__)
    def test_pickle_and_documented_module(self, kind):
        """Every model lives at carewales.inspections.X, and pickles there."""
        assert kind.__module__ == "carewales.inspections"
        assert pickle.loads(pickle.dumps(SAMPLES[kind])) == SAMPLES[kind]  # noqa: S301

    def test_the_cases_of_the_issue(self):
        """Each junk value issue 10 names raises the library's error at construction."""
        powys = example("powys-2017")
        cases = [
            lambda: Finding("text", "brilliant"),  # type: ignore[arg-type]
            lambda: attrs.evolve(powys, id=object()),
            lambda: InspectionHistory((powys,)),  # type: ignore[arg-type]
            lambda: Judgement(level=object()),  # type: ignore[arg-type]
            lambda: Reference(kind=object(), when=DateRange(DAY, DAY)),  # type: ignore[arg-type]
            lambda: ThemeRating(area=object(), rating=Rating("ofsted-ilacs", "good")),  # type: ignore[arg-type]
            lambda: attrs.evolve(powys, published=dt.datetime(2017, 8, 17)),
            lambda: attrs.evolve(powys, authority="Powys"),
        ]
        for case in cases:
            with pytest.raises(CareWalesError):
                case()

    def test_messages_name_model_field_value_and_rule(self):
        """A message reads "Model: 'field' (value) rule." in the toolkit's form."""
        with pytest.raises(InvalidChoiceError) as caught:
            Finding(TEXT, "brilliant")  # type: ignore[arg-type]
        assert str(caught.value).startswith("Finding: 'kind' ('brilliant') must be a FindingKind")
        with pytest.raises(InvalidDateError) as dated:
            attrs.evolve(example("powys-2017"), published=dt.datetime(2017, 8, 17))
        assert str(dated.value).startswith("Inspection 'powys-2017-inspection': 'published'")
        assert "datetime" in str(dated.value)
        with pytest.raises(InvalidFieldError, match=r"'authority' \('Powys'\) must be a"):
            attrs.evolve(example("powys-2017"), authority="Powys")
        with pytest.raises(InvalidFieldError, match=r"'findings\[1\]'"):
            _inspection(findings=[Finding(TEXT, FindingKind.STRENGTH), "x"])

    def test_error_classes(self):
        """Types, enums, numbers, dates and text each raise their own InvalidFieldError."""
        with pytest.raises(InvalidChoiceError):
            DateRange(DAY, DAY, "day")  # type: ignore[arg-type]
        with pytest.raises(InvalidNumberError):
            ImprovementPlan(True)
        with pytest.raises(InvalidTextError):
            Priority(" P1", TEXT)
        with pytest.raises(InvalidDateError):
            Action("P1", TEXT, due="2021-11-15")  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError):
            ImprovementPlan(actions=(TEXT,))  # type: ignore[arg-type]

    def test_lists_and_numpy_integers_are_stored_plainly(self):
        """Lists become tuples and numpy integers become ints."""
        plan = ImprovementPlan(np.int64(20), None, [Action("P1", TEXT)])
        assert type(plan.working_days) is int
        assert plan.actions == (Action("P1", TEXT),)
        item = _inspection(summary=[TEXT], priorities=[Priority("P1", TEXT)])
        assert item.summary == (TEXT,)
        assert DateRange.month(np.int64(2017), np.int16(7)) == DateRange.month(2017, 7)
        history = InspectionHistory(item.authority, iter([item]))
        assert history.activities == (item,)

    @given(st.integers(-1_000, 1_000))
    def test_plan_working_days(self, days):
        """A plan's timescale is accepted exactly from 1 to 366 working days."""
        if 1 <= days <= 366:
            assert ImprovementPlan(days).working_days == days
        else:
            with pytest.raises(InvalidNumberError, match="'working_days'"):
                ImprovementPlan(days)

    @pytest.mark.parametrize(("year", "month"), [(2017, 0), (2017, 13), (0, 1), (2017, True)])
    def test_month_range_arguments(self, year, month):
        """DateRange.month refuses a month or year that is not a whole number in range."""
        with pytest.raises(InvalidNumberError):
            DateRange.month(year, month)


class TestCrossFieldRules:
    @given(st.dates(), st.dates())
    def test_date_range_order(self, start, end):
        """A day-precision range is built exactly when it does not end before it starts."""
        if end >= start:
            assert DateRange(start, end).end == end
        else:
            with pytest.raises(DateRangeError, match="'end'"):
                DateRange(start, end)

    @given(st.dates(), st.dates())
    def test_periods_are_ordered(self, first, last):
        """A name or an area period is built exactly when its last day is not before its first."""
        for build in (
            lambda: InspectorateName(TEXT, TEXT, first, last),
            lambda: AreaPeriod(RatingArea.WELL_BEING, first, last),
        ):
            if last >= first:
                assert build().covers(first)
                assert build().covers(last)
            else:
                with pytest.raises(DateRangeError, match="'valid_to'"):
                    build()

    @given(st.dates(), st.dates(), st.dates())
    def test_covers_is_the_closed_period(self, first, last, day):
        """A period covers exactly the days from its first to its last, both included."""
        if last < first:
            first, last = last, first
        period = AreaPeriod(RatingArea.WELL_BEING, first, last)
        assert period.covers(day) == (first <= day <= last)
        assert AreaPeriod(RatingArea.WELL_BEING).covers(day)

    def test_covers_refuses_a_datetime(self):
        """Periods and scales are asked about plain dates only."""
        with pytest.raises(InvalidDateError):
            AreaPeriod(RatingArea.WELL_BEING).covers(dt.datetime(2021, 1, 1))
        with pytest.raises(InvalidDateError):
            rating_scale("ofsted-ilacs").rates(RatingArea.CARE_LEAVERS, "2023-01-01")

    def test_judgement_must_say_something(self):
        """An empty judgement breaks an inspection rule; any one part is enough."""
        with pytest.raises(InspectionError, match="must state"):
            Judgement()
        assert Judgement(direction=Direction.IMPROVING).describe() == "improving"
        assert Judgement(text=TEXT).describe("cy") == "b"

    def test_designation_from_the_day_itself(self):
        """CIW designates from 1 November 2024 itself, not the day before."""
        on = DateRange(DESIGNATION_FROM, DESIGNATION_FROM)
        assert _inspection(fieldwork=on, designation=Designation.SIGNIFICANT_IMPROVEMENT)
        before = DESIGNATION_FROM - dt.timedelta(days=1)
        with pytest.raises(InspectionError, match="'designation'"):
            _inspection(
                fieldwork=DateRange(before, before),
                designation=Designation.SIGNIFICANT_IMPROVEMENT,
            )
        # Publication on the day counts even when the fieldwork was earlier.
        assert _inspection(
            fieldwork=DateRange(before, before),
            published=DESIGNATION_FROM,
            designation=Designation.SIGNIFICANT_IMPROVEMENT,
        )

    def test_day_boundaries(self):
        """Publication on the last fieldwork day, a plan that day, a follow-up of the same day."""
        published = dt.date(2021, 11, 19)
        after = DAY + dt.timedelta(days=1)
        item = _inspection(
            published=published,
            improvement_plan=ImprovementPlan(submitted=published),
            follows=(Reference(ActivityKind.REVIEW, DateRange(DAY, DAY)),),
        )
        assert item.plan_status(published) is ins.PlanStatus.SUBMITTED_ON_TIME
        with pytest.raises(DateRangeError, match="'published'"):
            attrs.evolve(item, published=published - dt.timedelta(days=1))
        with pytest.raises(DateRangeError, match="'follows'"):
            attrs.evolve(
                item,
                follows=(Reference(ActivityKind.REVIEW, DateRange(after, after)),),
            )

    def test_inspectorate_and_authority_on_the_first_day(self):
        """CSSIW exists from 1 April 2007, the authorities from 1 April 1996: the days included."""
        formed = dt.date(2007, 4, 1)
        assert (
            _inspection(fieldwork=DateRange(formed, formed)).inspectorate_name.abbreviation.en
            == "CSSIW"
        )
        day_before = formed - dt.timedelta(days=1)
        with pytest.raises(UnsupportedDateError, match="'inspectorate'"):
            _inspection(fieldwork=DateRange(day_before, day_before))
        vesting = dt.date(1996, 4, 1)
        estyn = Inspectorate.ESTYN
        assert _inspection(inspectorate=estyn, fieldwork=DateRange(vesting, vesting))
        before = vesting - dt.timedelta(days=1)
        with pytest.raises(DateRangeError, match="'authority'"):
            _inspection(inspectorate=estyn, fieldwork=DateRange(before, before))

    def test_history_refuses_a_reference_to_a_later_activity(self):
        """A history names the activity that is followed but comes later."""
        first = _inspection(id="a")
        later = _inspection(id="b", fieldwork=DateRange(dt.date(2022, 1, 3), dt.date(2022, 1, 4)))
        follows = (Reference(ActivityKind.INSPECTION, DateRange(DAY, DAY), "b"),)
        with pytest.raises(InspectionError, match="'activities' \\('b'\\)"):
            InspectionHistory(first.authority, [attrs.evolve(first, follows=follows), later])


class TestRatingsCarryTheirScale:
    def test_a_rating_holds_its_scale(self):
        """Rating("key", level) looks a built-in key up; the rating then holds the scale."""
        rating = Rating("Ofsted-ILACS", "good")
        assert rating.scale is rating_scale("ofsted-ilacs")
        assert repr(rating) == "Rating(scale='ofsted-ilacs', level='good')"
        assert rating == Rating(rating_scale("ofsted-ilacs"), "good")

    def test_an_unregistered_scale_reads_back(self):
        """A document with ratings on a scale nobody registered reads back exactly."""
        scale = _own_scale()
        assert scale.key not in [s.key for s in rating_scales()]
        item = _inspection(ratings=[ThemeRating(RatingArea.WELL_BEING, Rating(scale, "top"))])
        again = from_json(to_json(item), Inspection)
        assert again == item
        assert again.ratings[0].rating.label == Bilingual("Top", "Brig")
        assert "- Llesiant: Brig" in item.render("cy")
        with pytest.raises(UnknownRatingScaleError, match="test-unregistered"):
            Rating("test-unregistered", "top")

    def test_same_key_different_scale_never_compares(self):
        """Two scales that share a key but not their levels are different scales."""
        one = _own_scale("test-same-key")
        other = attrs.evolve(one, levels=[("top", Bilingual("Best", "Gorau"))])
        with pytest.raises(IncomparableRatingsError):
            assert Rating(one, "top") < Rating(other, "top")
        assert Rating(one, "top") != Rating(other, "top")

    @given(cwst.ratings(), cwst.ratings())
    def test_order_is_the_scale_order(self, a, b):
        """Within one scale a rating is better exactly when its level ranks higher."""
        if a.scale != b.scale:
            with pytest.raises(IncomparableRatingsError):
                assert a <= b
            return
        assert (a > b) == (a.scale.rank(a.level) < a.scale.rank(b.level))
        assert (a >= b) == (a.scale.rank(a.level) <= a.scale.rank(b.level))

    def test_level_must_be_on_the_scale(self):
        """A level not on the scale is refused, naming the allowed levels."""
        with pytest.raises(InvalidChoiceError, match="'outstanding'") as caught:
            Rating("ciw-regulated-services", "outstanding")
        assert "'excellent'" in str(caught.value)
        with pytest.raises(InvalidChoiceError):
            rating_scale("ofsted-ilacs").level_label("excellent")

    def test_theme_rating_area_must_be_on_the_scale(self):
        """A theme rating for an area its scale never rates is refused."""
        with pytest.raises(InspectionError, match="'area'"):
            ThemeRating(RatingArea.CARE_LEAVERS, Rating("ciw-regulated-services", "good"))

    def test_scale_rules(self):
        """A scale has levels (keys, none twice) and areas."""
        scale = _own_scale()
        with pytest.raises(InvalidFieldError, match="same level twice"):
            attrs.evolve(scale, levels=[("a", TEXT), ("a", TEXT)])
        with pytest.raises(InvalidFieldError, match=r"'levels\[0\]'"):
            attrs.evolve(scale, levels=[("Not A Key", TEXT)])
        with pytest.raises(InvalidFieldError, match=r"'levels\[0\]'"):
            attrs.evolve(scale, levels=[("a", TEXT, TEXT)])
        with pytest.raises(InvalidFieldError, match="'areas'"):
            attrs.evolve(scale, areas=())
        with pytest.raises(InvalidFieldError, match="'key'"):
            attrs.evolve(scale, key="Own Scale")

    def test_registered_scales_by_key(self):
        """Registering lets a key name the scale; a clash with another scale is refused."""
        scale = _own_scale("test-registered-key")
        register_rating_scale(scale)
        assert Rating("test-registered-key", "top").scale is scale
        with pytest.raises(InspectionError, match="already used"):
            register_rating_scale(attrs.evolve(scale, overall=True))
        assert ratings_module._is_built_in(rating_scale("ofsted-ilacs"))
        assert not ratings_module._is_built_in(scale)

    def test_lookups_ignore_case_and_suggest(self):
        """Scale and example lookups ignore case and suggest close keys."""
        assert rating_scale(" OFSTED-ilacs ") is rating_scale("ofsted-ilacs")
        with pytest.raises(UnknownRatingScaleError, match="Did you mean 'ofsted-ilacs'"):
            rating_scale("ofsted-ilac")
        assert example("WREXHAM-2021") is example("wrexham-2021")
        with pytest.raises(UnknownExampleError, match="Did you mean 'powys-2017'"):
            example("powys-2071")
        with pytest.raises(UnknownKeyError):
            example(2017)  # type: ignore[arg-type]
        assert issubclass(UnknownExampleError, LookupError)

    def test_scale_label_is_a_property_still_callable_with_a_warning(self):
        """scale.label is the name (a Bilingual); 0.1's scale.label(level) warns and still works."""
        scale = rating_scale("ofsted-ilacs")
        assert scale.label == scale.name
        assert scale.name == scale.label
        assert hash(scale.label) == hash(scale.name)
        assert scale.label != "Ofsted judgements under ILACS (England)"
        assert repr(scale.label) == repr(scale.name)
        assert isinstance(scale.label, Bilingual)
        with pytest.warns(DeprecationWarning, match=r"RatingScale\.level_label\(level\)"):
            assert scale.label("good") == Bilingual("Good", "Da")

    def test_incomparable_error_still_importable_here(self):
        """The 0.1 path carewales.inspections.IncomparableRatingsError still works."""
        assert ins.IncomparableRatingsError is IncomparableRatingsError
        assert "IncomparableRatingsError" not in ins.__all__

    def test_labels_and_descriptions(self):
        """label is a Bilingual property and describe(lang) one line of str, everywhere."""
        scale = rating_scale("ofsted-ilacs")
        rating = Rating(scale, "requires-improvement")
        theme = ThemeRating(RatingArea.OVERALL_EFFECTIVENESS, rating)
        assert scale.label == scale.name
        assert scale.describe("cy") == ("Dyfarniadau Ofsted o dan ILACS (Lloegr) (o 1 Ionawr 2018)")
        assert rating.label == Bilingual(
            "Requires improvement to be good", "Angen gwella i fod yn dda"
        )
        assert rating.describe() == "Requires improvement to be good"
        assert theme.label == RatingArea.OVERALL_EFFECTIVENESS.label
        assert theme.describe() == "Overall effectiveness: Requires improvement to be good"
        assert AreaPeriod(RatingArea.ENVIRONMENT).label.cy == "Amgylchedd"
        assert Inspectorate.CIW.names[1].label.en == "Care Inspectorate Wales"
        wrexham = example("wrexham-2021")
        assert wrexham.label.cy == (
            "Llythyr parthed gweithgarwch monitro yn awdurdod lleol "
            "Cyngor Bwrdeistref Sirol Wrecsam"
        )
        powys = example("powys-2017")
        assert powys.label == powys.title
        assert powys.describe("cy") == "Arolygiad ym mis Gorffennaf 2017, Cyngor Sir Powys"
        for text in (scale.describe(), rating.describe(), theme.describe(), wrexham.describe()):
            assert isinstance(text, str)
            assert "\n" not in text


class TestRender:
    @given(cwst.inspections(), st.sampled_from(["en", "cy"]), st.sampled_from(list(Format)))
    def test_method_function_and_format_values_agree(self, item, lang, form):
        """item.render(lang, format=F) == render(item, lang, F) == the string value form."""
        text = item.render(lang, format=form)
        assert ins.render(item, lang, form) == text
        assert item.render(lang, format=form.value.upper()) == text
        assert carewales.render(item, lang, format=form) == text
        assert text.endswith("\n")

    def test_defaults_are_english_markdown(self):
        """Without arguments a letter is English Markdown."""
        wrexham = example("wrexham-2021")
        assert wrexham.render() == ins.render(wrexham) == wrexham.render("en", format="markdown")
        assert wrexham.render().startswith("# Letter regarding monitoring activity")

    def test_refusals(self):
        """An unknown format or language, or something other than an inspection, is refused."""
        wrexham = example("wrexham-2021")
        with pytest.raises(InvalidChoiceError, match="'format' \\('html'\\)"):
            wrexham.render(format="html")
        with pytest.raises(InvalidChoiceError, match="'format'"):
            wrexham.render(format=3)  # type: ignore[arg-type]
        with pytest.raises(UnknownLanguageError):
            wrexham.render("fr")
        with pytest.raises(InvalidFieldError, match="'item'"):
            ins.render("wrexham-2021")  # type: ignore[arg-type]

    def test_plan_sentence_mutates_the_council(self):
        """Welsh "i" soft-mutates the council: "i Gyngor Sir Powys greu cynllun gwella"."""
        powys = example("powys-2017")
        assert "Mae disgwyl i Gyngor Sir Powys greu cynllun gwella o fewn 20" in powys.render("cy")
        assert json.loads(to_json(powys))["improvement_plan"]["working_days"] == 20

    @pytest.mark.parametrize("lang", ["en", "cy"])
    def test_the_plan_is_set_before_a_step_speaks_of_it(self, lang):
        """As seed 004 says it: the plan is set, then "The improvement plan will be monitored"."""
        powys = example("powys-2017")
        steps = powys.render(lang).split("\n## ")[-1].splitlines()[2:]
        sets, monitored = ("expected to produce", "closely monitored")
        if lang == "cy":
            sets, monitored = ("greu cynllun gwella", "yn cael ei fonitro")
        first = next(i for i, line in enumerate(steps) if sets in line)
        then = next(i for i, line in enumerate(steps) if monitored in line)
        assert first < then
        without = attrs.evolve(powys, next_steps=powys.next_steps[:1])  # no step names the plan
        assert "expected to produce" in without.render().rstrip().splitlines()[-1]


class TestStrategies:
    @pytest.mark.parametrize("kind", PUBLIC_MODELS, ids=lambda k: k.__name__)
    def test_each_strategy_gives_valid_round_tripping_models(self, kind):
        """Every strategy in MODELS gives valid instances of its class that round-trip."""

        @settings(max_examples=10, deadline=None)
        @given(strategies.MODELS[kind]())
        def check(item):
            assert type(item) is kind
            assert attrs.evolve(item) == item
            assert from_json(to_json(item), kind) == item

        check()

    @given(
        cwst.ratings("ofsted-ilacs"),
        strategies.priorities("P7"),
        strategies.actions("P7"),
        strategies.rating_scales(own=False),
    )
    def test_strategy_arguments(self, rating, priority, action, scale):
        """Strategies take a scale key, a priority id, or keep to the built-in scales."""
        assert rating.scale.key == "ofsted-ilacs"
        assert priority.id == action.priority == "P7"
        assert scale in rating_scales()


def test_the_plan_due_date_must_fit_the_calendar():
    """A publication so late that the plan's due date passes the calendar is refused when built."""
    from carewales.errors import UnsupportedDateError
    from carewales.inspections import example

    powys = example("powys-2017")
    with pytest.raises(UnsupportedDateError, match=r"'published'.*room for the plan"):
        attrs.evolve(powys, published=dt.date(2100, 12, 30))
    with pytest.raises(UnsupportedDateError, match="'published'"):
        attrs.evolve(powys, published=dt.date(2200, 1, 1))
    assert powys.improvement_plan is not None
    two = attrs.evolve(powys.improvement_plan, working_days=2)
    with pytest.raises(UnsupportedDateError) as caught:
        attrs.evolve(powys, improvement_plan=two, published=dt.date(2100, 12, 30))
    assert "rhaid iddo adael lle i 2 ddiwrnod gwaith y cynllun" in caught.value.message("cy")


class TestDatesAsPreciseAsTheirSources:
    def test_ciw_rename_is_dated_to_the_month(self):
        """CIW's name dates from January 2018, a month: the sources give no day."""
        ciw = ins.Inspectorate.CIW.names[-1]
        assert ciw.precision is ins.DatePrecision.MONTH
        assert ciw.began == DateRange.month(2018, 1)
        assert ciw.describe() == "Care Inspectorate Wales (CIW), from January 2018"
        assert ciw.describe("cy") == "Arolygiaeth Gofal Cymru (AGC), o fis Ionawr 2018"
        cssiw = ins.Inspectorate.CIW.names[0]
        assert cssiw.precision is ins.DatePrecision.DAY
        assert cssiw.began == DateRange(dt.date(2007, 4, 1), dt.date(2007, 4, 1))
        assert cssiw.describe("cy").endswith(", o 1 Ebrill 2007")
        assert cssiw.describe().endswith(", from 1 April 2007")
        estyn = ins.Inspectorate.ESTYN.names[0]
        assert estyn.began is None
        assert (
            estyn.describe()
            == "Estyn, His Majesty's Inspectorate for Education and Training in Wales (Estyn)"
        )

    @pytest.mark.parametrize("start", [dt.date(2018, 1, 2), None])
    def test_month_precision_needs_a_first_day(self, start):
        """A month-precision name must start on a month's first day, with a Welsh message."""
        with pytest.raises(InvalidFieldError) as caught:
            ins.InspectorateName(
                Bilingual("a", "b"), Bilingual("c", "d"), start, None, ins.DatePrecision.MONTH
            )
        assert caught.value.cy is not None

    def test_designation_reads_as_the_month(self):
        """The designation rule names November 2024, the month CIW announced it, in 2 languages."""
        item = strategies_minimal_designation()
        with pytest.raises(InspectionError) as caught:
            attrs.evolve(item, inspectorate=ins.Inspectorate.OFSTED)
        assert "from in November 2024 on" not in str(caught.value)
        assert "November 2024" in str(caught.value)
        assert caught.value.cy is not None
        assert "Tachwedd 2024" in caught.value.cy

    def test_unknown_day_for_a_body_is_refused_in_welsh(self):
        """Asking for CIW's name before 2007 raises with a Welsh message."""
        with pytest.raises(UnsupportedDateError) as caught:
            ins.Inspectorate.CIW.name_on(dt.date(2000, 1, 1))
        assert caught.value.cy is not None
        assert "1 Ionawr 2000" in caught.value.cy


def strategies_minimal_designation():
    """A CIW inspection in December 2024 with the designation."""
    day = dt.date(2024, 12, 2)
    return _inspection(
        fieldwork=DateRange(day, day), designation=Designation.SIGNIFICANT_IMPROVEMENT
    )


class TestWelshWording:
    def test_ciw_ratings_follow_ciws_welsh_page(self):
        """CIW's 2025 ratings read "Rhaid gwella" / "Rhaid gwella’n sylweddol", as CIW's page."""
        scale = ins.rating_scale("ciw-regulated-services")
        assert scale.level_label("requires-improvement").cy == "Rhaid gwella"
        assert (
            scale.level_label("requires-significant-improvement").cy == "Rhaid gwella’n sylweddol"
        )

    def test_directions_read_as_states(self):
        """Directions of travel read "Yn gwella" / "Yn dirywio"."""
        assert ins.Direction.IMPROVING.label.cy == "Yn gwella"
        assert ins.Direction.DECLINING.label.cy == "Yn dirywio"

    def test_not_yet_due_has_one_wording(self):
        """Not yet due is "Heb fod yn ddyledus eto"."""
        assert ins.PlanStatus.NOT_DUE.label.cy == "Heb fod yn ddyledus eto"

    def test_incomparable_ratings_in_welsh(self):
        """Comparing ratings on different scales explains itself in Welsh too."""
        with pytest.raises(IncomparableRatingsError) as caught:
            _ = Rating("ofsted-ilacs", "good") < Rating("ciw-regulated-services", "good")
        assert caught.value.cy is not None
        with pytest.raises(IncomparableRatingsError) as caught:
            _ = Rating("ofsted-ilacs", "good") < 3  # type: ignore[operator]
        assert caught.value.cy is not None


class TestHistoryJunk:
    @pytest.mark.parametrize("junk", [[1, 2], "ab", 7])
    def test_junk_activities_are_refused(self, junk):
        """Activities that are not inspections are refused, not sorted."""
        with pytest.raises(InvalidFieldError):
            ins.InspectionHistory(authority("Powys"), junk)


class TestMutationAfterDigits:
    @pytest.mark.parametrize(
        ("days", "words"), [(2, "2 ddiwrnod gwaith"), (20, "20 diwrnod gwaith")]
    )
    def test_plan_days_mutate_as_spoken(self, days, words):
        """The Welsh plan sentence mutates the noun after the number as spoken."""
        item = ins.example("powys-2017")
        assert item.improvement_plan is not None
        plan = attrs.evolve(item.improvement_plan, working_days=days)
        welsh = attrs.evolve(item, improvement_plan=plan).render("cy")
        assert f"o fewn {words} i’r cyhoeddiad" in welsh

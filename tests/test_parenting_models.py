"""Tests for carewales.parenting's 0.2 model contract: every field checked, one API shape."""

from __future__ import annotations

import datetime as dt
import warnings

import attrs
import numpy as np
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from carewales import (
    Bilingual,
    DateRangeError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    UnsupportedDateError,
    parenting,
)
from carewales.errors import CareWalesError, UnknownDutyError
from carewales.parenting import (
    EXAMPLE_PERIOD,
    Appraisal,
    ComplianceReport,
    ComplianceResult,
    ComplianceStatus,
    CouncillorTraining,
    DutyError,
    DutySource,
    Evidence,
    Frequency,
    Holder,
    ParentingRecordError,
    Period,
    Target,
    YoungPerson,
    YoungPersonCategory,
    age_on,
    compliance_report,
    duties,
    duty,
    entitlements,
    example_records,
)
from carewales.parenting._common import birthday
from carewales.testing import _parenting as cps
from carewales.text import Format

D = dt.date
S = ComplianceStatus
MODELS = sorted(cps.MODELS.items(), key=lambda item: item[0].__name__)
FEW = settings(max_examples=5, suppress_health_check=[HealthCheck.too_slow], deadline=None)


class TestEveryField:
    def test_numpy_integers_are_stored_as_int(self):
        """numpy integers are accepted where an int is meant, and stored as int."""
        training = CouncillorTraining("t1", "c1", D(2023, 5, 1), np.int64(90))
        target = Target(np.int32(3), Frequency.ANNUAL, maximum=np.int16(4))
        ages = attrs.evolve(
            entitlements()[-1], extended_until_age=np.uint8(25), extension=Bilingual("a", "b")
        )
        assert type(training.minutes) is int
        assert (type(target.minimum), type(target.maximum)) == (int, int)
        assert type(ages.extended_until_age) is int
        assert Period.year(np.int64(2023)) == Period.year(2023)

    @pytest.mark.parametrize("flag", [True, np.bool_(True)])
    def test_booleans_are_not_numbers(self, flag):
        """True is refused where a count is meant."""
        with pytest.raises(ParentingRecordError, match="'feedback_from'"):
            Appraisal("a1", "w1", D(2023, 5, 1), flag)

    def test_enum_values_are_not_members(self):
        """An enum field holds a member; its string value is refused."""
        with pytest.raises(DutyError, match=r"'standing' \('statutory'\) must be a Standing"):
            DutySource(Bilingual("A", "B"), "statutory")


class TestRules:
    @given(st.integers(1, 100_000), st.integers(1, 100_000))
    def test_target_range(self, minimum, maximum):
        """A target's maximum is accepted exactly when it is not below its minimum."""
        if maximum >= minimum:
            assert Target(minimum, Frequency.ANNUAL, maximum=maximum).maximum == maximum
        else:
            with pytest.raises(DutyError, match="must not be below 'minimum'"):
                Target(minimum, Frequency.ANNUAL, maximum=maximum)

    @given(st.sampled_from(Frequency), st.none() | st.integers(1, 120))
    def test_deadline_only_for_on_event(self, frequency, months):
        """A deadline in months is given for, and only for, targets due after an event."""
        if (months is not None) is (frequency is Frequency.ON_EVENT):
            assert Target(1, frequency, within_months=months).within_months == months
        else:
            with pytest.raises(DutyError, match="'within_months'"):
                Target(1, frequency, within_months=months)

    @pytest.mark.parametrize(
        ("field", "low", "high"),
        [("minimum", 1, 100_000), ("within_months", 1, 120)],
    )
    def test_target_limits(self, field, low, high):
        """A target's numbers are accepted on their limits and refused one beyond."""
        base = {"minimum": 1, "frequency": Frequency.ON_EVENT, "within_months": 1}
        for good in (low, high):
            assert getattr(Target(**{**base, field: good}), field) == good
        for bad in (low - 1, high + 1):
            with pytest.raises(DutyError, match=repr(field)):
                Target(**{**base, field: bad})

    @given(cps.record_days(D(1996, 4, 1), D(2098, 12, 31)))
    def test_period_lasts_less_than_a_year(self, start):
        """A period may end the day before its first anniversary, never on it."""
        anniversary = start + relativedelta(years=1)
        assert Period(start, anniversary - dt.timedelta(days=1)).start == start
        assume(anniversary <= D(2099, 12, 31))
        with pytest.raises(DateRangeError, match="less than a year"):
            Period(start, anniversary)

    def test_period_limits(self):
        """Periods may start on 1 April 1996 and end on 31 December 2099."""
        assert Period(D(1996, 4, 1), D(1996, 4, 1)).end == D(1996, 4, 1)
        assert Period(D(2099, 12, 31), D(2099, 12, 31)).start == D(2099, 12, 31)
        assert Period.year(1997).start == D(1997, 1, 1)
        assert Period.year(2099).end == D(2099, 12, 31)
        assert Period.financial_year(1996).start == D(1996, 4, 1)
        assert Period.financial_year(2098).end == D(2099, 3, 31)
        for year, start in ((Period.year, 1996), (Period.financial_year, 2099)):
            with pytest.raises(UnsupportedDateError, match=f"'year' \\({start}\\)"):
                year(start)

    @given(
        st.integers(0, 10**6),
        st.integers(0, 10**6),
        st.sampled_from([S.MET, S.PARTLY_MET, S.NOT_MET]),
    )
    def test_status_agrees_with_amounts(self, achieved, required, status):
        """Met means achieved is at least required; partly or not met means it is below."""
        fields = {
            "duty": "x",
            "holder": Holder.COUNCIL,
            "holder_id": None,
            "holder_label": Bilingual("C", "C"),
            "status": status,
            "measure": Evidence.LED_TRAINING,
            "achieved": achieved,
            "required": required,
        }
        if (status is S.MET) is (achieved >= required):
            assert ComplianceResult(**fields).shortfall == max(0, required - achieved)
        else:
            with pytest.raises(DutyError, match="contradicts"):
                ComplianceResult(**fields)

    @given(cps.compliance_results())
    def test_holder_id_only_for_holders_with_records(self, result):
        """The council has no record id; every other holder has one."""
        if result.holder is Holder.COUNCIL:
            with pytest.raises(DutyError, match="'holder_id'"):
                attrs.evolve(result, holder_id="c1")
        else:
            with pytest.raises(DutyError, match="'holder_id'"):
                attrs.evolve(result, holder_id=None)

    @given(cps.compliance_results())
    def test_maximum_not_below_required(self, result):
        """A range's upper figure is never below what is required."""
        assume(result.required > 0)
        with pytest.raises(DutyError, match="'maximum'"):
            attrs.evolve(result, maximum=result.required - 1)
        assert attrs.evolve(result, maximum=result.required).maximum == result.required

    @given(
        st.dates(D(1990, 1, 1), D(2070, 12, 31)),
        st.sampled_from([YoungPersonCategory.CATEGORY_1, YoungPersonCategory.CATEGORY_2]),
    )
    def test_young_people_enter_at_16_or_17(self, born, category):
        """Category 1 and 2 start from the 16th birthday and before the 18th (s. 104(2))."""
        sixteen, eighteen = birthday(born, 16), birthday(born, 18)
        for since in (sixteen, eighteen - dt.timedelta(days=1)):
            assert YoungPerson("y1", born, category, since).since == since
        for since in (sixteen - dt.timedelta(days=1), eighteen):
            with pytest.raises(ParentingRecordError, match="'since'"):
                YoungPerson("y1", born, category, since)

    @given(
        cps.care_leaver_entitlements(),
        st.dates(D(1950, 1, 1), D(2060, 12, 31)),
        st.booleans(),
    )
    def test_entitlement_from_start_until_end(self, item, born, study):
        """An entitlement applies from its first day and stops on the birthday it ends on."""
        start, end = item.start(born), item.end(born, in_education_or_training=study)
        assume(end is not None and end <= D(2099, 12, 31))
        assume(study or not item.requires_education_or_training)
        assume(item.in_force(start) and item.in_force(end))
        assert item.applies(born, start, in_education_or_training=study)
        assert item.applies(born, end - dt.timedelta(days=1), in_education_or_training=study)
        assert not item.applies(born, end, in_education_or_training=study)
        day_before = start - dt.timedelta(days=1)
        if start > born and item.in_force(day_before):
            assert not item.applies(born, day_before, in_education_or_training=study)
        assert age_on(born, start) == item.from_age

    @pytest.mark.parametrize("flag", [None, 1, "yes"])
    def test_flags_must_be_booleans(self, flag):
        """in_education_or_training is True or False, nothing else."""
        with pytest.raises(InvalidFieldError, match="'in_education_or_training'"):
            entitlements()[-1].end(D(2006, 5, 1), in_education_or_training=flag)
        with pytest.raises(InvalidFieldError, match="'in_education_or_training'"):
            parenting.entitlements_on(D(2006, 5, 1), D(2025, 1, 1), in_education_or_training=flag)

    def test_results_carry_far_deadlines(self):
        """A term begun in the last supported month gives a deadline after 2099."""
        records = attrs.evolve(
            example_records(),
            councillors=(parenting.Councillor("c9", "C", "Ward", D(2099, 12, 1)),),
            trainings=(),
            meetings=(),
        )
        (result,) = parenting.assess(duty("councillor-training"), records, Period.year(2099))
        assert (result.status, result.due) == (S.NOT_YET_DUE, D(2100, 3, 1))


class TestLookups:
    @given(st.sampled_from([d.key for d in duties()]), st.sampled_from([str.upper, str.title]))
    def test_duty_ignores_case(self, key, case):
        """A duty is found by its key in any case."""
        assert duty(case(key)) is duty(key)

    def test_duty_suggests(self):
        """An unknown key is a LookupError that suggests the closest keys."""
        with pytest.raises(UnknownDutyError, match="Did you mean 'councillor-training'"):
            duty("councillor-trainin")
        with pytest.raises(LookupError):
            duty("nothing-like-it")


class TestApiShape:
    def test_source_is_renamed(self):
        """parenting.Source is DutySource, with a warning, and out of __all__."""
        with pytest.warns(DeprecationWarning, match="carewales.parenting.DutySource"):
            old = parenting.Source
        assert old is DutySource
        assert "Source" not in parenting.__all__
        with pytest.raises(AttributeError, match="Nothing"):
            parenting.Nothing  # noqa: B018 (the attribute access is the test)

    def test_errors_stay_importable(self):
        """The errors live in carewales.errors and stay importable from carewales.parenting."""
        from carewales import errors

        assert parenting.DutyError is errors.DutyError
        assert parenting.FutureRecordError is errors.FutureRecordError
        assert not any(name.endswith("Error") for name in parenting.__all__)

    def test_render_formats(self):
        """render takes a Format or its value; Markdown is the default; fmt= warns."""
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        text = report.render("cy", format=Format.TEXT)
        assert report.render("cy", format="text") == text
        assert report.render("cy") == report.render("cy", format=Format.MARKDOWN)
        assert report.render("cy").startswith("# Rhianta corfforaethol")
        with pytest.warns(DeprecationWarning, match=r"render\(format=...\)"):
            assert report.render("cy", fmt="text") == text
        with pytest.raises(InvalidChoiceError):
            report.render("cy", format="html")

    def test_period_label_is_a_property(self):
        """Period.label is a Bilingual; calling it, as in 0.1, warns and still works."""
        label = EXAMPLE_PERIOD.label
        assert (label.en, label.cy) == (
            "1 April 2023 to 31 March 2024",
            "1 Ebrill 2023 i 31 Mawrth 2024",
        )
        assert EXAMPLE_PERIOD.describe("cy") == label.cy
        plain = Bilingual(label.en, label.cy)
        assert label == plain
        assert plain == label
        assert hash(label) == hash(plain)
        assert label != Bilingual(label.en, "arall")
        assert label != label.en
        with pytest.warns(DeprecationWarning, match="label is a property"):
            assert label("cy") == label.cy
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            assert label() == label.en

    def test_target_describe_is_one_line(self):
        """Target.describe gives one line of str; words gives both languages."""
        target = duty("councillor-training").target
        assert target.describe() == "at least 180, within 3 months of the event"
        assert target.describe("cy", evidence=Evidence.COUNCILLOR_TRAINING) == (
            target.words(Evidence.COUNCILLOR_TRAINING).cy
        )
        assert (
            "o fewn 3 mis i ddechrau tymor y cynghorydd"
            in target.words(Evidence.COUNCILLOR_TRAINING).cy
        )
        assert "start date" in target.describe(holder=Holder.WORKER)
        assert target.describe(holder=Holder.COUNCIL).endswith("of the event")
        with pytest.raises(InvalidFieldError, match="'evidence'"):
            target.words("councillor-training")
        with pytest.raises(InvalidFieldError, match="'holder'"):
            target.words(holder="council")

    @pytest.mark.parametrize("day", [None, "2023-05-01", dt.datetime(2023, 5, 1, 9, 0)])
    def test_contains_refuses_junk(self, day):
        """Period.contains takes a plain date only."""
        with pytest.raises(InvalidDateError, match="'day'"):
            EXAMPLE_PERIOD.contains(day)

    def test_as_of_must_be_a_date(self):
        """check_as_of takes a plain date only."""
        with pytest.raises(InvalidDateError, match="'as_of'"):
            example_records().check_as_of("2024-01-01")

    @pytest.mark.parametrize(
        ("chosen", "field"), [(5, "'duties'"), ("x", "'duties'"), ([None], r"'duties\[0\]'")]
    )
    def test_report_duties_must_be_duties(self, chosen, field):
        """The duties of a report are a list of duties."""
        with pytest.raises(InvalidFieldError, match=field):
            compliance_report(example_records(), EXAMPLE_PERIOD, duties=chosen)

    @pytest.mark.parametrize("year", [2.0, "2023", None, True])
    def test_years_are_whole_numbers(self, year):
        """Period.year and financial_year take whole numbers only."""
        with pytest.raises(InvalidNumberError, match="'year'"):
            Period.financial_year(year)

    @pytest.mark.parametrize("evidence", list(Evidence))
    def test_strategy_reaches_every_evidence(self, evidence):
        """parenting_duties(evidence) builds duties counting that evidence."""

        @FEW
        @given(cps.parenting_duties(evidence))
        def check(item):
            assert item.evidence is evidence
            assert bool(item.roles) is (item.holder is Holder.WORKER)
            assert bool(item.categories) is (item.holder is Holder.YOUNG_PERSON)

        check()

    def test_report_round_trip_keeps_render(self):
        """A report read back from JSON renders the same text."""
        from carewales import from_json, to_json

        report = compliance_report(example_records(), EXAMPLE_PERIOD, as_of=D(2024, 3, 31))
        again = from_json(to_json(report), ComplianceReport)
        assert again.render("en") == report.render("en")


def _records(**fields):
    """Records of one council with councillor c1 (Ward 1), unless given."""
    fields.setdefault("councillors", (parenting.Councillor("c1", "C 1", "Ward 1", D(2022, 5, 9)),))
    return parenting.CouncilRecords(example_records().authority, **fields)


class TestBoundaries:
    def test_deadline_on_the_first_day_of_the_period(self):
        """A deadline on the period's first day is assessed, with that day's evidence."""
        records = _records(
            councillors=(parenting.Councillor("c1", "C 1", "Ward 1", D(2023, 1, 1)),),
            trainings=(CouncillorTraining("t1", "c1", D(2023, 4, 1), 180),),
        )
        (result,) = parenting.assess(duty("councillor-training"), records, EXAMPLE_PERIOD)
        assert (result.status, result.due, result.evidence) == (S.MET, D(2023, 4, 1), ("t1",))

    def test_deadline_on_the_day_of_the_assessment(self):
        """A deadline falling on as_of is due that day, not 'not yet due'."""
        records = _records(
            councillors=(parenting.Councillor("c1", "C 1", "Ward 1", D(2023, 6, 1)),)
        )
        item = duty("councillor-training")
        (on_the_day,) = parenting.assess(item, records, EXAMPLE_PERIOD, as_of=D(2023, 9, 1))
        (day_before,) = parenting.assess(item, records, EXAMPLE_PERIOD, as_of=D(2023, 8, 31))
        assert (on_the_day.status, day_before.status) == (S.NOT_MET, S.NOT_YET_DUE)

    def test_feedback_from_exactly_the_minimum(self):
        """An appraisal with feedback from exactly the required number of young people counts."""
        worker = parenting.Worker("w1", parenting.WorkerRole.SOCIAL_WORKER, D(2020, 1, 1))
        for feedback, status in ((1, S.MET), (0, S.NOT_MET)):
            records = _records(
                workers=(worker,), appraisals=(Appraisal("a1", "w1", D(2023, 6, 1), feedback),)
            )
            (result,) = parenting.assess(duty("appraisal-feedback"), records, EXAMPLE_PERIOD)
            assert result.status is status

    def test_progress_without_a_range(self):
        """A target whose maximum equals its minimum reads as one figure, not a range."""
        result = ComplianceResult(
            duty="x",
            holder=Holder.COUNCIL,
            holder_id=None,
            holder_label=Bilingual("C", "C"),
            status=S.MET,
            measure=Evidence.LED_TRAINING,
            achieved=3,
            required=3,
            maximum=3,
        )
        assert (result.progress("en"), result.progress("cy")) == ("3, target 3", "3, targed 3")

    @pytest.mark.parametrize(("minutes", "accepted"), [(1, True), (1440, True), (1441, False)])
    def test_training_length_limits(self, minutes, accepted):
        """A session lasts from 1 minute to a whole day (1,440 minutes)."""
        if accepted:
            assert CouncillorTraining("t1", "c1", D(2023, 5, 1), minutes).minutes == minutes
        else:
            with pytest.raises(ParentingRecordError, match="'minutes'"):
                CouncillorTraining("t1", "c1", D(2023, 5, 1), minutes)

    @pytest.mark.parametrize(
        ("ages", "accepted"),
        [((0, 30), True), ((0, 1), True), ((0, 31), False), ((-1, 5), False), ((5, 5), False)],
    )
    def test_entitlement_age_limits(self, ages, accepted):
        """Ages run from 0 to 30 and rise strictly from the first to the last."""
        changes = dict(zip(("from_age", "until_age"), ages, strict=True))
        changes.update(extended_until_age=None, extension=None)
        if accepted:
            assert attrs.evolve(entitlements()[-1], **changes).until_age == ages[1]
        else:
            with pytest.raises(DutyError):
                attrs.evolve(entitlements()[-1], **changes)

    def test_extension_may_end_with_the_entitlement(self):
        """An extension to the same age as the end is accepted; one to an earlier age is not."""
        item = attrs.evolve(
            entitlements()[-1], until_age=21, extended_until_age=21, extension=Bilingual("a", "b")
        )
        assert item.extended_until_age == 21
        with pytest.raises(DutyError, match="ages must rise"):
            attrs.evolve(item, extended_until_age=20)


@pytest.mark.parametrize("junk", ["a\nb", "x" * 200_001, " padded", "x" * 501])
def test_a_name_fields_junk_is_refused_naming_the_field(junk: object) -> None:
    """A name that cannot be a Name is refused by the model, naming its own field."""
    councillor = parenting.Councillor("c1", "C 1", "Ward 1", D(2022, 5, 9))
    for field in ("name", "ward"):
        with pytest.raises(CareWalesError) as caught:
            attrs.evolve(councillor, **{field: junk})
        assert f"'{field}'" in str(caught.value)
        assert f"'{field}'" in caught.value.message("cy")

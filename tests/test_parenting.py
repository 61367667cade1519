"""Tests for carewales.parenting: the catalogue, records, assessment, reports and ages."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from carewales import (
    Bilingual,
    CareWalesError,
    DateRangeError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidTextError,
    UnsupportedDateError,
    authority,
    from_json,
    to_json,
)
from carewales.parenting import (
    EXAMPLE_PERIOD,
    Appraisal,
    ComplianceReport,
    ComplianceResult,
    ComplianceStatus,
    Councillor,
    CouncillorTraining,
    CouncilRecords,
    DuplicateRecordIdError,
    Duty,
    DutyError,
    DutySource,
    Entitlement,
    Evidence,
    Frequency,
    FutureRecordError,
    Holder,
    Name,
    NeedsAssessment,
    NetworkingObjective,
    ParentingRecordError,
    Partner,
    Period,
    Plan,
    PlanReport,
    ProfessionalTraining,
    Standing,
    SupportOption,
    Target,
    Tender,
    UnknownDutyError,
    UnknownRecordError,
    UnknownWardError,
    Worker,
    WorkerRole,
    YoungPeopleMeeting,
    YoungPerson,
    YoungPersonCategory,
    age_on,
    assess,
    compliance_report,
    duties,
    duty,
    entitlements,
    entitlements_on,
    example_records,
)
from carewales.testing import _parenting as cps

D = dt.date
S = ComplianceStatus
WREXHAM = authority("Wrexham")
#: The seven duties built from seed 003's five ideas, with their targets.
SEED_003 = {
    "councillor-training": (1, Holder.COUNCILLOR, 180, None, Frequency.ON_EVENT, 3),
    "councillor-young-people": (1, Holder.COUNCILLOR, 3, 4, Frequency.ANNUAL, None),
    "partnership-plan": (2, Holder.COUNCIL, 1, None, Frequency.ANNUAL, None),
    "networking-objectives": (2, Holder.WORKER, 1, None, Frequency.ANNUAL, None),
    "appraisal-feedback": (3, Holder.WORKER, 1, None, Frequency.EACH, None),
    "tender-provision": (4, Holder.TENDER, 1, None, Frequency.EACH, None),
    "led-training": (5, Holder.COUNCIL, 1, None, Frequency.ANNUAL, None),
}
JUNK = [None, "", "😴", "€", True, 10**100, 2.5, [], D(2021, 1, 1)]
JUNK_DATES = [None, "2023-01-01", "😴", True, 0, dt.datetime(2023, 1, 1, 9, 0), []]
FAR_DATES = [D(1, 1, 1), D(1996, 3, 31), D(2100, 1, 1), D(9999, 12, 31)]


TERM_2022 = D(2022, 5, 9)


def cllr(ident="c1", ward="Ward 1", start=TERM_2022):
    return Councillor(ident, f"Councillor {ident}", ward, start)


def records_with(**fields):
    """Records of Wrexham with councillors c1 (Ward 1) and c2 (Ward 2) unless given."""
    fields.setdefault("councillors", (cllr("c1"), cllr("c2", "Ward 2")))
    return CouncilRecords(WREXHAM, **fields)


def statuses(key, records, period=EXAMPLE_PERIOD, **kwargs):
    return [r.status for r in assess(duty(key), records, period, **kwargs)]


CATEGORIES_1_2 = (YoungPersonCategory.CATEGORY_1, YoungPersonCategory.CATEGORY_2)


def normalise(text):
    return text.replace("’", "'")


def outside(period):
    """Days strictly outside *period*, within the strategies' range."""
    before = st.dates(cps.FIRST_DAY - dt.timedelta(days=400), period.start - dt.timedelta(days=1))
    after = st.dates(period.end + dt.timedelta(days=1), cps.LAST_DAY + dt.timedelta(days=400))
    return before | after


@st.composite
def with_more_evidence(draw, records, days, start=0):
    """Return *records* with added evidence that can only count towards targets."""
    new, n = {}, start
    cllrs, staff, young, plans = (
        records.councillors,
        records.workers,
        records.young_people,
        records.plans,
    )

    def ident(prefix):
        nonlocal n
        n += 1
        return f"z{prefix}{n}"

    for c in cllrs:
        for _ in range(draw(st.integers(0, 2))):
            new.setdefault("trainings", []).append(
                CouncillorTraining(ident("t"), c.id, draw(days), draw(st.integers(1, 1440)))
            )
            people = tuple(
                draw(st.lists(st.sampled_from(["r0", "r1", "q1", "q2"]), min_size=1, unique=True))
            )
            new.setdefault("meetings", []).append(
                YoungPeopleMeeting(ident("m"), c.id, c.ward, draw(days), people)
            )
    for w in staff:
        new.setdefault("objectives", []).append(NetworkingObjective(ident("o"), w.id, draw(days)))
        new.setdefault("appraisals", []).append(Appraisal(ident("a"), w.id, draw(days), 10_000))
    for y in young:
        new.setdefault("assessments", []).append(NeedsAssessment(ident("s"), y.id, draw(days)))
    for p in plans:
        day = draw(days)
        if day >= p.day:
            new.setdefault("plan_reports", []).append(PlanReport(ident("r"), p.id, day))
    new.setdefault("professional_trainings", []).append(
        ProfessionalTraining(
            ident("x"), draw(days), developed_by_young_people=True, led_by_young_people=False
        )
    )
    return attrs.evolve(records, **{k: (*getattr(records, k), *v) for k, v in new.items()})


class TestCatalogue:
    def test_seed_003_duties_with_targets(self):
        """Every seed 003 duty is in the catalogue with the target the seed states."""
        for key, (idea, holder, minimum, maximum, frequency, months) in SEED_003.items():
            item = duty(key)
            assert item.holder is holder
            assert (item.target.minimum, item.target.maximum) == (minimum, maximum)
            assert item.target.frequency is frequency
            assert item.target.within_months == months
            assert item.source.reference == Bilingual(f"Idea {idea}", f"Syniad {idea}")
            assert "Leicestershire Cares" in item.source.title.en

    def test_proposals_are_never_law(self):
        """Every duty from Leicestershire Cares is recommended practice, never statutory."""
        for item in duties():
            from_proposal = "Leicestershire Cares" in item.source.title.en
            assert from_proposal is (item.standing is Standing.RECOMMENDED)
            assert from_proposal is not item.statutory

    def test_statutory_duties(self):
        """The four statutory duties cite Welsh regulations, owed for young people from 2016."""
        statutory = [d for d in duties() if d.statutory]
        assert [d.key for d in statutory] == [
            "needs-assessment-category-1",
            "needs-assessment-category-2",
            "needs-assessment-category-3",
            "needs-assessment-category-4",
        ]
        assert all(d.holder is Holder.YOUNG_PERSON for d in statutory)
        assert all("(Wales) Regulations 2015" in d.source.title.en for d in statutory)
        assert [d.source.reference.en for d in statutory] == [
            "reg. 49(1)",
            "reg. 5(2)(a)",
            "reg. 5(2)(b)",
            "reg. 5(2)(c)",
        ]
        assert all(d.valid_from == D(2016, 4, 6) and d.valid_to is None for d in statutory)
        assert all(d.target.within_months == 3 for d in statutory)
        assert all(d.source.url_cy == d.source.url + "/welsh" for d in statutory)

    def test_welsh_descriptions_are_the_seed_wording(self, seeds):
        """The Welsh description of every seed 003 duty is the seed's own wording."""
        seed = normalise(seeds["003"])
        for key in SEED_003:
            assert normalise(duty(key).description.cy).rstrip(".") in seed

    def test_interpretations_say_so(self):
        """Where the library reads vague words, the duty carries its interpretation."""
        assert "180 minutes" in duty("councillor-training").interpretation.en
        assert "3 months" in duty("councillor-training").interpretation.en
        assert "3 different young people" in duty("councillor-young-people").interpretation.en

    @pytest.mark.parametrize("key", ["flying-lessons", "", "😴", None, 5])
    def test_unknown_keys(self, key):
        """A key the catalogue lacks is the library's error."""
        with pytest.raises(UnknownDutyError):
            duty(key)


class TestTarget:
    @pytest.mark.parametrize(
        ("kwargs", "problem"),
        [
            ({"minimum": 0, "frequency": Frequency.ANNUAL}, "'minimum'"),
            ({"minimum": True, "frequency": Frequency.ANNUAL}, "'minimum'"),
            ({"minimum": "3", "frequency": Frequency.ANNUAL}, "'minimum'"),
            ({"minimum": 3, "frequency": "annual"}, "'frequency'"),
            ({"minimum": 3, "frequency": Frequency.ANNUAL, "maximum": 2}, "below"),
            ({"minimum": 3, "frequency": Frequency.ANNUAL, "within_months": 3}, "only"),
            ({"minimum": 3, "frequency": Frequency.ON_EVENT}, "only"),
            ({"minimum": 1, "frequency": Frequency.EACH, "maximum": 2}, "no meaning"),
            ({"minimum": 1, "frequency": Frequency.ON_EVENT, "within_months": 0}, "months"),
        ],
    )
    def test_junk(self, kwargs, problem):
        """Inconsistent targets are refused, naming the field."""
        with pytest.raises(DutyError, match=problem):
            Target(**kwargs)

    @given(cps.duty_targets(), st.sampled_from(Evidence))
    def test_words_name_the_minimum(self, target, evidence):
        """The target's words carry its minimum in both languages."""
        words = target.words(evidence)
        assert str(target.minimum) in words.en
        assert str(target.minimum) in words.cy
        assert target.describe("cy", evidence=evidence) == words.cy


class TestDuty:
    def base(self, **changes):
        fields = attrs.asdict(duty("networking-objectives"), recurse=False)
        fields.update(changes)
        return Duty(**fields)

    @pytest.mark.parametrize(
        ("changes", "error"),
        [
            ({"holder": Holder.COUNCIL}, "'holder'"),
            ({"target": Target(1, Frequency.EACH)}, "does not fit"),
            ({"roles": ()}, "'roles'"),
            ({"categories": (YoungPersonCategory.CATEGORY_1,)}, "'categories'"),
            ({"roles": (WorkerRole.SOCIAL_WORKER, WorkerRole.SOCIAL_WORKER)}, "twice"),
            ({"roles": ("pa",)}, r"'roles\[0\]'"),
            ({"roles": "pa"}, "'roles'"),
            ({"key": "Not A Key"}, "'key'"),
            ({"title": "title"}, "'title'"),
            ({"source": None}, "'source'"),
            ({"context": (None,)}, r"'context\[0\]'"),
        ],
    )
    def test_junk(self, changes, error):
        """A duty whose parts do not fit together is refused, naming the part."""
        with pytest.raises(DutyError, match=error):
            self.base(**changes)

    def test_lists_become_tuples(self):
        """Lists given for roles are stored as tuples."""
        assert self.base(roles=[WorkerRole.PERSONAL_ADVISER]).roles == (
            WorkerRole.PERSONAL_ADVISER,
        )

    def test_source_cites_without_reference(self):
        """A source without a reference cites its title alone; junk addresses are refused."""
        source = DutySource(Bilingual("Title", "Teitl"), Standing.GUIDANCE)
        assert source.cite("cy") == "Teitl"
        with pytest.raises(DutyError, match="'url'"):
            DutySource(Bilingual("Title", "Teitl"), Standing.GUIDANCE, url="ftp://x y")


class TestPeriod:
    def test_years(self):
        """Calendar and financial years run where they should."""
        assert Period.year(2023) == Period(D(2023, 1, 1), D(2023, 12, 31))
        assert Period.financial_year(2023) == EXAMPLE_PERIOD
        assert EXAMPLE_PERIOD.label.en == "1 April 2023 to 31 March 2024"

    @pytest.mark.parametrize("year", [None, "2023", True, 2.0, [], "😴"])
    def test_junk_years(self, year):
        """A year that is not a whole number is the library's error."""
        with pytest.raises(CareWalesError, match="'year'"):
            Period.year(year)

    @pytest.mark.parametrize("year", [1995, 2099, 10**100, -1])
    def test_unsupported_years(self, year):
        """Years outside the supported range are refused."""
        with pytest.raises(UnsupportedDateError):
            Period.financial_year(year)

    def test_order_and_length(self):
        """A period ends on or after its start, and lasts less than a year."""
        with pytest.raises(DateRangeError, match="before"):
            Period(D(2023, 5, 1), D(2023, 4, 30))
        with pytest.raises(DateRangeError, match="a year"):
            Period(D(2023, 4, 1), D(2024, 4, 1))

    @pytest.mark.parametrize("day", JUNK_DATES)
    def test_junk_dates(self, day):
        """Anything but a plain date is refused."""
        with pytest.raises(InvalidDateError):
            Period(day, D(2023, 1, 1))

    @pytest.mark.parametrize("day", FAR_DATES)
    def test_far_dates(self, day):
        """Dates outside 1996–2099 are refused."""
        with pytest.raises(UnsupportedDateError):
            Period(day, day)

    @given(cps.reporting_periods(), cps.record_days())
    def test_contains(self, period, day):
        """A day is in the period exactly when it lies between its ends."""
        assert period.contains(day) is (period.start <= day <= period.end)


class TestRecords:
    @pytest.mark.parametrize("value", JUNK)
    def test_junk_ids(self, value):
        """Every id that is not a short token is refused, naming the record kind."""
        with pytest.raises(ParentingRecordError, match=r"councillor training\b.*: 'id'"):
            CouncillorTraining(value, "c1", D(2023, 5, 1), 60)

    @pytest.mark.parametrize("minutes", [-30, 0, 1441, 10**100, True, "60", 60.0, None])
    def test_junk_lengths(self, minutes):
        """Negative, zero, huge and non-integer lengths are refused, naming the record."""
        with pytest.raises(ParentingRecordError, match="councillor training 't1': 'minutes'"):
            CouncillorTraining("t1", "c1", D(2023, 5, 1), minutes)

    @pytest.mark.parametrize("day", JUNK_DATES)
    def test_junk_dates(self, day):
        """Anything but a plain date is refused, naming the record."""
        with pytest.raises(InvalidDateError, match="meeting 'm1': 'day'"):
            YoungPeopleMeeting("m1", "c1", "Ward 1", day, ("r1",))

    @pytest.mark.parametrize("day", FAR_DATES)
    def test_far_dates(self, day):
        """Dates before the councils existed or after 2099 are refused."""
        with pytest.raises(UnsupportedDateError, match="plan 'p1'"):
            Plan("p1", day, "Plan", (Partner.BUSINESS,))

    @pytest.mark.parametrize("name", ["", "   ", " padded", None, 5, "x" * 501])
    def test_junk_text(self, name):
        """Names must be non-blank strings without surrounding spaces."""
        with pytest.raises(InvalidTextError, match="councillor 'c1': 'name'"):
            Councillor("c1", name, "Ward 1", D(2022, 5, 9))

    @pytest.mark.parametrize("people", [(), ("r1", "r1"), ("",), "r1", None, ("😴",)])
    def test_junk_young_people(self, people):
        """A meeting needs distinct pseudonymous references."""
        with pytest.raises(ParentingRecordError, match="meeting 'm1': 'young_people"):
            YoungPeopleMeeting("m1", "c1", "Ward 1", D(2023, 5, 1), people)

    def test_junk_flags_and_enums(self):
        """Flags must be booleans and kinds must be the library's enums."""
        with pytest.raises(ParentingRecordError, match="'provision'"):
            Tender("n1", D(2023, 5, 1), "Tender", "yes")
        with pytest.raises(ParentingRecordError, match="'role'"):
            Worker("w1", "social-worker", D(2020, 1, 1))
        with pytest.raises(ParentingRecordError, match="'feedback_from'"):
            Appraisal("a1", "w1", D(2023, 5, 1), -1)
        with pytest.raises(ParentingRecordError, match=r"'options' .* must be empty"):
            Tender(
                "n1", D(2023, 5, 1), "Tender", provision=False, options=[SupportOption.MENTORING]
            )

    def test_young_person_age(self):
        """A young person enters category 1 or 2 only while aged 16 or 17 (s. 104(2))."""
        born = D(2007, 3, 15)
        YoungPerson("y1", born, YoungPersonCategory.CATEGORY_1, D(2023, 3, 15))
        YoungPerson("y1", born, YoungPersonCategory.CATEGORY_2, D(2025, 3, 14))
        for since in (D(2023, 3, 14), D(2025, 3, 15)):
            with pytest.raises(ParentingRecordError, match="young person 'y1': 'since'"):
                YoungPerson("y1", born, YoungPersonCategory.CATEGORY_1, since)

    def test_duplicate_ids(self):
        """Two records with one id are refused, naming both."""
        with pytest.raises(DuplicateRecordIdError, match=r"meeting 'c1'.*councillor 'c1'"):
            records_with(
                meetings=(YoungPeopleMeeting("c1", "c1", "Ward 1", D(2023, 5, 1), ("r",)),)
            )

    @pytest.mark.parametrize(
        ("fields", "problem"),
        [
            ({"trainings": (CouncillorTraining("t1", "c9", D(2023, 5, 1), 60),)}, "'councillor'"),
            ({"objectives": (NetworkingObjective("o1", "w9", D(2023, 5, 1)),)}, "'worker'"),
            ({"appraisals": (Appraisal("a1", "w9", D(2023, 5, 1), 1),)}, "'worker'"),
            ({"plan_reports": (PlanReport("r1", "p9", D(2023, 5, 1)),)}, "'plan'"),
            ({"assessments": (NeedsAssessment("s1", "y9", D(2023, 5, 1)),)}, "'young_person'"),
        ],
    )
    def test_unknown_references(self, fields, problem):
        """A record naming a missing holder or plan is refused, naming the record."""
        with pytest.raises(UnknownRecordError, match=problem):
            records_with(**fields)

    def test_unknown_ward(self):
        """A meeting in a ward no councillor represents is refused."""
        meeting = YoungPeopleMeeting("m1", "c1", "Ward 9", D(2023, 5, 1), ("r1",))
        with pytest.raises(UnknownWardError, match=r"meeting 'm1'.*'Ward 1', 'Ward 2'"):
            records_with(meetings=(meeting,))

    def test_report_before_plan(self):
        """A report cannot predate the plan it reports on."""
        plan = Plan("p1", D(2023, 5, 1), "Plan", (Partner.BUSINESS,))
        with pytest.raises(DateRangeError, match="plan report 'r1'"):
            records_with(plans=(plan,), plan_reports=(PlanReport("r1", "p1", D(2023, 4, 30)),))

    @pytest.mark.parametrize("value", [None, "c1", [1], (None,)])
    def test_junk_collections(self, value):
        """Collections must be lists of the right records."""
        with pytest.raises(ParentingRecordError, match="'councillors"):
            CouncilRecords(WREXHAM, value)

    def test_junk_authority(self):
        """The authority must be an Authority, not a name."""
        with pytest.raises(ParentingRecordError, match="'authority'"):
            CouncilRecords("Wrexham")

    def test_councillor_lookup(self):
        """Councillors are found by id; a missing one is the library's error."""
        records = records_with()
        assert records.councillor("c2").ward == Name("Ward 2", "Ward 2")
        with pytest.raises(UnknownRecordError):
            records.councillor("c9")

    def test_future_records(self):
        """A record dated after the day of the assessment is refused, naming it."""
        records = records_with(trainings=(CouncillorTraining("t1", "c1", D(2023, 9, 1), 60),))
        with pytest.raises(FutureRecordError, match="councillor training 't1'"):
            assess(duty("councillor-training"), records, EXAMPLE_PERIOD, as_of=D(2023, 8, 31))
        young = YoungPerson("y1", D(2007, 3, 15), YoungPersonCategory.CATEGORY_1, D(2023, 6, 1))
        with pytest.raises(FutureRecordError, match="young person 'y1'"):
            records_with(young_people=(young,)).check_as_of(D(2007, 3, 14))

    @given(cps.council_records(), cps.reporting_periods())
    def test_future_records_property(self, records, period):
        """With as_of before the latest evidence, the latest record is named in the error."""
        days = [getattr(r, "day", None) for r in records.all_records()]
        days = [d for d in days if d is not None]
        assume(days)
        as_of = max(days) - dt.timedelta(days=1)
        assume(as_of >= period.start)
        with pytest.raises(FutureRecordError, match="is after the day of the assessment"):
            compliance_report(records, period, as_of=as_of)

    def test_example(self):
        """The bundled example has one council, three councillors and a description."""
        records = example_records()
        assert records.authority is WREXHAM
        assert len(records.councillors) == 3
        assert "Fictional" in records.description.en


class TestAssessProperties:
    @given(cps.council_records(), cps.reporting_periods(), cps.parenting_duties(), st.data())
    def test_more_evidence_never_unmeets(self, records, period, item, data):
        """Adding evidence never turns a met duty into an unmet one."""
        assume(item.in_force(period.start, period.end))
        more = data.draw(with_more_evidence(records, cps.record_days()))
        before = assess(item, records, period)
        after = {(r.holder, r.holder_id): r for r in assess(item, more, period)}
        for result in before:
            if result.status is S.MET:
                assert after[result.holder, result.holder_id].status is S.MET

    @given(cps.council_records(), cps.reporting_periods(), st.data())
    def test_only_records_inside_the_period(self, records, period, data):
        """Adding records dated outside the period changes no result."""
        more = data.draw(with_more_evidence(records, outside(period)))
        assert compliance_report(more, period) == compliance_report(records, period)

    @given(cps.council_records(), cps.reporting_periods(), st.data())
    def test_holders_starting_after_the_period_are_not_yet_due(self, records, period, data):
        """A councillor, worker or young person starting after the period is not yet due."""
        later = st.dates(period.end + dt.timedelta(days=1), D(2060, 1, 1))
        born = data.draw(st.dates(D(2044, 1, 1), D(2044, 12, 31)))
        since = data.draw(
            st.dates(
                max(born.replace(year=2060), period.end + dt.timedelta(days=1)), D(2061, 12, 1)
            )
        )
        ward = records.councillors[0].ward if records.councillors else "Ward 0"
        more = attrs.evolve(
            records,
            councillors=(*records.councillors, Councillor("new-c", "New", ward, data.draw(later))),
            workers=(
                *records.workers,
                Worker("new-w", data.draw(st.sampled_from(WorkerRole)), data.draw(later)),
            ),
            young_people=(
                *records.young_people,
                YoungPerson("new-y", born, data.draw(st.sampled_from(CATEGORIES_1_2)), since),
            ),
        )
        for result in compliance_report(more, period).results:
            if result.holder_id in {"new-c", "new-w", "new-y"}:
                assert result.status is S.NOT_YET_DUE

    @given(cps.council_records(), cps.reporting_periods())
    def test_results_are_consistent(self, records, period):
        """Every result counts only records in the period and agrees with its amounts."""
        dated = {r.id: getattr(r, "day", None) for r in records.all_records()}
        for result in compliance_report(records, period).results:
            assert all(period.contains(dated[i]) for i in result.evidence)
            if result.status is S.MET:
                assert result.shortfall == 0

    @given(cps.council_records(), cps.reporting_periods(), cps.record_days())
    def test_as_of_before_the_period(self, records, period, as_of):
        """An assessment dated before its period starts is refused."""
        assume(as_of < period.start)
        with pytest.raises(DateRangeError, match="'as_of'"):
            assess(duty("led-training"), records, period, as_of=as_of)


class TestAssessRules:
    def test_training_window(self):
        """Training counts within 3 months of the term's start, in the period only."""
        records = records_with(
            councillors=(
                cllr("c1", start=D(2023, 5, 9)),
                cllr("c2", start=D(2023, 5, 9)),
                cllr("c3", start=D(2023, 3, 1)),
                cllr("c4", start=D(2023, 12, 1)),
                cllr("c5", start=D(2022, 5, 9)),
            ),
            trainings=(
                CouncillorTraining("t1", "c1", D(2023, 6, 1), 120),
                CouncillorTraining("t2", "c1", D(2023, 8, 9), 60),
                CouncillorTraining("t3", "c2", D(2023, 6, 1), 120),
                CouncillorTraining("t4", "c2", D(2023, 8, 10), 60),
                CouncillorTraining("t5", "c3", D(2023, 3, 20), 180),
            ),
        )
        results = assess(duty("councillor-training"), records, EXAMPLE_PERIOD)
        assert [r.status for r in results] == [
            S.MET,  # 180 minutes, the second session on the deadline day itself
            S.PARTLY_MET,  # the second session came a day late
            S.NOT_ASSESSED,  # the time allowed began before the period
            S.NOT_MET,  # deadline 1 March 2024, inside the period, and no training
            S.NOT_ASSESSED,  # the deadline was before the period
        ]
        assert results[0].evidence == ("t1", "t2")
        assert results[1].progress() == "120 of the 180 required (shortfall 60)"
        assert results[3].due == D(2024, 3, 1)
        assert "before the period" in results[2].note.en

    def test_deadline_after_the_period_or_as_of(self):
        """A deadline after the period's end, or after as_of, is not yet due."""
        records = records_with(councillors=(cllr("c1", start=D(2024, 2, 1)),))
        (result,) = assess(duty("councillor-training"), records, EXAMPLE_PERIOD)
        assert result.status is S.NOT_YET_DUE
        assert result.note.en == "Due by 1 May 2024."
        records = records_with(councillors=(cllr("c1", start=D(2023, 6, 1)),))
        early = assess(duty("councillor-training"), records, EXAMPLE_PERIOD, as_of=D(2023, 7, 1))
        assert early[0].status is S.NOT_YET_DUE

    def test_meetings(self):
        """Young people count once each, and only in the councillor's own ward."""
        records = records_with(
            meetings=(
                YoungPeopleMeeting("m1", "c1", "Ward 1", D(2023, 5, 1), ("r1", "r2")),
                YoungPeopleMeeting("m2", "c1", "Ward 1", D(2023, 6, 1), ("r2",)),
                YoungPeopleMeeting("m3", "c1", "Ward 2", D(2023, 7, 1), ("r3", "r4")),
            )
        )
        first, second = assess(duty("councillor-young-people"), records, EXAMPLE_PERIOD)
        assert (first.status, first.achieved, first.evidence) == (
            S.PARTLY_MET,
            2,
            ("m1", "m2", "m3"),
        )
        assert second.status is S.NOT_MET

    def test_range_lower_figure_meets(self):
        """Three young people meet "at least 3 to 4"; the report still shows the range."""
        records = records_with(
            meetings=(YoungPeopleMeeting("m1", "c1", "Ward 1", D(2023, 5, 1), ("a", "b", "c")),)
        )
        result = assess(duty("councillor-young-people"), records, EXAMPLE_PERIOD)[0]
        assert result.status is S.MET
        assert result.progress("cy") == "3, targed 3 i 4"

    def test_first_year_of_office(self):
        """A councillor in their first year is due at its end; met early is met."""
        records = records_with(
            councillors=(cllr("c1", start=D(2023, 10, 5)), cllr("c2", start=D(2023, 10, 5))),
            meetings=(YoungPeopleMeeting("m1", "c2", "Ward 1", D(2023, 11, 1), ("a", "b", "c")),),
        )
        first, second = assess(duty("councillor-young-people"), records, EXAMPLE_PERIOD)
        assert first.status is S.NOT_YET_DUE
        assert first.due == D(2024, 10, 4)
        assert "first year" in first.note.en
        assert second.status is S.MET

    def test_term_starting_with_the_period(self):
        """A councillor whose term starts on the period's first day is due at its end."""
        records = records_with(councillors=(cllr("c1", start=D(2023, 1, 1)),))
        (result,) = assess(duty("councillor-young-people"), records, Period.year(2023))
        assert (result.status, result.due, result.note) == (S.NOT_MET, D(2023, 12, 31), None)

    def test_plans(self):
        """A report on a plan covering both partners meets; plans alone partly meet."""
        both = Plan("p1", D(2022, 9, 1), "Both", (Partner.COMMUNITY_GROUPS, Partner.BUSINESS))
        one = Plan("p2", D(2023, 9, 1), "One", (Partner.BUSINESS,))
        cases = [
            ({"plans": (both,), "plan_reports": (PlanReport("r1", "p1", D(2023, 7, 1)),)}, S.MET),
            (
                {"plans": (both, one), "plan_reports": (PlanReport("r2", "p2", D(2023, 10, 1)),)},
                S.PARTLY_MET,
            ),
            ({"plans": (one,)}, S.PARTLY_MET),
            ({"plans": (both,)}, S.NOT_MET),
        ]
        for fields, expected in cases:
            assert statuses("partnership-plan", records_with(**fields)) == [expected]

    def test_appraisals(self):
        """Every appraisal in the period needs young people's feedback; none means not assessed."""
        records = records_with(
            workers=(
                Worker("w1", WorkerRole.SOCIAL_WORKER, D(2020, 1, 1)),
                Worker("w2", WorkerRole.CARE_WORKER, D(2020, 1, 1)),
                Worker("w3", WorkerRole.SIXTEEN_PLUS_WORKER, D(2020, 1, 1)),
                Worker("w4", WorkerRole.PERSONAL_ADVISER, D(2020, 1, 1)),
            ),
            appraisals=(
                Appraisal("a1", "w1", D(2023, 6, 1), 0),
                Appraisal("a2", "w3", D(2022, 6, 1), 4),
                Appraisal("a3", "w4", D(2023, 6, 1), 0),
            ),
        )
        results = assess(duty("appraisal-feedback"), records, EXAMPLE_PERIOD)
        assert [(r.holder_id, r.status) for r in results] == [
            ("w1", S.NOT_MET),
            ("w2", S.NOT_ASSESSED),
            ("w3", S.NOT_ASSESSED),
        ]
        assert "360-gradd" not in results[1].describe("cy")

    def test_tenders(self):
        """Each tender issued in the period is a duty-holder; others are not."""
        records = records_with(
            tenders=(
                Tender("n1", D(2023, 6, 1), "Parks", provision=True),
                Tender("n2", D(2022, 6, 1), "Roads", provision=False),
            )
        )
        results = assess(duty("tender-provision"), records, EXAMPLE_PERIOD)
        assert [(r.holder_id, r.status) for r in results] == [("n1", S.MET)]
        assert results[0].holder_label.cy == "Tendr n1 (Parks)"

    def test_led_training(self):
        """Only training developed or led by care-experienced young people counts."""
        given_by_staff = ProfessionalTraining(
            "x1", D(2023, 6, 1), developed_by_young_people=False, led_by_young_people=False
        )
        led = ProfessionalTraining(
            "x2", D(2023, 6, 1), developed_by_young_people=False, led_by_young_people=True
        )
        assert statuses("led-training", records_with(professional_trainings=(given_by_staff,))) == [
            S.NOT_MET
        ]
        assert statuses("led-training", records_with(professional_trainings=(led,))) == [S.MET]

    def test_needs_assessments(self):
        """The statutory deadline is 3 months after entering the category, the day included."""
        people = (
            YoungPerson("y1", D(2007, 3, 15), YoungPersonCategory.CATEGORY_1, D(2023, 6, 10)),
            YoungPerson("y2", D(2007, 3, 15), YoungPersonCategory.CATEGORY_1, D(2023, 6, 10)),
            YoungPerson("y3", D(2006, 8, 20), YoungPersonCategory.CATEGORY_2, D(2023, 6, 10)),
        )
        records = records_with(
            young_people=people,
            assessments=(
                NeedsAssessment("s1", "y1", D(2023, 9, 10)),
                NeedsAssessment("s2", "y2", D(2023, 9, 11)),
            ),
        )
        assert statuses("needs-assessment-category-1", records) == [S.MET, S.NOT_MET]
        assert statuses("needs-assessment-category-2", records) == [S.NOT_MET]
        assert assess(duty("needs-assessment-category-2"), records, EXAMPLE_PERIOD)[
            0
        ].holder_label.en == ("Young person y3 (category 2)")

    @pytest.mark.parametrize(
        ("args", "name"),
        [
            (("duty", "records", EXAMPLE_PERIOD), "'duty'"),
            ((None, "records", EXAMPLE_PERIOD), "'duty'"),
        ],
    )
    def test_junk_arguments(self, args, name):
        """Arguments of the wrong type are the library's error."""
        with pytest.raises(CareWalesError, match=name):
            assess(*args)

    def test_report_checks_as_of_without_duties(self):
        """A report with no duties still refuses a junk or future as_of."""
        with pytest.raises(InvalidDateError):
            compliance_report(example_records(), EXAMPLE_PERIOD, duties=[], as_of="2024-03-31")
        with pytest.raises(FutureRecordError):
            compliance_report(example_records(), EXAMPLE_PERIOD, duties=[], as_of=D(2023, 4, 1))

    def test_junk_records_and_period(self):
        """Records and period must be the library's types; as_of a plain date."""
        item, records = duty("led-training"), example_records()
        with pytest.raises(CareWalesError, match="'records'"):
            assess(item, {}, EXAMPLE_PERIOD)
        with pytest.raises(CareWalesError, match="'period'"):
            assess(item, records, (D(2023, 4, 1), D(2024, 3, 31)))
        for as_of in JUNK_DATES[1:]:
            with pytest.raises(InvalidDateError, match="'as_of'"):
                assess(item, records, EXAMPLE_PERIOD, as_of=as_of)


class TestComplianceResult:
    def make(self, **changes):
        fields = {
            "duty": "councillor-young-people",
            "holder": Holder.COUNCILLOR,
            "holder_id": "c1",
            "holder_label": Bilingual("Cllr", "Cyng"),
            "status": S.PARTLY_MET,
            "measure": Evidence.YOUNG_PEOPLE_MEETINGS,
            "achieved": 2,
            "required": 3,
        }
        fields.update(changes)
        return ComplianceResult(**fields)

    def test_progress_in_both_languages(self):
        """The shortfall reads "2 of the 3 required" and "2 o'r 3 sy'n ofynnol"."""
        result = self.make()
        assert result.progress("en") == "2 of the 3 required (shortfall 1)"
        assert result.progress("cy") == "2 o’r 3 sy’n ofynnol (yn brin o 1)"
        met = self.make(status=S.MET, achieved=5, maximum=4)
        assert met.progress("en") == "5, target 3 to 4"
        assert met.shortfall == 0

    @pytest.mark.parametrize(
        "changes",
        [
            {"status": S.MET},
            {"status": S.NOT_MET, "achieved": 3},
            {"status": S.PARTLY_MET, "achieved": 4},
            {"achieved": -1},
            {"holder_id": ""},
            {"evidence": ("a", "a")},
            {"status": "met"},
        ],
    )
    def test_junk(self, changes):
        """A result whose status contradicts its amounts, or with junk fields, is refused."""
        with pytest.raises(CareWalesError):
            self.make(**changes)

    @given(cps.compliance_results(), st.sampled_from(["en", "cy"]))
    def test_describe_names_the_status(self, result, lang):
        """A description starts with the holder and names the status."""
        text = result.describe(lang)
        assert text.startswith(result.holder_label.in_(lang))
        assert result.status.label.in_(lang) in text


class TestReport:
    def test_example_statuses(self):
        """The worked example's three councillors and other holders get the expected statuses."""
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        got = {(r.duty, r.holder_id): r.status for r in report.results}
        assert got == {
            ("councillor-training", "cllr-a"): S.NOT_ASSESSED,
            ("councillor-training", "cllr-b"): S.NOT_ASSESSED,
            ("councillor-training", "cllr-c"): S.MET,
            ("councillor-young-people", "cllr-a"): S.MET,
            ("councillor-young-people", "cllr-b"): S.PARTLY_MET,
            ("councillor-young-people", "cllr-c"): S.NOT_YET_DUE,
            ("partnership-plan", None): S.MET,
            ("networking-objectives", "w-pa-1"): S.MET,
            ("networking-objectives", "w-16-1"): S.NOT_MET,
            ("appraisal-feedback", "w-16-1"): S.MET,
            ("appraisal-feedback", "w-sw-1"): S.PARTLY_MET,
            ("tender-provision", "tn-1"): S.MET,
            ("tender-provision", "tn-2"): S.NOT_MET,
            ("led-training", None): S.NOT_MET,
            ("needs-assessment-category-1", "yp-1"): S.MET,
            ("needs-assessment-category-2", "yp-2"): S.NOT_YET_DUE,
        }
        assert list(report.summary().values()) == [7, 2, 3, 2, 2]

    def test_example_in_english(self):
        """The English report carries the expected lines."""
        text = compliance_report(example_records(), EXAMPLE_PERIOD, as_of=D(2024, 3, 31)).render(
            "en", format="text"
        )
        for line in [
            "Corporate parenting: compliance report",
            "Council: Wrexham County Borough Council (W06000006)",
            "Period: 1 April 2023 to 31 March 2024",
            "Assessed as of: 31 March 2024",
            "   Standing: Recommended practice (a proposal, not law)",
            "   Standing: Statutory (law)",
            (
                "   - Councillor B (Example Ward 2): Partly met. Care-experienced young people "
                "in the ward spoken with: 2 of the 3 required (shortfall 1). Evidence: m-3, m-4."
            ),
            (
                "   - Councillor A (Example Ward 1): Not assessed in this period. The deadline "
                "(9 August 2022) was before the period."
            ),
        ]:
            assert line in text.splitlines()
        assert "they are not law in Wales or in England" in text

    def test_example_in_welsh(self):
        """The Welsh report carries the expected lines."""
        text = compliance_report(example_records(), EXAMPLE_PERIOD).render("cy", format="text")
        for line in [
            "Rhianta corfforaethol: adroddiad cydymffurfio",
            "Cyngor: Cyngor Bwrdeistref Sirol Wrecsam (W06000006)",
            "Cyfnod: 1 Ebrill 2023 i 31 Mawrth 2024",
            "   Statws: Arfer a argymhellir (cynnig, nid cyfraith)",
            (
                "   Targed: Munudau o hyfforddiant rhianta corfforaethol: o leiaf 180, o fewn 3 "
                "mis i ddechrau tymor y cynghorydd"
            ),
            (
                "   - Cynghorydd C (Ward Enghreifftiol 3): Heb fod yn ddyledus eto. Pobl ifanc "
                "sydd â phrofiad o ofal yn y ward y siaradwyd â nhw: 1 o’r 3 sy’n ofynnol (yn "
                "brin o 2). Yn y flwyddyn gyntaf yn y swydd, sy’n dod i ben ar 4 Hydref 2024. "
                "Tystiolaeth: m-5."
            ),
            (
                "   - Tendr tn-1 (Cynnal a chadw tiroedd): Wedi’i gyflawni. Tendrau gyda "
                "darpariaeth i gefnogi pobl ifanc sydd â phrofiad o ofal: 1, targed 1. "
                "Tystiolaeth: tn-1."
            ),
            (
                "   Yn ddyledus gan: Pob gweithiwr yn y rolau a enwir (cynghorydd personol, "
                "gweithiwr 16+)"
            ),
        ]:
            assert line in text.splitlines()
        assert "nid ydynt yn gyfraith yng Nghymru" in text

    def test_example_in_welsh_has_no_english(self):
        """The Welsh report of the example names nobody and nothing in English."""
        for form in ("text", "markdown"):
            text = compliance_report(example_records(), EXAMPLE_PERIOD).render("cy", format=form)
            for english in (
                "Councillor",
                "Example Ward",
                "Grounds maintenance",
                "Office supplies",
                "Working together",
                "When I am Ready",
                "Ddim yn ddyledus",
                "Personal adviser",
                "'",
            ):
                assert english not in text

    def test_markdown(self):
        """Markdown has headings and a table per duty, with pipes escaped."""
        records = attrs.evolve(
            example_records(),
            tenders=(Tender("tn-1", D(2023, 6, 1), "Roads | bridges", provision=True),),
        )
        text = compliance_report(records, EXAMPLE_PERIOD).render("en")
        assert text.startswith("# Corporate parenting: compliance report\n")
        assert "## 6. A provision for care-experienced young people in every tender" in text
        assert "| Tender tn-1 (Roads \\| bridges) | Met | 1, target 1 | tn-1 | – |" in text

    def test_no_holders(self):
        """A duty with no holders in the period says so, in text and in Markdown."""
        report = compliance_report(
            records_with(), EXAMPLE_PERIOD, duties=[duty("tender-provision")]
        )
        text = report.render("en", format="text")
        assert "   - No duty-holders in this period." in text.splitlines()
        assert "Dim deiliaid dyletswydd yn y cyfnod hwn." in report.render("cy", format="markdown")

    def test_duty_without_interpretation(self):
        """A duty without an interpretation or context renders without those lines."""
        plain = attrs.evolve(duty("tender-provision"), interpretation=None)
        report = compliance_report(example_records(), EXAMPLE_PERIOD, duties=[plain])
        assert "Interpretation:" not in report.render("en", format="text")
        assert "See also:" not in report.render("en", format="text")

    def test_validators_read_well(self):
        """Every field validator has a readable repr, for attrs' messages and debugging."""
        for kind in (Duty, DutySource, Target, Period, CouncilRecords, Tender, ComplianceResult):
            for field in attrs.fields(kind):
                if field.validator is not None:
                    assert repr(field.validator).startswith("<")

    def test_unknown_format(self):
        """Only text and Markdown are known formats."""
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        with pytest.raises(InvalidChoiceError, match="'html'"):
            report.render("en", format="html")

    def test_junk_reports(self):
        """Duplicate duties, and results for duties not in the report, are refused."""
        report = compliance_report(example_records(), EXAMPLE_PERIOD)
        renamed = attrs.evolve(report.duties[1], key=report.duties[0].key)
        with pytest.raises(DutyError, match="a duty key twice"):
            attrs.evolve(report, duties=(report.duties[0], renamed))
        with pytest.raises(DutyError, match="not in 'duties'"):
            attrs.evolve(report, duties=report.duties[:1])

    @given(
        cps.compliance_reports(),
        st.sampled_from(["en", "cy"]),
        st.sampled_from(["text", "markdown"]),
    )
    def test_every_report_renders(self, report, lang, fmt):
        """Every report renders in both languages and formats, with the footer."""
        text = report.render(lang, format=fmt)
        assert report.period.label.in_(lang) in text
        assert ("not law" if lang == "en" else "nid ydynt yn gyfraith") in text


class TestRoundTrip:
    @pytest.mark.parametrize(
        ("strategy", "kind"),
        [
            (cps.duty_sources(), DutySource),
            (cps.duty_targets(), Target),
            (cps.parenting_duties(), Duty),
            (cps.reporting_periods(), Period),
            (cps.councillors(), Councillor),
            (cps.workers(), Worker),
            (cps.young_people(), YoungPerson),
            (cps.councillor_trainings(), CouncillorTraining),
            (cps.young_people_meetings(), YoungPeopleMeeting),
            (cps.partnership_plans(), Plan),
            (cps.plan_reports(), PlanReport),
            (cps.networking_objectives(), NetworkingObjective),
            (cps.appraisals(), Appraisal),
            (cps.tenders(), Tender),
            (cps.professional_trainings(), ProfessionalTraining),
            (cps.needs_assessments(), NeedsAssessment),
            (cps.council_records(), CouncilRecords),
            (cps.compliance_results(), ComplianceResult),
            (cps.compliance_reports(), ComplianceReport),
            (cps.care_leaver_entitlements(), Entitlement),
        ],
    )
    def test_json_round_trip(self, strategy, kind):
        """from_json(to_json(x)) == x for every model."""

        @given(strategy)
        def check(item):
            assert from_json(to_json(item), kind) == item

        check()

    def test_bundled_data_round_trips(self):
        """The catalogue, the ages and the example survive a round trip."""
        for item in (*duties(), *entitlements(), example_records()):
            assert from_json(to_json(item), type(item)) == item


class TestAges:
    @given(st.dates(D(1990, 1, 1), D(2050, 12, 31)), st.integers(0, 40))
    def test_age_rises_on_birthdays(self, born, years):
        """A person is n on their nth birthday and n - 1 the day before."""
        from carewales.parenting._common import birthday

        birthday = birthday(born, years)
        assert age_on(born, birthday) == years
        if years:
            assert age_on(born, birthday - dt.timedelta(days=1)) == years - 1

    def test_29_february(self):
        """Someone born on 29 February is taken to reach an age on 1 March in common years."""
        assert age_on(D(2008, 2, 29), D(2024, 2, 29)) == 16
        assert age_on(D(2008, 2, 29), D(2025, 2, 28)) == 16
        assert age_on(D(2008, 2, 29), D(2025, 3, 1)) == 17

    @pytest.mark.parametrize(
        ("born", "day"),
        [
            (None, D(2020, 1, 1)),
            (D(2000, 1, 1), "2020-01-01"),
            (dt.datetime(2000, 1, 1), D(2020, 1, 1)),
        ],
    )
    def test_junk_dates(self, born, day):
        """Anything but plain dates is refused."""
        with pytest.raises(InvalidDateError):
            age_on(born, day)

    def test_far_and_reversed_dates(self):
        """Dates outside 1900–2099, or a day before the birth, are refused."""
        with pytest.raises(UnsupportedDateError):
            age_on(D(1, 1, 1), D(2020, 1, 1))
        with pytest.raises(UnsupportedDateError):
            entitlements()[0].start(D(9999, 1, 1))
        with pytest.raises(DateRangeError):
            entitlements_on(D(2020, 1, 1), D(2019, 12, 31))

    @given(
        st.dates(D(1980, 1, 1), D(2060, 12, 31)),
        st.dates(D(1996, 1, 1), D(2099, 12, 31)),
        st.booleans(),
    )
    def test_entitlements_on_agrees_with_ages(self, born, day, study):
        """entitlements_on gives exactly those whose age range (and extension) holds the age."""
        assume(born <= day)
        assume(day >= D(2016, 4, 6))
        age = age_on(born, day)
        expected = []
        for item in entitlements():
            if item.requires_education_or_training and not study:
                continue
            last = item.until_age
            if study and item.extension is not None:
                last = item.extended_until_age or 999
            if item.from_age <= age < last:
                expected.append(item)
        assert entitlements_on(born, day, in_education_or_training=study) == tuple(expected)

    def test_when_i_am_ready(self):
        """When I am Ready (a post-18 living arrangement) runs from 18 to 21, study or not."""
        wir = entitlements()[-1]
        born = D(2006, 5, 1)
        assert wir.start(born) == D(2024, 5, 1)
        assert wir.applies(born, D(2027, 4, 30)) is True
        assert wir.applies(born, D(2028, 1, 1)) is False
        assert wir.applies(born, D(2028, 1, 1), in_education_or_training=True) is False
        assert wir.name.cy.startswith("Pan fydda i’n barod")
        assert all(s.standing is Standing.STATUTORY for s in wir.sources)

    def test_every_entitlement_has_a_statutory_basis(self):
        """Every entitlement's sources are law; the seed's care cliff at 25 is the last age set."""
        assert all(s.standing is Standing.STATUTORY for e in entitlements() for s in e.sources)
        assert max(e.extended_until_age or e.until_age for e in entitlements()) == 25

    @pytest.mark.parametrize(
        ("changes", "problem"),
        [
            ({"from_age": 21}, "ages must rise"),
            ({"extended_until_age": 20}, "ages must rise"),
            ({"extension": None, "extended_until_age": 25}, "needs the 'extension'"),
            ({"sources": ()}, "'sources'"),
            ({"until_age": 99}, "'until_age'"),
        ],
    )
    def test_junk_entitlements(self, changes, problem):
        """Entitlements with ages out of order or missing parts are refused."""
        fields = attrs.asdict(entitlements()[-1], recurse=False)
        fields.update(changes)
        with pytest.raises(DutyError, match=problem):
            Entitlement(**fields)


def test_strategies_reach_every_holder():
    """The duty strategy can build duties for every kind of holder, young people included."""
    from carewales.parenting.catalogue import HOLDER_OF

    assert set(HOLDER_OF.values()) == set(Holder)


@pytest.mark.parametrize(
    ("months", "english", "welsh"),
    [(1, "1 month", "1 mis"), (2, "2 months", "2 fis"), (3, "3 months", "3 mis")],
)
def test_a_targets_months_are_counted_in_both_languages(
    months: int, english: str, welsh: str
) -> None:
    """A target's timescale counts its months: singular in English, mutated after 2 in Welsh."""
    words = Target(1, Frequency.ON_EVENT, within_months=months).words()
    assert f"within {english} of" in words.en
    assert f"o fewn {welsh} i’r" in words.cy

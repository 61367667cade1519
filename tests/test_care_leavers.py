"""Care leavers in Wales: the categories and ages of Part 6 of the 2014 Act, and the rules' dates.

Each property states a rule of the Social Services and Well-being (Wales) Act 2014
(sections 104 to 115) or of the Care Leavers (Wales) Regulations 2015 (SI 2015/1820), as the
library models it, and that no rule answers for a day outside the period it was in force.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given
from hypothesis import strategies as st

from carewales import Bilingual, from_json, to_json
from carewales.errors import (
    DutyError,
    InvalidTextError,
    ParentingRecordError,
    UnknownWardError,
    UnsupportedDateError,
)
from carewales.parenting import (
    CHARTER,
    EXAMPLE_PERIOD,
    Councillor,
    CouncilRecords,
    Duty,
    Entitlement,
    Evidence,
    Name,
    Period,
    Standing,
    Tender,
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
    principles,
)
from carewales.parenting._common import birthday
from carewales.serial import json_schema
from carewales.testing import _parenting as cps

D = dt.date
PART_6 = D(2016, 4, 6)
C = YoungPersonCategory
BORN = st.dates(D(1975, 1, 1), D(2060, 12, 31))


def by_key():
    return {e.key: e for e in entitlements()}


def keys_on(born, day, *, study=False):
    return {e.key for e in entitlements_on(born, day, in_education_or_training=study)}


class TestCategoriesByAge:
    @given(BORN, st.dates(PART_6, D(2099, 12, 31)), st.booleans())
    def test_the_ages_of_s_104(self, born, day, study):
        """Each category's support applies at exactly the ages s. 104(2) and s. 111 give it."""
        assume(born <= day)
        age = age_on(born, day)
        found = keys_on(born, day, study=study)
        assert ("category-1-or-2" in found) is (16 <= age < 18)
        assert ("category-5" in found) is (16 <= age < 21)
        assert ("when-i-am-ready" in found) is (18 <= age < 21)
        # Category 3 ends at 21 (s. 111(1)), unless a programme in the pathway plan runs on.
        assert ("category-3" in found) is (age >= 18 and (study or age < 21))
        # Category 4: pursuing education or training, under 25 (s. 104(2)).
        assert ("category-4" in found) is (study and 21 <= age < 25)

    @given(BORN)
    def test_support_to_21_or_to_25_in_education_or_training(self, born):
        """Out of education support ends on the 21st birthday; in it, category 4 runs to 25."""
        assume(birthday(born, 21) >= PART_6 and birthday(born, 25) <= D(2099, 12, 31))
        twenty_one, twenty_five = birthday(born, 21), birthday(born, 25)
        eve = twenty_one - dt.timedelta(days=1)
        assert "category-3" in keys_on(born, eve)
        assert keys_on(born, twenty_one) == set()
        assert keys_on(born, twenty_one, study=True) == {"category-3", "category-4"}
        last = twenty_five - dt.timedelta(days=1)
        assert "category-4" in keys_on(born, last, study=True)
        assert "category-4" not in keys_on(born, twenty_five, study=True)

    def test_the_extension_of_s_111_has_no_age(self):
        """s. 111(2) continues category 3 while the programme lasts: the Act sets no end age."""
        cat3 = by_key()["category-3"]
        assert cat3.open_ended
        assert cat3.extended_until_age is None
        assert cat3.end(D(2001, 3, 1)) == D(2022, 3, 1)
        assert cat3.end(D(2001, 3, 1), in_education_or_training=True) is None
        assert cat3.applies(D(2001, 3, 1), D(2030, 1, 1), in_education_or_training=True)
        assert "111(2)" in cat3.extension.en
        assert "adran 111(2)" in cat3.extension.cy

    def test_category_4_needs_education_or_training(self):
        """Category 4 is for a young person in (or wishing to take up) education or training."""
        cat4 = by_key()["category-4"]
        assert cat4.requires_education_or_training
        assert (cat4.from_age, cat4.until_age) == (21, 25)
        assert not cat4.applies(D(2000, 1, 1), D(2022, 6, 1))
        assert cat4.applies(D(2000, 1, 1), D(2022, 6, 1), in_education_or_training=True)

    def test_when_i_am_ready_is_not_extended(self):
        """s. 111(2) continues s. 110(1)(b), (c), (6) and (9), not the post-18 arrangement."""
        wir = by_key()["when-i-am-ready"]
        assert wir.extension is None
        assert wir.end(D(2005, 1, 1), in_education_or_training=True) == D(2026, 1, 1)
        assert "Pan fydda i’n barod" in wir.conditions.cy
        assert "When I am Ready" not in wir.conditions.cy + wir.name.cy

    def test_every_entitlement_cites_sections_in_both_languages(self):
        """Each entitlement cites the Act's sections, with legislation.gov.uk's Welsh text."""
        for item in entitlements():
            assert item.standing is Standing.STATUTORY
            assert item.valid_from == PART_6
            assert item.valid_to is None
            for source in item.sources:
                assert source.standing is Standing.STATUTORY
                assert source.url.startswith("https://www.legislation.gov.uk/")
                assert source.url_cy == source.url + "/welsh"
                assert source.link("cy") == source.url_cy
                assert source.link("en") == source.url
                assert "conwy" not in source.url

    @pytest.mark.parametrize("number", range(1, 7))
    def test_six_categories(self, number):
        """s. 104(2) has six categories, named as the legislation's Welsh text names them."""
        category = YoungPersonCategory(f"category-{number}")
        assert category.number == number
        assert category.label.cy == f"Person ifanc categori {number}"


class TestInForce:
    @given(BORN, st.dates(D(1996, 4, 1), PART_6 - dt.timedelta(days=1)), st.booleans())
    def test_no_answer_before_part_6(self, born, day, study):
        """Before 6 April 2016 no entitlement answers: the library refuses, naming the period."""
        assume(born <= day)
        with pytest.raises(UnsupportedDateError, match="6 April 2016") as caught:
            entitlements_on(born, day, in_education_or_training=study)
        assert "6 Ebrill 2016" in caught.value.cy
        for item in entitlements():
            assert not item.in_force(day)
            with pytest.raises(UnsupportedDateError):
                item.applies(born, day, in_education_or_training=study)

    @given(cps.care_leaver_entitlements(), BORN, st.dates(D(1996, 4, 1), D(2099, 12, 31)))
    def test_no_rule_answers_outside_its_period(self, item, born, day):
        """An entitlement answers on, and only on, the days it was in force."""
        assume(born <= day)
        inside = (item.valid_from is None or item.valid_from <= day) and (
            item.valid_to is None or day <= item.valid_to
        )
        assert item.in_force(day) is inside
        if inside:
            assert item.applies(born, day) in (True, False)
        else:
            with pytest.raises(UnsupportedDateError):
                item.applies(born, day)

    @given(cps.parenting_duties(), cps.reporting_periods())
    def test_duties_are_assessed_only_in_force(self, item, period):
        """assess answers for a period wholly inside the duty's period in force, else refuses."""
        records = example_records()
        if item.in_force(period.start, period.end):
            assess(item, records, period)
        else:
            with pytest.raises(UnsupportedDateError):
                assess(item, records, period)

    def test_statutory_duties_from_6_april_2016(self):
        """The statutory duties apply from 6 April 2016; the report leaves them out before then."""
        before = Period(D(2015, 4, 1), D(2016, 3, 31))
        straddling = Period(D(2016, 1, 1), D(2016, 12, 31))
        assert [d.key for d in duties() if d.in_force(before.start, before.end)] == [
            d.key for d in duties() if not d.statutory
        ]
        keys = {d.key for d in compliance_report(example_records(), straddling).duties}
        assert not any(key.startswith("needs-assessment") for key in keys)
        with pytest.raises(UnsupportedDateError, match="from 6 April 2016"):
            compliance_report(
                example_records(), straddling, duties=[duty("needs-assessment-category-2")]
            )
        assert duty("councillor-training").in_force(D(1996, 4, 1), D(2099, 12, 31))

    def test_a_rule_that_ended(self):
        """A rule with a last day refuses days after it, naming both ends in both languages."""
        item = attrs.evolve(duty("councillor-training"), valid_to=D(2020, 3, 31))
        with pytest.raises(UnsupportedDateError, match="to 31 March 2020") as caught:
            item.check_in_force(D(2020, 4, 1))
        assert "hyd at 31 Mawrth 2020" in caught.value.cy
        ended = attrs.evolve(item, valid_from=D(2017, 1, 1))
        with pytest.raises(UnsupportedDateError, match="from 1 January 2017 to 31 March 2020"):
            ended.check_in_force(D(2016, 1, 1), D(2016, 2, 1))
        assert ended.in_force(D(2018, 1, 1), D(2018, 12, 31))

    @pytest.mark.parametrize("kind", ["duty", "entitlement"])
    def test_last_day_not_before_first(self, kind):
        """A rule cannot end before it begins."""
        item = duty("councillor-training") if kind == "duty" else entitlements()[0]
        with pytest.raises(DutyError, match="'valid_to'") as caught:
            attrs.evolve(item, valid_from=D(2020, 1, 1), valid_to=D(2019, 12, 31))
        assert "'valid_from'" in caught.value.cy


class TestAssessmentDeadlines:
    """reg. 5(2) of SI 2015/1820 and reg. 49(1) of SI 2015/1818: 3 months from the event."""

    @pytest.mark.parametrize(
        ("category", "key", "born", "since"),
        [
            (C.CATEGORY_1, "needs-assessment-category-1", D(2007, 3, 15), D(2023, 6, 10)),
            (C.CATEGORY_2, "needs-assessment-category-2", D(2006, 8, 20), D(2023, 6, 10)),
            (C.CATEGORY_3, "needs-assessment-category-3", D(2005, 6, 10), D(2023, 6, 10)),
            (C.CATEGORY_4, "needs-assessment-category-4", D(2001, 1, 1), D(2023, 6, 10)),
        ],
    )
    def test_three_months_the_deadline_day_included(self, category, key, born, since):
        """An assessment on the deadline day (3 calendar months on) is in time; the next is not."""
        young = YoungPerson("y1", born, category, since)
        item = duty(key)
        assert item.categories == (category,)
        assert item.target.within_months == 3
        due = since + relativedelta(months=3)
        assert due == D(2023, 9, 10)
        for day, met in ((due, True), (due + dt.timedelta(days=1), False)):
            from carewales.parenting import NeedsAssessment

            records = attrs.evolve(
                example_records(),
                young_people=(young,),
                assessments=(NeedsAssessment("a1", "y1", day),),
            )
            (result,) = assess(item, records, EXAMPLE_PERIOD)
            assert result.due == due
            assert (result.status.value == "met") is met

    def test_sources_are_the_regulations(self):
        """The new duties cite reg. 5(2)(b) and (c), with the Welsh text's address."""
        for key, paragraph in (("category-3", "b"), ("category-4", "c")):
            source = duty(f"needs-assessment-{key}").source
            assert source.reference == Bilingual(
                f"reg. 5(2)({paragraph})", f"rheoliad 5(2)({paragraph})"
            )
            assert source.url == "https://www.legislation.gov.uk/wsi/2015/1820/regulation/5/made"
            assert source.link("cy").endswith("/made/welsh")


class TestYoungPeopleByCategory:
    @given(BORN, st.sampled_from([C.CATEGORY_3, C.CATEGORY_4]))
    def test_entry_ages(self, born, category):
        """Category 3 is entered at 18 or over; category 4 from 21 and before 25."""
        low, high = (18, None) if category is C.CATEGORY_3 else (21, 25)
        first = birthday(born, low)
        assume(first <= D(2099, 12, 31))
        assert YoungPerson("y", born, category, first).since == first
        with pytest.raises(ParentingRecordError, match="'since'") as caught:
            YoungPerson("y", born, category, first - dt.timedelta(days=1))
        assert "adran 104(2)" in caught.value.cy
        if high is not None:
            with pytest.raises(ParentingRecordError, match=f"aged {low} to {high - 1}"):
                YoungPerson("y", born, category, birthday(born, high))

    @pytest.mark.parametrize("category", [C.CATEGORY_5, C.CATEGORY_6])
    def test_no_records_for_categories_5_and_6(self, category):
        """No duty is owed for categories 5 and 6, so the records refuse them."""
        with pytest.raises(ParentingRecordError, match="'category'"):
            YoungPerson("y", D(2005, 1, 1), category, D(2022, 1, 1))


class TestNames:
    def test_a_plain_string_is_a_name_alike_in_both_languages(self):
        """A str (as in 0.1) is a Name written alike in both languages; a Bilingual becomes one."""
        cllr = Councillor("c1", "Councillor A", Bilingual("Ward 1", "Ward 1 (cy)"), D(2022, 5, 9))
        assert cllr.name == Name.of("Councillor A") == Bilingual("Councillor A", "Councillor A")
        assert type(cllr.ward) is Name
        assert hash(cllr.ward) == hash(Bilingual("Ward 1", "Ward 1 (cy)"))
        assert (Name("a", "a") == "a") is False

    @pytest.mark.parametrize("value", ["", " x", "x ", None, 5, "x" * 501])
    def test_junk_names(self, value):
        """Blank, padded, over-long or non-text names are refused, as 0.1 refused them."""
        with pytest.raises(InvalidTextError, match="'name'") as caught:
            Councillor("c1", value, "Ward 1", D(2022, 5, 9))
        assert caught.value.cy is not None

    def test_meetings_match_wards_by_either_language(self):
        """A meeting's ward is the councillor's if it has the same English or the same Welsh."""
        cllr = Councillor("c1", "A", Name("Ward 1", "Ward Un"), D(2022, 5, 9))
        for ward in ("Ward 1", Name("Other", "Ward Un")):
            meeting = YoungPeopleMeeting("m1", "c1", ward, D(2023, 5, 4), ("r1",))
            CouncilRecords(example_records().authority, (cllr,), meetings=(meeting,))
        meeting = YoungPeopleMeeting("m1", "c1", "Ward 2", D(2023, 5, 4), ("r1",))
        with pytest.raises(UnknownWardError, match="'Ward 1'") as caught:
            CouncilRecords(example_records().authority, (cllr,), meetings=(meeting,))
        assert "'Ward Un'" in caught.value.cy

    def test_documents_of_0_1_still_read(self):
        """A JSON document with plain-string names (0.1's form) reads; both forms fit the schema."""
        document = json.loads(to_json(example_records()))
        schema = json_schema(CouncilRecords)
        jsonschema.validate(document, schema)
        old = json.loads(json.dumps(document))
        for item in old["councillors"]:
            item["name"], item["ward"] = item["name"]["en"], item["ward"]["en"]
        for item in old["meetings"]:
            item["ward"] = item["ward"]["en"]
        jsonschema.validate(old, schema)
        records = from_json(json.dumps(old), CouncilRecords)
        assert [c.name for c in records.councillors] == [
            Name.of("Councillor A"),
            Name.of("Councillor B"),
            Name.of("Councillor C"),
        ]
        assert from_json(to_json(records), CouncilRecords) == records

    @pytest.mark.parametrize("value", [5, {"en": "x"}, {"en": "x", "cy": "y", "fr": "z"}])
    def test_junk_names_in_documents(self, value):
        """A name in a document is a string or an object with exactly 'en' and 'cy'."""
        document = json.loads(to_json(example_records()))
        document["tenders"][0]["title"] = value
        with pytest.raises(Exception, match="tenders") as caught:
            from_json(json.dumps(document), CouncilRecords)
        assert "title" in str(caught.value)

    def test_the_example_is_bilingual(self):
        """The example's names, wards and titles have Welsh of their own."""
        records = example_records()
        for name in (
            *(c.name for c in records.councillors),
            *(c.ward for c in records.councillors),
            *(t.title for t in records.tenders),
            *(p.title for p in records.plans),
        ):
            assert name.en != name.cy
        assert records.tenders[0].title == Name("Grounds maintenance", "Cynnal a chadw tiroedd")
        assert isinstance(records.tenders[0], Tender)


class TestWelsh:
    def test_personal_adviser_is_the_statutes_term(self):
        """s. 106's Welsh text calls a personal adviser "cynghorydd personol"."""
        assert WorkerRole.PERSONAL_ADVISER.label.cy == "Cynghorydd personol"

    @given(cps.care_leaver_entitlements())
    def test_describe_in_welsh_uses_the_welsh_parts(self, item):
        """An entitlement described in Welsh is its Welsh name, ages and extension."""
        text = item.describe("cy")
        assert text.startswith(item.name.cy)
        assert " oed" in text
        if item.extension is not None:
            assert text.endswith(item.extension.cy)

    def test_describe_in_english(self):
        """In English the ages read "from 21 until 25", in education or training."""
        assert (
            by_key()["category-4"]
            .describe("en")
            .endswith(": from 21 until 25, in education or training")
        )
        extended = attrs.evolve(
            entitlements()[0], extended_until_age=20, extension=Bilingual("if x", "os x")
        )
        assert extended.describe("en").endswith("from 16 until 18; until 20 if x")
        assert extended.describe("cy").endswith("o 16 oed hyd at 18 oed; hyd at 20 oed os x")

    def test_no_straight_apostrophes_in_welsh_data(self):
        """The Welsh of the catalogues uses the curly apostrophe only."""
        for item in duties():
            for text in (item.title, item.description, item.interpretation):
                assert text is None or "'" not in text.cy
        for entitlement in entitlements():
            assert "'" not in entitlement.conditions.cy + entitlement.name.cy


class TestCharter:
    def test_eleven_principles_a_voluntary_commitment(self):
        """The charter's 11 principles are a voluntary commitment, not law and not a proposal."""
        found = principles()
        assert [p.number for p in found] == list(range(1, 12))
        assert {p.standing for p in found} == {Standing.VOLUNTARY}
        seed = {d.standing for d in duties() if "Leicestershire" in d.source.title.en}
        assert seed == {Standing.RECOMMENDED}
        assert CHARTER.link("cy").startswith("https://www.llyw.cymru/")
        assert "Addewid Cymru" in CHARTER.title.cy

    @given(cps.charter_principles())
    def test_principles_round_trip(self, principle):
        """Every principle, the charter's or made up, travels through JSON unchanged."""
        assert from_json(to_json(principle), type(principle)) == principle
        assert principle.describe("cy").startswith(f"Egwyddor {principle.number} o 11: ")

    def test_describe(self):
        """A principle is described with its place and standing, in either language."""
        assert (
            principles()[0].describe("en") == "Principle 1 of 11: Equality (Voluntary commitment)"
        )
        assert principles()[10].describe("cy") == (
            "Egwyddor 11 o 11: Cymorth ar ôl gofal (Ymrwymiad gwirfoddol)"
        )

    @pytest.mark.parametrize(("field", "value"), [("number", 12), ("number", 0), ("title", "x")])
    def test_junk(self, field, value):
        """A principle's number is 1 to 11 and its title bilingual."""
        with pytest.raises(DutyError, match=f"'{field}'"):
            attrs.evolve(principles()[0], **{field: value})

    def test_charter_context_of_councillor_training(self):
        """Seed 003's idea 1 points to the charter, labelled voluntary, with its Welsh page."""
        (context,) = duty("councillor-training").context
        assert context.standing is Standing.VOLUNTARY
        assert context.link("cy") == CHARTER.url_cy


def test_duty_fields_are_checked():
    """A duty's first and last days in force are dates or None."""
    with pytest.raises(Exception, match="'valid_from'"):
        attrs.evolve(duty("councillor-training"), valid_from="2016-04-06")
    assert isinstance(duty("councillor-training"), Duty)
    assert Evidence.NEEDS_ASSESSMENTS in {d.evidence for d in duties()}
    assert isinstance(entitlements()[0], Entitlement)


def test_duties_are_found_by_their_welsh_titles():
    """A duty's Welsh title finds it; an unknown key is refused with Welsh suggestions."""
    assert duty("Asesu anghenion person ifanc categori 2 o fewn 3 mis").key == (
        "needs-assessment-category-2"
    )
    with pytest.raises(Exception, match="names no duty") as caught:
        duty("asesu anghenion categori 4")
    assert "Oeddech chi’n golygu" in caught.value.cy

"""Tests for carewales.collaboration: joint services and seed 002's two collaborations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    Bilingual,
    DateRangeError,
    InvalidDateError,
    UnknownAuthorityError,
    UnsupportedDateError,
    all_authorities,
    authority,
    errors,
    from_json,
    to_json,
)
from carewales import collaboration as collaboration_module
from carewales import testing as cwst
from carewales.collaboration import (
    JointService,
    JointServiceError,
    Milestone,
    Stage,
    StageChange,
    UnknownJointServiceError,
    joint_service,
    joint_services,
    joint_services_of,
)
from carewales.errors import (
    CareWalesError,
    InvalidChoiceError,
    InvalidFieldError,
    InvalidNumberError,
    InvalidTextError,
    UnknownKeyError,
)
from carewales.inspections import DatePrecision, DateRange
from carewales.testing import _collaboration as cps
from carewales.testing import _text as tts
from carewales.text import Format

D = dt.date
NAME = Bilingual("Joint", "Ar y cyd")
MERGER = "caerphilly-blaenau-gwent-social-services"
MID_WALES = "mid-wales-social-services"


def normalise(text):
    return text.replace("’", "'")


def service(*keys, **changes):
    return JointService("joint", NAME, tuple(authority(k) for k in keys), **changes)


class TestSeedExamples:
    def test_caerphilly_and_blaenau_gwent(self, seeds):
        """The merger has what seed 002 states: 3000 staff, £107 million, one director by 2014."""
        merger = joint_service(MERGER)
        seed = normalise(seeds["002"])
        assert [a.code for a in merger.authorities] == ["W06000018", "W06000019"]
        assert merger.staff == 3000
        assert "3000 o staff" in seed
        assert merger.budget == Decimal(107000000)
        assert "£107 miliwn" in seed
        (milestone,) = merger.milestones
        assert milestone.due == D(2014, 4, 1)
        assert "un cyfarwyddwr erbyn 1af Ebrill 2014" in seed
        assert merger.reported == D(2012, 1, 9)
        assert "09 Ionawr 2012" in seed

    def test_merger_history(self):
        """The merger was planned (announced in July 2011), then stopped by Caerphilly's cabinet."""
        merger = joint_service(MERGER)
        assert merger.stage is Stage.STOPPED
        planned, stopped = merger.history
        assert planned.stage is Stage.PLANNED
        assert planned.when == DateRange.month(2011, 7)
        assert "originally announced in July 2011" in planned.source.en
        assert stopped.stage is Stage.STOPPED
        assert stopped.when is None
        assert "decided to stop the merger" in stopped.source.en
        assert stopped.url is not None
        assert stopped.url.startswith("https://caerphilly.observer/")
        assert "(Stopped before it was complete)" in merger.describe()
        text = merger.render("cy", format="text")
        assert "Hanes y camau: Arfaethedig, ym mis Gorffennaf 2011 (" in text
        assert "heb ddyddiad yn y ffynhonnell" in text

    def test_principles_are_the_seed_bullets(self, seeds):
        """Each principle's Welsh text is one of seed 002's bullets, in order, all seven."""
        bullets = [
            normalise(line.removeprefix("• ").strip())
            for line in seeds["002"].splitlines()
            if line.startswith("•")
        ]
        assert [normalise(p.cy) for p in joint_service(MERGER).principles] == bullets
        assert len(bullets) == 7

    def test_mid_wales(self, seeds):
        """Ceredigion and Powys: the seed's Welsh name, its English translation, nothing else."""
        mid = joint_service(MID_WALES)
        assert mid.name == Bilingual(
            "Mid Wales Social Services", "Gwasanaethau Cymdeithasol y Canolbarth"
        )
        assert "Gwasanaethau Cymdeithasol y Canolbarth" in seeds["002"]
        assert [a.code for a in mid.authorities] == ["W06000008", "W06000023"]
        assert (mid.staff, mid.budget, mid.milestones, mid.principles) == (None, None, (), ())
        assert "translation" in mid.notes[0].en
        (planned,) = mid.history
        assert (planned.stage, planned.when) == (
            Stage.PLANNED,
            DateRange(D(2012, 1, 9), D(2012, 1, 9)),
        )

    def test_register(self):
        """The register holds both; lookup by key and by authority works."""
        assert [s.key for s in joint_services()] == [MERGER, MID_WALES]
        assert joint_services_of("Caerffili") == (joint_service(MERGER),)
        assert joint_services_of(authority("Cardiff")) == ()
        with pytest.raises(UnknownJointServiceError):
            joint_service("atlantis")
        with pytest.raises(UnknownAuthorityError):
            joint_services_of("Atlantis")

    def test_welsh_names_find_services(self):
        """A joint service's Welsh name finds it; unknown keys are explained in Welsh."""
        assert joint_service("Gwasanaethau Cymdeithasol y Canolbarth").key == MID_WALES
        with pytest.raises(UnknownJointServiceError) as caught:
            joint_service("atlantis")
        assert caught.value.cy is not None
        assert "unrhyw wasanaeth ar y cyd" in caught.value.cy

    def test_render(self):
        """The plain-text rendering lists the known facts in either language (0.1's describe)."""
        text = joint_service(MERGER).render("cy", format="text")
        assert "Cynghorau: Caerffili, Blaenau Gwent" in text
        assert "Cyllideb: £107,000,000" in text
        assert "Carreg filltir: 1 Ebrill 2014: Un gyfadran" in text
        english = joint_service(MERGER).render("en", format="text")
        assert "Staff: 3,000" in english
        assert english.count("Principle: ") == 7
        assert (
            joint_service(MERGER).milestones_due_by(D(2014, 4, 1))
            == joint_service(MERGER).milestones
        )


class TestHistory:
    @given(cps.joint_services())
    def test_stage_is_the_last_change(self, item):
        """A service with a history has the last change's stage."""
        if item.history:
            assert item.stage is item.history[-1].stage

    def test_history_must_end_at_the_stage(self):
        """A stage other than the last change's is refused, in both languages."""
        change = StageChange(Stage.PLANNED, None, NAME)
        for stage in (Stage.ENDED, None):
            with pytest.raises(JointServiceError) as caught:
                service("Conwy", "Denbighshire", stage=stage, history=(change,))
            assert caught.value.cy is not None

    def test_history_in_date_order(self):
        """Dated changes must be in date order; undated ones may sit anywhere."""
        early = StageChange(Stage.PLANNED, DateRange.month(2011, 7), NAME)
        late = StageChange(Stage.STOPPED, DateRange(D(2013, 1, 1), D(2013, 1, 1)), NAME)
        undated = StageChange(Stage.ESTABLISHED, None, NAME)
        ok = service("Conwy", "Powys", stage=Stage.STOPPED, history=[early, undated, late])
        assert ok.history == (early, undated, late)
        with pytest.raises(DateRangeError) as caught:
            service("Conwy", "Powys", stage=Stage.PLANNED, history=(late, early))
        assert caught.value.cy is not None

    def test_changes_on_the_same_day_are_in_order(self):
        """Two changes dated the same day are in date order."""
        day = DateRange(D(2013, 1, 1), D(2013, 1, 1))
        first = StageChange(Stage.PLANNED, day, NAME)
        then = StageChange(Stage.STOPPED, day, NAME)
        item = service("Conwy", "Powys", stage=Stage.STOPPED, history=(first, then))
        assert item.history == (first, then)

    @given(st.sampled_from(["en", "cy"]), cps.stage_changes())
    def test_change_describe(self, lang, change):
        """A change names its stage and its source on one line."""
        text = change.describe(lang)
        assert text.startswith(change.stage.label.in_(lang))
        assert change.source.in_(lang) in text
        assert change.label == change.stage.label
        assert "\n" not in text

    @pytest.mark.parametrize(
        ("field", "value"),
        [("stage", "planned"), ("when", D(2012, 1, 1)), ("source", "x"), ("url", "http://x")],
    )
    def test_junk_change_fields(self, field, value):
        """Every field of a change is validated."""
        change = StageChange(Stage.PLANNED, None, NAME, "https://example.org/a")
        with pytest.raises(CareWalesError) as caught:
            attrs.evolve(change, **{field: value})
        assert caught.value.cy is not None or field != "url"


class TestMilestonePrecision:
    def test_month_milestone(self):
        """A milestone known to the month reads as the month and covers it."""
        step = Milestone(D(2014, 4, 1), NAME, DatePrecision.MONTH)
        assert step.describe() == "April 2014: Joint"
        assert step.describe("cy") == "Ebrill 2014: Ar y cyd"
        assert step.when == DateRange.month(2014, 4)
        assert Milestone(D(2014, 4, 1), NAME).when == DateRange(D(2014, 4, 1), D(2014, 4, 1))

    def test_month_milestone_on_the_first(self):
        """A month-precision milestone must be dated on the month's first day."""
        with pytest.raises(InvalidFieldError) as caught:
            Milestone(D(2014, 4, 2), NAME, DatePrecision.MONTH)
        assert caught.value.cy is not None

    def test_old_documents_read_as_days(self):
        """A 0.1 milestone without 'precision' reads as day precision."""
        step = from_json(
            '{"schema_version": 1, "due": "2014-04-01", "description": {"en": "a", "cy": "b"}}',
            Milestone,
        )
        assert step.precision is DatePrecision.DAY

    @given(cps.milestones())
    def test_round_trip(self, step):
        """Milestones of either precision survive JSON."""
        assert from_json(to_json(step), Milestone) == step


class TestDescribe:
    def test_minimal_service(self):
        """A service with only its name and councils renders just those."""
        text = service("Conwy", "Gwynedd").render("en", format="text")
        assert text == "Joint\nCouncils: Conwy, Gwynedd"
        assert service("Conwy", "Gwynedd").render() == "# Joint\n\n- Councils: Conwy, Gwynedd"

    def test_describe_is_one_line(self):
        """describe() names the service, its councils and its stage, on one line."""
        assert service("Conwy", "Gwynedd").describe() == "Joint: Conwy, Gwynedd"
        assert joint_service(MERGER).describe("cy") == (
            "Cyfuno gwasanaethau cymdeithasol Caerffili a Blaenau Gwent: "
            "Caerffili, Blaenau Gwent (Wedi’i atal cyn ei gwblhau)"
        )

    @given(cps.joint_services(), cwst.languages())
    def test_describe_and_label(self, item, lang):
        """describe() is one line starting with the name; label is the bilingual name."""
        line = item.describe(lang)
        assert "\n" not in line
        assert line.startswith(item.name.in_(lang))
        assert item.label == item.name

    @given(cps.joint_services(), cwst.languages(), tts.formats())
    def test_render_lists_every_fact(self, item, lang, style):
        """Every rendering has one line per fact: councils, stage, ... notes."""
        lines = item.render(lang, format=style).split("\n")
        facts = (
            1
            + (item.stage is not None)
            + bool(item.services)
            + (item.staff is not None)
            + (item.budget is not None)
            + len(item.milestones)
            + len(item.principles)
            + (item.source is not None)
            + len(item.notes)
            + len(item.history)
        )
        heading = 1 if style is Format.TEXT else 2  # markdown adds a blank line
        assert len(lines) == heading + facts
        assert item.render(lang, format=style.value) == item.render(lang, format=style)

    def test_render_refuses_unknown_formats(self):
        """An unknown format raises InvalidChoiceError."""
        with pytest.raises(InvalidChoiceError):
            joint_service(MERGER).render(format="html")

    def test_milestone_label(self):
        """A milestone's label is its description."""
        (milestone,) = joint_service(MERGER).milestones
        assert milestone.label == milestone.description


class TestRules:
    @given(st.sampled_from(all_authorities()))
    def test_one_authority_is_refused(self, item):
        """A joint service of one authority is refused."""
        with pytest.raises(JointServiceError, match="at least two"):
            JointService("solo", NAME, (item,))

    @given(
        st.lists(st.sampled_from(all_authorities()), min_size=1, max_size=4, unique=True), st.data()
    )
    def test_duplicates_are_refused(self, members, data):
        """Naming any authority twice is refused."""
        repeated = data.draw(st.sampled_from(members))
        with pytest.raises(JointServiceError, match=f"names {repeated.code} twice"):
            JointService("dup", NAME, (*members, repeated))

    @given(cps.joint_services())
    def test_generated_services_are_valid(self, item):
        """Generated services have two or more distinct authorities and ordered milestones."""
        codes = [a.code for a in item.authorities]
        assert len(codes) >= 2
        assert len(set(codes)) == len(codes)
        assert list(item.milestones) == sorted(item.milestones, key=lambda m: m.due)

    @given(cps.joint_services(), st.sampled_from(all_authorities()))
    def test_membership(self, item, other):
        """involves agrees with the authorities listed."""
        assert item.involves(other) is (other in item.authorities)
        assert item.involves(other.code) is (other in item.authorities)

    def test_milestones_in_order(self):
        """Milestones out of date order are refused."""
        late = Milestone(D(2014, 4, 1), Bilingual("Late", "Hwyr"))
        early = Milestone(D(2013, 4, 1), Bilingual("Early", "Cynnar"))
        with pytest.raises(DateRangeError, match="date order"):
            service("Conwy", "Gwynedd", milestones=(late, early))
        assert service("Conwy", "Gwynedd", milestones=[early, late]).milestones == (early, late)

    @pytest.mark.parametrize(
        ("changes", "problem"),
        [
            ({"budget": Decimal(-1)}, "'budget'"),
            ({"budget": 107e6}, "never a float"),
            ({"budget": 107_000_000}, "never a float"),
            ({"budget": Decimal("NaN")}, "'budget'"),
            ({"budget": Decimal("Infinity")}, "'budget'"),
            ({"budget": Decimal(10) ** 13}, "'budget'"),
            ({"staff": -1}, "'staff'"),
            ({"staff": True}, "'staff'"),
            ({"staff": 3000.0}, "'staff'"),
            ({"staff": 10**100}, "'staff'"),
            ({"stage": "planned"}, "'stage'"),
            ({"services": ("Social care",)}, "'services\\[0\\]'"),
            ({"principles": "one"}, "'principles'"),
            ({"notes": [None]}, "'notes\\[0\\]'"),
            ({"milestones": ("2014-04-01",)}, "'milestones\\[0\\]'"),
            ({"source": "WLGA"}, "'source'"),
        ],
    )
    def test_junk_fields(self, changes, problem):
        """Junk amounts and texts are refused with the library's field error, naming the field."""
        with pytest.raises(InvalidFieldError, match=problem):
            service("Conwy", "Gwynedd", **changes)

    @pytest.mark.parametrize("key", [None, "", "Two Words", "😴", "a" * 65, 5])
    def test_junk_keys(self, key):
        """Keys must be short lower-case words joined by hyphens."""
        with pytest.raises(InvalidFieldError, match="'key'"):
            JointService(key, NAME, (authority("Conwy"), authority("Gwynedd")))

    @pytest.mark.parametrize("value", [None, "Joint", ("Conwy", "Gwynedd")])
    def test_junk_names_and_authorities(self, value):
        """Names must be bilingual and authorities must be Authority values."""
        with pytest.raises(InvalidFieldError, match="'name'"):
            JointService("joint", value, (authority("Conwy"), authority("Gwynedd")))
        with pytest.raises(InvalidFieldError, match="'authorities"):
            JointService("joint", NAME, value)

    @pytest.mark.parametrize("day", [None, "2014-04-01", dt.datetime(2014, 4, 1, 9, 0), 2014])
    def test_junk_dates(self, day):
        """Milestone and source dates must be plain dates."""
        with pytest.raises(InvalidDateError):
            Milestone(day, Bilingual("Step", "Cam"))
        with pytest.raises(InvalidDateError):
            service("Conwy", "Gwynedd", reported=0 if day is None else day)

    @pytest.mark.parametrize("day", [D(1, 1, 1), D(1996, 3, 31), D(2100, 1, 1)])
    def test_far_dates(self, day):
        """Dates before the councils existed, or after 2099, are refused."""
        with pytest.raises(UnsupportedDateError):
            Milestone(day, Bilingual("Step", "Cam"))
        with pytest.raises(UnsupportedDateError):
            joint_service(MERGER).milestones_due_by(day)

    def test_junk_milestone_text(self):
        """A milestone needs a bilingual description."""
        with pytest.raises(InvalidFieldError, match="'description'"):
            Milestone(D(2014, 4, 1), "One director")


class TestRoundTrip:
    @given(cps.joint_services())
    def test_joint_services(self, item):
        """Joint services round-trip through JSON, budgets as exact decimals."""
        assert from_json(to_json(item), JointService) == item

    @given(cps.milestones())
    def test_milestones(self, item):
        """Milestones round-trip through JSON."""
        assert from_json(to_json(item), Milestone) == item

    def test_register_and_stored_form(self):
        """The bundled examples round-trip; the budget is stored as a string."""
        for item in joint_services():
            assert from_json(to_json(item), JointService) == item
        assert '"budget": "107000000"' in to_json(joint_service(MERGER))

    def test_float_budget_in_json_is_refused(self):
        """A budget written as a JSON number is refused at the boundary."""
        text = to_json(joint_service(MERGER)).replace('"107000000"', "107000000.5")
        with pytest.raises(ValueError, match="budget"):
            from_json(text, JointService)

    def test_evolve_keeps_rules(self):
        """Changing a service re-checks its rules."""
        with pytest.raises(JointServiceError):
            attrs.evolve(joint_service(MID_WALES), authorities=(authority("Powys"),))


class TestLookupAndErrors:
    @given(st.sampled_from([MERGER, MID_WALES]), st.data())
    def test_lookup_ignores_case(self, key, data):
        """joint_service ignores case, and '_' or spaces for '-'."""
        flips = data.draw(st.lists(st.booleans(), min_size=len(key), max_size=len(key)))
        asked = "".join(c.upper() if f else c for c, f in zip(key, flips, strict=True))
        assert joint_service(asked) is joint_service(key)
        assert joint_service(key.replace("-", "_")) is joint_service(key)

    @pytest.mark.parametrize("key", [None, 5, object(), "", "atlantis", "mid-wales-social"])
    def test_unknown_keys(self, key):
        """An unknown or non-str key raises UnknownJointServiceError, a LookupError."""
        with pytest.raises(UnknownJointServiceError) as caught:
            joint_service(key)
        assert isinstance(caught.value, LookupError)
        assert isinstance(caught.value, UnknownKeyError)

    def test_suggestions(self):
        """A near miss suggests the closest key."""
        with pytest.raises(UnknownJointServiceError, match=f"Did you mean '{MID_WALES}'"):
            joint_service("mid-wales-social-service")

    def test_errors_come_from_carewales_errors(self):
        """The 0.1 import paths give the classes defined in carewales.errors."""
        assert JointServiceError is errors.JointServiceError
        assert UnknownJointServiceError is errors.UnknownJointServiceError
        assert "JointServiceError" not in collaboration_module.__all__
        assert "UnknownJointServiceError" not in collaboration_module.__all__

    def test_numpy_staff_is_stored_as_int(self):
        """A numpy integer staff number is accepted and stored as an int; a bool is refused."""
        numpy = pytest.importorskip("numpy")
        item = service("Conwy", "Gwynedd", staff=numpy.int64(3000))
        assert item.staff == 3000
        assert type(item.staff) is int
        with pytest.raises(InvalidNumberError):
            service("Conwy", "Gwynedd", staff=numpy.bool_(True))

    def test_budget_boundaries(self):
        """A budget of 0 and of MAX_BUDGET are accepted; just over is refused."""
        assert service("Conwy", "Gwynedd", budget=Decimal(0)).budget == 0
        top = collaboration_module.MAX_BUDGET
        assert service("Conwy", "Gwynedd", budget=top).budget == top
        with pytest.raises(InvalidNumberError):
            service("Conwy", "Gwynedd", budget=top + Decimal("0.01"))

    def test_date_boundaries(self):
        """Milestones may fall on 1 April 1996 and 31 December 2099, not a day outside."""
        for day in (D(1996, 4, 1), D(2099, 12, 31)):
            assert Milestone(day, NAME).due == day
            assert service("Conwy", "Gwynedd", reported=day).reported == day
        for day in (D(1996, 3, 31), D(2100, 1, 1)):
            with pytest.raises(UnsupportedDateError):
                service("Conwy", "Gwynedd", reported=day)

    def test_field_texts(self):
        """Text fields refuse junk with InvalidTextError or InvalidFieldError naming the field."""
        with pytest.raises(InvalidTextError):
            Bilingual("", "x")
        with pytest.raises(InvalidFieldError, match="'source'"):
            service("Conwy", "Gwynedd", source="WLGA")
        with pytest.raises(InvalidChoiceError, match="'stage'"):
            service("Conwy", "Gwynedd", stage="planned")

"""Inspections: models, cross-field rules, ratings, plans, histories, JSON, rendering."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from importlib.resources import files

import attrs
import jsonschema
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from carewales import (
    Bilingual,
    CareWalesError,
    DateRangeError,
    DocumentError,
    Inspection,
    InspectionHistory,
    InvalidFieldError,
    UnsupportedDateError,
    authority,
    from_dict,
    from_json,
    render,
    to_dict,
    to_json,
)
from carewales import testing as cwst
from carewales.calendar import add_working_days, is_working_day
from carewales.inspections import (
    DESIGNATION_FROM,
    Action,
    ActivityKind,
    DatePrecision,
    DateRange,
    Designation,
    Direction,
    Finding,
    FindingKind,
    ImprovementPlan,
    IncomparableRatingsError,
    Inspectorate,
    Judgement,
    PlannedActivity,
    PlanStatus,
    Priority,
    Rating,
    RatingArea,
    Reference,
    ServiceArea,
    ThemeRating,
    example,
    examples,
    rating_scale,
    rating_scales,
)
from carewales.serial import json_schema


def _minimal(**changes: object) -> Inspection:
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


class TestDateRange:
    @given(cwst.date_ranges())
    def test_ordered_and_round_trips(self, span):
        """A range never ends before it starts, and round-trips through JSON."""
        assert span.start <= span.end
        assert from_json(to_json(span), DateRange) == span

    @given(st.dates(), st.integers(1, 400))
    def test_reversed_is_refused(self, day, days):
        """A reversed range is refused with DateRangeError."""
        with pytest.raises(DateRangeError, match="'end'"):
            DateRange(day, day - dt.timedelta(days=days))

    @given(st.dates(min_value=dt.date(1900, 1, 1)))
    def test_month_ranges_are_whole_months(self, day):
        """A month-precision range is exactly one calendar month."""
        span = DateRange.month(day.year, day.month)
        assert span.start.day == 1
        assert (span.end + dt.timedelta(days=1)).day == 1
        assert span.earliest_end == span.start
        if span.end.day > 1:
            with pytest.raises(DateRangeError, match="month-precision"):
                DateRange(span.start, span.end - dt.timedelta(days=1), DatePrecision.MONTH)

    @pytest.mark.parametrize(
        ("start", "end", "en", "cy"),
        [
            (
                (2021, 11, 15),
                (2021, 11, 19),
                "between 15 and 19 November 2021",
                "rhwng 15 ac 19 Tachwedd 2021",
            ),
            (
                (2021, 11, 2),
                (2021, 11, 5),
                "between 2 and 5 November 2021",
                "rhwng 2 a 5 Tachwedd 2021",
            ),
            (
                (2021, 11, 30),
                (2021, 12, 1),
                "between 30 November and 1 December 2021",
                "rhwng 30 Tachwedd ac 1 Rhagfyr 2021",
            ),
            (
                (2021, 12, 30),
                (2022, 1, 8),
                "between 30 December 2021 and 8 January 2022",
                "rhwng 30 Rhagfyr 2021 ac 8 Ionawr 2022",
            ),
            ((2021, 11, 15), (2021, 11, 15), "on 15 November 2021", "ar 15 Tachwedd 2021"),
        ],
    )
    def test_describe(self, start, end, en, cy):
        """Ranges read as reports write them, with Welsh 'ac' before a vowel (seed 001)."""
        item = DateRange(dt.date(*start), dt.date(*end))
        assert item.describe("en") == en
        assert item.describe("cy") == cy

    def test_month_describe(self):
        """A month reads as "in July 2017" / "ym mis Gorffennaf 2017" (seed 004)."""
        assert DateRange.month(2017, 7).describe("cy") == "ym mis Gorffennaf 2017"


class TestInspectorate:
    @given(st.dates(dt.date(2007, 4, 1), dt.date(2100, 12, 31)))
    def test_ciw_name_by_date(self, day):
        """CIW is named CSSIW / AGGCC before 2018 and CIW / AGC from then on."""
        name = Inspectorate.CIW.name_on(day)
        expected = ("CSSIW", "AGGCC") if day < dt.date(2018, 1, 1) else ("CIW", "AGC")
        assert (name.abbreviation.en, name.abbreviation.cy) == expected

    @given(st.dates(max_value=dt.date(2007, 3, 31)))
    def test_ciw_before_2007(self, day):
        """Before CSSIW was formed the library refuses to name it."""
        with pytest.raises(UnsupportedDateError, match="did not exist"):
            Inspectorate.CIW.name_on(day)

    @given(st.sampled_from([i for i in Inspectorate if i is not Inspectorate.CIW]), st.dates())
    def test_others_have_one_name(self, body, day):
        """The other bodies have one name whatever the date."""
        assert body.name_on(day) == body.names[0]


class TestRatings:
    @given(
        st.sampled_from(rating_scales()).flatmap(
            lambda s: st.tuples(cwst.ratings(s.key), cwst.ratings(s.key))
        )
    )
    def test_total_order_within_a_scale(self, pair):
        """Within one scale exactly one of <, ==, > holds, and the better level is greater."""
        a, b = pair
        assert (a < b) + (a == b) + (a > b) == 1
        assert (a <= b) == (not a > b)
        assert (a >= b) == (not a < b)
        scale = a.scale
        assert (a > b) == (scale.rank(a.level) < scale.rank(b.level))

    @given(cwst.ratings(), cwst.ratings())
    def test_never_across_scales(self, a, b):
        """Comparing ratings on different scales raises the library's error."""
        assume(a.scale != b.scale)
        for compare in (a.__lt__, a.__le__, a.__gt__, a.__ge__):
            with pytest.raises(IncomparableRatingsError, match="different scales"):
                compare(b)
        assert a != b

    def test_not_with_other_types(self):
        """A rating does not compare with a string."""
        with pytest.raises(IncomparableRatingsError):
            assert Rating("ofsted-ilacs", "good") < "good"

    def test_scales(self):
        """The 2025 Welsh scale, the childcare scale and Ofsted's ILACS, best level first."""
        regulated = rating_scale("ciw-regulated-services")
        assert regulated.valid_from == dt.date(2025, 4, 1)
        assert not regulated.overall
        assert [v for v, _ in rating_scale("ofsted-ilacs").levels] == [
            "outstanding",
            "good",
            "requires-improvement",
            "inadequate",
        ]
        assert Rating("ciw-childcare-play", "adequate").label.cy == "Digonol"

    def test_care_leavers_separately_from_2023(self):
        """Ofsted judges care leavers as a separate area from January 2023 only."""
        ilacs = rating_scale("ofsted-ilacs")
        assert not ilacs.rates(RatingArea.CARE_LEAVERS, dt.date(2022, 12, 31))
        assert ilacs.rates(RatingArea.CARE_LEAVERS, dt.date(2023, 1, 1))
        assert ilacs.rates(RatingArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, dt.date(2022, 12, 31))
        assert not ilacs.rates(RatingArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, dt.date(2023, 1, 1))

    @pytest.mark.parametrize(
        ("scale", "level"), [("nope", "good"), ("ofsted-ilacs", "excellent"), (3, "good")]
    )
    def test_unknown(self, scale, level):
        """Unknown scales and levels are the library's error."""
        with pytest.raises(CareWalesError, match=r"'scale'|'level'"):
            Rating(scale, level)


class TestInspectionRules:
    @given(cwst.inspections())
    def test_generated_inspections_obey_the_rules(self, item):
        """Every generated inspection is valid and round-trips through JSON and plain data."""
        assert from_json(to_json(item), Inspection) == item
        assert from_dict(to_dict(item), Inspection) == item
        assert item.inspectorate_name == item.inspectorate.name_on(item.fieldwork.start)

    @given(cwst.inspections(), st.integers(1, 400))
    def test_publication_before_fieldwork_end_is_refused(self, item, days):
        """Any inspection published before its fieldwork ends is rejected."""
        early = item.fieldwork.earliest_end - dt.timedelta(days=days)
        with pytest.raises(DateRangeError, match="'published'"):
            attrs.evolve(item, published=early)

    @given(cwst.inspections(), st.integers(1, 400))
    def test_follow_up_before_what_it_follows_is_refused(self, item, days):
        """An activity cannot follow up one that starts after it."""
        later = item.fieldwork.start + dt.timedelta(days=days)
        reference = Reference(ActivityKind.INSPECTION, DateRange(later, later))
        with pytest.raises(DateRangeError, match="'follows'"):
            attrs.evolve(item, follows=(reference,))

    @given(st.dates(dt.date(1996, 4, 1), dt.date(2007, 3, 31)))
    def test_inspectorate_must_exist(self, day):
        """A CIW activity dated before CSSIW existed is refused."""
        with pytest.raises(UnsupportedDateError):
            _minimal(fieldwork=DateRange(day, day))

    @given(st.dates(max_value=dt.date(1996, 3, 31)))
    def test_authority_must_exist(self, day):
        """An activity at an authority before 1 April 1996 is refused."""
        with pytest.raises(DateRangeError, match="did not exist"):
            _minimal(inspectorate=Inspectorate.ESTYN, fieldwork=DateRange(day, day))

    @given(st.dates(dt.date(2007, 4, 1), DESIGNATION_FROM - dt.timedelta(days=1)))
    def test_designation_only_from_november_2024(self, day):
        """The significant-improvement designation is refused before November 2024."""
        with pytest.raises(CareWalesError, match="'designation'"):
            _minimal(fieldwork=DateRange(day, day), designation=Designation.SIGNIFICANT_IMPROVEMENT)

    def test_designation_only_by_ciw(self):
        """Only CIW designates; from November 2024 it may."""
        day = DateRange(dt.date(2025, 1, 6), dt.date(2025, 1, 10))
        assert _minimal(fieldwork=day, designation=Designation.SIGNIFICANT_IMPROVEMENT).designation
        with pytest.raises(CareWalesError, match="only CIW"):
            _minimal(
                fieldwork=day,
                inspectorate=Inspectorate.ESTYN,
                designation=Designation.SIGNIFICANT_IMPROVEMENT,
            )

    def test_rating_area_must_fit_the_scale_and_date(self):
        """A rating for an area its scale does not rate on that date is refused."""
        rating = ThemeRating(RatingArea.CARE_LEAVERS, Rating("ofsted-ilacs", "good"))
        with pytest.raises(CareWalesError, match="does not rate"):
            _minimal(inspectorate=Inspectorate.OFSTED, ratings=(rating,))
        early = DateRange(dt.date(2022, 6, 1), dt.date(2022, 6, 3))
        with pytest.raises(CareWalesError, match="does not rate"):
            _minimal(inspectorate=Inspectorate.OFSTED, fieldwork=early, ratings=(rating,))

    def test_priority_ids_are_unique(self):
        """Two priorities with one id are refused."""
        twice = (Priority("P1", Bilingual("a", "b")), Priority("P1", Bilingual("c", "d")))
        with pytest.raises(CareWalesError, match="duplicate ids"):
            _minimal(priorities=twice)

    def test_actions_answer_known_priorities(self):
        """A plan action that answers no priority of the report is refused."""
        plan = ImprovementPlan(actions=(Action("P9", Bilingual("a", "b")),))
        with pytest.raises(CareWalesError, match="'P9'"):
            _minimal(improvement_plan=plan)

    def test_submitted_plan_answers_every_priority(self):
        """A submitted plan must answer every priority; a draft need not."""
        priorities = (Priority("P1", Bilingual("a", "b")), Priority("P2", Bilingual("c", "d")))
        actions = (Action("P1", Bilingual("e", "f")),)
        draft = _minimal(priorities=priorities, improvement_plan=ImprovementPlan(actions=actions))
        assert draft.improvement_plan.unanswered(priorities) == (priorities[1],)
        with pytest.raises(CareWalesError, match=r"\['P2'\]"):
            _minimal(
                published=dt.date(2021, 12, 1),
                priorities=priorities,
                improvement_plan=ImprovementPlan(submitted=dt.date(2021, 12, 10), actions=actions),
            )

    def test_plan_not_submitted_before_publication(self):
        """A plan cannot be submitted before the report is published."""
        with pytest.raises(DateRangeError, match=r"'improvement_plan\.submitted'"):
            _minimal(
                published=dt.date(2021, 12, 1),
                improvement_plan=ImprovementPlan(submitted=dt.date(2021, 11, 30)),
            )

    @pytest.mark.parametrize("days", [0, 367, True, 2.5, "20"])
    def test_plan_timescale(self, days):
        """A plan's timescale is a whole number of working days from 1 to 366."""
        with pytest.raises(CareWalesError, match="'working_days'"):
            ImprovementPlan(working_days=days)  # type: ignore[arg-type]

    def test_judgement_must_say_something(self):
        """An empty judgement is refused."""
        with pytest.raises(CareWalesError, match="must state"):
            Judgement()


class TestImprovementPlan:
    @given(st.dates(dt.date(1971, 1, 1), dt.date(2099, 1, 1)), st.integers(1, 60))
    def test_due_is_n_working_days_after_publication(self, published, days):
        """The plan is due on the n-th working day after publication (seed 004: 20)."""
        due = ImprovementPlan(days).due(published)
        assert due == add_working_days(published, days)
        assert is_working_day(due)

    @given(
        st.dates(dt.date(1971, 1, 1), dt.date(2099, 1, 1)),
        st.integers(1, 60),
        st.integers(-30, 120),
        st.none() | st.integers(0, 120),
    )
    def test_status_is_consistent_with_the_calendar(self, published, days, offset, after):
        """Status follows from publication, the due date, submission and the day asked."""
        submitted = None if after is None else published + dt.timedelta(days=after)
        plan = ImprovementPlan(days, submitted)
        today = published + dt.timedelta(days=offset)
        due = plan.due(published)
        status = plan.status(published, today)
        if submitted is not None and submitted <= today:
            expected = (
                PlanStatus.SUBMITTED_ON_TIME if submitted <= due else PlanStatus.SUBMITTED_LATE
            )
        elif today < published:
            expected = PlanStatus.NOT_DUE
        else:
            expected = PlanStatus.DUE if today <= due else PlanStatus.OVERDUE
        assert status is expected

    def test_powys_worked_example(self):
        """Published on Tuesday 17 October 2017, 20 working days gives Tuesday 14 November."""
        powys = attrs.evolve(example("powys-2017"), published=dt.date(2017, 10, 17))
        assert powys.plan_due == dt.date(2017, 11, 14)
        assert powys.plan_status(dt.date(2017, 11, 14)) is PlanStatus.DUE
        assert powys.plan_status(dt.date(2017, 11, 15)) is PlanStatus.OVERDUE
        assert powys.plan_status(dt.date(2017, 10, 1)) is PlanStatus.NOT_DUE
        assert "erbyn 14 Tachwedd 2017" in render(powys, "cy")
        assert "that is by 14 November 2017" in render(powys, "en")

    def test_no_plan_or_no_publication(self):
        """Without a plan or a publication date nothing is due."""
        assert example("powys-2017").plan_due is None
        assert example("powys-2017").plan_status(dt.date(2018, 1, 1)) is None
        assert example("wrexham-2021").plan_due is None


class TestHistory:
    @given(cwst.inspection_histories())
    def test_round_trip_and_order(self, history):
        """Histories are in date order and round-trip through JSON."""
        assert from_json(to_json(history), InspectionHistory) == history
        dates = [a.date for a in history.activities]
        assert dates == sorted(dates)

    @given(cwst.inspection_histories(), st.dates(dt.date(1996, 1, 1), dt.date(2100, 1, 1)))
    def test_queries_never_fail(self, history, today):
        """Every question a history answers returns, and open priorities are the latest set."""
        history.latest_judgement()
        history.trend()
        assert set(history.outstanding_follow_ups(today)) <= {
            p for a in history.activities for p in a.planned
        }
        latest = [a.priorities for a in history.activities if a.priorities]
        assert history.open_priorities() == (latest[-1] if latest else ())

    def test_rules(self):
        """Activities must be the authority's own, with distinct ids and earlier references."""
        wrexham = example("wrexham-2021")
        with pytest.raises(CareWalesError, match="is for W06000006"):
            InspectionHistory(authority("Powys"), [wrexham])
        with pytest.raises(CareWalesError, match="used twice"):
            InspectionHistory(wrexham.authority, [wrexham, wrexham])
        ref = Reference(ActivityKind.INSPECTION, DateRange.month(2020, 10), "nowhere")
        with pytest.raises(CareWalesError, match="not in the history"):
            InspectionHistory(wrexham.authority, [attrs.evolve(wrexham, follows=(ref,))])

    def test_wrexham_history(self):
        """Wrexham: inspected Oct 2020, monitored Nov 2021, a follow-up promised for 2022."""
        earlier = _minimal(
            id="wrexham-2020",
            authority=authority("Wrexham"),
            fieldwork=DateRange.month(2020, 10),
            judgement=Judgement(Bilingual("inadequate", "annigonol"), Direction.IMPROVING),
        )
        monitoring = attrs.evolve(
            example("wrexham-2021"),
            follows=(
                Reference(ActivityKind.INSPECTION, DateRange.month(2020, 10), "wrexham-2020"),
            ),
        )
        history = InspectionHistory(authority("Wrexham"), [monitoring, earlier])
        assert [a.id for a in history.activities] == ["wrexham-2020", "wrexham-2021-monitoring"]
        assert history.trend() is Direction.IMPROVING
        assert history.latest_judgement() == monitoring.judgement
        assert len(history.open_priorities()) == 3
        (planned,) = history.outstanding_follow_ups(dt.date(2022, 6, 1))
        assert planned.kind is ActivityKind.FOLLOW_UP_INSPECTION
        follow_up = _minimal(
            id="wrexham-2022",
            authority=authority("Wrexham"),
            kind=ActivityKind.FOLLOW_UP_INSPECTION,
            fieldwork=DateRange(dt.date(2022, 9, 5), dt.date(2022, 9, 9)),
        )
        later = InspectionHistory(authority("Wrexham"), [earlier, monitoring, follow_up])
        assert later.outstanding_follow_ups(dt.date(2022, 12, 1)) == ()
        assert later.outstanding_follow_ups(dt.date(2022, 8, 1)) == (planned,)
        with pytest.raises(CareWalesError, match="which is later"):
            InspectionHistory(
                authority("Wrexham"),
                [
                    attrs.evolve(
                        earlier,
                        follows=(
                            Reference(
                                ActivityKind.REVIEW,
                                DateRange.month(2020, 10),
                                "wrexham-2021-monitoring",
                            ),
                        ),
                    ),
                    monitoring,
                ],
            )

    def test_trend_from_ratings(self):
        """With no stated direction, the last two overall ratings on one scale decide."""

        def ofsted(ident: str, year: int, level: str) -> Inspection:
            return _minimal(
                id=ident,
                inspectorate=Inspectorate.OFSTED,
                fieldwork=DateRange(dt.date(year, 3, 1), dt.date(year, 3, 5)),
                ratings=(
                    ThemeRating(RatingArea.OVERALL_EFFECTIVENESS, Rating("ofsted-ilacs", level)),
                ),
            )

        def trend(*levels: str) -> Direction | None:
            items = [ofsted(f"a{n}", 2019 + n, level) for n, level in enumerate(levels)]
            return InspectionHistory(authority("Powys"), items).trend()

        assert trend("inadequate", "good") is Direction.IMPROVING
        assert trend("good", "inadequate") is Direction.DECLINING
        assert trend("good", "good") is Direction.STABLE
        assert trend("good") is None
        assert InspectionHistory(authority("Powys")).latest_judgement() is None


class TestExamples:
    def test_names(self):
        """Two bundled examples, from seeds 001 and 004."""
        assert examples() == ("wrexham-2021", "powys-2017")
        with pytest.raises(CareWalesError, match="'example'"):
            example("cardiff-1999")

    def test_wrexham_as_stated(self):
        """Wrexham: monitoring 15–19 November 2021, 4 findings, 3 priorities, no invented dates."""
        wrexham = example("wrexham-2021")
        assert wrexham.kind is ActivityKind.MONITORING_ACTIVITY
        assert wrexham.fieldwork == DateRange(dt.date(2021, 11, 15), dt.date(2021, 11, 19))
        assert wrexham.published is None
        assert len(wrexham.findings) == 4
        assert {f.kind for f in wrexham.findings} == {FindingKind.STRENGTH}
        assert [p.id for p in wrexham.priorities] == ["P1", "P2", "P3"]
        assert all(p.text.cy.startswith("Mae'n rhaid") for p in wrexham.priorities)
        inspection, review = wrexham.follows
        assert inspection.when == DateRange.month(2020, 10)
        assert inspection.judgement.level == Bilingual("inadequate", "annigonol")
        assert inspection.judgement.direction_text.cy == "gyda dangosyddion cynnar o welliant"
        assert review.when == DateRange.month(2021, 4)

    def test_powys_as_stated(self):
        """The Powys inspection: July 2017 by CSSIW, serious concerns, a 20-working-day plan."""
        powys = example("powys-2017")
        assert powys.fieldwork == DateRange.month(2017, 7)
        assert powys.inspectorate_name.abbreviation.both() == "CSSIW / AGGCC"
        assert powys.improvement_plan == ImprovementPlan(working_days=20)
        assert sum(f.kind is FindingKind.SERIOUS_CONCERN for f in powys.findings) == 3

    @pytest.mark.parametrize("name", examples())
    def test_shipped_documents_match_the_schema(self, name):
        """The shipped example documents validate against the shipped JSON Schema."""
        schema = json.loads(
            files("carewales")
            .joinpath("data", "schema", "inspection.schema.json")
            .read_text("utf-8")
        )
        document = json.loads(
            files("carewales").joinpath("data", "examples", f"{name}.json").read_text("utf-8")
        )
        jsonschema.Draft202012Validator(schema).validate(document)


class TestSchema:
    @pytest.mark.parametrize(
        ("name", "kind"), [("inspection", Inspection), ("inspection-history", InspectionHistory)]
    )
    def test_shipped_schema_is_generated_from_the_models(self, name, kind):
        """The shipped schema is what the models generate (run scripts/make_schemas.py)."""
        shipped = json.loads(
            files("carewales").joinpath("data", "schema", f"{name}.schema.json").read_text("utf-8")
        )
        assert shipped == json_schema(kind)
        jsonschema.Draft202012Validator.check_schema(shipped)

    @given(cwst.inspections())
    def test_every_valid_inspection_matches_the_schema(self, item):
        """Every document the library writes is valid under its schema."""
        document = json.loads(to_json(item))
        jsonschema.Draft202012Validator(json_schema(Inspection)).validate(document)

    def test_schema_of_a_type_without_a_rule(self):
        """A model field of a type the generator does not know is reported, not guessed."""

        @attrs.frozen
        class Odd:
            value: complex

        with pytest.raises(CareWalesError, match="no JSON Schema rule"):
            json_schema(Odd)

    def test_fixed_tuples(self):
        """Fixed-length tuples become arrays with one schema per position."""

        @attrs.frozen
        class Pair:
            value: tuple[int, str]

        schema = json_schema(Pair)["properties"]["value"]
        assert schema["minItems"] == schema["maxItems"] == 2


class TestJunkDocuments:
    def _document(self) -> dict[str, object]:
        return to_dict(example("wrexham-2021"))

    def test_unknown_enum_value_with_path(self):
        """A misspelt finding kind is reported at its path with the allowed values."""
        document = self._document()
        document["findings"][2]["kind"] = "strenght"  # type: ignore[index]
        with pytest.raises(DocumentError) as info:
            from_dict(document, Inspection)
        (problem,) = info.value.problems
        assert problem.startswith("$.findings[2].kind: 'strenght' is not one of 'strength',")

    @pytest.mark.parametrize(
        ("path", "value", "problem"),
        [
            (("authority",), "Wrexham", "$.authority: 'Wrexham' must be an authority's GSS code"),
            (("fieldwork", "start"), "2021-11-20", "'end' (2021-11-19) must not be before"),
            (("fieldwork",), None, "$.fieldwork: None must be a JSON object"),
            (
                ("findings",),
                {"kind": "strength"},
                "$.findings: {'kind': 'strength'} must be a JSON array",
            ),
            (("priorities", 0, "id"), 1, "$.priorities[0].id: 1 must be a string"),
            (("inspectorate",), "cssiw", "$.inspectorate: 'cssiw' is not one of"),
            (("published",), "2021-11-01", "'published' (2021-11-01)"),
        ],
    )
    def test_bad_values(self, path, value, problem):
        """Wrong types, values and broken rules are reported with their path."""
        document = self._document()
        target = document
        for key in path[:-1]:
            target = target[key]  # type: ignore[index]
        target[path[-1]] = value  # type: ignore[index]
        with pytest.raises(DocumentError) as info:
            from_dict(document, Inspection)
        assert any(problem in p for p in info.value.problems), info.value.problems

    def test_missing_and_extra_fields(self):
        """Missing and unknown fields are each reported."""
        document = self._document()
        del document["kind"]
        document["colour"] = "red"
        with pytest.raises(DocumentError) as info:
            from_dict(document, Inspection)
        assert "$.kind: required field missing" in info.value.problems
        assert "$: unknown field(s) 'colour'" in info.value.problems

    def test_huge_strings_and_deep_nesting(self):
        """Ten-megabyte strings and deep nesting are refused with the library's error."""
        document = self._document()
        document["id"] = "x" * 10_000_000
        with pytest.raises(DocumentError, match="bytes is more than"):
            from_json(json.dumps(document), Inspection)
        with pytest.raises(DocumentError, match="longer than"):
            from_dict(document, Inspection)
        with pytest.raises(DocumentError):
            from_json(
                '{"schema_version": 1, "summary": ' + "[" * 50_000 + "]" * 50_000 + "}", Inspection
            )

    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=5),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["id", "kind", "findings", "fieldwork", "start"]),
                    inner,
                    max_size=3,
                )
            ),
            max_leaves=10,
        )
    )
    def test_arbitrary_junk(self, junk):
        """Arbitrary JSON values give an Inspection or DocumentError, never a crash."""
        document = {**self._document(), "findings": junk}
        with contextlib.suppress(DocumentError):
            assert isinstance(from_dict(document, Inspection), Inspection)


class TestRender:
    @pytest.mark.parametrize("name", examples())
    @pytest.mark.parametrize("lang", ["en", "cy"])
    @pytest.mark.parametrize("form", ["markdown", "text"])
    def test_examples_render(self, name, lang, form):
        """Both examples render in both languages and both formats."""
        text = render(example(name), lang, form)
        assert text.endswith("\n")
        assert ("Canfyddiadau" in text) == (lang == "cy")

    def test_welsh_uses_seed_001_wording(self, seeds):
        """The Welsh letter's headings and opening sentence are those of seed 001."""
        text = render(example("wrexham-2021"), "cy")
        seed = seeds["001"]
        for heading in ("Canfyddiadau", "Blaenoriaethau ar gyfer gwelliant", "Y camau nesaf"):
            assert f"## {heading}" in text
            assert heading in seed
        opening = (
            "Mae'r llythyr hwn yn crynhoi canfyddiadau ein gweithgarwch monitro "
            "rhwng 15 ac 19 Tachwedd 2021."
        )
        assert opening in seed  # CIW's letter writes a straight apostrophe ...
        assert opening.replace("'", "’") in text  # ... the library's house style is curly
        title = "Llythyr parthed gweithgarwch monitro yn awdurdod lleol Cyngor Bwrdeistref Sirol"
        assert f"{title} Wrecsam" in seed
        assert f"# {title} Wrecsam" in text
        assert "Mae’n dilyn ymlaen o’n harolygiad ym mis Hydref 2020" in text

    def test_library_welsh_has_curly_apostrophes(self):
        """Library-written Welsh uses ’, the opening sentence taken from CIW's letter too."""
        text = render(example("wrexham-2021"), "cy")
        written = text

        def quoted(data: object) -> list[str]:  # the report's own Welsh words, as CIW wrote them
            if isinstance(data, dict):
                own = [data["cy"]] if isinstance(data.get("cy"), str) else []
                return own + [t for value in data.values() for t in quoted(value)]
            if isinstance(data, list):
                return [t for value in data for t in quoted(value)]
            return []

        for words in sorted(quoted(to_dict(example("wrexham-2021"))), key=len, reverse=True):
            written = written.replace(words, "")
        assert "'" not in written, [line for line in written.splitlines() if "'" in line]
        powys = render(example("powys-2017"), "cy")
        assert "i’r cyhoeddiad" in powys
        assert "i'r cyhoeddiad" not in powys

    @pytest.mark.parametrize(
        "label",
        [
            FindingKind.MUST_IMPROVE.label.cy,
            RatingArea.CARE_LEAVERS.label.cy,
            RatingArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS.label.cy,
            *(
                scale.source.cy
                for scale in (rating_scale("ciw-childcare-play"), rating_scale("ofsted-ilacs"))
            ),
        ],
    )
    def test_welsh_labels_have_curly_apostrophes(self, label):
        assert "'" not in label
        assert "’" in label

    def test_english(self):
        """The English letter has the same structure."""
        text = render(example("wrexham-2021"), "en", "text")
        assert "Findings\n--------" in text
        assert "• Social workers must visit children within statutory timescales." in text

    def test_ratings_designation_and_publication(self):
        """Ratings, a stated judgement and the publication date are written out."""
        item = _minimal(
            inspectorate=Inspectorate.OFSTED,
            published=dt.date(2021, 12, 1),
            judgement=Judgement(Bilingual("good", "da"), Direction.STABLE),
            ratings=(
                ThemeRating(RatingArea.OVERALL_EFFECTIVENESS, Rating("ofsted-ilacs", "good")),
            ),
            planned=(PlannedActivity(ActivityKind.FOLLOW_UP_INSPECTION),),
            findings=(Finding(Bilingual("a", "b"), FindingKind.STRENGTH),),
            follows=(
                Reference(
                    ActivityKind.INSPECTION,
                    DateRange.month(2019, 1),
                    judgement=Judgement(Bilingual("good", "da")),
                ),
            ),
        )
        welsh = render(item, "cy")
        assert "Cyhoeddwyd: 1 Rhagfyr 2021" in welsh
        assert "- Effeithiolrwydd cyffredinol: Da" in welsh
        assert "a ganfu bod gwasanaethau yn dda" in welsh
        assert "which found services to be good" in render(item, "en")
        assert "Published: 1 December 2021" in render(item, "en")
        direction_only = attrs.evolve(item, judgement=Judgement(direction=Direction.DECLINING))
        assert "\nyn dirywio\n" in render(direction_only, "cy")

    @pytest.mark.parametrize(
        ("level", "found"),
        [
            ("Da", "a ganfu bod gwasanaethau yn dda."),
            ("Rhagorol", "a ganfu bod gwasanaethau yn rhagorol."),
            ("Digonol", "a ganfu bod gwasanaethau yn ddigonol."),
            ("Annigonol", "a ganfu bod gwasanaethau yn annigonol."),
            ("Rhaid gwella", "a ganfu bod rhaid i wasanaethau wella."),
            ("Rhaid gwella’n sylweddol", "a ganfu bod rhaid i wasanaethau wella’n sylweddol."),
            ("Angen gwella i fod yn dda", "a ganfu bod angen i wasanaethau wella i fod yn dda."),
        ],
    )
    def test_earlier_finding_reads_as_welsh(self, level, found):
        """A rating label after "yn" is lower-case and mutated; "Rhaid gwella" is a clause."""
        item = example("wrexham-2021")
        reference = attrs.evolve(item.follows[0], judgement=Judgement(Bilingual("good", level)))
        welsh = render(attrs.evolve(item, follows=(reference,)), "cy")
        assert f"Mae’n dilyn ymlaen o’n harolygiad ym mis Hydref 2020, {found}" in welsh
        english = render(attrs.evolve(item, follows=(reference,)), "en")
        assert (
            "It follows on from our inspection in October 2020, which found services to be good."
            in english
        )

    def test_earlier_finding_in_the_reports_words(self):
        """A judgement's own words are kept, with no second "yn"."""
        item = example("wrexham-2021")
        for words, found in (
            ("yn parhau i wella", "a ganfu bod gwasanaethau yn parhau i wella."),
            ("digonol ar y cyfan", "a ganfu bod gwasanaethau yn ddigonol ar y cyfan."),
        ):
            judgement = Judgement(Bilingual("x", "y"), text=Bilingual("x", words))
            reference = attrs.evolve(item.follows[0], judgement=judgement)
            welsh = render(attrs.evolve(item, follows=(reference,)), "cy")
            assert found in welsh

    def test_bad_format(self):
        """Only markdown and text are formats."""
        with pytest.raises(CareWalesError, match="'format'"):
            render(example("powys-2017"), "en", "html")


class TestWelshGrammar:
    def test_judgement_text_wins(self):
        """A judgement's own words are used as they stand."""
        judgement = Judgement(text=Bilingual("continue to improve", "yn parhau i wella"))
        assert judgement.describe("cy") == "yn parhau i wella"


def test_latest_judgement_from_a_reference():
    """With no judgement of its own, an activity's report of an earlier one is the latest."""
    stated = Judgement(Bilingual("inadequate", "annigonol"))
    item = _minimal(
        follows=(Reference(ActivityKind.INSPECTION, DateRange.month(2020, 10), judgement=stated),)
    )
    assert InspectionHistory(item.authority, [item]).latest_judgement() == stated


class TestOwnScales:
    def _scale(self, key: str = "test-own-scale", label: str = "Bronze"):
        from carewales.inspections import AreaPeriod, RatingScale

        return RatingScale(
            key,
            Bilingual("Test grades", "Graddau prawf"),
            (("gold", Bilingual("Gold", "Aur")), ("bronze", Bilingual(label, "Efydd"))),
            (AreaPeriod(RatingArea.WELL_BEING),),
            dt.date(2020, 1, 1),
            False,
            Bilingual("A test framework", "Fframwaith prawf"),
        )

    def test_registered_scale_is_usable_and_round_trips(self):
        """A registered scale rates, orders and round-trips inside an inspection document."""
        from carewales.inspections import register_rating_scale

        register_rating_scale(self._scale())
        register_rating_scale(self._scale())  # the same scale again is harmless
        gold, bronze = Rating("test-own-scale", "gold"), Rating("test-own-scale", "bronze")
        assert gold > bronze
        item = _minimal(ratings=(ThemeRating(RatingArea.WELL_BEING, gold),))
        assert from_json(to_json(item), Inspection) == item
        assert "test-own-scale" in [s.key for s in rating_scales()]

    def test_refusals(self):
        """Built-in keys and taken keys cannot be reused; only RatingScales with levels count."""
        from carewales.inspections import register_rating_scale

        register_rating_scale(self._scale("test-taken-scale"))
        with pytest.raises(CareWalesError, match="already used"):
            register_rating_scale(self._scale("test-taken-scale", label="Copper"))
        with pytest.raises(CareWalesError, match="already used"):
            register_rating_scale(self._scale("ofsted-ilacs"))
        with pytest.raises(CareWalesError, match="must be a RatingScale"):
            register_rating_scale("ofsted-ilacs")  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'levels'"):
            attrs.evolve(self._scale("test-empty-scale"), levels=())

"""Hypothesis strategies for :mod:`carewales.parenting`, and ``MODELS`` for the contract test.

Re-exported by :mod:`carewales.testing`.  Every strategy builds valid objects by
construction; record sets are consistent (unique ids, references that resolve,
meetings in known wards).

>>> from hypothesis import HealthCheck, given, settings
>>> @settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
... @given(council_records(max_size=2), reporting_periods())
... def test_one_result_per_councillor(records, period):
...     results = carewales.parenting.assess(
...         carewales.parenting.duty("councillor-training"), records, period
...     )
...     assert len(results) == len(records.councillors)
>>> test_one_result_per_councillor()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

import carewales

from ..parenting import (
    Appraisal,
    Audience,
    ComplianceReport,
    ComplianceResult,
    ComplianceStatus,
    Councillor,
    CouncillorTraining,
    CouncilRecords,
    Duty,
    DutySource,
    Entitlement,
    Evidence,
    Frequency,
    Holder,
    Name,
    NeedsAssessment,
    NetworkingObjective,
    Partner,
    Period,
    Plan,
    PlanReport,
    Principle,
    ProfessionalTraining,
    Standing,
    SupportOption,
    Target,
    Tender,
    Worker,
    WorkerRole,
    YoungPeopleMeeting,
    YoungPerson,
    YoungPersonCategory,
    compliance_report,
    duties,
    entitlements,
    principles,
)
from ..parenting._common import birthday
from ..parenting.catalogue import FREQUENCIES_OF, HOLDER_OF
from ..text import Bilingual

__all__ = [
    "appraisals",
    "care_leaver_entitlements",
    "charter_principles",
    "compliance_reports",
    "compliance_results",
    "council_records",
    "councillor_trainings",
    "councillors",
    "duty_sources",
    "duty_targets",
    "names",
    "needs_assessments",
    "networking_objectives",
    "parenting_duties",
    "partnership_plans",
    "plan_reports",
    "professional_trainings",
    "record_days",
    "reporting_periods",
    "tenders",
    "workers",
    "young_people",
    "young_people_meetings",
]

#: The dates records are drawn from by default: wide, but far from the supported limits.
FIRST_DAY = dt.date(2012, 1, 1)
LAST_DAY = dt.date(2035, 12, 31)

_LETTERS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))
_TEXT = st.text(alphabet=_LETTERS, min_size=1, max_size=40).map(str.strip).filter(bool)
_IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,10}", fullmatch=True)


def _bilingual() -> st.SearchStrategy[Bilingual]:
    return st.builds(Bilingual, en=_TEXT, cy=_TEXT)


# Names are drawn from letters, digits and inner spaces: cheap to draw, never padded.
_WORD = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N")), min_size=1, max_size=12
)
_NAME_TEXT = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)


def names() -> st.SearchStrategy[Name]:
    """Generate names: in two languages, or one text alike in both (a proper name)."""
    return _NAME_TEXT.flatmap(lambda en: st.builds(Name, st.just(en), st.just(en) | _NAME_TEXT))


def _day_or_none() -> st.SearchStrategy[dt.date | None]:
    return st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))


def _valid(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    first, last = draw(_day_or_none()), draw(_day_or_none())
    if first is not None and last is not None and last < first:
        first, last = last, first
    return first, last


def record_days(first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY) -> st.SearchStrategy[dt.date]:
    """Generate days records may carry, from *first* to *last*."""
    return st.dates(first, last)


def reporting_periods(
    first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY
) -> st.SearchStrategy[Period]:
    """Generate reporting periods of one day to a year, starting from *first* to *last*."""
    return st.builds(
        lambda start, length: Period(start, start + dt.timedelta(days=length)),
        st.dates(first, last),
        st.one_of(st.just(364), st.integers(0, 364)),
    )


def duty_sources() -> st.SearchStrategy[DutySource]:
    """Generate sources of any standing, with or without a reference and an address."""
    return st.builds(
        DutySource,
        title=_bilingual(),
        standing=st.sampled_from(Standing),
        reference=st.none() | _bilingual(),
        url=st.none()
        | st.from_regex(r"https://[a-z]{1,12}\.example/[a-z0-9/]{0,12}", fullmatch=True),
        url_cy=st.none()
        | st.from_regex(r"https://[a-z]{1,12}\.example/cy/[a-z0-9/]{0,12}", fullmatch=True),
    )


@st.composite
def duty_targets(draw: st.DrawFn, frequency: Frequency | None = None) -> Target:
    """Generate targets, of any frequency unless *frequency* is given."""
    chosen = draw(st.sampled_from(Frequency)) if frequency is None else frequency
    minimum = draw(st.integers(1, 300))
    maximum = None
    if chosen is not Frequency.EACH:
        maximum = draw(st.none() | st.integers(minimum, minimum + 5))
    months = draw(st.integers(1, 24)) if chosen is Frequency.ON_EVENT else None
    return Target(minimum, chosen, maximum=maximum, within_months=months)


@st.composite
def parenting_duties(draw: st.DrawFn, evidence: Evidence | None = None) -> Duty:
    """Generate duties: from the catalogue, or made up with consistent holder and evidence.

    With *evidence*, every duty is made up and counts that evidence.
    """
    if evidence is None:
        if draw(st.booleans()):
            return draw(st.sampled_from(duties()))
        evidence = draw(st.sampled_from(Evidence))
    holder = HOLDER_OF[evidence]
    frequency = draw(st.sampled_from(FREQUENCIES_OF[evidence]))
    roles = categories = ()
    if holder is Holder.WORKER:
        roles = tuple(draw(st.lists(st.sampled_from(WorkerRole), min_size=1, unique=True)))
    if holder is Holder.YOUNG_PERSON:
        categories = tuple(
            draw(st.lists(st.sampled_from(YoungPersonCategory), min_size=1, unique=True))
        )
    valid_from, valid_to = _valid(draw)
    return Duty(
        key=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        title=draw(_bilingual()),
        description=draw(_bilingual()),
        holder=holder,
        evidence=evidence,
        target=draw(duty_targets(frequency)),
        source=draw(duty_sources()),
        roles=roles,
        categories=categories,
        interpretation=draw(st.none() | _bilingual()),
        context=tuple(draw(st.lists(duty_sources(), max_size=2, unique=True))),
        valid_from=valid_from,
        valid_to=valid_to,
    )


def councillors(
    ident: str = "c0", wards: tuple[str | Name, ...] = ("Ward 1",)
) -> st.SearchStrategy[Councillor]:
    """Generate a councillor with id *ident* in one of *wards*, named in one or two languages."""
    return st.builds(
        Councillor, st.just(ident), names() | _NAME_TEXT, st.sampled_from(wards), record_days()
    )


def workers(ident: str = "w0") -> st.SearchStrategy[Worker]:
    """Generate a worker with id *ident*, in any role."""
    return st.builds(Worker, st.just(ident), st.sampled_from(WorkerRole), record_days())


# The ages (from, until) at which a young person may enter each category the records hold.
_ENTRY_AGES = {
    YoungPersonCategory.CATEGORY_1: (16, 18),
    YoungPersonCategory.CATEGORY_2: (16, 18),
    YoungPersonCategory.CATEGORY_3: (18, 30),
    YoungPersonCategory.CATEGORY_4: (21, 25),
}


@st.composite
def young_people(draw: st.DrawFn, ident: str = "y0") -> YoungPerson:
    """Generate a young person of category 1 to 4 who entered it at an age it allows."""
    category = draw(st.sampled_from(sorted(_ENTRY_AGES, key=lambda c: c.value)))
    low, high = _ENTRY_AGES[category]
    born = draw(st.dates(dt.date(1980, 1, 1), dt.date(2017, 12, 31)))
    first = birthday(born, low)
    last = min(birthday(born, high) - dt.timedelta(days=1), dt.date(2099, 12, 31))
    return YoungPerson(ident, born, category, draw(st.dates(first, last)))


def councillor_trainings(
    ident: str = "t0", councillor: str = "c0"
) -> st.SearchStrategy[CouncillorTraining]:
    """Generate a training session for *councillor*."""
    return st.builds(
        CouncillorTraining, st.just(ident), st.just(councillor), record_days(), st.integers(1, 1440)
    )


def young_people_meetings(
    ident: str = "m0", councillor: str = "c0", ward: str | Name = "Ward 1"
) -> st.SearchStrategy[YoungPeopleMeeting]:
    """Generate a meeting of *councillor* in *ward* with one to four young people."""
    people = st.lists(
        st.sampled_from([f"r{i}" for i in range(6)]), min_size=1, max_size=4, unique=True
    )
    return st.builds(
        YoungPeopleMeeting,
        st.just(ident),
        st.just(councillor),
        st.just(ward),
        record_days(),
        people.map(tuple),
    )


def partnership_plans(ident: str = "p0") -> st.SearchStrategy[Plan]:
    """Generate a plan covering one or both kinds of partner."""
    partners = st.lists(st.sampled_from(Partner), min_size=1, unique=True).map(tuple)
    return st.builds(Plan, st.just(ident), record_days(), names(), partners)


def plan_reports(ident: str = "r0", plan: Plan | None = None) -> st.SearchStrategy[PlanReport]:
    """Generate a report on *plan* (on or after its publication), or on a plan ``"p0"``."""
    first = FIRST_DAY if plan is None else plan.day
    return st.builds(
        PlanReport, st.just(ident), st.just("p0" if plan is None else plan.id), record_days(first)
    )


def networking_objectives(
    ident: str = "o0", worker: str = "w0"
) -> st.SearchStrategy[NetworkingObjective]:
    """Generate a networking objective for *worker*."""
    return st.builds(NetworkingObjective, st.just(ident), st.just(worker), record_days())


def appraisals(ident: str = "a0", worker: str = "w0") -> st.SearchStrategy[Appraisal]:
    """Generate an appraisal of *worker*, with feedback from 0 to 5 young people."""
    return st.builds(Appraisal, st.just(ident), st.just(worker), record_days(), st.integers(0, 5))


@st.composite
def tenders(draw: st.DrawFn, ident: str = "n0") -> Tender:
    """Generate a tender, with or without a provision (and options only with one)."""
    provision = draw(st.booleans())
    options = draw(st.lists(st.sampled_from(SupportOption), unique=True)) if provision else []
    return Tender(ident, draw(record_days()), draw(names() | _NAME_TEXT), provision, tuple(options))


def professional_trainings(ident: str = "x0") -> st.SearchStrategy[ProfessionalTraining]:
    """Generate training for professionals, developed or led by young people or not."""
    audiences = st.lists(st.sampled_from(Audience), unique=True).map(tuple)
    return st.builds(
        ProfessionalTraining, st.just(ident), record_days(), st.booleans(), st.booleans(), audiences
    )


def needs_assessments(
    ident: str = "s0", young_person: str = "y0"
) -> st.SearchStrategy[NeedsAssessment]:
    """Generate a needs assessment of *young_person*."""
    return st.builds(NeedsAssessment, st.just(ident), st.just(young_person), record_days())


def _some(draw: st.DrawFn, max_size: int) -> range:
    return range(draw(st.integers(0, max_size)))


@st.composite
def council_records(draw: st.DrawFn, max_size: int = 3) -> CouncilRecords:
    """Generate a consistent record set with up to *max_size* records of each kind."""
    wards = tuple(Name(f"Ward {i}", f"Ward {i} (cy)") for i in range(draw(st.integers(1, 3))))
    cllrs = tuple(draw(councillors(f"c{i}", wards)) for i in _some(draw, max_size))
    staff = tuple(draw(workers(f"w{i}")) for i in _some(draw, max_size))
    young = tuple(draw(young_people(f"y{i}")) for i in _some(draw, max_size))
    plan_list = tuple(draw(partnership_plans(f"p{i}")) for i in _some(draw, max_size))
    # A meeting may name the ward in English alone, as 0.1 records did.
    by_name = sorted({c.ward for c in cllrs}, key=lambda w: w.en)
    known_wards: list[str | Name] = [*by_name, *(ward.en for ward in by_name)]
    return CouncilRecords(
        authority=draw(st.sampled_from(carewales.all_authorities())),
        councillors=cllrs,
        workers=staff,
        young_people=young,
        trainings=tuple(
            draw(councillor_trainings(f"t{i}", draw(st.sampled_from(cllrs)).id))
            for i in (_some(draw, max_size) if cllrs else ())
        ),
        meetings=tuple(
            draw(
                young_people_meetings(
                    f"m{i}", draw(st.sampled_from(cllrs)).id, draw(st.sampled_from(known_wards))
                )
            )
            for i in (_some(draw, max_size * 2) if cllrs else ())
        ),
        plans=plan_list,
        plan_reports=tuple(
            draw(plan_reports(f"r{i}", draw(st.sampled_from(plan_list))))
            for i in (_some(draw, max_size) if plan_list else ())
        ),
        objectives=tuple(
            draw(networking_objectives(f"o{i}", draw(st.sampled_from(staff)).id))
            for i in (_some(draw, max_size) if staff else ())
        ),
        appraisals=tuple(
            draw(appraisals(f"a{i}", draw(st.sampled_from(staff)).id))
            for i in (_some(draw, max_size) if staff else ())
        ),
        tenders=tuple(draw(tenders(f"n{i}")) for i in _some(draw, max_size)),
        professional_trainings=tuple(
            draw(professional_trainings(f"x{i}")) for i in _some(draw, max_size)
        ),
        assessments=tuple(
            draw(needs_assessments(f"s{i}", draw(st.sampled_from(young)).id))
            for i in (_some(draw, max_size) if young else ())
        ),
        description=draw(st.none() | _bilingual()),
    )


@st.composite
def compliance_results(draw: st.DrawFn) -> ComplianceResult:
    """Generate results whose status agrees with their amounts."""
    status = draw(st.sampled_from(ComplianceStatus))
    required = draw(st.integers(1, 500))
    if status is ComplianceStatus.MET:
        achieved = draw(st.integers(required, required + 500))
    elif status in (ComplianceStatus.PARTLY_MET, ComplianceStatus.NOT_MET):
        achieved = draw(st.integers(0, required - 1))
    else:
        achieved = draw(st.integers(0, 1000))
    holder = draw(st.sampled_from(Holder))
    return ComplianceResult(
        duty=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        holder=holder,
        holder_id=None if holder is Holder.COUNCIL else draw(_IDS),
        holder_label=draw(_bilingual()),
        status=status,
        measure=draw(st.sampled_from(Evidence)),
        achieved=achieved,
        required=required,
        maximum=draw(st.none() | st.integers(required, required + 3)),
        due=draw(st.none() | record_days()),
        evidence=tuple(draw(st.lists(_IDS, max_size=4, unique=True))),
        note=draw(st.none() | _bilingual()),
    )


@st.composite
def compliance_reports(draw: st.DrawFn) -> ComplianceReport:
    """Generate reports by assessing generated records over a generated period."""
    records = draw(council_records(max_size=2))
    period = draw(reporting_periods())
    in_force = [d for d in duties() if d.in_force(period.start, period.end)]
    chosen = draw(st.lists(st.sampled_from(in_force), unique_by=lambda d: d.key, max_size=4))
    return compliance_report(records, period, duties=chosen)


@st.composite
def care_leaver_entitlements(draw: st.DrawFn) -> Entitlement:
    """Generate entitlements: from the catalogue, or made up with ages in order."""
    if draw(st.booleans()):
        return draw(st.sampled_from(entitlements()))
    low = draw(st.integers(0, 25))
    high = draw(st.integers(low + 1, 28))
    extended = draw(st.none() | st.integers(high, 30))
    # An extension with no age set lasts while its condition holds (s. 111(2)).
    open_ended = extended is None and draw(st.booleans())
    valid_from, valid_to = _valid(draw)
    return Entitlement(
        key=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        name=draw(_bilingual()),
        conditions=draw(_bilingual()),
        from_age=low,
        until_age=high,
        sources=tuple(draw(st.lists(duty_sources(), min_size=1, max_size=3, unique=True))),
        extended_until_age=extended,
        extension=draw(_bilingual()) if extended is not None or open_ended else None,
        requires_education_or_training=draw(st.booleans()),
        valid_from=valid_from,
        valid_to=valid_to,
    )


def charter_principles() -> st.SearchStrategy[Principle]:
    """Generate principles: the charter's own, or made up with any source."""
    made_up = st.builds(
        Principle,
        st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True),
        st.integers(1, 11),
        _bilingual(),
        duty_sources(),
    )
    return st.sampled_from(principles()) | made_up


#: Every public attrs class of :mod:`carewales.parenting`, with a strategy of valid instances.
MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Appraisal: appraisals,
    ComplianceReport: compliance_reports,
    ComplianceResult: compliance_results,
    CouncilRecords: council_records,
    Councillor: councillors,
    CouncillorTraining: councillor_trainings,
    Duty: parenting_duties,
    DutySource: duty_sources,
    Entitlement: care_leaver_entitlements,
    Name: names,
    NeedsAssessment: needs_assessments,
    NetworkingObjective: networking_objectives,
    Period: reporting_periods,
    Plan: partnership_plans,
    PlanReport: plan_reports,
    Principle: charter_principles,
    ProfessionalTraining: professional_trainings,
    Target: duty_targets,
    Tender: tenders,
    Worker: workers,
    YoungPeopleMeeting: young_people_meetings,
    YoungPerson: young_people,
}

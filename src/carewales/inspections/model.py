"""The inspection record: judgements, findings, priorities, plans, follow-ups and histories."""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from .. import _validators as v
from ..authorities import Authority
from ..errors import DateRangeError, InspectionError, UnsupportedDateError
from ..text import Bilingual, BilingualEnum, Format, Language, format_date
from ..welsh import count
from .dates import LATEST_DATE, DateRange, broken
from .inspectorates import Inspectorate, InspectorateName
from .letters import letter, title
from .ratings import RatingArea, ThemeRating

__all__ = [
    "DESIGNATION_FROM",
    "Action",
    "ActivityKind",
    "Designation",
    "Direction",
    "Finding",
    "FindingKind",
    "ImprovementPlan",
    "Inspection",
    "InspectionHistory",
    "Judgement",
    "PlanStatus",
    "PlannedActivity",
    "Priority",
    "Reference",
    "ServiceArea",
    "Theme",
]

# Identifiers and short names: ids that other records refer to, owners of actions.
_ID = v.text(max_length=200, stripped=True, one_line=True)
_OWNER = v.optional(v.text(max_length=500))
_TEXT = v.instance(Bilingual)
_OPTIONAL_TEXT = v.optional(_TEXT)
_OPTIONAL_DATE = v.optional(v.date(latest=LATEST_DATE))

# --- kinds of activity and judgements ------------------------------------------------------------


class ActivityKind(BilingualEnum):
    """Kinds of activity.

    Source: CIW, *Code of Practice for Review of Local Authority Social Services*
    (2023, revised 2024).

    ``FOCUSED_ACTIVITY`` is the earlier name of ``ASSURANCE_CHECK``, kept so that
    older reports can be recorded as they were written.
    """

    INSPECTION = "inspection", "Inspection", "Arolygiad"
    PERFORMANCE_EVALUATION_INSPECTION = (
        "performance-evaluation-inspection",
        "Performance evaluation inspection",
        "Arolygiad gwerthuso perfformiad",
    )
    ASSURANCE_CHECK = "assurance-check", "Assurance check", "Gwiriad sicrwydd"
    FOCUSED_ACTIVITY = "focused-activity", "Focused activity", "Gweithgarwch â ffocws"
    IMPROVEMENT_CHECK = "improvement-check", "Improvement check", "Gwiriad gwella"
    MONITORING_ACTIVITY = "monitoring-activity", "Monitoring activity", "Gweithgarwch monitro"
    REVIEW = "review", "Review", "Adolygiad"
    NATIONAL_THEMATIC_REVIEW = (
        "national-thematic-review",
        "National thematic review",
        "Adolygiad thematig cenedlaethol",
    )
    RAPID_REVIEW = "rapid-review", "Rapid review", "Adolygiad cyflym"
    JICPA = (
        "jicpa",
        "Joint inspection of child protection arrangements",
        "Arolygiad ar y cyd o drefniadau amddiffyn plant",
    )
    FOLLOW_UP_INSPECTION = "follow-up-inspection", "Follow-up inspection", "Arolygiad dilynol"


class ServiceArea(BilingualEnum):
    """Which social services an activity looked at."""

    CHILDREN = "children", "Children's services", "Gwasanaethau plant"
    ADULTS = "adults", "Adults' services", "Gwasanaethau oedolion"
    BOTH = "both", "Children's and adults' services", "Gwasanaethau plant ac oedolion"


class Designation(BilingualEnum):
    """A formal designation CIW may make of a local authority service (from November 2024)."""

    SIGNIFICANT_IMPROVEMENT = (
        "service-requiring-significant-improvement",
        "Service requiring significant improvement",
        "Gwasanaeth sydd angen gwelliant sylweddol",
    )


#: CIW may designate a service as requiring significant improvement from this month on
#: (announced in CIW's news of 27 November 2024; the sources give the month, November
#: 2024, not a day, so this is the month's first day and the rule reads as the month).
DESIGNATION_FROM = dt.date(2024, 11, 1)
_DESIGNATION_MONTH = Bilingual(
    format_date(DESIGNATION_FROM, Language.EN).split(" ", 1)[1],
    format_date(DESIGNATION_FROM, Language.CY).split(" ", 1)[1],
)


class Direction(BilingualEnum):
    """A direction of travel, as reports state it."""

    IMPROVING = "improving", "Improving", "Yn gwella"
    STABLE = "stable", "Stable", "Sefydlog"
    DECLINING = "declining", "Declining", "Yn dirywio"


@attrs.frozen
class Judgement:
    """A judgement of a local authority's services, as the report states it.

    CIW does not rate local authorities on a scale; it states a level ("inadequate"
    / "annigonol") and often a direction of travel ("with early indicators of
    improvement" / "gyda dangosyddion cynnar o welliant").  Both are kept in the
    report's words, with the direction also as a :class:`Direction` for analysis.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
        InspectionError: if the judgement states none of a level, a direction or a text.

    >>> from carewales import Bilingual
    >>> Judgement(Bilingual("inadequate", "annigonol"), Direction.IMPROVING).describe("cy")
    'annigonol'
    """

    level: Bilingual | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)
    direction: Direction | None = attrs.field(
        default=None, validator=v.optional(v.member(Direction))
    )
    direction_text: Bilingual | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)
    text: Bilingual | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)

    def __attrs_post_init__(self) -> None:
        """A judgement states at least a level, a direction or a text."""
        if self.level is None and self.direction is None and self.text is None:
            v.fail(
                self,
                "level",
                None,
                "must be given unless a 'direction' or a 'text' is: a "
                "judgement must state a level, a direction or a text",
                InspectionError,
                cy=(
                    "rhaid ei roi oni roddir 'direction' neu 'text': rhaid i farn nodi lefel, "
                    "cyfeiriad neu destun"
                ),
            )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The judgement in words: the report's text, or its level and direction."""
        language = Language.parse(lang)
        if self.text is not None:
            return self.text.in_(language)
        parts = [p.in_(language) for p in (self.level, self.direction_text) if p is not None]
        if not parts and self.direction is not None:
            parts = [self.direction.label.in_(language).lower()]
        return " ".join(parts)


# --- findings, priorities, plans ----------------------------------------------------------------


class FindingKind(BilingualEnum):
    """What kind of finding a report makes."""

    STRENGTH = "strength", "Strength or good practice", "Cryfder neu arfer da"
    SHOULD_IMPROVE = "should-improve", "Area that should improve", "Maes y dylid ei wella"
    MUST_IMPROVE = (
        "must-improve",
        "Area that must improve (a statutory duty not met)",
        "Maes y mae’n rhaid ei wella (dyletswydd statudol heb ei chyflawni)",
    )
    SERIOUS_CONCERN = "serious-concern", "Serious concern", "Pryder difrifol"


class Theme(BilingualEnum):
    """A theme of a finding or priority.

    The first four are the principles of the Social Services and Well-being (Wales)
    Act 2014 that CIW reports against; the rest are named areas.
    """

    VOICE_AND_CONTROL = "voice-and-control", "People's voice and control", "Llais a rheolaeth pobl"
    PREVENTION = "prevention", "Prevention", "Atal"
    WELL_BEING = "well-being", "Well-being", "Llesiant"
    PARTNERSHIP = "partnership", "Partnership", "Partneriaeth"
    LEADERSHIP = "leadership", "Leadership and management", "Arweinyddiaeth a rheolaeth"
    SAFEGUARDING = "safeguarding", "Safeguarding", "Diogelu"
    WORKFORCE = "workforce", "Workforce", "Gweithlu"


@attrs.frozen
class Finding:
    """One finding of a report, in both languages.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
    """

    text: Bilingual = attrs.field(validator=_TEXT)
    kind: FindingKind = attrs.field(validator=v.member(FindingKind))
    theme: Theme | None = attrs.field(default=None, validator=v.optional(v.member(Theme)))


@attrs.frozen
class Priority:
    """A priority for improvement (seed 001's "must" statements).

    Attributes:
        id: a short identifier that plan actions refer to, such as ``"P1"``.
        text: the priority in both languages.
        theme: its theme, if the report gives one.
        owner: who is to act, if stated.
        due: when, if stated.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
    """

    id: str = attrs.field(validator=_ID)
    text: Bilingual = attrs.field(validator=_TEXT)
    theme: Theme | None = attrs.field(default=None, validator=v.optional(v.member(Theme)))
    owner: str | None = attrs.field(default=None, validator=_OWNER)
    due: dt.date | None = attrs.field(default=None, validator=_OPTIONAL_DATE)


@attrs.frozen
class Action:
    """An action in an improvement plan, answering one priority by its id.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
    """

    priority: str = attrs.field(validator=_ID)
    text: Bilingual = attrs.field(validator=_TEXT)
    owner: str | None = attrs.field(default=None, validator=_OWNER)
    due: dt.date | None = attrs.field(default=None, validator=_OPTIONAL_DATE)


class PlanStatus(BilingualEnum):
    """Where an improvement plan stands on a given day."""

    NOT_DUE = "not-due", "Not yet due", "Heb fod yn ddyledus eto"
    DUE = "due", "Due", "Yn ddyledus"
    SUBMITTED_ON_TIME = "submitted-on-time", "Submitted on time", "Wedi’i gyflwyno mewn pryd"
    SUBMITTED_LATE = "submitted-late", "Submitted late", "Wedi’i gyflwyno’n hwyr"
    OVERDUE = "overdue", "Overdue", "Yn hwyr"


@attrs.frozen
class ImprovementPlan:
    """The improvement plan a report calls for.

    Attributes:
        working_days: the timescale the report sets, in working days after publication
            (seed 004: "within 20 working days of publication"), from 1 to 366; counted
            on the England-and-Wales calendar with :func:`carewales.deadlines.due_date`.
        submitted: the day the plan was submitted, if it has been.
        actions: its actions, each answering a priority.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type or range.
    """

    working_days: int = attrs.field(default=20, converter=v.to_int, validator=v.integer(1, 366))
    submitted: dt.date | None = attrs.field(default=None, validator=_OPTIONAL_DATE)
    actions: tuple[Action, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(Action))
    )

    def due(self, published: dt.date) -> dt.date:
        """Return the day the plan is due for a report published on *published*.

        Raises:
            InvalidDateError: if *published* is not a plain date.

        >>> ImprovementPlan().due(dt.date(2017, 10, 17))
        datetime.date(2017, 11, 14)
        """
        from ..deadlines import due_date

        return due_date(v.ensure_date("published", published), self.working_days)

    def status(self, published: dt.date, today: dt.date) -> PlanStatus:
        """Say where the plan stands on *today* for a report published on *published*.

        Raises:
            InvalidDateError: if *published* or *today* is not a plain date.

        >>> plan = ImprovementPlan(submitted=dt.date(2017, 11, 13))
        >>> plan.status(dt.date(2017, 10, 17), dt.date(2017, 12, 1)).label.en
        'Submitted on time'
        """
        today = v.ensure_date("today", today)
        due = self.due(published)
        if self.submitted is not None and self.submitted <= today:
            return (
                PlanStatus.SUBMITTED_ON_TIME if self.submitted <= due else PlanStatus.SUBMITTED_LATE
            )
        if today < published:
            return PlanStatus.NOT_DUE
        return PlanStatus.DUE if today <= due else PlanStatus.OVERDUE

    def unanswered(self, priorities: Iterable[Priority]) -> tuple[Priority, ...]:
        """Return the priorities no action answers."""
        answered = {action.priority for action in self.actions}
        return tuple(p for p in priorities if p.id not in answered)


# --- references and the inspection ---------------------------------------------------------------


@attrs.frozen
class Reference:
    """An earlier activity that this one follows up, as the report refers to it.

    Attributes:
        kind: what the earlier activity was.
        when: when it took place, as precisely as the report says.
        activity_id: its :attr:`Inspection.id`, where it is recorded too.
        judgement: what this report says the earlier activity found.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
    """

    kind: ActivityKind = attrs.field(validator=v.member(ActivityKind))
    when: DateRange = attrs.field(validator=v.instance(DateRange))
    activity_id: str | None = attrs.field(default=None, validator=v.optional(_ID))
    judgement: Judgement | None = attrs.field(
        default=None, validator=v.optional(v.instance(Judgement))
    )


@attrs.frozen
class PlannedActivity:
    """An activity the report says will follow, such as "a further follow-up inspection in 2022".

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
    """

    kind: ActivityKind = attrs.field(validator=v.member(ActivityKind))
    by: DateRange | None = attrs.field(default=None, validator=v.optional(v.instance(DateRange)))
    text: Bilingual | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)


def _tuple_of(kind: type) -> Any:  # noqa: ANN401 (an attrs field)
    return attrs.field(default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(kind)))


@attrs.frozen
class Inspection:
    """One inspection or review activity at one local authority.

    Its fields, in order: ``id`` (a stable identifier other activities refer to),
    ``authority``, ``inspectorate``, ``kind``, ``service_area``, ``fieldwork`` (a
    :class:`DateRange`), ``published``, ``title``, ``summary``, ``judgement``,
    ``designation``, ``ratings``, ``findings``, ``priorities``, ``next_steps``,
    ``improvement_plan``, ``follows`` (earlier activities it follows up, as
    :class:`Reference`) and ``planned`` (activities it says will follow).

    Every field is checked for its type when the object is built (lists are accepted
    for the tuple fields), and so are the rules that tie the fields together: the
    fieldwork range is not reversed; publication is not before fieldwork ends; every
    followed-up activity is not later than this one; the inspectorate existed (under
    the name shown) on the date and the authority existed; a designation is CIW's,
    from November 2024 on; ratings are for areas their scale rates on the date;
    priority ids are unique, plan actions answer known priorities, and a submitted
    plan answers every priority and is not submitted before publication.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
        DateRangeError: if dates are in an impossible order, or the authority did
            not exist yet.
        UnsupportedDateError: if the inspectorate did not exist on the date.
        InspectionError: if another rule that ties the fields together is broken.

    >>> powys = example("powys-2017")
    >>> powys.inspectorate_name.abbreviation.en
    'CSSIW'
    >>> powys.published is None
    True
    >>> powys.describe()
    'Inspection in July 2017, Powys County Council'
    """

    id: str = attrs.field(validator=_ID)
    authority: Authority = attrs.field(validator=v.instance(Authority))
    inspectorate: Inspectorate = attrs.field(validator=v.member(Inspectorate))
    kind: ActivityKind = attrs.field(validator=v.member(ActivityKind))
    service_area: ServiceArea = attrs.field(validator=v.member(ServiceArea))
    fieldwork: DateRange = attrs.field(validator=v.instance(DateRange))
    published: dt.date | None = attrs.field(default=None, validator=_OPTIONAL_DATE)
    title: Bilingual | None = attrs.field(default=None, validator=_OPTIONAL_TEXT)
    summary: tuple[Bilingual, ...] = _tuple_of(Bilingual)
    judgement: Judgement | None = attrs.field(
        default=None, validator=v.optional(v.instance(Judgement))
    )
    designation: Designation | None = attrs.field(
        default=None, validator=v.optional(v.member(Designation))
    )
    ratings: tuple[ThemeRating, ...] = _tuple_of(ThemeRating)
    findings: tuple[Finding, ...] = _tuple_of(Finding)
    priorities: tuple[Priority, ...] = _tuple_of(Priority)
    next_steps: tuple[Bilingual, ...] = _tuple_of(Bilingual)
    improvement_plan: ImprovementPlan | None = attrs.field(
        default=None, validator=v.optional(v.instance(ImprovementPlan))
    )
    follows: tuple[Reference, ...] = _tuple_of(Reference)
    planned: tuple[PlannedActivity, ...] = _tuple_of(PlannedActivity)

    def __attrs_post_init__(self) -> None:
        """Check the rules that tie the fields together."""
        self._check_dates()
        plan, published = self.improvement_plan, self.published
        # Only a report published near the calendar's end can leave no room for the plan
        # (a working day is at most 2 calendar days away, holidays and weekends included).
        if (
            plan is not None
            and published is not None
            and (LATEST_DATE - published).days <= 2 * plan.working_days + 30
        ):
            try:  # the plan's due date must be one the calendar can give, now, not later
                plan.due(published)
            except UnsupportedDateError:
                rule = (
                    f"must leave room for the plan's {plan.working_days} "
                    f"working days before the calendar ends ({LATEST_DATE})"
                )
                days = count(plan.working_days, "diwrnod gwaith")  # "2 ddiwrnod"
                rule_cy = (
                    f"rhaid iddo adael lle i {days} y cynllun cyn i’r calendr ddod i ben "
                    f"({LATEST_DATE})"
                )
                broken(self, "published", self.published, rule, UnsupportedDateError, cy=rule_cy)
        start = self.fieldwork.start
        if self.designation is not None:
            on = self.published or self.fieldwork.end
            if self.inspectorate is not Inspectorate.CIW or on < DESIGNATION_FROM:
                rule = (
                    f"is made only by CIW, from {_DESIGNATION_MONTH.en} on (here "
                    f"{self.inspectorate.value!r}, {on}): only CIW designates"
                )
                rule_cy = (
                    f"dim ond AGC sy’n ei wneud, o fis {_DESIGNATION_MONTH.cy} ymlaen "
                    f"(yma {self.inspectorate.value!r}, {on}): dim ond AGC sy’n dynodi"
                )
                broken(
                    self, "designation", self.designation.value, rule, InspectionError, cy=rule_cy
                )
        for item in self.ratings:
            scale = item.rating.scale
            if not scale.rates(item.area, start):
                rule = f"is not rated on {start}: the scale {scale.key!r} does not rate it then"
                rule_cy = (
                    f"nid yw’n cael ei raddio ar {start}: nid yw’r raddfa {scale.key!r} yn ei "
                    "raddio bryd hynny"
                )
                broken(self, "ratings", item.area.value, rule, InspectionError, cy=rule_cy)
        ids = [p.id for p in self.priorities]
        duplicates = sorted(i for i, n in collections.Counter(ids).items() if n > 1)
        if duplicates:
            rule = "must not use an id twice in 'priorities': duplicate ids"
            rule_cy = "rhaid peidio â defnyddio id ddwywaith yn 'priorities': ids dyblyg"
            broken(self, "priorities", duplicates, rule, InspectionError, cy=rule_cy)
        if self.improvement_plan is not None:
            self._check_plan(self.improvement_plan, set(ids))

    def _check_dates(self) -> None:
        start = self.fieldwork.start
        if self.published is not None and self.published < self.fieldwork.earliest_end:
            rule = f"must not be before the fieldwork ends ({self.fieldwork.earliest_end})"
            rule_cy = (
                "rhaid iddo beidio â bod cyn i’r gwaith maes ddod i ben "
                f"({self.fieldwork.earliest_end})"
            )
            broken(self, "published", self.published, rule, DateRangeError, cy=rule_cy)
        names = self.inspectorate.names
        if not any(name.covers(start) for name in names):
            rule = (
                f"did not exist on {start}, when the fieldwork began: its records start on "
                f"{names[0].valid_from}"
            )
            rule_cy = (
                f"nid oedd yn bod ar {start}, pan ddechreuodd y gwaith maes: mae ei gofnodion "
                f"yn dechrau ar {names[0].valid_from}"
            )
            broken(
                self,
                "inspectorate",
                self.inspectorate.value,
                rule,
                UnsupportedDateError,
                cy=rule_cy,
            )
        if not self.authority.existed_on(start):
            rule = (
                f"did not exist on {start}, when the fieldwork began: it was established on "
                f"{self.authority.established}"
            )
            rule_cy = (
                f"nid oedd yn bod ar {start}, pan ddechreuodd y gwaith maes: fe’i sefydlwyd ar "
                f"{self.authority.established}"
            )
            broken(self, "authority", self.authority.code, rule, DateRangeError, cy=rule_cy)
        for reference in self.follows:
            if reference.when.start > start:
                rule = (
                    f"names a {reference.kind.value!r} that began after this activity ({start}): "
                    "a follow-up cannot come before what it follows"
                )
                rule_cy = (
                    f"mae’n enwi {reference.kind.value!r} a ddechreuodd ar ôl y gweithgaredd hwn "
                    f"({start}): ni all gwaith dilynol ddod cyn yr hyn y mae’n ei ddilyn"
                )
                broken(self, "follows", reference.when.start, rule, DateRangeError, cy=rule_cy)

    def _check_plan(self, plan: ImprovementPlan, ids: set[str]) -> None:
        for action in plan.actions:
            if action.priority not in ids:
                rule = "is answered by an action of the plan, but the report sets no such priority"
                rule_cy = (
                    "mae cam gweithredu yn y cynllun yn ei ateb, ond nid yw’r adroddiad yn gosod "
                    "blaenoriaeth o’r fath"
                )
                broken(self, "improvement_plan", action.priority, rule, InspectionError, cy=rule_cy)
        if plan.submitted is None:
            return
        if self.published is not None and plan.submitted < self.published:
            rule = f"must not be before publication ({self.published})"
            rule_cy = f"rhaid iddo beidio â bod cyn cyhoeddi ({self.published})"
            broken(
                self, "improvement_plan.submitted", plan.submitted, rule, DateRangeError, cy=rule_cy
            )
        missing = [p.id for p in plan.unanswered(self.priorities)]
        if missing:
            rule = (
                "are priorities no action answers, but the plan was submitted: every priority "
                "needs at least one action"
            )
            rule_cy = (
                "blaenoriaethau nad oes cam gweithredu yn eu hateb ydynt, ond cyflwynwyd y "
                "cynllun: mae angen o leiaf un cam gweithredu ar bob blaenoriaeth"
            )
            broken(self, "improvement_plan", missing, rule, InspectionError, cy=rule_cy)

    @property
    def date(self) -> dt.date:
        """The day the activity began (its fieldwork start), used to order activities."""
        return self.fieldwork.start

    @property
    def inspectorate_name(self) -> InspectorateName:
        """The inspectorate's name in force when the activity took place."""
        return self.inspectorate.name_on(self.fieldwork.start)

    @property
    def label(self) -> Bilingual:
        """The letter's title in both languages: its own, or one written from its data."""
        return Bilingual(title(self, Language.EN), title(self, Language.CY))

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The activity, its dates and the council, on one line.

        >>> example("wrexham-2021").describe("cy")
        'Gweithgarwch monitro rhwng 15 ac 19 Tachwedd 2021, Cyngor Bwrdeistref Sirol Wrecsam'
        """
        language = Language.parse(lang)
        kind = self.kind.label.in_(language)
        council = self.authority.council.in_(language)
        return f"{kind} {self.fieldwork.describe(language)}, {council}"

    def render(
        self,
        lang: Language | str = Language.EN,
        *,
        format: Format | str = Format.MARKDOWN,  # noqa: A002 (the one shape of every document)
    ) -> str:
        """Write the inspection as a letter, in English or Welsh, from its data alone.

        The structure is that of CIW's letters (seed 001): a summary, then
        Findings / Canfyddiadau, Priorities for improvement / Blaenoriaethau ar gyfer
        gwelliant, and Next steps / Y camau nesaf.  Dates are written the Welsh way
        in Welsh ("15 Tachwedd 2021").

        Args:
            lang: English or Welsh.
            format: a :class:`~carewales.text.Format`, or its value (``"markdown"``,
                ``"text"``).

        Raises:
            UnknownLanguageError: for a language other than English or Welsh.
            InvalidChoiceError: for an unknown format.

        >>> print(example("wrexham-2021").render("cy").splitlines()[2])
        Mae’r llythyr hwn yn crynhoi canfyddiadau ein gweithgarwch monitro rhwng 15 ac 19 Tachwedd 2021.
        """  # noqa: E501 (a line of the letter)
        return letter(self, lang, format)

    @property
    def plan_due(self) -> dt.date | None:
        """When the improvement plan is due, if a plan is called for and publication is known."""
        if self.improvement_plan is None or self.published is None:
            return None
        return self.improvement_plan.due(self.published)

    def plan_status(self, today: dt.date) -> PlanStatus | None:
        """Where the improvement plan stands on *today*, if it can be said.

        Raises:
            InvalidDateError: if *today* is not a plain date.
        """
        today = v.ensure_date("today", today)
        if self.improvement_plan is None or self.published is None:
            return None
        return self.improvement_plan.status(self.published, today)


def _sorted_activities(values: Iterable[Inspection]) -> tuple[Inspection, ...]:
    """Store activities (any iterable of them, as in 0.1) in date order; leave junk alone."""
    items: Any = v.to_tuple_from_iterable(values)
    if isinstance(items, tuple) and all(isinstance(item, Inspection) for item in items):
        return tuple(sorted(items, key=lambda item: (item.date, item.id)))
    return items  # type: ignore[no-any-return]


@attrs.frozen
class InspectionHistory:
    """An authority's activities in date order, and what can be said across them.

    Raises:
        InvalidFieldError: (or a subclass) if a field holds the wrong type.
        InspectionError: if an activity is for another authority, ids repeat, or a
            reference by id names an activity not in the history or a later one.
    """

    authority: Authority = attrs.field(validator=v.instance(Authority))
    activities: tuple[Inspection, ...] = attrs.field(
        default=(), converter=_sorted_activities, validator=v.tuple_of(v.instance(Inspection))
    )

    def __attrs_post_init__(self) -> None:
        """Check that the activities belong together."""
        by_id: dict[str, Inspection] = {}
        for item in self.activities:
            if item.authority != self.authority:
                rule = f"is for {item.authority.code}, not {self.authority.code}"
                rule_cy = f"mae ar gyfer {item.authority.code}, nid {self.authority.code}"
                broken(self, "activities", item.id, rule, InspectionError, cy=rule_cy)
            if item.id in by_id:
                rule_cy = "mae’n id a ddefnyddir ddwywaith"
                broken(
                    self, "activities", item.id, "is an id used twice", InspectionError, cy=rule_cy
                )
            by_id[item.id] = item
        for item in self.activities:
            for reference in item.follows:
                if reference.activity_id is None:
                    continue
                earlier = by_id.get(reference.activity_id)
                if earlier is None:
                    rule = f"is followed by {item.id!r}, but it is not in the history"
                    rule_cy = f"mae {item.id!r} yn ei ddilyn, ond nid yw yn yr hanes"
                    broken(
                        self, "activities", reference.activity_id, rule, InspectionError, cy=rule_cy
                    )
                if earlier.date > item.date:
                    rule = f"is followed by {item.id!r}, which is later"
                    rule_cy = f"mae {item.id!r}, sy’n ddiweddarach, yn ei ddilyn"
                    broken(self, "activities", earlier.id, rule, InspectionError, cy=rule_cy)

    def latest_judgement(self) -> Judgement | None:
        """The judgement of the most recent activity that states one, or a reference's."""
        for item in reversed(self.activities):
            if item.judgement is not None:
                return item.judgement
            for reference in reversed(item.follows):
                if reference.judgement is not None:
                    return reference.judgement
        return None

    def trend(self) -> Direction | None:
        """Whether services are improving, stable or declining, on the latest evidence.

        The latest stated direction of travel decides; failing that, the two most
        recent overall-effectiveness ratings on one scale are compared.  ``None``
        where the history does not say.
        """
        for item in reversed(self.activities):
            judgements = [item.judgement, *(r.judgement for r in reversed(item.follows))]
            for judgement in judgements:
                if judgement is not None and judgement.direction is not None:
                    return judgement.direction
        overall = [
            r.rating
            for item in self.activities
            for r in item.ratings
            if r.area is RatingArea.OVERALL_EFFECTIVENESS
        ]
        if len(overall) < 2 or overall[-1].scale != overall[-2].scale:  # noqa: PLR2004
            return None
        if overall[-1] > overall[-2]:
            return Direction.IMPROVING
        return Direction.DECLINING if overall[-1] < overall[-2] else Direction.STABLE

    def open_priorities(self) -> tuple[Priority, ...]:
        """The priorities set by the latest activity that set any (later ones supersede)."""
        for item in reversed(self.activities):
            if item.priorities:
                return item.priorities
        return ()

    def outstanding_follow_ups(self, today: dt.date) -> tuple[PlannedActivity, ...]:
        """Planned activities not yet matched by a later activity of the same kind by *today*."""
        today = v.ensure_date("today", today)
        outstanding: list[PlannedActivity] = []
        for index, item in enumerate(self.activities):
            later = [a for a in self.activities[index + 1 :] if a.date <= today]
            outstanding.extend(
                planned
                for planned in item.planned
                if not any(a.kind is planned.kind for a in later)
            )
        return tuple(outstanding)


for _model in (
    Judgement,
    Finding,
    Priority,
    Action,
    ImprovementPlan,
    Reference,
    PlannedActivity,
    Inspection,
    InspectionHistory,
):
    attrs.resolve_types(_model)

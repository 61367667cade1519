"""Inspections of Welsh social services: who inspects, what they found, what follows.

An :class:`Inspection` records one activity of an inspectorate at one local
authority (the kinds of activity are those of CIW's *Code of Practice for Review
of Local Authority Social Services*, 2023, revised 2024): the fieldwork dates,
publication, judgement, findings, priorities for improvement, next steps, the
improvement plan it calls for and the earlier activities it follows up.  Rules
that tie the fields together are checked when the object is built.

CIW does not give local authorities a rating: their judgement is recorded as the
report states it (:class:`Judgement`).  Formal rating scales (:class:`RatingScale`)
cover CIW's regulated-services and childcare ratings and, for comparison with
England, Ofsted's ILACS judgements.

>>> from carewales.inspections import example, render
>>> wrexham = example("wrexham-2021")
>>> wrexham.inspectorate_name.abbreviation.cy
'AGC'
>>> print(render(wrexham, lang="cy").splitlines()[0])
# Llythyr parthed gweithgarwch monitro yn awdurdod lleol Cyngor Bwrdeistref Sirol Wrecsam
"""

from __future__ import annotations

import calendar as _monthdays
import datetime as dt
import functools
import itertools
import threading
from collections.abc import Iterable

import attrs

from ._lazy import Lazy
from ._validators import ensure_date
from .authorities import Authority
from .errors import CareWalesError, DateRangeError, UnsupportedDateError
from .text import Bilingual, BilingualEnum, Language, format_date
from .welsh import a_ac, h_prothesis, in_sentence, mutations, yn

__all__ = [
    "Action",
    "ActivityKind",
    "AreaPeriod",
    "DatePrecision",
    "DateRange",
    "Designation",
    "Direction",
    "Finding",
    "FindingKind",
    "ImprovementPlan",
    "IncomparableRatingsError",
    "Inspection",
    "InspectionHistory",
    "Inspectorate",
    "InspectorateName",
    "Judgement",
    "PlanStatus",
    "PlannedActivity",
    "Priority",
    "Rating",
    "RatingArea",
    "RatingScale",
    "Reference",
    "ServiceArea",
    "Theme",
    "ThemeRating",
    "example",
    "examples",
    "rating_scale",
    "rating_scales",
    "register_rating_scale",
    "render",
]


class IncomparableRatingsError(CareWalesError, TypeError):
    """Two ratings on different scales were compared; they never are."""


# --- dates -------------------------------------------------------------------------------------


class DatePrecision(BilingualEnum):
    """How exactly a report states a date range: to the day, or only the month."""

    DAY = "day", "Day", "Diwrnod"
    MONTH = "month", "Month", "Mis"


@attrs.frozen
class DateRange:
    """Days from ``start`` to ``end`` inclusive, such as fieldwork "between 15 and 19 November".

    With :attr:`DatePrecision.MONTH` the report names only a month ("in July 2017"):
    ``start`` is its first day and ``end`` its last, and the range reads as the month.

    Raises:
        DateRangeError: if ``end`` is before ``start``, or a month range is not a whole month.

    >>> fieldwork = DateRange(dt.date(2021, 11, 15), dt.date(2021, 11, 19))
    >>> fieldwork.describe("cy")
    'rhwng 15 ac 19 Tachwedd 2021'
    >>> DateRange.month(2017, 7).describe()
    'in July 2017'
    """

    start: dt.date = attrs.field()
    end: dt.date = attrs.field()
    precision: DatePrecision = attrs.field(
        default=DatePrecision.DAY, validator=attrs.validators.instance_of(DatePrecision)
    )

    @start.validator
    def _check_start(self, _: attrs.Attribute[dt.date], value: dt.date) -> None:
        ensure_date("start", value)

    @end.validator
    def _check_end(self, _: attrs.Attribute[dt.date], value: dt.date) -> None:
        ensure_date("end", value)
        if value < self.start:
            msg = f"'end' ({value}) must not be before 'start' ({self.start}) of a date range."
            raise DateRangeError(msg)

    def __attrs_post_init__(self) -> None:
        """Check that a month-precision range is exactly one calendar month."""
        if self.precision is DatePrecision.MONTH:
            last = _monthdays.monthrange(self.start.year, self.start.month)[1]
            whole = self.start.day == 1 and self.end == self.start.replace(day=last)
            if not whole:
                msg = (
                    f"a month-precision date range must run from the first to the last day "
                    f"of one month, not {self.start} to {self.end}."
                )
                raise DateRangeError(msg)

    @classmethod
    def month(cls, year: int, month: int) -> DateRange:
        """Return the range a report means by "in <month> <year>"."""
        last = _monthdays.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), DatePrecision.MONTH)

    @property
    def earliest_end(self) -> dt.date:
        """The earliest day the range can have ended: its last day, or a month's first."""
        return self.start if self.precision is DatePrecision.MONTH else self.end

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Write the range as a report would, in English or Welsh.

        >>> DateRange(dt.date(2021, 11, 30), dt.date(2021, 12, 3)).describe()
        'between 30 November and 3 December 2021'
        >>> DateRange(dt.date(2021, 11, 15), dt.date(2021, 11, 15)).describe("cy")
        'ar 15 Tachwedd 2021'
        """
        language = Language.parse(lang)
        welsh = language is Language.CY
        if self.precision is DatePrecision.MONTH:
            month = format_date(self.start, language).split(" ", 1)[1]
            return f"ym mis {month}" if welsh else f"in {month}"
        end = format_date(self.end, language)
        if self.start == self.end:
            return f"ar {end}" if welsh else f"on {end}"
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            first = str(self.start.day)
        elif self.start.year == self.end.year:
            first = format_date(self.start, language).rsplit(" ", 1)[0]
        else:
            first = format_date(self.start, language)
        if welsh:
            return f"rhwng {first} {a_ac(self.end.day)} {end}"
        return f"between {first} and {end}"


# --- inspectorates -----------------------------------------------------------------------------


@attrs.frozen
class InspectorateName:
    """A name an inspectorate used, and when.

    Attributes:
        name: the full name in both languages.
        abbreviation: the short form in both languages (CSSIW / AGGCC).
        valid_from: the first day of the name, or ``None`` if before the library's records.
        valid_to: the last day of the name, or ``None`` while in use.
    """

    name: Bilingual
    abbreviation: Bilingual
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Say whether this was the body's name on *day*."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def _names(
    *rows: tuple[str, str, str, str, dt.date | None, dt.date | None],
) -> tuple[InspectorateName, ...]:
    return tuple(
        InspectorateName(Bilingual(en, cy), Bilingual(short_en, short_cy), start, end)
        for en, cy, short_en, short_cy, start, end in rows
    )


# Care and Social Services Inspectorate Wales was formed on 1 April 2007 (merging the
# Social Services Inspectorate for Wales and the Care Standards Inspectorate for Wales)
# and renamed Care Inspectorate Wales from January 2018 (taken as 1 January 2018: see
# the release notes for the doubt).  Seed 004 (2017) writes CSSIW / AGGCC.
_CSSIW_FROM = dt.date(2007, 4, 1)
_CIW_FROM = dt.date(2018, 1, 1)

_INSPECTORATE_NAMES: dict[str, tuple[InspectorateName, ...]] = {
    "ciw": _names(
        (
            "Care and Social Services Inspectorate Wales",
            "Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru",
            "CSSIW",
            "AGGCC",
            _CSSIW_FROM,
            _CIW_FROM - dt.timedelta(days=1),
        ),
        ("Care Inspectorate Wales", "Arolygiaeth Gofal Cymru", "CIW", "AGC", _CIW_FROM, None),
    ),
    "estyn": _names(
        (
            "Estyn, His Majesty's Inspectorate for Education and Training in Wales",
            "Estyn, Arolygiaeth Ei Fawrhydi dros Addysg a Hyfforddiant yng Nghymru",
            "Estyn",
            "Estyn",
            None,
            None,
        ),
    ),
    "hiw": _names(
        (
            "Healthcare Inspectorate Wales",
            "Arolygiaeth Gofal Iechyd Cymru",
            "HIW",
            "AGIC",
            None,
            None,
        ),
    ),
    "audit-wales": _names(
        ("Audit Wales", "Archwilio Cymru", "Audit Wales", "Archwilio Cymru", None, None),
    ),
    "hmicfrs": _names(
        (
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
            "Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Fawrhydi",
            "HMICFRS",
            "HMICFRS",
            None,
            None,
        ),
    ),
    "ofsted": _names(
        (
            "Office for Standards in Education, Children's Services and Skills",
            "Y Swyddfa Safonau mewn Addysg, Gwasanaethau Plant a Sgiliau",
            "Ofsted",
            "Ofsted",
            None,
            None,
        ),
    ),
}


class Inspectorate(BilingualEnum):
    """A body that inspects or reviews social services, with its names over time.

    >>> Inspectorate.CIW.name_on(dt.date(2017, 7, 1)).abbreviation.both()
    'CSSIW / AGGCC'
    >>> Inspectorate.CIW.name_on(dt.date(2021, 11, 15)).name.cy
    'Arolygiaeth Gofal Cymru'
    """

    CIW = "ciw", "Care Inspectorate Wales", "Arolygiaeth Gofal Cymru"
    ESTYN = "estyn", "Estyn", "Estyn"
    HIW = "hiw", "Healthcare Inspectorate Wales", "Arolygiaeth Gofal Iechyd Cymru"
    AUDIT_WALES = "audit-wales", "Audit Wales", "Archwilio Cymru"
    HMICFRS = (
        "hmicfrs",
        "HM Inspectorate of Constabulary and Fire & Rescue Services",
        "Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub EF",
    )
    OFSTED = "ofsted", "Ofsted (England)", "Ofsted (Lloegr)"

    @property
    def names(self) -> tuple[InspectorateName, ...]:
        """Every name the body has used, oldest first."""
        return _INSPECTORATE_NAMES[self.value]

    def name_on(self, day: dt.date) -> InspectorateName:
        """Return the name in force on *day*.

        Raises:
            UnsupportedDateError: if the body did not exist (under any name the
                library knows) on *day*.
        """
        day = ensure_date("day", day)
        for name in self.names:
            if name.covers(day):
                return name
        first = self.names[0].valid_from
        msg = f"{self.label.en} did not exist on {day}: its records start on {first}."
        raise UnsupportedDateError(msg)


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
#: (its Code of Practice as revised in November 2024).
DESIGNATION_FROM = dt.date(2024, 11, 1)


class Direction(BilingualEnum):
    """A direction of travel, as reports state it."""

    IMPROVING = "improving", "Improving", "Gwella"
    STABLE = "stable", "Stable", "Sefydlog"
    DECLINING = "declining", "Declining", "Dirywio"


@attrs.frozen
class Judgement:
    """A judgement of a local authority's services, as the report states it.

    CIW does not rate local authorities on a scale; it states a level ("inadequate"
    / "annigonol") and often a direction of travel ("with early indicators of
    improvement" / "gyda dangosyddion cynnar o welliant").  Both are kept in the
    report's words, with the direction also as a :class:`Direction` for analysis.

    >>> Judgement(Bilingual("inadequate", "annigonol"), Direction.IMPROVING).describe("cy")
    'annigonol'
    """

    level: Bilingual | None = None
    direction: Direction | None = None
    direction_text: Bilingual | None = None
    text: Bilingual | None = None

    def __attrs_post_init__(self) -> None:
        """A judgement states at least a level, a direction or a text."""
        if self.level is None and self.direction is None and self.text is None:
            msg = "a judgement must state a 'level', a 'direction' or a 'text'."
            raise CareWalesError(msg)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The judgement in words: the report's text, or its level and direction."""
        language = Language.parse(lang)
        if self.text is not None:
            return self.text.in_(language)
        parts = [p.in_(language) for p in (self.level, self.direction_text) if p is not None]
        if not parts and self.direction is not None:
            parts = [self.direction.label.in_(language).lower()]
        return " ".join(parts)


# --- rating scales ------------------------------------------------------------------------------


class RatingArea(BilingualEnum):
    """What a rating is given for: a theme of a service, or a judgement area."""

    WELL_BEING = "well-being", "Well-being", "Llesiant"
    CARE_AND_SUPPORT = "care-and-support", "Care and support", "Gofal a chymorth"
    CARE_AND_DEVELOPMENT = "care-and-development", "Care and development", "Gofal a datblygiad"
    LEADERSHIP_AND_MANAGEMENT = (
        "leadership-and-management",
        "Leadership and management",
        "Arweinyddiaeth a rheolaeth",
    )
    ENVIRONMENT = "environment", "Environment", "Amgylchedd"
    OVERALL_EFFECTIVENESS = (
        "overall-effectiveness",
        "Overall effectiveness",
        "Effeithiolrwydd cyffredinol",
    )
    IMPACT_OF_LEADERS = (
        "impact-of-leaders",
        "The impact of leaders on social work practice with children and families",
        "Effaith arweinwyr ar ymarfer gwaith cymdeithasol gyda phlant a theuluoedd",
    )
    HELP_AND_PROTECTION = (
        "help-and-protection",
        "The experiences and progress of children who need help and protection",
        "Profiadau a chynnydd plant sydd angen cymorth ac amddiffyniad",
    )
    CHILDREN_IN_CARE = (
        "children-in-care",
        "The experiences and progress of children in care",
        "Profiadau a chynnydd plant mewn gofal",
    )
    CARE_LEAVERS = (
        "care-leavers",
        "The experiences and progress of care leavers",
        "Profiadau a chynnydd y rhai sy'n gadael gofal",
    )
    CHILDREN_IN_CARE_AND_CARE_LEAVERS = (
        "children-in-care-and-care-leavers",
        "The experiences and progress of children in care and care leavers",
        "Profiadau a chynnydd plant mewn gofal a'r rhai sy'n gadael gofal",
    )


@attrs.frozen
class AreaPeriod:
    """A judgement area of a scale and the dates it is given for."""

    area: RatingArea
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Say whether the area is rated on *day*."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@attrs.frozen
class RatingScale:
    """An ordered, bilingual rating scale, best level first, with its areas and dates.

    Attributes:
        key: a stable identifier, such as ``"ciw-regulated-services"``.
        name: the scale's name in both languages.
        levels: the levels, best first, as ``(value, label)`` pairs.
        areas: the areas rated on the scale, each with its dates.
        valid_from: the first day ratings on the scale were given or published.
        overall: whether the scale gives an overall rating besides the areas.
        source: the instrument or guidance that sets the scale.

    >>> scale = rating_scale("ciw-regulated-services")
    >>> [label.en for _, label in scale.levels]
    ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement']
    """

    key: str
    name: Bilingual
    levels: tuple[tuple[str, Bilingual], ...]
    areas: tuple[AreaPeriod, ...]
    valid_from: dt.date
    overall: bool
    source: Bilingual

    def rank(self, level: str) -> int:
        """Return a level's position, 0 for the best.

        Raises:
            CareWalesError: if *level* is not on the scale.
        """
        for index, (value, _) in enumerate(self.levels):
            if value == level:
                return index
        allowed = ", ".join(repr(v) for v, _ in self.levels)
        msg = f"'level' ({level!r}) is not on the scale {self.key!r}: expected one of {allowed}."
        raise CareWalesError(msg)

    def label(self, level: str) -> Bilingual:
        """Return a level's label in both languages."""
        return self.levels[self.rank(level)][1]

    def rates(self, area: RatingArea, day: dt.date) -> bool:
        """Say whether the scale rates *area* on *day*."""
        return day >= self.valid_from and any(p.area is area and p.covers(day) for p in self.areas)


def _scale(  # noqa: PLR0913, PLR0917 (a table row: one argument per column)
    key: str,
    name: tuple[str, str],
    levels: Iterable[tuple[str, str, str]],
    areas: Iterable[AreaPeriod],
    valid_from: dt.date,
    source: tuple[str, str],
    *,
    overall: bool = False,
) -> RatingScale:
    return RatingScale(
        key,
        Bilingual(*name),
        tuple((value, Bilingual(en, cy)) for value, en, cy in levels),
        tuple(areas),
        valid_from,
        overall,
        Bilingual(*source),
    )


_ILACS_2023 = dt.date(2023, 1, 1)


def _build_scales() -> dict[str, RatingScale]:
    scales = [
        _scale(
            "ciw-regulated-services",
            (
                "CIW ratings of care home and domiciliary support services",
                "Graddau AGC ar gyfer gwasanaethau cartrefi gofal a chymorth cartref",
            ),
            [
                ("excellent", "Excellent", "Rhagorol"),
                ("good", "Good", "Da"),
                ("requires-improvement", "Requires improvement", "Angen gwella"),
                (
                    "requires-significant-improvement",
                    "Requires significant improvement",
                    "Angen gwella'n sylweddol",
                ),
            ],
            [
                AreaPeriod(a)
                for a in (
                    RatingArea.WELL_BEING,
                    RatingArea.CARE_AND_SUPPORT,
                    RatingArea.LEADERSHIP_AND_MANAGEMENT,
                    RatingArea.ENVIRONMENT,
                )
            ],
            dt.date(2025, 4, 1),
            (
                (
                    "The Regulated Services (Inspection Ratings) (Wales) Regulations 2025 "
                    "(SI 2025/389), regulation 2; Regulation and Inspection of Social Care "
                    "(Wales) Act 2016, section 36(2). The environment theme is rated for "
                    "accommodation-based services only; there is no overall rating."
                ),
                (
                    "Rheoliadau Gwasanaethau Rheoleiddiedig (Graddau Arolygu) (Cymru) 2025 "
                    "(OS 2025/389), rheoliad 2; Deddf Rheoleiddio ac Arolygu Gofal Cymdeithasol "
                    "(Cymru) 2016, adran 36(2)."
                ),
            ),
        ),
        _scale(
            "ciw-childcare-play",
            (
                "CIW ratings of childcare and play services",
                "Graddau AGC ar gyfer gwasanaethau gofal plant a chwarae",
            ),
            [
                ("excellent", "Excellent", "Rhagorol"),
                ("good", "Good", "Da"),
                ("adequate", "Adequate", "Digonol"),
                ("poor", "Poor", "Gwael"),
            ],
            [
                AreaPeriod(a)
                for a in (
                    RatingArea.WELL_BEING,
                    RatingArea.CARE_AND_DEVELOPMENT,
                    RatingArea.ENVIRONMENT,
                    RatingArea.LEADERSHIP_AND_MANAGEMENT,
                )
            ],
            dt.date(2019, 5, 1),
            (
                (
                    "CIW, Code of Practice for Inspection of Child Minding, Day Care and Open "
                    "Access Play Services (2019); ratings published in reports from May 2019."
                ),
                (
                    "AGC, Cod Ymarfer ar gyfer Arolygu Gwarchod Plant, Gofal Dydd a Gwasanaethau "
                    "Chwarae Mynediad Agored (2019); graddau'n cael eu cyhoeddi o fis Mai 2019."
                ),
            ),
        ),
        _scale(
            "ofsted-ilacs",
            ("Ofsted judgements under ILACS (England)", "Dyfarniadau Ofsted o dan ILACS (Lloegr)"),
            [
                ("outstanding", "Outstanding", "Rhagorol"),
                ("good", "Good", "Da"),
                (
                    "requires-improvement",
                    "Requires improvement to be good",
                    "Angen gwella i fod yn dda",
                ),
                ("inadequate", "Inadequate", "Annigonol"),
            ],
            [
                AreaPeriod(RatingArea.OVERALL_EFFECTIVENESS),
                AreaPeriod(RatingArea.IMPACT_OF_LEADERS),
                AreaPeriod(RatingArea.HELP_AND_PROTECTION),
                AreaPeriod(
                    RatingArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS,
                    None,
                    _ILACS_2023 - dt.timedelta(days=1),
                ),
                AreaPeriod(RatingArea.CHILDREN_IN_CARE, _ILACS_2023),
                AreaPeriod(RatingArea.CARE_LEAVERS, _ILACS_2023),
            ],
            dt.date(2018, 1, 1),
            (
                (
                    "Ofsted, Inspecting local authority children's services (ILACS) framework, "
                    "from January 2018; care leavers judged separately from January 2023."
                ),
                (
                    "Ofsted, fframwaith Arolygu gwasanaethau plant awdurdodau lleol (ILACS), o fis "
                    "Ionawr 2018; y rhai sy'n gadael gofal yn cael eu barnu ar wahân o fis "
                    "Ionawr 2023."
                ),
            ),
            overall=True,
        ),
    ]
    return {scale.key: scale for scale in scales}


_SCALES = Lazy(_build_scales)


def rating_scales() -> tuple[RatingScale, ...]:
    """Return every rating scale the library knows (its own first, then any registered).

    >>> [s.key for s in rating_scales()][:3]
    ['ciw-regulated-services', 'ciw-childcare-play', 'ofsted-ilacs']
    """
    return tuple(_SCALES().values())


_SCALES_LOCK = threading.Lock()


def register_rating_scale(scale: RatingScale) -> None:
    """Add a scale of your own, so that :class:`Rating` (and JSON documents) accept it.

    The library's own scales cannot be replaced, and a key already registered
    with a different scale is refused; registering the same scale again is
    harmless.  Register your scales before reading documents that use them.

    Raises:
        CareWalesError: if *scale* is not a :class:`RatingScale`, has no levels, or
            its key is taken by a different scale.

    >>> audit = RatingScale(
    ...     "example-audit",
    ...     Bilingual("Audit grades", "Graddau archwilio"),
    ...     (("green", Bilingual("Green", "Gwyrdd")), ("red", Bilingual("Red", "Coch"))),
    ...     (AreaPeriod(RatingArea.WELL_BEING),),
    ...     dt.date(2024, 4, 1),
    ...     False,
    ...     Bilingual("Our framework", "Ein fframwaith"),
    ... )
    >>> register_rating_scale(audit)
    >>> Rating("example-audit", "green") > Rating("example-audit", "red")
    True
    """
    given: object = scale  # callers without type checking pass anything
    if not isinstance(given, RatingScale) or not given.levels:
        msg = f"'scale' ({given!r}) must be a RatingScale with at least one level."
        raise CareWalesError(msg)
    with _SCALES_LOCK:
        scales = _SCALES()
        existing = scales.get(scale.key)
        if existing is not None and existing != scale:
            msg = f"'scale' key {scale.key!r} is already used by a different rating scale."
            raise CareWalesError(msg)
        scales[scale.key] = scale


def rating_scale(key: str) -> RatingScale:
    """Return the rating scale called *key*.

    Raises:
        CareWalesError: naming the key and the scales there are.
    """
    scales = _SCALES()
    given: object = key  # callers without type checking pass anything
    if isinstance(given, str) and given in scales:
        return scales[given]
    msg = f"'scale' ({key!r}) is not a known rating scale: expected one of {', '.join(scales)}."
    raise CareWalesError(msg)


def _check_scale(_: object, __: attrs.Attribute[str], value: str) -> None:
    rating_scale(value)


@attrs.frozen(order=False)
class Rating:
    """A level on a rating scale.  Ratings compare within a scale, never across scales.

    ``a < b`` means *a* is a worse rating than *b*.

    Raises:
        CareWalesError: if the scale or the level is unknown.
        IncomparableRatingsError: when ratings on different scales are compared.

    >>> good = Rating("ciw-regulated-services", "good")
    >>> good > Rating("ciw-regulated-services", "requires-improvement")
    True
    >>> good < Rating("ofsted-ilacs", "outstanding")
    Traceback (most recent call last):
    ...
    carewales.inspections.IncomparableRatingsError: ...
    """

    scale: str = attrs.field(validator=_check_scale)
    level: str = attrs.field()

    @level.validator
    def _check_level(self, _: attrs.Attribute[str], value: str) -> None:
        rating_scale(self.scale).rank(value)

    @property
    def label(self) -> Bilingual:
        """The level's label in both languages."""
        return rating_scale(self.scale).label(self.level)

    def _key(self, other: object) -> tuple[int, int]:
        if not isinstance(other, Rating):
            msg = f"a Rating cannot be compared with {type(other).__name__}."
            raise IncomparableRatingsError(msg)
        if other.scale != self.scale:
            msg = (
                f"ratings on different scales cannot be compared: {self.scale!r} and "
                f"{other.scale!r}."
            )
            raise IncomparableRatingsError(msg)
        scale = rating_scale(self.scale)
        # A better level has a lower rank, so negate to make better compare greater.
        return -scale.rank(self.level), -scale.rank(other.level)

    def __lt__(self, other: object) -> bool:
        """Say whether this rating is worse than *other* on the same scale."""
        mine, theirs = self._key(other)
        return mine < theirs

    def __le__(self, other: object) -> bool:
        """Say whether this rating is no better than *other* on the same scale."""
        mine, theirs = self._key(other)
        return mine <= theirs

    def __gt__(self, other: object) -> bool:
        """Say whether this rating is better than *other* on the same scale."""
        mine, theirs = self._key(other)
        return mine > theirs

    def __ge__(self, other: object) -> bool:
        """Say whether this rating is no worse than *other* on the same scale."""
        mine, theirs = self._key(other)
        return mine >= theirs


@attrs.frozen
class ThemeRating:
    """A rating given for one area (a theme, or a judgement area)."""

    area: RatingArea
    rating: Rating


# --- findings, priorities, plans ----------------------------------------------------------------


class FindingKind(BilingualEnum):
    """What kind of finding a report makes."""

    STRENGTH = "strength", "Strength or good practice", "Cryfder neu arfer da"
    SHOULD_IMPROVE = "should-improve", "Area that should improve", "Maes y dylid ei wella"
    MUST_IMPROVE = (
        "must-improve",
        "Area that must improve (a statutory duty not met)",
        "Maes y mae'n rhaid ei wella (dyletswydd statudol heb ei chyflawni)",
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
    """One finding of a report, in both languages."""

    text: Bilingual
    kind: FindingKind
    theme: Theme | None = None


@attrs.frozen
class Priority:
    """A priority for improvement (seed 001's "must" statements).

    Attributes:
        id: a short identifier that plan actions refer to, such as ``"P1"``.
        text: the priority in both languages.
        theme: its theme, if the report gives one.
        owner: who is to act, if stated.
        due: when, if stated.
    """

    id: str
    text: Bilingual
    theme: Theme | None = None
    owner: str | None = None
    due: dt.date | None = None


@attrs.frozen
class Action:
    """An action in an improvement plan, answering one priority by its id."""

    priority: str
    text: Bilingual
    owner: str | None = None
    due: dt.date | None = None


class PlanStatus(BilingualEnum):
    """Where an improvement plan stands on a given day."""

    NOT_DUE = "not-due", "Not yet due", "Heb fod yn ddyledus eto"
    DUE = "due", "Due", "Yn ddyledus"
    SUBMITTED_ON_TIME = "submitted-on-time", "Submitted on time", "Wedi'i gyflwyno mewn pryd"
    SUBMITTED_LATE = "submitted-late", "Submitted late", "Wedi'i gyflwyno'n hwyr"
    OVERDUE = "overdue", "Overdue", "Yn hwyr"


@attrs.frozen
class ImprovementPlan:
    """The improvement plan a report calls for.

    Attributes:
        working_days: the timescale the report sets, in working days after publication
            (seed 004: "within 20 working days of publication"); counted on the
            England-and-Wales calendar with :func:`carewales.deadlines.due_date`.
        submitted: the day the plan was submitted, if it has been.
        actions: its actions, each answering a priority.
    """

    working_days: int = attrs.field(default=20)
    submitted: dt.date | None = None
    actions: tuple[Action, ...] = ()

    @working_days.validator
    def _check_working_days(self, _: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 366:  # noqa: PLR2004
            msg = f"'working_days' ({value!r}) must be a whole number from 1 to 366."
            raise CareWalesError(msg)

    def due(self, published: dt.date) -> dt.date:
        """Return the day the plan is due for a report published on *published*.

        >>> ImprovementPlan().due(dt.date(2017, 10, 17))
        datetime.date(2017, 11, 14)
        """
        from .deadlines import due_date

        return due_date(published, self.working_days)

    def status(self, published: dt.date, today: dt.date) -> PlanStatus:
        """Say where the plan stands on *today* for a report published on *published*.

        >>> plan = ImprovementPlan(submitted=dt.date(2017, 11, 13))
        >>> plan.status(dt.date(2017, 10, 17), dt.date(2017, 12, 1)).label.en
        'Submitted on time'
        """
        today = ensure_date("today", today)
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
    """

    kind: ActivityKind
    when: DateRange
    activity_id: str | None = None
    judgement: Judgement | None = None


@attrs.frozen
class PlannedActivity:
    """An activity the report says will follow, such as "a further follow-up inspection in 2022"."""

    kind: ActivityKind
    by: DateRange | None = None
    text: Bilingual | None = None


def _first_error(condition: bool, message: str) -> None:  # noqa: FBT001
    if condition:
        raise CareWalesError(message)


@attrs.frozen
class Inspection:
    """One inspection or review activity at one local authority.

    Its fields, in order: ``id`` (a stable identifier other activities refer to),
    ``authority``, ``inspectorate``, ``kind``, ``service_area``, ``fieldwork`` (a
    :class:`DateRange`), ``published``, ``title``, ``summary``, ``judgement``,
    ``designation``, ``ratings``, ``findings``, ``priorities``, ``next_steps``,
    ``improvement_plan``, ``follows`` (earlier activities it follows up, as
    :class:`Reference`) and ``planned`` (activities it says will follow).

    Rules checked when it is built: the fieldwork range is not reversed; publication
    is not before fieldwork ends; every followed-up activity is not later than this
    one; the inspectorate existed (under the name shown) on the date and the
    authority existed; a designation is CIW's, from November 2024 on; ratings are
    for areas their scale rates on the date; priority ids are unique, plan actions
    answer known priorities, and a submitted plan answers every priority and is not
    submitted before publication.

    >>> powys = example("powys-2017")
    >>> powys.inspectorate_name.abbreviation.en
    'CSSIW'
    >>> powys.published is None
    True
    """

    id: str
    authority: Authority
    inspectorate: Inspectorate
    kind: ActivityKind
    service_area: ServiceArea
    fieldwork: DateRange
    published: dt.date | None = None
    title: Bilingual | None = None
    summary: tuple[Bilingual, ...] = ()
    judgement: Judgement | None = None
    designation: Designation | None = None
    ratings: tuple[ThemeRating, ...] = ()
    findings: tuple[Finding, ...] = ()
    priorities: tuple[Priority, ...] = ()
    next_steps: tuple[Bilingual, ...] = ()
    improvement_plan: ImprovementPlan | None = None
    follows: tuple[Reference, ...] = ()
    planned: tuple[PlannedActivity, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check the rules that tie the fields together."""
        start = self.fieldwork.start
        who = f"inspection {self.id!r}"
        if self.published is not None and self.published < self.fieldwork.earliest_end:
            msg = (
                f"'published' ({self.published}) of {who} must not be before the fieldwork "
                f"ends ({self.fieldwork.earliest_end})."
            )
            raise DateRangeError(msg)
        self.inspectorate.name_on(start)
        if not self.authority.existed_on(start):
            msg = (
                f"'authority' {self.authority.code} of {who} did not exist on {start}: it was "
                f"established on {self.authority.established}."
            )
            raise DateRangeError(msg)
        for reference in self.follows:
            if reference.when.start > start:
                msg = (
                    f"'follows' of {who}: the {reference.kind.label.en.lower()} of "
                    f"{reference.when.start} is after this activity ({start}); a follow-up "
                    "cannot come before what it follows."
                )
                raise DateRangeError(msg)
        if self.designation is not None:
            on = self.published or self.fieldwork.end
            _first_error(
                self.inspectorate is not Inspectorate.CIW or on < DESIGNATION_FROM,
                f"'designation' of {who}: only CIW makes it, from {DESIGNATION_FROM} on "
                f"(here {self.inspectorate.value}, {on}).",
            )
        for item in self.ratings:
            scale = rating_scale(item.rating.scale)
            _first_error(
                not scale.rates(item.area, start),
                f"'ratings' of {who}: the scale {scale.key!r} does not rate "
                f"{item.area.value!r} on {start}.",
            )
        ids = [p.id for p in self.priorities]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        _first_error(bool(duplicates), f"'priorities' of {who}: duplicate ids {duplicates}.")
        if self.improvement_plan is not None:
            self._check_plan(self.improvement_plan, set(ids), who)

    def _check_plan(self, plan: ImprovementPlan, ids: set[str], who: str) -> None:
        for action in plan.actions:
            _first_error(
                action.priority not in ids,
                f"'improvement_plan' of {who}: an action answers priority "
                f"{action.priority!r}, which the report does not set.",
            )
        if plan.submitted is None:
            return
        if self.published is not None and plan.submitted < self.published:
            msg = (
                f"'improvement_plan.submitted' ({plan.submitted}) of {who} must not be before "
                f"publication ({self.published})."
            )
            raise DateRangeError(msg)
        missing = [p.id for p in plan.unanswered(self.priorities)]
        _first_error(
            bool(missing),
            f"'improvement_plan' of {who} was submitted but no action answers "
            f"priorities {missing}: every priority needs at least one action.",
        )

    @property
    def date(self) -> dt.date:
        """The day the activity began (its fieldwork start), used to order activities."""
        return self.fieldwork.start

    @property
    def inspectorate_name(self) -> InspectorateName:
        """The inspectorate's name in force when the activity took place."""
        return self.inspectorate.name_on(self.fieldwork.start)

    @property
    def plan_due(self) -> dt.date | None:
        """When the improvement plan is due, if a plan is called for and publication is known."""
        if self.improvement_plan is None or self.published is None:
            return None
        return self.improvement_plan.due(self.published)

    def plan_status(self, today: dt.date) -> PlanStatus | None:
        """Where the improvement plan stands on *today*, if it can be said."""
        if self.improvement_plan is None or self.published is None:
            return None
        return self.improvement_plan.status(self.published, today)


def _sorted_activities(values: Iterable[Inspection]) -> tuple[Inspection, ...]:
    return tuple(sorted(values, key=lambda item: (item.date, item.id)))


@attrs.frozen
class InspectionHistory:
    """An authority's activities in date order, and what can be said across them.

    Raises:
        CareWalesError: if an activity is for another authority, ids repeat, or a
            reference by id names an activity not in the history or a later one.
    """

    authority: Authority
    activities: tuple[Inspection, ...] = attrs.field(default=(), converter=_sorted_activities)

    def __attrs_post_init__(self) -> None:
        """Check that the activities belong together."""
        by_id: dict[str, Inspection] = {}
        for item in self.activities:
            _first_error(
                item.authority != self.authority,
                f"'activities': {item.id!r} is for {item.authority.code}, not "
                f"{self.authority.code}.",
            )
            _first_error(item.id in by_id, f"'activities': the id {item.id!r} is used twice.")
            by_id[item.id] = item
        for item in self.activities:
            for reference in item.follows:
                if reference.activity_id is None:
                    continue
                earlier = by_id.get(reference.activity_id)
                _first_error(
                    earlier is None,
                    f"'activities': {item.id!r} follows {reference.activity_id!r}, which is "
                    "not in the history.",
                )
                assert earlier is not None  # noqa: S101 (narrowing for the type checker)
                _first_error(
                    earlier.date > item.date,
                    f"'activities': {item.id!r} follows {earlier.id!r}, which is later.",
                )

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
        today = ensure_date("today", today)
        outstanding: list[PlannedActivity] = []
        for index, item in enumerate(self.activities):
            later = [a for a in self.activities[index + 1 :] if a.date <= today]
            outstanding.extend(
                planned
                for planned in item.planned
                if not any(a.kind is planned.kind for a in later)
            )
        return tuple(outstanding)


# --- rendering -----------------------------------------------------------------------------------

_HEADINGS = {
    "findings": Bilingual("Findings", "Canfyddiadau"),
    "priorities": Bilingual("Priorities for improvement", "Blaenoriaethau ar gyfer gwelliant"),
    "next": Bilingual("Next steps", "Y camau nesaf"),
    "ratings": Bilingual("Ratings", "Graddau"),
}


def _title(item: Inspection, lang: Language) -> str:
    if item.title is not None:
        return item.title.in_(lang)
    kind = in_sentence(item.kind.label.in_(lang))
    council = item.authority.council.in_(lang)
    if lang is Language.CY:
        return f"Llythyr parthed {kind} yn awdurdod lleol {council}"
    return f"Letter regarding {kind} in the local authority {council}"


def _intro(item: Inspection, lang: Language) -> str:
    kind = in_sentence(item.kind.label.in_(lang))
    when = item.fieldwork.describe(lang)
    if lang is Language.CY:
        return f"Mae'r llythyr hwn yn crynhoi canfyddiadau ein {h_prothesis(kind)} {when}."
    return f"This letter summarises the findings of our {kind} {when}."


def _follows(item: Inspection, lang: Language) -> list[str]:
    sentences = []
    for reference in item.follows:
        kind = in_sentence(reference.kind.label.in_(lang))
        when = reference.when.describe(lang)
        if lang is Language.CY:
            text = f"Mae'n dilyn ymlaen o'n {h_prothesis(kind)} {when}"  # o + ein = o'n
            if reference.judgement is not None and reference.judgement.level is not None:
                found = yn(reference.judgement.describe(lang))
                text += f", a ganfu bod gwasanaethau {found}"
        else:
            text = f"It follows on from our {kind} {when}"
            if reference.judgement is not None and reference.judgement.level is not None:
                text += f", which found services to be {reference.judgement.describe(lang)}"
        sentences.append(text + ".")
    return sentences


def _plan_sentence(item: Inspection, plan: ImprovementPlan, lang: Language) -> str:
    council = item.authority.council.in_(lang)
    due = item.plan_due
    if lang is Language.CY:
        mutated = mutations(council)
        council_cy = mutated[0] if mutated else council
        text = (
            f"Mae disgwyl i {council_cy} greu cynllun gwella o fewn {plan.working_days} "
            "diwrnod gwaith i'r cyhoeddiad"
        )
        return text + (f", sef erbyn {format_date(due, lang)}." if due else ".")
    text = (
        f"{council} is expected to produce an improvement plan within {plan.working_days} "
        "working days of publication"
    )
    return text + (f", that is by {format_date(due, lang)}." if due else ".")


def _heading(text: str, level: int, form: str) -> list[str]:
    if form == "markdown":
        return [f"{'#' * level} {text}", ""]
    return [text, ("=" if level == 1 else "-") * len(text), ""]


def render(item: Inspection, lang: Language | str = Language.EN, format: str = "markdown") -> str:  # noqa: A002 (the issue names it)
    """Write an inspection as a letter, in English or Welsh, from its data alone.

    The structure is that of CIW's letters (seed 001): a summary, then
    Findings / Canfyddiadau, Priorities for improvement / Blaenoriaethau ar gyfer
    gwelliant, and Next steps / Y camau nesaf.  Dates are written the Welsh way
    in Welsh ("15 Tachwedd 2021").

    Args:
        item: the inspection.
        lang: English or Welsh.
        format: ``"markdown"`` or ``"text"``.

    Raises:
        CareWalesError: for an unknown language or format.

    >>> print(render(example("wrexham-2021"), "cy").splitlines()[2])
    Mae'r llythyr hwn yn crynhoi canfyddiadau ein gweithgarwch monitro rhwng 15 ac 19 Tachwedd 2021.
    """
    language = Language.parse(lang)
    if format not in {"markdown", "text"}:
        msg = f"'format' ({format!r}) must be 'markdown' or 'text'."
        raise CareWalesError(msg)
    bullet = "-" if format == "markdown" else "•"
    lines = _heading(_title(item, language), 1, format)
    lines += [_intro(item, language), ""]
    if item.published is not None:
        published = format_date(item.published, language)
        lines += [
            f"Cyhoeddwyd: {published}" if language is Language.CY else f"Published: {published}",
            "",
        ]
    for sentence in itertools.chain(
        _follows(item, language), (s.in_(language) for s in item.summary)
    ):
        lines += [sentence, ""]
    if item.judgement is not None and item.judgement.text is None:
        lines += [item.judgement.describe(language), ""]
    if item.ratings:
        lines += _heading(_HEADINGS["ratings"].in_(language), 2, format)
        lines += [
            f"{bullet} {r.area.label.in_(language)}: {r.rating.label.in_(language)}"
            for r in item.ratings
        ] + [""]
    sections = [
        ("findings", [f.text.in_(language) for f in item.findings]),
        ("priorities", [p.text.in_(language) for p in item.priorities]),
    ]
    steps = [s.in_(language) for s in item.next_steps]
    if item.improvement_plan is not None:
        steps.append(_plan_sentence(item, item.improvement_plan, language))
    sections.append(("next", steps))
    for key, entries in sections:
        if entries:
            lines += _heading(_HEADINGS[key].in_(language), 2, format)
            lines += [f"{bullet} {entry}" for entry in entries] + [""]
    return "\n".join(lines).rstrip() + "\n"


# --- bundled examples ----------------------------------------------------------------------------

_EXAMPLES = ("wrexham-2021", "powys-2017")


def _load_example(name: str) -> Inspection:
    from importlib.resources import files

    from .serial import from_json

    text = files("carewales").joinpath("data", "examples", f"{name}.json").read_text("utf-8")
    return from_json(text, Inspection)


_LOADED = {name: Lazy(functools.partial(_load_example, name)) for name in _EXAMPLES}


def examples() -> tuple[str, ...]:
    """Return the names of the bundled example inspections.

    >>> examples()
    ('wrexham-2021', 'powys-2017')
    """
    return _EXAMPLES


def example(name: str) -> Inspection:
    """Return a bundled example, built only from what its seed text states.

    ``"wrexham-2021"``: CIW's monitoring letter to Wrexham (November 2021).
    ``"powys-2017"``: CSSIW's inspection of Powys children's services (July 2017).

    Raises:
        CareWalesError: for an unknown name.
    """
    if name not in _LOADED:
        names = ", ".join(_EXAMPLES)
        msg = f"'example' ({name!r}) is not a bundled example: expected one of {names}."
        raise CareWalesError(msg)
    return _LOADED[name]()


# Resolve the string annotations (`from __future__ import annotations`) of every model
# now, so that tools reading signatures (autodoc, IDEs) see real types, not "dt.date".
for _model in (AreaPeriod, InspectorateName, RatingScale):
    attrs.resolve_types(_model)

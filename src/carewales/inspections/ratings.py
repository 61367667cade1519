"""Rating scales: ordered, bilingual levels for what inspectorates *do* rate, and ratings on them.

A :class:`Rating` carries its :class:`RatingScale`, so a document with ratings on a
scale of your own reads without registering the scale first.  Ratings compare
within one scale and never across scales.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .. import _validators as v
from .. import serial
from .._deprecation import CallableLabel, warn_renamed
from .._lazy import Lazy
from .._lookup import lookup
from ..errors import (
    IncomparableRatingsError,
    InspectionError,
    InvalidChoiceError,
    UnknownRatingScaleError,
)
from ..text import Bilingual, BilingualEnum, Language, format_date
from .dates import check_period, covers

__all__ = [
    "AreaPeriod",
    "Rating",
    "RatingArea",
    "RatingScale",
    "ThemeRating",
    "rating_scale",
    "rating_scales",
    "register_rating_scale",
]


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
        "Profiadau a chynnydd y rhai sy’n gadael gofal",
    )
    CHILDREN_IN_CARE_AND_CARE_LEAVERS = (
        "children-in-care-and-care-leavers",
        "The experiences and progress of children in care and care leavers",
        "Profiadau a chynnydd plant mewn gofal a’r rhai sy’n gadael gofal",
    )


@attrs.frozen
class AreaPeriod:
    """A judgement area of a scale and the dates it is given for.

    Attributes:
        area: the area rated.
        valid_from: the first day the area is rated, or ``None`` from the scale's start.
        valid_to: the last day the area is rated, or ``None`` while it is.

    Raises:
        InvalidChoiceError: if ``area`` is not a :class:`RatingArea`.
        InvalidDateError: if a date is not a plain date.
        DateRangeError: if ``valid_to`` is before ``valid_from``.
    """

    area: RatingArea = attrs.field(validator=v.member(RatingArea))
    valid_from: dt.date | None = attrs.field(default=None, validator=v.optional(v.date()))
    valid_to: dt.date | None = attrs.field(default=None, validator=v.optional(v.date()))

    def __attrs_post_init__(self) -> None:
        """Check that the period's last day is not before its first."""
        check_period(self, self.valid_from, self.valid_to)

    @property
    def label(self) -> Bilingual:
        """The area's label in both languages."""
        return self.area.label

    def covers(self, day: dt.date) -> bool:
        """Say whether the area is rated on *day*.

        Raises:
            InvalidDateError: if *day* is not a plain date.
        """
        return covers(self.valid_from, self.valid_to, v.ensure_date("day", day))


def _is_level(pair: object) -> bool:
    return (
        isinstance(pair, tuple)
        and len(pair) == 2  # noqa: PLR2004 (a pair)
        and _LEVEL_KEY.ok(pair[0])
        and isinstance(pair[1], Bilingual)
    )


def _distinct_levels(levels: tuple[tuple[str, Bilingual], ...]) -> bool:
    values = [value for value, _ in levels]
    return len(set(values)) == len(values)


class _ScaleLabel(CallableLabel):
    """A scale's name that is still callable as 0.1's ``scale.label(level)``, with a warning."""

    __slots__ = ("_scale",)
    _scale: RatingScale

    def __call__(self, level: str) -> Bilingual:
        """Return the level's label (deprecated: use ``scale.level_label(level)``)."""
        warn_renamed("RatingScale.label(level)", "RatingScale.level_label(level)")
        return self._scale.level_label(level)


_LEVEL_KEY = v.key()


def _holds(test: Callable[[Any], bool]) -> Callable[[object, object, object], None]:
    """An attrs-style validator that raises ValueError when *test* fails."""

    def validate(_: object, __: object, value: object) -> None:
        if not test(value):
            raise ValueError

    return validate


_LEVEL = v.Check(
    _holds(_is_level),
    "must be a (level, label) pair: a key such as 'requires-improvement' and a Bilingual",
    cy="rhaid iddo fod yn bâr (lefel, label): allwedd fel 'requires-improvement' a Bilingual",
)
_DISTINCT = v.Check(
    _holds(_distinct_levels),
    "must not list the same level twice",
    cy="rhaid peidio â rhestru’r un lefel ddwywaith",
)


_LEVEL_TEXT = v.text(max_length=200, stripped=True, one_line=True)


@attrs.frozen
class RatingScale:
    """An ordered, bilingual rating scale, best level first, with its areas and dates.

    Attributes:
        key: a stable identifier, such as ``"ciw-regulated-services"``.
        name: the scale's name in both languages.
        levels: the levels, best first, as ``(value, label)`` pairs (at least one, each
            value a key such as ``"requires-improvement"``, none repeated).
        areas: the areas rated on the scale, each with its dates (at least one).
        valid_from: the first day ratings on the scale were given or published.
        overall: whether the scale gives an overall rating besides the areas.
        source: the instrument or guidance that sets the scale.

    Raises:
        InvalidFieldError: (or a subclass) naming the field whose value is wrong.

    >>> scale = rating_scale("ciw-regulated-services")
    >>> [scale.level_label(value).en for value, _ in scale.levels]
    ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement']
    >>> scale.describe()
    'CIW ratings of care home and domiciliary support services (from 1 April 2025)'
    """

    key: str = attrs.field(validator=v.key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    levels: tuple[tuple[str, Bilingual], ...] = attrs.field(
        converter=v.to_tuple,
        validator=[
            v.tuple_of(_LEVEL, min_size=1, max_size=100),
            _DISTINCT,
        ],
    )
    areas: tuple[AreaPeriod, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.instance(AreaPeriod), min_size=1)
    )
    valid_from: dt.date = attrs.field(validator=v.date())
    overall: bool = attrs.field(validator=v.boolean())
    source: Bilingual = attrs.field(validator=v.instance(Bilingual))

    @property
    def label(self) -> Bilingual:
        """The scale's name in both languages (the same as :attr:`name`).

        A level's label is :meth:`level_label`.  (A method in 0.1:
        ``scale.label(level)`` still works, with a warning, until 0.3.)
        """
        label = _ScaleLabel(self.name.en, self.name.cy)
        object.__setattr__(label, "_scale", self)
        return label

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The scale's name and first day, on one line."""
        language = Language.parse(lang)
        since = format_date(self.valid_from, language)
        word = "o" if language is Language.CY else "from"
        return f"{self.name.in_(language)} ({word} {since})"

    def rank(self, level: str) -> int:  # noqa: RET503 (v.fail never returns)
        """Return a level's position, 0 for the best.

        Raises:
            InvalidChoiceError: if *level* is not on the scale.
        """
        for index, (value, _) in enumerate(self.levels):
            if value == level:
                return index
        allowed = ", ".join(repr(value) for value, _ in self.levels)
        v.fail(
            self,
            "level",
            level,
            f"is not on the scale: expected one of {allowed}",
            InvalidChoiceError,
            cy=f"nid yw ar y raddfa: disgwylid un o {allowed}",
        )

    def level_label(self, level: str) -> Bilingual:
        """Return a level's label in both languages.

        Raises:
            InvalidChoiceError: if *level* is not on the scale.

        >>> rating_scale("ofsted-ilacs").level_label("requires-improvement").cy
        'Angen gwella i fod yn dda'
        """
        return self.levels[self.rank(level)][1]

    def rates(self, area: RatingArea, day: dt.date) -> bool:
        """Say whether the scale rates *area* on *day*.

        Raises:
            InvalidDateError: if *day* is not a plain date.
        """
        day = v.ensure_date("day", day)
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
                ("requires-improvement", "Requires improvement", "Rhaid gwella"),
                (
                    "requires-significant-improvement",
                    "Requires significant improvement",
                    "Rhaid gwella’n sylweddol",
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
                    "accommodation-based services only; there is no overall rating. The Welsh "
                    "labels are CIW's own, as on its Welsh page https://www.arolygiaethgofal.cymru"
                    "/graddau-ar-gyfer-cartrefi-gofal-gwasanaethau-cymorth-cartref-saith-mis-yn-"
                    "ddiweddarach."
                ),
                (
                    "Rheoliadau Gwasanaethau Rheoleiddiedig (Graddau Arolygu) (Cymru) 2025 "
                    "(OS 2025/389), rheoliad 2; Deddf Rheoleiddio ac Arolygu Gofal Cymdeithasol "
                    "(Cymru) 2016, adran 36(2). Caiff thema’r amgylchedd ei graddio ar gyfer "
                    "gwasanaethau sy’n seiliedig ar lety yn unig; nid oes gradd gyffredinol. "
                    "Labeli AGC ei hun yw’r labeli Cymraeg, fel ar ei thudalen Gymraeg "
                    "https://www.arolygiaethgofal.cymru/graddau-ar-gyfer-cartrefi-gofal-"
                    "gwasanaethau-cymorth-cartref-saith-mis-yn-ddiweddarach."
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
                    "Chwarae Mynediad Agored (2019); graddau’n cael eu cyhoeddi o fis Mai 2019."
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
                    "Ionawr 2018; y rhai sy’n gadael gofal yn cael eu barnu ar wahân o fis "
                    "Ionawr 2023."
                ),
            ),
            overall=True,
        ),
    ]
    return {scale.key: scale for scale in scales}


_BUILT_IN = Lazy(_build_scales)
# The registry: the library's own scales, then any registered (a copy, so that the
# built-in table stays as shipped).
_SCALES = Lazy(lambda: dict(_BUILT_IN()))


def _is_built_in(scale: RatingScale) -> bool:
    """Say whether *scale* is one of the library's own scales, exactly as shipped.

    Such a scale can travel in a document as its key and be read back anywhere.
    """
    return _BUILT_IN().get(scale.key) == scale


def rating_scales() -> tuple[RatingScale, ...]:
    """Return every rating scale the library knows (its own first, then any registered).

    >>> [s.key for s in rating_scales()][:3]
    ['ciw-regulated-services', 'ciw-childcare-play', 'ofsted-ilacs']
    """
    return tuple(_SCALES().values())


_SCALES_LOCK = threading.Lock()


def register_rating_scale(scale: RatingScale) -> None:
    """Add a scale of your own, so that :func:`rating_scale` finds it by its key.

    A :class:`Rating` carries its scale, so documents with ratings on your scale
    read without registering it; registering lets you write ``Rating("key", level)``
    and look the scale up by key.  The library's own scales cannot be replaced, and
    a key already registered with a different scale is refused; registering the
    same scale again is harmless.

    Raises:
        InvalidFieldError: if *scale* is not a :class:`RatingScale`.
        InspectionError: if its key is taken by a different scale.

    >>> from carewales import Bilingual
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
    v.instance(RatingScale).check(None, "scale", scale)
    with _SCALES_LOCK:
        scales = _SCALES()
        existing = scales.get(scale.key)
        if existing is not None and existing != scale:
            v.fail(
                None,
                "scale",
                scale.key,
                "names a key already used by a different rating scale",
                InspectionError,
                cy="mae’n enwi allwedd a ddefnyddir eisoes gan raddfa wahanol",
            )
        scales[scale.key] = scale


def rating_scale(key: str) -> RatingScale:
    """Return the rating scale called *key*, ignoring case.

    Raises:
        UnknownRatingScaleError: naming the key, with the closest keys suggested.

    >>> rating_scale("Ofsted-ILACS").key
    'ofsted-ilacs'
    """
    return _scale_by_key(key, "key")


def _scale_by_key(key: object, field: str) -> RatingScale:
    scales = _SCALES()
    return lookup(
        key,
        scales,
        what="rating scale",
        error=UnknownRatingScaleError,
        field=field,
        what_cy="graddfa raddio",
        names_cy={k: scale.name.cy for k, scale in scales.items()},
    )


def _to_scale(value: RatingScale | str) -> RatingScale:
    """Let a :class:`Rating` be built from a scale's key (``Rating("ofsted-ilacs", "good")``)."""
    given: Any = value  # typed for callers; at run time anything may arrive
    return _scale_by_key(given, "scale") if isinstance(given, str) else given


@attrs.frozen(order=False)
class Rating:
    """A level on a rating scale.  Ratings compare within a scale, never across scales.

    The rating holds its :class:`RatingScale` itself, so it means the same wherever
    it is read.  ``scale`` may be given as the key of a built-in or registered scale.
    ``a < b`` means *a* is a worse rating than *b*.

    Raises:
        UnknownRatingScaleError: if ``scale`` is a key that names no scale.
        InvalidFieldError: if ``scale`` is not a :class:`RatingScale`.
        InvalidChoiceError: if the level is not on the scale.
        IncomparableRatingsError: when ratings on different scales are compared.

    >>> good = Rating("ciw-regulated-services", "good")
    >>> good
    Rating(scale='ciw-regulated-services', level='good')
    >>> good > Rating("ciw-regulated-services", "requires-improvement")
    True
    >>> good.describe("cy")
    'Da'
    >>> good < Rating("ofsted-ilacs", "outstanding")
    Traceback (most recent call last):
    ...
    carewales.errors.IncomparableRatingsError: ...
    """

    scale: RatingScale = attrs.field(
        converter=_to_scale,
        validator=v.instance(RatingScale),
        repr=lambda scale: repr(scale.key),
    )
    level: str = attrs.field()

    @level.validator
    def _check_level(self, attribute: attrs.Attribute[str], value: str) -> None:
        _LEVEL_TEXT(self, attribute, value)  # a str first: an array equal to a level is not one
        self.scale.rank(value)

    @property
    def label(self) -> Bilingual:
        """The level's label in both languages."""
        return self.scale.level_label(self.level)

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The level's label in *lang*, on one line."""
        return self.label.in_(lang)

    def _key(self, other: object) -> tuple[int, int]:
        if not isinstance(other, Rating):
            msg = f"a Rating cannot be compared with {type(other).__name__}."
            msg_cy = f"ni ellir cymharu Rating â {type(other).__name__}."
            raise IncomparableRatingsError(msg, cy=msg_cy)
        if other.scale != self.scale:
            msg = (
                f"ratings on different scales cannot be compared: {self.scale.key!r} and "
                f"{other.scale.key!r}."
            )
            msg_cy = (
                "ni ellir cymharu graddau ar raddfeydd gwahanol: "
                f"{self.scale.key!r} a {other.scale.key!r}."
            )
            raise IncomparableRatingsError(msg, cy=msg_cy)
        # A better level has a lower rank, so negate to make better compare greater.
        return -self.scale.rank(self.level), -self.scale.rank(other.level)

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
    """A rating given for one area (a theme, or a judgement area).

    Raises:
        InvalidChoiceError: if ``area`` is not a :class:`RatingArea`.
        InvalidFieldError: if ``rating`` is not a :class:`Rating`.
        InspectionError: if the rating's scale never rates the area.

    >>> area = RatingArea.OVERALL_EFFECTIVENESS
    >>> ThemeRating(area, Rating("ofsted-ilacs", "good")).describe("cy")
    'Effeithiolrwydd cyffredinol: Da'
    """

    area: RatingArea = attrs.field(validator=v.member(RatingArea))
    rating: Rating = attrs.field(validator=v.instance(Rating))

    def __attrs_post_init__(self) -> None:
        """Check that the rating's scale rates the area at all."""
        if not any(p.area is self.area for p in self.rating.scale.areas):
            v.fail(
                self,
                "area",
                self.area,
                f"is not rated on the scale {self.rating.scale.key!r}",
                InspectionError,
                cy=f"nid yw’n cael ei raddio ar y raddfa {self.rating.scale.key!r}",
            )

    @property
    def label(self) -> Bilingual:
        """The area's label in both languages."""
        return self.area.label

    def describe(self, lang: Language | str = Language.EN) -> str:
        """The area and the level, on one line: ``Overall effectiveness: Good``."""
        language = Language.parse(lang)
        return f"{self.area.label.in_(language)}: {self.rating.label.in_(language)}"


for _model in (AreaPeriod, RatingScale, Rating, ThemeRating):
    attrs.resolve_types(_model)


def _travelling_key(scale: RatingScale) -> str | None:
    """The key a scale travels by inside documents: only the library's own, as shipped."""
    return scale.key if _is_built_in(scale) else None


def _built_in_scale(key: str) -> RatingScale:
    """Read a scale a document names by its key: one of the library's own."""
    scales = _BUILT_IN()
    return lookup(
        key,
        scales,
        what="built-in rating scale",
        error=UnknownRatingScaleError,
        what_cy="graddfa raddio adeiledig",
        names_cy={k: scale.name.cy for k, scale in scales.items()},
    )


# A shipped scale travels as its key ("ofsted-ilacs"), as 0.1 documents wrote it; a
# scale of your own travels in full, so a document reads without registering it.
serial.register_keyed(RatingScale, find=_built_in_scale, key_of=_travelling_key)

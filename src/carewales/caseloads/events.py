"""Case events: what happened to which child, when, in which authority.

A caseload is a sequence of :class:`CaseEvent` records, as a council's case
management system exports them: one row per event (a referral, a strategy
discussion, a conference, the start of a placement, a visit, a review).  The
deadlines of a caseload and the performance measures are computed from them.

>>> import datetime as dt
>>> event = CaseEvent("C-0001", "Powys", EventKind.REFERRAL, dt.date(2024, 5, 1))
>>> event.describe("cy")
'C-0001, Powys: Atgyfeiriad, 1 Mai 2024'
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from .. import _validators as v
from ..authorities import Authority, authority
from ..calendar import FIRST_YEAR, LAST_YEAR
from ..schedules import PlacementType
from ..text import Bilingual, BilingualEnum, Language, format_date

__all__ = ["CaseEvent", "EventKind"]

#: The longest child identifier accepted: case systems use short reference numbers.
MAX_CHILD_ID = 64
_EARLIEST = dt.date(FIRST_YEAR, 1, 1)
_LATEST = dt.date(LAST_YEAR, 12, 31)
#: A day the calendar covers: every date of a caseload, its deadlines and its day assessed.
DAY = v.date(_EARLIEST, _LATEST)


class EventKind(BilingualEnum):
    """The kinds of event a case record holds, each a starting point or an end of a deadline."""

    REFERRAL = "referral", "Referral", "Atgyfeiriad"
    REFERRAL_DECISION = (
        "referral-decision",
        "Decision and next actions recorded on a referral",
        "Penderfyniad a’r camau nesaf wedi’u cofnodi ar atgyfeiriad",
    )
    ASSESSMENT_COMPLETED = "assessment-completed", "Assessment completed", "Asesiad wedi’i gwblhau"
    STRATEGY_DISCUSSION = "strategy-discussion", "Strategy discussion", "Trafodaeth strategaeth"
    INITIAL_CONFERENCE = (
        "initial-conference",
        "Initial child protection conference",
        "Cynhadledd amddiffyn plant gychwynnol",
    )
    CORE_GROUP = "core-group", "Core group meeting", "Cyfarfod y grŵp craidd"
    REVIEW_CONFERENCE = (
        "review-conference",
        "Review child protection conference",
        "Cynhadledd adolygu amddiffyn plant",
    )
    REGISTRATION_ENDED = (
        "registration-ended",
        "Removed from the child protection register",
        "Tynnu oddi ar y gofrestr amddiffyn plant",
    )
    LOOKED_AFTER_START = "looked-after-start", "Became looked after", "Dechrau derbyn gofal"
    LOOKED_AFTER_END = "looked-after-end", "Ceased to be looked after", "Peidio â derbyn gofal"
    RETURNED_HOME = (
        "returned-home",
        "Ceased to be looked after: returned home from care",
        "Peidio â derbyn gofal: dychwelyd adref o ofal",
    )
    PLACEMENT_START = "placement-start", "Placement started", "Lleoliad wedi dechrau"
    PLACEMENT_END = "placement-end", "Placement ended", "Lleoliad wedi dod i ben"
    PLACEMENT_PLAN = "placement-plan", "Placement plan made", "Cynllun lleoli wedi’i wneud"
    VISIT = "visit", "Visit to the child", "Ymweliad â’r plentyn"
    LOOKED_AFTER_REVIEW = (
        "looked-after-review",
        "Review of the child’s case",
        "Adolygiad o achos y plentyn",
    )
    GP_REGISTRATION = "gp-registration", "Registered with a GP", "Cofrestru â meddyg teulu"
    DENTAL_CHECK = "dental-check", "Seen by a dentist", "Wedi gweld deintydd"


def to_authority(value: object) -> object:
    """Accept an authority's code or name where an :class:`Authority` is meant."""
    if isinstance(value, str):
        return authority(value, field="authority")
    return value


def _by_value(kind: type[BilingualEnum], value: object) -> object:
    """The member of *kind* whose stable value (``"referral"``) *value* is, else *value*.

    Anything that is not a stable value is left for the field's validator to refuse.
    """
    if isinstance(value, str):
        for member in kind:
            if member.value == value:
                return member
    return value


def _to_placement(value: object) -> object:
    """Accept a placement type's stable value where a :class:`PlacementType` is meant."""
    return _by_value(PlacementType, value)


def _to_kind(value: object) -> object:
    """Accept a kind's stable value (``"referral"``) where an :class:`EventKind` is meant."""
    return _by_value(EventKind, value)


@attrs.frozen
class CaseEvent:
    """One event in one child's case record.

    Attributes:
        child: the child's identifier in the council's records (not a name).
        authority: the local authority whose record it is; a code or a name is
            accepted and looked up.
        kind: what happened; a stable value such as ``"referral"`` is accepted.
        date: the day it happened.
        placement: for the start of a placement, what the placement is, as
            regulation 31 of SI 2015/1818 tells placements apart (its visits
            depend on it); ``None`` for any other event, or where not recorded
            (the visits of regulation 31(2) then apply).

    Raises:
        InvalidFieldError: for a field that cannot hold the value given.
    """

    _WHAT: ClassVar[str] = "case event"
    _WHAT_CY: ClassVar[str] = "digwyddiad achos"

    child: str = attrs.field(
        validator=v.text(max_length=MAX_CHILD_ID, stripped=True, one_line=True)
    )
    authority: Authority = attrs.field(converter=to_authority, validator=v.instance(Authority))
    kind: EventKind = attrs.field(converter=_to_kind, validator=v.member(EventKind))
    date: dt.date = attrs.field(validator=DAY)
    placement: PlacementType | None = attrs.field(
        default=None, converter=_to_placement, validator=v.optional(v.member(PlacementType))
    )

    def __attrs_post_init__(self) -> None:
        """Check that only the start of a placement says what the placement is."""
        if self.placement is not None and self.kind is not EventKind.PLACEMENT_START:
            v.fail(
                self,
                "placement",
                self.placement,
                "must be None unless 'kind' is 'placement-start'",
                cy="rhaid i’r gwerth fod yn None oni bai mai 'placement-start' yw 'kind'",
            )

    @property
    def label(self) -> Bilingual:
        """The child, the authority, the event and the day, in both languages."""
        return Bilingual(
            f"{self.child}, {self.authority.name.en}: {self.kind.label.en}, "
            f"{format_date(self.date, Language.EN)}",
            f"{self.child}, {self.authority.name.cy}: {self.kind.label.cy}, "
            f"{format_date(self.date, Language.CY)}",
        )

    def describe(self, lang: Language | str = Language.EN) -> str:
        """One line: the child, the authority, the event and the day."""
        return self.label.in_(lang)

"""The catalogue of corporate-parenting duties: who owes what, how it is measured, and its source.

>>> training = duty("Councillor-Training")
>>> training.standing.value, training.holder.value
('recommended', 'councillor')
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Final

import attrs

from .. import _validators as v
from .. import welsh
from .._lazy import Lazy, load_json
from .._lookup import lookup
from ..errors import DutyError, UnknownDutyError, UnsupportedDateError
from ..text import Bilingual, BilingualEnum, Language
from ._common import DAY, address, check_in_force, check_period, fail, key, member, optional

__all__ = [
    "Duty",
    "DutySource",
    "Evidence",
    "Frequency",
    "Holder",
    "Standing",
    "Target",
    "WorkerRole",
    "YoungPersonCategory",
    "duties",
    "duty",
]

_MAX_MONTHS = 120
_MAX_TARGET = 100_000


class Standing(BilingualEnum):
    """What kind of rule a duty, entitlement or source is: law, guidance, pledge or proposal.

    >>> Standing.RECOMMENDED.label.en
    'Recommended practice (a proposal, not law)'
    """

    STATUTORY = "statutory", "Statutory (law)", "Statudol (cyfraith)"
    GUIDANCE = (
        "guidance",
        "Guidance or official information (not itself law)",
        "Canllawiau neu wybodaeth swyddogol (nid cyfraith ynddo’i hun)",
    )
    VOLUNTARY = "voluntary", "Voluntary commitment", "Ymrwymiad gwirfoddol"
    RECOMMENDED = (
        "recommended",
        "Recommended practice (a proposal, not law)",
        "Arfer a argymhellir (cynnig, nid cyfraith)",
    )


class Holder(BilingualEnum):
    """Who owes a duty: the council, each councillor, each worker, each tender, each young person.

    >>> Holder.COUNCILLOR.label.cy
    'Pob cynghorydd'
    """

    COUNCIL = "council", "The council", "Y cyngor"
    COUNCILLOR = "councillor", "Each councillor", "Pob cynghorydd"
    WORKER = "worker", "Each worker in the roles named", "Pob gweithiwr yn y rolau a enwir"
    TENDER = "tender", "Each tender", "Pob tendr"
    YOUNG_PERSON = (
        "young-person",
        "Each young person in the categories named",
        "Pob person ifanc yn y categorïau a enwir",
    )


class Evidence(BilingualEnum):
    """What is counted as evidence for a duty; the label names the unit that is counted.

    >>> Evidence.YOUNG_PEOPLE_MEETINGS.label.en
    'Care-experienced young people in the ward spoken with'
    """

    COUNCILLOR_TRAINING = (
        "councillor-training",
        "Minutes of corporate-parenting training",
        "Munudau o hyfforddiant rhianta corfforaethol",
    )
    YOUNG_PEOPLE_MEETINGS = (
        "young-people-meetings",
        "Care-experienced young people in the ward spoken with",
        "Pobl ifanc sydd â phrofiad o ofal yn y ward y siaradwyd â nhw",
    )
    PLAN_REPORTS = (
        "plan-reports",
        "Annual reports on a plan with community groups and businesses",
        "Adroddiadau blynyddol ar gynllun gyda grwpiau cymunedol a busnesau",
    )
    NETWORKING_OBJECTIVES = (
        "networking-objectives",
        "Networking objectives set",
        "Amcanion rhwydweithio a osodwyd",
    )
    APPRAISAL_FEEDBACK = (
        "appraisal-feedback",
        "Appraisals with 360-degree feedback from young people",
        "Arfarniadau gydag adborth 360-gradd gan bobl ifanc",
    )
    TENDER_PROVISIONS = (
        "tender-provisions",
        "Tenders with a provision to support care-experienced young people",
        "Tendrau gyda darpariaeth i gefnogi pobl ifanc sydd â phrofiad o ofal",
    )
    LED_TRAINING = (
        "led-training",
        "Training or tools developed or led by care-experienced young people",
        (
            "Hyfforddiant neu offer a ddatblygwyd neu a arweiniwyd gan bobl ifanc sydd â "
            "phrofiad o ofal"
        ),
    )
    NEEDS_ASSESSMENTS = (
        "needs-assessments",
        "Needs assessments completed",
        "Asesiadau o anghenion a gwblhawyd",
    )


class Frequency(BilingualEnum):
    """How often a target must be met.

    * ``ANNUAL``: in each year (a holder in their first year is due at its end);
    * ``ON_EVENT``: once, within some months of an event such as taking office;
    * ``EACH``: in every item (every appraisal, every tender) in the period.

    >>> Frequency.ANNUAL.label.cy
    'Bob blwyddyn'
    """

    ANNUAL = "annual", "Each year", "Bob blwyddyn"
    ON_EVENT = (
        "on-event",
        "Once, within a set time after an event",
        "Unwaith, o fewn amser penodol ar ôl digwyddiad",
    )
    EACH = "each", "In every item", "Ym mhob eitem"


class WorkerRole(BilingualEnum):
    """The roles of workers that seed 003's ideas 2 and 3 name.

    >>> WorkerRole.SIXTEEN_PLUS_WORKER.label.cy
    'Gweithiwr 16+'
    """

    SOCIAL_WORKER = "social-worker", "Social worker", "Gweithiwr cymdeithasol"
    CARE_WORKER = "care-worker", "Care worker", "Gweithiwr gofal"
    SIXTEEN_PLUS_WORKER = "16-plus-worker", "16+ worker", "Gweithiwr 16+"
    # "Cynghorydd personol" is the statute's own Welsh term (s. 106 of the 2014 Act, Welsh text).
    PERSONAL_ADVISER = "personal-adviser", "Personal adviser (PA)", "Cynghorydd personol"


class YoungPersonCategory(BilingualEnum):
    """The six categories of young person in s. 104(2) of the 2014 Act (Part 6, care leavers).

    * category 1: aged 16 or 17, looked after, and looked after for 13 weeks in all after
      the 14th birthday (reg. 47(1) of SI 2015/1818) ending after the 16th;
    * category 2: aged 16 or 17, no longer looked after, and category 1 immediately before;
    * category 3: aged 18 or over, and category 2 before, or looked after at 18 having been
      category 1 (the duties end at 21 unless s. 111(2) continues them);
    * category 4: a category 3 young person whose category 3 duties have ended, who has told
      the authority they are pursuing, or wish to pursue, education or training, under 25;
    * category 5: aged 16 to 20, with a special guardianship order (s. 104(2));
    * category 6: defined in s. 104(2) and (3); the library holds no age rule for it.

    The Welsh is the legislation's own ("person ifanc categori 2", reg. 2 of SI 2015/1820).

    >>> YoungPersonCategory.CATEGORY_1.label.cy
    'Person ifanc categori 1'
    >>> YoungPersonCategory.CATEGORY_4.number
    4
    """

    CATEGORY_1 = "category-1", "Category 1 young person", "Person ifanc categori 1"
    CATEGORY_2 = "category-2", "Category 2 young person", "Person ifanc categori 2"
    CATEGORY_3 = "category-3", "Category 3 young person", "Person ifanc categori 3"
    CATEGORY_4 = "category-4", "Category 4 young person", "Person ifanc categori 4"
    CATEGORY_5 = "category-5", "Category 5 young person", "Person ifanc categori 5"
    CATEGORY_6 = "category-6", "Category 6 young person", "Person ifanc categori 6"

    @property
    def number(self) -> int:
        """The category's number, as s. 104(2) numbers it."""
        return int(self.value.rpartition("-")[2])


# Which holder owes each kind of evidence, and the frequencies that make sense for it.
HOLDER_OF: Final = {
    Evidence.COUNCILLOR_TRAINING: Holder.COUNCILLOR,
    Evidence.YOUNG_PEOPLE_MEETINGS: Holder.COUNCILLOR,
    Evidence.PLAN_REPORTS: Holder.COUNCIL,
    Evidence.NETWORKING_OBJECTIVES: Holder.WORKER,
    Evidence.APPRAISAL_FEEDBACK: Holder.WORKER,
    Evidence.TENDER_PROVISIONS: Holder.TENDER,
    Evidence.LED_TRAINING: Holder.COUNCIL,
    Evidence.NEEDS_ASSESSMENTS: Holder.YOUNG_PERSON,
}
FREQUENCIES_OF: Final = {
    Evidence.COUNCILLOR_TRAINING: (Frequency.ON_EVENT, Frequency.ANNUAL),
    Evidence.YOUNG_PEOPLE_MEETINGS: (Frequency.ANNUAL, Frequency.ON_EVENT),
    Evidence.PLAN_REPORTS: (Frequency.ANNUAL,),
    Evidence.NETWORKING_OBJECTIVES: (Frequency.ANNUAL, Frequency.ON_EVENT),
    Evidence.APPRAISAL_FEEDBACK: (Frequency.EACH,),
    Evidence.TENDER_PROVISIONS: (Frequency.EACH,),
    Evidence.LED_TRAINING: (Frequency.ANNUAL,),
    Evidence.NEEDS_ASSESSMENTS: (Frequency.ON_EVENT,),
}
# The event an ON_EVENT deadline counts from, as it reads after "within N months".
_EVENT: Final = {
    Holder.COUNCILLOR: Bilingual(
        "of the start of the councillor's term", "i ddechrau tymor y cynghorydd"
    ),
    Holder.WORKER: Bilingual("of the worker's start date", "i’r dyddiad y dechreuodd y gweithiwr"),
    Holder.YOUNG_PERSON: Bilingual(
        "of the date the young person entered their category",
        "i’r dyddiad y daeth y person ifanc yn rhan o’i gategori",
    ),
}
# Said of a target checked on its own, with no holder whose event it counts from.
_ANY_EVENT: Final = Bilingual("of the event", "i’r digwyddiad")


@attrs.frozen
class DutySource:
    """Where a duty or an age comes from, and what standing it has.

    (Called ``Source`` in 0.1; that name still works, with a warning, until 0.3.)

    Attributes:
        title: the document's title in both languages.
        standing: law, guidance, a voluntary pledge, or a proposal.
        reference: the part cited (section, regulation, idea), in both languages.
        url: where to read it, if known (an ``http`` or ``https`` address).
        url_cy: where to read it in Welsh, where a Welsh page exists (legislation.gov.uk's
            Welsh text of Welsh legislation, llyw.cymru's pages of the Welsh Government).

    Raises:
        DutyError: for a field of the wrong type or an address that is not http(s).

    >>> act = DutySource(
    ...     Bilingual(
    ...         "Social Services and Well-being (Wales) Act 2014",
    ...         "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014",
    ...     ),
    ...     Standing.STATUTORY,
    ...     Bilingual("s. 104(2)", "adran 104(2)"),
    ... )
    >>> act.cite("cy")
    'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, adran 104(2)'
    """

    _WHAT: ClassVar[str] = "source"
    _WHAT_CY: ClassVar[str] = "ffynhonnell"

    title: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    standing: Standing = attrs.field(validator=member(Standing, DutyError))
    reference: Bilingual | None = attrs.field(
        default=None, validator=optional(v.instance(Bilingual, error=DutyError))
    )
    url: str | None = attrs.field(default=None, validator=optional(address()))
    url_cy: str | None = attrs.field(default=None, validator=optional(address()), kw_only=True)

    def cite(self, lang: Language | str = Language.EN) -> str:
        """Return the title and the part cited, in *lang*."""
        if self.reference is None:
            return self.title.in_(lang)
        return f"{self.title.in_(lang)}, {self.reference.in_(lang)}"

    def link(self, lang: Language | str = Language.EN) -> str | None:
        """Return the address to read it at in *lang*: the Welsh page under ``"cy"`` if known.

        >>> source = duty("needs-assessment-category-2").source
        >>> source.link("cy")
        'https://www.legislation.gov.uk/wsi/2015/1820/regulation/5/made/welsh'
        """
        if Language.parse(lang) is Language.CY and self.url_cy is not None:
            return self.url_cy
        return self.url


@attrs.frozen
class Target:
    """A measurable target: a minimum (or a range), how often, and a deadline after an event.

    Attributes:
        minimum: the least amount that meets the target (minutes, young people, reports...).
        frequency: each year, once after an event, or in every item.
        maximum: the upper figure of a range such as "3 to 4"; shown, never required.
        within_months: for ``ON_EVENT``, the months after the event by which it is due
            (the deadline day itself counts).

    Raises:
        DutyError: for a minimum below 1, a maximum below the minimum, or a deadline
            given for a frequency that has none (or missing for ``ON_EVENT``).

    >>> target = Target(3, Frequency.ANNUAL, maximum=4)
    >>> target.describe(evidence=Evidence.NETWORKING_OBJECTIVES)
    'Networking objectives set: at least 3 (range 3 to 4), in each year'
    >>> target.describe("cy")
    'o leiaf 3 (ystod 3 i 4), bob blwyddyn'
    """

    _WHAT: ClassVar[str] = "target"
    _WHAT_CY: ClassVar[str] = "targed"

    minimum: int = attrs.field(
        converter=v.to_int, validator=v.integer(1, _MAX_TARGET, error=DutyError)
    )
    frequency: Frequency = attrs.field(validator=member(Frequency, DutyError))
    maximum: int | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(v.to_int),
        validator=optional(v.integer(1, _MAX_TARGET, error=DutyError)),
    )
    within_months: int | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(v.to_int),
        validator=optional(v.integer(1, _MAX_MONTHS, error=DutyError)),
    )

    def __attrs_post_init__(self) -> None:
        """Check the range and that a deadline is given exactly for ``ON_EVENT``."""
        if self.maximum is not None and self.maximum < self.minimum:
            rule = f"must not be below 'minimum' ({self.minimum})"
            cy = f"{v.MUST_NOT} bod yn is na 'minimum' ({self.minimum})"
            v.fail(self, "maximum", self.maximum, rule, DutyError, cy=cy)
        if (self.within_months is None) is (self.frequency is Frequency.ON_EVENT):
            rule = (
                "must be given for, and only for, the frequency 'on-event' "
                f"(this one is {self.frequency.value!r})"
            )
            cy = (
                "rhaid rhoi’r gwerth ar gyfer yr amlder 'on-event', a dim ond ar ei gyfer "
                f"(amlder hwn yw {self.frequency.value!r})"
            )
            v.fail(self, "within_months", self.within_months, rule, DutyError, cy=cy)
        if self.frequency is Frequency.EACH and self.maximum is not None:
            rule = "has no meaning for the frequency 'each'"
            cy = "nid oes ystyr iddo ar gyfer yr amlder 'each'"
            v.fail(self, "maximum", self.maximum, rule, DutyError, cy=cy)

    def words(self, evidence: Evidence | None = None, holder: Holder | None = None) -> Bilingual:
        """Say the target in both languages, counting *evidence* (for deadlines, *holder*'s event).

        >>> print(Target(1, Frequency.ON_EVENT, within_months=3).words().cy)
        o leiaf 1, o fewn 3 mis i’r digwyddiad
        """
        if evidence is not None:
            v.instance(Evidence).check(None, "evidence", evidence)
        if holder is not None:
            v.instance(Holder).check(None, "holder", holder)
        amount = Bilingual(f"at least {self.minimum}", f"o leiaf {self.minimum}")
        if self.maximum is not None and self.maximum != self.minimum:
            amount = Bilingual(
                f"{amount.en} (range {self.minimum} to {self.maximum})",
                f"{amount.cy} (ystod {self.minimum} i {self.maximum})",
            )
        if self.frequency is Frequency.EACH:
            when = Bilingual("in every one in the period", "ym mhob un yn y cyfnod")
        elif self.frequency is Frequency.ANNUAL:
            when = Bilingual("in each year", "bob blwyddyn")
        else:
            if holder is None and evidence is not None:
                holder = HOLDER_OF[evidence]
            event = _ANY_EVENT if holder is None else _EVENT.get(holder, _ANY_EVENT)
            months = self.within_months or 0  # always set for an event's target (checked)
            plural = "month" if months == 1 else "months"
            when = Bilingual(
                f"within {months} {plural} {event.en}",
                f"o fewn {welsh.count(months, 'mis')} {event.cy}",  # "2 fis", "3 mis"
            )
        if evidence is None:
            return Bilingual(f"{amount.en}, {when.en}", f"{amount.cy}, {when.cy}")
        unit = evidence.label
        return Bilingual(f"{unit.en}: {amount.en}, {when.en}", f"{unit.cy}: {amount.cy}, {when.cy}")

    def describe(
        self,
        lang: Language | str = Language.EN,
        *,
        evidence: Evidence | None = None,
        holder: Holder | None = None,
    ) -> str:
        """Say the target in one line in *lang*, counting *evidence* if given.

        (In 0.1 this returned a :class:`~carewales.text.Bilingual`; that is now :meth:`words`.)
        """
        return self.words(evidence, holder).in_(lang)


def _holders_only(owner: Holder) -> Bilingual:
    return Bilingual(
        f"must be given for, and only for, duties owed by {owner.value!r}",
        f"rhaid eu rhoi ar gyfer dyletswyddau sy’n ddyledus gan {owner.value!r}, "
        "a dim ond ar eu cyfer",
    )


@attrs.frozen
class Duty:
    """A duty, pledge or recommendation a council can be checked against, with its source.

    Attributes:
        key: a stable identifier, such as ``"councillor-training"``.
        title: a short name in both languages.
        description: what it asks, in both languages (the source's own words where possible).
        holder: who owes it.
        evidence: what counts as evidence (and so the unit of the target).
        target: the measurable target.
        source: where it comes from; its standing is the duty's standing.
        roles: for duties owed by workers, the roles that owe it.
        categories: for duties owed for young people, the categories concerned.
        interpretation: how the library reads words the source leaves open.
        context: related sources that are *not* the duty's basis.
        valid_from: the first day the duty was in force, if it is law or guidance with a
            start (the Welsh statutory duties: 6 April 2016); ``None`` for proposals.
        valid_to: its last day in force, if it has ended.

    Raises:
        DutyError: if the holder, evidence, frequency, roles and categories do not fit.

    >>> training = duty("councillor-training")
    >>> training.standing.value, training.holder.value
    ('recommended', 'councillor')
    >>> training.statutory
    False
    >>> import textwrap
    >>> print(textwrap.fill(training.target_text("cy"), 80))
    Munudau o hyfforddiant rhianta corfforaethol: o leiaf 180, o fewn 3 mis i
    ddechrau tymor y cynghorydd
    """

    _WHAT: ClassVar[str] = "duty"
    _WHAT_CY: ClassVar[str] = "dyletswydd"

    key: str = attrs.field(validator=key())
    title: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    description: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    holder: Holder = attrs.field(validator=member(Holder, DutyError))
    evidence: Evidence = attrs.field(validator=member(Evidence, DutyError))
    target: Target = attrs.field(validator=v.instance(Target, error=DutyError))
    source: DutySource = attrs.field(validator=v.instance(DutySource, error=DutyError))
    roles: tuple[WorkerRole, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(member(WorkerRole, DutyError), unique=True, error=DutyError),
    )
    categories: tuple[YoungPersonCategory, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(member(YoungPersonCategory, DutyError), unique=True, error=DutyError),
    )
    interpretation: Bilingual | None = attrs.field(
        default=None, validator=optional(v.instance(Bilingual, error=DutyError))
    )
    context: tuple[DutySource, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.tuple_of(v.instance(DutySource, error=DutyError), unique=True, error=DutyError),
    )
    valid_from: dt.date | None = attrs.field(default=None, validator=optional(DAY), kw_only=True)
    valid_to: dt.date | None = attrs.field(default=None, validator=optional(DAY), kw_only=True)

    def __attrs_post_init__(self) -> None:
        """Check that holder, evidence, frequency, roles, categories and dates fit together."""
        expected = HOLDER_OF[self.evidence]
        if self.holder is not expected:
            rule = f"must be {expected.value!r} for the evidence {self.evidence.value!r}"
            cy = f"{v.MUST_BE} {expected.value!r} ar gyfer y dystiolaeth {self.evidence.value!r}"
            v.fail(self, "holder", self.holder.value, rule, DutyError, cy=cy)
        allowed = FREQUENCIES_OF[self.evidence]
        if self.target.frequency not in allowed:
            names = ", ".join(repr(f.value) for f in allowed)
            text = (
                f"the frequency {self.target.frequency.value!r} does not fit "
                f"the evidence {self.evidence.value!r} (allowed: {names})."
            )
            cy = (
                f"nid yw’r amlder {self.target.frequency.value!r} yn addas i’r dystiolaeth "
                f"{self.evidence.value!r} (a ganiateir: {names})."
            )
            fail(self, text, DutyError, cy=cy)
        for field, values, owner in (
            ("roles", self.roles, Holder.WORKER),
            ("categories", self.categories, Holder.YOUNG_PERSON),
        ):
            if bool(values) is not (self.holder is owner):
                only = _holders_only(owner)
                text = f"{field!r} {only.en} (this one is owed by {self.holder.value!r})."
                cy = f"{field!r}: {only.cy} (mae hon yn ddyledus gan {self.holder.value!r})."
                fail(self, text, DutyError, cy=cy)
        check_period(self, self.valid_from, self.valid_to)

    @property
    def standing(self) -> Standing:
        """The duty's standing: that of its source (law, guidance, pledge or proposal)."""
        return self.source.standing

    @property
    def statutory(self) -> bool:
        """Say whether the duty is law (statutory), rather than guidance, a pledge or a proposal."""
        return self.standing is Standing.STATUTORY

    def target_text(self, lang: Language | str = Language.EN) -> str:
        """Return the target in words, in *lang*."""
        return self.target.describe(lang, evidence=self.evidence, holder=self.holder)

    def in_force(self, start: dt.date, end: dt.date | None = None) -> bool:
        """Say whether the duty was in force on every day from *start* to *end* (or on *start*).

        >>> import datetime as dt
        >>> item = duty("needs-assessment-category-2")
        >>> item.in_force(dt.date(2016, 4, 6)), item.in_force(dt.date(2016, 4, 5))
        (True, False)
        """
        v.ensure_date("start", start)
        last = start if end is None else v.ensure_date("end", end)
        try:
            check_in_force(self, self.valid_from, self.valid_to, start, last)
        except UnsupportedDateError:
            return False
        return True

    def check_in_force(self, start: dt.date, end: dt.date | None = None) -> None:
        """Refuse a question about days (*start* to *end*) outside the duty's period in force.

        Raises:
            UnsupportedDateError: naming the period the duty was in force.
        """
        check_in_force(self, self.valid_from, self.valid_to, start, start if end is None else end)


def load_many(name: str, kind: type[Any]) -> tuple[Any, ...]:
    """Read the bundled catalogue *name* as a tuple of *kind*."""
    from ..serial import from_dict

    return tuple(from_dict(item, kind) for item in load_json(name))


DUTIES: Lazy[tuple[Duty, ...]] = Lazy(lambda: load_many("parenting_duties.json", Duty))
_BY_KEY: Lazy[dict[str, Duty]] = Lazy(lambda: {d.key: d for d in DUTIES()})


def duties() -> tuple[Duty, ...]:
    """Return the catalogue: seed 003's five ideas (seven duties) and four Welsh statutory duties.

    The seven recommended-practice duties come from Leicestershire Cares' five ideas
    to England's Independent Review of Children's Social Care; the four statutory ones
    are the needs-assessment deadlines for category 1 to 4 young people in Wales
    (reg. 49(1) of SI 2015/1818; reg. 5(2)(a) to (c) of SI 2015/1820), in force from
    6 April 2016.  The Welsh Government's Corporate Parenting Charter, a voluntary
    commitment, stands beside them in :func:`~carewales.parenting.principles`.

    >>> [(d.key, d.standing.value) for d in duties()][:2]
    [('councillor-training', 'recommended'), ('councillor-young-people', 'recommended')]
    >>> sum(d.statutory for d in duties())
    4
    """
    return DUTIES()


def duty(key: str) -> Duty:
    """Return the catalogue's duty with *key*, ignoring case.

    Raises:
        UnknownDutyError: if no duty has that key, suggesting the closest keys.

    >>> duty("Tender-Provision").holder
    <Holder.TENDER: 'tender'>
    >>> duty("tender-provisions")
    Traceback (most recent call last):
    ...
    carewales.errors.UnknownDutyError: 'key' ('tender-provisions') names no duty. Did you mean ...?
    """
    names_cy = {item.key: item.title.cy for item in DUTIES()}
    return lookup(
        key, _BY_KEY(), what="duty", error=UnknownDutyError, what_cy="dyletswydd", names_cy=names_cy
    )

"""Corporate parenting: duties, evidence records, compliance reports and care leavers' ages.

A council is the *corporate parent* of the children it looks after and of its care
leavers.  This module keeps three things apart, and says which is which:

* **statutory duties** in Wales, from the Social Services and Well-being (Wales) Act
  2014 (Part 6) and regulations made under it;
* **voluntary commitments**, such as the Welsh Government's Corporate Parenting Charter,
  "A promise from Wales" ("Addewid Cymru", 2023), which public bodies are invited to sign
  (its 11 principles: :func:`principles`);
* **recommended practice**: the five ideas Leicestershire Cares, an English charity, put
  to the Independent Review of Children's Social Care *in England*.  They are proposals,
  not law anywhere, and every one of them is labelled so.

:func:`duties` is the catalogue; :func:`assess` checks one :class:`Duty` against a
council's :class:`CouncilRecords` over a :class:`Period`, giving one
:class:`ComplianceResult` per duty-holder; :func:`compliance_report` does every duty at
once and renders in English or Welsh, as Markdown or text.  :func:`entitlements_on`
says which age-based entitlements of Welsh care leavers apply on a day.  A rule in force
only from a day (the statutory duties and entitlements: 6 April 2016) gives no answer for
days before it.

The package keeps its parts apart: ``catalogue`` (the duties and their sources),
``records`` (the period and a council's records), ``compliance`` (assessing one duty),
``report`` (the report of every duty), ``care_leavers`` (ages and entitlements) and
``charter`` (the Corporate Parenting Charter's principles).
Import from ``carewales.parenting`` itself: the parts are how the code is kept, not
the API.

Compliance is computed only from records dated inside the period, and never from the
system clock: pass ``as_of`` to say when the assessment is made.

>>> from carewales.parenting import Period, assess, duty, example_records
>>> records = example_records()
>>> results = assess(duty("councillor-young-people"), records, Period.financial_year(2023))
>>> [(r.holder_id, r.status.value) for r in results]
[('cllr-a', 'met'), ('cllr-b', 'partly-met'), ('cllr-c', 'not-yet-due')]
>>> import textwrap
>>> print(textwrap.fill(results[1].describe("cy"), 80))
Cynghorydd B (Ward Enghreifftiol 2): Wedi’i gyflawni’n rhannol. Pobl ifanc sydd
â phrofiad o ofal yn y ward y siaradwyd â nhw: 2 o’r 3 sy’n ofynnol (yn brin o
1).
"""

from __future__ import annotations

from .._deprecation import renamed
from ..errors import (
    DuplicateRecordIdError,
    DutyError,
    FutureRecordError,
    ParentingRecordError,
    UnknownDutyError,
    UnknownRecordError,
    UnknownWardError,
)
from ._common import EARLIEST_DATE, LATEST_DATE
from .care_leavers import Entitlement, age_on, entitlements, entitlements_on
from .catalogue import (
    Duty,
    DutySource,
    Evidence,
    Frequency,
    Holder,
    Standing,
    Target,
    WorkerRole,
    YoungPersonCategory,
    duties,
    duty,
)
from .charter import CHARTER, Principle, principles
from .compliance import ComplianceResult, ComplianceStatus, assess
from .records import (
    EXAMPLE_PERIOD,
    Appraisal,
    Audience,
    Councillor,
    CouncillorTraining,
    CouncilRecords,
    Name,
    NeedsAssessment,
    NetworkingObjective,
    Partner,
    Period,
    Plan,
    PlanReport,
    ProfessionalTraining,
    SupportOption,
    Tender,
    Worker,
    YoungPeopleMeeting,
    YoungPerson,
    example_records,
)
from .report import ComplianceReport, compliance_report

# The errors live in carewales.errors; they stay importable from here, as in 0.1.
_ERRORS = (
    DuplicateRecordIdError,
    DutyError,
    FutureRecordError,
    ParentingRecordError,
    UnknownDutyError,
    UnknownRecordError,
    UnknownWardError,
)

__all__ = [
    "CHARTER",
    "EARLIEST_DATE",
    "EXAMPLE_PERIOD",
    "LATEST_DATE",
    "Appraisal",
    "Audience",
    "ComplianceReport",
    "ComplianceResult",
    "ComplianceStatus",
    "CouncilRecords",
    "Councillor",
    "CouncillorTraining",
    "Duty",
    "DutySource",
    "Entitlement",
    "Evidence",
    "Frequency",
    "Holder",
    "Name",
    "NeedsAssessment",
    "NetworkingObjective",
    "Partner",
    "Period",
    "Plan",
    "PlanReport",
    "Principle",
    "ProfessionalTraining",
    "Standing",
    "SupportOption",
    "Target",
    "Tender",
    "Worker",
    "WorkerRole",
    "YoungPeopleMeeting",
    "YoungPerson",
    "YoungPersonCategory",
    "age_on",
    "assess",
    "compliance_report",
    "duties",
    "duty",
    "entitlements",
    "entitlements_on",
    "example_records",
    "principles",
]

# 0.1's ``Source`` clashed with carewales.deadlines.Source; it is DutySource now.
__getattr__ = renamed(__name__, {"Source": ("carewales.parenting.DutySource", lambda: DutySource)})

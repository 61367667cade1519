"""carewales: a typed, bilingual model of children's social services in Wales.

The public API is re-exported here; see the submodules for details.

>>> import carewales
>>> carewales.authority("Wrecsam").council.en
'Wrexham County Borough Council'
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from .authorities import (
    Authority,
    AuthorityKind,
    Mention,
    Region,
    RegionMembership,
    all_authorities,
    authority,
    find_authorities,
    find_authorities_in,
)
from .errors import (
    CareWalesError,
    DateRangeError,
    DocumentError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    InvalidRateError,
    InvalidTextError,
    ParentingRecordError,
    SuppressedValueError,
    UnknownAuthorityError,
    UnknownKeyError,
    UnknownLanguageError,
    UnknownTimescaleError,
    UnsupportedDateError,
)
from .text import Bilingual, BilingualEnum, Format, Language, format_date

# Names re-exported from submodules that are imported on first use, so that
# `import carewales` stays cheap (the pattern of Scientific Python's SPEC 1).
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        [
            "ComplianceReport",
            "ComplianceResult",
            "ComplianceStatus",
            "CouncilRecords",
            "Councillor",
            "Duty",
            "assess",
            "compliance_report",
            "duties",
            "duty",
            "entitlements_on",
        ],
        "parenting",
    ),
    **dict.fromkeys(
        [
            "JointService",
            "Milestone",
            "joint_service",
            "joint_services",
        ],
        "collaboration",
    ),
    **dict.fromkeys(
        [
            "Comparison",
            "FunnelLimits",
            "Rate",
            "RateRow",
            "RateTable",
            "Suppressed",
            "change",
            "funnel_limits",
            "proportion",
            "rate",
        ],
        "rates",
    ),
    **dict.fromkeys(
        [
            "ENGLAND_AND_WALES",
            "BankHoliday",
            "WorkingCalendar",
            "add_working_days",
            "bank_holidays",
            "is_bank_holiday",
            "is_working_day",
            "working_days_between",
        ],
        "calendar",
    ),
    **dict.fromkeys(
        [
            "DeadlineState",
            "DeadlineStatus",
            "TimeUnit",
            "Timescale",
            "due_date",
            "timescale",
            "timescales",
        ],
        "deadlines",
    ),
    **dict.fromkeys(
        ["Occurrence", "PlacementType", "Schedule", "schedule", "schedule_keys"], "schedules"
    ),
    # Not the function measures(): carewales.measures is the submodule, which defines it.
    **dict.fromkeys(["PerformanceMeasure", "measure"], "measures"),
    **dict.fromkeys(["Inspection", "InspectionHistory", "render"], "inspections"),
    **dict.fromkeys(
        [
            "SCHEMA_VERSION",
            "converter",
            "from_dict",
            "from_json",
            "to_dict",
            "to_json",
        ],
        "serial",
    ),
}

# The public submodules, imported on first use like the names above.
_SUBMODULES = frozenset(
    {"calendar", "caseloads", "collaboration", "deadlines", "inspections", "measures"}
    | {"parenting", "rates", "schedules", "serial", "testing", "welsh"}
)

if _TYPE_CHECKING:
    from .calendar import (
        ENGLAND_AND_WALES,
        BankHoliday,
        WorkingCalendar,
        add_working_days,
        bank_holidays,
        is_bank_holiday,
        is_working_day,
        working_days_between,
    )
    from .collaboration import (
        JointService,
        Milestone,
        joint_service,
        joint_services,
    )
    from .deadlines import (
        DeadlineState,
        DeadlineStatus,
        Timescale,
        TimeUnit,
        due_date,
        timescale,
        timescales,
    )
    from .inspections import Inspection, InspectionHistory, render
    from .measures import PerformanceMeasure, measure
    from .parenting import (
        ComplianceReport,
        ComplianceResult,
        ComplianceStatus,
        Councillor,
        CouncilRecords,
        Duty,
        assess,
        compliance_report,
        duties,
        duty,
        entitlements_on,
    )
    from .rates import (
        Comparison,
        FunnelLimits,
        Rate,
        RateRow,
        RateTable,
        Suppressed,
        change,
        funnel_limits,
        proportion,
        rate,
    )
    from .schedules import Occurrence, PlacementType, Schedule, schedule, schedule_keys
    from .serial import (
        SCHEMA_VERSION,
        converter,
        from_dict,
        from_json,
        to_dict,
        to_json,
    )

    __version__: str
else:

    def __getattr__(name: str) -> object:
        if name == "__version__":
            # Read from the package metadata on first use: importing
            # importlib.metadata costs more than the rest of `import carewales`.
            from importlib.metadata import version

            return version("carewales")
        if name in _LAZY:
            from importlib import import_module

            value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:  # carewales.rates.rate(...) works after `import carewales`
            from importlib import import_module

            return import_module(f".{name}", __name__)
        msg = f"module 'carewales' has no attribute {name!r}"
        raise AttributeError(msg)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "ENGLAND_AND_WALES",
    "SCHEMA_VERSION",
    "Authority",
    "AuthorityKind",
    "BankHoliday",
    "Bilingual",
    "BilingualEnum",
    "CareWalesError",
    "Comparison",
    "ComplianceReport",
    "ComplianceResult",
    "ComplianceStatus",
    "CouncilRecords",
    "Councillor",
    "DateRangeError",
    "DeadlineState",
    "DeadlineStatus",
    "DocumentError",
    "Duty",
    "Format",
    "FunnelLimits",
    "Inspection",
    "InspectionHistory",
    "InvalidChoiceError",
    "InvalidDateError",
    "InvalidFieldError",
    "InvalidNumberError",
    "InvalidRateError",
    "InvalidTextError",
    "JointService",
    "Language",
    "Mention",
    "Milestone",
    "Occurrence",
    "ParentingRecordError",
    "PerformanceMeasure",
    "PlacementType",
    "Rate",
    "RateRow",
    "RateTable",
    "Region",
    "RegionMembership",
    "Schedule",
    "Suppressed",
    "SuppressedValueError",
    "TimeUnit",
    "Timescale",
    "UnknownAuthorityError",
    "UnknownKeyError",
    "UnknownLanguageError",
    "UnknownTimescaleError",
    "UnsupportedDateError",
    "WorkingCalendar",
    "__version__",
    "add_working_days",
    "all_authorities",
    "assess",
    "authority",
    "bank_holidays",
    "change",
    "compliance_report",
    "converter",
    "due_date",
    "duties",
    "duty",
    "entitlements_on",
    "find_authorities",
    "find_authorities_in",
    "format_date",
    "from_dict",
    "from_json",
    "funnel_limits",
    "is_bank_holiday",
    "is_working_day",
    "joint_service",
    "joint_services",
    "measure",
    "proportion",
    "rate",
    "render",
    "schedule",
    "schedule_keys",
    "timescale",
    "timescales",
    "to_dict",
    "to_json",
    "working_days_between",
]

"""Date ranges as reports state them: to the day ("between 15 and 19 November") or the month."""

from __future__ import annotations

import calendar as _monthdays
import datetime as dt
from typing import NoReturn

import attrs

from .. import _validators as v
from ..errors import CareWalesError, DateRangeError
from ..text import BilingualEnum, Language, format_date
from ..welsh import a_ac

#: The last day an activity's dates may fall on: the end of the working-day calendar
#: (1971 to 2100) that improvement plans' due dates are counted on.
LATEST_DATE = dt.date(2100, 12, 31)

__all__ = ["DatePrecision", "DateRange"]


def covers(valid_from: dt.date | None, valid_to: dt.date | None, day: dt.date) -> bool:
    """Say whether *day* lies in a period whose open ends are ``None``."""
    return (valid_from is None or valid_from <= day) and (valid_to is None or day <= valid_to)


def check_period(instance: object, start: dt.date | None, end: dt.date | None) -> None:
    """Refuse a ``valid_to`` (*end*) before the ``valid_from`` (*start*) of *instance*."""
    if start is not None and end is not None and end < start:
        rule = f"must not be before 'valid_from' ({start})"
        rule_cy = f"rhaid iddo beidio â bod cyn 'valid_from' ({start})"
        broken(instance, "valid_to", end, rule, DateRangeError, cy=rule_cy)


def broken(  # noqa: PLR0913 (the toolkit's fail, plus the Welsh rule)
    instance: object,
    field: str,
    value: object,
    rule: str,
    error: type[CareWalesError],
    *,
    cy: str,
) -> NoReturn:
    """Raise *error* for a cross-field rule, writing dates as reports do (``2021-11-19``).

    The message reads like the toolkit's (:func:`carewales._validators.fail`):
    ``Inspection 'x': 'published' (2021-11-01) must not be before ...``; *cy* is the
    rule as a Welsh clause, shown as ``... 'published' (2021-11-01): rhaid ...``.
    """
    shown = value.isoformat() if isinstance(value, dt.date) else v.describe(value)
    msg = f"{v.where(instance)}: {field!r} ({shown}) {rule}."
    msg_cy = f"{v.where(instance)}: {field!r} ({shown}): {cy}."
    raise error(msg, cy=msg_cy)


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
        InvalidDateError: if ``start`` or ``end`` is not a plain date.
        InvalidChoiceError: if ``precision`` is not a :class:`DatePrecision`.
        DateRangeError: if ``end`` is before ``start``, or a month range is not a whole month.

    >>> fieldwork = DateRange(dt.date(2021, 11, 15), dt.date(2021, 11, 19))
    >>> fieldwork.describe("cy")
    'rhwng 15 ac 19 Tachwedd 2021'
    >>> DateRange.month(2017, 7).describe()
    'in July 2017'
    """

    start: dt.date = attrs.field(validator=v.date())
    end: dt.date = attrs.field(validator=v.date())
    precision: DatePrecision = attrs.field(
        default=DatePrecision.DAY, validator=v.member(DatePrecision)
    )

    def __attrs_post_init__(self) -> None:
        """Check the order of the days, and that a month-precision range is one whole month."""
        if self.end < self.start:
            broken(
                self,
                "end",
                self.end,
                f"must not be before 'start' ({self.start}) of a date range",
                DateRangeError,
                cy=f"rhaid iddo beidio â bod cyn 'start' ({self.start}) ystod o ddyddiadau",
            )
        if self.precision is DatePrecision.MONTH:
            last = _monthdays.monthrange(self.start.year, self.start.month)[1]
            whole = self.start.day == 1 and self.end == self.start.replace(day=last)
            if not whole:
                broken(
                    self,
                    "end",
                    self.end,
                    f"must be the last day of the month of 'start' ({self.start}): a "
                    "month-precision date range runs from the first to the last day of one month",
                    DateRangeError,
                    cy=(
                        f"rhaid iddo fod yn ddiwrnod olaf mis 'start' ({self.start}): mae ystod "
                        "o ddyddiadau i fanylder mis yn rhedeg o ddiwrnod cyntaf i ddiwrnod "
                        "olaf un mis"
                    ),
                )

    @classmethod
    def month(cls, year: int, month: int) -> DateRange:
        """Return the range a report means by "in <month> <year>".

        Raises:
            InvalidNumberError: if *year* is not from 1 to 9999 or *month* not from 1 to 12.

        >>> DateRange.month(2024, 2).end
        datetime.date(2024, 2, 29)
        """
        year, month = v.to_int(year), v.to_int(month)
        v.integer(1, 9999).check(None, "year", year)
        v.integer(1, 12).check(None, "month", month)
        last = _monthdays.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), DatePrecision.MONTH)

    @property
    def earliest_end(self) -> dt.date:
        """The earliest day the range can have ended: its last day, or a month's first."""
        return self.start if self.precision is DatePrecision.MONTH else self.end

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Write the range as a report would, in English or Welsh, on one line.

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


attrs.resolve_types(DateRange)

"""England-and-Wales bank holidays, working days and working-day arithmetic.

A *working day* is Monday to Friday and not a bank holiday.  The bank holidays
are those of England and Wales under the Banking and Financial Dealings Act 1971
(c. 80), Schedule 1, and the royal proclamations made under its section 1,
together with Good Friday and Christmas Day, which are holidays at common law.
They are known from 1971 to 2100; a date outside that range raises
:class:`~carewales.UnsupportedDateError` rather than a guess.

References:
    * Banking and Financial Dealings Act 1971, s. 1 and Sch. 1 para. 1
      (https://www.legislation.gov.uk/ukpga/1971/80/schedule/1).
    * The published dates: https://www.gov.uk/bank-holidays (Welsh:
      https://www.gov.uk/gwyliau-banc).

Counting follows the convention of the statutory timescales: day 1 is the first
working day *after* the event, so an event on a Saturday or a bank holiday counts
from the next working day.

>>> import datetime as dt
>>> from carewales.calendar import add_working_days, is_working_day, working_days_between
>>> add_working_days(dt.date(2021, 12, 24), 1)  # Christmas and Boxing Day fall at a weekend
datetime.date(2021, 12, 29)
>>> working_days_between(dt.date(2021, 12, 24), dt.date(2021, 12, 29))
1
>>> is_working_day(dt.date(2022, 9, 19))  # the State Funeral of Queen Elizabeth II
False

Every call costs the same whatever the number of days.  A calendar builds its
tables lazily: at first only for the years it is asked about, and, once it is used
across more than a few years, a table of cumulative working-day counts for the
whole range.  The functions also take numpy arrays of dates and of counts (the
``numpy`` extra); see :func:`add_working_days`.

Notes on the record:
    * 1971: Schedule 1 of the Act applied only from Royal Assent (16 December
      1971); that year's spring and late summer holidays (31 May, 30 August)
      were proclaimed at the end of the 1965–1971 trial, on the dates the
      Schedule later fixed.
    * 1977: the spring holiday moved to Monday 6 June beside the Silver Jubilee
      holiday on Tuesday 7 June (HC Deb 19 January 1977 vol 924 cc191-3W).
    * 1973: 14 November (the wedding of Princess Anne) is included as a special
      bank holiday on secondary sources; its proclamation was not seen.
    * Weekend substitutes follow today's practice in every year: the Schedule
      gives 27 December when the 25th or 26th is a Sunday; the other substitute
      days are proclaimed each year.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any, ClassVar, NoReturn, overload

import attrs
from dateutil.easter import easter

from . import _validators as v
from ._lazy import Lazy, LazyMap, load_json
from ._validators import ensure_date
from .errors import InvalidDateError, UnsupportedDateError
from .errors import InvalidNumberError as InvalidNumberError  # noqa: PLC0414 (0.1 path)
from .text import Bilingual, BilingualEnum, Language, format_date

__all__ = [
    "ENGLAND_AND_WALES",
    "FIRST_YEAR",
    "LAST_YEAR",
    "BankHoliday",
    "HolidayBasis",
    "WorkingCalendar",
    "add_working_days",
    "bank_holidays",
    "ensure_int",
    "ensure_supported_date",
    "is_bank_holiday",
    "is_working_day",
    "working_days_between",
]

#: The first year whose bank holidays are known (the 1971 Act received Royal Assent in 1971).
FIRST_YEAR = 1971
#: The last year whose bank holidays are computed.
LAST_YEAR = 2100

_FIRST_DAY = dt.date(FIRST_YEAR, 1, 1)
_LAST_DAY = dt.date(LAST_YEAR, 12, 31)
_FIRST_ORDINAL = _FIRST_DAY.toordinal()
_SPAN = _LAST_DAY.toordinal() - _FIRST_ORDINAL + 1

#: New Year's Day has been proclaimed a bank holiday in England and Wales since 1974.
_NEW_YEAR_FROM = 1974
#: The early May bank holiday has been proclaimed since 1978.
_EARLY_MAY_FROM = 1978
#: Before the 1971 Act's Schedule 1 applied, the spring and late summer holidays were proclaimed.
_SCHEDULE_FROM = 1972

_SATURDAY = 5

#: Where each year starts, as an offset from 1 January 1971 (with the end of 2100 last).
_YEAR_STARTS = tuple(
    dt.date(year, 1, 1).toordinal() - _FIRST_ORDINAL for year in range(FIRST_YEAR, LAST_YEAR + 2)
)
#: Monday-to-Friday flags, a week at a time from a Monday: slice one year out from its weekday.
_WEEKS = b"\x01\x01\x01\x01\x01\x00\x00" * 54
#: Beyond this many years a calendar stops building year tables and builds the whole table.
_PARTIAL_YEARS = 8

_WHOLE_NUMBER = v.integer()
_DAY = v.date(_FIRST_DAY, _LAST_DAY)


def ensure_int(field: str, value: object) -> int:
    """Return *value* as an :class:`int` if it is a whole number, else raise.

    Any ``numbers.Integral`` (numpy and pandas integers too) is accepted and
    returned as a plain :class:`int`; a :class:`bool` is refused.

    Args:
        field: the name to put in the error message.
        value: the value to check.

    Raises:
        InvalidNumberError: for anything that is not a whole number.

    >>> ensure_int("n", 5)
    5
    >>> ensure_int("n", True)
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidNumberError: 'n' (True) must be a whole number.
    >>> add_working_days(dt.date(2021, 1, 4), "3")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidNumberError: 'n' ('3') must be a whole number.
    """
    number: Any = v.to_int(value)  # type: ignore[arg-type]
    _WHOLE_NUMBER.check(None, field, number)
    result: int = number
    return result


def _raise_unsupported(field: str, value: object) -> NoReturn:
    msg = (
        f"{field!r} ({value}) is outside the years {FIRST_YEAR}–{LAST_YEAR} whose "
        "England-and-Wales bank holidays are known; the library does not guess beyond them."
    )
    cy = (
        f"{field!r} ({value}): rhaid i’r gwerth fod rhwng y blynyddoedd {FIRST_YEAR} a "
        f"{LAST_YEAR}, y mae gwyliau banc Cymru a Lloegr yn hysbys ar eu cyfer; nid yw’r "
        "llyfrgell yn dyfalu y tu hwnt iddynt."
    )
    raise UnsupportedDateError(msg, cy=cy)


def _raise_outside(n: object, day: object, where: str = "", where_cy: str = "") -> NoReturn:
    """Say that counting *n* working days from *day* leaves the calendar's years."""
    from .welsh import count

    msg = f"{n} working days from {day} goes outside the years {FIRST_YEAR}–{LAST_YEAR}{where}."
    days = count(n, "diwrnod gwaith") if isinstance(n, int) else f"{n} diwrnod gwaith"
    cy = f"Mae {days} o {day} yn mynd y tu hwnt i’r blynyddoedd {FIRST_YEAR}–{LAST_YEAR}{where_cy}."
    raise UnsupportedDateError(msg, cy=cy)


def _index(field: str, day: dt.date) -> int:
    """Return the offset of *day* from 1 January 1971, checking its type and range."""
    if day.__class__ is not dt.date:  # the fast path skips the full check for plain dates
        day = ensure_date(field, day)
    offset = day.toordinal() - _FIRST_ORDINAL
    if not 0 <= offset < _SPAN:
        _raise_unsupported(field, day)
    return offset


def ensure_supported_date(field: str, day: dt.date) -> dt.date:
    """Return *day* if it is a plain date from 1971 to 2100, else raise.

    Args:
        field: the name to put in the error message.
        day: the value to check.

    Raises:
        InvalidDateError: if *day* is not a plain date (a datetime is refused).
        UnsupportedDateError: if *day* is outside 1971–2100.

    >>> ensure_supported_date("start", dt.date(2101, 1, 1))
    Traceback (most recent call last):
    ...
    carewales.errors.UnsupportedDateError: 'start' (2101-01-01) is outside the years 1971–2100 ...
    """
    _index(field, day)
    return day


def _ensure_year(year: object) -> int:
    number = ensure_int("year", year)
    if not FIRST_YEAR <= number <= LAST_YEAR:
        _raise_unsupported("year", number)
    return number


class HolidayBasis(BilingualEnum):
    """What makes a day a bank holiday in England and Wales.

    >>> HolidayBasis.COMMON_LAW.label.en
    'Common law (a customary holiday)'
    """

    STATUTE = (
        "statute",
        "Banking and Financial Dealings Act 1971, Schedule 1",
        "Deddf Bancio a Thrafodion Ariannol 1971, Atodlen 1",
    )
    PROCLAMATION = (
        "proclamation",
        "Royal proclamation (Banking and Financial Dealings Act 1971, section 1)",
        "Proclamasiwn brenhinol (Deddf Bancio a Thrafodion Ariannol 1971, adran 1)",
    )
    COMMON_LAW = (
        "common-law",
        "Common law (a customary holiday)",
        "Cyfraith gyffredin (gŵyl draddodiadol)",
    )


@attrs.frozen
class BankHoliday:
    """A day observed as a bank holiday in England and Wales.

    Attributes:
        date: the day it is observed (a substitute day when the holiday itself
            falls at a weekend).
        name: its name in English and Welsh, as gov.uk/bank-holidays gives it.
        basis: the statute, proclamation or common-law custom that makes it a holiday.
        substitute: whether this is a substitute for a holiday falling at a weekend.

    Raises:
        InvalidDateError: if ``date`` is not a plain date.
        UnsupportedDateError: if ``date`` is outside 1971–2100.
        InvalidFieldError: if another field has the wrong type.

    >>> bank_holidays(2022)[-1]
    BankHoliday(date=datetime.date(2022, 12, 27), name=Bilingual(en='Christmas Day (substitute day)', cy='Dydd Nadolig (diwrnod amgen)'), basis=<HolidayBasis.STATUTE: 'statute'>, substitute=True)
    >>> bank_holidays(2022)[-1].describe("cy")
    'Dydd Mawrth, 27 Rhagfyr 2022: Dydd Nadolig (diwrnod amgen)'
    """  # noqa: E501 (a doctest's output is one line)

    _WHAT: ClassVar[str] = "bank holiday"
    _WHAT_CY: ClassVar[str] = "gŵyl banc"

    date: dt.date = attrs.field(validator=_DAY)
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    basis: HolidayBasis = attrs.field(
        default=HolidayBasis.STATUTE, validator=v.member(HolidayBasis)
    )
    substitute: bool = attrs.field(default=False, validator=v.boolean())

    @property
    def label(self) -> Bilingual:
        """The holiday's name in both languages."""
        return self.name

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the day and the holiday's name in *lang*, in one line."""
        return f"{format_date(self.date, lang, weekday=True)}: {self.name.in_(lang)}"


# The private records below are plain classes, not attrs ones: defining an attrs class
# costs a good share of a millisecond at import, and these are never compared or shown.
class _Move:
    __slots__ = ("date", "name")

    def __init__(self, date: dt.date, name: Bilingual | None) -> None:
        self.date = date
        self.name = name


class _HolidayData:
    __slots__ = ("extras", "moves", "names", "suffix")

    def __init__(
        self,
        names: dict[str, Bilingual],
        suffix: Bilingual,
        moves: dict[tuple[str, int], _Move],
        extras: dict[int, tuple[BankHoliday, ...]],
    ) -> None:
        self.names = names
        self.suffix = suffix
        self.moves = moves
        self.extras = extras


def _bilingual(raw: dict[str, str]) -> Bilingual:
    return Bilingual(raw["en"], raw["cy"])


def _load_holiday_data() -> _HolidayData:
    raw: dict[str, Any] = load_json("bank_holidays_england_and_wales.json")
    moves: dict[tuple[str, int], _Move] = {}
    for item in raw["moves"]:
        day = dt.date.fromisoformat(item["date"])
        name = _bilingual(item["name"]) if "name" in item else None
        moves[item["holiday"], day.year] = _Move(day, name)
    extras: dict[int, list[BankHoliday]] = {}
    for item in raw["extras"]:
        day = dt.date.fromisoformat(item["date"])
        extra = BankHoliday(day, _bilingual(item["name"]), HolidayBasis.PROCLAMATION)
        extras.setdefault(day.year, []).append(extra)
    return _HolidayData(
        names={key: _bilingual(value) for key, value in raw["names"].items()},
        suffix=_bilingual(raw["substitute_suffix"]),
        moves=moves,
        extras={year: tuple(items) for year, items in extras.items()},
    )


_HOLIDAY_DATA = Lazy(_load_holiday_data)


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=-day.weekday() % 7)


def _last_monday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


#: One observed holiday before it is made a BankHoliday: its date, its name (a key of
#: the data file's names, or a name), its basis and whether it is a substitute day.
_Entry = tuple[dt.date, str | Bilingual, HolidayBasis, bool]


class _YearBuilder:
    """Collects one year's holidays, naming each from the data file.

    The entries are plain tuples: the working-day tables need only the dates, and
    making (and validating) the BankHoliday values is left to :func:`bank_holidays`.
    """

    def __init__(self, year: int, data: _HolidayData) -> None:
        self.year = year
        self.data = data
        self.days: list[_Entry] = [
            (extra.date, extra.name, extra.basis, extra.substitute)
            for extra in data.extras.get(year, ())
        ]

    def add(self, day: dt.date, key: str, basis: HolidayBasis, *, substitute: bool = False) -> None:
        self.days.append((day, key, basis, substitute))

    def add_movable(self, usual: dt.date, key: str, basis: HolidayBasis) -> None:
        """Add a holiday that a proclamation may have moved (and perhaps renamed)."""
        move = self.data.moves.get((key, self.year))
        if move is None:
            self.add(usual, key, basis)
            return
        name = key if move.name is None else move.name
        self.days.append((move.date, name, HolidayBasis.PROCLAMATION, False))

    def holiday(self, entry: _Entry) -> BankHoliday:
        """Make an entry a BankHoliday, naming it from the data file."""
        day, name, basis, substitute = entry
        if isinstance(name, str):
            name = self.data.names[name]
            if substitute:
                suffix = self.data.suffix
                name = Bilingual(f"{name.en} {suffix.en}", f"{name.cy} {suffix.cy}")
        return BankHoliday(day, name, basis, substitute)

    def build(self) -> tuple[_Entry, ...]:
        year = self.year
        scheduled = HolidayBasis.STATUTE if year >= _SCHEDULE_FROM else HolidayBasis.PROCLAMATION
        if year >= _NEW_YEAR_FROM:
            new_year = dt.date(year, 1, 1)
            weekend = new_year.weekday() >= _SATURDAY
            observed = _monday_on_or_after(new_year) if weekend else new_year
            self.add(observed, "new_year", HolidayBasis.PROCLAMATION, substitute=weekend)
        sunday = easter(year)
        self.add(sunday - dt.timedelta(days=2), "good_friday", HolidayBasis.COMMON_LAW)
        self.add(sunday + dt.timedelta(days=1), "easter_monday", HolidayBasis.STATUTE)
        if year >= _EARLY_MAY_FROM:
            first_monday = _monday_on_or_after(dt.date(year, 5, 1))
            self.add_movable(first_monday, "early_may", HolidayBasis.PROCLAMATION)
        self.add_movable(_last_monday(year, 5), "spring", scheduled)
        self.add(_last_monday(year, 8), "summer", scheduled)
        self._christmas()
        return tuple(sorted(self.days, key=lambda entry: entry[0]))

    def _christmas(self) -> None:
        # Sch. 1: 26 December if not a Sunday; 27 December when the 25th or 26th is a
        # Sunday.  Christmas Day is a common-law holiday; its weekend substitute, and a
        # Monday for a Saturday Boxing Day, are proclaimed each year.
        def day(n: int) -> dt.date:
            return dt.date(self.year, 12, n)

        weekday = day(25).weekday()
        if weekday == _SATURDAY:
            self.add(day(27), "christmas", HolidayBasis.STATUTE, substitute=True)
            self.add(day(28), "boxing_day", HolidayBasis.PROCLAMATION, substitute=True)
        elif weekday == _SATURDAY + 1:
            self.add(day(26), "boxing_day", HolidayBasis.STATUTE)
            self.add(day(27), "christmas", HolidayBasis.STATUTE, substitute=True)
        elif weekday == _SATURDAY - 1:
            self.add(day(25), "christmas", HolidayBasis.COMMON_LAW)
            self.add(day(28), "boxing_day", HolidayBasis.PROCLAMATION, substitute=True)
        else:
            self.add(day(25), "christmas", HolidayBasis.COMMON_LAW)
            self.add(day(26), "boxing_day", HolidayBasis.STATUTE)


def _year_entries(year: int) -> tuple[_Entry, ...]:
    return _YearBuilder(year, _HOLIDAY_DATA()).build()


def _year_holidays(year: int) -> tuple[BankHoliday, ...]:
    builder = _YearBuilder(year, _HOLIDAY_DATA())
    return tuple(map(builder.holiday, _YEAR_ENTRIES(year)))


#: Each year's holidays, computed the first time the year is asked about: as entries
#: (for the working-day tables) and as BankHoliday values (for bank_holidays).
_YEAR_ENTRIES: LazyMap[int, tuple[_Entry, ...]] = LazyMap(_year_entries)
_YEAR_HOLIDAYS: LazyMap[int, tuple[BankHoliday, ...]] = LazyMap(_year_holidays)


def _base_year_flags(year: int) -> bytes:
    """One byte per day of *year*: 1 for a weekday that is not a bank holiday."""
    index = year - FIRST_YEAR
    start = _YEAR_STARTS[index]
    weekday = (start + _FIRST_DAY.weekday()) % 7
    flags = bytearray(_WEEKS[weekday : weekday + _YEAR_STARTS[index + 1] - start])
    for day, *_ in _YEAR_ENTRIES(year):
        flags[day.toordinal() - _FIRST_ORDINAL - start] = 0
    return bytes(flags)


_BASE_YEAR_FLAGS: LazyMap[int, bytes] = LazyMap(_base_year_flags)
_HOLIDAY_ORDINALS: LazyMap[int, frozenset[int]] = LazyMap(
    lambda year: frozenset(day.toordinal() for day, *_ in _YEAR_ENTRIES(year))
)


def bank_holidays(year: int) -> tuple[BankHoliday, ...]:
    """Return the England-and-Wales bank holidays observed in *year*, in date order.

    Each holiday appears once, on the day it is observed: when Christmas Day falls
    on a Saturday the list has its substitute on Monday 27 December, not the
    Saturday.  Good Friday and Christmas Day (common-law holidays) are included.

    Sources: Banking and Financial Dealings Act 1971, s. 1 and Sch. 1 para. 1; the
    annual royal proclamations (New Year's Day from 1974, the early May holiday
    from 1978, weekend substitutes, and every one-off move or extra day);
    Easter from :func:`dateutil.easter.easter`.

    Args:
        year: a year from 1971 to 2100.

    Returns:
        The year's holidays as :class:`BankHoliday` values.

    Raises:
        InvalidNumberError: if *year* is not an int.
        UnsupportedDateError: if *year* is outside 1971–2100.

    >>> [h.date.isoformat() for h in bank_holidays(2021)[-2:]]
    ['2021-12-27', '2021-12-28']
    >>> [h.name.en for h in bank_holidays(2021)[-2:]]
    ['Christmas Day (substitute day)', 'Boxing Day (substitute day)']
    >>> [h.name.cy for h in bank_holidays(2023)][:3]
    ['Dydd Calan (diwrnod amgen)', 'Gwener y Groglith', 'Llun y Pasg']
    """
    return _YEAR_HOLIDAYS(_ensure_year(year))


def is_bank_holiday(day: dt.date) -> bool:
    """Say whether *day* is observed as a bank holiday in England and Wales.

    A holiday falling at a weekend is observed on its substitute day, so
    Saturday 25 December 2021 is not itself a bank holiday; Monday 27 is.

    Args:
        day: a date from 1971 to 2100.

    Raises:
        InvalidDateError: if *day* is not a plain date (a datetime is refused).
        UnsupportedDateError: if *day* is outside 1971–2100.

    >>> is_bank_holiday(dt.date(2023, 5, 8)), is_bank_holiday(dt.date(2023, 5, 9))
    (True, False)
    """
    offset = _index("day", day)
    return offset + _FIRST_ORDINAL in _HOLIDAY_ORDINALS(day.year)


class _YearTable:
    """A calendar's answers for one year, ``start`` days after 1 January 1971.

    ``flags[i]`` is 1 when day *i* of the year is a working day; ``counts[i]`` is the
    number of working days before day *i*; ``days[k]`` is the day of the year of the
    *k*-th working day (from 0).
    """

    __slots__ = ("counts", "days", "flags", "start")

    def __init__(self, start: int, flags: bytes) -> None:
        self.start = start
        self.flags = flags
        self.counts = [0, *itertools.accumulate(flags)]
        self.days = list(itertools.compress(range(len(flags)), flags))


class _Tables:
    """A calendar's precomputed answers for the whole range.

    ``flags[i]`` is 1 when day *i* (counted from 1 January 1971) is a working day;
    ``counts[i]`` is the number of working days before day *i*; ``days[k]`` is the
    *k*-th working day (from 0).  ``arrays`` holds the numpy forms of ``counts`` and
    ``days``, made the first time a function is given arrays.
    """

    __slots__ = ("arrays", "counts", "days", "flags")

    def __init__(self, flags: bytes) -> None:
        self.flags = flags
        self.counts = [0, *itertools.accumulate(flags)]
        days = itertools.compress(range(_FIRST_ORDINAL, _FIRST_ORDINAL + _SPAN), flags)
        self.days = list(map(dt.date.fromordinal, days))
        self.arrays: Any = None


def _date_set(value: Iterable[Any]) -> frozenset[dt.date]:
    """Store any collection of dates as a frozenset; leave junk for the validator."""
    given: Any = value  # typed for callers; at run time anything may arrive
    if not isinstance(given, (str, bytes, dict)):
        with contextlib.suppress(TypeError):  # not iterable, or unhashable items
            given = frozenset(given)
    result: frozenset[dt.date] = given
    return result


def _check_closures(instance: WorkingCalendar, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    if not isinstance(value, frozenset):
        rule, rule_cy = (
            "must be a collection of dates",
            "rhaid i’r gwerth fod yn gasgliad o ddyddiadau",
        )
        v.fail(instance, attribute.name, value, rule, InvalidDateError, cy=rule_cy)
    for day in sorted(value, key=repr):
        _DAY.check(instance, attribute.name, day)


def _pair(item: object) -> object:
    if isinstance(item, (list, tuple)):
        return tuple(v.to_int(part) for part in item)
    return item


def _month_day_set(value: Iterable[Any]) -> frozenset[tuple[int, int]]:
    """Store (month, day) pairs as a frozenset of tuples; leave junk for the validator."""
    given: Any = value  # typed for callers; at run time anything may arrive
    if not isinstance(given, (str, bytes, dict)):
        with contextlib.suppress(TypeError):  # not iterable, or unhashable items
            given = frozenset(_pair(item) for item in given)
    result: frozenset[tuple[int, int]] = given
    return result


def _is_month_day(item: object) -> bool:
    if not isinstance(item, tuple) or len(item) != 2 or not all(map(_WHOLE_NUMBER.ok, item)):  # noqa: PLR2004 (a pair)
        return False
    try:
        dt.date(2000, *item)  # a leap year, so 29 February is allowed
    except ValueError:
        return False
    return True


_MONTH_DAY = v.satisfies(
    _is_month_day,
    "must be a (month, day) pair such as (12, 24)",
    error=InvalidDateError,
    cy="rhaid i’r gwerth fod yn bâr (mis, diwrnod) fel (12, 24)",
)


def _check_annual_closures(
    instance: WorkingCalendar,
    attribute: attrs.Attribute[Any],
    value: Any,  # noqa: ANN401
) -> None:
    if not isinstance(value, frozenset):
        rule = "must be a collection of (month, day) pairs"
        rule_cy = "rhaid i’r gwerth fod yn gasgliad o barau (mis, diwrnod)"
        v.fail(instance, attribute.name, value, rule, InvalidDateError, cy=rule_cy)
    for item in sorted(value, key=repr):
        _MONTH_DAY.check(instance, attribute.name, item)


@attrs.frozen
class WorkingCalendar:
    """Which days count as working days: Monday to Friday less bank holidays and closures.

    A calendar is immutable; :meth:`with_closures` returns a new one.  Instruments
    define "working day" differently (some also exclude Christmas Eve, or days of
    public mourning), so a :class:`~carewales.Timescale` names the calendar its
    instrument uses.

    Attributes:
        key: a short identifier, such as ``"england-and-wales"``.
        name: the calendar's name in both languages.
        closures: further non-working dates (say, a council's Christmas closure).
        annual_closures: ``(month, day)`` pairs closed every year, such as ``(12, 24)``.

    Raises:
        InvalidFieldError: if ``key`` is malformed or ``name`` is not :class:`Bilingual`.
        InvalidDateError: if a closure is not a date or not a valid (month, day).
        UnsupportedDateError: if a closure falls outside 1971–2100.

    >>> council = ENGLAND_AND_WALES.with_closures(dt.date(2024, 12, 24), dt.date(2024, 12, 31))
    >>> council.add_working_days(dt.date(2024, 12, 23), 1)
    datetime.date(2024, 12, 27)
    >>> ENGLAND_AND_WALES.add_working_days(dt.date(2024, 12, 23), 1)
    datetime.date(2024, 12, 24)
    """

    _WHAT: ClassVar[str] = "working calendar"
    _WHAT_CY: ClassVar[str] = "calendr gwaith"

    key: str = attrs.field(validator=v.key())
    name: Bilingual = attrs.field(validator=v.instance(Bilingual))
    closures: frozenset[dt.date] = attrs.field(
        default=frozenset(), converter=_date_set, validator=_check_closures
    )
    annual_closures: frozenset[tuple[int, int]] = attrs.field(
        default=frozenset(), converter=_month_day_set, validator=_check_annual_closures
    )
    _flags: LazyMap[int, bytes] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _years: LazyMap[int, _YearTable] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _tables: Lazy[_Tables] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:  # noqa: D105 (attrs hook)
        object.__setattr__(self, "_flags", LazyMap(self._year_flags))
        object.__setattr__(self, "_years", LazyMap(self._year_table))
        object.__setattr__(self, "_tables", Lazy(self._build_tables))

    def _year_flags(self, year: int) -> bytes:
        """One byte per day of *year*: 1 for a working day of this calendar."""
        base = _BASE_YEAR_FLAGS(year)
        if not self.closures and not self.annual_closures:
            return base
        flags = bytearray(base)
        start = _YEAR_STARTS[year - FIRST_YEAR] + _FIRST_ORDINAL
        for day in self.closures:
            if day.year == year:
                flags[day.toordinal() - start] = 0
        for month, day_of_month in self.annual_closures:
            try:
                closed = dt.date(year, month, day_of_month)
            except ValueError:  # 29 February outside a leap year
                continue
            flags[closed.toordinal() - start] = 0
        return bytes(flags)

    def _year_table(self, year: int) -> _YearTable:
        return _YearTable(_YEAR_STARTS[year - FIRST_YEAR], self._flags(year))

    def _build_tables(self) -> _Tables:
        years = range(FIRST_YEAR, LAST_YEAR + 1)
        tables = _Tables(b"".join(map(self._flags, years)))
        if self == ENGLAND_AND_WALES:
            # Publish the default calendar's tables for add_working_days' fast path;
            # the days go last, since a non-empty list is what says they are ready.
            _DEFAULT_COUNTS[:] = tables.counts
            _DEFAULT_DAYS[:] = tables.days
        return tables

    def _whole(self) -> _Tables | None:
        """Return the whole range's tables if built, or due (after a few years' tables)."""
        if self._tables.loaded() or len(self._flags) > _PARTIAL_YEARS:
            return self._tables()
        return None

    def _partial_add(self, day: dt.date, offset: int, n: int) -> int | None:
        """Add *n* (not 0) working days from the tables of *day*'s year and the next (or last).

        Returns the answer's offset from 1 January 1971, or None when the answer lies
        further away, or outside the range (the whole table then answers, or says why).
        """
        year = day.year
        table = self._years(year)
        if n > 0:
            k = table.counts[offset - table.start + 1] + n - 1
            if k < len(table.days):
                return table.start + table.days[k]
            if year == LAST_YEAR:
                return None
            k -= len(table.days)
            table = self._years(year + 1)
            return table.start + table.days[k] if k < len(table.days) else None
        k = table.counts[offset - table.start] + n
        if k >= 0:
            return table.start + table.days[k]
        if year == FIRST_YEAR:
            return None
        table = self._years(year - 1)
        k += len(table.days)
        return table.start + table.days[k] if k >= 0 else None

    def _partial_count(self, day: dt.date, offset: int, low: int, *, inclusive: bool) -> int:
        """Count working days from 1 January of year *low* to *day* (*day* in *low* or the next)."""
        table = self._years(day.year)
        before = len(self._years(low).days) if day.year > low else 0
        return before + table.counts[offset - table.start + inclusive]

    @property
    def label(self) -> Bilingual:
        """The calendar's name in both languages."""
        return self.name

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Name the calendar in *lang*, with its number of closure days.

        >>> ENGLAND_AND_WALES.with_closures(dt.date(2024, 12, 24)).describe()
        'Monday to Friday except England-and-Wales bank holidays (england-and-wales), 1 closure'
        >>> two = ENGLAND_AND_WALES.with_closures(dt.date(2024, 12, 24), dt.date(2024, 12, 27))
        >>> two.describe("cy").endswith("(england-and-wales), 2 ddiwrnod ar gau")
        True
        """
        from .welsh import count as count_cy

        language = Language.parse(lang)
        count = len(self.closures) + len(self.annual_closures)
        if language is Language.EN:
            closures = f", {count} closure{'' if count == 1 else 's'}" if count else ""
        else:  # mutated as spoken: "2 ddiwrnod ar gau"
            closures = f", {count_cy(count, 'diwrnod')} ar gau" if count else ""
        return f"{self.name.in_(language)} ({self.key}){closures}"

    def with_closures(self, *days: dt.date) -> WorkingCalendar:
        """Return a copy of this calendar with *days* closed as well.

        >>> ENGLAND_AND_WALES.with_closures(dt.date(2030, 1, 2)).is_working_day(dt.date(2030, 1, 2))
        False
        """
        return attrs.evolve(self, closures=(*self.closures, *days))

    def is_working_day(self, day: dt.date) -> bool:
        """Say whether *day* is a working day in this calendar.

        Raises:
            InvalidDateError: if *day* is not a plain date.
            UnsupportedDateError: if *day* is outside 1971–2100.

        >>> ENGLAND_AND_WALES.is_working_day(dt.date(2024, 12, 24))
        True
        """
        offset = _index("day", day)
        tables = self._whole()
        if tables is not None:
            return tables.flags[offset] == 1
        return self._flags(day.year)[offset - _YEAR_STARTS[day.year - FIRST_YEAR]] == 1

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """Return the *n*-th working day after *day* (before it, for negative *n*).

        For ``n >= 1`` this is the n-th working day strictly after *day*, so an
        event on a Saturday or a bank holiday counts from the next working day as
        day 1; for ``n <= -1`` the ``|n|``-th working day strictly before *day*;
        ``n == 0`` returns *day* unchanged.

        Raises:
            InvalidDateError: if *day* is not a plain date.
            InvalidNumberError: if *n* is not an int.
            UnsupportedDateError: if *day* or the answer is outside 1971–2100.

        >>> ENGLAND_AND_WALES.add_working_days(dt.date(2022, 6, 1), 1)  # Platinum Jubilee
        datetime.date(2022, 6, 6)
        >>> ENGLAND_AND_WALES.add_working_days(dt.date(2022, 6, 6), -1)
        datetime.date(2022, 6, 1)
        """
        offset = _index("day", day)
        if n.__class__ is not int:
            n = ensure_int("n", n)
        if n == 0:
            return day
        tables = self._whole()
        if tables is None:
            found = self._partial_add(day, offset, n)
            if found is not None:
                return dt.date.fromordinal(found + _FIRST_ORDINAL)
            tables = self._tables()
        if n > 0:
            k = tables.counts[offset + 1] + n - 1
            if k < len(tables.days):
                return tables.days[k]
        else:
            k = tables.counts[offset] + n
            if k >= 0:
                return tables.days[k]
        _raise_outside(n, day)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Count the working days from *start* to *end*.

        For ``end >= start``, the number of working days in (start, end]; for
        ``end < start``, minus the number in [end, start).  So
        ``working_days_between(d, add_working_days(d, n)) == n``.

        Raises:
            InvalidDateError: if either is not a plain date.
            UnsupportedDateError: if either is outside 1971–2100.

        >>> ENGLAND_AND_WALES.working_days_between(dt.date(2021, 11, 15), dt.date(2021, 12, 13))
        20
        >>> ENGLAND_AND_WALES.working_days_between(dt.date(2021, 12, 13), dt.date(2021, 11, 15))
        -20
        """
        first = _index("start", start)
        last = _index("end", end)
        tables = self._whole()
        if tables is None and abs(start.year - end.year) <= 1:
            low = min(start.year, end.year)
            inclusive = last >= first
            last_count = self._partial_count(end, last, low, inclusive=inclusive)
            return last_count - self._partial_count(start, first, low, inclusive=inclusive)
        counts = (tables or self._tables()).counts
        if last >= first:
            return counts[last + 1] - counts[first + 1]
        return counts[last] - counts[first]


#: Monday to Friday, less the England-and-Wales bank holidays: the default calendar.
ENGLAND_AND_WALES = WorkingCalendar(
    "england-and-wales",
    Bilingual(
        "Monday to Friday except England-and-Wales bank holidays",
        "Dydd Llun i ddydd Gwener heblaw gwyliau banc Cymru a Lloegr",
    ),
)


def is_working_day(day: dt.date, calendar: WorkingCalendar | None = None) -> bool:
    """Say whether *day* is a working day (by default on the England-and-Wales calendar).

    Args:
        day: a date from 1971 to 2100.
        calendar: the calendar to use; :data:`ENGLAND_AND_WALES` if omitted.

    Raises:
        InvalidDateError: if *day* is not a plain date.
        UnsupportedDateError: if *day* is outside 1971–2100.

    >>> is_working_day(dt.date(2021, 12, 27)), is_working_day(dt.date(2021, 12, 29))
    (False, True)
    """
    return (ENGLAND_AND_WALES if calendar is None else calendar).is_working_day(day)


#: The default calendar's working-day counts and working days (see ``_Tables``), filled
#: in place when its tables are built.  ``add_working_days`` reads them directly: at
#: well under a microsecond a call, an attribute lookup or a function call is a
#: large share of the cost (see benchmarks/bench_working_days.py).
_DEFAULT_COUNTS: list[int] = []
_DEFAULT_DAYS: list[dt.date] = []
_date = dt.date


@overload
def add_working_days(day: dt.date, n: int, calendar: WorkingCalendar | None = None) -> dt.date: ...


@overload
def add_working_days(
    day: Any,  # noqa: ANN401 (numpy arrays: numpy is optional, so no numpy types here)
    n: Any,  # noqa: ANN401
    calendar: WorkingCalendar | None = None,
) -> Any: ...  # noqa: ANN401


def add_working_days(
    day: Any,
    n: Any,
    calendar: WorkingCalendar | None = None,
) -> Any:
    """Return the *n*-th working day after *day*; see :meth:`WorkingCalendar.add_working_days`.

    *day* and *n* may also be numpy arrays (of ``datetime64`` dates, or of
    :class:`datetime.date` objects, and of whole numbers), or one array and one
    scalar: the answer is then an array of ``datetime64[D]`` dates, each what the
    scalar function gives for its pair (this needs the ``numpy`` extra).

    Args:
        day: the event that starts the count, or an array of them.
        n: how many working days, or an array of counts; negative counts backwards,
            0 returns *day*.
        calendar: the calendar to use; :data:`ENGLAND_AND_WALES` if omitted.

    Raises:
        InvalidDateError: if *day* is not a plain date (an item of an array, likewise).
        InvalidNumberError: if *n* is not an int (or an array of them).
        UnsupportedDateError: if *day* or the answer is outside 1971–2100.
        InvalidFieldError: if the two arrays' shapes do not fit together.
        MissingExtraError: if arrays are given and numpy is not installed.

    >>> add_working_days(dt.date(2021, 11, 15), 20)
    datetime.date(2021, 12, 13)
    >>> add_working_days(dt.date(2021, 11, 13), 1)  # a Saturday counts from Monday
    datetime.date(2021, 11, 15)
    >>> import numpy as np
    >>> add_working_days(np.array(["2021-11-13", "2021-12-24"], dtype="datetime64[D]"), 1)
    array(['2021-11-15', '2021-12-29'], dtype='datetime64[D]')
    """
    if calendar is None and type(day) is _date and type(n) is int and _DEFAULT_DAYS:
        offset = day.toordinal() - _FIRST_ORDINAL
        if 0 <= offset < _SPAN:
            if n > 0:
                k = _DEFAULT_COUNTS[offset + 1] + n - 1
                if k < len(_DEFAULT_DAYS):
                    return _DEFAULT_DAYS[k]
            elif n < 0:
                k = _DEFAULT_COUNTS[offset] + n
                if k >= 0:
                    return _DEFAULT_DAYS[k]
            else:
                return day
    # Everything else, errors included, takes the checked path.
    chosen = ENGLAND_AND_WALES if calendar is None else calendar
    if hasattr(day, "__array__") or hasattr(n, "__array__"):
        from . import _calendar_numpy

        if _calendar_numpy.is_array(day) or _calendar_numpy.is_array(n):
            return _calendar_numpy.add_working_days(day, n, chosen)
    return chosen.add_working_days(day, n)


@overload
def working_days_between(
    start: dt.date, end: dt.date, calendar: WorkingCalendar | None = None
) -> int: ...


@overload
def working_days_between(
    start: Any,  # noqa: ANN401 (numpy arrays, as for add_working_days)
    end: Any,  # noqa: ANN401
    calendar: WorkingCalendar | None = None,
) -> Any: ...  # noqa: ANN401


def working_days_between(
    start: Any,
    end: Any,
    calendar: WorkingCalendar | None = None,
) -> Any:
    """Count working days from *start* to *end*; see :meth:`WorkingCalendar.working_days_between`.

    *start* and *end* may also be numpy arrays of dates (or one an array and one a
    date): the answer is then an int64 array, each count what the scalar function
    gives for its pair (this needs the ``numpy`` extra).

    Args:
        start: the first date, or an array of them.
        end: the second date, or an array of them.
        calendar: the calendar to use; :data:`ENGLAND_AND_WALES` if omitted.

    Raises:
        InvalidDateError: if either is not a plain date (an item of an array, likewise).
        UnsupportedDateError: if either is outside 1971–2100.
        InvalidFieldError: if the two arrays' shapes do not fit together.
        MissingExtraError: if arrays are given and numpy is not installed.

    >>> working_days_between(dt.date(2022, 12, 23), dt.date(2022, 12, 28))
    1
    >>> import numpy as np
    >>> working_days_between(dt.date(2022, 12, 23), np.array(["2022-12-28", "2023-01-03"], "M8[D]"))
    array([1, 4])
    """
    chosen = ENGLAND_AND_WALES if calendar is None else calendar
    if hasattr(start, "__array__") or hasattr(end, "__array__"):
        from . import _calendar_numpy

        if _calendar_numpy.is_array(start) or _calendar_numpy.is_array(end):
            return _calendar_numpy.working_days_between(start, end, chosen)
    return chosen.working_days_between(start, end)

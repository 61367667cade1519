"""What the parts of :mod:`carewales.parenting` share: date limits, ids, and field checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final, NoReturn

from .. import _validators as v
from ..authorities import VESTING_DAY
from ..errors import CareWalesError, DutyError, ParentingRecordError, UnsupportedDateError
from ..text import Language, format_date

#: The earliest date a record, holder or period may carry: the day the 22 councils began.
EARLIEST_DATE: Final = VESTING_DAY
#: The latest date any record or period may carry; later dates are refused as junk.
LATEST_DATE: Final = dt.date(2099, 12, 31)
#: The earliest date of birth the ages helpers and young people's records accept.
EARLIEST_BIRTH: Final = dt.date(1900, 1, 1)
#: The latest deadline a result may carry: ten years (the longest target) after LATEST_DATE.
LATEST_DUE: Final = dt.date(2110, 12, 31)
#: The day Part 6 of the 2014 Act and its regulations came into force (6 April 2016).
PART_6_IN_FORCE: Final = dt.date(2016, 4, 6)

ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
KEY: Final = re.compile(r"(?=[a-z0-9-]{1,64}\Z)[a-z0-9]+(?:-[a-z0-9]+)*")
URL: Final = re.compile(r"https?://[^\s]{1,500}")
MAX_TEXT: Final = 500
MAX_ITEMS: Final = v.MAX_ITEMS

_ID_RULE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"
_ID_RULE_CY = (
    f"{v.MUST_BE} 1 i 64 o lythrennau, digidau, '.', '_', ':' neu '-', "
    "gan ddechrau â llythyren neu ddigid"
)
_KEY_RULE = "must be lower-case letters and digits in words joined by '-', at most 64"
_KEY_RULE_CY = (
    f"{v.MUST_BE} llythrennau bach a digidau mewn geiriau wedi’u cysylltu â '-', 64 ar y mwyaf"
)
_URL_RULE = "must be an http(s) address without spaces"
_URL_RULE_CY = f"{v.MUST_BE} gyfeiriad http(s) heb fylchau"


def record_id(error: type[CareWalesError] = ParentingRecordError) -> v.Check:
    """A record's id, or a reference to one: a short token such as ``"cllr-a"``."""
    return v.matches(ID, _ID_RULE, error=error, cy=_ID_RULE_CY)


def key() -> v.Check:
    """A catalogue key such as ``"councillor-training"``."""
    return v.matches(KEY, _KEY_RULE, error=DutyError, cy=_KEY_RULE_CY)


def address() -> v.Check:
    """A web address (``http`` or ``https``), raising :class:`~carewales.errors.DutyError`."""
    return v.matches(URL, _URL_RULE, error=DutyError, cy=_URL_RULE_CY)


def member(kind: type[Any], error: type[CareWalesError]) -> v.Check:
    """A member of the enum *kind*, raising *error* (the class each field raised in 0.1)."""
    return v.member(kind, error=error)


def flag(error: type[CareWalesError] = ParentingRecordError) -> v.Check:
    """``True`` or ``False``, raising *error*."""
    return v.boolean(error=error)


TEXT: Final = v.text(max_length=MAX_TEXT, stripped=True)
DAY: Final = v.date(EARLIEST_DATE, LATEST_DATE)
optional = v.optional


def fail(instance: object, text: str, error: type[CareWalesError], *, cy: str) -> NoReturn:
    """Raise *error* for a rule across fields: ``"<model>: <text>"``, and *cy* in Welsh."""
    msg = f"{v.where(instance)}: {text}"
    raise error(msg, cy=f"{v.where(instance, 'cy')}: {cy}")


def check_period(instance: object, valid_from: dt.date | None, valid_to: dt.date | None) -> None:
    """Refuse a period in force that ends before it starts, naming both days."""
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        text = f"'valid_to' ({valid_to}) must not be before 'valid_from' ({valid_from})."
        cy = f"'valid_to' ({valid_to}): {v.MUST_NOT} bod cyn 'valid_from' ({valid_from})."
        fail(instance, text, DutyError, cy=cy)


def birthday(born: dt.date, years: int) -> dt.date:
    """The day a person born on *born* reaches *years*: 1 March for 29 February in common years."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


def check_in_force(
    what: object,
    valid_from: dt.date | None,
    valid_to: dt.date | None,
    start: dt.date,
    end: dt.date,
) -> None:
    """Refuse a question about *start* to *end* outside the days a rule was in force.

    Raises:
        UnsupportedDateError: naming the rule's period (``valid_to`` is its last day).
    """
    before = valid_from is not None and start < valid_from
    after = valid_to is not None and end > valid_to
    if not (before or after):
        return
    period_en, period_cy = (
        " ".join(
            f"{word} {format_date(day, lang)}"
            for word, day in ((since, valid_from), (until, valid_to))
            if day is not None
        )
        for lang, since, until in ((Language.EN, "from", "to"), (Language.CY, "o", "hyd at"))
    )
    asked = str(start) if start == end else f"{start} to {end}"
    asked_cy = str(start) if start == end else f"{start} i {end}"
    msg = (
        f"{v.where(what)}: the days asked about ({asked}) are outside the period the rule "
        f"was in force ({period_en}); the library gives no answer there."
    )
    cy = (
        f"{v.where(what, 'cy')}: mae’r dyddiau dan sylw ({asked_cy}) y tu allan i’r cyfnod "
        f"yr oedd y rheol mewn grym ({period_cy}); nid yw’r llyfrgell yn rhoi ateb yno."
    )
    raise UnsupportedDateError(msg, cy=cy)

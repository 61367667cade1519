"""What the parts of :mod:`carewales.parenting` share: date limits, ids, and field checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final, NoReturn

from .. import _validators as v
from ..authorities import VESTING_DAY
from ..errors import CareWalesError, DutyError, ParentingRecordError

#: The earliest date a record, holder or period may carry: the day the 22 councils began.
EARLIEST_DATE: Final = VESTING_DAY
#: The latest date any record or period may carry; later dates are refused as junk.
LATEST_DATE: Final = dt.date(2099, 12, 31)
#: The earliest date of birth the ages helpers and young people's records accept.
EARLIEST_BIRTH: Final = dt.date(1900, 1, 1)
#: The latest deadline a result may carry: ten years (the longest target) after LATEST_DATE.
LATEST_DUE: Final = dt.date(2110, 12, 31)

ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
KEY: Final = re.compile(r"(?=[a-z0-9-]{1,64}\Z)[a-z0-9]+(?:-[a-z0-9]+)*")
URL: Final = re.compile(r"https?://[^\s]{1,500}")
MAX_TEXT: Final = 500
MAX_ITEMS: Final = v.MAX_ITEMS

_ID_RULE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"
_KEY_RULE = "must be lower-case letters and digits in words joined by '-', at most 64"


def record_id(error: type[CareWalesError] = ParentingRecordError) -> v.Check:
    """A record's id, or a reference to one: a short token such as ``"cllr-a"``."""
    return v.matches(ID, _ID_RULE, error=error)


def key() -> v.Check:
    """A catalogue key such as ``"councillor-training"``."""
    return v.matches(KEY, _KEY_RULE, error=DutyError)


def member(kind: type[Any], error: type[CareWalesError]) -> v.Check:
    """A member of the enum *kind*, raising *error* (the class each field raised in 0.1)."""
    return v.member(kind, error=error)


def flag(error: type[CareWalesError] = ParentingRecordError) -> v.Check:
    """``True`` or ``False``, raising *error*."""
    return v.boolean(error=error)


TEXT: Final = v.text(max_length=MAX_TEXT, stripped=True)
DAY: Final = v.date(EARLIEST_DATE, LATEST_DATE)
optional = v.optional


def fail(instance: object, text: str, error: type[CareWalesError]) -> NoReturn:
    """Raise *error* for a rule across fields: ``"<model>: <text>"``."""
    msg = f"{v.where(instance)}: {text}"
    raise error(msg)


def birthday(born: dt.date, years: int) -> dt.date:
    """The day a person born on *born* reaches *years*: 1 March for 29 February in common years."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)

"""Bilingual text: English and Welsh side by side.

Every label a person reads in carewales is a :class:`Bilingual`, never one
language without the other.  :class:`BilingualEnum` gives enum members a stable
string value (for JSON) and a bilingual label; :func:`format_date` writes dates
the English or the Welsh way.

>>> from carewales import Bilingual, Language
>>> name = Bilingual("Wrexham", "Wrecsam")
>>> name.in_("cy")
'Wrecsam'
>>> str(name)
'Wrexham'
>>> format_date(dt.date(2021, 11, 15), Language.CY)
'15 Tachwedd 2021'
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Self

import attrs

from ._validators import describe, ensure_date, ensure_text
from .errors import InvalidChoiceError, InvalidFieldError, UnknownLanguageError

__all__ = [
    "Bilingual",
    "BilingualEnum",
    "Format",
    "Language",
    "format_date",
]


class Language(enum.StrEnum):
    """The two languages of every label: English and Welsh (``cy``, *Cymraeg*).

    >>> Language.parse("CY")
    <Language.CY: 'cy'>
    >>> Language.CY.label
    Bilingual(en='Welsh', cy='Cymraeg')
    """

    EN = "en"
    CY = "cy"

    @property
    def label(self) -> Bilingual:
        """The language's own name, in both languages."""
        return _LANGUAGE_LABELS[self]

    @classmethod
    def parse(cls, value: Language | str) -> Language:
        """Return the :class:`Language` for an enum member or a code such as ``"cy"``.

        Args:
            value: a :class:`Language`, or ``"en"`` / ``"cy"`` in any case.

        Raises:
            UnknownLanguageError: for anything else.

        >>> Language.parse(" en ")
        <Language.EN: 'en'>
        """
        if isinstance(value, Language):
            return value
        if isinstance(value, str):
            try:
                return cls(value.strip().lower())
            except ValueError:
                pass
        msg = f"'lang' ({value!r}) must be one of 'en' (English) or 'cy' (Welsh, Cymraeg)."
        cy = f"'lang' ({value!r}): rhaid i’r gwerth fod yn 'en' (Saesneg) neu 'cy' (Cymraeg)."
        raise UnknownLanguageError(msg, cy=cy)


@attrs.frozen(init=False)
class Bilingual:
    """A text in English and Welsh.

    Both parts are required, must be strings that are not blank, and are stored
    stripped of surrounding white space.  ``str()`` gives the English.

    Args:
        en: the English text.
        cy: the Welsh text.

    Raises:
        InvalidTextError: if either part is missing, blank or not a string.

    >>> council = Bilingual(" Powys County Council ", "Cyngor Sir Powys")
    >>> council.en
    'Powys County Council'
    >>> council.in_(Language.CY)
    'Cyngor Sir Powys'
    >>> council.both()
    'Powys County Council / Cyngor Sir Powys'
    """

    en: str
    cy: str

    def __init__(self, en: str, cy: str) -> None:  # noqa: D107 (documented on the class)
        self.__attrs_init__(ensure_text("en", en), ensure_text("cy", cy))

    def in_(self, lang: Language | str) -> str:
        """Return the text in *lang* (a :class:`Language` or ``"en"`` / ``"cy"``).

        Raises:
            UnknownLanguageError: if *lang* is not English or Welsh.
        """
        return self.en if Language.parse(lang) is Language.EN else self.cy

    def both(self, sep: str = " / ") -> str:
        """Return English and Welsh joined by *sep*, as bilingual signs and headings do."""
        return f"{self.en}{sep}{self.cy}"

    def __str__(self) -> str:
        """Return the English text."""
        return self.en


_LANGUAGE_LABELS = {
    Language.EN: Bilingual("English", "Saesneg"),
    Language.CY: Bilingual("Welsh", "Cymraeg"),
}


class _LikeBilingual(Bilingual):
    """A :class:`Bilingual` subclass that equals, and hashes as, the plain one with its texts.

    Shared by the library's own subclasses (a name, a label still callable as in 0.1),
    so that each compares with a :class:`Bilingual` as the texts it holds.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        """Equal to any :class:`Bilingual` with the same texts."""
        if not isinstance(other, Bilingual):
            return NotImplemented
        return (self.en, self.cy) == (other.en, other.cy)

    def __hash__(self) -> int:
        """Hash as the equal plain :class:`Bilingual` does."""
        return hash(Bilingual(self.en, self.cy))


class BilingualEnum(enum.Enum):
    """An enum whose members carry a stable string value and a bilingual label.

    Subclasses list members as ``NAME = "value", "English", "Welsh"``.  The value
    is what JSON documents store; the label is what people read.

    >>> class Colour(BilingualEnum):
    ...     RED = "red", "Red", "Coch"
    >>> Colour.RED.value, Colour.RED.label.cy
    ('red', 'Coch')
    >>> Colour.parse("red") is Colour.RED
    True
    >>> Colour.parse("blue")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidChoiceError: 'blue' is not one of 'red' (Colour).
    """

    _value_: str
    _label: Bilingual

    def __new__(cls, value: str, en: str, cy: str) -> Self:  # noqa: D102
        member = object.__new__(cls)
        member._value_ = value
        member._label = Bilingual(en, cy)
        return member

    @property
    def label(self) -> Bilingual:
        """The member's label in English and Welsh."""
        return self._label

    @classmethod
    def parse(cls, value: object) -> Self:
        """Return the member whose stable value is *value*.

        Raises:
            InvalidChoiceError: naming the value and the allowed ones.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):  # never ==: pandas NA and arrays refuse to be compared
            for member in cls:
                if member.value == value:
                    return member
        allowed = ", ".join(repr(m.value) for m in cls)
        msg = f"{describe(value)} is not one of {allowed} ({cls.__name__})."
        cy = f"{describe(value)}: nid yw’n un o {allowed} ({cls.__name__})."
        raise InvalidChoiceError(msg, cy=cy)

    def __str__(self) -> str:
        """Return the English label."""
        return self._label.en


class Format(BilingualEnum):
    """The forms a document renders in: ``render(lang, *, format=Format.MARKDOWN)``.

    Every ``render`` also accepts the value as a string (``format="text"``).

    >>> Format.parse("text")
    <Format.TEXT: 'text'>
    """

    MARKDOWN = "markdown", "Markdown", "Markdown"
    TEXT = "text", "Plain text", "Testun plaen"


_MONTHS = {
    Language.EN: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    Language.CY: [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ],
}
_WEEKDAYS = {
    Language.EN: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    Language.CY: [
        "Dydd Llun",
        "Dydd Mawrth",
        "Dydd Mercher",
        "Dydd Iau",
        "Dydd Gwener",
        "Dydd Sadwrn",
        "Dydd Sul",
    ],
}


def format_date(
    day: dt.date,
    lang: Language | str = Language.EN,
    *,
    weekday: bool = False,
    in_sentence: bool = False,
) -> str:
    """Write *day* as a person reads it: ``15 November 2021`` or ``15 Tachwedd 2021``.

    Welsh month and day names follow official Welsh usage (as in the seed press
    releases, such as the WLGA's "Dydd Mercher, 10 Gorffennaf 2013").  No leading zero.
    A Welsh weekday starts with a capital "Dydd" only at the start of a line or
    sentence; inside a sentence it is "dydd Mawrth" (*in_sentence*), the month and
    the day's own name keeping their capitals.

    Args:
        day: the date.
        lang: English or Welsh.
        weekday: prefix the day of the week.
        in_sentence: the date stands inside a sentence: "ar ôl dydd Mawrth, ..."
            (English is unchanged).

    Raises:
        InvalidDateError: if *day* is not a plain date.
        UnknownLanguageError: if *lang* is neither English nor Welsh.

    >>> format_date(dt.date(2013, 7, 10), "cy", weekday=True)
    'Dydd Mercher, 10 Gorffennaf 2013'
    >>> format_date(dt.date(2013, 7, 10), weekday=True)
    'Wednesday, 10 July 2013'
    >>> "ar ôl " + format_date(dt.date(2024, 11, 5), "cy", weekday=True, in_sentence=True)
    'ar ôl dydd Mawrth, 5 Tachwedd 2024'
    """
    day = ensure_date("day", day)
    language = Language.parse(lang)
    for name, given in (("weekday", weekday), ("in_sentence", in_sentence)):
        flag: object = given  # callers without type checking pass anything
        if not isinstance(flag, bool):
            msg = f"{name!r} ({describe(flag)}) must be True or False."
            cy = f"{name!r} ({describe(flag)}): rhaid i’r gwerth fod yn True neu False."
            raise InvalidFieldError(msg, cy=cy)
    text = f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"
    if weekday:
        day_name = _WEEKDAYS[language][day.weekday()]
        if in_sentence and language is Language.CY:
            # "dydd Mawrth": the day's own name keeps its capital
            day_name = day_name[:1].lower() + day_name[1:]
        text = f"{day_name}, {text}"
    return text

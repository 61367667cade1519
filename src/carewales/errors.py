"""Every exception the library raises, in one place.

Every error carewales raises on bad input is a :class:`CareWalesError`, which is
also a :class:`ValueError`, so callers may catch either.  Messages name the field,
the value and the rule that was broken.

The family tree::

    CareWalesError (ValueError)
    ├── InvalidFieldError            a model field or argument given a value it cannot hold
    │   ├── InvalidTextError         missing, blank or too long text
    │   ├── InvalidDateError         not a plain datetime.date
    │   ├── InvalidNumberError       not a whole number, or out of range
    │   └── InvalidChoiceError       not one of the allowed values (an enum member)
    ├── UnsupportedDateError         outside the dates the reference data covers
    ├── DateRangeError               dates in an impossible order
    ├── UnknownKeyError (LookupError)  a catalogue lookup that found nothing
    │   ├── UnknownAuthorityError, UnknownTimescaleError, UnknownDutyError,
    │   ├── UnknownJointServiceError, UnknownRatingScaleError, UnknownExampleError
    │   └── UnknownLanguageError
    ├── InspectionError              an inspection record breaks a cross-field rule
    ├── IncomparableRatingsError (TypeError)
    ├── InvalidRateError, SuppressedValueError
    ├── DutyError, JointServiceError
    ├── ParentingRecordError
    │   ├── DuplicateRecordIdError, FutureRecordError
    │   └── UnknownRecordError, UnknownWardError (LookupError)
    └── DocumentError                a JSON document that cannot be read

    MissingExtraError (ModuleNotFoundError)  an optional extra (pandas, plot) is not installed

>>> import carewales
>>> try:
...     carewales.authority("Atlantis")
... except carewales.CareWalesError as error:
...     print(type(error).__name__)
UnknownAuthorityError
"""

from __future__ import annotations

__all__ = [
    "CareWalesError",
    "DateRangeError",
    "DocumentError",
    "DuplicateRecordIdError",
    "DutyError",
    "FutureRecordError",
    "IncomparableRatingsError",
    "InspectionError",
    "InvalidChoiceError",
    "InvalidDateError",
    "InvalidFieldError",
    "InvalidNumberError",
    "InvalidRateError",
    "InvalidTextError",
    "JointServiceError",
    "MissingExtraError",
    "ParentingRecordError",
    "SuppressedValueError",
    "UnknownAuthorityError",
    "UnknownDutyError",
    "UnknownExampleError",
    "UnknownJointServiceError",
    "UnknownKeyError",
    "UnknownLanguageError",
    "UnknownRatingScaleError",
    "UnknownRecordError",
    "UnknownTimescaleError",
    "UnknownWardError",
    "UnsupportedDateError",
]


class _Bilingual:
    """What every error of the library carries: its message in Welsh as well as English.

    ``str(error)`` is the English message, as it always was; ``error.cy`` is the Welsh
    one and :meth:`message` picks a language.
    """

    cy: str | None

    def message(self, lang: object = "en") -> str:
        """Return the message in *lang* (``"en"`` or ``"cy"``, or a :class:`~carewales.Language`).

        Falls back to English where no Welsh message was given.
        """
        code = getattr(lang, "value", lang)
        if code == "cy" and self.cy is not None:
            return self.cy
        return str(self)


class CareWalesError(_Bilingual, ValueError):
    """Base class of every error the library raises on bad input.

    Every error carries its message in both languages: ``str(error)`` is English,
    ``error.cy`` is Welsh and ``error.message("cy")`` picks one.

    >>> issubclass(CareWalesError, ValueError)
    True
    >>> error = CareWalesError(
    ...     "'n' (0) must be at least 1.", cy="'n' (0): rhaid i’r gwerth fod yn 1 o leiaf."
    ... )
    >>> str(error)
    "'n' (0) must be at least 1."
    >>> error.message("cy")
    "'n' (0): rhaid i’r gwerth fod yn 1 o leiaf."
    """

    def __init__(self, *args: object, cy: str | None = None) -> None:
        """Build the error from its English message (``args[0]``) and its Welsh one (*cy*)."""
        super().__init__(*args)
        self.cy = cy


# --- a value a field cannot hold ----------------------------------------------------------


class InvalidFieldError(CareWalesError):
    """A model field or a function argument was given a value it cannot hold.

    The base of the errors the validators raise: the wrong type, a value out of
    range, a malformed key.  The message names the model, the field, the value
    and the rule.
    """


class InvalidTextError(InvalidFieldError):
    """Text that a label or name needs is missing, blank, too long or not a string.

    >>> from carewales import Bilingual
    >>> Bilingual("Wrexham", "  ")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidTextError: 'cy' ('  ') must not be blank: ...
    """


class InvalidDateError(InvalidFieldError):
    """A value is not a plain :class:`datetime.date` where one is required.

    A :class:`datetime.datetime` is refused too, since its time part would be
    silently dropped.
    """


class InvalidNumberError(InvalidFieldError):
    """A count, amount or year is not a whole number in range (a :class:`bool` is refused too).

    Any ``numbers.Integral`` is accepted where an :class:`int` is meant
    (numpy and pandas integers included) and stored as a plain :class:`int`.
    """


class InvalidChoiceError(InvalidFieldError):
    """A value is not one of those allowed, such as a member of an enum."""


# --- dates ---------------------------------------------------------------------------------


class UnsupportedDateError(CareWalesError):
    """A date or year lies outside the range the library's reference data covers.

    The library refuses rather than guesses.
    """


class DateRangeError(CareWalesError):
    """Two dates are in an impossible order (an end before its start, and so on)."""


# --- lookups -------------------------------------------------------------------------------


class UnknownKeyError(CareWalesError, LookupError):
    """A key names nothing in one of the library's catalogues.

    Every lookup (:func:`~carewales.authority`, :func:`~carewales.timescale`,
    :func:`~carewales.duty`, ...) ignores case and raises a subclass of this error,
    which is also a :class:`LookupError` like :class:`KeyError`; the message
    suggests the closest keys.

    >>> issubclass(UnknownKeyError, LookupError)
    True
    """


class UnknownAuthorityError(UnknownKeyError):
    """A key names none of the 22 Welsh local authorities.

    >>> issubclass(UnknownAuthorityError, LookupError)
    True
    """


class UnknownTimescaleError(UnknownKeyError):
    """A key names no timescale in the catalogue, or none in force on the date asked."""


class UnknownDutyError(UnknownKeyError):
    """A key names no duty in the corporate-parenting catalogue."""


class UnknownJointServiceError(UnknownKeyError):
    """A key names no joint service in the register."""


class UnknownRatingScaleError(UnknownKeyError):
    """A key names no rating scale, built in or registered."""


class UnknownExampleError(UnknownKeyError):
    """A name is not one of the bundled examples."""


class UnknownLanguageError(UnknownKeyError):
    """A language code other than ``"en"`` or ``"cy"``."""


# --- domain rules --------------------------------------------------------------------------


class InspectionError(CareWalesError):
    """An inspection, plan or history breaks a rule that ties its fields together."""


class IncomparableRatingsError(CareWalesError, TypeError):
    """Two ratings on different scales were compared; they never are."""


class InvalidRateError(CareWalesError):
    """A count, population, multiplier, confidence level or method that cannot make a rate."""


class SuppressedValueError(CareWalesError):
    """A result that would need a suppressed cell's value, such as a pooled national rate."""


class DutyError(CareWalesError):
    """A duty, target, source or entitlement is inconsistent."""


class JointServiceError(CareWalesError):
    """A joint service breaks a rule: too few or repeated authorities, milestones out of order."""


class ParentingRecordError(CareWalesError):
    """A record of what a council did is junk or inconsistent; the message names the record."""


class DuplicateRecordIdError(ParentingRecordError):
    """Two records in one set of council records share an id."""


class UnknownRecordError(ParentingRecordError, LookupError):
    """A record refers to a councillor, worker, plan or young person that is not there."""


class UnknownWardError(ParentingRecordError, LookupError):
    """A meeting is recorded for a ward that no councillor in the records represents."""


class FutureRecordError(ParentingRecordError):
    """A record is dated after the day the assessment is made (``as_of``)."""


# --- documents -----------------------------------------------------------------------------


class DocumentError(CareWalesError):
    """A document that cannot be read: every problem, each with its JSON path.

    Attributes:
        problems: one line per problem, such as ``"$.kind: 'x' is not one of ..."``.
    """

    def __init__(
        self,
        kind: str,
        problems: list[str],
        *,
        kind_cy: str | None = None,
        problems_cy: list[str] | None = None,
    ) -> None:
        """Build the error from the document kind and its problems, in English and Welsh.

        *problems_cy*, if given, has the Welsh of each problem in the same order.
        """
        self.problems = tuple(problems)
        self.problems_cy = tuple(problems_cy) if problems_cy is not None else self.problems
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        lines = "\n".join(f"  {p}" for p in problems)
        lines_cy = "\n".join(f"  {p}" for p in self.problems_cy)
        welsh = f"Problemau yn y ddogfen {kind_cy or kind}: {count}\n{lines_cy}"
        super().__init__(f"{count} {noun} in the {kind} document:\n{lines}", cy=welsh)


# --- not bad input -------------------------------------------------------------------------


class MissingExtraError(_Bilingual, ModuleNotFoundError):
    """A feature needs an optional package that is not installed; the message names the extra.

    Not a :class:`CareWalesError`: nothing was wrong with the input.

    >>> issubclass(MissingExtraError, ImportError)
    True
    """

    def __init__(self, *args: object, cy: str | None = None, **kwargs: str | None) -> None:
        """Build the error from its English message and its Welsh one (*cy*)."""
        super().__init__(*args, **kwargs)
        self.cy = cy

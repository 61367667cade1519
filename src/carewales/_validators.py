"""The one validation toolkit every model uses.

Validators are built on :mod:`attrs.validators` (``instance_of``, ``in_``,
``ge``, ``le``, ``matches_re``, ``and_``) and wrapped by :class:`Check`, so that
a failure raises the library's own error (a :class:`~carewales.CareWalesError`)
whose message names the model, the field, the value and the rule::

    Finding: 'kind' ('brilliant') must be one of 'strength', 'area-for-improvement', ...

Use them as attrs field validators, with the converters below where a value may
arrive in a wider type than it is stored in::

    count: int = attrs.field(converter=v.to_int, validator=v.integer(0, 10_000))
    items: tuple[Finding, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.instance(Finding))
    )

Every init field of every public model is validated, so ``attrs.evolve`` with a
wrong value fails at once.  Cross-field rules live in ``__attrs_post_init__`` and
raise through :func:`fail`, which writes the same kind of message.

Every message is written in Welsh too (the error's ``cy``): the rule is a Welsh clause
after a colon, in one impersonal style, "rhaid i’r gwerth fod yn ..." (the value must
be ...), so no rule has to guess the gender of the thing it is about::

    Finding: 'kind' ('brilliant'): rhaid i’r gwerth fod yn un o 'strength', ...

Every factory below writes its own Welsh; a rule written by hand passes ``cy=`` to
:func:`fail`, :func:`satisfies`, :func:`matches` or :class:`Check`.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import math
import numbers
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, NoReturn, SupportsIndex, TypeVar

import attrs

from .errors import (
    CareWalesError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    InvalidTextError,
    UnsupportedDateError,
)
from .welsh import a_ac

__all__ = [
    "KEY",
    "MAX_ITEMS",
    "MAX_TEXT",
    "MUST_BE",
    "MUST_NOT",
    "Check",
    "boolean",
    "date",
    "describe",
    "ensure_date",
    "ensure_text",
    "fail",
    "instance",
    "integer",
    "key",
    "matches",
    "member",
    "number",
    "one_of",
    "optional",
    "os_error_cy",
    "satisfies",
    "text",
    "text_encoding_ok",
    "to_float",
    "to_int",
    "to_plain_decimal",
    "to_tuple",
    "to_tuple_from_iterable",
    "tuple_of",
    "utf8_ok",
    "where",
]

T = TypeVar("T")

_SHOWN = 60  # the longest repr an error message quotes whole
#: The longest text a field accepts by default; real names and findings are far shorter.
MAX_TEXT = 100_000
#: The most items a tuple field accepts by default.
MAX_ITEMS = 10_000
#: Catalogue keys: lower-case words of letters and digits joined by hyphens.
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def describe(value: object) -> str:
    """Quote *value* for an error message: its ``repr``, shortened if long.

    Integers too long to print (Python refuses past 4,300 digits) are described
    by their size instead.

    >>> describe("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
    """
    if isinstance(value, int) and value.bit_length() > 128:  # noqa: PLR2004
        return f"an int of {value.bit_length()} bits"
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 (junk may have a broken repr; the message must still be written)
        text = f"<{type(value).__name__}>"
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


#: What a file's reading or writing failed with, by :mod:`errno` code, in Welsh.
_OS_ERRORS_CY = {
    errno.ENOENT: "nid yw’n bodoli",
    errno.EISDIR: "cyfeiriadur yw hwn, nid ffeil",
    errno.EACCES: "nid oes caniatâd",
    errno.ENOTDIR: "nid yw rhan o’r llwybr yn gyfeiriadur",
}


def os_error_cy(error: OSError) -> str:
    """Say in Welsh what an :class:`OSError` means (its English is ``error.strerror``).

    >>> os_error_cy(FileNotFoundError(2, "No such file or directory"))
    'nid yw’n bodoli'
    >>> os_error_cy(OSError("disk on fire"))
    'gwall system (disk on fire)'
    """
    known = _OS_ERRORS_CY.get(error.errno) if error.errno is not None else None
    return known or f"gwall system ({errno.errorcode.get(error.errno or 0) or error})"


def where(instance: object, lang: str = "en") -> str:
    """Name the model an error is about: its class, and its id or key where it has one.

    A class may set ``_WHAT`` to a readable name ("councillor training") and
    ``_WHAT_CY`` to its Welsh ("hyfforddiant cynghorwyr"), used when *lang* is ``"cy"``.
    """
    what: str = getattr(type(instance), "_WHAT", type(instance).__name__)
    if lang == "cy":
        what = getattr(type(instance), "_WHAT_CY", what)
    for name in ("id", "key"):
        ident = getattr(instance, name, None)
        if isinstance(ident, str) and 0 < len(ident) <= 64 and ident.isprintable():  # noqa: PLR2004
            return f"{what} {ident!r}"
    return what


def _message(instance: object, field: str, value: object, rule: str) -> str:
    prefix = "" if instance is None else f"{where(instance)}: "
    return f"{prefix}{field!r} ({describe(value)}) {rule}."


def _message_cy(instance: object, field: str, value: object, rule: str) -> str:
    prefix = "" if instance is None else f"{where(instance, 'cy')}: "
    return f"{prefix}{field!r} ({describe(value)}): {rule}."


def fail(  # noqa: PLR0913 (the message's parts, and its Welsh)
    instance: object,
    field: str,
    value: object,
    rule: str,
    error: type[CareWalesError] = InvalidFieldError,
    *,
    cy: str | None = None,
) -> NoReturn:
    """Raise *error* naming *instance* (or nothing, if ``None``), *field*, *value* and *rule*.

    *rule* completes "'field' (value) ..." in English; *cy* is the same rule as a Welsh
    clause, such as ``"rhaid i’r gwerth fod yn 1 o leiaf"``, shown as "'field' (value): ...".

    >>> try:
    ...     fail(None, "minimum", 0, "must be at least 1", cy="rhaid i’r gwerth fod yn 1 o leiaf")
    ... except InvalidFieldError as error:
    ...     print(error)
    ...     print(error.cy)
    'minimum' (0) must be at least 1.
    'minimum' (0): rhaid i’r gwerth fod yn 1 o leiaf.
    """
    welsh = None if cy is None else _message_cy(instance, field, value, cy)
    raise error(_message(instance, field, value, rule), cy=welsh)


# --- the wrapper ---------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Check:
    """An attrs validator whose failures raise the library's error.

    Args:
        inner: an attrs validator (or any callable ``(instance, attribute, value)``)
            that raises :class:`TypeError` or :class:`ValueError` on a bad value.
        rule: the rule in words, completing "'field' (value) ...", such as
            ``"must be a whole number from 1 to 10"``.
        error: the library's error to raise.
        cy: the rule as a Welsh clause, completing "'field' (value): ...", such as
            ``"rhaid i’r gwerth fod yn rhif cyfan o 1 i 10"``.
    """

    inner: Validator
    rule: str
    error: type[CareWalesError] = InvalidFieldError
    #: the rule as a Welsh clause, shown as "'field' (value): ..."
    cy: str | None = attrs.field(default=None, kw_only=True)

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        """Check *value* of *attribute* on *instance*."""
        try:
            self.inner(instance, attribute, value)
        except CareWalesError:
            raise
        except (TypeError, ValueError, OverflowError, RecursionError):  # junk nested too deep
            fail(instance, attribute.name, value, self.rule, self.error, cy=self.cy)

    def check(self, instance: object, field: str, value: object) -> None:
        """Check *value* as the field named *field* of *instance* (``None`` for an argument)."""
        try:
            self.inner(instance, _VALUE, value)
        except CareWalesError:
            raise
        except (TypeError, ValueError, OverflowError, RecursionError):
            fail(instance, field, value, self.rule, self.error, cy=self.cy)

    def ok(self, value: object) -> bool:
        """Say whether *value* passes, without raising."""
        try:
            self.check(None, "value", value)
        except CareWalesError:
            return False
        return True

    def __repr__(self) -> str:
        """Show the rule, as attrs' own validators do."""
        return f"<check: {self.rule}>"


# attrs' validators read only `.name` from the attribute they are given.
@attrs.frozen
class _Named:
    name: str


_VALUE: Any = _Named("value")  # the messages attrs writes are never shown: ours replace them


def _predicate(test: Callable[[Any], bool]) -> Validator:
    def validate(_: object, __: object, value: object) -> None:
        if not test(value):
            raise ValueError

    return validate


def satisfies(
    test: Callable[[Any], bool],
    rule: str,
    *,
    error: type[CareWalesError] = InvalidFieldError,
    cy: str | None = None,
) -> Check:
    """A check that *test(value)* is true; it may also raise TypeError or ValueError.

    *rule* is the rule in English and *cy* in Welsh, as for :class:`Check`.
    """
    return Check(_predicate(test), rule, error, cy=cy)


def _or_none_cy(check: Check) -> str | None:
    return None if check.cy is None else f"{check.cy}, neu None"


def optional(check: Check) -> Check:
    """Let ``None`` through, else apply *check* (all of it: ranges and items too).

    >>> optional(integer(1, 10)).cy
    'rhaid i’r gwerth fod yn rhif cyfan o 1 i 10, neu None'
    """
    if type(check) is Check:
        inner = attrs.validators.optional(check.inner)
        return Check(inner, f"{check.rule}, or None", check.error, cy=_or_none_cy(check))
    return _Optional(
        _overridden, f"{check.rule}, or None", check.error, check, cy=_or_none_cy(check)
    )


def _overridden(_: object, __: object, ___: object) -> None:  # pragma: no cover (never called)
    """The ``inner`` of checks that override :meth:`Check.check` with rules of their own."""
    raise NotImplementedError


@attrs.frozen(repr=False)
class _Optional(Check):
    """``None``, or a value that passes a check with rules of its own (dates, tuples)."""

    wrapped: Check | None = None

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        self.check(instance, attribute.name, value)

    def check(self, instance: object, field: str, value: object) -> None:
        if value is not None and self.wrapped is not None:
            self.wrapped.check(instance, field, value)


# --- converters ----------------------------------------------------------------------------


def to_plain_decimal(value: object) -> object:
    """A finite :class:`~decimal.Decimal` with an exponent (``1E+3``) as plain digits (``1000``).

    Equal values stay equal; only how the number is written changes, so that it is
    written as the documents' schema says (digits, an optional point and decimals).
    Anything else is returned unchanged, for the field's validator to judge.

    >>> from decimal import Decimal
    >>> to_plain_decimal(Decimal("1E+3")), to_plain_decimal(Decimal("0E-2"))
    (Decimal('1000'), Decimal('0.00'))
    """
    from decimal import Decimal  # only models with money or rounded rates need it

    if isinstance(value, Decimal) and value.is_finite():
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and 0 < exponent <= _PLAIN_EXPONENT:
            return Decimal(format(value, "f"))
    return value


#: The largest exponent written out as digits; past it a number is far too big for any field.
_PLAIN_EXPONENT = 100


def to_int(value: SupportsIndex) -> int:
    """Store any :class:`numbers.Integral` (numpy and pandas integers too) as an :class:`int`.

    Anything else, :class:`bool` included, is left for the validator to refuse.

    >>> import fractions
    >>> to_int(7), to_int(True), to_int(2.0)
    (7, True, 2.0)
    """
    given: Any = value  # typed for callers; at run time anything may arrive
    if (
        type(given) is not int
        and not isinstance(given, bool)
        and isinstance(given, numbers.Integral)
    ):
        return int(given)
    return given


def to_float(value: float) -> float:
    """Store any real number but :class:`bool` (numpy floats too) as a :class:`float`.

    >>> to_float(1), to_float("1")
    (1.0, '1')
    """
    given: Any = value  # typed for callers; at run time anything may arrive
    if not isinstance(given, bool) and isinstance(given, numbers.Real):
        try:
            return float(given)
        except OverflowError:
            pass
    result: float = given
    return result


def to_tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """Store a list as a tuple; leave anything else for the validator to refuse.

    >>> to_tuple([1, 2]), to_tuple("ab")
    ((1, 2), 'ab')
    """
    given: Any = value  # typed for callers; at run time anything may arrive
    return tuple(given) if isinstance(given, list) else given


def to_tuple_from_iterable(value: Iterable[Any]) -> tuple[Any, ...]:
    """Store any iterable (a list, a generator, a pandas Series) as a tuple.

    Text, bytes and mappings are left for the validator to refuse, and so is
    anything that cannot be iterated (a 0-d numpy array says so only when tried).

    >>> to_tuple_from_iterable(x for x in "ab"), to_tuple_from_iterable("ab")
    (('a', 'b'), 'ab')
    """
    given: Any = value  # typed for callers; at run time anything may arrive
    if isinstance(value, (str, bytes, bytearray, memoryview, Mapping)):
        return given  # type: ignore[no-any-return]
    try:
        return tuple(given)
    except TypeError:
        return given  # type: ignore[no-any-return]


# attrs copies a converter's annotations into every __init__ it generates; real types,
# not the strings `from __future__ import annotations` leaves, keep typing.get_type_hints
# and Sphinx working on every model's signature.
to_int.__annotations__ = {"value": SupportsIndex, "return": int}
to_float.__annotations__ = {"value": float, "return": float}
to_tuple.__annotations__ = {"value": Sequence[Any], "return": tuple[Any, ...]}
to_tuple_from_iterable.__annotations__ = {"value": Iterable[Any], "return": tuple[Any, ...]}


# --- checks --------------------------------------------------------------------------------


def _not_bool(_: object, __: object, value: object) -> None:
    if isinstance(value, bool):
        raise TypeError


def _range_words(low: object, high: object) -> str:
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    if high is not None:
        return f" of at most {high}"
    return ""


def _range_words_cy(low: object, high: object) -> str:
    if low is not None and high is not None:
        return f" o {low} i {high}"
    if low is not None:
        return f" nad yw’n llai na {low}"
    if high is not None:
        return f" nad yw’n fwy na {high}"
    return ""


#: The start of every Welsh rule: "the value must be ...", which needs no guess at gender.
MUST_BE = "rhaid i’r gwerth fod yn"
#: The start of every negative Welsh rule: "the value must not be ...".
MUST_NOT = "rhaid i’r gwerth beidio â"


def integer(
    low: int | None = None,
    high: int | None = None,
    *,
    error: type[CareWalesError] = InvalidNumberError,
) -> Check:
    """A whole number (never a :class:`bool`) from *low* to *high*, both included.

    Pair it with ``converter=to_int`` so numpy and pandas integers are stored as ``int``.

    >>> integer(1, 10).check(None, "n", 11)
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidNumberError: 'n' (11) must be a whole number from 1 to 10.
    >>> integer(1, 10).cy
    'rhaid i’r gwerth fod yn rhif cyfan o 1 i 10'
    >>> integer(0).cy
    'rhaid i’r gwerth fod yn rhif cyfan nad yw’n llai na 0'
    """
    parts: list[Validator] = [_not_bool, attrs.validators.instance_of(int)]
    if low is not None:
        parts.append(attrs.validators.ge(low))
    if high is not None:
        parts.append(attrs.validators.le(high))
    return Check(
        attrs.validators.and_(*parts),
        f"must be a whole number{_range_words(low, high)}",
        error,
        cy=f"{MUST_BE} rhif cyfan{_range_words_cy(low, high)}",
    )


def number(
    low: float | None = None,
    high: float | None = None,
    *,
    open_low: bool = False,
    open_high: bool = False,
    error: type[CareWalesError] = InvalidNumberError,
) -> Check:
    """A finite real number (never a :class:`bool`) between *low* and *high*.

    The bounds are included unless *open_low* / *open_high* say otherwise.  Pair it
    with ``converter=to_float``.

    >>> number(0, 1, open_high=True).cy
    'rhaid i’r gwerth fod yn rhif meidraidd sy’n 0 o leiaf ac yn llai na 1'
    """
    parts: list[Validator] = [
        _not_bool,
        attrs.validators.instance_of(float),
        _predicate(math.isfinite),
    ]
    if low is not None:
        parts.append(attrs.validators.gt(low) if open_low else attrs.validators.ge(low))
    if high is not None:
        parts.append(attrs.validators.lt(high) if open_high else attrs.validators.le(high))
    words = "a finite number"
    if low is not None or high is not None:
        low_word = "above" if open_low else "at least"
        high_word = "below" if open_high else "at most"
        bounds = [
            f"{low_word} {low}" if low is not None else "",
            f"{high_word} {high}" if high is not None else "",
        ]
        words += " " + " and ".join(b for b in bounds if b)
    words_cy = "rhif meidraidd"
    if low is not None or high is not None:
        bounds_cy = [
            (f"yn fwy na {low}" if open_low else f"yn {low} o leiaf") if low is not None else "",
            (f"yn llai na {high}" if open_high else f"yn {high} ar y mwyaf")
            if high is not None
            else "",
        ]
        # "sydd yn" is written "sy’n"; "a" (and) is "ac" before the vowel of "yn".
        words_cy += " sy’n" + " ac yn".join(b.removeprefix("yn") for b in bounds_cy if b)
    return Check(
        attrs.validators.and_(*parts), f"must be {words}", error, cy=f"{MUST_BE} {words_cy}"
    )


def boolean(*, error: type[CareWalesError] = InvalidFieldError) -> Check:
    """``True`` or ``False``, nothing else (not 0 or 1)."""
    return Check(
        attrs.validators.instance_of(bool),
        "must be True or False",
        error,
        cy=f"{MUST_BE} True neu False",
    )


def text_encoding_ok(name: object) -> bool:
    """Say whether *name* names a codec that turns bytes into text (not ``"base64"``).

    >>> text_encoding_ok("cp1252"), text_encoding_ok("base64"), text_encoding_ok("nope")
    (True, False, False)
    """
    import codecs  # only readers of files need it

    try:
        return bool(codecs.lookup(name)._is_text_encoding)  # type: ignore[arg-type]  # noqa: SLF001 (no public name)
    except (LookupError, TypeError, ValueError):
        return False


def utf8_ok(value: str) -> bool:
    r"""Say whether UTF-8 can hold *value*: a lone surrogate (``"\ud800"``) it cannot.

    >>> utf8_ok("Ynys Môn"), utf8_ok("\ud800")
    (True, False)
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text_ok(max_length: int, stripped: bool, one_line: bool) -> Callable[[Any], bool]:  # noqa: FBT001
    def test(value: Any) -> bool:  # noqa: ANN401
        body = value.strip()
        return (
            bool(body)
            and len(value) <= max_length
            and (not stripped or body == value)
            and (value.isprintable() if one_line else value.isascii() or utf8_ok(value))
        )

    return test


def text(*, max_length: int = MAX_TEXT, stripped: bool = False, one_line: bool = False) -> Check:
    """A :class:`str` that is not blank, at most *max_length* characters, that UTF-8 can hold.

    With *stripped*, surrounding white space is refused too; with *one_line*, any
    character that is not printable (a line break, a tab, NUL, a control or format
    character), as an identifier must be.

    >>> text(max_length=80, stripped=True).cy
    'rhaid i’r gwerth fod yn str nad yw’n wag, 80 nod ar y mwyaf, heb fylchau o’i gwmpas'
    """
    rule = f"must be a non-blank str of at most {max_length:,} characters"
    rule_cy = f"{MUST_BE} str nad yw’n wag, {max_length:,} nod ar y mwyaf"
    if one_line:
        rule += ", printable, on one line"
        rule_cy += ", yn argraffadwy, ar un llinell"
    if stripped:
        rule += ", without surrounding white space"
        rule_cy += ", heb fylchau o’i gwmpas"
    inner = attrs.validators.and_(
        attrs.validators.instance_of(str), _predicate(_text_ok(max_length, stripped, one_line))
    )
    return Check(inner, rule, InvalidTextError, cy=rule_cy)


def matches(
    pattern: re.Pattern[str],
    rule: str,
    *,
    error: type[CareWalesError] = InvalidFieldError,
    cy: str | None = None,
) -> Check:
    """A :class:`str` matching *pattern* whole; *rule* in English and *cy* in Welsh."""
    inner = attrs.validators.and_(
        attrs.validators.instance_of(str), attrs.validators.matches_re(pattern)
    )
    return Check(inner, rule, error, cy=cy)


def key(*, max_length: int = 64) -> Check:
    """A catalogue key: lower-case letters and digits in words joined by ``-``.

    >>> key().check(None, "key", "First Core Group")
    Traceback (most recent call last):
    ...
    carewales.errors.InvalidFieldError: 'key' ('First Core Group') must be lower-case ...
    """
    inner = attrs.validators.and_(
        attrs.validators.instance_of(str),
        attrs.validators.max_len(max_length),
        attrs.validators.matches_re(KEY),
    )
    rule = (
        f"must be lower-case letters and digits in words joined by '-', at most {max_length} "
        "characters (such as 'first-core-group')"
    )
    rule_cy = (
        f"{MUST_BE} llythrennau bach a digidau mewn geiriau wedi’u cysylltu â '-', "
        f"{max_length} nod ar y mwyaf (fel 'first-core-group')"
    )
    return Check(inner, rule, cy=rule_cy)


def _a(noun: str) -> str:
    """The noun with "a" or "an": "an Authority", "a Finding"."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def instance(
    kind: type | tuple[type, ...], *, error: type[CareWalesError] = InvalidFieldError
) -> Check:
    """An instance of *kind* (a class, or a tuple of classes).

    >>> instance(int).rule, instance(dt.date).rule
    ('must be an int', 'must be a date')
    >>> instance((int, str)).cy
    'rhaid i’r gwerth fod yn int neu str'
    """
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = " or ".join(_a(k.__name__) for k in kinds)
    # Welsh has no indefinite article; a class name, being code, is not mutated.
    names_cy = " neu ".join(k.__name__ for k in kinds)
    return Check(
        attrs.validators.instance_of(kind), f"must be {names}", error, cy=f"{MUST_BE} {names_cy}"
    )


def member(kind: type[enum.Enum], *, error: type[CareWalesError] = InvalidChoiceError) -> Check:
    """A member of the enum *kind* (not its value: use ``Kind.parse`` for values).

    >>> import enum
    >>> member(enum.Enum("Colour", "RED")).cy
    'rhaid i’r gwerth fod yn aelod o Colour (1)'
    """
    shown = ", ".join(repr(m.value) for m in list(kind)[:8])
    more = ", ..." if len(kind) > 8 else ""  # noqa: PLR2004
    rule = f"must be {_a(kind.__name__)} ({shown}{more})"
    rule_cy = f"{MUST_BE} aelod o {kind.__name__} ({shown}{more})"
    return Check(attrs.validators.instance_of(kind), rule, error, cy=rule_cy)


def one_of(
    values: Collection[object], *, error: type[CareWalesError] = InvalidChoiceError
) -> Check:
    """One of *values*, compared by equality and type.

    >>> one_of(["a", "b"]).cy
    "rhaid i’r gwerth fod yn un o 'a', 'b'"
    """
    allowed = tuple(values)
    shown = ", ".join(repr(v) for v in allowed)

    def test(value: object) -> bool:
        return any(type(value) is type(v) and value == v for v in allowed)

    return Check(_predicate(test), f"must be one of {shown}", error, cy=f"{MUST_BE} un o {shown}")


# --- dates ---------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class _DateCheck(Check):
    earliest: dt.date | None = None
    latest: dt.date | None = None

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        self.check(instance, attribute.name, value)

    def check(self, instance: object, field: str, value: object) -> None:
        if isinstance(value, dt.datetime):
            rule = (
                "must be a datetime.date, not a datetime.datetime: "
                "the time part would be silently dropped; pass value.date()"
            )
            rule_cy = (
                f"{MUST_BE} datetime.date, nid datetime.datetime: byddai’r amser yn cael ei "
                "ollwng yn dawel; rhowch value.date()"
            )
            fail(instance, field, value, rule, InvalidDateError, cy=rule_cy)
        if not isinstance(value, dt.date):
            rule = f"must be a datetime.date, not {type(value).__name__}"
            rule_cy = f"{MUST_BE} datetime.date, nid {type(value).__name__}"
            fail(instance, field, value, rule, InvalidDateError, cy=rule_cy)
        if (self.earliest is not None and value < self.earliest) or (
            self.latest is not None and value > self.latest
        ):
            if self.earliest is not None and self.latest is not None:
                words = f"from {self.earliest} to {self.latest}"
                words_cy = f"fod rhwng {self.earliest} {a_ac(self.latest.year)} {self.latest}"
            elif self.earliest is not None:
                words = f"on or after {self.earliest}"
                words_cy = f"fod ar {self.earliest} neu ar ei ôl"
            else:
                words = f"on or before {self.latest}"
                words_cy = f"fod ar {self.latest} neu cyn hynny"
            rule_cy = f"rhaid i’r gwerth {words_cy}"
            fail(instance, field, value, f"must be {words}", UnsupportedDateError, cy=rule_cy)


def date(earliest: dt.date | None = None, latest: dt.date | None = None) -> Check:
    """A plain :class:`datetime.date` (a :class:`~datetime.datetime` is refused).

    A wrong type raises :class:`~carewales.errors.InvalidDateError`; a date
    outside *earliest* to *latest* raises :class:`~carewales.errors.UnsupportedDateError`.
    """
    rule = "must be a datetime.date"
    return _DateCheck(
        _overridden, rule, InvalidDateError, earliest, latest, cy=f"{MUST_BE} datetime.date"
    )


# --- tuples --------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class _TupleCheck(Check):
    item: Check | None = None
    min_size: int = 0
    max_size: int = MAX_ITEMS
    unique: bool = False

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        self.check(instance, attribute.name, value)

    def check(self, instance: object, field: str, value: object) -> None:
        if not isinstance(value, tuple) or not self.min_size <= len(value) <= self.max_size:
            fail(instance, field, value, self.rule, self.error, cy=self.cy)
        if self.item is not None:
            for index, element in enumerate(value):
                self.item.check(instance, f"{field}[{index}]", element)
        if self.unique:
            try:
                repeated = len(set(value)) != len(value)
            except TypeError:
                repeated = len({id(v) for v in value}) != len(value)
            if repeated:
                rule = "must not list the same item twice"
                rule_cy = f"{MUST_NOT} rhestru’r un eitem ddwywaith"
                fail(instance, field, value, rule, self.error, cy=rule_cy)


def tuple_of(
    item: Check | None = None,
    *,
    min_size: int = 0,
    max_size: int = MAX_ITEMS,
    unique: bool = False,
    error: type[CareWalesError] = InvalidFieldError,
) -> Check:
    """A tuple (pair with ``converter=to_tuple`` to accept lists) whose items pass *item*.

    A bad item is named with its index: ``'findings[2]' ('x') must be a Finding.``
    """
    rule = f"must be a list of {min_size} to {max_size:,} items"
    rule_cy = f"{MUST_BE} rhestr o {min_size} i {max_size:,} eitem"
    return _TupleCheck(_overridden, rule, error, item, min_size, max_size, unique, cy=rule_cy)


# --- for plain functions -------------------------------------------------------------------


def ensure_date(field: str, value: object) -> dt.date:
    """Return *value* if it is a plain date, else raise :class:`InvalidDateError`.

    A :class:`datetime.datetime` is a subclass of :class:`datetime.date`, so it is
    refused explicitly: its time part would otherwise be dropped without a word.
    """
    _ANY_DATE.check(None, field, value)
    return value  # type: ignore[return-value]


_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def ensure_text(field: str, value: object) -> str:
    """Return *value* stripped of surrounding white space, refusing non-strings and blanks.

    A label or a sentence is one line, at most :data:`MAX_TEXT` characters: line
    breaks belong to the documents that lay texts out, not to the texts.
    """
    said = f"{field!r} ({describe(value)})"
    if not isinstance(value, str):
        msg = f"{said} must be a str, not {type(value).__name__}."
        cy = f"{said}: {MUST_BE} str, nid {type(value).__name__}."
        raise InvalidTextError(msg, cy=cy)
    stripped = value.strip()
    if not stripped:
        msg = f"{said} must not be blank: both languages are required."
        cy = f"{said}: {MUST_NOT} bod yn wag: mae angen y ddwy iaith."
        raise InvalidTextError(msg, cy=cy)
    if len(stripped) > MAX_TEXT:
        msg = f"{said} must be at most {MAX_TEXT:,} characters."
        cy = f"{said}: {MUST_BE} {MAX_TEXT:,} nod ar y mwyaf."
        raise InvalidTextError(msg, cy=cy)
    if not _LINE_BREAKS.isdisjoint(stripped):
        msg = f"{said} must be one line, without line breaks."
        cy = f"{said}: {MUST_BE} un llinell, heb doriadau llinell."
        raise InvalidTextError(msg, cy=cy)
    if not utf8_ok(stripped):
        msg = f"{said} must be text that UTF-8 can hold: it has a lone surrogate."
        cy = f"{said}: {MUST_BE} testun y gall UTF-8 ei ddal: mae ganddo ddirprwy unigol."
        raise InvalidTextError(msg, cy=cy)
    return str(stripped)


_ANY_DATE = date()

"""Plain data and JSON for every model, through one configured :mod:`cattrs` converter.

* dates are ISO strings (``"2021-11-15"``), never datetimes;
* enums are their stable string values (``"strength"``), never their labels;
* authorities are their GSS codes (``"W06000006"``);
* money (:class:`~decimal.Decimal`) is a string, never a float;
* a document (:func:`to_dict`, :func:`to_json`) carries ``schema_version``.

Structuring is strict: a string is never turned into a number or a number into a
string, unknown fields are refused, and every problem in a document is reported at
once with its path (``$.findings[2].kind: 'strenght' is not one of ...``) in a
:class:`DocumentError`, the library's error, never a bare ``KeyError`` or ``TypeError``.

>>> import carewales
>>> from carewales import Bilingual, from_json, to_json
>>> text = to_json(Bilingual("Findings", "Canfyddiadau"))
>>> text
'{"schema_version": 1, "en": "Findings", "cy": "Canfyddiadau"}'
>>> from_json(text, Bilingual)
Bilingual(en='Findings', cy='Canfyddiadau')
>>> from_json('{"schema_version": 1, "en": "Findings"}', Bilingual)
Traceback (most recent call last):
...
carewales.errors.DocumentError: 1 problem in the Bilingual document:
  $.cy: required field missing
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from decimal import Decimal
from types import UnionType
from typing import Any, NoReturn, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn
from cattrs.v import format_exception, transform_error

from ._serial_fast import Compiler, trusted
from ._validators import describe
from .authorities import _GSS_CODE, Authority, authority
from .errors import (
    CareWalesError,
    DocumentError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    InvalidTextError,
    UnknownAuthorityError,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_TEXT_LENGTH",
    "SCHEMA_VERSION",
    "converter",
    "from_dict",
    "from_json",
    "json_schema",
    "register_hooks",
    "register_keyed",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: The version of the document format; bumped whenever a document's shape changes.
SCHEMA_VERSION = 1
#: The largest JSON document :func:`from_json` reads, in bytes of UTF-8.
MAX_DOCUMENT_BYTES = 5_000_000
#: The longest string any field accepts; real findings and names are far shorter.
MAX_TEXT_LENGTH = 100_000

_MAX_INDENT = 16  # spaces of indentation to_json writes at most
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --- strict scalar hooks --------------------------------------------------------------------


# Each problem is written in English and in Welsh: "<value> must be ..." and
# "<value>: rhaid i’r gwerth fod yn ...", as the validators write theirs.
_MUST_BE = "rhaid i’r gwerth fod yn"


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        shown, typename = describe(value), type(value).__name__
        msg = f"{shown} must be a string, not {typename}"
        raise InvalidTextError(msg, cy=f"{shown}: {_MUST_BE} llinyn testun (str), nid {typename}")
    if len(value) > MAX_TEXT_LENGTH:
        msg = f"a string of {len(value):,} characters is longer than {MAX_TEXT_LENGTH:,}"
        cy = f"mae llinyn testun o {len(value):,} nod yn hwy na {MAX_TEXT_LENGTH:,}"
        raise InvalidTextError(msg, cy=cy)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        shown, typename = describe(value), type(value).__name__
        msg = f"{shown} must be a whole number, not {typename}"
        raise InvalidNumberError(msg, cy=f"{shown}: {_MUST_BE} rhif cyfan, nid {typename}")
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        shown, typename = describe(value), type(value).__name__
        msg = f"{shown} must be a number, not {typename}"
        raise InvalidNumberError(msg, cy=f"{shown}: {_MUST_BE} rhif, nid {typename}")
    return float(value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        shown, typename = describe(value), type(value).__name__
        msg = f"{shown} must be true or false, not {typename}"
        raise InvalidFieldError(msg, cy=f"{shown}: {_MUST_BE} true neu false, nid {typename}")
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        shown = describe(value)
        msg = f"{shown} must be a date written YYYY-MM-DD"
        raise InvalidDateError(msg, cy=f"{shown}: {_MUST_BE} ddyddiad ar y ffurf YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a real date"
        raise InvalidDateError(msg, cy=f"nid yw {value!r} yn ddyddiad go iawn") from None


#: How a document writes a decimal: digits, and a point and decimals if any (the schema's).
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _unstructure_decimal(value: Decimal) -> str:
    """Digits and a point, never an exponent: ``Decimal("1E+3")`` is written ``"1000"``."""
    exponent = value.as_tuple().exponent
    plain = isinstance(exponent, int) and abs(exponent) <= 100  # noqa: PLR2004
    return format(value, "f") if plain else str(value)


def _structure_decimal(value: object, _: type) -> Decimal:
    shown = describe(value)
    if not isinstance(value, str) or not _DECIMAL_TEXT.fullmatch(value):
        msg = f'{shown} must be a decimal written as a string, such as "107000000.00"'
        cy = (
            f"{shown}: {_MUST_BE} rhif degol wedi’i ysgrifennu fel llinyn testun, "
            'fel "107000000.00"'
        )
        raise InvalidNumberError(msg, cy=cy)
    return Decimal(value)  # digits and a point: always a finite decimal


def _structure_authority(value: object, _: type) -> Authority:
    if not isinstance(value, str) or not _GSS_CODE.fullmatch(value):
        shown = describe(value)
        msg = f"{shown} must be an authority's GSS code, such as 'W06000006'"
        cy = f"{shown}: {_MUST_BE} god GSS awdurdod, fel 'W06000006'"
        raise UnknownAuthorityError(msg, cy=cy)
    return authority(value)


def _structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, kind):
        return value
    member = kind._value2member_map_.get(value) if isinstance(value, (str, int)) else None
    if member is not None and type(value) is type(member.value):
        return member
    allowed = ", ".join(repr(m.value) for m in kind)
    shown = describe(value)
    msg = f"{shown} is not one of {allowed}"
    raise InvalidChoiceError(msg, cy=f"nid yw {shown} yn un o {allowed}")


def _unstructure_authority(item: Authority) -> str:
    """Write an authority as its GSS code: only the register's own entry can travel so."""
    try:
        registered = authority(item.code)
    except CareWalesError:
        registered = None
    if registered is not item and registered != item:
        shown = describe(item)
        msg = (
            f"{shown} is not the register's authority {item.code}: an authority "
            "travels in documents by its GSS code alone, so only the 22 registered "
            "authorities (carewales.all_authorities()) can be written."
        )
        cy = (
            f"nid {shown} yw awdurdod {item.code} y gofrestr: mae awdurdod yn teithio "
            "mewn dogfennau wrth ei god GSS yn unig, felly dim ond y 22 awdurdod "
            "cofrestredig (carewales.all_authorities()) y gellir eu hysgrifennu."
        )
        raise InvalidFieldError(msg, cy=cy)
    return item.code


def _is_model(kind: Any) -> bool:  # noqa: ANN401 (cattrs passes any type)
    return isinstance(kind, type) and attrs.has(kind) and kind is not Authority


def _model_hook(kind: type[T], made: cattrs.Converter) -> Callable[[object, type], T]:
    """Structure an attrs model only from a JSON object (a dict), never from a string."""
    inner = make_dict_structure_fn(kind, made)

    def hook(value: object, _: type) -> T:
        if not isinstance(value, dict):
            shown = describe(value)
            msg = f"{shown} must be a JSON object with the fields of {kind.__name__}"
            cy = f"{shown}: {_MUST_BE} wrthrych JSON â meysydd {kind.__name__}"
            raise InvalidFieldError(msg, cy=cy)
        return inner(value, kind)

    return hook


def _not_an_array(value: object) -> NoReturn:
    shown = describe(value)
    msg = f"{shown} must be a JSON array"
    raise InvalidFieldError(msg, cy=f"{shown}: {_MUST_BE} arae JSON")


def _is_sequence(kind: Any) -> bool:  # noqa: ANN401 (cattrs passes any type)
    origin, args = get_origin(kind), get_args(kind)
    homogeneous_tuple = origin is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004
    return homogeneous_tuple or (origin is list and len(args) == 1)


def _is_optional(kind: Any) -> bool:  # noqa: ANN401 (cattrs passes any type)
    args = get_args(kind)
    return len(args) == 2 and type(None) in args  # noqa: PLR2004


def _optional_hook(kind: Any, made: cattrs.Converter) -> Callable[[object, type], Any]:  # noqa: ANN401
    """Structure ``X | None`` with X's hook looked up once, not on every call."""
    (inner,) = (a for a in get_args(kind) if a is not type(None))
    inner_hook = made.get_structure_hook(inner)

    def hook(value: object, _: type) -> Any:  # noqa: ANN401
        return None if value is None else inner_hook(value, inner)

    return hook


def _optional_unstructure_hook(kind: Any, made: cattrs.Converter) -> Callable[[Any], Any]:  # noqa: ANN401
    """Unstructure ``X | None`` with X's hook looked up once."""
    (inner,) = (a for a in get_args(kind) if a is not type(None))
    inner_hook = made.get_unstructure_hook(inner)

    def hook(value: Any) -> Any:  # noqa: ANN401
        return None if value is None else inner_hook(value)

    return hook


def _sequence_hook(kind: Any, made: cattrs.Converter) -> Callable[[object, type], Any]:  # noqa: ANN401
    """Structure ``tuple[X, ...]`` and ``list[X]`` only from a JSON array, naming bad items."""
    item = get_args(kind)[0]
    build = tuple if get_origin(kind) is tuple else list
    item_hook = made.get_structure_hook(item)
    if not made.detailed_validation:

        def fast(value: object, _: type) -> Any:  # noqa: ANN401
            if not isinstance(value, (list, tuple)):
                _not_an_array(value)
            return build(item_hook(element, item) for element in value)

        return fast

    def hook(value: object, _: type) -> Any:  # noqa: ANN401
        if not isinstance(value, (list, tuple)):
            _not_an_array(value)
        items, errors = [], []
        for index, element in enumerate(value):
            try:
                items.append(item_hook(element, item))
            except Exception as error:  # noqa: BLE001 (gathered, as cattrs does, with the index)
                note = IterableValidationNote(f"Structuring item @ index {index}", index, item)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
        if errors:
            msg = f"While structuring {kind!r}"
            raise IterableValidationError(msg, errors, kind)
        return build(items)

    return hook


def _is_set(kind: Any) -> bool:  # noqa: ANN401 (cattrs passes any type)
    return get_origin(kind) in {frozenset, set} and len(get_args(kind)) == 1


def _sort_key(item: object) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _set_unstructure_hook(kind: Any, made: cattrs.Converter) -> Callable[[Any], Any]:  # noqa: ANN401
    """Write a set as a JSON array in a stable order, so equal sets give equal documents."""
    item_hook = made.get_unstructure_hook(get_args(kind)[0])

    def hook(value: Any) -> Any:  # noqa: ANN401
        return sorted((item_hook(item) for item in value), key=_sort_key)

    return hook


def _set_structure_hook(kind: Any, made: cattrs.Converter) -> Callable[[object, type], Any]:  # noqa: ANN401
    """Read a set from a JSON array, through the hook of ``tuple[X, ...]``."""
    item = get_args(kind)[0]
    build = frozenset if get_origin(kind) is frozenset else set
    as_tuple = made.get_structure_hook(tuple[item, ...])  # type: ignore[valid-type]

    def hook(value: object, _: type) -> Any:  # noqa: ANN401
        return build(as_tuple(value, tuple[item, ...]))  # type: ignore[valid-type]

    return hook


def _is_tuple(kind: Any) -> bool:  # noqa: ANN401 (cattrs passes any type)
    return get_origin(kind) is tuple and bool(get_args(kind))


def _tuple_unstructure_hook(kind: Any, made: cattrs.Converter) -> Callable[[Any], Any]:  # noqa: ANN401
    """Write a tuple as a list, so plain data holds only JSON types (a JSON array)."""
    args = get_args(kind)
    if _is_sequence(kind):
        item_hook = made.get_unstructure_hook(args[0])
        return lambda value: [item_hook(item) for item in value]
    hooks = [made.get_unstructure_hook(a) for a in args]
    return lambda value: [hook(item) for hook, item in zip(hooks, value, strict=True)]


def _unstructure_enum(member: enum.Enum) -> object:
    return member._value_  # the plain attribute: `.value` is a slower descriptor


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    made = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    made.register_structure_hook(str, _structure_str)
    made.register_structure_hook(int, _structure_int)
    made.register_structure_hook(float, _structure_float)
    made.register_structure_hook(bool, _structure_bool)
    made.register_structure_hook(dt.date, _structure_date)
    made.register_unstructure_hook(dt.date, dt.date.isoformat)
    made.register_structure_hook(Decimal, _structure_decimal)
    made.register_unstructure_hook(Decimal, _unstructure_decimal)
    made.register_structure_hook(Authority, _structure_authority)
    made.register_unstructure_hook(Authority, _unstructure_authority)
    # Enums by value, strictly; StrEnum and IntEnum are named too, or the str and int
    # hooks above would claim them first (they come earlier in the method order).
    for base in (enum.Enum, enum.StrEnum, enum.IntEnum):
        made.register_structure_hook(base, _structure_enum)
        made.register_unstructure_hook(base, _unstructure_enum)
    if detailed:
        # Good messages for a model given something other than an object.  The fast
        # converter needs no such check: its generated code fails on anything but a
        # mapping, and the document is then read again by the detailed converter.
        made.register_structure_hook_factory(_is_model, _model_hook)
    made.register_structure_hook_factory(_is_sequence, _sequence_hook)
    made.register_structure_hook_factory(_is_set, _set_structure_hook)
    made.register_unstructure_hook_factory(_is_set, _set_unstructure_hook)
    made.register_unstructure_hook_factory(_is_tuple, _tuple_unstructure_hook)
    made.register_structure_hook_factory(_is_optional, _optional_hook)
    made.register_unstructure_hook_factory(_is_optional, _optional_unstructure_hook)
    return made


#: The configured converter.  Use it to (un)structure parts of documents, or to
#: register hooks for your own attrs classes that contain carewales objects.
converter = _make_converter(detailed=True)
# A second converter without detailed validation serves the fast path (below) for the
# types it writes no code of its own for: unions, sets, decimals, authorities, and
# types with hooks of their own.  Only when the fast path fails is the document read
# again by `converter`, to name every problem.
_fast = _make_converter(detailed=False)

#: Types with hooks of their own (register_hooks, register_keyed): the fast path uses them.
_CUSTOM: list[Any] = []


def _is_custom(kind: Any) -> bool:  # noqa: ANN401 (any type)
    return any(kind == known for known in _CUSTOM)


_compiler = Compiler(
    generic=_fast.get_structure_hook,
    custom=_is_custom,
    is_model=_is_model,
    max_text=MAX_TEXT_LENGTH,
)
# For data read from JSON text that cannot hold a string too long or a line break.
_trusting = Compiler(
    generic=_fast.get_structure_hook,
    custom=_is_custom,
    is_model=_is_model,
    max_text=MAX_TEXT_LENGTH,
    trusted=True,
)


def _compiled_hook(kind: type) -> Callable[[object, type], Any]:
    """The fast converter reads a model (inside a set or union, say) with compiled code."""
    return lambda value, _: _compiler.model(kind)(value)  # no trust: any data can come here


_fast.register_structure_hook_factory(_is_model, _compiled_hook)


def register_hooks(
    kind: Any,  # noqa: ANN401 (a class or a typing form such as a union)
    *,
    structure: Callable[[Any, Any], Any] | None = None,
    unstructure: Callable[[Any], Any] | None = None,
    schema: dict[str, Any] | None = None,
    key: str | None = None,
) -> None:
    """Teach the shared converter (both its fast and its detailed form) about *kind*.

    Modules with types of their own (such as :mod:`carewales.rates`'s suppressed
    cells) call this when they are imported.

    Args:
        kind: the class or typing form.
        structure: reads *kind* from plain data.
        unstructure: writes *kind* as plain data.
        schema: the JSON Schema of what *unstructure* writes, for :func:`json_schema`.
        key: for a *kind* written as a single value rather than an object (a register
            entry that travels by its key, or a symbol): the field that holds that value
            in a document of its own, such as ``"code"`` for an authority.

    >>> register_hooks(complex, structure=lambda v, _: complex(v), unstructure=str)
    >>> converter.unstructure(1 + 2j)
    '(1+2j)'
    """
    for made in (converter, _fast):
        if structure is not None:
            made.register_structure_hook_func(lambda t: t == kind, structure)
        if unstructure is not None:
            made.register_unstructure_hook_func(lambda t: t == kind, unstructure)
    if structure is not None:
        _CUSTOM.append(kind)
        _compiler.clear()
        _trusting.clear()
    if schema is not None:
        _SCHEMAS[kind] = schema
    if key is not None:
        _BY_KEY[kind] = key


#: JSON Schemas of types with hooks of their own (see :func:`register_hooks`).
_SCHEMAS: dict[Any, dict[str, Any]] = {}
#: Types written as one value; a document of their own holds it under this field.
_BY_KEY: dict[Any, str] = {Authority: "code"}


@attrs.frozen
class _Keyed:
    """How a model that may travel by its key is written and read (see :func:`register_keyed`)."""

    find: Callable[[str], Any]
    key_of: Callable[[Any], str | None]
    full: dict[bool, Callable[[Any], Any]]  # the whole object's unstructure hook, per converter


_KEYED: dict[type, _Keyed] = {}


def register_keyed(
    kind: type[T], *, find: Callable[[str], T], key_of: Callable[[T], str | None]
) -> None:
    """Let *kind* travel inside documents as its key where it has one, else in full.

    A rating scale that the library ships is written ``"ofsted-ilacs"``; one of your
    own is written in full, so a document reads without registering anything.  A
    document of *kind* itself is always written in full.

    Args:
        kind: an attrs model class.
        find: returns the object a key names (raising the library's error if none).
        key_of: the key to write for an object, or ``None`` to write it in full.
    """
    full: dict[bool, Callable[[Any], Any]] = {}
    for detailed, made in ((True, converter), (False, _fast)):
        whole = made.gen_unstructure_attrs_fromdict(kind)
        inner = _model_hook(kind, made) if detailed else _compiled_hook(kind)
        full[detailed] = whole

        def structure(value: object, _: type, inner: Any = inner) -> Any:  # noqa: ANN401
            return find(value) if isinstance(value, str) else inner(value, kind)

        def unstructure(obj: Any, whole: Any = whole) -> Any:  # noqa: ANN401
            key = key_of(obj)
            return whole(obj) if key is None else key

        made.register_structure_hook(kind, structure)
        made.register_unstructure_hook(kind, unstructure)
    _KEYED[kind] = _Keyed(find, key_of, full)
    _CUSTOM.append(kind)
    _compiler.clear()
    _trusting.clear()


# cattrs' own messages (format_exception), in Welsh.
_CATTRS_WORDS = {
    "required field missing": "maes gofynnol ar goll",
    "invalid value for type, expected ": "gwerth annilys i’r math, disgwylid ",
    "invalid value": "gwerth annilys",
    "invalid type ": "math annilys ",
    "expected a mapping": "disgwylid gwrthrych JSON",
    "unknown error ": "gwall anhysbys ",
    "extra fields found ": "meysydd ychwanegol ",
}
_CATTRS_PHRASE = re.compile("|".join(re.escape(words) for words in _CATTRS_WORDS))


def _cattrs_in_welsh(message: str) -> str:
    """Cattrs' message in Welsh: its fixed words translated, the names it quotes kept."""
    return _CATTRS_PHRASE.sub(lambda found: _CATTRS_WORDS[found.group()], message, count=1)


def _format(error: BaseException, kind: type | None) -> str:
    if isinstance(error, CareWalesError):
        return str(error)
    if isinstance(error, ForbiddenExtraKeysError):
        return "unknown field(s) " + ", ".join(repr(f) for f in sorted(error.extra_fields))
    return format_exception(error, kind)


def _format_cy(error: BaseException, kind: type | None) -> str:
    if isinstance(error, CareWalesError):
        return error.message("cy")
    if isinstance(error, ForbiddenExtraKeysError):
        return "maes(ydd) anhysbys " + ", ".join(repr(f) for f in sorted(error.extra_fields))
    return _cattrs_in_welsh(format_exception(error, kind))


def _kind_name(kind: object) -> str:
    return getattr(kind, "__name__", repr(kind))


def _problems(error: Exception) -> tuple[list[str], list[str]]:
    """Every problem in *error*, each with its path: in English, and in Welsh in the same order."""
    if isinstance(error, cattrs.BaseValidationError):
        found = []
        for formatter in (_format, _format_cy):
            lines = transform_error(error, path="$", format_exception=formatter)
            # cattrs writes "message @ $.path"; we lead with the path, as JSON tools do.
            found.append(
                [f"{path}: {message}" for message, _, path in (s.rpartition(" @ ") for s in lines)]
            )
        return found[0], found[1]
    return [f"$: {_format(error, None)}"], [f"$: {_format_cy(error, None)}"]


def _json_error_cy(error: ValueError) -> str:
    r"""Say in Welsh where and why JSON text could not be read (Python says it in English).

    >>> try:
    ...     json.loads("[1,\n 2,,]")
    ... except ValueError as error:
    ...     print(_json_error_cy(error))
    llinell 2, colofn 4
    >>> print(_json_error_cy(UnicodeDecodeError("utf-8", b"{\xff}", 1, 2, "invalid start byte")))
    testun utf-8 annilys: beit 0xff yn safle 1
    """
    if isinstance(error, json.JSONDecodeError):
        return f"llinell {error.lineno}, colofn {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        byte = error.object[error.start : error.start + 1].hex()
        return f"testun {error.encoding} annilys: beit 0x{byte} yn safle {error.start}"
    # Python's other refusals: a whole number too long to read
    return "mae rhif cyfan ynddo sy’n rhy hir i’w ddarllen"


def _refuse(name: str, problem: str, problem_cy: str) -> NoReturn:
    """Raise a DocumentError of one problem, in English and Welsh."""
    # from None: a JSON parser's own error, when there is one, is in the message already
    raise DocumentError(name, [problem], kind_cy=name, problems_cy=[problem_cy]) from None


def to_dict(obj: object) -> dict[str, Any]:
    """Return *obj* (an attrs model) as plain data: a document with ``schema_version``.

    A register entry that travels by its key is written as that key: an authority
    is ``{"schema_version": 1, "code": "W06000006"}``, inside other documents just
    ``"W06000006"``, and is read back as the register's own object.

    >>> to_dict(carewales.Bilingual("Wrexham", "Wrecsam"))
    {'schema_version': 1, 'en': 'Wrexham', 'cy': 'Wrecsam'}
    >>> to_dict(carewales.authority("Wrecsam"))
    {'schema_version': 1, 'code': 'W06000006'}

    Raises:
        InvalidFieldError: if *obj* is not an attrs model instance.
    """
    if not attrs.has(type(obj)):
        shown = describe(obj)
        msg = f"'obj' ({shown}) must be a carewales model (an attrs instance)."
        cy = f"'obj' ({shown}): {_MUST_BE} fodel carewales (gwrthrych attrs)."
        raise InvalidFieldError(msg, cy=cy)
    keyed = _KEYED.get(type(obj))
    data = converter.unstructure(obj) if keyed is None else keyed.full[True](obj)
    key = _BY_KEY.get(type(obj))
    if key is not None:
        return {"schema_version": SCHEMA_VERSION, key: data}
    return {"schema_version": SCHEMA_VERSION, **data}


def _check_kind(kind: object) -> None:
    """Refuse a *kind* that is not a model class: a document is read into a model."""
    if not (isinstance(kind, type) and attrs.has(kind)):
        shown = describe(kind)
        msg = f"'kind' ({shown}) must be a carewales model class, such as Inspection."
        cy = f"'kind' ({shown}): {_MUST_BE} ddosbarth model carewales, fel Inspection."
        raise InvalidFieldError(msg, cy=cy)


def from_dict(data: object, kind: type[T]) -> T:
    """Build a *kind* from plain data written by :func:`to_dict`.

    Args:
        data: a mapping with ``schema_version`` and the model's fields.
        kind: the model class, such as :class:`~carewales.Bilingual`.

    Raises:
        DocumentError: listing every problem with its path.
    """
    _check_kind(kind)
    return _read(data, kind)


def _read(data: object, kind: type[T], compiler: Compiler = _compiler) -> T:
    """Build a *kind* (a model class) from plain data: quickly, or naming every problem."""
    name = _kind_name(kind)
    if not isinstance(data, dict):
        shown = describe(data)
        _refuse(
            name,
            f"$: a document must be a JSON object, not {shown}",
            f"$: rhaid i ddogfen fod yn wrthrych JSON, nid {shown}",
        )
    version = data.get("schema_version")
    if version is None:
        _refuse(
            name,
            "$.schema_version: required field missing",
            "$.schema_version: maes gofynnol ar goll",
        )
    # Exactly the int 1: not True, 1.0, Decimal(1), numpy's 1, pandas' NA or an array.
    if type(version) is not int or version != SCHEMA_VERSION:
        shown = describe(version)
        _refuse(
            name,
            f"$.schema_version: {shown} is not supported (expected {SCHEMA_VERSION})",
            f"$.schema_version: nid yw {shown} yn cael ei gefnogi (disgwylid {SCHEMA_VERSION})",
        )
    key = _BY_KEY.get(kind)
    if key is not None:
        return _by_key(data, kind, key, name)
    fast = None if _is_custom(kind) else compiler.model(kind)
    try:
        result: T = _fast.structure(_body(data), kind) if fast is None else fast(data, 1)
    except Exception:  # noqa: BLE001, S110 (read again below, to name every problem)
        pass
    else:
        return result
    try:
        return converter.structure(_body(data), kind)
    except Exception as error:
        problems, problems_cy = _problems(error)
        raise DocumentError(name, problems, kind_cy=name, problems_cy=problems_cy) from error


def _body(data: dict[str, Any]) -> dict[str, Any]:
    """A document's fields without its ``schema_version``."""
    return {k: value for k, value in data.items() if k != "schema_version"}


def _by_key(data: dict[str, Any], kind: type[T], key: str, name: str) -> T:
    """Read a register entry's document: its key and nothing else."""
    body = _body(data)
    extra = sorted(set(body) - {key})
    if extra:
        shown = ", ".join(repr(f) for f in extra)
        _refuse(name, f"$: unknown field(s) {shown}", f"$: maes(ydd) anhysbys {shown}")
    if key not in body:
        _refuse(name, f"$.{key}: required field missing", f"$.{key}: maes gofynnol ar goll")
    try:
        return converter.structure(body[key], kind)
    except CareWalesError as error:
        problem, problem_cy = f"$.{key}: {error}", f"$.{key}: {error.message('cy')}"
        raise DocumentError(name, [problem], kind_cy=name, problems_cy=[problem_cy]) from error


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Return *obj* as a JSON document (UTF-8 text, Welsh letters kept as they are).

    >>> print(to_json(carewales.Bilingual("Wrexham", "Wrecsam"), indent=1))
    {
     "schema_version": 1,
     "en": "Wrexham",
     "cy": "Wrecsam"
    }
    """
    given: object = indent  # callers without type checking pass anything
    if given is not None and (
        isinstance(given, bool) or not isinstance(given, int) or not 0 <= given <= _MAX_INDENT
    ):
        shown = describe(indent)
        msg = f"'indent' ({shown}) must be None or a whole number from 0 to {_MAX_INDENT}."
        cy = f"'indent' ({shown}): {_MUST_BE} None neu’n rhif cyfan o 0 i {_MAX_INDENT}."
        raise InvalidFieldError(msg, cy=cy)
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


# A character is at most 4 bytes of UTF-8: text this short needs no counting.
_SURELY_SMALL = MAX_DOCUMENT_BYTES // 4


def from_json(text: str | bytes, kind: type[T]) -> T:
    """Read a *kind* from a JSON document written by :func:`to_json`.

    Raises:
        DocumentError: for text that is not JSON, too large or too deep, or that
            does not describe a valid *kind*, listing every problem with its path.
    """
    _check_kind(kind)
    name = _kind_name(kind)
    given: object = text  # callers without type checking pass anything
    if not isinstance(given, (str, bytes)):
        typename = type(given).__name__
        _refuse(
            name,
            f"$: expected JSON text, not {typename}",
            f"$: disgwylid testun JSON, nid {typename}",
        )
    size = len(text)
    if isinstance(text, str) and size > _SURELY_SMALL:
        size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_DOCUMENT_BYTES:
        _refuse(
            name,
            f"$: {size:,} bytes is more than {MAX_DOCUMENT_BYTES:,}",
            f"$: mae {size:,} beit yn fwy na {MAX_DOCUMENT_BYTES:,}",
        )
    try:
        data = json.loads(text)
    except RecursionError:
        _refuse(
            name,
            "$: the document is nested too deeply",
            "$: mae’r ddogfen wedi’i nythu’n rhy ddwfn",
        )
    except ValueError as error:
        welsh = _json_error_cy(error)
        _refuse(name, f"$: not valid JSON ({error})", f"$: nid yw’n JSON dilys ({welsh})")
    return _read(
        data,
        kind,
        _trusting if isinstance(text, str) and trusted(text, MAX_TEXT_LENGTH) else _compiler,
    )


# --- JSON Schema ------------------------------------------------------------------------------

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


_SIMPLE_SCHEMAS: dict[Any, dict[str, Any]] = {
    str: {"type": "string", "maxLength": MAX_TEXT_LENGTH},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    dt.date: {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"},
    Decimal: {"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$"},
    Authority: {"type": "string", "pattern": "^W06[0-9]{6}$"},
}


def _schema_for(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401
    """The schema of one type, adding the schemas of attrs classes to *defs*."""
    origin, args = get_origin(kind), get_args(kind)
    if args and type(None) in args:
        options = [_schema_for(a, defs) for a in args if a is not type(None)]
        return {"anyOf": [*options, {"type": "null"}]}
    if args and origin in {Union, UnionType}:
        return {"anyOf": [_schema_for(a, defs) for a in args]}
    if _is_sequence(kind) or _is_set(kind):
        array = {"type": "array", "items": _schema_for(args[0], defs)}
        return {**array, "uniqueItems": True} if _is_set(kind) else array
    if origin is tuple:
        items = [_schema_for(a, defs) for a in args]
        return {
            "type": "array",
            "prefixItems": items,
            "minItems": len(items),
            "maxItems": len(items),
        }
    return _leaf_schema(kind, defs)


def _leaf_schema(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401
    """The schema of a type that holds no other types but attrs fields."""
    known = _SCHEMAS.get(kind) or _SIMPLE_SCHEMAS.get(kind)
    if known is not None:
        return known
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [m.value for m in kind]}
    if not _is_model(kind):
        msg = f"no JSON Schema rule for {kind!r}"
        raise InvalidFieldError(msg, cy=f"nid oes rheol JSON Schema ar gyfer {kind!r}")
    if kind in _KEYED:
        key = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
        return {"anyOf": [key, _model_schema(kind, defs)]}
    return _model_schema(kind, defs)


def _model_schema(kind: type, defs: dict[str, Any]) -> dict[str, Any]:
    """A reference to the schema of the attrs model *kind*, added to *defs* once."""
    name = kind.__name__
    if name not in defs:
        defs[name] = {}  # placeholder first: models may refer to themselves
        attrs.resolve_types(kind)
        # What cattrs writes: the init fields (init=False ones are derived, never stored).
        fields = [f for f in attrs.fields(kind) if f.init]
        defs[name] = {
            "type": "object",
            "properties": {f.name: _schema_for(f.type, defs) for f in fields},
            "required": [f.name for f in fields if f.default is attrs.NOTHING],
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def json_schema(kind: type) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of documents of *kind*, generated from the model.

    The schema checks shapes and formats; the rules that tie fields together (a
    publication not before its fieldwork, say) are checked when the document is read.

    >>> schema = json_schema(carewales.Bilingual)
    >>> schema["properties"]["schema_version"]
    {'const': 1}
    >>> sorted(schema["$defs"]["Bilingual"]["required"])
    ['cy', 'en']
    """
    _check_kind(kind)
    defs: dict[str, Any] = {}
    key = _BY_KEY.get(kind)
    if key is not None:
        body: dict[str, Any] = {"properties": {key: _schema_for(kind, defs)}, "required": [key]}
        comment = f"a {kind.__name__} travels by its {key}"
    else:
        reference = _model_schema(kind, defs)
        body = defs[kind.__name__]
        comment = f"generated from {reference['$ref']}"
    schema: dict[str, Any] = {
        "$schema": _DRAFT,
        "$id": f"https://carewales.readthedocs.io/schema/{kind.__name__.lower()}-{SCHEMA_VERSION}.json",
        "title": f"carewales {kind.__name__} document, schema version {SCHEMA_VERSION}",
        "type": "object",
        "properties": {"schema_version": {"const": SCHEMA_VERSION}, **body["properties"]},
        "required": ["schema_version", *body["required"]],
        "additionalProperties": False,
    }
    if defs:
        schema["$defs"] = defs
    schema["$comment"] = comment
    return schema

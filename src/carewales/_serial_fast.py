"""The fast path of :mod:`carewales.serial`: code written and compiled once per model.

:func:`carewales.serial.from_json` first reads a document with the functions built
here, one per type: a model's function checks the JSON type of each field inline,
looks enum values up in a dict, reads dates with :meth:`datetime.date.fromisoformat`,
runs the model's validators as plain expressions where it recognises them (those the
toolkit :mod:`carewales._validators` builds from :mod:`attrs.validators`), calls any
other validator just as attrs' ``__init__`` would, sets the fields and runs the
model's cross-field rules (``__attrs_post_init__``).  Each validator runs once.

Any doubt is a failure: the function raises, and :mod:`carewales.serial` reads the
document again with its detailed converter, which names every problem with its path.
So the fast path never writes an error message; it must only accept no more than the
detailed path does, and build the same object when it accepts (the property tests in
``tests/test_serial_fast.py`` check both).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, get_args, get_origin

import attrs

from . import _validators as v
from .text import Bilingual

__all__ = ["Compiler", "Invalid", "trusted"]


class Invalid(Exception):  # noqa: N818 (a signal inside the library, never shown)
    """Raised by compiled code for anything it does not accept: read the document in detail."""


_NONE = type(None)
# attrs' validator classes, known by the objects its public factories make.
_INSTANCE_OF = type(attrs.validators.instance_of(int))
_AND = type(attrs.validators.and_(attrs.validators.instance_of(int)))
_OPTIONAL = type(attrs.validators.optional(attrs.validators.instance_of(int)))
_NUMBER = type(attrs.validators.ge(0))
_MAX_LEN: type[Any] = type(attrs.validators.max_len(1))
_MIN_LEN: type[Any] = type(attrs.validators.min_len(1))
_MATCHES = type(attrs.validators.matches_re("x"))
_IN = type(attrs.validators.in_((1,)))
_FACTORY: type[Any] = type(attrs.Factory(list))
_PREDICATE_CODE = v._predicate(bool).__code__  # noqa: SLF001 (the toolkit's own closures)
_TEXT_OK_CODE = v._text_ok(1, False, False).__code__  # noqa: FBT003, SLF001
_GENERATED = "<attrs generated"
# attrs' comparison validators (ge, le, gt, lt) carry their operator as text.
_OPERATORS = frozenset({"<", "<=", ">=", ">"})

Classes = tuple[type, ...] | None  # the exact classes a value may have, or None: unknown


@attrs.frozen
class _Shape:
    """What compiled code knows of a value it produced: its exact classes, and its items'."""

    classes: Classes = None
    items: Classes = None

    def within(self, kinds: type | tuple[type, ...]) -> bool:
        """Say whether every value of this shape is an instance of *kinds*."""
        return self.classes is not None and all(issubclass(c, kinds) for c in self.classes)

    def without_none(self) -> _Shape:
        if self.classes is None:
            return self
        return _Shape(tuple(c for c in self.classes if c is not _NONE), self.items)


_UNKNOWN = _Shape()


def _cell(function: Any, name: str) -> Any:  # noqa: ANN401 (a closure's captured value)
    """The value a closure captured under *name*."""
    index = function.__code__.co_freevars.index(name)
    return function.__closure__[index].cell_contents


class _Code:
    """Python source being written, with the objects it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"_Invalid": Invalid}
        self._depth = 0
        self._ids: dict[int, str] = {}
        self._counter = itertools.count()

    def line(self, text: str) -> None:
        self.lines.append("    " * self._depth + text)

    @contextmanager
    def block(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def const(self, value: object) -> str:
        """A name for *value* in the compiled code's namespace."""
        name = self._ids.get(id(value))
        if name is None:
            name = self._ids[id(value)] = f"_c{next(self._counter)}"
            self.names[name] = value
        return name

    def temp(self) -> str:
        return f"_t{next(self._counter)}"

    def compile(self, label: str) -> Callable[..., Any]:
        source = "\n".join(self.lines)
        exec(compile(source, f"<carewales fast {label}>", "exec"), self.names)  # noqa: S102
        function: Callable[..., Any] = self.names["structure"]
        function.__doc__ = source  # readable when debugging: help() shows the code
        return function


def _direct(kind: type) -> bool:
    """Say whether *kind* can be built field by field as attrs' own ``__init__`` builds it.

    Not if it has an ``__init__`` of its own or a hook before it, caches its hash, has a
    default that needs the object, an attrs ``Converter``, or a derived (``init=False``)
    field with a validator or a converter.
    """
    code = getattr(getattr(kind, "__init__", None), "__code__", None)
    if (
        code is None
        or not code.co_filename.startswith(_GENERATED)
        or "_attrs_cached_hash" in code.co_consts
        or hasattr(kind, "__attrs_pre_init__")
    ):
        return False
    for field in attrs.fields(kind):
        default = field.default
        if isinstance(default, _FACTORY) and default.takes_self and field.init:
            return False
        if isinstance(field.converter, attrs.Converter):
            return False
        if not field.init and (field.validator is not None or field.converter is not None):
            return False
    return True


def _default(field: attrs.Attribute[Any], code: _Code, item: str = "item") -> str:
    """An expression for *field*'s default (a factory's is made anew, as attrs makes it)."""
    default = field.default
    if isinstance(default, _FACTORY):
        made = f"({item})" if default.takes_self else "()"
        return f"{code.const(default.factory)}{made}"
    return code.const(default)


class Compiler:
    """Writes, compiles and caches one structuring function per type.

    Args:
        generic: returns the fast cattrs converter's hook for a type the compiler
            does not write code for (called ``hook(value, type)``).
        custom: says whether a type has hooks of its own (``register_hooks``).
        is_model: says whether a type is an attrs model read from a JSON object.
        max_text: the longest string any field accepts.
        trusted: write no checks of string length or of line breaks, for data that
            JSON text too short to hold a longer string, and holding no line break,
            was read into (see :func:`trusted`).
    """

    def __init__(
        self,
        *,
        generic: Callable[[Any], Callable[[Any, Any], Any]],
        custom: Callable[[Any], bool],
        is_model: Callable[[Any], bool],
        max_text: int,
        trusted: bool = False,
    ) -> None:
        """Set the compiler up; nothing is compiled until a type is first read."""
        self._generic = generic
        self._custom = custom
        self._is_model = is_model
        self._max_text = max_text
        self._trusted = trusted
        self._functions: dict[Any, Callable[..., Any]] = {}
        self._models: dict[type, Callable[..., Any]] = {}
        self._open: set[type] = set()  # models whose code is being written inline
        self._compiling: set[type] = set()  # models whose function is being written

    def clear(self) -> None:
        """Forget every compiled function (hooks have changed)."""
        self._functions.clear()
        self._models.clear()

    def function(self, kind: Any) -> Callable[..., Any]:  # noqa: ANN401 (any type)
        """The one-argument function reading a value of *kind* from plain data."""
        found = self._functions.get(kind)
        if found is None:
            found = self._functions[kind] = self._build(kind)
        return found

    def model(self, kind: type) -> Callable[..., Any]:
        """The function ``structure(data, extra=0)`` reading the model *kind* from a dict.

        *extra* counts keys the dict may hold besides the fields (``schema_version``).
        Hooks of *kind*'s own are not consulted: a keyed model's hook calls this.
        """
        found = self._models.get(kind)
        if found is None:
            # A placeholder first, so that a model holding itself compiles.
            self._models[kind] = lambda data, extra=0: self._models[kind](data, extra)
            self._compiling.add(kind)
            try:
                found = self._build_model(kind)
            finally:
                del self._models[kind]
                self._compiling.discard(kind)
            self._models[kind] = found
        return found

    # --- one function per type --------------------------------------------------------------

    def _build(self, kind: Any) -> Callable[..., Any]:  # noqa: ANN401
        if not self._custom(kind) and self._is_model(kind):
            return self.model(kind)
        code = _Code()
        code.line("def structure(value):")
        with code.block():
            self._emit(kind, "value", "result", code)
            code.line("return result")
        return code.compile(repr(kind))

    def _emit(self, kind: Any, source: str, target: str, code: _Code) -> _Shape:  # noqa: ANN401
        """Write code reading *source* as a *kind* into *target*; return what is known of it.

        *source* is a local name; *target* may be the same name.
        """
        if self._custom(kind):
            return self._emit_generic(kind, source, target, code)
        if kind is str:
            longer = "" if self._trusted else f" or len({source}) > {self._max_text}"
            code.line(f"if {source}.__class__ is not str{longer}: raise _Invalid")
        elif kind in {int, bool}:
            code.line(f"if {source}.__class__ is not {kind.__name__}: raise _Invalid")
        elif kind is float:
            code.line(f"if {source}.__class__ is int: {target} = float({source})")
            code.line(f"elif {source}.__class__ is not float: raise _Invalid")
            if target != source:
                code.line(f"else: {target} = {source}")
            return _Shape((float,))
        elif kind is dt.date:
            # fromisoformat reads ASCII digits only, and of the forms it reads, ten ASCII
            # characters with '-' at 4 and 7 is YYYY-MM-DD alone: the detailed hook's form.
            # (It refuses anything but a str itself.)
            code.line(
                f"if len({source}) != 10 or {source}[4] != '-' or {source}[7] != '-' "
                f"or not {source}.isascii(): raise _Invalid"
            )
            code.line(f"{target} = {code.const(dt.date.fromisoformat)}({source})")
            return _Shape((dt.date,))
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            return self._emit_enum(kind, source, target, code)
        else:
            return self._emit_form(kind, source, target, code)
        if target != source:
            code.line(f"{target} = {source}")
        return _Shape((kind,))

    def _emit_form(self, kind: Any, source: str, target: str, code: _Code) -> _Shape:  # noqa: ANN401
        """Write code for an optional value, a sequence, a model or anything else."""
        args = get_args(kind)
        if len(args) == 2 and _NONE in args:  # noqa: PLR2004 (X | None)
            (inner,) = (a for a in args if a is not _NONE)
            if target == source:
                code.line(f"if {source} is not None:")
            else:
                code.line(f"if {source} is None: {target} = None")
                code.line("else:")
            with code.block():
                shape = self._emit(inner, source, target, code)
            classes = None if shape.classes is None else (*shape.classes, _NONE)
            return _Shape(classes, shape.items)
        origin = get_origin(kind)
        if (origin is tuple and len(args) == 2 and args[1] is Ellipsis) or (  # noqa: PLR2004
            origin is list and len(args) == 1
        ):
            code.line(
                f"if {source}.__class__ is not list and {source}.__class__ is not tuple: "
                "raise _Invalid"
            )
            item = args[0]
            if not self._inline(item):
                read = code.const(self.function(item))
                code.line(f"{target} = {origin.__name__}(map({read}, {source}))")
            else:  # a loop here saves a call per item
                self._emit_loop(item, source, target, code)
                if origin is tuple:
                    code.line(f"{target} = tuple({target})")
            return _Shape((origin,), self._shape_of(item).classes)
        if self._is_model(kind):
            if _plain_bilingual(kind):
                _emit_bilingual(source, target, "", self._max_text, code, trusted=self._trusted)
            else:
                code.line(f"{target} = {code.const(self.model(kind))}({source})")
            return _Shape((kind,))
        return self._emit_generic(kind, source, target, code)

    def _inline(self, kind: Any) -> bool:  # noqa: ANN401
        """Say whether items of *kind* are read by code written into their sequence's loop."""
        if self._custom(kind) or not self._is_model(kind) or kind in self._open:
            return False
        return _plain_bilingual(kind) or (kind not in self._compiling and _direct(kind))

    def _emit_loop(self, kind: type, source: str, target: str, code: _Code) -> None:
        """Write a loop reading each item of *source* as a *kind* into the list *target*."""
        data, item, add = code.temp(), code.temp(), code.temp()
        code.line(f"{target}_ = []")
        code.line(f"{add} = {target}_.append")
        code.line(f"for {data} in {source}:")
        with code.block():
            if _plain_bilingual(kind):
                _emit_bilingual(data, item, "", self._max_text, code, trusted=self._trusted)
            else:
                read = code.const(self.model(kind))
                self._write_build(
                    kind,
                    code,
                    data=data,
                    item=item,
                    extra="",
                    otherwise=f"{add}({read}({data})); continue",
                )
            code.line(f"{add}({item})")
        code.line(f"{target} = {target}_")

    def _shape_of(self, kind: Any) -> _Shape:  # noqa: ANN401
        """What the function of *kind* is known to return."""
        if self._custom(kind):
            return _UNKNOWN
        if kind in {str, int, bool, float, dt.date}:
            return _Shape((kind,))
        if isinstance(kind, type) and (issubclass(kind, enum.Enum) or self._is_model(kind)):
            return _Shape((kind,))
        return _UNKNOWN

    def _emit_generic(self, kind: Any, source: str, target: str, code: _Code) -> _Shape:  # noqa: ANN401
        hook = code.const(self._generic(kind))
        code.line(f"{target} = {hook}({source}, {code.const(kind)})")
        return _UNKNOWN

    def _emit_enum(self, kind: type[enum.Enum], source: str, target: str, code: _Code) -> _Shape:
        members = kind._value2member_map_
        if not members or not all(type(m.value) is str for m in kind):
            return self._emit_generic(kind, source, target, code)
        # Only a str finds a member by its value: the detailed hook refuses 1 for "1".
        table = code.const({k: m for k, m in members.items() if type(k) is str})
        if self._trusted:  # JSON holds no enum members, and no other value is a str key
            code.line(f"{target} = {table}[{source}]")
            return _Shape((kind,))
        slow = code.const(self._generic(kind))
        code.line(
            f"{target} = {table}[{source}] if {source}.__class__ is str "
            f"else {slow}({source}, {code.const(kind)})"
        )
        return _Shape((kind,))

    # --- models -----------------------------------------------------------------------------

    def _build_model(self, kind: type) -> Callable[..., Any]:
        attrs.resolve_types(kind)
        code = _Code()
        if _plain_bilingual(kind):
            code.line("def structure(data, extra=0):")
            with code.block():
                _emit_bilingual(
                    "data", "item", " + extra", self._max_text, code, trusted=self._trusted
                )
                code.line("return item")
        elif _direct(kind):
            # Documents hold every field (to_json writes defaults too): for a dict of as
            # many keys as fields, every field is read without asking whether it is there.
            self._write_direct(kind, code, "partial", complete=False)
            self._write_direct(kind, code, "structure", complete=True)
        else:
            self._write_call(kind, code)
        return code.compile(kind.__qualname__)

    def _write_call(self, kind: type, code: _Code) -> None:
        """Write a function that reads the fields and calls the class with them."""
        fields = [f for f in attrs.fields(kind) if f.init]
        required = sum(1 for f in fields if f.default is attrs.NOTHING)
        code.line("def structure(data, extra=0):")
        with code.block():
            code.line("if data.__class__ is not dict: raise _Invalid")
            code.line(f"count = {required} + extra")
            code.line("given = {}")
            for index, field in enumerate(fields):
                value, name = f"v{index}", field.name
                if field.default is attrs.NOTHING:
                    code.line(f"{value} = data[{name!r}]")
                    self._emit(field.type, value, value, code)
                    code.line(f"given[{(field.alias or name)!r}] = {value}")
                    continue
                code.line(f"if {name!r} in data:")
                with code.block():
                    code.line("count += 1")
                    code.line(f"{value} = data[{name!r}]")
                    self._emit(field.type, value, value, code)
                    code.line(f"given[{(field.alias or name)!r}] = {value}")
            code.line("if len(data) != count: raise _Invalid")
            code.line(f"return {code.const(kind)}(**given)")

    def _write_direct(self, kind: type, code: _Code, function: str, *, complete: bool) -> None:
        """Write a function that builds *kind* as attrs' ``__init__`` does, checks inline.

        *complete*: the dict holds every field (else the function named ``partial`` is
        called), so no field falls back to its default.
        """
        code.line(f"def {function}(data, extra=0):")
        with code.block():
            if complete:
                self._write_build(
                    kind,
                    code,
                    data="data",
                    item="item",
                    extra=" + extra",
                    otherwise="return partial(data, extra)",
                )
                code.line("return item")
                return
            init_fields = [f for f in attrs.fields(kind) if f.init]
            required = sum(1 for f in init_fields if f.default is attrs.NOTHING)
            later: list[str] = []
            code.line("if data.__class__ is not dict: raise _Invalid")
            code.line(f"count = {required} + extra")
            names = []
            for field in init_fields:
                value = code.temp()
                names.append(value)
                shape = self._read_field(field, "data", value, code, complete=False)
                self._write_checks(field, value, shape, code, later=later, item="item")
            code.line("if len(data) != count: raise _Invalid")
            self._write_construct(kind, code, "item", names, later)
            code.line("return item")

    def _write_build(  # noqa: PLR0913
        self, kind: type, code: _Code, *, data: str, item: str, extra: str, otherwise: str
    ) -> None:
        """Write statements building *kind* from the dict *data* holding every field, into *item*.

        A dict of another size runs the statement *otherwise* (reading it with defaults).
        """
        self._open.add(kind)
        try:
            init_fields = [f for f in attrs.fields(kind) if f.init]
            later: list[str] = []
            if not self._trusted:  # JSON has no other mappings than dicts
                code.line(f"if {data}.__class__ is not dict: raise _Invalid")
            code.line(f"if len({data}) != {len(init_fields)}{extra}: {otherwise}")
            names = []
            for field in init_fields:
                value = code.temp()
                names.append(value)
                shape = self._read_field(field, data, value, code, complete=True)
                self._write_checks(field, value, shape, code, later=later, item=item)
            self._write_construct(kind, code, item, names, later)
        finally:
            self._open.discard(kind)

    def _write_construct(
        self, kind: type, code: _Code, item: str, names: list[str], later: list[str]
    ) -> None:
        """Write the making of *item* from the field values in *names*, then its rules."""
        fields = attrs.fields(kind)
        code.line(f"{item} = {code.const(object.__new__)}({code.const(kind)})")
        for name, field in zip(names, (f for f in fields if f.init), strict=True):
            code.line(_set(kind, field.name, item, name, code))
        for field in fields:
            if not field.init and field.default is not attrs.NOTHING:
                code.line(_set(kind, field.name, item, _default(field, code, item), code))
        for line in later:
            code.line(line)
        if hasattr(kind, "__attrs_post_init__"):
            code.line(f"{item}.__attrs_post_init__()")

    def _write_checks(  # noqa: PLR0913
        self,
        field: attrs.Attribute[Any],
        value: str,
        shape: _Shape,
        code: _Code,
        *,
        later: list[str],
        item: str,
    ) -> None:
        """Write *field*'s converter and validator for *value*: inline, or into *later*."""
        converter = field.converter
        if converter is not None and not _keeps(converter, shape):
            code.line(f"{value} = {code.const(converter)}({value})")
            shape = _UNKNOWN
        if field.validator is None:
            return
        test = self._check(field.validator, value, shape, code)
        if test is None:
            later.append(f"{code.const(field.validator)}({item}, {code.const(field)}, {value})")
        elif test != "True":
            code.line(f"if not ({test}): raise _Invalid")

    def _read_field(
        self, field: attrs.Attribute[Any], data: str, value: str, code: _Code, *, complete: bool
    ) -> _Shape:
        """Write code reading *field* into *value*, or its default where it is not given."""
        name = field.name
        if complete or field.default is attrs.NOTHING:
            code.line(f"{value} = {data}[{name!r}]")
            return self._emit(field.type, value, value, code)
        code.line(f"if {name!r} in {data}:")
        with code.block():
            code.line("count += 1")
            code.line(f"{value} = {data}[{name!r}]")
            shape = self._emit(field.type, value, value, code)
        code.line("else:")
        with code.block():
            code.line(f"{value} = {_default(field, code)}")
        if isinstance(field.default, _FACTORY):
            return _UNKNOWN
        if shape.classes is not None and type(field.default) not in shape.classes:
            return _Shape((*shape.classes, type(field.default)), shape.items)
        return shape

    # --- validators as expressions ----------------------------------------------------------

    def _check(self, check: Any, value: str, shape: _Shape, code: _Code) -> str | None:  # noqa: ANN401
        """An expression true only where *check* passes *value*, or None if not known."""
        kind = type(check)
        if kind is v.Check:
            return self._inner(check.inner, value, shape, code)
        if kind is v._Optional and check.wrapped is not None:  # noqa: SLF001
            return _or_none(value, self._check(check.wrapped, value, shape.without_none(), code))
        if kind is v._DateCheck:  # noqa: SLF001
            parts = (
                []
                if shape.classes == (dt.date,)
                else [f"{value}.__class__ is {code.const(dt.date)}"]
            )
            if check.earliest is not None:
                parts.append(f"{value} >= {code.const(check.earliest)}")
            if check.latest is not None:
                parts.append(f"{value} <= {code.const(check.latest)}")
            return " and ".join(parts) or "True"
        if kind is v._TupleCheck:  # noqa: SLF001
            return self._tuple_check(check, value, shape, code)
        # attrs' own validators, given without the toolkit's wrapper, raise as they are
        return self._inner(check, value, shape, code)

    def _tuple_check(self, check: Any, value: str, shape: _Shape, code: _Code) -> str | None:  # noqa: ANN401
        parts = [] if shape.classes == (tuple,) else [f"{value}.__class__ is tuple"]
        low = f"{check.min_size} <= " if check.min_size else ""
        parts.append(f"{low}len({value}) <= {check.max_size}")
        if check.item is not None:
            element = code.temp()
            test = self._check(check.item, element, _Shape(shape.items), code)
            if test is None:
                return None
            if test != "True":
                parts.append(f"all(({test}) for {element} in {value})")
        if check.unique:
            parts.append(f"len(set({value})) == len({value})")
        return " and ".join(parts)

    def _inner(self, inner: Any, value: str, shape: _Shape, code: _Code) -> str | None:  # noqa: ANN401, C901, PLR0911
        """An expression for an attrs validator (or the toolkit's predicate), or None."""
        kind = type(inner)
        if kind is _INSTANCE_OF:
            if shape.within(inner.type):
                return "True"
            return f"isinstance({value}, {code.const(inner.type)})"
        if kind is _AND:
            parts = [self._inner(part, value, shape, code) for part in inner._validators]  # noqa: SLF001
            if any(p is None for p in parts):
                return None
            return " and ".join(f"({p})" for p in parts if p != "True") or "True"
        if kind is _OPTIONAL:
            return _or_none(value, self._inner(inner.validator, value, shape.without_none(), code))
        if inner is v._not_bool:  # noqa: SLF001
            return (
                "True"
                if shape.classes is not None and bool not in shape.classes
                else (f"{value}.__class__ is not bool")
            )
        if kind is _NUMBER and inner.compare_op in _OPERATORS:
            return f"{value} {inner.compare_op} {code.const(inner.bound)}"
        if kind is _MAX_LEN:
            return f"len({value}) <= {inner.max_length}"
        if kind is _MIN_LEN:
            return f"len({value}) >= {inner.min_length}"
        if kind is _MATCHES:
            return f"{code.const(inner.match_func)}({value}) is not None"
        if kind is _IN:
            return f"{value} in {code.const(inner.options)}"
        if getattr(inner, "__code__", None) is _PREDICATE_CODE:
            return self._predicate(_cell(inner, "test"), value, code)
        return None

    def _predicate(self, test: Any, value: str, code: _Code) -> str:  # noqa: ANN401
        if getattr(test, "__code__", None) is _TEXT_OK_CODE:
            longest, stripped = _cell(test, "max_length"), _cell(test, "stripped")
            held = (
                f"{value}.isprintable()"
                if _cell(test, "one_line")
                else f"({value}.isascii() or {code.const(v.utf8_ok)}({value}))"
            )
            if stripped:  # stored as given, so not blank is not empty
                return (
                    f"{value} != '' and len({value}) <= {longest} and {value}.strip() == {value}"
                    f" and {held}"
                )
            return f"{value}.strip() != '' and len({value}) <= {longest} and {held}"
        return f"{code.const(test)}({value})"


def _plain(kind: type) -> bool:
    """Say whether *kind*'s fields have no validators or converters and it has no rules."""
    return not hasattr(kind, "__attrs_post_init__") and all(
        f.validator is None and f.converter is None for f in attrs.fields(kind)
    )


def _keeps(converter: object, shape: _Shape) -> bool:
    """Say whether the toolkit's *converter* returns values of *shape* unchanged."""
    if converter in {v.to_tuple, v.to_tuple_from_iterable}:
        return shape.within(tuple)
    if converter is v.to_int:
        return shape.classes is not None and all(c in {int, _NONE} for c in shape.classes)
    if converter is v.to_float:
        return shape.classes is not None and all(c in {float, _NONE} for c in shape.classes)
    return False


def _plain_bilingual(kind: object) -> bool:
    """Say whether *kind* is :class:`~carewales.Bilingual` as the compiler knows it."""
    return kind is Bilingual and _plain(Bilingual) and "__attrs_init__" in vars(Bilingual)


def _or_none(value: str, test: str | None) -> str | None:
    """The test of an optional check: None passes, anything else takes *test*."""
    if test is None or test == "True":
        return test
    return f"({value} is None or ({test}))"


def _set(kind: type, name: str, item: str, value: str, code: _Code) -> str:
    """A line setting field *name* of *item* as attrs' ``__init__`` does, past frozenness."""
    slot = getattr(kind, name, None)
    if isinstance(slot, types.MemberDescriptorType):  # a slot: its own setter is quickest
        return f"{code.const(slot.__set__)}({item}, {value})"
    return f"{code.const(object.__setattr__)}({item}, {name!r}, {value})"


def _emit_bilingual(  # noqa: PLR0913
    source: str, target: str, extra: str, longest: int, code: _Code, *, trusted: bool
) -> None:
    """Read a :class:`~carewales.Bilingual` as its ``__init__`` builds it (``ensure_text``).

    Each text is a str of at most *longest* characters (the str hook's rule), stored
    stripped, not blank, at most :data:`~carewales._validators.MAX_TEXT` characters and
    on one line: every line break is white space, so a stripped text ends in none, and
    one piece from ``splitlines`` means none inside.  Trusted data needs neither check
    of length nor of line breaks.
    """
    en, cy = code.temp(), code.temp()
    if trusted:  # a JSON value other than an object has no ['en'], other than a str no .strip()
        code.line(f"if len({source}) != 2{extra}: raise _Invalid")
    else:
        code.line(f"if {source}.__class__ is not dict or len({source}) != 2{extra}: raise _Invalid")
    code.line(f"{en} = {source}['en']")
    code.line(f"{cy} = {source}['cy']")
    if not trusted:
        code.line(f"if {en}.__class__ is not str or {cy}.__class__ is not str: raise _Invalid")
        code.line(f"if len({en}) > {longest} or len({cy}) > {longest}: raise _Invalid")
    code.line(f"{en} = {en}.strip()")
    code.line(f"{cy} = {cy}.strip()")
    code.line(f"if not {en} or not {cy}: raise _Invalid")
    if longest > v.MAX_TEXT:
        code.line(f"if len({en}) > {v.MAX_TEXT} or len({cy}) > {v.MAX_TEXT}: raise _Invalid")
    if not trusted:
        code.line(f"if len({en}.splitlines()) != 1 or len({cy}.splitlines()) != 1: raise _Invalid")
        held = code.const(v.utf8_ok)  # a lone surrogate: JSON may escape one, UTF-8 holds none
        code.line(
            f"if not ({en}.isascii() or {held}({en})) or not ({cy}.isascii() or {held}({cy})):"
            " raise _Invalid"
        )
    code.line(f"{target} = {code.const(object.__new__)}({code.const(Bilingual)})")
    code.line(_set(Bilingual, "en", target, en, code))
    code.line(_set(Bilingual, "cy", target, cy, code))


# JSON writes a line break inside a string only as one of these escapes, or as itself
# (U+0085, U+2028 and U+2029 may stand in a string unescaped; control characters not).
_BREAKS_IN_JSON = ("\\n", "\\r", "\\f", "\\u", "\x85", "\u2028", "\u2029")


def trusted(text: str, longest: int) -> bool:
    """Say whether data read from the JSON *text* may skip checks of length and line breaks.

    No string in it is longer than the text, and none holds a line break unless the
    text holds one of the escapes that write one (a false alarm only costs speed).
    """
    if len(text) > longest:
        return False
    if "\\" not in text:
        return "\x85" not in text and "\u2028" not in text and "\u2029" not in text
    return not any(sign in text for sign in _BREAKS_IN_JSON)

"""The fast path of carewales.serial: compiled code that reads valid documents, and only them."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carewales import (
    Bilingual,
    DocumentError,
    from_dict,
    from_json,
    serial,
    testing,
    to_dict,
    to_json,
)
from carewales import _validators as v
from carewales._serial_fast import Compiler, Invalid, trusted
from carewales.inspections import Inspection, RatingScale, example, examples, rating_scales

MODELS = sorted(
    (k for k in testing.models() if k not in serial._BY_KEY),
    key=lambda k: f"{k.__module__}.{k.__qualname__}",
)
IDS = [f"{k.__module__}.{k.__qualname__}" for k in MODELS]
_SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
JUNK: list[Any] = [
    None,
    "",
    " ",
    "x",
    "a\nb",
    " padded ",
    "2021-02-30",
    "2021-W01-1",
    "20211115",
    "٢٠٢١-١١-١٥",
    0,
    -1,
    1.5,
    True,
    10**30,
    [],
    {},
    ["x"],
    {"en": "a", "cy": "b"},
    {"en": "a\u2028b", "cy": "b"},
]


def fast(kind: type, data: dict[str, Any], compiler: Compiler = serial._compiler) -> Any:
    """Read *data* with compiled code only (raising if it does not accept it)."""
    return compiler.model(kind)(data, 1)


def detailed(kind: type, data: dict[str, Any]) -> Any:
    """Read *data* with the detailed converter only."""
    return serial.converter.structure(serial._body(data), kind)


def outcome(read: Any, *args: Any) -> tuple[bool, Any]:
    """(True, result) or (False, the exception)."""
    try:
        return True, read(*args)
    except Exception as error:  # noqa: BLE001 (any failure sends a document down the detailed path)
        return False, error


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in plain data that a value sits."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "schema_version":
                found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


def replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A deep copy of *data* with the value at *path* replaced by *value*."""
    copy = json.loads(json.dumps(data))
    here = copy
    for step in path[:-1]:
        here = here[step]
    here[path[-1]] = value
    return copy


class TestAgreement:
    @pytest.mark.parametrize("kind", MODELS, ids=IDS)
    def test_valid_documents_take_the_fast_path(self, kind):
        """Compiled code reads every valid document of every model to the object it came from."""

        @_SETTINGS
        @given(testing.strategy_for(kind))
        def check(item):
            data = to_dict(item)
            assert fast(kind, data) == item
            text = to_json(item)
            if trusted(text, serial.MAX_TEXT_LENGTH):
                assert fast(kind, json.loads(text), serial._trusting) == item
            assert detailed(kind, data) == item

        check()

    @pytest.mark.parametrize("kind", MODELS, ids=IDS)
    def test_junk_never_takes_the_fast_path_wrongly(self, kind):
        """With junk anywhere, compiled code accepts only what the detailed path accepts, alike.

        And from_dict's errors are the detailed path's own, in both languages.
        """

        @_SETTINGS
        @given(testing.strategy_for(kind), st.data())
        def check(item, draw):
            data = to_dict(item)
            places = paths(data)
            if not places:
                return
            path = draw.draw(st.sampled_from(places))
            junk = replaced(data, path, draw.draw(st.sampled_from(JUNK)))
            ok, result = outcome(detailed, kind, junk)
            readers = [serial._compiler]
            if trusted(json.dumps(junk, ensure_ascii=False), serial.MAX_TEXT_LENGTH):
                readers.append(serial._trusting)  # as from_json: only for trusted text
            for compiler in readers:
                fast_ok, fast_result = outcome(fast, kind, junk, compiler)
                if fast_ok:
                    assert ok, result
                    assert fast_result == result
            if ok:
                assert from_dict(junk, kind) == result
                return
            with pytest.raises(DocumentError) as info:
                from_dict(junk, kind)
            problems, problems_cy = serial._problems(result)
            assert list(info.value.problems) == problems
            assert list(info.value.problems_cy) == problems_cy

        check()


class TestBundled:
    @pytest.mark.parametrize("name", examples())
    def test_examples_are_read_by_trusted_code(self, name):
        """The bundled inspections are short, plain JSON: read by the trusting compiled code."""
        text = to_json(example(name), indent=1)
        assert trusted(text, serial.MAX_TEXT_LENGTH)
        assert fast(Inspection, json.loads(text), serial._trusting) == example(name)
        assert from_json(text, Inspection) == example(name)


class TestTrusted:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('{"en": "a", "cy": "b"}', True),
            ('{"en": "a \\"quoted\\"", "cy": "b"}', True),
            ('{"en": "a\\nb", "cy": "b"}', False),
            ('{"en": "a\\rb", "cy": "b"}', False),
            ('{"en": "a\\fb", "cy": "b"}', False),
            ('{"en": "a\\u2028b", "cy": "b"}', False),
            ('{"en": "a\\u0041b", "cy": "b"}', False),  # any \\u escape is suspect: only speed lost
            ('{"en": "a\u2028b", "cy": "b"}', False),
            ('{"en": "a\u2029b", "cy": "b"}', False),
            ('{"en": "a\x85b", "cy": "b"}', False),
            ('{"en": "' + "x" * 200 + '"}', False),
        ],
    )
    def test_text_that_may_hold_a_line_break_or_a_long_string(self, text, expected):
        """Only text too short for a long string, with no way to write a line break, is trusted."""
        assert trusted(text, 100) is expected

    @given(st.text(max_size=30), st.text(max_size=30))
    def test_trusted_text_holds_no_line_break(self, en, cy):
        """Whatever the strings, trusted JSON text holds none longer than it, and no line break."""
        text = json.dumps({"en": en, "cy": cy}, ensure_ascii=False)
        if trusted(text, 1000):
            assert v._LINE_BREAKS.isdisjoint(en + cy)
            assert len(en + cy) <= 1000

    @given(st.text(alphabet="0123456789-W+:T ٢", min_size=8, max_size=12))
    def test_fast_dates_are_the_detailed_hooks_dates(self, text):
        """A date's text is read by the fast path only where the detailed hook reads it, alike."""
        for compiler in (serial._compiler, serial._trusting):
            fast_ok, fast_result = outcome(compiler.function(dt.date), text)
            ok, result = outcome(serial._structure_date, text, dt.date)
            if fast_ok:
                assert ok
                assert fast_result == result
            else:
                assert not ok or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text)


# --- models that use every rule the compiler knows, and some it does not -----------------------


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Empty(enum.Enum):
    pass


def _never(_: object, __: object, value: object) -> None:
    if value == 13:
        msg = "unlucky"
        raise ValueError(msg)


@attrs.frozen
class Everything:
    """A model with a field for every kind of validator the compiler writes inline."""

    n: int = attrs.field(
        validator=attrs.validators.and_(
            attrs.validators.instance_of(int), attrs.validators.ge(0), attrs.validators.lt(100)
        )
    )
    ratio: float = attrs.field(converter=v.to_float, validator=v.number(0, 1))
    flag: bool = attrs.field(validator=v.boolean())
    word: str = attrs.field(
        validator=[
            attrs.validators.min_len(1),
            attrs.validators.max_len(5),
            attrs.validators.matches_re("[a-z]+"),
        ]
    )
    colour: str = attrs.field(validator=attrs.validators.in_(("red", "green")))
    even: int = attrs.field(
        validator=v.satisfies(lambda n: n % 2 == 0, "must be even", cy="rhaid iddo fod yn eilrif")
    )
    lucky: int = attrs.field(validator=_never)
    words: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.text(), min_size=0, unique=True)
    )
    some: tuple[str, ...] = attrs.field(
        default=("a",), converter=v.to_tuple, validator=v.tuple_of(None, min_size=1)
    )
    days: list[dt.date] = attrs.field(factory=list)
    maybe: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    when: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.date(dt.date(2000, 1, 1), dt.date(2099, 12, 31)))
    )
    since: dt.date = attrs.field(default=dt.date(2020, 1, 1), validator=v.date(dt.date(2000, 1, 1)))
    shade: Colour | None = attrs.field(default=None, validator=v.optional(v.member(Colour)))
    level: Level = Level.LOW
    money: Decimal = Decimal(0)
    pair: tuple[int, str] = (1, "a")
    label: Bilingual | None = attrs.field(default=None, validator=v.optional(v.instance(Bilingual)))
    labels: tuple[Bilingual, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.instance(Bilingual))
    )
    count: int = attrs.field(default=1, converter=v.to_int, validator=v.integer(1))
    trimmed: str = attrs.field(
        default="x", converter=str.strip, validator=attrs.validators.instance_of(str)
    )
    gaps: tuple[int | None, ...] = ()
    shares: tuple[float, ...] = ()
    notes: list[Bilingual] = attrs.field(factory=list)
    scales: tuple[RatingScale, ...] = ()
    loose: int = attrs.field(  # type: ignore[assignment] (a default its type does not name)
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    odds: tuple[int, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(v.Check(_never, "x", cy="x"))
    )
    mixed: int = attrs.field(
        default=0, validator=attrs.validators.and_(attrs.validators.instance_of(int), _never)
    )
    derived: int = attrs.field(init=False, default=7)
    made: list[int] = attrs.field(init=False, factory=list)
    seen: int = attrs.field(init=False, default=attrs.Factory(lambda self: self.n, takes_self=True))


GOOD: dict[str, Any] = {
    "schema_version": 1,
    "n": 5,
    "ratio": 0.5,
    "flag": True,
    "word": "abc",
    "colour": "red",
    "even": 4,
    "lucky": 7,
    "loose": 3,
}


@attrs.frozen(init=False)
class Own:
    """A model built by an ``__init__`` of its own."""

    x: int

    def __init__(self, x: int) -> None:
        self.__attrs_init__(x * 1)


@attrs.frozen
class Pre:
    """A model with a hook before attrs' ``__init__``."""

    x: int

    def __attrs_pre_init__(self) -> None:
        pass


@attrs.frozen(cache_hash=True)
class Cached:
    """A model that caches its hash."""

    x: int


@attrs.frozen
class SelfDefault:
    """A model with a default that needs the object."""

    x: int
    y: int = attrs.field(default=attrs.Factory(lambda self: self.x, takes_self=True))


@attrs.frozen
class WithConverter:
    """A model with an attrs ``Converter``."""

    x: int = attrs.field(converter=attrs.Converter(int))


@attrs.frozen
class CheckedDerived:
    """A model with a validated derived field."""

    x: int
    y: int = attrs.field(init=False, default=0, validator=attrs.validators.instance_of(int))


@attrs.frozen
class Tree:
    """A model that holds itself."""

    name: str
    children: tuple[Tree, ...] = attrs.field(default=(), converter=v.to_tuple)


@attrs.frozen(slots=False)
class Dicty:
    """A frozen model without slots."""

    x: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen
class Odd:
    """A model whose rules the compiler cannot write inline."""

    colour: Empty | None = None
    level: Level | None = attrs.field(default=None, validator=v.optional(v.member(Level)))
    when: dt.date = attrs.field(
        default=dt.date(2020, 1, 1), validator=attrs.validators.gt(dt.date(1999, 1, 1))
    )
    checked: int = attrs.field(default=0, validator=v.Check(_never, "must not be 13", cy="x"))
    other: int | None = attrs.field(
        default=None, validator=v.optional(v.Check(_never, "x", cy="x"))
    )


class TestCompiledModels:
    def test_everything_reads_as_the_detailed_path_does(self):
        """A model using every inline rule reads alike on both paths, defaults and derived too."""
        item = from_dict(GOOD, Everything)
        assert fast(Everything, GOOD) == item == detailed(Everything, GOOD)
        assert (item.derived, item.made, item.seen) == (7, [], 5)
        full = to_dict(item)
        assert fast(Everything, full) == item
        assert fast(Everything, json.loads(to_json(item)), serial._trusting) == item

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("n", 100),
            ("n", -1),
            ("n", "5"),
            ("ratio", 2),
            ("ratio", "0.5"),
            ("ratio", True),
            ("flag", 1),
            ("word", ""),
            ("word", "abcdef"),
            ("word", "ABC"),
            ("colour", "blue"),
            ("even", 3),
            ("lucky", 13),
            ("words", ["a", "a"]),
            ("words", ["a", " "]),
            ("words", "ab"),
            ("some", []),
            ("days", ["2021-01-01", "x"]),
            ("maybe", "1"),
            ("when", "1999-12-31"),
            ("since", "1999-12-31"),
            ("shade", "blue"),
            ("level", 3),
            ("level", True),
            ("money", "lots"),
            ("pair", [1]),
            ("label", {"en": "a", "cy": " "}),
            ("labels", [{"en": "a"}]),
            ("count", 0),
            ("gaps", ["1"]),
            ("shares", ["1"]),
            ("notes", [{"en": "a", "cy": ""}]),
            ("scales", ["no-such-scale"]),
            ("loose", "3"),
            ("odds", [13]),
            ("mixed", 13),
            ("unknown", 1),
        ],
    )
    def test_every_rule_refuses_on_both_paths(self, field, value):
        """A value any rule refuses is refused by compiled code and by the detailed path."""
        data = {**GOOD, field: value}
        for compiler in (serial._compiler, serial._trusting):
            with pytest.raises(Exception):  # noqa: B017, PT011 (any failure: read again in detail)
                fast(Everything, data, compiler)
        with pytest.raises(DocumentError):
            from_dict(data, Everything)

    def test_enum_members_and_defaults(self):
        """Enum members in plain data, optional fields given, derived fields made anew."""
        data = {
            **GOOD,
            "shade": Colour.GREEN,
            "level": 2,
            "maybe": 3,
            "when": "2021-01-01",
            "label": {"en": "a", "cy": "b"},
            "labels": [{"en": "a", "cy": "b"}],
            "count": 2,
            "trimmed": " xy ",
            "gaps": [1, None],
            "shares": [1, 0.5],
            "notes": [{"en": "a", "cy": "b"}],
            "scales": [rating_scales()[0].key],
            "loose": 3,
            "odds": [1, 2],
            "mixed": 5,
        }
        item = fast(Everything, data)
        assert item == detailed(Everything, data)
        assert item.shade is Colour.GREEN
        assert item.level is Level.HIGH

    @pytest.mark.parametrize("kind", [Own, Pre, Cached, SelfDefault, WithConverter, CheckedDerived])
    def test_models_built_by_their_class(self, kind):
        """Models attrs' own __init__ does not build alone are built by calling the class."""
        data = {"schema_version": 1, "x": 3}
        assert fast(kind, data) == detailed(kind, data) == kind(3)

    def test_a_model_that_holds_itself(self):
        """A recursive model compiles and reads to any depth."""
        data = {"schema_version": 1, "name": "a", "children": [{"name": "b", "children": []}]}
        assert fast(Tree, data) == Tree("a", (Tree("b"),))
        assert from_dict(data, Tree) == Tree("a", (Tree("b"),))

    def test_models_without_slots(self):
        """A model without slots is built too, and its rules still hold."""
        assert fast(Dicty, {"schema_version": 1, "x": 1}) == Dicty(1)
        with pytest.raises(Invalid):
            fast(Dicty, {"schema_version": 1, "x": "1"})

    def test_rules_the_compiler_does_not_know_are_called(self):
        """Validators the compiler cannot write inline run as attrs runs them."""
        data = {"schema_version": 1, "checked": 13}
        with pytest.raises(Exception):  # noqa: B017, PT011
            fast(Odd, data)
        with pytest.raises(DocumentError, match=r"'checked' \(13\)"):
            from_dict(data, Odd)
        assert fast(Odd, {"schema_version": 1, "level": 2}) == Odd(level=Level.HIGH)

    def test_not_a_dict(self):
        """Compiled code reads a model only from a dict."""
        for compiler in (serial._compiler, serial._trusting):
            for junk in ([], "ab", None, 3):
                with pytest.raises(Exception):  # noqa: B017, PT011
                    compiler.model(Everything)(junk)
            with pytest.raises(Exception):  # noqa: B017, PT011
                compiler.model(Bilingual)(["en", "cy"])

    def test_a_longer_string_limit_than_the_texts(self):
        """Where strings may be longer than a text may be, a Bilingual checks both limits."""
        compiler = Compiler(
            generic=serial._fast.get_structure_hook,
            custom=serial._is_custom,
            is_model=serial._is_model,
            max_text=v.MAX_TEXT + 10,
        )
        read = compiler.model(Bilingual)
        assert read({"en": "a", "cy": "b"}) == Bilingual("a", "b")
        with pytest.raises(Invalid):
            read({"en": "a" * (v.MAX_TEXT + 1), "cy": "b"})

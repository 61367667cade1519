"""Every error the library raises carries its message in Welsh too (issue 12).

Two kinds of test: a walk over the source of every module, which fails for any
place that raises one of the library's errors, or states a validation rule, without
its Welsh (``cy=``); and property tests that the Welsh the validation toolkit and the
catalogue lookups write is Welsh, not the English again.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import inspect
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import carewales
from carewales import _validators as v
from carewales import errors
from carewales._lookup import lookup
from carewales.errors import CareWalesError, MissingExtraError, UnknownKeyError

SOURCE = Path(carewales.__file__).resolve().parent
MODULES = sorted(p for p in SOURCE.rglob("*.py") if "__pycache__" not in p.parts)

#: Every class of the library's errors, by name.
ERRORS = frozenset(
    name
    for name, value in vars(errors).items()
    if inspect.isclass(value) and issubclass(value, (CareWalesError, MissingExtraError))
)
#: Names that hold one of those classes in the code (``error: type[CareWalesError]``).
ERROR_VARIABLES = frozenset({"error"})
#: Calls that state a validation rule in English, and so need it in Welsh too.
#: The names the toolkit module is imported under.
TOOLKIT_MODULES = frozenset({"v", "_validators", "validators"})
RULES = frozenset(
    {"fail", "Check", "satisfies", "matches", "_DateCheck", "_TupleCheck", "_Optional"}
)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_toolkit(func: ast.expr) -> bool:
    """``fail(...)`` or ``v.fail(...)``, not a method of the same name (``ward.matches(...)``)."""
    if isinstance(func, ast.Attribute):
        return isinstance(func.value, ast.Name) and func.value.id in TOOLKIT_MODULES
    return True


def _keywords(call: ast.Call) -> set[str | None]:
    return {k.arg for k in call.keywords}  # a `**kwargs` is the arg None: it may carry cy


def _builds_error(call: ast.Call) -> bool:
    name = _name(call.func)
    # raise type(error)(msg): the same class as an error caught
    return name in ERRORS or (isinstance(call.func, ast.Call) and _name(call.func.func) == "type")


def missing_welsh(code: str, label: str) -> list[str]:
    """Each place in *code* that raises a library error or states a rule without Welsh."""
    tree = ast.parse(code, filename=label)
    problems = []
    raised = {
        id(node.exc)
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        keywords = _keywords(node)
        if None in keywords:
            continue
        where = f"{label}:{node.lineno}"
        if name == "DocumentError":
            if "problems_cy" not in keywords:
                problems.append(f"{where}: DocumentError(...) without problems_cy=")
        elif _builds_error(node) or (id(node) in raised and name in ERROR_VARIABLES):
            if "cy" not in keywords:
                problems.append(f"{where}: {name or 'type(...)'}(...) without cy=")
        elif name in RULES and _is_toolkit(node.func) and "cy" not in keywords:
            problems.append(f"{where}: {name}(...) without cy=")
    return sorted(problems, key=lambda p: int(p.split(":")[1]))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(SOURCE.parent)) for p in MODULES])
def test_every_error_is_raised_with_its_welsh(path):
    """No module raises a library error, or states a rule, without the Welsh of it."""
    label = str(path.relative_to(SOURCE.parent))
    assert missing_welsh(path.read_text(encoding="utf-8"), label) == []


class TestTheWalkItself:
    """The walk finds what it must; a test of a test, so that it can fail."""

    @pytest.mark.parametrize(
        "code",
        [
            "raise InvalidFieldError(msg)",
            "raise errors.UnknownAuthorityError(msg)",
            "raise MissingExtraError(msg, name='x')",
            "raise DocumentError('rates', problems)",
            "raise DocumentError('rates', problems, problems_en=p)",
            "raise error(msg)",
            "raise type(error)(msg) from error",
            "v.fail(self, 'x', 1, 'must be 2', InvalidFieldError)",
            "fail(self, 'x', 1, 'must be 2')",
            "X = v.Check(inner, 'must be 2', InvalidRateError)",
            "X = v.satisfies(test, 'must be 2')",
            "X = v.matches(KEY, 'must be a key')",
            "problem = InvalidRateError(msg)",
        ],
    )
    def test_flags(self, code):
        """Each way of raising an error or stating a rule without Welsh is flagged."""
        assert len(missing_welsh(code, "probe.py")) == 1

    @pytest.mark.parametrize(
        "code",
        [
            "raise InvalidFieldError(msg, cy=cy)",
            "raise MissingExtraError(msg, name='x', cy=cy)",
            "raise DocumentError('rates', problems, kind_cy='cyfraddau', problems_cy=welsh)",
            "raise error(msg, cy=cy)",
            "raise type(error)(msg, cy=cy) from error",
            "raise error.with_traceback(None)",
            "raise ValueError(msg)",
            "raise AttributeError(msg)",
            "v.fail(self, 'x', 1, 'must be 2', cy='rhaid i’r gwerth fod yn 2')",
            "X = v.Check(inner, 'must be 2', InvalidRateError, cy=rule_cy)",
            "X = v.satisfies(test, 'must be 2', **welsh)",
            "error = pick(kind)",
            "pytest.raises(InvalidFieldError)",
            "ok = ward.matches(other)",
            "self.fail(x)",
        ],
    )
    def test_passes(self, code):
        """Calls that carry the Welsh, and errors that are not the library's, pass."""
        assert missing_welsh(code, "probe.py") == []


# --- the toolkit's Welsh is Welsh ----------------------------------------------------------

#: English words of the rules that must never stand in a Welsh message.
ENGLISH = ("must", "Did you mean", "names no", " not ", " or None", "at least", "at most")


class _Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


CHECKS = st.one_of(
    st.builds(v.integer, st.none() | st.integers(-5, 5), st.none() | st.integers(6, 99)),
    st.builds(
        v.number,
        st.none() | st.floats(-5, 5),
        st.none() | st.floats(6, 99),
        open_low=st.booleans(),
        open_high=st.booleans(),
    ),
    st.builds(v.text, max_length=st.integers(1, 50), stripped=st.booleans()),
    st.builds(v.key, max_length=st.integers(1, 64)),
    st.just(v.boolean()),
    st.sampled_from([int, str, dt.date, (int, str)]).map(v.instance),
    st.just(v.member(_Colour)),
    st.lists(st.integers(0, 9), min_size=1, max_size=4).map(v.one_of),
    st.builds(
        v.date,
        st.none() | st.dates(max_value=dt.date(2000, 1, 1)),
        st.none() | st.dates(min_value=dt.date(2001, 1, 1)),
    ),
    st.builds(
        v.tuple_of,
        st.none() | st.just(v.integer(0, 9)),
        min_size=st.integers(0, 2),
        max_size=st.integers(2, 4),
        unique=st.booleans(),
    ),
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(alphabet="0123456789-_ !?.", max_size=80),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(-20, 20), max_size=6).map(tuple),
    st.lists(st.integers(-20, 20), max_size=6),
    st.sampled_from(list(_Colour)),
)


def _assert_welsh(error: CareWalesError) -> None:
    english, welsh = str(error), error.message("cy")
    assert welsh == error.cy
    assert welsh != english
    assert not any(word in welsh for word in ENGLISH), welsh
    assert error.message("en") == english


@given(
    CHECKS | st.builds(v.optional, CHECKS),
    VALUES,
    st.sampled_from(["count", "name"]),
)
def test_the_toolkit_writes_welsh(check, value, field):
    """Every factory's failure carries a Welsh message with none of the English rule's words."""
    try:
        check.check(None, field, value)
    except CareWalesError as error:
        _assert_welsh(error)
        assert f"{field!r} (" in error.message("cy")  # noqa: PT017 (not every value fails)


@given(st.one_of(st.none(), st.integers(), st.text(alphabet="0123456789 \t-", max_size=30)))
def test_ensure_text_writes_welsh(value):
    """ensure_text refuses junk in both languages."""
    try:
        v.ensure_text("cy", value)
    except CareWalesError as error:
        _assert_welsh(error)


@given(st.one_of(st.none(), st.integers(), st.datetimes()))
def test_ensure_date_writes_welsh(value):
    """ensure_date refuses junk in both languages."""
    with pytest.raises(CareWalesError) as caught:
        v.ensure_date("day", value)
    _assert_welsh(caught.value)


ENTRIES = {"cardiff": 1, "swansea": 2, "first-core-group": 3}
NAMES_CY = {"cardiff": "Caerdydd", "swansea": "Abertawe", "first-core-group": "Grŵp craidd cyntaf"}


@given(st.one_of(st.text(alphabet="abcdefgrwy -", max_size=20), st.integers(), st.none()))
def test_lookups_write_welsh(key):
    """An unknown key is refused in both languages, with Welsh suggestions in Welsh."""
    try:
        lookup(
            key,
            ENTRIES,
            what="authority",
            error=UnknownKeyError,
            what_cy="awdurdod",
            names_cy=NAMES_CY,
        )
    except UnknownKeyError as error:
        _assert_welsh(error)
        if "Did you mean" in str(error):  # the Welsh looks among more names, never fewer
            assert "Oeddech chi’n golygu" in error.message("cy")  # noqa: PT017

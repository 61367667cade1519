"""The model contract: every public attrs class of carewales keeps the same promises.

The classes are discovered, not listed: every attrs class named in the ``__all__`` of a
public carewales module.  A new public class without a strategy in
:func:`carewales.testing.models` fails here.  For values drawn from that strategy:

* the object is immutable, and rebuilt from its init fields it is equal;
* it round-trips exactly through the shipped :func:`~carewales.to_json` and
  :func:`~carewales.from_json`;
* the shipped JSON Schema of its class accepts its :func:`~carewales.to_dict` output;
* a wrong-typed value in any init field (through :func:`attrs.evolve`) raises the
  library's error, never a bare ``TypeError`` or ``AttributeError``, and never builds
  an object.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import pkgutil
import types
import typing
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import carewales
from carewales import CareWalesError, from_json, testing, to_dict, to_json
from carewales.parenting import Name
from carewales.serial import json_schema


def _public_modules() -> list[types.ModuleType]:
    found = [carewales]
    for info in pkgutil.walk_packages(carewales.__path__, "carewales."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts) or parts[1] == "testing":
            continue
        found.append(importlib.import_module(info.name))
    return found


def _public_classes() -> list[type]:
    classes: dict[str, type] = {}
    for module in _public_modules():
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if (
                isinstance(value, type)
                and attrs.has(value)
                and value.__module__.startswith("carewales")
            ):
                classes[f"{value.__module__}.{value.__qualname__}"] = value
    return [classes[key] for key in sorted(classes)]


CLASSES = _public_classes()
IDS = [f"{c.__module__}.{c.__qualname__}" for c in CLASSES]
_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _strategy(kind: type) -> st.SearchStrategy[Any]:
    return testing.strategy_for(kind)


def test_discovery_finds_the_models():
    """The discovery sees the models of every domain, so the contract cannot pass vacuously."""
    names = {c.__name__ for c in CLASSES}
    assert {"Authority", "Bilingual", "Inspection", "Rate", "Timescale", "Duty"} <= names
    assert len(CLASSES) >= 40


@pytest.mark.parametrize("kind", CLASSES, ids=IDS)
def test_every_public_class_has_a_strategy(kind):
    """Every public model has a strategy in carewales.testing."""
    assert kind in testing.models(), f"add a strategy for {kind.__qualname__} to MODELS"


@pytest.mark.parametrize("kind", CLASSES, ids=IDS)
def test_immutable(kind):
    """No field of any model can be set after it is built."""

    @_SETTINGS
    @given(_strategy(kind))
    def check(item):
        for field in attrs.fields(type(item)):
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(item, field.name, getattr(item, field.name))

    check()


@pytest.mark.parametrize("kind", CLASSES, ids=IDS)
def test_rebuilt_from_its_init_fields(kind):
    """A model rebuilt from its init fields is equal, derived (init=False) fields included."""

    @_SETTINGS
    @given(_strategy(kind))
    def check(item):
        given_fields = {
            f.alias or f.name: getattr(item, f.name) for f in attrs.fields(kind) if f.init
        }
        rebuilt = kind(**given_fields)
        assert rebuilt == item
        for field in attrs.fields(kind):
            if not field.init and field.eq:
                assert getattr(rebuilt, field.name) == getattr(item, field.name)

    check()


@pytest.mark.parametrize("kind", CLASSES, ids=IDS)
def test_exact_json_round_trip(kind):
    """``from_json(to_json(x), type(x)) == x`` with the shipped converter."""

    @_SETTINGS
    @given(_strategy(kind))
    def check(item):
        again = from_json(to_json(item), type(item))
        assert again == item
        assert to_json(again) == to_json(item)

    check()


@pytest.mark.parametrize("kind", CLASSES, ids=IDS)
def test_schema_accepts_the_documents(kind):
    """The JSON Schema generated for a class accepts every document ``to_dict`` writes."""
    validator = jsonschema.Draft202012Validator(
        json_schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.check_schema(validator.schema)

    @_SETTINGS
    @given(_strategy(kind))
    def check(item):
        errors = [e.message for e in validator.iter_errors(to_dict(item))]
        assert not errors

    check()


# --- junk in every field ---------------------------------------------------------------------


def _options(annotation: Any) -> set[Any]:
    """The types an annotation admits at its top level (``X | None`` gives {X, None})."""
    origin = typing.get_origin(annotation)
    if origin in {typing.Union, types.UnionType}:
        return {o for a in typing.get_args(annotation) for o in _options(a)}
    if annotation is type(None) or annotation is None:
        return {None}
    return {origin or annotation}


def _admits(options: set[Any], kind: type) -> bool:
    return any(isinstance(o, type) and issubclass(kind, o) for o in options)


# Junk by what a field admits: (test on the admitted types, values it must refuse).
_JUNK_RULES: list[tuple[Any, list[Any]]] = [
    (lambda o: None not in o, [None]),
    (lambda o: _admits(o, str), ["   "]),
    (lambda o: not _admits(o, str), ["junk"]),
    (lambda o: not _admits(o, float), [3.5]),
    (lambda o: _admits(o, dt.date), [dt.datetime(2021, 11, 15, 9, 30), "2021-11-15"]),
    (lambda o: _admits(o, int) and bool not in o, [True, 2.5, "20"]),
    (lambda o: bool in o, [1, "yes"]),
    (lambda o: _admits(o, float), [math.nan, math.inf, True]),
    (lambda o: o & {tuple, frozenset, list}, [[object()], (object(),), "ab"]),
    (lambda o: _admits(o, carewales.Bilingual), [("en", "cy")]),
]


def _junk_for(annotation: Any) -> list[Any]:
    """Values a field of *annotation* may never hold: wrong types, and junk of its own type."""
    options = _options(annotation)
    if typing.Any in options or object in options:
        return []
    junk: list[Any] = [object(), b"bytes"]
    for admits, values in _JUNK_RULES:
        if admits(options):
            junk.extend(values)
    if _admits(options, Name):  # a name field takes a plain str: the same name in both languages
        junk = [value for value in junk if value != "junk"] + ["   ", " Llay"]
    return junk


def _cases() -> list[tuple[type, str, Any]]:
    cases = []
    for kind in CLASSES:
        attrs.resolve_types(kind)
        for field in attrs.fields(kind):
            if not field.init:
                continue
            cases.extend((kind, field.alias or field.name, junk) for junk in _junk_for(field.type))
    return cases


JUNK = _cases()


@pytest.mark.parametrize(
    ("kind", "name", "junk"),
    JUNK,
    ids=[f"{k.__name__}.{n}={type(j).__name__}:{j!r}"[:80] for k, n, j in JUNK],
)
def test_junk_in_any_field_raises_the_library_error(kind, name, junk):
    """A wrong-typed value in any init field raises a CareWalesError at construction."""

    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_strategy(kind))
    def check(item):
        with pytest.raises(CareWalesError) as caught:
            attrs.evolve(item, **{name: junk})
        assert f"'{name}" in str(caught.value), "the message names the field"

    check()

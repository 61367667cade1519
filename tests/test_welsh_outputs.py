"""Every ``describe`` and ``render`` of every public model is Welsh under ``lang="cy"``.

The same English detector as the command line's test (``tests/test_cli_welsh.py``) reads
the Welsh output of every public model the strategies of :mod:`carewales.testing` draw;
the English the models hold as data (names, findings quoted from a report) is drawn from
the strategies' own Welsh texts, so what is left is what the library writes.
"""

from __future__ import annotations

import inspect
import re

import pytest
from hypothesis import HealthCheck, given, settings

from carewales import testing

from .test_cli_welsh import english_words

#: Every public model that writes text for people.
CLASSES = sorted(
    (
        kind
        for kind in testing.models()
        if callable(getattr(kind, "describe", None)) or callable(getattr(kind, "render", None))
    ),
    key=lambda kind: f"{kind.__module__}.{kind.__qualname__}",
)


#: Catalogue keys ("england-and-wales", "visit-placed-with-parent-weekly") are identifiers.
_KEY = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")


def _outputs(item: object) -> list[str]:
    texts = []
    describe = getattr(item, "describe", None)
    if callable(describe):
        texts.append(describe("cy"))
    render = getattr(item, "render", None)
    if callable(render):
        parameters = inspect.signature(render).parameters
        texts.append(render("cy"))
        if "format" in parameters:
            texts.append(render("cy", format="text"))
    return texts


def _data_words(item: object) -> set[str]:
    """Words in the English side of the item's own texts: data, not the library's words."""
    seen: set[str] = set()

    def walk(value: object, depth: int = 0) -> None:
        if depth > 6:
            return
        english = getattr(value, "en", None)
        if isinstance(english, str):
            seen.update(word.lower() for word in english.split())
        fields = getattr(type(value), "__attrs_attrs__", None)
        if fields is not None:
            for field in fields:
                walk(getattr(value, field.name, None), depth + 1)
        elif isinstance(value, tuple):
            for part in value[:20]:
                walk(part, depth + 1)

    walk(item)
    return seen


@pytest.mark.parametrize("kind", CLASSES, ids=lambda kind: kind.__qualname__)
def test_welsh_output_has_no_english(kind: type) -> None:
    """``describe("cy")`` and ``render("cy")`` write no English words of the library's own."""

    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
    @given(testing.strategy_for(kind))
    def check(item: object) -> None:
        allowed = _data_words(item)
        for text in _outputs(item):
            prose = _KEY.sub(" ", text)
            found = [word for word in english_words(prose) if word.lower() not in allowed]
            assert not found, f"{kind.__qualname__}: {found} in:\n{text}"

    check()

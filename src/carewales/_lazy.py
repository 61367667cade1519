"""Thread-safe, cached, lazy loading of the package's reference data."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Lazy(Generic[T]):
    """Compute a value on first use, once, even when several threads ask at once.

    ``import carewales`` must not read data files; modules wrap their loaders in
    :class:`Lazy` and call it where the data is needed.
    """

    __slots__ = ("_factory", "_lock", "_value")

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._value: T | None = None

    def __call__(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._factory()
        return value

    def loaded(self) -> bool:
        """Say whether the value has been computed yet (for tests of laziness)."""
        return self._value is not None


def load_json(name: str) -> Any:  # noqa: ANN401 (JSON is untyped until the loader checks it)
    """Read ``carewales/data/<name>`` as UTF-8 JSON."""
    from importlib.resources import files

    text = files("carewales").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)

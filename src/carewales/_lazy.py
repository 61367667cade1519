"""Thread-safe, cached, lazy loading of the package's reference data."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

K = TypeVar("K")
T = TypeVar("T")

#: The package's data folder on disk.  Opened directly: ``importlib.resources`` costs
#: more to import (zipfile, tempfile, pathlib, ...) than the files cost to read.
_DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")  # noqa: PTH100, PTH118, PTH120 (pathlib is what we avoid importing)


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


class LazyMap(Generic[K, T]):
    """Compute a value for each key on first use of that key, once, thread-safely.

    The per-key form of :class:`Lazy`: a calendar builds the tables of the years it
    is asked about, not of all 130.

    >>> squares = LazyMap(lambda n: n * n)
    >>> squares(12), squares.loaded(12), squares.loaded(13)
    (144, True, False)
    """

    __slots__ = ("_factory", "_lock", "_values")

    def __init__(self, factory: Callable[[K], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._values: dict[K, T] = {}

    def __call__(self, key: K) -> T:
        try:
            return self._values[key]
        except KeyError:
            with self._lock:
                if key not in self._values:
                    self._values[key] = self._factory(key)
                return self._values[key]

    def loaded(self, key: K) -> bool:
        """Say whether the value for *key* has been computed yet."""
        return key in self._values

    def __len__(self) -> int:
        """Return how many keys have been computed."""
        return len(self._values)


def _read_packaged(name: str) -> bytes:
    """Read ``carewales/data/<name>`` when the package is not on disk (say, in a zip file)."""
    from importlib.resources import files

    return files("carewales").joinpath("data", name).read_bytes()


def load_json(name: str) -> Any:  # noqa: ANN401 (JSON is untyped until the loader checks it)
    """Read ``carewales/data/<name>`` as UTF-8 JSON.

    The file is opened from the package's folder on disk; only when that fails (the
    package imported from a zip file, say) does it fall back to ``importlib.resources``.

    >>> load_json("bank_holidays_england_and_wales.json")["names"]["christmas"]["cy"]
    'Dydd Nadolig'
    """
    try:
        with open(os.path.join(_DATA_DIR, name), "rb") as file:  # noqa: PTH118, PTH123 (as above)
            data = file.read()
    except OSError:
        data = _read_packaged(name)
    return json.loads(data.decode("utf-8"))

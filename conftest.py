"""Names every docstring example may use without importing them (pytest's doctest namespace)."""

from __future__ import annotations

import datetime as dt

import pytest

import carewales


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace.update(carewales=carewales, dt=dt)

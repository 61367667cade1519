"""The bundled example inspections, read from ``carewales/data/examples``."""

from __future__ import annotations

import functools

from .._lazy import Lazy
from .._lookup import lookup
from ..errors import UnknownExampleError
from .model import Inspection

__all__ = ["example", "examples"]

_EXAMPLES = ("wrexham-2021", "powys-2017")


def _load_example(name: str) -> Inspection:
    from importlib.resources import files

    from ..serial import from_json

    text = files("carewales").joinpath("data", "examples", f"{name}.json").read_text("utf-8")
    return from_json(text, Inspection)


_LOADED = {name: Lazy(functools.partial(_load_example, name)) for name in _EXAMPLES}


def examples() -> tuple[str, ...]:
    """Return the names of the bundled example inspections.

    >>> examples()
    ('wrexham-2021', 'powys-2017')
    """
    return _EXAMPLES


def example(name: str) -> Inspection:
    """Return a bundled example, built only from what its seed text states; case is ignored.

    ``"wrexham-2021"``: CIW's monitoring letter to Wrexham (November 2021).
    ``"powys-2017"``: CSSIW's inspection of Powys children's services (July 2017).

    Raises:
        UnknownExampleError: for an unknown name, with the closest names suggested.

    >>> example("Powys-2017").id
    'powys-2017-inspection'
    """
    loader = lookup(
        name,
        _LOADED,
        what="bundled example",
        error=UnknownExampleError,
        field="example",
        what_cy="enghraifft sy’n dod gyda’r llyfrgell",
    )
    return loader()

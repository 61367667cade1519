"""Optional packages (pandas, matplotlib), imported only where a feature needs them."""

from __future__ import annotations

import importlib
from typing import Any

from .errors import MissingExtraError

__all__ = ["require"]


def require(module: str, extra: str, feature: str) -> Any:  # noqa: ANN401 (an untyped module)
    """Import *module* for *feature*, or say which extra of carewales installs it.

    >>> require("json", "none", "a doctest").dumps(1)
    '1'
    >>> require("no_such_module", "plot", "plot_funnel")
    Traceback (most recent call last):
    ...
    carewales.errors.MissingExtraError: plot_funnel needs no_such_module: install it with  pip ...
    >>> try:
    ...     require("no_such_module", "plot", "plot_funnel")
    ... except ImportError as error:
    ...     print(error.cy)
    mae angen no_such_module ar plot_funnel: gosodwch y pecyn gyda  pip install 'carewales[plot]'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"{feature} needs {module}: install it with  pip install 'carewales[{extra}]'"
        install = f"pip install 'carewales[{extra}]'"
        cy = f"mae angen {module} ar {feature}: gosodwch y pecyn gyda  {install}"
        raise MissingExtraError(msg, name=module, cy=cy) from None

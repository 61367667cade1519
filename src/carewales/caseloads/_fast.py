"""Building result objects fast, for values the caseload engine has already checked.

The caseload engine computes millions of rows from validated events and from the
catalogue's own rules, so checking every field of every row again would cost more
than computing it.  :func:`trusted` builds an attrs instance without running its
validators; it is used only for values that are correct by construction, and the
test suite checks that every row so built equals the one the validating
constructor builds (``tests/test_caseloads_deadlines.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T")


def trusted(kind: type[T]) -> Callable[..., T]:
    """Return a function that builds a *kind* from its fields in order, without validating."""
    names = [field.name for field in attrs.fields(kind)]  # type: ignore[arg-type]
    scope: dict[str, Any] = {"new": object.__new__, "kind": kind}
    for index, name in enumerate(names):
        scope[f"set{index}"] = kind.__dict__[name].__set__
    arguments = ", ".join(f"v{index}" for index in range(len(names)))
    body = "".join(f"    set{index}(item, v{index})\n" for index in range(len(names)))
    source = f"def build({arguments}):\n    item = new(kind)\n{body}    return item\n"
    exec(source, scope)  # noqa: S102 (a fixed template of the class's own field names)
    build: Callable[..., T] = scope["build"]
    return build

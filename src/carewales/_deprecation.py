"""Renamed public names stay importable for one release, with a :class:`DeprecationWarning`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping

from .text import Bilingual, _LikeBilingual

__all__ = ["CallableLabel", "renamed", "warn_renamed"]

#: The release in which a name deprecated in 0.2 is removed.
REMOVED_IN = "0.3"


def warn_renamed(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that *old* (a dotted name or an argument) is now *new*.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_renamed("x.old", "x.new")
    >>> print(caught[0].message)
    x.old is deprecated since carewales 0.2 and will be removed in 0.3: use x.new.
    """
    msg = f"{old} is deprecated since carewales 0.2 and will be removed in {REMOVED_IN}: use {new}."
    warnings.warn(msg, DeprecationWarning, stacklevel=stacklevel)


def renamed(
    module: str, names: Mapping[str, tuple[str, Callable[[], object]]]
) -> Callable[[str], object]:
    """Build a module ``__getattr__`` that serves 0.1 names with a warning.

    Args:
        module: the module's ``__name__``.
        names: each old name, with its new dotted name and a function returning the object.

    Use it at the end of a module::

        __getattr__ = renamed(
            __name__, {"Source": ("carewales.deadlines.LegalSource", lambda: LegalSource)}
        )
    """

    def __getattr__(name: str) -> object:  # noqa: N807 (a module's __getattr__)
        if name in names:
            new, value = names[name]
            warn_renamed(f"{module}.{name}", new)
            return value()
        msg = f"module {module!r} has no attribute {name!r}"
        raise AttributeError(msg)

    return __getattr__


class CallableLabel(_LikeBilingual):
    """A ``label`` property's value that 0.1 code may still call as the method it was.

    It is the plain :class:`~carewales.text.Bilingual` in every other way (equal to it,
    hashed and shown as it); a subclass defines ``__call__``, which warns.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        """Show it as the plain :class:`~carewales.text.Bilingual` it stands for."""
        return repr(Bilingual(self.en, self.cy))

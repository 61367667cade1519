"""One lookup for every catalogue: case-blind, with suggestions, raising one error family."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import TypeVar

from ._validators import describe
from .errors import UnknownKeyError

__all__ = ["fold_key", "lookup", "suggest"]

T = TypeVar("T")


def fold_key(key: str) -> str:
    """Fold a key for comparison: case, surrounding space, and ``_`` or space for ``-``.

    >>> fold_key(" First_Core Group ")
    'first-core-group'
    """
    return "-".join(key.strip().casefold().replace("_", " ").replace("-", " ").split())


def suggest(key: str, known: Iterable[str]) -> str:
    """Return " Did you mean 'x' or 'y'?" for the keys closest to *key*, or ``""``.

    >>> suggest("first-core-grop", ["first-core-group", "strategy-discussion"])
    " Did you mean 'first-core-group'?"
    """
    options = list(known)
    folded = {fold_key(k): k for k in options}
    close = difflib.get_close_matches(fold_key(key), list(folded), n=3, cutoff=0.6)
    if not close:
        return ""
    shown = [repr(folded[c]) for c in close]
    words = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]
    return f" Did you mean {words}?"


def lookup(
    key: object,
    entries: Mapping[str, T],
    *,
    what: str,
    error: type[UnknownKeyError],
    field: str = "key",
) -> T:
    """Find *key* among *entries* (keyed by their canonical keys), ignoring case.

    Args:
        key: what the caller asked for.
        entries: the catalogue, by canonical key.
        what: the catalogue in words, completing "names no ...", such as "timescale".
        error: the :class:`~carewales.errors.UnknownKeyError` subclass to raise.
        field: the argument's name, for the message.

    Raises:
        UnknownKeyError: (as *error*) naming the key, with the closest keys suggested.
    """
    if not isinstance(key, str):
        msg = f"{field!r} ({describe(key)}) must be a str naming a {what}."
        raise error(msg)
    found = entries.get(key)
    if found is not None:
        return found
    folded = fold_key(key)
    for known, value in entries.items():
        if fold_key(known) == folded:
            return value
    msg = f"{field!r} ({describe(key)}) names no {what}.{suggest(key, entries)}"
    raise error(msg)

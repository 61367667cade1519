"""One lookup for every catalogue: case-blind, with suggestions in both languages.

The API the domain modules use:

- :func:`lookup` finds a key among a catalogue's entries, or raises one
  :class:`~carewales.errors.UnknownKeyError` whose English message suggests the closest
  keys and whose Welsh message (``error.cy``) suggests the closest Welsh names.
  Pass ``what_cy`` (the catalogue in Welsh, radical form: ``"amserlen"``) and
  ``names_cy`` (each canonical key's Welsh name, accepted as a key too).
- :func:`suggest` / :func:`suggest_cy` write " Did you mean 'x'?" and
  " Oeddech chi’n golygu 'x'?" for the names closest to a key;
  :func:`did_you_mean` writes either for names a caller has already picked.
- :func:`names_no` writes the Welsh clause "nid yw’n enwi unrhyw ..." with the soft
  mutation "unrhyw" causes.

>>> entries = {"first-core-group": 1}
>>> lookup(
...     "Grwp craidd cyntaf",
...     entries,
...     what="timescale",
...     error=UnknownKeyError,
...     what_cy="amserlen",
...     names_cy={"first-core-group": "Grŵp craidd cyntaf"},
... )
1
>>> try:
...     lookup(
...         "grwp craid",
...         entries,
...         what="timescale",
...         error=UnknownKeyError,
...         what_cy="amserlen",
...         names_cy={"first-core-group": "Grŵp craidd cyntaf"},
...     )
... except UnknownKeyError as error:
...     print(error)
...     print(error.cy)
'key' ('grwp craid') names no timescale.
'key' ('grwp craid'): nid yw’n enwi unrhyw amserlen. Oeddech chi’n golygu 'Grŵp craidd cyntaf'?
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from ._validators import describe
from .errors import UnknownKeyError
from .welsh import soft

__all__ = ["did_you_mean", "fold_key", "lookup", "names_no", "suggest", "suggest_cy"]

T = TypeVar("T")

_CLOSE = 3  # suggestions shown at most
_CUTOFF = 0.6


def fold_key(key: str) -> str:
    """Fold a key for comparison: case, surrounding space, and ``_`` or space for ``-``.

    >>> fold_key(" First_Core Group ")
    'first-core-group'
    """
    return "-".join(key.strip().casefold().replace("_", " ").replace("-", " ").split())


def _fold_name(name: str) -> str:
    """Fold a Welsh name as :func:`fold_key` does, and drop accents and apostrophes too.

    >>> _fold_name("Grŵp’r  Gwasanaeth")
    'grwpr-gwasanaeth'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return fold_key(bare.replace("’", "").replace("'", ""))


def _or(names: Sequence[str], word: str) -> str:
    shown = [repr(n) for n in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + f" {word} " + shown[-1]


def did_you_mean(names: Sequence[str], lang: object = "en") -> str:
    """Return " Did you mean 'x' or 'y'?" (or the Welsh) for *names*, or ``""`` for none.

    Names are quoted as they must be typed, so a Welsh name after "neu" (or) is
    not mutated.

    Args:
        names: the suggestions, best first.
        lang: ``"en"`` or ``"cy"`` (or a :class:`~carewales.Language`).

    >>> did_you_mean(["Caerdydd"], "cy")
    " Oeddech chi’n golygu 'Caerdydd'?"
    >>> did_you_mean(["Cardiff", "Caerphilly", "Swansea"])
    " Did you mean 'Cardiff', 'Caerphilly' or 'Swansea'?"
    >>> did_you_mean([])
    ''
    """
    if not names:
        return ""
    if getattr(lang, "value", lang) == "cy":
        return f" Oeddech chi’n golygu {_or(names, 'neu')}?"
    return f" Did you mean {_or(names, 'or')}?"


def _close(key: str, folded: Mapping[str, str]) -> list[str]:
    """The shown names whose folded forms are closest to *key*, best first, without repeats."""
    matches = difflib.get_close_matches(key, list(folded), n=_CLOSE, cutoff=_CUTOFF)
    return list(dict.fromkeys(folded[m] for m in matches))


def suggest(key: str, known: Iterable[str]) -> str:
    """Return " Did you mean 'x' or 'y'?" for the keys closest to *key*, or ``""``.

    >>> suggest("first-core-grop", ["first-core-group", "strategy-discussion"])
    " Did you mean 'first-core-group'?"
    """
    folded = {fold_key(k): k for k in known}
    return did_you_mean(_close(fold_key(key), folded))


def suggest_cy(key: str, known: Iterable[str], names_cy: Mapping[str, str] | None = None) -> str:
    """Return " Oeddech chi’n golygu 'x'?" for the names closest to *key*, or ``""``.

    *key* is compared with the *known* keys and with their Welsh names (*names_cy*,
    by key), ignoring accents; a close entry is shown by its Welsh name where it has one.

    >>> suggest_cy("caerdyd", ["cardiff", "swansea"], {"cardiff": "Caerdydd"})
    " Oeddech chi’n golygu 'Caerdydd'?"
    >>> suggest_cy("swanse", ["cardiff", "swansea"])
    " Oeddech chi’n golygu 'swansea'?"
    """
    welsh = dict(names_cy or {})
    folded: dict[str, str] = {}
    for known_key in known:
        shown = welsh.get(known_key, known_key)
        folded.setdefault(_fold_name(known_key), shown)
        folded.setdefault(_fold_name(shown), shown)
    return did_you_mean(_close(_fold_name(key), folded), "cy")


def names_no(what_cy: str) -> str:
    """Return the Welsh clause "names no *what_cy*", soft-mutating after "unrhyw" (any).

    >>> names_no("dyletswydd"), names_no("graddfa raddio")
    ('nid yw’n enwi unrhyw ddyletswydd', 'nid yw’n enwi unrhyw raddfa raddio')
    >>> names_no("awdurdod lleol")
    'nid yw’n enwi unrhyw awdurdod lleol'
    """
    return f"nid yw’n enwi unrhyw {soft(what_cy)}"


def lookup(  # noqa: PLR0913 (each keyword is one part of the two messages)
    key: object,
    entries: Mapping[str, T],
    *,
    what: str,
    error: type[UnknownKeyError],
    field: str = "key",
    what_cy: str = "eitem yn y catalog",
    names_cy: Mapping[str, str] | None = None,
) -> T:
    """Find *key* among *entries* (keyed by their canonical keys), ignoring case.

    Args:
        key: what the caller asked for: a canonical key or, with *names_cy*, a Welsh name.
        entries: the catalogue, by canonical key.
        what: the catalogue in words, completing "names no ...", such as "timescale".
        error: the :class:`~carewales.errors.UnknownKeyError` subclass to raise.
        field: the argument's name, for the message.
        what_cy: the catalogue in Welsh, unmutated ("amserlen", "dyletswydd"),
            completing "nid yw’n enwi unrhyw ...".
        names_cy: the Welsh name of each entry, by canonical key.  A Welsh name is
            accepted as a key (ignoring case, accents and apostrophes), and the Welsh
            message suggests Welsh names.

    Raises:
        UnknownKeyError: (as *error*) naming the key, with the closest keys suggested
            in English and the closest Welsh names in Welsh.
    """
    if not isinstance(key, str):
        msg = f"{field!r} ({describe(key)}) must be a str naming a {what}."
        cy = f"{field!r} ({describe(key)}): rhaid i’r gwerth fod yn str sy’n enwi {what_cy}."
        raise error(msg, cy=cy)
    found = entries.get(key)
    if found is not None:
        return found
    folded = fold_key(key)
    for known, value in entries.items():
        if fold_key(known) == folded:
            return value
    welsh = names_cy or {}
    loose = _fold_name(key)
    for known, name in welsh.items():
        if known in entries and _fold_name(name) == loose:
            return entries[known]
    msg = f"{field!r} ({describe(key)}) names no {what}.{suggest(key, entries)}"
    cy = f"{field!r} ({describe(key)}): {names_no(what_cy)}.{suggest_cy(key, entries, welsh)}"
    raise error(msg, cy=cy)

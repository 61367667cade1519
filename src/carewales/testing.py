"""Hypothesis strategies for carewales' public types, for your own property tests.

Needs :mod:`hypothesis` (``pip install carewales[testing]``).  Every strategy
builds valid objects by construction.

>>> from hypothesis import given
>>> from carewales import testing
>>> @given(testing.authorities())
... def test_code_round_trip(item):
...     assert carewales.authority(item.code) is item
>>> test_code_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

import carewales

from .authorities import Authority, mutations
from .text import Bilingual, Language

__all__ = [
    "authorities",
    "authority_keys",
    "bilingual_texts",
    "languages",
    "regions",
]

# Printable text that is not blank once stripped.
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1
).filter(str.strip)


def languages() -> st.SearchStrategy[Language]:
    """Generate :class:`~carewales.Language` members."""
    return st.sampled_from(Language)


def bilingual_texts(
    en: st.SearchStrategy[str] | None = None, cy: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Bilingual]:
    """Generate :class:`~carewales.Bilingual` texts, from arbitrary non-blank text by default."""
    return st.builds(Bilingual, en=_TEXT if en is None else en, cy=_TEXT if cy is None else cy)


def authorities() -> st.SearchStrategy[Authority]:
    """Generate the 22 Welsh local authorities."""
    return st.sampled_from(carewales.authorities())


def regions() -> st.SearchStrategy[carewales.Region]:
    """Generate the regional partnership board areas, current and former memberships alike."""
    return authorities().flatmap(lambda a: st.sampled_from([m.region for m in a.regions]))


def _recase(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(text, flips, strict=True))


@st.composite
def authority_keys(draw: st.DrawFn, authority: Authority | None = None) -> str:
    """Generate a key that :func:`carewales.authority` resolves to *authority*.

    A key is its code or any of its English or Welsh names, in arbitrary case,
    Welsh names possibly in a mutated form.  With no *authority*, any one.
    """
    item = draw(authorities()) if authority is None else authority
    welsh = [form for name in item.names(Language.CY) for form in (name, *mutations(name))]
    key = draw(st.sampled_from([item.code, *item.names(Language.EN), *welsh]))
    return _recase(draw, key)

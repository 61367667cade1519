"""Hypothesis strategies for :mod:`carewales.authorities`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

import carewales

from ..authorities import Authority, Mention, Region, RegionMembership, _names
from ..text import Language

__all__ = ["authorities", "authority_keys", "mentions", "region_memberships", "regions"]


def authorities() -> st.SearchStrategy[Authority]:
    """Generate the 22 Welsh local authorities."""
    return st.sampled_from(carewales.all_authorities())


def regions() -> st.SearchStrategy[Region]:
    """Generate the regional partnership board areas, current and former memberships alike."""
    return authorities().flatmap(lambda a: st.sampled_from([m.region for m in a.regions]))


def _recase(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(text, flips, strict=True))


@st.composite
def authority_keys(draw: st.DrawFn, authority: Authority | None = None) -> str:
    """Generate a key that :func:`carewales.authority` resolves to *authority*.

    A key is its code or any of its English or Welsh names, in arbitrary case,
    possibly in a mutated form ("Ferthyr", "Nghaerdydd", "hAbertawe").  With no
    *authority*, any one.
    """
    item = draw(authorities()) if authority is None else authority
    forms = _names(item.names(Language.CY), (item.code, *item.names(Language.EN)))
    key = draw(st.sampled_from(sorted(set(forms))))
    return _recase(draw, key)


def region_memberships() -> st.SearchStrategy[RegionMembership]:
    """Generate the region memberships of the 22 authorities, past and current."""
    return authorities().flatmap(lambda a: st.sampled_from(a.regions))


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    """Generate mentions of an authority by one of its names, somewhere in a text."""
    item = draw(authorities())
    name = draw(st.sampled_from(item.names()))
    start = draw(st.integers(0, 10_000))
    return Mention(item, start, start + len(name), name)


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Authority: authorities,
    Mention: mentions,
    Region: regions,
    RegionMembership: region_memberships,
}

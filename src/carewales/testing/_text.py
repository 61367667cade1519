"""Hypothesis strategies for :mod:`carewales.text`: languages and bilingual texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..text import Bilingual, Format, Language

__all__ = ["bilingual_texts", "formats", "languages"]

# Printable text that is not blank once stripped.
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1,
).filter(str.strip)


def languages() -> st.SearchStrategy[Language]:
    """Generate :class:`~carewales.Language` members."""
    return st.sampled_from(Language)


def formats() -> st.SearchStrategy[Format]:
    """Generate :class:`~carewales.text.Format` members."""
    return st.sampled_from(Format)


def bilingual_texts(
    en: st.SearchStrategy[str] | None = None, cy: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Bilingual]:
    """Generate :class:`~carewales.Bilingual` texts, from arbitrary non-blank text by default."""
    return st.builds(Bilingual, en=_TEXT if en is None else en, cy=_TEXT if cy is None else cy)


MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {Bilingual: bilingual_texts}

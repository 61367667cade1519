"""The public Hypothesis strategies build valid objects."""

from __future__ import annotations

import pytest
from hypothesis import find, given

import carewales
from carewales import Authority, Bilingual, Language, Region, authority
from carewales import testing as cwst


class TestStrategies:
    @given(cwst.bilingual_texts())
    def test_bilingual(self, text):
        """Generated texts are valid Bilingual values."""
        assert isinstance(text, Bilingual)

    @given(cwst.languages())
    def test_languages(self, lang):
        """Generated languages are Language members."""
        assert isinstance(lang, Language)

    @given(cwst.regions())
    def test_regions(self, region):
        """Generated regions are Region values."""
        assert isinstance(region, Region)

    @given(cwst.authority_keys())
    def test_keys_resolve(self, key):
        """Every generated key resolves to an authority."""
        assert isinstance(authority(key), Authority)


class TestModels:
    def test_every_strategy_builds_its_class(self):
        """models() maps each class to a strategy of instances of exactly that class."""
        for kind in (carewales.Bilingual, carewales.Authority, carewales.Rate):
            item = find(cwst.strategy_for(kind), lambda _: True)
            assert type(item) is kind

    def test_unknown_class(self):
        """A class that is not a public carewales model has no strategy."""
        with pytest.raises(LookupError, match="not a public carewales model"):
            cwst.strategy_for(int)

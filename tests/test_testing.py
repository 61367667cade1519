"""The public Hypothesis strategies build valid objects."""

from __future__ import annotations

from hypothesis import given

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

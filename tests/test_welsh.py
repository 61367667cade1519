"""Tests of carewales.welsh: the Welsh grammar every module shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import welsh

_RADICALS = ["p", "t", "c", "b", "d", "g", "m", "ll", "rh"]
_WORD_TAIL = st.text(alphabet="aeiouwy", min_size=1, max_size=6)


class TestMutations:
    @pytest.mark.parametrize(
        ("word", "forms"),
        [
            ("Powys", ("Bowys", "Mhowys", "Phowys")),
            ("Caerdydd", ("Gaerdydd", "Nghaerdydd", "Chaerdydd")),
            ("Torfaen", ("Dorfaen", "Nhorfaen", "Thorfaen")),
            ("Blaenau", ("Flaenau", "Mlaenau")),
            ("Dinbych", ("Ddinbych", "Ninbych")),
            ("Gwynedd", ("Wynedd", "Ngwynedd")),
            ("Merthyr", ("Ferthyr",)),
            ("Llanelli", ("Lanelli",)),
            ("Rhondda", ("Rondda",)),
            ("Abertawe", ()),
            ("Wrecsam", ()),
        ],
    )
    def test_table(self, word, forms):
        """Soft, nasal and aspirate mutations change only the initial consonant."""
        assert welsh.mutations(word) == forms

    @given(st.sampled_from(_RADICALS), _WORD_TAIL)
    def test_only_the_start_changes(self, radical, tail):
        """Every mutated form keeps the rest of the word as it is."""
        word = radical + tail
        for form in welsh.mutations(word):
            assert form.endswith(tail)
            assert form != word

    @given(st.sampled_from(_RADICALS), _WORD_TAIL)
    def test_case_of_the_first_letter_is_kept(self, radical, tail):
        """A capitalised word mutates to capitalised forms, a lower-case one to lower-case."""
        lower = radical + tail
        upper = lower.capitalize()
        assert [f.lower() for f in welsh.mutations(upper)] == list(welsh.mutations(lower))
        assert all(f[:1].isupper() for f in welsh.mutations(upper))

    @given(st.text(alphabet="aeiouwyAEIOUWY", min_size=1, max_size=8))
    def test_vowels_do_not_mutate(self, word):
        """Words beginning with a vowel have no consonant mutations."""
        assert welsh.mutations(word) == ()

    @given(st.sampled_from(_RADICALS), _WORD_TAIL)
    def test_soft_is_the_first_form(self, radical, tail):
        """The soft mutation is the first mutated form, or the word itself where there is none."""
        word = radical + tail
        forms = welsh.mutations(word)
        assert welsh.soft(word) == forms[0]


class TestHProthesis:
    @given(st.sampled_from("aeiouwy"), _WORD_TAIL)
    def test_vowels_take_h(self, first, tail):
        """A noun beginning with a vowel takes h- after "ein": "ein harolygiad"."""
        assert welsh.h_prothesis(first + tail) == "h" + first + tail

    @given(st.sampled_from("bcdfglmnprst"), _WORD_TAIL)
    def test_consonants_do_not(self, first, tail):
        """A noun beginning with a consonant is unchanged: "ein gweithgarwch"."""
        assert welsh.h_prothesis(first + tail) == first + tail


class TestYn:
    @pytest.mark.parametrize(
        ("word", "expected"),
        [
            ("da", "yn dda"),
            ("gwael", "yn wael"),
            ("annigonol", "yn annigonol"),
            ("rhagorol", "yn rhagorol"),
            ("llwyddiannus", "yn llwyddiannus"),
            ("boddhaol", "yn foddhaol"),
            ("pryderus", "yn bryderus"),
            ("cadarnhaol", "yn gadarnhaol"),
            ("tawel", "yn dawel"),
            ("mawr", "yn fawr"),
        ],
    )
    def test_table(self, word, expected):
        """Predicative "yn" soft-mutates what follows, except ll- and rh- (Thomas, § 1.2)."""
        assert welsh.yn(word) == expected

    @given(st.sampled_from(["ll", "rh"]), _WORD_TAIL)
    def test_ll_and_rh_resist(self, radical, tail):
        """After "yn", ll- and rh- keep their radical form."""
        assert welsh.yn(radical + tail) == f"yn {radical}{tail}"


class TestAAc:
    @given(st.integers(1, 31))
    def test_ac_before_vowel_sounds(self, day):
        """ "ac" stands before days read with a vowel (un, wyth, the teens), "a" elsewhere."""
        expected = "ac" if day in {1, 8} or 10 <= day <= 19 else "a"
        assert welsh.a_ac(day) == expected


def test_in_sentence_lowers_only_the_first_letter():
    """A label inside a sentence loses only its first capital."""
    assert welsh.in_sentence("Angen Gwella") == "angen Gwella"
    assert welsh.in_sentence("") == ""


@given(st.integers(-1000, 1000))
def test_count_puts_the_singular_noun_after_the_numeral(amount):
    """Welsh writes the numeral, then the singular noun."""
    assert welsh.count(amount, "diwrnod gwaith") == f"{amount} diwrnod gwaith"

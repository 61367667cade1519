"""Tests of carewales.welsh: the Welsh grammar every module shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import welsh
from carewales.errors import InvalidChoiceError, InvalidNumberError

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
    def test_ac_before_day_numbers_read_with_a_vowel(self, day):
        """ "ac" before days read with a vowel (un, wyth, un deg ...), "a" before "deg" etc.."""
        expected = "ac" if day in {1, 8} or 11 <= day <= 19 else "a"
        assert welsh.a_ac(day) == expected

    @pytest.mark.parametrize(
        ("number", "expected"),
        [
            (0, "a"),  # dim
            (1, "ac"),  # un
            (8, "ac"),  # wyth
            (10, "a"),  # deg: the "rhwng 5 a 10 Tachwedd"
            (11, "ac"),  # un deg un
            (20, "a"),  # dau ddeg
            (80, "ac"),  # wyth deg
            (100, "a"),  # cant
            (166, "a"),  # cant chwe deg chwech: the seed's "rhwng 53 a 166"
            (800, "ac"),  # wyth cant
            (1_000, "a"),  # mil
            (8_000, "ac"),  # wyth mil
            (11_000, "ac"),  # un deg un mil
            (10_000, "a"),  # deg mil
            (1_000_000, "a"),  # miliwn
            (18_000_000, "ac"),  # un deg wyth miliwn
            (-8, "a"),  # minws wyth
        ],
    )
    def test_decimal_reading(self, number, expected):
        """The decimal counting decides: only "un" and "wyth" begin with a vowel."""
        assert welsh.a_ac(number) == expected

    @given(st.integers(1, 10**12), st.sampled_from([1_000, 1_000_000, 1_000_000_000]))
    def test_a_scale_word_leads_unless_counted(self, leading, scale):
        """A number reads from its leading count: "wyth mil" like "wyth", "mil" alone like "mil"."""
        number = leading * scale
        expected = leading != 1 and welsh.reads_with_vowel(leading)
        assert welsh.reads_with_vowel(number) is expected

    @given(st.integers(0, 10**15))
    def test_only_un_and_wyth_lead(self, number):
        """A number reads with a vowel only if its leading digits are 1 (not alone) or 8."""
        digits = str(number)
        if welsh.reads_with_vowel(number):
            assert digits[0] in "18"
        if digits[0] == "8":
            assert welsh.reads_with_vowel(number)
        if digits[0] == "2":  # dau, dwy: never a vowel
            assert welsh.a_ac(number) == "a"


class TestAfter:
    @pytest.mark.parametrize(
        ("word", "noun", "expected"),
        [
            ("i", "Caerffili", "i Gaerffili"),
            ("o", "Torfaen", "o Dorfaen"),
            ("ar", "gwaith", "ar waith"),
            ("at", "Pennaeth", "at Bennaeth"),
            ("gan", "Cyngor", "gan Gyngor"),
            ("dan", "gofal", "dan ofal"),
            ("heb", "bwriad", "heb fwriad"),
            ("hyd", "diwedd", "hyd ddiwedd"),
            ("drwy", "llythyr", "drwy lythyr"),
            ("wrth", "rheoli", "wrth reoli"),
            ("am", "Merthyr", "am Ferthyr"),
            ("yn", "Powys", "ym Mhowys"),
            ("yn", "Caerdydd", "yng Nghaerdydd"),
            ("yn", "Torfaen", "yn Nhorfaen"),
            ("yn", "Bangor", "ym Mangor"),
            ("yn", "Dinbych", "yn Ninbych"),
            ("yn", "Gwynedd", "yng Ngwynedd"),
            ("yn", "Merthyr Tudful", "ym Merthyr Tudful"),
            ("yn", "Abertawe", "yn Abertawe"),
            ("Yn", "Powys", "Ym Mhowys"),
            ("a", "Caerffili", "a Chaerffili"),
            ("a", "Powys", "a Phowys"),
            ("a", "Torfaen", "a Thorfaen"),
            ("a", "Bangor", "a Bangor"),
            ("a", "Abertawe", "ac Abertawe"),
            ("A", "Abertawe", "Ac Abertawe"),
            ("â", "phlant", "â phlant"),
            ("â", "pherson", "â pherson"),
            ("â", "eraill", "ag eraill"),
            ("gyda", "cymorth", "gyda chymorth"),
            ("gyda", "ymddiriedolaeth", "gydag ymddiriedolaeth"),
            ("tua", "pump", "tua phump"),
            ("tua", "ugain", "tuag ugain"),
            ("ein", "arolygiad", "ein harolygiad"),
            ("eu", "ardal", "eu hardal"),
            ("ein", "gwaith", "ein gwaith"),
            ("tri", "afal", "tri afal"),  # no final consonant for "tri" before a vowel
            ("fy", "tad", "fy nhad"),  # nasal after "fy", which keeps its form
            ("chwe", "ceiniog", "chwe cheiniog"),
        ],
    )
    def test_table(self, word, noun, expected):
        """Each governing word causes its mutation (soft, nasal, aspirate) or h-prothesis."""
        assert welsh.after(word, noun) == expected

    @given(st.sampled_from(sorted(welsh.SOFT)), st.sampled_from(_RADICALS), _WORD_TAIL)
    def test_soft_after_prepositions(self, word, radical, tail):
        """After the words in SOFT the noun takes its soft mutation."""
        assert welsh.after(word, radical + tail) == f"{word} {welsh.soft(radical + tail)}"

    @given(st.sampled_from(["p", "t", "c", "b", "d", "g"]), _WORD_TAIL)
    def test_nasal_after_yn(self, radical, tail):
        """After "yn" (in) p t c b d g nasalise; "yn" becomes "ym" before m-, "yng" before ng-."""
        result = welsh.after("yn", radical + tail)
        lead, mutated = result.split(" ", 1)
        assert mutated == welsh.nasal(radical + tail)
        assert lead == (
            "ym" if mutated.startswith("m") else "yng" if mutated.startswith("ng") else "yn"
        )

    @given(
        st.sampled_from(sorted(welsh.ASPIRATE)),
        st.sampled_from(["b", "d", "g", "m", "ll", "rh"]),
        _WORD_TAIL,
    )
    def test_aspirate_leaves_other_consonants(self, word, radical, tail):
        """The aspirate mutation changes only c-, p- and t-."""
        assert welsh.after(word, radical + tail) == f"{word} {radical}{tail}"

    @given(
        st.sampled_from(
            [("a", "ac"), ("â", "ag"), ("gyda", "gydag"), ("tua", "tuag"), ("na", "nag")]
        ),
        st.sampled_from("aeiouwy"),
        _WORD_TAIL,
    )
    def test_final_consonant_before_vowels(self, pair, vowel, tail):
        """ "a", "â", "gyda", "tua" and "na" take a final consonant before a vowel: "ac", "ag"..."""
        word, full = pair
        assert welsh.after(word, vowel + tail) == f"{full} {vowel}{tail}"

    def test_unknown_word_is_refused_in_both_languages(self):
        """A word that governs no mutation the library knows is refused, in English and Welsh."""
        with pytest.raises(InvalidChoiceError, match="must be one of") as caught:
            welsh.after("the", "Powys")
        assert "rhaid i’r gwerth fod yn un o" in caught.value.message("cy")


class TestMutationEdges:
    @pytest.mark.parametrize(
        "word", ["chwech", "ddiwrnod", "ffordd", "ngwaith", "Phowys", "theatr", "mhlentyn", "nhad"]
    )
    def test_one_letter_digraphs_and_mutated_forms_do_not_mutate(self, word):
        """ch, dd, ff, ng, ph, th, mh and nh never mutate, so nothing mutates twice."""
        assert welsh.mutations(word) == ()
        assert welsh.soft(word) == welsh.nasal(word) == welsh.aspirate(word) == word

    @given(st.sampled_from(_RADICALS), _WORD_TAIL)
    def test_soft_is_idempotent(self, radical, tail):
        """Mutating a soft-mutated word again leaves it alone where the result is a digraph."""
        once = welsh.soft(radical + tail)
        if once[:2] in {"dd", "ll"} or once[:1] in "aeiouwy":
            assert welsh.soft(once) == once

    def test_h_prothesis_keeps_a_capital(self):
        """A capitalised noun takes a capital H: "Hadroddiad"."""
        assert welsh.h_prothesis("Adroddiad") == "Hadroddiad"
        assert welsh.h_prothesis("") == ""


def test_in_sentence_lowers_only_the_first_letter():
    """A label inside a sentence loses only its first capital."""
    assert welsh.in_sentence("Angen Gwella") == "angen Gwella"
    assert welsh.in_sentence("") == ""


@given(st.integers(-1000, 1000).filter(lambda n: abs(n) != 2))
def test_count_puts_the_singular_noun_after_the_numeral(amount):
    """Welsh writes the numeral, then the singular noun (here one no numeral but 2 mutates)."""
    assert welsh.count(amount, "diwrnod gwaith") == f"{amount} diwrnod gwaith"


class TestCount:
    @pytest.mark.parametrize(
        ("amount", "noun", "feminine", "expected"),
        [
            (2, "diwrnod gwaith", False, "2 ddiwrnod gwaith"),  # dau ddiwrnod
            (2, "cell", True, "2 gell"),  # dwy gell: the "1 o 2 gell"
            (2, "mis", False, "2 fis"),
            (2, "llinell", True, "2 linell"),  # dwy linell: ll- mutates after dau/dwy
            (2, "wythnos", True, "2 wythnos"),
            (1, "cell", True, "1 gell"),  # un gell
            (1, "llinell", True, "1 llinell"),  # but un llinell
            (1, "rhes", True, "1 rhes"),
            (1, "diwrnod", False, "1 diwrnod"),
            (3, "plentyn", False, "3 phlentyn"),  # tri phlentyn
            (3, "cell", True, "3 cell"),  # tair cell
            (6, "tabl", False, "6 thabl"),  # chwe thabl
            (5, "blynedd", True, "5 mlynedd"),
            (10, "blynedd", True, "10 mlynedd"),
            (4, "blynedd", True, "4 blynedd"),
            (5, "diwrnod", False, "5 diwrnod"),
            (20, "diwrnod gwaith", False, "20 diwrnod gwaith"),  # the seed's "ugain diwrnod gwaith"
            (22, "diwrnod", False, "22 diwrnod"),
            (-2, "diwrnod", False, "-2 ddiwrnod"),
        ],
    )
    def test_table(self, amount, noun, feminine, expected):
        """The noun after a numeral mutates as after the numeral spoken."""
        assert welsh.count(amount, noun, feminine=feminine) == expected

    @given(st.sampled_from(_RADICALS), _WORD_TAIL, st.booleans())
    def test_two_soft_mutates(self, radical, tail, feminine):
        """After 2 (dau, dwy) every noun takes the soft mutation."""
        assert (
            welsh.count(2, radical + tail, feminine=feminine) == f"2 {welsh.soft(radical + tail)}"
        )

    @given(
        st.integers(11, 10**6).filter(lambda n: n not in {12, 15, 18, 20, 100}),
        st.sampled_from(_RADICALS),
        _WORD_TAIL,
    )
    def test_larger_numbers_leave_the_noun(self, amount, radical, tail):
        """Past 10 the noun keeps its radical form ("21 diwrnod")."""
        assert welsh.count(amount, radical + tail) == f"{amount} {radical}{tail}"

    @given(st.integers(), st.text(alphabet="abcdefg ", min_size=1, max_size=12).filter(str.strip))
    def test_only_the_first_word_changes(self, amount, noun):
        """Whatever the numeral, only the noun's first word can change."""
        noun = " ".join(noun.split())
        _, _, rest = noun.partition(" ")
        result = welsh.count(amount, noun)
        assert result.startswith(f"{amount} ")
        if rest:
            assert result.endswith(f" {rest}")

    @pytest.mark.parametrize("junk", [True, 2.0, "2", None])
    def test_amount_is_a_whole_number(self, junk):
        """A bool, a float or text is refused in both languages."""
        with pytest.raises(InvalidNumberError) as caught:
            welsh.count(junk, "diwrnod")
        assert "rhaid i’r gwerth fod yn rhif cyfan" in caught.value.message("cy")

    def test_numpy_style_integers(self):
        """Any Integral counts."""
        import fractions  # noqa: F401 (numbers.Integral: int subclasses count too)

        class Big(int):
            pass

        assert welsh.count(Big(2), "diwrnod") == "2 ddiwrnod"

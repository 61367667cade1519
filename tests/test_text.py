"""Bilingual text, languages, bilingual enums and date formatting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    Bilingual,
    BilingualEnum,
    InvalidTextError,
    Language,
    format_date,
    from_json,
    to_json,
)
from carewales import testing as cwst
from carewales.errors import CareWalesError, InvalidDateError
from carewales.testing import _text as tts
from carewales.text import Format, UnknownLanguageError

JUNK = [None, 0, 1.5, b"bytes", ["list"], object()]
BLANK = ["", " ", "\t\n", "\u00a0"]


class TestBilingual:
    @given(cwst.bilingual_texts())
    def test_parts_are_stripped_and_kept(self, text):
        """Both parts are stored stripped, and rebuilding from them gives an equal value."""
        assert text.en == text.en.strip()
        assert text.cy == text.cy.strip()
        assert Bilingual(text.en, text.cy) == text

    @given(cwst.bilingual_texts())
    def test_surrounding_space_is_ignored(self, text):
        """Surrounding white space never changes the value."""
        assert Bilingual(f"  {text.en}\n", f"\t{text.cy} ") == text

    @given(
        cwst.bilingual_texts(),
        st.sampled_from("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
        st.booleans(),
    )
    def test_a_text_is_one_line(self, text, brk, welsh):
        """A line break inside either part is refused: describe() stays one line everywhere."""
        en, cy = (text.en, f"{text.cy}{brk}{text.cy}") if welsh else (f"{text.en}{brk}x", text.cy)
        with pytest.raises(InvalidTextError, match="one line"):
            Bilingual(en, cy)

    def test_a_text_is_at_most_the_longest_a_document_reads(self):
        """Text longer than the JSON reader's limit is refused when built, not when read."""
        from carewales.serial import MAX_TEXT_LENGTH

        assert Bilingual("a" * MAX_TEXT_LENGTH, "b").en
        with pytest.raises(InvalidTextError, match="at most"):
            Bilingual("a" * (MAX_TEXT_LENGTH + 1), "b")

    @given(cwst.bilingual_texts(), cwst.languages())
    def test_in_picks_the_language(self, text, lang):
        """`in_` returns the English for EN and the Welsh for CY, by enum or by code."""
        expected = text.en if lang is Language.EN else text.cy
        assert text.in_(lang) == expected
        assert text.in_(lang.value.upper()) == expected

    @given(cwst.bilingual_texts())
    def test_str_is_english(self, text):
        """`str()` gives the English text."""
        assert str(text) == text.en
        assert text.both() == f"{text.en} / {text.cy}"

    @pytest.mark.parametrize("blank", BLANK)
    def test_blank_parts_are_refused(self, blank):
        """A blank English or Welsh part raises InvalidTextError naming the part."""
        with pytest.raises(InvalidTextError, match="'en'"):
            Bilingual(blank, "Wrecsam")
        with pytest.raises(InvalidTextError, match="'cy'"):
            Bilingual("Wrexham", blank)

    @pytest.mark.parametrize("junk", JUNK)
    def test_non_strings_are_refused(self, junk):
        """A part that is not a string raises the library's error, a ValueError."""
        with pytest.raises(InvalidTextError, match="must be a str"):
            Bilingual(junk, "Wrecsam")
        with pytest.raises(ValueError, match="must be a str"):
            Bilingual("Wrexham", junk)

    def test_frozen(self):
        """A Bilingual cannot be changed once built."""
        text = Bilingual("Wrexham", "Wrecsam")
        with pytest.raises(AttributeError):
            text.en = "Cardiff"  # type: ignore[misc]

    def test_both_parts_required(self):
        """Leaving out the Welsh is an error, not a default."""
        with pytest.raises(TypeError):
            Bilingual("Wrexham")  # type: ignore[call-arg]


class TestLanguage:
    @given(st.text())
    def test_parse_accepts_only_en_and_cy(self, code):
        """Only 'en' and 'cy' (any case, spaces around) parse; all else is the library's error."""
        if code.strip().lower() in {"en", "cy"}:
            assert Language.parse(code).value == code.strip().lower()
        else:
            with pytest.raises(UnknownLanguageError, match="'lang'"):
                Language.parse(code)

    @pytest.mark.parametrize("junk", JUNK)
    def test_parse_junk(self, junk):
        """Non-strings are refused with the library's error, also a LookupError."""
        with pytest.raises(LookupError):
            Language.parse(junk)

    def test_labels(self):
        """Each language has its name in both languages."""
        assert Language.CY.label == Bilingual("Welsh", "Cymraeg")
        assert Language.EN.label.cy == "Saesneg"


class _Answer(BilingualEnum):
    YES = "yes", "Yes", "Ie"
    NO = "no", "No", "Na"


class TestBilingualEnum:
    def test_members_have_values_and_labels(self):
        """A member's value is its stable string and its label is bilingual."""
        assert _Answer("yes") is _Answer.YES
        assert _Answer.NO.label == Bilingual("No", "Na")
        assert str(_Answer.YES) == "Yes"

    def test_bad_label_is_refused(self):
        """An enum member with a blank Welsh label cannot be defined."""
        with pytest.raises(InvalidTextError):

            class _Bad(BilingualEnum):
                ONE = "one", "One", " "


class TestFormatDate:
    @given(st.dates())
    def test_shape(self, day):
        """A date reads as day, month name and year, with no leading zero, in both languages."""
        for lang in Language:
            words = format_date(day, lang).split(" ")
            assert words[0] == str(day.day)
            assert words[-1] == str(day.year)

    @given(st.dates())
    def test_weekday_prefix(self, day):
        """With `weekday=True` the day's name comes first, then a comma and the date."""
        text = format_date(day, "cy", weekday=True)
        assert text.startswith("Dydd ")
        assert text.endswith(format_date(day, "cy"))

    def test_seed_dates(self):
        """The seed texts' dates are written as the seeds write them."""
        assert (
            format_date(dt.date(2013, 7, 10), "cy", weekday=True)
            == "Dydd Mercher, 10 Gorffennaf 2013"
        )
        assert format_date(dt.date(2012, 1, 9), "cy", weekday=True) == "Dydd Llun, 9 Ionawr 2012"
        assert format_date(dt.date(2021, 11, 19), Language.CY) == "19 Tachwedd 2021"
        assert format_date(dt.date(2017, 7, 1)) == "1 July 2017"

    @pytest.mark.parametrize("junk", [dt.datetime(2021, 1, 1, 12, 0), "2021-01-01", None, 20210101])
    def test_junk(self, junk):
        """Anything but a plain date raises InvalidDateError."""
        with pytest.raises(InvalidDateError, match="'day'"):
            format_date(junk)

    def test_errors_share_a_base(self):
        """Every error is a CareWalesError and a ValueError."""
        assert issubclass(InvalidDateError, CareWalesError)
        assert issubclass(CareWalesError, ValueError)


def test_parse_accepts_a_member():
    """`BilingualEnum.parse` returns a member given the member itself."""
    assert _Answer.parse(_Answer.NO) is _Answer.NO


class TestStrategies:
    def test_models_cover_bilingual(self):
        """carewales.testing._text maps Bilingual to its strategy."""
        assert set(tts.MODELS) == {Bilingual}

    @given(tts.MODELS[Bilingual]())
    def test_bilingual_round_trip(self, text):
        """Generated texts round-trip through the shipped JSON converter."""
        assert from_json(to_json(text), Bilingual) == text

    @given(tts.formats())
    def test_formats(self, style):
        """Generated formats are Format members that parse from their values."""
        assert Format.parse(style.value) is style


@pytest.mark.parametrize("weekday", ["no", 1, None, object()])
def test_format_date_weekday_is_a_bool(weekday):
    """format_date's weekday is True or False, nothing that merely looks true."""
    with pytest.raises(CareWalesError, match="'weekday'"):
        format_date(dt.date(2021, 11, 15), weekday=weekday)


class TestInSentence:
    @given(st.dates())
    def test_welsh_weekday_is_lower_case_mid_sentence(self, day):
        """Inside a sentence a Welsh date reads "dydd Mawrth, ...": only "dydd" loses a capital."""
        start = format_date(day, "cy", weekday=True)
        inside = format_date(day, "cy", weekday=True, in_sentence=True)
        assert inside.startswith("dydd ")
        assert inside == "d" + start[1:]
        assert inside.split(" ")[1][:1].isupper()  # Llun, Mawrth, ... keep their capitals

    @given(st.dates(), st.booleans())
    def test_english_and_bare_dates_are_unchanged(self, day, weekday):
        """English never changes, nor a date without its weekday."""
        assert format_date(day, weekday=weekday, in_sentence=True) == format_date(
            day, weekday=weekday
        )
        assert format_date(day, "cy", in_sentence=True) == format_date(day, "cy")

    def test_example(self):
        """The issue's example: "ar ôl dydd Mawrth", not "ar ôl Dydd Mawrth"."""
        day = dt.date(2024, 11, 5)
        assert format_date(day, "cy", weekday=True, in_sentence=True) == (
            "dydd Mawrth, 5 Tachwedd 2024"
        )

    @pytest.mark.parametrize("flag", ["yes", 0, None])
    def test_flag_is_a_bool(self, flag):
        """in_sentence is True or False, in both languages of the error."""
        with pytest.raises(CareWalesError, match="'in_sentence'") as caught:
            format_date(dt.date(2021, 11, 15), in_sentence=flag)
        assert "rhaid i’r gwerth fod yn True neu False" in caught.value.message("cy")


class TestErrorsInWelsh:
    def test_language_and_choice_errors(self):
        """Language.parse and BilingualEnum.parse refuse in Welsh too."""
        with pytest.raises(UnknownLanguageError) as caught:
            Language.parse("fr")
        assert caught.value.message("cy") == (
            "'lang' ('fr'): rhaid i’r gwerth fod yn 'en' (Saesneg) neu 'cy' (Cymraeg)."
        )
        with pytest.raises(CareWalesError) as caught:
            _Answer.parse("maybe")
        assert caught.value.message("cy") == "'maybe': nid yw’n un o 'yes', 'no' (_Answer)."
        with pytest.raises(InvalidTextError) as caught:
            Bilingual("Wrexham", " ")
        assert "rhaid i’r gwerth beidio â bod yn wag" in caught.value.message("cy")

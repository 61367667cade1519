"""Tests of the shared toolkit: the validators, the converters, lookups and deprecations."""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from fractions import Fraction

import attrs
import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from carewales import _validators as v
from carewales._deprecation import renamed, warn_renamed
from carewales._extras import require
from carewales._lookup import did_you_mean, fold_key, lookup, names_no, suggest, suggest_cy
from carewales.errors import (
    CareWalesError,
    InvalidChoiceError,
    InvalidDateError,
    InvalidFieldError,
    InvalidNumberError,
    InvalidTextError,
    UnknownKeyError,
    UnknownTimescaleError,
    UnsupportedDateError,
)


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


class Many(enum.Enum):
    A, B, C, D, E, F, G, H, I = range(9)  # noqa: E741 (the letters are the point)


@attrs.frozen
class Sample:
    """A model built with every kind of check, as the library's models are."""

    _WHAT = "sample"

    key: str = attrs.field(validator=v.key())
    count: int = attrs.field(converter=v.to_int, validator=v.integer(0, 10))
    share: float = attrs.field(converter=v.to_float, validator=v.number(0, 1, open_low=True))
    day: dt.date = attrs.field(validator=v.date(dt.date(2000, 1, 1), dt.date(2000, 12, 31)))
    colour: Colour = attrs.field(validator=v.member(Colour))
    names: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.tuple_of(v.text(), max_size=3, unique=True)
    )
    note: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=5)))
    flag: bool = attrs.field(default=False, validator=v.boolean())


def _sample(**changes: object) -> Sample:
    values: dict[str, object] = {
        "key": "a-key",
        "count": 3,
        "share": 0.5,
        "day": dt.date(2000, 6, 1),
        "colour": Colour.RED,
        "names": ("x",),
    }
    return Sample(**{**values, **changes})  # type: ignore[arg-type]


class TestMessages:
    def test_a_message_names_the_model_the_field_the_value_and_the_rule(self):
        """Every failure reads "<model> '<key>': '<field>' (<value>) <rule>."."""
        with pytest.raises(InvalidNumberError) as caught:
            _sample(count=11)
        assert str(caught.value) == (
            "sample 'a-key': 'count' (11) must be a whole number from 0 to 10."
        )

    def test_a_junk_key_is_not_quoted_as_the_name(self):
        """Without a usable id or key, the message names the model alone."""
        assert v.where(object()) == "object"
        assert v.where(attrs.evolve(_sample(), names=("y",))) == "sample 'a-key'"

    def test_describe_shortens_long_values(self):
        """Long reprs are cut at 60 characters; huge integers are described by size."""
        assert len(v.describe("x" * 1000)) == 60
        assert v.describe(10**200) == f"an int of {(10**200).bit_length()} bits"
        assert v.describe(3) == "3"

    def test_describe_survives_a_broken_repr(self):
        """Junk whose repr raises is still described."""

        class Broken:
            def __repr__(self) -> str:
                raise RuntimeError

        assert v.describe(Broken()) == "<Broken>"

    def test_fail_without_an_instance(self):
        """A check of a plain argument names only the field."""
        with pytest.raises(InvalidFieldError, match=r"^'n' \(0\) must be positive\.$"):
            v.fail(None, "n", 0, "must be positive")

    def test_articles(self):
        """Rules say "an" before a vowel and "a" before a consonant."""
        assert v.instance(int).rule == "must be an int"
        assert v.instance((int, str)).rule == "must be an int or a str"
        assert v.member(Colour).rule == "must be a Colour ('red', 'green')"
        assert v.member(Many).rule.endswith(", ...)")


class TestIntegers:
    @given(st.integers(-(2**70), 2**70))
    def test_numpy_and_python_integers_are_stored_as_int(self, n):
        """Any numbers.Integral becomes a plain int; the value is kept exactly."""
        for value in (n, np.int64(n % 2**62)):
            converted = v.to_int(value)
            assert type(converted) is int
            assert converted == value

    @given(st.one_of(st.booleans(), st.floats(), st.text(), st.fractions()))
    def test_other_values_are_left_for_the_validator(self, value):
        """The converter never turns a bool, float, str or fraction into an int."""
        assert v.to_int(value) is value

    @given(st.integers(-20, 20))
    def test_range_is_inclusive(self, n):
        """integer(low, high) accepts exactly the whole numbers from low to high."""
        assert v.integer(0, 10).ok(n) == (0 <= n <= 10)

    def test_bool_is_refused(self):
        """True is not 1 here."""
        assert not v.integer().ok(True)
        assert v.integer().ok(1)
        with pytest.raises(InvalidNumberError, match="'count' \\(True\\)"):
            _sample(count=True)

    def test_open_ended_ranges_are_worded(self):
        """The rule says what is allowed, whichever bounds are set."""
        assert v.integer().rule == "must be a whole number"
        assert v.integer(1).rule == "must be a whole number of at least 1"
        assert v.integer(high=9).rule == "must be a whole number of at most 9"

    def test_model_stores_numpy_integers_as_int(self):
        """A model given a numpy integer stores a plain int."""
        assert type(_sample(count=np.int32(4)).count) is int


class TestNumbers:
    @given(st.floats(allow_nan=True, allow_infinity=True))
    def test_finite_in_range(self, x):
        """number() accepts finite floats in range, honouring open bounds."""
        check = v.number(0, 1, open_low=True, open_high=True)
        assert check.ok(x) == (math.isfinite(x) and 0 < x < 1)
        closed = v.number(0, 1)
        assert closed.ok(x) == (math.isfinite(x) and 0 <= x <= 1)

    def test_to_float(self):
        """Real numbers become floats; bools, strings and huge ints are left alone."""
        assert v.to_float(1) == 1.0
        assert type(v.to_float(np.float32(0.5))) is float
        assert v.to_float(Fraction(1, 4)) == 0.25
        assert v.to_float(True) is True
        assert v.to_float("1") == "1"
        huge = 10**400
        assert v.to_float(huge) is huge

    def test_rules(self):
        """The rule names the bounds and whether they are included."""
        assert v.number().rule == "must be a finite number"
        assert v.number(0, open_low=True).rule == "must be a finite number above 0"
        assert v.number(high=1, open_high=True).rule == "must be a finite number below 1"
        assert v.number(0, 1).rule == "must be a finite number at least 0 and at most 1"
        with pytest.raises(InvalidNumberError):
            _sample(share=0.0)


class TestText:
    @given(st.text(max_size=8))
    def test_text(self, text):
        """text() accepts non-blank strings up to the length; stripped refuses padding."""
        assert v.text(max_length=5).ok(text) == (bool(text.strip()) and len(text) <= 5)
        assert v.text(stripped=True).ok(text) == (bool(text.strip()) and text == text.strip())

    def test_text_errors(self):
        """A bad text raises InvalidTextError naming the index in a tuple."""
        with pytest.raises(InvalidTextError, match=r"'names\[1\]' \(' '\)"):
            _sample(names=["x", " "])
        with pytest.raises(InvalidTextError, match="'note'"):
            _sample(note="too long")
        assert _sample(note=None).note is None

    @given(st.from_regex(r"[a-z0-9]{1,5}(-[a-z0-9]{1,5}){0,3}", fullmatch=True))
    def test_keys(self, key):
        """Lower-case words joined by hyphens are keys; the same in capitals is not."""
        assert v.key().ok(key)
        assert not v.key().ok(key.upper() + "X")
        assert not v.key(max_length=3).ok("abcd")

    def test_matches(self):
        """matches() wants a str matching the pattern whole."""
        check = v.matches(re.compile(r"\d+"), "must be digits")
        assert check.ok("12")
        assert not check.ok("12a")
        assert not check.ok(12)


class TestDates:
    def test_datetime_is_refused(self):
        """A datetime is refused where a date is meant: its time would be dropped."""
        with pytest.raises(InvalidDateError, match=r"pass value\.date"):
            _sample(day=dt.datetime(2000, 6, 1, 9, 30))

    def test_non_dates_are_refused(self):
        """A string is not a date."""
        with pytest.raises(InvalidDateError, match="not str"):
            _sample(day="2000-06-01")

    @given(st.dates(dt.date(1999, 12, 1), dt.date(2001, 1, 31)))
    def test_range_includes_both_ends(self, day):
        """Dates from the first to the last day are accepted, others are unsupported."""
        inside = dt.date(2000, 1, 1) <= day <= dt.date(2000, 12, 31)
        assert v.date(dt.date(2000, 1, 1), dt.date(2000, 12, 31)).ok(day) == inside
        if not inside:
            with pytest.raises(UnsupportedDateError, match="from 2000-01-01 to 2000-12-31"):
                _sample(day=day)

    def test_one_sided_ranges(self):
        """A date check with one bound says which."""
        with pytest.raises(UnsupportedDateError, match="on or after 2000-01-01"):
            v.date(dt.date(2000, 1, 1)).check(None, "d", dt.date(1999, 1, 1))
        with pytest.raises(UnsupportedDateError, match="on or before 2000-01-01"):
            v.date(latest=dt.date(2000, 1, 1)).check(None, "d", dt.date(2001, 1, 1))

    def test_optional_dates_keep_their_range(self):
        """optional() lets None through but still checks a date's range."""
        check = v.optional(v.date(dt.date(2000, 1, 1)))
        assert check.ok(None)
        assert check.ok(dt.date(2000, 1, 1))
        assert not check.ok(dt.date(1999, 12, 31))
        assert check.rule.endswith(", or None")

    def test_ensure_date(self):
        """ensure_date returns a plain date and refuses anything else."""
        assert v.ensure_date("d", dt.date(2020, 1, 1)) == dt.date(2020, 1, 1)
        with pytest.raises(InvalidDateError):
            v.ensure_date("d", None)

    def test_ensure_text(self):
        """ensure_text strips, and refuses non-strings and blanks."""
        assert v.ensure_text("t", " a ") == "a"
        with pytest.raises(InvalidTextError, match="must be a str"):
            v.ensure_text("t", 1)
        with pytest.raises(InvalidTextError, match="blank"):
            v.ensure_text("t", "  ")


class TestChoicesAndTuples:
    def test_member(self):
        """An enum field holds members, never their values."""
        with pytest.raises(InvalidChoiceError, match="'colour' \\('red'\\) must be a Colour"):
            _sample(colour="red")

    def test_one_of(self):
        """one_of compares by type as well as value: True is not 1."""
        check = v.one_of([1, "a"])
        assert check.ok(1)
        assert check.ok("a")
        assert not check.ok(True)
        assert not check.ok(2)

    def test_lists_become_tuples(self):
        """A list given for a tuple field is stored as a tuple."""
        assert _sample(names=["a", "b"]).names == ("a", "b")
        assert v.to_tuple("ab") == "ab"

    @given(st.lists(st.sampled_from("abcd"), max_size=5))
    def test_sizes_and_repeats(self, items):
        """A tuple field takes 0 to max_size items, with no repeats where unique."""
        expected = len(items) <= 3 and len(set(items)) == len(items)
        assert v.tuple_of(v.text(), max_size=3, unique=True).ok(tuple(items)) == expected

    def test_unhashable_items_are_compared_by_identity(self):
        """Repeats of unhashable items are found by identity."""
        item: list[int] = []
        check = v.tuple_of(unique=True)
        assert check.ok(([], []))
        assert not check.ok((item, item))

    def test_optional_tuple_keeps_its_item_check(self):
        """optional(tuple_of(...)) still checks the items."""
        check = v.optional(v.tuple_of(v.integer(0, 1)))
        assert check.ok(None)
        assert not check.ok((5,))

    def test_boolean_and_instance(self):
        """boolean() wants True or False; instance() the class named."""
        assert not v.boolean().ok(0)
        with pytest.raises(InvalidFieldError, match="'flag'"):
            _sample(flag=1)
        assert v.instance(int).ok(3)
        assert not v.instance(int).ok("3")

    def test_satisfies(self):
        """satisfies() turns a predicate into a check, with the error asked for."""
        check = v.satisfies(lambda x: x % 2 == 0, "must be even", error=InvalidNumberError)
        assert check.ok(2)
        with pytest.raises(InvalidNumberError, match="must be even"):
            check.check(None, "n", 3)
        assert repr(check) == "<check: must be even>"

    def test_library_errors_pass_through_unchanged(self):
        """A check whose test raises the library's own error lets that error through."""

        def refuse(_: object) -> bool:
            msg = "a more precise message"
            raise InvalidNumberError(msg)

        check = v.satisfies(refuse, "must be anything else")

        @attrs.frozen
        class Holder:
            x: int = attrs.field(validator=check)

        for attempt in (lambda: check.check(None, "x", 1), lambda: Holder(1)):
            with pytest.raises(InvalidNumberError, match=r"^a more precise message$"):
                attempt()

    def test_evolve_runs_every_check(self):
        """attrs.evolve with junk fails at once, with the library's error."""
        item = _sample()
        for name, junk in [("key", None), ("count", "3"), ("names", [object()])]:
            with pytest.raises(CareWalesError):
                attrs.evolve(item, **{name: junk})


class TestLookup:
    ENTRIES = {"first-core-group": 1, "strategy-discussion": 2}  # noqa: RUF012

    @given(st.sampled_from(["first-core-group", "strategy-discussion"]), st.data())
    def test_case_and_spacing_are_ignored(self, key, data):
        """A key is found whatever its case, and with spaces or underscores for hyphens."""
        variant = data.draw(st.sampled_from([key.upper(), key.replace("-", "_"), f" {key} "]))
        assert (
            lookup(variant, self.ENTRIES, what="timescale", error=UnknownTimescaleError)
            == (self.ENTRIES[key])
        )

    def test_unknown_keys_get_suggestions(self):
        """An unknown key raises the error asked for, a LookupError, with the closest keys."""
        with pytest.raises(UnknownTimescaleError, match="Did you mean 'first-core-group'") as e:
            lookup("first-core-grop", self.ENTRIES, what="timescale", error=UnknownTimescaleError)
        assert isinstance(e.value, LookupError)
        assert isinstance(e.value, UnknownKeyError)
        with pytest.raises(UnknownTimescaleError, match=r"names no timescale\.$"):
            lookup("zzz", self.ENTRIES, what="timescale", error=UnknownTimescaleError)
        with pytest.raises(UnknownTimescaleError, match="must be a str"):
            lookup(3, self.ENTRIES, what="timescale", error=UnknownTimescaleError)

    def test_suggestions_are_joined_with_or(self):
        """Several close keys are listed, the last after "or"."""
        words = suggest("ab", ["abc", "abd"])
        assert words.startswith(" Did you mean '")
        assert "'abc'" in words
        assert "'abd'" in words
        assert " or " in words
        assert suggest("ab", ["abc", "abd", "abe"]).count(",") == 1
        assert fold_key(" First_Core Group ") == "first-core-group"


class TestDeprecation:
    def test_warn_renamed(self):
        """A renamed name warns with its new name and the release that removes it."""
        with pytest.warns(DeprecationWarning, match="x.old is deprecated .* use x.new"):
            warn_renamed("x.old", "x.new")

    def test_module_getattr(self):
        """renamed() serves old names with a warning and refuses unknown ones."""
        getattr_ = renamed("carewales.example", {"Old": ("carewales.example.New", lambda: 42)})
        with pytest.warns(DeprecationWarning, match="carewales.example.Old"):
            assert getattr_("Old") == 42
        with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
            getattr_("Nope")

    def test_callable_label_is_the_plain_bilingual(self):
        """A label kept callable for 0.1 code equals, hashes and shows as the plain Bilingual."""
        from carewales import Bilingual
        from carewales._deprecation import CallableLabel

        label = CallableLabel("Good", "Da")
        plain = Bilingual("Good", "Da")
        assert label == plain
        assert hash(label) == hash(plain)
        assert repr(label) == repr(plain)
        assert label != ("Good", "Da")


@attrs.frozen
class _Welsh:
    """A model with a Welsh name for its messages."""

    _WHAT = "councillor training"
    _WHAT_CY = "hyfforddiant cynghorwyr"

    id: str = attrs.field(validator=v.key())
    count: int = attrs.field(validator=v.integer(0, 10))


class TestWelshMessages:
    """Every factory writes its rule in Welsh too: "'field' (value): rhaid i’r gwerth ..."."""

    def test_a_welsh_message_names_the_model_the_field_the_value_and_the_rule(self):
        """The Welsh message has the English one's parts, the rule after a colon."""
        with pytest.raises(InvalidNumberError) as caught:
            _sample(count=11)
        assert caught.value.message("cy") == (
            "sample 'a-key': 'count' (11): rhaid i’r gwerth fod yn rhif cyfan o 0 i 10."
        )
        assert caught.value.message("en") == str(caught.value)

    def test_a_model_may_name_itself_in_welsh(self):
        """_WHAT_CY names the model in the Welsh message."""
        with pytest.raises(InvalidNumberError) as caught:
            _Welsh("a-b", 11)
        assert caught.value.message("cy").startswith("hyfforddiant cynghorwyr 'a-b': 'count' (11):")
        assert str(caught.value).startswith("councillor training 'a-b': 'count' (11) must")
        assert v.where(_Welsh("a-b", 1), "cy") == "hyfforddiant cynghorwyr 'a-b'"

    @pytest.mark.parametrize(
        ("check", "welsh"),
        [
            (v.integer(1, 10), "rhaid i’r gwerth fod yn rhif cyfan o 1 i 10"),
            (v.integer(0), "rhaid i’r gwerth fod yn rhif cyfan nad yw’n llai na 0"),
            (v.integer(high=9), "rhaid i’r gwerth fod yn rhif cyfan nad yw’n fwy na 9"),
            (v.integer(), "rhaid i’r gwerth fod yn rhif cyfan"),
            (v.number(), "rhaid i’r gwerth fod yn rhif meidraidd"),
            (
                v.number(0, 1),
                "rhaid i’r gwerth fod yn rhif meidraidd sy’n 0 o leiaf ac yn 1 ar y mwyaf",
            ),
            (v.number(0, open_low=True), "rhaid i’r gwerth fod yn rhif meidraidd sy’n fwy na 0"),
            (
                v.number(high=1, open_high=True),
                "rhaid i’r gwerth fod yn rhif meidraidd sy’n llai na 1",
            ),
            (v.boolean(), "rhaid i’r gwerth fod yn True neu False"),
            (v.text(max_length=5), "rhaid i’r gwerth fod yn str nad yw’n wag, 5 nod ar y mwyaf"),
            (v.instance(int), "rhaid i’r gwerth fod yn int"),
            (v.member(Colour), "rhaid i’r gwerth fod yn aelod o Colour ('red', 'green')"),
            (v.one_of([1, 2]), "rhaid i’r gwerth fod yn un o 1, 2"),
            (v.date(), "rhaid i’r gwerth fod yn datetime.date"),
            (v.tuple_of(max_size=3), "rhaid i’r gwerth fod yn rhestr o 0 i 3 eitem"),
            (v.optional(v.integer(0, 1)), "rhaid i’r gwerth fod yn rhif cyfan o 0 i 1, neu None"),
            (v.optional(v.date()), "rhaid i’r gwerth fod yn datetime.date, neu None"),
        ],
    )
    def test_each_factory_has_its_welsh(self, check, welsh):
        """The rule of each factory, in Welsh."""
        assert check.cy == welsh

    def test_rules_written_by_hand_carry_their_welsh(self):
        """satisfies() and matches() pass their Welsh on; without it the message stays English."""
        odd = v.satisfies(lambda n: n % 2, "must be odd", cy="rhaid i’r gwerth fod yn odrif")
        with pytest.raises(InvalidFieldError) as caught:
            odd.check(None, "n", 2)
        assert caught.value.message("cy") == "'n' (2): rhaid i’r gwerth fod yn odrif."
        code = v.matches(
            re.compile("[A-Z]+"), "must be capitals", cy="rhaid i’r gwerth fod yn briflythrennau"
        )
        assert code.cy == "rhaid i’r gwerth fod yn briflythrennau"
        bare = v.satisfies(lambda _: False, "must be odd")
        with pytest.raises(InvalidFieldError) as caught:
            bare.check(None, "n", 2)
        assert caught.value.cy is None
        assert caught.value.message("cy") == str(caught.value)

    @pytest.mark.parametrize(
        ("value", "welsh"),
        [
            (dt.datetime(2000, 1, 1, 12), "nid datetime.datetime"),
            ("2000-01-01", "rhaid i’r gwerth fod yn datetime.date, nid str"),
            (dt.date(1999, 1, 1), "rhaid i’r gwerth fod rhwng 2000-01-01 a 2000-12-31"),
        ],
    )
    def test_dates(self, value, welsh):
        """Dates are refused in Welsh: the wrong type, a datetime, a day out of range."""
        with pytest.raises(CareWalesError) as caught:
            _sample(day=value)
        assert welsh in caught.value.message("cy")

    def test_one_sided_date_ranges(self):
        """A date before the earliest or after the latest says so in Welsh."""
        with pytest.raises(UnsupportedDateError) as caught:
            v.date(dt.date(2000, 1, 1)).check(None, "day", dt.date(1999, 1, 1))
        assert "rhaid i’r gwerth fod ar 2000-01-01 neu ar ei ôl" in caught.value.message("cy")
        with pytest.raises(UnsupportedDateError) as caught:
            v.date(latest=dt.date(2000, 1, 1)).check(None, "day", dt.date(2001, 1, 1))
        assert "rhaid i’r gwerth fod ar 2000-01-01 neu cyn hynny" in caught.value.message("cy")

    def test_tuples(self):
        """A repeated item, and a list of the wrong size, are refused in Welsh."""
        with pytest.raises(InvalidFieldError) as caught:
            _sample(names=("x", "x"))
        assert "rhaid i’r gwerth beidio â rhestru’r un eitem ddwywaith" in caught.value.message(
            "cy"
        )
        with pytest.raises(InvalidFieldError) as caught:
            _sample(names=("a", "b", "c", "d"))
        assert "rhaid i’r gwerth fod yn rhestr o 0 i 3 eitem" in caught.value.message("cy")

    @pytest.mark.parametrize(
        ("value", "welsh"),
        [
            (3, "rhaid i’r gwerth fod yn str, nid int"),
            ("  ", "rhaid i’r gwerth beidio â bod yn wag: mae angen y ddwy iaith"),
            ("x" * (v.MAX_TEXT + 1), "nod ar y mwyaf"),
            ("a\nb", "rhaid i’r gwerth fod yn un llinell, heb doriadau llinell"),
        ],
    )
    def test_ensure_text(self, value, welsh):
        """ensure_text refuses in Welsh too."""
        with pytest.raises(InvalidTextError) as caught:
            v.ensure_text("cy", value)
        assert welsh in caught.value.message("cy")

    def test_missing_extra(self):
        """A missing optional package is named in Welsh too."""
        with pytest.raises(ImportError) as caught:
            require("no_such_module_here", "plot", "plot_funnel")
        assert caught.value.message("cy") == (  # type: ignore[attr-defined]
            "mae angen no_such_module_here ar plot_funnel: gosodwch y pecyn gyda  "
            "pip install 'carewales[plot]'"
        )


class TestWelshLookup:
    ENTRIES = {"first-core-group": 1, "strategy-discussion": 2}  # noqa: RUF012
    NAMES_CY = {  # noqa: RUF012
        "first-core-group": "Grŵp craidd cyntaf",
        "strategy-discussion": "Trafodaeth strategaeth",
    }

    def _lookup(self, key: object) -> int:
        return lookup(
            key,
            self.ENTRIES,
            what="timescale",
            error=UnknownTimescaleError,
            what_cy="amserlen",
            names_cy=self.NAMES_CY,
        )

    @given(
        st.sampled_from(
            [
                "Grŵp craidd cyntaf",
                "grwp craidd cyntaf",
                "GRŴP CRAIDD CYNTAF",
                " grŵp_craidd-cyntaf ",
            ]
        )
    )
    def test_welsh_names_are_found(self, name):
        """A Welsh name is found ignoring case, accents and separators."""
        assert self._lookup(name) == 1

    def test_english_message_is_unchanged_and_welsh_suggests_welsh(self):
        """The English message stays as it was; the Welsh one suggests the Welsh name."""
        with pytest.raises(UnknownTimescaleError) as caught:
            self._lookup("first-core-grop")
        assert str(caught.value) == (
            "'key' ('first-core-grop') names no timescale. Did you mean 'first-core-group'?"
        )
        assert caught.value.message("cy") == (
            "'key' ('first-core-grop'): nid yw’n enwi unrhyw amserlen. "
            "Oeddech chi’n golygu 'Grŵp craidd cyntaf'?"
        )

    def test_a_welsh_typo_gets_a_welsh_suggestion(self):
        """ "Caerdyd" gets "Caerdydd", as the issue asks; the English finds nothing close."""
        with pytest.raises(UnknownTimescaleError) as caught:
            self._lookup("grwp craid cyntaf")
        assert "Did you mean" not in str(caught.value)
        assert caught.value.message("cy").endswith("Oeddech chi’n golygu 'Grŵp craidd cyntaf'?")

    @given(
        st.lists(
            st.text(alphabet="abcdwyŵŷâ ’-", min_size=1, max_size=12).filter(lambda t: t.strip()),
            min_size=1,
            max_size=5,
        ),
        st.data(),
    )
    def test_any_welsh_name_finds_its_entry(self, names, data):
        """Every Welsh name, in any case, finds its own entry (names folded alike aside)."""
        from carewales._lookup import _fold_name

        entries = {f"key-{i}": i for i in range(len(names))}
        welsh = {f"key-{i}": name for i, name in enumerate(names)}
        index = data.draw(st.integers(0, len(names) - 1))
        folded = _fold_name(names[index])
        # not blank once folded, and no two names that fold alike
        assume(folded and [_fold_name(n) for n in names].count(folded) == 1)
        found = lookup(
            names[index].upper(), entries, what="x", error=UnknownTimescaleError, names_cy=welsh
        )
        assert found == index

    def test_canonical_keys_are_still_found(self):
        """The canonical key is found as it is, and folded."""
        assert self._lookup("strategy-discussion") == 2
        assert self._lookup("Strategy Discussion") == 2

    def test_nothing_close(self):
        """With nothing close there is no suggestion in either language."""
        with pytest.raises(UnknownTimescaleError) as caught:
            self._lookup("zzz")
        assert caught.value.message("cy") == "'key' ('zzz'): nid yw’n enwi unrhyw amserlen."

    def test_not_a_str(self):
        """A non-string key is refused in Welsh too."""
        with pytest.raises(UnknownTimescaleError) as caught:
            self._lookup(3)
        assert caught.value.message("cy") == (
            "'key' (3): rhaid i’r gwerth fod yn str sy’n enwi amserlen."
        )

    def test_default_welsh_catalogue_word(self):
        """Without what_cy the Welsh names an item of the catalogue."""
        with pytest.raises(UnknownTimescaleError) as caught:
            lookup("zzz", self.ENTRIES, what="timescale", error=UnknownTimescaleError)
        assert caught.value.message("cy") == (
            "'key' ('zzz'): nid yw’n enwi unrhyw eitem yn y catalog."
        )

    def test_a_welsh_name_for_a_missing_key_is_ignored(self):
        """A Welsh name whose key is not in the entries finds nothing."""
        with pytest.raises(UnknownTimescaleError):
            lookup(
                "Dim", self.ENTRIES, what="x", error=UnknownTimescaleError, names_cy={"gone": "Dim"}
            )

    def test_did_you_mean(self):
        """Suggestions are joined with "or" / "neu", quoted, never mutated."""
        assert did_you_mean(["Caerdydd", "Caerffili"], "cy") == (
            " Oeddech chi’n golygu 'Caerdydd' neu 'Caerffili'?"
        )
        assert did_you_mean(["a", "b", "c"], "cy") == " Oeddech chi’n golygu 'a', 'b' neu 'c'?"
        assert did_you_mean(["a", "b"]) == " Did you mean 'a' or 'b'?"
        assert did_you_mean([], "cy") == ""

    def test_suggest_cy_without_welsh_names(self):
        """Without Welsh names the Welsh suggests the keys, as the English does."""
        assert suggest_cy("first-core-grop", self.ENTRIES) == (
            " Oeddech chi’n golygu 'first-core-group'?"
        )

    @pytest.mark.parametrize(
        ("what", "expected"),
        [
            ("dyletswydd", "unrhyw ddyletswydd"),
            ("graddfa raddio", "unrhyw raddfa raddio"),
            ("gwasanaeth ar y cyd", "unrhyw wasanaeth ar y cyd"),
            ("cofnod", "unrhyw gofnod"),
            ("awdurdod", "unrhyw awdurdod"),
        ],
    )
    def test_names_no_soft_mutates_after_unrhyw(self, what, expected):
        """ "unrhyw" (any) causes the soft mutation."""
        assert names_no(what) == f"nid yw’n enwi {expected}"

"""Plain data and JSON documents through the shared converter."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    SCHEMA_VERSION,
    Authority,
    AuthorityKind,
    Bilingual,
    CareWalesError,
    DocumentError,
    Language,
    Region,
    RegionMembership,
    authority,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from carewales import testing as cwst
from carewales.serial import MAX_DOCUMENT_BYTES, MAX_TEXT_LENGTH, converter, json_schema


@attrs.frozen
class Sample:
    """A model with one field of every kind the converter has a rule for."""

    authority: Authority
    day: dt.date
    kind: AuthorityKind
    lang: Language
    money: Decimal
    count: int
    share: float
    flag: bool
    label: Bilingual
    note: str | None = None
    days: tuple[dt.date, ...] = ()


samples = st.builds(
    Sample,
    authority=cwst.authorities(),
    day=st.dates(),
    kind=st.sampled_from(AuthorityKind),
    lang=cwst.languages(),
    money=st.decimals(allow_nan=False, allow_infinity=False),
    count=st.integers(),
    share=st.floats(allow_nan=False, allow_infinity=False),
    flag=st.booleans(),
    label=cwst.bilingual_texts(),
    note=st.none() | st.text(max_size=20),
    days=st.lists(st.dates(), max_size=3).map(tuple),
)


def _good() -> dict[str, object]:
    return {
        "schema_version": SCHEMA_VERSION,
        "authority": "W06000006",
        "day": "2021-11-15",
        "kind": "county-borough",
        "lang": "cy",
        "money": "107000000.00",
        "count": 3000,
        "share": 0.5,
        "flag": True,
        "label": {"en": "Findings", "cy": "Canfyddiadau"},
    }


class TestRoundTrip:
    @given(samples)
    def test_dict_round_trip(self, sample):
        """from_dict(to_dict(x)) == x for any model built from every kind of field."""
        assert from_dict(to_dict(sample), Sample) == sample

    @given(samples)
    def test_json_round_trip(self, sample):
        """from_json(to_json(x)) == x, and the text is JSON with the schema version first."""
        text = to_json(sample)
        assert from_json(text, Sample) == sample
        assert next(iter(json.loads(text))) == "schema_version"

    @given(cwst.bilingual_texts())
    def test_bilingual(self, text):
        """Bilingual texts round-trip through JSON."""
        assert from_json(to_json(text), Bilingual) == text

    @given(cwst.authorities())
    def test_region_memberships(self, item):
        """Regions and memberships round-trip through JSON."""
        for membership in item.regions:
            assert from_json(to_json(membership), RegionMembership) == membership
            assert from_json(to_json(membership.region), Region) == membership.region

    def test_stored_forms(self):
        """Dates are ISO, enums their values, authorities their codes, money a string."""
        data = to_dict(from_dict(_good(), Sample))
        assert data == {**_good(), "note": None, "days": []}
        assert to_json(Bilingual("Wrecsam", "Wrecsam")) == (
            '{"schema_version": 1, "en": "Wrecsam", "cy": "Wrecsam"}'
        )

    def test_welsh_letters_are_kept(self):
        """Welsh letters are written as they are, not escaped."""
        assert "Môn" in to_json(Bilingual("Anglesey", "Ynys Môn"))


class TestJunk:
    @pytest.mark.parametrize(
        ("field", "value", "problem"),
        [
            ("authority", "Wrexham", "must be an authority's GSS code"),
            ("authority", "W06000007", "names no Welsh local authority"),
            ("authority", 6, "must be an authority's GSS code"),
            ("day", "15/11/2021", "YYYY-MM-DD"),
            ("day", "2021-02-30", "not a real date"),
            ("day", 20211115, "YYYY-MM-DD"),
            ("kind", "county borough", "is not one of 'county', 'county-borough'"),
            ("kind", None, "is not one of"),
            ("lang", "fr", "is not one of 'en', 'cy'"),
            ("money", 1.5, "must be a decimal written as a string"),
            ("money", "lots", "must be a decimal written as a string"),
            ("money", "NaN", "must be a decimal written as a string"),
            ("money", True, "must be a decimal"),
            ("money", 107, "must be a decimal written as a string"),  # as the schema says
            ("money", "1e3", "must be a decimal written as a string"),
            ("money", "1_000", "must be a decimal written as a string"),
            ("money", " 5 ", "must be a decimal written as a string"),
            ("money", "5.", "must be a decimal written as a string"),
            ("money", "١٢", "must be a decimal written as a string"),
            ("count", "3000", "must be a whole number"),
            ("count", True, "must be a whole number"),
            ("count", 3.0, "must be a whole number"),
            ("share", "0.5", "must be a number"),
            ("share", False, "must be a number"),
            ("flag", "yes", "must be true or false"),
            ("flag", 1, "must be true or false"),
            ("label", "Findings", "must be a JSON object with the fields of Bilingual"),
            ("label", {"en": "Findings", "cy": " "}, "must not be blank"),
            ("label", {"en": 5, "cy": "x"}, "must be a string"),
            ("note", "x" * (MAX_TEXT_LENGTH + 1), "longer than"),
            ("days", "2021-01-01", "must be a JSON array"),
        ],
    )
    def test_bad_field(self, field, value, problem):
        """A bad value is reported with its path and what is wrong, as the library's error."""
        data = {**_good(), field: value}
        with pytest.raises(DocumentError) as info:
            from_dict(data, Sample)
        assert any(p.startswith(f"$.{field}") and problem in p for p in info.value.problems), (
            info.value.problems
        )
        assert isinstance(info.value, CareWalesError)
        # The same problem in Welsh, at the same path, in the same place.
        (index,) = [i for i, p in enumerate(info.value.problems) if p.startswith(f"$.{field}")]
        welsh = info.value.problems_cy[index]
        assert welsh.startswith(f"$.{field}")
        assert welsh != info.value.problems[index]

    def test_every_problem_at_once(self):
        """All problems in a document are listed, not just the first."""
        data = {**_good(), "day": "x", "count": "y", "extra": 1}
        del data["flag"]
        with pytest.raises(DocumentError) as info:
            from_dict(data, Sample)
        problems = "\n".join(info.value.problems)
        assert "$.day:" in problems
        assert "$.count:" in problems
        assert "$.flag: required field missing" in problems
        assert "unknown field(s) 'extra'" in problems
        assert str(info.value).startswith("4 problems in the Sample document:")

    def test_nested_paths(self):
        """Problems inside lists carry their index."""
        data = {**_good(), "days": ["2021-01-01", "nope"]}
        with pytest.raises(DocumentError, match=r"\$\.days\[1\]"):
            from_dict(data, Sample)

    @pytest.mark.parametrize(
        ("data", "problem"),
        [
            ({"en": "a", "cy": "b"}, "$.schema_version: required field missing"),
            ({"schema_version": 2, "en": "a", "cy": "b"}, "is not supported"),
            ({"schema_version": "1", "en": "a", "cy": "b"}, "is not supported"),
            ({"schema_version": True, "en": "a", "cy": "b"}, "is not supported"),
            ([], "must be a JSON object"),
            (None, "must be a JSON object"),
        ],
    )
    def test_schema_version_and_shape(self, data, problem):
        """A document needs the current schema version and must be an object."""
        with pytest.raises(DocumentError) as info:
            from_dict(data, Bilingual)
        assert problem in info.value.problems[0]

    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            ("", "not valid JSON"),
            ("{", "not valid JSON"),
            ("😴", "not valid JSON"),
            ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
            ('{"schema_version": 1, "en": "' + "x" * 10_000_000 + '"}', "more than"),
            (b"\xff\xfe", "not valid JSON"),
        ],
    )
    def test_bad_json_text(self, text, problem):
        """Text that is not JSON, is too deep or too large is the library's error."""
        with pytest.raises(DocumentError) as info:
            from_json(text, Bilingual)
        assert problem in str(info.value)

    @pytest.mark.parametrize("junk", [None, 3, ["{}"]])
    def test_not_text(self, junk):
        """from_json takes text or bytes only."""
        with pytest.raises(DocumentError, match="expected JSON text"):
            from_json(junk, Bilingual)

    def test_size_limit_is_documented(self):
        """The size limit is a few megabytes: room for any real document."""
        assert MAX_DOCUMENT_BYTES == 5_000_000

    def test_to_dict_needs_a_model(self):
        """Only attrs models become documents."""
        with pytest.raises(CareWalesError, match="must be a carewales model"):
            to_dict({"a": 1})

    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(),
            lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        )
    )
    def test_any_json_value_is_read_or_refused(self, value):
        """Any JSON value either reads as a model or raises DocumentError, nothing else."""
        document = {"schema_version": 1, **value} if isinstance(value, dict) else value
        with contextlib.suppress(DocumentError):
            assert isinstance(from_dict(document, Sample), Sample)

    def test_top_level_reference_type(self):
        """A register entry's document holds its key, and nothing but its key."""
        with pytest.raises(DocumentError, match=r"\$\.code: required field missing"):
            from_dict({"schema_version": 1}, Authority)
        with pytest.raises(DocumentError, match=r"\$: unknown field\(s\) 'name'"):
            from_dict({"schema_version": 1, "code": "W06000023", "name": "Powys"}, Authority)
        with pytest.raises(DocumentError, match=r"\$\.code: .* must be an authority's GSS code"):
            from_dict({"schema_version": 1, "code": "Powys"}, Authority)


class TestOtherKinds:
    @pytest.mark.parametrize("kind", [int, dict, list, None, "Rate", 5, []])
    def test_only_models_are_documents(self, kind):
        """A document is read into a model class, and its schema is a model's: nothing else."""
        with pytest.raises(CareWalesError, match="'kind'"):
            from_dict({"schema_version": 1, "x": 1}, kind)
        with pytest.raises(CareWalesError, match="'kind'"):
            from_json('{"schema_version": 1}', kind)
        with pytest.raises(CareWalesError, match="'kind'"):
            json_schema(kind)

    @pytest.mark.parametrize("indent", [1.5, b"", 10**400, "\x00", True, -1, 17])
    def test_indent_is_a_small_whole_number(self, indent):
        """to_json's indent is None or a whole number of spaces from 0 to 16."""
        with pytest.raises(CareWalesError, match="'indent'"):
            to_json(Bilingual("a", "b"), indent=indent)

    def test_hooks_for_one_direction(self):
        """register_hooks may teach only reading, or only writing."""
        from carewales.serial import register_hooks

        class Reading:
            pass

        class Writing:
            pass

        register_hooks(Reading, structure=lambda _, __: Reading())
        register_hooks(Writing, unstructure=lambda _: "written")
        assert isinstance(converter.structure("x", Reading), Reading)
        assert converter.unstructure(Writing(), Writing) == "written"


class TestByKey:
    @given(cwst.authorities())
    def test_an_authority_travels_by_its_code(self, item):
        """An authority's document is its GSS code, and reads back as the register's object."""
        document = to_dict(item)
        assert document == {"schema_version": 1, "code": item.code}
        assert from_json(to_json(item), Authority) is item


class TestSets:
    @given(st.frozensets(st.dates(dt.date(1971, 1, 1), dt.date(2100, 12, 31)), max_size=5))
    def test_sets_travel_as_sorted_arrays(self, days):
        """A set is written as an array in a stable order and read back as the same set."""
        data = converter.unstructure(days, frozenset[dt.date])
        assert data == sorted(d.isoformat() for d in days)
        assert converter.structure(data, frozenset[dt.date]) == days

    def test_a_set_is_read_only_from_an_array(self):
        """A set is never read from a string or an object."""
        with pytest.raises(CareWalesError, match="must be a JSON array"):
            converter.structure("2021-01-01", frozenset[dt.date])


class TestLeniency:
    def test_enum_members_are_accepted(self):
        """Plain data that already holds enum members (not their values) is accepted."""
        data = {**_good(), "lang": Language.CY, "kind": AuthorityKind.COUNTY}
        sample = from_dict(data, Sample)
        assert sample.lang is Language.CY
        assert sample.kind is AuthorityKind.COUNTY


class TestReviewFixes:
    def test_an_authority_not_in_the_register_is_not_written(self):
        """An authority changed from the register's entry is refused, never written as its code."""
        changed = attrs.evolve(authority("Powys"), name=Bilingual("Foo", "Bar"))
        with pytest.raises(CareWalesError, match="not the register's authority W06000023"):
            to_json(changed)
        unknown = attrs.evolve(authority("Powys"), code="W06000099")
        with pytest.raises(CareWalesError, match="only the 22 registered"):
            to_dict(unknown)

    def test_a_model_with_hooks_of_its_own(self):
        """A model read by a hook of its own reports that hook's error at the root."""
        from carewales.serial import register_hooks

        @attrs.frozen
        class Own:
            x: int

        def refuse(_: object, __: object) -> Own:
            msg = "never"
            raise CareWalesError(msg)

        register_hooks(Own, structure=refuse)
        with pytest.raises(DocumentError, match=r"\$: never"):
            from_dict({"schema_version": 1, "x": 1}, Own)


class TestWelsh:
    @pytest.mark.parametrize(
        ("data", "english", "welsh"),
        [
            (
                {**_good(), "lang": "fr"},
                "$.lang: 'fr' is not one of 'en', 'cy'",
                "$.lang: nid yw 'fr' yn un o 'en', 'cy'",
            ),
            (
                {**_good(), "count": "3"},
                "$.count: '3' must be a whole number, not str",
                "$.count: '3': rhaid i’r gwerth fod yn rhif cyfan, nid str",
            ),
            (
                {**_good(), "day": "2021-02-30"},
                "$.day: '2021-02-30' is not a real date",
                "$.day: nid yw '2021-02-30' yn ddyddiad go iawn",
            ),
            (
                {**_good(), "extra": 1},
                "$: unknown field(s) 'extra'",
                "$: maes(ydd) anhysbys 'extra'",
            ),
            (
                {k: v for k, v in _good().items() if k != "flag"},
                "$.flag: required field missing",
                "$.flag: maes gofynnol ar goll",
            ),
            ({**_good(), "schema_version": 2}, "is not supported", "nid yw 2 yn cael ei gefnogi"),
            ([], "must be a JSON object", "rhaid i ddogfen fod yn wrthrych JSON"),
        ],
    )
    def test_problems_in_welsh(self, data, english, welsh):
        """Every problem is written in Welsh too, in the same order, at the same path."""
        with pytest.raises(DocumentError) as info:
            from_dict(data, Sample)
        assert any(english in p for p in info.value.problems), info.value.problems
        assert any(welsh in p for p in info.value.problems_cy), info.value.problems_cy
        assert info.value.message("cy").startswith("Problemau yn y ddogfen Sample: ")

    @pytest.mark.parametrize(
        ("text", "welsh"),
        [
            ("{", "$: nid yw’n JSON dilys ("),
            ("[" * 100_000 + "]" * 100_000, "$: mae’r ddogfen wedi’i nythu’n rhy ddwfn"),
            ('{"en": "' + "x" * 6_000_000 + '"}', "beit yn fwy na 5,000,000"),
            (3, "$: disgwylid testun JSON, nid int"),
        ],
    )
    def test_text_problems_in_welsh(self, text, welsh):
        """Text that cannot be read says why in Welsh too."""
        with pytest.raises(DocumentError) as info:
            from_json(text, Bilingual)
        assert welsh in info.value.problems_cy[0]

    @pytest.mark.parametrize(
        ("text", "welsh"),
        [
            ("not json", "$: nid yw’n JSON dilys (llinell 1, colofn 1)"),
            ("{", "$: nid yw’n JSON dilys (llinell 1, colofn 2)"),
            ("[1,\n 2,,]", "$: nid yw’n JSON dilys (llinell 2, colofn 4)"),
            (b'{"a": \xff}', "$: nid yw’n JSON dilys (testun utf-8 annilys: beit 0xff yn safle 6)"),
            ("[" + "1" * 5000 + "]", "$: nid yw’n JSON dilys (mae rhif cyfan ynddo sy’n rhy hir"),
        ],
    )
    def test_json_errors_say_where_in_welsh(self, text, welsh):
        """Python's own English (“Expecting value: line 1 ...”) stays out of the Welsh."""
        with pytest.raises(DocumentError) as info:
            from_json(text, Bilingual)
        assert info.value.problems_cy[0].startswith(welsh), info.value.problems_cy
        words = set(re.findall(r"\w+", info.value.message("cy")))
        assert not words & {"Expecting", "line", "column", "char", "codec", "Exceeds", "digits"}
        assert "not valid JSON (" in str(info.value)  # the English keeps Python's own detail

    def test_argument_errors_in_welsh(self):
        """Wrong arguments say why in Welsh too."""
        with pytest.raises(CareWalesError) as info:
            to_json(Bilingual("a", "b"), indent=99)
        assert "rhaid i’r gwerth fod yn None neu’n rhif cyfan o 0 i 16" in info.value.message("cy")
        with pytest.raises(CareWalesError) as info:
            to_dict(3)
        assert "fodel carewales" in info.value.message("cy")
        with pytest.raises(CareWalesError) as info:
            from_dict({}, int)
        assert "ddosbarth model carewales" in info.value.message("cy")
        changed = attrs.evolve(authority("Powys"), code="W06000099")
        with pytest.raises(CareWalesError) as info:
            to_dict(changed)
        assert "y 22 awdurdod cofrestredig" in info.value.message("cy")

    def test_no_schema_rule_in_welsh(self):
        """A model with a field of a type no schema rule knows says so in Welsh too."""

        @attrs.frozen
        class Odd:
            x: complex

        with pytest.raises(CareWalesError) as info:
            json_schema(Odd)
        assert "nid oes rheol JSON Schema ar gyfer" in info.value.message("cy")

    @pytest.mark.parametrize(
        ("english", "welsh"),
        [
            ("required field missing", "maes gofynnol ar goll"),
            ("invalid value for type, expected int", "gwerth annilys i’r math, disgwylid int"),
            ("invalid value", "gwerth annilys"),
            ("invalid type (x)", "math annilys (x)"),
            ("expected a mapping", "disgwylid gwrthrych JSON"),
            ("unknown error (x)", "gwall anhysbys (x)"),
            ("extra fields found (a, b)", "meysydd ychwanegol (a, b)"),
        ],
    )
    def test_cattrs_messages_in_welsh(self, english, welsh):
        """cattrs' own messages are translated, the names they quote kept."""
        from carewales.serial import _cattrs_in_welsh

        assert _cattrs_in_welsh(english) == welsh

    @given(
        st.dictionaries(
            st.sampled_from(["day", "count", "flag", "kind", "label", "days", "x"]),
            st.none() | st.integers() | st.text(max_size=5) | st.lists(st.integers(), max_size=2),
        )
    )
    def test_welsh_problems_match_the_english(self, changes):
        """However many problems, the Welsh lists as many, each at the English one's path."""
        data = {**_good(), **changes}
        try:
            from_dict(data, Sample)
        except DocumentError:
            with pytest.raises(DocumentError) as info:
                from_dict(data, Sample)
            english, welsh = info.value.problems, info.value.problems_cy
            assert len(welsh) == len(english)
            for one, other in zip(english, welsh, strict=True):
                assert other.split(": ", 1)[0] == one.split(": ", 1)[0]

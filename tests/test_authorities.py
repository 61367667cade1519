"""The register of the 22 Welsh local authorities, lookups and the finder."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    Authority,
    AuthorityKind,
    Bilingual,
    CareWalesError,
    DateRangeError,
    InvalidDateError,
    Region,
    RegionMembership,
    UnknownAuthorityError,
    all_authorities,
    authority,
    find_authorities,
)
from carewales import authorities as authorities_module
from carewales import testing as cwst
from carewales.authorities import _REGISTER, Mention, mutations
from carewales.errors import InvalidFieldError
from carewales.testing import _authorities as tas
from carewales.text import format_date

ONE_DAY = dt.timedelta(days=1)
ONE = dt.date(1, 1, 1)

# Published: ONS Register of Geographic Codes (W06), the councils' bilingual names.
EXPECTED = {
    "W06000001": ("Isle of Anglesey", "Ynys Môn"),
    "W06000002": ("Gwynedd", "Gwynedd"),
    "W06000003": ("Conwy", "Conwy"),
    "W06000004": ("Denbighshire", "Sir Ddinbych"),
    "W06000005": ("Flintshire", "Sir y Fflint"),
    "W06000006": ("Wrexham", "Wrecsam"),
    "W06000008": ("Ceredigion", "Ceredigion"),
    "W06000009": ("Pembrokeshire", "Sir Benfro"),
    "W06000010": ("Carmarthenshire", "Sir Gaerfyrddin"),
    "W06000011": ("Swansea", "Abertawe"),
    "W06000012": ("Neath Port Talbot", "Castell-nedd Port Talbot"),
    "W06000013": ("Bridgend", "Pen-y-bont ar Ogwr"),
    "W06000014": ("Vale of Glamorgan", "Bro Morgannwg"),
    "W06000015": ("Cardiff", "Caerdydd"),
    "W06000016": ("Rhondda Cynon Taf", "Rhondda Cynon Taf"),
    "W06000018": ("Caerphilly", "Caerffili"),
    "W06000019": ("Blaenau Gwent", "Blaenau Gwent"),
    "W06000020": ("Torfaen", "Tor-faen"),
    "W06000021": ("Monmouthshire", "Sir Fynwy"),
    "W06000022": ("Newport", "Casnewydd"),
    "W06000023": ("Powys", "Powys"),
    "W06000024": ("Merthyr Tydfil", "Merthyr Tudful"),
}

# What each seed text names, in order of first mention (see the closing note on addresses).
SEED_AUTHORITIES = {
    "000": ["Bridgend", "Cardiff"],
    "001": ["Wrexham"],
    "002": ["Caerphilly", "Blaenau Gwent", "Ceredigion", "Powys", "Cardiff"],
    "003": [],
    "004": ["Powys"],
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class TestRegister:
    def test_the_22(self):
        """There are exactly the 22 authorities, with the published codes and names, by code."""
        items = all_authorities()
        assert [(a.code, a.name.en, a.name.cy) for a in items] == [
            (code, en, cy) for code, (en, cy) in EXPECTED.items()
        ]

    def test_councils(self):
        """Council names are the official ones in both languages."""
        assert authority("Wrexham").council == Bilingual(
            "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam"
        )
        assert authority("Cardiff").council == Bilingual(
            "City and County of Cardiff", "Cyngor Caerdydd"
        )
        assert authority("Swansea").council == Bilingual(
            "City and County of Swansea", "Cyngor Dinas a Sir Abertawe"
        )
        assert authority("Powys").council == Bilingual("Powys County Council", "Cyngor Sir Powys")

    def test_kinds(self):
        """Every kind is used, and Cardiff and Swansea are the two cities and counties."""
        kinds = {a.kind for a in all_authorities()}
        assert kinds == set(AuthorityKind)
        assert {
            a.name.en for a in all_authorities() if a.kind is AuthorityKind.CITY_AND_COUNTY
        } == {
            "Cardiff",
            "Swansea",
        }

    def test_all_established_on_vesting_day(self):
        """All 22 came into being on 1 April 1996."""
        assert {a.established for a in all_authorities()} == {dt.date(1996, 4, 1)}

    @given(cwst.authorities())
    def test_existed_on(self, item):
        """An authority exists from its establishment on, not before."""
        assert item.existed_on(item.established)
        assert not item.existed_on(item.established - dt.timedelta(days=1))

    def test_regions_now(self):
        """The seven regional partnership board areas, with their current members."""
        members: dict[str, set[str]] = {}
        for item in all_authorities():
            members.setdefault(item.region.name.en, set()).add(item.name.en)
        assert members == {
            "North Wales": {
                "Isle of Anglesey",
                "Gwynedd",
                "Conwy",
                "Denbighshire",
                "Flintshire",
                "Wrexham",
            },
            "West Wales": {"Ceredigion", "Pembrokeshire", "Carmarthenshire"},
            "West Glamorgan": {"Swansea", "Neath Port Talbot"},
            "Cwm Taf Morgannwg": {"Merthyr Tydfil", "Rhondda Cynon Taf", "Bridgend"},
            "Cardiff and Vale": {"Cardiff", "Vale of Glamorgan"},
            "Gwent": {"Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"},
            "Powys": {"Powys"},
        }

    def test_bridgend_moved_in_2019(self):
        """Bridgend moved from West Glamorgan (Western Bay) to Cwm Taf Morgannwg on 1 April 2019."""
        bridgend = authority("Bridgend")
        assert bridgend.region_on(dt.date(2019, 3, 31)).key == "west-glamorgan"
        assert bridgend.region_on(dt.date(2019, 4, 1)).key == "cwm-taf-morgannwg"
        assert bridgend.region_on(dt.date(2019, 3, 31)).former_names == (
            Bilingual("Western Bay", "Bae’r Gorllewin"),
        )

    @given(cwst.authorities(), st.dates(min_value=dt.date(2016, 4, 6)))
    def test_a_region_on_every_day_since_2016(self, item, day):
        """Every authority belongs to exactly one region on every day since 6 April 2016."""
        assert sum(m.covers(day) for m in item.regions) == 1
        assert item.region_on(day) is not None

    @given(cwst.authorities(), st.dates(max_value=dt.date(2016, 4, 5)))
    def test_no_region_before_2016(self, item, day):
        """Before regional partnership boards existed no region is claimed."""
        assert item.region_on(day) is None

    def test_data_is_lazy(self):
        """The data file is read on first use, once."""
        assert _REGISTER.loaded()
        assert all_authorities() is not None
        assert all_authorities()[0] is all_authorities()[0]


class TestAuthorityModel:
    def _region(self) -> Region:
        return authority("Powys").region

    def test_bad_code(self):
        """A code that is not a Welsh GSS local-authority code is refused."""
        with pytest.raises(ValueError, match="'code'"):
            Authority("E06000001", Bilingual("a", "b"), Bilingual("c", "d"), AuthorityKind.COUNTY)

    def test_needs_a_region(self):
        """An authority with no region membership is refused."""
        with pytest.raises(CareWalesError, match="at least one"):
            Authority("W06000099", Bilingual("a", "b"), Bilingual("c", "d"), AuthorityKind.COUNTY)

    def test_overlapping_memberships(self):
        """Region memberships that overlap or are out of order are refused."""
        region = self._region()
        open_ended = RegionMembership(region, dt.date(2016, 4, 6))
        for first in (
            open_ended,
            RegionMembership(region, dt.date(2016, 4, 6), dt.date(2019, 4, 1)),
        ):
            with pytest.raises(DateRangeError, match="overlaps"):
                Authority(
                    "W06000099",
                    Bilingual("a", "b"),
                    Bilingual("c", "d"),
                    AuthorityKind.COUNTY,
                    regions=[first, RegionMembership(region, dt.date(2019, 4, 1))],
                )

    def test_membership_before_established(self):
        """A region membership cannot start before the authority existed."""
        with pytest.raises(DateRangeError, match="before the authority was established"):
            Authority(
                "W06000099",
                Bilingual("a", "b"),
                Bilingual("c", "d"),
                AuthorityKind.COUNTY,
                regions=[RegionMembership(self._region(), dt.date(1990, 1, 1))],
            )

    @pytest.mark.parametrize("aliases", ["Anglesey", None, 3])
    def test_aliases_must_be_a_list(self, aliases):
        """Aliases are a list of names, not one string or anything else."""
        with pytest.raises(CareWalesError, match="'aliases_en'"):
            Authority(
                "W06000099",
                Bilingual("a", "b"),
                Bilingual("c", "d"),
                AuthorityKind.COUNTY,
                regions=[RegionMembership(self._region(), dt.date(2016, 4, 6))],
                aliases_en=aliases,
            )

    def test_membership_dates(self):
        """A membership's end must not precede its start, and both must be plain dates."""
        region = self._region()
        with pytest.raises(DateRangeError, match="'end'"):
            RegionMembership(region, dt.date(2020, 1, 1), dt.date(2019, 1, 1))
        with pytest.raises(InvalidDateError, match="'start'"):
            RegionMembership(region, dt.datetime(2020, 1, 1))  # type: ignore[arg-type]
        with pytest.raises(InvalidDateError, match="'day'"):
            authority("Powys").region_on("2020-01-01")  # type: ignore[arg-type]
        with pytest.raises(InvalidDateError, match="'established'"):
            Authority(
                "W06000099",
                Bilingual("a", "b"),
                Bilingual("c", "d"),
                AuthorityKind.COUNTY,
                established="1996-04-01",  # type: ignore[arg-type]
            )

    @given(cwst.authorities())
    def test_str_and_names(self, item):
        """`str()` is the English name; `names()` lists both languages without repeats."""
        assert str(item) == item.name.en
        names = item.names()
        assert len(names) == len(set(names))
        assert set(names) == set(item.names("en")) | set(item.names("cy"))


class TestLookup:
    @given(cwst.authorities())
    def test_by_code(self, item):
        """Every authority is found by its code, in any case, with surrounding space."""
        assert authority(item.code) is item
        assert authority(f" {item.code.lower()} ") is item
        assert authority(item) is item

    @given(cwst.authorities(), st.data())
    def test_by_every_name(self, item, data):
        """Every name, English or Welsh, in any case and mutated form, finds the authority."""
        key = data.draw(cwst.authority_keys(item))
        assert authority(key) is item

    @given(cwst.authorities(), st.data())
    def test_ignores_spacing_hyphens_apostrophes_diacritics(self, item, data):
        """Hyphens, apostrophes, spacing and accents are ignored."""
        name = data.draw(st.sampled_from(item.names()))
        mangled = _strip_accents(name).replace("-", " ").replace("'", "").replace(" ", "  ")
        assert authority(mangled) is item
        assert authority(name.replace(" ", "")) is item

    @pytest.mark.parametrize(
        ("key", "expected"),
        [
            ("ym Mhowys", "Powys"),
            ("yng Nghaerdydd", "Cardiff"),
            ("i Gaerffili", "Caerphilly"),
            ("a Chaerffili", "Caerphilly"),
            ("Gyngor Sir Powys", "Powys"),
            ("Nghyngor Sir Powys", "Powys"),
            ("Sir Gâr", "Carmarthenshire"),
            ("Sir Gaerfyrddin", "Carmarthenshire"),
            ("Castell-nedd Port Talbot", "Neath Port Talbot"),
            ("Castell nedd Port Talbot", "Neath Port Talbot"),
            ("Ynys Mon", "Isle of Anglesey"),
            ("Ynys Môn", "Isle of Anglesey"),
            ("ym Mro Morgannwg", "Vale of Glamorgan"),
            ("Wynedd", "Gwynedd"),
            ("Rondda Cynon Taf", "Rhondda Cynon Taf"),
            ("Tor-faen", "Torfaen"),
            ("Cyngor Dinas a Sir Abertawe", "Swansea"),
            ("Dinas a Sir Abertawe", "Swansea"),
            ("Cyngor Abertawe", "Swansea"),
            ("Cyngor Caerdydd", "Cardiff"),
            ("Cyngor Dinas a Sir Caerdydd", "Cardiff"),
            ("Dinas a Sir Caerdydd", "Cardiff"),
            ("Ferthyr", "Merthyr Tydfil"),
            ("i Ferthyr", "Merthyr Tydfil"),
            ("ei hAbertawe", "Swansea"),
            ("Hynys Môn", "Isle of Anglesey"),
        ],
    )
    def test_worked_examples(self, key, expected):
        """Mutated and variant forms from real Welsh usage resolve."""
        assert authority(key).name.en == expected

    @pytest.mark.parametrize(
        "junk",
        [
            None,
            42,
            3.5,
            b"Powys",
            ["Powys"],
            "",
            "   ",
            "😴",
            "€",
            "x" * 100_000,
            "W06000007",
            "W06000017",
            "Gwent",
            "Wales",
            "Cymru",
            "ym",
            "ym Mhowys a Chaerdydd",
            "Mhowys Cymru",
            "Heddlu Dyfed-Powys",
            "Powys extra",
            "Cymru Powys",
            "Sir",
            "Cyngor",
        ],
    )
    def test_junk(self, junk):
        """Junk raises UnknownAuthorityError (a CareWalesError and a LookupError) naming the key."""
        with pytest.raises(UnknownAuthorityError, match="'key'") as info:
            authority(junk)
        assert isinstance(info.value, CareWalesError)
        assert isinstance(info.value, LookupError)
        assert len(str(info.value)) < 400

    def test_suggestions(self):
        """The error names the closest matches."""
        with pytest.raises(UnknownAuthorityError, match="Did you mean 'Cardiff'"):
            authority("Cardif")
        with pytest.raises(UnknownAuthorityError, match="Did you mean 'Wrexham'"):
            authority("Wrecsm")

    @pytest.mark.parametrize(
        ("key", "welsh"),
        [("Caerdyd", "'Caerdydd'"), ("Cardif", "'Caerdydd'"), ("Wrecsm", "'Wrecsam'")],
    )
    def test_welsh_suggestions(self, key, welsh):
        """The Welsh message suggests the Welsh names, in the words errors use everywhere."""
        with pytest.raises(UnknownAuthorityError) as info:
            authority(key)
        assert info.value.cy == (
            f"'key' ({key!r}): nid yw’n enwi unrhyw awdurdod lleol yng Nghymru: disgwylir cod "
            "GSS (W06000001 i W06000024) neu enw Saesneg neu Gymraeg. "
            f"Oeddech chi’n golygu {welsh}?"
        )
        assert info.value.message("cy") == info.value.cy
        assert "Did you mean" in str(info.value)

    def test_several_suggestions(self):
        """Several close names are joined by "or" in English, as in 0.1, and "neu" in Welsh."""
        with pytest.raises(UnknownAuthorityError) as info:
            authority("Caer")
        assert str(info.value).endswith(" Did you mean 'Cardiff' or 'Caerphilly'?")
        assert info.value.cy is not None
        assert info.value.cy.endswith(" Oeddech chi’n golygu 'Caerdydd' neu 'Caerffili'?")

    def test_welsh_without_suggestions(self):
        """With nothing close, neither message suggests anything."""
        with pytest.raises(UnknownAuthorityError) as info:
            authority("😴")
        assert str(info.value).endswith("an English or Welsh name.")
        assert info.value.cy is not None
        assert info.value.cy.endswith("neu enw Saesneg neu Gymraeg.")

    @pytest.mark.parametrize("key", [None, 5, b"Powys"])
    def test_wrong_type_in_welsh(self, key):
        """A key of the wrong type is refused in both languages."""
        with pytest.raises(UnknownAuthorityError) as info:
            authority(key)
        assert info.value.cy == (
            f"'key' ({key!r}): rhaid i’r gwerth fod yn str: cod GSS fel 'W06000015' "
            "neu enw fel 'Cardiff' neu 'Caerdydd'."
        )

    def test_lookup_does_not_build_the_finder(self):
        """A plain lookup builds the lookup tables only, not the finder (issue 13)."""
        code = (
            "import carewales, sys\n"
            "a = sys.modules['carewales.authorities']\n"
            "carewales.authority('Powys'); carewales.authority('Cyngor Dinas a Sir Abertawe')\n"
            "assert a._REGISTER.loaded() and not a._FINDER.loaded()\n"
            "assert not a._NAMES.loaded() and len(a._REGISTER().built) == 2\n"
            "carewales.authority('Ferthyr')\n"
            "assert a._NAMES.loaded() and not a._FINDER.loaded()\n"
            "carewales.authority('ym Mhowys')\n"
            "assert a._FINDER.loaded()\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

    @given(st.text())
    def test_any_text_resolves_or_raises_the_library_error(self, text):
        """Arbitrary text either resolves or raises UnknownAuthorityError, nothing else."""
        with contextlib.suppress(UnknownAuthorityError):
            assert isinstance(authority(text), Authority)


class TestMutations:
    @pytest.mark.parametrize(
        ("word", "forms"),
        [
            ("Powys", ("Bowys", "Mhowys", "Phowys")),
            ("Tor-faen", ("Dor-faen", "Nhor-faen", "Thor-faen")),
            ("Cyngor", ("Gyngor", "Nghyngor", "Chyngor")),
            ("Blaenau Gwent", ("Flaenau Gwent", "Mlaenau Gwent")),
            ("Dinas", ("Ddinas", "Ninas")),
            ("Gwynedd", ("Wynedd", "Ngwynedd")),
            ("gwynedd", ("wynedd", "ngwynedd")),
            ("Merthyr", ("Ferthyr",)),
            ("Llanelli", ("Lanelli",)),
            ("Rhondda", ("Rondda",)),
            ("Abertawe", ()),
            ("Sir Benfro", ()),
            ("Wrecsam", ()),
            ("", ()),
        ],
    )
    def test_forms(self, word, forms):
        """Soft, nasal and aspirate mutations change only the initial consonant."""
        assert mutations(word) == forms

    @given(st.text(alphabet="abcdfghlmnprtwy", min_size=2))
    def test_only_the_start_changes(self, word):
        """A mutated form keeps everything after the initial consonant."""
        for form in mutations(word):
            assert form[-(len(word) - 2) :] == word[-(len(word) - 2) :] or len(word) <= 2


class TestFinder:
    @pytest.mark.parametrize("prefix", sorted(SEED_AUTHORITIES))
    def test_seed_texts(self, seeds, prefix):
        """Each seed text yields exactly the authorities it names, and nothing else."""
        found = find_authorities(seeds[prefix])
        assert list(dict.fromkeys(m.authority.name.en for m in found)) == SEED_AUTHORITIES[prefix]

    def test_seed_004_spans(self, seeds):
        """In the Powys release every form is found, mutated or not, as its whole span."""
        texts = [m.text for m in find_authorities(seeds["004"])]
        assert {
            "Powys County Council",
            "Cyngor Sir Powys",
            "Mhowys",
            "Nghyngor Sir Powys",
            "Gyngor Sir Powys",
            "Powys",
        } == set(texts)

    def test_seed_002_police_is_not_powys(self, seeds):
        """ "Heddlu Dyfed Powys" is a police force, not a mention of Powys council."""
        found = find_authorities(seeds["002"])
        assert [m.text for m in found if m.authority.code == "W06000023"] == ["Phowys"]

    @pytest.mark.parametrize(
        "text",
        [
            "Dyfed-Powys Police said",
            "Heddlu Dyfed-Powys",
            "at Cardiff University",
            "Prifysgol Caerdydd",
            "ym Mhrifysgol Caerdydd",
            "Powys Teaching Health Board",
            "Cardiff and Vale University Health Board",
            "Swansea Bay University Health Board",
            "Wrexham Glyndŵr University",
            "powysland",
            "Cardiffian",
            "Conwyn",
            "Gwent",
            "Cymru",
            "Mon",
            "Sir",
            "caffael",
            "cyngor",
            "Newport's",
            "",
        ],
    )
    def test_not_mentions(self, text):
        """Bodies or words that merely contain a place name are not mentions."""
        found = [m.text for m in find_authorities(text)]
        assert found == (["Newport"] if text == "Newport's" else [])

    def test_mentions_in_running_text(self):
        """Mentions come in order with their spans, the longest name winning."""
        text = "Cardiff, Swansea Council and the Vale of Glamorgan met in Bridgend; Caerffili too."
        found = find_authorities(text)
        assert [m.text for m in found] == [
            "Cardiff",
            "Swansea Council",
            "Vale of Glamorgan",
            "Bridgend",
            "Caerffili",
        ]
        for m in found:
            assert text[m.start : m.end] == m.text

    @given(st.text())
    def test_never_raises_and_spans_index_the_text(self, text):
        """On any text the finder never raises and each span indexes the text, in order."""
        found = find_authorities(text)
        last = 0
        for m in found:
            assert text[m.start : m.end] == m.text
            assert last <= m.start < m.end
            last = m.end

    @given(
        cwst.authorities(),
        st.data(),
        st.sampled_from(["", "Mae ", "yn ", "(", "—"]),
        st.sampled_from(["", ".", " heddiw", ")", ","]),
    )
    def test_finds_every_name_in_context(self, item, data, before, after):
        """Every name and mutated form is found inside a sentence, exactly where it stands."""
        key = data.draw(cwst.authority_keys(item))
        text = f"{before}{key}{after}"
        found = find_authorities(text)
        assert [m.authority for m in found] == [item]
        assert found[0].start == len(before)

    @pytest.mark.parametrize("junk", [None, 3, b"Powys"])
    def test_junk(self, junk):
        """A non-string is the library's error."""
        with pytest.raises(CareWalesError, match="'text'"):
            find_authorities(junk)


def region() -> Region:
    return authority("Powys").region


def council(**changes: object) -> Authority:
    """A valid authority outside the register, with *changes* applied."""
    fields: dict[str, object] = {
        "code": "W06000099",
        "name": Bilingual("a", "b"),
        "council": Bilingual("c", "d"),
        "kind": AuthorityKind.COUNTY,
        "regions": [RegionMembership(region(), dt.date(2016, 4, 6))],
    }
    fields.update(changes)
    return Authority(**fields)  # type: ignore[arg-type]


class TestTypeValidators:
    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"name": "Powys"}, "name"),
            ({"council": None}, "council"),
            ({"kind": "county"}, "kind"),
            ({"code": 6}, "code"),
            ({"aliases_cy": ["Sir Fôn", 3]}, "aliases_cy"),
            ({"aliases_en": [" "]}, "aliases_en"),
        ],
    )
    def test_type_validators(self, changes, field):
        """Each field's type check is there: a wrong type raises InvalidFieldError naming it."""
        with pytest.raises(InvalidFieldError, match=f"'{field}"):
            council(**changes)

    def test_region_fields(self):
        """A region's key, name and former names are each checked."""
        with pytest.raises(InvalidFieldError, match="'name'"):
            Region("north-wales", "North Wales")  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'key'"):
            Region(5, Bilingual("a", "b"))  # type: ignore[arg-type]
        with pytest.raises(InvalidFieldError, match="'key'"):
            Region("North Wales", Bilingual("a", "b"))
        with pytest.raises(InvalidFieldError, match="'former_names"):
            Region("north-wales", Bilingual("a", "b"), ["Gwynedd"])  # type: ignore[list-item]
        assert Region("x", Bilingual("a", "b"), [Bilingual("c", "d")]).former_names == (
            Bilingual("c", "d"),
        )

    def test_membership_region_must_be_a_region(self):
        """A membership's region must be a Region, not its key."""
        with pytest.raises(InvalidFieldError, match="'region'"):
            RegionMembership("north-wales", dt.date(2016, 4, 6))  # type: ignore[arg-type]

    def test_aliases_are_stripped(self):
        """Aliases are stored stripped of surrounding space, as a tuple."""
        assert council(aliases_en=[" Anglesey "]).aliases_en == ("Anglesey",)


class TestBoundaries:
    def test_vesting_day(self):
        """Every authority, and the default, is established on 1 April 1996 (the 1994 Act)."""
        assert dt.date(1996, 4, 1) == authorities_module.VESTING_DAY
        assert council().established == dt.date(1996, 4, 1)
        assert {a.established for a in all_authorities()} == {dt.date(1996, 4, 1)}

    def test_membership_on_the_day_established(self):
        """A membership may start on the very day the authority was established."""
        day = dt.date(2000, 1, 1)
        item = council(established=day, regions=[RegionMembership(region(), day)])
        assert item.regions[0].start == day
        assert item.existed_on(day)
        assert not item.existed_on(day - dt.timedelta(days=1))
        with pytest.raises(DateRangeError):
            council(established=day, regions=[RegionMembership(region(), day - ONE_DAY)])

    def test_membership_of_one_day(self):
        """A membership may end on the day it starts, and covers exactly that day."""
        day = dt.date(2019, 4, 1)
        one = RegionMembership(region(), day, day)
        assert one.covers(day)
        assert not one.covers(day - ONE_DAY)
        assert not one.covers(day + ONE_DAY)
        with pytest.raises(DateRangeError, match="'end'"):
            RegionMembership(region(), day, day - ONE_DAY)

    def test_next_membership_may_start_the_day_after(self):
        """Memberships may follow on the next day; starting on the last day overlaps."""
        end = dt.date(2019, 3, 31)
        first = RegionMembership(region(), dt.date(2016, 4, 6), end)
        after = council(regions=[first, RegionMembership(region(), end + ONE_DAY)])
        assert after.region_on(end) == region()
        with pytest.raises(DateRangeError, match="overlaps"):
            council(regions=[first, RegionMembership(region(), end)])

    @given(tas.region_memberships(), st.dates())
    def test_covers_is_the_closed_interval(self, membership, day):
        """covers(day) is start <= day <= end (or no end)."""
        expected = membership.start <= day and (membership.end is None or day <= membership.end)
        assert membership.covers(day) is expected


class TestApiShape:
    @given(cwst.authorities(), cwst.languages())
    def test_label_and_describe(self, item, lang):
        """label is the bilingual name; describe is one line with the name, code and council."""
        assert item.label == item.name
        line = item.describe(lang)
        assert "\n" not in line
        assert item.code in line
        assert line.startswith(item.name.in_(lang))
        assert item.council.in_(lang) in line

    @given(tas.region_memberships(), cwst.languages())
    def test_region_and_membership(self, membership, lang):
        """Regions and memberships have a label and a one-line description."""
        assert membership.label == membership.region.name == membership.region.label
        assert membership.region.describe(lang).startswith(membership.region.name.in_(lang))
        line = membership.describe(lang)
        assert "\n" not in line
        assert line.startswith(membership.region.name.in_(lang))
        assert (membership.end is None) is (format_date(membership.end or ONE, lang) not in line)

    def test_membership_describe(self):
        """A membership says its dates in either language."""
        bridgend = authority("Bridgend")
        assert bridgend.regions[0].describe() == (
            "West Glamorgan from 6 April 2016 to 31 March 2019"
        )
        assert bridgend.regions[1].describe("cy") == "Cwm Taf Morgannwg o 1 Ebrill 2019"

    @given(tas.mentions(), cwst.languages())
    def test_mentions(self, mention, lang):
        """A mention's label is its authority's name; describe quotes the text."""
        assert mention.label == mention.authority.name
        assert repr(mention.text) in mention.describe(lang)
        assert mention.end - mention.start == len(mention.text)

    def test_model_errors_in_welsh(self):
        """Every rule of the models is refused in Welsh too."""
        region = authority("Powys").region
        cases = [
            (lambda: Mention(authority("Powys"), 0, 4, "Powys"), "rhaid i’r gwerth fod yn 'start'"),
            (lambda: RegionMembership(region, dt.date(2020, 1, 1), dt.date(2019, 1, 1)), "cyn"),
            (lambda: council(code="E06000001"), "god GSS awdurdod lleol yng Nghymru"),
            (lambda: council(regions=[]), "o leiaf un aelodaeth o ranbarth"),
            (
                lambda: council(
                    regions=[
                        RegionMembership(region, dt.date(2016, 4, 6)),
                        RegionMembership(region, dt.date(2019, 4, 1)),
                    ]
                ),
                "heb orgyffwrdd",
            ),
            (
                lambda: council(regions=[RegionMembership(region, dt.date(1990, 1, 1))]),
                "cyn sefydlu’r awdurdod",
            ),
        ]
        for make, welsh in cases:
            with pytest.raises(CareWalesError) as info:
                make()
            assert info.value.cy is not None
            assert welsh in info.value.cy

    def test_mention_span_must_match_the_text(self):
        """A mention whose span is not as long as its text is refused."""
        powys = authority("Powys")
        with pytest.raises(InvalidFieldError, match="'end'"):
            Mention(powys, 0, 4, "Powys")
        numpy = pytest.importorskip("numpy")
        found = Mention(powys, numpy.int64(0), numpy.int32(5), "Powys")
        assert (type(found.start), type(found.end)) == (int, int)

    @pytest.mark.parametrize("key", [None, 5, 2.5, object(), b"Powys", ["Powys"]])
    def test_non_str_keys(self, key):
        """A key that is not a str raises UnknownAuthorityError, a LookupError."""
        with pytest.raises(UnknownAuthorityError):
            authority(key)

    def test_calling_the_module_warns(self):
        """Calling carewales.authorities() still works in 0.2, with a DeprecationWarning."""
        with pytest.warns(DeprecationWarning, match="all_authorities"):
            result = authorities_module()  # type: ignore[operator]
        assert result == all_authorities()

"""The finder: linear in the text, the same answers as before issue 13, and the tricky cases."""

from __future__ import annotations

import bisect
import io
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carewales import (
    CareWalesError,
    InvalidTextError,
    _finder,
    all_authorities,
    authority,
    find_authorities,
)
from carewales._finder import Finder, fold, fold_char
from carewales.authorities import _DATA, _NAMES, _blocked, _found, _names, find_authorities_in
from carewales.authorities import Mention as MentionClass
from carewales.text import Language
from carewales.welsh import mutations

# --- The oracle: the finder as it was before issue 13 (quadratic), kept as it was -------------


def _old_fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _old_fold(text: str) -> str:
    return "".join(c for c in _old_fold_char(text) if c.isalnum())


def _normalise(text: str) -> tuple[str, list[int], list[bool]]:
    chars: list[str] = []
    origin: list[int] = []
    starts: list[bool] = []
    boundary = True
    for index, char in enumerate(text):
        folded = [c for c in _old_fold_char(char) if c.isalnum()]
        if not folded:
            boundary = True
            continue
        for position, c in enumerate(folded):
            chars.append(c)
            origin.append(index)
            starts.append(boundary and position == 0)
        boundary = False
    return "".join(chars), origin, starts


def oracle(text: str, by_name: dict[str, str], blocked: set[str]) -> list[tuple[int, int, str]]:
    """The spans and codes the finder of carewales 0.2 (before issue 13) returned."""
    longest = max(len(k) for k in (*by_name, *blocked))
    folded, origin, starts = _normalise(text)
    ends = [k for k in range(1, len(folded) + 1) if k == len(folded) or starts[k]]
    found: list[tuple[int, int, str]] = []
    position = 0
    while position < len(folded):
        if not starts[position]:
            position += 1
            continue
        best_end = 0
        best_code: str | None = None
        first = bisect.bisect_right(ends, position)
        for end in ends[first:]:
            if end - position > longest:
                break
            candidate = folded[position:end]
            if candidate in blocked:
                best_end, best_code = end, None
            elif candidate in by_name:
                best_end, best_code = end, by_name[candidate]
        if not best_end:
            position += 1
            continue
        if best_code is not None:
            found.append((origin[position], origin[best_end - 1] + 1, best_code))
        position = best_end
    return found


def old_names() -> tuple[dict[str, str], set[str]]:
    """The names and blocked names by the rules before issue 13, from today's data.

    Then, English names were not mutated, Welsh names had no h-prothesis, and places
    elsewhere (Newport Pagnell) were not blocked.
    """
    by_name: dict[str, str] = {}
    for item in all_authorities():
        for name in (item.code, *item.names(Language.EN)):
            by_name[_old_fold(name)] = item.code
        for name in item.names(Language.CY):
            for form in (name, *mutations(name)):
                by_name[_old_fold(form)] = item.code
    blocked = set()
    for body in _DATA()["non_council_bodies"]:
        blocked.update(_old_fold(n) for n in (body["name"]["en"], *body["aliases"]["en"]))
        for name in (body["name"]["cy"], *body["aliases"]["cy"]):
            blocked.update(_old_fold(f) for f in (name, *mutations(name)))
    return by_name, blocked


def new_names() -> tuple[dict[str, str], set[str]]:
    return dict(_NAMES()), set(_blocked())


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.authority.code) for m in find_authorities(text)]


# --- Texts built from pieces of names ---------------------------------------------------------


def _pieces() -> list[str]:
    names = sorted({n for a in all_authorities() for n in a.names()})
    pieces = set(names)
    for name in names:
        pieces.update(name.split())
        pieces.update(mutations(name))
        pieces.add(name[: len(name) // 2])
        pieces.add(name[len(name) // 2 :])
    pieces.update(["Cyngor", "Sir", "Heddlu", "Dyfed", "Pagnell", "University", "Bae", "a'r"])
    pieces.update(["Prifysgol", "Bwrdd", "Iechyd", "W06000023", "W0600002", "ei", "h", "ym"])
    return sorted(pieces)


PIECES = _pieces()
SEPARATORS = [" ", "", "-", "\n", "'", "’", ", ", "_", " (", ") ", "—", "\r\n", "  "]
ODD = ["ß", "ﬁ", "½", "ø", "É", "\u0302", "İ", "ŵ", "中", "²", "ﬀ", "Ŵ", "\u00ad", "㎯"]


@st.composite
def texts(draw: st.DrawFn, max_size: int = 12) -> str:
    """A text of pieces of names, joined by separators and odd characters."""
    parts = draw(st.lists(st.sampled_from(PIECES), max_size=max_size))
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(st.sampled_from(SEPARATORS + ODD)))
    return "".join(out)


class TestSameAnswers:
    def test_seeds_as_before(self, seeds):
        """On the seed texts the answers are those of the finder before issue 13."""
        by_name, blocked = old_names()
        for text in seeds.values():
            assert spans(text) == oracle(text, by_name, blocked)

    def test_seeds_repeated(self, seeds):
        """Joined and repeated, the seeds give the same answers as each seed alone, in turn."""
        whole = "\n\n".join(seeds.values()) + "\n\n"
        once = spans(whole)
        twice = spans(whole * 2)
        assert twice == once + [(s + len(whole), e + len(whole), c) for s, e, c in once]

    @given(texts())
    def test_fragments_as_the_oracle(self, text):
        """On texts made of pieces of names, the finder answers as the old algorithm would."""
        by_name, blocked = new_names()
        assert spans(text) == oracle(text, by_name, blocked)

    @given(texts())
    def test_fragments_as_before_but_for_the_new_names(self, text):
        """With the old names, the answers differ only where a new name or form is involved."""
        by_name, blocked = old_names()
        new = set(new_names()[0]) | new_names()[1]
        changed = new ^ (set(by_name) | blocked)
        if not any(k in fold(text) for k in changed):
            assert spans(text) == oracle(text, by_name, blocked)

    @given(st.text(alphabet="ab cß-ø", max_size=40), st.data())
    def test_small_alphabet(self, text, data):
        """With a few short names that overlap, the finder agrees with the old algorithm."""
        names = {"ab": "1", "abc": "2", "b": "3", "bca": "4", "ss": "5", "cab": "6"}
        blocked = set(data.draw(st.lists(st.sampled_from(["abca", "bc", "ba", "b"]), max_size=2)))
        finder = Finder(names, blocked)
        expected = oracle(text, {k: v for k, v in names.items() if k not in blocked}, blocked)
        assert list(finder.spans(text)) == expected

    @given(st.text())
    def test_fold_is_the_old_fold(self, text):
        """Names fold as they did: case, diacritics and every non-alphanumeric dropped."""
        assert fold(text) == _old_fold(text)
        assert "".join(fold_char(c) for c in text) == _old_fold(text)

    def test_every_key_is_ascii(self):
        """Every name folds to ASCII letters and digits, the alphabet the folded text uses."""
        by_name, blocked = new_names()
        for key in (*by_name, *blocked):
            assert key.isascii()
            assert key.isalnum()

    @given(st.lists(st.sampled_from(PIECES[:40]), min_size=1, max_size=5))
    def test_found_mentions_are_valid_mentions(self, parts):
        """The finder's mentions equal mentions built with every check."""
        text = " ".join(parts)
        for m in find_authorities(text):
            assert m == MentionClass(m.authority, m.start, m.end, m.text)
            assert hash(m) == hash(MentionClass(m.authority, m.start, m.end, m.text))

    def test_found_skips_the_checks(self):
        """`_found` builds a mention as given (the finder's spans are right by construction)."""
        powys = authority("Powys")
        assert _found(powys, 3, 8, "Powys") == MentionClass(powys, 3, 8, "Powys")


class TestLinear:
    def test_long_repetitive_text(self):
        """A megabyte of word starts that begin a name is read in well under a second or two.

        Before issue 13, `"Caer " * 200_000` took 111 s.
        """
        start = time.perf_counter()
        assert find_authorities("Caer " * 200_000) == ()
        assert time.perf_counter() - start < 5

    def test_long_text_of_names(self):
        """A megabyte of names is read quickly and every name is found."""
        text = "Powys, Caerdydd a Chaerffili. " * 35_000
        start = time.perf_counter()
        found = find_authorities(text)
        assert time.perf_counter() - start < 5
        assert len(found) == 3 * 35_000


# Text, and the (English name, words) of each mention expected, with why.
TRICKY: list[tuple[str, list[tuple[str, str]]]] = [
    # Mutations: soft, nasal, aspirate, h-prothesis, of Welsh and English names.
    ("i Ferthyr", [("Merthyr Tydfil", "Ferthyr")]),
    ("o Ferthyr Tudful", [("Merthyr Tydfil", "Ferthyr Tudful")]),
    ("ym Merthyr", [("Merthyr Tydfil", "Merthyr")]),
    ("yng Nghaerdydd", [("Cardiff", "Nghaerdydd")]),
    ("a Chaerffili", [("Caerphilly", "Chaerffili")]),
    ("i Gaerffili", [("Caerphilly", "Gaerffili")]),
    ("ym Mhowys a Phowys i Bowys", [("Powys", "Mhowys"), ("Powys", "Phowys"), ("Powys", "Bowys")]),
    ("yng Ngwynedd, i Wynedd", [("Gwynedd", "Ngwynedd"), ("Gwynedd", "Wynedd")]),
    ("i Rondda Cynon Taf", [("Rhondda Cynon Taf", "Rondda Cynon Taf")]),
    ("ym Mlaenau Gwent", [("Blaenau Gwent", "Mlaenau Gwent")]),
    ("i Flaenau Gwent", [("Blaenau Gwent", "Flaenau Gwent")]),
    ("yn Nhorfaen, i Dor-faen", [("Torfaen", "Nhorfaen"), ("Torfaen", "Dor-faen")]),
    ("ei hAbertawe", [("Swansea", "hAbertawe")]),
    ("ein Hynys Môn", [("Isle of Anglesey", "Hynys Môn")]),
    ("i Gardiff", [("Cardiff", "Gardiff")]),
    ("yng Nghyngor Sir Powys", [("Powys", "Nghyngor Sir Powys")]),
    ("a Chyngor Caerdydd", [("Cardiff", "Chyngor Caerdydd")]),
    ("ym Mro Morgannwg", [("Vale of Glamorgan", "Mro Morgannwg")]),
    # The councils' Welsh names (issue 12): the whole name is the mention.
    ("Cyngor Dinas a Sir Abertawe", [("Swansea", "Cyngor Dinas a Sir Abertawe")]),
    ("Dinas a Sir Abertawe", [("Swansea", "Dinas a Sir Abertawe")]),
    ("Gyngor Dinas a Sir Caerdydd", [("Cardiff", "Gyngor Dinas a Sir Caerdydd")]),
    # Names inside other places' names are not mentions.
    ("Newport Pagnell services", []),
    ("from Newport Beach, California", []),
    ("Newport News, Virginia", []),
    ("Newport-on-Tay", []),
    ("Newport, Isle of Wight", []),
    ("Newport (Shropshire)", []),
    ("Cardiff-by-the-Sea", []),
    ("New South Wales", []),
    ("Newport, Gwent", [("Newport", "Newport")]),
    ("Newport and Pagnell", [("Newport", "Newport")]),
    # Streets are named after the place they lead to; the name still names the place.
    ("12 Cardiff Road, Newport", [("Cardiff", "Cardiff"), ("Newport", "Newport")]),
    ("Heol Caerdydd", [("Cardiff", "Caerdydd")]),
    # Bodies named after places.
    ("Heddlu Dyfed-Powys", []),
    ("Dyfed Powys Police", []),
    ("Cardiff University and Prifysgol Abertawe", []),
    ("Bwrdd Iechyd Addysgu Powys", []),
    ("Bwrdd Iechyd Prifysgol Caerdydd a’r Fro", []),
    ("Swansea Bay University Health Board", []),
    ("Bwrdd Iechyd Prifysgol Bae Abertawe", []),
    ("i Fae Abertawe", []),
    # "Mae" is "is" far more often than the nasal mutation of "Bae" (bay): not blocked.
    ("Mae Abertawe yn ddinas", [("Swansea", "Abertawe")]),
    ("ym Mae Abertawe", [("Swansea", "Abertawe")]),
    ("Cardiff Council", [("Cardiff", "Cardiff Council")]),
    ("Cardiff City FC", [("Cardiff", "Cardiff")]),
    ("Wrexham AFC", [("Wrexham", "Wrexham")]),
    ("Gwent Police", []),
    ("Port Talbot", []),
    # Hyphenation and line breaks inside names.
    ("Rhondda Cynon\nTaf", [("Rhondda Cynon Taf", "Rhondda Cynon\nTaf")]),
    ("Rhondda-Cynon-Taf", [("Rhondda Cynon Taf", "Rhondda-Cynon-Taf")]),
    ("Rhondda Cy-\nnon Taf", [("Rhondda Cynon Taf", "Rhondda Cy-\nnon Taf")]),
    ("Merthyr\r\nTydfil", [("Merthyr Tydfil", "Merthyr\r\nTydfil")]),
    ("Pen-y-bont\nar Ogwr", [("Bridgend", "Pen-y-bont\nar Ogwr")]),
    ("Caer-\ndydd", [("Cardiff", "Caer-\ndydd")]),
    ("Castell-\nnedd Port Talbot", [("Neath Port Talbot", "Castell-\nnedd Port Talbot")]),
    ("Tor\u00adfaen", [("Torfaen", "Tor\u00adfaen")]),
    # Whole words only; GSS codes.
    ("Powysland", []),
    ("W06000023", [("Powys", "W06000023")]),
    ("W060000230", []),
    ("code W06000023.", [("Powys", "W06000023")]),
]


class TestTrickyCases:
    @pytest.mark.parametrize(("text", "expected"), TRICKY)
    def test_case(self, text, expected):
        """Each tricky case has its expected answer."""
        found = find_authorities(text)
        assert [(m.authority.name.en, m.text) for m in found] == expected

    @pytest.mark.parametrize("item", all_authorities(), ids=lambda a: a.name.en)
    def test_every_form_of_every_name(self, item):
        """Every name of every authority, and every mutated form of it, is found whole."""
        forms = set(_names(item.names(Language.CY), (item.code, *item.names(Language.EN))))
        assert any(f != n for f in forms for n in item.names())  # mutations are there
        for form in sorted(forms):
            text = f"Mae {form}. "
            found = find_authorities(text)
            assert [(m.authority, m.text) for m in found] == [(item, form)], form
            assert authority(form) is item


class TestCorpus:
    def test_texts(self):
        """A list of texts: each mention comes with its text's position."""
        found = list(find_authorities_in(["ym Mhowys", "", "Cardiff and Newport Pagnell"]))
        assert [(i, m.text) for i, m in found] == [(0, "Mhowys"), (2, "Cardiff")]

    def test_generator_is_consumed_lazily(self):
        """Mentions come as each item is read: the next item is not asked for before."""
        asked: list[int] = []

        def items():
            for index, text in enumerate(["Powys", "Caerdydd"]):
                asked.append(index)
                yield text

        scan = find_authorities_in(items())
        assert next(scan)[0] == 0
        assert asked == [0]
        assert next(scan)[0] == 1
        assert list(scan) == []
        assert list(find_authorities_in([])) == []

    def test_paths_and_files(self, tmp_path, seeds):
        """Paths and open files give the answers of find_authorities on the whole text."""
        text = "\r\n".join(seeds.values())
        path = tmp_path / "seeds.txt"
        path.write_bytes(text.encode("utf-8"))
        expected = [(m.start, m.end, m.text) for m in find_authorities(text)]
        by_path = list(find_authorities_in([path]))
        assert {source for source, _ in by_path} == {path}
        assert [(m.start, m.end, m.text) for _, m in by_path] == expected
        with path.open(encoding="utf-8", newline="") as file:
            by_file = list(find_authorities_in([io.StringIO("Powys"), file]))
        assert by_file[0][0] == 0
        assert [(m.start, m.end, m.text) for i, m in by_file if i == 1] == expected

    def test_encoding(self, tmp_path):
        """Files given by path are read in the encoding asked for."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Ynys Môn".encode("latin-1"))
        assert [m.text for _, m in find_authorities_in([path], encoding="latin-1")] == ["Ynys Môn"]

    @pytest.mark.parametrize("block", [8, 64, 1000])
    def test_long_file_in_blocks(self, tmp_path, seeds, monkeypatch, block):
        """Read in small blocks, a long file gives every mention, also across block edges."""
        monkeypatch.setattr(_finder, "BLOCK", block)
        text = ("\n\n".join(seeds.values()) + " Rhondda Cynon\nTaf ") * 3
        path = tmp_path / "long.txt"
        path.write_text(text, encoding="utf-8", newline="")
        expected = [(m.start, m.end, m.text) for m in find_authorities(text)]
        assert [(m.start, m.end, m.text) for _, m in find_authorities_in([path])] == expected

    @given(texts(max_size=60), st.lists(st.integers(0, 400), max_size=8))
    def test_any_split_gives_the_same_answers(self, text, cuts):
        """However a text is cut into pieces, the stream finds what the whole text holds."""
        finder = _finder_for_tests()
        points = sorted({min(c, len(text)) for c in cuts})
        pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
        old = _finder.BLOCK
        try:
            _finder.BLOCK = 16
            streamed = [(s, e, v) for s, e, v, _ in finder.stream(pieces)]
        finally:
            _finder.BLOCK = old
        assert streamed == list(finder.spans(text))

    def test_long_run_of_spaces(self, monkeypatch):
        """A name spread over a long run of spaces is found, and the run is not rescanned often."""
        monkeypatch.setattr(_finder, "BLOCK", 64)
        finder = Finder({"ab": "1"})
        pieces = ["x a", *[" " * 50] * 200, "b y"]
        found = list(finder.stream(pieces))
        assert [(s, e, v) for s, e, v, _ in found] == [(2, 10_004, "1")]

    def test_one_long_word(self, monkeypatch):
        """A word longer than a block is waited for, not cut."""
        monkeypatch.setattr(_finder, "BLOCK", 4)
        finder = Finder({"ab": "1", "abab": "2"})
        pieces = ["ab", "ab", "ab", "ab", "ab ab", " x" * 10, " abab"]
        found = list(finder.stream(pieces))
        assert [(s, e, v) for s, e, v, _ in found] == list(finder.spans("".join(pieces)))
        assert [t for *_, t in found] == ["ab", "abab"]

    @pytest.mark.parametrize("junk", [None, 3, b"Powys", ["Powys"]])
    def test_junk_items(self, junk):
        """An item that is no text, path or text file is the library's error, in Welsh too."""
        scan = find_authorities_in(["Powys", junk])
        assert next(scan)[0] == 0
        with pytest.raises(InvalidTextError, match="item 1") as info:
            next(scan)
        assert info.value.cy is not None
        assert "eitem 1" in info.value.cy

    def test_binary_file(self):
        """A file open in binary mode is refused, in both languages."""
        with pytest.raises(InvalidTextError, match="text mode") as info:
            list(find_authorities_in([io.BytesIO(b"Powys")]))
        assert (
            info.value.cy == "eitem 0: rhaid i’r ffeil fod ar agor yn y modd testun, nid deuaidd."
        )

    def test_missing_file(self, tmp_path):
        """A path that does not exist raises the operating system's error."""
        with pytest.raises(FileNotFoundError):
            list(find_authorities_in([Path(tmp_path, "none.txt")]))


def _finder_for_tests() -> Finder:
    from carewales.authorities import _FINDER

    return _FINDER()


class TestJunk:
    @pytest.mark.parametrize("junk", [None, 3, b"Powys"])
    def test_not_a_str(self, junk):
        """find_authorities refuses a non-string in both languages."""
        with pytest.raises(CareWalesError, match="'text'") as info:
            find_authorities(junk)
        assert info.value.cy is not None
        assert "rhaid i’r gwerth fod yn str" in info.value.cy

"""Find many names in long texts in one linear pass: the engine of the authority finder.

The rules are those of :func:`carewales.find_authorities`: a name matches whole words,
ignoring case, diacritics and everything that is not a letter or a digit (spaces,
hyphens, apostrophes, line breaks), so "Rhondda-Cynon-Taf", and "Rhondda Cynon Taf"
broken across two lines, are "rhonddacynontaf".  At each word start the longest name
that ends at a word end wins, and scanning resumes after it.

How it stays linear:

* The text is folded to ASCII: each character outside ASCII (about 1 in 100 in
  Welsh) is folded on its own, once per distinct character, then one
  :meth:`str.translate` (fast on ASCII) lower-cases the letters and turns every
  other character into a space.  Almost every character folds to exactly one, so
  positions in the folded text are positions in the original; the rare character
  that folds to several (``ß``, ``ﬁ``, ``½``) is remembered, and positions are
  mapped back through it by bisection.
* All the names are compiled, once, into one regular expression shaped as a trie
  (``c(?:aer(?:dydd|ffili)|...)``), with `` *`` between letters (a name may be cut by
  spaces anywhere), greedy so that the longest name is tried first, and a look-ahead
  that makes it end at a word end.  :meth:`re.Pattern.finditer` then walks the text
  once: leftmost match, then on from its end, exactly as the rules say.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = ["Finder", "fold", "fold_char"]

#: Text that comes in pieces (files) is scanned in blocks of about this many characters.
BLOCK = 1 << 16


def fold_char(char: str) -> str:
    """Fold one character to the letters and digits it stands for (``""`` for none).

    >>> fold_char("Ŵ"), fold_char("ß"), fold_char("-")
    ('w', 'ss', '')
    """
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(c for c in bare if c.isalnum())


def fold(text: str) -> str:
    """Fold a name: case and diacritics folded, everything but letters and digits dropped.

    >>> fold("Castell-nedd Port Talbot"), fold("Ynys Môn")
    ('castellneddporttalbot', 'ynysmon')
    """
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    return "".join(map(fold_char, text))


_NOT_ALNUM = re.compile("[^a-z0-9]")


# ASCII folds by str.translate, which is fast on ASCII text: letters lower-cased, digits
# kept, everything else one space.  "_" is kept: it stands for a letter outside ASCII.
_ASCII = {c: " " for c in range(128) if not chr(c).isalnum()}
_ASCII.update({c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})
del _ASCII[ord("_")]
# The characters folded one by one before that: those outside ASCII, and "_" itself.
_ODD = re.compile(r"[^\x00-\x5e\x60-\x7f]")
# What each of those folds to, once seen: ASCII letters and digits, "_" for each letter or
# digit outside ASCII (it can be part of no name, but it is part of a word), or a space.
_ODD_FOLDS: dict[str, str] = {"_": " "}


def _fold_odd(char: str) -> str:
    folded = _ODD_FOLDS.get(char)
    if folded is None:
        folded = "".join(c if c.isascii() else "_" for c in fold_char(char)) or " "
        _ODD_FOLDS[char] = folded
    return folded


def _identity(index: int) -> int:
    return index


def _fold_text(text: str) -> tuple[str, Callable[[int], int]]:
    """Fold *text* and return it with a map from folded positions to positions in *text*.

    The folded text is ASCII: letters and digits, "_" for a letter outside ASCII
    that folds to none, and a space for every other character.
    """
    if text.isascii() and "_" not in text:
        return text.translate(_ASCII), _identity
    originals: list[int] = []  # where each character that folds to several is in the text
    starts: list[int] = []  # where its folded letters start in the folded text
    ends: list[int] = []  # and where they end
    added = 0

    def one(match: re.Match[str]) -> str:
        nonlocal added
        folded = _fold_odd(match.group())
        if len(folded) > 1:
            originals.append(match.start())
            starts.append(match.start() + added)
            added += len(folded) - 1
            ends.append(match.start() + 1 + added)
        return folded

    folded = _ODD.sub(one, text).translate(_ASCII)
    if not originals:
        return folded, _identity

    def origin(index: int) -> int:
        before = bisect.bisect_right(starts, index) - 1
        if before < 0:
            return index
        if index < ends[before]:
            return originals[before]
        return index - (ends[before] - originals[before] - 1)

    return folded, origin


_Node = dict[str, "_Node"]


def _trie(keys: Iterable[str]) -> str:
    """Return a regular expression matching any of *keys*, longest first, spaces allowed inside.

    Letters that follow one another in every key of a branch are written one after the
    other, without groups (``c *a *e *r``): the expression stays small, so it compiles fast.

    >>> _trie(["ab", "abc", "ad"])
    'a *(?:b(?: *c)?|d)'
    """
    root: _Node = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: _Node) -> str:
        pieces = []
        for char, start in sorted(node.items()):
            if not char:
                continue
            letters, child = [char], start
            while len(child) == 1 and "" not in child:
                ((char_after, child),) = child.items()
                letters.append(char_after)
            piece = " *".join(map(re.escape, letters))
            if len(child) > 1 or "" not in child:
                rest = branches(child)
                rest = f" *(?:{rest})" if len(child) - ("" in child) > 1 else f" *{rest}"
                piece += f"(?:{rest})?" if "" in child else rest
            pieces.append(piece)
        return "|".join(pieces)

    return branches(root)


class Finder:
    """Find names, given folded, in texts: each name maps to a value, or ``None`` to block it.

    A blocked name is matched like the others, so it wins where it is the longest
    ("Heddlu Dyfed-Powys" hides "Powys"), but is not reported.

    >>> finder = Finder({"powys": "W06000023"}, blocked=["heddludyfedpowys"])
    >>> list(finder.spans("Cyngor Sir Powys, not Heddlu Dyfed-Powys."))
    [(11, 16, 'W06000023')]
    """

    def __init__(self, names: Mapping[str, str], blocked: Iterable[str] = ()) -> None:
        values: dict[str, str | None] = {k: v for k, v in names.items() if k}
        values.update((k, None) for k in blocked if k)
        self._values = values
        self._longest = max(map(len, values), default=0)
        # A match starts after a space (the folded text starts with one) and ends before
        # a space or the end of the text: whole words.
        self._pattern = re.compile(f" ({_trie(values)})(?![^ ])")
        # Read backwards, a block's tail with more letters than the longest name, up to the
        # separator before them: a name that starts before it ends inside the block.
        self._tail = re.compile(f"(?: *[^ ]){{{self._longest + 1}}}[^ ]* ")

    def spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, value)`` for each name found in *text*, in order."""
        for start, end, value, _ in self._scan(text, final=True):
            yield start, end, value

    def _scan(self, text: str, *, final: bool) -> Iterator[tuple[int, int, str, int]]:
        """Yield each name in *text* as ``(start, end, value, resume)``.

        Unless *final* (the text is a block of a longer one), only the names that
        cannot run on past the block are yielded, and the last item is
        ``(-1, -1, "", resume)``: the text from *resume* on must be scanned again with
        what follows.
        """
        folded, origin = _fold_text(text)
        folded = " " + folded
        cut = len(folded)
        if not final:
            tail = self._tail.match(folded[::-1])
            cut = 0 if tail is None else len(folded) - tail.end()
        resume = origin(cut - 1) if cut else 0
        values = self._values
        for match in self._pattern.finditer(folded, 0, len(folded)):
            start, end = match.span(1)
            if start > cut:
                break
            resume = origin(end - 2) + 1
            value = values[match.group(1).replace(" ", "")]
            if value is not None:
                yield origin(start - 1), resume, value, resume
        if not final:
            yield -1, -1, "", max(resume, origin(cut - 1) if cut else 0)

    def stream(self, pieces: Iterable[str]) -> Iterator[tuple[int, int, str, str]]:
        r"""Yield ``(start, end, value, text)`` for each name in the text made of *pieces*.

        Positions count from the start of the whole text; *text* is the name as
        written.  About a block of the text is held at once (more only while one word,
        or a run of spaces that a name might span, is longer than a block).

        >>> finder = Finder({"rhonddacynontaf": "W06000016"})
        >>> list(finder.stream(["Rhondda Cy", "non\nTaf"]))
        [(0, 17, 'W06000016', 'Rhondda Cynon\nTaf')]
        """
        held: list[str] = []
        size = 0
        block = BLOCK
        base = 0  # where the held text starts in the whole text
        for piece in pieces:
            held.append(piece)
            size += len(piece)
            if size < block:
                continue
            text = "".join(held)
            resume = 0
            for start, end, value, resume_at in self._scan(text, final=False):
                resume = resume_at
                if start >= 0:
                    yield base + start, base + end, value, text[start:end]
            held = [text[resume:]]
            size = len(held[0])
            base += resume
            # What is carried over (one long word, or a long run of spaces after a name's
            # start) waits for as much new text again, so no text is scanned more than a
            # few times however it comes.
            block = max(BLOCK, 2 * size)
        text = "".join(held)
        for start, end, value, _ in self._scan(text, final=True):
            yield base + start, base + end, value, text[start:end]

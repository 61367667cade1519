"""Welsh grammar, in one place: mutations, h-prothesis, "yn" and "a/ac", and numerals.

Every module that writes or reads Welsh uses these helpers, so a correction made
here holds everywhere: the finder that reads "ym Mhowys", the letters that write
"ein harolygiad" and "yn dda", the date ranges that write "rhwng 15 ac 19 Tachwedd".

The rules follow standard grammars of Welsh (the soft, nasal and aspirate
mutations of initial consonants; h-prothesis after *ein* "our" and *eu* "their"),
as the Welsh Government's and Care Inspectorate Wales's own Welsh texts use them.

Numbers written in digits are read in the decimal counting the Welsh Government's
statistics and Welsh-medium schools use ("deg", "un deg un", "dau ddeg", "wyth deg"),
so a word after a number follows the sound of that reading: "a 10" (*a deg*) but
"ac 11" (*ac un deg un*), "a 20" (*a dau ddeg*), "ac 80" (*ac wyth deg*), and
"2 ddiwrnod" (*dau ddiwrnod*).

>>> mutations("Powys")
('Bowys', 'Mhowys', 'Phowys')
>>> h_prothesis("arolygiad"), yn("da")
('harolygiad', 'yn dda')
>>> after("yn", "Powys"), after("i", "Caerffili"), after("a", "Caerffili"), after("a", "Abertawe")
('ym Mhowys', 'i Gaerffili', 'a Chaerffili', 'ac Abertawe')
>>> count(2, "diwrnod gwaith"), count(3, "plentyn"), count(1, "cell", feminine=True)
('2 ddiwrnod gwaith', '3 phlentyn', '1 gell')
>>> f"rhwng 5 {a_ac(10)} 10 Tachwedd", f"rhwng 5 {a_ac(11)} 11 Tachwedd"
('rhwng 5 a 10 Tachwedd', 'rhwng 5 ac 11 Tachwedd')
"""

from __future__ import annotations

import numbers

from .errors import InvalidChoiceError, InvalidNumberError

__all__ = [
    "ASPIRATE",
    "NASAL",
    "SOFT",
    "a_ac",
    "after",
    "aspirate",
    "count",
    "h_prothesis",
    "in_sentence",
    "mutations",
    "nasal",
    "reads_with_vowel",
    "soft",
    "yn",
]

_MUTATIONS: dict[str, tuple[str, str, str]] = {
    "p": ("b", "mh", "ph"),
    "t": ("d", "nh", "th"),
    "c": ("g", "ngh", "ch"),
    "b": ("f", "m", ""),
    "d": ("dd", "n", ""),
    "g": ("", "ng", ""),
    "m": ("f", "", ""),
    "ll": ("l", "", ""),
    "rh": ("r", "", ""),
}
# Two letters that are one Welsh letter, or a form already mutated: none mutates again
# ("chwech", "ddiwrnod", "Phowys", "Nghaerdydd", "theatr").
_UNCHANGING = ("ch", "dd", "ff", "ng", "ph", "th", "mh", "nh")
_VOWELS = "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ"

#: Words after which Welsh uses the soft mutation: the prepositions "am, ar, at, dan, dros,
#: drwy, gan, heb, hyd, i, o, tan, trwy, tros, wrth", and "dau"/"dwy" (two), "neu" (or),
#: "unrhyw" (any), "pa" (which), "dy" (your).
SOFT = frozenset(
    {
        "am",
        "ar",
        "at",
        "dan",
        "dros",
        "drwy",
        "gan",
        "heb",
        "hyd",
        "i",
        "o",
        "tan",
        "trwy",
        "tros",
        "wrth",
        "dau",
        "dwy",
        "neu",
        "unrhyw",
        "pa",
        "dy",
    }
)
#: Words after which Welsh uses the nasal mutation: "yn" (in) and "fy" (my).
NASAL = frozenset({"yn", "fy"})
#: Words after which Welsh uses the aspirate mutation (of c-, p-, t- only): "a" (and),
#: "â" (with, as), "gyda" (with), "tua" (towards, about), "na" (than, nor), "tri", "chwe".
ASPIRATE = frozenset({"a", "â", "gyda", "tua", "na", "tri", "chwe"})
# Before a vowel these words take a final consonant: "ac Abertawe", "gydag ymddiriedolaeth".
_BEFORE_VOWEL = {"a": "ac", "â": "ag", "gyda": "gydag", "tua": "tuag", "na": "nag"}


def _radical(word: str) -> str | None:
    lower = word.lower()
    if lower.startswith(("ll", "rh")):
        return lower[:2]
    if lower.startswith(_UNCHANGING):
        return None
    return lower[:1] if lower[:1] in _MUTATIONS else None


def _forms(word: str) -> tuple[str | None, str | None, str | None]:
    """The soft, nasal and aspirate forms of *word*, ``None`` where that mutation leaves it."""
    radical = _radical(word)
    if radical is None:
        return (None, None, None)
    rest = word[len(radical) :]
    upper = word[:1].isupper()

    def shaped(form: str) -> str:
        if not form:  # soft g- drops the letter: Gwynedd → Wynedd
            return rest[:1].upper() + rest[1:] if upper else rest
        return form.capitalize() + rest if upper else form + rest

    soft_form, nasal_form, aspirate_form = _MUTATIONS[radical]
    return (
        shaped(soft_form),
        shaped(nasal_form) if nasal_form else None,
        shaped(aspirate_form) if aspirate_form else None,
    )


def mutations(word: str) -> tuple[str, ...]:
    """Return the soft, nasal and aspirate mutated forms of *word* (not the radical).

    Only the first consonant changes, as Welsh does after prepositions and
    possessives: "Powys" → "Bowys", "Mhowys", "Phowys" ("ym Mhowys").  The case
    of the first letter is kept.  A word that begins with a vowel, or with a letter
    that never mutates (``ch``, ``dd``, ``ff``, ``ng``, ``ph``, ``th``, ...), has none.

    >>> mutations("Caerdydd")
    ('Gaerdydd', 'Nghaerdydd', 'Chaerdydd')
    >>> mutations("Gwynedd")
    ('Wynedd', 'Ngwynedd')
    >>> mutations("Abertawe"), mutations("chwech"), mutations("ddiwrnod")
    ((), (), ())
    """
    return tuple(form for form in _forms(word) if form is not None)


def soft(word: str) -> str:
    """Return the soft mutation of *word*, or *word* itself where there is none.

    >>> soft("Caerdydd"), soft("Gwynedd"), soft("Abertawe"), soft("llyfr")
    ('Gaerdydd', 'Wynedd', 'Abertawe', 'lyfr')
    """
    return _forms(word)[0] or word


def nasal(word: str) -> str:
    """Return the nasal mutation of *word* (p t c b d g), or *word* itself.

    >>> nasal("Powys"), nasal("Caerdydd"), nasal("Merthyr")
    ('Mhowys', 'Nghaerdydd', 'Merthyr')
    """
    return _forms(word)[1] or word


def aspirate(word: str) -> str:
    """Return the aspirate mutation of *word* (c p t only), or *word* itself.

    >>> aspirate("Caerffili"), aspirate("plentyn"), aspirate("Bangor")
    ('Chaerffili', 'phlentyn', 'Bangor')
    """
    return _forms(word)[2] or word


def in_sentence(text: str) -> str:
    """Lower-case a label's first letter for use inside a sentence.

    >>> in_sentence("Angen gwella"), in_sentence("Dydd Mawrth, 5 Tachwedd 2024")
    ('angen gwella', 'dydd Mawrth, 5 Tachwedd 2024')
    """
    return text[:1].lower() + text[1:]


def h_prothesis(noun: str) -> str:
    """Welsh h-prothesis after "ein" (our) and "eu" (their): "ein harolygiad", "ein gweithgarwch".

    >>> h_prothesis("arolygiad"), h_prothesis("gweithgarwch"), h_prothesis("Adroddiad")
    ('harolygiad', 'gweithgarwch', 'Hadroddiad')
    """
    if noun[:1].lower() not in _VOWELS or not noun:
        return noun
    return f"H{noun[:1].lower()}{noun[1:]}" if noun[:1].isupper() else f"h{noun}"


def yn(word: str) -> str:
    """Welsh predicative "yn", which soft-mutates what follows but ll- and rh-: "yn dda".

    Not the preposition "yn" (in), which nasalises: use ``after("yn", place)``.

    >>> yn("da"), yn("llwyddiannus"), yn("rhagorol")
    ('yn dda', 'yn llwyddiannus', 'yn rhagorol')
    """
    if word.lower().startswith(("ll", "rh")):
        return f"yn {word}"
    return f"yn {soft(word)}"


def after(word: str, noun: str) -> str:
    """Write *noun* after the Welsh *word* that governs it, with the mutation it causes.

    Soft after the prepositions "i, o, ar, at, am, gan, dan, heb, hyd, drwy, wrth" and the
    others in :data:`SOFT`; nasal after "yn" (in) and "fy", with "yn" itself becoming "ym"
    or "yng"; aspirate after "a, â, gyda, tua, na" and the others in :data:`ASPIRATE`, which
    take a final consonant before a vowel ("ac", "ag", "gydag", "tuag", "nag"); h- before
    a vowel after "ein" and "eu".  The case of *word* is kept.

    Raises:
        InvalidChoiceError: if *word* is not one of those.

    >>> after("yn", "Caerdydd"), after("yn", "Bangor"), after("yn", "Merthyr Tudful")
    ('yng Nghaerdydd', 'ym Mangor', 'ym Merthyr Tudful')
    >>> after("o", "Torfaen"), after("gyda", "ymddiriedolaeth"), after("ein", "arolygiad")
    ('o Dorfaen', 'gydag ymddiriedolaeth', 'ein harolygiad')
    """
    key = word.lower()
    if key in SOFT:
        return f"{word} {soft(noun)}"
    if key in NASAL:
        mutated = nasal(noun)
        if key == "yn":
            start = mutated[:3].lower()
            lead = "yng" if start.startswith("ng") else "ym" if start.startswith("m") else "yn"
            word = word[:1] + lead[1:]
        return f"{word} {mutated}"
    if key in ASPIRATE:
        if noun[:1].lower() in _VOWELS and noun and key in _BEFORE_VOWEL:
            full = _BEFORE_VOWEL[key]
            word = word[:1] + full[1:] if word[:1].isupper() else full
        return f"{word} {aspirate(noun)}"
    if key in {"ein", "eu"}:
        return f"{word} {h_prothesis(noun)}"
    allowed = ", ".join(repr(w) for w in sorted(SOFT | NASAL | ASPIRATE | {"ein", "eu"}))
    msg = f"'word' ({word!r}) must be one of {allowed}."
    cy = f"'word' ({word!r}): rhaid i’r gwerth fod yn un o {allowed}."
    raise InvalidChoiceError(msg, cy=cy)


_SCALES = ((10**9, "biliwn"), (10**6, "miliwn"), (1000, "mil"), (100, "cant"))


def reads_with_vowel(number: int) -> bool:
    """Say whether *number*, read aloud in the decimal counting, begins with a vowel.

    Only "un" (1), "wyth" (8) and what begins with them do: 1, 8, 11 to 19 ("un deg
    un" ...), 80 to 89 ("wyth deg"), 800 ("wyth cant"), 8,000 ("wyth mil") and so on;
    but not 10 ("deg"), 100 ("cant"), 1,000 ("mil") or 0 ("dim"), nor a negative number
    ("minws").

    >>> [n for n in range(25) if reads_with_vowel(n)]
    [1, 8, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    """
    if number <= 0:
        return False
    for size, _ in _SCALES:
        if number >= size:
            leading = number // size
            return leading != 1 and reads_with_vowel(leading)
    if number >= 10:  # noqa: PLR2004
        tens = number // 10
        return tens == 8 or (tens == 1 and number != 10)  # noqa: PLR2004
    return number in {1, 8}


def a_ac(number: int) -> str:
    """Welsh "a" (and) becomes "ac" before a number read with a vowel: see :func:`reads_with_vowel`.

    "rhwng 5 a 10 Tachwedd" (*a deg*), "rhwng 15 ac 19 Tachwedd" (*ac un deg naw*),
    "rhwng 1 a 20" (*a dau ddeg*), "rhwng 53 a 166", "rhwng 70 ac 80".

    >>> a_ac(10), a_ac(19), a_ac(20), a_ac(8)
    ('a', 'ac', 'a', 'ac')
    """
    return "ac" if reads_with_vowel(number) else "a"


# The nouns that keep the old nasal mutation after these numerals: "5 mlynedd", "10 mlynedd".
_NASAL_NUMBERS = frozenset({5, 7, 8, 9, 10, 12, 15, 18, 20, 100})
_NASAL_NOUNS = ("blynedd", "blwydd")


def count(amount: int, noun: str, *, feminine: bool = False) -> str:
    """Write *amount* of *noun* in Welsh: the singular noun after the numeral, mutated as spoken.

    Digits are written, but the noun mutates as after the spoken numeral: soft after
    "dau"/"dwy" (2: "2 ddiwrnod", "2 gell") and after "un" (1) for a *feminine* noun
    but ll- and rh- ("1 gell", "1 llinell"); aspirate after "tri" (3, masculine:
    "3 phlentyn") and "chwe" (6: "6 thabl"); nasal "blynedd" after 5, 7, 8, 9, 10, 12,
    15, 18, 20 and 100 ("5 mlynedd").  Only the noun's first word changes.  Larger
    numbers leave the noun as it is ("21 diwrnod", as the Welsh Government writes it).

    Raises:
        InvalidNumberError: if *amount* is not a whole number.

    >>> count(20, "diwrnod gwaith"), count(2, "diwrnod gwaith"), count(2, "tabl")
    ('20 diwrnod gwaith', '2 ddiwrnod gwaith', '2 dabl')
    >>> count(3, "cell", feminine=True), count(5, "blynedd"), count(1, "rhes", feminine=True)
    ('3 cell', '5 mlynedd', '1 rhes')
    """
    given: object = amount
    if isinstance(given, bool) or not isinstance(given, numbers.Integral):
        msg = f"'amount' ({given!r}) must be a whole number."
        cy = f"'amount' ({given!r}): rhaid i’r gwerth fod yn rhif cyfan."
        raise InvalidNumberError(msg, cy=cy)
    first, _, rest = noun.partition(" ")
    size = abs(int(given))
    if size == 2 or (size == 1 and feminine and not first.lower().startswith(("ll", "rh"))):  # noqa: PLR2004
        first = soft(first)
    elif (size == 3 and not feminine) or size == 6:  # noqa: PLR2004
        first = aspirate(first)
    elif size in _NASAL_NUMBERS and first.lower() in _NASAL_NOUNS:
        first = nasal(first)
    return f"{amount} {first} {rest}" if rest else f"{amount} {first}"

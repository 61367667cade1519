"""Welsh grammar, in one place: mutations, h-prothesis, "yn" and "a/ac", and numerals.

Every module that writes or reads Welsh uses these helpers, so a correction made
here holds everywhere: the finder that reads "ym Mhowys", the letters that write
"ein harolygiad" and "yn dda", the date ranges that write "rhwng 15 ac 19 Tachwedd".

The rules follow standard grammars of Welsh (the soft, nasal and aspirate
mutations of initial consonants; h-prothesis after *ei* "her", *ein* "our" and
*eu* "their"), as the Welsh Government's and Care Inspectorate Wales's own Welsh
texts use them.

>>> mutations("Powys")
('Bowys', 'Mhowys', 'Phowys')
>>> h_prothesis("arolygiad"), yn("da")
('harolygiad', 'yn dda')
"""

from __future__ import annotations

__all__ = ["a_ac", "count", "h_prothesis", "in_sentence", "mutations", "soft", "yn"]

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


def mutations(word: str) -> tuple[str, ...]:
    """Return the soft, nasal and aspirate mutated forms of *word* (not the radical).

    Only the first consonant changes, as Welsh does after prepositions and
    possessives: "Powys" → "Bowys", "Mhowys", "Phowys" ("ym Mhowys").  The case
    of the first letter is kept.

    >>> mutations("Caerdydd")
    ('Gaerdydd', 'Nghaerdydd', 'Chaerdydd')
    >>> mutations("Gwynedd")
    ('Wynedd', 'Ngwynedd')
    >>> mutations("Abertawe")
    ()
    """
    lower = word.lower()
    for radical in ("ll", "rh"):
        if lower.startswith(radical):
            break
    else:
        radical = lower[:1]
    forms = _MUTATIONS.get(radical)
    if forms is None:
        return ()
    rest = word[len(radical) :]
    upper = word[:1].isupper()
    result = []
    if radical == "g":
        # Soft mutation of g- drops the letter altogether: Gwynedd → Wynedd.
        result.append(rest[:1].upper() + rest[1:] if upper else rest)
    result.extend(form.capitalize() + rest if upper else form + rest for form in forms if form)
    return tuple(result)


def soft(word: str) -> str:
    """Return the soft mutation of *word*, or *word* itself where there is none.

    >>> soft("Caerdydd"), soft("Gwynedd"), soft("Abertawe")
    ('Gaerdydd', 'Wynedd', 'Abertawe')
    """
    forms = mutations(word)
    return forms[0] if forms and word[:1].lower() in "ptcbdglmr" else word


def in_sentence(text: str) -> str:
    """Lower-case a label's first letter for use inside a sentence.

    >>> in_sentence("Angen gwella")
    'angen gwella'
    """
    return text[:1].lower() + text[1:]


def h_prothesis(noun: str) -> str:
    """Welsh h-prothesis after "ein" (our): "ein harolygiad", but "ein gweithgarwch".

    >>> h_prothesis("arolygiad"), h_prothesis("gweithgarwch")
    ('harolygiad', 'gweithgarwch')
    """
    return f"h{noun}" if noun[:1].lower() in "aeiouwy" else noun


def yn(word: str) -> str:
    """Welsh predicative "yn", which soft-mutates what follows but ll- and rh-: "yn dda".

    >>> yn("da"), yn("llwyddiannus"), yn("rhagorol")
    ('yn dda', 'yn llwyddiannus', 'yn rhagorol')
    """
    lower = word.lower()
    if lower.startswith(("ll", "rh")):
        return f"yn {word}"
    forms = mutations(word)
    mutated = forms[0] if forms and lower[:1] in "ptcbdgm" else word
    return f"yn {mutated}"


def a_ac(day: int) -> str:
    """Welsh "a" (and) becomes "ac" before a vowel: before day numbers read "un ..." and "wyth".

    Days 1 and 10 to 19 are read "un", "deg", "un ar ddeg" ... in the counting the
    seed letters use ("rhwng 15 ac 19 Tachwedd"), and 8 is "wyth".

    >>> a_ac(19), a_ac(20)
    ('ac', 'a')
    """
    return "ac" if day == 1 or day == 8 or 10 <= day <= 19 else "a"  # noqa: PLR1714, PLR2004


def count(amount: int, noun: str) -> str:
    """Write *amount* of *noun* in Welsh: the singular noun follows the numeral.

    >>> count(20, "diwrnod gwaith")
    '20 diwrnod gwaith'
    """
    return f"{amount} {noun}"

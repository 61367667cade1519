"""The Welsh Government's Corporate Parenting Charter (2023): its principles, a voluntary pledge.

The charter, "A promise from Wales" ("Addewid Cymru" in the Welsh Government's Welsh
written statement), was launched on 22 September 2023.  Public bodies, third-sector
organisations and businesses are invited to sign up to it: it is a **voluntary
commitment** made in Wales, not law, and not the same thing as the proposals that
Leicestershire Cares (seed 003) put to England's review, which the catalogue of duties
labels **recommended practice**.  Each carries its own :class:`Standing`.

The charter sets out 11 principles and 9 promises.  The principles' names are kept here,
as the Welsh Government's written statement lists them; the promises' wording was not
found in a source the library could read, so they are left out (see the docs' sources page).

>>> [p.title.en for p in principles()][:3]
['Equality', 'Eradicating stigma', 'Working together']
>>> principles()[1].describe("cy")
'Egwyddor 2 o 11: Dileu stigma (Ymrwymiad gwirfoddol)'
>>> from carewales.parenting import duties
>>> principles()[1].standing is duties()[0].standing
False
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Final

import attrs

from .. import _validators as v
from ..errors import DutyError
from ..text import Bilingual, Language
from ._common import key
from .catalogue import DutySource, Standing

__all__ = ["CHARTER", "Principle", "principles"]

_PRINCIPLES = 11

#: The charter as a source: a voluntary commitment, with its English and Welsh pages.
CHARTER: Final = DutySource(
    Bilingual(
        "Welsh Government: Corporate Parenting Charter, “A promise from Wales” (2023)",
        "Llywodraeth Cymru: Siarter Rhianta Corfforaethol, “Addewid Cymru” (2023)",
    ),
    Standing.VOLUNTARY,
    Bilingual(
        "written statement of 22 September 2023 (the 11 principles)",
        "datganiad ysgrifenedig 22 Medi 2023 (yr 11 egwyddor)",
    ),
    "https://www.gov.wales/written-statement-corporate-parenting-charter",
    url_cy="https://www.llyw.cymru/datganiad-ysgrifenedig-siarter-rhianta-corfforaethol",
)
#: The day the Welsh Government launched the charter to the public.
LAUNCHED: Final = dt.date(2023, 9, 22)


@attrs.frozen
class Principle:
    """One of the charter's 11 principles, with the charter as its source.

    Attributes:
        key: a stable identifier, such as ``"eradicating-stigma"``.
        number: its place in the charter's list, 1 to 11.
        title: its name in English and Welsh.
        source: the charter (a voluntary commitment).

    Raises:
        DutyError: for a field of the wrong type or a number outside 1 to 11.

    >>> principles()[8].title.cy
    'Addysg'
    """

    _WHAT: ClassVar[str] = "principle"
    _WHAT_CY: ClassVar[str] = "egwyddor"

    key: str = attrs.field(validator=key())
    number: int = attrs.field(
        converter=v.to_int, validator=v.integer(1, _PRINCIPLES, error=DutyError)
    )
    title: Bilingual = attrs.field(validator=v.instance(Bilingual, error=DutyError))
    source: DutySource = attrs.field(
        default=CHARTER, validator=v.instance(DutySource, error=DutyError)
    )

    @property
    def standing(self) -> Standing:
        """The standing of its source: a voluntary commitment."""
        return self.source.standing

    def describe(self, lang: Language | str = Language.EN) -> str:
        """Say the principle in one line in *lang*, with its standing."""
        language = Language.parse(lang)
        word = "Principle" if language is Language.EN else "Egwyddor"
        of = "of" if language is Language.EN else "o"
        return (
            f"{word} {self.number} {of} {_PRINCIPLES}: {self.title.in_(language)} "
            f"({self.standing.label.in_(language)})"
        )


# English: the Welsh Government's written statement of 22 September 2023.  Welsh: the Welsh
# Government's Welsh press release ("dileu stigma", "cartref sefydlog", "addysg", "iechyd
# da"); the others as the councils' Welsh texts name them (see the docs' sources page).
_NAMES: Final = (
    ("equality", "Equality", "Cydraddoldeb"),
    ("eradicating-stigma", "Eradicating stigma", "Dileu stigma"),
    ("working-together", "Working together", "Gweithio gyda’n gilydd"),
    ("inclusive-support", "Inclusive support", "Cefnogaeth gynhwysol"),
    ("fulfilling-ambitions", "Fulfilling ambitions", "Cyflawni uchelgeisiau"),
    ("nurturing", "Nurturing", "Meithrin"),
    ("good-health", "Good health", "Iechyd da"),
    ("a-stable-home", "A stable home", "Cartref sefydlog"),
    ("education", "Education", "Addysg"),
    ("thriving-in-the-future", "Thriving in the future", "Ffynnu yn y dyfodol"),
    ("after-care-support", "After care support", "Cymorth ar ôl gofal"),
)
_ALL: Final = tuple(
    Principle(name, number, Bilingual(en, cy))
    for number, (name, en, cy) in enumerate(_NAMES, start=1)
)


def principles() -> tuple[Principle, ...]:
    """Return the charter's 11 principles, in its order (a voluntary commitment, not law).

    >>> len(principles()), {p.standing.value for p in principles()}
    (11, {'voluntary'})
    """
    return _ALL

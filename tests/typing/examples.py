"""Usage examples that `mypy --strict` checks, so the public types stay pleasant to use."""

from __future__ import annotations

import datetime as dt

import carewales
from carewales import Authority, Bilingual, Language, Mention


def council_in(key: str, lang: Language) -> str:
    """Look an authority up and read its council's name in one language."""
    found: Authority = carewales.authority(key)
    return found.council.in_(lang)


def mentioned_codes(text: str) -> list[str]:
    """The codes of the authorities a text names."""
    mentions: tuple[Mention, ...] = carewales.find_authorities(text)
    return [m.authority.code for m in mentions]


def region_then(key: str, day: dt.date) -> Bilingual | None:
    """The name of an authority's region on a day, if regions existed then."""
    region = carewales.authority(key).region_on(day)
    return None if region is None else region.name


def headline(day: dt.date) -> str:
    """A bilingual heading with a Welsh date."""
    title = Bilingual("Monitoring letter", "Llythyr monitro")
    return f"{title.both()} — {carewales.format_date(day, 'cy')}"


def catches(key: str) -> str | None:
    """The library's errors are ValueErrors."""
    try:
        return carewales.authority(key).code
    except ValueError:
        return None

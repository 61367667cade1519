"""carewales: a typed, bilingual model of children's social services in Wales.

The public API is re-exported here; see the submodules for details.

>>> import carewales
>>> carewales.authority("Wrecsam").council.en
'Wrexham County Borough Council'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .authorities import (
    Authority,
    AuthorityKind,
    Mention,
    Region,
    RegionMembership,
    authorities,
    authority,
    find_authorities,
)
from .errors import (
    CareWalesError,
    DateRangeError,
    InvalidDateError,
    InvalidTextError,
    UnknownAuthorityError,
    UnsupportedDateError,
)
from .text import Bilingual, BilingualEnum, Language, UnknownLanguageError, format_date

# Names re-exported from submodules that are imported on first use, so that
# `import carewales` stays cheap (the pattern of Scientific Python's SPEC 1).  The
# register of authorities is imported eagerly: its module and its main function
# share the name `authorities`, and only an eager import keeps the function bound.
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        [
            "DocumentError",
            "SCHEMA_VERSION",
            "converter",
            "from_dict",
            "from_json",
            "to_dict",
            "to_json",
        ],
        "serial",
    ),
}

if TYPE_CHECKING:
    from .serial import (
        SCHEMA_VERSION,
        DocumentError,
        converter,
        from_dict,
        from_json,
        to_dict,
        to_json,
    )

    __version__: str
else:

    def __getattr__(name: str) -> object:
        if name == "__version__":
            # Read from the package metadata on first use: importing
            # importlib.metadata costs more than the rest of `import carewales`.
            from importlib.metadata import version

            return version("carewales")
        if name in _LAZY:
            from importlib import import_module

            value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
            globals()[name] = value
            return value
        msg = f"module 'carewales' has no attribute {name!r}"
        raise AttributeError(msg)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "SCHEMA_VERSION",
    "Authority",
    "AuthorityKind",
    "Bilingual",
    "BilingualEnum",
    "CareWalesError",
    "DateRangeError",
    "DocumentError",
    "InvalidDateError",
    "InvalidTextError",
    "Language",
    "Mention",
    "Region",
    "RegionMembership",
    "UnknownAuthorityError",
    "UnknownLanguageError",
    "UnsupportedDateError",
    "__version__",
    "authorities",
    "authority",
    "converter",
    "find_authorities",
    "format_date",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

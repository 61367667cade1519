# ruff: noqa: INP001 (a maintenance script beside the inventories it writes)
"""Write the small intersphinx inventories that docs/conf.py reads, with sphobjinv.

The docs build has no network, so instead of fetching each project's objects.inv,
the docs ship one small inventory per project listing only the targets the docs and
the library's docstrings reference, each with its real public URL.  After the docs
reference a new external name (the nitpicky build says "reference target not
found"), add it below and run, from the repository root:

    python -m pip install sphobjinv
    python docs/_inventories/build_inventories.py

Each row is (name, role, page#anchor); ``$`` in an anchor stands for the name, as in
Sphinx's own inventories.
"""

from __future__ import annotations

from pathlib import Path

import sphobjinv as soi

HERE = Path(__file__).resolve().parent

#: project: (name shown in the inventory, version, rows)
INVENTORIES: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    # https://docs.python.org/3/
    "python": (
        "Python",
        "3",
        [
            ("datetime.date", "class", "library/datetime.html#$"),
            ("pathlib.Path", "class", "library/pathlib.html#$"),
            ("datetime.datetime", "class", "library/datetime.html#$"),
            ("datetime.timedelta", "class", "library/datetime.html#$"),
            ("decimal.Decimal", "class", "library/decimal.html#$"),
            ("fractions.Fraction", "class", "library/fractions.html#$"),
            ("enum.Enum", "class", "library/enum.html#$"),
            ("enum.StrEnum", "class", "library/enum.html#$"),
            ("collections.abc.Callable", "class", "library/collections.abc.html#$"),
            ("collections.abc.Iterable", "class", "library/collections.abc.html#$"),
            ("collections.abc.Iterator", "class", "library/collections.abc.html#$"),
            ("collections.abc.Mapping", "class", "library/collections.abc.html#$"),
            ("collections.abc.Sequence", "class", "library/collections.abc.html#$"),
            ("os.PathLike", "class", "library/os.html#$"),
            ("typing.IO", "class", "library/typing.html#$"),
            ("typing.Self", "data", "library/typing.html#$"),
            ("typing.Final", "data", "library/typing.html#$"),
            ("object", "class", "library/functions.html#$"),
            ("str", "class", "library/stdtypes.html#$"),
            ("bytes", "class", "library/stdtypes.html#$"),
            ("int", "class", "library/functions.html#$"),
            ("float", "class", "library/functions.html#$"),
            ("bool", "class", "library/functions.html#$"),
            ("tuple", "class", "library/stdtypes.html#$"),
            ("list", "class", "library/stdtypes.html#$"),
            ("dict", "class", "library/stdtypes.html#$"),
            ("frozenset", "class", "library/stdtypes.html#$"),
            ("round", "function", "library/functions.html#$"),
            ("None", "data", "library/constants.html#$"),
            ("ValueError", "exception", "library/exceptions.html#$"),
            ("LookupError", "exception", "library/exceptions.html#$"),
            ("TypeError", "exception", "library/exceptions.html#$"),
            ("KeyError", "exception", "library/exceptions.html#$"),
            ("importlib.resources.files", "function", "library/importlib.resources.html#$"),
            ("json", "module", "library/json.html#module-$"),
            ("doctest", "module", "library/doctest.html#module-$"),
        ],
    ),
    # https://www.attrs.org/en/stable/
    "attrs": (
        "attrs",
        "stable",
        [
            ("attrs.evolve", "function", "api.html#$"),
            ("attrs.frozen", "function", "api.html#$"),
            ("attrs.field", "function", "api.html#$"),
            ("attrs.Attribute", "class", "api.html#$"),
        ],
    ),
    # https://catt.rs/en/stable/
    "cattrs": (
        "cattrs",
        "stable",
        [
            ("cattrs", "module", "cattrs.html#module-$"),
            ("cattrs.Converter", "class", "cattrs.html#$"),
            ("cattrs.Converter.register_structure_hook", "method", "cattrs.html#$"),
            ("cattrs.Converter.register_unstructure_hook", "method", "cattrs.html#$"),
            ("cattrs.ClassValidationError", "exception", "cattrs.html#$"),
        ],
    ),
    # https://dateutil.readthedocs.io/en/stable/
    "dateutil": (
        "dateutil",
        "stable",
        [
            ("dateutil.easter.easter", "function", "easter.html#$"),
            ("dateutil.relativedelta.relativedelta", "class", "relativedelta.html#$"),
        ],
    ),
    # https://hypothesis.readthedocs.io/en/latest/
    "hypothesis": (
        "Hypothesis",
        "latest",
        [
            ("hypothesis", "module", "index.html"),
            ("hypothesis.given", "function", "reference/api.html#$"),
            ("hypothesis.strategies.SearchStrategy", "class", "reference/strategies.html#$"),
            ("hypothesis.strategies.composite", "function", "reference/strategies.html#$"),
            ("hypothesis.strategies.DrawFn", "class", "reference/strategies.html#$"),
        ],
    ),
}


def build(project: str, version: str, rows: list[tuple[str, str, str]]) -> soi.Inventory:
    """Return an inventory of *rows* for *project*."""
    inventory = soi.Inventory()
    inventory.project = project
    inventory.version = version
    for name, role, uri in rows:
        inventory.objects.append(
            soi.DataObjStr(name=name, domain="py", role=role, priority="1", uri=uri, dispname="-")
        )
    return inventory


def main() -> None:
    """Write every inventory next to this script."""
    for key, (project, version, rows) in INVENTORIES.items():
        inventory = build(project, version, rows)
        data = soi.compress(inventory.data_file(contract=True))
        soi.writebytes(HERE / f"{key}.inv", data)


if __name__ == "__main__":
    main()

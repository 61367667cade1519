"""The package itself: version, public names, typing marker, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from importlib.resources import files

import pytest

import carewales


class TestPackage:
    def test_version_from_metadata(self):
        """`__version__` is the installed distribution's version."""
        assert carewales.__version__ == version("carewales")

    def test_all_is_sorted_and_complete(self):
        """`__all__` is sorted (constants, classes, functions), names exist, `dir()` has them."""
        kinds = [(not n.isupper(), not n[:1].isupper(), n) for n in carewales.__all__]
        assert kinds == sorted(kinds)
        for name in carewales.__all__:
            assert getattr(carewales, name) is not None
        assert set(carewales.__all__) <= set(dir(carewales))

    def test_unknown_attribute(self):
        """An unknown attribute is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no attribute 'nope'"):
            _ = carewales.nope  # type: ignore[attr-defined]

    def test_py_typed_ships(self):
        """The PEP 561 marker ships with the package."""
        assert files("carewales").joinpath("py.typed").is_file()

    def test_authorities_is_the_module(self):
        """`carewales.authorities` is the module; the function is `all_authorities`."""
        code = (
            "import carewales, types\n"
            "assert isinstance(carewales.authorities, types.ModuleType)\n"
            "assert carewales.authorities.Authority is carewales.Authority\n"
            "assert len(carewales.all_authorities()) == 22\n"
        )
        subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)

    def test_calling_the_module_is_deprecated(self):
        """Calling `carewales.authorities()` as in 0.1 still works, with a DeprecationWarning."""
        with pytest.warns(DeprecationWarning, match="all_authorities"):
            items = carewales.authorities()  # type: ignore[operator]
        assert items == carewales.all_authorities()

    def test_no_leaked_names(self):
        """Every public name in the namespace is exported or is a submodule."""
        import types

        leaked = [
            name
            for name, value in vars(carewales).items()
            if not name.startswith("_")
            and name not in carewales.__all__
            and not isinstance(value, types.ModuleType)
        ]
        assert not leaked

    def test_lazy_names_load_on_first_use(self, monkeypatch):
        """A lazily exported name imports its submodule on first access and is then bound."""
        monkeypatch.setitem(carewales._LAZY, "load_json", "_lazy")
        monkeypatch.delitem(vars(carewales), "load_json", raising=False)
        from carewales._lazy import load_json

        assert carewales.load_json is load_json  # type: ignore[attr-defined]
        assert vars(carewales)["load_json"] is load_json
        monkeypatch.delitem(vars(carewales), "load_json")

    def test_public_submodules_load_on_first_use(self):
        """`import carewales` then `carewales.rates.rate(...)` works, as for any package."""
        code = (
            "import carewales, types\n"
            "for name in ('calendar', 'collaboration', 'deadlines', 'inspections',\n"
            "             'parenting', 'rates', 'serial', 'testing', 'welsh'):\n"
            "    assert isinstance(getattr(carewales, name), types.ModuleType), name\n"
            "assert carewales.rates.rate(9, 100).count == 9\n"
        )
        subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)

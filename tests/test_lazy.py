"""Lazy, thread-safe loading of reference data."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from carewales import _lazy
from carewales._lazy import Lazy, LazyMap, load_json


class TestLazy:
    def test_computes_once_under_contention(self):
        """Many threads asking at once get one value, computed once."""
        calls = []
        barrier = threading.Barrier(8)

        def factory() -> object:
            calls.append(1)
            # Slow enough that the other threads are waiting on the lock meanwhile, so the
            # second check under the lock is exercised.
            time.sleep(0.2)
            return object()

        lazy = Lazy(factory)
        results = []

        def ask() -> None:
            barrier.wait()
            results.append(lazy())

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(calls) == 1
        assert all(r is results[0] for r in results)
        assert lazy.loaded()

    def test_not_loaded_until_asked(self):
        """Nothing is computed before the first call."""
        lazy = Lazy(lambda: 1)
        assert not lazy.loaded()
        assert lazy() == 1

    def test_import_reads_no_data(self):
        """`import carewales` opens no data file; the first lookup does."""
        code = (
            "import sys, carewales\n"
            "a = sys.modules['carewales.authorities']\n"
            "assert not a._REGISTER.loaded()\n"
            "carewales.authority('Powys')\n"
            "assert a._REGISTER.loaded()\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


class TestLazyMap:
    def test_computes_each_key_once_under_contention(self):
        """Many threads asking for one key at once get one value, computed once."""
        calls = []
        barrier = threading.Barrier(8)

        def factory(key: int) -> object:
            calls.append(key)
            time.sleep(0.2)  # the other threads wait on the lock meanwhile
            return object()

        lazy = LazyMap(factory)
        results = []

        def ask() -> None:
            barrier.wait()
            results.append(lazy(7))

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert calls == [7]
        assert all(r is results[0] for r in results)
        assert lazy.loaded(7)
        assert not lazy.loaded(8)
        assert len(lazy) == 1

    def test_keys_are_separate(self):
        """Each key is computed on its own first use."""
        lazy = LazyMap(lambda key: key * 2)
        assert len(lazy) == 0
        assert (lazy(2), lazy(3), lazy(2)) == (4, 6, 4)
        assert len(lazy) == 2


class TestLoadJson:
    def test_reads_from_the_package_folder(self):
        """A data file is read from the package's folder on disk."""
        assert load_json("authorities.json")

    def test_falls_back_to_importlib_resources(self, monkeypatch):
        """When the folder is not on disk (a zip import, say), importlib.resources reads it."""
        expected = load_json("bank_holidays_england_and_wales.json")
        monkeypatch.setattr(_lazy, "_DATA_DIR", "/no/such/folder")
        assert load_json("bank_holidays_england_and_wales.json") == expected

    def test_a_missing_file_is_an_os_error(self, monkeypatch):
        """A file missing from both places raises the OSError that says so."""
        monkeypatch.setattr(_lazy, "_DATA_DIR", "/no/such/folder")
        with pytest.raises(OSError, match=r"no_such_file\.json"):
            load_json("no_such_file.json")

    def test_first_use_does_not_import_importlib_resources(self):
        """Reading data from disk needs no importlib.resources (its imports cost milliseconds)."""
        code = (
            "import sys, carewales\n"
            "carewales.authority('Powys')\n"
            "assert 'importlib.resources' not in sys.modules\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

"""Lazy, thread-safe loading of reference data."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from carewales._lazy import Lazy


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

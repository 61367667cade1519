"""Import-time benchmark: ``import carewales`` and its first use, against its dependencies alone.

Each case runs in a fresh interpreter; the interpreter's own start-up (``python -c pass``)
is subtracted.  Prints the median of ``--repeat`` runs of each case and two ratios to
``attrs + cattrs + dateutil``:

* ``import carewales`` (target, issue 2: at most 1.5x);
* first use: import, one authority lookup and one working-day sum (target, issue 13: at
  most 1.3x).

The cases are interleaved, so a busy machine's slow patch does not favour one of them.
Byte-code is cached (in a folder of the temporary directory, for carewales and its
dependencies alike) even where ``PYTHONDONTWRITEBYTECODE`` is set, as it is for an
installed package; otherwise every run would time compiling carewales' source.

Run: python benchmarks/bench_import.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASE = "python -c pass"
DEPS = "attrs + cattrs + dateutil"
IMPORT = "import carewales"
FIRST_USE = "first use (import, lookup, working days)"

CASES = {
    BASE: "pass",
    DEPS: "import attrs, cattrs, dateutil.relativedelta, dateutil.easter",
    IMPORT: "import carewales",
    "import carewales, one lookup": "import carewales; carewales.authority('Powys')",
    FIRST_USE: (
        "import datetime, carewales; carewales.authority('Powys');"
        " carewales.add_working_days(datetime.date(2024, 1, 5), 20)"
    ),
}

#: The ratio names ``run()`` returns, with their targets (at most).
TARGETS = {"import carewales / dependencies": 1.5, "first use / dependencies": 1.3}


ENV = {
    **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": os.path.join(tempfile.gettempdir(), "carewales-bench-pycache"),  # noqa: PTH118
}


def once(code: str) -> float:
    """Time one fresh interpreter running *code*."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
    return time.perf_counter() - start


def medians(repeat: int) -> dict[str, float]:
    """Return each case's median time in seconds over *repeat* interleaved runs."""
    for code in CASES.values():
        once(code)  # warm the file-system cache and byte-code
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(repeat):
        for name, code in CASES.items():
            times[name].append(once(code))
    return {name: statistics.median(values) for name, values in times.items()}


def ratios(found: dict[str, float]) -> dict[str, float]:
    """Turn the medians into the two ratios, each net of the interpreter's start-up."""
    base = found[BASE]
    deps = found[DEPS] - base
    return {
        "import carewales / dependencies": (found[IMPORT] - base) / deps,
        "first use / dependencies": (found[FIRST_USE] - base) / deps,
    }


def run(repeat: int = 21) -> dict[str, float]:
    """Run the benchmark quietly and return its ratios (for benchmarks/run_all.py)."""
    return ratios(medians(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    found = medians(args.repeat)
    base = found[BASE]
    deps = found[DEPS] - base
    print(f"{'case':<42} {'median ms':>10} {'net ms':>8} {'ratio':>6}")
    for name, value in found.items():
        net = value - base
        ratio = f"{net / deps:6.2f}" if name != BASE else "     -"
        print(f"{name:<42} {value * 1000:10.1f} {net * 1000:8.1f} {ratio}")
    print()
    for name, value in ratios(found).items():
        print(f"{name}: {value:.2f}x (target <= {TARGETS[name]}x)")


if __name__ == "__main__":
    main()

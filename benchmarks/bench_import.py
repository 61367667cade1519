"""Import-time benchmark: ``import carewales`` against importing its dependencies alone.

Each import runs in a fresh interpreter; the interpreter's own start-up (``python -c pass``)
is subtracted.  Prints the median of ``--repeat`` runs and the ratio.  Target (issue 2):
``carewales`` at most 1.5x ``attrs + cattrs + dateutil``.

Run: python benchmarks/bench_import.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASES = {
    "python -c pass": "pass",
    "attrs + cattrs + dateutil": "import attrs, cattrs, dateutil.relativedelta, dateutil.easter",
    "carewales": "import carewales",
    "carewales + first lookup": "import carewales; carewales.authority('Powys')",
}


def once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    medians = {}
    for name, code in CASES.items():
        once(code)  # warm the file-system cache and byte-code
        medians[name] = statistics.median(once(code) for _ in range(args.repeat))
    base = medians["python -c pass"]
    deps = medians["attrs + cattrs + dateutil"] - base
    print(f"{'case':<28} {'median ms':>10} {'net ms':>8} {'ratio':>6}")
    for name, value in medians.items():
        net = value - base
        ratio = f"{net / deps:6.2f}" if name != "python -c pass" else "     -"
        print(f"{name:<28} {value * 1000:10.1f} {net * 1000:8.1f} {ratio}")
    ratio = (medians["carewales"] - base) / deps
    print(f"\ncarewales / dependencies: {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()

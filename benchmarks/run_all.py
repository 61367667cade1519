"""Every ratio the issues set a target for, side by side, from one run.

Each benchmark module exposes ``run() -> dict[str, float]`` returning its ratios;
this script runs them in turn and prints each ratio beside its target.

Run: python -m pip install -e ".[bench]" && python benchmarks/run_all.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

#: module, ratio name, target, whether the ratio must be at least (True) or at most (False) it
TARGETS: list[tuple[str, str, float, bool]] = []


def main() -> None:
    modules = ["bench_finder", "bench_documents", "bench_import", "bench_working_days"]
    rows: list[tuple[str, str, float]] = []
    for name in modules:
        module = importlib.import_module(name)
        print(f"running {name} ...", file=sys.stderr, flush=True)
        for key, value in module.run().items():
            rows.append((name, key, value))
    width = max(len(key) for _, key, _ in rows)
    print(f"{'benchmark':<20} {'ratio':<{width}} {'value':>8}")
    for name, key, value in rows:
        print(f"{name:<20} {key:<{width}} {value:8.2f}")


if __name__ == "__main__":
    main()

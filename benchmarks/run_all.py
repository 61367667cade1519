"""Every ratio the issues set a target for, side by side, from one run.

Each benchmark module exposes ``run() -> dict[str, float]`` returning its ratios; this
script runs them in turn and prints each ratio beside its target and whether it holds:

* finder throughput against one compiled regex of all names (at least 0.5) and its growth
  from 0.1 MB to 1.6 MB (at most 20x), issue 13;
* ``from_json`` / ``json.loads`` and ``to_json`` / ``json.dumps`` on the bundled
  inspections (at most 3.0 each), issue 13;
* ``import carewales`` and first use against importing the dependencies alone (at most 1.5
  and 1.3), issue 13;
* working days on numpy arrays against ``numpy.busday_offset`` (at most 1.0), issue 15;
* caseload deadlines and measures: cost per event flat from 10 thousand to 1 million events
  (at most 1.5x) and 1 million events in under 30 s, issue 15.

Run: python -m pip install -e ".[bench]" && python benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

#: For each ratio (by the end of its name): the target, and whether it is a floor.
TARGETS: list[tuple[str, float, bool]] = [
    ("/ regex throughput, 0.1 MB", 0.5, True),
    ("/ regex throughput, 0.4 MB", 0.5, True),
    ("/ regex throughput, 1.6 MB", 0.5, True),
    ("/ regex throughput, 16 files", 0.5, True),
    ("growth 0.1 -> 1.6 MB", 20.0, False),
    ("from_json / json.loads", 3.0, False),
    ("to_json / json.dumps", 3.0, False),
    ("import carewales / dependencies", 1.5, False),
    ("first use / dependencies", 1.3, False),
    ("arrays / numpy.busday_offset", 1.0, False),
    ("arrays / numpy.busday_count", 1.0, False),
    ("cost per event, largest/smallest", 1.5, False),
    ("seconds, largest size", 30.0, False),
]


def target(name: str) -> tuple[float, bool] | None:
    """The target of the ratio called *name*, if the issues set one."""
    for end, value, floor in TARGETS:
        if name.endswith(end):
            return value, floor
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="caseloads up to 100 thousand events only"
    )
    args = parser.parse_args()
    runs = {
        "bench_finder": {},
        "bench_documents": {},
        "bench_import": {},
        "bench_working_days": {},
        "bench_caseloads": {
            "sizes": (10_000, 100_000) if args.quick else (10_000, 100_000, 1_000_000)
        },
    }
    rows: list[tuple[str, str, float]] = []
    for name, options in runs.items():
        print(f"running {name} ...", file=sys.stderr, flush=True)
        module = importlib.import_module(name)
        rows.extend((name, key, value) for key, value in module.run(**options).items())
    width = max(len(key) for _, key, _ in rows)
    print(f"\n{'benchmark':<20} {'ratio':<{width}} {'value':>8}  target")
    failed = 0
    for name, key, value in rows:
        goal = target(key)
        verdict = ""
        if goal is not None:
            limit, floor = goal
            holds = value >= limit if floor else value <= limit
            failed += not holds
            verdict = f"{'>=' if floor else '<='} {limit:g}  {'ok' if holds else 'MISSED'}"
        print(f"{name:<20} {key:<{width}} {value:8.2f}  {verdict}")
    print(f"\n{failed} target(s) missed" if failed else "\nevery target met")


if __name__ == "__main__":
    main()

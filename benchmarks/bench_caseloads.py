"""Caseloads at scale: deadlines and measures for 10 thousand to 1 million synthetic events.

Each size runs in a fresh interpreter, so its peak memory is its own; a small size
is timed several times (at least 300,000 events in all, at most 10 runs) and the best
run kept, so that the comparison of sizes is not one busy moment's.  Times are CPU
time of the one process ("on one core"), as the finder's benchmark measures: wall-clock
time swung with the rest of the machine's load.  For each
size the script prints the time to compute every deadline (``deadlines``) and
every measure (``measure_results``), the cost per event, and the peak memory.
Targets (issue 15): cost per event flat across sizes (the largest at most 1.5x
the smallest) and 1 million events processed in under 30 s on one core.

Run: python benchmarks/bench_caseloads.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

#: Synthetic children make about 8.5 events each.
EVENTS_PER_CHILD = 8.5

_CHILD = (
    r"""
import datetime as dt, gc, json, resource, sys, time
from carewales.caseloads import deadlines, measure_results, synthetic_events
size = int(sys.argv[1])
children = max(1, round(size / {per}))
events = list(synthetic_events(children, seed=1, start=dt.date(2020, 1, 1), days=730))
timings = []
for _ in range(int(sys.argv[2])):
    gc.collect()
    start = time.process_time()
    table = deadlines(events, dt.date(2022, 3, 31))
    middle = time.process_time()
    results = measure_results(events, 2018)
    end = time.process_time()
    timings.append((middle - start, end - middle))
    del table, results
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
rows = len(deadlines(events, dt.date(2022, 3, 31)))
print(json.dumps({{"events": len(events), "rows": rows, "deadlines": min(t[0] for t in timings),
                  "measures": min(t[1] for t in timings), "peak_mb": peak}}))
""".replace("{per}", str(EVENTS_PER_CHILD))
    .replace("{{", "{")
    .replace("}}", "}")
)


#: Events processed at least, per size: a small size is timed several times, the best kept,
#: so that one busy moment of the machine does not weigh on it alone.
EVENTS_TIMED = 300_000
#: The most times one size is timed.
MOST_REPEATS = 10


def measure(size: int) -> dict[str, float]:
    """Time one size in a fresh interpreter: the best of a few runs for small sizes."""
    repeats = max(1, min(MOST_REPEATS, EVENTS_TIMED // size))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(size), str(repeats)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def run(sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)) -> dict[str, float]:
    """Print the table and return the ratios: per-event flatness and the largest size's seconds."""
    found = {size: measure(size) for size in sizes}
    heads = ("events", "rows", "deadlines s", "measures s", "µs/event", "peak MB")
    widths = (10, 10, 12, 11, 9, 8)
    print(" ".join(f"{head:>{width}}" for head, width in zip(heads, widths, strict=True)))
    costs = []
    for item in found.values():
        total = item["deadlines"] + item["measures"]
        cost = total / item["events"] * 1e6
        costs.append(cost)
        print(
            f"{item['events']:>10,.0f} {item['rows']:>10,.0f} {item['deadlines']:>12.2f} "
            f"{item['measures']:>11.2f} {cost:>9.2f} {item['peak_mb']:>8.0f}"
        )
    largest = found[max(sizes)]
    seconds = largest["deadlines"] + largest["measures"]
    flat = max(costs) / min(costs)
    print(f"\ncost per event, largest / smallest: {flat:.2f}x (target <= 1.5x)")
    print(f"{largest['events']:,.0f} events: {seconds:.1f} s (target < 30 s for 1 million)")
    return {
        "caseload cost per event, largest/smallest": flat,
        "caseload seconds, largest size": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    run(tuple(args.sizes))


if __name__ == "__main__":
    main()

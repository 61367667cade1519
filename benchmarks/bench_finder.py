"""Finder benchmark: ``find_authorities`` against one compiled regular expression of all the names.

The text is the seed texts (mixed Welsh and English) repeated to 0.1, 0.4 and 1.6 MB
(million characters).  The baseline is ONE compiled regular expression of every name
the finder knows (English and Welsh names, their mutated forms, and the GSS codes),
longest first, case-insensitive, run with ``re.finditer`` over the same text: the
pure-Python limit for a scan (issue 13).  Each time is the best processor time of
``--repeat`` interleaved runs.

Prints, for each size, the time of each and the finder's throughput as a fraction of
the baseline's (target: at least 0.5), the finder's growth from 0.1 MB to 1.6 MB
(target: at most 20x for 16x the text), and the throughput of
``find_authorities_in`` over the 1.6 MB text as 16 files of 0.1 MB.

Run: python benchmarks/bench_finder.py [--repeat N] [--seeds DIR]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import carewales
from carewales.authorities import _names
from carewales.text import Language

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
SIZES = {"0.1 MB": 100_000, "0.4 MB": 400_000, "1.6 MB": 1_600_000}
#: The ratio names ``run()`` returns, with their targets and whether each is a floor.
TARGETS = {
    "finder / regex throughput, 0.1 MB": (0.5, True),
    "finder / regex throughput, 0.4 MB": (0.5, True),
    "finder / regex throughput, 1.6 MB": (0.5, True),
    "finder growth 0.1 -> 1.6 MB": (20.0, False),
    "find_authorities_in / regex throughput, 16 files": (0.5, True),
}


def corpus(seeds: Path, size: int) -> str:
    """The seed texts, joined by blank lines and repeated to *size* characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        texts = [carewales.authorities.__doc__ or ""]
    whole = "\n\n".join(texts) + "\n\n"
    return (whole * (size // len(whole) + 1))[:size]


def baseline() -> re.Pattern[str]:
    """One compiled regular expression of every name, its mutated forms, and the codes."""
    names: set[str] = set()
    for item in carewales.all_authorities():
        english = (item.code, *item.names(Language.EN))
        names.update(_names(item.names(Language.CY), english))
    alternatives = sorted(names, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives)), re.IGNORECASE)


def best(function: Callable[[], object], repeat: int) -> float:
    """The best processor time of *repeat* calls of *function*, in seconds.

    Processor time, not wall-clock time: on a busy machine a long run is more often
    interrupted than a short one, which would make the finder's growth look worse
    than it is.
    """
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def measure(repeat: int = 3, seeds: Path = SEEDS) -> tuple[dict[str, float], dict[str, float]]:
    """Return the times (seconds) of every case, and the ratios with their target names."""
    pattern = baseline()
    carewales.find_authorities("Powys")  # build the finder once, outside the timings
    times: dict[str, float] = {}
    texts = {label: corpus(seeds, size) for label, size in SIZES.items()}
    for label in SIZES:
        times[f"regex, {label}"] = times[f"finder, {label}"] = float("inf")
    # Interleaved rounds, the best of each case: a busy machine's slow patch favours none.
    for _ in range(repeat):
        for label, text in texts.items():
            regex = best(partial(_count, pattern, text), 1)
            finder = best(partial(carewales.find_authorities, text), 1)
            times[f"regex, {label}"] = min(times[f"regex, {label}"], regex)
            times[f"finder, {label}"] = min(times[f"finder, {label}"], finder)
    with tempfile.TemporaryDirectory() as folder:
        part = corpus(seeds, SIZES["0.1 MB"])
        paths = []
        for index in range(16):
            path = Path(folder, f"{index:02}.txt")
            path.write_text(part, encoding="utf-8", newline="")
            paths.append(path)

        def scan() -> int:
            return sum(1 for _ in carewales.authorities.find_authorities_in(paths))

        times["find_authorities_in, 16 files"] = best(scan, repeat)
    ratios = {
        f"finder / regex throughput, {label}": times[f"regex, {label}"] / times[f"finder, {label}"]
        for label in SIZES
    }
    ratios["finder growth 0.1 -> 1.6 MB"] = times["finder, 1.6 MB"] / times["finder, 0.1 MB"]
    ratios["find_authorities_in / regex throughput, 16 files"] = (
        times["regex, 1.6 MB"] / times["find_authorities_in, 16 files"]
    )
    return times, ratios


def run(repeat: int = 3) -> dict[str, float]:
    """Run the benchmark quietly and return its ratios (for benchmarks/run_all.py)."""
    return measure(repeat)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    times, ratios = measure(args.repeat, args.seeds)
    print(f"{'case':<34} {'best ms':>9} {'MB/s':>7}")
    for name, value in times.items():
        size = SIZES.get(name.rpartition(", ")[2], SIZES["1.6 MB"])
        print(f"{name:<34} {value * 1000:9.1f} {size / value / 1e6:7.2f}")
    print()
    for name, value in ratios.items():
        target, floor = TARGETS[name]
        rule = ">=" if floor else "<="
        print(f"{name}: {value:.2f}x (target {rule} {target}x)")


if __name__ == "__main__":
    main()

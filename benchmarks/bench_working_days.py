"""Time ``carewales.add_working_days`` against numpy's ``busday_offset`` and workalendar.

Run it as a script (it is not a test)::

    python benchmarks/bench_working_days.py [--pairs 100000] [--seed 2024]

``run()`` returns the ratios with a target (for benchmarks/run_all.py).

It draws random (date, n) pairs with start dates from 1975 to 2095 and n from
-260 to 260 (n != 0), then times, side by side:

* ``carewales.calendar.add_working_days`` called once per pair;
* ``numpy.busday_offset`` called once per pair, with a ``busdaycalendar`` holding
  the same England-and-Wales bank holidays (inputs converted to ``datetime64``
  beforehand, which favours numpy);
* ``numpy.busday_offset`` called once on the whole array;
* carewales' own functions called once on the whole arrays (``datetime64[D]`` dates
  and int64 counts), against one ``numpy.busday_offset(..., roll="forward")`` call
  and one ``numpy.busday_count`` call on the same arrays with the same holidays
  (issue 15: a ratio of at most 1.0);
* workalendar's ``add_working_days`` (with the same holidays, and with its own
  ``UnitedKingdom`` calendar), on a subset because it walks day by day.

Matching the semantics: ours returns the n-th working day strictly after the
start (strictly before, for negative n).  numpy rolls a non-business start day
first, so ``roll="backward"`` matches ours for n > 0 and ``roll="forward"`` for
n < 0; every answer is checked against ours before any time is reported.

Finally it times n = 1 against n = 10,000 to show that our cost does not grow
with n.  Needs the ``bench`` extra (numpy; workalendar is optional).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

import numpy as np

from carewales.calendar import add_working_days, bank_holidays, working_days_between

FIRST, LAST = dt.date(1975, 1, 1), dt.date(2095, 12, 31)
WORKALENDAR_PAIRS = 2_000
K = TypeVar("K")


def best_of(repeats: int, runs: Mapping[K, Callable[[], object]]) -> dict[K, float]:
    """Time each of *runs* *repeats* times, interleaved, and return each one's fastest.

    Interleaving keeps a busy machine's slow patches from favouring one method.
    """
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeats):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


Pairs = tuple[list[dt.date], list[int]]


def random_pairs(count: int, rng: random.Random) -> Pairs:
    span = (LAST - FIRST).days
    days = [FIRST + dt.timedelta(days=rng.randrange(span)) for _ in range(count)]
    counts = [rng.choice((-1, 1)) * rng.randint(1, 260) for _ in range(count)]
    return days, counts


def numpy_calendar() -> np.busdaycalendar:
    holidays = [h.date for year in range(1971, 2101) for h in bank_holidays(year)]
    return np.busdaycalendar(weekmask="1111100", holidays=np.array(holidays, dtype="datetime64[D]"))


def numpy_vector(days64: np.ndarray, counts: np.ndarray, cal: np.busdaycalendar) -> np.ndarray:
    out = np.empty_like(days64)
    forward = counts > 0
    out[forward] = np.busday_offset(
        days64[forward], counts[forward], roll="backward", busdaycal=cal
    )
    out[~forward] = np.busday_offset(
        days64[~forward], counts[~forward], roll="forward", busdaycal=cal
    )
    return out


def workalendar_calendars() -> list[tuple[str, object]]:
    """Return workalendar calendars to time, or none if it is not installed."""
    try:
        from workalendar.core import SAT, SUN, Calendar
        from workalendar.europe import UnitedKingdom
    except ImportError:
        return []

    class SameHolidays(Calendar):
        """workalendar's engine with our England-and-Wales holidays."""

        WEEKEND_DAYS = (SAT, SUN)

        def get_calendar_holidays(self, year: int) -> list[tuple[dt.date, str]]:
            return [(h.date, h.name.en) for h in bank_holidays(year)]

    return [("same holidays", SameHolidays()), ("its UnitedKingdom", UnitedKingdom())]


def row(label: str, seconds: float, calls: int, ours: float) -> str:
    per_call = seconds / calls * 1e6
    return f"{label:<46} {per_call:>10.3f} µs {per_call / ours:>9.1f}x"


def check_agreement(pairs: Pairs, ours: list[dt.date], cal: np.busdaycalendar) -> None:
    """Stop unless numpy, scalar and vectorised, gives our answers."""
    days, counts = pairs
    vector = numpy_vector(np.array(days, dtype="datetime64[D]"), np.array(counts), cal)
    if vector.astype(dt.date).tolist() != ours:
        msg = "numpy (vectorised) disagrees with carewales"
        raise SystemExit(msg)
    for i in range(0, len(days), max(1, len(days) // 2_000)):
        roll = "backward" if counts[i] > 0 else "forward"
        got = np.busday_offset(np.datetime64(days[i], "D"), counts[i], roll=roll, busdaycal=cal)
        if got.astype(dt.date) != ours[i]:
            msg = f"numpy (scalar) disagrees with carewales at {days[i]}, {counts[i]}"
            raise SystemExit(msg)


def time_methods(pairs: Pairs, cal: np.busdaycalendar, repeats: int) -> dict[str, float]:
    """Time ours and numpy's, scalar and vectorised, on the same pairs."""
    days, counts = pairs
    days64 = np.array(days, dtype="datetime64[D]")
    counts64 = np.array(counts, dtype=np.int64)
    scalars = [np.datetime64(day, "D") for day in days]
    rolls = ["backward" if n > 0 else "forward" for n in counts]

    def run_ours() -> None:
        for day, n in zip(days, counts, strict=True):
            add_working_days(day, n)

    def run_numpy_scalar() -> None:
        for day, n, roll in zip(scalars, counts, rolls, strict=True):
            np.busday_offset(day, n, roll=roll, busdaycal=cal)

    def run_numpy_dates() -> None:
        for day, n, roll in zip(days, counts, rolls, strict=True):
            np.busday_offset(day, n, roll=roll, busdaycal=cal).astype(dt.date)

    return best_of(
        repeats,
        {
            "carewales add_working_days (scalar)": run_ours,
            "numpy.busday_offset, one call per pair": run_numpy_scalar,
            "  the same, taking and giving datetime.date": run_numpy_dates,
            "numpy.busday_offset, vectorised (per element)": lambda: numpy_vector(
                days64, counts64, cal
            ),
        },
    )


def time_vectorised(pairs: Pairs, cal: np.busdaycalendar, repeats: int) -> dict[str, float]:
    """Time carewales on whole arrays against numpy's own array functions, same arrays."""
    days, counts = pairs
    days64 = np.array(days, dtype="datetime64[D]")
    counts64 = np.array(counts, dtype=np.int64)
    ends64 = np.array(add_working_days(days64, counts64))
    expected = [add_working_days(day, n) for day, n in zip(days, counts, strict=True)]
    if ends64.astype(dt.date).tolist() != expected:
        msg = "carewales on arrays disagrees with carewales on scalars"
        raise SystemExit(msg)
    return best_of(
        repeats,
        {
            "carewales add_working_days (arrays)": lambda: add_working_days(days64, counts64),
            "numpy.busday_offset(roll='forward')": lambda: np.busday_offset(
                days64, counts64, roll="forward", busdaycal=cal
            ),
            "carewales working_days_between (arrays)": lambda: working_days_between(days64, ends64),
            "numpy.busday_count": lambda: np.busday_count(days64, ends64, busdaycal=cal),
        },
    )


def vector_ratios(times: dict[str, float]) -> dict[str, float]:
    """Ours over numpy's, on the same arrays (target: at most 1.0)."""
    return {
        "add_working_days arrays / numpy.busday_offset": (
            times["carewales add_working_days (arrays)"]
            / times["numpy.busday_offset(roll='forward')"]
        ),
        "working_days_between arrays / numpy.busday_count": (
            times["carewales working_days_between (arrays)"] / times["numpy.busday_count"]
        ),
    }


def time_workalendar(pairs: Pairs, ours: list[dt.date], ours_us: float) -> None:
    """Time workalendar on a subset (it walks day by day), or say it is not installed."""
    subset = list(zip(*pairs, strict=True))[:WORKALENDAR_PAIRS]
    calendars = workalendar_calendars()
    if not calendars:
        print("workalendar: not installed; skipped (pip install workalendar)")
    for label, calendar in calendars:
        add = calendar.add_working_days  # type: ignore[attr-defined]
        answers = [add(day, n) for day, n in subset]
        agree = sum(a == b for a, b in zip(answers, ours, strict=False))
        seconds = best_of(1, {label: lambda add=add: [add(d, n) for d, n in subset]})[label]
        print(row(f"workalendar ({label}), {len(subset):,} pairs", seconds, len(subset), ours_us))
        print(f"{'':<46} agrees with carewales on {agree:,} of {len(subset):,}")


def time_flatness(count: int, rng: random.Random, repeats: int) -> dict[int, float]:
    """Time n = 1 against n = 10,000 from the same start dates."""
    span = (dt.date(2055, 1, 1) - FIRST).days
    starts = [FIRST + dt.timedelta(days=rng.randrange(span)) for _ in range(count)]
    return best_of(
        repeats,
        {n: lambda n=n: [add_working_days(day, n) for day in starts] for n in (1, 10_000)},
    )


def first_calls() -> tuple[float, float]:
    """Time the first call (one year's table) and the build of the whole range's table."""
    start = time.perf_counter()
    add_working_days(dt.date(2000, 1, 3), 1)  # builds the tables of 2000 only
    first = time.perf_counter() - start
    start = time.perf_counter()
    add_working_days(dt.date(2000, 1, 3), 5_000)  # far: builds the whole range's table
    return first, time.perf_counter() - start


def run(pairs: int = 100_000, seed: int = 2024, repeats: int = 5) -> dict[str, float]:
    """Run the benchmark quietly and return its ratios (for benchmarks/run_all.py)."""
    rng = random.Random(seed)
    drawn = random_pairs(pairs, rng)
    cal = numpy_calendar()
    ours = [add_working_days(day, n) for day, n in zip(*drawn, strict=True)]
    check_agreement(drawn, ours, cal)
    times = time_methods(drawn, cal, repeats)
    flat = time_flatness(pairs, rng, repeats)
    return {
        **vector_ratios(time_vectorised(drawn, cal, repeats)),
        "numpy scalar / carewales scalar": (
            times["numpy.busday_offset, one call per pair"]
            / times["carewales add_working_days (scalar)"]
        ),
        "scalar n = 10,000 / n = 1": flat[10_000] / flat[1],
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pairs = random_pairs(args.pairs, rng)

    first, build = first_calls()
    cal = numpy_calendar()
    ours = [add_working_days(day, n) for day, n in zip(*pairs, strict=True)]
    check_agreement(pairs, ours, cal)  # before any time is reported

    times = time_methods(pairs, cal, args.repeats)
    ours_s = times["carewales add_working_days (scalar)"]
    ours_us = ours_s / args.pairs * 1e6
    print(f"{args.pairs:,} random (date, n) pairs, dates 1975–2095, n in ±1..260")
    print(f"first call (builds one year's tables): {first * 1e3:.2f} ms")
    print(
        f"first far call (builds the whole range's table, once per calendar): {build * 1e3:.1f} ms"
    )
    print(f"{'method':<46} {'per call':>13} {'vs ours':>10}")
    for label, seconds in times.items():
        print(row(label, seconds, args.pairs, ours_us))
    time_workalendar(pairs, ours, ours_us)
    scalar_s = times["numpy.busday_offset, one call per pair"]
    print(f"numpy scalar / carewales: {scalar_s / ours_s:.1f}x (target: at least 4x)")
    flat = time_flatness(args.pairs, rng, args.repeats)
    for n, seconds in flat.items():
        print(f"carewales, n = {n:>6,}: {seconds / args.pairs * 1e6:.3f} µs per call")
    print(f"n = 10,000 / n = 1: {flat[10_000] / flat[1]:.2f} (target: within 1.5)")
    vector = time_vectorised(pairs, cal, args.repeats)
    print(f"\nthe same {args.pairs:,} pairs as arrays, one call each")
    for label, seconds in vector.items():
        print(f"{label:<46} {seconds / args.pairs * 1e9:>10.2f} ns per item")
    for label, ratio in vector_ratios(vector).items():
        print(f"{label}: {ratio:.2f}x (target: at most 1.0)")


if __name__ == "__main__":
    main()

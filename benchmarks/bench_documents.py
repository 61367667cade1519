"""Reading and writing documents against the standard library's json (issue 13, item 3).

For each bundled inspection (``carewales.inspections.examples()``) and a reference
inspection with 20 findings, 10 priorities and a 30-action improvement plan:

* ``from_json`` / ``json.loads``: reading the document into its model, against parsing
  the same text into plain data (target: at most 3.0);
* ``to_json`` / ``json.dumps``: writing the model, against writing the same plain data
  (``ensure_ascii=False``, as ``to_json`` writes; target: at most 3.0).

Each pair is timed in turn, over many rounds, with :mod:`timeit` (garbage collection
off, as timeit has it) and the CPU time of this process (so a busy machine's other
work is not counted); the best round of each is kept.

Run: python benchmarks/bench_documents.py [--number N] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import timeit
from collections.abc import Callable
from importlib.resources import files

import carewales
from carewales import Bilingual, authority
from carewales.inspections import (
    Action,
    ActivityKind,
    DateRange,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    Inspectorate,
    Judgement,
    Priority,
    Reference,
    ServiceArea,
    Theme,
    examples,
)

#: The ratio names run() returns end with one of these; each has a target of at most 3.0.
TARGETS = {"from_json / json.loads": 3.0, "to_json / json.dumps": 3.0}
REFERENCE = "reference (20 findings, 10 priorities, 30 actions)"


def reference_document() -> str:
    """The reference inspection of issue 4, as JSON text."""
    text = Bilingual("A finding written at the length of a real one, in English.", "Canfyddiad.")
    item = Inspection(
        id="bench-2024",
        authority=authority("Powys"),
        inspectorate=Inspectorate.CIW,
        kind=ActivityKind.PERFORMANCE_EVALUATION_INSPECTION,
        service_area=ServiceArea.CHILDREN,
        fieldwork=DateRange(dt.date(2024, 3, 4), dt.date(2024, 3, 8)),
        published=dt.date(2024, 5, 1),
        summary=(text,),
        judgement=Judgement(Bilingual("good", "da")),
        findings=tuple(
            Finding(text, list(FindingKind)[n % 4], list(Theme)[n % 7]) for n in range(20)
        ),
        priorities=tuple(
            Priority(f"P{n}", text, Theme.SAFEGUARDING, "Head of service", dt.date(2024, 9, 1))
            for n in range(10)
        ),
        next_steps=(text,),
        improvement_plan=ImprovementPlan(
            20,
            dt.date(2024, 5, 20),
            tuple(
                Action(f"P{n % 10}", text, "Team manager", dt.date(2024, 7, 1)) for n in range(30)
            ),
        ),
        follows=(Reference(ActivityKind.INSPECTION, DateRange.month(2022, 10)),),
    )
    return carewales.to_json(item)


def documents() -> dict[str, str]:
    """Every document measured, by name: the bundled inspections as shipped, and the reference."""
    folder = files("carewales").joinpath("data", "examples")
    found = {name: folder.joinpath(f"{name}.json").read_text("utf-8") for name in examples()}
    found[REFERENCE] = reference_document()
    return found


def _pair(
    ours: Callable[[], object], theirs: Callable[[], object], number: int, repeat: int
) -> float:
    """The ratio of the best times of *ours* and *theirs*, timed in turn."""
    best_ours = best_theirs = float("inf")
    for _ in range(repeat):
        best_ours = min(best_ours, timeit.Timer(ours, timer=time.process_time).timeit(number))
        best_theirs = min(best_theirs, timeit.Timer(theirs, timer=time.process_time).timeit(number))
    return best_ours / best_theirs


def run(number: int = 100, repeat: int = 40) -> dict[str, float]:
    """Return every ratio, named ``"<document>: from_json / json.loads"`` and so on."""
    ratios: dict[str, float] = {}
    for name, text in documents().items():
        item = carewales.from_json(text, Inspection)
        data = json.loads(text)
        # The two sides do the same work: the same text read, the same text written.
        assert carewales.to_dict(item) == data
        assert carewales.to_json(item) == json.dumps(data, ensure_ascii=False)
        ratios[f"{name}: from_json / json.loads"] = _pair(
            lambda text=text: carewales.from_json(text, Inspection),
            lambda text=text: json.loads(text),
            number,
            repeat,
        )
        ratios[f"{name}: to_json / json.dumps"] = _pair(
            lambda item=item: carewales.to_json(item),
            lambda data=data: json.dumps(data, ensure_ascii=False),
            number,
            repeat,
        )
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--number", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    sizes = {name: len(text.encode()) for name, text in documents().items()}
    for key, value in run(args.number, args.repeat).items():
        name, _, ratio = key.partition(": ")
        target = TARGETS[ratio]
        verdict = "ok" if value <= target else "OVER"
        print(
            f"{name} ({sizes[name]:,} bytes)  {ratio}: {value:.2f}x (target <= {target}) {verdict}"
        )


if __name__ == "__main__":
    main()

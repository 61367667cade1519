"""Load and dump a reference inspection document: carewales against pydantic v2 and msgspec.

The reference document is an inspection with 20 findings, 10 priorities and an
improvement plan with 30 actions (issue 4; ``bench_documents.reference_document``).
Each library reads the same JSON text into its own equivalent model (nested classes,
dates, enums, optional fields) and writes it back.  Target: carewales no slower than
pydantic v2 (ratio <= 1.0).

Run: python -m pip install -e ".[bench]" && python benchmarks/bench_inspections.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
import timeit
from pathlib import Path
from typing import Annotated, Literal

import msgspec
import pydantic

import carewales
from carewales.inspections import ActivityKind, FindingKind, Inspection, Theme

sys.path.insert(0, str(Path(__file__).parent))
from bench_documents import reference_document

# --- the pydantic v2 equivalent ---------------------------------------------------------------

Kind = enum.Enum("Kind", {k.name: k.value for k in ActivityKind}, type=str)  # type: ignore[misc]
FKind = enum.Enum("FKind", {k.name: k.value for k in FindingKind}, type=str)  # type: ignore[misc]
PTheme = enum.Enum("PTheme", {k.name: k.value for k in Theme}, type=str)  # type: ignore[misc]
Code = Annotated[str, pydantic.StringConstraints(pattern=r"^W06\d{6}$")]
Text = Annotated[str, pydantic.StringConstraints(min_length=1, strip_whitespace=True)]


class PModel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True, strict=True)


class PBilingual(PModel):
    en: Text
    cy: Text


class PRange(PModel):
    start: dt.date
    end: dt.date
    precision: Literal["day", "month"] = "day"


class PJudgement(PModel):
    level: PBilingual | None = None
    direction: Literal["improving", "stable", "declining"] | None = None
    direction_text: PBilingual | None = None
    text: PBilingual | None = None


class PFinding(PModel):
    text: PBilingual
    kind: FKind
    theme: PTheme | None = None


class PPriority(PModel):
    id: str
    text: PBilingual
    theme: PTheme | None = None
    owner: str | None = None
    due: dt.date | None = None


class PAction(PModel):
    priority: str
    text: PBilingual
    owner: str | None = None
    due: dt.date | None = None


class PPlan(PModel):
    working_days: int = 20
    submitted: dt.date | None = None
    actions: tuple[PAction, ...] = ()


class PReference(PModel):
    kind: Kind
    when: PRange
    activity_id: str | None = None
    judgement: PJudgement | None = None


class PInspection(PModel):
    schema_version: Literal[1]
    id: str
    authority: Code
    inspectorate: Literal["ciw", "estyn", "hiw", "audit-wales", "hmicfrs", "ofsted"]
    kind: Kind
    service_area: Literal["children", "adults", "both"]
    fieldwork: PRange
    published: dt.date | None = None
    title: PBilingual | None = None
    summary: tuple[PBilingual, ...] = ()
    judgement: PJudgement | None = None
    designation: str | None = None
    ratings: tuple[dict[str, object], ...] = ()
    findings: tuple[PFinding, ...] = ()
    priorities: tuple[PPriority, ...] = ()
    next_steps: tuple[PBilingual, ...] = ()
    improvement_plan: PPlan | None = None
    follows: tuple[PReference, ...] = ()
    planned: tuple[dict[str, object], ...] = ()


# --- the msgspec equivalent ---------------------------------------------------------------------


class MBilingual(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    en: str
    cy: str


class MRange(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    start: dt.date
    end: dt.date
    precision: Literal["day", "month"] = "day"


class MJudgement(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    level: MBilingual | None = None
    direction: Literal["improving", "stable", "declining"] | None = None
    direction_text: MBilingual | None = None
    text: MBilingual | None = None


class MFinding(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    text: MBilingual
    kind: FKind
    theme: PTheme | None = None


class MPriority(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    text: MBilingual
    theme: PTheme | None = None
    owner: str | None = None
    due: dt.date | None = None


class MAction(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    priority: str
    text: MBilingual
    owner: str | None = None
    due: dt.date | None = None


class MPlan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    working_days: int = 20
    submitted: dt.date | None = None
    actions: tuple[MAction, ...] = ()


class MReference(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    kind: Kind
    when: MRange
    activity_id: str | None = None
    judgement: MJudgement | None = None


class MInspection(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    schema_version: Literal[1]
    id: str
    authority: Annotated[str, msgspec.Meta(pattern=r"^W06\d{6}$")]
    inspectorate: Literal["ciw", "estyn", "hiw", "audit-wales", "hmicfrs", "ofsted"]
    kind: Kind
    service_area: Literal["children", "adults", "both"]
    fieldwork: MRange
    published: dt.date | None = None
    title: MBilingual | None = None
    summary: tuple[MBilingual, ...] = ()
    judgement: MJudgement | None = None
    designation: str | None = None
    ratings: tuple[dict[str, str], ...] = ()
    findings: tuple[MFinding, ...] = ()
    priorities: tuple[MPriority, ...] = ()
    next_steps: tuple[MBilingual, ...] = ()
    improvement_plan: MPlan | None = None
    follows: tuple[MReference, ...] = ()
    planned: tuple[dict[str, str], ...] = ()


def best(statement: object, number: int, repeat: int) -> float:
    """The best per-call time, in microseconds."""
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number * 1e6  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--number", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    text = reference_document()
    ours = carewales.from_json(text, Inspection)
    theirs = PInspection.model_validate_json(text)
    mine = msgspec.json.decode(text, type=MInspection)
    # The three must read the same document to the same data.
    assert carewales.to_dict(ours) == theirs.model_dump(mode="json")
    assert json.loads(carewales.to_json(ours)) == json.loads(msgspec.json.encode(mine))

    rows = {
        "carewales": (
            best(lambda: carewales.from_json(text, Inspection), args.number, args.repeat),
            best(lambda: carewales.to_json(ours), args.number, args.repeat),
        ),
        "pydantic v2": (
            best(lambda: PInspection.model_validate_json(text), args.number, args.repeat),
            best(theirs.model_dump_json, args.number, args.repeat),
        ),
        "msgspec": (
            best(lambda: msgspec.json.decode(text, type=MInspection), args.number, args.repeat),
            best(lambda: msgspec.json.encode(mine), args.number, args.repeat),
        ),
    }
    print(f"reference document: {len(text):,} bytes (20 findings, 10 priorities, 30 actions)")
    print(f"{'library':<12} {'load µs':>9} {'dump µs':>9} {'load ratio':>11} {'dump ratio':>11}")
    load_ref, dump_ref = rows["pydantic v2"]
    for name, (load, dump) in rows.items():
        print(f"{name:<12} {load:9.1f} {dump:9.1f} {load / load_ref:11.2f} {dump / dump_ref:11.2f}")
    print("\nratios are against pydantic v2 (target for carewales: <= 1.0 for load and dump)")


if __name__ == "__main__":
    main()

"""Write the JSON Schemas of the document formats into src/carewales/data/schema/.

Run: python scripts/make_schemas.py   (tests fail if the shipped files drift from the models)
"""

import json
from pathlib import Path

from carewales.inspections import Inspection, InspectionHistory
from carewales.serial import json_schema

OUT = Path(__file__).parent.parent / "src" / "carewales" / "data" / "schema"
DOCUMENTS = {"inspection": Inspection, "inspection-history": InspectionHistory}

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, kind in DOCUMENTS.items():
        text = json.dumps(json_schema(kind), indent=1, ensure_ascii=False) + "\n"
        (OUT / f"{name}.schema.json").write_text(text, encoding="utf-8")

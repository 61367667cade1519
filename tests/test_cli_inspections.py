"""The ``carewales inspection`` command."""

from __future__ import annotations

import io
import json

import pytest

from carewales import to_dict
from carewales._cli import main
from carewales.inspections import example


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


class TestInspectionCommand:
    @pytest.mark.parametrize("name", ["wrexham-2021", "powys-2017"])
    def test_examples(self, name):
        """Both bundled examples render in Welsh as text."""
        status, out, _ = run("inspection", "--example", name, "--lang", "cy", "--format", "text")
        assert status == 0
        assert "Canfyddiadau" in out

    def test_file(self, tmp_path):
        """A document on disk is validated and rendered as Markdown by default."""
        path = tmp_path / "wrexham.json"
        path.write_text(json.dumps(to_dict(example("wrexham-2021"))), encoding="utf-8")
        status, out, _ = run("inspection", str(path))
        assert status == 0
        assert out.startswith("# Letter regarding monitoring activity")

    def test_invalid_document(self, tmp_path):
        """An invalid document exits 2 with every problem and its path on stderr."""
        document = to_dict(example("wrexham-2021"))
        document["findings"][0]["kind"] = "strenght"
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        status, out, err = run("inspection", str(path))
        assert status == 2
        assert not out
        assert "$.findings[0].kind: 'strenght' is not one of" in err

    @pytest.mark.parametrize(
        "argv",
        [("inspection",), ("inspection", "/no/such/file.json"), ("inspection", "--example", "x")],
    )
    def test_usage_errors(self, argv):
        """Missing or unreadable input exits 2 with a message."""
        status, _, err = run(*argv)
        assert status == 2
        assert err.startswith("carewales: error:")


class TestInspectionCommand02:
    def test_example_name_ignores_case(self):
        """--example ignores case, as every lookup does, and --format takes the Format values."""
        status, out, _ = run("inspection", "--example", "Powys-2017", "--format", "text")
        assert status == 0
        assert out.rstrip("\n") == example("powys-2017").render(format="text").rstrip("\n")


class TestWelshReadingErrors:
    """Python's English reasons stay out of the Welsh (review W2)."""

    def test_bad_json_says_where_in_welsh(self, tmp_path):
        path = tmp_path / "bad.json"
        path.write_text("not json\n", encoding="utf-8")
        status, _, err = run("--lang", "cy", "inspection", str(path))
        assert status == 2
        assert "$: nid yw’n JSON dilys (llinell 1, colofn 1)" in err
        assert "Expecting" not in err

    def test_missing_file_in_welsh(self, tmp_path):
        path = str(tmp_path / "missing.json")
        status, _, err = run("--lang", "cy", "inspection", path)
        assert status == 2
        assert f"'FFEIL' ({path!r}): ni ellir ei darllen: nid yw’n bodoli." in err
        assert "No such file" not in err

"""The README's examples run, and its two commands are the ones CI and users rely on."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import carewales

README = Path(__file__).resolve().parent.parent / "README.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


class TestReadme:
    def test_examples_run(self):
        """Every Python example in the README runs and prints what it shows."""
        parser = doctest.DocTestParser()
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        for number, block in enumerate(_blocks("pycon")):
            test = parser.get_doctest(block, {"carewales": carewales}, f"README-{number}", None, 0)
            runner.run(test)
        result = runner.summarize(verbose=False)
        assert result.attempted > 0
        assert result.failed == 0

    def test_one_install_command_and_one_test_command(self):
        """The README gives one command to try the package and one, marked, to run the tests."""
        text = README.read_text(encoding="utf-8")
        assert (
            "python -m pip install . && python -m carewales inspection --example wrexham-2021"
            in text
        )
        marked = text.split("<!-- test-command -->\n```console\n", 1)[1].split("\n", 1)[0]
        assert marked == 'python -m pip install -e ".[test]" && python -m coverage run -m pytest'

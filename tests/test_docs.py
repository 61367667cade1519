"""The documentation's promises that can be checked without building it.

Sphinx builds the docs in CI separately (``-n -W`` and the doctest builder); these tests
read the Markdown sources only, so they stay fast:

* every public name (``carewales.__all__`` and each public module's ``__all__``) is
  documented on a reference page, and every name documented there exists;
* every subcommand of the command line has its section in the CLI reference;
* the passages the tutorial quotes from the seed texts are quoted exactly (when
  ``../shared/seeds`` is there; CI must have it);
* the docs never read ``../shared`` themselves.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from pathlib import Path

import pytest

import carewales

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
SEEDS = ROOT.parent / "shared" / "seeds"

# ".. autoclass:: name" (reStructuredText, inside {eval-rst}) and "```{autoclass} name" (MyST).
_DIRECTIVE = re.compile(
    r"^\s*(?:\.\.\s+(?P<rst>[\w:-]+)::|`{3,}\{(?P<myst>[\w:-]+)\})[ \t]*(?P<name>[\w.]*)",
    re.MULTILINE,
)
_MODULE_DIRECTIVES = frozenset({"automodule", "py:module", "py:currentmodule", "currentmodule"})
_OBJECT_DIRECTIVES = frozenset(
    {
        "autoclass",
        "autoexception",
        "autofunction",
        "autodata",
        "autoattribute",
        "automethod",
        "autoproperty",
        "py:class",
        "py:exception",
        "py:function",
        "py:data",
        "py:attribute",
        "py:method",
        "py:property",
    }
)
_SEED_QUOTE = re.compile(r"<!-- seed: (?P<file>[\w.]+) -->\n(?P<quote>(?:>.*\n?)+)")


def public_modules() -> list[str]:
    """The public submodules of carewales: not private, not ``__main__``."""
    return sorted(
        f"carewales.{info.name}"
        for info in pkgutil.iter_modules(carewales.__path__)
        if not info.name.startswith("_")
    )


def documented_names() -> dict[str, Path]:
    """Every object a reference page documents, by full dotted name, with its page."""
    found: dict[str, Path] = {}
    for page in sorted(REFERENCE.glob("*.md")):
        module: str | None = None
        for match in _DIRECTIVE.finditer(page.read_text(encoding="utf-8")):
            directive = match["rst"] or match["myst"]
            name = match["name"]
            if directive in _MODULE_DIRECTIVES:
                module = name
                found.setdefault(name, page)
            elif directive in _OBJECT_DIRECTIVES and name:
                full = (
                    name if name.startswith("carewales.") or module is None else f"{module}.{name}"
                )
                found.setdefault(full, page)
    return found


def _normalise(text: str) -> str:
    return " ".join(text.split())


def seed_quotes() -> list[tuple[Path, str, str]]:
    """``(page, seed file, quoted passage)`` for every marked quotation in the docs."""
    quotes = []
    for page in sorted(DOCS.rglob("*.md")):
        if "_build" in page.parts:
            continue
        for match in _SEED_QUOTE.finditer(page.read_text(encoding="utf-8")):
            lines = [line.removeprefix(">").strip() for line in match["quote"].splitlines()]
            quotes.append((page, match["file"], _normalise(" ".join(lines))))
    return quotes


class TestReference:
    def test_every_public_module_has_a_page(self):
        """Each public module is introduced by an automodule directive on a reference page."""
        documented = documented_names()
        missing = [name for name in public_modules() if name not in documented]
        assert not missing, f"no reference page declares these modules: {missing}"

    def test_every_top_level_name_is_documented(self):
        """Every name in carewales.__all__ is described on a reference page."""
        documented = documented_names()
        missing = [n for n in carewales.__all__ if f"carewales.{n}" not in documented]
        assert not missing, f"add these to docs/reference/carewales.md: {missing}"

    @pytest.mark.parametrize("module", public_modules())
    def test_every_module_name_is_documented(self, module):
        """Every name in a public module's __all__ is documented on a reference page."""
        names = importlib.import_module(module).__all__
        documented = documented_names()
        missing = [n for n in names if f"{module}.{n}" not in documented]
        assert not missing, f"document these in docs/reference/ (module {module}): {missing}"

    def test_every_documented_name_exists(self):
        """No reference page documents a name the library no longer has."""
        stale = []
        for name, page in documented_names().items():
            module, _, attribute = name.rpartition(".")
            try:
                target = importlib.import_module(name)
            except ImportError:
                target = None
            if target is None:
                owner: object = importlib.import_module(module) if module else None
                parts = []
                while owner is None and module:  # a member such as carewales.x.Class.method
                    module, _, head = module.rpartition(".")
                    parts.insert(0, head)
                    try:
                        owner = importlib.import_module(module)
                    except ImportError:
                        owner = None
                for part in [*parts, attribute]:
                    owner = getattr(owner, part, None)
                if owner is None:
                    stale.append(f"{name} ({page.name})")
        assert not stale, f"documented but not in the library: {stale}"

    def test_every_subcommand_has_its_section(self):
        """The CLI reference shows the help of every subcommand the parser has."""
        from carewales._cli import build_parser

        parser = build_parser()
        commands = {
            name
            for action in parser._subparsers._group_actions  # argparse has no public way
            for name in action.choices
        }
        text = (REFERENCE / "cli.md").read_text(encoding="utf-8")
        shown = set(re.findall(r"```\{carewales-cli-help\} ([\w-]+)", text))
        assert commands - shown == set(), f"add to docs/reference/cli.md: {commands - shown}"


class TestSeedQuotes:
    def test_the_tutorial_quotes_every_seed(self):
        """The tutorial quotes each of the five seed texts, marked with its file name."""
        quoted = {seed for page, seed, _ in seed_quotes() if page.name == "tutorial.md"}
        assert len(quoted) == 5, sorted(quoted)

    def test_quotes_match_the_seed_texts(self):
        """Every marked quotation is word for word in its seed text (spacing aside)."""
        if not SEEDS.is_dir():
            if os.environ.get("CI") == "true":
                pytest.fail(f"CI must have the seed texts beside the repository: {SEEDS}")
            pytest.skip(f"the seed texts are not here ({SEEDS})")
        wrong = []
        for page, seed, quote in seed_quotes():
            text = _normalise((SEEDS / seed).read_text(encoding="utf-8"))
            if quote not in text:
                wrong.append(f"{page.relative_to(ROOT)}: {seed}: {quote[:60]}...")
        assert not wrong, wrong

    def test_the_docs_do_not_read_shared(self):
        """Neither the docs nor their build read ../shared: passages are quoted into the pages."""
        readers = [
            path.relative_to(ROOT)
            for path in DOCS.rglob("*")
            if path.suffix in {".md", ".py", ".rst", ".txt", ".yaml"}
            and "_build" not in path.parts
            and "shared/seeds" in path.read_text(encoding="utf-8")
        ]
        assert not readers, readers

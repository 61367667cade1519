# ruff: noqa: INP001 (a Sphinx extension on conf.py's path, not a package)
"""Sphinx directives that build parts of the carewales docs from the library itself.

Nothing here is copied by hand, so nothing here can drift from the code:

``carewales-sources SECTION``
    A table from one of the library's catalogues, each row with its source:
    ``bank-holidays`` and ``bank-holiday-changes`` (:mod:`carewales.calendar`),
    ``timescales`` (:func:`carewales.deadlines.timescales`), ``rating-scales``
    (:func:`carewales.inspections.rating_scales`), ``duties`` and ``entitlements``
    (:mod:`carewales.parenting`).  If the module or catalogue is missing, the build
    stops with an error that names it: a sources page must never be silently empty.

``carewales-command ARGS``
    Runs ``carewales ARGS`` in the build and shows the command with its output, so
    the command-line examples are always what the command prints.  ``:returncode:``
    says which exit status is expected (0 by default); ``:lines:`` keeps only the
    first N lines of a long output.

``carewales-cli-help [SUBCOMMAND]``
    The ``--help`` text of the command line or of one subcommand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import importlib
import inspect
import io
import json
import os
import shlex
from collections.abc import Callable, Iterator, Sequence
from importlib.resources import files
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

Cell = str | nodes.Node
Row = Sequence[Cell]

_HELP_COLUMNS = "88"


# --- building tables -----------------------------------------------------------------------


def _paragraph(cell: Cell) -> nodes.Node:
    """A table cell's body: a node as it is, or text with one line per line break."""
    if isinstance(cell, nodes.Node):
        return cell
    lines = cell.split("\n")
    if len(lines) == 1:
        return nodes.paragraph(cell, cell)
    block = nodes.line_block()
    for line in lines:
        block += nodes.line(line, line)
    return block


def _table(
    title: str, headers: Sequence[str], rows: Sequence[Row], widths: Sequence[int]
) -> nodes.table:
    """Return a docutils table with a caption, a heading row and *rows*."""
    table = nodes.table(classes=["carewales-sources", "longtable"])
    table += nodes.title(title, title)
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    head += _row(headers)
    body = nodes.tbody()
    group += body
    for row in rows:
        body += _row(row)
    return table


def _row(cells: Row) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += _paragraph(cell)
        row += entry
    return row


def _link(text: str, url: str | None, url_cy: str | None = None) -> nodes.Node:
    """Lines of *text*, then a link to *url* and to its Welsh page *url_cy*, where there are."""
    block = nodes.line_block()
    for line in text.split("\n"):
        block += nodes.line(line, line)
    for address, prefix in ((url, ""), (url_cy, "Cymraeg: ")):
        if address:
            last = nodes.line()
            if prefix:
                last += nodes.Text(prefix)
            last += nodes.reference(address, address, refuri=address)
            block += last
    return block


def _both(text: Any) -> str:  # noqa: ANN401 (a carewales Bilingual, imported lazily)
    """English, then Welsh on its own line."""
    return f"{text.en}\n{text.cy}"


def _date(day: dt.date | None, empty: str = "–") -> str:
    return empty if day is None else day.isoformat()


# --- the catalogues ------------------------------------------------------------------------


def _require(module: str, *names: str) -> list[Any]:
    """Return carewales.<module>'s *names*, or stop the build naming what is missing."""
    try:
        loaded = importlib.import_module(f"carewales.{module}")
        return [getattr(loaded, name) for name in names]
    except (ImportError, AttributeError) as error:
        msg = (
            f"carewales-sources: the sources page needs carewales.{module} "
            f"({', '.join(names)}), which cannot be loaded: {error}"
        )
        raise ExtensionError(msg) from error


def _non_empty(what: str, items: Sequence[Any]) -> Sequence[Any]:
    if not items:
        msg = (
            f"carewales-sources: the catalogue of {what} is empty; the sources page would be blank."
        )
        raise ExtensionError(msg)
    return items


def _base_name(name: str, suffix: str) -> str:
    return name.removesuffix(f" {suffix}")


def _bank_holidays() -> list[nodes.Node]:
    bank_holidays, first, last, basis_enum = _require(
        "calendar", "bank_holidays", "FIRST_YEAR", "LAST_YEAR", "HolidayBasis"
    )
    data = _holiday_data()
    suffix = data["substitute_suffix"]["en"]
    regular = {value["en"]: value for value in data["names"].values()}
    seen: dict[str, dict[str, Any]] = {}
    for year in range(first, last + 1):
        for holiday in bank_holidays(year):
            name = _base_name(holiday.name.en, suffix)
            if name not in regular:
                continue
            entry = seen.setdefault(name, {"years": [], "bases": {}, "substitutes": 0})
            entry["years"].append(year)
            entry["bases"].setdefault(holiday.basis, []).append(year)
            entry["substitutes"] += holiday.substitute
    _non_empty("regular bank holidays", list(seen))
    rows = []
    for name, value in regular.items():
        entry = seen[name]
        bases = "\n".join(
            basis.label.en if len(entry["bases"]) == 1 else f"{basis.label.en}: {_years(years)}"
            for basis, years in sorted(entry["bases"].items(), key=lambda item: -len(item[1]))
        )
        rows.append(
            (
                f"{name}\n{value['cy']}",
                f"{min(entry['years'])}–{max(entry['years'])}",
                bases,
                str(entry["substitutes"]),
            )
        )
    bases_note = nodes.paragraph()
    bases_note += nodes.Text(
        "The bases, as carewales.calendar.HolidayBasis names them: "
        + "; ".join(f"{b.value}: {b.label.en} / {b.label.cy}" for b in basis_enum)
        + "."
    )
    title = f"The regular bank holidays of England and Wales, {first} to {last}"
    headers = ("Holiday (English / Welsh)", "Years", "Basis (source)", "Substitute days")
    return [_table(title, headers, rows, (30, 10, 45, 10)), bases_note]


def _years(years: list[int]) -> str:
    """A few years by name ("1971, 1977"), many by their count and span."""
    if len(years) <= 6:  # noqa: PLR2004 (a short list reads better than a count)
        return ", ".join(map(str, years))
    return f"{len(years)} years, {years[0]}–{years[-1]}"


def _holiday_data() -> dict[str, Any]:
    """The calendar's own data file: the names, and every one-off move and extra day."""
    _require("calendar", "bank_holidays")
    try:
        path = files("carewales").joinpath("data", "bank_holidays_england_and_wales.json")
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        missing = [k for k in ("names", "substitute_suffix", "moves", "extras") if k not in data]
        if missing:
            raise KeyError(missing)  # noqa: TRY301 (reported with the other shape errors below)
    except (OSError, ValueError, KeyError) as error:
        msg = (
            "carewales-sources: carewales/data/bank_holidays_england_and_wales.json is "
            f"missing or has changed shape: {error!r}"
        )
        raise ExtensionError(msg) from error
    return data


def _bank_holiday_changes() -> list[nodes.Node]:
    bank_holidays, is_bank_holiday = _require("calendar", "bank_holidays", "is_bank_holiday")
    data = _holiday_data()
    rows = []
    for kind, items in (("Moved", data["moves"]), ("Extra day", data["extras"])):
        for item in _non_empty(f"bank holiday {kind.lower()}s", items):
            day = dt.date.fromisoformat(item["date"])
            if not is_bank_holiday(day):
                msg = (
                    f"carewales-sources: {day} is in the calendar's data but is not a bank holiday."
                )
                raise ExtensionError(msg)
            (holiday,) = (h for h in bank_holidays(day.year) if h.date == day)
            welsh = holiday.name.cy + (f"\n(Welsh: {item['welsh']})" if "welsh" in item else "")
            rows.append(
                (
                    day.isoformat(),
                    kind,
                    f"{holiday.name.en}\n{welsh}",
                    holiday.basis.label.en,
                    item["source"],
                )
            )
    rows.sort(key=lambda row: row[0])
    title = "One-off moves and extra days (royal proclamations under the 1971 Act, s. 1)"
    headers = ("Date", "Change", "Holiday (English / Welsh)", "Basis", "Source")
    return [_table(title, headers, rows, (12, 8, 30, 18, 40))]


def _timescales() -> list[nodes.Node]:
    (timescales,) = _require("deadlines", "timescales")
    rows = []
    for item in _non_empty("timescales", timescales()):
        source = item.source
        cite = f"{source.instrument.en}, {source.provision.en}"
        note = "" if item.note is None else f"\nNote: {item.note.en}"
        rows.append(
            (
                f"{item.key}\n{_both(item.name)}",
                f"{item.describe('en')}\n{item.describe('cy')}",
                f"{_date(item.valid_from)} to {_date(item.valid_to, 'date')}",
                _link(cite + note, source.url, source.url_cy),
            )
        )
    headers = ("Key and duty (English / Welsh)", "Rule (English / Welsh)", "In force", "Source")
    title = "Statutory and report timescales (carewales.deadlines.timescales())"
    return [_table(title, headers, rows, (28, 30, 12, 40))]


def _rating_scales() -> list[nodes.Node]:
    (rating_scales,) = _require("inspections", "rating_scales")
    rows = []
    for scale in _non_empty("rating scales", rating_scales()):
        levels = "\n".join(
            f"{n}. {label.en} / {label.cy}" for n, (_, label) in enumerate(scale.levels, 1)
        )
        areas = "\n".join(
            area.area.label.en
            + (
                f" ({_date(area.valid_from, 'start')} to {_date(area.valid_to, 'date')})"
                if area.valid_from or area.valid_to
                else ""
            )
            for area in scale.areas
        )
        overall = "with an overall rating" if scale.overall else "no overall rating"
        rows.append(
            (
                f"{scale.key}\n{_both(scale.name)}\nfrom {scale.valid_from.isoformat()}, {overall}",
                levels,
                areas,
                _both(scale.source),
            )
        )
    headers = ("Scale", "Levels, best first", "Areas rated", "Source (English / Welsh)")
    title = "Rating scales (carewales.inspections.rating_scales())"
    return [_table(title, headers, rows, (28, 25, 22, 40))]


def _duties() -> list[nodes.Node]:
    (duties,) = _require("parenting", "duties")
    rows = []
    for item in _non_empty("corporate parenting duties", duties()):
        source = item.source
        rows.append(
            (
                f"{item.key}\n{_both(item.title)}",
                f"{item.standing.label.en}\n{item.standing.label.cy}",
                f"{item.holder.label.en}: {item.target_text('en')}\n{item.target_text('cy')}",
                _link(source.cite("en"), source.url, source.url_cy),
            )
        )
    headers = ("Key and duty (English / Welsh)", "Standing", "Owed by, and target", "Source")
    title = "Corporate parenting duties (carewales.parenting.duties())"
    return [_table(title, headers, rows, (25, 15, 35, 35))]


def _entitlements() -> list[nodes.Node]:
    (entitlements,) = _require("parenting", "entitlements")
    rows = []
    for item in _non_empty("care leavers' entitlements", entitlements()):
        ages = f"from {item.from_age} until {item.until_age}"
        if item.extended_until_age is not None:
            ages += f"; until {item.extended_until_age} if: {item.extension.en}"
        elif item.extension is not None:
            ages += f"; beyond, with no age set: {item.extension.en}"
        sources = nodes.line_block()
        for source in item.sources:
            line = nodes.line()
            line += nodes.Text(f"{source.cite('en')} ({source.standing.label.en})")
            for address in (source.url, source.url_cy):
                if address:
                    line += nodes.Text(" ")
                    line += nodes.reference(address, address, refuri=address)
            sources += line
        rows.append((f"{item.key}\n{_both(item.name)}", ages, item.conditions.en, sources))
    headers = ("Key and entitlement (English / Welsh)", "Ages", "Conditions", "Sources")
    title = "Care leavers' age-based entitlements in Wales (carewales.parenting.entitlements())"
    return [_table(title, headers, rows, (28, 20, 27, 35))]


_SECTIONS: dict[str, Callable[[], list[nodes.Node]]] = {
    "bank-holidays": _bank_holidays,
    "bank-holiday-changes": _bank_holiday_changes,
    "timescales": _timescales,
    "rating-scales": _rating_scales,
    "duties": _duties,
    "entitlements": _entitlements,
}


class SourcesDirective(SphinxDirective):
    """``carewales-sources SECTION``: a catalogue of the library, each entry with its source."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Build the section's table from the library's catalogue."""
        section = self.arguments[0]
        if section not in _SECTIONS:
            known = ", ".join(_SECTIONS)
            msg = f"carewales-sources: unknown section {section!r} (expected one of {known})."
            raise ExtensionError(msg)
        return _SECTIONS[section]()


# --- the command line ----------------------------------------------------------------------


@contextlib.contextmanager
def _columns(width: str) -> Iterator[None]:
    """Make argparse wrap help at *width* columns, whatever the terminal."""
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = width
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _cli() -> Any:  # noqa: ANN401 (the private module carewales._cli)
    try:
        return importlib.import_module("carewales._cli")
    except ImportError as error:
        msg = f"carewales-command: the command line cannot be loaded: {error}"
        raise ExtensionError(msg) from error


def _console(text: str) -> nodes.literal_block:
    block = nodes.literal_block(text, text, language="console")
    block["classes"].append("carewales-console")
    return block


class CommandDirective(SphinxDirective):
    """``carewales-command ARGS``: run the command line in the build and show its output."""

    required_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "returncode": directives.nonnegative_int,
        "lines": directives.positive_int,
    }

    def run(self) -> list[nodes.Node]:
        """Run ``carewales`` with the arguments and render the session."""
        argv = shlex.split(self.arguments[0])
        out, err = io.StringIO(), io.StringIO()
        with _columns(_HELP_COLUMNS):
            status = _cli().main(argv, stdout=out, stderr=err)
        expected = self.options.get("returncode", 0)
        if status != expected:
            msg = (
                f"carewales-command: `carewales {self.arguments[0]}` exited with {status}, "
                f"not {expected}:\n{err.getvalue()}{out.getvalue()}"
            )
            raise ExtensionError(msg)
        lines = (out.getvalue() + err.getvalue()).rstrip("\n").split("\n")
        keep = self.options.get("lines")
        if keep is not None and len(lines) > keep:
            lines = [*lines[:keep], "..."]
        shown = " ".join(shlex.quote(arg) for arg in argv)
        return [_console("\n".join([f"$ carewales {shown}", *lines]))]


class CliHelpDirective(SphinxDirective):
    """``carewales-cli-help [SUBCOMMAND]``: the help text of the command or a subcommand.

    ``:pending:`` marks a subcommand that is being added to the command line: until it
    is registered, the directive shows nothing instead of stopping the build.
    """

    optional_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"pending": directives.flag}

    def run(self) -> list[nodes.Node]:
        """Format the argparse help, as ``--help`` prints it."""
        with _columns(_HELP_COLUMNS):
            parser = _cli().build_parser()
            if self.arguments:
                name = self.arguments[0]
                choices = {
                    key: value
                    for action in parser._subparsers._group_actions  # noqa: SLF001 (no public way)
                    for key, value in action.choices.items()
                }
                if name not in choices and "pending" in self.options:
                    return []
                if name not in choices:
                    known = ", ".join(choices)
                    msg = f"carewales-cli-help: no subcommand {name!r} (there are {known})."
                    raise ExtensionError(msg)
                parser = choices[name]
            text = parser.format_help()
        return [_console(text.rstrip("\n"))]


# --- short names in docstrings ------------------------------------------------------------


def _documented(env: BuildEnvironment) -> dict[str, Any]:
    objects: dict[str, Any] = env.get_domain("py").objects  # type: ignore[attr-defined]
    return objects


def _by_namespace(module: str | None, target: str) -> str | None:
    """The full name *target* has in *module*'s namespace, such as an imported class."""
    if not module or not module.startswith("carewales"):
        return None
    head, _, rest = target.partition(".")
    try:
        value = getattr(importlib.import_module(module), head)
    except (ImportError, AttributeError):
        return None
    if inspect.ismodule(value):  # `ins.Inspection` where the module does `import ... as ins`
        return f"{value.__name__}.{rest}" if rest else value.__name__
    owner = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None)
    if not (isinstance(owner, str) and owner.startswith("carewales") and qualname):
        return None
    return ".".join(part for part in (owner, qualname, rest) if part)


def resolve_short_names(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    """Resolve a short name in a docstring (``InvalidDateError``) to the one object it means.

    Docstrings name the library's classes as their module's code does: by the short name
    they are imported under, or by a name the module does not import at all
    (``Raises: InvalidDateError``).  Sphinx looks only in the current module, so such a
    reference is resolved here: first through the referring module's namespace (so an
    imported name means exactly the object the code means), then as the only documented
    ``carewales`` object with that name.  Anything ambiguous stays unresolved, and the
    nitpicky build reports it.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"].lstrip("~.")
    if not target or target.startswith(("carewales.", "_")):
        return None
    objects = _documented(env)
    full = _by_namespace(node.get("py:module"), target)
    if full not in objects:
        found = {
            name
            for name in objects
            if name.endswith(f".{target}") and name.startswith("carewales.") and name.count(".") > 1
        }
        if len(found) != 1:
            return None
        (full,) = found
    domain = env.get_domain("py")
    return domain.resolve_xref(  # type: ignore[no-any-return]
        env, node["refdoc"], app.builder, node["reftype"], full, node, contnode
    )


def mark_reexports_as_aliases(_: Sphinx, env: BuildEnvironment) -> list[str]:
    """Make ``carewales.X`` (a top-level re-export) an alias of ``carewales.<module>.X``.

    The top-level page describes each re-exported name so that ``carewales.Bilingual``
    resolves; but a short name in a docstring (``Raises: InvalidDateError``) is looked
    up by suffix and would find both.  Marked as an alias, the re-export gives way to
    the full documentation in its module, as a ``:canonical:`` name does.
    """
    objects = _documented(env)
    for name, entry in list(objects.items()):
        parts = name.split(".")
        if len(parts) != 2 or parts[0] != "carewales" or entry.objtype == "module":  # noqa: PLR2004
            continue
        deeper = [
            other for other in objects if other.endswith(f".{parts[1]}") and other.count(".") > 1
        ]
        if deeper and not entry.aliased:
            objects[name] = entry._replace(aliased=True)
    return []


# --- docstrings that Napoleon would misread ---------------------------------------------------

_ORIGINAL = "carewales_docs_original"
_ATTRIBUTE_KINDS = frozenset({"attribute", "data", "property"})


def keep_original(  # noqa: PLR0913, PLR0917 (the signature of autodoc-process-docstring)
    app: Sphinx,
    what: str,
    name: str,
    obj: object,  # noqa: ARG001
    options: object,  # noqa: ARG001
    lines: list[str],
) -> None:
    """Before Napoleon: remember an attribute's docstring, and escape a stray ``|n|``.

    ``|n|`` in prose (``WorkingCalendar.add_working_days``: "the |n|-th working day")
    is a reStructuredText substitution reference; it should be written ````|n|```` in the
    source (see the report); until then it is escaped here.
    """
    lines[:] = [line.replace("the |n|-th", "the ``|n|``-th") for line in lines]
    if what in _ATTRIBUTE_KINDS:
        env = app.env
        stash: dict[str, list[str]] = getattr(env, _ORIGINAL, {})
        stash[name] = list(lines)
        setattr(env, _ORIGINAL, stash)


def napoleon_without_inline_type(  # noqa: PLR0913, PLR0917 (autodoc-process-docstring's)
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    lines: list[str],
) -> None:
    """After Napoleon: redo an attribute's docstring without its "type: description" rule.

    Napoleon reads the first line of an attribute's docstring as ``type: description``
    (Google style), so "#: The multipliers a rate may be expressed per: 100 ..." would
    become a type called "The multipliers a rate may be expressed per".  The library's
    attributes carry real annotations, so their docstrings are plain prose: parse them
    as an ordinary docstring instead.
    """
    if what not in _ATTRIBUTE_KINDS:
        return
    from sphinx.ext.napoleon.docstring import GoogleDocstring

    stash: dict[str, list[str]] = getattr(app.env, _ORIGINAL, {})
    original = stash.pop(name, None)
    if original is not None:
        lines[:] = GoogleDocstring(original, app.config, app, "", "", obj, options).lines()


def label_enum_members(_: Sphinx, domain: str, objtype: str, content: nodes.Element) -> None:
    """Document an enum member that has no docstring by its bilingual label.

    ``FindingKind.MUST_IMPROVE = 'must-improve'`` says what a JSON document stores; the
    label ("Area that must improve ..." / "Maes y mae'n rhaid ei wella ...") says what
    people read, in both languages.
    """
    if domain != "py" or objtype != "attribute" or len(content):
        return
    signature = content.parent[0] if content.parent is not None else None
    module = signature.get("module") if signature is not None else None
    fullname = signature.get("fullname") if signature is not None else None
    if not (module and fullname and module.startswith("carewales")):
        return
    value: object = importlib.import_module(module)
    for part in fullname.split("."):
        value = getattr(value, part, None)
    label = getattr(value, "label", None)
    if isinstance(value, enum.Enum) and label is not None:
        para = nodes.paragraph()
        para += nodes.Text(f"{label.en} / ")
        para += nodes.emphasis(label.cy, label.cy)
        content += para


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives, the resolver of short names and the docstring fixes."""
    app.connect("missing-reference", resolve_short_names)
    app.connect("env-updated", mark_reexports_as_aliases)
    app.connect("object-description-transform", label_enum_members)
    app.connect("autodoc-process-docstring", keep_original, priority=400)
    app.connect("autodoc-process-docstring", napoleon_without_inline_type, priority=600)
    app.add_directive("carewales-sources", SourcesDirective)
    app.add_directive("carewales-command", CommandDirective)
    app.add_directive("carewales-cli-help", CliHelpDirective)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}

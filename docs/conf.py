"""Sphinx configuration for the carewales documentation.

Build it as CI does (nitpicky, warnings are errors, no network needed):

    python -m sphinx -n -W --keep-going -b html docs docs/_build/html
    python -m sphinx -n -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# The project's own Sphinx extension (tables generated from the library's catalogues,
# the command line's help and output).
sys.path.insert(0, str(_HERE / "_ext"))

# -- Project ------------------------------------------------------------------------------

project = "carewales"
author = "The carewales developers"
copyright = "The carewales developers, MIT licence"
release = _version("carewales")
version = ".".join(release.split(".")[:2])
language = "en"

# -- General ------------------------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "myst_parser",
    "carewales_docs",
    # The funnel plot and caterpillar chart in the how-to, drawn from the bundled example.
    "matplotlib.sphinxext.plot_directive",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# Every cross-reference must resolve (the build runs with -n -W).
nitpicky = True
nitpick_ignore: list[tuple[str, str]] = [
    # The TypeVar of from_dict / from_json ("returns an instance of the class you pass"):
    # a type variable has no page of its own to link to.
    ("py:class", "carewales.serial.T"),
    ("py:class", "carewales.testing.T"),  # likewise strategy_for's
    # matplotlib's types in the plots' signatures; no inventory of matplotlib is shipped.
    ("py:class", "matplotlib.figure.Figure"),
    ("py:class", "matplotlib.axes.Axes"),
    # The private mixin that gives every error its Welsh message (errors and MissingExtraError).
    ("py:class", "carewales.errors._Bilingual"),
]

# -- MyST ---------------------------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "substitution"]
myst_heading_anchors = 3
suppress_warnings = [
    # MyST makes a label for every heading; the same heading ("Example", "Source") on two
    # pages is not a problem, and every label we link to is explicit.
    "myst.header",
]

# -- Autodoc and Napoleon -----------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "mixed"
autodoc_inherit_docstrings = False
add_module_names = False
python_use_unqualified_type_names = True
python_display_short_literal_types = True

napoleon_google_docstring = True
napoleon_numpy_docstring = False
# "Attributes:" sections become attribute entries, so ":attr:`Inspection.id`" resolves;
# their types are in the class signature already, so Napoleon does not repeat them.
napoleon_use_ivar = False
napoleon_attr_annotations = False
napoleon_use_rtype = False
napoleon_preprocess_types = False

# -- Intersphinx --------------------------------------------------------------------------
# No network at build time: each inventory is a small objects.inv SHIPPED in
# docs/_inventories/, listing only the targets these docs and docstrings reference, with
# their real public URLs (for example https://docs.python.org/3/library/datetime.html#datetime.date).
# They are written by docs/_inventories/build_inventories.py with sphobjinv; rerun it after
# referencing a new external name.  Sphinx reads a local path and never fetches the URL.

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inventories/python.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_inventories/attrs.inv"),
    "cattrs": ("https://catt.rs/en/stable", "_inventories/cattrs.inv"),
    "dateutil": ("https://dateutil.readthedocs.io/en/stable", "_inventories/dateutil.inv"),
    "hypothesis": ("https://hypothesis.readthedocs.io/en/latest", "_inventories/hypothesis.inv"),
}
intersphinx_timeout = 1
intersphinx_cache_limit = 0

# -- Doctest ------------------------------------------------------------------------------
# Narrative examples (``{doctest}`` blocks in the pages) run with `-b doctest`.  Plain
# ``>>>`` blocks inside docstrings are run by pytest (--doctest-modules) in their own
# module's namespace, so the Sphinx doctest builder leaves them alone.
doctest_test_doctest_blocks = ""
doctest_global_setup = """
import datetime as dt
import carewales
"""

# -- HTML ---------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"carewales {release}"
html_static_path = ["_static"]
html_css_files = ["carewales.css"]
html_show_sourcelink = False
plot_html_show_formats = False  # the pictures, without links to other file formats

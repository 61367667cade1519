"""The ``carewales`` command line, one module per command group.

:mod:`.main` builds the parser and runs it; :mod:`.common` holds what every
subcommand shares; the other modules each register the subcommands of one area.
"""

from __future__ import annotations

from .main import build_parser, main

__all__ = ["build_parser", "main"]

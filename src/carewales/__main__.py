"""Run the ``carewales`` command line: ``python -m carewales authorities``."""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the ``carewales`` console script."""
    from ._cli import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()

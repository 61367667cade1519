"""Run the ``carewales`` command line: ``python -m carewales authorities``."""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the ``carewales`` console script."""
    import os

    from ._cli import main as run

    try:
        status = run()
        sys.stdout.flush()
    except BrokenPipeError:  # pragma: no cover (exercised in a subprocess by tests/test_cli.py)
        # The reader went away (`carewales authorities | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 0
    sys.exit(status)


if __name__ == "__main__":
    main()

"""Shared fixtures and the Hypothesis profiles.

Profiles: ``quick`` (the default) and ``thorough``, chosen with the environment
variable ``CAREWALES_HYPOTHESIS_PROFILE=thorough``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The quick profile is derandomised: the same examples every run, so that branch coverage
# (a CI gate at 100%) cannot flicker with the draw.  The thorough profile explores freshly.
settings.register_profile("quick", max_examples=60, deadline=None, derandomize=True)
settings.register_profile(
    "thorough",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("CAREWALES_HYPOTHESIS_PROFILE", "quick"))

#: The texts the library grew from; only tests read them (never the package or the docs).
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The seed texts by file-name prefix ("000", "001", ...)."""
    if not SEEDS.is_dir():  # pragma: no cover (only outside a checkout with shared/ beside it)
        if os.environ.get("CI"):
            pytest.fail(f"the seed texts are missing: {SEEDS}")
        pytest.skip(f"the seed texts are not beside this checkout: {SEEDS}")
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}

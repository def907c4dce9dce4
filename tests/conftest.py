"""Shared fixtures: the real spaCy model (loaded once), the seed article, ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", REPO.parent / "shared"))
SEED = REPO / "data" / "raw" / "000_515502fad0491e67.txt"

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def nlp():
    """The English spaCy pipeline the product uses."""
    from transforms.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def events_of(nlp):
    """Event rows of a text coded by the real actors and events stages, as of 2024-03-12."""
    from datetime import date

    from transforms.actors import resolve_actors
    from transforms.events import code_events

    published = date(2024, 3, 12)

    def run(text: str) -> list[dict]:
        doc = nlp(text)
        return code_events(doc, resolve_actors(doc, published), published)

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder with benchmarks and corpora; skips when it is absent."""
    if not (SHARED / "benchmarks").is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article of DESIGN.md §7, as shipped in data/raw."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_body(seed_text: str) -> str:
    """The seed's paragraphs and subheadings (first paragraph to the byline), as a body."""
    lines = seed_text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Chinese President"))
    last = next(i for i, line in enumerate(lines) if line.startswith("BY "))
    return "\n\n".join(line.strip() for line in lines[first:last] if line.strip())

"""The project's data dictionaries (YAML under data/dictionaries), read once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

DICTIONARIES = Path(__file__).resolve().parents[1] / "data" / "dictionaries"


@cache
def dictionary_text(name: str) -> str:
    """The text of data/dictionaries/<name>."""
    return (DICTIONARIES / name).read_text(encoding="utf-8")


@cache
def dictionary(name: str) -> Any:
    """The parsed YAML of data/dictionaries/<name> (None when the file is empty)."""
    import yaml

    return yaml.safe_load(dictionary_text(name))

"""Cached loaders for the cleaning word lists and line patterns in data/dictionaries/cleaning."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

DICT_DIR = Path(__file__).resolve().parents[1] / "data" / "dictionaries" / "cleaning"


@cache
def _yaml(name: str) -> Any:
    import yaml

    return yaml.safe_load((DICT_DIR / name).read_text(encoding="utf-8"))


@cache
def line_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, whole-line regex) pairs, one alternation per kind, in file order."""
    out = []
    for kind, patterns in _yaml("line_patterns.yaml").items():
        joined = "|".join(f"(?:{p})" for p in patterns)
        out.append((kind, re.compile(rf"(?:{joined})", re.IGNORECASE)))
    return tuple(out)


@cache
def stopwords(lang: str | None) -> frozenset[str]:
    """Stop words of a language: the project's list, else jusText's stoplist, else empty."""
    lists = _yaml("stopwords.yaml")
    if lang in lists:
        return frozenset(lists[lang])
    if not lang:
        return frozenset(lists["en"])
    try:
        import justext
        import pycountry

        name = pycountry.languages.get(alpha_2=lang).name
        return frozenset(w.lower() for w in justext.get_stoplist(name))
    except Exception:  # no stoplist for this language: density is then not used
        return frozenset()


@cache
def signals() -> dict[str, Any]:
    """Month and weekday names, byline words and end-of-article markers."""
    return _yaml("signals.yaml")


@cache
def end_marker_re() -> re.Pattern[str]:
    """Whole-line regex of end-of-article markers."""
    return re.compile("|".join(f"(?:{p})" for p in signals()["end_markers"]), re.IGNORECASE)

"""Cached loaders for the cleaning word lists and line patterns in data/dictionaries/cleaning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from transforms.dictionaries import dictionary


def _yaml(name: str) -> Any:
    return dictionary(f"cleaning/{name}")


_KEY_RE = re.compile(r"[\W_]+")


def phrase_key(text: str) -> str:
    """Lower-cased text with punctuation runs turned into single spaces."""
    return _KEY_RE.sub(" ", text.lower()).strip()


@dataclass(frozen=True)
class Within:
    """One kind's searched regex, the longest line (in words) it applies to, and the lower-case
    substrings one of which a line must contain before it is searched."""

    kind: str
    regex: re.Pattern[str]
    max_words: int
    keys: tuple[str, ...]


@dataclass(frozen=True)
class LineMatchers:
    """Compiled line patterns: exact phrases, one whole-line regex with a named group per kind,
    and the searched regexes."""

    exact: dict[str, str]
    whole: re.Pattern[str]
    within: tuple[Within, ...]
    max_words: int


@cache
def line_matchers() -> LineMatchers:
    """The line patterns of line_patterns.yaml, compiled; an entry "kind:name" adds searched
    regexes with their own length limit to a kind."""
    exact: dict[str, str] = {}
    whole, within = [], []
    for entry, spec in _yaml("line_patterns.yaml").items():
        kind = entry.split(":")[0]
        for phrase in spec.get("exact", []):
            exact.setdefault(phrase_key(str(phrase)), kind)
        if spec.get("whole"):
            whole.append(f"(?P<{kind}>{'|'.join(f'(?:{p})' for p in spec['whole'])})")
        if spec.get("within"):
            rx = re.compile("|".join(f"(?:{p})" for p in spec["within"]), re.IGNORECASE)
            keys = tuple(str(k).lower() for k in spec.get("within_keys", []))
            within.append(Within(kind, rx, int(spec.get("within_max_words", 40)), keys))
    longest = max((w.max_words for w in within), default=0)
    return LineMatchers(
        exact, re.compile("|".join(whole), re.IGNORECASE), tuple(within), longest
    )


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
def end_marker_re(hard: bool = False) -> re.Pattern[str]:
    """Whole-line regex of end-of-article markers (hard: only those nothing follows)."""
    pats = signals()["hard_end_markers"] + ([] if hard else signals()["end_markers"])
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)


@cache
def bio_re() -> re.Pattern[str]:
    """Regex of an author biography's opening."""
    return re.compile(signals()["bio"])


@cache
def bio_late_re() -> re.Pattern[str]:
    """Regex of a contributor's note that ends a text (a name, then a job)."""
    return re.compile(signals()["bio_late"])

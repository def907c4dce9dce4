"""Language of a text as an ISO 639-1 code (py3langid, on a bounded sample)."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_SAMPLE_CHARS = 600
_MIN_LETTERS = 20


def language_of(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = (text or "")[:_SAMPLE_CHARS]
    if sum(len(w) for w in _WORD_RE.findall(sample)) < _MIN_LETTERS:
        return None
    import py3langid

    try:
        code, _ = py3langid.classify(sample)
    except Exception:  # a classifier failure must never break a run
        return None
    return str(code) or None

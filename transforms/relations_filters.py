"""Which extracted relations to keep: informative ones, the strongest office of a person."""

from __future__ import annotations

from collections.abc import Callable

from transforms.relations_clauses import rules
from transforms.types import Actor, Relation


def is_informative(rel: Relation, by_key: dict[str, Actor]) -> bool:
    """Whether a relation says something: not between unnamed groups, nor a restated title."""
    subject, obj = by_key.get(rel.subject_key), by_key.get(rel.object_key)
    if subject is None or obj is None:
        return True
    if all(a.actor_type == "group" and not a.country for a in (subject, obj)):
        return False  # "businessmen supporting militias" names neither side
    if rel.relation_type == "allied_with":
        unallied = set(rules()["unallied_roles"])
        return subject.role not in unallied and obj.role not in unallied
    if rel.relation_type in rules()["office_precedence"] and subject.actor_type == "person":
        # A person known only by a title naming the body: the actors table holds that title.
        return not any(n.lower() in subject.name.lower() for n in [obj.name, *obj.aliases])
    return True


def strongest_offices(relations: list[Relation]) -> list[Relation]:
    """One office tie per subject and object in a sentence, and per tense: the strongest."""
    order = {kind: i for i, kind in enumerate(rules()["office_precedence"])}
    keys: tuple[Callable[[Relation], tuple], ...] = (
        lambda r: (r.subject_key, r.object_key, r.sentence_index),
        lambda r: (r.subject_key, r.object_key, r.former))
    for key in keys:
        best: dict[tuple, int] = {}
        for rel in relations:
            if rel.relation_type in order:
                best[key(rel)] = min(best.get(key(rel), len(order)), order[rel.relation_type])
        relations = [r for r in relations if r.relation_type not in order
                     or order[r.relation_type] == best[key(r)]]
    return relations

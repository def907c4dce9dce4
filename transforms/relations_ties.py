"""Ties stated by a conflict noun's parties, a participle or a possessed government."""

from __future__ import annotations

from spacy.tokens import Span

from transforms.relations_clauses import (
    actors_of,
    collectives,
    is_actor_like,
    is_negated,
    is_noun_use,
    lexicon,
    pairs,
    possessors,
    prep_objects,
    rules,
)
from transforms.types import Actor, Relation


def between_relations(sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """The parties of a conflict noun: "clashes between the army and the rebels"."""
    lex = lexicon()["opposes"]
    conflicts = {*lex["pair_nouns"], *lex["nouns"]}
    out: list[Relation] = []
    for tok in sent:
        if tok.lemma_.lower() not in conflicts or not is_noun_use(tok) or is_negated(tok):
            continue
        parties = [a for a in actors_of(prep_objects(tok, ("between", "among")), actors,
                                        head_only=True) if is_actor_like(a)]
        for i, a in enumerate(parties):
            out += pairs("opposes", [a], parties[i + 1:], sent, index, 0.6)
    return out


def participle_ties(sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """Ties stated by a participle: "Hezbollah, allied to Iran", "a group affiliated with X"."""
    kinds = rules()["tie_participles"]
    out: list[Relation] = []
    for tok in sent:
        kind = kinds.get(tok.lemma_.lower())
        if kind is None or tok.tag_ != "VBN" or is_negated(tok):
            continue
        if tok.dep_ in ("acl", "amod", "appos"):
            holders = [tok.head]
        else:
            holders = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
        sides = collectives(actors_of(prep_objects(tok, ("to", "with")), actors, head_only=True))
        owners = [a for a in actors_of(holders, actors, head_only=True) if is_actor_like(a)]
        out += pairs(kind, owners, sides, sent, index, 0.6)
    return out


def governed_relations(sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """leader_of from a person's government: "Prime Minister Abadi and his government"."""
    nouns = set(rules()["governed_nouns"])
    out: list[Relation] = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        leaders = [a for a in actors_of(possessors(tok, actors), actors, head_only=True)
                   if a.actor_type == "person" and a.role == "GOV"]
        bodies = [b for b in actors_of([tok], actors, head_only=True)
                  if b.actor_type != "person" and is_actor_like(b)]
        out += pairs("leader_of", leaders, bodies, sent, index, 0.6)
    return out

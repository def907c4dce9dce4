"""Offices stated by a title noun: "X was a commander in the navy", "X, chief of Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.actors_titles import roles_data
from transforms.relations_clauses import (
    actors_of,
    is_actor_like,
    is_negated,
    lexicon,
    with_conjuncts,
)
from transforms.types import Actor, Relation


def _holders(tok: Token) -> list[Token]:
    """Who holds the title tok names: a copula subject, an apposition, an appointee."""
    head = tok.head
    if tok.dep_ == "attr":
        return [c for c in head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "appos":
        return [head]
    if tok.dep_ == "oprd":  # "appointed X the commander of Y"
        return [c for c in head.children if c.dep_ == "dobj"]
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head  # "he was appointed as commander for Y"
        return [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] or [
            c for c in verb.children if c.dep_ == "nsubj"]
    # "the leader of Y, al-Zarqawi"
    return [c for c in tok.children if c.dep_ == "appos"]


def _is_former(tok: Token) -> bool:
    """A former title ("ex-commander", "former chief") or one held in the past ("was chief")."""
    former = set(roles_data()["title_modifiers"]["former"])
    return any(c.lower_ in former for c in tok.children if c.dep_ in ("amod", "compound")) or (
        tok.dep_ == "attr" and tok.head.tag_ == "VBD")


def _kind(title: str, prep: str) -> str | None:
    """The relation a title bears to the body after the preposition, None when it states none."""
    lex = lexicon()["official_of"]
    info = roles_data()["titles"].get(title) or {}
    if title in lex["member_nouns"]:
        return "member_of"
    if prep in ("of", "for", ",") and (info.get("leader") or title in lex["leader_nouns"]):
        return "leader_of"
    if title in lex["office_nouns"] or info.get("role") in ("GOV", "MIL", "LEG", "JUD", "COP"):
        return "official_of"
    return None


def _bodies(tok: Token, preps: list[str]) -> list[tuple[str, list[Token]]]:
    """The bodies a title names, by preposition; "," for "X, commander, U.S. Central Command"."""
    out = [(c.lower_, [g for g in c.children if g.dep_ == "pobj"])
           for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
        out += [(",", [c]) for c in (*tok.children, *tok.head.children)
                if c.dep_ == "appos" and c.left_edge.i == tok.i + 2]
    return out


def title_relations(sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """leader_of / official_of / member_of from a title noun with its holder and its body."""
    lex = lexicon()["official_of"]
    titles = set(roles_data()["titles"]) | set(lex["office_nouns"]) | set(lex["leader_nouns"])
    out: list[Relation] = []
    for tok in sent:
        title = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or title not in titles or is_negated(tok):
            continue
        # Without a named holder the title is the person: "the commander of the task force".
        named = actors_of(_holders(tok), actors, head_only=True) or actors_of(
            [tok], actors, head_only=True)
        holders = [a for a in named if a.actor_type == "person"]
        if not holders:
            continue
        for prep, bodies in _bodies(tok, lex["preps"]):
            kind = _kind(title, prep)
            # "leader of anti-coalition forces" leads no coalition.
            bodies = [g for g in with_conjuncts(bodies) if not any(
                c.lower_ in ("anti", "counter") for c in g.subtree)]
            for body in actors_of(bodies, actors, head_only=True):
                if kind is None or not is_actor_like(body) or body.actor_type == "person" or (
                        body.actor_type == "country" and prep not in ("of", "for")) or (
                        prep == "," and body.actor_type != "organization"):
                    continue
                out += [Relation(person.key, kind, body.key, _is_former(tok),
                                 sent.text.strip(), index, 0.6)
                        for person in holders if person.key != body.key]
    return out

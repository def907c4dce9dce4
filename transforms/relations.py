"""Enduring relations between the actors of an article: offices, membership, alliances, enmity."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Span, Token

from transforms.actors import actor_at
from transforms.actors_titles import roles_data
from transforms.types import Actor, Relation

_WORD = re.compile(r"[A-Za-z]+")
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})


@cache
def _lexicon() -> dict:
    from transforms.countries import _yaml

    return _yaml("actors_relations.yaml")


@cache
def _group_nouns() -> frozenset[str]:
    return frozenset(roles_data()["groups"])


def _former_words() -> set[str]:
    return set(roles_data()["title_modifiers"]["former"])


def _leader_titles() -> set[str]:
    return {t for t, info in roles_data()["titles"].items()
            if info and info.get("leader") and info.get("role") == "GOV"}


def _sentence_index(doc: Doc, char: int) -> int:
    starts = doc.user_data.get("_dyads_sent_starts")
    if starts is None:
        starts = [s.start_char for s in doc.sents]
        doc.user_data["_dyads_sent_starts"] = starts
    return max(0, bisect_right(starts, char) - 1)


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _is_former(text: str) -> bool:
    # Only the last title of a list counts: "a professor at X and former head of Y".
    piece = re.split(r",| and ", text)[-1].lower()
    return any(w in _former_words() for w in _WORD.findall(piece))


def _office_relations(doc: Doc, actors: list[Actor]) -> list[Relation]:
    """leader_of / official_of / affiliated_with from title phrases and appositions."""
    out: list[Relation] = []
    leaders = _leader_titles()
    text = doc.text
    for person in actors:
        if person.actor_type != "person":
            continue
        for span in person.spans:
            for other in actors:
                if other is person or other.actor_type not in ("country", "organization"):
                    continue
                for ospan in other.spans:
                    if not _inside(ospan, span):
                        continue
                    before = text[span[0]:ospan[0]]
                    after = text[ospan[1]:span[1]]
                    title_text = (before + " " + after).lower()
                    words = " ".join(_WORD.findall(title_text))
                    prev = _WORD.findall(before.lower())[-1:] or [""]
                    if prev[0] == "at":
                        kind = "affiliated_with"
                    elif other.actor_type == "country" and any(
                            re.search(rf"\b{re.escape(t)}\b", words) for t in leaders):
                        kind = "leader_of"
                    else:
                        kind = "official_of"
                    former = _is_former(before) if before.strip() else _is_former(after)
                    out.append(Relation(person.key, kind, other.key, former,
                                        text[span[0]:span[1]],
                                        _sentence_index(doc, span[0]), 0.8))
    return out


def _part_relations(doc: Doc, actors: list[Actor]) -> list[Relation]:
    """part_of from possessors and "X of Y" between organisations and countries."""
    out: list[Relation] = []
    text = doc.text
    for org in actors:
        if org.actor_type != "organization":
            continue
        for span in org.spans:
            for other in actors:
                if other is org or other.actor_type not in ("country", "organization"):
                    continue
                for ospan in other.spans:
                    tail = text[span[1]:ospan[0]] if ospan[0] - span[1] < 12 else "-"
                    possessive = text[ospan[1]:ospan[1] + 2] in ("'s", "\u2019s")
                    inside = _inside(ospan, span) and ospan[0] == span[0] and possessive and (
                        other.actor_type == "organization" or org.role in _STATE_ROLES)
                    if inside or (ospan[0] > span[1] and tail.strip() in ("of", "of the")):
                        evidence = text[min(span[0], ospan[0]):max(span[1], ospan[1])]
                        out.append(Relation(org.key, "part_of", other.key, False, evidence,
                                            _sentence_index(doc, span[0]), 0.7))
    return out


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def _actors_of(tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    # The head and its left modifiers only: "ISIL terrorists in Syria" is ISIL, not Syria.
    out: list[Actor] = []
    for tok in tokens:
        for t in _with_conjuncts(tok):
            a = actor_at(actors, t.idx, t.idx + len(t.text)) or actor_at(
                actors, t.left_edge.idx, t.idx + len(t.text))
            if a is not None and a not in out:
                out.append(a)
    return out


_CLIMB = frozenset({"dobj", "pobj", "prep", "xcomp", "pcomp", "attr", "conj", "acomp", "advcl",
                    "acl", "ccomp", "amod", "compound"})


def _subjects(tok: Token) -> list[Token]:
    """The subjects of the clause a word belongs to, climbing through complements."""
    node = tok
    for _ in range(6):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node.dep_ != "relcl" and subj and node is not tok:
            return subj  # "The UK is committed to defeating ISIL": the UK defeats
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if agents:
            return agents
        if node.dep_ == "relcl":
            return [node.head]
        if node.dep_ not in _CLIMB or node.head is node:
            return [c for c in subj if c.dep_ == "nsubj"]
        node = node.head
    return []


def _is_negated(tok: Token) -> bool:
    """Negated, or asked about ("whether X would confront Y"): not a stated relation."""
    if any(c.dep_ == "neg" for c in tok.children) or any(
            c.dep_ == "neg" for c in tok.head.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
               for node in [tok, *tok.ancestors] for c in node.children)


def _alliance_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    words = set(_lexicon()["allied_with"]["nouns"])
    out: list[Relation] = []
    for tok in sent:
        if tok.lemma_.lower() not in words or _is_negated(tok):
            continue
        parties: list[Token] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among", "with"):
                parties.extend(c for c in child.children if c.dep_ == "pobj")
            if child.dep_ in ("compound", "amod", "nmod", "poss"):
                parties.append(child)
        if len(_actors_of(parties, actors)) < 2 and any(
                c.dep_ == "poss" and c.lower_ in ("their", "its") for c in tok.children):
            parties.extend(_subjects(tok))  # "China and Russia deepen their alliance"
        found = [a for a in _actors_of(parties, actors)
                 if a.actor_type in ("country", "organization", "group", "person")]
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            continue
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if a.key != b.key:
                    out.append(Relation(a.key, "allied_with", b.key, False, sent.text.strip(),
                                        index, 0.6))
    return out


def _support_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    lex = _lexicon()["allied_with"]
    verbs, nouns = set(lex["verbs"]), set(lex["support_nouns"])
    out: list[Relation] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if (lemma not in verbs and lemma not in nouns) or _is_negated(tok):
            continue
        if tok.pos_ == "VERB" and lemma in verbs:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj"]
            subjects = [c for c in tok.children if c.dep_ == "nsubj"] or _subjects(tok)
            if any(c.dep_ == "nsubjpass" for c in tok.children):
                objects += [c for c in tok.children if c.dep_ == "nsubjpass"]
        elif tok.pos_ == "NOUN" and lemma in nouns:
            objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for",
                                                                                     "to")
                       for g in c.children if g.dep_ == "pobj"]
            objects += [c for c in tok.children if c.dep_ == "poss"]
            subjects = _subjects(tok)
        else:
            continue
        for a in _actors_of(subjects, actors):
            for b in _actors_of(objects, actors):
                if a.key != b.key and b.actor_type != "person" and a.actor_type != "person":
                    out.append(Relation(a.key, "allied_with", b.key, False, sent.text.strip(),
                                        index, 0.5))
    return out


def _opposition_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    lex = _lexicon()["opposes"]
    verbs, nouns = set(lex["verbs"]), set(lex["nouns"])
    out: list[Relation] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if (lemma not in verbs and lemma not in nouns) or _is_negated(tok):
            continue
        objects: list[Token] = []
        if tok.pos_ == "VERB" and lemma in verbs:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            objects += [g for c in tok.children if c.dep_ == "prep"
                        and c.lower_ in ("against", "with", "on") for g in c.children
                        if g.dep_ == "pobj"]
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"]
            subjects = agents + [c for c in tok.children if c.dep_ == "nsubj"]
            if any(c.dep_ == "nsubjpass" for c in tok.children):
                objects += [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not subjects:
                subjects = _subjects(tok)
        elif tok.pos_ == "NOUN" and lemma in nouns:
            objects = [g for c in tok.children if c.dep_ == "prep"
                       and c.lower_ in ("against", "on", "with") for g in c.children
                       if g.dep_ == "pobj"]
            subjects = [c for c in tok.children if c.dep_ == "poss"] or _subjects(tok)
        else:
            continue
        sources = _actors_of(subjects, actors)
        targets = _actors_of(objects, actors)
        for a in sources:
            for b in targets:
                if a.key != b.key:
                    out.append(Relation(a.key, "opposes", b.key, False, sent.text.strip(),
                                        index, 0.6))
    return out


def _membership_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    lex = _lexicon()["member_of"]
    out: list[Relation] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        members: list[Token] = []
        groups: list[Token] = []
        if tok.pos_ == "NOUN" and lemma in lex["nouns"]:
            groups = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
            if tok.dep_ == "appos":
                members = [tok.head]
            elif tok.dep_ in ("attr",):
                members = [c for c in tok.head.children if c.dep_ == "nsubj"]
        elif tok.pos_ == "VERB" and lemma in lex["verbs"]:
            members = [c for c in tok.children if c.dep_ == "nsubj"]
            groups = [c for c in tok.children if c.dep_ == "dobj"]
        elif tok.pos_ == "VERB" and lemma in lex["listing_verbs"]:
            groups = [c for c in tok.children if c.dep_ == "nsubj"]
            members = [c for c in tok.children if c.dep_ == "dobj"]
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of") and tok.head.head.pos_ == (
                "NOUN") and tok.head.head.lemma_.lower() in _group_nouns():
            members = [tok.head.head]  # "militants from ISIL"
            groups = [tok]
        elif tok.lower_ == "part" and tok.head.lower_ == "as":
            groups = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
            members = _subjects(tok.head)
        if not members or not groups:
            continue
        for a in _actors_of(members, actors):
            for b in _actors_of(groups, actors):
                if a.key != b.key and b.actor_type in ("organization", "group"):
                    out.append(Relation(a.key, "member_of", b.key, False, sent.text.strip(),
                                        index, 0.6))
    return out


def extract_relations(doc: Doc, actors: list[Actor]) -> list[Relation]:
    """The relations stated in the doc between its actors, deduplicated."""
    found = _office_relations(doc, actors) + _part_relations(doc, actors)
    for index, sent in enumerate(doc.sents):
        found += _alliance_relations(doc, sent, actors, index)
        found += _opposition_relations(doc, sent, actors, index)
        found += _support_relations(doc, sent, actors, index)
        found += _membership_relations(doc, sent, actors, index)
    seen: set[tuple[str, str, str, bool]] = set()
    out: list[Relation] = []
    for rel in found:
        key = (rel.subject_key, rel.relation_type, rel.object_key, rel.former)
        if key in seen or rel.subject_key == rel.object_key:
            continue
        seen.add(key)
        out.append(rel)
    return out

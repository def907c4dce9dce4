"""Enduring relations between the actors of an article: offices, membership, alliances, enmity."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from transforms.actors import actor_at
from transforms.actors_titles import roles_data
from transforms.relations_clauses import (
    actors_of,
    agents,
    collectives,
    is_actor_like,
    is_negated,
    is_noun_use,
    lexicon,
    pairs,
    prep_objects,
    rules,
    targets,
    with_conjuncts,
)
from transforms.relations_filters import is_informative, strongest_offices
from transforms.relations_ties import between_relations, governed_relations, participle_ties
from transforms.relations_titles import title_relations
from transforms.types import Actor, Relation

_WORD = re.compile(r"[A-Za-z]+")
# The word before an actor inside a title that makes it no employer: "envoy to counter ISIL".
_NOT_OFFICE_WORDS = frozenset({"against", "counter", "countering", "combat", "combating",
                               "defeat", "fight", "fighting", "anti"})
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})


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
    for person, span, other, ospan in _mentionpairs(actors, ("person",)):
        if not _inside(ospan, span):
            continue
        before = text[span[0]:ospan[0]]
        after = text[ospan[1]:span[1]]
        words = " ".join(_WORD.findall((before + " " + after).lower()))
        prev = _WORD.findall(before.lower())[-1:] or [""]
        if prev[0] in _NOT_OFFICE_WORDS or (prev[0] == "in" and other.actor_type == "country"):
            continue  # "envoy to counter ISIL", "leader of a group in Sweden"
        between = doc.char_span(span[0], ospan[0], alignment_mode="expand")
        if between is not None and any(t.pos_ == "VERB" for t in between):
            continue  # "leader of a group centered around the mosque" holds no office there
        if prev[0] == "at":
            kind = "affiliated_with"
        elif other.actor_type == "country" and any(
                re.search(rf"\b{re.escape(t)}\b", words) for t in leaders):
            kind = "leader_of"
        elif other.actor_type == "organization" and _heads_body(
                doc.char_span(span[0], span[1], alignment_mode="expand")):
            kind = "leader_of"  # "U.S. Central Command commander", "head of the agency"
        else:
            kind = "official_of"
        former = _is_former(before) if before.strip() else _is_former(after)
        out.append(Relation(person.key, kind, other.key, former, text[span[0]:span[1]],
                            _sentence_index(doc, span[0]), 0.8))
    return out


def _heads_body(title: Span | None) -> bool:
    """Whether a title is headed by a leading noun ("commander of X", not "deputy commander")."""
    if title is None:
        return False
    lex = lexicon()["official_of"]
    heads = set(lex["leader_nouns"])
    titles = {*roles_data()["titles"], *lex["office_nouns"], *heads}
    deputies = set(rules()["deputy_words"])
    # A leading noun modifying another title word is part of a rank: "Chief Petty Officer".
    return not any(t.lower_ in deputies for t in title) and any(
        t.lower_ in heads and not (t.dep_ in ("compound", "amod") and t.head.lower_ in titles)
        for t in title)


def _part_relations(doc: Doc, actors: list[Actor]) -> list[Relation]:
    """part_of from possessors and "X of Y" between organisations and countries."""
    out: list[Relation] = []
    text = doc.text
    for org, span, other, ospan in _mentionpairs(actors, ("organization",)):
        tail = text[span[1]:ospan[0]] if ospan[0] - span[1] < 12 else "-"
        possessive = text[ospan[1]:ospan[1] + 2] in ("'s", "\u2019s")
        inside = _inside(ospan, span) and ospan[0] == span[0] and possessive and (
            other.actor_type == "organization" or org.role in _STATE_ROLES)
        if inside or (ospan[0] > span[1] and tail.strip() in ("of", "of the")):
            evidence = text[min(span[0], ospan[0]):max(span[1], ospan[1])]
            out.append(Relation(org.key, "part_of", other.key, False, evidence,
                                _sentence_index(doc, span[0]), 0.7))
    return out


def _mentionpairs(actors: list[Actor], subject_types: tuple[str, ...]
                   ) -> Iterator[tuple[Actor, tuple[int, int], Actor, tuple[int, int]]]:
    """Every mention of a subject-type actor paired with every country/organisation mention."""
    for actor in actors:
        if actor.actor_type not in subject_types:
            continue
        for span in actor.spans:
            for other in actors:
                if other is not actor and other.actor_type in ("country", "organization"):
                    for ospan in other.spans:
                        yield actor, span, other, ospan


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


def _alliance_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    words = set(lexicon()["allied_with"]["nouns"])
    civil = set(rules()["civil_modifiers"])
    out: list[Relation] = []
    for tok in sent:
        if tok.lemma_.lower() not in words or is_negated(tok) or any(
                c.lower_ in civil for c in tok.children if c.dep_ in ("amod", "compound")) or (
                tok.dep_ == "appos" and tok.head.lemma_.lower() in rules()["civil_heads"]):
            continue  # "a cultural partnership", "the heritage project, a partnership" ally none
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


def _supported(support: Token) -> list[Token]:
    """Who gets the support a noun names: "X received support", "X, aided by support"."""
    head = support.head
    if support.dep_ == "dobj" and head.lemma_.lower() in rules()["receiving_verbs"]:
        return [c for c in head.children if c.dep_ == "nsubj"]
    if support.dep_ == "pobj" and head.dep_ == "agent":
        participle = head.head
        if participle.dep_ == "acl":
            return [participle.head]
        if participle.dep_ == "advcl":
            return [c for c in participle.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _support_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """allied_with from backing: "X supports Y", "X conducted strikes in support of Y"."""
    lex = lexicon()["allied_with"]
    verbs, nouns = {*lex["verbs"], *rules()["support_verbs"]}, set(lex["support_nouns"])
    out: list[Relation] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if is_negated(tok):
            continue
        if lemma in nouns and is_noun_use(tok):
            objects = targets(tok, ("for", "to"), of_object=True)
        elif lemma in verbs and tok.pos_ == "VERB" and not is_noun_use(tok):
            objects = targets(tok, ("with",))
        else:
            continue
        avoid = {t.i for t in with_conjuncts(objects)}
        donors = prep_objects(tok, ("from",)) if lemma in nouns else []
        if lemma in nouns and _supported(tok) and tok.dep_ == "dobj":
            donors += prep_objects(tok.head, ("from",))  # "X received support from Y"
        if donors:  # "aided by support from our ally Turkey": Turkey backs the one aided
            donors += [c for t in donors for c in t.children if c.dep_ == "appos"]
            sources = collectives(actors_of(donors, actors, head_only=True))
            objects = objects or _supported(tok)
        else:
            sources = collectives(actors_of(agents(tok, actors, avoid), actors))
        # The backed party must be the head of the object: "supports Iraqi unity" is no ally,
        # or own the undertaking backed: "in support of SDF operations".
        undertakings = set(rules()["undertaking_nouns"])
        objects += [c for t in with_conjuncts(objects) if t.lemma_.lower() in undertakings
                    for c in t.children if c.dep_ in ("poss", "compound")
                    and c.lower_ not in ("our", "my")]
        backed = collectives(actors_of(objects, actors, head_only=True))
        out += pairs("allied_with", sources, backed, sent, index, 0.5)
    return out


def _opposition_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """opposes from fighting words, and allied_with between those who fight side by side."""
    lex = lexicon()["opposes"]
    verbs, nouns, of_nouns = set(lex["verbs"]), set(lex["nouns"]), set(lex["of_object_nouns"])
    from_verbs, at_verbs = set(lex["from_verbs"]), set(lex["at_verbs"])
    out: list[Relation] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if is_negated(tok):
            continue
        if lemma in nouns and is_noun_use(tok):
            enemies = actors_of(targets(tok, ("against", "on", "with"),
                                        of_object=lemma in of_nouns), actors)
        elif lemma in verbs and tok.pos_ == "VERB" and not is_noun_use(tok):
            enemies = actors_of(targets(tok, ("against", "on", "with"),
                                        shared_with=frozenset(verbs)), actors)
        elif lemma in at_verbs and tok.pos_ == "VERB":
            enemies = actors_of(prep_objects(tok, ("on", "at", "upon")), actors)
        elif lemma in from_verbs and tok.pos_ == "VERB":
            # "liberated the town from ISIL": the one driven out is the enemy.
            enemies = actors_of(prep_objects(tok, ("from",)), actors, head_only=True)
        else:
            # Any word "against" an actor: "defensive positions against ISIL fighters".
            enemies = actors_of(prep_objects(tok, ("against",)), actors, head_only=True)
        enemies = [b for b in enemies if is_actor_like(b)]
        # "fighting alongside the Syrian army": the one alongside is an ally.
        fighting = lemma in verbs or (lemma in nouns and is_noun_use(tok))
        partners = collectives(actors_of(prep_objects(tok, tuple(rules()["companion_preps"])),
                                          actors)) if fighting else []
        if not enemies and not partners:
            continue
        # The enemy's own words cannot be its attacker ("ISIL's defenses against the SDF").
        avoid = {t.i for t in sent if actor_at([*enemies, *partners], t.idx, t.idx + len(t.text))}
        sources = [a for a in actors_of(agents(tok, actors, avoid), actors)
                   if is_actor_like(a) and a not in enemies]
        out += pairs("opposes", sources, enemies, sent, index, 0.6)
        out += pairs("allied_with", sources, partners, sent, index, 0.5)
        # "The UK, the Coalition and Iraq are committed to defeating ISIL": co-belligerents.
        for i, a in enumerate(sources):
            out += pairs("allied_with", [a], sources[i + 1:], sent, index, 0.5)
    return out


def _clause_subjects(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    """The subject of a verb, its antecedent for "which", the noun a participle modifies."""
    subj = [c for c in tok.children if c.dep_ in deps]
    if tok.dep_ in ("relcl", "acl") and (not subj or all(
            c.tag_ in ("WDT", "WP") for c in subj)):
        return [tok.head]
    return subj


def _unit_noun(prep: Token) -> Token | None:
    """The group noun a "from"/"of" phrase hangs on, also through a participle, or None."""
    head = prep.head
    if prep.lower_ == "from" and head.tag_ in ("VBG", "VBN"):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        head = head.head if head.dep_ == "acl" else (subjects or [head])[0]
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in _group_nouns() else None


def _membership_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    lex = lexicon()["member_of"]
    out: list[Relation] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        members: list[Token] = []
        groups: list[Token] = []
        if tok.pos_ == "NOUN" and lemma in lex["nouns"]:
            groups = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
            if tok.head.lower_ == "as":
                members = _subjects(tok.head)  # "the UK, as part of the Coalition"
            elif tok.dep_ == "appos":
                members = [tok.head]
            elif tok.dep_ in ("attr",):
                members = [c for c in tok.head.children if c.dep_ == "nsubj"]
        elif tok.pos_ == "VERB" and lemma in lex["verbs"]:
            members = [c for c in tok.children if c.dep_ == "nsubj"] or _subjects(tok)
            # "joined the US Secretary and partners for talks" is no membership.
            groups = [c for c in tok.children if c.dep_ == "dobj"
                      and (b := actor_at(actors, c.idx, c.idx + len(c.text))) is not None
                      and b.actor_type == "organization"]
        elif tok.pos_ == "VERB" and lemma in lex["listing_verbs"]:
            groups = _clause_subjects(tok, ("nsubj",))
            members = [c for c in tok.children if c.dep_ == "dobj"]
        elif tok.pos_ == "VERB" and (lemma in lex["composed_verbs"] or (lemma == "make" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children))):
            # "The SDF, made up of Arabs and the SAC": the makers-up are members.
            groups = _clause_subjects(tok, ("nsubj", "nsubjpass"))
            found = [*prep_objects(tok, ("of", "by")),
                     *(g for c in tok.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pobj")]
            # Heads only, with their appositions: "its Coalition-trained component, the SAC".
            members = [*(c for t in with_conjuncts(found) for c in t.children
                         if c.dep_ == "appos")]
            members = [t for t in [*with_conjuncts(found), *members]
                       if actor_at(actors, t.idx, t.idx + len(t.text)) is not None]
        elif tok.pos_ == "VERB" and lemma in lex["assigned_verbs"]:
            members = [t for t in _clause_subjects(tok, ("nsubjpass",))  # "X was assigned to Y"
                       if (a := actor_at(actors, t.idx, t.idx + len(t.text))) is not None
                       and a.actor_type in ("person", "group")]
            groups = prep_objects(tok, ("to",))
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of") and (
                owner := _unit_noun(tok.head)) is not None:
            if owner.conjuncts or tok.conjuncts or (
                    owner.lemma_.lower() in rules()["inhabitant_nouns"]):
                continue  # "the Governments of Iraq and the United States" lists, not members
            members = [owner]  # "militants from ISIL", "soldiers visiting from 3rd Battalion"
            groups = [tok]
        # "leader of anti-coalition forces" belongs to no coalition.
        groups = [g for g in groups if not any(c.lower_ in _NOT_OFFICE_WORDS for c in g.subtree)]
        if not members or not groups:
            continue
        for a in _actors_of(members, actors):
            for b in _actors_of(groups, actors):
                if a.key != b.key and b.actor_type in ("organization", "group"):
                    out.append(Relation(a.key, "member_of", b.key, False, sent.text.strip(),
                                        index, 0.6))
    return out


def _leadership_relations(doc: Doc, sent: Span, actors: list[Actor], index: int
                          ) -> list[Relation]:
    """leader_of from leading verbs ("Y, headed by X"), official_of from "represented by"."""
    kinds = {**{v: "official_of" for v in rules()["official_verbs"]},
             **{v: "leader_of" for v in lexicon()["leader_of"]["verbs"]}}
    out: list[Relation] = []
    for tok in sent:
        kind = kinds.get(tok.lemma_.lower())
        if tok.pos_ != "VERB" or kind is None or is_negated(tok):
            continue
        by = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if by:  # passive, or a participle "the task force, led by the Royal Navy"
            led = [c for c in tok.children if c.dep_ == "nsubjpass"] or (
                [_noun_before_comma(tok) or tok.head] if tok.dep_ in ("acl", "relcl") else [])
            if not led and tok.dep_ == "conj":  # "It was founded in 1989 and is run by X"
                led = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
            leaders = by
        else:
            leaders = [tok.head if c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else c
                       for c in tok.children if c.dep_ == "nsubj"]  # "X, who commanded Y"
            led = [c for c in tok.children if c.dep_ == "dobj"]
        chiefs = [a for a in actors_of(leaders, actors, head_only=True) if is_actor_like(a)]
        units = collectives(actors_of(led, actors, head_only=True))
        out += pairs(kind, chiefs, units, sent, index, 0.6)
    return out


def _noun_before_comma(tok: Token) -> Token | None:
    """The noun a participle after a comma describes: "the Government of Iraq, led by X"."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return None
    noun = tok.doc[tok.i - 2]
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        noun = noun.head.head  # the head of "Government of Iraq", not Iraq
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _hyphen_relations(doc: Doc, sent: Span, actors: list[Actor], index: int) -> list[Relation]:
    """Relations packed in a hyphenated modifier: "Iran-backed militias", "U.S.-led coalition"."""
    kinds = lexicon()["hyphenated"]
    out: list[Relation] = []
    for tok in sent:
        word = tok.lower_.rsplit("-", 1)
        if tok.dep_ != "amod" or word[-1] not in kinds:
            continue
        if len(word) == 2 and word[0]:  # one token: "u.s.-led"
            first = actor_at(actors, tok.idx, tok.idx + len(word[0]))
        else:  # "Iran - backed"
            mods = [c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            first = actor_at(actors, mods[0].idx, mods[0].idx + len(mods[0].text)) if (
                mods and doc[tok.i - 1].text == "-") else None
        head = tok.head
        second = actor_at(actors, head.idx, head.idx + len(head.text))
        if second is None and head.dep_ == "appos":  # "the Houthis, an Iran-backed group"
            second = actor_at(actors, head.head.idx, head.head.idx + len(head.head.text))
        if first is None or second is None or first.key == second.key or (
                first.country and first.country == second.country):
            continue  # "Iraqi-led forces" are Iraq's own
        if is_actor_like(first) and is_actor_like(second):
            out += pairs(kinds[word[-1]], [first], [second], sent, index, 0.6)
    return out


def _pair_noun_relations(doc: Doc, sent: Span, actors: list[Actor], index: int
                         ) -> list[Relation]:
    """Two actors joined by a hyphen before a relation noun: "the Iran-Iraq war"."""
    lex = lexicon()
    kinds = {**{w: "allied_with" for w in lex["allied_with"]["nouns"]},
             **{w: "opposes" for w in [*lex["opposes"]["nouns"], *lex["opposes"]["pair_nouns"]]}}
    out: list[Relation] = []
    for tok in sent:
        kind = kinds.get(tok.lemma_.lower())
        if kind is None or not is_noun_use(tok) or tok.left_edge.i == tok.i:
            continue
        start, end = tok.left_edge.idx, tok.idx
        inside = sorted({(sp, a.key): a for a in actors for sp in a.spans
                         if start <= sp[0] and sp[1] <= end}.items())
        for ((a_span, _), a), ((b_span, _), b) in zip(inside, inside[1:], strict=False):
            if doc.text[a_span[1]:b_span[0]].strip() in ("-", "\u2013", "/") and (
                    is_actor_like(a) and is_actor_like(b)):
                out += pairs(kind, [a], [b], sent, index, 0.6)
    return out


def extract_relations(doc: Doc, actors: list[Actor]) -> list[Relation]:
    """The relations stated in the doc between its actors, deduplicated."""
    found = _office_relations(doc, actors) + _part_relations(doc, actors)
    for index, sent in enumerate(doc.sents):
        found += _alliance_relations(doc, sent, actors, index)
        found += _opposition_relations(doc, sent, actors, index)
        found += _support_relations(doc, sent, actors, index)
        found += _membership_relations(doc, sent, actors, index)
        found += _leadership_relations(doc, sent, actors, index)
        found += _hyphen_relations(doc, sent, actors, index)
        found += _pair_noun_relations(doc, sent, actors, index)
        found += between_relations(sent, actors, index)
        found += governed_relations(sent, actors, index)
        found += participle_ties(sent, actors, index)
        found += title_relations(sent, actors, index)
    by_key = {a.key: a for a in actors}
    seen: set[tuple[str, str, str, bool]] = set()
    out: list[Relation] = []
    for rel in found:
        key = (rel.subject_key, rel.relation_type, rel.object_key, rel.former)
        if key in seen or rel.subject_key == rel.object_key or not is_informative(rel, by_key):
            continue
        seen.add(key)
        out.append(rel)
    return strongest_offices(out)

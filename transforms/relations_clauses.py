"""Who does what a word states: the agents and targets of fighting and support words."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from transforms.actors import actor_at
from transforms.types import Actor, Relation

_NOUNISH = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "compound",
                      "ROOT"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our", "his", "her"})


@cache
def lexicon() -> dict:
    """The relation word lists of data/dictionaries/actors_relations.yaml."""
    from transforms.countries import _yaml

    return _yaml("actors_relations.yaml")


@cache
def rules() -> dict:
    """The relation rules of data/dictionaries/relations.yaml (read by relations only)."""
    from transforms.dictionaries import dictionary

    return dictionary("relations.yaml")


def is_noun_use(tok: Token) -> bool:
    """A trigger used as a noun ("the fight against"), even when tagged VERB ("airstrikes")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.pos_ == "VERB" and tok.dep_ in _NOUNISH and tok.dep_ != "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def is_negated(tok: Token) -> bool:
    """Negated, asked about, merely possible ("X could attack Y") or scare-quoted: not stated."""
    if any(c.dep_ == "neg" for c in tok.children) or any(
            c.dep_ == "neg" for c in tok.head.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in rules()["possibility_modals"] for c in tok.children):
        return True  # "goods that regimes can use against their people" states no act
    doc = tok.doc
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote:
        return True  # a scare-quoted "war" is one the writer disputes
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
               for node in [tok, *tok.ancestors] for c in node.children)


def is_actor_like(actor: Actor) -> bool:
    """An actor definite enough to relate: a group needs a country or a sector."""
    # A group with neither ("nation", "residents") is too vague to relate.
    return actor.actor_type != "group" or bool(actor.country or actor.role)


def with_conjuncts(toks: list[Token]) -> list[Token]:
    """The words and every word conjoined with them."""
    out: list[Token] = []
    for tok in toks:
        for t in (tok, *tok.conjuncts):
            if t not in out:
                out.append(t)
    return out


def _through_partitives(tokens: list[Token]) -> list[Token]:
    """Words standing for an actor they quantify or hold: "70 members of X", "X's control"."""
    lex = lexicon()
    partitive, holding = set(lex["partitive_nouns"]), set(lex["holding_nouns"])
    out: list[Token] = []
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma in partitive:
            inner = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            out += with_conjuncts(inner) if inner else [t]
        elif lemma in holding:
            owners = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod")]
            out += owners or [t]
        else:
            out.append(t)
    return out


def actors_of(tokens: list[Token], actors: list[Actor], head_only: bool = False) -> list[Actor]:
    """The actors the words name; with head_only, "ISIL targets" is not ISIL."""
    out: list[Actor] = []
    for t in _through_partitives(with_conjuncts(tokens)):
        a = actor_at(actors, t.idx, t.idx + len(t.text))
        if a is None and not head_only:
            # The head and its left modifiers only: "ISIL terrorists in Syria" is ISIL.
            a = actor_at(actors, t.left_edge.idx, t.idx + len(t.text))
        if a is not None and a not in out:
            out.append(a)
    return out


def _is_setting(tok: Token) -> bool:
    """A place named as where something happened: "the attacks in Paris"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in rules()["setting_preps"] and (
        tok.ent_type_ in ("GPE", "LOC", "FAC"))


def _antecedent(pron: Token, actors: list[Actor], avoid: set[int]) -> list[Token]:
    """The nearest earlier actor word of the sentence a possessive pronoun refers to."""
    if pron.lower_ in ("our", "my"):
        return []  # the speaker's own, not the last actor named: "met officials on our efforts"
    for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
        if t.i in avoid or t.pos_ not in ("NOUN", "PROPN") or _is_setting(t):
            continue
        if actor_at(actors, t.idx, t.idx + len(t.text)) is not None:
            head = t
            while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                head = head.head
            while head.dep_ == "conj":
                head = head.head  # "the Government of Iraq and the Iraqi people in their fight"
            return [head]
    return []


def possessors(node: Token, actors: list[Actor]) -> list[Token]:
    """The possessor of a noun, a pronoun resolved in the sentence: "his government"."""
    for c in node.children:
        if c.dep_ == "poss":
            return _antecedent(c, actors, set()) if c.lower_ in _POSSESSIVE_PRONOUNS else [c]
    return []


def _noun_agents(node: Token, actors: list[Actor], avoid: set[int]) -> list[Token]:
    """A noun's possessor, "by" agent or actor modifier: "ISIL's attacks", "U.S. airstrikes"."""
    for c in node.children:
        if c.dep_ == "poss":
            if c.lower_ in _POSSESSIVE_PRONOUNS:
                return _antecedent(c, actors, avoid)
            return [c]
    for c in node.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "acl":  # "a raid conducted by the U.S. military"
            by = [g for a in c.children if a.dep_ == "agent" for g in a.children
                  if g.dep_ == "pobj"]
            if by:
                return by
    return [c for c in node.children if c.dep_ in ("compound", "amod", "nmod")
            and c.i not in avoid and actor_at(actors, c.idx, c.idx + len(c.text)) is not None]


def _companions(subjects: list[Token]) -> list[Token]:
    """Those acting together with the subjects: "X, together with Y, fought Z"."""
    joint = set(rules()["companion_adverbs"])
    return [g for t in subjects for c in t.children if c.dep_ == "prep" and (
        c.lower_ in rules()["companion_preps"] or (c.lower_ == "with" and any(
            a.lower_ in joint for a in c.children if a.dep_ == "advmod")))
        for g in c.children if g.dep_ == "pobj"]


def _backed_by(word: Token) -> list[Token]:
    """Those a support word backs: "support for Iraq", "reiterated its support for Iraq"."""
    lex = lexicon()["allied_with"]
    nouns = set(lex["support_nouns"])
    if word.pos_ == "VERB" and word.lemma_.lower() not in lex["verbs"]:
        word = next((c for c in word.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in nouns), word)
    if word.lemma_.lower() in nouns and word.pos_ == "NOUN":
        return prep_objects(word, ("for", "to", "of"))
    return []


def _object_party(word: Token, actors: list[Actor]) -> list[Token]:
    """The actor words a verb's object or a noun names, also through "of": "praised the army"."""
    if word.pos_ == "VERB":
        objects = [c for c in word.children if c.dep_ == "dobj"]
    elif word.pos_ == "NOUN":
        objects = [word]
    else:
        return []
    objects += prep_objects_of(objects)
    return [t for t in objects if actor_at(actors, t.idx, t.idx + len(t.text)) is not None]


def prep_objects_of(nouns: list[Token]) -> list[Token]:
    """The objects of "of" after the nouns: "the performance of Iraqi forces"."""
    return [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def agents(tok: Token, actors: list[Actor], avoid: set[int]) -> list[Token]:
    """Who does what tok states: its subject, or the subject of the clause it completes."""
    light = {*lexicon()["light_verbs"], *rules()["light_verbs"]}
    node = prev = tok
    for _ in range(6):
        # A passive subject acts in the clause it governs: "X is committed to defeating Y".
        kinds = ("nsubj",) if node is tok else ("nsubj", "nsubjpass")
        # "which" stands for the noun the clause modifies (taken below).
        subj = [c for c in node.children if c.dep_ in kinds and c.i not in avoid
                and c.tag_ not in ("WDT", "WP")]
        by = [g for c in node.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
        # "his death will degrade ISIL": the one who dies does nothing.
        subj = [c for c in subj if c.lemma_.lower() not in rules()["patient_nouns"]]
        if by or subj:
            # "The UK, the Coalition and Iraq are ...": a list misread as an apposition.
            # Only appositions that name an actor: "The Houthis, an Iranian-backed group" is
            # not Iran.
            found = [*(by or subj), *(c for t in by or subj for c in t.children
                                      if c.dep_ == "appos"
                                      and actor_at(actors, c.idx, c.idx + len(c.text)))]
            found += _companions(by or subj)
            if prev.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in prev.children):
                # "The UK stands by Iraq to defeat Daesh": the partner acts as well.
                found += prep_objects(node, ("by", "with", "alongside"))
            return found
        if node is tok and any(c.dep_ == "nsubjpass" for c in node.children):
            # "He was killed in a raid by X": the raid's agent did it.
            events = set(lexicon()["opposes"]["nouns"])
            for event in prep_objects(node, ("in", "during")):
                if event.lemma_.lower() in events and (
                        found := _noun_agents(event, actors, avoid)):
                    return found
        if is_noun_use(node):
            found = _noun_agents(node, actors, avoid)
            if found:
                return found
            if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in node.children):
                return []  # the speaker's own efforts: no actor of the sentence makes them
        if node.dep_ == "relcl":
            if actor_at(actors, node.head.idx, node.head.idx + len(node.head.text)) is None and (
                    found := _noun_agents(node.head, actors, avoid)):
                return found  # "ISIL's attacks, which targeted civilians": ISIL targeted
            return [node.head]
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return [node.head]  # "forces fighting ISIL"
        head = node.head
        if head is node:
            return []
        if node.dep_ == "xcomp" and (objs := [c for c in head.children if c.dep_ == "dobj"]):
            return objs  # "assist the Iraqi government to defeat ISIL": the government defeats
        if node.dep_ == "prep" and node.lower_ in ("in", "during") and (
                backed := _backed_by(head) or _object_party(head, actors)):
            # "support for Iraq in the fight against ISIL", "praised the performance of Iraqi
            # forces in the fight": the one supported or praised fights.
            return backed
        if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and head.pos_ == "VERB":
            return []  # a noun conjoined to a verb is a misparse, not the verb's act
        climbs = node.dep_ in ("xcomp", "pcomp", "advcl", "acl", "conj", "prep", "acomp")
        if climbs or (node.dep_ == "pobj" and head.pos_ == "ADP"):
            node, prev = head, node
        elif node.dep_ == "dobj" and head.lemma_.lower() in light:
            node, prev = head, node  # "conducted strikes against ISIL": who conducted
        else:
            return []
    return []


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the given prepositions attached to tok."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def targets(tok: Token, preps: tuple[str, ...], of_object: bool = False,
            shared_with: frozenset[str] = frozenset()) -> list[Token]:
    """The objects of a verb or noun: direct objects, passive subjects and prepositions."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    found += prep_objects(tok, (*preps, "of") if of_object else preps)
    if not found:
        # "to degrade and destroy ISIL": the object of the last conjoined verb is shared.
        for c in tok.conjuncts:
            if c.i > tok.i and c.lemma_.lower() in shared_with:
                found += [g for g in c.children if g.dep_ == "dobj"]
    return found


def collectives(found: list[Actor]) -> list[Actor]:
    """The actors that can be allies or units: organisations, countries and groups."""
    return [a for a in found if a.actor_type != "person" and is_actor_like(a)]


def pairs(kind: str, sources: list[Actor], targets_: list[Actor], sent: Span, index: int,
          confidence: float) -> list[Relation]:
    """A relation of the kind from every source to every other target, evidenced by sent."""
    return [Relation(a.key, kind, b.key, False, sent.text.strip(), index, confidence)
            for a in sources for b in targets_ if a.key != b.key]

"""Modality of an event: asserted, negated, planned, hypothetical or reported, and who said it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from transforms.dictionaries import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Token

PRECEDENCE = ("negated", "hypothetical", "planned", "reported", "asserted")
# Dependencies through which a governing word scopes over the clause below it.
_SCOPING = {"xcomp", "ccomp", "acomp", "advcl", "acl", "csubj", "pcomp", "pobj", "prep", "dobj",
            "attr", "oprd", "parataxis"}
_MAX_LEVELS = 8


@dataclass(frozen=True)
class Modality:
    """How the text asserts an event, and the token of the speaker of a reported claim."""

    modality: str
    speaker: Token | None = None
    via_speech: bool = False  # the speaker is the subject of a speech verb governing the event


@cache
def modality_words() -> dict[str, frozenset[str]]:
    """The word lists of data/dictionaries/modality.yaml as frozensets."""
    data = dictionary("modality.yaml")
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


def _local_flags(tok: Token, words: dict[str, frozenset[str]], flags: set[str]) -> Token | None:
    """Add the flags of the words attached to `tok`; return an 'according to' speaker if any."""
    speaker = None
    if tok.lemma_.lower() in ("stay", "remain") and any(
            c.lower_ in words["staying_particles"] for c in tok.children):
        flags.add("negated")  # "stays behind / at home": the trip does not happen
    for c in tok.children:
        low, dep = c.lower_, c.dep_
        if dep in ("nsubj", "nsubjpass") and any(
                d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children):
            flags.add("negated")
        if dep == "neg" or (dep in ("advmod", "det", "preconj") and low in words["negation_words"]
                            and low != "without"):
            flags.add("negated")
        elif dep in ("aux", "auxpass"):
            if low in words["planned_auxiliaries"]:
                flags.add("planned")
            elif low in words["hypothetical_auxiliaries"]:
                flags.add("hypothetical")
        elif dep == "mark" and low in words["conditional_marks"]:
            flags.add("hypothetical")
        elif dep == "mark" and low in words["pending_marks"] and tok.tag_ in ("VB", "VBP", "VBZ"):
            flags.add("hypothetical")  # "until the government resigns": not yet, maybe never
        elif dep in ("amod", "advmod", "acomp") and c.lemma_.lower() in words["planned_governors"] \
                and tok.pos_ in ("NOUN", "PROPN"):
            flags.add("planned")
        elif dep == "advmod" and c.lemma_.lower() in words["hypothetical_governors"]:
            flags.add("hypothetical")
        elif dep == "prep" and low == "according":
            flags.add("reported")
            speaker = next((g for t in c.children if t.lower_ == "to"
                            for g in t.children if g.dep_ == "pobj"), None)
    return speaker


def _past(clause: Token) -> bool:
    """Whether a clause is in a past or perfect tense ("has called off", "sent", "had met")."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.tag_ == "VBD")
        for c in clause.children)


def _governor_flags(gov: Token, clause: Token, words: dict[str, frozenset[str]],
                    flags: set[str]) -> Token | None:
    """Add the flags that governor `gov` gives `clause` attached below it; return a speaker."""
    dep = clause.dep_
    lemma = gov.lemma_.lower()
    staying = lemma in ("stay", "remain") and any(c.lower_ in words["staying_particles"]
                                                  for c in gov.children)
    # a phrasal governor ("rule out") is listed with its particle: "ruled that" does not negate
    phrasal = {lemma} | {f"{lemma} {c.lower_}" for c in gov.children if c.dep_ == "prt"}
    if staying or (phrasal & words["negating_governors"]
                   and dep in ("xcomp", "ccomp", "dobj", "pcomp", "prep")):
        flags.add("negated")
    if lemma in words["planned_governors"] and dep in ("xcomp", "acomp", "ccomp", "prep", "pobj") \
            and not (dep == "ccomp" and _past(clause)):
        flags.add("planned")  # but "announced that it has called off the strike" is done
    if lemma in words["hypothetical_governors"] and dep in (
            "xcomp", "ccomp", "acomp", "prep", "pobj", "pcomp", "attr", "advcl", "acl"):
        flags.add("hypothetical")
    if dep == "ccomp" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower()
                              in words["hypothetical_governors"] for c in gov.children):
        flags.add("hypothetical")  # "It is possible that ...", "It is unclear whether ..."
    if lemma == "go" and gov.tag_ == "VBG" and dep == "xcomp":
        flags.add("planned")  # "is going to meet"
    if lemma in words["cognition_verbs"] and dep in ("ccomp", "parataxis"):
        flags.add("hypothetical")
    directive = lemma in words["directive_governors"] and dep == "xcomp"
    if lemma in words["speech_verbs"] and dep in ("ccomp", "parataxis", "xcomp") \
            and gov.pos_ in ("VERB", "AUX") and not directive:  # "warned X to": asked, not claimed
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if dep != "xcomp" or subj is not None:
            flags.add("reported")
            return subj
    return None


def event_modality(trigger: Token, clause: Token | None = None) -> Modality:
    """The modality of the event whose trigger (and clause head, for nouns) is given."""
    words = modality_words()
    flags: set[str] = set()
    speaker = None
    via_speech = False
    tok = clause if clause is not None else trigger
    if clause is not None and clause.i != trigger.i:
        _local_flags(trigger, words, flags)
    first = True
    done = False
    for _ in range(_MAX_LEVELS):
        found = _local_flags(tok, words, flags)
        speaker = speaker or found
        head, dep = tok.head, tok.dep_
        if head.i == tok.i:
            break
        if dep == "conj":
            # A conjunct shares the auxiliaries of its head only when it has none of its own.
            if first and not any(c.dep_ in ("aux", "nsubj", "neg") for c in tok.children):
                inherited: set[str] = set()
                _local_flags(head, words, inherited)
                flags |= inherited - {"reported"}
            tok = head
            first = False
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        if dep == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            done = True  # "a vigil for Gray, killed by police": the participle's act took place
        if dep == "advcl" and own_subject and not any(
                c.dep_ == "mark" and c.lower_ in words["conditional_marks"] for c in tok.children):
            break  # "..., while X said ...": an adverbial clause with its own subject is asserted
        if dep in _SCOPING or dep == "relcl":
            if "negated" in flags and head.lemma_.lower() in words["directive_governors"] \
                    and dep in ("xcomp", "ccomp", "advcl"):
                # "warned them not to allow ...": the negation is part of what is asked for
                flags.discard("negated")
                flags.add("hypothetical")
            found = _governor_flags(head, tok, words, flags)
            if found is not None and speaker is None:
                speaker, via_speech = found, True
        tok = head
        first = False
    if done:
        flags -= {"planned", "hypothetical"}
    modality = next((m for m in PRECEDENCE if m in flags), "asserted")
    return Modality(modality, speaker, via_speech)


def sentence_is_speculation(sent_root: Token) -> bool:
    """Whether a sentence only reports speculation or belief ("Speculation is growing over ...")."""
    words = modality_words()
    lemma = sent_root.lemma_.lower()
    subj = next((c for c in sent_root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lemma_.lower() in words["hypothetical_governors"]:
        return True
    return lemma in words["cognition_verbs"]

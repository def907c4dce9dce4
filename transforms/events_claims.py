"""Claims carried by speech and accusation verbs: the evaluation a claim predicates ("told X the
ban was a mistake") and the plans it alleges of another actor ("accused X of planning to
invade")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.events_frames import Frame, frame_matches, lemma_keys, lexicon
from transforms.modality import modality_words

if TYPE_CHECKING:
    from spacy.tokens import Token


def _hedged(clause: Token) -> bool:
    """Whether a claim is negated, modal or conditional ("was not a mistake", "would be a
    mistake", "whether it was wrong"): no evaluation asserted."""
    words = modality_words()
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in
                                   words["hypothetical_auxiliaries"])
               or (c.dep_ == "mark" and c.lower_ in words["conditional_marks"])
               for c in clause.children)


def _predicate_words(clause: Token) -> tuple[set[str], set[str]]:
    """What a clause predicates of its subject ("was a grave mistake", "were illegal and a
    failure"), and what it compares the subject with ("behave like thugs", "act like they're
    an army")."""
    preds = [c for c in clause.children if c.dep_ in ("attr", "acomp", "oprd")]
    preds += [j for c in preds for j in c.conjuncts]
    words = {w for c in preds for w in (c.lemma_.lower(), c.lower_)}
    words |= {a.lemma_.lower() for c in preds for a in c.children if a.dep_ == "amod"}
    similes = {w for p in clause.children if p.dep_ == "prep" and p.lower_ == "like"
               for g in p.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
    return words, similes


def predicated_tone(verb: Token) -> str | None:
    """The code of the evaluation a speech verb's claim predicates of its subject ("told X the
    moratorium was a mistake", "said the police behave like thugs"): CAMEO keeps 010 for
    statements without disapproval. None when no evaluation is asserted, or when a tone word
    elsewhere in the claim already sets the code (`speech_tone`)."""
    lex = lexicon()
    tone_words = frozenset().union(*lex.speech_tone.values())
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "parataxis"):
            continue
        if any(t.lemma_.lower() in tone_words or t.lower_ in tone_words for t in comp.subtree):
            return None
        clauses = [comp, *(c for c in comp.children if c.dep_ in ("conj", "advcl"))]
        for clause in clauses:
            if _hedged(clause):
                continue
            words, similes = _predicate_words(clause)
            if any(c.dep_ == "mark" and c.lower_ in ("like", "as") for c in clause.children):
                similes |= words  # "patrol like they are an army"
            for code, preds in lex.speech_predicates.items():
                if words & preds or similes & lex.speech_similes.get(code, frozenset()):
                    return code
            if (code := _harm_to_addressee(verb, clause)) is not None:
                return code
    return None


def _subject(clause: Token) -> Token | None:
    """A clause's nominal subject, if any."""
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _harm_to_addressee(verb: Token, clause: Token) -> str | None:
    """The code of a claim, told to an addressee, that something harms its own standing
    ("warned X that the offensive was tarnishing its image") or that it failed ("told X: you
    failed to do so"), None otherwise."""
    if clause.tag_ in ("VBN",) or not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    lemma = clause.lemma_.lower()
    doer = clause if clause.dep_ != "conj" or _subject(clause) is not None else clause.head
    if (subj := _subject(doer)) is not None and subj.lower_ == "you":  # "you failed to do so"
        code = next((c for c, verbs in lexicon().speech_failures.items() if lemma in verbs), None)
        if code is not None:
            return code
    owned = any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.pos_ == "PRON"
                                         for g in c.children) for c in clause.children)
    if not owned:
        return None
    return next((code for code, verbs in lexicon().speech_harms.items() if lemma in verbs), None)


def _subject_text(verb: Token) -> str | None:
    """The lower-case text of a verb's nominal subject, None for none or a pronoun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return " ".join(t.lower_ for t in subj.subtree)


def alleged_plan(verb: Token) -> Token | None:
    """The accusation or claim whose content is another actor's plan to do this act ("accused
    X of planning to invade", "claimed X was planning to capture soldiers"): the act did not
    happen, the accusation is the event. A speaker's own plan is no allegation."""
    lex = lexicon()
    speech = modality_words()["speech_verbs"]
    tok, planner = verb, None
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in ("xcomp", "ccomp", "pcomp", "prep", "advcl", "conj"):
            return None
        lemma = head.lemma_.lower()
        if lemma in lex.accusation_verbs and (planner is not None or (
                tok.dep_ == "advcl" and _of_plan(head))):
            return head  # also "accused X of planning [to invade]" hung on the accusation
        if planner is not None and tok.dep_ == "ccomp" and lemma in speech:
            named = _subject_text(planner)
            return head if named is not None and named != _subject_text(head) else None
        if planner is None and lemma in lex.plan_verbs:
            planner = head
        tok = head
    return None


def _of_plan(verb: Token) -> bool:
    """Whether a verb governs "of" a plan verb ("accused X of planning")."""
    plans = lexicon().plan_verbs
    return any(g.lemma_.lower() in plans for p in verb.children if p.dep_ == "prep"
               for g in p.children if g.dep_ in ("pobj", "pcomp"))


def first_frame(verb: Token) -> Frame | None:
    """The first frame of the verb's lemma whose conditions hold, without further checks."""
    lex = lexicon()
    for key in lemma_keys(verb):
        for frame in lex.verbs.get(key, ()):
            if frame_matches(frame, verb):
                return frame
        if key in lex.verbs:
            return None
    return None


def hostile(code: str) -> bool:
    """Whether a code is a threat or a hostile act (roots 13 to 20)."""
    return code[:2] >= "13"


def claims_hostile_plan(verb: Token) -> bool:
    """Whether a speech verb's claim is that another actor plans a hostile act: an accusation."""
    for comp in verb.children:
        if comp.dep_ != "ccomp":
            continue
        for tok in comp.subtree:
            if tok.pos_ == "VERB" and (frame := first_frame(tok)) is not None \
                    and hostile(frame.code) and (claim := alleged_plan(tok)) is not None \
                    and claim.i == verb.i:
                return True
    return False


def voiced_as_verbal_act(verb: Token) -> bool:
    """Whether a statement is made "as" or "while" its speaker does a verbal act of criticism,
    demand, rejection or threat ("told parliament as he condemned the act"): that act is the
    event, coded on its own verb when it names a target; the statement adds no second event."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            continue  # another actor's act ("as police fired tear gas")
        frame = first_frame(clause)
        if frame is not None and frame.code[:2] in ("10", "11", "12", "13"):
            return True
    return False

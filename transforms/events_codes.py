"""The CAMEO codes and modalities an act yields: the act itself, or the intent, threat or
rejection the text asserts about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.codes import cameo_code
from transforms.events_frames import lexicon
from transforms.modality import modality_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from transforms.events_matches import Match
    from transforms.types import Actor


def act_codes(m: Match, code: str, modality: str, speaker: Actor | None, via_speech: bool,
              sources: list[Actor | None]) -> list[tuple[str, str]]:
    """The (code, modality) pairs of a match's act and the intent, threat or rejection it shows."""
    codes = [(code, modality)]
    root = cameo_code(code).root
    if root == "02" and modality in ("planned", "hypothetical") \
            and _conditioned(m.clause, root, marks=("if",)) and _effect_subject(m.clause):
        return []  # "if X pays, it will encourage banks to lend": a forecast, no request yet
    own = speaker is not None and via_speech and any(
        s is not None and (speaker.key == s.key or (speaker.country and speaker.country == s.country
                                                    and s.actor_type == "country"))
        for s in sources)
    if (not m.frame.compose and modality in ("planned", "hypothetical")
                    and _conditioned(m.clause, root) and (own or _states_intent(m.clause))):
        # "X will cut aid unless Y ...": an own act made conditional on the target is a threat
        codes = [(composed_code("threaten", root), "asserted")]
    elif own and modality in ("planned", "hypothetical") and not m.frame.compose \
            and _plain_future(m.clause):
        # A source announcing its own future act expresses intent (03) or threatens (13).
        table = _intent_or_threat(root)
        if table:
            codes = [(composed_code(table, root), "asserted")]
    elif modality == "planned" and not m.frame.compose and _states_intent(m.clause):
        # "X will give Y a loan": the text asserts X's intent now; the act itself stays planned.
        table = _intent_or_threat(root)
        if table and _decided(m.clause):
            codes = [(composed_code(table, root), "asserted")]  # "decided to allow": one event
        elif table:
            codes.insert(0, (composed_code(table, root), "asserted"))
    elif modality == "negated" and "03" <= root <= "08" and not m.frame.compose:
        # Declining a cooperative act is itself a rejection (CAMEO 12), asserted by the text.
        codes.append((composed_code("reject", root), "reported" if speaker else "asserted"))
    return codes


def _plain_future(clause: Token) -> bool:
    """Whether a reported future act is stated outright, not as a condition or an open question
    ("said it would go", not "said it was unclear if it would go")."""
    words = modality_words()
    tok = clause
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in words["conditional_marks"] for c in tok.children):
            return False
        if any(c.dep_ in ("acomp", "attr", "advmod") and c.lemma_.lower()
               in words["hypothetical_governors"] for c in tok.children):
            return False
        if tok.lemma_.lower() in words["speech_verbs"] or tok.head.i == tok.i:
            return True
        tok = tok.head
    return True


def _states_intent(clause: Token) -> bool:
    """Whether a planned clause is its subject's own stated intention ("will", "plans to")."""
    words = modality_words()
    if any(c.dep_ == "aux" and c.lower_ in words["planned_auxiliaries"] for c in clause.children):
        return True
    head = clause.head
    return clause.dep_ == "xcomp" and head.lemma_.lower() in words["intent_governors"]


def _conditioned(clause: Token, root: str, marks: tuple[str, ...] = ()) -> bool:
    """Whether a clause makes its act a threat by a condition: "unless" always, "if" for a
    hostile act (a cooperative act "if Y reforms" is a conditional promise)."""
    marks = marks or (("if", "unless") if root >= "10" else ("unless",))
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks
                                         for g in c.children) for c in clause.children)


def _effect_subject(clause: Token) -> bool:
    """Whether a clause's subject is "it", "this" or "that": after a condition it stands for
    what the condition brings about ("if X pays, it will encourage ..."), not for an actor."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in clause.children)


def _decided(clause: Token) -> bool:
    """Whether a planned clause is the infinitive of an intent verb ("decided to allow"), whose
    intent is the whole event."""
    words = modality_words()
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in words["intent_governors"]


def _intent_or_threat(root: str) -> str | None:
    """The composite table for an announced future act of this root, if CAMEO has one."""
    if "04" <= root <= "08":
        return "intent"
    if root >= "14":
        return "threaten"
    return None


def composed_code(table: str, root: str) -> str:
    """The code a composite table gives a complement root."""
    codes = lexicon().compose[table]
    return codes.get(root, codes["default"])

"""What a speech act's reported clause makes of it: praise or criticism of someone, or a
demand or appeal to them."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from transforms.codes import cameo_code
from transforms.dictionaries import dictionary
from transforms.events_codes import composed_code
from transforms.events_frames import lexicon, noun_frame, object_of, verb_frame, xcomp_of
from transforms.events_roles import RoleFinder, subject_of

if TYPE_CHECKING:
    from transforms.events_matches import Match
    from transforms.types import Actor


def speech_tone(m: Match, roles: RoleFinder, exclude: set[str]) -> tuple[str, Actor] | None:
    """Praise or criticism carried by the complement of a speech verb, with its target."""
    comp = next((c for c in m.trigger.children if c.dep_ in ("ccomp", "parataxis")), None)
    if comp is None:
        return None
    words = {t.lemma_.lower() for t in comp.subtree} | {t.lower_ for t in comp.subtree}
    for code, tone in lexicon().speech_tone.items():
        if words & tone:
            subj, _ = subject_of(comp)
            target = roles.actor_of(subj) if subj is not None else None
            if target is not None and target.key not in exclude:
                return code, target
    return None


def speech_demand(m: Match, roles: RoleFinder, exclude: set[str]) -> tuple[str, Actor] | None:
    """A demand or appeal voiced as a claim ("said Libya must hand over ..."), with its target;
    the demanded act's tokens go into `m.demanded`, as the demand consumes them."""
    lex = lexicon()
    for comp in m.trigger.children:
        if comp.dep_ not in ("ccomp", "parataxis") or comp.pos_ not in ("VERB", "AUX"):
            continue
        modals = {c.lower_ for c in comp.children if c.dep_ == "aux"}
        inner = comp
        obligation = comp.lemma_.lower() in ("need", "have") and xcomp_of(comp) is not None
        if obligation:
            modals.add("must")  # "X needs to", "X has to"
            inner = xcomp_of(comp)
        constraint = obligation and comp.lemma_.lower() == "have"
        table = next((t for t, words in lex.speech_modals.items() if modals & words), None)
        if table is None or any(c.dep_ == "neg" for c in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        target = roles.actor_of(subj) if subj is not None else None
        if target is None or target.key in exclude:
            continue
        frame = verb_frame(inner) if inner.pos_ in ("VERB", "AUX") else None
        if frame is None and object_of(inner) is not None:
            frame = noun_frame(object_of(inner))
        root = cameo_code(frame.code).root if frame is not None else ""
        if constraint and not root:
            continue  # "said they had to deal with it" reports a constraint, not a demand
        if table == "appeal" and not root and inner.lemma_.lower() in _outcome_verbs():
            continue  # "said X should achieve a profit" forecasts an outcome, asks for no act
        if not root and inner.lemma_.lower() in _understanding_verbs():
            continue  # "said X must understand that ..." argues a case, demands no act
        obj = object_of(inner)
        m.demanded = {comp.i, inner.i} | ({obj.i} if obj is not None else set())
        return composed_code(table, root), target
    return None


@cache
def _outcome_verbs() -> frozenset[str]:
    """Verbs of results and figures: "should" with one of them forecasts, not appeals."""
    return frozenset(dictionary("event_roles.yaml").get("outcome_verbs", []))


@cache
def _understanding_verbs() -> frozenset[str]:
    """Verbs of grasping a point: "must understand that ..." argues, it demands no act."""
    return frozenset(dictionary("verbs.yaml").get("understanding_verbs", []))

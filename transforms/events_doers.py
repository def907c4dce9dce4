"""The doers of a match's act: its subject's actors, else the side an agentless violent act
is attributed to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.actors_titles import is_equipment, is_thing
from transforms.codes import cameo_code
from transforms.events_frames import lexicon, noun_frames, object_of, verb_frame
from transforms.events_roles import RoleFinder, subject_of
from transforms.events_targets import encounter_parties, mishap, patient_heads
from transforms.modality import event_modality
from transforms.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from transforms.events_matches import Match

_FIRST_PERSON = frozenset({"we", "i"})


def doers(m: Match, roles: RoleFinder) -> tuple[list[tuple[Actor | None, Token | None]],
                                                Token | None]:
    """A match's source actors with their tokens (none: no doer to code) and its subject token."""
    src_tok, _ = subject_of(m.clause)
    speaker = _reporting_decliner(m)
    if speaker is not None:
        src_tok = speaker
    if src_tok is None and m.frame.passive_subject:  # "is opposed to", "is committed to"
        src_tok = next((c for c in m.clause.children if c.dep_ == "nsubjpass"), None)
    sources: list[tuple[Actor | None, Token | None]] = []
    if src_tok is not None:
        sources = list(roles.actors_of(src_tok))
        if not sources and m.clause.dep_ == "acl" and src_tok.dep_ in ("dobj", "nsubjpass"):
            # "X issued a statement demanding ...": the issuer of the statement speaks
            issuer, _ = subject_of(src_tok.head)
            sources = list(roles.actors_of(issuer)) if issuer is not None else []
    if sources and src_tok is not None and src_tok.lower_ in _FIRST_PERSON:
        # "we" in a quotation is the speaker's side, not whoever the last "we" referred to
        speaker = event_modality(m.trigger, m.clause).speaker
        hit = roles.actor_of(speaker) if speaker is not None else None
        sources = [(hit, src_tok)] if hit is not None else []
    patients = {a.key for t in patient_heads(m.trigger, "") if (a := roles.actor_of(t))}
    # "Lopez, a student killed by police": the one the participle describes is not its doer
    sources = [(a, t) for a, t in sources if a is None or a.key not in patients]
    # a tank or a van is no doer; its owner is, when the text names one
    sources = [(a, t) for a, t in sources if a is None or not _equipment(a)]
    if src_tok is not None and _instrument_threat(m, src_tok):
        sources = []
    if not sources:
        if not _agentless(m, src_tok) or mishap(m.clause):
            return [], src_tok
        # a violent act on a named target by an unnamed perpetrator, unless the operation it
        # happened in names its side ("killed in the Israeli offensive")
        sources = [_operation_actor(m, roles)]
    return sources, src_tok


def _reporting_decliner(m: Match) -> Token | None:
    """The speaker who declined to comment after reporting an act ("they said A and B discussed
    debt but declined to give details"): the parser joins the refusal to the reported act, but
    withholding details is what the reporting speaker does."""
    from transforms.modality import modality_words

    clause = m.clause
    if not m.code.startswith("011") or clause.dep_ != "conj" or clause.head.dep_ != "ccomp":
        return None
    say = clause.head.head
    if say.lemma_.lower() not in modality_words()["speech_verbs"]:
        return None
    return next((c for c in say.children if c.dep_ == "nsubj"), None)


def _instrument_threat(m: Match, subj: Token) -> bool:
    """Whether a coercive act's subject is a policy its owner only names ("an IMF austerity
    programme would threaten democracy"): a programme threatens nothing as a party does."""
    from transforms.dictionaries import dictionary

    roles = dictionary("event_roles.yaml")
    nouns = roles.get("instrument_nouns", [])
    roots = [str(r) for r in roles.get("coercive_roots", [])]
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in nouns \
        and cameo_code(m.code).root in roots


def _agentless(m: Match, src_tok: Token | None) -> bool:
    """Whether a violent act has no named doer: an agentless passive or a weapon as subject."""
    lex = lexicon()
    if cameo_code(m.code).root not in lex.agentless_roots or m.trigger.pos_ != "VERB":
        return False
    if src_tok is not None:
        return src_tok.lemma_.lower() in lex.weapon_subjects
    return any(c.dep_ == "nsubjpass" for c in m.clause.children)


def _operation_actor(m: Match, roles: RoleFinder) -> tuple[Actor | None, Token | None]:
    """The side whose named operation an agentless act happened in ("were killed in the Israeli
    offensive", "died in a US air strike") or the other side of an encounter, else none."""
    for prep in m.clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        # "in the 12 days of the offensive": through a measure noun
        heads = [g for g in prep.children if g.dep_ == "pobj"]
        heads += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        for op in (h for h in heads if noun_frames(h)):
            if cameo_code(noun_frames(op)[0].code).root not in lexicon().violent_roots:
                continue
            for mod in op.children:
                if mod.dep_ in ("amod", "compound", "poss", "nmod"):
                    actor = roles.actor_of(mod, 0)
                    if actor is not None and actor.country:
                        return actor, mod
            claimant = _claimant(op, roles)
            if claimant[0] is not None:
                return claimant
    for party in encounter_parties(m.clause):
        actor = roles.actor_of(party)
        if actor is not None:
            return actor, party
    return _cause_doer(m, roles)


def _claimant(op: Token, roles: RoleFinder) -> tuple[Actor | None, Token | None]:
    """The doer an operation noun's relative clause names as telling of its own violent act
    ("the raid, which the navy announced by saying it had sunk a boat"); one who only comments
    on it ("which the UN condemned") is no doer."""
    for rel in (c for c in op.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        subj, _ = subject_of(rel)
        if subj is None or subj.pos_ == "PRON":
            continue
        own = [v for v in rel.subtree if v is not rel and v.pos_ == "VERB" and _forceful(v)
               and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in v.children)]
        actor = roles.actor_of(subj)
        if own and actor is not None and actor.country:
            return actor, subj
    return None, None


def _forceful(verb: Token) -> bool:
    """Whether a verb tells of a violent act, or of force used on a vessel ("sank a ship")."""
    from transforms.dictionaries import dictionary

    force = dictionary("event_roles.yaml").get("force_verbs", [])
    return _violent_verb(verb) or verb.lemma_.lower() in force


def _cause_doer(m: Match, roles: RoleFinder) -> tuple[Actor | None, Token | None]:
    """The named doer of a violent act that a subordinate clause gives as the cause of an
    agentless one ("were killed when their branch burned after a protester threw a bomb")."""
    frontier = [m.clause]
    for _ in range(2):
        frontier = [c for t in frontier for c in t.children if c.dep_ == "advcl"
                    and c.pos_ == "VERB" and c.i > m.clause.i]
        for verb in (v for v in frontier if _violent_verb(v)):
            subj, _ = subject_of(verb)
            # "they" there is too loose a guess for a perpetrator
            actor = roles.actor_of(subj) if subj is not None and subj.pos_ != "PRON" else None
            if actor is not None:
                return actor, subj
    return None, None


def _violent_verb(verb: Token) -> bool:
    """Whether a verb is coded as violence or uses a weapon ("threw a petrol bomb")."""
    frame = verb_frame(verb)
    if frame is not None and (cameo_code(frame.code).root in lexicon().violent_roots
                              or frame.code == "145"):
        return True
    obj = object_of(verb)
    return obj is not None and is_thing(obj.lemma_)


def _equipment(actor: Actor) -> bool:
    """Whether a countryless group actor is only weapons or vehicles ("tank", "van")."""
    return actor.actor_type == "group" and not actor.country and bool(actor.name) \
        and is_equipment(actor.name.split()[-1])

"""The recipients of a match's act: the actors its frame's target slots, its complement or
its clause name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.codes import cameo_code
from transforms.dictionaries import dictionary
from transforms.events_frames import lexicon, noun_frames, object_of, press_channel, xcomp_of
from transforms.events_matches import complements, infinitive
from transforms.events_places import destination_country, placeless
from transforms.events_targets import (
    Clause,
    accused_party,
    named_recipients,
    own_side,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from transforms.events_matches import Match
    from transforms.events_roles import RoleFinder
    from transforms.types import Actor

_OBJECT_SLOTS = frozenset({"dobj", "obj", "xcomp_subj", "nsubjpass"})
_DESTINATION_SLOTS = frozenset({"prep:to", "prep:into"})


def recipients(m: Match, roles: RoleFinder, sources: list[Actor | None],
               keys: set[str]) -> list[Actor]:
    """The target actors of a match's act, other than its sources (`keys`) and their side."""
    # The source's own country is no recipient of its act ("Reagan declined to say ..."):
    # PLOVER codes a domestic act on its place, which the ground below still gives.
    targets = [t for t in _slot_targets(m, roles, keys) if not own_side(t, sources, m.trigger.sent)]
    if not targets and not (m.frame.reciprocal and len(sources) >= 2):
        targets = named_recipients(
            Clause(m.trigger, m.clause, cameo_code(m.code).root,
                   complements(m.trigger) if m.frame.compose or _withheld(m) else [],
                   any(s in _OBJECT_SLOTS for s in m.frame.target) and not _moved(m, roles)),
            roles, sources)
    if not targets:
        targets = _stormed_premises(m, roles, keys)
    if cameo_code(m.code).root == "11":  # "complained to X over Y's raids" accuses Y
        accused = accused_party(m.trigger, roles, sources)
        targets = [accused] if accused is not None else targets
    if m.code.startswith(tuple(dictionary("event_roles.yaml").get("retreat_codes", []))) \
            and m.code.startswith(lexicon().untargeted_codes):
        # "withdrew from the Bosnian town of X" by Bosnian forces: their own land is no party
        targets = [t for t in targets if not (t.actor_type == "country" and all(
            s is not None and s.country == t.country for s in sources))]
    if _deployment(m.code) and all(placeless(t) for t in targets):
        # "sent experts to X to investigate ...": the mission works where it was sent
        targets = [hit for hit in [_purpose_destination(m.clause, roles, keys)] if hit] or targets
    if m.trigger.lemma_.lower() in dictionary("event_roles.yaml").get("travel_verbs", []):
        # "will travel to Yambio": a destination no country or sector resolves is a place only
        targets = [t for t in targets if t.country or t.role or t.actor_type == "person"]
    return targets


def _stormed_premises(m: Match, roles: RoleFinder, exclude: set[str]) -> list[Actor]:
    """The owner of premises a violent act went inside, named by the noun whose relative
    clause tells of it ("a bank branch which caught fire after rioters threw bombs inside")."""
    code = cameo_code(m.code)
    if code.root not in lexicon().violent_roots and m.code != "145":
        return []
    verbs = [m.clause, *m.clause.conjuncts]
    if not any(c.dep_ == "advmod" and c.lower_ == "inside" for v in verbs for c in v.children):
        return []
    verb = m.clause
    for _ in range(3):
        if verb.dep_ == "relcl":
            owner = roles.actor_of(verb.head)
            return [owner] if owner is not None and owner.key not in exclude else []
        if verb.dep_ not in ("conj", "advcl"):
            return []
        verb = verb.head
    return []


def _slot_targets(m: Match, roles: RoleFinder, exclude: set[str]) -> list[Actor]:
    """The target actors of a match, from the first slot that names one."""
    wide = m.frame.compose or m.frame.speech
    slots = (*m.frame.target, "complement") if wide else m.frame.target
    for slot in slots:
        if slot == "complement":
            hit = _complement_target(m, roles, exclude)
            return [hit] if hit is not None else []
        if slot == "obj":
            obj = object_of(m.trigger)
            hit = roles.actor_in_phrase(obj, exclude) if obj is not None else None
            if hit is not None and obj is not None and _theme(m, obj, hit, roles):
                continue  # "withdrew four diplomats": the ones moved are not the recipient
            if hit is not None:
                return [hit]
            continue
        found: list[Actor] = []
        for tok in slot_tokens(slot, m):
            for actor, head in roles.actors_of(tok):
                if m.frame.speech and _channel(actor, head):
                    continue  # "told reporters": the press carries the statement
                if actor.key not in exclude and all(actor.key != f.key for f in found):
                    found.append(actor)
            if not found and not (m.frame.speech and press_channel(tok)):
                hit = roles.actor_in_phrase(tok, exclude, max_depth=2)
                if hit is not None and not (m.frame.speech and hit.role == "MED"):
                    found.append(hit)
        if all(placeless(f) for f in found) and slot in _DESTINATION_SLOTS \
                and _deployment(m.code):
            # "sent inspectors to a plant in Iran": the country the mission goes to stands in
            # for a destination that is a place or a facility
            dests = slot_tokens(slot, m)
            if dests:  # "to the plant in central Iran", the parser hanging "in" on the verb
                dests += [g for p in m.trigger.children if p.dep_ == "prep" and p.lower_ == "in"
                          for g in p.children if g.dep_ == "pobj"]
            found = [a for tok in dests if (a := destination_country(tok, roles)) is not None
                     and a.key not in exclude][:1] or found
        if found:
            return found
        if slot in ("dobj", "xcomp_subj") and slot_tokens(slot, m) \
                and xcomp_of(m.trigger) is not None and cameo_code(m.code).root in \
                dictionary("event_roles.yaml").get("addressed_roots", []):
            return []  # "urged warring parties to ...": the urged party, not the act's object
    return []


def slot_tokens(slot: str, m: Match) -> list[Token]:
    """The head tokens a target slot points to."""
    trig = m.trigger
    if slot in ("dobj", "xcomp_subj"):
        obj = object_of(trig)
        if slot == "xcomp_subj" and xcomp_of(trig) is None:
            return []
        return [obj] if obj is not None else []
    if slot == "dative":
        return [c for c in trig.children if c.dep_ == "dative" and c.pos_ != "ADP"] + \
               [g for c in trig.children if c.dep_ == "dative" and c.pos_ == "ADP"
                for g in (c.children if any(k.dep_ == "pobj" for k in c.children)
                          else _stranded_object(c)) if g.dep_ != "punct"]
    if slot == "nsubjpass":
        return [c for c in trig.children if c.dep_ == "nsubjpass"]
    if slot == "ccomp_subj":  # "X charged that Y abused ...": the accused is the claim's subject
        return [g for c in trig.children if c.dep_ in ("ccomp", "parataxis")
                for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if slot.startswith(("prep:", "obj_prep:")):
        kind, prep = slot.split(":", 1)
        heads = [object_of(trig)] if kind == "obj_prep" else [trig, m.clause]
        if kind == "obj_prep" and prep == "from" and heads[0] is not None \
                and noun_frames(heads[0]):
            return []  # "demanded the withdrawal of X from Y": Y is where the act leaves
        out = []
        for h in heads:
            if h is None:
                continue
            for p in h.children:
                if p.dep_ in ("prep", "dative", "agent") and p.lower_ == prep:
                    out.extend(g for g in p.children if g.dep_ == "pobj")
                    if not any(g.dep_ == "pobj" for g in p.children):
                        out.extend(_stranded_object(p))
        return out
    return []


def _stranded_object(prep: Token) -> list[Token]:
    """The noun right after an object-less preposition that the parser made the subject of a
    reduced relative ("granted asylum to five officers holed up in ...")."""
    nxt = prep.nbor() if prep.i + 1 < prep.sent.end else None
    if nxt is None:
        return []
    head = nxt
    while head.dep_ in ("nummod", "amod", "compound", "det", "poss") and head.head.i > head.i:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN") \
            and head.left_edge.i == prep.i + 1:
        return [head]
    return []


def _complement_target(m: Match, roles: RoleFinder, exclude: set[str]) -> Actor | None:
    """An actor named by the complement clause of a composite verb ("threatened to cut X off")."""
    for comp in complements(m.trigger):
        hit = _moved_to(comp, roles, exclude)
        if hit is not None:
            return hit
        for c in comp.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "prep", "pobj", "attr"):
                hit = roles.actor_in_phrase(c, exclude, max_depth=2)
                if hit is not None:
                    return hit
    return None


def _moved_to(verb: Token, roles: RoleFinder, exclude: set[str]) -> Actor | None:
    """Where a verb moves countryless people to ("ready to contribute troops to a force in X",
    "to hand the prisoners over to X"): the destination is the recipient, not those moved."""
    dests = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
             for g in p.children if g.dep_ == "pobj"]
    obj = object_of(verb) if verb.pos_ == "VERB" and dests else None
    moved = roles.actor_of(obj) if obj is not None else None
    if moved is None or moved.country or moved.actor_type != "group":
        return None
    for dest in dests:
        hit = roles.actor_in_phrase(dest, exclude, max_depth=2)
        if hit is None or placeless(hit):
            hit = destination_country(dest, roles)
        if hit is not None and hit.key not in exclude:
            return hit
    return None


def _purpose_destination(clause: Token, roles: RoleFinder, exclude: set[str]) -> Actor | None:
    """The country a verb of purpose ("to investigate") is carried out in when it says why
    people were sent somewhere ("sent 20 experts to X to investigate ...")."""
    if clause.dep_ not in ("advcl", "xcomp") or not infinitive(clause) \
            or clause.head.pos_ != "VERB":
        return None
    return _moved_to(clause.head, roles, exclude)


def _deployment(code: str) -> bool:
    """Whether a code sends people or goods somewhere (aid, peacekeepers, inspectors): its
    destination place stands for the country it goes to."""
    return cameo_code(code).root in dictionary("event_roles.yaml").get("deployment_roots", [])


def _withheld(m: Match) -> bool:
    """Whether the trigger refuses to tell about an act ("refused to say when it would resume
    payments to X"): the act's counterpart is whom the refusal concerns."""
    comp = xcomp_of(m.trigger)
    return comp is not None and comp.lemma_.lower() in m.frame.obj \
        and any(c.dep_ == "ccomp" for c in comp.children)


def _moved(m: Match, roles: RoleFinder) -> bool:
    """Whether the object is itself an actor that selects a frame of moving away ("withdrew
    four diplomats from"): whom the act moves, not its recipient ("killed the chief" is)."""
    obj = object_of(m.trigger)
    return obj is not None and "prep:from" in m.frame.target \
        and bool({obj.lemma_.lower(), obj.lower_} & m.frame.obj) \
        and roles.at(obj.idx, obj.idx + len(obj.text)) is not None


def _theme(m: Match, obj: Token, hit: Actor, roles: RoleFinder) -> bool:
    """Whether the actor found in a moved object is the object itself, not one it names."""
    own = roles.actor_of(obj, 0)
    return _moved(m, roles) and own is not None and own.key == hit.key


def _channel(actor: Actor, head: Token) -> bool:
    """Whether an addressee is the press (a news outlet, reporters, a radio)."""
    return actor.role == "MED" or press_channel(head)


def addressed(m: Match) -> bool:
    """Whether a speech act names an addressee (dative, 'to' phrase, or object of tell) other
    than the press, which is its channel."""
    return any(not press_channel(t) for slot in m.frame.target for tok in slot_tokens(slot, m)
               for t in (tok, *tok.conjuncts))

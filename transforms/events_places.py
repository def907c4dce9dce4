"""Where an event happens and what the place tells its parties: the country that stands in
for an untargeted material act, and the country of a local group acting there."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from transforms.codes import cameo_code
from transforms.countries import demonym_country, place_country
from transforms.dictionaries import dictionary
from transforms.events_frames import lexicon, noun_frames, object_of, verb_frame
from transforms.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from transforms.events_roles import RoleFinder
    from transforms.geo import Place


def place_actor(place: Place | None, sent: Span, roles: RoleFinder) -> Actor | None:
    """The country actor named in the sentence for the country of the event's place."""
    if place is None or not place.country:
        return None
    text = sent.doc.text
    # the gazetteer's namesake abroad ("Dili" also names a place in India) yields to the
    # country the capital or city list gives, when the sentence names that one
    countries = dict.fromkeys((place.country, place_country(place.name)))
    for country in countries:
        for actor in roles.actors:
            # A named place, not a demonym: "Ugandan rebels surrendered in Soroti" does not
            # make Uganda the target.
            if actor.actor_type == "country" and actor.country == country and any(
                    sent.start_char <= s < sent.end_char and not demonym_country(text[s:e])
                    for s, e in actor.spans):
                return actor
    return None


def destination_country(dest: Token, roles: RoleFinder) -> Actor | None:
    """The country a deployment, mission or aid goes to when its destination names a place, not
    a party: the country named inside it ("inspectors to a plant in central Iran", "troops to a
    peacekeeping force in Liberia") or the one whose named city it is."""
    frontier = [dest]
    for _ in range(3):
        nxt = []
        for tok in frontier:
            actor = roles.at(tok.idx, tok.idx + len(tok.text))
            if actor is not None and actor.actor_type == "country" \
                    and not demonym_country(tok.text):
                return actor
            country = place_country(tok.text) if tok.ent_type_ in ("GPE", "LOC") else None
            hit = next((a for a in roles.actors if a.actor_type == "country"
                        and a.country == country), None) if country else None
            if hit is not None:
                return hit
            nxt += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for g in p.children if g.dep_ == "pobj"]
            nxt += [c for c in tok.children if c.dep_ == "appos"]
        frontier = nxt
    return None


def placeless(target: Actor | None) -> bool:
    """Whether a target says no more than the place would: none, a countryless group or person,
    or a countryless organisation of no sector (a facility or a firm the NER took for an actor)."""
    return target is None or (target.country is None and (
        target.actor_type in ("group", "person")
        or (target.actor_type == "organization" and not target.role)))


def grounded(target: Actor | None, ground: Actor) -> Actor:
    """The target an act in a country has: people acted on stay the target, placed in that
    country ("killed a journalist in Beirut"); otherwise the country stands in."""
    if target is not None and target.actor_type in ("group", "person"):
        return replace(target, country=ground.country)
    return ground


def localised(source: Actor | None, ground: Actor, code: str = "") -> Actor | None:
    """A countryless group of local people (protesters, prisoners, an opposition coalition)
    placed in the country where it acts; officials, soldiers and firms may act abroad. Who
    leads a protest (a person the text names as its doer) is local too."""
    kinds = ("group", "person") if dissent(code) else ("group",)
    if source is None or source.country or source.actor_type not in kinds:
        return source
    if source.role in travelling_roles():
        return source
    return replace(source, country=ground.country)


def dissent(code: str) -> bool:
    """Whether a code is a protest or a threat of one (a boycott, a strike, a march)."""
    return bool(code) and code.startswith(tuple(
        str(c) for c in dictionary("event_roles.yaml").get("dissent_codes", [])))


def protesting_side(source: Actor | None, target: Actor | None, code: str,
                    where: Place | None = None) -> Actor | None:
    """A countryless domestic group or party that protests against a state or its institutions
    ("will boycott X's elections", "a hunger strike against the X government's refusal") is of
    that state's country; refugees and exiles too protest against their home or host state. A
    protest held in another country ("rallied in Paris against the X government") says not."""
    if source is None or source.country or target is None or not dissent(code) \
            or source.actor_type not in ("group", "organization"):
        return source
    if where is not None and where.country and where.country != target.country:
        return source
    if source.role in travelling_roles() and source.role != "REF":
        return source
    state = target.actor_type == "country" or target.role in dictionary(
        "event_roles.yaml").get("own_state_roles", [])
    if not state or not target.country or target.country in ("IGO", "NGO"):
        return source
    return replace(source, country=target.country)


@cache
def travelling_roles() -> frozenset[str]:
    """Sectors whose groups act abroad as often as at home: the state's, business and others."""
    roles = dictionary("event_roles.yaml")
    return (frozenset(roles.get("own_state_roles", [])) | frozenset(lexicon().business_roles)
            | frozenset(roles.get("travelling_roles", [])))


def spoken(code: str) -> bool:
    """Whether a code is a verbal act that a venue only hosts: statements, appeals, talks,
    demands, threats; not diplomatic cooperation, whose unnamed partner is the host country
    ("opened an embassy in Lima")."""
    info = cameo_code(code)
    return info.quad_class in (1, 3) and info.root != "05"


def act_code(verb: Token) -> str:
    """The code of a complement act: its verb's frame, else its object's event noun."""
    frame = verb_frame(verb) if verb.pos_ in ("VERB", "AUX") else None
    if frame is not None:
        return frame.code
    obj = object_of(verb)
    frames = noun_frames(obj) if obj is not None else []
    return frames[0].code if frames else ""


def own_text(verb: Token) -> str:
    """The text of a verb's phrase without the verbs coordinated with it."""
    skip = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return "".join(t.text_with_ws for t in verb.subtree if t.i not in skip)


def described_patient(trigger: Token) -> bool:
    """Whether the act is a passive whose patient is named outside its own subject slot: a
    reduced passive describing a noun ("a teenager shot and killed by police") or a passive
    sharing the subject of the verb it is coordinated with ("refugees have found shelter and are
    being helped by X"); the recipient is named even when no actor resolves it."""
    verb = trigger
    kids = {c.dep_ for c in verb.children}
    if "auxpass" in kids and "nsubjpass" not in kids and verb.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        return True
    while True:
        kids = {c.dep_ for c in verb.children}
        if verb.tag_ == "VBN" and not kids & {"nsubj", "nsubjpass", "aux", "auxpass"} and (
                (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")) or "agent" in kids):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def offshore(place: Place, sent: Span) -> bool:
    """Whether the place is named only as the coast an act happened off ("attacked ships off
    X's coast"): at sea the country is the place, not the party acted on."""
    spans = [p for p in sent if p.dep_ == "prep" and p.lower_ == "off"]
    return any(place.name in "".join(t.text_with_ws for t in p.subtree) for p in spans)

"""Recipients a frame's own target slots miss: actors inside the clause's object and
prepositional phrases ("seized their arms", "withdrew diplomats from Tehran")."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from transforms.countries import demonym_country
from transforms.dictionaries import dictionary
from transforms.events_frames import object_of, press_channel, xcomp_of
from transforms.events_roles import RoleFinder

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

    from transforms.types import Actor

# Labels of a noun that names someone, so that an unresolved one still names a recipient.
_NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us"})
# Edges searched below a recipient head; each preposition takes one ("rate for trade with X").
_DEPTH = 4


@dataclass
class Clause:
    """What the recipient search needs to know of a coded trigger."""

    trigger: Token
    head: Token  # the clause's verb (the light verb of an event noun)
    root: str  # the CAMEO root coded
    complements: list[Token] = field(default_factory=list)  # of a composite verb
    object_slot: bool = True  # whether the frame takes its target from the object


@cache
def _words(name: str) -> frozenset[str]:
    """A word list of data/dictionaries/event_roles.yaml."""
    return frozenset(str(w) for w in dictionary("event_roles.yaml")[name])


def _object_phrase(verb: Token) -> Token | None:
    """The verb's direct object, through a bare number ("withdrew four of its diplomats")."""
    obj = object_of(verb)
    if obj is not None and obj.pos_ == "NUM":
        inner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
        return inner or obj
    return obj


def recipient_heads(verb: Token, objects: bool = True, doers: bool = True) -> list[Token]:
    """The heads that may name the party a verb acts on: its object (unless `objects` is
    false: "sent Choe to Moscow"), then its recipient prepositional objects; with `doers`,
    also who made what the object names ("rejected the charges made by X")."""
    heads: list[Token] = []
    obj = _object_phrase(verb)
    if obj is not None and obj.dep_ != "nsubjpass":
        if objects:
            heads.append(obj)
            heads += _participle_parties(obj, ("by", "from") if doers else ("from",))
            if {obj.lemma_.lower(), obj.lower_} & _words("exchange_nouns"):
                heads += _prep_objects(obj, ("between",))  # "hosted talks between X and Y"
        else:  # still the recipient phrases the parser hung on the object ("shared X with Y")
            heads += _prep_objects(obj) + [h for g in _prep_objects(obj, ("of",))
                                           for h in _prep_objects(g)]
            heads += _participle_parties(obj, ("from",))  # "returned arms seized from X"
    if obj is None:
        # "killed 40 villagers sheltering in a school": the parser makes the object the
        # subject of the participle that follows it
        heads += [g for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBG"
                  for g in c.children if g.dep_ == "nsubj" and g.i > verb.i]
        heads += [n for c in verb.children if c.dep_ == "ccomp" for n in _named_as(c)]
    heads += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    # "returned the arms taken from X" carries something back, it is no travel
    travel = verb.lemma_.lower() in _words("travel_verbs") and obj is None
    exchanges = [g for g in _prep_objects(verb, ("in", "for", "to") if travel else ("in",))
                 if {g.lemma_.lower(), g.lower_} & _words("exchange_nouns")]
    parties = [h for g in exchanges for h in _prep_objects(g)]
    if travel and parties:
        return heads + parties  # "flew to Paris for talks with X": Paris is only the venue
    # a traveller's "with" is a companion ("reporters travelling with the secretary")
    preps = tuple(p for p in _words("recipient_preps") if p not in ("from", "with")) \
        if travel else ()
    return heads + _prep_objects(verb, preps) + parties


def _participle_parties(phrase: Token, preps: tuple[str, ...] = ("by", "from")) -> list[Token]:
    """Who did or lost what a phrase names, by its passive participles ("rejected the charges
    made by X", "demanded the return of land seized from X")."""
    return [g for a in phrase.subtree if a.dep_ == "acl" and a.tag_ == "VBN"
            for b in a.children if b.dep_ in ("agent", "prep") and b.lower_ in preps
            for g in b.children if g.dep_ == "pobj"]


def _named_as(clause: Token) -> list[Token]:
    """The noun a free relative names ("threatened what he called an invasion of X"), which
    the parser hangs on the relative's own verb instead of making it the object."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "oprd"] + _prep_objects(clause, ("as",))


def patient_heads(trigger: Token, root: str) -> list[Token]:
    """Who undergoes an act the clause does not name as an object: the noun a passive
    participle describes ("Gray, killed by police") and the "of" object of a violent or
    coercive event noun ("the shooting of Gray")."""
    out = []
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        out.append(trigger.head)
    if trigger.pos_ == "NOUN" and root in _words("patient_of_roots"):
        out += _prep_objects(trigger, ("of",))
    return out


def _prep_objects(tok: Token, preps: tuple[str, ...] = ()) -> list[Token]:
    """The objects of a token's prepositions (recipient prepositions unless `preps` given)."""
    allowed = preps or _words("recipient_preps")
    return [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in allowed
            for g in p.children if g.dep_ == "pobj"]


def own_side(actor: Actor, sources: list[Actor | None], sent: Span) -> bool:
    """Whether an actor is the source itself or the country a source belongs to, named as a
    country in the sentence (a self-dyad: "Reagan declined to say" is no act on the United
    States; "Ugandan opposition candidates" are a group of the country, not the country).
    Protesters, rebels or the opposition facing their own country are no self-dyad."""
    for s in sources:
        if s is None:
            continue
        if actor.key == s.key or _heads(s, actor):
            return True
        # an unnamed spokesman (of no other country) is its voice ("with a spokesman saying")
        if actor.country in (None, s.country) and actor.name.lower() in _words("voice_nouns"):
            return True
        if actor.country and actor.country == s.country and actor.actor_type == "country" \
                and of_the_state(s) and _named_as_country(actor, sent):
            return True
    return False


def _heads(source: Actor, actor: Actor) -> bool:
    """Whether a source's name or title names the organization as its own ("the Governor of
    the Central Bank" urging the Central Bank speaks for it, not to it)."""
    if actor.actor_type != "organization" or source.actor_type == "country" or len(actor.name) < 4:
        return False
    return actor.name.lower() in f"{source.name} {source.title or ''}".lower()


def of_the_state(actor: Actor) -> bool:
    """Whether an actor speaks for its country: the country itself or one of its state sectors."""
    return actor.actor_type == "country" or actor.role in _words("own_state_roles")


def _named_as_country(actor: Actor, sent: Span) -> bool:
    """Whether the sentence names the actor other than by a demonym ("Uganda", not "Ugandan")."""
    text = sent.doc.text
    return any(sent.start_char <= s < sent.end_char and not demonym_country(text[s:e])
               for s, e in actor.spans)


def phrase_recipient(verb: Token, roles: RoleFinder, sources: list[Actor | None],
                     objects: bool = True, root: str = "") -> Actor | None:
    """The first actor named inside the verb's object or recipient phrases that is neither the
    source's own side nor the press, for an act of CAMEO root `root`."""
    exclude = {s.key for s in sources if s is not None}
    # "rejected the charges made by X" is aimed at X (a denial, 01, or a rejection, 12), "urged
    # support for a plan made by X" not
    doers = not root or root == "01" or "10" <= root <= "14"
    # the object of "in protest of" is itself the phrase to search
    heads = [verb] if verb.dep_ == "pobj" else recipient_heads(verb, objects, doers)
    searched: list[tuple[Token, int]] = []
    for head in heads:
        if about_violence(head, root):  # only the doer's phrase: "crimes by X against Y"
            searched += [(h, 1) for h in _prep_objects(head, ("by",))]
        else:
            searched.append((head, _DEPTH))
    # the press carries what is said; a journalist shot or arrested is a victim
    press = root not in _words("patient_of_roots")
    for head, depth in searched:
        if press and press_channel(head):
            continue
        actor = roles.actor_in_phrase(head, exclude, max_depth=depth)
        if actor is not None and not (press and actor.role == "MED") and _someone(actor) \
                and not own_side(actor, sources, verb.sent):
            return actor
    return None


def about_violence(head: Token, root: str) -> bool:
    """Whether a head is a violent event noun ("the killing of X") that a comment, appeal,
    demand or protest (root `root`) is about: who suffered it is not whom the act addresses."""
    if not root or root == "13" or root > "14" or head.pos_ != "NOUN":
        return False
    return bool({head.lemma_.lower(), head.lower_} & _words("violence_nouns"))


def accused_party(trigger: Token, roles: RoleFinder, sources: list[Actor | None]) -> Actor | None:
    """Whom a complaint made to an addressee accuses: the doer of the act it is over ("complained
    to the UN over Israeli raids" accuses Israel, not the UN), named by the act's own modifiers
    or its "by" phrase; who suffered the act ("over the arrest of its citizens") is not."""
    if not _prep_objects(trigger, ("to",)) and not any(
            c.dep_ == "dative" and c.pos_ != "ADP" for c in trigger.children):
        return None
    addressees = {a.key for h in _prep_objects(trigger, ("to",)) if (a := roles.actor_of(h))}
    for head in _prep_objects(trigger, tuple(_words("grievance_preps"))):
        doers = [roles.actor_of(head, 0) if head.pos_ == "NOUN" else None]
        doers += [roles.actor_of(g) for g in _prep_objects(head, ("by",))]
        for doer in doers:
            if doer is not None and doer.key not in addressees and _someone(doer) \
                    and not own_side(doer, sources, trigger.sent):
                return doer
    return None


def purpose_heads(verb: Token) -> list[Token]:
    """The verbs of purpose clauses ("blocked roads to demand reforms from X") and the objects
    of "in protest against X": what a protest is aimed at."""
    out = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB"
           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "joining X in demanding ...": whom a protester joins is a companion, what they demand
    # together is the aim
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG":
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                    for g in p.children if g.dep_ == "pcomp"] \
                if c.lemma_.lower() in _words("companion_verbs") else [c]
    # "rioted following a rally calling for X's removal": what the rally called for
    rallies = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in _words("sequel_preps")
               for g in p.children if g.dep_ in ("pobj", "dobj")
               and g.lemma_.lower() in _words("protest_nouns")]
    out += [a for n in rallies for a in n.children if a.dep_ == "acl" and a.tag_ == "VBG"]
    nouns = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "as")
             for g in p.children if g.dep_ == "pobj"
             and g.lemma_.lower() in ("protest", "defiance")]
    # "in protest of X", "in defiance of X": the "of" object is what the protest is against
    out += [h for n in nouns for h in _prep_objects(n, ("of", "against", "at", "over"))]
    return out


def condition_subjects(verb: Token) -> list[Token]:
    """The subjects of "if"/"unless" clauses on a verb: whom a threat is conditioned on."""
    return [s for c in verb.children if c.dep_ == "advcl"
            and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _someone(actor: Actor) -> bool:
    """Whether an actor found by search is a party, not a facility or a thing that the actors
    stage took for an organization: a person, or an actor with a country or a sector."""
    return actor.actor_type == "person" or bool(actor.country or actor.role)


def names_recipient(verb: Token) -> bool:
    """Whether the verb's object or recipient phrase names someone (a person, group, organization
    or country entity, or an object pronoun), so that an empty target would be wrong."""
    for head in recipient_heads(verb):
        if press_channel(head):
            continue
        if head.lower_ in _OBJECT_PRONOUNS:
            return True
        if head.ent_type_ in _NAMED:
            return True
    return False


def mishap(verb: Token) -> bool:
    """Whether a violent verb's clause names an accident or a natural cause ("killed in a car
    accident", "after a dam collapsed"), so that nobody committed the act."""
    words = {w.lower() for w in _words("mishap_words")}
    return any(t.lemma_.lower() in words or t.lower_ in words for t in verb.subtree)


def state_side(actor: Actor | None) -> bool:
    """Whether an actor stands for a state or organised politics: it has a country, or a sector
    of the state, the armed forces, parties, rebels or international bodies."""
    return actor is not None and (bool(actor.country) or actor.role in _words("state_roles"))


def private_pair(source: Actor | None, target: Actor | None) -> bool:
    """Whether a union or company acts on a company or union: business, not politics."""
    private = _words("private_roles")
    if source is None or target is None or not {source.role, target.role} & private:
        return False

    def company(a: Actor) -> bool:
        return a.role in private or (a.actor_type == "organization" and not a.role
                                     and a.country not in ("IGO", "NGO"))

    return company(source) and company(target)


def named_recipients(c: Clause, roles: RoleFinder, sources: list[Actor | None]) -> list[Actor]:
    """The recipient a frame's own slots missed, from the first mechanism that names one: a
    threat's condition, the object and recipient phrases of the trigger, its clause, its
    complements (and a protest's purpose), the subject of an infinitive below a complement,
    the one summoned for a purpose, a coordinated act's addressee, the patient."""
    exclude = {s.key for s in sources if s is not None}
    if _unnamed_addressee(c, roles, exclude):
        return []
    # one level below the complements: "willing to send material to help defend X", and the
    # subject the parser gives an object-control infinitive ("refused to allow UN planes to land")
    deeper = [g for comp in c.complements for g in comp.children
              if g.dep_ in ("xcomp", "ccomp", "advcl") and g.pos_ == "VERB"]
    # and the bare infinitive of a verb there ("to help defend X", "to try to stop X")
    deeper += [g for d in deeper for g in d.children if g.dep_ == "xcomp" and g.pos_ == "VERB"]
    verbs = list(dict.fromkeys((c.trigger, c.head, *c.complements, *deeper,
                                *_sharing_object(c.trigger))))
    if c.root == "13":  # a threat names its target as the one whose act it is conditioned on
        hit = _first((roles.actor_of(s) for v in verbs for s in condition_subjects(v)), exclude)
        if hit is not None:
            return [hit]
    # A frame whose slots leave out the object says the object is what is acted with, not on
    # ("sent Choe to Moscow"); complements and purposes keep theirs.
    heads = [(v, c.object_slot or v.i not in (c.trigger.i, c.head.i)) for v in verbs]
    if c.root == "14":  # a protest is aimed at whom its purpose names ("to demand X from Y")
        heads += [(p, True) for v in verbs for p in purpose_heads(v)]
    for head, objects in dict.fromkeys(heads):
        hit = phrase_recipient(head, roles, sources, objects, c.root)
        if hit is not None:
            return [hit]
    for subj in (g for d in deeper for g in d.children if g.dep_ == "nsubj"):
        hit = roles.actor_in_phrase(subj, exclude, max_depth=1)
        if hit is not None and not own_side(hit, sources, c.trigger.sent):
            return [hit]
    if c.root in dictionary("event_roles.yaml").get("settling_roots", []):
        # "called off the strike after talks with the government": whom it settled with
        hit = _first((roles.actor_of(g) for v in (c.trigger, c.head) for g in _settled_with(v)),
                     exclude)
        if hit is not None and not own_side(hit, sources, c.trigger.sent):
            return [hit]
    hit = _summoned(c, roles, sources) or _coordinated_addressee(c, roles, sources)
    if hit is not None:
        return [hit]
    for patient in patient_heads(c.trigger, c.root):
        # the noun itself must name the actor: "a UN-run school attacked by X" hit a school
        hit = roles.at(patient.idx, patient.idx + len(patient.text))
        if hit is not None and hit.key not in exclude:
            return [hit]
    return []


def _settled_with(verb: Token) -> list[Token]:
    """The other party of the talks after which an act was done ("after talks with X")."""
    return [w for n in _prep_objects(verb, ("after", "following"))
            if {n.lemma_.lower(), n.lower_} & _words("settlement_nouns")
            for w in _prep_objects(n, ("with",))]


def _unnamed_addressee(c: Clause, roles: RoleFinder, exclude: set[str]) -> bool:
    """Whether an appeal, demand or warning names its addressee by a phrase that is no actor
    ("urged warring parties not to attack civilians"): the act asked for is not aimed at the
    asking side's addressee, so its own object is no recipient."""
    if c.root not in dictionary("event_roles.yaml").get("addressed_roots", []):
        return False
    obj = object_of(c.trigger)
    return obj is not None and xcomp_of(c.trigger) is not None \
        and roles.actor_in_phrase(obj, exclude) is None


def _sharing_object(verb: Token) -> list[Token]:
    """The verbs coordinated after an objectless verb that share its subject and so its object
    ("shot and killed X", "beat and arrested X")."""
    if verb.pos_ != "VERB" or object_of(verb) is not None:
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _first(actors: Iterable[Actor | None], exclude: set[str]) -> Actor | None:
    """The first actor that is not excluded."""
    return next((a for a in actors if a is not None and a.key not in exclude), None)


def _summoned(c: Clause, roles: RoleFinder, sources: list[Actor | None]) -> Actor | None:
    """The one summoned (or met, or called) for a purpose ("summoned Niger's ambassador to
    complain"); the source's own people ("sent its envoy to protest") are its messengers."""
    purpose = c.head if c.head.dep_ in ("advcl", "xcomp") else None
    if purpose is None or c.root >= "14" or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
        return None
    obj = object_of(purpose.head)
    hit = roles.actor_of(obj) if obj is not None else None
    if hit is None or any(s is not None and (s.key == hit.key or s.country and s.country
                                             == hit.country) for s in sources):
        return None
    return hit


def _coordinated_addressee(c: Clause, roles: RoleFinder,
                           sources: list[Actor | None]) -> Actor | None:
    """The addressee of the act a verbal act is coordinated with ("protested to X and called
    for an inquiry": the call is addressed to X too)."""
    if c.trigger.dep_ != "conj" or c.root >= "14":
        return None
    sibling = c.trigger.head
    heads = [d for d in sibling.children if d.dep_ == "dative" and d.pos_ != "ADP"]
    heads += _prep_objects(sibling, ("to",))
    for head in heads:
        hit = roles.actor_of(head)
        if hit is not None and not press_channel(head) \
                and not own_side(hit, sources, c.trigger.sent):
            return hit
    return None


def encounter_parties(clause: Token) -> list[Token]:
    """The other side of a violent encounter an agentless act happened in ("was shot during a
    confrontation with two officers" names the officers)."""
    return [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for n in p.children if n.dep_ == "pobj"
            and {n.lemma_.lower(), n.lower_} & _words("encounter_nouns")
            for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children if o.dep_ == "pobj"]

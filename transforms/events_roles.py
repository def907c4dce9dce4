"""Source and target actors of an event from the dependency structure, resolved via the actors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transforms.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modifiers of a noun that may name the actor ("North Korean troops", "Russia's chief").
_NAMING_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod")
# Edges followed when searching an object phrase for an actor.
_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "prep", "pobj", "appos", "npadvmod"})
_PHRASE_PREPS = frozenset({"of", "from", "for", "with", "on", "against", "by", "to"})
# Verbs whose object is the subject of their infinitive ("urged Israel to withdraw").
OBJECT_CONTROL = frozenset({"urge", "ask", "invite", "call", "tell", "order", "force", "persuade",
                            "press", "pressure", "encourage", "allow", "help", "warn", "request",
                            "appeal", "advise", "instruct", "direct", "compel", "permit", "lead"})
# Verbs of blame whose object did the act of their gerund ("accused X of bombing Y, killing ten").
BLAME_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "convict", "indict", "condemn",
                         "criticize", "criticise", "denounce", "punish", "fault"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_PRONOUN_REACH = 400
# Sectors the actors stage gives a bare title ("leaders", "officials") by default.
_TITLE_ROLES = frozenset({"GOV"})
_QUOTE_MARKS = "\"|\u201c|\u201d|''|``"

ActorAt = Callable[[int, int], "Actor | None"]


def actor_lookup(actors: list[Actor]) -> ActorAt:
    """A function from a character range to the actor named there (None when none)."""
    try:
        from transforms.actors import actor_at
    except ImportError:  # the actors stage is optional for hand-built tests
        actor_at = None

    def spans_lookup(start: int, end: int) -> Actor | None:
        best = None
        for a in actors:
            for s, e in a.spans:
                if s < end and start < e and (best is None or e - s < best[0]):
                    best = (e - s, a)
        return best[1] if best else None

    if actor_at is None:
        return spans_lookup

    def lookup(start: int, end: int) -> Actor | None:
        return actor_at(actors, start, end) or spans_lookup(start, end)

    return lookup


class RoleFinder:
    """Finds the actors of tokens, with pronouns resolved to the nearest fitting earlier actor."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.at = actor_lookup(actors)
        self.mentions = sorted(((s, a) for a in actors for s, _ in a.spans), key=lambda m: m[0])

    def _pronoun(self, tok: Token) -> Actor | None:
        low = tok.lower_
        if low not in _PERSON_PRONOUNS and low not in _THING_PRONOUNS:
            return None
        want_person = low in _PERSON_PRONOUNS
        best = None
        for start, actor in self.mentions:
            if start >= tok.idx:
                break
            if (actor.actor_type == "person") == want_person and _agrees(low, actor):
                best = (start, actor)
        # Older mentions than a few sentences back are guesses, not coreference.
        if best is None or tok.idx - best[0] > _PRONOUN_REACH:
            return None
        return best[1]

    def _quote_speakers(self, tok: Token) -> set[str]:
        """Keys of the subjects of the sentences that open and close the quotation holding `tok`
        (its paragraph's quote marks): a pronoun in quoted speech is not its own speaker."""
        import re

        text = tok.doc.text
        para = text.rfind("\n", 0, tok.idx) + 1
        stop = text.find("\n", tok.idx)
        line = text[para:stop] if stop >= 0 else text[para:]
        marks = [m.start() for m in re.finditer(_QUOTE_MARKS, line)]
        before = [para + m for m in marks if para + m < tok.idx]
        after = [para + m for m in marks if para + m > tok.idx]
        if len(before) % 2 == 0 or not after:
            return set()
        start, end = before[-1], after[0]
        spans = (tok.doc.char_span(c, c + 1, alignment_mode="expand") for c in (start, end))
        sents = {sp[0].sent for sp in spans if sp is not None and len(sp)}
        outside = [t for sent in sents for t in sent
                   if not start <= t.idx <= end and _speaker_subject(t)]
        if not outside and not line[:start - para].strip() and not line[end - para + 1:].strip():
            # a quote paragraph without attribution continues the previous paragraph's speaker
            prev = text[:para].rstrip().rfind("\n") + 1
            outside = [t for t in tok.doc if prev <= t.idx < para and _speaker_subject(t)
                       and len(re.findall(_QUOTE_MARKS, text[prev:t.idx])) % 2 == 0]
        return {a.key for a in self.actors for s, e in a.spans
                if any(s <= t.idx < e for t in outside)}

    def actor_of(self, tok: Token, depth: int = 1) -> Actor | None:
        """The actor a noun phrase head names, looking into its naming modifiers."""
        if tok.pos_ == "PRON":
            # the actors stage resolves pronouns with agreement and reach; the nearest-mention
            # guess is the fallback for pronouns it leaves open
            hit = self.at(tok.idx, tok.idx + len(tok.text))
            if hit is not None and not _agrees(tok.lower_, hit):
                hit = None
            third = tok.lower_ in _PERSON_PRONOUNS or tok.lower_ in _THING_PRONOUNS
            speakers = self._quote_speakers(tok) if third else set()
            if hit is not None and hit.key in speakers:
                hit = None
            if hit is not None and (hit.country or hit.actor_type == "person"):
                return hit
            guess = self._pronoun(tok)
            if guess is not None and guess.key in speakers:
                guess = None
            return guess or hit
        head = self.at(tok.idx, tok.idx + len(tok.text))
        if head is not None and head.country:
            return head
        for c in tok.children:
            if c.dep_ in _NAMING_DEPS:
                if head is None and c.dep_ == "compound" and _place_modifier(c):
                    continue  # "a Moscow mansion", "Tehran radio": where, not who
                # a possessive pronoun the actors stage resolved names its owner ("its mission")
                hit = self.actor_of(c, depth)
                # "European Community foreign ministers": the countryless head is the
                # modifier's, so the modifier with a country names the actor.
                if hit is not None and (head is None or hit.country):
                    return hit
        if depth > 0 and tok.pos_ == "NOUN":
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            hit = self.actor_of(g, depth - 1)
                            # "activists from the Fatah party" act for Fatah, "leaders of the
                            # opposition coalition" for the coalition
                            if hit is not None and (head is None or hit.country
                                                    or _speaks_for(head, hit)):
                                return hit
        return head

    def actors_of(self, tok: Token) -> list[tuple[Actor, Token]]:
        """The actors of a head and of its coordinated heads ("X and Y")."""
        heads = [tok, *[c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]]
        out: list[tuple[Actor, Token]] = []
        for h in heads:
            a = self.actor_of(h)
            if a is not None and all(a.key != b.key for b, _ in out):
                out.append((a, h))
        if len(out) < 2 and tok.pos_ in ("NOUN", "PROPN"):
            # "Senior Hungarian and Romanian officials", "U.S. and Japanese negotiators":
            # coordinated naming modifiers; the head already stands for the first country.
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts:
                    for m in (c, *c.conjuncts):
                        a = self.actor_of(m, 0)
                        if a is not None and all(a.key != b.key and not (
                                a.country and a.country == b.country) for b, _ in out):
                            out.append((a, m))
        return out

    def actor_in_phrase(self, tok: Token, exclude: set[str], max_depth: int = 3) -> Actor | None:
        """The first actor found breadth-first inside a phrase, skipping excluded keys; an actor
        with a country before a countryless one ("inspectors of the IAEA" names the IAEA)."""
        frontier, countryless = [tok], None
        for _ in range(max_depth + 1):
            nxt = []
            for t in frontier:
                a = self.actor_of(t, 0) if t.pos_ != "ADP" else None
                if a is not None and a.key not in exclude:
                    if a.country:
                        return a
                    countryless = countryless or a
                nxt.extend(c for c in t.children if c.dep_ in _PHRASE_DEPS
                           and (c.dep_ != "prep" or c.lower_ in _PHRASE_PREPS)
                           and not (c.dep_ == "compound" and _place_modifier(c)
                                    and self.at(t.idx, t.idx + len(t.text)) is None))
            frontier = nxt
        return countryless


def _speaks_for(head: Actor, owner: Actor) -> bool:
    """Whether a countryless title group ("leaders", "officials") stands for the organised body
    it belongs to: the body's sector says more than the title's guessed one."""
    return head.country is None and head.actor_type == "group" and head.role in _TITLE_ROLES \
        and owner.actor_type in ("group", "organization") and bool(owner.role) \
        and owner.role != head.role


def _speaker_subject(tok: Token) -> bool:
    """Whether a token belongs to the subject phrase of a clause ("said his sister, Mary")."""
    while tok.dep_ in ("compound", "flat", "appos", "amod", "det", "poss", "nmod") \
            and tok.head is not tok:
        tok = tok.head
    # "quoted witness X as saying" names the speaker as the object
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "dobj" and tok.head.lemma_ == "quote")


def _agrees(pronoun: str, actor: Actor) -> bool:
    """Whether a pronoun can stand for the actor: "they" is no single person and no news outlet
    (the channel of "told Reuters they ..." is not its speaker)."""
    if pronoun not in _PLURAL_PRONOUNS:
        return True
    return actor.actor_type != "person" and actor.role != "MED"


def _place_modifier(tok: Token) -> bool:
    """Whether a modifier names a city or region, not a country or its people."""
    from transforms.countries import country_code, demonym_country, place_country

    name = " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i)
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and place_country(name) is not None \
        and country_code(name) is None and demonym_country(name) is None


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The token of the doer of `verb` and whether it came from a passive 'by' agent."""
    for c in verb.children:
        # only a passive participle has a "by" agent; on another form it is a misparse
        if c.dep_ == "agent" and verb.tag_ == "VBN":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
    if _absolute_participle(verb):
        return None, False  # "with one police van torched": the van is what was torched
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj", "expl"):
            if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head, False
            if _travel_destination(verb, c):
                return subject_of(verb.head)
            return c, False
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None, False
    head = verb.head
    if head.i == verb.i:
        return None, False
    accused = _accused_gerund(verb)
    if accused is not None:
        return accused
    if verb.dep_ == "advcl" and head.lemma_.lower() in OBJECT_CONTROL and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "forcing the guard to retreat": the parser's advcl is the object's infinitive
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj, False
    if verb.dep_ == "xcomp":
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "X is expected to sign", "X was asked to leave"
            return passive, False
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj, False
            on = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                       for g in p.children if g.dep_ == "pobj"), None)
            if on is not None:
                return on, False
        return subject_of(head)
    if verb.dep_ in ("conj", "advcl", "acomp") or (verb.dep_ == "ccomp" and head.pos_ == "AUX"):
        return subject_of(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head, False
    return None, False


def _travel_destination(verb: Token, subj: Token) -> bool:
    """Whether the parser's "for X to V" subject is a traveller's destination ("left for
    Washington to discuss the loan"): the traveller, not the place, does the errand."""
    from transforms.dictionaries import dictionary

    travel = dictionary("event_roles.yaml").get("travel_verbs", [])
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in travel \
        and subj.ent_type_ in ("GPE", "LOC", "FAC") \
        and any(c.dep_ == "mark" and c.lower_ == "for" and c.i < subj.i for c in verb.children)


def _accused_gerund(verb: Token) -> tuple[Token | None, bool] | None:
    """The doer of a gerund that a verb of blame attributes to its object ("accused Sudan of
    bombing Guffa", "accused the rebels of attacking", and the result clause "..., killing
    seven" that the parser hangs on "accused")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "advcl"):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "accused X of bombing" or, attached to the object, "X of bombing"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in BLAME_VERBS:
        return head, False
    if head.lemma_.lower() not in BLAME_VERBS:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    gerund = next((g for p in head.children if p.dep_ == "prep" and p.i < verb.i
                   for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if obj is None or gerund is None:
        return None
    return obj, False


def _absolute_participle(verb: Token) -> bool:
    """Whether a past participle with a subject but no auxiliary is a passive absolute ("with
    one van torched"), whose subject is the patient, not the doer."""
    kids = list(verb.children)
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl", "pobj", "ccomp") \
        and any(c.dep_ == "nsubj" for c in kids) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids)

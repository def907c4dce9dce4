"""Verb-pattern frames from data/dictionaries/verbs.yaml, and matching them against tokens."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from transforms.dictionaries import dictionary
from transforms.modality import modality_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Quantity nouns whose "of" complement is the real object ("a range of agreements").
_QUANTIFIERS = frozenset({"range", "number", "series", "set", "package", "raft", "host", "couple",
                          "pair", "batch", "string", "list", "variety", "lot", "dozens", "hundreds",
                          "thousands", "round", "new", "part", "some", "all", "most"})
_PERSON_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


@dataclass(frozen=True)
class Frame:
    """One pattern: conditions on the trigger's dependents and how to code the event."""

    code: str
    obj: frozenset[str] = frozenset()
    prt: str | None = None
    prep: str | None = None
    advmod: frozenset[str] = frozenset()
    xcomp: bool = False
    compose: str | None = None
    negates: bool = False
    target: tuple[str, ...] = ()
    reciprocal: bool = False
    context: str | None = None
    optional_target: bool = False
    speech: bool = False
    obj_person: bool = False
    light: frozenset[str] = frozenset()
    modality: str | None = None
    passive_subject: bool = False
    bare: bool = False
    subj: frozenset[str] = frozenset()
    instrument: frozenset[str] = frozenset()
    acomp: frozenset[str] = frozenset()
    clause_subject: bool = False
    subj_state: bool = False
    agentless: bool = False
    content: bool = False
    confidence: float = 0.7


@dataclass(frozen=True)
class Lexicon:
    """All frames and tables of the verb-pattern dictionary."""

    verbs: dict[str, tuple[Frame, ...]]
    nouns: dict[str, tuple[Frame, ...]]
    light_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    compose: dict[str, dict[str, str]]
    speech_tone: dict[str, frozenset[str]]
    default_target: tuple[str, ...]
    agentless_roots: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    commercial_verbs: frozenset[str] = frozenset()
    speech_modals: dict[str, frozenset[str]] = field(default_factory=dict)
    weapon_subjects: frozenset[str] = frozenset()
    press_channels: frozenset[str] = frozenset()
    political_roles: frozenset[str] = frozenset()
    business_roles: frozenset[str] = frozenset()
    violent_roots: frozenset[str] = frozenset()
    untargeted_codes: tuple[str, ...] = ()
    military_modifiers: frozenset[str] = frozenset()
    not_events: dict[str, tuple[bool, frozenset[str]]] = field(default_factory=dict)
    speech_predicates: dict[str, frozenset[str]] = field(default_factory=dict)
    speech_similes: dict[str, frozenset[str]] = field(default_factory=dict)
    speech_harms: dict[str, frozenset[str]] = field(default_factory=dict)
    speech_failures: dict[str, frozenset[str]] = field(default_factory=dict)
    aim_nouns: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()
    accusation_code: str = "112"
    status_verbs: frozenset[str] = frozenset()
    plan_verbs: frozenset[str] = frozenset()
    background_participles: frozenset[str] = frozenset()
    outcome_participles: frozenset[str] = frozenset()


def _word(value: object) -> str | None:
    """A particle or preposition as written; YAML 1.1 reads bare on/off as booleans."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return None if value is None else str(value)


def _words(values: list | None) -> frozenset[str]:
    """A YAML word list as lower-case strings."""
    return frozenset(str(v).lower() for v in values or [])


def _frame(raw: dict, default_target: tuple[str, ...]) -> Frame:
    """A Frame from one YAML mapping."""
    return Frame(
        code=str(raw["code"]), obj=frozenset(str(o).lower() for o in raw.get("obj", [])),
        prt=_word(raw.get("prt")), prep=_word(raw.get("prep")),
        advmod=frozenset(raw.get("advmod", [])), xcomp=bool(raw.get("xcomp", False)),
        compose=raw.get("compose"), negates=bool(raw.get("negates", False)),
        target=tuple(raw.get("target", default_target)),
        reciprocal=bool(raw.get("reciprocal", False)), context=raw.get("context"),
        optional_target=bool(raw.get("optional_target", not raw.get("needs_target", False)
                                     and not raw.get("speech", False))),
        speech=bool(raw.get("speech", False)), obj_person=bool(raw.get("obj_person", False)),
        light=frozenset(raw.get("light", [])), modality=raw.get("modality"),
        passive_subject=bool(raw.get("passive_subject", False)),
        bare=bool(raw.get("bare", False)),
        subj=_words(raw.get("subj")), instrument=_words(raw.get("instrument")),
        acomp=_words(raw.get("acomp")), clause_subject=bool(raw.get("clause_subject", False)),
        subj_state=bool(raw.get("subj_state", False)), content=bool(raw.get("content", False)),
        agentless=bool(raw.get("agentless", False)),
        confidence=float(raw.get("confidence", 0.7)),
    )


@cache
def lexicon() -> Lexicon:
    """The verb-pattern dictionary, parsed once per process."""
    data = dictionary("verbs.yaml")
    default = tuple(data["default_target"])

    def frames(section: str) -> dict[str, tuple[Frame, ...]]:
        return {str(k): tuple(_frame(f, default) for f in v or [])
                for k, v in (data.get(section) or {}).items()}

    return Lexicon(
        verbs=frames("verbs"), nouns=frames("nouns"),
        light_verbs=frozenset(data["light_verbs"]),
        intent_adjectives=frozenset(data["intent_adjectives"]),
        compose={k: {str(r): str(c) for r, c in v.items()} for k, v in data["compose"].items()},
        speech_tone={str(k): frozenset(v) for k, v in data["speech_tone"].items()},
        default_target=default,
        agentless_roots=frozenset(str(r) for r in data.get("agentless_roots", [])),
        weapon_subjects=frozenset(data.get("weapon_subjects", [])),
        generic_heads=frozenset(data.get("generic_heads", [])),
        commercial_verbs=frozenset(data.get("commercial_verbs", [])),
        speech_modals={str(k): frozenset(v) for k, v in (data.get("speech_modals") or {}).items()},
        press_channels=frozenset(data.get("press_channels", [])),
        political_roles=frozenset(data.get("political_roles", [])),
        business_roles=frozenset(data.get("business_roles", [])),
        violent_roots=frozenset(str(r) for r in data.get("violent_roots", [])),
        untargeted_codes=tuple(str(c) for c in data.get("untargeted_codes", [])),
        military_modifiers=_words(data.get("military_modifiers")),
        not_events={str(k): (bool(v.get("xcomp", False)), frozenset(v.get("words", [])))
                    for k, v in (data.get("not_events") or {}).items()},
        speech_predicates={str(k): _words(v)
                           for k, v in (data.get("speech_predicates") or {}).items()},
        speech_similes={str(k): _words(v) for k, v in (data.get("speech_similes") or {}).items()},
        speech_harms={str(k): _words(v) for k, v in (data.get("speech_harms") or {}).items()},
        aim_nouns=_words(data.get("aim_nouns")),
        speech_failures={str(k): _words(v)
                         for k, v in (data.get("speech_failures") or {}).items()},
        accusation_verbs=_words(data.get("accusation_verbs")),
        plan_verbs=_words(data.get("plan_verbs")),
        status_verbs=_words(data.get("status_verbs")),
        background_participles=_words(data.get("background_participles")),
        outcome_participles=_words(data.get("outcome_participles")),
    )


def object_of(verb: Token) -> Token | None:
    """The direct object (or passive subject) of a verb, looking through quantity nouns."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in _QUANTIFIERS:
        inner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
        if inner is not None:
            return inner
    return obj


def xcomp_of(verb: Token) -> Token | None:
    """The infinitival complement of a verb or adjective; not a finite clause with a subject of
    its own that the parser took for one ("warning Israel it was destroying its image")."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and not _finite(c)), None)


def _finite(clause: Token) -> bool:
    """Whether a clause has a tensed auxiliary or a subject of its own, and no "to"."""
    aux = [g for g in clause.children if g.dep_ in ("aux", "auxpass")]
    if any(g.lower_ == "to" for g in aux):
        return False
    return any(g.tag_ in ("VBD", "VBZ", "VBP", "MD") for g in aux) or any(
        g.dep_ == "nsubj" for t in (clause, *aux) for g in t.children)


def infinitive_of(tok: Token) -> Token | None:
    """The infinitive a word governs: its xcomp, an infinitival clause on a noun ("an agreement
    to withdraw"), or one right after a verb that the parser took for a purpose clause
    ("have sworn to fight")."""
    found = xcomp_of(tok)
    if found is not None:
        return found
    for c in tok.children:
        if c.dep_ not in ("acl", "advcl") or (c.dep_ == "acl") != (tok.pos_ in ("NOUN", "PROPN")):
            continue
        to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        if to is not None and (c.dep_ == "acl" or to.i == tok.i + 1):
            return c
    return None


def _noun_words(tok: Token) -> set[str]:
    """A noun's lemma and form, with its modifiers ("emergency measures") and hyphenated
    compounds ("cease-fire") written out."""
    words = {tok.lemma_.lower(), tok.lower_}
    for c in tok.children:
        if c.dep_ == "amod" and c.i > tok.i:  # "those responsible"
            words.add(c.lemma_.lower())
        if c.dep_ in ("compound", "amod"):
            words.add(f"{c.lower_} {tok.lower_}")
            if c.i + 2 == tok.i and tok.doc[c.i + 1].text == "-":
                words.add(f"{c.lower_}-{tok.lower_}")
    return words


def _obj_words(verb: Token) -> set[str]:
    """Lemmas and lower forms that may satisfy an `obj` condition."""
    obj = object_of(verb)
    words: set[str] = set()
    if obj is not None:
        for head in (obj, *obj.conjuncts):  # "photographs and other intelligence"
            words |= _noun_words(head)
        if obj.lemma_.lower() in lexicon().generic_heads:  # "mediation efforts" -> mediation
            words |= {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
        # "a state of emergency", "the withdrawal of troops": the "of" noun names the object too
        words |= {g.lemma_.lower() for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"}
        # "backed the rebels in operations": written with its preposition, as "in operations"
        # also on a modifier after it ("those responsible to justice")
        words |= {f"{p.lower_} {g.lemma_.lower()}"
                  for h in (obj, *(a for a in obj.children if a.dep_ == "amod" and a.i > obj.i))
                  for p in h.children if p.dep_ == "prep"
                  for g in p.children if g.dep_ == "pobj"}
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and obj is None) or (
            verb.dep_ == "relcl" and obj is not None and obj.tag_ in ("WDT", "WP")):
        words |= _noun_words(verb.head)  # "air bases captured by", "the study, which was released"
    if verb.dep_ == "relcl" and obj is None and any(
            c.dep_ in ("prep", "prt") and not any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children):
        words |= _noun_words(verb.head)  # "the plan they agreed on": its preposition's object
    for c in verb.children:
        if c.dep_ == "xcomp":
            words.add(c.lemma_.lower())
            inner = object_of(c)  # "declined to give details"
            if inner is not None:
                words |= {inner.lemma_.lower(), inner.lower_}
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    words |= {g.lemma_.lower(), g.lower_, f"{c.lower_} {g.lemma_.lower()}"}
    return words


def _subject_phrase(verb: Token) -> Token | None:
    """The subject of a verb, or of the clause it continues ("tried to storm", "..., killing")."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None or tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return subj
        tok = tok.head
    return None


def _head_words(tok: Token) -> set[str]:
    """A noun's lemma and form with the lemmas of its compound modifiers ("car bomb" -> bomb)."""
    return {tok.lemma_.lower(), tok.lower_} | {
        c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}


def _subject_words(subj: Token) -> set[str]:
    """The head words of a subject, and of its "of" noun ("hundreds of protesters")."""
    words = _head_words(subj)
    for p in subj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            words |= {w for g in p.children if g.dep_ == "pobj" for w in _head_words(g)}
    return words


def _instrument_words(verb: Token) -> set[str]:
    """The words naming how a violent act was done: its subject ("a car bomb killed") and the
    objects of "in", "with", "by" ("wounded in a bomb attack"), unless a military modifier
    makes it a military weapon ("an air raid")."""
    military = lexicon().military_modifiers
    heads = [g for p in verb.children if p.dep_ in ("prep", "agent")
             and p.lower_ in ("in", "with", "by", "during") for g in p.children if g.dep_ == "pobj"]
    subj = _subject_phrase(verb)
    if subj is not None:
        heads.append(subj)
    # "were killed when a car bomb went off": the subject of the adverbial clause is the means,
    # also when it hangs on a coordinated verb ("one was killed and 70 injured when a bomb ...")
    clauses = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"]
    heads += [g for c in clauses for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    # "killed when the branch burned after a protester threw a petrol bomb inside": what is
    # thrown, planted or fired in such a clause, or in the clause it hangs on, is the means too
    clauses += [g for c in clauses for g in c.children if g.dep_ == "advcl"]
    heads += [g for c in clauses for g in c.children if g.dep_ == "dobj"]
    words: set[str] = set()
    for head in heads:
        mods = _head_words(head) | {c.lower_ for c in head.children if c.dep_ == "amod"}
        if not mods & military:
            words |= _head_words(head)
    if not words and not heads and _passive_without_means(verb):
        words = _earlier_means(verb)
    return words


def _passive_without_means(verb: Token) -> bool:
    """Whether a verb is a passive naming neither doer nor means, also on a coordinated verb
    ("were killed and 20 wounded in the bombing" names the means)."""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "with", "by", "during"))
        for v in (verb, *verb.conjuncts) if v.tag_ == "VBN" for c in v.children)


def _earlier_means(verb: Token, window: int = 80) -> set[str]:
    """The nouns of the text just before an agentless harm that names no means of its own
    ("An explosion hit the bank. ... The chief was injured."), unless a military word is there."""
    before = verb.doc[max(0, verb.sent.start - window):verb.sent.start]
    if any(t.lower_ in lexicon().military_modifiers for t in before):
        return set()
    return {t.lower_ for t in before if t.pos_ in ("NOUN", "PROPN")}


def frame_matches(frame: Frame, verb: Token) -> bool:
    """Whether the trigger's dependents satisfy the frame's conditions."""
    kids = list(verb.children)
    if frame.prt and not any(c.dep_ in ("prt", "advmod") and c.lower_ == frame.prt for c in kids):
        return False
    if frame.prep and not any(c.dep_ in ("prep", "agent", "prt") and c.lower_ == frame.prep
                              for c in kids):
        return False
    if frame.advmod and not any(c.lower_ in frame.advmod for c in kids):
        return False
    if frame.xcomp and infinitive_of(verb) is None:
        return False
    if frame.bare and any(c.dep_ in ("dobj", "ccomp") for c in kids):
        return False  # "demonstrated that ...", "demonstrated its resolve": showing, not protest
    if frame.obj and not (frame.obj & _obj_words(verb)):
        return False
    if frame.subj:
        subj = _subject_phrase(verb)
        if subj is None or not (frame.subj & _subject_words(subj)):
            return False
    if frame.subj_state:
        subj = _subject_phrase(verb)
        if subj is None or subj.ent_type_ != "GPE":
            return False  # "Britain protested the decision": a state acts through its government
    if frame.agentless and not (any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
                                and not any(c.dep_ == "agent" for c in kids)):
        return False  # "homes were attacked": the doer is unnamed
    if frame.instrument and not (frame.instrument & _instrument_words(verb)):
        return False
    if frame.acomp and not any(c.dep_ == "acomp" and c.lemma_.lower() in frame.acomp
                               for c in kids):
        return False
    if frame.clause_subject and not any(
            c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in
                                                c.children)
            and any(g.dep_ == "nsubj" and g.ent_type_ in _PERSON_LABELS for g in c.children)
            for c in kids):
        return False  # "wants Germany to pay": an infinitive with a named subject of its own
    if frame.content and verb.dep_ != "parataxis" and not any(
            c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp")
            or (c.dep_ == "prep" and c.lower_ in ("on", "about", "of")) for c in kids):
        return False  # "reports to the minister": a line of authority, nothing said
    if frame.obj_person:
        obj = object_of(verb)
        if obj is None or not (obj.ent_type_ in _PERSON_LABELS or obj.pos_ == "PROPN"):
            return False
    return True


def lemma_keys(verb: Token) -> tuple[str, ...]:
    """The verb's lemma, then regular-inflection guesses from its form (the small model
    mislemmatizes some verbs: "staged" -> "stag")."""
    low, keys = verb.lower_, [verb.lemma_.lower()]
    if low.endswith("ed"):
        keys += [low[:-1], low[:-2]]
    elif low.endswith("ing"):
        keys += [low[:-3], low[:-3] + "e"]
    elif low.endswith("s"):
        keys += [low[:-1], low[:-2]]
    return tuple(dict.fromkeys(keys))


def _antecedent_words(verb: Token) -> set[str]:
    """What a pronoun subject stands for, where it is plain: "the quake, which killed" or a
    sentence opening "It killed ..." after a sentence about the quake."""
    subj = _subject_phrase(verb)
    if subj is None:
        return set()
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return _head_words(verb.head)
    sent = subj.sent
    if subj.lower_ != "it" or subj.i != sent.start or sent.start == 0:
        return set()
    before = subj.doc[sent.start - 1].sent.root
    return {w for c in before.children if c.dep_ in ("nsubj", "nsubjpass")
            for w in _subject_words(c)}


def figurative(verb: Token) -> bool:
    """Whether an idiomatic object or infinitive makes the verb no event ("fought accusations",
    "requesting anonymity", "asked not to be named")."""
    entry = next((e for k in lemma_keys(verb) if (e := lexicon().not_events.get(k))), None)
    if entry is None:
        return False
    any_xcomp, words = entry
    if any_xcomp and (infinitive_of(verb) is not None
                      or any(c.dep_ == "ccomp" for c in verb.children)):
        return True  # "help prices race ahead": a clause with its own subject, too
    found = _obj_words(verb) | _antecedent_words(verb) | {
        c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "agent", "advmod", "acomp")}
    # "killed after slipping and falling": the gerund of a preposition names the cause
    found |= {g.lower_ for p in verb.children if p.dep_ == "prep"
              for c in p.children if c.dep_ == "pcomp" for g in (c, *c.conjuncts)}
    # "shot and killed his father in a hunting accident": the phrase serves both verbs
    found |= {g.lemma_.lower() for v in verb.conjuncts if v.pos_ == "VERB"
              for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"}
    if verb.dep_ == "amod":  # misparsed "fought accusations": the object became the head
        found |= {verb.head.lemma_.lower(), verb.head.lower_}
    return bool(words & found)


def press_channel(tok: Token) -> bool:
    """Whether a noun phrase names the press as a channel ("reporters", "Tehran radio",
    "the AFP news agency")."""
    channels = lexicon().press_channels
    names = {tok.lemma_.lower(), tok.lower_}
    names |= {f"{c.lower_} {tok.lower_}" for c in tok.children if c.dep_ == "compound"}
    return bool(names & channels)


def _purpose(verb: Token) -> bool:
    """Whether a verb is an infinitive of purpose of an act that is no event itself ("did this
    to encourage the rebels"): a claimed aim, not an act the text reports. The purpose of talks
    or a visit ("held talks to urge them") is what was done there."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in (*verb.children, *tok.children)):
        return False
    obj = object_of(head)
    return verb_frame(head) is None and (obj is None or noun_frame(obj) is None)


def _rejected_proposal(verb: Token) -> bool:
    """Whether a verb is the infinitive of a proposal that was rejected ("vetoed a resolution to
    impose sanctions"): the rejection is the event, the proposed act never happened."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubjpass"):
        head = verb.head.head
    elif verb.dep_ == "advcl" and object_of(verb.head) is not None:
        head = verb.head  # the parser often hangs the proposal's infinitive on the verb
    else:
        return False
    frame = verb_frame(head) if head.pos_ in ("VERB", "AUX") else None
    return frame is not None and frame.code.startswith("12")


def _status(verb: Token) -> bool:
    """Whether a participle names a status a designation gives something ("listed the species
    as threatened", "classified as banned"), not an act; "as pledged" still reports one."""
    return verb.tag_ == "VBN" and verb.head.lemma_.lower() in lexicon().status_verbs and any(
        c.dep_ in ("mark", "prep") and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent", "dobj") for c in verb.children)


def _background(verb: Token) -> bool:
    """Whether a present participle only describes its noun ("officials attending the forum"),
    unless it names whom they meet ("leaders attending a meeting with the president")."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VBG"
            and verb.lemma_.lower() in lexicon().background_participles):
        return False
    obj = object_of(verb)
    return obj is None or not any(c.dep_ == "prep" and c.lower_ == "with" for c in obj.children)


def _outcome(verb: Token) -> bool:
    """Whether a trailing participle only states what the main act brought about ("won
    independence in 1993, ending the war"): the main act is the event."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" \
        and verb.lemma_.lower() in lexicon().outcome_participles \
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)


def _reduced_relative(verb: Token) -> bool:
    """Whether a participle the parser coordinated with the main verb describes the noun right
    before it ("denounced the murder of three workers killed when ..."): no conjunction joins
    them, and the main verb's subject did not do it."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and verb.i > 0 \
        and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _directed_at_another(verb: Token) -> bool:
    """Whether an infinitive hangs, through a participle with an object of its own, on a
    directive verb ("warned neighbouring states not to allow", parsed with "neighbouring" as a
    verb): the act is asked of that object, not done by the directive's subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.dep_ != "xcomp" or head.tag_ not in ("VBG", "VBN") \
            or not any(c.dep_ == "dobj" for c in head.children):
        return False
    return head.head.lemma_.lower() in modality_words()["directive_governors"]


def _named_aim(verb: Token) -> bool:
    """Whether an infinitive is what an aim noun is ("its endgame is to capture the
    oilfields"): an aim stated, not an act done."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ != "be":
        return False
    aims = lexicon().aim_nouns
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in aims for c in head.children)


def _listed_option(verb: Token) -> bool:
    """Whether a subjectless gerund clause is an item of a list after a colon ("a memo giving
    them these options: extending the deadline, ... and deciding not to defend"): an option
    named, not an act done."""
    tok = verb
    for _ in range(8):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        if tok.dep_ not in ("xcomp", "conj", "advcl", "appos"):
            return False
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "appos"):
            before = tok.left_edge.i - 1
            while before >= 0 and tok.doc[before].tag_ in ("''", "``"):
                before -= 1  # a quotation closed before the colon's list: "policy:” extending"
            return before >= 0 and tok.doc[before].text == ":"
        tok = tok.head
    return False


def verb_frame(verb: Token) -> Frame | None:
    """The first frame of the verb's lemma whose conditions hold."""
    from transforms.events_claims import (
        alleged_plan,
        claims_hostile_plan,
        hostile,
        predicated_tone,
        voiced_as_verbal_act,
    )

    lex = lexicon()
    if figurative(verb) or _rejected_proposal(verb) or _status(verb) or _reduced_relative(verb) \
            or _directed_at_another(verb) or _listed_option(verb) or _named_aim(verb) \
            or _background(verb) or _outcome(verb):
        return None
    obj = object_of(verb)
    for key in lemma_keys(verb):
        for frame in lex.verbs.get(key, ()):
            if frame.speech and obj is not None and noun_frame(obj) is not None:
                return None  # "announced sanctions": the event noun codes the act
            if frame_matches(frame, verb):
                if (frame.speech or frame.compose in ("appeal", "demand")) and _purpose(verb):
                    return None  # a request or statement made only as a stated aim
                claim = alleged_plan(verb)
                if claim is not None and (claim.lemma_.lower() in lex.accusation_verbs
                                          or hostile(frame.code)):
                    return None
                if frame.speech and frame.code == "010":
                    if voiced_as_verbal_act(verb):
                        return None
                    tone = predicated_tone(verb)
                    if tone is not None:
                        return replace(frame, code=tone)
                    if claims_hostile_plan(verb):  # the accused is the claim's subject
                        return replace(frame, code=lex.accusation_code, speech=False,
                                       target=("ccomp_subj",), optional_target=False)
                return frame
        if key in lex.verbs:
            return None
    return None


def noun_frames(noun: Token) -> tuple[Frame, ...]:
    """The frames of an event noun: a two-word entry ("hunger strike"), the noun itself, or
    its event modifier when the noun is a generic head ("mediation effort")."""
    lex = lexicon()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    for c in mods:
        frames = lex.nouns.get(f"{c.lower_} {noun.lower_}") or \
            lex.nouns.get(f"{c.lemma_.lower()} {noun.lemma_.lower()}")
        if frames:
            return frames
    frames = lex.nouns.get(noun.lower_) or lex.nouns.get(noun.lemma_.lower())
    if frames:
        return frames
    if noun.lemma_.lower() in lex.generic_heads:
        for c in mods:
            frames = lex.nouns.get(c.lower_) or lex.nouns.get(c.lemma_.lower())
            if frames:
                return frames
    return ()


def noun_frame(noun: Token) -> Frame | None:
    """The frame of an event noun governed by a light verb as its object."""
    lex = lexicon()
    frames = noun_frames(noun)
    if not frames or noun.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return None
    head = noun.head if noun.dep_ != "pobj" else noun.head.head
    if head.pos_ not in ("VERB", "AUX") or _rejected_proposal(head):
        return None
    keys = lemma_keys(head)
    for frame in frames:
        allowed = frame.light or lex.light_verbs
        if any(k in allowed for k in keys) and frame_matches(frame, noun):
            if frame.code.startswith("01") and _carries_act(noun, head):
                return None  # "issued a statement condemning X": the condemnation is the event
            return frame
    return None


def _carries_act(noun: Token, head: Token) -> bool:
    """Whether a statement noun carries an act coded on its own ("a statement condemning X"),
    also when the parser hung the participle on the light verb."""
    carriers = [c for c in noun.children if c.dep_ == "acl"]
    carriers += [c for c in head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i
                 and c.tag_ == "VBG"]
    frames = [verb_frame(c) for c in carriers if c.pos_ == "VERB"]
    return any(f is not None and not f.speech for f in frames)  # "a statement saying" is one act

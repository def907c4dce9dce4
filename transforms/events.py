"""Event coding: who did what to whom (CAMEO, PLOVER), how the text asserts it, when and where."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from transforms.actors_titles import group_role, is_equipment, is_thing
from transforms.codes import cameo_code
from transforms.dates import EventDate, published_date, resolve_date
from transforms.dictionaries import dictionary
from transforms.events_dedup import deduplicated
from transforms.events_frames import (
    Frame,
    lexicon,
    noun_frame,
    noun_frames,
    object_of,
    press_channel,
    verb_frame,
    xcomp_of,
)
from transforms.events_places import (
    act_code,
    described_patient,
    destination_country,
    grounded,
    localised,
    offshore,
    own_text,
    place_actor,
    placeless,
    protesting_side,
    spoken,
)
from transforms.events_roles import RoleFinder, subject_of
from transforms.events_targets import (
    Clause,
    accused_party,
    encounter_parties,
    mishap,
    named_recipients,
    names_recipient,
    of_the_state,
    own_side,
    patient_heads,
    private_pair,
    state_side,
)
from transforms.geo import Place, event_place
from transforms.modality import event_modality, modality_words, sentence_is_speculation
from transforms.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MAX_PAIRS = 4
_FIRST_PERSON = frozenset({"we", "i"})
_OBJECT_SLOTS = frozenset({"dobj", "obj", "xcomp_subj", "nsubjpass"})
_DESTINATION_SLOTS = frozenset({"prep:to", "prep:into"})
_QUOTES_OPEN = "\u201c\""
_QUOTES_CLOSE = "\u201d\""


@dataclass
class Match:
    """A trigger with its clause head and the frame that codes it."""

    trigger: Token
    clause: Token
    frame: Frame
    code: str
    complement_coded: bool = True
    demanded: set[int] = field(default_factory=set)
    inner_code: str = ""


@dataclass
class _Article:
    """What earlier sentences of the article tell later ones."""

    text: str = ""
    last_target: dict[str, Actor] = field(default_factory=dict)
    last_accusation: tuple[Actor, Actor] | None = None  # its accuser and accused
    last_date: date | None = None


def _sentence_matches(sent: Span) -> list[Match]:
    """Every trigger of the sentence that a frame codes, in token order."""
    lex = lexicon()
    matches: list[Match] = []
    verb_hits: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX"):
            frame = verb_frame(tok)
            if frame is not None:
                matches.append(Match(tok, tok, frame, frame.code))
                verb_hits.add(tok.i)
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in lex.intent_adjectives \
                and xcomp_of(tok) is not None:
            frame = Frame(code="030", compose="intent", xcomp=True, optional_target=True)
            matches.append(Match(tok, tok.head, frame, "030"))
    for tok in sent:
        if tok.pos_ == "NOUN":
            frame = noun_frame(tok)
            head = _governing_verb(tok)
            if frame is not None and head.i not in verb_hits:
                matches.append(Match(tok, head, frame, frame.code))
    return sorted(matches, key=lambda m: m.trigger.i)


def _governing_verb(noun: Token) -> Token:
    """The verb whose clause an event noun belongs to, through prepositions and measure nouns
    ("launched 10 days of war games"); the noun's head when no verb is near."""
    tok = noun.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return noun.head if noun.dep_ != "pobj" else noun.head.head


def _infinitive(tok: Token) -> bool:
    """Whether a verb is a "to" infinitive."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _complements(tok: Token) -> list[Token]:
    """What a composite verb or noun governs: its infinitive, clause, or noun ("agreed to a
    truce", "an agreement to exchange", "made an appeal to X to extradite")."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ in ("advcl", "acl") and _infinitive(c))]
    if tok.pos_ == "NOUN" and not out and tok.dep_ == "dobj":
        # the parser often hangs the noun's infinitive on the light verb
        out = [c for c in tok.head.children if c.i > tok.i and c.dep_ in ("advcl", "xcomp")
               and _infinitive(c)]
    out += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "upon", "on")
            for g in p.children if g.dep_ in ("pobj", "pcomp")]
    obj = object_of(tok)
    if obj is not None:
        out.append(obj)
    return out


def _complement_code(comp: Token, by_token: dict[int, Match]) -> tuple[str, Match | None] | None:
    """The code of a complement (a coded match, a verb frame or an event noun) and its match."""
    inner = by_token.get(comp.i)
    if inner is not None:
        return inner.code, inner
    if comp.pos_ in ("VERB", "AUX"):
        frame = verb_frame(comp)
        if frame is not None:
            return frame.code, None
        obj = object_of(comp)
        if obj is not None and obj.i in by_token:
            return by_token[obj.i].code, by_token[obj.i]
        return None
    frames = noun_frames(comp)
    return (frames[0].code, None) if frames else None


def _composed(matches: list[Match]) -> set[int]:
    """Fill composite codes from their complements; return the complements they consume."""
    lex = lexicon()
    by_token = {m.trigger.i: m for m in matches}
    consumed: set[int] = set()
    for m in matches:
        if not m.frame.compose:
            continue
        m.complement_coded = False
        for comp in _complements(m.trigger):
            found = _complement_code(comp, by_token)
            if found is None:
                continue
            code, inner = found
            table = lex.compose.get(m.frame.compose, {})
            m.code = table.get(cameo_code(code).root, table.get("default", m.frame.code))
            m.complement_coded = True
            m.inner_code = code
            if inner is not None and not m.frame.negates:
                consumed.add(inner.trigger.i)
            break
    return consumed


def _slot_tokens(slot: str, m: Match) -> list[Token]:
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


def _denied_accuser(m: Match, sources: list[Actor | None], article: _Article) -> Actor | None:
    """Who made the claims a denial points back to ("denied those claims"): the accuser of the
    article's last accusation, when its accused is the denier's side."""
    obj = object_of(m.trigger)
    if article.last_accusation is None or cameo_code(m.code).root != "01" or obj is None \
            or not any(c.dep_ == "det" and c.lower_ in ("those", "these", "the", "such")
                       for c in obj.children):
        return None
    accuser, accused = article.last_accusation
    denier = sources[0] if sources else None
    if denier is None or not (denier.key == accused.key or (
            denier.country and denier.country == accused.country)) \
            or accuser.country == denier.country:
        return None
    return accuser


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
    for comp in _complements(m.trigger):
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
    if clause.dep_ not in ("advcl", "xcomp") or not _infinitive(clause) \
            or clause.head.pos_ != "VERB":
        return None
    return _moved_to(clause.head, roles, exclude)


def _targets(m: Match, roles: RoleFinder, exclude: set[str]) -> list[Actor]:
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
        for tok in _slot_tokens(slot, m):
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
            dests = _slot_tokens(slot, m)
            if dests:  # "to the plant in central Iran", the parser hanging "in" on the verb
                dests += [g for p in m.trigger.children if p.dep_ == "prep" and p.lower_ == "in"
                          for g in p.children if g.dep_ == "pobj"]
            found = [a for tok in dests if (a := destination_country(tok, roles)) is not None
                     and a.key not in exclude][:1] or found
        if found:
            return found
        if slot in ("dobj", "xcomp_subj") and _slot_tokens(slot, m) \
                and xcomp_of(m.trigger) is not None and cameo_code(m.code).root in \
                dictionary("event_roles.yaml").get("addressed_roots", []):
            return []  # "urged warring parties to ...": the urged party, not the act's object
    return []


def _deployment(code: str) -> bool:
    """Whether a code sends people or goods somewhere (aid, peacekeepers, inspectors): its
    destination place stands for the country it goes to."""
    return cameo_code(code).root in dictionary("event_roles.yaml").get("deployment_roots", [])


def _speech_tone(m: Match, roles: RoleFinder, exclude: set[str]) -> tuple[str, Actor] | None:
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


def _speech_demand(m: Match, roles: RoleFinder, exclude: set[str]) -> tuple[str, Actor] | None:
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
        obj = object_of(inner)
        m.demanded = {comp.i, inner.i} | ({obj.i} if obj is not None else set())
        return _composed_code(table, root), target
    return None


@cache
def _outcome_verbs() -> frozenset[str]:
    """Verbs of results and figures: "should" with one of them forecasts, not appeals."""
    return frozenset(dictionary("event_roles.yaml").get("outcome_verbs", []))


def _event_date(m: Match, future: bool, published: date | None,
                article: _Article) -> EventDate:
    """The date of the event: a date phrase of its own clause, else the publication date."""
    sent = m.trigger.sent
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        gov = ent.root.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and gov.i != m.trigger.i:
            gov = gov.head
        if gov.i not in (m.clause.i, m.trigger.i):
            continue
        resolved = resolve_date(ent.text, published, future=future, previous=article.last_date)
        if resolved is not None and resolved.date is not None:
            return resolved
    return published_date(published)


def _in_quote(text: str, idx: int) -> bool:
    """Whether a character offset lies inside an open quotation of its paragraph."""
    start = text.rfind("\n\n", 0, idx) + 1
    before = text[start:idx]
    opened = sum(before.count(q) for q in "\u201c")
    closed = sum(before.count(q) for q in "\u201d")
    straight = before.count('"')
    return opened > closed or straight % 2 == 1


def _confidence(m: Match, source: Actor | None, target: Actor | None, via_context: bool,
                pronoun: bool) -> float:
    """A calibrated-ish probability that the row is right: frame prior adjusted by evidence."""
    score = m.frame.confidence
    main = m.clause.dep_ == "ROOT" or (m.clause.dep_ in ("conj", "ccomp", "parataxis")
                                       and m.clause.head.dep_ == "ROOT")
    score += 0.05 if main else -0.05
    score += 0.1 if target is not None and not via_context else 0.0
    score -= 0.15 if via_context else 0.0
    score -= 0.15 if pronoun else 0.0
    score -= 0.1 if m.frame.compose and not m.complement_coded else 0.0
    score -= 0.15 if source is None else 0.0
    known = [a.confidence for a in (source, target) if a is not None]
    score += 0.1 * (min(known, default=1.0) - 0.5)
    return round(min(max(score, 0.05), 0.99), 3)


def _rows_of(m: Match, sent_index: int, roles: RoleFinder, published: date | None,
             article: _Article, is_headline: bool) -> list[dict]:
    """The event rows of one match (one per source-target pair)."""
    if m.frame.compose and not m.complement_coded and _commercial(m):
        return []  # "agreed to buy the unit": a business deal, not a political interaction
    if _open_question(m.clause):
        return []  # "declined to say whether he would meet X" asserts no meeting nor refusal
    src_tok, _ = subject_of(m.clause)
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
    if not sources:
        if not _agentless(m, src_tok) or mishap(m.clause):
            return []
        # a violent act on a named target by an unnamed perpetrator, unless the operation it
        # happened in names its side ("killed in the Israeli offensive")
        sources = [_operation_actor(m, roles)]
    pronoun = src_tok is not None and src_tok.pos_ == "PRON"
    keys = {a.key for a, _ in sources if a is not None}
    code = m.code
    # The source's own country is no recipient of its act ("Reagan declined to say ..."):
    # PLOVER codes a domestic act on its place, which the ground below still gives.
    targets = [t for t in _targets(m, roles, keys)
               if not own_side(t, [s for s, _ in sources], m.trigger.sent)]
    if not targets and not (m.frame.reciprocal and len(sources) >= 2):
        targets = named_recipients(
            Clause(m.trigger, m.clause, cameo_code(m.code).root,
                   _complements(m.trigger) if m.frame.compose or _withheld(m) else [],
                   any(s in _OBJECT_SLOTS for s in m.frame.target) and not _moved(m, roles)),
            roles, [s for s, _ in sources])
    if cameo_code(code).root == "11":  # "complained to X over Y's raids" accuses Y
        accused = accused_party(m.trigger, roles, [s for s, _ in sources])
        targets = [accused] if accused is not None else targets
    if code.startswith(tuple(dictionary("event_roles.yaml").get("retreat_codes", []))) \
            and code.startswith(lexicon().untargeted_codes):
        # "withdrew from the Bosnian town of X" by Bosnian forces: their own land is no party
        targets = [t for t in targets if not (t.actor_type == "country" and all(
            s is not None and s.country == t.country for s, _ in sources))]
    if _deployment(code) and all(placeless(t) for t in targets):
        # "sent experts to X to investigate ...": the mission works where it was sent
        targets = [hit for hit in [_purpose_destination(m.clause, roles, keys)] if hit] or targets
    if m.trigger.lemma_.lower() in dictionary("event_roles.yaml").get("travel_verbs", []):
        # "will travel to Yambio": a destination no country or sector resolves is a place only
        targets = [t for t in targets if t.country or t.role or t.actor_type == "person"]
    if sources[0][0] is None and not targets:
        return []
    via_context = False
    pairs: list[tuple[Actor, Actor | None]] = []
    if m.frame.speech:
        tone = _speech_tone(m, roles, keys) or _speech_demand(m, roles, keys)
        if tone is not None and own_side(tone[1], [s for s, _ in sources], m.trigger.sent):
            tone = None  # "we should be able to ...": the speaker's own side is no addressee
            m.demanded = set()
        if tone is not None:
            code, tone_target = tone
            targets = [tone_target]
    if targets:
        pairs = [(s, t) for s, _ in sources for t in targets]
    elif m.frame.reciprocal and len(sources) >= 2:
        pairs = [(s, t) for s, _ in sources for t, _ in sources if s.key != t.key]
    elif (accuser := _denied_accuser(m, [s for s, _ in sources], article)) is not None:
        pairs = [(s, accuser) for s, _ in sources]
        via_context = True
    elif m.frame.context and m.frame.context in article.last_target:
        ctx = article.last_target[m.frame.context]
        pairs = [(s, ctx) for s, _ in sources if s.key != ctx.key]
        via_context = True
    elif m.frame.optional_target and m.complement_coded:
        pairs = [(s, None) for s, _ in sources]
    elif m.frame.optional_target and _open_complement(m) and m.trigger.pos_ != "ADJ":
        # without a coded complement or a target, only a political actor's commitment counts;
        # a mood ("determined to wreak havoc", "keen to grow") commits to nothing codable
        pairs = [(s, None) for s, _ in sources if s is not None and (s.country or s.role)]
    violent = cameo_code(code).root in lexicon().violent_roots
    if not violent:
        # business news, awards and private people: no political interaction
        pairs = [(s, t) for s, t in pairs if _political(s) or _political(t)]
        if _describes_person(m, roles):
            pairs = []
    if _describes_doer(m.clause) and all(t is None for _, t in pairs):
        return []  # "the navy patrolling the gulf thwarted ...": a description of the doer
    if not pairs:
        return []
    place = event_place(m.trigger, m.clause, [])
    # a recipient the sentence names but no actor resolves ("killed a teenager"): not the place
    named = any(names_recipient(v) for v in dict.fromkeys((m.trigger, m.clause))) \
        or described_patient(m.trigger)
    where = place or _complement_place(m)
    ground = place_actor(where, m.trigger.sent, roles) \
        if where is not None and not offshore(where, m.trigger.sent) else None
    if ground is not None:
        # "prisoners rioted at a jail in Dili": a countryless local group acts in its country
        pairs = [(localised(s, ground, code), t) for s, t in pairs]
    # "will boycott X's elections": a countryless party protesting against a state is its own
    pairs = [(protesting_side(s, t, code, where), t) for s, t in pairs]
    if ground is not None and not via_context and not named \
            and not _verbal_act(m, code, where):
        # PLOVER codes the country where an untargeted material act happens as its target
        # ("imposed a curfew in Algiers"); only a country named in the sentence stands in.
        # A verbal or consultative act ("agreed to resume talks in Geneva", "said in
        # Washington") only takes place there.
        pairs = [(s, grounded(t, ground) if placeless(t) and (
            s is None or s.key != ground.key) else t) for s, t in pairs]
    if cameo_code(code).root not in lexicon().violent_roots:
        pairs = [(s, t) for s, t in pairs if (state_side(s) or state_side(t))
                 and not private_pair(s, t)
                 and not _regulated_firm(m, s, t, code, roles)]
        if not pairs:
            return []
    if not via_context and any(t is None for _, t in pairs) and named:
        # precision first: a recipient the sentence names but no actor resolves is no empty target
        pairs = [(s, t) for s, t in pairs if t is not None]
        if not pairs:
            return []
    mod = event_modality(m.trigger, m.clause)
    modality = m.frame.modality or mod.modality
    if modality == "asserted" and _in_quote(article.text, m.trigger.idx):
        modality = "reported"
    if is_headline and modality == "asserted" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in m.clause.children):
        modality = "planned"
    speaker = roles.actor_of(mod.speaker) if mod.speaker is not None else None
    if m.frame.speech and code == m.frame.code and not _addressed(m):
        return []  # a bare statement without addressee or evaluation is not an interaction
    codes = [(code, modality)]
    root = cameo_code(code).root
    own = speaker is not None and mod.via_speech and any(
        s is not None and (speaker.key == s.key or (speaker.country and speaker.country == s.country
                                                    and s.actor_type == "country"))
        for s, _ in sources)
    if (not m.frame.compose and modality in ("planned", "hypothetical")
                    and _conditioned(m.clause, root) and (own or _states_intent(m.clause))):
        # "X will cut aid unless Y ...": an own act made conditional on the target is a threat
        codes = [(_composed_code("threaten", root), "asserted")]
    elif own and modality in ("planned", "hypothetical") and not m.frame.compose \
            and _plain_future(m.clause):
        # A source announcing its own future act expresses intent (03) or threatens (13).
        table = _intent_or_threat(root)
        if table:
            codes = [(_composed_code(table, root), "asserted")]
    elif modality == "planned" and not m.frame.compose and _states_intent(m.clause):
        # "X will give Y a loan": the text asserts X's intent now; the act itself stays planned.
        table = _intent_or_threat(root)
        if table and _decided(m.clause):
            codes = [(_composed_code(table, root), "asserted")]  # "decided to allow": one event
        elif table:
            codes.insert(0, (_composed_code(table, root), "asserted"))
    elif modality == "negated" and "03" <= root <= "08" and not m.frame.compose:
        # Declining a cooperative act is itself a rejection (CAMEO 12), asserted by the text.
        codes.append((_composed_code("reject", root), "reported" if speaker else "asserted"))
    when = _event_date(m, modality == "planned", published, article)
    sent = m.trigger.sent
    rows = []
    for code_now, modality_now in codes:
        info = cameo_code(code_now)
        for source, target in pairs[:_MAX_PAIRS]:
            if target is None and not info.code.startswith(lexicon().untargeted_codes):
                continue  # precision first: an act done to someone needs its target
            rows.append({
                "sentence_index": sent_index, "sentence": sent.text,
                "trigger": m.trigger.text, "trigger_start": m.trigger.idx,
                "trigger_end": m.trigger.idx + len(m.trigger.text),
                "source_actor_key": source.key if source else None,
                "source_name": source.name if source else None,
                "source_country": source.country if source else None,
                "source_role": source.role if source else None,
                "target_actor_key": target.key if target else None,
                "target_name": target.name if target else None,
                "target_country": target.country if target else None,
                "target_role": target.role if target else None,
                "cameo_code": info.code, "cameo_root": info.root,
                "plover_type": info.plover_type, "quad_class": info.quad_class,
                "goldstein": info.goldstein, "modality": modality_now,
                "attributed_to_key": speaker.key if speaker else None,
                "event_date": when.date, "date_text": when.text,
                "date_precision": when.precision,
                "location_name": place.name if place else None,
                "location_country": place.country if place else None,
                "latitude": place.latitude if place else None,
                "longitude": place.longitude if place else None,
                "is_headline": is_headline,
                "confidence": _confidence(m, source, target, via_context, pronoun),
                "mentions": 1,
            })
    return rows


def _describes_doer(clause: Token) -> bool:
    """Whether a participle describes the subject of a finite verb ("the navy patrolling the
    gulf thwarted an attack"), also when the parser makes the participle the root."""
    if clause.dep_ == "acl":
        return clause.head.dep_ in ("nsubj", "nsubjpass")
    if clause.dep_ == "csubj" and clause.tag_ == "VBG":  # a clausal subject with its own subject
        return any(c.dep_ == "nsubj" for c in clause.children)
    return clause.dep_ == "ROOT" and clause.tag_ == "VBG" \
        and not any(c.dep_ == "aux" for c in clause.children) \
        and any(c.dep_ in ("advcl", "conj") and c.tag_ in ("VBD", "VBZ", "VBP")
                for c in clause.children)


def _open_question(clause: Token) -> bool:
    """Whether a clause is an indirect question left unanswered ("declined to say whether he
    would meet X", "did not say if they would attack"): it asserts no act."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if "whether" not in marks and not ("if" in marks and clause.dep_ in ("ccomp", "xcomp")):
        return False
    say = clause.head
    refusals = dictionary("event_roles.yaml").get("refusal_verbs", [])
    return any(c.dep_ == "neg" for c in say.children) or (
        say.dep_ == "xcomp" and say.head.lemma_.lower() in refusals)


def _verbal_act(m: Match, code: str, place: Place) -> bool:
    """Whether the act that takes place at `place` is verbal or consultative: the act of the
    complement the place belongs to ("agreed to resume talks in X"; an uncoded one, as in
    "threatened to resume its attacks in X", is taken as material), else the coded act itself
    ("promised in X to cut taxes")."""
    for comp in (c for c in m.trigger.children if c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "advcl" and _infinitive(c))):
        for verb in (comp, *comp.conjuncts):
            if place.name not in own_text(verb):
                continue
            inner = act_code(verb) or (m.inner_code if verb is comp else "")
            return bool(inner) and spoken(inner)
    return spoken(code)


def _complement_place(m: Match) -> Place | None:
    """The place of a composite verb's complement act ("ready to send troops to a force in
    Liberia"): where the intended, threatened or demanded act would happen."""
    if not m.frame.compose:
        return None
    for comp in _complements(m.trigger):
        if comp.pos_ in ("VERB", "AUX"):
            place = event_place(comp, comp, [])
            if place is not None:
                return place
    return None


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
    for party in encounter_parties(m.clause):
        actor = roles.actor_of(party)
        if actor is not None:
            return actor, party
    return _cause_doer(m, roles)


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


def _open_complement(m: Match) -> bool:
    """Whether a composite verb governs a complement the lexicon does not code ("agreed to set
    up a centre", "agreed to an extension", "demanded elections"), other than a commercial deal
    ("agreed to buy the unit"), which is no political interaction."""
    return bool(m.frame.compose) and bool(_complements(m.trigger)) and not _commercial(m)


def _commercial(m: Match) -> bool:
    """Whether a composite verb's complement is a commercial transaction ("agreed to buy")."""
    commercial = lexicon().commercial_verbs
    return any(c.lemma_.lower() in commercial for c in _complements(m.trigger))


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


def _conditioned(clause: Token, root: str) -> bool:
    """Whether a clause makes its act a threat by a condition: "unless" always, "if" for a
    hostile act (a cooperative act "if Y reforms" is a conditional promise)."""
    marks = ("if", "unless") if root >= "10" else ("unless",)
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks
                                         for g in c.children) for c in clause.children)


def _decided(clause: Token) -> bool:
    """Whether a planned clause is the infinitive of an intent verb ("decided to allow"), whose
    intent is the whole event."""
    words = modality_words()
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in words["intent_governors"]


def _addressed(m: Match) -> bool:
    """Whether a speech act names an addressee (dative, 'to' phrase, or object of tell) other
    than the press, which is its channel."""
    return any(not press_channel(t) for slot in m.frame.target for tok in _slot_tokens(slot, m)
               for t in (tok, *tok.conjuncts))


def _channel(actor: Actor, head: Token) -> bool:
    """Whether an addressee is the press (a news outlet, reporters, a radio)."""
    return actor.role == "MED" or press_channel(head)


def _political(actor: Actor | None) -> bool:
    """Whether an actor is a political one: a political sector, or a country, IGO or NGO
    without a business-only sector."""
    if actor is None:
        return False
    lex = lexicon()
    if actor.role in lex.business_roles:
        return False
    return bool(actor.country) or actor.role in lex.political_roles


def _named_person(tok: Token) -> bool:
    """Whether a token names a person: a PERSON entity, or a name given an age ("Sara, 45,")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.like_num for c in tok.children))


def _regulated_firm(m: Match, source: Actor | None, target: Actor | None, code: str,
                    roles: RoleFinder) -> bool:
    """Whether a state's sanction or prosecution hits a firm of its own country ("the SEC
    sanctioned an accounting firm"): domestic regulation of business, not a political event."""
    if source is None or target is None or not of_the_state(source) or not (
            "16" <= cameo_code(code).root <= "17") or target.country not in (None, source.country):
        return False
    business = lexicon().business_roles
    if target.role in business or (target.actor_type == "organization" and not target.role):
        return True
    obj = object_of(m.trigger)  # "the accounting firm X" with X taken for a person
    if obj is None:
        return False
    noun = group_role(obj.lemma_) or group_role(obj.head.lemma_) if obj.dep_ == "appos" \
        else group_role(obj.lemma_)
    return (noun is not None and noun[0] in business) or any(
        (a := roles.at(t.idx, t.idx + len(t.text))) is not None and a.role in business
        for t in obj.subtree)


def _describes_person(m: Match, roles: RoleFinder) -> bool:
    """Whether the trigger lies in a relative or adjectival clause describing a person
    ("the senator, who visited China in 1999, ..."): a biography, not the news."""
    clause = m.clause
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    head = clause.head
    if _named_person(head) or (head.dep_ == "appos" and _named_person(head.head)):
        return True  # "Sara, 45, a resident who declined to ...": the apposition describes her
    actor = roles.actor_of(head) if head.pos_ in ("NOUN", "PROPN") else None
    return actor is not None and actor.actor_type == "person"


def _intent_or_threat(root: str) -> str | None:
    """The composite table for an announced future act of this root, if CAMEO has one."""
    if "04" <= root <= "08":
        return "intent"
    if root >= "14":
        return "threaten"
    return None


def _composed_code(table: str, root: str) -> str:
    """The code a composite table gives a complement root."""
    codes = lexicon().compose[table]
    return codes.get(root, codes["default"])


def code_events(doc: Doc, actors: list[Actor], published: date | None = None,
                is_headline: bool = False) -> list[dict]:
    """Event rows (without ids) for every clause of the document that codes a political event."""
    roles = RoleFinder(actors)
    by_key = {a.key: a for a in actors}
    article = _Article(text=doc.text)
    rows: list[dict] = []
    for sent_index, sent in enumerate(doc.sents):
        if sentence_is_speculation(sent.root):
            subj, _ = subject_of(sent.root)
            if subj is None or roles.actor_of(subj) is None:
                continue
        matches = _sentence_matches(sent)
        consumed = _composed(matches)
        per_match = [(m, _rows_of(m, sent_index, roles, published, article, is_headline))
                     for m in matches if m.trigger.i not in consumed]
        # a demand voiced in speech ("said Libya must hand over ...") is the event; the
        # demanded act itself has not happened
        demanded = {i for m, new in per_match if new for i in m.demanded}
        for m, new in per_match:
            if m.trigger.i in demanded:
                continue
            for row in new:
                if row["target_actor_key"] and row["modality"] != "negated":
                    article.last_target[row["cameo_root"]] = by_key[row["target_actor_key"]]
                    if row["cameo_root"] == "11" and row["source_actor_key"]:
                        article.last_accusation = (by_key[row["source_actor_key"]],
                                                   by_key[row["target_actor_key"]])
                if row["date_precision"] == "day":
                    article.last_date = row["event_date"]
            rows.extend(new)
    return deduplicated(rows)

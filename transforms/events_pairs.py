"""The event rows of one match: its sources paired with its targets, kept when political,
grounded in the place the act happens, dated and scored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from transforms.actors_titles import group_role
from transforms.codes import cameo_code
from transforms.dates import EventDate, published_date, resolve_date
from transforms.dictionaries import dictionary
from transforms.events_codes import act_codes
from transforms.events_doers import doers
from transforms.events_frames import lexicon, object_of
from transforms.events_matches import Match, complements, infinitive
from transforms.events_places import (
    act_code,
    described_patient,
    grounded,
    localised,
    offshore,
    own_text,
    place_actor,
    placeless,
    protesting_side,
    spoken,
)
from transforms.events_recipients import addressed, recipients
from transforms.events_roles import RoleFinder
from transforms.events_speech import speech_demand, speech_tone
from transforms.events_targets import (
    names_recipient,
    of_the_state,
    own_side,
    private_pair,
    state_side,
)
from transforms.geo import Place, event_place
from transforms.modality import event_modality
from transforms.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from transforms.codes import CameoCode

_MAX_PAIRS = 4


@dataclass
class ArticleContext:
    """What earlier sentences of the article tell later ones."""

    text: str = ""
    last_target: dict[str, Actor] = field(default_factory=dict)
    last_accusation: tuple[Actor, Actor] | None = None  # its accuser and accused
    last_date: date | None = None


def rows_of(m: Match, sent_index: int, roles: RoleFinder, published: date | None,
             article: ArticleContext, is_headline: bool) -> list[dict]:
    """The event rows of one match (one per source-target pair)."""
    if m.frame.compose and not m.complement_coded and _commercial(m):
        return []  # "agreed to buy the unit": a business deal, not a political interaction
    if _open_question(m.clause):
        return []  # "declined to say whether he would meet X" asserts no meeting nor refusal
    sources, src_tok = doers(m, roles)
    if not sources:
        return []
    pronoun = src_tok is not None and src_tok.pos_ == "PRON"
    actors = [s for s, _ in sources]
    keys = {a.key for a in actors if a is not None}
    targets = recipients(m, roles, actors, keys)
    if sources[0][0] is None and not targets:
        return []
    pairs, via_context, code = _paired(m, roles, actors, targets, keys, article)
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
    if not violent:
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
    modality = _stated_modality(m, mod.modality, article.text, is_headline)
    speaker = roles.actor_of(mod.speaker) if mod.speaker is not None else None
    if m.frame.speech and code == m.frame.code and not addressed(m):
        return []  # a bare statement without addressee or evaluation is not an interaction
    codes = act_codes(m, code, modality, speaker, mod.via_speech, actors)
    when = _event_date(m, modality == "planned", published, article)
    rows = []
    for code_now, modality_now in codes:
        info = cameo_code(code_now)
        for source, target in pairs[:_MAX_PAIRS]:
            if target is None and not info.code.startswith(lexicon().untargeted_codes):
                continue  # precision first: an act done to someone needs its target
            rows.append(_row(m, sent_index, (source, target), (info, modality_now), speaker,
                             when, place, is_headline,
                             _confidence(m, source, target, via_context, pronoun)))
    return rows


def _paired(m: Match, roles: RoleFinder, actors: list[Actor | None], targets: list[Actor],
            keys: set[str], article: ArticleContext,
            ) -> tuple[list[tuple[Actor | None, Actor | None]], bool, str]:
    """A match's (source, target) pairs, whether they come from context, and its (spoken) code."""
    via_context = False
    pairs: list[tuple[Actor | None, Actor | None]] = []
    code = m.code
    if m.frame.speech:
        tone = speech_tone(m, roles, keys) or speech_demand(m, roles, keys)
        if tone is not None and own_side(tone[1], actors, m.trigger.sent):
            tone = None  # "we should be able to ...": the speaker's own side is no addressee
            m.demanded = set()
        if tone is not None:
            code, tone_target = tone
            targets = [tone_target]
    if targets:
        pairs = [(s, t) for s in actors for t in targets]
    elif m.frame.reciprocal and len(actors) >= 2:
        pairs = [(s, t) for s in actors for t in actors
                 if s is not None and t is not None and s.key != t.key]
    elif (accuser := _denied_accuser(m, actors, article)) is not None:
        pairs = [(s, accuser) for s in actors]
        via_context = True
    elif m.frame.context and m.frame.context in article.last_target:
        ctx = article.last_target[m.frame.context]
        pairs = [(s, ctx) for s in actors if s is not None and s.key != ctx.key]
        via_context = True
    elif m.frame.optional_target and m.complement_coded:
        pairs = [(s, None) for s in actors]
    elif m.frame.optional_target and _open_complement(m) and m.trigger.pos_ != "ADJ":
        # without a coded complement or a target, only a political actor's commitment counts;
        # a mood ("determined to wreak havoc", "keen to grow") commits to nothing codable
        pairs = [(s, None) for s in actors if s is not None and (s.country or s.role)]
    return pairs, via_context, code


def _stated_modality(m: Match, clause_modality: str, text: str, is_headline: bool) -> str:
    """A match's modality: its frame's or clause's, reported in a quote, planned in a headline."""
    modality = m.frame.modality or clause_modality
    if modality == "asserted" and _in_quote(text, m.trigger.idx):
        modality = "reported"
    if is_headline and modality == "asserted" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in m.clause.children):
        modality = "planned"
    return modality


def _row(m: Match, sent_index: int, pair: tuple[Actor | None, Actor | None],
         coded: tuple[CameoCode, str], speaker: Actor | None, when: EventDate, place: Place | None,
         is_headline: bool, confidence: float) -> dict:
    """The table row of one coded (source, target) pair of a match."""
    source, target = pair
    info, modality_now = coded
    return {
        "sentence_index": sent_index, "sentence": m.trigger.sent.text,
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
        "confidence": confidence,
        "mentions": 1,
    }


def _denied_accuser(m: Match, sources: list[Actor | None], article: ArticleContext) -> Actor | None:
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


def _event_date(m: Match, future: bool, published: date | None,
                article: ArticleContext) -> EventDate:
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
            c.dep_ == "advcl" and infinitive(c))):
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
    for comp in complements(m.trigger):
        if comp.pos_ in ("VERB", "AUX"):
            place = event_place(comp, comp, [])
            if place is not None:
                return place
    return None


def _open_complement(m: Match) -> bool:
    """Whether a composite verb governs a complement the lexicon does not code ("agreed to set
    up a centre", "agreed to an extension", "demanded elections"), other than a commercial deal
    ("agreed to buy the unit"), which is no political interaction."""
    return bool(m.frame.compose) and bool(complements(m.trigger)) and not _commercial(m)


def _commercial(m: Match) -> bool:
    """Whether a composite verb's complement is a commercial transaction ("agreed to buy")."""
    commercial = lexicon().commercial_verbs
    return any(c.lemma_.lower() in commercial for c in complements(m.trigger))


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

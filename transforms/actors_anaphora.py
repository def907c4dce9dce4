"""In-document anaphora: pronouns and definite nominals as mentions of an actor named earlier."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from transforms.actors_mentions import Mention, owner_index
from transforms.actors_titles import roles_data

_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How far back an antecedent or a speaker may be, in sentences.
_PRONOUN_REACH = 2
_NOMINAL_REACH = 3
_SPEAKER_REACH = 8


@cache
def _lexicon() -> dict:
    return roles_data()["anaphora"]


def _identity(m: Mention) -> tuple:
    return m.kind, m.entry.name if m.entry else m.name, m.country, m.role


def _is_antecedent(m: Mention) -> bool:
    # A group with neither country nor sector ("nation") is nobody to refer back to, and a
    # city named as a setting ("fighting in Mosul") is a place, not an actor.
    if m.kind == "country" and m.resolution == "ner" and not m.anaphor:
        return False
    return m.kind != "group" or bool(m.country or m.role)


def _copy(m: Mention, tok: Token, end: int | None = None) -> Mention:
    return Mention(tok.i, end or tok.i + 1, m.kind, m.name, m.country, m.role, m.title,
                   resolution="pronoun", confidence=0.4, entry=m.entry, anaphor=True)


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in doc.sents]


def _sentence_of(starts: list[int], i: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= i:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _is_subject(doc: Doc, m: Mention) -> bool:
    root = doc[m.start:m.end].root
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ in _SUBJECTS


def _pick(doc: Doc, found: list[Mention], tok: Token) -> Mention | None:
    """One antecedent among the candidates of the nearest sentence, or None when ambiguous."""
    distinct = {_identity(m): m for m in found}
    if len(distinct) == 1:
        return found[-1]
    # Between several, only a subject pronoun prefers the subject ("X met Y. It said ...").
    node = tok.head if tok.dep_ == "poss" else tok
    if node.dep_ not in _SUBJECTS:
        return None
    subjects = {_identity(m): m for m in found if _is_subject(doc, m)}
    if len(subjects) == 1:
        return next(iter(subjects.values()))
    return None


def _antecedent(doc: Doc, mentions: list[Mention], starts: list[int], before: int,
                reach: int, fits) -> Mention | None:
    """The actor a back-reference at token `before` stands for, looking back `reach` sentences."""
    sent = _sentence_of(starts, before)
    for k in range(sent, max(-1, sent - reach - 1), -1):
        lo = starts[k]
        hi = starts[k + 1] if k + 1 < len(starts) else len(doc)
        found = [m for m in mentions if lo <= m.start < min(hi, before) and m.end <= before
                 and _is_antecedent(m) and fits(m)]
        if found:
            return _pick(doc, found, doc[before])
    return None


def _is_expletive(tok: Token) -> bool:
    # "it will take time", "it is clear that": no actor behind the pronoun.
    if tok.dep_ == "expl":
        return True
    if tok.lower_ != "it":
        return False
    if tok.dep_ not in _SUBJECTS:
        return tok.dep_ != "poss"
    return tok.head.lemma_.lower() in _lexicon()["expletive_verbs"]


def _third_person(doc: Doc, mentions: list[Mention], starts: list[int]) -> list[Mention]:
    kinds: dict[str, list[str]] = _lexicon()["pronouns"]
    owner = owner_index(doc, mentions)
    # "Treasury" in "U.S. Treasury Secretary James Baker" only qualifies the person's title.
    in_title = {k for m in mentions if m.kind == "person" for k in range(m.phrase_start, m.start)}
    out: list[Mention] = []
    for tok in doc:
        allowed = kinds.get(tok.lower_)
        if allowed is None or tok.pos_ != "PRON" or owner[tok.i] is not None:
            continue
        if _is_expletive(tok):
            continue
        plural = tok.lower_ in ("they", "them", "their")

        def fits(m: Mention, allowed=allowed, plural=plural) -> bool:
            if m.kind not in allowed or (m.kind != "person" and m.start in in_title):
                return False
            if m.kind == "group":  # "troops" are they, "the coalition" is it
                return (doc[m.head if m.head is not None else m.end - 1].tag_ in (
                    "NNS", "NNPS")) == plural
            return True

        ante = _antecedent(doc, mentions, starts, tok.i, _PRONOUN_REACH, fits)
        if ante is not None:
            out.append(_copy(ante, tok))
    return out


def _speaker_actor(doc: Doc, speaker: Mention, mentions: list[Mention]) -> Mention | None:
    """What "we" stands for when `speaker` talks: the speaker's organisation or government."""
    if speaker.anaphor:  # "he said": the person named earlier
        speaker = next((m for m in mentions if not m.anaphor
                        and _identity(m) == _identity(speaker)), speaker)
    if speaker.kind != "person":
        return speaker
    ranges = [(speaker.phrase_start, speaker.start), *speaker.extra]
    orgs = [m for m in mentions if m.kind == "organization" and not m.anaphor
            and any(a <= m.start and m.end <= b for a, b in ranges)]
    if orgs:
        return orgs[-1]
    if speaker.country:
        states = [m for m in mentions if m.kind == "country" and m.country == speaker.country
                  and m.role is None and not m.anaphor]
        if states:
            return states[0]
    return None


def _speakers(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(sentence start, verb index, speaker mention) for each speech verb with an actor subject."""
    verbs = set(_lexicon()["speech_verbs"])
    owner = owner_index(doc, mentions)
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        for subj in tok.children:
            if subj.dep_ == "nsubj" and owner[subj.i] is not None:
                out.append((tok.sent.start, tok.i, mentions[owner[subj.i]]))
    return out


def _first_person(doc: Doc, mentions: list[Mention], starts: list[int]) -> list[Mention]:
    words = set(_lexicon()["speaker_pronouns"])
    speakers = _speakers(doc, mentions)
    if not speakers:
        return []
    owner = owner_index(doc, mentions)
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in words or tok.pos_ != "PRON" or owner[tok.i] is not None:
            continue
        sent = _sentence_of(starts, tok.i)
        low = starts[max(0, sent - _SPEAKER_REACH)]
        # The speaker of the same sentence ('"We will win," he said'), else the last one before.
        here = [s for s in speakers if s[0] == starts[sent]]
        earlier = [s for s in speakers if low <= s[0] and s[1] < tok.i]
        pick = here[-1] if here else (earlier[-1] if earlier else None)
        if pick is None:
            continue
        actor = _speaker_actor(doc, pick[2], mentions)
        if actor is not None and not actor.anaphor and _is_antecedent(actor):
            out.append(_copy(actor, tok))
    return out


def _nominals(doc: Doc, mentions: list[Mention], starts: list[int]) -> list[Mention]:
    """ "the group", "these terrorists" -> the latest armed group or organisation before them."""
    heads: dict[str, list[str]] = _lexicon()["nominals"]
    named_heads = frozenset(_lexicon().get("name_nominals", []))
    owner = owner_index(doc, mentions)
    out: list[Mention] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in heads and lemma not in named_heads:
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
            continue
        # Named or national modifiers or an "of" phrase make it a new actor: "the Wagner group".
        if any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "amod" and (
                c.text[:1].isupper() or owner[c.i] is not None)) for c in tok.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        own = mentions[owner[tok.i]] if owner[tok.i] is not None else None
        if own is not None and (own.kind != "group" or own.country):
            continue
        roles = set(heads.get(lemma, []))
        for c in tok.children:  # "this terrorist group" is an armed group, not any organisation
            if c.dep_ == "amod" and heads.get(c.lemma_.lower()):
                roles = set(heads[c.lemma_.lower()])
        if not roles and tok.tag_ == "NNS":
            continue  # "the armed groups", "the banks": several bodies, not the one named before

        def fits(m: Mention, roles=roles, lemma=lemma) -> bool:
            if lemma not in heads:  # "the World Bank ... the bank": the name holds the head
                return m.kind == "organization" and lemma in m.name.lower().split()
            if m.kind == "organization":  # an unknown organisation may be no group at all
                return m.role in roles if roles else bool(m.entry or m.role)
            return m.kind == "group" and bool(roles) and m.role in roles and m.name != lemma

        ante = _antecedent(doc, mentions, starts, tok.i, _NOMINAL_REACH, fits)
        if ante is None:
            continue
        start = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("det", "amod")])
        if own is not None:
            mentions.remove(own)
            owner = owner_index(doc, mentions)
        m = _copy(ante, tok)
        m.ext_start = start
        out.append(m)
    return out


def anaphoric_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Pronouns and definite nominals standing for an earlier actor, as mentions of that actor.

    Removes from `mentions` the vague group mentions a nominal turns out to name.
    """
    starts = _sentence_starts(doc)
    nominal = _nominals(doc, mentions, starts)
    known = sorted(mentions + nominal, key=lambda m: m.start)
    third = _third_person(doc, known, starts)
    known = sorted(known + third, key=lambda m: m.start)
    return nominal + third + _first_person(doc, known, starts)

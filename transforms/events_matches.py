"""Event triggers of a sentence and the composite codes their complements fill in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from transforms.codes import cameo_code
from transforms.events_frames import (
    Frame,
    lexicon,
    noun_frame,
    noun_frames,
    object_of,
    verb_frame,
    xcomp_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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


def sentence_matches(sent: Span) -> list[Match]:
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
            head = governing_verb(tok)
            if frame is not None and head.i not in verb_hits:
                matches.append(Match(tok, head, frame, frame.code))
    return sorted(matches, key=lambda m: m.trigger.i)


def governing_verb(noun: Token) -> Token:
    """The verb whose clause an event noun belongs to, through prepositions and measure nouns
    ("launched 10 days of war games"); the noun's head when no verb is near."""
    tok = noun.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return noun.head if noun.dep_ != "pobj" else noun.head.head


def infinitive(tok: Token) -> bool:
    """Whether a verb is a "to" infinitive."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def complements(tok: Token) -> list[Token]:
    """What a composite verb or noun governs: its infinitive, clause, or noun ("agreed to a
    truce", "an agreement to exchange", "made an appeal to X to extradite")."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ in ("advcl", "acl") and infinitive(c))]
    if tok.pos_ == "NOUN" and not out and tok.dep_ == "dobj":
        # the parser often hangs the noun's infinitive on the light verb
        out = [c for c in tok.head.children if c.i > tok.i and c.dep_ in ("advcl", "xcomp")
               and infinitive(c)]
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


def consumed_complements(matches: list[Match]) -> set[int]:
    """Fill composite codes from their complements; return the complements they consume."""
    lex = lexicon()
    by_token = {m.trigger.i: m for m in matches}
    consumed: set[int] = set()
    for m in matches:
        if not m.frame.compose:
            continue
        m.complement_coded = False
        for comp in complements(m.trigger):
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

"""Country of state office-holders named without one, from a document about a single country."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.actors_mentions import LOCATION_PREPS, Mention, is_location_use, is_people_word
from transforms.actors_titles import roles_data

# Sectors whose office-holders serve a state: "Judge X" or "Prime Minister X" of a story about
# one country is that country's.
_STATE_ROLES = frozenset({"GOV", "LEG", "MIL", "COP", "JUD", "SPY"})
_INTERNATIONAL = frozenset({"IGO", "NGO"})
_DESTINATION_PREPS = frozenset({"in", "to", "into"})


def _is_destination(tok: Token) -> bool:
    """Whether a place is where someone travels ("arrived in Cairo", "a visit to Chile")."""
    motion = set(roles_data()["motion_verbs"]) | {"visit"}
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in motion:
        return True
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in _DESTINATION_PREPS
            and prep.head.lemma_.lower() in motion)


def _stateless_people(doc: Doc, m: Mention) -> bool:
    """Whether a group with no country is named by a people with no state ("Tamil refugees");
    not as a state organ ("Yoruba leaders" are not the government)."""
    return (m.kind == "group" and not m.country and not m.anaphor and m.role not in _STATE_ROLES
            and any(is_people_word(t) for t in doc[m.phrase_start:m.end]))


def _is_attribution(doc: Doc, m: Mention) -> bool:
    """Whether a mention is the source a report is attributed to ("according to X")."""
    root = doc[m.start:m.end].root
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0
            and doc[prep.i - 1].lower_ == "according")


def _office_holder(doc: Doc, m: Mention) -> bool:
    """Whether a mention is a serving state official of no stated country, in a home office."""
    if not (m.kind == "person" and m.titled and not m.country and m.entry is None
            and not m.former and m.role in _STATE_ROLES):
        return False
    if m.name == m.title and (m.phrase_start == 0 or doc[m.phrase_start - 1].lower_ != "the"):
        return False  # an unnamed title is "the president" of the story, not a stray word
    title = f" {(m.title or '').lower().replace('-', ' ')} "
    return not any(f" {t.replace('-', ' ')} " in title for t in roles_data()["outward_titles"])


def sole_country(doc: Doc, mentions: list[Mention], home: str | None) -> str | None:
    """The one country a document names (dateline, actors and places), or None when it names
    none, several, an international body, or only as a place (where an official may be a
    visitor: "In Turkey Minister X met refugees", "Minister X arrived in Cairo")."""
    named = {m.country for m in mentions if m.country}
    if home:
        named.add(home)
    if len(named) != 1 or named & _INTERNATIONAL:
        return None
    if any(m.kind == "country" and _is_destination(doc[m.start:m.end].root) for m in mentions):
        return None
    actors = [m for m in mentions if m.country and not _is_place(doc, m)]
    return next(iter(named)) if home or actors else None


def _is_place(doc: Doc, m: Mention) -> bool:
    """Whether a country mention names where things happen, not who acts ("In Turkey ...")."""
    if m.kind != "country" or m.resolution == "demonym":
        return False
    return (m.resolution == "ner" or is_location_use(doc, m.start, m.end)
            or m.start > 0 and doc[m.start - 1].lower_ in LOCATION_PREPS)


def apply_home_officials(doc: Doc, mentions: list[Mention], home: str | None = None) -> None:
    """Give state office-holders and stateless peoples without a country the document's only
    country; not an official whose sentence names a person of that country (a meeting may be
    of two states)."""
    country = sole_country(doc, mentions, home)
    if country is None:
        return
    people = [m for m in mentions if m.kind == "person" and m.country
              and not _is_attribution(doc, m)]
    for m in mentions:
        if _stateless_people(doc, m):
            m.country = country  # peoples with no state of their name are coded where they live
            continue
        if not _office_holder(doc, m):
            continue
        sent = doc[m.start].sent
        if any(sent.start <= o.start < sent.end for o in people):
            continue
        m.country = country

"""spaCy entities repaired for news text: hyphenated given names, possessives, bylines, titles."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from transforms.actors_dictionary import lookup
from transforms.actors_titles import org_role, title_words
from transforms.countries import place_country, seat_of_government

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_LEADING = frozenset({"the", "a", "an"})
# A capitalised preposition opening a sentence is no part of a name: "Near Palmyra, ...".
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                          "throughout", "within", "from"})


@dataclass
class Entity:
    """A repaired entity: token start/end in the doc and its spaCy label."""

    start: int
    end: int
    label: str


def _extend_hyphenated(doc: Doc, end: int) -> int:
    # "Choe Ryong" + "-" + "hae": the tokenizer splits the given name and NER stops at the hyphen.
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower):
        end += 2
    return end


def _is_byline(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 2 and all(t.is_upper for t in words) and any(len(t) > 3 for t in words)


def repaired_entities(doc: Doc) -> list[Entity]:
    """The doc's actor-like entities with their boundaries repaired."""
    out: list[Entity] = []
    titles = title_words()
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        start, end = ent.start, ent.end
        label = ent.label_
        if end - start > 1 and doc[start].lower_ in _PLACE_PREPS and doc[start].text[:1].isupper():
            start += 1
            if label == "PERSON" and doc[start].is_title and end - start == 1:
                label = "LOC"  # "Near Palmyra": what follows the preposition is a place
        if label == "PERSON":
            end = _extend_hyphenated(doc, end)
            while start < end - 1 and (doc[start].lower_.strip(".") in titles or (
                    place_country(doc[start].text) and doc[start + 1].lower_.strip(".") in titles)):
                start += 1  # "Turkey Minister Ellwood": the country is no part of the name
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].text == "-"):
            end -= 1
        while start < end and doc[start].lower_ in _LEADING:
            start += 1
        if start >= end:
            continue
        if all(t.lower_.strip(".") in titles for t in doc[start:end]):
            continue  # "Defense" tagged ORG inside "Defense Minister"
        if _is_byline(doc, start, end):
            continue
        if out and start < out[-1].end:
            if end > out[-1].end:
                out[-1].end = end
            continue
        out.extend(_split_possessive(doc, start, end, label))
    return out


def _split_possessive(doc: Doc, start: int, end: int, label: str) -> list[Entity]:
    # "Korea's National Intelligence Service" is two actors: the possessor and the organisation.
    for i in range(start + 1, end - 1):
        if doc[i].text in _POSSESSIVE and doc[i + 1].is_title and _is_actor_name(doc[start:i].text):
            prefix = "GPE" if place_country(doc[start:i].text) else "ORG"
            return [Entity(start, i, prefix), Entity(i + 1, end, label)]
    return [Entity(start, end, label)]


def _is_actor_name(text: str) -> bool:
    # Only split where the possessor is itself an actor: not "Supreme People's Assembly".
    return bool(place_country(text) or seat_of_government(text) or lookup(text) or org_role(text))

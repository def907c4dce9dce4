"""Relations on the seed article (DESIGN.md §7) and on short sentences."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.actors import resolve_actors
from transforms.relations import extract_relations


def seed_body(seed_text: str) -> str:
    """The article paragraphs and subheadings: from the first paragraph to the byline."""
    lines = seed_text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Chinese President"))
    last = next(i for i, line in enumerate(lines) if line.startswith("BY "))
    return "\n\n".join(line.strip() for line in lines[first:last] if line.strip())


@pytest.fixture(scope="module")
def seed_relations(nlp, seed_text):
    doc = nlp(seed_body(seed_text))
    actors = resolve_actors(doc, date(2025, 5, 7))
    names = {a.key: a.name for a in actors}
    return {(names[r.subject_key], r.relation_type, names[r.object_key], r.former)
            for r in extract_relations(doc, actors)}


def test_offices_of_the_seed(seed_relations):
    assert ("Kim Jong-un", "leader_of", "North Korea", False) in seed_relations
    assert ("Choe Ryong-hae", "official_of", "Supreme People's Assembly", False) in seed_relations
    assert ("Sergei Shoigu", "official_of", "Russia", True) in seed_relations


def test_alliances_of_the_seed(seed_relations):
    pairs = {frozenset((s, o)) for s, t, o, _ in seed_relations if t == "allied_with"}
    assert frozenset(("North Korea", "Russia")) in pairs
    assert frozenset(("China", "Russia")) in pairs


def test_no_relation_between_a_person_and_a_place_he_visits(seed_relations):
    assert not any(s == "Andrey Belousov" and o == "North Korea" for s, _, o, _ in seed_relations)


def test_fighting_is_opposition(nlp):
    doc = nlp("Kurdish forces fought the Islamic State near Raqqa.")
    actors = resolve_actors(doc, date(2017, 5, 1),
                            extra_dictionary=[{"name": "Islamic State", "type": "organization",
                                               "country": None, "role": "REB"}])
    names = {a.key: a.name for a in actors}
    found = {(names[r.subject_key], r.relation_type, names[r.object_key])
             for r in extract_relations(doc, actors)}
    assert any(t == "opposes" and o == "Islamic State" for _, t, o in found)

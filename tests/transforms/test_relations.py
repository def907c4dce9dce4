"""Relations on the seed article (DESIGN.md §7) and on short sentences."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.actors import resolve_actors
from transforms.relations import extract_relations


@pytest.fixture(scope="module")
def seed_relations(nlp, seed_body):
    doc = nlp(seed_body)
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


def _found(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    actors = resolve_actors(doc, date(2020, 1, 1))
    names = {a.key: a.name for a in actors}
    return {(names[r.subject_key], r.relation_type, names[r.object_key])
            for r in extract_relations(doc, actors)}


def test_strikes_conducted_against_an_actor_oppose_it(nlp):
    found = _found(nlp, "The coalition conducted airstrikes against Hezbollah positions near "
                        "the border.")
    assert any(t == "opposes" and o == "Hezbollah" for _, t, o in found)


def test_the_helped_party_does_the_fighting(nlp):
    found = _found(nlp, "Britain is assisting the Ukrainian army to repel Russian forces.")
    assert any(t == "opposes" and s.startswith("Ukraine") and o.startswith("Russia")
               for s, t, o in found)
    assert not any(t == "opposes" and s == "United Kingdom" for s, t, _ in found)
    assert any(t == "allied_with" and s == "United Kingdom" and o.startswith("Ukraine")
               for s, t, o in found)


def test_those_driven_out_are_the_enemy(nlp):
    found = _found(nlp, "Syrian rebels liberated the town from the Taliban last week.")
    assert any(t == "opposes" and o == "Taliban" for _, t, o in found)


def test_as_part_of_is_membership(nlp):
    found = _found(nlp, "Poland, as part of NATO, sent troops to the region.")
    assert ("Poland", "member_of", "NATO") in found


def test_condemning_an_attack_is_not_fighting_its_victims(nlp):
    found = _found(nlp, "The United States condemned the attacks on Syrian civilians.")
    assert not any(t == "opposes" and s == "United States" for s, t, _ in found)


def test_those_who_fight_together_are_allies(nlp):
    found = _found(nlp, "Germany, France and Italy are committed to defeating the Taliban.")
    pairs = {frozenset((s, o)) for s, t, o in found if t == "allied_with"}
    assert frozenset(("Germany", "Italy")) in pairs
    assert ("France", "opposes", "Taliban") in found


def test_a_passive_subject_acts_in_the_clause_it_governs(nlp):
    found = _found(nlp, "Canada is committed to defeating the Taliban.")
    assert ("Canada", "opposes", "Taliban") in found


def test_a_title_in_the_predicate_states_an_office(nlp):
    doc = nlp("Mohammad Karimi was a commander in the Taliban.")
    actors = resolve_actors(doc, date(2020, 1, 1))
    names = {a.key: a.name for a in actors}
    found = {(names[r.subject_key], r.relation_type, names[r.object_key], r.former)
             for r in extract_relations(doc, actors)}
    assert ("Mohammad Karimi", "official_of", "Taliban", True) in found


def test_a_hyphenated_pair_before_war_are_enemies(nlp):
    found = _found(nlp, "He served in the Iran-Iraq war for six years.")
    assert {("Iran", "opposes", "Iraq"), ("Iraq", "opposes", "Iran")} & found


def test_members_killed_stand_for_their_group(nlp):
    found = _found(nlp, "The Taliban killed 40 members of the Afghan National Army.")
    assert ("Taliban", "opposes", "Afghan National Army") in found


def test_the_raid_agent_opposes_the_one_killed_in_it(nlp):
    found = _found(nlp, "Mullah Dadullah was killed in a raid by British forces.")
    assert any(t == "opposes" and s.startswith("United Kingdom") and o == "Mullah Dadullah"
               for s, t, o in found)


def test_which_includes_lists_members_of_the_antecedent(nlp):
    found = _found(nlp, "NATO, which includes Poland and Norway, met in Brussels.")
    assert {("Poland", "member_of", "NATO"), ("Norway", "member_of", "NATO")} <= found
    assert not any(o == "Belgium" for _, _, o in found)


def test_a_relative_clause_acts_for_the_possessor_of_its_noun(nlp):
    found = _found(nlp, "Russia's airstrikes, which targeted Hezbollah positions, were condemned.")
    assert ("Russia", "opposes", "Hezbollah") in found


def test_the_partner_in_a_purpose_clause_fights_too(nlp):
    found = _found(nlp, "Germany stands with France to defeat the Taliban.")
    assert ("France", "opposes", "Taliban") in found
    assert ("Germany", "allied_with", "France") in found

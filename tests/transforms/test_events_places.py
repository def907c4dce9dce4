"""Places in event rows: where an act happens is its target only for a material act on the
place's country; local groups take the country they act in."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The ministers agreed to resume negotiations in Geneva next month.",
    "The delegates agreed to postpone the vote and hold talks in Geneva next week.",
])
def test_consultation_in_a_venue_does_not_target_its_country(events_of, text) -> None:
    rows = events_of(text)
    assert all(r["target_country"] != "CHE" for r in rows)


def test_material_act_in_a_country_still_targets_it(events_of) -> None:
    rows = events_of("The Egyptian president threatened to impose a curfew in Cairo.")
    assert {r["target_country"] for r in rows} == {"EGY"}


def test_attack_off_a_coast_does_not_target_the_coastal_country(events_of) -> None:
    rows = events_of("Pirates attacked twelve tankers off Yemen's coast last month.")
    assert all(r["target_country"] != "YEM" for r in rows)


@pytest.mark.parametrize(("text", "verb", "described"), [
    ("Crowds mourned a student shot and killed by police in the capital.", "killed", True),
    ("Crowds mourned a student killed by police in the capital.", "killed", True),
    ("The police shot and killed a student in the capital.", "killed", False),
    ("Thousands of refugees found shelter there and are being fed by the agency.", "fed", True),
    ("The agency found the refugees and fed them.", "fed", False),
])
def test_reduced_passive_names_whom_it_was_done_to(nlp, text, verb, described) -> None:
    from transforms.events_places import described_patient as _described_patient

    doc = nlp(text)
    assert _described_patient(next(t for t in doc if t.text == verb)) is described


@pytest.mark.parametrize("text", [
    "Prisoners rioted at a jail in the Kenyan capital Nairobi on Monday.",
    "Hundreds of protesters blocked roads in Nairobi on Monday.",
])
def test_local_group_takes_the_country_it_acts_in(events_of, text) -> None:
    rows = events_of(text)
    assert rows and {r["source_country"] for r in rows} == {"KEN"}


def test_officials_abroad_keep_no_country_from_the_venue(events_of) -> None:
    rows = events_of("Finance ministers blocked the proposal at a meeting in Geneva.")
    assert all(r["source_country"] != "CHE" for r in rows)


@pytest.mark.parametrize("text", [
    "Twelve villagers were killed in an Ethiopian air strike on Monday.",
    "Dozens of villagers have been killed in the ten days of the Ethiopian offensive.",
])
def test_named_operation_gives_the_agentless_act_its_side(events_of, text) -> None:
    rows = [r for r in events_of(text) if r["cameo_root"] in ("18", "19")]
    assert rows and {r["source_country"] for r in rows} == {"ETH"}


def test_unnamed_operation_leaves_the_source_empty(events_of) -> None:
    rows = events_of("Twelve villagers were killed in a bombing near Mogadishu on Monday.")
    assert rows and all(r["source_actor_key"] is None for r in rows)


def test_countryless_person_killed_in_a_city_takes_its_country(events_of) -> None:
    rows = events_of("A prominent journalist was killed by a car bomb in Beirut.")
    assert rows and {r["target_country"] for r in rows} == {"LBN"}


def test_diplomatic_presence_in_a_capital_targets_its_country(events_of) -> None:
    rows = events_of("Chile has established diplomatic ties with and opened an embassy in "
                     "Nairobi, the foreign ministry said.")
    assert ("CHL", "KEN") in {(r["source_country"], r["target_country"]) for r in rows}


@pytest.mark.parametrize("text, country", [
    ("The opposition party said it will boycott Kenya's parliamentary elections.", "KEN"),
    ("Refugees began a hunger strike in protest of the Greek government's asylum rules.", "GRC"),
])
def test_countryless_group_protesting_a_state_is_of_its_country(events_of, text,
                                                                country) -> None:
    rows = [r for r in events_of(text) if r["cameo_root"] in ("13", "14")]
    assert rows and {r["source_country"] for r in rows} == {country}


def test_protest_held_abroad_gives_no_country_of_the_state_protested(events_of) -> None:
    rows = [r for r in events_of("Hundreds of students rallied in Paris against the Chinese "
                                 "government's crackdown.") if r["cameo_root"] == "14"]
    assert rows and all(r["source_country"] != "CHN" for r in rows)


def test_named_leader_of_a_protest_in_a_city_takes_its_country(events_of) -> None:
    rows = [r for r in events_of("Supporters of the former president Juma Kariuki blocked roads "
                                 "in Nairobi on Monday.") if r["cameo_root"] == "14"]
    assert rows and {r["source_country"] for r in rows} == {"KEN"}


def test_a_capital_whose_name_has_a_namesake_abroad_keeps_the_country_named(events_of) -> None:
    # the gazetteer also knows a "Dili" in India; the sentence names East Timor
    rows = [r for r in events_of("Hundreds of protesters blocked roads in East Timor's capital "
                                 "Dili on Friday.") if r["cameo_root"] == "14"]
    assert rows and {r["source_country"] for r in rows} == {"TLS"}

"""Titles whose sector depends on the words around them: deputies, leaders, spokesmen, lawyers."""

from __future__ import annotations

from transforms.actors import actor_at, resolve_actors
from transforms.actors_titles import title_from_words


def _actor(nlp, text: str, words: str):
    doc = nlp(text)
    start = text.index(words)
    return actor_at(resolve_actors(doc), start, start + len(words))


def test_sheriffs_deputy_is_police(nlp) -> None:
    text = "Orange County Sheriff's Deputy Mark Delaney stopped the truck on the highway."
    actor = _actor(nlp, text, "Mark Delaney")
    assert actor is not None and actor.role == "COP"


def test_deputy_of_a_parliament_stays_a_legislator(nlp) -> None:
    text = "Oleg Petrov, a deputy in the Russian parliament, criticised the budget."
    actor = _actor(nlp, text, "Oleg Petrov")
    assert actor is not None and actor.role == "LEG"


def test_deputy_prime_minister_is_government() -> None:
    title = title_from_words(["Deputy", "Prime", "Minister"])
    assert title is not None and title.role == "GOV"


def test_bare_deputy_of_a_sheriffs_story_is_police(nlp) -> None:
    text = ("A county sheriff's deputy was wounded on Friday. Deputy Ann Ruiz had stopped a "
            "car near the bridge when the driver fired.")
    actor = _actor(nlp, text, "Ann Ruiz")
    assert actor is not None and actor.role == "COP"


def test_sect_leader_is_religious_not_government(nlp) -> None:
    text = "Police arrested sect leader Daniel Okoro at his farm on Tuesday."
    actor = _actor(nlp, text, "Daniel Okoro")
    assert actor is not None and actor.role == "REL"


def test_leaders_of_a_polygamous_group_are_not_government(nlp) -> None:
    text = "Two leaders of a polygamous group in the valley were charged on Monday."
    actor = _actor(nlp, text, "leaders")
    assert actor is None or actor.role not in ("GOV", "LEG", "JUD")


def test_community_leaders_are_not_government(nlp) -> None:
    text = "Community leaders met the mayor to discuss the closure of the clinic."
    actor = _actor(nlp, text, "Community leaders")
    assert actor is None or actor.role != "GOV"


def test_a_countrys_leader_stays_government(nlp) -> None:
    text = "Chinese leader Xi Jinping met the visiting delegation in Beijing."
    actor = _actor(nlp, text, "Xi Jinping")
    assert actor is not None and actor.role == "GOV"


def test_church_spokesman_is_religious(nlp) -> None:
    text = "Tom Barker, a spokesman for the church, declined to comment on the case."
    actor = _actor(nlp, text, "Tom Barker")
    assert actor is not None and actor.role == "REL"


def test_government_spokesman_stays_government(nlp) -> None:
    text = "Government spokesman Ali Rahimi said the talks would resume next week."
    actor = _actor(nlp, text, "Ali Rahimi")
    assert actor is not None and actor.role == "GOV"


def test_defence_attorney_has_no_state_sector(nlp) -> None:
    text = "Defense attorney Laura Finch said her client would appeal the verdict."
    actor = _actor(nlp, text, "Laura Finch")
    assert actor is not None and actor.role is None


def test_district_attorney_is_judiciary(nlp) -> None:
    text = "District Attorney Sam Hollis said the charges would be filed on Monday."
    actor = _actor(nlp, text, "Sam Hollis")
    assert actor is not None and actor.role == "JUD"


def test_widow_of_a_deputy_does_not_hold_his_office(nlp) -> None:
    text = "\"We want justice,\" said Mary Cole, widow of a sheriff's deputy killed in 2019."
    actor = _actor(nlp, text, "Mary Cole")
    assert actor is not None and actor.role is None


def test_relative_clause_about_another_person_gives_no_title(nlp) -> None:
    text = "Maria Lopez, who married the senator last year, spoke to reporters on Sunday."
    actor = _actor(nlp, text, "Maria Lopez")
    assert actor is not None and actor.role is None


def test_gang_leader_opening_a_sentence_is_a_criminal(nlp) -> None:
    text = "Gang leader Pablo Arias was arrested in a raid on Thursday."
    actor = _actor(nlp, text, "Pablo Arias")
    assert actor is not None and actor.role == "CRM"


def test_celebritys_rep_is_no_legislator(nlp) -> None:
    text = "The singer's rep John Avery said she was resting at home."
    actor = _actor(nlp, text, "John Avery")
    assert actor is not None and actor.role != "LEG"


def test_president_reporting_on_a_bank_is_its_officer(nlp) -> None:
    text = "Northgate Bank is confident the loans will be repaid, president John Miles said."
    actor = _actor(nlp, text, "John Miles")
    assert actor is not None and actor.role == "BUS"


def test_president_reporting_on_a_country_stays_government(nlp) -> None:
    text = "Iran is ready to resume the talks, President Hassan Rouhani said."
    actor = _actor(nlp, text, "Hassan Rouhani")
    assert actor is not None and actor.role == "GOV"


def test_civil_rights_leader_is_no_government(nlp) -> None:
    text = "Police watched the civil rights leader Ruth Adams during the march."
    actor = _actor(nlp, text, "Ruth Adams")
    assert actor is not None and actor.role == "OPP"

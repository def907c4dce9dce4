"""State office-holders named without a country take the one country their story names."""

from __future__ import annotations

from transforms.actors import actor_at, resolve_actors


def _actor(nlp, text: str, words: str):
    start = text.index(words)
    return actor_at(resolve_actors(nlp(text), None), start, start + len(words))


def test_a_judge_acting_on_one_countrys_officials_is_of_that_country(nlp) -> None:
    text = "Judge Maria Lopez opened an inquiry into 12 Peruvian customs officials."
    actor = _actor(nlp, text, "Maria Lopez")
    assert actor is not None and actor.country == "PER"


def test_a_prime_minister_held_by_one_countrys_rebels_is_of_that_country(nlp) -> None:
    text = "Nepalese rebels said they would free Prime Minister Ram Bahadur Thapa on Sunday."
    actor = _actor(nlp, text, "Ram Bahadur Thapa")
    assert actor is not None and (actor.country, actor.role) == ("NPL", "GOV")


def test_a_president_of_a_story_about_one_countrys_groups_is_of_that_country(nlp) -> None:
    text = "President Joao Mavinga conceded to demands from UNITA to reform the courts."
    actor = _actor(nlp, text, "Joao Mavinga")
    assert actor is not None and actor.country == "AGO"


def test_an_official_of_a_story_naming_two_countries_stays_unplaced(nlp) -> None:
    text = "Judge Maria Lopez opened an inquiry into Peruvian and Chilean customs officials."
    actor = _actor(nlp, text, "Maria Lopez")
    assert actor is not None and actor.country is None


def test_an_official_travelling_to_the_only_country_named_is_not_its(nlp) -> None:
    text = "Interior Minister Tom Waqa flew to Chile on Monday for talks on drug trafficking."
    actor = _actor(nlp, text, "Tom Waqa")
    assert actor is not None and actor.country != "CHL"


def test_an_official_meeting_an_official_of_the_only_country_is_not_placed(nlp) -> None:
    text = "Prime Minister Tom Waqa met Chilean President Ana Ruiz on Monday."
    actor = _actor(nlp, text, "Tom Waqa")
    assert actor is not None and actor.country is None


def test_the_official_a_report_is_attributed_to_is_no_counterpart(nlp) -> None:
    text = ("Interior Minister Ali Shah allowed the opposition to hold a rally, according to the "
            "Pakistani interior secretary.")
    actor = _actor(nlp, text, "Ali Shah")
    assert actor is not None and actor.country == "PAK"


def test_an_ambassador_is_not_taken_to_serve_the_country_he_addresses(nlp) -> None:
    text = "Ambassador Tom Waqa urged Chilean leaders to resume the talks."
    actor = _actor(nlp, text, "Tom Waqa")
    assert actor is not None and actor.country is None


def test_a_former_office_holder_is_not_placed(nlp) -> None:
    text = "Former Judge Maria Lopez criticised 12 Peruvian customs officials."
    actor = _actor(nlp, text, "Maria Lopez")
    assert actor is None or actor.country is None


def test_a_stateless_people_is_coded_in_the_one_country_of_its_story(nlp) -> None:
    text = "The Sri Lankan army detained hundreds of Tamil civilians near the coast."
    actor = _actor(nlp, text, "Tamil civilians")
    assert actor is not None and actor.country == "LKA"


def test_a_stateless_people_of_a_story_naming_two_countries_stays_unplaced(nlp) -> None:
    text = "The Sri Lankan navy handed hundreds of Tamil civilians to Indian coast guards."
    actor = _actor(nlp, text, "Tamil civilians")
    assert actor is not None and actor.country is None


def test_an_official_meeting_a_known_leader_of_the_only_country_is_not_placed(nlp) -> None:
    text = "Prime Minister Tom Waqa met Mubarak in Cairo on Monday."
    actor = _actor(nlp, text, "Tom Waqa")
    assert actor is not None and actor.country is None

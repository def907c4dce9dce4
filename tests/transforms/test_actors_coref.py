"""Surname coreference: a written office title must agree with the namesake chosen."""

from __future__ import annotations

from datetime import date

from transforms.actors import resolve_actors


def _name_at(nlp, text: str, word: str, when: date) -> str | None:
    doc = nlp(text)
    at = text.rindex(word)
    for actor in resolve_actors(doc, when):
        if any(s <= at < e for s, e in actor.spans):
            return actor.name
    return None


def test_president_title_picks_the_office_holder_not_the_spouse(nlp) -> None:
    text = "Nancy Reagan opened a clinic in Ohio. President Reagan will visit Tokyo in May."
    assert _name_at(nlp, text, "Reagan", date(1987, 3, 4)) == "Ronald Reagan"


def test_untitled_surname_still_links_to_the_only_full_name(nlp) -> None:
    text = "Maria Gonzalez opened a clinic in Ohio. Gonzalez thanked the nurses."
    assert _name_at(nlp, text, "Gonzalez", date(2020, 3, 4)) == "Maria Gonzalez"


def test_titled_surname_settles_whom_the_bare_surname_means(nlp) -> None:
    text = ("President Reagan will fly to Ottawa in May. Reagan and Nancy Reagan will dine "
            "with the prime minister. Later Reagan will meet Canadian farmers.")
    assert _name_at(nlp, text, "Reagan will meet", date(1987, 3, 4)) == "Ronald Reagan"


def test_full_name_with_another_given_name_stays_its_own_person(nlp) -> None:
    text = "President Reagan will fly to Ottawa in May. Nancy Reagan will visit a school there."
    assert _name_at(nlp, text, "Nancy Reagan", date(1987, 3, 4)) == "Nancy Reagan"


def test_surname_tagged_as_organisation_joins_the_named_person(nlp) -> None:
    doc = nlp("Tadzhigul Begmedova runs a rights group in exile. Begmedova's group said the "
              "vote was a sham.")
    actors = resolve_actors(doc, date(2008, 12, 1))
    people = [a for a in actors if "Begmedova" in a.name]
    assert len(people) == 1 and people[0].actor_type == "person"
    assert len(people[0].spans) >= 2


def _actor_at(nlp, text: str, word: str):
    doc = nlp(text)
    at = text.index(word)
    return next((a for a in resolve_actors(doc) if any(s <= at < e for s, e in a.spans)), None)


def test_a_surname_shared_by_namesakes_of_one_country_gives_that_country(nlp) -> None:
    # Both dictionary presidents named Bush are American: which one does not change the country.
    bush = _actor_at(nlp, "President Bush vetoed the spending bill on Monday.", "Bush")
    assert bush is not None and bush.country == "USA"


def test_a_government_named_after_its_leader_is_the_leader_country(nlp) -> None:
    text = "The Bush administration rejected the proposal on Friday."
    body = _actor_at(nlp, text, "administration")
    assert body is not None and (body.country, body.role) == ("USA", "GOV")


def test_an_unknown_surname_gives_no_country(nlp) -> None:
    text = "The Hendricks administration rejected the proposal on Friday."
    body = _actor_at(nlp, text, "administration")
    assert body is None or body.country is None

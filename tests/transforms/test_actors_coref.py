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

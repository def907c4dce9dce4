"""The wire dateline opening a body is a place, never an actor."""

from __future__ import annotations

from transforms.actors import resolve_actors
from transforms.actors_dateline import dateline_country, dateline_end


def test_dateline_city_is_no_actor_and_the_story_actor_keeps_its_country(nlp):
    doc = nlp("ROME, June 4 - Chile's foreign minister said talks with Peru would resume soon.")
    actors = resolve_actors(doc)
    assert not [a for a in actors if a.country == "ITA"]
    assert {"CHL", "PER"} <= {a.country for a in actors}


def test_dateline_capital_does_not_become_the_government(nlp):
    doc = nlp("CAIRO, May 2 - Sudanese rebels freed two aid workers on Saturday.")
    actors = resolve_actors(doc)
    assert all(a.country != "EGY" for a in actors)
    assert any(a.country == "SDN" and a.role == "REB" for a in actors)


def test_capital_inside_the_story_is_still_a_government(nlp):
    doc = nlp("BERLIN, June 4 - Berlin rejected the proposal on Tuesday.")
    actors = resolve_actors(doc)
    later = doc.text.index("Berlin rejected")
    germany = [a for a in actors if a.country == "DEU"]
    assert germany and all(s >= later for a in germany for s, _ in a.spans)


def test_dateline_end_stops_after_the_spaced_dash(nlp):
    doc = nlp("WINSTON-SALEM, N.C., April 9 - The mayor resigned on Monday.")
    assert doc[dateline_end(doc)].text == "The"
    assert dateline_end(nlp("The mayor said - as usual - nothing new.")) == 0


def test_dateline_country_prefers_the_state_or_province(nlp):
    assert dateline_country(nlp("LONDON, Ontario, March 3 - The board met on Monday.")) == "CAN"
    assert dateline_country(nlp("LONDON, March 3 - The board met on Monday.")) == "GBR"
    assert dateline_country(nlp("SEOUL (AP) \u2014 The board met on Monday.")) == "KOR"
    assert dateline_country(nlp("The board met in Seoul on Monday.")) is None


def test_break_after_dateline_starts_the_lead_sentence(nlp) -> None:
    from transforms.actors_dateline import break_after_dateline

    doc = nlp.make_doc("ROME, March 9 - The president asked the senator to form a cabinet.")
    doc = break_after_dateline(doc)
    assert doc[5].text == "The" and doc[5].is_sent_start
    plain = break_after_dateline(nlp.make_doc("The president asked the senator to act."))
    assert not any(t.is_sent_start for t in plain[1:])


def test_title_right_after_the_dateline_stays_with_its_name(nlp) -> None:
    doc = nlp("WASHINGTON, March 4 - President Reagan will visit Rome in June, the White House "
              "said.\n\nThe announcement said Reagan and Nancy Reagan would stay three days.")
    assert [s.text.strip() for s in doc.sents][1].startswith("President Reagan will visit")
    reagan = [a for a in resolve_actors(doc) if a.title == "President"]
    assert reagan and reagan[0].name != "Nancy Reagan"


def test_dateline_town_too_small_for_the_gazetteer_is_its_biggest_namesake(nlp) -> None:
    doc = nlp("BOCA RATON, May 3 - The mayor said the new port would open next year.")
    assert dateline_country(doc) == "USA"
    # a town the gazetteer does not know decides nothing
    doc = nlp("NOWHERESVILLE, May 3 - The mayor said the new port would open next year.")
    assert dateline_country(doc) is None

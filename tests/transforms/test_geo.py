"""Event locations: the locative phrase of the event, with country and coordinates."""

from __future__ import annotations

from transforms.geo import event_place, place_of


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_city_gets_country_and_coordinates() -> None:
    place = place_of("Moscow")
    assert place.country == "RUS"
    assert place.latitude is not None and 55 < place.latitude < 56


def test_capital_name_beats_a_bigger_city_spelt_the_same() -> None:
    # "Dili" is also a spelling of Delhi; as a name it is East Timor's capital
    assert place_of("Dili").country == "TLS"
    assert place_of("Delhi").country == "IND"
    # a capital does not take over another city's own name
    assert place_of("Hamilton").country == "CAN"
    assert place_of("Kingston").country == "JAM"


def test_country_name_gets_its_code() -> None:
    assert place_of("Ukraine").country == "UKR"


def test_locative_phrase_of_the_event(nlp) -> None:
    doc = nlp("Police arrested twelve protesters in Nairobi on Monday.")
    trig = _trigger(doc, "arrested")
    place = event_place(trig, trig, [])
    assert place is not None and place.name == "Nairobi" and place.country == "KEN"


def test_destination_is_not_the_event_place(nlp) -> None:
    doc = nlp("The minister flew to Paris.")
    trig = _trigger(doc, "flew")
    assert event_place(trig, trig, []) is None


def test_place_inside_a_setting_noun(nlp) -> None:
    doc = nlp("Gunmen shot two soldiers in the nearby city of Mosul.")
    trig = _trigger(doc, "shot")
    place = event_place(trig, trig, [])
    assert place is not None and place.name == "Mosul"


def test_no_place_in_sentence(nlp) -> None:
    doc = nlp("The rebels attacked a convoy.")
    trig = _trigger(doc, "attacked")
    assert event_place(trig, trig, []) is None


def _place(nlp, text: str, word: str):
    doc = nlp(text)
    trig = _trigger(doc, word)
    return event_place(trig, trig, [])


def test_named_place_of_a_place_noun_is_the_most_specific(nlp) -> None:
    place = _place(nlp, "In the northern district of Al-Karma, gunmen killed three policemen.",
                   "killed")
    assert place is not None and place.name == "Al-Karma"


def test_streets_of_a_city_place_the_patrol_in_the_city(nlp) -> None:
    place = _place(nlp, "The army patrolled the streets of the port city of Aden.", "patrolled")
    assert place is not None and place.name == "Aden" and place.country == "YEM"


def test_place_of_clashes_with_a_partner(nlp) -> None:
    place = _place(nlp, "Two soldiers were killed in clashes with rebels in Marib province.",
                   "killed")
    assert place is not None and place.name == "Marib"


def test_place_of_a_while_clause(nlp) -> None:
    place = _place(nlp, "A reporter was shot while covering a protest in Caracas.", "shot")
    assert place is not None and place.country == "VEN"


def test_possessor_of_a_war_is_its_place(nlp) -> None:
    place = _place(nlp, "Hundreds of people have been killed in Yemen's civil war.", "killed")
    assert place is not None and place.country == "YEM"


def test_object_of_a_visit_is_the_place(nlp) -> None:
    place = _place(nlp, "Chinese President Xi Jinping will visit Moscow next month.", "visit")
    assert place is not None and place.name == "Moscow" and place.country == "RUS"


def test_setting_noun_home_carries_the_town(nlp) -> None:
    place = _place(nlp, "He was arrested at his home in Kano on Friday.", "arrested")
    assert place is not None and place.name == "Kano" and place.country == "NGA"


def test_month_is_not_a_place(nlp) -> None:
    assert _place(nlp, "In March, police arrested the suspect.", "arrested") is None


def test_origin_and_nationality_are_not_places(nlp) -> None:
    assert _place(nlp, "Refugees from Syria demonstrated against the decision.",
                  "demonstrated") is None
    assert _place(nlp, "Palestinian militants attacked an Israeli patrol.", "attacked") is None


def test_organisation_attacked_is_not_a_place(nlp) -> None:
    assert _place(nlp, "Israeli aircraft bombed Hamas.", "bombed") is None


def test_birthplace_in_a_relative_clause_is_not_the_event_place(nlp) -> None:
    assert _place(nlp, "The minister, who was born in Lyon, resigned on Monday.",
                  "resigned") is None


def test_trailing_place_noun_is_dropped_from_the_name() -> None:
    place = place_of("Aleppo province")
    assert place.name == "Aleppo" and place.country == "SYR"


def test_small_town_aliases_do_not_turn_names_into_places() -> None:
    assert place_of("Hamas").country is None

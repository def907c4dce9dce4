"""Event locations: the locative phrase of the event, with country and coordinates."""

from __future__ import annotations

from transforms.geo import event_place, place_of


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_city_gets_country_and_coordinates() -> None:
    place = place_of("Moscow")
    assert place.country == "RUS"
    assert place.latitude is not None and 55 < place.latitude < 56


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

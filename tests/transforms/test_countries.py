"""Country lookup: names, demonyms, seats of government, places and historical states."""

from __future__ import annotations

from datetime import date

from transforms.countries import (
    country_as_of,
    country_code,
    demonym_country,
    place_country,
    seat_of_government,
)


def test_country_names_and_aliases():
    assert country_code("North Korea") == "PRK"
    assert country_code("the U.S.") == "USA"
    assert country_code("Britain") == "GBR"
    assert country_code("Soviet Union") == "SUN"
    assert country_code("Kosovo") == "XKX"
    assert country_code("Quagmire") is None


def test_demonyms_with_plurals():
    assert demonym_country("North Korean") == "PRK"
    assert demonym_country("Palestinians") == "PSE"
    assert demonym_country("Kazakhs") == "KAZ"


def test_seats_of_government():
    assert seat_of_government("the Kremlin")["country"] == "RUS"
    assert seat_of_government("Pentagon")["role"] == "MIL"
    assert seat_of_government("Canberra")["country"] == "AUS"


def test_places_map_to_countries():
    assert place_country("Houston") == "USA"
    assert place_country("Mariupol") == "UKR"
    assert place_country("Texas") == "USA"


def test_historical_states_as_of_a_date():
    assert country_as_of("RUS", date(1987, 4, 1)) == "SUN"
    assert country_as_of("RUS", date(2001, 4, 1)) == "RUS"
    assert country_as_of("FRA", date(1987, 4, 1)) == "FRA"

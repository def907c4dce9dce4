"""Actor resolution on the seed article (DESIGN.md §7) and on short sentences."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.actors import actor_at, resolve_actors
from transforms.actors_dictionary import parse_actor_dictionary

PUBLISHED = date(2025, 5, 7)


@pytest.fixture(scope="module")
def seed(nlp, seed_body):
    doc = nlp(seed_body)
    return doc, resolve_actors(doc, PUBLISHED)


def by_name(actors, name):
    found = [a for a in actors if a.name == name]
    assert found, f"no actor named {name!r}: {[a.name for a in actors]}"
    return found[0]


def covering(doc, actors, text, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return actor_at(actors, start, start + len(text))


def test_kim_jong_un_is_the_north_korean_leader_with_his_aliases(seed):
    doc, actors = seed
    kim = by_name(actors, "Kim Jong-un")
    assert (kim.actor_type, kim.country, kim.role) == ("person", "PRK", "GOV")
    assert kim.title.lower() == "leader"
    assert "Kim" in kim.aliases
    assert "North Korean leader Kim Jong-un" in kim.aliases
    # every bare "Kim" of the article is a mention of him
    kims = [i for i in range(len(doc.text)) if doc.text.startswith("Kim ", i)
            or doc.text.startswith("Kim\u2019", i)]
    assert all(any(s <= i < e for s, e in kim.spans) for i in kims)


def test_choe_ryong_hae_is_not_cut_at_the_hyphen(seed):
    _, actors = seed
    choe = by_name(actors, "Choe Ryong-hae")
    assert (choe.country, choe.role) == ("PRK", "LEG")
    assert "Supreme People" in choe.title or choe.title == "Chairman"
    assert not [a for a in actors if a.name == "Choe Ryong"]


def test_intelligence_service_is_south_korean_spy_agency(seed):
    _, actors = seed
    nis = by_name(actors, "National Intelligence Service")
    assert (nis.actor_type, nis.country, nis.role) == ("organization", "KOR", "SPY")


def test_belousov_is_the_russian_defense_minister(seed):
    _, actors = seed
    belousov = by_name(actors, "Andrey Belousov")
    assert (belousov.country, belousov.role, belousov.title) == ("RUS", "MIL", "Defense Minister")


def test_capitals_and_the_kremlin_stand_for_governments(seed):
    doc, actors = seed
    pyongyang = covering(doc, actors, "Pyongyang is leveraging")
    assert (pyongyang.country, pyongyang.role) == ("PRK", "GOV")
    kremlin = covering(doc, actors, "Kremlin")
    assert (kremlin.country, kremlin.role) == ("RUS", "GOV")
    # "a summit in Pyongyang" is a place, not an actor
    assert covering(doc, actors, "summit in Pyongyang") is None or covering(
        doc, actors, "Pyongyang", nth=0).role != "GOV"


def test_nominal_actors_get_country_and_sector(seed):
    doc, actors = seed
    troops = covering(doc, actors, "North Korean troops will participate")
    assert (troops.country, troops.role) == ("PRK", "MIL")
    lawmakers = covering(doc, actors, "lawmakers")
    assert (lawmakers.country, lawmakers.role) == ("KOR", "LEG")
    chief = covering(doc, actors, "Russia\u2019s chief of the general staff")
    assert (chief.country, chief.role) == ("RUS", "MIL")


def test_countries_are_actors_and_former_officials_are_not_current(seed):
    _, actors = seed
    assert by_name(actors, "North Korea").actor_type == "country"
    shoigu = by_name(actors, "Sergei Shoigu")
    assert shoigu.country == "RUS"
    assert shoigu.role != "MIL"  # no longer defense minister in May 2025


def test_same_actor_gets_the_same_key_in_another_article(nlp, seed):
    _, actors = seed
    kim = by_name(actors, "Kim Jong-un")
    other = resolve_actors(nlp("Kim Jong-un inspected a missile factory."), PUBLISHED)
    assert kim.key in {a.key for a in other}


def test_bare_surname_shared_by_two_people_is_not_linked(nlp):
    doc = nlp("Kim Jong-un met Kim Yo-jong and Moon Jae-in. Later Kim left.")
    actors = resolve_actors(doc, PUBLISHED)
    start = doc.text.rindex("Kim")
    linked = actor_at(actors, start, start + 3)
    assert linked is None or linked.name not in ("Kim Jong-un", "Kim Yo-jong")


def test_role_is_judged_as_of_the_article_date(nlp):
    doc = nlp("Angela Merkel spoke in Berlin.")
    then = by_name(resolve_actors(doc, date(2017, 4, 1)), "Angela Merkel")
    later = by_name(resolve_actors(doc, date(2022, 1, 10)), "Angela Merkel")
    assert (then.country, then.role) == ("DEU", "GOV")
    assert later.role == "ELI"


def test_apposition_gives_country_and_title(nlp):
    doc = nlp("Ivan Petrovsky, Ukraine's deputy foreign minister, arrived in Warsaw on Monday.")
    person = by_name(resolve_actors(doc, PUBLISHED), "Ivan Petrovsky")
    assert (person.country, person.role) == ("UKR", "GOV")
    assert "foreign minister" in person.title.lower()


def test_user_dictionary_adds_an_actor(nlp):
    rows = parse_actor_dictionary(
        "- {name: Jane Roe, country: NZL, offices: [[Mayor, GOV, 2020-01-01, null]]}\n")
    doc = nlp("Jane Roe opened the bridge.")
    person = by_name(resolve_actors(doc, PUBLISHED, extra_dictionary=rows), "Jane Roe")
    assert (person.country, person.role, person.resolution) == ("NZL", "GOV", "dictionary")


def test_dictionary_file_without_names_is_rejected():
    with pytest.raises(ValueError):
        parse_actor_dictionary("- {country: FRA}\n")


def test_capital_takes_the_state_of_the_article_date(nlp):
    doc = nlp("The Kremlin rejected the offer, officials in Kiev said.")
    then = resolve_actors(doc, date(1986, 5, 1))
    assert {a.country for a in then if a.actor_type == "country"} == {"SUN"}
    now = resolve_actors(doc, date(2015, 5, 1))
    assert {"RUS", "UKR"} <= {a.country for a in now if a.actor_type == "country"}


def test_the_leader_of_a_stateless_group_acts_for_no_state(nlp):
    text = "Osama bin Laden's al-Qaeda network threatened to strike the United States."
    start = text.index("Osama bin Laden")
    leader = actor_at(resolve_actors(nlp(text), date(2001, 6, 1)), start, start + 15)
    assert leader is not None and leader.name == "Osama bin Laden" and leader.country is None


def test_a_nationality_the_text_gives_a_group_leader_is_kept(nlp):
    text = "Bin Laden, the Saudi dissident, was expelled from Sudan in 1996."
    leader = actor_at(resolve_actors(nlp(text), date(1996, 6, 1)), 0, 9)
    assert leader is not None and leader.country == "SAU"


def test_mentions_count_each_mention_once_not_its_phrase_too(nlp):
    # "Kenya's government" is one mention even though its phrase and its head are both spans
    doc = nlp("Kenya's government rejected the offer. The government said it would not talk.")
    government = next(a for a in resolve_actors(doc) if a.role == "GOV")
    assert government.mentions == 3

"""Countries of event sources and targets: attached places, demonym groups, the event's place."""

from __future__ import annotations

from transforms.actors import resolve_actors
from transforms.events import code_events


def _events(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return code_events(doc, resolve_actors(doc))


def _actor_countries(nlp, text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in resolve_actors(nlp(text))}


def test_group_located_in_a_country_after_the_article_takes_it(nlp) -> None:
    countries = _actor_countries(nlp, "Rebels in the Ivory Coast dismissed the appeal.")
    assert "CIV" in countries.values()
    assert all(c == "CIV" for n, c in countries.items() if "rebel" in n.lower())


def test_group_based_in_a_city_takes_its_country(nlp) -> None:
    actors = resolve_actors(nlp("Militants based in Beirut rejected the offer."))
    militants = next(a for a in actors if any(s == 0 for s, _ in a.spans))
    assert militants.country == "LBN"


def test_demonym_pair_tagged_as_a_name_is_a_people(nlp) -> None:
    actors = resolve_actors(nlp("Bosnian Serbs demanded a truce on Tuesday."))
    group = next(a for a in actors if any(s == 0 for s, _ in a.spans))
    assert group.country == "BIH"
    assert group.actor_type != "person"


def test_countryless_head_yields_to_its_naming_organisation(nlp) -> None:
    events = _events(nlp, "European Community foreign ministers agreed on Saturday to provide "
                          "aid to Romania.")
    assert events and events[0]["source_country"] == "IGO"


def test_untargeted_act_takes_the_named_country_of_its_place(nlp) -> None:
    events = _events(nlp, "President Abdelaziz Bouteflika imposed a curfew in Algiers.")
    assert events and events[0]["target_country"] == "DZA"


def test_demonym_of_the_source_is_not_the_place_target(nlp) -> None:
    events = _events(nlp, "Five hundred Ugandan rebels surrendered last week in Soroti.")
    assert all(e["target_country"] != "UGA" for e in events)


def test_ethnic_protesters_are_coded_where_they_protest(nlp) -> None:
    events = _events(nlp, "Hundreds of ethnic Hungarians demonstrated in Romania on Sunday.")
    assert events and all(e["source_country"] == "ROU" for e in events)


def test_a_pro_country_militia_is_not_that_country(nlp) -> None:
    events = _events(nlp, "A pro-Syrian militia attacked a village in Lebanon on Friday.")
    assert events and all(e["source_country"] != "SYR" for e in events)

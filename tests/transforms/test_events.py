"""Event coding: the seed article's events (DESIGN.md §7) and the coding mechanisms."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.events import code_events
from transforms.types import Actor

PUBLISHED = date(2025, 5, 7)


def _seed_paragraphs(raw: str) -> str:
    """The seed's body paragraphs: long lines after the headline, without caption and byline."""
    lines = [ln.strip() for ln in raw.splitlines()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Kim to send")) + 1
    keep = [ln for ln in lines[start:] if len(ln) > 90 and "REUTERS" not in ln
            and not ln.startswith("BY ") and "Korea Daily" not in ln]
    return "\n\n".join(keep)


@pytest.fixture(scope="module")
def seed_events(nlp, seed_text) -> list[dict]:
    from transforms.actors import resolve_actors

    doc = nlp(_seed_paragraphs(seed_text))
    return code_events(doc, resolve_actors(doc, PUBLISHED), PUBLISHED)


def _find(events: list[dict], **want) -> list[dict]:
    return [e for e in events if all(e.get(k) == v for k, v in want.items())]


def test_xi_visit_to_moscow_is_planned(seed_events) -> None:
    rows = _find(seed_events, source_country="CHN", target_country="RUS", cameo_code="042")
    assert rows and rows[0]["modality"] == "planned"
    assert rows[0]["source_role"] == "GOV" and "Xi" in rows[0]["source_name"]
    assert rows[0]["location_name"] == "Moscow" and rows[0]["location_country"] == "RUS"
    assert rows[0]["plover_type"] == "CONSULT" and rows[0]["quad_class"] == 1


def test_kim_stays_behind_and_sends_choe_instead(seed_events) -> None:
    kim = _find(seed_events, source_country="PRK", target_country="RUS", cameo_code="042",
                trigger="stay")
    assert kim and kim[0]["modality"] == "negated"
    sent = _find(seed_events, source_country="PRK", cameo_code="042", trigger="send")
    assert sent and sent[0]["modality"] == "planned" and sent[0]["target_country"] == "RUS"


def test_intelligence_service_briefs_lawmakers_on_april_30(seed_events) -> None:
    rows = _find(seed_events, source_country="KOR", source_role="SPY", cameo_code="010")
    assert rows
    assert rows[0]["target_country"] == "KOR" and rows[0]["target_role"] == "LEG"
    assert rows[0]["event_date"] == date(2025, 4, 30) and rows[0]["date_precision"] == "day"


def test_military_delegation_travels_to_russia_on_april_28(seed_events) -> None:
    rows = _find(seed_events, source_country="PRK", source_role="MIL", target_country="RUS",
                 cameo_code="042")
    assert rows and rows[0]["modality"] == "asserted"
    assert rows[0]["event_date"] == date(2025, 4, 28)


def test_russian_chief_of_staff_praises_north_korean_forces(seed_events) -> None:
    rows = _find(seed_events, source_country="RUS", source_role="MIL", cameo_code="051")
    assert rows and rows[0]["target_country"] == "PRK" and rows[0]["target_role"] == "MIL"
    assert rows[0]["event_date"] == date(2025, 4, 26)


def test_china_rejects_us_tariffs(seed_events) -> None:
    rows = _find(seed_events, source_country="CHN", target_country="USA", cameo_root="12")
    assert rows and rows[0]["plover_type"] == "REJECT" and rows[0]["modality"] == "asserted"


def test_xi_and_putin_expected_to_sign_agreements(seed_events) -> None:
    rows = _find(seed_events, cameo_code="057")
    pairs = {(e["source_country"], e["target_country"]) for e in rows}
    assert {("CHN", "RUS"), ("RUS", "CHN")} <= pairs
    assert {e["modality"] for e in rows} == {"planned"}


def test_kim_solo_visit_is_never_asserted(seed_events) -> None:
    rows = _find(seed_events, source_country="PRK", target_country="RUS", cameo_code="042")
    assert rows
    assert not [e for e in rows if e["modality"] == "asserted"
                and e["source_role"] == "GOV"]


def test_no_events_from_speculation_or_analysts(seed_events) -> None:
    for e in seed_events:
        assert not e["sentence"].startswith(("Speculation is growing", "Analysts believe"))
        assert "Tverskaya" not in e["sentence"]


def test_offsets_point_at_the_trigger(nlp, seed_text, seed_events) -> None:
    body = _seed_paragraphs(seed_text)
    for e in seed_events:
        assert body[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        assert e["sentence"] in body
        assert 0.0 < e["confidence"] <= 1.0


# Hand-built actors: the mechanisms without the actors stage.

def _actors(doc, names: dict[str, tuple[str, str, str]]) -> list[Actor]:
    """Actors for the given surface strings: name -> (type, country, role)."""
    out = []
    for text, (kind, country, role) in names.items():
        start = doc.text.index(text)
        out.append(Actor(key=f"{kind}|{text.lower()}", name=text, actor_type=kind,
                         country=country, role=role, spans=[(start, start + len(text))]))
    return out


def _code(nlp, text: str, names: dict, published: date | None = PUBLISHED) -> list[dict]:
    doc = nlp(text)
    return code_events(doc, _actors(doc, names), published)


def test_passive_with_by_agent_swaps_source_and_target(nlp) -> None:
    rows = _code(nlp, "Israel was attacked by Hamas militants on Tuesday.",
                 {"Israel": ("country", "ISR", "GOV"), "Hamas": ("organization", "PSE", "REB")})
    assert rows and rows[0]["source_country"] == "PSE" and rows[0]["target_country"] == "ISR"
    assert rows[0]["cameo_root"] == "19"
    assert rows[0]["event_date"] == date(2025, 5, 6)  # the Tuesday before Wed 7 May


def test_coordinated_targets_give_one_event_each(nlp) -> None:
    rows = _code(nlp, "Germany criticized Russia and Belarus on Monday.",
                 {"Germany": ("country", "DEU", "GOV"), "Russia": ("country", "RUS", "GOV"),
                  "Belarus": ("country", "BLR", "GOV")})
    assert {e["target_country"] for e in rows if e["cameo_code"] == "111"} == {"RUS", "BLR"}


def test_threat_composes_with_its_complement(nlp) -> None:
    rows = _code(nlp, "Iran threatened to attack Iraq.",
                 {"Iran": ("country", "IRN", "GOV"), "Iraq": ("country", "IRQ", "GOV")})
    assert [(e["cameo_code"], e["target_country"]) for e in rows] == [("138", "IRQ")]


def test_no_source_actor_means_no_event(nlp) -> None:
    rows = _code(nlp, "Someone attacked the convoy near Kabul.",
                 {"Kabul": ("country", "AFG", None)})
    assert rows == []


def test_repeated_event_is_counted_once(nlp) -> None:
    text = "France condemned Syria. Later, France condemned Syria again."
    doc = nlp(text)
    actors = [Actor("country|fra", "France", "country", "FRA", "GOV",
                    spans=[(0, 6), (text.rindex("France"), text.rindex("France") + 6)]),
              Actor("country|syr", "Syria", "country", "SYR", "GOV",
                    spans=[(16, 21), (text.rindex("Syria"), text.rindex("Syria") + 5)])]
    rows = code_events(doc, actors, PUBLISHED)
    assert len(rows) == 1 and rows[0]["mentions"] == 2


def test_unrelated_verbs_code_nothing(nlp) -> None:
    rows = _code(nlp, "Germany exported more cars to China in March.",
                 {"Germany": ("country", "DEU", None), "China": ("country", "CHN", None)})
    assert rows == []


def test_agentless_passive_violence_has_a_null_source(nlp) -> None:
    rows = _code(nlp, "Three Iraqi soldiers were killed near Mosul on Monday.",
                 {"Iraqi soldiers": ("group", "IRQ", "MIL")})
    assert [(e["source_actor_key"], e["target_country"], e["cameo_root"]) for e in rows] == \
        [(None, "IRQ", "19")]


def test_weapon_as_subject_is_an_unnamed_perpetrator(nlp) -> None:
    rows = _code(nlp, "A roadside bomb killed two Afghan policemen in Kandahar.",
                 {"Afghan policemen": ("group", "AFG", "COP")})
    assert rows and rows[0]["source_actor_key"] is None and rows[0]["target_country"] == "AFG"


def test_agentless_passive_of_cooperation_is_no_event(nlp) -> None:
    rows = _code(nlp, "The treaty with Norway was signed on Monday.",
                 {"Norway": ("country", "NOR", "GOV")})
    assert rows == []


def test_stated_future_act_is_an_asserted_intent_and_a_planned_act(nlp) -> None:
    rows = _code(nlp, "Japan will give Kenya a loan of 40 million dollars.",
                 {"Japan": ("country", "JPN", "GOV"), "Kenya": ("country", "KEN", "GOV")})
    got = {(e["cameo_root"], e["modality"]) for e in rows if e["target_country"] == "KEN"}
    assert got == {("03", "asserted"), ("07", "planned")}


def test_decision_to_act_is_one_intent_event(nlp) -> None:
    rows = _code(nlp, "Peru decided to allow Bolivian observers into the prison.",
                 {"Peru": ("country", "PER", "GOV"), "Bolivian": ("country", "BOL", "GOV")})
    assert [(e["cameo_root"], e["modality"]) for e in rows] == [("03", "asserted")]


def test_own_act_on_condition_unless_is_a_threat(nlp) -> None:
    names = {"Japan": ("country", "JPN", "GOV"), "Kenya": ("country", "KEN", "GOV")}
    rows = _code(nlp, "Japan will stop aid to Kenya unless Kenya reforms its courts.", names)
    assert {(e["cameo_root"], e["target_country"]) for e in rows
            if e["source_country"] == "JPN"} == {("13", "KEN")}
    promise = _code(nlp, "Japan will give Kenya a loan if Kenya reforms its courts.", names)
    assert "13" not in {e["cameo_root"] for e in promise}


def test_claim_that_another_actor_must_act_is_a_demand(nlp) -> None:
    rows = _code(nlp, "France said Iran must release the detained sailors.",
                 {"France": ("country", "FRA", "GOV"), "Iran": ("country", "IRN", "GOV")})
    demand = [e for e in rows if e["source_country"] == "FRA"]
    assert demand and demand[0]["cameo_root"] == "10" and demand[0]["target_country"] == "IRN"


def test_demand_voiced_in_speech_consumes_the_demanded_act(nlp) -> None:
    rows = _code(nlp, "The Dutch minister said Syria must free the two journalists.",
                 {"Dutch": ("country", "NLD", "GOV"), "Syria": ("country", "SYR", "GOV")})
    assert {(e["cameo_root"], e["source_country"], e["target_country"]) for e in rows} == {
        ("10", "NLD", "SYR")}


def test_agreement_to_an_uncoded_act_needs_a_political_source(nlp) -> None:
    rows = _code(nlp, "Egypt agreed to postpone the elections.",
                 {"Egypt": ("country", "EGY", "GOV")})
    assert [e["cameo_code"] for e in rows] == ["030"]
    deal = _code(nlp, "Acme Corp agreed to buy Widget Inc for ten million dollars.",
                 {"Acme Corp": ("organization", None, None),
                  "Widget Inc": ("organization", None, None)})
    assert deal == []


def test_call_on_is_an_appeal_to_its_object(nlp) -> None:
    rows = _code(nlp, "Brazil called on Argentina to release the prisoners.",
                 {"Brazil": ("country", "BRA", "GOV"), "Argentina": ("country", "ARG", "GOV")})
    assert [(e["cameo_root"], e["target_country"]) for e in rows] == [("02", "ARG")]


def test_two_word_event_noun_with_light_verb(nlp) -> None:
    rows = _code(nlp, "Kenyan doctors staged a hunger strike in Nairobi.",
                 {"Kenyan doctors": ("group", "KEN", "CVL")})
    assert [e["cameo_code"] for e in rows] == ["142"]


def test_showing_something_is_not_a_demonstration(nlp) -> None:
    rows = _code(nlp, "Russia demonstrated its resolve to Ukraine.",
                 {"Russia": ("country", "RUS", "GOV"), "Ukraine": ("country", "UKR", "GOV")})
    assert all(e["cameo_root"] != "14" for e in rows)


def test_declining_to_say_is_declining_comment(nlp) -> None:
    rows = _code(nlp, "The Chinese foreign ministry declined to say whether Japan had protested.",
                 {"Chinese foreign ministry": ("organization", "CHN", "GOV"),
                  "Japan": ("country", "JPN", "GOV")})
    assert rows and rows[0]["cameo_code"] == "011"



def test_noun_complements_include_its_infinitive(nlp) -> None:
    from transforms.events_matches import complements

    doc = nlp("Spain made an appeal to Portugal to extradite the two suspects.")
    appeal = next(t for t in doc if t.lower_ == "appeal")
    assert "extradite" in [c.lower_ for c in complements(appeal)]
    doc = nlp("The two states reached an agreement to exchange intelligence.")
    agreement = next(t for t in doc if t.lower_ == "agreement")
    assert "exchange" in [c.lower_ for c in complements(agreement)]


def test_event_noun_after_a_measure_noun_belongs_to_the_verb(nlp) -> None:
    from transforms.events_matches import governing_verb

    doc = nlp("Iran launched three weeks of naval exercises in the Gulf.")
    exercises = next(t for t in doc if t.lower_ == "exercises")
    assert governing_verb(exercises).lower_ == "launched"


def test_recipient_misparsed_as_subject_of_a_reduced_relative(nlp) -> None:
    names = {"Chile": ("country", "CHL", "GOV"), "Bolivian": ("country", "BOL", "GOV")}
    for text in ("Chile has granted asylum to four Bolivian army officers holed up in an embassy.",
                 "Chile granted asylum to five Bolivian officers holed up in its embassy."):
        rows = _code(nlp, text, names)
        assert {(e["source_country"], e["target_country"]) for e in rows} == {("CHL", "BOL")}


def test_threatened_act_in_a_named_country_targets_that_country(nlp) -> None:
    rows = _code(nlp, "Hezbollah threatened on Friday to resume its attacks in Israel.",
                 {"Hezbollah": ("organization", "LBN", "REB"),
                  "Israel": ("country", "ISR", "GOV")})
    assert {(e["cameo_root"], e["target_country"]) for e in rows} == {("13", "ISR")}


def test_facility_taken_for_an_organisation_says_no_more_than_its_place() -> None:
    from transforms.events_places import placeless as _placeless

    plant = Actor(key="organization|arak plant", name="Arak Plant", actor_type="organization")
    ngo = Actor(key="organization|red cross", name="Red Cross", actor_type="organization",
                country="NGO")
    party = Actor(key="organization|ppp", name="PPP", actor_type="organization", role="PTY")
    assert _placeless(plant) and _placeless(None)
    assert not _placeless(ngo) and not _placeless(party)


def test_demanded_withdrawal_targets_who_withdraws_not_where_from(nlp) -> None:
    rows = _code(nlp, "The Arab League demanded the withdrawal of Ethiopian troops from Somalia.",
                 {"Arab League": ("organization", "IGO", None),
                  "Ethiopian": ("country", "ETH", "MIL"), "Somalia": ("country", "SOM", "GOV")})
    assert rows and {(e["cameo_root"], e["target_country"]) for e in rows} == {("10", "ETH")}


def test_an_act_on_someone_needs_its_target(nlp) -> None:
    untargeted = _code(nlp, "Indonesia sent emergency aid on Monday.",
                       {"Indonesia": ("country", "IDN", "GOV")})
    assert not untargeted  # aid to nobody named is no row
    targeted = _code(nlp, "Indonesia sent emergency aid to Timor-Leste on Monday.",
                     {"Indonesia": ("country", "IDN", "GOV"),
                      "Timor-Leste": ("country", "TLS", "GOV")})
    assert [(e["cameo_root"], e["target_country"]) for e in targeted] == [("07", "TLS")]


@pytest.mark.parametrize(("text", "doer"), [
    ("The army accused the rebels of attacking a village, killing five farmers.", "rebel"),
    ("Israel blamed Hamas for firing rockets at Ashkelon, killing two civilians.", "Hamas"),
])
def test_the_blamed_object_does_the_act_of_the_gerund(events_of, text, doer) -> None:
    rows = events_of(text)
    force = [r for r in rows if r["cameo_code"].startswith(("18", "19"))]
    assert force and all(doer.lower() in r["source_name"].lower() for r in force)
    assert [r for r in rows if r["cameo_code"].startswith("11")]  # the accusation stays

"""Event targets the frames' own slots miss, self-dyads, places as targets, and mishaps."""

from __future__ import annotations

import pytest


def _dyads(rows: list[dict]) -> set[tuple[str | None, str | None]]:
    return {(r["source_country"], r["target_country"]) for r in rows}


def test_recipient_inside_a_prepositional_chain_of_the_object(events_of) -> None:
    rows = events_of("Chile will propose a new tariff for trade with Argentina.")
    assert ("CHL", "ARG") in _dyads(rows)


def test_object_a_frame_leaves_out_is_not_the_recipient(events_of) -> None:
    rows = events_of("The Mexican president will send his foreign minister Juan Perez instead.")
    assert rows and all(r["target_name"] != "Juan Perez" for r in rows)


def test_threat_targets_the_party_it_is_conditioned_on(events_of) -> None:
    rows = events_of("Peru threatened to close its border unless Bolivia released the prisoners.")
    threats = [r for r in rows if r["cameo_root"] == "13"]
    assert threats and {r["target_country"] for r in threats} == {"BOL"}


def test_protest_targets_what_its_purpose_names(events_of) -> None:
    rows = events_of("Thousands of Chilean students marched to protest against Argentina's "
                     "decision to close the pass.")
    protests = [r for r in rows if r["cameo_root"] == "14"]
    assert protests and {r["target_country"] for r in protests} == {"ARG"}


@pytest.mark.parametrize("text", [
    "In Brasilia, President Lula declined to say what the response was.",
    "President Lula promised in Brasilia to cut taxes.",
])
def test_verbal_act_at_home_does_not_target_the_own_country(events_of, text) -> None:
    rows = events_of(text)
    assert rows and all(r["target_country"] != "BRA" for r in rows)


def test_city_modifying_a_building_is_a_place_not_a_party(events_of) -> None:
    rows = events_of("The Japanese envoy praised a Beijing school.")
    assert all(r["target_country"] != "CHN" for r in rows)


@pytest.mark.parametrize("text", [
    "Twelve Nepalese villagers were killed in a landslide near the border.",
    "A Nepalese farmer was killed when a bridge collapsed after heavy rains.",
])
def test_deaths_in_mishaps_are_no_events(events_of, text) -> None:
    assert events_of(text) == []


def test_agentless_attack_is_still_an_event(events_of) -> None:
    rows = events_of("Twelve Nepalese villagers were killed in an attack near the border.")
    assert [(r["source_name"], r["target_country"]) for r in rows] == [(None, "NPL")]


def test_pronoun_object_resolved_by_the_actors_stage(events_of) -> None:
    rows = events_of("The Greek police arrested Maria Papadaki on Monday. "
                     "They would not release her.")
    release = [r for r in rows if r["trigger"] == "release"]
    assert release and {r["target_name"] for r in release} == {"Maria Papadaki"}


def test_protest_in_protest_of_targets_its_object(events_of) -> None:
    rows = events_of("A group of Nepalese students are continuing a hunger strike in protest of "
                     "the Indian government's new law.")
    assert rows and {r["target_country"] for r in rows} == {"IND"}


@pytest.mark.parametrize("text", [
    "Several refugees in the camp told the aid workers that it was a bomber.",
    "The Hartley Foundation praised the refugees for their courage.",
])
def test_private_parties_without_a_state_side_are_no_event(events_of, text) -> None:
    assert events_of(text) == []


def test_a_private_party_acting_on_a_state_is_an_event(events_of) -> None:
    rows = events_of("Several residents of the camp praised the Kenyan government for its help.")
    assert [r["target_country"] for r in rows] == ["KEN"]


def test_recipient_of_a_letter_is_the_target(events_of) -> None:
    rows = events_of("The Chilean president proposed in a letter to his Peruvian counterpart "
                     "that they meet in Lima.")
    proposals = [r for r in rows if r["trigger"] == "proposed"]
    assert proposals and {r["target_country"] for r in proposals} == {"PER"}


def test_person_described_by_a_passive_participle_is_the_victim(events_of) -> None:
    rows = events_of("Officers watched a crowd at a memorial for Maria Lopez, killed by police "
                     "on Friday night.")
    killings = [r for r in rows if r["trigger"] == "killed"]
    assert killings and {r["target_name"] for r in killings} == {"Maria Lopez"}


def test_person_described_by_a_passive_participle_is_not_its_doer(events_of) -> None:
    rows = events_of("Hundreds marched for Maria Lopez, a student killed by police on Friday.")
    assert all(r["source_name"] != "Maria Lopez" for r in rows)


def test_by_phrase_of_an_active_verb_is_no_agent(events_of) -> None:
    rows = events_of("A ministry spokesman said plans to prosecute follow a probe into the "
                     "matter since May by a lawyer and a bank official.")
    assert all(r["source_name"] not in ("lawyer", "bank official") for r in rows)


def test_by_phrase_of_a_passive_is_the_agent(events_of) -> None:
    rows = events_of("The minister was attacked by protesters.")
    assert [r["source_name"] for r in rows] == ["protester"]


def test_we_in_a_quotation_is_the_speakers_side(events_of) -> None:
    rows = events_of("The Israeli president met the EU delegation. \"We are attacking the "
                     "terrorists,\" he told the delegation.")
    attacks = [r for r in rows if r["trigger"] == "attacking"]
    assert all(r["source_country"] == "ISR" for r in attacks)


def test_coordinated_act_shares_the_addressee(events_of) -> None:
    rows = events_of("The Kenyan minister complained to Uganda and demanded an apology.")
    demands = [r for r in rows if r["trigger"] == "demanded"]
    assert demands and {r["target_country"] for r in demands} == {"UGA"}


def test_refusal_targets_the_subject_of_the_refused_act(events_of) -> None:
    rows = events_of("The ELN militarist wing refused to allow United Nations planes to land and "
                     "evacuate 12 of its monitors.")
    refusals = [r for r in rows if r["trigger"] == "refused"]
    assert refusals and {r["target_name"] for r in refusals} == {"United Nations"}


def test_victims_parsed_as_subject_of_a_participle(events_of) -> None:
    rows = events_of("An Ethiopian air strike that killed about 30 Eritreans sheltering in a "
                     "church Friday drew new protests.")
    killings = [r for r in rows if r["trigger"] == "killed"]
    assert killings and {r["target_country"] for r in killings} == {"ERI"}


def test_phrase_names_the_organisation_behind_its_members(events_of) -> None:
    rows = events_of("Iran expelled inspectors of the International Atomic Energy Agency "
                     "from the plant.")
    assert rows and {r["target_name"] for r in rows} == {"International Atomic Energy Agency"}


def test_purpose_of_a_summons_addresses_the_one_summoned(events_of) -> None:
    rows = events_of("On Tuesday, the Kenyan foreign minister summoned Uganda's ambassador to "
                     "complain about the raids.")
    complaints = [r for r in rows if r["trigger"] == "complain"]
    assert complaints and {r["target_country"] for r in complaints} == {"UGA"}


def test_a_demand_on_the_speakers_own_country_is_no_dyad(events_of) -> None:
    assert all(r["target_country"] != "FRA" for r in events_of(
        "The French president said France must leave the alliance."))
    rows = events_of("The French president said Germany must leave the alliance.")
    assert {r["target_country"] for r in rows} == {"DEU"}


def test_building_described_by_a_participle_is_not_its_owner(events_of) -> None:
    rows = events_of("No rebels were inside a United Nations-run clinic attacked by Syrian "
                     "forces.")
    assert all(r["target_name"] != "United Nations" for r in rows)


def test_a_traveller_is_not_acting_on_where_he_came_from(events_of) -> None:
    rows = events_of("Secretary of State George Shultz flew in from Helsinki on Monday.")
    assert all(r["target_country"] != "FIN" for r in rows)
    left = events_of("Britain withdrew its diplomats from Tehran on Monday.")
    assert ("GBR", "IRN") in _dyads(left)


def test_people_acted_on_in_a_country_stay_the_target(events_of) -> None:
    rows = events_of("NEW YORK, Dec 3 - Police killed a teenager in Brooklyn on Sunday.")
    killed = [r for r in rows if r["cameo_root"] in ("18", "19")]
    assert killed and killed[0]["target_name"] == "teenager"
    assert killed[0]["target_country"] == "USA"


def test_doer_of_what_the_object_is_the_target(events_of) -> None:
    rows = events_of("The Chadian rebels rejected the charges leveled by the Sudanese army.")
    assert ("Sudan military", "SDN") in {(r["target_name"], r["target_country"]) for r in rows}


def test_free_relative_what_it_called_is_the_object(events_of) -> None:
    rows = events_of("Peru condemned what it called an act of aggression by Ecuador.")
    assert ("PER", "ECU") in _dyads(rows)


def test_talks_partner_not_the_destination_of_a_trip(events_of) -> None:
    rows = events_of("The Kenyan trade minister was heading for Geneva for talks with Uganda's "
                     "finance minister.")
    visits = [r for r in rows if r["cameo_root"] == "04"]
    assert visits and {r["target_country"] for r in visits} == {"UGA"}


def test_recipient_of_a_bare_infinitive_below_a_purpose(events_of) -> None:
    rows = events_of("Canada is ready to send engineers to help rebuild Haiti.")
    assert ("CAN", "HTI") in _dyads(rows)


def test_owner_of_what_is_returned_is_the_target(events_of) -> None:
    rows = events_of("The guerrillas promised to return two trucks captured in March from "
                     "Kenyan police officers.")
    assert "KEN" in {r["target_country"] for r in rows}


def test_protest_aims_at_the_doer_of_what_it_demands_back(events_of) -> None:
    rows = events_of("Farmers began a sit-in to demand the return of land seized by the "
                     "Zimbabwean army.")
    assert rows and {r["target_country"] for r in rows} == {"ZWE"}


def test_talks_hosted_between_parties_target_them(events_of) -> None:
    rows = events_of("The Egyptian president said he was ready to host talks between Ethiopia "
                     "and Sudan.")
    assert ("EGY", "ETH") in _dyads(rows)


def test_protesters_joined_are_companions_not_the_target(events_of) -> None:
    rows = events_of("Chilean students protested in Santiago on Monday, joining Argentine "
                     "teachers in demanding higher wages.")
    assert all(r["target_country"] != "ARG" for r in rows)


def test_what_protesters_join_in_demanding_names_the_target(events_of) -> None:
    rows = events_of("Bolivian miners marched in La Paz, joining Peruvian farmers in demanding "
                     "land from the Bolivian government.")
    protests = [r for r in rows if r["cameo_root"] == "14"]
    assert protests and {r["target_name"] for r in protests} == {"Bolivia government"}


def test_an_official_acting_on_the_institution_he_heads_is_his_own_side(nlp) -> None:
    from transforms.events_targets import own_side
    from transforms.types import Actor

    sent = next(nlp("The governor of the Bank of Ghana urged the bank to act.").sents)
    governor = Actor("person|governor of bank of ghana|GHA", "Governor of Bank of Ghana",
                     "person", "GHA", "GOV")
    bank = Actor("organization|bank of ghana|GHA", "Bank of Ghana", "organization", "GHA", "GOV")
    imf = Actor("organization|imf|IGO", "IMF", "organization", "IGO", "IGO")
    assert own_side(bank, [governor], sent)
    assert not own_side(imf, [governor], sent)


def test_victims_of_a_condemned_killing_are_not_the_target(events_of) -> None:
    rows = events_of("The Kenyan government condemned what it called the brutal killing of "
                     "two Somali journalists.")
    assert all(r["target_country"] != "SOM" for r in rows)


def test_coordinated_violent_verbs_share_the_victim(events_of) -> None:
    rows = events_of("Troops shot and wounded a Nigerian journalist on Friday.")
    assert {r["trigger"] for r in rows if r["target_country"] == "NGA"} == {"shot", "wounded"}


def test_a_spokesman_voicing_the_act_is_not_its_target(events_of) -> None:
    rows = events_of("The Kenyan president opposed the new tariffs, with a spokesman stating "
                     "that they would hurt farmers.")
    assert all(r["target_name"] != "spokesman" for r in rows)


def test_victims_of_investigated_crimes_are_not_the_target(events_of) -> None:
    rows = events_of("Chile is investigating alleged war crimes by Chilean extremists against "
                     "Peruvian civilians.")
    assert all(r["target_country"] != "PER" for r in rows)


def test_diplomats_withdrawn_are_not_the_target(events_of) -> None:
    rows = events_of("Britain withdrew four diplomats from its mission in Tehran on Monday.")
    assert all(r["target_name"] != "diplomat" for r in rows)


def test_an_ambassador_withdrawn_from_a_capital_targets_its_state(events_of) -> None:
    rows = events_of("Germany withdrew its ambassador from Moscow.")
    assert [r["target_country"] for r in rows] == ["RUS"]


def test_a_possessive_pronoun_names_the_actor_the_actors_stage_resolved(nlp) -> None:
    from transforms.events_roles import RoleFinder
    from transforms.types import Actor

    text = "Britain withdrew four diplomats from its mission."
    doc = nlp(text)
    uk = Actor(key="country|gbr", name="United Kingdom", actor_type="country", country="GBR",
               spans=[(0, 7), (text.index("its"), text.index("its") + 3)])
    diplomats = Actor(key="group|diplomat", name="diplomat", actor_type="group", role="GOV",
                      spans=[(text.index("diplomats"), text.index("diplomats") + 9)])
    mission = next(t for t in doc if t.text == "mission")
    assert RoleFinder([uk, diplomats]).actor_of(mission) == uk


@pytest.mark.parametrize("text", [
    "A State Department spokesman told reporters traveling with the secretary that the talks "
    "had begun.",
    "Officials traveling with the Japanese prime minister said the talks went well.",
])
def test_travelling_with_someone_is_no_visit_to_him(events_of, text) -> None:
    assert not [r for r in events_of(text) if r["cameo_code"].startswith("04")]


def test_a_trip_with_a_companion_still_visits_its_destination(events_of) -> None:
    rows = events_of("The French president traveled to Beijing with his foreign minister.")
    assert [(r["cameo_code"], r["target_country"]) for r in rows] == [("042", "CHN")]


def test_the_other_side_of_an_encounter_is_the_doer(events_of) -> None:
    rows = events_of("A Palestinian teenager was shot during a confrontation with Israeli "
                     "soldiers in Hebron.")
    assert [(r["source_country"], r["source_role"]) for r in rows] == [("ISR", "MIL")]


def test_an_encounter_without_a_named_side_leaves_no_doer(events_of) -> None:
    rows = events_of("A Palestinian teenager was shot during a confrontation in Hebron.")
    assert all(r["source_actor_key"] is None for r in rows)


def test_a_refusal_to_tell_about_an_act_targets_its_counterpart(events_of) -> None:
    rows = events_of("The Japanese prime minister declined to say whether he would meet the "
                     "Chinese president.")
    assert [r["target_country"] for r in rows if r["cameo_code"] == "011"] == ["CHN"]


def test_a_refusal_to_comment_names_no_counterpart(events_of) -> None:
    rows = events_of("The Pentagon declined to comment on the report.")
    assert [r["target_actor_key"] for r in rows if r["cameo_code"] == "011"] == [None]


def test_the_named_doer_of_a_violent_cause_is_the_killer(events_of) -> None:
    rows = events_of("Three bank workers were killed when their branch went up in flames after "
                     "a protester threw a petrol bomb inside.")
    assert {r["source_name"] for r in rows if r["target_name"] == "worker"} == {"protester"}


def test_a_peaceful_act_before_a_killing_names_no_killer(events_of) -> None:
    rows = events_of("Two people were killed after the Kenyan president visited the town.")
    assert all(r["source_actor_key"] is None for r in rows if r["cameo_root"] in ("18", "19"))


def test_denying_those_claims_targets_the_accuser_of_the_denier(events_of) -> None:
    rows = events_of("Sudan accused South Sudan of supplying weapons to insurgents. The South "
                     "Sudanese president denied those claims in a statement on Thursday.")
    assert [r["target_country"] for r in rows if r["cameo_code"] == "016"] == ["SDN"]


def test_a_third_party_denying_those_claims_takes_no_accuser(events_of) -> None:
    rows = events_of("Sudan accused South Sudan of supplying weapons to insurgents. The Egyptian "
                     "president denied those claims on Thursday.")
    assert [r["target_country"] for r in rows if r["cameo_code"] == "016"] == [None]


@pytest.mark.parametrize("text", [
    "The envoy urged warring parties not to attack civilians.",
    "The minister urged neighbouring states to expel the rebels.",
])
def test_an_appeal_to_an_unnamed_party_does_not_target_the_act_object(events_of, text) -> None:
    rows = events_of(text)
    assert not [r for r in rows if r["target_role"] in ("CVL", "REB")]


def test_an_appeal_to_a_named_party_targets_it(events_of) -> None:
    rows = events_of("The Iranian minister urged the Saudi government to expel the rebels.")
    assert [(r["cameo_code"], r["target_country"]) for r in rows] == [("020", "SAU")]


def test_travel_to_an_unresolved_place_has_no_target(events_of) -> None:
    assert events_of("The Sudanese president will travel to Yambio next week.") == []


def test_travel_to_a_city_targets_its_country(events_of) -> None:
    rows = events_of("The Sudanese president will travel to Kampala next week.")
    assert {r["target_country"] for r in rows} == {"UGA"}


@pytest.mark.parametrize("text", [
    "Chad complained to the African Union over Libyan air strikes on its border towns.",
    "Chad protested to the African Union about the shelling of its villages by Libyan troops.",
])
def test_a_complaint_to_an_addressee_targets_the_accused_party(events_of, text) -> None:
    rows = [r for r in events_of(text) if r["cameo_root"] == "11"]
    assert rows and {r["target_country"] for r in rows} == {"LBY"}


def test_a_complaint_over_what_its_own_people_suffered_stays_with_the_addressee(events_of) -> None:
    rows = [r for r in events_of("Chad complained to the African Union over the treatment of "
                                 "its citizens.") if r["cameo_root"] == "11"]
    assert rows and {r["target_country"] for r in rows} == {"IGO"}


@pytest.mark.parametrize("text", [
    "The IAEA has dispatched inspectors to a uranium plant in central Iran.",
    "Sweden has sent inspectors to a plant in Kenya.",
])
def test_a_mission_sent_to_a_place_targets_its_country(events_of, text) -> None:
    rows = [r for r in events_of(text) if r["trigger"] in ("dispatched", "sent")]
    assert rows and {r["target_country"] for r in rows} == {"IRN" if "Iran" in text else "KEN"}


@pytest.mark.parametrize("text", [
    "Kenya is ready to send 500 soldiers to a regional force in Somalia.",
    "Kenya is ready to contribute 500 soldiers to a regional force in Somalia.",
])
def test_troops_offered_to_a_force_abroad_target_its_country(events_of, text) -> None:
    rows = [r for r in events_of(text) if r["trigger"] == "ready"]
    assert rows and {r["target_country"] for r in rows} == {"SOM"}


def test_people_handed_over_are_not_the_recipient(events_of) -> None:
    rows = [r for r in events_of("Sudan agreed to hand the captured soldiers over to the Red "
                                 "Cross.") if r["trigger"] == "agreed"]
    assert rows and all(r["target_name"] and "Red Cross" in r["target_name"] for r in rows)


def test_an_investigation_by_a_mission_sent_abroad_targets_that_country(events_of) -> None:
    rows = [r for r in events_of("The United Nations sent 30 military personnel to Haiti to "
                                 "investigate the feasibility of a peacekeeping force.")
            if r["cameo_root"] == "09"]
    assert rows and {r["target_country"] for r in rows} == {"HTI"}


@pytest.mark.parametrize("text, target", [
    ("Ethiopian troops completed their withdrawal from the Ethiopian town of Dolo.", None),
    ("Ethiopian troops completed their withdrawal from Somalia.", "SOM"),
])
def test_a_withdrawal_from_its_own_land_has_no_recipient(events_of, text, target) -> None:
    rows = [r for r in events_of(text) if r["trigger"] == "withdrawal"]
    assert rows and {(r["source_country"], r["target_country"]) for r in rows} == {("ETH", target)}


def test_a_strike_called_off_after_talks_yields_to_the_other_party(events_of) -> None:
    rows = [r for r in events_of("The Kenyan teachers' union called off its strike after "
                                 "negotiations with the Kenyan government.")
            if r["cameo_root"] == "08"]
    assert rows and {r["target_role"] for r in rows} == {"GOV"}


def test_a_riot_after_a_rally_is_aimed_at_whom_the_rally_called_to_remove(events_of) -> None:
    rows = [r for r in events_of("Kenyan demonstrators rioted following a peaceful rally calling "
                                 "for the removal of President Juma Kariuki.")
            if r["cameo_root"] == "14"]
    assert rows and {r["target_name"] for r in rows} == {"Juma Kariuki"}


def test_a_riot_after_a_match_has_no_aim_from_it(events_of) -> None:
    rows = [r for r in events_of("Kenyan fans rioted following a football match featuring "
                                 "President Juma Kariuki.") if r["cameo_root"] == "14"]
    assert all(r["target_name"] != "Juma Kariuki" for r in rows)

"""Event codes chosen by the verb-pattern frames: sub-codes from objects, subjects and means,
figurative uses that are no event, and requests made only as a stated aim."""

from __future__ import annotations

import pytest


def _codes(rows: list[dict], trigger: str) -> set[str]:
    return {r["cameo_code"] for r in rows if r["trigger"] == trigger}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    # the means of a violent act: a bombing is not a military attack (183), unless from the air
    ("A car bomb attack killed four Iraqi policemen in Baghdad on Sunday.", "killed", "183"),
    ("A suicide bomber killed nine Afghan soldiers at a checkpoint near Kandahar.", "killed",
     "1831"),
    ("Israeli warplanes killed six Hamas fighters in an air raid on Gaza.", "killed", "190"),
    ("Gunmen killed the governor of Kandahar province on Monday.", "killed", "186"),
    ("Twenty Lebanese civilians were killed in an Israeli bombing in Qana.", "killed", "190"),
    # homes attacked by an unnamed doer are no military force; a named doer keeps 190
    ("Kenyan opposition supporters fled after their homes were attacked.", "attacked", "180"),
    ("Israeli warplanes attacked homes in Gaza on Sunday.", "attacked", "190"),
    # who does it: protesters storming or stoning riot (145); troops storming attack (190)
    ("Hundreds of protesters stormed the Kenyan parliament on Tuesday.", "stormed", "145"),
    ("Palestinian youths threw stones at Israeli soldiers in Hebron.", "threw", "145"),
    ("Rioting students fought running battles with police in central Caracas.", "fought", "145"),
    ("Thousands of demonstrators clashed with Egyptian police in Cairo.", "clashed", "145"),
    # police against protesters with riot weapons is repression (175), not fighting
    ("Turkish riot police fired tear gas at demonstrators in Istanbul.", "fired", "175"),
    ("Kenyan police used water cannon against opposition supporters in Nairobi.", "used",
     "175"),
    # the means named in an adverbial clause ("when a bomb exploded")
    ("Two Pakistani policemen were killed when a bomb exploded outside a Karachi court.",
     "killed", "183"),
    # attacking a policy is criticism, attacking a town is force
    ("The Nigerian opposition attacked the government's fuel policy.", "attacked", "111"),
    ("Syria pulled out its troops from Lebanon in April.", "pulled", "0874"),
    # capturing weapons seizes property; refusing to say declines comment; a state protesting
    ("The Chadian army captured dozens of Libyan tanks near Faya.", "captured", "1711"),
    ("Greek police clashed with protesters outside the Athens parliament.", "clashed", "175"),
    ("The Nigerian government refused to say when the elections would be held.", "refused",
     "011"),
    ("Japan has protested the Chinese export restrictions.", "protested", "114"),
    ("Israel and Hamas struck a deal on a prisoner exchange.", "deal", "057"),
    ("Chilean police fought running battles with student protesters in Santiago.", "fought",
     "175"),
    ("Malian troops destroyed three rebel tanks near Gao.", "destroyed", "190"),
    ("Israel and Jordan signed a memorandum of understanding on water.", "signed", "057"),
    ("A Kenyan policeman was killed when a bomb was thrown into a police post in Mandera.",
     "killed", "183"),
    ("Russia denied visas to the Estonian delegation.", "denied", "1245"),
    ("Maoist rebels bombed a police station in Chhattisgarh.", "bombed", "183"),
    ("Hundreds of Chilean students occupied the education ministry.", "occupied", "141"),
    ("Turkish troops occupied northern Cyprus in 1974.", "occupied", "192"),
    # objects that pick the sub-code
    ("Lebanon received a team of UN inspectors.", "received", "0862"),
    ("The United Nations dispatched inspectors to Iraq.", "dispatched", "090"),
    ("Norway shared intelligence with Sweden about the smuggling network.", "shared", "064"),
    ("Iran backed the Houthi rebels in their war against Saudi Arabia.", "backed", "072"),
    ("Iran backed the Houthi rebels.", "backed", "051"),
    ("The Kenyan government has mobilized thousands of reservists.", "mobilized", "154"),
    ("The Kenyan government has mobilized support for the peace plan.", "mobilized", "053"),
    ("India opposes Norwegian mediation in Kashmir.", "opposes", "126"),
    ("Police prevented a demonstration by opposition supporters in Minsk.", "prevented", "170"),
    ("The Chinese government has been pressuring Taiwan to accept reunification.", "pressuring",
     "100"),
    # event nouns: an agreement reached (057), one to do something (03); a cancelled visit (161)
    ("Egypt and Israel reached an agreement on border security.", "agreement", "057"),
    ("Egypt and Israel reached an agreement to reopen the Rafah crossing.", "agreement", "030"),
    ("Egypt and the IMF have agreed on economic reforms.", "agreed", "057"),
    ("The French foreign minister cancelled a planned visit to Algeria.", "visit", "161"),
    ("Italy announced a suspension of air links with Serbia on Wednesday.", "suspension", "161"),
    # a cancelled meeting is 161, but a proposed one still composes as a meeting (026)
    ("South Korea proposed a meeting of prime ministers with North Korea.", "proposed", "026"),
    ("Thai protesters vowed to stay on the streets.", "vowed", "133"),
    # an infinitive the parser hung on the verb as a purpose clause
    ("Chad and Sudan have sworn to fight the rebels.", "sworn", "138"),
])
def test_frame_picks_the_code(events_of, text: str, trigger: str, code: str) -> None:
    assert code in _codes(events_of(text), trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Three Kenyan soldiers were killed in a road accident near Nairobi.", "killed"),
    ("The Sudanese army released video footage of the captured rebels.", "released"),
    ("Lebanon has surrendered itself to chaos.", "surrendered"),
    ("The Colombian police said the suspect pulled out a pistol in the street.", "pulled"),
    ("The Kenyan vice-president pulled himself out of the race for the presidency.", "pulled"),
    ("The Greek unions conceded that the government was forced to raise taxes.", "conceded"),
    ("Egypt wanted a debt deal with Moscow to allow purchases of Soviet spare parts.",
     "allow"),
    ("The Indian navy carried out a professionally executed boarding operation.", "executed"),
    ("The Kenyan court struck down the ban on opposition rallies.", "struck"),
    ("President Obama has offered the job to the Senegalese diplomat.", "offered"),
    ("The Brazilian reforms helped reduce inflation last year.", "helped"),
    ("The UN report, which was released by the Geneva office on Monday, criticised Iraq.",
     "released"),
    ("The Venezuelan decision captured the attention of the Colombian government.", "captured"),
    ("The Ugandan president signed a memorandum on civil service reform.", "signed"),
    ("The Kenyan senate killed the bill on land reform last year.", "killed"),
    ("The Polish unions would fight efforts to raise food prices.", "fight"),
    ("The Kenyan minister fought a hard campaign to keep his seat in Nairobi.", "fought"),
    ("Hundreds of Syrian civilians sought refuge in a school in Aleppo.", "sought"),
    ("Two Syrian families sought refuge in a UN school in Aleppo.", "sought"),
    ("The Kenyan marchers had dispersed by late afternoon.", "dispersed"),
    ("The Sudanese air strike threatened to raise tensions with South Sudan.", "threatened"),
    ("The Ghanaian delegation, headed by the finance minister, arrived in Tokyo.", "headed"),
    ("The Cuban doctor offered medical care to the villagers of Jacmel.", "offer"),
    ("The Indian budget is likely to help prices rise in the coming months.", "help"),
    ("The Nigerian foreign minister received the Nobel Peace Prize.", "received"),
    ("The Kenyan finance minister attended Makerere University from 1975 to 1979.",
     "attended"),
    ("Turkish police could offer no details about the bomb.", "offer"),
    ("President Sarney declared a total war on inflation.", "war"),
    ("The Iraqi foreign minister stormed out of the meeting with the Kuwaiti delegation.",
     "stormed"),
    ("Analysts said Beijing had lowered tariffs to encourage Vietnam to join the trade bloc.",
     "encourage"),
    # striking up a talk or striking it rich is no attack
    ("The Kenyan senator struck up a conversation with the French ambassador in a corridor.",
     "struck"),
    ("After prison the former Texas governor struck it rich in the cattle business.", "struck"),
    # accidents and disasters kill, but nobody attacks
    ("A Peruvian soldier was killed after slipping and falling from a cliff in the Andes.",
     "killed"),
    ("The Chilean senator shot his brother in a hunting accident in Patagonia.", "shot"),
    ("The Chilean senator shot and killed his brother in a hunting accident in Patagonia.",
     "shot"),
    ("The storm, which killed forty Haitian farmers, hit the coast on Sunday.", "killed"),
    # being at a forum only says who the people are
    ("The fire alarm alarmed Chinese officials attending a meeting of the ASEAN forum in Hanoi.",
     "attending"),
])
def test_figurative_use_or_stated_aim_is_no_event(events_of, text: str, trigger: str) -> None:
    assert not _codes(events_of(text), trigger)


def test_diplomats_withdrawn_from_a_capital_target_its_state(events_of) -> None:
    rows = events_of("Britain withdrew four of its diplomats in Tehran on Monday.")
    assert {(r["cameo_code"], r["target_country"]) for r in rows if r["trigger"] == "withdrew"} \
        == {("161", "IRN")}


def test_aid_received_is_no_aid_given_by_the_receiver(events_of) -> None:
    rows = events_of("Sudan received new loans from the World Bank last year.")
    assert not any(r["source_name"] and "Sudan" in r["source_name"] and
                   r["cameo_code"].startswith("07") for r in rows)


def test_military_surrender_and_release_of_persons_stay_events(events_of) -> None:
    assert "0874" in _codes(events_of("The rebels surrendered to Ugandan troops."), "surrendered")
    assert "0841" in _codes(events_of("Sudan released 40 Chadian prisoners on Monday."),
                            "released")


def test_purpose_of_talks_is_the_request_made_there(events_of) -> None:
    rows = events_of("The Japanese prime minister held talks with Chinese leaders on Monday "
                     "to urge them to release the detained fishermen.")
    assert _codes(rows, "urge")


def test_event_noun_announced_is_coded_not_the_announcement(events_of) -> None:
    rows = events_of("The European Union announced new sanctions against Iran on Monday.")
    assert {r["cameo_code"] for r in rows} == {"163"}
    assert {r["target_name"] for r in rows} == {"Iran"}


def test_strike_called_off_is_done_not_planned(events_of) -> None:
    rows = events_of("The Nigerian teachers' union announced that it has called off its strike "
                     "against the government.")
    called = [r for r in rows if r["trigger"] == "called"]
    assert called and called[0]["cameo_code"] == "082"
    assert called[0]["modality"] != "planned"


@pytest.mark.parametrize(("text", "trigger", "absent"), [
    # a rejected proposal's act never happened: the rejection is the event
    ("Russia and China vetoed a UN resolution to impose an arms embargo on Syria.", "vetoed",
     "embargo"),
    ("Kenya rejected a Ugandan proposal to deploy troops in Somalia.", "rejected", "deploy"),
])
def test_rejected_proposal_is_not_coded_as_done(events_of, text: str, trigger: str,
                                                absent: str) -> None:
    rows = events_of(text)
    assert _codes(rows, trigger) and {r["cameo_code"][:2] for r in rows} <= {"12"}
    assert not [r for r in rows if r["trigger"] == absent]


def test_constraints_released_from_are_no_release_of_persons(events_of) -> None:
    rows = events_of("The Indian reform would release the state banks from the shackles of "
                     "government control.")
    assert not _codes(rows, "release")


def test_official_protesting_complains_not_demonstrates(events_of) -> None:
    rows = events_of("The Egyptian foreign minister protested against the detention of two "
                     "Egyptian fishermen by Eritrea.")
    assert _codes(rows, "protested") <= {"114"}
    rows = events_of("Thousands of Kenyan students protested against the fee increases in "
                     "Nairobi.")
    assert "141" in _codes(rows, "protested")


def test_bomb_in_clause_of_coordinated_verb_is_the_means(events_of) -> None:
    rows = events_of("Two Nigerian soldiers were killed and nine were wounded when a bomb was "
                     "thrown into their barracks in Maiduguri.")
    assert _codes(rows, "killed") == {"183"}


def test_casualties_in_riots_are_no_military_force(events_of) -> None:
    rows = events_of("Ten Kenyan policemen were injured in the riots in Kisumu.")
    assert not {c for c in _codes(rows, "injured") if c.startswith("19")}


def test_offering_a_hint_is_no_offer(events_of) -> None:
    rows = events_of("The Kenyan foreign ministry offered a first hint of impatience with "
                     "Uganda.")
    assert not _codes(rows, "offered")


@pytest.mark.parametrize("text", [
    "The German finance minister told his Brazilian counterpart that the debt moratorium was a "
    "mistake.",
    "The Kenyan opposition leader told President Ruto that the new tax was illegal and a failure.",
    "The Nigerian senator told the president that the police behave like thugs in Lagos.",
])
def test_statement_predicating_disapproval_is_criticism(events_of, text: str) -> None:
    assert _codes(events_of(text), "told") == {"111"}


@pytest.mark.parametrize("text", [
    "The German finance minister told his Brazilian counterpart that the moratorium was not a "
    "mistake.",
    "The German finance minister told his Brazilian counterpart that cutting aid would be a "
    "mistake.",
    "The Kenyan opposition leader told President Ruto that the new police force is an army.",
])
def test_negated_or_modal_or_plain_predicate_stays_a_statement(events_of, text: str) -> None:
    assert "111" not in _codes(events_of(text), "told")


def test_great_in_a_name_is_no_praise(events_of) -> None:
    rows = events_of("The Kenyan president told the French envoy that Great Britain had cut "
                     "its aid to Nairobi.")
    assert "051" not in _codes(rows, "told")


@pytest.mark.parametrize("text", [
    "The Kenyan president vowed to bring those responsible to justice.",
    "The Kenyan president vowed that those responsible would be found and brought to justice.",
])
def test_vow_of_legal_action_against_culprits_is_a_threat(events_of, text: str) -> None:
    assert _codes(events_of(text), "vowed") == {"137"}


def test_plan_agreed_upon_in_a_relative_clause_is_an_agreement(events_of) -> None:
    rows = events_of("President Ruto said the budget followed the formula he agreed upon with "
                     "the IMF last year.")
    assert _codes(rows, "agreed") == {"057"}


def test_repelling_an_attack_is_fighting_not_beating(events_of) -> None:
    rows = events_of("Ethiopian troops beat back the latest Eritrean offensive near Badme.")
    assert _codes(rows, "beat") == {"190"}


@pytest.mark.parametrize(("text", "trigger"), [
    # a status given to something is no act
    ("The Kenyan wildlife service listed the black rhino as threatened in 2010.", "threatened"),
    # "aid" modifying a noun, taken by the parser for a verb
    ("A Kenyan official who spoke to aid workers at the camp said there were no casualties.",
     "aid"),
    # offering stock to the market is finance
    ("The Kenyan government will offer new stock to the market to meet its funding needs.",
     "offer"),
    # a rotating presidency handed on is routine
    ("Portugal will hand over the presidency of the European Union to Slovenia in July.",
     "hand"),
])
def test_status_finance_handover_and_misparsed_modifier_are_no_events(events_of, text: str,
                                                          trigger: str) -> None:
    assert not _codes(events_of(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Three hundred Congolese rebels surrendered last week near Goma.", "surrendered", "0874"),
    ("The Kenyan teachers' union has called off its national strike.", "called", "082"),
    ("The Thai government lifted the nightly curfew on Monday.", "lifted", "0813"),
])
def test_unilateral_de_escalation_stands_without_a_recipient(events_of, text: str,
                                                            trigger: str, code: str) -> None:
    assert code in _codes(events_of(text), trigger)


def test_persuading_not_to_act_is_an_appeal_not_a_denied_act(events_of) -> None:
    rows = events_of("Japan tried to persuade the United States not to impose tariffs on "
                     "Japanese cars.")
    assert not _codes(rows, "impose")
    assert _codes(rows, "persuade") <= {"020"}


def test_plan_named_in_an_accusation_is_not_coded(events_of) -> None:
    rows = events_of("The Kenyan president accused the Somali government of planning to invade "
                     "northern Kenya.")
    assert _codes(rows, "accused") == {"112"}
    assert not _codes(rows, "invade")


def test_claim_that_another_plans_an_attack_accuses_it(events_of) -> None:
    rows = events_of("Ethiopian officials said Eritrea was preparing to attack the border town "
                     "of Badme.")
    assert _codes(rows, "said") == {"112"}
    assert not _codes(rows, "attack")
    assert {r["target_name"] for r in rows if r["trigger"] == "said"} == {"Eritrea"}


def test_own_plan_of_an_attack_stays_a_threat(events_of) -> None:
    rows = events_of("Israel said it was planning to attack Hamas positions in Gaza.")
    assert "112" not in _codes(rows, "said")
    assert {c[:2] for c in _codes(rows, "attack")} == {"13"}



def test_participle_the_parser_coordinated_is_no_act_of_the_subject(nlp) -> None:
    from spacy.tokens import Doc

    from transforms.events_frames import verb_frame

    # the parse the model gives "denounced the murder of workers killed when ...": "killed" as a
    # conjunct of "denounced", sharing its subject
    words = ["The", "minister", "denounced", "the", "murder", "of", "three", "workers", "killed",
             "in", "Athens", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 5, 2, 8, 9, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "nummod", "pobj", "conj", "prep",
            "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "PROPN",
           "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "CD", "NNS", "VBD", "IN", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=[w.lower() for w in words[:8]] + ["kill", "in", "Athens", "."])
    assert verb_frame(doc[8]) is None
    coordinated = nlp("Kenyan troops stormed the camp and killed ten rebels.")
    killed = next(t for t in coordinated if t.lower_ == "killed")
    assert killed.dep_ == "conj" and verb_frame(killed) is not None


def test_accused_in_the_passive_is_the_target(events_of) -> None:
    rows = [r for r in events_of("The former Kenyan finance minister has been accused of "
                                 "misusing public funds.") if r["trigger"] == "accused"]
    assert [(r["cameo_code"], r["target_name"]) for r in rows] == [
        ("112", "former Kenyan finance minister")]


def test_reporting_line_is_no_statement(events_of) -> None:
    rows = events_of("The Kenyan Inspector General of Police reports to the Cabinet Secretary "
                     "for the Interior.")
    assert not _codes(rows, "reports")
    rows = events_of("The Kenyan police chief reported to the Interior Minister that ten rebels "
                     "had been arrested.")
    assert _codes(rows, "reported") == {"010"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The national police moved in with armoured cars, killing dozens of Kenyan protesters.",
     "killing"),
    ("Police shot dead two Kenyan demonstrators outside parliament.", "shot"),
])
def test_police_casualties_among_protesters_are_repression(events_of, text: str,
                                                          trigger: str) -> None:
    assert _codes(events_of(text), trigger) == {"175"}


def test_project_threatening_species_is_a_risk_not_a_threat(events_of) -> None:
    rows = events_of("The Kenyan government's new dam threatens endangered species in the Tana "
                     "delta.")
    assert not _codes(rows, "threatens")


def test_statement_carrying_a_condemnation_is_coded_once(events_of) -> None:
    rows = events_of("Kenya issued a statement on Thursday condemning Somalia.")
    assert _codes(rows, "condemning") == {"111"}
    assert not _codes(rows, "statement")


def test_act_done_as_pledged_is_no_status(events_of) -> None:
    rows = events_of("Kenya must come up with a package to stimulate the economy as pledged at "
                     "the IMF meetings in Washington last week.")
    assert _codes(rows, "pledged") == {"030"}


def test_police_fighting_protestors_spelled_with_or_is_repression(events_of) -> None:
    rows = events_of("Riot police fought pitched battles with striking protestors in Nairobi.")
    assert _codes(rows, "fought") == {"175"}


def test_bomb_thrown_in_a_nested_clause_is_the_means(events_of) -> None:
    rows = events_of("Two guards were killed when their office went up in flames after a "
                     "protester threw a petrol bomb inside.")
    assert _codes(rows, "killed") == {"183"}


def test_plan_agreed_by_two_parties_is_an_agreement_reached(events_of) -> None:
    rows = events_of("Under the compromise agreed by the Jubilee Party and opposition parties, "
                     "the speaker will take charge of the bill.")
    assert _codes(rows, "agreed") == {"057"}


@pytest.mark.parametrize("text", [
    "The Kenyan president warned neighbouring black-ruled states not to allow the rebels to "
    "infiltrate Kenya through their territory.",
    "Kenya warned Somalia not to allow militants to cross the border.",
])
def test_act_asked_of_the_warned_is_not_the_warners_act(events_of, text: str) -> None:
    assert not _codes(events_of(text), "allow")


def test_options_listed_after_a_colon_are_no_acts(events_of) -> None:
    rows = events_of("The Canadian justice ministry sent a memo giving provincial prosecutors "
                     "these options for the new rules: extending the deadline, reopening the "
                     "consultation and deciding not to defend court challenges to the rules.")
    assert not _codes(rows, "defend")


def test_warning_that_conduct_harms_the_addressee_is_criticism(events_of) -> None:
    rows = events_of("The French foreign minister warned Russia that the blockade was damaging "
                     "its reputation in Africa.")
    assert _codes(rows, "warned") == {"111"}


def test_act_named_as_an_aim_is_no_act(events_of) -> None:
    rows = events_of("A Western analyst said the Ethiopian junta's endgame is to capture the "
                     "Eritrean port of Assab.")
    assert not _codes(rows, "capture")
    assert _codes(events_of("Ethiopian troops captured the Eritrean port of Assab."), "captured")


def test_attending_a_summit_abroad_stays_a_visit(events_of) -> None:
    rows = events_of("The Kenyan president attended the African Union summit in Addis Ababa.")
    assert _codes(rows, "attended") == {"042"}


def test_refuge_sought_in_a_country_stays_an_appeal(events_of) -> None:
    rows = events_of("The former Bolivian president sought refuge in Brazil last year.")
    assert _codes(rows, "sought") == {"020"}


def test_it_standing_for_a_quake_is_no_attacker_but_one_for_an_army_is(events_of) -> None:
    quake = events_of("The last big quake hit northern Peru in March. "
                      "It killed 300 villagers and injured hundreds of Peruvian soldiers.")
    assert not [r for r in quake if r["cameo_code"].startswith(("18", "19"))]
    army = events_of("The Sudanese army shelled rebel positions near Kadugli. "
                     "It killed 30 rebels of the SPLM-North, a spokesman said.")
    assert _codes(army, "killed")


@pytest.mark.parametrize("text", [
    "President Clinton pardoned the former Arkansas governor in 2001.",
    "The former Arkansas governor was pardoned by President Clinton.",
    "President Clinton granted a pardon to the former Arkansas governor.",
    "The Kenyan president commuted the death sentence of the opposition leader.",
])
def test_a_formal_pardon_is_a_release_not_forgiveness(events_of, text: str) -> None:
    codes = {r["cameo_code"] for r in events_of(text)}
    assert "0841" in codes and "056" not in codes


def test_attending_a_meeting_with_a_named_party_is_a_meeting(events_of) -> None:
    rows = events_of("Brazilian farm leaders attending a meeting with President Lula asked the "
                     "government for new loans.")
    assert {r["cameo_code"] for r in rows if r["trigger"] == "attending"} == {"042"}


def test_an_outcome_participle_is_no_act_of_its_own(events_of) -> None:
    rows = events_of("Eritrea gained its independence from Ethiopia in 1993, ending a "
                     "thirty-year war.")
    assert not [r for r in rows if r["cameo_code"] == "0871"]


def test_unwillingness_to_give_aid_is_a_refusal_not_aid(events_of) -> None:
    rows = events_of("Most German banks are unwilling to provide new loans to Argentina.")
    assert not [r for r in rows if r["cameo_code"].startswith("07")
                and r["modality"] != "negated"]
    assert {r["cameo_code"] for r in rows} & {"12", "120", "122"}


def test_what_a_condition_would_encourage_is_no_appeal(events_of) -> None:
    rows = events_of("If Saudi Arabia gives us guarantees, it will encourage foreign banks to "
                     "lend, he said.")
    assert not [r for r in rows if r["cameo_code"].startswith("02")]
    # an actor's own conditional request is still one
    plan = events_of("If Iran refuses, France will urge the United Nations to impose sanctions.")
    assert [r for r in plan if r["cameo_code"].startswith("02")]


def test_must_understand_argues_a_case_it_demands_no_act(events_of) -> None:
    rows = events_of("Italians must understand that without these reforms the crisis would be "
                     "worse, the IMF chief said.")
    assert not [r for r in rows if r["cameo_code"].startswith("10")]
    demand = events_of("Russia must withdraw its troops from Georgia, the French president said.")
    assert [r for r in demand if r["cameo_code"].startswith("10")]


def test_an_agentless_injury_takes_its_means_from_the_sentences_before(events_of) -> None:
    bomb = events_of("A bomb exploded outside a bank in Lima on Friday. Two Peruvian officers "
                     "died at the scene. The Peruvian police chief was injured.")
    assert _codes(bomb, "injured") == {"183"}
    war = events_of("Israeli warplanes struck Gaza on Friday. A Hamas commander was injured.")
    assert _codes(war, "injured") == {"190"}


def test_rejected_accusations_are_denied_and_aimed_at_the_accuser(events_of) -> None:
    rows = events_of("Ghana rejected the accusations made by Togo as baseless.")
    assert [(r["cameo_code"], r["target_country"]) for r in rows
            if r["trigger"] == "rejected"] == [("016", "TGO")]
    # a rejected proposal stays a rejection
    assert "125" in _codes(events_of("Ghana rejected a proposal made by Togo."), "rejected")

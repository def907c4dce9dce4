"""Relation rules: companions, patients, participles after a comma, support received, offices."""

from __future__ import annotations

from tests.transforms.test_relations import _found


def test_those_fighting_together_with_the_subject_fight_too(nlp):
    found = _found(nlp, "NATO, together with the African Union, is working to defeat the Taliban.")
    assert ("African Union", "opposes", "Taliban") in found
    assert {frozenset((s, o)) for s, t, o in found if t == "allied_with"} == {
        frozenset(("NATO", "African Union"))}


def test_a_death_is_no_attack_by_the_one_who_died(nlp):
    found = _found(nlp, "Mullah Omar founded the Taliban. His death will degrade the Taliban.")
    assert not any(t == "opposes" for _, t, _ in found)


def test_a_participle_after_a_comma_describes_the_noun_before_it(nlp):
    found = _found(nlp, "The talks between the Government of Iraq, led by Prime Minister Haider "
                        "al-Abadi, and the Kurdistan Regional Government, represented by Prime "
                        "Minister Nechirvan Barzani, ended on Monday.")
    assert any(s == "Haider al-Abadi" and t == "leader_of" and "Iraq" in o for s, t, o in found)
    assert any(s == "Nechirvan Barzani" and t == "official_of" and "Kurdistan" in o
               for s, t, o in found)


def test_support_received_from_a_state_allies_it_with_the_receiver(nlp):
    found = _found(nlp, "Hezbollah received support from Iran during the war.")
    assert ("Iran", "allied_with", "Hezbollah") in found
    assert not any(s == "Hezbollah" and t == "allied_with" for s, t, _ in found)


def test_support_from_a_state_aids_the_noun_it_describes(nlp):
    found = _found(nlp, "The Kurdish militia, aided by support from France, held the town.")
    assert any(s == "France" and t == "allied_with" for s, t, _ in found)


def test_a_commander_leads_and_is_not_also_listed_as_an_official(nlp):
    found = _found(nlp, "General Joseph Dunford, commander of the Afghan National Army, spoke.")
    kinds = {t for s, t, o in found if s == "Joseph Dunford" and o == "Afghan National Army"}
    assert kinds == {"leader_of"}


def test_support_for_civilians_is_no_alliance(nlp):
    found = _found(nlp, "Germany reiterated its support for Syrian refugees and civilians.")
    assert not any(t == "allied_with" for _, t, _ in found)


def test_a_body_named_after_a_verb_in_a_title_is_not_the_employer(nlp):
    found = _found(nlp, "Ahmed Saleh, the leader of a cell based around the Al-Noor Mosque, "
                        "was arrested.")
    assert not any(s == "Ahmed Saleh" and "Noor" in o for s, _, o in found)


def test_a_scare_quoted_war_is_not_stated(nlp):
    found = _found(nlp, "Critics say Assad's \u201cwar\u201d on the Taliban is a sham.")
    assert not any(t == "opposes" for _, t, _ in found)


def test_a_cultural_partnership_is_no_alliance(nlp):
    found = _found(nlp, "The museum grant is part of a cultural partnership between France and "
                        "Egypt.")
    assert not any(t == "allied_with" for _, t, _ in found)
    found = _found(nlp, "The defence partnership between France and Egypt deepened.")
    assert any(t == "allied_with" for _, t, _ in found)


def test_the_supported_party_fights_the_war_it_is_supported_in(nlp):
    found = _found(nlp, "Germany reiterated its support for Iraq in the fight against the Taliban.")
    assert ("Iraq", "opposes", "Taliban") in found
    assert not any(s == "Germany" and t == "opposes" for s, t, _ in found)


def test_attacks_listed_after_a_condemnation_are_not_the_condemner_s(nlp):
    found = _found(nlp, "Germany condemns the attack in Kabul, and the attacks against the "
                        "Afghan people.")
    assert not any(s == "Germany" and t == "opposes" for s, t, _ in found)


def test_a_leader_of_anti_government_forces_is_no_member_of_them(nlp):
    found = _found(nlp, "The leader of anti-government forces, Mullah Omar, vowed to hold "
                        "Kandahar.")
    assert not any(t == "member_of" for _, t, _ in found)


def test_a_city_named_as_a_setting_is_no_antecedent(nlp):
    found = _found(nlp, "The attacks in Paris hardened the resolve of the world in its "
                        "determination to defeat the Taliban.")
    assert not any(s == "France" and t == "opposes" for s, t, _ in found)


def test_an_act_that_is_merely_possible_is_not_stated(nlp):
    found = _found(nlp, "Iran fears that Israel could attack Hezbollah.")
    assert not any(t == "opposes" for _, t, _ in found)


def test_our_efforts_belong_to_the_speaker_not_the_last_actor_named(nlp):
    found = _found(nlp, "He met Kurdish officials to discuss our efforts to defeat the Taliban.")
    assert not any(t == "opposes" for _, t, _ in found)


def test_the_owner_of_a_supported_operation_is_the_ally(nlp):
    found = _found(nlp, "NATO conducted four airstrikes in support of Afghan National Army "
                        "operations.")
    assert ("NATO", "allied_with", "Afghan National Army") in found


def test_a_title_between_commas_names_the_body_led(nlp):
    found = _found(nlp, "General Joseph Dunford, commander, Afghan National Army, arrived today.")
    assert ("Joseph Dunford", "leader_of", "Afghan National Army") in found


def test_a_deputy_is_an_official_not_the_leader(nlp):
    found = _found(nlp, "Afghan National Army deputy commander Ahmad Shah arrived today.")
    kinds = {t for s, t, o in found if s == "Ahmad Shah" and o == "Afghan National Army"}
    assert kinds == {"official_of"}


def test_weapons_used_against_an_actor_oppose_it(nlp):
    found = _found(nlp, "The Iraqi army deployed tanks against the Taliban.")
    assert any(t == "opposes" and o == "Taliban" for _, t, o in found)


def test_air_support_provided_for_an_actor_allies_with_it(nlp):
    found = _found(nlp, "Britain provided air support for the Afghan National Army.")
    assert ("United Kingdom", "allied_with", "Afghan National Army") in found


def test_a_participle_allies_its_noun_with_the_object(nlp):
    found = _found(nlp, "Hezbollah, allied to Iran, sent fighters to Syria.")
    assert ("Hezbollah", "allied_with", "Iran") in found


def test_clashes_between_two_actors_oppose_them(nlp):
    found = _found(nlp, "Clashes between the Taliban and the Afghan National Army killed ten.")
    assert {frozenset((s, o)) for s, t, o in found if t == "opposes"} == {
        frozenset(("Taliban", "Afghan National Army"))}


def test_fighting_alongside_an_army_allies_with_it(nlp):
    found = _found(nlp, "Russian troops are fighting alongside the Syrian army.")
    assert any(t == "allied_with" and s.startswith("Russia") and o.startswith("Syria")
               for s, t, o in found)


def test_a_backed_group_in_apposition_is_backed_not_the_attacker(nlp):
    found = _found(nlp, "The Houthis, an Iran-backed group, attacked Saudi Arabia.")
    assert ("Iran", "allied_with", "Houthis") in found
    assert not any(s == "Iran" and t == "opposes" for s, t, _ in found)


def test_a_conjoined_passive_shares_its_subject(nlp):
    found = _found(nlp, "The Syrian Computer Society was founded in 1989 and was later headed by "
                        "Bashar al-Assad.")
    assert ("Bashar al-Assad", "leader_of", "Syrian Computer Society") in found


def test_a_head_of_government_leads_his_government(nlp):
    found = _found(nlp, "Prime Minister Haider al-Abadi and his government took steps.")
    assert any(s == "Haider al-Abadi" and t == "leader_of" and "government" in o
               for s, t, o in found)


def test_the_one_praised_in_a_fight_is_the_fighter(nlp):
    found = _found(nlp, "Carter praised the performance of Iraqi forces in the fight against the "
                        "Taliban.")
    assert any(t == "opposes" and s.startswith("Iraq") and o == "Taliban" for s, t, o in found)
    assert not any(s == "Ash Carter" and t == "opposes" for s, t, _ in found)


def test_two_unnamed_groups_are_not_related(nlp):
    found = _found(nlp, "Officials said businessmen were supporting the militias.")
    assert not found


def test_a_rank_with_chief_in_it_leads_nothing(nlp):
    found = _found(nlp, "Royal Navy Chief Petty Officer John Smith died on Monday.")
    assert not any(t == "leader_of" for _, t, _ in found)


def test_soldiers_coming_from_a_unit_belong_to_it(nlp):
    found = _found(nlp, "The army welcomed soldiers visiting from the 3rd Battalion for an "
                        "exercise.")
    assert ("soldier", "member_of", "3rd Battalion") in found


def test_a_leader_title_before_the_name_leads_the_body(nlp):
    found = _found(nlp, "Hezbollah leader Hassan Nasrallah gave a speech.")
    assert ("Hassan Nasrallah", "leader_of", "Hezbollah") in found


def test_who_commanded_stands_for_the_person_it_follows(nlp):
    found = _found(nlp, "Qasem Soleimani, who commanded the Quds Force, was killed.")
    assert any(t == "leader_of" and o == "Quds Force" for _, t, o in found)


def test_a_state_sponsoring_a_group_backs_it(nlp):
    found = _found(nlp, "Iran sponsors Hezbollah.")
    assert ("Iran", "allied_with", "Hezbollah") in found

"""Nominal person groups as actors: sector from the noun, country from a modifier or place."""

from __future__ import annotations

from transforms.actors import actor_at, resolve_actors


def _actor(nlp, text: str, words: str):
    doc = nlp(text)
    start = text.index(words)
    return actor_at(resolve_actors(doc), start, start + len(words))


def test_pirates_take_the_country_of_their_demonym(nlp):
    pirates = _actor(nlp, "Yemeni pirates boarded a cargo ship off the coast.", "pirates")
    assert pirates is not None and (pirates.country, pirates.role) == ("YEM", "CRM")


def test_crew_member_is_a_civilian_of_the_modifier_country(nlp):
    crew = _actor(nlp, "A Greek crew member died when the tanker was shelled.", "crew member")
    assert crew is not None and (crew.country, crew.role) == ("GRC", "CVL")


def test_union_leaders_are_labour_not_government(nlp):
    union = _actor(nlp, "The cabinet met the top union leaders on Friday.", "leaders")
    assert union is not None and union.role == "LAB"


def test_bare_group_nouns_have_a_sector_and_no_country(nlp):
    text = "Kidnappers freed a teenager while rioters fought marchers and bankers watched."
    for words, role in (("Kidnappers", "CRM"), ("teenager", "CVL"), ("rioters", "OPP"),
                        ("marchers", "OPP"), ("bankers", "BUS")):
        actor = _actor(nlp, text, words)
        assert actor is not None and actor.role == role, words
        assert actor.actor_type == "group" and actor.country is None, words


def test_hyphenated_compound_group(nlp):
    takers = _actor(nlp, "Two nurses were released by the hostage-takers today.", "hostage-takers")
    assert takers is not None and takers.role == "CRM" and takers.name == "hostage taker"


def test_a_people_living_abroad_takes_the_country_they_live_in(nlp):
    text = "Ethnic Hungarians in southern Slovakia demanded schools in their language."
    people = _actor(nlp, text, "Hungarians")
    assert people is not None and (people.actor_type, people.country) == ("group", "SVK")


def test_a_plural_demonym_is_the_people_not_the_state(nlp):
    people = _actor(nlp, "Kurds protested in the streets on Monday.", "Kurds")
    assert people is None or people.actor_type == "group"
    people = _actor(nlp, "Palestinians protested against the wall on Monday.", "Palestinians")
    assert people is not None and (people.actor_type, people.country) == ("group", "PSE")


def test_a_town_taken_for_a_person_after_near_is_no_actor(nlp):
    town = _actor(nlp, "Allied jets struck two tanks near Raqqah on Friday.", "Raqqah")
    assert town is None or town.actor_type != "person"


def test_a_barrage_tagged_as_an_organisation_is_no_actor(nlp):
    text = "Coalition jets struck ISIL near Kirkuk and the Tharthar Barrage on Friday."
    barrage = _actor(nlp, text, "Tharthar Barrage")
    assert barrage is None or barrage.actor_type != "organization"


def test_generic_parts_of_a_city_are_not_its_people(nlp):
    text = "Insurgents attacked three sides of Kirkuk at dawn."
    sides = _actor(nlp, text, "sides")
    assert sides is None or sides.country is None


def test_capital_owning_a_building_is_the_city_not_the_government(nlp):
    text = "Riot police blocked the road outside Lisbon's courthouse on Monday."
    lisbon = _actor(nlp, text, "Lisbon")
    assert lisbon is None or lisbon.role != "GOV"


def test_capital_owning_an_embassy_is_still_the_state(nlp):
    text = "Rome's embassy lodged a protest with the ministry."
    rome = _actor(nlp, text, "Rome")
    assert rome is not None and (rome.country, rome.role) == ("ITA", "GOV")


def test_coalition_modifying_an_act_is_the_actor(nlp):
    text = "The allies will continue coalition operations against the militants."
    coalition = _actor(nlp, text, "coalition")
    assert coalition is not None and coalition.role == "MIL"


def test_coalition_owning_warplanes_is_the_actor(nlp):
    text = "Coalition warplanes bombed a bridge on Tuesday."
    coalition = _actor(nlp, text, "Coalition warplanes")
    assert coalition is not None and coalition.name == "coalition"


def test_nationality_of_the_phrase_reaches_a_modifier_actor(nlp):
    text = "Kenyan opposition candidates rejected the results."
    opposition = _actor(nlp, text, "opposition")
    assert opposition is not None and (opposition.country, opposition.role) == ("KEN", "OPP")


def test_international_community_is_an_international_actor(nlp):
    text = "Ministers urged the international community to act."
    community = _actor(nlp, text, "international community")
    assert community is not None and community.country == "IGO"


def test_capital_left_by_a_traveller_is_a_place(nlp):
    text = "The envoy arrived from Ankara on a military plane."
    ankara = _actor(nlp, text, "Ankara")
    assert ankara is None or ankara.role != "GOV"


def test_capital_sending_a_note_is_the_government(nlp):
    text = "Athens received a protest note from Ankara."
    ankara = _actor(nlp, text, "Ankara")
    assert ankara is not None and (ankara.country, ankara.role) == ("TUR", "GOV")


def test_organisation_described_as_a_lobby_is_business(nlp):
    text = "Agrimex, the EC grain trade lobby, wrote to the commissioner."
    lobby = _actor(nlp, text, "Agrimex")
    assert lobby is not None and lobby.role == "BUS" and lobby.country != "IGO"


def test_farmers_of_an_international_organisation_have_no_country(nlp):
    farmers = _actor(nlp, "EC farmers blocked the roads.", "farmers")
    assert farmers is not None and farmers.role == "AGR" and farmers.country != "IGO"


def test_an_ethnic_group_takes_the_country_the_sentence_places_it_in(nlp):
    text = "Ethnic Greeks marched through the town on Sunday, Albanian police said in Tirana."
    people = _actor(nlp, text, "Greeks")
    assert people is not None and (people.actor_type, people.country) == ("group", "ALB")


def test_an_ethnic_group_with_no_place_named_has_no_country(nlp):
    people = _actor(nlp, "Ethnic Uzbeks blocked the road on Friday.", "Uzbeks")
    assert people is not None and people.country is None


def test_a_minority_is_coded_where_it_lives(nlp):
    text = "The Hungarian minority in Romania asked for its own schools."
    minority = _actor(nlp, text, "minority")
    assert minority is not None and (minority.actor_type, minority.country) == ("group", "ROU")


def test_the_population_of_a_named_province_is_its_country(nlp):
    text = "Troops moved into Azerbaijan to protect the Armenian population of the province."
    people = _actor(nlp, text, "population")
    assert people is not None and people.country == "AZE" and people.role == "CVL"


def test_a_demonym_population_with_no_place_is_the_state_people(nlp):
    people = _actor(nlp, "The Iraqi population suffered under the embargo.", "population")
    assert people is not None and people.country == "IRQ"


def test_ethnic_rebels_fight_for_the_country_they_are_in(nlp):
    text = "Ethnic Armenian rebels shelled a village in Azerbaijan on Monday."
    rebels = _actor(nlp, text, "rebels")
    assert rebels is not None and (rebels.country, rebels.role) == ("AZE", "REB")


def test_a_people_of_an_occupied_territory_is_the_territory_not_the_occupier(nlp):
    text = "Palestinians of the Israeli-occupied Gaza Strip held a strike on Monday."
    people = _actor(nlp, text, "Palestinians")
    assert people is not None and people.country == "PSE"


def test_a_pro_or_anti_country_adjective_is_not_the_actor_country(nlp):
    text = "A pro-Russian militia fought an anti-Iran newspaper editor in the capital."
    militia = _actor(nlp, text, "militia")
    assert militia is None or militia.country != "RUS"
    editor = _actor(nlp, text, "editor")
    assert editor is None or editor.country != "IRN"


def test_a_stateless_people_group_takes_the_country_of_its_sentence(nlp):
    text = "The Zimbabwe government met Ndebele rebels on Friday."
    rebels = _actor(nlp, text, "rebels")
    assert rebels is not None and (rebels.country, rebels.role) == ("ZWE", "REB")


def test_a_stateless_people_with_no_country_named_has_none(nlp):
    rebels = _actor(nlp, "Tamil rebels ambushed a patrol on Friday.", "rebels")
    assert rebels is not None and rebels.country is None and rebels.role == "REB"


def test_a_stateless_people_named_with_a_demonym_is_of_that_state(nlp):
    text = "Thousands of Syrian Kurds fled to Turkey on Sunday."
    people = _actor(nlp, text, "Kurds")
    assert people is not None and people.country == "SYR"


def test_a_city_named_with_the_country_of_its_namesake_is_that_one(nlp):
    text = "Gunmen attacked a bank in Tripoli on Monday, the second raid in the Lebanese city."
    city = _actor(nlp, text, "Tripoli")
    assert city is not None and city.country == "LBN"
    text = "Students marched in Valencia, Venezuela, on Monday."
    city = _actor(nlp, text, "Valencia")
    assert city is not None and city.country == "VEN"


def test_a_visitor_nationality_does_not_move_a_city(nlp):
    text = "Talks in London with Canadian officials ended on Friday."
    city = _actor(nlp, text, "London")
    assert city is not None and city.country == "GBR"


def test_refugees_fleeing_a_war_in_a_country_come_from_it(nlp):
    text = "Aid agencies fed refugees fleeing the fighting in Somalia on Monday."
    refugees = _actor(nlp, text, "refugees")
    assert refugees is not None and (refugees.country, refugees.role) == ("SOM", "REF")
    refugees = _actor(nlp, "Refugees fleeing into Chad were given tents.", "Refugees")
    assert refugees is not None and refugees.country is None


def test_a_named_camp_or_headquarters_is_a_place_not_an_actor(nlp):
    text = ("Demonstrators occupied the Regional Headquarters of Larissa after jets bombed "
            "the Kakuma Refugee Camp in Kenya.")
    for words in ("Regional Headquarters of Larissa", "Kakuma Refugee Camp"):
        place = _actor(nlp, text, words)
        assert place is None or place.actor_type not in ("organization", "group"), words
    marchers = _actor(nlp, text, "Demonstrators")
    assert marchers is not None and marchers.role == "OPP"


def test_magazines_listed_with_rifles_and_ammunition_are_no_press(nlp):
    text = "Police seized five rifles, 20 magazines and 600 rounds of ammunition from the gang."
    assert _actor(nlp, text, "magazines") is None
    police = _actor(nlp, text, "Police")
    assert police is not None and police.role == "COP"


def test_a_magazine_that_reports_is_the_press(nlp):
    magazine = _actor(nlp, "The magazine reported that the minister had resigned.", "magazine")
    assert magazine is not None and magazine.role == "MED"


def test_a_soldier_in_a_monument_name_is_no_actor(nlp):
    text = "Marchers gathered at the Unknown Soldier memorial while soldiers watched."
    assert _actor(nlp, text, "Soldier") is None
    soldiers = _actor(nlp, text, "soldiers")
    assert soldiers is not None and soldiers.role == "MIL"


def test_a_town_tagged_as_an_organisation_in_a_from_to_range_is_no_actor(nlp):
    text = "Students from Thessaloniki to Athens occupied schools."
    town = _actor(nlp, text, "Thessaloniki")
    assert town is None or town.actor_type != "organization"
    students = _actor(nlp, text, "Students")
    assert students is not None and students.role == "EDU"


def test_a_post_offered_is_not_an_actor(nlp):
    text = "The governor asked Dr. Lena Park to be Surgeon General, and she accepted."
    assert _actor(nlp, text, "Surgeon General") is None


def test_the_holder_of_a_post_named_as_subject_is_still_an_actor(nlp):
    text = "The National Guard was deployed after the storm."
    actor = _actor(nlp, text, "National Guard")
    assert actor is not None


def test_a_nationality_word_on_a_language_noun_is_no_country(nlp):
    text = "The court lifted limits on the use of the Russian language in state schools."
    actors = resolve_actors(nlp(text))
    assert all(a.country != "RUS" for a in actors)


def test_a_nationality_word_before_hyphen_language_is_no_country(nlp):
    text = "A French-language daily in Quebec criticised the provincial budget."
    actors = resolve_actors(nlp(text))
    assert all(a.country != "FRA" for a in actors)


def test_a_bare_nationality_word_after_in_is_the_language_spoken(nlp):
    text = "The minister told the assembly in English that the talks had failed."
    actors = resolve_actors(nlp(text))
    assert all(a.country != "GBR" for a in actors)


def test_a_nationality_word_on_troops_still_names_the_country(nlp):
    troops = _actor(nlp, "Russian troops entered the town at dawn.", "troops")
    assert troops is not None and (troops.country, troops.role) == ("RUS", "MIL")


def test_a_dictionary_name_written_in_lower_case_is_found(nlp):
    group = _actor(nlp, "Officials blamed al-Qaeda for the bombing of the hotel.", "al-Qaeda")
    assert group is not None and (group.actor_type, group.role) == ("organization", "REB")


def test_the_variant_spelling_guerillas_names_rebels(nlp):
    rebels = _actor(nlp, "Afghan guerillas attacked a supply convoy near the pass.", "guerillas")
    assert rebels is not None and (rebels.country, rebels.role) == ("AFG", "REB")


def test_the_fighters_of_a_stateless_groups_leader_are_not_his_native_army(nlp):
    fighters = _actor(nlp, "Osama bin Laden's fighters attacked the base.", "fighters")
    assert fighters is not None and fighters.country != "SAU" and fighters.role == "REB"


def test_a_head_of_states_troops_are_that_states_military(nlp):
    troops = _actor(nlp, "Bashar al-Assad's forces shelled the town.", "forces")
    assert troops is not None and (troops.country, troops.role) == ("SYR", "MIL")


def test_government_creditors_are_a_body_of_their_own_not_one_state(nlp):
    text = "Kenya signed a new payment plan with Western government creditors in Paris on Monday."
    creditors = _actor(nlp, text, "creditors")
    assert creditors is not None and creditors.actor_type == "group"
    assert creditors.country is None
    assert _actor(nlp, text, "government") == creditors


def test_a_debtors_creditors_are_no_part_of_the_debtor(nlp):
    text = "Ghana will resume talks with all its creditors next week."
    creditors = _actor(nlp, text, "creditors")
    assert creditors is not None and creditors.country != "GHA"


def test_national_lenders_keep_their_country(nlp):
    lenders = _actor(nlp, "Japanese lenders refused to extend new loans to Peru.", "lenders")
    assert lenders is not None and lenders.country == "JPN"

"""Context of person and organisation mentions: appositions, office holders, the press."""

from __future__ import annotations

from datetime import date

from transforms.actors import actor_at, resolve_actors


def _actor(nlp, text: str, words: str, when: date | None = None, nth: int = 0):
    doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return actor_at(resolve_actors(doc, when), start, start + len(words))


def test_noun_before_an_appositive_name_is_that_person(nlp) -> None:
    text = "Karimov's successor, President Shavkat Mirziyoyev, freed several prisoners."
    actor = _actor(nlp, text, "successor")
    assert actor is not None and actor.name == "Shavkat Mirziyoyev"


def test_the_president_is_not_a_former_president(nlp) -> None:
    text = ("Former President Lula da Silva spoke at the rally. On Monday the president "
            "signed the budget.")
    actor = _actor(nlp, text, "the president")
    assert actor is None or actor.name != "Lula da Silva"


def test_the_president_is_the_sitting_one_named_earlier(nlp) -> None:
    text = ("President Shavkat Mirziyoyev opened the session. Later the president "
            "signed the budget.")
    actor = _actor(nlp, text, "the president")
    assert actor is not None and actor.name == "Shavkat Mirziyoyev"


def test_indefinite_office_noun_is_nobody_named(nlp) -> None:
    text = ("President Shavkat Mirziyoyev opened the session. Voters hope a new president "
            "will follow.")
    actor = _actor(nlp, text, "a new president")
    assert actor is None or actor.name != "Shavkat Mirziyoyev"


def test_news_agency_phrase_is_the_agency_not_a_government(nlp) -> None:
    for text in ('"We never crossed the border," he told the AFP news agency.',
                 "The French news agency AFP said the convoy had left."):
        actor = _actor(nlp, text, "agency")
        assert actor is not None and actor.role == "MED" and actor.actor_type == "organization"


def test_mixed_case_alias_of_an_acronym_entry_matches(nlp) -> None:
    actor = _actor(nlp, "Tass said the talks in Geneva would resume.", "Tass")
    assert actor is not None and (actor.country, actor.role) == ("RUS", "MED")


def test_broadcaster_and_radio_are_media(nlp) -> None:
    assert _actor(nlp, "The Canadian Broadcasting Corp aired the speech.",
                  "Canadian Broadcasting Corp").role == "MED"
    assert _actor(nlp, "The minister told Kabul Radio that talks failed.",
                  "Kabul Radio").role == "MED"


def test_person_of_a_possessor_organisation_takes_its_sector(nlp) -> None:
    text = "The senator praised CNN's Maria Lopez for the interview."
    actor = _actor(nlp, text, "Maria Lopez")
    assert actor is not None and actor.role == "MED"


def test_bare_military_takes_the_country_of_the_troops_named_before_it(nlp) -> None:
    text = "Turkish troops crossed into the town near Aleppo as the military vowed to go on."
    actor = _actor(nlp, text, "military")
    assert actor is not None and (actor.country, actor.role) == ("TUR", "MIL")


def test_lowercase_portfolio_words_reach_the_possessor_country(nlp) -> None:
    text = "Chile's central bank governor Pedro Morales criticized Peru's policy."
    actor = _actor(nlp, text, "Pedro Morales")
    assert actor is not None and (actor.country, actor.role) == ("CHL", "GOV")


def test_official_titled_without_country_serves_the_dateline_country(nlp) -> None:
    text = ("LIMA, May 4 - The cabinet met on Monday. Mining minister Luis Quispe told "
            "reporters the strike would end.")
    actor = _actor(nlp, text, "Luis Quispe")
    assert actor is not None and actor.country == "PER"


def test_spokesman_of_a_company_is_business_not_government(nlp) -> None:
    text = "A London Stock Exchange spokesman said trading had resumed."
    actor = _actor(nlp, text, "spokesman")
    assert actor is not None and actor.role == "BUS"


def test_government_named_after_its_leader_has_the_leader_country(nlp) -> None:
    actor = _actor(nlp, "The Reagan Administration said it would veto the bill.",
                   "Reagan Administration", date(1987, 3, 1))
    assert actor is not None and actor.country == "USA"
    council = _actor(nlp, "The Rice Price Council met in Tokyo.", "Rice Price Council")
    assert council is not None and council.country != "USA"


def test_title_phrase_before_an_appositive_name_gives_title_and_country(nlp) -> None:
    text = "The deputy foreign minister of Kenya, Joseph Mwangi, arrived in Addis Ababa."
    actor = _actor(nlp, text, "Joseph Mwangi")
    assert actor is not None and (actor.country, actor.role) == ("KEN", "GOV")


def test_spokeswoman_of_a_dictionary_union_is_not_labour(nlp) -> None:
    actor = _actor(nlp, "EU spokeswoman Ana Silva condemned the attack.", "Ana Silva")
    assert actor is not None and actor.role == "GOV" and actor.country == "IGO"


def test_lawmakers_addressed_by_a_surname_take_the_speaker_country(nlp) -> None:
    text = ("Greek police fired tear gas in Athens. Chancellor Angela Merkel urged parliament "
            "to act. Merkel told lawmakers the future of Europe was at stake.")
    actor = _actor(nlp, text, "lawmakers", date(2010, 5, 6))
    assert actor is not None and actor.country == "DEU"


def test_a_bare_senate_belongs_to_the_country_of_its_sentence(nlp) -> None:
    text = "Chile's prime minister Pedro Morales told the Senate he would resign."
    actor = _actor(nlp, text, "Senate")
    assert actor is not None and (actor.country, actor.role) == ("CHL", "LEG")


def test_nationality_after_a_preposition_still_names_the_officials_country(nlp) -> None:
    text = "Paris studied a letter from Portuguese Prime Minister Anibal Cavaco Silva on trade."
    actor = _actor(nlp, text, "Anibal Cavaco Silva")
    assert actor is not None and actor.country == "PRT"


def test_country_after_a_place_preposition_is_where_not_whose(nlp) -> None:
    text = "In Turkey Minister Ellwood met the rebel commanders."
    actor = _actor(nlp, text, "Ellwood")
    assert actor is not None and actor.country != "TUR"


def test_a_bank_president_is_business_not_government(nlp):
    text = "The president of the Bank of Lisbon, Rui Matos, criticised the budget."
    actor = _actor(nlp, text, "Rui Matos")
    assert actor is not None and actor.role == "BUS"


def test_president_of_an_unknown_firm_is_not_called_government(nlp):
    text = "Vantrex vice president Carol Dunne said the firm would appeal."
    actor = _actor(nlp, text, "Carol Dunne")
    assert actor is not None and actor.role != "GOV"


def test_named_commander_apposed_to_a_title_is_one_person(nlp):
    text = "The Task Force Commander, Lt. Gen. Paul Hardy, said the strikes continued."
    doc = nlp(text)
    people = [a for a in resolve_actors(doc) if a.actor_type == "person"]
    assert [a.name for a in people] == ["Paul Hardy"]


def test_magazine_named_after_its_kind_is_media(nlp):
    text = "The group's magazine Inspire praised the attack."
    actor = _actor(nlp, text, "Inspire")
    assert actor is not None and actor.role == "MED"


def test_nationality_in_the_title_wins_over_the_dictionary_country(nlp) -> None:
    text = "Norwegian Prime Minister Jens Stoltenberg opened the conference in Oslo."
    actor = _actor(nlp, text, "Jens Stoltenberg", date(2008, 5, 1))
    assert actor is not None and actor.country == "NOR"


def test_a_police_officer_is_police_not_military(nlp) -> None:
    text = "The blast killed a police officer and wounded two passers-by."
    actor = _actor(nlp, text, "police officer")
    assert actor is not None and actor.role == "COP"


def test_the_military_is_the_one_named_a_sentence_before(nlp) -> None:
    text = ("Lebanese officials said ten people died in Tyre. Lebanese doctors and Lebanese "
            "witnesses blamed Israeli troops for the deaths. The military said it would go on.")
    actor = _actor(nlp, text, "military")
    assert actor is not None and (actor.country, actor.role) == ("ISR", "MIL")


def test_president_named_with_a_company_is_its_officer(nlp) -> None:
    text = "CALGARY, March 3 - Westfield Ltd president John Smith declined to comment."
    actor = _actor(nlp, text, "John Smith")
    assert actor is not None and actor.role == "BUS"


def test_business_leaders_are_business_of_their_country(nlp) -> None:
    text = "Japanese business leaders urged the cabinet to open the rice market."
    actor = _actor(nlp, text, "business leaders")
    assert actor is not None and (actor.country, actor.role) == ("JPN", "BUS")


def test_a_bare_government_is_national_not_the_international_body_named_after_it(nlp) -> None:
    text = ("Argentine business leaders asked the government to seek a loan from the "
            "International Monetary Fund.")
    actor = _actor(nlp, text, "government")
    assert actor is not None and (actor.country, actor.role) == ("ARG", "GOV")


def test_an_its_president_apposition_is_the_company_officer(nlp) -> None:
    text = "Acme Mining Corp said John Smith, its president, had resigned."
    actor = _actor(nlp, text, "John Smith")
    assert actor is not None and actor.role == "BUS"


def test_an_its_president_after_a_dateline_is_the_company_officer(nlp) -> None:
    text = "DALLAS, May 3 - Brixton Drilling Corp said Tom Reed, its president, resigned."
    actor = _actor(nlp, text, "Tom Reed")
    assert actor is not None and actor.role == "BUS"


def test_head_of_a_un_agency_for_a_people_is_international(nlp) -> None:
    text = "The head of the UN Afghan refugee agency, Maria Lund, said the camps were full."
    actor = _actor(nlp, text, "Maria Lund")
    assert actor is not None and actor.country == "IGO"


def test_nationality_before_the_un_keeps_the_envoy_national(nlp) -> None:
    text = ("The Palestinian representative to the United Nations, Riyad Mansour, urged Israel "
            "to stop.")
    actor = _actor(nlp, text, "Riyad Mansour")
    assert actor is not None and actor.country == "PSE"


def test_a_capital_of_its_residents_is_the_city_not_the_government(nlp) -> None:
    text = "A Damascus resident said the shelling went on all night."
    actor = _actor(nlp, text, "Damascus")
    assert actor is None or actor.role != "GOV"


def test_an_official_of_a_story_about_abroad_is_not_given_the_foreign_country(nlp) -> None:
    # Filed in Chicago, mostly about Japan: the untitled-country trade official may be either.
    text = ("CHICAGO, May 4 - Japan's cabinet met in Tokyo. Japanese officials said Tokyo would "
            "reply soon. Trade representative Paul Hendricks told reporters talks would go on.")
    actor = _actor(nlp, text, "Paul Hendricks")
    assert actor is not None and actor.country != "JPN"


def test_a_crowd_policed_by_national_police_is_of_their_country(nlp) -> None:
    text = "Kenyan police used tear gas to disperse demonstrators on Friday."
    crowd = _actor(nlp, text, "demonstrators")
    assert crowd is not None and (crowd.country, crowd.role) == ("KEN", "OPP")


def test_a_crowd_fired_on_by_foreign_troops_keeps_no_country(nlp) -> None:
    crowd = _actor(nlp, "French troops fired on protesters on Friday.", "protesters")
    assert crowd is not None and crowd.country is None


def test_an_organisation_of_a_capital_is_of_its_country(nlp) -> None:
    text = "Drivers of the Public Transport Company of Nairobi went on strike."
    company = _actor(nlp, text, "Public Transport Company of Nairobi")
    assert company is not None and company.country == "KEN"
    drivers = _actor(nlp, text, "Drivers")
    assert drivers is None or drivers.country in (None, "KEN")


def test_workers_of_a_national_company_are_of_its_country(nlp) -> None:
    text = "The ministry warned workers of the Bank of Ghana against a strike."
    workers = _actor(nlp, text, "workers")
    assert workers is not None and (workers.country, workers.role) == ("GHA", "LAB")


def test_a_coalition_of_advocacy_groups_is_not_military(nlp) -> None:
    text = "A coalition of consumer groups asked the regulator to cap prices."
    coalition = _actor(nlp, text, "coalition")
    assert coalition is not None and coalition.role != "MIL"
    text = "A coalition of rebel groups seized the border town."
    coalition = _actor(nlp, text, "coalition")
    assert coalition is not None and coalition.role == "REB"


def test_the_officer_of_a_country_ally_is_not_of_that_country(nlp):
    text = "Gunmen shot the commander of Russia's militia ally in eastern Ukraine on Monday."
    commander = _actor(nlp, text, "commander")
    assert commander is not None and commander.country != "RUS"


def test_a_bare_officer_of_a_police_story_is_police(nlp):
    text = "Police arrested ten people on Monday. The officer who fired the shot was suspended."
    officer = _actor(nlp, text, "officer")
    assert officer is not None and officer.role == "COP"
    text = "Troops entered the village. The officer in charge said nobody was hurt."
    officer = _actor(nlp, text, "officer")
    assert officer is not None and officer.role == "MIL"


def test_a_bare_government_ignores_an_organisation_of_unknown_sector(nlp):
    text = ("OTTAWA, May 4 - Canada's parliament passed the budget. The peso fell against the "
            "Mexican Peso Fund and the government raised taxes.")
    government = _actor(nlp, text, "government")
    assert government is not None and government.country == "CAN"


def test_an_organisation_named_after_a_capital_is_of_its_country(nlp):
    text = "Doctors delivered medicine to Nairobi University Hospital on Monday."
    hospital = _actor(nlp, text, "Nairobi University Hospital")
    assert hospital is not None and hospital.country == "KEN"
    text = "Creditors of the Lisbon Club met on Monday."
    club = _actor(nlp, text, "Lisbon Club")
    assert club is None or club.country != "PRT"


def test_a_noun_before_of_is_not_part_of_the_title_after_it(nlp):
    text = "Angry supporters of former President Paul Mbeki marched through the capital."
    person = _actor(nlp, text, "Paul Mbeki")
    assert person is not None and person.title is not None
    assert not any(text[s:e].lower().startswith(("angry", "supporters"))
                   for s, e in person.spans)


def test_counted_or_definite_plural_officers_take_the_stories_sector(nlp):
    text = ("Police in Lagos said a trader was shot during a scuffle with two officers. "
            "Witnesses said the officers fled.")
    for words, nth in (("two officers", 0), ("the officers", 0)):
        officers = _actor(nlp, text, words, nth=nth)
        assert officers is not None and (officers.country, officers.role) == ("NGA", "COP")
    text = "Soldiers and police patrolled the town in Kenya. The officers left at noon."
    officers = _actor(nlp, text, "The officers")
    assert officers is None or officers.role not in ("COP", "MIL")


def test_plain_clothes_and_undercover_officers_are_police(nlp):
    text = "Undercover officers detained the blogger in Tunis, his lawyer said."
    officers = _actor(nlp, text, "Undercover officers")
    assert officers is not None and (officers.country, officers.role) == ("TUN", "COP")
    text = "Two plainclothes officers arrested the editor outside the Manila courthouse."
    officers = _actor(nlp, text, "plainclothes officers")
    assert officers is not None and officers.role == "COP"


def test_a_diplomatic_mission_in_a_capital_is_the_host_government(nlp):
    text = "Norway pulled three diplomats out of its diplomatic mission in Damascus."
    mission = _actor(nlp, text, "mission")
    assert mission is not None and (mission.country, mission.role) == ("SYR", "GOV")


def test_a_bare_military_later_is_the_articles_own_not_the_place_it_hits(nlp):
    text = ("The Ethiopian army said it was advancing on rebel positions. Aid agencies asked "
            "for access to Eritrea. Refugees crossed into Sudan. Families in Eritrea waited "
            "for food. The military said it had shelled depots across Eritrea.")
    military = _actor(nlp, text, "The military")
    assert military is not None and (military.country, military.role) == ("ETH", "MIL")


def test_an_international_bodys_official_posted_in_a_country_is_international(nlp):
    text = ("Anna Berg, head of operations in Yemen for the World Food Programme, said "
            "convoys were delayed.")
    actor = _actor(nlp, text, "Anna Berg")
    assert actor is not None and actor.country == "IGO"


def test_a_countrys_own_envoy_keeps_the_country(nlp):
    text = "Paul Otieno, Kenya's ambassador to the United Nations, spoke on Monday."
    actor = _actor(nlp, text, "Paul Otieno")
    assert actor is not None and actor.country == "KEN"


def test_an_unknown_companys_spokesman_is_not_the_dateline_government(nlp):
    text = "SEOUL, March 3 (Reuters) - A Hanbit Motors spokesman said exports rose."
    actor = _actor(nlp, text, "spokesman")
    assert actor is None or (actor.role != "GOV" and actor.country != "KOR")


def test_a_development_banks_spokesman_is_international(nlp):
    text = "In Abidjan, an AfDB spokesman declined to comment on the loan."
    actor = _actor(nlp, text, "spokesman")
    assert actor is not None and actor.country == "IGO"


def test_bank_creditors_named_by_a_demonym_are_that_countrys_business(nlp):
    text = "Most German bank creditors refused to lend more to Peru."
    actor = _actor(nlp, text, "creditors")
    assert actor is not None and (actor.country, actor.role) == ("DEU", "BUS")

"""Story-level relevance: political stories against sport, crime, business and disaster news."""

from __future__ import annotations

import pytest

from transforms.actors import resolve_actors
from transforms.relevance import (
    political_event,
    press_cooperation,
    story_relevance,
    story_words,
)

SPORT = (
    "The Hawks beat the Rangers 5-3 on Sunday as their rookie pitcher struck out nine batters. "
    "The coach praised his players after the game, and thousands of fans cheered in the "
    "stadium. The team needs one more win to clinch a playoff spot before the season ends.")
CRIME = (
    "A jury on Thursday found Daniel Moss guilty of murdering his girlfriend at their apartment "
    "in 2021. Prosecutors told the court that Moss stabbed the victim after an argument. His "
    "lawyer said he would appeal the conviction. The judge will sentence Moss next month, and "
    "he faces life in prison without parole.")
BUSINESS = (
    "Harbor Foods said its quarterly profit rose 12 percent as sales of frozen meals grew. "
    "The company raised its dividend and said it would acquire a smaller rival for 300 million "
    "dollars. Shares of the firm rose 4 percent, and analysts expect revenue to keep growing as "
    "customers buy more of its products.")
QUAKE = (
    "A magnitude 6.2 earthquake struck a remote mountain area on Sunday, damaging hundreds of "
    "homes in villages near the epicenter. Rescuers searched collapsed buildings after the "
    "quake, and several aftershocks followed. Residents said the tremor lasted nearly a minute.")
DIPLOMACY = (
    "Germany's foreign minister met her Polish counterpart in Warsaw on Tuesday to discuss "
    "sanctions against Belarus. The two governments agreed to coordinate their border policy, "
    "and the minister said the alliance would support Poland. Opposition lawmakers in the "
    "German parliament criticised the plan, and the market price of gas rose after the talks.")


def _decide(nlp, text: str):
    doc = nlp(text)
    return story_relevance(resolve_actors(doc), doc)


@pytest.mark.parametrize("text", [
    "Norway recalled its ambassador from Minsk on Monday.",
    "Turkish troops seized two Kurdish villages near Hakkari.",
    "Rebels fired rockets at an army base near the border, killing three soldiers.",
])
def test_a_single_political_sentence_is_political(nlp, text) -> None:
    assert _decide(nlp, text).political


@pytest.mark.parametrize("text", [SPORT, CRIME, BUSINESS, QUAKE])
def test_sport_crime_business_and_disaster_stories_are_not_political(nlp, text) -> None:
    decision = _decide(nlp, text)
    assert not decision.political, decision.reason
    assert decision.reason.startswith("not political")


def test_nationalities_of_athletes_do_not_make_a_fight_political(nlp) -> None:
    text = ("The Russian boxer Ivan Petrov knocked out his British opponent in the fifth round on "
            "Saturday to keep his heavyweight title. Petrov said the bout was the toughest of his "
            "career, and his coach thanked the fans in the arena.")
    assert not _decide(nlp, text).political


def test_police_against_protesters_is_political_and_fired_is_no_fire(nlp) -> None:
    text = ("Police fired tear gas at thousands of protesters who marched on parliament on Friday "
            "to demand the resignation of the prime minister. The government said 40 people were "
            "arrested.")
    decision = _decide(nlp, text)
    assert decision.political and "accident" not in decision.reason, decision.reason


def test_a_diplomatic_story_with_some_market_words_is_political(nlp) -> None:
    decision = _decide(nlp, DIPLOMACY)
    assert decision.political, decision.reason
    assert decision.score >= 0.5


def test_the_reason_names_the_other_domain(nlp) -> None:
    assert "sport" in _decide(nlp, SPORT).reason
    assert "crime" in _decide(nlp, CRIME).reason


def test_a_country_named_only_as_the_place_of_a_disaster_is_no_evidence(nlp) -> None:
    text = ("A magnitude 5.9 earthquake struck Chile on Sunday. The quake in Chile damaged homes "
            "and rescuers searched the rubble after the tremor.")
    assert not _decide(nlp, text).political


def test_text_without_any_evidence_is_not_political(nlp) -> None:
    assert not _decide(nlp, "It rained all afternoon, and the bakery sold out of bread.").political


def test_actor_table_rows_count_like_actors(nlp) -> None:
    rows = [{"name": "Russia", "actor_type": "country", "country": "RUS", "role": None,
             "mentions": 2}]
    assert story_relevance(rows, text="Moscow recalled its envoy.").political
    assert not story_relevance([], text="The coach praised the team after the game and the "
                                        "fans cheered the players.").political


def test_plain_text_words_lose_a_plural_s_only_to_give_a_listed_word() -> None:
    lemmas = [w.lemma for w in story_words(text="Diplomats met the press as rebels fled.")]
    assert lemmas == ["diplomat", "met", "the", "press", "as", "rebel", "fled"]


def test_words_keep_hyphenated_compounds_and_mark_names(nlp) -> None:
    words = story_words(nlp("The cease-fire held as the Bank of England raised rates."))
    lemmas = [w.lemma for w in words]
    assert "cease-fire" in lemmas and "fire" not in lemmas
    assert any(w.lemma == "bank" and w.in_name for w in words)


def _row(source: tuple, target: tuple) -> dict:
    return {"source_name": source[0], "source_country": source[1], "source_role": source[2],
            "target_name": target[0], "target_country": target[1], "target_role": target[2]}


def test_a_political_story_keeps_every_event() -> None:
    row = _row(("Hawks", None, None), ("Rangers", None, None))
    assert political_event(row, story_political=True)


@pytest.mark.parametrize(("source", "target", "kept"), [
    (("Sweden", "SWE", None), ("Russia", "RUS", None), True),  # two countries as a whole
    (("police", "USA", "COP"), ("gunman", None, None), False),  # ordinary crime
    (("Red Sox", None, None), ("Texas", "USA", None), False),  # a team and a place
    (("Moss", "USA", None), ("girlfriend", None, None), False),  # private persons
    (("United States government", "USA", "GOV"), ("Russia government", "RUS", "GOV"), True),
    (("Foreign Ministry", "FRA", "GOV"), (None, None, None), True),  # a statement, no recipient
    (("Ortiz", None, None), (None, None, None), False),
])
def test_another_story_keeps_only_acts_between_state_actors(source, target, kept) -> None:
    assert political_event(_row(source, target), story_political=False) is kept


def test_the_coder_keys_tell_a_country_acting_as_a_whole() -> None:
    event = {"source_actor_key": "country|canada|CAN", "source_country": "CAN",
             "source_role": None, "target_actor_key": "person|jane roe|USA",
             "target_country": "USA", "target_role": None, "target_name": "Jane Roe"}
    assert not political_event(event, story_political=False)
    event.update(target_actor_key="country|mexico|MEX", target_country="MEX", target_name="Mexico")
    assert political_event(event, story_political=False)


def test_a_group_without_a_country_counts_less_than_a_placed_one() -> None:
    unplaced = {"actor_type": "group", "country": None, "role": "GOV", "mentions": 2}
    placed = {**unplaced, "country": "FRA"}
    text = "officials said the team lost the game"
    low, high = story_relevance([unplaced], text=text), story_relevance([placed], text=text)
    assert low.score < high.score


@pytest.mark.parametrize(("code", "roles", "dropped"), [
    ("033", ("GOV", "MED"), True),  # an official agreed to help the reporter
    ("040", ("MED", "GOV"), True),  # the reporter met his source
    ("070", ("GOV", "MED"), True),  # an official passed the reporter information
    ("020", ("MED", "GOV"), False),  # newspapers called on the state to ban imports
    ("0841", ("GOV", "MED"), False),  # the state released the journalist
    ("173", ("COP", "MED"), False),  # police arrested the journalist
    ("040", ("GOV", "GOV"), False),  # two governments met
])
def test_cooperation_with_the_press_is_no_political_event(code, roles, dropped) -> None:
    event = {"cameo_code": code, "source_role": roles[0], "target_role": roles[1],
             "source_country": "USA", "target_country": "USA"}
    assert press_cooperation(event) is dropped
    assert political_event(event, story_political=True) is not dropped

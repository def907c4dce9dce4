"""Claims of speech and accusation verbs: the evaluation a claim predicates and the plans it
alleges of another actor."""

from __future__ import annotations

import pytest

from transforms.events_claims import alleged_plan, predicated_tone, voiced_as_verbal_act


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(("text", "tone"), [
    ("The minister told his counterpart that the embargo was a grave mistake.", "111"),
    ("The senator said the arrests were illegal.", "111"),
    ("The mayor said the soldiers behave like thugs.", "111"),
    ("The minister told his counterpart that the embargo was not a mistake.", None),
    ("The senator said it would be a mistake to cut aid.", None),
    ("The senator said the arrests took place on Monday.", None),
    ("The minister warned Russia that the blockade was damaging its reputation.", "111"),
    ("The minister warned Russia that the talks would resume in May.", None),
    ("The agency warned that the storm was damaging their crops.", None),
    ("The minister told the envoy: \"You had years to fix the system and failed to do so.\"",
     "111"),
    ("The minister told the envoy: \"You did not fail us.\"", None),
    ("The senator told reporters that they failed to mention the vote.", None),
])
def test_predicated_tone(nlp, text: str, tone: str | None) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("tell", "say", "warn"))
    assert predicated_tone(verb) == tone


def test_alleged_plan_of_another_actor(nlp) -> None:
    doc = nlp("Kenya accused Somalia of planning to invade its northern province.")
    assert alleged_plan(_token(doc, "invade")).lower_ == "accused"
    doc = nlp("Ethiopian officials said Eritrea was preparing to attack the border town.")
    assert alleged_plan(_token(doc, "attack")).lower_ == "said"


def test_own_plan_or_done_act_is_not_alleged(nlp) -> None:
    doc = nlp("Israel said it was planning to attack Hamas positions.")
    assert alleged_plan(_token(doc, "attack")) is None
    doc = nlp("Kenya accused Somalia of shelling its border posts.")
    assert alleged_plan(_token(doc, "shelling")) is None


@pytest.mark.parametrize(("text", "voiced"), [
    ("The Kenyan president told parliament as he condemned a cowardly act of terror.", True),
    ("The Kenyan president told parliament while he demanded an inquiry.", True),
    # another actor's act in the clause, or a plain statement, leaves the statement standing
    ("The Kenyan president told parliament that taxes would rise as police fired tear gas at "
     "protesters.", False),
    ("The Kenyan president told parliament that taxes would rise.", False),
])
def test_statement_voiced_as_a_verbal_act(nlp, text: str, voiced: bool) -> None:
    assert voiced_as_verbal_act(_token(nlp(text), "told")) is voiced


def test_statement_made_while_condemning_is_no_second_event(events_of) -> None:
    rows = events_of("The Kenyan president told parliament as he condemned Uganda for the raid.")
    assert {r["cameo_code"] for r in rows if r["trigger"] == "told"} == set()
    assert {r["cameo_code"] for r in rows if r["trigger"] == "condemned"} == {"111"}

"""Modality of event triggers: a set of sentences written for the purpose, one expectation each."""

from __future__ import annotations

import pytest

from transforms.modality import event_modality

# (sentence, trigger word, expected modality)
CASES = [
    # asserted
    ("Egypt arrested twelve opposition activists on Monday.", "arrested", "asserted"),
    ("The president visited Berlin last week.", "visited", "asserted"),
    ("Rebels attacked an army convoy near the border.", "attacked", "asserted"),
    ("The two ministers met in Geneva and signed a trade pact.", "signed", "asserted"),
    ("Police have detained the former mayor.", "detained", "asserted"),
    # negated
    ("The minister did not attend the summit in Cairo.", "attend", "negated"),
    ("Iran has not released the detained sailors.", "released", "negated"),
    ("The rebels never attacked the capital.", "attacked", "negated"),
    ("Japan refused to sign the declaration.", "sign", "negated"),
    ("The government declined to meet the union leaders.", "meet", "negated"),
    ("The envoy failed to visit the camp before the deadline.", "visit", "negated"),
    ("France won't send troops to the region.", "send", "negated"),
    ("The prime minister plans to stay behind while his deputy travels.", "stay", "negated"),
    ("Seoul avoided criticizing Beijing in its statement.", "criticizing", "negated"),
    ("Neither side attacked during the truce.", "attacked", "negated"),
    ("Russia vetoed a resolution to impose sanctions on Syria.", "impose", "negated"),
    ("Students will hold a vigil for the boy killed by police in Lagos.", "killed", "asserted"),
    ("The senate blocked a bill to send troops to Bosnia.", "send", "negated"),
    ("Japanese banks are unwilling to provide new loans to Nigeria.", "provide", "negated"),
    ("Paris is reluctant to send more troops to Mali.", "send", "negated"),
    # planned
    ("The foreign minister will visit Tokyo next week.", "visit", "planned"),
    ("Brazil plans to impose new tariffs on steel imports.", "impose", "planned"),
    ("The leaders are expected to sign the accord on Friday.", "sign", "planned"),
    ("The army intends to deploy more troops along the frontier.", "deploy", "planned"),
    ("Kenya is scheduled to host the regional talks in June.", "host", "planned"),
    ("The delegation is set to travel to Moscow on Sunday.", "travel", "planned"),
    ("Both governments confirmed an upcoming summit in Hanoi.", "summit", "planned"),
    ("Officials are preparing to release the prisoners.", "release", "planned"),
    ("The president is going to meet the opposition leader.", "meet", "planned"),
    # hypothetical
    ("Russia may retaliate against the new sanctions.", "retaliate", "hypothetical"),
    ("The militia could attack the town within days.", "attack", "hypothetical"),
    ("If talks fail, the union would strike.", "strike", "hypothetical"),
    ("The envoy is unlikely to visit Pyongyang this year.", "visit", "hypothetical"),
    ("It is possible that Turkey will close the border.", "close", "hypothetical"),
    ("Speculation is growing over whether the troops will withdraw.", "withdraw", "hypothetical"),
    ("Analysts believe Tehran is arming the rebels.", "arming", "hypothetical"),
    ("The cabinet is considering expelling the ambassador.", "expelling", "hypothetical"),
    ("Observers suggest the general might resign soon.", "resign", "hypothetical"),
    ("The ministry might recall its ambassador.", "recall", "hypothetical"),
    ("Unless the payments resume, Ukraine could cut gas supplies.", "cut", "hypothetical"),
    # a negated act one is persuaded not to do is asked for, not denied
    ("Tokyo sent envoys to persuade Washington not to impose the tariffs.", "impose",
     "hypothetical"),
    # reported
    ("The ministry said that soldiers killed two smugglers.", "killed", "reported"),
    ("Witnesses told reporters that police beat the protesters.", "beat", "reported"),
    ("According to state media, the army shelled the village.", "shelled", "reported"),
    ("The opposition claimed the government arrested its leader.", "arrested", "reported"),
    ("Activists reported that troops raided the camp overnight.", "raided", "reported"),
    # denials: the speaker says it did not happen
    ("The spokesman denied that the navy seized the tanker.", "seized", "negated"),
    ("Officials said the delegation met the rebels in Doha.", "met", "reported"),
    # scope: a past clause under "announce" is done; "ruled that" is no "ruled out"; a negated
    # act that is asked for is hypothetical; a demanded act is hypothetical
    ("The union announced that it had called off the strike.", "called", "reported"),
    ("The court ruled that the minister had violated the law.", "violated", "asserted"),
    ("The government ruled out sending troops to the border.", "sending", "negated"),
    ("Washington urged Israel not to attack Lebanon.", "attack", "hypothetical"),
    ("The rebels repeated their demand that the government release the prisoners.", "release",
     "hypothetical"),
    ("The strikers will stay out until the ministry raises their pay.", "raises", "hypothetical"),
    ("The rebels fought on until the army surrendered.", "surrendered", "asserted"),
    ("Protesters tried to storm the parliament on Sunday.", "storm", "asserted"),
]


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_modality_of_trigger(nlp, sentence: str, trigger: str, expected: str) -> None:
    doc = nlp(sentence)
    clause = _token(doc, trigger)
    if clause.pos_ == "NOUN":
        clause = clause.head
    assert event_modality(_token(doc, trigger), clause).modality == expected


def test_modality_set_is_large_and_balanced() -> None:
    kinds = {c[2] for c in CASES}
    assert len(CASES) >= 40
    assert kinds == {"asserted", "negated", "planned", "hypothetical", "reported"}


def test_reported_claim_names_its_speaker(nlp) -> None:
    doc = nlp("The ministry said that soldiers killed two smugglers.")
    mod = event_modality(_token(doc, "killed"))
    assert mod.speaker is not None and mod.speaker.text == "ministry"


def test_denied_claim_keeps_the_denier(nlp) -> None:
    doc = nlp("The spokesman denied that the navy seized the tanker.")
    mod = event_modality(_token(doc, "seized"))
    assert mod.modality == "negated"
    assert mod.speaker is not None and mod.speaker.text == "spokesman"


def test_according_to_names_its_source(nlp) -> None:
    doc = nlp("According to state media, the army shelled the village.")
    mod = event_modality(_token(doc, "shelled"))
    assert mod.speaker is not None and mod.speaker.text == "media"

"""Doers of events the subject does not name (transforms/events_doers.py)."""

from __future__ import annotations


def _killings(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith("19") and r["target_country"] == "THA"]


def test_attack_claimed_in_its_relative_clause_has_the_claimant_as_doer(events_of) -> None:
    rows = events_of("At least one Thai sailor was killed in the raid, which the French navy had "
                     "first announced by saying it had sunk a smuggling ship.")
    killed = _killings(rows)
    assert killed and {(r["source_country"], r["source_role"]) for r in killed} == {("FRA", "MIL")}


def test_commenting_on_an_attack_does_not_make_a_doer(events_of) -> None:
    rows = events_of("At least one Thai sailor was killed in the raid, which the French navy "
                     "said it would investigate.")
    assert all(r["source_country"] != "FRA" for r in _killings(rows))


def test_reporting_speakers_decline_to_give_details(events_of) -> None:
    rows = events_of("French officials said Minister Paulo Silva and Chancellor Klaus Schmidt "
                     "discussed trade but declined to give further details.")
    declined = [r for r in rows if r["cameo_code"] == "011"]
    assert declined and {r["source_country"] for r in declined} == {"FRA"}


def test_a_programme_threatens_nothing_as_a_party(events_of) -> None:
    rows = events_of("Chile has long rejected a large role for the World Bank, arguing that a "
                     "World Bank austerity program would threaten democracy.")
    assert not [r for r in rows if r["cameo_code"].startswith("13")]
    rejected = [r for r in rows if r["cameo_code"].startswith("12")]
    assert rejected and {(r["source_country"], r["target_country"]) for r in rejected} == {
        ("CHL", "IGO")}

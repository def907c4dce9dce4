"""Who the source and target phrases of an event name (transforms/events_roles.py)."""

from __future__ import annotations


def test_leaders_of_an_organised_body_act_for_it(events_of) -> None:
    rows = events_of("Leaders of the opposition alliance agreed to postpone the rally in Nairobi "
                     "until next week.")
    agreed = [r for r in rows if r["trigger"] == "agreed"]
    assert agreed and {(r["source_role"], r["source_country"]) for r in agreed} == {("OPP", "KEN")}


def test_prisoners_of_a_side_do_not_act_for_it(events_of) -> None:
    rows = events_of("Prisoners of the rebel movement rioted at a jail in Nairobi on Monday.")
    assert all(r["source_role"] != "REB" for r in rows)


def test_traveller_not_destination_does_the_errand(events_of) -> None:
    rows = events_of("Norway's envoy departed for Geneva to meet United Nations officials.")
    met = [r for r in rows if r["cameo_code"].startswith("04")]
    assert met and {r["source_country"] for r in met} == {"NOR"}
    assert all(r["source_country"] != "CHE" for r in rows)

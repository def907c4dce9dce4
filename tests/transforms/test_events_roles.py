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

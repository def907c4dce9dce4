"""Recipients a frame's slots miss (transforms/events_recipients.py)."""

from __future__ import annotations


def test_premises_rioters_threw_bombs_inside_are_the_target(events_of) -> None:
    rows = events_of("Two clerks died at a bank branch in Athens which caught fire after rioters "
                     "smashed a window and threw petrol bombs inside.")
    riots = [r for r in rows if r["source_name"] == "rioter"]
    assert riots and all(r["target_role"] == "BUS" for r in riots)


def test_bombs_thrown_inside_nothing_named_leave_the_target_empty(events_of) -> None:
    rows = events_of("Rioters smashed a window and threw petrol bombs inside.")
    assert rows and all(not r["target_actor_key"] for r in rows)

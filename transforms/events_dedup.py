"""Within-article deduplication of events that report the same interaction."""

from __future__ import annotations


def event_key(row: dict) -> tuple:
    """What makes two rows the same event: actors, code, date and how the text asserts it."""
    return (row["source_actor_key"], row["target_actor_key"], row["cameo_code"],
            row["event_date"], row["modality"])


def deduplicated(rows: list[dict]) -> list[dict]:
    """The first row of each event key, with its mention count and best confidence."""
    kept: dict[tuple, dict] = {}
    for row in rows:
        key = event_key(row)
        if key in kept:
            first = kept[key]
            first["mentions"] += row.get("mentions", 1)
            first["confidence"] = max(first["confidence"], row["confidence"])
        else:
            kept[key] = dict(row)
    return list(kept.values())

"""Date expressions resolved against the publication date, tense-aware."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.dates import published_date, resolve_date

PUB = date(2025, 5, 7)  # a Wednesday


@pytest.mark.parametrize(("text", "future", "expected", "precision"), [
    ("April 28", False, date(2025, 4, 28), "day"),
    ("on April 30", False, date(2025, 4, 30), "day"),
    ("28 April", False, date(2025, 4, 28), "day"),
    ("December 13", False, date(2024, 12, 13), "day"),  # past event: last December
    ("May 9", True, date(2025, 5, 9), "day"),
    ("January 20", True, date(2026, 1, 20), "day"),  # future event: next January
    ("May 3, 2025", False, date(2025, 5, 3), "day"),
    ("last June", False, date(2024, 6, 1), "month"),
    ("in November", False, date(2024, 11, 1), "month"),
    ("in November", True, date(2025, 11, 1), "month"),
    ("July 2023", False, date(2023, 7, 1), "month"),
    ("Tuesday", False, date(2025, 5, 6), "day"),
    ("on Friday", True, date(2025, 5, 9), "day"),
    ("yesterday", False, date(2025, 5, 6), "day"),
    ("last year", False, date(2024, 1, 1), "year"),
    ("in 1998", False, date(1998, 1, 1), "year"),
])
def test_resolved_dates(text, future, expected, precision) -> None:
    got = resolve_date(text, PUB, future=future)
    assert got is not None and got.date == expected and got.precision == precision


def test_same_day_takes_the_previous_date() -> None:
    got = resolve_date("the same day", PUB, previous=date(2025, 5, 4))
    assert got is not None and got.date == date(2025, 5, 4)


def test_relative_date_without_publication_date_is_unknown() -> None:
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("March 3, 2001", None).date == date(2001, 3, 3)


def test_no_date_in_text() -> None:
    assert resolve_date("a long time", PUB) is None
    fallback = published_date(PUB)
    assert fallback.date == PUB and fallback.precision == "published" and fallback.text is None

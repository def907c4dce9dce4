"""Batch helpers: dates written in paths and partition months."""

from datetime import date

from transforms.pipeline import date_from_path, month_of


def test_date_from_path_reads_common_forms():
    assert date_from_path("news/2025-05-07/kim.txt") == date(2025, 5, 7)
    assert date_from_path("dump_20240229_x.html") == date(2024, 2, 29)
    assert date_from_path("000_515502fad0491e67.txt") is None
    assert date_from_path("ids/20231345.txt") is None  # month 13 is not a date


def test_month_of():
    assert month_of(date(2025, 5, 7)) == "2025-05" and month_of(None) == "unknown"

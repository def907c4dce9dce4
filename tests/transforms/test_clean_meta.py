"""Tests for transforms.clean_meta: byline names, dates, publisher and dateline place."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.clean_meta import (
    byline_names,
    dateline_place,
    dates_in,
    names_in,
    normal_case,
    publisher_of,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BY CHEONG YEONG-GYO, PARK HYUN-JU  [kim.juyeon2@joongang.co.kr]",
         ["Cheong Yeong-gyo", "Park Hyun-ju"]),
        ("By Kent German, Staff Writer", ["Kent German"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Michael Ruiz Fox News", ["Michael Ruiz"]),
        ("By Danielle Wallace FOXBusiness", ["Danielle Wallace"]),
        ("Dec 21, 2023 at1:39 pm | By Lexi G", ["Lexi G"]),
        ("By Chicago Tribune staff", ["Chicago Tribune"]),
        ("By AJLabs", ["AJLabs"]),
    ],
)
def test_byline_names(line, expected):
    assert byline_names(line) == expected


@pytest.mark.parametrize(
    "line",
    ["By the time he arrived, it was over.", "By Sunday, the group had collapsed", "By Sunday"],
)
def test_sentences_starting_with_by_are_no_bylines(line):
    assert byline_names(line) is None


def test_names_in_cuts_roles_employers_and_handles():
    assert names_in("Naandika Tripathi, Forbes India Staff") == ["Naandika Tripathi"]
    assert names_in("Karen Gilchrist@_karengilchrist") == ["Karen Gilchrist"]
    assert names_in("May 30, 2023 / Amy Gallo") == ["Amy Gallo"]
    assert names_in("Associated Press Associated Press") == ["Associated Press"]


def test_normal_case_only_changes_capitals():
    assert normal_case("PARK HYUN-JU") == "Park Hyun-ju"
    assert normal_case("Ian McGregor") == "Ian McGregor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday, May 7, 2025", date(2025, 5, 7)),
        ("Published: 01:46 GMT, 22 December 2023", date(2023, 12, 22)),
        ("by Brett Samuels - 12/22/23 11:35 AM ET", date(2023, 12, 22)),
        ("Published Fri, Dec 22 20234:46 AM EST", date(2023, 12, 22)),
        ("2023-12-22T15:23:34Z", date(2023, 12, 22)),
        ("22.12.2023", date(2023, 12, 22)),
    ],
)
def test_dates_in(text, expected):
    assert [d for _, d in dates_in(text)][:1] == [expected]


def test_dates_in_ignores_versions_and_impossible_dates():
    assert dates_in("version 1.2.3") == []
    assert dates_in("February 30, 2023") == []


def test_publisher_from_copyright_or_repeated_tail():
    assert publisher_of(["text", "© 2024 The Associated Press. All Rights Reserved."]) == (
        "The Associated Press"
    )
    assert publisher_of(["text", "The Korea Daily", "The Korea Daily"]) == "The Korea Daily"
    assert publisher_of(["just text"]) is None


def test_dateline_place():
    assert dateline_place("SEOUL (AP) — North Korea fired a missile.") == "Seoul"
    assert dateline_place("WASHINGTON, March 4 (Reuters) - A judge ruled.") == "Washington"
    assert dateline_place("The president said on Monday.") is None

"""Tests for transforms.clean_meta: byline names, dates, publisher and dateline place."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.clean_meta import (
    byline_names,
    date_in_url,
    dateline_place,
    dates_in,
    names_in,
    normal_case,
    opens_with_dateline,
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


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("BENTON HARBOR, MICH., April 9 - The appliance maker said sales rose.", "Benton Harbor"),
        ("CALGARY, Alberta, March 3 - Shr nine cts vs six cts", "Calgary"),
        ("ST. LOUIS, March 18 - The retailer raised its dividend.", "St. Louis"),
        ("Washington, April 9 - The department gave its estimates.", "Washington"),
        ("Washington is quiet this week - nobody is in town.", None),
    ],
)
def test_dateline_place_with_region_and_date(line: str, place: str | None):
    assert dateline_place(line) == place


def test_opens_with_dateline_needs_story_words_after_the_dash():
    assert opens_with_dateline("TOKYO, April 27 - Japan's exports rose in March, officials said")
    assert not opens_with_dateline("BBC - Homepage")
    assert not opens_with_dateline("Home - News - Sport - Weather")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/news/2023/12/22/a-story/", date(2023, 12, 22)),
        ("https://example.org/politics/20231222/a-story", date(2023, 12, 22)),
        ("https://example.org/features/2023-12-22/a-story", date(2023, 12, 22)),
        ("https://example.org/2023/12/a-story", None),  # no day
        ("https://example.org/article/4373704-a-story", None),
        ("https://example.org/2023/13/45/a-story", None),  # not a calendar date
        (None, None),
    ],
)
def test_date_in_url(url: str | None, expected: date | None):
    assert date_in_url(url) == expected

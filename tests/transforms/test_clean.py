"""Tests for transforms.clean: the seed article (DESIGN.md §7) and pages that must not break."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from transforms.clean import clean_page, repeated_lines_of
from transforms.clean_lines import line_key
from transforms.types import KEPT_KINDS, SEGMENT_KINDS

REPO = Path(__file__).resolve().parents[2]
SEED_NAME = "000_515502fad0491e67.txt"


def _seed_path() -> Path | None:
    shared = Path(os.environ.get("DYADS_SHARED", REPO / ".." / "shared"))
    for path in (REPO / "data" / "raw" / SEED_NAME, shared / "examples" / SEED_NAME):
        if path.exists():
            return path
    return None


@pytest.fixture(scope="module")
def seed_raw() -> str:
    path = _seed_path()
    if path is None:
        pytest.skip("seed article not available")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_raw: str):
    return clean_page(seed_raw, fmt="txt")


def _kinds_of(article, needle: str) -> list[str]:
    return [s.kind for s in article.segments if needle in s.text]


def test_seed_drops_weather_widget(seed):
    assert _kinds_of(seed, "60 F") == ["widget"]
    assert [s.kind for s in seed.segments if s.text == "Los Angeles"] == ["widget"]
    assert "60 F" not in seed.body and "Los Angeles" not in seed.body


def test_seed_page_date_is_publication_date(seed):
    assert seed.published_date == date(2025, 5, 7)
    assert seed.date_source == "page_header"


def test_seed_headline(seed):
    assert seed.headline == (
        "Kim to send top aide to Russia’s Victory Day celebrations to spotlight "
        "Beijing-Moscow-Pyongyang alliance"
    )
    assert not seed.body.startswith("Kim to send top aide")


def test_seed_caption_twice_dropped(seed):
    kinds = _kinds_of(seed, "Russian tanks drive past spectators")
    assert kinds == ["caption", "caption"]
    assert "Russian tanks drive past spectators" not in seed.body
    assert "[REUTERS]" not in seed.body


def test_seed_subheadings_kept(seed):
    for text in (
        "Kim refuses to be “one of them”",
        "North’s troop participation also noteworthy",
        "China and Russia cement bilateral ties",
    ):
        assert [s.kind for s in seed.segments if s.text == text] == ["subheading"]
        assert f"\n\n{text}\n\n" in seed.body


def test_seed_authors_from_capital_byline(seed):
    assert seed.authors == ["Cheong Yeong-gyo", "Park Hyun-ju"]
    assert _kinds_of(seed, "CHEONG YEONG-GYO") == ["byline"]
    assert "CHEONG" not in seed.body and "@" not in seed.body


def test_seed_advert_and_footer_dropped(seed):
    assert _kinds_of(seed, "Advertisement") == ["ad"]
    assert [s.kind for s in seed.segments if s.text.startswith("The Korea Daily")] == [
        "footer", "footer", "footer",
    ]
    assert seed.publisher == "The Korea Daily"
    assert "Korea Daily" not in seed.body


def test_seed_body_is_the_article(seed):
    paragraphs = seed.body.split("\n\n")
    assert paragraphs[0].startswith("Chinese President Xi Jinping will attend")
    assert paragraphs[-1].startswith("Ukrainian media outlet Euromaidan Press reported")
    assert sum(1 for s in seed.segments if s.kind == "paragraph") == 22
    assert seed.language == "en"


def test_seed_offsets_point_into_raw(seed, seed_raw):
    for seg in seed.segments:
        assert seg.kind in SEGMENT_KINDS
        assert seg.kept == (seg.kind in KEPT_KINDS)
        assert seed_raw[seg.char_start : seg.char_end] == seg.text


@pytest.mark.parametrize(
    "raw",
    ["", "   \n\n  ", "\x00\x01\x02 garbage ��� ###", "a\rb\r\nc\n" * 50, "x" * 100_000],
)
def test_unusable_pages_give_empty_body_without_raising(raw):
    art = clean_page(raw, fmt="txt")
    assert art.body == ""


def test_html_garbage_does_not_raise():
    assert clean_page("<html><body></body></html>", fmt="html").body == ""
    assert clean_page("not html at all", fmt="html").body == ""


def test_other_language_page_is_cleaned_and_labelled():
    para = (
        "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die betroffenen "
        "Regionen deutlich auszuweiten, wie ein Sprecher in Berlin mitteilte."
    )
    raw = (
        f"Startseite\nPolitik\nWirtschaft\n\nEine Überschrift\n\n{para}\n\n"
        f"{para[:-1]} und so weiter.\n"
    )
    art = clean_page(raw, fmt="txt")
    assert art.language == "de"
    assert "Bundesregierung" in art.body
    assert "Startseite" not in art.body


def test_repeated_lines_of_counts_pages_not_lines():
    pages = ["Menu\nShare\nA story.\n", "Menu\nMenu\nOther story.\n", "Menu\nThird.\n"]
    assert repeated_lines_of(pages, min_share=0.5, min_pages=2) == frozenset({"menu"})
    assert repeated_lines_of(pages, min_share=0.5, min_pages=3) == frozenset({"menu"})
    assert "share" not in repeated_lines_of(pages, min_share=0.5, min_pages=2)


def test_batch_repeated_boilerplate_is_dropped():
    story = (
        "The council voted on Tuesday to approve the new budget after a long debate, "
        "officials said in a statement released late in the evening."
    )
    boiler = "Sign in to read the rest of this great offer from our partners today"
    pages = [f"{boiler}\n\n{story} Page {i}.\n" for i in range(5)]
    repeated = repeated_lines_of(pages)
    art = clean_page(pages[0], repeated_lines=repeated)
    assert boiler not in art.body
    assert "council voted" in art.body


def test_wire_story_shared_by_batch_is_kept():
    story = (
        "The council voted on Tuesday to approve the new budget after a long debate, "
        "officials said in a statement released late in the evening."
    )
    pages = [f"Site {i} home\n\n{story}\n\n{story.replace('council', 'board')}\n" for i in range(5)]
    art = clean_page(pages[0], repeated_lines=repeated_lines_of(pages))
    assert "council voted" in art.body and "board voted" in art.body


def test_publisher_note_shared_by_two_different_stories_is_boilerplate():
    note = ("Our newsroom follows a strict code of ethics and corrects every error it finds "
            "in its reporting as quickly as it can.")
    first = ("Flooding closed three bridges across the river on Monday as crews worked through "
             "the night to clear debris from the roads.\n\nThe mayor said the city would ask "
             "the regional government for emergency funds to repair the embankments.")
    second = ("The city council approved a new transit plan on Thursday that adds twelve bus "
              "routes to neighbourhoods without service.")
    repeated = repeated_lines_of([f"{first}\n\n{note}\n", f"{second}\n\n{note}\n"])
    assert line_key(note) in repeated
    art = clean_page(f"{first}\n\n{note}\n", repeated_lines=repeated)
    assert "Flooding closed" in art.body and "code of ethics" not in art.body


def test_two_copies_of_one_story_keep_their_shared_sentences():
    paras = [
        "Flooding closed three bridges across the river on Monday as crews worked through "
        "the night to clear debris from the roads.",
        "The mayor said the city would ask the regional government for emergency funds to "
        "repair the damaged embankments this week.",
        "Residents of the lower town were told to stay away from the water until the level "
        "falls below the warning mark again.",
    ]
    copies = ["Site A\n\n" + "\n\n".join(paras), "Site B\n\n" + "\n\n".join(paras[:2])]
    assert not repeated_lines_of(copies)


def test_standfirst_under_the_headline_is_labelled_and_not_the_headline():
    title = "Council approves budget after long debate"
    standfirst = "The plan raises spending on schools and roads but cuts the parks budget."
    body = ("The city council voted on Tuesday to approve the new budget after a debate that "
            "lasted until midnight, officials said in a statement.\n\nThe mayor welcomed the "
            "vote and said work on the roads would begin in the spring, weather permitting.")
    art = clean_page(f"Home\nNews\n\n{title}\n\n{standfirst}\n\nBy Jane Doe\n\n{body}\n")
    assert art.headline == title
    kinds = {s.text: s.kind for s in art.segments}
    assert kinds[standfirst] == "standfirst"
    assert standfirst not in art.body and "council voted" in art.body


def test_dump_starting_with_its_address_records_the_url():
    para = (
        "The council voted on Tuesday to approve the new budget after a long debate, "
        "officials said in a statement released late in the evening."
    )
    raw = f"https://example.org/news/2024/budget.html\nCouncil approves budget\n{para}\n{para}\n"
    art = clean_page(raw)
    assert art.url == "https://example.org/news/2024/budget.html"
    assert art.headline == "Council approves budget"
    assert "example.org" not in art.body


def test_page_in_a_script_without_spaces_keeps_its_text():
    zh = (
        "中国国家主席习近平将于五月出席在莫斯科举行的胜利日庆祝活动，"
        "此举预计将凸显与俄罗斯总统普京日益增长的团结。"
    )
    art = clean_page(f"首页\n新闻\n体育\n\n{zh}\n\n{zh}\n")
    assert art.language == "zh"
    assert art.body == f"{zh}\n\n{zh}"


_WIRE_TABLE = (
    "ACME WIDGETS INC 1ST QTR NET\n\n"
    "SPRINGFIELD, Ill., April 9 - Shr 22 cts vs 18 cts\n\n"
    "Net 1.2 mln vs 950,000\n\n"
    "Revs 41.7 mln vs 38.3 mln\n"
)


def test_short_wire_story_keeps_its_dateline_line():
    art = clean_page(_WIRE_TABLE)
    assert art.body.startswith("SPRINGFIELD, Ill., April 9 - Shr 22 cts")
    assert art.headline == "ACME WIDGETS INC 1ST QTR NET"
    assert art.dateline_place == "Springfield"


def test_one_sentence_wire_story_is_kept():
    raw = ("PORT TOWN MILL TO CLOSE\n\n"
           "PORT TOWN, Ore., May 2 - The town's last sawmill will close in June, its owner said.\n")
    art = clean_page(raw)
    assert "last sawmill will close in June" in art.body
    assert art.dateline_place == "Port Town"


def test_letters_joined_by_and_are_not_a_drop_cap():
    raw = ("RATINGS AGENCY CUTS DEBT\n\n"
           "S and P said it cut the senior debt of the bank because of weak loan quality.\n\n"
           "The agency said the outlook for the lender remained negative this year.\n")
    assert "S and P said it cut" in clean_page(raw).body


def test_date_from_the_address_only_when_the_page_gives_none():
    raw = ("Council approves the new budget\n\n"
           "The city council approved the budget on Tuesday after a long debate, members said.\n\n"
           "The plan raises spending on schools and roads, the mayor told reporters.\n")
    art = clean_page(raw, url="https://example.org/local/2023/12/22/council-budget/")
    assert art.published_date == date(2023, 12, 22)
    assert art.date_source == "metadata"
    assert art.url == "https://example.org/local/2023/12/22/council-budget/"
    dated = clean_page("Published March 3, 2024\n\n" + raw,
                       url="https://example.org/local/2023/12/22/council-budget/")
    assert dated.published_date == date(2024, 3, 3)
    assert dated.date_source == "page_header"
    assert clean_page(raw).published_date is None  # "Tuesday" alone is no date


_BODY = ("The city council voted on Tuesday to approve the new budget after a debate that "
         "lasted until midnight, officials said in a statement.\n\nThe mayor welcomed the vote "
         "and said work on the roads would begin in the spring, weather permitting.")


def test_date_from_a_fact_box_run_into_one_line():
    box = ("Date: May 3, 2024 Source: City Council Summary: The council approved a budget that "
           "raises spending on schools and roads while it cuts the budget of the parks "
           "department and delays the new library by a year.")
    art = clean_page(f"Council approves budget\n\n{box}\n\n{_BODY}\n")
    assert art.published_date == date(2024, 5, 3)


def test_a_release_date_is_not_the_publication_date():
    page = (f"Council approves budget\n\nBy Jane Doe on December 10, 2023\n\n{_BODY}\n\n"
            "Release date: July 31, 2023\n")
    assert clean_page(page).published_date == date(2023, 12, 10)

"""Tests for transforms.clean_segments: the article span and the line labels."""

from __future__ import annotations

from transforms.clean_lines import split_lines
from transforms.clean_segments import classify

PROSE = (
    "The minister said on Monday that the talks would resume next week in Geneva, "
    "after both sides agreed to a temporary ceasefire along the border."
)


def test_menu_and_teasers_around_the_article_are_dropped():
    menu = "\n".join(f"* Section {i}" for i in range(15))
    teasers = "\n".join(f"* Another story about topic number {i}" for i in range(8))
    raw = f"{menu}\n\nBig headline here\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\nRelated\n{teasers}\n"
    lines = split_lines(raw)
    classify(lines, frozenset(), "en")
    kept = [ln for ln in lines if ln.kind in ("paragraph", "subheading")]
    assert [ln.text for ln in kept] == [PROSE, PROSE, PROSE]
    assert all(ln.kind == "navigation" for ln in lines[:15])


def test_comment_section_ends_the_article():
    comments = "\n\n".join(
        f"Reader {i} says:\n\nI really enjoyed reading this piece and I agree with the author "
        f"about most of the points that were made here today." for i in range(4)
    )
    raw = f"{PROSE}\n\n{PROSE}\n\n4 Comments\n\n{comments}\n"
    lines = split_lines(raw)
    classify(lines, frozenset(), "en")
    assert [ln.text for ln in lines if ln.kind == "paragraph"] == [PROSE, PROSE]


def test_long_comment_thread_after_the_article_is_not_kept():
    # the thread outweighs the comments header's penalty; the header still ends the article
    comment = (
        "I have been following this story for a long time and I think the minister is right "
        "that the talks should resume, although nobody in my town believes it will last."
    )
    thread = "\n\n".join(f"* reader_{i}\n\n{comment}\n\nReply" for i in range(12))
    raw = f"{PROSE}\n\n{PROSE}\n\n{PROSE}\n\nSee all comments (12)\n\n{thread}\n"
    lines = split_lines(raw)
    classify(lines, frozenset(), "en")
    assert [ln.text for ln in lines if ln.kind == "paragraph"] == [PROSE, PROSE, PROSE]


def test_contributor_note_at_the_end_is_not_kept():
    note = (
        "Jane Q. Doe, a former adviser to the foreign ministry, is president of the Centre "
        "for Border Studies."
    )
    bio = "Maria Lopez is the Tribune’s senior politics editor and has covered three elections."
    raw = f"{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{note}\n\n{bio}\n"
    lines = split_lines(raw)
    classify(lines, frozenset(), "en")
    assert [ln.text for ln in lines if ln.kind == "paragraph"] == [PROSE, PROSE, PROSE]


def test_a_person_described_early_in_the_article_stays():
    early = "Jane Doe is the director of the border agency and has led the talks since May."
    raw = f"{PROSE}\n\n{early}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    lines = split_lines(raw)
    classify(lines, frozenset(), "en")
    assert early in [ln.text for ln in lines if ln.kind == "paragraph"]


COUNCIL = [
    "The city council voted on Tuesday to cut the library budget by a fifth, after the mayor "
    "warned that school funding and park repairs could not both be paid for this year.",
    "Residents who spoke at the council meeting said the library budget was already too thin, "
    "and that the mayor had promised during the campaign to protect school funding.",
    "The mayor said the vote on the budget was painful, but that park repairs and school "
    "funding had to come first for residents who depend on the city every day.",
    "Several council members asked whether the library could raise money from residents, "
    "while others said the city should revisit the park repairs before the next vote.",
]
# a teaser between two stories of an endless-scroll page (no end-of-article marker in it)
TEASER_BREAK = (
    "More on Politics:\nSenator Says Nothing About the Ruling\n"
    "Jane Doe /\nDecember 21, 2023 / 5:53 p.m. ET\n\n"
)


def _kept_texts(raw: str) -> list[str]:
    lines = split_lines(raw)
    classify(lines, frozenset(), "en")
    return [ln.text for ln in lines if ln.kind in ("paragraph", "subheading")]


def test_the_next_story_after_a_teaser_break_is_not_kept():
    article = "\n\n".join(COUNCIL * 3)
    other = "\n\n".join([
        "A storm brought heavy snow and freezing winds across the northern highlands overnight, "
        "closing mountain roads and stranding hundreds of drivers near the pass.",
        "Forecasters expect more snow through the weekend, with avalanche warnings in force "
        "for the higher valleys and ski resorts told to keep their lifts closed.",
    ])
    kept = _kept_texts(f"Council cuts library budget\n\n{article}\n\n{TEASER_BREAK}{other}\n")
    assert kept[-1] == COUNCIL[-1]
    assert not any("snow" in t for t in kept)


def test_the_article_continues_after_a_teaser_break_on_its_topic():
    article = "\n\n".join(COUNCIL * 3)
    more = [
        "The council will hold another vote on the library budget next month, and the mayor "
        "said residents could still comment on school funding and the park repairs.",
        "Library staff told the council that opening hours would shrink under the new budget, "
        "and residents at the meeting asked the mayor to find the money elsewhere in the city.",
        "School leaders said they welcomed the funding but worried about the park repairs, "
        "which they said children use every day on the way to and from school.",
    ]
    raw = f"Council cuts library budget\n\n{article}\n\n{TEASER_BREAK}" + "\n\n".join(more)
    assert _kept_texts(raw + "\n")[-3:] == more

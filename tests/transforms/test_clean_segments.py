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

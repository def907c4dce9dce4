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

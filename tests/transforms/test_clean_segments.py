"""Tests for transforms.clean_segments: line splitting, patterns and the article span."""

from __future__ import annotations

from transforms.clean_segments import classify, pattern_kind, split_lines

PROSE = (
    "The minister said on Monday that the talks would resume next week in Geneva, "
    "after both sides agreed to a temporary ceasefire along the border."
)


def test_split_lines_offsets_and_blocks():
    raw = "  Menu\nHome\n\nFirst paragraph here.\r\n\r\nSecond.\n"
    lines = split_lines(raw)
    assert [ln.text for ln in lines] == ["Menu", "Home", "First paragraph here.", "Second."]
    assert all(raw[ln.start : ln.end] == ln.text for ln in lines)
    assert [ln.block_start for ln in lines] == [True, False, True, True]


def test_pattern_kinds():
    assert pattern_kind("- Advertisement -", 1) == "ad"
    assert pattern_kind("Share", 1) == "navigation"
    assert pattern_kind("© 2024 Some Paper. All rights reserved.", 6) == "footer"
    assert pattern_kind("60 F", 2) == "widget"
    assert pattern_kind("Wednesday, May 7, 2025", 4) == "widget"
    assert pattern_kind("Smith Collection/Gado via Getty Images", 6) == "photo_credit"
    assert pattern_kind("The minister told Reuters on Monday that talks would go on.", 11) is None


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

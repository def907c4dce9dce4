"""Tests for transforms.clean_lines: line splitting, offsets and line patterns."""

from __future__ import annotations

from transforms.clean_lines import has_end_credit, pattern_kind, split_lines


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


def test_end_credits_mark_captions():
    assert has_end_credit("Tanks drive past in Moscow on May 3, 2025. [REUTERS]")
    assert has_end_credit("The president speaks. (AP Photo/Evan Vucci)")
    assert not has_end_credit("The president spoke (in Washington) on Monday.")

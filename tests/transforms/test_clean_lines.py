"""Tests for transforms.clean_lines: line splitting, offsets and line patterns."""

from __future__ import annotations

from transforms.clean_lines import has_bare_credit, has_end_credit, pattern_kind, split_lines
from transforms.clean_patterns import stopwords


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


def test_bare_credits_after_a_caption_sentence():
    stops = stopwords("en")
    assert has_bare_credit("Snow covered most of the region on Friday afternoon. NOAA", stops)
    assert has_bare_credit("Two riders cross the finish line in 2023. Jo Doe/Getty Images", stops)
    # a place or name after an abbreviation, a sentence's own end, a UI label: not credits
    assert not has_bare_credit("Police searched several homes across the city of St. Louis", stops)
    assert not has_bare_credit("The mayor said the plan would go ahead in spring. Really.", stops)
    assert not has_bare_credit("We earn money when you click links to partners. Learn More", stops)
    assert not has_bare_credit("Who is the runaway bride of the show? Her Husband Explains", stops)


def test_disclosures_and_prompts_are_furniture():
    cookie = (
        "When you visit our website, we store cookies on your browser to collect information. "
        + "The information collected might relate to you or your device. " * 12
    )
    assert pattern_kind(cookie, len(cookie.split())) == "footer"
    affiliate = (
        "If you purchase a product or register for an account through a link on our site, we may "
        "receive compensation. " + "By using this site, you consent to our User Agreement. " * 6
    )
    assert pattern_kind(affiliate, len(affiliate.split())) == "footer"
    prompt = "Want more movie news? Sign up for our free newsletter to get the latest trailers."
    assert pattern_kind(prompt, len(prompt.split())) == "navigation"
    assert pattern_kind("RELATED: Wallace on the long road to Cup prominence", 8) == "related"
    assert pattern_kind("Writers can be reached at desk@example.com.", 7) == "navigation"


def test_sentences_about_cookies_or_relations_are_not_furniture():
    recipe = "Store the cookies in an airtight container for up to five days."
    assert pattern_kind(recipe, len(recipe.split())) is None
    told = "Relations between the two countries have improved since the summit in May."
    assert pattern_kind(told, len(told.split())) is None

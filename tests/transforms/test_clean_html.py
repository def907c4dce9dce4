"""Tests for the HTML path of transforms.clean (trafilatura, rendering fallback, metadata)."""

from __future__ import annotations

from datetime import date

from transforms.clean import clean_page
from transforms.clean_render import rendered_text

PARA = (
    "The city council voted on Tuesday to approve a new budget that raises spending on "
    "schools and public transport, officials said after a long and heated debate."
)
PARA2 = (
    "Opponents of the plan argued that the increase would require higher local taxes, "
    "while supporters said the investment was overdue and would pay for itself."
)
PAGE = f"""<html><head><title>Council approves budget</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta property="og:site_name" content="Example Gazette"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Council approves budget</h1><p>{PARA}</p><p>Advertisement</p><p>{PARA2}</p>
<p>{PARA} {PARA2}</p></article>
<footer><p>© 2024 Example Gazette. All rights reserved.</p></footer></body></html>"""


def test_html_page_body_and_metadata():
    art = clean_page(PAGE, fmt="html")
    assert "council voted on Tuesday" in art.body
    assert "Opponents of the plan" in art.body
    assert "Advertisement" not in art.body
    assert "All rights reserved" not in art.body
    assert art.headline == "Council approves budget"
    assert art.authors == ["Jane Doe"]
    assert art.published_date == date(2024, 3, 5)
    assert art.date_source == "metadata"
    assert art.language == "en"


def test_rendered_text_puts_blocks_on_lines():
    text = rendered_text(PAGE)
    assert "* Home\n* News" in text
    assert f"\n\n{PARA}\n\n" in text
    assert "<" not in text
    assert rendered_text("") == ""

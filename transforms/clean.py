"""Clean one page (text dump or HTML) into an article body, its metadata and labelled segments.

For txt input, segment offsets are in `raw`. For html input, segments are the lines of
trafilatura's extracted text and their offsets are into that extracted text (or, when the page
is read by the text cleaner instead, into the page rendered as text by clean_render).
The body is the kept segments' text (list bullets removed, a split drop cap rejoined).
"""

from __future__ import annotations

import logging
import re
from datetime import date

from transforms.clean_lines import Line, line_key, split_lines
from transforms.clean_meta import (
    byline_names,
    date_in_url,
    dateline_place,
    dates_in,
    is_byline_intro,
    is_role_text,
    names_in,
    publisher_of,
)
from transforms.clean_segments import classify
from transforms.language import language_of
from transforms.types import KEPT_KINDS, CleanedArticle, Segment

log = logging.getLogger(__name__)

_LANG_SAMPLE_MIN_CHARS = 60
# a line of this many words or more is prose; two pages sharing more than this share of their
# prose lines are copies of one story
_PROSE_WORDS = 12
_SAME_STORY_OVERLAP = 0.5
_HEADER_WINDOW = 40
_DATE_LINE_MAX_WORDS = 30
# a date line this many lines into the body still belongs to its header
_DATE_HEAD_SLACK = 3
_NAME_LINE_WINDOW = 15
_URL_AGREES_BONUS = 3.0
# "Date: ..." labels the page's date; "Release date:" and the like label other dates
_DATE_LABEL_RE = re.compile(r"^(?:date|published|posted|publication date)\s*:", re.IGNORECASE)
_DATE_LABEL_WORDS = 8
# date lines and bylines carry the article's date; captions and teasers carry other dates
_DATE_KIND_BONUS = {
    "byline": 1.5, "widget": 1.0, "caption": -2.0, "photo_credit": -1.0, "related": -1.0,
}
# a standfirst: the one- or two-sentence summary publishers print under the headline
_STANDFIRST_WORDS = (6, 60)
_STANDFIRST_STOP_RATIO = 0.3
_DIGIT_RE = re.compile(r"\d")
# an address on its own line; tokenised dumps may have put spaces after its dots
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+(?: \S+){0,4}$", re.IGNORECASE)
# a drop cap rendered apart from its word ("F or the world to prosper"); A and I are words
# ("S and P said" is an abbreviation's letters, not a drop cap)
_DROP_CAP_RE = re.compile(r"^([B-HJ-Z]) (?=[a-z]{2})(?!(?:and|or|&) [A-Z]\b)")


def repeated_lines_of(
    pages: list[str], min_share: float = 0.02, min_pages: int = 3
) -> frozenset[str]:
    """Normalised lines of a batch that are boilerplate: found in at least max(min_pages,
    min_share of) the pages, or prose lines shared by pages that are otherwise different."""
    keys = [{line_key(t) for t in (raw or "").splitlines() if t.strip()} - {""} for raw in pages]
    counts: dict[str, int] = {}
    for seen in keys:
        for key in seen:
            counts[key] = counts.get(key, 0) + 1
    need = max(min_pages, min_share * len(pages))
    repeated = {k for k, c in counts.items() if c >= need}
    return frozenset(repeated | _shared_prose(keys, counts, need))


def _shared_prose(keys: list[set[str]], counts: dict[str, int], need: float) -> set[str]:
    """Prose lines that two different stories share: a publisher's notes, not the story.

    Copies of one story (syndication, a new version) share most of their prose lines and
    keep them; different stories of one publisher share only its stock sentences."""
    shared = {k for k, c in counts.items() if 2 <= c < need and k.count(" ") >= _PROSE_WORDS}
    if not shared:
        return set()
    prose = [{k for k in seen if k.count(" ") >= _PROSE_WORDS} for seen in keys]
    holders: dict[str, list[int]] = {}
    for i, seen in enumerate(prose):
        for key in seen & shared:
            holders.setdefault(key, []).append(i)
    found = set()
    for key, pages in holders.items():
        overlaps = [len(prose[a] & prose[b]) / min(len(prose[a]), len(prose[b]))
                    for a, b in zip(pages, pages[1:], strict=False)]
        if max(overlaps) <= _SAME_STORY_OVERLAP:
            found.add(key)
    return found


def clean_page(
    raw: str,
    fmt: str = "txt",
    repeated_lines: frozenset[str] | None = None,
    *,
    url: str | None = None,
) -> CleanedArticle:
    """Cleaned article of one decoded page; never raises (an unusable page gets an empty body).
    url: the page's address when the scraper knows it; a date in its path is the publication
    date when the page itself gives none."""
    try:
        if fmt == "html":
            from transforms.clean_html import cleaned_html

            art = cleaned_html(raw or "", repeated_lines or frozenset())
        else:
            art = cleaned_text(raw or "", repeated_lines or frozenset(), date_in_url(url))
        return with_url(art, url)
    except Exception:  # a page must never break a run; the flow rejects the empty body
        log.exception("cleaning failed")
        return CleanedArticle(body="", url=url)


def with_url(art: CleanedArticle, url: str | None) -> CleanedArticle:
    """The article with the known address, and the date of its path when the page gave none."""
    art.url = url or art.url
    if art.published_date is None:
        when = date_in_url(art.url)
        if when:
            art.published_date, art.date_source = when, "metadata"
    return art


def page_language(lines: list[Line]) -> str | None:
    """Language of the page judged on its longer lines."""
    sample = " ".join(ln.core for ln in lines if len(ln.core) >= _LANG_SAMPLE_MIN_CHARS)
    return language_of(sample or " ".join(ln.core for ln in lines))


def cleaned_text(
    raw: str, repeated: frozenset[str], url_date: date | None = None
) -> CleanedArticle:
    """Cleaned article of a page-text dump; url_date (the date in the page's address) makes a
    date line of the page that gives the same date the preferred one."""
    lines = split_lines(raw)
    if not lines:
        return CleanedArticle(body="")
    lang = page_language(lines)
    classify(lines, repeated, lang)
    return article_from_lines(lines, lang, url_date)


def article_from_lines(
    lines: list[Line], lang: str | None, url_date: date | None = None
) -> CleanedArticle:
    """CleanedArticle of classified lines: body, segments and metadata."""
    first = next((i for i, ln in enumerate(lines) if ln.kind == "paragraph"), len(lines))
    last = max((i for i, ln in enumerate(lines) if ln.kind == "paragraph"), default=len(lines))
    headline_i = headline_index(lines, first)
    if headline_i is not None:
        headline_i = _title_above_standfirst(lines, headline_i)
        lines[headline_i].kind = "headline"
        _label_standfirst(lines, headline_i, first)
    _label_page_edges(lines, first if headline_i is None else headline_i, last)
    authors = authors_of(lines, first, last, headline_i)
    published = published_of(lines, first, last, url_date)
    kept = [ln for ln in lines if ln.kind in KEPT_KINDS]
    body = "\n\n".join(_DROP_CAP_RE.sub(r"\1", ln.core, count=1) for ln in kept)
    first_par = next((ln.core for ln in kept if ln.kind == "paragraph"), "")
    segments = [
        Segment(index=i, kind=ln.kind, text=ln.text, kept=ln.kind in KEPT_KINDS,
                char_start=ln.start, char_end=ln.end)
        for i, ln in enumerate(lines)
    ]
    return CleanedArticle(
        body=body,
        headline=lines[headline_i].core if headline_i is not None else None,
        authors=authors,
        publisher=publisher_of([ln.core for ln in lines]),
        published_date=published[0] if published else None,
        date_source=published[1] if published else "unknown",
        dateline_place=dateline_place(first_par) if first_par else None,
        language=lang,
        url=page_url(lines),
        segments=segments,
    )


def _label_page_edges(lines: list[Line], first: int, last: int) -> None:
    """Unlabelled lines after the body are footer; short ones beside a header widget are widgets."""
    for i, ln in enumerate(lines):
        if ln.kind != "other":
            continue
        if i > last:
            ln.kind = "footer"
        elif i < first and ln.words <= 3 and not ln.terminal and any(
            0 <= j < len(lines) and lines[j].kind == "widget" and j < first for j in (i - 1, i + 1)
        ):
            ln.kind = "widget"


def page_url(lines: list[Line]) -> str | None:
    """The page's address when the dump starts with it (as saved pages often do)."""
    for ln in lines[:2]:
        if ln.kind not in KEPT_KINDS and _URL_RE.match(ln.core):
            return ln.core.replace(" ", "")
    return None


def headline_index(lines: list[Line], first: int) -> int | None:
    """Index of the headline: the best title-like standalone line shortly before the body."""
    best, best_score = None, 0.0
    for i in range(max(0, first - _HEADER_WINDOW), first):
        ln = lines[i]
        if ln.kind not in ("other", "subheading") or ln.bullet or not 3 <= ln.words <= 30:
            continue
        if _DIGIT_RE.search(ln.core) and dates_in(ln.core):
            continue
        if _URL_RE.match(ln.core):
            continue
        if ln.core.endswith((".", ":", ";")) and ln.words > 12:
            continue
        score = 1.0 + (1.0 if ln.block_start else 0.0) + (0.5 if ln.block_end else 0.0)
        score += min(ln.words, 14) / 14
        score -= (first - i) / _HEADER_WINDOW
        if score > best_score:
            best, best_score = i, score
    return best


def _is_standfirst(ln: Line) -> bool:
    """A summary sentence under a headline: prose of a few words to a short paragraph."""
    return (ln.kind in ("other", "subheading") and not ln.bullet and ln.pattern is None
            and _STANDFIRST_WORDS[0] <= ln.words <= _STANDFIRST_WORDS[1]
            and (ln.terminal or ln.stop_ratio >= _STANDFIRST_STOP_RATIO)
            and not _URL_RE.match(ln.core))


def _title_above_standfirst(lines: list[Line], headline: int) -> int:
    """The line above when the chosen headline is really the standfirst under a title."""
    above = headline - 1
    if above < 0 or not _is_standfirst(lines[headline]):
        return headline
    title = lines[above]
    if (title.kind in ("other", "subheading") and not title.bullet and title.pattern is None
            and 3 <= title.words <= 25 and not title.core.endswith((".", ":", ";"))
            and title.words < lines[headline].words and not _URL_RE.match(title.core)
            and not (_DIGIT_RE.search(title.core) and dates_in(title.core))):
        return above
    return headline


def _label_standfirst(lines: list[Line], headline: int, first: int) -> None:
    """Label the summary line right under the headline: editorial, but not the article body."""
    below = headline + 1
    if below < first and _is_standfirst(lines[below]):
        lines[below].kind = "standfirst"


def authors_of(lines: list[Line], first: int, last: int, headline: int | None = None) -> list[str]:
    """Authors from the byline under the headline, else the nearest before the body, else a
    name line beside the date, else the first byline after the body."""
    head = list(range(min(first + 5, len(lines)) - 1, max(-1, first - _HEADER_WINDOW), -1))
    if headline is not None and headline < first:
        # the byline usually sits between the headline and the text
        below = list(range(headline + 1, min(first + 5, len(lines))))
        head = below + [i for i in head if i not in below]
    tail = list(range(last + 1, min(len(lines), last + 30)))
    for explicit in (True, False):
        for i in head:
            names = _byline_at(lines, i, first, last, explicit=explicit)
            if names:
                return names
    for strong in (True, False):
        for i in head[:_NAME_LINE_WINDOW]:
            names = _name_line_at(lines, i, strong)
            if names:
                lines[i].kind = "byline"
                return names
    for i in tail:
        names = _byline_at(lines, i, first, last)
        if names:
            return names
    return []


def _byline_at(
    lines: list[Line], i: int, first: int, last: int, explicit: bool = False
) -> list[str]:
    """Names of a byline at line i ("By A and B", "By" then a name line, "A - date");
    explicit: only bylines introduced by a byline word."""
    ln = lines[i]
    if ln.kind in KEPT_KINDS and first <= i <= last and ln.words > 8:
        return []
    if ln.kind in ("photo_credit", "caption"):
        return []
    if is_byline_intro(ln.core) and i + 1 < len(lines) and lines[i + 1].words <= 12:
        names = names_in(lines[i + 1].core)
        if names:
            ln.kind = lines[i + 1].kind = "byline"
            return _dedupe(names)
    names = byline_names(ln.core)
    if not names and not explicit and ln.kind == "byline":
        names = names_in(ln.core)
    if names:
        ln.kind = "byline"
        return _dedupe(names)
    return []


def _name_line_at(lines: list[Line], i: int, strong: bool) -> list[str]:
    """A line that is only a person's name: with a job title after it or on a neighbouring line
    (strong), or next to a date or byline line (weak)."""
    ln = lines[i]
    if ln.kind not in ("other", "byline", "related") or not 2 <= ln.words <= 8 or ln.terminal:
        return []
    names = names_in(ln.core)
    if len(names) != 1 or not ln.core.startswith(names[0].split()[0]):
        return []
    rest = ln.core[len(names[0]) :]
    tail = rest.strip(" ,|-–—•·")
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if strong:
        # "Jessica Rendall Wellness Writer", "Kelly Quinlan • JacketsOnline"
        if tail and (is_role_text(tail) or rest.lstrip()[:1] in "|•·"):
            return names
        return names if not tail and any(is_role_text(n.core) for n in near) else []
    if not tail and any(n.kind in ("widget", "byline") for n in near):
        return names
    return []


def _dedupe(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n.lower() not in (s.lower() for s in seen):
            seen.append(n)
    return seen


def published_of(
    lines: list[Line], first: int, last: int, url_date: date | None = None
) -> tuple[date, str] | None:
    """Publication date written on the page (header, byline, date line) and its source; a
    written date that the page's address also gives is preferred."""
    best: tuple[float, date] | None = None
    for i, ln in enumerate(lines):
        if not _DIGIT_RE.search(ln.core):
            continue
        text = ln.core
        if ln.words > _DATE_LINE_MAX_WORDS:
            # a fact box run into one line ("Date: May 3, 2024 Source: ... Summary: ...")
            if not _DATE_LABEL_RE.match(text):
                continue
            text = " ".join(text.split()[:_DATE_LABEL_WORDS])
        elif ln.kind in KEPT_KINDS and first <= i <= last and ln.words > 12:
            continue
        found = dates_in(text)
        if not found:
            continue
        score, when = _date_line_score(ln, found)
        if url_date is not None and any(d == url_date for _, d in found):
            # two independent sources agree: the address is set when the story is published
            score, when = score + _URL_AGREES_BONUS, url_date
        if i < first + _DATE_HEAD_SLACK:
            score += 2.0 * max(0.0, 1.0 - abs(first - i) / 30)
        elif i > last:
            score += max(0.0, 1.0 - (i - last) / 15) - 0.5
        else:
            score -= 0.5
        if best is None or score > best[0]:
            best = (score, when)
    return (best[1], "page_header") if best else None


def _date_line_score(ln: Line, found: list[tuple[int, date]]) -> tuple[float, date]:
    """How much a line reads as the article's date line, and the date it gives."""
    low = ln.core.lower()
    score, when = 0.0, found[0][1]
    pub = max(low.find("publish"), low.find("posted"))
    if pub >= 0 or _DATE_LABEL_RE.match(low):
        score += 3.0
        # "Updated X / Published Y": the date after the publish word
        after = [d for pos, d in found if pos > pub]
        when = after[0] if pub >= 0 and after else when
    elif "updated" in low or "modified" in low:
        score -= 0.5  # a later revision: the first publication is wanted
    if "(@" in ln.core:
        score -= 3.0  # "— Name (@handle) date" signs an embedded post
    score += _DATE_KIND_BONUS.get(ln.kind, 0.0)
    return score, when

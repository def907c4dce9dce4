"""Page-text segment classifier: find the article's span of lines and label every line."""

from __future__ import annotations

import re

from transforms.clean_lines import (
    LIST_ITEM_MIN_WORDS,
    Line,
    add_features,
    has_bare_credit,
    has_end_credit,
    is_sentence_case,
)
from transforms.clean_patterns import bio_late_re, bio_re, end_marker_re, stopwords

# an unpunctuated line this long and this dense in function words, inside the article, is text
_LOOSE_PROSE_WORDS = 12
_LOOSE_PROSE_STOPS = 0.35

# line scores for the article span: prose adds its words, furniture subtracts
_PENALTY = {
    "navigation": 8.0, "related": 6.0, "footer": 12.0, "ad": 2.0, "widget": 3.0,
    "photo_credit": 2.0, "byline": 4.0, "caption": 1.0,
}
_LIST_ITEM_SCORE = 0.5
_SHORT_SENTENCE_WEIGHT = 0.7
_OTHER_SCORE = -2.0
_DATELINE_BONUS = 8.0
_END_MARKER_SCORE = -40.0
# an end marker inside the span ends it when the span's score before the marker reaches this
_END_CUT_MIN_SCORE = 30.0
# pages whose prose lines mostly stand between blank lines (share), and the weights of prose
# lines that do not (glued) or that have no prose neighbour (isolated)
_BLANK_LAYOUT = 0.6
_GLUED_WEIGHT = 0.5
_ISOLATED_WEIGHT = 0.3
_ISOLATED_SHORT_SCORE = -1.0
# the k-th line of a stretch without prose costs min(1 + k * growth, cap) times its penalty
_RUN_GROWTH = 0.25
_RUN_CAP = 2.0
# a biography counts as the article's end only after this share of the page's prose
_BIO_AFTER_SHARE = 0.5
# a contributor's note (a name, then any job) ends the article only this late in its prose
_BIO_LATE_SHARE = 0.6


# a story break: a stretch of furniture (score at most -GAP, holding a related link, menu, byline,
# date or footer line) after MIN_BEFORE words of text, followed by MIN_AFTER words (read up to
# AFTER) that share none of the TOP commonest content words of the text so far (at least
# MIN_TOP of them, each seen twice)
_TOPIC_WORD_RE = re.compile(r"[^\W\d_]{3,}(?:['’][^\W\d_]+)*")
_TOPIC_MIN_BEFORE = 300
_TOPIC_GAP = 8.0
_TOPIC_TOP = 10
_TOPIC_MIN_TOP = 8
_TOPIC_AFTER = 150
_TOPIC_MIN_AFTER = 40
_STORY_BREAK_KINDS = frozenset({"related", "navigation", "byline", "widget", "footer"})


def _best_span(scores: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-sum contiguous span of scores[lo:hi] (Kadane) as (start, end, sum)."""
    best = (lo, lo, 0.0)
    cur_start, cur = lo, 0.0
    for i in range(lo, hi):
        if cur <= 0:
            cur_start, cur = i, 0.0
        cur += scores[i]
        if cur > best[2]:
            best = (cur_start, i + 1, cur)
    return best


def line_score(ln: Line, repeated: bool, batch: bool) -> float:
    """Evidence that a line is article text (positive) or page furniture (negative)."""
    if batch and not ln.prose:
        return -6.0
    if ln.pattern:
        return -_PENALTY.get(ln.pattern, 3.0)
    if repeated and not ln.prose:
        return -4.0
    if ln.dateline:
        return float(ln.words) + _DATELINE_BONUS
    if ln.prose:
        return float(ln.words) * (0.3 if ln.bullet else 1.0) * (0.3 if batch else 1.0)
    if ln.bullet:
        # list items in running text are written in sentence case; menus in title case
        return _LIST_ITEM_SCORE if is_sentence_case(ln.core, ln.words) else -4.0
    if ln.terminal and ln.words >= 4:
        return ln.words * _SHORT_SENTENCE_WEIGHT
    return _OTHER_SCORE


def article_span(scores: list[float]) -> tuple[int, int] | None:
    """Line span holding the article: the maximum-sum run of line scores."""
    start, end, total = _best_span(scores, 0, len(scores))
    return (start, end) if total > 0 else None


def classify(lines: list[Line], repeated_batch: frozenset[str], lang: str | None) -> None:
    """Label every line with a segment kind (in place)."""
    add_features(lines, lang)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.key] = counts.get(ln.key, 0) + 1
    prose_words = sum(ln.words for ln in lines if ln.prose)
    batch_prose = sum(ln.words for ln in lines if ln.prose and ln.key in repeated_batch)
    # a wire story shared by several pages of a batch is not boilerplate
    trust_batch = batch_prose * 2 < prose_words
    flags_batch = [
        bool(ln.key in repeated_batch and (trust_batch or not ln.prose)) for ln in lines
    ]
    repeated = [counts[ln.key] > 1 and ln.words > 0 for ln in lines]
    scores = [line_score(ln, r, b) for ln, r, b in zip(lines, repeated, flags_batch, strict=True)]
    _weigh_layout(lines, scores)
    _mark_related_lists(lines, scores)
    ends = _mark_end_markers(lines, scores)
    inside = [False] * len(lines)
    span = _cut_at_end_marker(article_span(scores), scores, ends)
    span = _cut_at_topic_change(lines, span, scores, stopwords(lang))
    if span:
        for i in range(*span):
            inside[i] = True
    for i, ln in enumerate(lines):
        ln.kind = _kind_of(lines, i, inside, repeated[i], flags_batch[i])
    _mark_captions(lines, inside, stopwords(lang))


def _weigh_layout(lines: list[Line], scores: list[float]) -> None:
    """Discount prose laid out like teasers: glued to other lines, or isolated among furniture."""
    prose = [ln for ln in lines if ln.prose]
    if not prose:
        return
    standalone = sum(ln.block_start and ln.block_end for ln in prose)
    blank_layout = standalone >= _BLANK_LAYOUT * len(prose)
    n = len(lines)
    for i, ln in enumerate(lines):
        if scores[i] <= 0:
            continue
        if blank_layout and not (ln.block_start and ln.block_end):
            scores[i] *= _GLUED_WEIGHT
        near = (i > 0 and lines[i - 1].prose) or (i + 1 < n and lines[i + 1].prose)
        if not near:
            # a short sentence among furniture is a teaser's blurb, not a paragraph
            scores[i] = scores[i] * _ISOLATED_WEIGHT if ln.prose else _ISOLATED_SHORT_SCORE
    # long stretches without prose cost more per line: articles pause briefly (an ad, a
    # caption), while what lies between an article and other page text goes on
    run = 0
    for i, ln in enumerate(lines):
        run = 0 if ln.prose or scores[i] > 0 else run + 1
        if scores[i] < 0:
            scores[i] *= min(1.0 + run * _RUN_GROWTH, _RUN_CAP)


def end_marker_indices(lines: list[Line]) -> tuple[list[int], list[int]]:
    """Lines after which the article is over: comment and related-story headers, and author
    biographies once most of the page's prose has been read; and the hard ones among them
    (comment threads, author boxes and notes) after which nothing is article text."""
    rx, hard_rx, bio, late = end_marker_re(), end_marker_re(True), bio_re(), bio_late_re()
    total = sum(ln.words for ln in lines if ln.prose) or 1
    seen = 0
    out, hard = [], []
    for i, ln in enumerate(lines):
        if ln.words <= 12 and rx.fullmatch(ln.core):
            ln.pattern = ln.pattern or "navigation"
            out.append(i)
            if hard_rx.fullmatch(ln.core):
                hard.append(i)
        elif ln.prose and bio.match(ln.core):
            # a biography is never article text; late on the page it ends the article
            ln.pattern = "footer"
            if seen >= _BIO_AFTER_SHARE * total:
                out.append(i)
                hard.append(i)
        elif ln.prose and seen >= _BIO_LATE_SHARE * total and late.match(ln.core):
            ln.pattern = "footer"
            out.append(i)
            hard.append(i)
        if ln.prose:
            seen += ln.words
    return out, hard


def _mark_end_markers(lines: list[Line], scores: list[float]) -> list[int]:
    """Make end-of-article markers strong boundaries; the indices of the hard ones."""
    ends, hard = end_marker_indices(lines)
    for i in ends:
        scores[i] = _END_MARKER_SCORE
    return hard


def _cut_at_end_marker(
    span: tuple[int, int] | None, scores: list[float], ends: list[int]
) -> tuple[int, int] | None:
    """The span ended at its first end marker once enough article text precedes the marker
    (what follows, such as a comment thread, can outweigh the marker's penalty)."""
    if span is None:
        return None
    start, end = span
    for m in ends:
        if start < m < end and sum(scores[start:m]) >= _END_CUT_MIN_SCORE:
            return start, m
    return span


def _content_words(text: str, stops: frozenset[str]) -> list[str]:
    return [w for w in map(str.lower, _TOPIC_WORD_RE.findall(text)) if w not in stops]


def _cut_at_topic_change(
    lines: list[Line], span: tuple[int, int] | None, scores: list[float], stops: frozenset[str]
) -> tuple[int, int] | None:
    """The span ended at a story break: the next story of an endless-scroll page, or a
    publisher's blurb or author note after a teaser list, shares no topic word with the article."""
    if span is None or not stops:
        return span
    start, end = span
    seen: dict[str, int] = {}
    counted = start  # lines before this one are in seen
    words_before = 0
    i = start
    while i < end:
        if lines[i].prose or lines[i].dateline:
            words_before += lines[i].words
            i += 1
            continue
        j = i
        while j < end and not (lines[j].prose or lines[j].dateline):
            j += 1
        if (
            j < end and words_before >= _TOPIC_MIN_BEFORE and sum(scores[i:j]) <= -_TOPIC_GAP
            and any(lines[k].pattern in _STORY_BREAK_KINDS for k in range(i, j))
        ):
            for ln in lines[counted:i]:
                if ln.prose or ln.dateline:
                    for w in _content_words(ln.core, stops):
                        seen[w] = seen.get(w, 0) + 1
            counted = i
            if _shares_no_topic(lines, j, end, seen, stops):
                return start, i
        i = j
    return span


def _shares_no_topic(
    lines: list[Line], j: int, end: int, seen: dict[str, int], stops: frozenset[str]
) -> bool:
    """Whether the text from line j on holds none of the commonest words of the text so far."""
    top = sorted((w for w, c in seen.items() if c >= 2), key=lambda w: -seen[w])[:_TOPIC_TOP]
    if len(top) < _TOPIC_MIN_TOP:
        return False
    after: set[str] = set()
    n = 0
    while j < end and n < _TOPIC_AFTER:
        if lines[j].prose:
            after.update(_content_words(lines[j].core, stops))
            n += lines[j].words
        j += 1
    return n >= _TOPIC_MIN_AFTER and not any(w in after for w in top)


def _mark_related_lists(lines: list[Line], scores: list[float]) -> None:
    """Lines listed under a related-links header ("Read more", "Don't miss") are related links."""
    active = started = False
    for i, ln in enumerate(lines):
        if ln.pattern == "related" and ln.words <= 6:
            active, started = True, False
            continue
        if not active:
            continue
        # the list is the first block after the header, or a run of bullets
        if (ln.prose and not ln.bullet) or (started and ln.block_start and not ln.bullet):
            active = False
            continue
        started = True
        if ln.pattern is None or ln.prose:
            ln.pattern = "related"
            scores[i] = -_PENALTY["related"]


def _kind_of(lines: list[Line], i: int, inside: list[bool], repeated: bool, batch: bool) -> str:
    """Segment kind of line i given the article spans."""
    ln = lines[i]
    if ln.pattern:
        return ln.pattern
    if batch:
        return "navigation" if ln.bullet or ln.words < 8 else "footer"
    if not inside[i]:
        if ln.bullet:
            return "navigation"
        return "other"
    if ln.prose or ln.dateline:
        return "paragraph"
    if repeated:
        return "other"
    if ln.bullet:
        if ln.terminal or is_sentence_case(ln.core, ln.words):
            return "paragraph" if ln.words >= LIST_ITEM_MIN_WORDS else "navigation"
        return "related"
    if ln.terminal and ln.words >= 3:
        return "paragraph"
    if ln.words >= _LOOSE_PROSE_WORDS and ln.stop_ratio >= _LOOSE_PROSE_STOPS:
        return "paragraph"
    if _is_subheading(lines, i, inside):
        return "subheading"
    return "other"


def _is_subheading(lines: list[Line], i: int, inside: list[bool]) -> bool:
    """A short standalone title-like line between article paragraphs."""
    ln = lines[i]
    if not (2 <= ln.words <= 16 and ln.block_start and ln.block_end):
        return False
    if not ln.core[:1].isupper() and not ln.core[:1].isdigit() and ln.core[:1] not in "‘'\"“":
        return False
    nxt, prv = i + 1, i - 1
    if nxt >= len(lines) or not inside[nxt] or prv < 0 or not inside[prv]:
        return False
    after = lines[nxt]
    return after.prose or after.terminal


def _mark_captions(lines: list[Line], inside: list[bool], stops: frozenset[str]) -> None:
    """Captions: lines ending in a photo credit, lines before a credit line, and their copies."""
    caption_keys: set[str] = set()
    for i, ln in enumerate(lines):
        if ln.words >= 4 and has_end_credit(ln.core) or (
            ln.kind in ("paragraph", "subheading") and has_bare_credit(ln.core, stops)
        ) or (
            ln.kind in ("paragraph", "other") and i + 1 < len(lines)
            and lines[i + 1].pattern == "photo_credit" and ln.block_end is False
            and ln.words >= 4
        ):
            ln.kind = "caption"
        if ln.kind == "caption":
            caption_keys.add(ln.key)
    if not caption_keys:
        return
    for ln in lines:
        if ln.kind in ("paragraph", "other") and ln.words >= 4 and any(
            k.startswith(ln.key) or ln.key.startswith(k) for k in caption_keys
        ):
            ln.kind = "caption"

"""Page-text segment classifier: split a text dump into lines and label each one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms.clean_meta import byline_names, date_span, names_in, without_dates
from transforms.clean_patterns import (
    bio_re,
    end_marker_re,
    line_matchers,
    phrase_key,
    signals,
    stopwords,
)

_BULLET_RE = re.compile(r"^(?:[*+•·▪►▸◦‣○●■□✓-]|o(?= )|\d{1,2}[.)](?= ))\s*")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CLOSERS = "\"'”’»)]"
_TERMINALS = ".!?…:;"
_BULLET_STARTS = frozenset("*+•·▪►▸◦‣○●■□✓-o0123456789")
_KEY_STRIP_RE = re.compile(r"[\W_]+")
_END_CREDIT_RE = re.compile(
    r"[\[(][^\])]{0,80}\b(photo|photos|getty|reuters|afp|ap|epa|shutterstock|credit|courtesy|"
    r"file|image|yonhap|xinhua|newsis|pool|handout|staff)\b[^\])]{0,80}[\])]\s*$"
    r"|\b(photo|image|credit|photograph|illustration)s?\s*(by|:)\s*[^.]{2,60}\.?$"
    r"|^photo(graph)?s? by [A-Z]",
    re.IGNORECASE,
)
_PROSE_STOP_RATIO = 0.18
_PROSE_MIN_WORDS = 8
_PATTERN_MAX_WORDS = 60
_DATEISH_MAX_WORDS = 24
# pages whose prose lines mostly stand between blank lines (share), and the weights of prose
# lines that do not (glued) or that have no prose neighbour (isolated)
# an unpunctuated line this long and this dense in function words, inside the article, is text
_LOOSE_PROSE_WORDS = 12
_LOOSE_PROSE_STOPS = 0.35
_BLANK_LAYOUT = 0.6
_END_MARKER_SCORE = -40.0
# a biography counts as the article's end only after this share of the page's prose
_BIO_AFTER_SHARE = 0.5
_GLUED_WEIGHT = 0.5
_ISOLATED_WEIGHT = 0.3
_ISOLATED_SHORT_SCORE = -1.0
_RUN_GROWTH = 0.25
_LIST_ITEM_SCORE = 0.5
_SHORT_SENTENCE_WEIGHT = 0.7
_OTHER_SCORE = -2.0
_SUBHEADING_LOOSE = True
_COLON_PARAGRAPHS = True
_LIST_ITEM_MIN_WORDS = 4
_RUN_CAP = 2.0
# region scores of labelled lines: prose adds its words; furniture subtracts
_PENALTY = {
    "navigation": 8.0, "related": 6.0, "footer": 12.0, "ad": 2.0, "widget": 3.0,
    "photo_credit": 2.0, "byline": 4.0, "caption": 1.0,
}


@dataclass(slots=True)
class Line:
    """One non-blank line of the page with the features the classifier uses."""

    start: int
    end: int
    text: str
    core: str
    bullet: bool
    words: int
    stop_ratio: float
    terminal: bool
    key: str
    block_start: bool
    block_end: bool
    pattern: str | None = None
    prose: bool = False
    kind: str = "other"


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines with offsets of their stripped text in raw and block boundaries."""
    lines: list[Line] = []
    prev_blank = True
    pos = 0
    for seg in raw.splitlines(keepends=True):
        stripped = seg.strip()
        if not stripped:
            if lines:
                lines[-1].block_end = True
            prev_blank = True
            pos += len(seg)
            continue
        start = pos + len(seg) - len(seg.lstrip())
        core = _BULLET_RE.sub("", stripped, count=1) if stripped[0] in _BULLET_STARTS else stripped
        lines.append(Line(
            start=start, end=start + len(stripped), text=stripped, core=core,
            bullet=core != stripped, words=0, stop_ratio=0.0, terminal=False,
            key=_KEY_STRIP_RE.sub(" ", core.lower()).strip(), block_start=prev_blank,
            block_end=False,
        ))
        prev_blank = False
        pos += len(seg)
    if lines:
        lines[-1].block_end = True
    return lines


def line_key(text: str) -> str:
    """Normalised form of a line for repetition counts."""
    core = _BULLET_RE.sub("", text.strip(), count=1)
    return _KEY_STRIP_RE.sub(" ", core.lower()).strip()


@lru_cache(maxsize=1 << 16)
def pattern_kind(core: str, words: int, key: str | None = None) -> str | None:
    """Kind a line's text alone gives it (furniture patterns, date lines, bylines), or None."""
    if words >= 4 and _is_doubled(core):
        return "related"
    if words <= _PATTERN_MAX_WORDS:
        matchers = line_matchers()
        kind = matchers.exact.get(phrase_key(core) if key is None else key)
        if kind:
            return kind
        m = matchers.whole.fullmatch(core)
        if m:
            return m.lastgroup
        low = core.lower()
        for w in matchers.within:
            if words <= w.max_words and (not w.keys or any(k in low for k in w.keys)) and (
                w.regex.search(core)
            ):
                return w.kind
    return _dateish_kind(core) if words <= _DATEISH_MAX_WORDS else None


def _is_doubled(text: str) -> bool:
    """A teaser title written twice in a row ("Title Title"), as link cards render."""
    half = len(text) // 2
    return text[:half].strip() == text[half:].strip() or text[: half + 1].strip() == text[
        half + 1 :
    ].strip()


def add_features(lines: list[Line], lang: str | None) -> None:
    """Fill word counts, stop-word density, terminal punctuation, pattern kind and prose flag."""
    stops = stopwords(lang)
    for ln in lines:
        toks = _WORD_RE.findall(ln.core)
        ln.words = len(toks)
        if toks and stops:
            ln.stop_ratio = len([t for t in map(str.lower, toks) if t in stops]) / len(toks)
        ln.terminal = ln.core.rstrip(_CLOSERS + " ")[-1:] in _TERMINALS and bool(ln.core)
        ln.pattern = pattern_kind(ln.core, ln.words, ln.key)
        dense = ln.stop_ratio >= _PROSE_STOP_RATIO or not stops
        ln.prose = (
            ln.words >= _PROSE_MIN_WORDS and dense and (ln.terminal or ln.words >= 40)
        )


_DIGIT_RE = re.compile(r"\d")
_TIME_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\b\.?|\b(?:[A-Z]{2,4}T|UTC|GMT)\b|\b(?:ET|PT|CT)\b",
    re.IGNORECASE,
)


@cache
def _date_filler() -> frozenset[str]:
    """Words a date line may hold besides the date: weekdays, time zones, "published"."""
    sig = signals()
    return frozenset(sig["weekdays"]) | frozenset(sig["date_line_words"])


def _dateish_kind(text: str) -> str | None:
    """'widget' for date/time-only lines, 'byline' for bylines and "Name - date" lines."""
    span = date_span(text) if _DIGIT_RE.search(text) else None
    if span is None:
        return "byline" if len(text) < 120 and byline_names(text) else None
    rest = _TIME_RE.sub(" ", without_dates(text))
    filler = _date_filler()
    words = [w for w in _WORD_RE.findall(rest) if w.lower() not in filler and not w.isdigit()]
    if not words:
        return "widget"
    if "(@" in text:  # "— Name (@handle) date" signs an embedded post
        return None
    if byline_names(text) or _is_name_before_date(text[: span[0]]) or _is_name_before_date(
        text[span[1] :]
    ):
        return "byline"
    return None


def _is_name_before_date(head: str) -> bool:
    """Whether the text before a date is just a person's name (and maybe a role)."""
    head = head.strip(" -–—|•·,/:")
    words = head.split()
    if not 2 <= len(words) <= 6 or head.isupper():
        return False
    names = names_in(head)
    return len(names) == 1 and 2 <= len(names[0].split()) <= 3 and head.startswith(names[0])


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
    if ln.prose:
        return float(ln.words) * (0.3 if ln.bullet else 1.0) * (0.3 if batch else 1.0)
    if ln.bullet:
        # list items in running text are written in sentence case; menus in title case
        return _LIST_ITEM_SCORE if _is_sentence_case(ln.core, ln.words) else -4.0
    if ln.terminal and ln.words >= 4:
        return ln.words * _SHORT_SENTENCE_WEIGHT
    return _OTHER_SCORE


def _is_sentence_case(text: str, words: int) -> bool:
    """Whether most words after the first start in lower case ("1 cup kimchi, chopped")."""
    if words < _LIST_ITEM_MIN_WORDS:
        return False
    toks = _WORD_RE.findall(text)[1:]
    lower = sum(1 for t in toks if t[:1].islower())
    return lower >= 0.6 * len(toks)


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
    _mark_end_markers(lines, scores)
    inside = [False] * len(lines)
    span = article_span(scores)
    if span:
        for i in range(*span):
            inside[i] = True
    for i, ln in enumerate(lines):
        ln.kind = _kind_of(lines, i, inside, repeated[i], flags_batch[i])
    _mark_captions(lines, inside)


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


def end_marker_indices(lines: list[Line]) -> list[int]:
    """Lines after which the article is over: comment and related-story headers, and author
    biographies once most of the page's prose has been read."""
    rx, bio = end_marker_re(), bio_re()
    total = sum(ln.words for ln in lines if ln.prose) or 1
    seen = 0
    out = []
    for i, ln in enumerate(lines):
        if ln.words <= 12 and rx.fullmatch(ln.core):
            ln.pattern = ln.pattern or "navigation"
            out.append(i)
        elif ln.prose and bio.match(ln.core):
            # a biography is never article text; late on the page it ends the article
            ln.pattern = "footer"
            if seen >= _BIO_AFTER_SHARE * total:
                out.append(i)
        if ln.prose:
            seen += ln.words
    return out


def _mark_end_markers(lines: list[Line], scores: list[float]) -> None:
    """Make end-of-article markers (comments, author box) strong boundaries."""
    for i in end_marker_indices(lines):
        scores[i] = _END_MARKER_SCORE


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
    if ln.prose:
        return "paragraph"
    if repeated:
        return "other"
    if ln.bullet:
        if ln.terminal or _is_sentence_case(ln.core, ln.words):
            return "paragraph" if ln.words >= _LIST_ITEM_MIN_WORDS else "navigation"
        return "related"
    if ln.terminal and ln.words >= 3 and (_COLON_PARAGRAPHS or not ln.text.endswith(":")):
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
    after, before = lines[nxt], lines[prv]
    return (after.prose or after.terminal) and (
        _SUBHEADING_LOOSE or before.prose or before.terminal
    )


def has_end_credit(text: str) -> bool:
    """Whether a line ends with a photo credit ("... [REUTERS]", "(AP Photo/...)", "Photo: X")."""
    if text[-1:] not in ")]" and ":" not in text:
        return False
    return bool(_END_CREDIT_RE.search(text))


def _mark_captions(lines: list[Line], inside: list[bool]) -> None:
    """Captions: lines ending in a photo credit, lines before a credit line, and their copies."""
    caption_keys: set[str] = set()
    for i, ln in enumerate(lines):
        if ln.words >= 4 and has_end_credit(ln.core) or (
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

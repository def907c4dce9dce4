"""Page-text segment classifier: split a text dump into lines and label each one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.clean_patterns import end_marker_re, line_patterns, stopwords

_BULLET_RE = re.compile(r"^(?:[*+•·▪►▸◦‣○●■□✓-]|o(?= )|\d{1,2}[.)](?= ))\s*")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TERMINAL_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[.!?…][\"'”’»)\]]+\s*\S{0,3}$")
_KEY_STRIP_RE = re.compile(r"[\W_]+")
_END_CREDIT_RE = re.compile(
    r"[\[(][^\])]{0,80}\b(photo|photos|getty|reuters|afp|ap|epa|shutterstock|credit|courtesy|"
    r"file|image|yonhap|xinhua|newsis|pool|handout|staff)\b[^\])]{0,80}[\])]\s*$"
    r"|\b(photo|image|credit)s?\s*(by|:)\s*[^.]{2,60}$",
    re.IGNORECASE,
)
_PROSE_STOP_RATIO = 0.18
_PROSE_MIN_WORDS = 8
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
        core = _BULLET_RE.sub("", stripped, count=1)
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


def add_features(lines: list[Line], lang: str | None) -> None:
    """Fill word counts, stop-word density, terminal punctuation, pattern kind and prose flag."""
    stops = stopwords(lang)
    patterns = line_patterns()
    for ln in lines:
        toks = _WORD_RE.findall(ln.core)
        ln.words = len(toks)
        if toks and stops:
            ln.stop_ratio = sum(t.lower() in stops for t in toks) / len(toks)
        ln.terminal = bool(_TERMINAL_RE.search(ln.core))
        if ln.words <= 40:
            for kind, rx in patterns:
                if rx.fullmatch(ln.core):
                    ln.pattern = kind
                    break
        dense = ln.stop_ratio >= _PROSE_STOP_RATIO or not stops
        ln.prose = (
            ln.words >= _PROSE_MIN_WORDS and dense and (ln.terminal or ln.words >= 20)
        )


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
    if ln.pattern and not (ln.prose and ln.words > 25):
        return -_PENALTY.get(ln.pattern, 3.0)
    if repeated and not ln.prose:
        return -4.0
    if ln.prose:
        return float(ln.words) * (0.5 if ln.bullet else 1.0) * (0.3 if batch else 1.0)
    if ln.bullet:
        return -4.0
    if ln.terminal and ln.words >= 4:
        return ln.words * 0.5
    return -1.5


def article_spans(scores: list[float]) -> list[tuple[int, int]]:
    """Line spans holding the article: the best span plus others nearly as dense."""
    n = len(scores)
    first = _best_span(scores, 0, n)
    if first[2] <= 0:
        return []
    spans = [first]
    threshold = max(30.0, 0.25 * first[2])
    todo = [(0, first[0]), (first[1], n)]
    while todo:
        lo, hi = todo.pop()
        if hi - lo <= 0:
            continue
        s = _best_span(scores, lo, hi)
        if s[2] >= threshold:
            spans.append(s)
            todo += [(lo, s[0]), (s[1], hi)]
    return sorted((a, b) for a, b, _ in spans)


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
    _mark_end_markers(lines, scores)
    inside = [False] * len(lines)
    for a, b in article_spans(scores):
        for i in range(a, b):
            inside[i] = True
    for i, ln in enumerate(lines):
        ln.kind = _kind_of(lines, i, inside, repeated[i], flags_batch[i])
    _mark_captions(lines, inside)


def _mark_end_markers(lines: list[Line], scores: list[float]) -> None:
    """Make end-of-article markers (comments, author box) hard region boundaries."""
    rx = end_marker_re()
    for i, ln in enumerate(lines):
        if ln.words <= 12 and rx.fullmatch(ln.core):
            scores[i] = -40.0
            ln.pattern = ln.pattern or "navigation"


def _kind_of(lines: list[Line], i: int, inside: list[bool], repeated: bool, batch: bool) -> str:
    """Segment kind of line i given the article spans."""
    ln = lines[i]
    if ln.pattern and not (ln.prose and ln.words > 25):
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
        return "related" if not ln.terminal else "paragraph" if ln.words >= 4 else "navigation"
    if ln.terminal and ln.words >= 3 and not ln.text.endswith(":"):
        return "paragraph"
    if _is_subheading(lines, i, inside):
        return "subheading"
    return "other"


def _is_subheading(lines: list[Line], i: int, inside: list[bool]) -> bool:
    """A short standalone title-like line between article paragraphs."""
    ln = lines[i]
    if not (2 <= ln.words <= 16 and ln.block_start and ln.block_end):
        return False
    if not ln.core[:1].isupper() and not ln.core[:1].isdigit():
        return False
    nxt = next((j for j in range(i + 1, len(lines))), None)
    prv = i - 1
    return (
        nxt is not None and inside[nxt] and lines[nxt].prose
        and prv >= 0 and inside[prv] and (lines[prv].prose or lines[prv].terminal)
    )


def _mark_captions(lines: list[Line], inside: list[bool]) -> None:
    """Captions: lines ending in a photo credit, lines before a credit line, and their copies."""
    caption_keys: set[str] = set()
    for i, ln in enumerate(lines):
        if ln.words >= 4 and _END_CREDIT_RE.search(ln.core):
            ln.kind = "caption"
        elif (
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

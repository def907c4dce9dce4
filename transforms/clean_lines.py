"""Page-text lines and what each one alone says: words, stop words, punctuation, patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms.clean_meta import (
    byline_names,
    date_span,
    is_role_text,
    names_in,
    opens_with_dateline,
    without_dates,
)
from transforms.clean_patterns import line_matchers, phrase_key, signals, stopwords

_BULLET_RE = re.compile(r"^(?:[*+•·▪►▸◦‣○●■□✓-]|o(?= )|\d{1,2}[.)](?= ))\s*")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CLOSERS = "\"'”’»)]」』）"
_TERMINALS = ".!?…:;。！？：；"
# scripts written without spaces: a run of these characters counts as one word per two
_UNSPACED_FIRST = "\u2e80"
_BULLET_STARTS = frozenset("*+•·▪►▸◦‣○●■□✓-o0123456789")
_KEY_STRIP_RE = re.compile(r"[\W_]+")
_END_CREDIT_RE = re.compile(
    r"[\[(][^\])]{0,80}\b(photo|photos|getty|reuters|afp|ap|epa|shutterstock|credit|courtesy|"
    r"file|image|yonhap|xinhua|newsis|pool|handout|staff)\b[^\])]{0,80}[\])]\s*$"
    r"|\b(photo|image|credit|photograph|illustration)s?\s*(by|:)\s*[^.]{2,60}\.?$"
    r"|^photo(graph)?s? by [A-Z]",
    re.IGNORECASE,
)
# a caption's credit after its last sentence, bare: "... on Friday. NOAA", "... 2005. Jo Doe/Getty
# Images"; the word before the stop is not an abbreviation ("St. Louis", "Dr. Melfi")
_BARE_CREDIT_RE = re.compile(
    r"(?:\b[a-z]{2,}|\b[A-Z][a-z]{3,}|\d)\.[\"'”’)]?\s+"
    r"((?:[A-Z0-9][\w&’'.-]*/?\s?(?:/\s?)?){1,5})$"
)
_BARE_CREDIT_MIN_WORDS = 6
# prose: at least this many words, this share of stop words, and sentence punctuation
_PROSE_STOP_RATIO = 0.18
_PROSE_MIN_WORDS = 8
_DATEISH_MAX_WORDS = 24
LIST_ITEM_MIN_WORDS = 4
# a line opening with a wire dateline ("TOKYO, April 27 - ...") starts the story, however short
_DATELINE_MIN_WORDS = 6
_DATELINE_DASH_RE = re.compile(r"\s(?:[-—–]|--)\s")


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
    dateline: bool = False
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
    matchers = line_matchers()
    if words <= matchers.max_words:
        kind = matchers.exact.get(phrase_key(core) if key is None else key)
        if kind:
            return kind
        m = matchers.whole.fullmatch(core)
        if m:
            return m.lastgroup
        low = core.lower()
        for w in matchers.within:
            if words <= w.max_words and (not w.keys or any(map(low.__contains__, w.keys))) and (
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
        ln.words = len(toks) + sum(len(t) // 2 for t in toks if t[0] >= _UNSPACED_FIRST)
        if toks and stops:
            ln.stop_ratio = len([t for t in map(str.lower, toks) if t in stops]) / len(toks)
        ln.terminal = ln.core.rstrip(_CLOSERS + " ")[-1:] in _TERMINALS and bool(ln.core)
        ln.pattern = pattern_kind(ln.core, ln.words, ln.key)
        dense = ln.stop_ratio >= _PROSE_STOP_RATIO or not stops
        ln.prose = (
            ln.words >= _PROSE_MIN_WORDS and dense and (ln.terminal or ln.words >= 40)
        )
        ln.dateline = (
            ln.words >= _DATELINE_MIN_WORDS and ln.pattern is None
            and _DATELINE_DASH_RE.search(ln.core, 0, 80) is not None
            and opens_with_dateline(ln.core)
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
    if len(names) != 1 or not 2 <= len(names[0].split()) <= 3 or not head.startswith(names[0]):
        return False
    rest = _TIME_RE.sub(" ", head[len(names[0]) :])
    filler = _date_filler()
    rest = " ".join(w for w in _WORD_RE.findall(rest) if w.lower() not in filler)
    return not rest or is_role_text(rest)


def is_sentence_case(text: str, words: int) -> bool:
    """Whether most words after the first start in lower case ("1 cup kimchi, chopped")."""
    if words < LIST_ITEM_MIN_WORDS:
        return False
    toks = _WORD_RE.findall(text)[1:]
    lower = sum(1 for t in toks if t[:1].islower())
    return lower >= 0.6 * len(toks)


def has_bare_credit(text: str, stops: frozenset[str]) -> bool:
    """Whether a line is a caption ending in a bare credit after its last sentence, with no
    bracket or "Photo:" ("Snow falls on Boston. NOAA"); a tail of stop words is a UI label."""
    m = _BARE_CREDIT_RE.search(text, max(0, len(text) - 90))
    if m is None or text[-1:] in _TERMINALS:
        return False
    tail = _WORD_RE.findall(m.group(1))
    if any(w.lower() in stops for w in tail):
        return False
    return len(_WORD_RE.findall(text[: m.start(1)])) >= _BARE_CREDIT_MIN_WORDS


def has_end_credit(text: str) -> bool:
    """Whether a line ends with a photo credit ("... [REUTERS]", "(AP Photo/...)", "Photo: X")."""
    if text[-1:] not in ")]" and ":" not in text:
        return False
    return bool(_END_CREDIT_RE.search(text))

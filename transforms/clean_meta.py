"""Article metadata read from page text: authors, publication date, publisher, dateline place."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from transforms.clean_patterns import signals

_MAX_BYLINE_CHARS = 200
_EMAIL_RE = re.compile(r"\S+@\S+")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\|| with )\s*", re.IGNORECASE)
_NAME_WORD_RE = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]{1,3}|de|van|von|der|da|al-\w+|bin|[A-Z]\.)$")
_BYLINE_CUT_RE = re.compile(
    r"[\[\](){}<>]|\s[-–—|•·]\s|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+\w+day\b",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?:by\s+)?(?P<name>[^.|,©\n]{2,60}?)\s*(?:[.,|]|\ball rights\b|$)",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?[A-Z.])(?:,\s*[A-Z][\w.' -]{1,30}?)?"
    r"(?:\s*\((?:[A-Za-z .]{1,30})\))?\s*(?:[—–]|--|-(?= ))\s*"
)


@cache
def _date_res() -> tuple[re.Pattern[str], ...]:
    """Date regexes: ISO, month-day-year, day-month-year, numeric."""
    month_names = sorted(signals()["months"], key=len, reverse=True)
    months = "|".join(month_names)
    lead = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"
    return (
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
        re.compile(
            lead + rf"(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
            r"(?:at\s+)?(?P<y>(?:19|20)\d{2})(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{months})\.?,?\s+"
            r"(?P<y>(?:19|20)\d{2})(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"),
    )


def dates_in(text: str) -> list[tuple[int, date]]:
    """Calendar dates written in text, with their positions, in order."""
    found: list[tuple[int, date]] = []
    months = signals()["months"]
    for i, rx in enumerate(_date_res()):
        for m in rx.finditer(text):
            g = m.groupdict()
            try:
                if i == 0:
                    d = date(int(g["y"]), int(g["m"]), int(g["d"]))
                elif i in (1, 2):
                    d = date(int(g["y"]), months[g["mon"].lower()], int(g["d"]))
                else:
                    a, b = int(g["a"]), int(g["b"])
                    # dots are day-first (European); slashes month-first unless impossible
                    if g["sep"] == "." or a > 12:
                        d = date(int(g["y"]), b, a)
                    else:
                        d = date(int(g["y"]), a, b)
            except (ValueError, KeyError):
                continue
            found.append((m.start(), d))
    found.sort(key=lambda x: x[0])
    return found


def date_span(text: str) -> tuple[int, int] | None:
    """Character span of the first date written in text."""
    best = None
    for rx in _date_res():
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best


@cache
def _byline_re() -> re.Pattern[str]:
    intros = sorted(signals()["byline_intro"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, intros))})\s*[:：]?\s+(?P<rest>.+)$",
                      re.IGNORECASE)


def byline_names(line: str) -> list[str] | None:
    """Author names of a byline line ("By A and B"), or None when the line is no byline."""
    m = _byline_re().match(line.strip()) if len(line) < _MAX_BYLINE_CHARS else None
    if not m:
        return None
    rest = m.group("rest")
    if rest[:1].islower():
        return None
    names = names_in(rest)
    return names or None


def names_in(text: str) -> list[str]:
    """Person or organisation names in a byline remainder, in normalised case."""
    text = _EMAIL_RE.sub(" ", text)
    text = _BYLINE_CUT_RE.split(text, maxsplit=1)[0]
    span = date_span(text)
    if span:
        text = text[: span[0]]
    text = re.sub(r"[^\w\s,;&|.'’-]", " ", text)
    roles = signals()["byline_roles"]
    names: list[str] = []
    for part in _NAME_SPLIT_RE.split(text):
        part = " ".join(part.split()).strip(" .-")
        low = part.lower()
        for role in sorted(roles, key=len, reverse=True):
            if low == role:
                part = ""
                break
            if low.endswith(" " + role) and role not in ("for", "in"):
                part = part[: -len(role) - 1].strip()
                low = part.lower()
        if not part:
            continue
        words = part.split()
        if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in part):
            continue
        if not all(_NAME_WORD_RE.match(w) for w in words) or not words[0][:1].isupper():
            continue
        names.append(normal_case(part))
    return names


def normal_case(name: str) -> str:
    """Names written in capitals become capitalised words ("YEONG-GYO" -> "Yeong-gyo")."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())
    return name


def publisher_of(lines: list[str]) -> str | None:
    """Publisher from a copyright line, else from a short line repeated at the page's end."""
    for text in reversed(lines[-60:]):
        m = _COPYRIGHT_RE.search(text)
        if m:
            name = m.group("name").strip(" .,-")
            if name and not any(ch.isdigit() for ch in name) and len(name.split()) <= 8:
                low = name.lower()
                if not low.startswith(("all rights", "the author", "by ")):
                    return name
    tail = lines[-12:]
    for text in tail:
        words = text.split()
        if 1 <= len(words) <= 5 and tail.count(text) >= 2 and text[:1].isupper():
            return text
    return None


def dateline_place(first_paragraph: str) -> str | None:
    """Place of a dateline opening the first paragraph ("SEOUL (AP) — ...")."""
    m = _DATELINE_RE.match(first_paragraph)
    if not m:
        return None
    place = m.group("place").strip()
    if len(place) < 3 or place.isdigit():
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in place.split())

"""Event dates: explicit and relative date expressions resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?\b", re.I),
    re.compile(rf"\b(?P<rel>last|next|this|early|late|mid|in|since|until|by)?[\s-]*{_MONTH}"
               rf"(?:\s+(?:of\s+)?{_YEAR})?\b", re.I),
    re.compile(rf"\b(?P<rel>last|next|this)?\s*(?P<weekday>{'|'.join(WEEKDAYS)})\b", re.I),
    re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.I),
    re.compile(r"\b(?P<rel>last|next|this|previous|coming)\s+(?P<unit>year|month)\b", re.I),
    re.compile(r"\b(?P<same>(?:the\s+)?same\s+day)\b", re.I),
    re.compile(rf"\b(?:in|since|during|by|of)\s+{_YEAR}\b", re.I),
]
# A past event dated after publication (or a future one before it) by more than this is
# taken to belong to the neighbouring year.
_PAST_SLACK = timedelta(days=7)
_FUTURE_SLACK = timedelta(days=62)


@dataclass(frozen=True)
class EventDate:
    """A resolved event date with the text it came from and its precision."""

    date: date | None
    text: str | None
    precision: str  # day, month, year, published


def _month_year(month: int, published: date, future: bool, rel: str) -> int:
    """The year of a month named without one."""
    year = published.year
    if rel == "last":
        return year if month < published.month else year - 1
    if rel == "next":
        return year if month > published.month else year + 1
    if future:
        return year + 1 if month < published.month - 1 else year
    return year - 1 if month > published.month else year


def _day_date(year: int, month: int, day: int, published: date, future: bool,
              explicit_year: bool) -> date | None:
    """A day date, moved to the neighbouring year when the tense says so."""
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    if explicit_year:
        return when
    if not future and when - published > _PAST_SLACK:
        return when.replace(year=year - 1) if not (month == 2 and day == 29) else None
    if future and published - when > _FUTURE_SLACK:
        return when.replace(year=year + 1) if not (month == 2 and day == 29) else None
    return when


def resolve_date(text: str, published: date | None, future: bool = False,
                 previous: date | None = None) -> EventDate | None:
    """The date a date expression refers to, given the publication date and the event's tense."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        found = m.group(0).strip()
        if "same" in g:
            return EventDate(previous, found, "day") if previous else None
        if "year" in g and "month" not in g:
            return EventDate(date(int(g["year"]), 1, 1), found, "year")
        if published is None and "year" not in g:
            return None
        if "month" in g:
            month = MONTHS[g["month"].lower().rstrip(".")]
            explicit = "year" in g
            if "day" in g:
                year = int(g["year"]) if explicit else published.year
                when = _day_date(year, month, int(g["day"]), published, future, explicit)
                return EventDate(when, found, "day") if when else None
            rel = (g.get("rel") or "").lower()
            year = int(g["year"]) if explicit else _month_year(month, published, future, rel)
            return EventDate(date(year, month, 1), found, "month")
        if "weekday" in g:
            target = WEEKDAYS[g["weekday"].lower()]
            rel = (g.get("rel") or "").lower()
            delta = (target - published.weekday()) % 7
            if future or rel == "next":
                when = published + timedelta(days=delta or (7 if rel == "next" else 0))
            else:
                when = published - timedelta(days=(published.weekday() - target) % 7)
                if rel == "last" and when == published:
                    when -= timedelta(days=7)
            return EventDate(when, found, "day")
        if "word" in g:
            shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["word"].lower()]
            return EventDate(published + timedelta(days=shift), found, "day")
        if "unit" in g:
            step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[g["rel"].lower()]
            if g["unit"].lower() == "year":
                return EventDate(date(published.year + step, 1, 1), found, "year")
            month_index = published.year * 12 + published.month - 1 + step
            return EventDate(date(month_index // 12, month_index % 12 + 1, 1), found, "month")
    return None


def published_date(published: date | None) -> EventDate:
    """The fallback: the event is dated by the publication date."""
    return EventDate(published, None, "published")

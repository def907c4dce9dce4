"""Article metadata read from page text: authors, publication date, publisher, dateline place."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from transforms.clean_patterns import signals

_MAX_BYLINE_CHARS = 200
# every date form read here has a four-digit year or a numeric d/m/yy
_YEARISH_RE = re.compile(r"(?:19|20)\d\d|\d[/.-]\d{1,2}[/.-]\d\d")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|@\w+")
# a byline remainder that goes on as a sentence ("By Sunday, the group had ...")
_ORG_JOINERS = frozenset({"of", "for", "and", "the", "on"})
_SEPARATOR_RE = re.compile(r"[|•·/]|\s[-–—]\s")
_SENTENCE_RE = re.compile(r"\b(the|a|an|had|has|have|was|were|is|are|will|would)\s+[a-z]")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\||/|•|·| with )\s*", re.IGNORECASE)
_NAME_WORD_RE = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")
# a name glued to the next word of the page ("Caroline DelbertPublished: Oct 16")
_GLUED_RE = re.compile(
    r"(?<=[a-z])(?=(?:Published|Updated|Posted|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b)"
)
_BYLINE_CUT_RE = re.compile(
    r"[\[\](){}<>]|\s[-–—|•·]\s|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+\w+day\b",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?:by\s+)?(?P<name>[^.|,©\n]{2,60}?)\s*(?:[.,|]|\ball rights\b|$)",
    re.IGNORECASE,
)
_DATELINE_TAIL = (
    r"(?:\s*\((?:[A-Za-z .]{1,30})\))?\s*(?:[—–]|--|-(?= ))\s*"
)


@cache
def _dateline_re() -> re.Pattern[str]:
    """A dateline opening a story: "SEOUL (AP) —", "BENTON HARBOR, MICH., April 9 -", or a
    place in mixed case only when a month and day follow ("Washington, April 9 -")."""
    months = "|".join(sorted(signals()["months"], key=len, reverse=True))
    region = r"(?:,\s*[A-Z][\w.'’ -]{0,30}?)"
    upper = rf"(?P<place>[A-Z][A-Z.'’ -]{{1,40}}?[A-Z.]){region}{{0,2}}"
    mixed = (
        rf"(?P<mplace>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}){region}?,?\s+"
        rf"(?i:{months})\.?\s+\d{{1,2}}"
    )
    return re.compile(rf"^(?:{upper}|{mixed}){_DATELINE_TAIL}")


@cache
def _date_res() -> tuple[re.Pattern[str], ...]:
    """Date regexes: ISO, month-day-year, day-month-year, numeric."""
    month_names = sorted(signals()["months"], key=len, reverse=True)
    months = "|".join(month_names)
    lead = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"
    return (
        re.compile(
            r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
            r"(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        ),
        re.compile(
            lead + rf"(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
            r"(?:at\s+)?(?P<y>(?:19|20)\d{2})(?!\d(?!\d?:\d\d))",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{months})\.?,?\s+"
            r"(?P<y>(?:19|20)\d{2})(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<y>(?:19|20)\d{2}|[1-3]\d)(?![\d/.-])"
        ),
    )


def dates_in(text: str) -> list[tuple[int, date]]:
    """Calendar dates written in text, with their positions, in order."""
    found: list[tuple[int, date]] = []
    if not _YEARISH_RE.search(text):
        return found
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
                    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
                    y = y + 2000 if y < 100 else y
                    # dots are day-first (European); slashes month-first unless impossible
                    day_first = g["sep"] == "." or a > 12
                    d = date(y, b, a) if day_first else date(y, a, b)
            except (ValueError, KeyError):
                continue
            found.append((m.start(), d))
    found.sort(key=lambda x: x[0])
    return found


# a date in an address path: /2023/12/22/, /20231222/, 2023-12-22 (year first, as paths write it)
_URL_DATE_RE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)"
)


def date_in_url(url: str | None) -> date | None:
    """Publication date written in a page address's path, or None."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    for m in _URL_DATE_RE.finditer(path):
        try:
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


def date_span(text: str) -> tuple[int, int] | None:
    """Character span of the first date written in text."""
    best = None
    if not _YEARISH_RE.search(text):
        return None
    for rx in _date_res():
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best


def without_dates(text: str) -> str:
    """Text with every written date replaced by a space."""
    for rx in _date_res():
        text = rx.sub(" ", text)
    return text


@cache
def _byline_re() -> re.Pattern[str]:
    intros = sorted(signals()["byline_intro"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, intros))})\s*[:：]?\s+(?P<rest>.+)$",
                      re.IGNORECASE)


# "Dec 21, 2023 | By Lexi G", "Dec 22, 2023 by Enrico de Lazaro": a byline after a date or bar
_INNER_BY_RE = re.compile(r"(?:^|\s)[Bb][Yy]\s*:?\s+(?=[A-Z])")


def byline_names(line: str) -> list[str] | None:
    """Author names of a byline line ("By A and B"), or None when the line is no byline."""
    if len(line) >= _MAX_BYLINE_CHARS:
        return None
    m = _byline_re().match(line.strip())
    if m:
        rest = m.group("rest")
    else:
        # only on short lines that also carry a date or a separator
        inner = _INNER_BY_RE.search(line)
        if not inner or len(line.split()) > 16:
            return None
        if not (_SEPARATOR_RE.search(line) or date_span(line)):
            return None
        rest = line[inner.end() :]
    if rest[:1].islower() or _SENTENCE_RE.search(rest):
        return None
    names = names_in(rest, single=True)
    return names or None


def is_role_text(text: str) -> bool:
    """Whether text is a job title or employer ("Wellness Writer", "USA TODAY")."""
    sig = _name_signals()
    words = [w.lower().strip(".,&") for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and all(w in sig["roles"] or w in sig["affiliation"] or w in
                               ("and", "&", "of", "the", "for") for w in words[-1:]) and (
        words[-1] in sig["roles"] or words[-1] in sig["affiliation"]
    )


def is_byline_intro(text: str) -> bool:
    """Whether a line is only a byline word ("By", "Author:") with the names on the next line."""
    key = text.strip(" *-:•").lower()
    return key in _name_signals()["intro_phrases"]


def names_in(text: str, single: bool = False) -> list[str]:
    """Person names in a byline remainder in normalised case; organisations only if no person.
    single: also accept a one-word name ("By AJLabs"), as an explicit byline can."""
    text = _EMAIL_RE.sub(" ", text).strip()
    half = len(text) // 2
    if half > 3 and text[:half].strip() == text[half:].strip():
        text = text[:half]  # "Associated Press Associated Press"
    text = _GLUED_RE.sub(" ", text)
    text = _BYLINE_CUT_RE.split(text, maxsplit=1)[0]
    span = date_span(text)
    if span:
        # "May 30, 2023 / Amy Gallo": the name may follow the date
        before = text[: span[0]]
        text = before if any(c.isalpha() for c in before) else text[span[1] :]
    text = re.sub(r"[^\w\s,;&|/•·.'’-]", " ", text)
    people: list[str] = []
    orgs: list[str] = []
    for i, part in enumerate(_NAME_SPLIT_RE.split(text)):
        name, is_org, cut_by_role = _name_of(part, single)
        # "Jane Doe, Forbes India Staff": a later part that ends in a job title is an employer
        if name:
            (orgs if is_org or (i > 0 and cut_by_role) else people).append(normal_case(name))
    return people or orgs[:1]


def _name_of(part: str, single: bool = False) -> tuple[str | None, bool, bool]:
    """A byline part as (name, is_organisation, cut_by_role); the name stops at a job title."""
    sig = _name_signals()
    words = part.replace("’", "'").split()
    while words and words[0].lower() in sig["intro"]:
        words = words[1:]
    if not words:
        return None, False, False
    first = words[0].lower().strip(".")
    is_org = first == "the" or first in sig["affiliation"]
    out: list[str] = []
    cut_by_role = False
    for w in words:
        low = w.lower().strip(".'-")
        if low in sig["roles"] or (low in sig["affiliation"] and not is_org and out):
            if len(out) == 1 and low in sig["affiliation"]:
                is_org = True  # "Chicago Tribune staff"
            else:
                cut_by_role = low in sig["roles"]
                # "Michael Ruiz Fox News": the word before an employer word is the employer's
                if len(out) >= 3 and not _is_initial(out[1]) and not is_org:
                    out.pop()
                break
        lower_word = w[:1].islower() and low not in sig["particles"]
        if lower_word and not (is_org and low in _ORG_JOINERS and out):
            break
        if not is_org and out:
            if w == "The":
                break
            letters = w.strip(".'-")
            # "Danielle Wallace FOXBusiness", "Craig Meyer USA TODAY": an employer follows
            if len(letters) > 2 and letters[:2].isupper() and letters[1].isalpha() and (
                not letters.isupper()
            ):
                break
            if len(letters) > 1 and letters.isupper() and not out[-1].isupper() and "." not in w:
                break
        out.append(w)
    out = [w for w in out if w.strip(".-")]
    if not out or len(out) > 5 or any(ch.isdigit() for w in out for ch in w):
        return None, False, False
    if not out[0][:1].isupper() or not all(_NAME_WORD_RE.match(w) for w in out):
        return None, False, False
    is_org = is_org or any(w.lower().strip(".") in sig["affiliation"] for w in out)
    # a one-word byline is taken only when written like a handle or brand ("AJLabs")
    camel = any(c.isupper() for c in out[0][1:])
    if len(out) == 1 and not is_org and not (single and camel):
        return None, False, False
    return " ".join(out).strip(" .-"), is_org, cut_by_role


def _is_initial(word: str) -> bool:
    return len(word.strip(".")) == 1


@cache
def _name_signals() -> dict[str, frozenset[str]]:
    sig = signals()
    return {
        "roles": frozenset(sig["byline_roles"]),
        "affiliation": frozenset(sig["affiliation_words"]),
        "particles": frozenset(sig["name_particles"]),
        "intro": frozenset(w for w in sig["byline_intro"] if " " not in w),
        "intro_phrases": frozenset(sig["byline_intro"]),
    }


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
    m = _dateline_re().match(first_paragraph)
    if not m:
        return None
    place = (m.group("place") or m.group("mplace") or "").strip()
    if len(place) < 3 or place.isdigit() or not any(c.isalpha() for c in place):
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in place.split())


def opens_with_dateline(text: str) -> bool:
    """Whether a line starts with a wire dateline followed by the story's first words."""
    if not text[:1].isupper():
        return False
    m = _dateline_re().match(text)
    return bool(m) and dateline_place(text) is not None and len(text[m.end():].split()) >= 4

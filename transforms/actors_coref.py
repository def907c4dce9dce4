"""In-document coreference of name parts: "Kim" -> Kim Jong-un when only one Kim is named."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from transforms.actors_dictionary import Entry, lookup_surname, namesakes
from transforms.actors_mentions import Mention, owner_index
from transforms.actors_titles import org_role
from transforms.countries import normalize_name


def _parts(name: str) -> list[str]:
    return [normalize_name(p) for p in name.split() if p[:1].isalpha()]


def _plausible_on(entry: Entry, published: date | None) -> bool:
    # A bare surname only stands for a dictionary person while they are in the news.
    if published is None or not entry.offices:
        return True
    starts = [o.start for o in entry.offices if o.start]
    ends = [o.end or published for o in entry.offices]
    if not starts:
        return True
    return (min(starts).year - 5) <= published.year <= (max(ends).year + 10)


_TITLE_STOP = frozenset({"of", "the", "and", "for", "to", "in", "on", "a"})
_TITLE_REACH = 3


def _title_vocabulary(entries: tuple[Entry, ...]) -> frozenset[str]:
    """The words of every office title of the dictionary ("president", "prime", "minister")."""
    return frozenset(w for e in entries for o in e.offices for w in o.title.lower().split()
                     if w not in _TITLE_STOP)


def _mention_title(doc: Doc, m: Mention, vocabulary: frozenset[str]) -> frozenset[str]:
    """The capitalised office words written just before a name ("President Reagan")."""
    start = max(doc[m.start].sent.start, m.start - _TITLE_REACH)
    words: set[str] = set()
    for tok in reversed(doc[start:m.start]):
        low = tok.lower_.rstrip(".")
        if not tok.text[:1].isupper() or low not in vocabulary:
            break
        words.add(low)
    return frozenset(words)


def _holds_title(entry: Entry | None, title: frozenset[str]) -> bool:
    """Whether a dictionary entry held an office whose title has the mention's title words."""
    return entry is not None and any(
        title <= {w for w in o.title.lower().split() if w not in _TITLE_STOP}
        for o in entry.offices)


def _name_index(mentions: list[Mention]) -> tuple[dict[str, set[str]], dict[str, Mention]]:
    """Full person names by each of their parts, and a mention of each full name."""
    full = [m for m in mentions if m.kind == "person" and m.resolution != "title"
            and (len(_parts(m.name)) >= 2 or m.entry is not None)]
    by_part: dict[str, set[str]] = {}
    target: dict[str, Mention] = {}
    for m in full:
        canonical = m.entry.name if m.entry else m.name
        target.setdefault(canonical, m)
        for part in _parts(canonical) + [p for a in (m.entry.aliases if m.entry else ())
                                         for p in _parts(a)]:
            by_part.setdefault(part, set()).add(canonical)
    return by_part, target


def _link_titled(doc: Doc, mentions: list[Mention], entries: tuple[Entry, ...],
                 published: date | None) -> set[int]:
    """Resolve single-part names written with an office title ("President Reagan") to the
    namesake holding that office; return the token starts of every titled mention."""
    by_part, target = _name_index(mentions)
    vocabulary = _title_vocabulary(entries)
    titled: set[int] = set()
    for m in mentions:
        if m.kind != "person" or m.entry is not None or len(_parts(m.name)) != 1:
            continue
        title = _mention_title(doc, m, vocabulary)
        if not title:
            continue
        titled.add(m.start)
        # "President Reagan" is not Nancy Reagan: the title must fit the namesake's offices
        names = {n for n in by_part.get(normalize_name(m.name), set())
                 if _holds_title(target[n].entry, title)}
        entry = target[next(iter(names))].entry if len(names) == 1 else None
        if entry is None and not names:
            entry = lookup_surname(m.name, entries)
            if entry is not None and not (_holds_title(entry, title)
                                          and _plausible_on(entry, published)):
                entry = None
        if entry is not None:
            m.name, m.entry = entry.name, entry
            m.country = m.country or entry.country
            m.resolution, m.confidence = "dictionary", 0.65
        elif not names:
            m.country = m.country or _shared_country(
                [e for e in namesakes(m.name, entries)
                 if _holds_title(e, title) and _plausible_on(e, published)])
    return titled


def _shared_country(candidates: list[Entry]) -> str | None:
    """The country every namesake shares ("President Bush": either Bush is American)."""
    countries = {e.country for e in candidates}
    return countries.pop() if len(countries) == 1 else None


def link_name_parts(doc: Doc, mentions: list[Mention], entries: tuple[Entry, ...],
                    published: date | None = None) -> None:
    """Give single-part person mentions the name of the one full name that contains the part."""
    titled = _link_titled(doc, mentions, entries, published)
    by_part, target = _name_index(mentions)
    # "President Reagan" settles whom the bare surname means; "Nancy Reagan" keeps her full name.
    settled = {m.entry.name for m in mentions if m.start in titled and m.entry is not None}
    for m in mentions:
        if m.kind not in ("person", "organization") or m.entry is not None \
                or len(_parts(m.name)) != 1 or m.start in titled:
            continue
        names = by_part.get(normalize_name(m.name), set())
        if len(names & settled) == 1:
            names = names & settled
        if m.kind == "organization":
            # NER often tags a surname alone as an organisation ("Berdymukhamedov's role").
            if len(names) != 1 or org_role(m.name) is not None:
                continue
            m.kind = "person"
        if len(names) == 1:
            src = target[next(iter(names))]
            m.name = src.entry.name if src.entry else src.name
            m.entry = src.entry
            if src.entry is not None:  # known before the domestic nouns look for a country
                m.country = m.country or src.entry.country
            m.resolution = "coreference"
            m.confidence = 0.7
            continue
        if not names:
            entry = lookup_surname(m.name, entries)
            if entry is not None and _plausible_on(entry, published):
                m.name = entry.name
                m.entry = entry
                m.country = m.country or entry.country
                m.resolution = "dictionary"
                m.confidence = 0.6



def unlabelled_name_parts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Proper nouns NER missed that are a part of exactly one person named in the doc."""
    owner = owner_index(doc, mentions)
    by_part: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.resolution != "title":
            for part in _parts(m.name):
                by_part.setdefault(part, set()).add(m.name)
    out = []
    for tok in doc:
        if owner[tok.i] is None and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            names = by_part.get(normalize_name(tok.text), set())
            if len(names) == 1:
                name = next(iter(names))
                out.append(Mention(tok.i, tok.i + 1, "person", name, resolution="coreference",
                                   confidence=0.6))
    return out

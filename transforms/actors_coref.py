"""In-document coreference of name parts: "Kim" -> Kim Jong-un when only one Kim is named."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from transforms.actors_dictionary import Entry, lookup_surname
from transforms.actors_mentions import Mention, owner_index
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


def link_name_parts(doc: Doc, mentions: list[Mention], entries: tuple[Entry, ...],
                    published: date | None = None) -> None:
    """Give single-part person mentions the name of the one full name that contains the part."""
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
    for m in mentions:
        if m.kind != "person" or m.entry is not None or len(_parts(m.name)) != 1:
            continue
        names = by_part.get(normalize_name(m.name), set())
        if len(names) == 1:
            src = target[next(iter(names))]
            m.name = src.entry.name if src.entry else src.name
            m.entry = src.entry
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

"""Plain data types passed between the transforms (no I/O, no framework)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SEGMENT_KINDS = (
    "headline", "standfirst", "subheading", "paragraph", "caption", "photo_credit", "byline",
    "dateline", "ad", "widget", "navigation", "related", "footer", "other",
)
KEPT_KINDS = frozenset({"paragraph", "subheading"})


@dataclass
class Segment:
    """One line or block of the raw page with its label; offsets are in the decoded raw text."""

    index: int
    kind: str
    text: str
    kept: bool
    char_start: int
    char_end: int


@dataclass
class CleanedArticle:
    """What `clean_page` returns: the article body, its metadata and every segment."""

    body: str
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    published_date: date | None = None
    date_source: str = "unknown"  # metadata, page_header, dateline, file, unknown
    dateline_place: str | None = None
    language: str | None = None
    url: str | None = None
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Actor:
    """A canonical actor of one article with every character span (in the body) that names it."""

    key: str  # canonical key, e.g. "person|kim jong-un|PRK"; actor_id is a hash of it
    name: str
    actor_type: str  # person, organization, country, group
    country: str | None = None  # ISO3, IGO or NGO
    role: str | None = None  # CAMEO/PLOVER sector code: GOV MIL LEG ...
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # a mention and its whole phrase
    mentions: int = 0  # times the article mentions the actor (0: unknown, count the spans)
    resolution: str = "ner"  # dictionary, title, apposition, demonym, metonymy, coreference, ner
    confidence: float = 0.5


@dataclass
class Relation:
    """An enduring tie between two actors of one article."""

    subject_key: str
    relation_type: str  # leader_of official_of member_of affiliated_with allied_with opposes ...
    object_key: str
    former: bool
    evidence: str
    sentence_index: int
    confidence: float


@dataclass
class Extraction:
    """What `extract` returns: rows for the actors, events and relations tables."""

    actors: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)
    # the story decision for the articles row: political, relevance, relevance_reason
    story: dict = field(default_factory=dict)

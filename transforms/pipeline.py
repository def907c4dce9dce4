"""One batch of decoded articles to table rows: clean, parse once, extract."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from transforms.ingest import RawArticle, Reject, published_from_metadata
from transforms.types import CleanedArticle

_PATH_DATE = re.compile(
    r"(?<!\d)(19[5-9]\d|20\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass
class BatchRows:
    """Rows per table for one batch, and the inputs that could not become articles."""

    tables: dict[str, list[dict]] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)


def date_from_path(path: str) -> date | None:
    """A publication date written in the file path (e.g. 2025-05-07 or 20250507)."""
    for m in _PATH_DATE.finditer(path):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    return None


def month_of(day: date | None) -> str:
    """The partition value of a publication date."""
    return day.strftime("%Y-%m") if day else "unknown"


def _with_metadata(cleaned: CleanedArticle, raw: RawArticle) -> CleanedArticle:
    """The cleaned article with JSON metadata and path dates filling what the page lacked."""
    meta = raw.metadata
    published = published_from_metadata(meta)
    if published:
        cleaned.published_date, cleaned.date_source = published, "metadata"
    elif cleaned.published_date is None and (from_path := date_from_path(raw.source_path)):
        cleaned.published_date, cleaned.date_source = from_path, "file"
    cleaned.headline = meta.get("title") or meta.get("headline") or cleaned.headline
    cleaned.url = meta.get("url") or cleaned.url
    cleaned.publisher = meta.get("publisher") or cleaned.publisher
    authors = meta.get("authors") or meta.get("author")
    if isinstance(authors, str):
        authors = [authors]
    if authors:
        cleaned.authors = [str(a) for a in authors]
    return cleaned


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def batch_rows(raws: list[RawArticle], run_id: str, ingested_at: datetime,
               extra_dictionary: list[dict] | None = None, model: str | None = None) -> BatchRows:
    """Table rows for every article of the batch; an article that fails becomes a reject."""
    from transforms import clean_page, extract
    from transforms.clean import repeated_lines_of
    from transforms.nlp import parsed_docs
    from transforms.version import PIPELINE_VERSION

    out = BatchRows({t: [] for t in ("articles", "segments", "actors", "events", "relations")})
    seen: set[str] = set()
    repeated = repeated_lines_of([r.text for r in raws if r.clean_format == "txt"])
    kept: list[tuple[RawArticle, CleanedArticle]] = []
    for raw in raws:
        if raw.article_id in seen:
            out.rejects.append(Reject(raw.source_path, "ingest", "duplicate",
                                      f"same content as another input (article {raw.article_id})"))
            continue
        seen.add(raw.article_id)
        try:
            page = clean_page(raw.text, raw.clean_format, repeated, url=raw.metadata.get("url"))
            cleaned = _with_metadata(page, raw)
        except Exception as exc:  # one bad page must not lose the batch
            out.rejects.append(Reject(raw.source_path, "clean", "error", _reason(exc)))
            continue
        if not cleaned.body.strip():
            out.rejects.append(Reject(raw.source_path, "clean", "no_text",
                                      "no article text left after removing boilerplate"))
            continue
        kept.append((raw, cleaned))
    docs = parsed_docs([c.body for _, c in kept], model)
    for (raw, cleaned), doc in zip(kept, docs, strict=True):
        try:
            found = extract(cleaned.body, cleaned.published_date, doc=doc,
                            article_id=raw.article_id, extra_dictionary=extra_dictionary)
        except Exception as exc:
            out.rejects.append(Reject(raw.source_path, "extract", "error", _reason(exc)))
            continue
        month = month_of(cleaned.published_date)
        segments = cleaned.segments
        out.tables["articles"].append({
            "article_id": raw.article_id, "source_path": raw.source_path,
            "source_format": raw.source_format, "content_sha256": raw.content_sha256,
            "publisher": cleaned.publisher, "url": cleaned.url, "headline": cleaned.headline,
            "authors": cleaned.authors, "published_date": cleaned.published_date,
            "date_source": cleaned.date_source, "dateline_place": cleaned.dateline_place,
            "language": cleaned.language, "body": cleaned.body,
            "word_count": len(cleaned.body.split()),
            "segments_removed": sum(1 for s in segments if not s.kept), **found.story,
            "ingested_at": ingested_at, "run_id": run_id, "pipeline_version": PIPELINE_VERSION,
            "published_month": month})
        out.tables["segments"] += [{
            "article_id": raw.article_id, "index": s.index, "kind": s.kind, "text": s.text,
            "kept": s.kept, "char_start": s.char_start, "char_end": s.char_end,
            "published_month": month} for s in segments]
        for table, rows in (("actors", found.actors), ("events", found.events),
                            ("relations", found.relations)):
            out.tables[table] += [{**row, "published_month": month} for row in rows]
    return out

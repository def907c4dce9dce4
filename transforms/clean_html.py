"""HTML pages: trafilatura extracts the main text and metadata; the line classifier labels it.

Segment offsets of an HTML page are offsets into trafilatura's extracted text, not the HTML.
"""

from __future__ import annotations

from datetime import date

from transforms.clean_meta import names_in, normal_case
from transforms.clean_segments import classify, split_lines
from transforms.types import CleanedArticle


def _extraction(raw: str):  # -> trafilatura Document | None
    """trafilatura's main-text extraction with metadata, without comments."""
    import trafilatura

    return trafilatura.bare_extraction(
        raw, include_comments=False, with_metadata=True, include_tables=True,
    )


def cleaned_html(raw: str, repeated: frozenset[str]) -> CleanedArticle:
    """Cleaned article of one HTML page."""
    from transforms.clean import article_from_lines, page_language

    if not raw.strip():
        return CleanedArticle(body="")
    doc = _extraction(raw)
    if doc is None or not (doc.text or "").strip():
        return CleanedArticle(body="")
    lines = split_lines(doc.text)
    lang = page_language(lines) or doc.language
    classify(lines, repeated, lang, whole_page_is_article=True)
    art = article_from_lines(lines, lang)
    if doc.title:
        art.headline = doc.title.strip()
        for ln, seg in zip(lines[:3], art.segments[:3], strict=False):
            if ln.core == art.headline:
                seg.kind, seg.kept = "headline", False
        art.body = "\n\n".join(s.text for s in art.segments if s.kept)
    meta_authors = authors_of_meta(doc.author)
    if meta_authors:
        art.authors = meta_authors
    published = date_of_meta(doc.date)
    if published:
        art.published_date, art.date_source = published, "metadata"
    art.publisher = (doc.sitename or "").strip() or art.publisher
    art.url = doc.url or None
    return art


def authors_of_meta(value: str | None) -> list[str]:
    """Author names of trafilatura's author field ("A; B")."""
    if not value:
        return []
    out: list[str] = []
    for part in value.split(";"):
        names = names_in(part) or ([normal_case(part.strip())] if part.strip() else [])
        out += [n for n in names if n not in out]
    return out


def date_of_meta(value: str | None) -> date | None:
    """Date of trafilatura's ISO date field."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None

"""HTML pages: trafilatura extracts the main text and metadata; the line classifier labels it.

Segment offsets of an HTML page are offsets into trafilatura's extracted text, not the HTML
(or, when trafilatura finds nothing, into the page rendered as text by clean_render).
"""

from __future__ import annotations

from datetime import date

from transforms.clean_lines import Line, add_features, has_end_credit, split_lines
from transforms.clean_meta import names_in, normal_case
from transforms.clean_segments import end_marker_indices
from transforms.types import KEPT_KINDS, CleanedArticle


def _extraction(raw: str, precise: bool = True):  # -> trafilatura Document | None
    """trafilatura's main-text extraction with metadata, without comments."""
    import trafilatura

    return trafilatura.bare_extraction(
        raw, include_comments=False, with_metadata=True, include_tables=True,
        favor_precision=precise,
    )


def cleaned_html(raw: str, repeated: frozenset[str]) -> CleanedArticle:
    """Cleaned article of one HTML page."""
    from transforms.clean import article_from_lines, page_language

    if not raw.strip():
        return CleanedArticle(body="")
    doc = _extraction(raw)
    text = (doc.text or "") if doc is not None else ""
    rendered = _rendered_article(raw, repeated)
    # precision mode sometimes keeps only a fragment (a teaser, a stub): measured against the
    # page-text cleaner's reading of the rendered page, retry without it
    if len(text) < _FRAGMENT_SHARE * len(rendered.body):
        retry = _extraction(raw, precise=False)
        if retry is not None and len(retry.text or "") > len(text):
            doc, text = retry, retry.text or ""
    # a long article of which the extractor kept a small part (live blogs, multi-part pages)
    if not text.strip() or (
        len(rendered.body) >= _LONG_ARTICLE_CHARS
        and len(text) < _FRAGMENT_SHARE * len(rendered.body)
    ):
        return _with_metadata(rendered, doc)
    lines = split_lines(text)
    lang = page_language(lines) or doc.language
    label_extracted(lines, repeated, lang)
    return _with_metadata(article_from_lines(lines, lang), doc)


def _with_metadata(art: CleanedArticle, doc) -> CleanedArticle:  # doc: trafilatura Document
    """The article with trafilatura's metadata (title, authors, date, site, url) where found."""
    if doc is None:
        return art
    if doc.title:
        art.headline = doc.title.strip()
        for seg in art.segments[:3]:
            if seg.kept and seg.text.strip() == art.headline:
                seg.kind, seg.kept = "headline", False
                art.body = art.body.removeprefix(seg.text.strip()).lstrip("\n")
    meta_authors = authors_of_meta(doc.author)
    if meta_authors:
        art.authors = meta_authors
    published = date_of_meta(doc.date)
    if published:
        art.published_date, art.date_source = published, "metadata"
    art.publisher = (doc.sitename or "").strip() or art.publisher
    art.url = doc.url or None
    return art


# what the extractor keeps but is not article text; other kinds are too uncertain to drop
_DROP_KINDS = frozenset({"ad", "navigation", "photo_credit", "widget", "byline", "footer"})


def _rendered_article(raw: str, repeated: frozenset[str]) -> CleanedArticle:
    """The page-text cleaner's reading of the rendered page (offsets into the rendering)."""
    from transforms.clean import cleaned_text
    from transforms.clean_render import rendered_text

    return cleaned_text(rendered_text(raw), repeated)


def label_extracted(lines: list[Line], repeated: frozenset[str], lang: str | None) -> None:
    """Label the lines trafilatura kept: furniture it let through, captions, subheadings."""
    add_features(lines, lang)
    for ln in lines:
        if ln.pattern in _DROP_KINDS and not ln.prose:
            ln.kind = ln.pattern
        elif ln.key in repeated and not ln.prose:
            ln.kind = "navigation"
        elif ln.words >= 4 and has_end_credit(ln.core):
            ln.kind = "caption"
        elif ln.terminal or ln.words > _SUBHEADING_MAX_WORDS or ln.bullet:
            ln.kind = "paragraph"
        else:
            ln.kind = "subheading" if ln.words else "other"
    words = sum(ln.words for ln in lines) or 1
    seen = 0
    ends = set(end_marker_indices(lines)[0])
    for i, ln in enumerate(lines):
        # what follows a late end marker (comments, more stories, author box) is not article
        if i in ends and seen >= _LATE_END_SHARE * words:
            for rest in lines[i:]:
                if rest.kind in KEPT_KINDS:
                    rest.kind = "related" if rest.pattern == "related" else "footer"
            break
        seen += ln.words


_SUBHEADING_MAX_WORDS = 16
_LATE_END_SHARE = 0.5
_FRAGMENT_SHARE = 0.25
_LONG_ARTICLE_CHARS = 10_000


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

"""Turn the bytes of one input file into decoded, hashed articles or reasoned rejections."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from transforms.ids import sha256_hex, stable_id

MAX_BYTES = 20_000_000  # a news page is kilobytes; tens of megabytes is a dump, not an article
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
_TEXT_KEYS = ("text", "body", "content", "maintext")
_HTML_KEYS = ("html", "raw_html")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _first_text(record: dict, keys: tuple[str, ...]) -> str | None:
    return next((record[k] for k in keys if isinstance(record.get(k), str) and record[k].strip()),
                None)


@dataclass
class RawArticle:
    """A decoded article ready for cleaning."""

    article_id: str
    source_path: str
    source_format: str  # txt, html, json, jsonl
    content_sha256: str
    text: str
    clean_format: str  # txt or html: how clean_page must read `text`
    encoding: str
    metadata: dict = field(default_factory=dict)  # headline, url, authors, published from JSON


@dataclass
class Reject:
    """An input that could not become an article, with a reason a person can act on."""

    source_path: str
    stage: str
    error_type: str
    message: str


def format_of(path: str) -> str | None:
    """The input format for a file name, or None when dyads does not read it."""
    suffix = path[path.rfind("."):].lower() if "." in path else ""
    return FORMATS.get(suffix)


def decoded_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text and name the encoding; raises ValueError when it is not text."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary: contains NUL bytes")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    western = _western_8bit(data)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes  # lazy: only legacy encodings need it

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable: no text encoding fits the bytes")
    return str(best), best.encoding


def _western_8bit(data: bytes) -> str | None:
    """Windows-1252 text when the bytes read as a Latin-script language in it, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    # accented letters are a minority in Western languages; Cyrillic or Greek read as
    # cp1252 turns nearly every letter into a non-ASCII one
    non_ascii = sum(1 for ch in letters if ord(ch) > 127)
    return text if letters and non_ascii / len(letters) < 0.25 else None


def _control_share(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
              and ch not in "\n\r\t\f")
    return bad / len(sample)


def normalised(text: str) -> str:
    """Text in NFC with unified newlines and no trailing whitespace."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def article_id_of(text: str) -> str:
    """The article id: a hash of the normalised decoded content."""
    return stable_id("article", normalised(text))


def _record_article(record: object, path: str, fmt: str, sha: str, enc: str) -> RawArticle | Reject:
    if not isinstance(record, dict):
        return Reject(path, "ingest", "malformed_json", "JSON record is not an object")
    html, text = _first_text(record, _HTML_KEYS), _first_text(record, _TEXT_KEYS)
    if text is None and html is None:
        fields = ", ".join(_TEXT_KEYS + _HTML_KEYS)
        return Reject(path, "ingest", "no_text", f"JSON record has none of the fields {fields}")
    meta = {k: record[k] for k in ("title", "headline", "url", "authors", "author", "date",
                                   "published", "publish_date", "published_date", "publisher")
            if record.get(k)}
    content = text if text is not None else html
    return RawArticle(article_id_of(content), path, fmt, sha, normalised(content),
                      "txt" if text is not None else "html", enc, meta)


def articles_from_bytes(data: bytes, path: str, fmt: str) -> list[RawArticle | Reject]:
    """Every article (or rejection) one input file yields; never raises on bad input."""
    if not data.strip():
        return [Reject(path, "ingest", "empty", "file is empty or only whitespace")]
    if len(data) > MAX_BYTES:
        return [Reject(path, "ingest", "too_large",
                       f"{len(data):,} bytes exceeds the {MAX_BYTES:,}-byte article limit")]
    try:
        text, enc = decoded_text(data)
    except ValueError as exc:
        kind = str(exc).split(":")[0]
        return [Reject(path, "ingest", kind, f"not a text file ({exc})")]
    if _control_share(text) > 0.01:
        return [Reject(path, "ingest", "binary", "decoded text is mostly control characters")]
    sha = sha256_hex(data)
    if fmt in ("txt", "html"):
        return [RawArticle(article_id_of(text), path, fmt, sha, normalised(text), fmt, enc)]
    if fmt == "json":
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            return [Reject(path, "ingest", "malformed_json", f"invalid JSON: {exc}")]
        records = parsed if isinstance(parsed, list) else [parsed]
        return [_record_article(r, f"{path}#{i}" if len(records) > 1 else path, fmt, sha, enc)
                for i, r in enumerate(records)]
    out: list[RawArticle | Reject] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"invalid JSON: {exc}"
            out.append(Reject(f"{path}#{lineno}", "ingest", "malformed_json", reason))
            continue
        out.append(_record_article(record, f"{path}#{lineno}", fmt, sha, enc))
    return out or [Reject(path, "ingest", "empty", "JSONL file has no records")]


def published_from_metadata(meta: dict) -> date | None:
    """The publication date named in JSON metadata, if it parses as an ISO date."""
    for key in ("published_date", "publish_date", "published", "date"):
        value = meta.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None

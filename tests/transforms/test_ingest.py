"""Ingest: bytes to decoded, hashed articles, or rejects with reasons."""

import json

from transforms.ingest import RawArticle, Reject, articles_from_bytes, format_of


def _one(data: bytes, path: str = "a.txt", fmt: str = "txt"):
    items = articles_from_bytes(data, path, fmt)
    assert len(items) == 1
    return items[0]


def test_utf8_text_is_an_article_with_stable_id():
    a = _one("Seoul, May 7 — Talks resumed.\r\n".encode())
    b = _one("Seoul, May 7 — Talks resumed.\n".encode(), "b.txt")
    assert isinstance(a, RawArticle)
    assert a.text == "Seoul, May 7 — Talks resumed."
    assert a.article_id == b.article_id  # same content, other file and line endings
    assert a.content_sha256 != b.content_sha256


def test_empty_and_whitespace_files_are_rejected():
    for data in (b"", b"  \n\t\n"):
        item = _one(data)
        assert isinstance(item, Reject) and item.error_type == "empty"


def test_binary_file_is_rejected():
    item = _one(bytes(range(256)) * 20)
    assert isinstance(item, Reject) and item.error_type == "binary"


def test_legacy_8bit_encoding_is_decoded():
    text = ("Le président français a rencontré le ministre allemand à Genève. "
            "Les négociations ont échoué, a déclaré le porte-parole du ministère.")
    item = _one(text.encode("cp1252"))
    assert isinstance(item, RawArticle)
    assert "président français" in item.text and "négociations" in item.text
    assert item.encoding.lower().replace("_", "-") in {"cp1252", "windows-1252", "iso-8859-1",
                                                       "latin-1", "iso8859-15", "latin1"}


def test_utf16_with_bom_is_decoded():
    item = _one("Ankara recalled its ambassador.".encode("utf-16"))
    assert isinstance(item, RawArticle) and item.text == "Ankara recalled its ambassador."


def test_gigantic_file_is_rejected_without_decoding():
    item = _one(b"a" * 25_000_000)
    assert isinstance(item, Reject) and item.error_type == "too_large"


def test_jsonl_records_and_malformed_lines():
    lines = [json.dumps({"text": "Kyiv said it shot down drones.", "url": "https://x/1",
                         "published": "2024-03-02T10:00:00Z"}),
             "{not json",
             json.dumps({"title": "no body here"}),
             json.dumps({"html": "<html><body><p>Body</p></body></html>"})]
    items = articles_from_bytes("\n".join(lines).encode(), "f.jsonl", "jsonl")
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["RawArticle", "Reject", "Reject", "RawArticle"]
    assert items[0].metadata["url"] == "https://x/1" and items[0].source_path == "f.jsonl#1"
    assert items[1].error_type == "malformed_json" and items[2].error_type == "no_text"
    assert items[3].clean_format == "html"


def test_malformed_json_file_is_rejected():
    item = _one(b'{"text": "unterminated', "f.json", "json")
    assert isinstance(item, Reject) and item.error_type == "malformed_json"


def test_formats_by_suffix():
    assert format_of("x/a.HTM") == "html" and format_of("a.jsonl") == "jsonl"
    assert format_of("ATTRIBUTION.md") is None

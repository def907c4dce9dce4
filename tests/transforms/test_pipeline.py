"""Batch helpers: dates written in paths and partition months."""

from datetime import date

from transforms.pipeline import date_from_path, month_of


def test_date_from_path_reads_common_forms():
    assert date_from_path("news/2025-05-07/kim.txt") == date(2025, 5, 7)
    assert date_from_path("dump_20240229_x.html") == date(2024, 2, 29)
    assert date_from_path("000_515502fad0491e67.txt") is None
    assert date_from_path("ids/20231345.txt") is None  # month 13 is not a date


def test_month_of():
    assert month_of(date(2025, 5, 7)) == "2025-05" and month_of(None) == "unknown"


def test_batch_rows_use_json_metadata_and_the_url_date():
    import json
    from datetime import UTC, datetime

    from transforms.ingest import articles_from_bytes
    from transforms.pipeline import batch_rows

    records = [
        {"text": "Turkey recalled its ambassador to Sweden on Tuesday after protests in "
                 "Stockholm, the foreign ministry in Ankara said.",
         "url": "https://news.example.org/world/2023/01/24/turkey-recalls-envoy"},
        {"text": "Kenya's president met the Ethiopian prime minister in Nairobi to discuss "
                 "the border dispute, officials said.", "title": "Kenya and Ethiopia meet",
         "published": "2024-06-03", "authors": ["A. Writer"]},
    ]
    data = "\n".join(json.dumps(r) for r in records).encode()
    raws = articles_from_bytes(data, "feed.jsonl", "jsonl")
    rows = batch_rows(raws, "run", datetime(2025, 1, 1, tzinfo=UTC))
    by_path = {a["source_path"]: a for a in rows.tables["articles"]}
    first, second = by_path["feed.jsonl#1"], by_path["feed.jsonl#2"]
    assert first["published_date"] == date(2023, 1, 24) and first["date_source"] == "metadata"
    assert first["url"].endswith("turkey-recalls-envoy")
    assert first["published_month"] == "2023-01"
    assert second["published_date"] == date(2024, 6, 3) and second["headline"] == \
        "Kenya and Ethiopia meet" and second["authors"] == ["A. Writer"]
    assert not rows.rejects

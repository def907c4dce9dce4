"""The run summary artifact: what a person reads in the Prefect UI after each run."""

from __future__ import annotations

from flows.artifacts import count_rows, summary_markdown, validation_result

SUMMARY = {
    "run_id": "abc", "status": "completed", "inputs": 4, "inputs_skipped": 7,
    "counts": {"articles": 3, "events": 12, "rejects": 1, "quarantine": 2,
               "segments_removed": 9},
    "validation": {"articles": {"rows": 3, "quarantined": 0},
                   "events": {"rows": 14, "quarantined": 2}},
    "seconds": 12.345,
}


def test_counts_table_has_every_table_with_published_and_quarantined_rows():
    rows = {r["table"]: r for r in count_rows(SUMMARY)}
    assert set(rows) == {"articles", "segments", "actors", "events", "relations", "rejects",
                         "quarantine"}
    assert rows["events"] == {"table": "events", "rows": 12, "quarantined": 2}
    assert rows["actors"]["rows"] == 0


def test_markdown_names_inputs_articles_rejects_quarantine_validation_and_time():
    text = summary_markdown(SUMMARY, "s3://bucket/wh")
    for piece in ("inputs processed: 4", "skipped: 7", "- articles: 3", "- rejects: 1",
                  "- quarantined rows: 2", "2 of 17 rows quarantined", "12.3 s",
                  "`s3://bucket/wh`", "| events | 12 | 2 |"):
        assert piece in text, piece


def test_validation_result_of_a_clean_and_of_a_failed_run():
    clean = {**SUMMARY, "validation": {"articles": {"rows": 3, "quarantined": 0}}}
    assert validation_result(clean) == "passed (3 rows checked, none quarantined)"
    assert validation_result({**SUMMARY, "status": "failed"}).startswith("not finished")

"""Great Expectations validation: bad rows to quarantine, a broken table fails the run."""

import json

import pytest

from flows.validate import TableValidationError, validated


def _event(event_id: str, **overrides) -> dict:
    row = {"event_id": event_id, "article_id": "a1", "sentence_index": 0, "sentence": "s",
           "trigger": "met", "trigger_start": 3, "trigger_end": 6, "cameo_code": "042",
           "cameo_root": "04", "plover_type": "CONSULT", "quad_class": 1, "goldstein": 1.9,
           "modality": "asserted", "is_headline": False, "mentions": 1, "confidence": 0.8,
           "pipeline_version": "t", "published_month": "2025-05"}
    row.update(overrides)
    return row


def test_bad_event_rows_are_quarantined_with_reason():
    rows = [_event("e1"), _event("e2", goldstein=25.0), _event("e3", cameo_code="42x"),
            _event("e4", modality="rumoured")]
    result = validated({"events": rows}, run_id="r1")
    assert [r["event_id"] for r in result.accepted["events"]] == ["e1"]
    reasons = {q["row_key"]: q["expectation"] for q in result.quarantine}
    assert reasons == {"e2": "expect_column_values_to_be_between",
                       "e3": "expect_column_values_to_match_regex",
                       "e4": "expect_column_values_to_be_in_set"}
    quarantined = {q["row_key"]: q for q in result.quarantine}
    assert quarantined["e2"]["observed_value"] == "25.0"
    assert json.loads(quarantined["e4"]["row_json"])["modality"] == "rumoured"
    assert result.summary["events"] == {"rows": 4, "quarantined": 3}


def test_rows_of_a_quarantined_article_follow_it():
    article = {"article_id": "a1", "source_path": "x.txt", "source_format": "txt",
               "content_sha256": "h", "body": "Text.", "word_count": 0,
               "date_source": "unknown", "segments_removed": 0, "ingested_at": None,
               "run_id": "r", "pipeline_version": "t", "published_month": "unknown"}
    result = validated({"articles": [article], "events": [_event("e1")]}, run_id="r1")
    assert result.accepted["articles"] == [] and result.accepted["events"] == []
    assert {q["expectation"] for q in result.quarantine} == {
        "expect_column_values_to_be_between", "parent_article_quarantined"}


def test_a_frame_without_the_contract_columns_fails_the_run(monkeypatch):
    from flows import validate

    monkeypatch.setattr(validate, "_frame", _broken_frame)
    with pytest.raises(TableValidationError, match="events"):
        validate.validated({"events": [_event("e1")]}, run_id="r1")


def _broken_frame(rows, table):
    import pandas as pd

    from schemas.expectations import ROW_KEY

    return pd.DataFrame({"event_id": [r["event_id"] for r in rows], ROW_KEY: ["0"]})

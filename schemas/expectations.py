"""Great Expectations suites per table, declared as data (built lazily: GX imports slowly)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from schemas.tables import TABLES
from transforms.types import SEGMENT_KINDS as CLEANER_KINDS

ROW_KEY = "_row_key"  # synthetic column naming each row in the failure list
SEGMENT_KINDS = list(CLEANER_KINDS)  # the labels the cleaner gives
MODALITIES = ["asserted", "negated", "planned", "hypothetical", "reported"]
RELATION_TYPES = ["leader_of", "official_of", "member_of", "affiliated_with", "allied_with",
                  "opposes", "part_of"]
RESOLUTIONS = ["dictionary", "title", "apposition", "demonym", "metonymy", "coreference", "ner"]
_ZERO_ONE = {"min_value": 0, "max_value": 1}


@cache
def role_codes() -> list[str]:
    """The actor sector codes of schemas/codes/roles.csv."""
    with open(Path(__file__).parent / "codes" / "roles.csv", newline="") as fh:
        return [row["code"] for row in csv.DictReader(fh)]


def row_rules(table: str) -> list[tuple[str, dict]]:
    """(GX expectation class name, arguments) checked row by row: failures go to quarantine."""
    unique = [("ExpectColumnValuesToBeUnique", {"column": c}) for c in _unique_columns(table)]
    rules: dict[str, list[tuple[str, dict]]] = {
        "articles": [
            ("ExpectColumnValuesToNotBeNull", {"column": "body"}),
            ("ExpectColumnValuesToBeBetween", {"column": "word_count", "min_value": 1}),
            ("ExpectColumnValuesToBeBetween", {"column": "relevance", **_ZERO_ONE}),
            ("ExpectColumnValuesToBeInSet", {"column": "date_source", "value_set": [
                "metadata", "page_header", "dateline", "file", "unknown"]}),
            ("ExpectColumnValuesToMatchRegex", {"column": "language", "regex": r"^[a-z]{2,3}$"}),
            ("ExpectColumnValuesToMatchRegex", {"column": "published_month",
                                                "regex": r"^(?:\d{4}-\d{2}|unknown)$"}),
        ],
        "segments": [
            ("ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": SEGMENT_KINDS}),
            ("ExpectColumnPairValuesAToBeGreaterThanB", {
                "column_A": "char_end", "column_B": "char_start", "or_equal": True}),
        ],
        "actors": [
            ("ExpectColumnValuesToNotBeNull", {"column": "name"}),
            ("ExpectColumnValuesToBeInSet", {"column": "actor_type", "value_set": [
                "person", "organization", "country", "group"]}),
            ("ExpectColumnValuesToMatchRegex", {"column": "country", "regex": r"^[A-Z]{3}$"}),
            ("ExpectColumnValuesToBeInSet", {"column": "role", "value_set": role_codes()}),
            ("ExpectColumnValuesToBeInSet", {"column": "resolution", "value_set": RESOLUTIONS}),
            ("ExpectColumnValuesToBeBetween", {"column": "confidence", **_ZERO_ONE}),
        ],
        "events": [
            ("ExpectColumnValuesToMatchRegex", {"column": "cameo_code", "regex": r"^\d{2,4}$"}),
            ("ExpectColumnValuesToMatchRegex", {"column": "cameo_root", "regex": r"^\d{2}$"}),
            ("ExpectColumnValuesToBeInSet", {"column": "quad_class", "value_set": [1, 2, 3, 4]}),
            ("ExpectColumnValuesToBeBetween", {"column": "goldstein", "min_value": -10,
                                               "max_value": 10}),
            ("ExpectColumnValuesToBeInSet", {"column": "modality", "value_set": MODALITIES}),
            ("ExpectColumnValuesToBeInSet", {"column": "date_precision", "value_set": [
                "day", "month", "year", "published"]}),
            ("ExpectColumnValuesToBeBetween", {"column": "latitude", "min_value": -90,
                                               "max_value": 90}),
            ("ExpectColumnValuesToBeBetween", {"column": "longitude", "min_value": -180,
                                               "max_value": 180}),
            ("ExpectColumnValuesToBeBetween", {"column": "confidence", **_ZERO_ONE}),
            ("ExpectColumnPairValuesAToBeGreaterThanB", {
                "column_A": "trigger_end", "column_B": "trigger_start"}),
        ],
        "relations": [
            ("ExpectColumnValuesToBeInSet", {"column": "relation_type",
                                             "value_set": RELATION_TYPES}),
            ("ExpectColumnValuesToBeBetween", {"column": "confidence", **_ZERO_ONE}),
        ],
    }
    return unique + rules.get(table, [])


def table_rules(table: str) -> list[tuple[str, dict]]:
    """Expectations on the whole table: a failure fails the run."""
    return [("ExpectTableColumnsToMatchSet",
             {"column_set": [*TABLES[table].names, ROW_KEY], "exact_match": True})]


def _unique_columns(table: str) -> list[str]:
    return {"articles": ["article_id"], "events": ["event_id"],
            "relations": ["relation_id"]}.get(table, [])


VALIDATED_TABLES = ("articles", "segments", "actors", "events", "relations")

"""The table contract: one pyarrow schema per table, a description on every field."""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"
PARTITION_COLUMN = "published_month"


def _f(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": description})


_str, _int, _float, _bool, _date = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()
_ts = pa.timestamp("us", tz="UTC")
_strings = pa.list_(pa.string())
_MONTH = _f(PARTITION_COLUMN, _str, "Publication month YYYY-MM, or 'unknown' (hive partition)")

ARTICLES = pa.schema([
    _f("article_id", _str, "Deterministic hash of the decoded article content", False),
    _f("source_path", _str, "Path of the input file (and #line for JSONL records)", False),
    _f("source_format", _str, "Input format: txt, html, json or jsonl", False),
    _f("content_sha256", _str, "SHA-256 of the raw input bytes of this article", False),
    _f("publisher", _str, "Publisher name found on the page"),
    _f("url", _str, "Canonical URL when the input names one"),
    _f("headline", _str, "Headline of the article"),
    _f("authors", _strings, "Authors, normalised case"),
    _f("published_date", _date, "Publication date"),
    _f("date_source", _str, "Where published_date came from: metadata, page_header, dateline, "
       "file, unknown", False),
    _f("dateline_place", _str, "Place named in the dateline"),
    _f("language", _str, "ISO 639-1 language code of the body"),
    _f("body", _str, "Article text: paragraphs and subheadings in reading order, separated by "
       "blank lines; no headline, byline, caption or boilerplate", False),
    _f("word_count", _int, "Words in body", False),
    _f("segments_removed", _int, "Segments of the page not kept in body", False),
    _f("political", _bool, "Whether the story is about politics; outside political stories only "
       "acts between states and organised politics are coded as events", False),
    _f("relevance", _float, "Political share of the story's evidence (0-1)", False),
    _f("relevance_reason", _str, "The evidence behind `political`: core actor mentions, "
       "political words, words of other domains", False),
    _f("ingested_at", _ts, "When this run ingested the article (UTC)", False),
    _f("run_id", _str, "Run that produced the row", False),
    _f("pipeline_version", _str, "dyads version that produced the row", False),
    _MONTH,
])

SEGMENTS = pa.schema([
    _f("article_id", _str, "Article the segment belongs to", False),
    _f("index", _int, "Position of the segment in the page", False),
    _f("kind", _str, "headline, standfirst, subheading, paragraph, caption, photo_credit, byline, "
       "dateline, ad, widget, navigation, related, footer or other", False),
    _f("text", _str, "Text of the segment", False),
    _f("kept", _bool, "Whether the segment is part of articles.body", False),
    _f("char_start", _int, "Start offset in the decoded raw text", False),
    _f("char_end", _int, "End offset in the decoded raw text", False),
    _MONTH,
])

ACTORS = pa.schema([
    _f("actor_id", _str, "Hash of the canonical actor key; stable across articles", False),
    _f("article_id", _str, "Article the actor was found in", False),
    _f("name", _str, "Canonical name", False),
    _f("actor_type", _str, "person, organization, country or group", False),
    _f("country", _str, "ISO 3166-1 alpha-3, or IGO / NGO"),
    _f("role", _str, "CAMEO/PLOVER sector: GOV MIL LEG JUD COP SPY MED EDU BUS REB OPP CVL ..."),
    _f("title", _str, "Title or office named in the article"),
    _f("aliases", _strings, "Other names of the actor in the article"),
    _f("mentions", _int, "Mentions of the actor in the body", False),
    _f("first_char", _int, "Offset in articles.body of the first mention", False),
    _f("resolution", _str, "How the actor was resolved: dictionary, title, apposition, demonym, "
       "metonymy, coreference, ner", False),
    _f("confidence", _float, "Confidence in the resolution, 0-1", False),
    _MONTH,
])

EVENTS = pa.schema([
    _f("event_id", _str, "Deterministic hash of article, trigger offsets and code", False),
    _f("article_id", _str, "Article the event was coded from", False),
    _f("sentence_index", _int, "Index of the sentence in the body (-1: headline)", False),
    _f("sentence", _str, "The sentence the event was coded from", False),
    _f("trigger", _str, "Word(s) that express the event", False),
    _f("trigger_start", _int, "Start offset of the trigger in articles.body", False),
    _f("trigger_end", _int, "End offset of the trigger in articles.body", False),
    _f("source_actor_id", _str, "actor_id of the source (who acts)"),
    _f("source_name", _str, "Name of the source actor"),
    _f("source_country", _str, "Country of the source actor (ISO3, IGO, NGO)"),
    _f("source_role", _str, "Sector of the source actor"),
    _f("target_actor_id", _str, "actor_id of the target (acted upon)"),
    _f("target_name", _str, "Name of the target actor"),
    _f("target_country", _str, "Country of the target actor"),
    _f("target_role", _str, "Sector of the target actor"),
    _f("cameo_code", _str, "CAMEO event code, leading zeros kept ('042')", False),
    _f("cameo_root", _str, "CAMEO root code ('04')", False),
    _f("plover_type", _str, "PLOVER event type"),
    _f("quad_class", _int, "QuadClass 1-4: verbal coop, material coop, verbal conflict, "
       "material conflict"),
    _f("goldstein", _float, "Goldstein scale value of the CAMEO code, -10..10"),
    _f("modality", _str, "asserted, negated, planned, hypothetical or reported", False),
    _f("attributed_to", _str, "actor_id of the speaker of a reported claim"),
    _f("event_date", _date, "Date of the event"),
    _f("date_text", _str, "Expression the date was read from"),
    _f("date_precision", _str, "day, month, year or published"),
    _f("location_name", _str, "Place of the event"),
    _f("location_country", _str, "ISO3 of the place of the event"),
    _f("latitude", _float, "Latitude of the place"),
    _f("longitude", _float, "Longitude of the place"),
    _f("is_headline", _bool, "Coded from the headline", False),
    _f("mentions", _int, "Times the same event is reported in the article", False),
    _f("confidence", _float, "Confidence that the row is right, 0-1", False),
    _f("pipeline_version", _str, "dyads version that produced the row", False),
    _MONTH,
])

RELATIONS = pa.schema([
    _f("relation_id", _str, "Deterministic hash of article, subject, type and object", False),
    _f("article_id", _str, "Article the relation was read from", False),
    _f("subject_actor_id", _str, "actor_id of the subject", False),
    _f("subject_name", _str, "Name of the subject", False),
    _f("relation_type", _str, "leader_of, official_of, member_of, affiliated_with, allied_with, "
       "opposes or part_of", False),
    _f("object_actor_id", _str, "actor_id of the object", False),
    _f("object_name", _str, "Name of the object", False),
    _f("former", _bool, "The tie has ended ('former', 'then-')", False),
    _f("evidence", _str, "Text the relation was read from", False),
    _f("sentence_index", _int, "Index of the sentence in the body", False),
    _f("confidence", _float, "Confidence, 0-1", False),
    _MONTH,
])

REJECTS = pa.schema([
    _f("run_id", _str, "Run that met the input", False),
    _f("source_path", _str, "Input that could not become an article", False),
    _f("stage", _str, "Stage that rejected it: ingest, clean, extract", False),
    _f("error_type", _str, "Short machine-readable reason: empty, binary, too_large, "
       "undecodable, malformed_json, no_text, error", False),
    _f("message", _str, "What a person can act on", False),
    _f("content_sha256", _str, "SHA-256 of the input bytes (a file is not retried unchanged)"),
    _f("at", _ts, "When (UTC)", False),
])

QUARANTINE = pa.schema([
    _f("run_id", _str, "Run whose validation failed the row", False),
    _f("table", _str, "Table the row was meant for", False),
    _f("row_key", _str, "Primary key of the row", False),
    _f("expectation", _str, "Great Expectations expectation the row failed", False),
    _f("observed_value", _str, "Offending value", False),
    _f("row_json", _str, "The whole row as JSON", False),
])

RUNS = pa.schema([
    _f("run_id", _str, "Run id", False),
    _f("started_at", _ts, "Start (UTC)", False),
    _f("finished_at", _ts, "End (UTC)", False),
    _f("status", _str, "completed or failed", False),
    _f("parameters", _str, "Run parameters as JSON", False),
    _f("counts", _str, "Rows written per table as JSON", False),
    _f("validation", _str, "Validation summary per table as JSON", False),
    _f("versions", _str, "pipeline, spaCy, model, dictionaries hash as JSON", False),
])

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES, "segments": SEGMENTS, "actors": ACTORS, "events": EVENTS,
    "relations": RELATIONS, "rejects": REJECTS, "quarantine": QUARANTINE, "runs": RUNS,
}
PARTITIONED = frozenset({"articles", "segments", "actors", "events", "relations"})
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",), "segments": ("article_id", "index"),
    "actors": ("article_id", "actor_id"), "events": ("event_id",), "relations": ("relation_id",),
}


def with_metadata(schema: pa.Schema, table: str) -> pa.Schema:
    """The schema with the table name and schema version in its file metadata."""
    return schema.with_metadata({"dyads.table": table, "dyads.schema_version": SCHEMA_VERSION})

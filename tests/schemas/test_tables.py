"""The table contract: every field described, codes as strings, a version in the metadata."""

import pyarrow as pa

from schemas.tables import PARTITION_COLUMN, PARTITIONED, TABLES, with_metadata


def test_every_field_has_a_description():
    for name, schema in TABLES.items():
        for field in schema:
            assert field.metadata and field.metadata[b"description"].strip(), f"{name}.{field.name}"


def test_article_tables_are_partitioned_by_month():
    for name in PARTITIONED:
        assert TABLES[name].field(PARTITION_COLUMN).type == pa.string()


def test_codes_are_strings_and_dates_are_date32():
    events = TABLES["events"]
    assert events.field("cameo_code").type == pa.string()
    assert events.field("event_date").type == pa.date32()
    assert TABLES["articles"].field("ingested_at").type == pa.timestamp("us", tz="UTC")
    assert TABLES["articles"].field("authors").type == pa.list_(pa.string())


def test_schema_version_in_file_metadata():
    meta = with_metadata(TABLES["events"], "events").metadata
    assert meta[b"dyads.table"] == b"events" and meta[b"dyads.schema_version"]

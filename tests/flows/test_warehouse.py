"""The warehouse on a path and on a file:// URI: atomic, idempotent publish, what it already
holds, and incremental runs (a changed file is a new article version, an unchanged one is
skipped)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.etl import run
from flows.params import RunParameters
from flows.warehouse import STAGING, Warehouse, input_files
from schemas.tables import TABLES

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
SEED = "000_515502fad0491e67.txt"
OTHER = "ecbplus_19_1ecb.txt"


def _reject(path: str, sha: str) -> dict:
    return {"run_id": "r1", "source_path": path, "stage": "ingest", "error_type": "empty",
            "message": "the file is empty", "content_sha256": sha,
            "at": datetime(2025, 5, 7, tzinfo=UTC)}


@pytest.fixture(params=["path", "file-uri"])
def warehouse(request, tmp_path) -> tuple[Warehouse, Path]:
    """A warehouse given as a plain path and as a file:// URI of the same kind of folder."""
    root = tmp_path / "wh"
    uri = str(root) if request.param == "path" else root.as_uri()
    return Warehouse(uri), root


def test_file_uri_names_the_local_folder(tmp_path):
    root = tmp_path / "wh"
    assert Path(Warehouse(root.as_uri()).table_dir("events")) == root / "events"
    assert Warehouse(root.as_uri()).fs_and_root[1] == Warehouse(str(root)).fs_and_root[1]


def test_publish_is_whole_files_under_the_table_and_a_rerun_replaces(warehouse):
    wh, root = warehouse
    rows = [_reject("a.txt", "1" * 64), _reject("b.txt", "2" * 64)]
    written = wh.publish("rejects", rows, "part-x")
    assert [Path(p).name for p in written] == ["part-x.parquet"]
    assert (root / "rejects" / "part-x.parquet").is_file()
    wh.publish("rejects", rows, "part-x")  # the same batch again: same name, no duplicates
    assert wh.read("rejects").num_rows == 2
    assert wh.known_hashes() == {"1" * 64, "2" * 64}
    assert not any((root / STAGING).iterdir())  # the staged file was moved, not copied
    assert pq.read_schema(root / "rejects" / "part-x.parquet").metadata  # schema version kept


def test_empty_warehouse_reads_as_empty_tables_and_ensure_tables_makes_them(warehouse):
    wh, root = warehouse
    for table in TABLES:
        assert wh.read(table).num_rows == 0
    assert wh.known_hashes() == set()
    wh.ensure_tables()
    for table in TABLES:
        assert (root / table).is_dir(), table
    n = duckdb.sql(f"select count(*) from '{root}/events/**/*.parquet'").fetchall()[0][0]
    assert n == 0


def test_input_files_skips_hidden_and_underscored_and_unknown_formats(tmp_path):
    for name in ("a.txt", "b.html", ".hidden.txt", "_staging/c.txt", "notes.md", "d/e.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in input_files([tmp_path])]
    assert found == ["a.txt", "b.html", "d/e.json"]
    with pytest.raises(FileNotFoundError):
        input_files([tmp_path / "missing"])


@pytest.fixture(scope="module")
def incremental(tmp_path_factory):
    """Two runs into a file:// warehouse; between them one input changes, one does not."""
    inputs = tmp_path_factory.mktemp("in")
    for name in (SEED, OTHER):
        shutil.copy(RAW / name, inputs / name)
    root = tmp_path_factory.mktemp("wh")
    params = RunParameters(inputs=[str(inputs)], out=root.as_uri())
    first = run(params)
    changed = inputs / OTHER
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nThe talks are set to resume "
                       "in Geneva next week, officials said.\n", encoding="utf-8")
    second = run(params)
    return root, first, second


def test_incremental_run_skips_the_unchanged_file(incremental):
    _, first, second = incremental
    assert first["status"] == second["status"] == "completed"
    assert first["inputs"] == 2 and first["inputs_skipped"] == 0
    assert second["inputs"] == 1 and second["inputs_skipped"] == 1


def test_changed_file_becomes_a_new_article_version(incremental):
    root, *_ = incremental
    articles = Warehouse(root.as_uri()).read("articles").to_pandas()
    assert len(articles) == 3 and articles.article_id.is_unique
    versions = articles[articles.source_path.str.endswith(OTHER)]
    assert len(versions) == 2 and versions.content_sha256.nunique() == 2
    assert versions.run_id.nunique() == 2
    newer = versions.sort_values("ingested_at").iloc[-1]
    assert "resume in Geneva" in newer.body
    assert (articles.source_path.str.endswith(SEED)).sum() == 1
    runs = Warehouse(root.as_uri()).read("runs").to_pandas()
    assert len(runs) == 2 and set(runs.status) == {"completed"}

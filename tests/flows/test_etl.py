"""The article-etl flow end to end on the sample articles, bad inputs among them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.etl import run
from flows.params import RunParameters
from flows.warehouse import Warehouse
from schemas.tables import TABLES

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
LEGACY = ("Le ministre des Affaires étrangères de la France a reçu son homologue "
          "allemand à Paris mardi. Les deux ministres ont signé un accord de coopération.")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Two runs of the flow over the samples plus empty, binary and cp1252 files."""
    inputs = tmp_path_factory.mktemp("in")
    for f in RAW.glob("*.txt"):
        shutil.copy(f, inputs / f.name)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inputs / "legacy.txt").write_bytes(LEGACY.encode("cp1252"))
    (inputs / "broken.json").write_text('{"text": "unterminated')
    out = tmp_path_factory.mktemp("warehouse")
    params = RunParameters(inputs=[str(inputs)], out=str(out), batch_size=3)
    first = run(params)
    tables_after_first = {t: Warehouse(str(out)).read(t).to_pandas() for t in TABLES}
    second = run(params)
    return out, first, second, tables_after_first


def _table(out: Path, name: str) -> pd.DataFrame:
    return Warehouse(str(out)).read(name).to_pandas()


def test_all_eight_tables_are_written(runs):
    out, first, *_ = runs
    assert first["status"] == "completed"
    for table in TABLES:
        assert (out / table).is_dir(), table
    assert len(_table(out, "articles")) == 6  # five samples and the cp1252 file


def test_bad_inputs_become_rejects_and_the_rest_is_processed(runs):
    out, *_ = runs
    rejects = _table(out, "rejects")
    by_file = {Path(p).name: e for p, e in zip(rejects.source_path, rejects.error_type,
                                               strict=True)}
    assert by_file == {"empty.txt": "empty", "binary.txt": "binary",
                       "broken.json": "malformed_json"}
    articles = _table(out, "articles")
    legacy = articles[articles.source_path.str.endswith("legacy.txt")].iloc[0]
    assert "Affaires étrangères" in legacy.body


def test_second_run_skips_everything_and_changes_nothing(runs):
    out, first, second, before = runs
    assert second["inputs"] == 0 and second["inputs_skipped"] == first["inputs"]
    for table in ("articles", "segments", "actors", "events", "relations", "rejects"):
        after = _table(out, table)
        assert len(after) == len(before[table]), table
    for table, key in (("articles", "article_id"), ("events", "event_id"),
                       ("relations", "relation_id")):
        ids = _table(out, table)[key]
        assert ids.is_unique and set(ids) == set(before[table][key])
    assert len(_table(out, "runs")) == 2


def test_duckdb_and_pandas_read_the_events(runs):
    out, *_ = runs
    n = duckdb.sql(f"select count(*) from '{out}/events/**/*.parquet'").fetchall()[0][0]
    frame = pd.read_parquet(out / "events")
    assert n == len(frame) > 0
    assert frame.cameo_code.str.fullmatch(r"\d{2,4}").all()  # codes keep leading zeros


def test_seed_article_in_the_warehouse(runs):
    out, *_ = runs
    articles = _table(out, "articles")
    seed = articles[articles.source_path.str.endswith("000_515502fad0491e67.txt")].iloc[0]
    assert seed.headline.startswith("Kim to send top aide to Russia")
    assert list(seed.authors) == ["Cheong Yeong-gyo", "Park Hyun-ju"]
    assert seed.publisher == "The Korea Daily"
    assert seed.published_date == date(2025, 5, 7)
    assert "60 F" not in seed.body and "[REUTERS]" not in seed.body
    assert "Advertisement" not in seed.body and "largest Korean media outlet" not in seed.body
    segments = _table(out, "segments")
    dropped = segments[(segments.article_id == seed.article_id) & ~segments.kept]
    dropped_text = "\n".join(dropped.text)
    for piece in ("60 F", "Los Angeles", "[REUTERS]", "- Advertisement -",
                  "largest Korean media outlet"):
        assert piece in dropped_text, piece
    assert (dropped.text.str.strip() == "The Korea Daily").sum() == 2
    actors = _table(out, "actors")
    seed_actors = actors[actors.article_id == seed.article_id].set_index("name")
    for name, country in (("Kim Jong-un", "PRK"), ("Xi Jinping", "CHN"),
                          ("Vladimir Putin", "RUS"), ("Choe Ryong-hae", "PRK")):
        assert seed_actors.loc[name, "country"] == country, name
    events = _table(out, "events")
    xi_visits = events[(events.article_id == seed.article_id)
                       & (events.source_name == "Xi Jinping") & (events.cameo_root == "04")]
    assert "planned" in set(xi_visits.modality)

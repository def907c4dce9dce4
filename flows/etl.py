"""The article-etl Prefect flow: coarse tasks over batches of articles, passing paths only."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task

from flows.artifacts import publish_run_artifacts
from flows.params import RunParameters
from flows.runners import ParametersTaskRunner
from flows.warehouse import (
    Warehouse,
    drop_staging,
    input_files,
    stage_rows,
    staged_rows,
    staging_folder,
)
from transforms.ids import sha256_hex, stable_id
from transforms.ingest import RawArticle, Reject, articles_from_bytes, format_of

DATA_TABLES = ("segments", "actors", "events", "relations", "articles")  # articles last: the
# articles table is what later runs read to skip inputs, so it must be written after the rest
progress_listeners: list[Callable[[int], None]] = []  # the CLI's progress bar listens here


def _now() -> datetime:
    return datetime.now(UTC)


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _reject_row(r: Reject, run_id: str, sha: str | None) -> dict:
    return {"run_id": run_id, "source_path": r.source_path, "stage": r.stage,
            "error_type": r.error_type, "message": r.message, "content_sha256": sha,
            "at": _now()}


@task(name="plan-inputs")
def plan_inputs(params: RunParameters) -> tuple[list[list[str]], int]:
    """Input files in deterministic batches, and how many inputs the warehouse already holds."""
    files = input_files(params.inputs)
    known = set() if params.reprocess else Warehouse(params.out).known_hashes()
    fresh, seen = [], set()
    for path in files:
        sha = sha256_hex(_read_bytes(path))
        if sha in known or sha in seen:
            continue
        seen.add(sha)
        fresh.append(path)
    size = params.batch_size
    return [fresh[i:i + size] for i in range(0, len(fresh), size)], len(files) - len(fresh)


@task(name="extract-batch")
def extract_batch(paths: list[str], batch_no: int, params: RunParameters, run_id: str) -> str:
    """Ingest, clean, parse and extract one batch; stage its rows and rejects."""
    from transforms.pipeline import batch_rows

    wh = Warehouse(params.out)
    raws: list[RawArticle] = []
    rejects: list[dict] = []
    for path in paths:
        data = _read_bytes(path)
        sha = sha256_hex(data)
        for item in articles_from_bytes(data, path, format_of(path) or "txt"):
            if isinstance(item, Reject):
                rejects.append(_reject_row(item, run_id, sha))
            else:
                raws.append(item)
    extra = _extra_dictionary(params.actor_dictionary)
    rows = batch_rows(raws, run_id, _now(), extra, params.spacy_model)
    shas = {r.source_path: r.content_sha256 for r in raws}
    rejects += [_reject_row(r, run_id, shas.get(r.source_path)) for r in rows.rejects]
    folder = staging_folder(wh, run_id, batch_no, "extracted")
    for table, table_rows in rows.tables.items():
        stage_rows(wh, folder, table, table_rows)
    stage_rows(wh, folder, "rejects", rejects)
    return folder


def _extra_dictionary(path: str | None) -> list[dict] | None:
    if not path:
        return None
    from transforms.actors_dictionary import parse_actor_dictionary

    return parse_actor_dictionary(Path(path).read_text(encoding="utf-8"))


@task(name="validate-batch")
def validate_batch(folder: str, batch_no: int, params: RunParameters, run_id: str
                   ) -> tuple[str, dict]:
    """Great Expectations over the batch's rows: accepted rows and quarantine staged apart."""
    from flows.validate import validated

    wh = Warehouse(params.out)
    tables = {t: staged_rows(wh, folder, t) for t in DATA_TABLES}
    result = validated(tables, run_id)
    out = staging_folder(wh, run_id, batch_no, "validated")
    for table, rows in result.accepted.items():
        stage_rows(wh, out, table, rows)
    stage_rows(wh, out, "quarantine", result.quarantine)
    stage_rows(wh, out, "rejects", staged_rows(wh, folder, "rejects"))
    return out, result.summary


@task(name="publish-batch")
def publish_batch(folder: str, params: RunParameters) -> dict[str, int]:
    """Publish the batch's accepted rows under deterministic names; articles last."""
    wh = Warehouse(params.out)
    counts: dict[str, int] = {}
    articles = staged_rows(wh, folder, "articles")
    batch_key = stable_id(*sorted(a["article_id"] for a in articles))
    rejects = staged_rows(wh, folder, "rejects")
    reject_key = stable_id(*sorted(f"{r['source_path']}|{r['content_sha256']}" for r in rejects))
    quarantine = staged_rows(wh, folder, "quarantine")
    quarantine_key = stable_id(*sorted(q["row_key"] + q["expectation"] for q in quarantine))
    for table, rows, key in (
        ("quarantine", quarantine, quarantine_key),
        *((t, staged_rows(wh, folder, t), batch_key) for t in DATA_TABLES[:-1]),
        ("rejects", rejects, reject_key),
        ("articles", articles, batch_key),
    ):
        wh.publish(table, rows, f"part-{key}")
        counts[table] = len(rows)
    counts["segments_removed"] = sum(1 for s in staged_rows(wh, folder, "segments")
                                     if not s["kept"])
    return counts


@flow(name="article-etl", log_prints=True, task_runner=ParametersTaskRunner())
def article_etl(params: RunParameters | None = None) -> dict:
    """Raw article files to the Parquet warehouse: ingest, clean, extract, validate, publish."""
    params = params or RunParameters()
    started, clock = _now(), time.perf_counter()
    run_id = _run_id()
    wh = Warehouse(params.out)
    batches, skipped = plan_inputs(params)
    counts: dict[str, int] = {}
    validation: dict[str, dict] = {}
    status = "failed"
    try:
        extracted = [extract_batch.submit(b, i, params, run_id) for i, b in enumerate(batches)]
        for i, future in enumerate(extracted):
            folder, summary = validate_batch(future.result(), i, params, run_id)
            for table, n in publish_batch(folder, params).items():
                counts[table] = counts.get(table, 0) + n
            for table, s in summary.items():
                agg = validation.setdefault(table, {"rows": 0, "quarantined": 0})
                agg["rows"] += s["rows"]
                agg["quarantined"] += s["quarantined"]
            _report_progress(len(batches[i]))
        status = "completed"
    finally:
        drop_staging(wh, run_id)
        summary = {
            "run_id": run_id, "status": status, "inputs_skipped": skipped,
            "inputs": sum(len(b) for b in batches), "counts": counts, "validation": validation,
            "seconds": round(time.perf_counter() - clock, 2)}
        wh.publish("runs", [{
            "run_id": run_id, "started_at": started, "finished_at": _now(), "status": status,
            "parameters": params.model_dump_json(), "counts": json.dumps(counts),
            "validation": json.dumps(validation), "versions": json.dumps(_versions()),
        }], f"run-{run_id}")
        wh.ensure_tables()
        publish_run_artifacts(summary, params.out)
    get_run_logger().info("run %s %s: %s", run_id, status, json.dumps(summary))
    return summary


def _report_progress(n: int) -> None:
    # a module function, not an inline loop: Dask ships the flow function by value with the
    # globals it names, and the CLI's listener closes over an unpicklable progress bar
    for listener in progress_listeners:
        listener(n)


def _run_id() -> str:
    from prefect.runtime import flow_run

    return str(flow_run.id or uuid.uuid4())


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    from transforms.nlp import model_name
    from transforms.version import PIPELINE_VERSION

    return {"pipeline": PIPELINE_VERSION, "spacy": version("spacy"), "model": model_name(),
            "dictionaries": _dictionaries_hash()}


def _dictionaries_hash() -> str:
    root = Path(__file__).resolve().parents[1] / "data" / "dictionaries"
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
    return stable_id(*(sha256_hex(p.read_bytes()) for p in files))


def run(params: RunParameters) -> dict:
    """Run the flow; its task runner follows the parameters (one process, or Dask)."""
    return article_etl(params)

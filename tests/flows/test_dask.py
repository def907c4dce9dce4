"""Scale-out on Dask: a LocalCluster of two worker processes, or an existing scheduler, writes
the same rows and ids as one process, and each worker loads the spaCy model once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows.etl import article_etl, run
from flows.params import RunParameters
from flows.runners import task_runner_for
from flows.warehouse import Warehouse
from schemas.tables import TABLES

pytestmark = pytest.mark.slow
RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
PER_RUN = {"run_id", "ingested_at", "at"}  # differ between any two runs by design
BATCH = 2  # the same batching on both sides: boilerplate is learnt across a batch


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    for f in RAW.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_bytes(b"")  # a reject must match too
    return folder


@pytest.fixture(scope="module")
def single(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single")
    summary = run(RunParameters(inputs=[str(inputs)], out=str(out), batch_size=BATCH))
    assert summary["status"] == "completed" and summary["counts"]["articles"] >= 5
    return out


def _rows(out: Path, table: str) -> list[str]:
    """The table's rows as sorted canonical JSON, without the per-run columns."""
    frame = Warehouse(str(out)).read(table).to_pylist()
    return sorted(json.dumps({k: v for k, v in row.items() if k not in PER_RUN},
                             sort_keys=True, default=str) for row in frame)


def _assert_same_tables(left: Path, right: Path) -> None:
    for table in TABLES:
        if table == "runs":
            continue
        a, b = _rows(left, table), _rows(right, table)
        assert len(a) == len(b), f"{table}: {len(a)} rows vs {len(b)}"
        for x, y in zip(a, b, strict=True):
            assert x == y, f"{table} differs:\n{x}\n{y}"


def test_runner_choice_follows_the_parameters():
    assert type(task_runner_for(RunParameters())).__name__ == "ThreadPoolTaskRunner"
    local = task_runner_for(RunParameters(workers=3))
    assert local.cluster_kwargs["n_workers"] == 3 and local.address is None
    remote = task_runner_for(RunParameters(dask_address="tcp://10.0.0.5:8786", workers=3))
    assert remote.address == "tcp://10.0.0.5:8786"


def test_flow_ships_to_workers_while_the_cli_progress_bar_listens():
    import threading

    import cloudpickle

    from flows import etl

    lock = threading.RLock()  # what a rich progress bar holds
    etl.progress_listeners.append(lambda n: lock)
    try:
        cloudpickle.dumps(article_etl)  # Dask sends the flow (by value) in each task's context
    finally:
        etl.progress_listeners.pop()


def test_local_cluster_of_two_workers_writes_what_one_process_writes(inputs, single, tmp_path):
    summary = run(RunParameters(inputs=[str(inputs)], out=str(tmp_path), batch_size=BATCH,
                                workers=2))
    assert summary["status"] == "completed"
    _assert_same_tables(single, tmp_path)


def test_existing_scheduler_gets_the_work_and_each_worker_loads_spacy_once(
        inputs, single, tmp_path):
    from distributed import Client, LocalCluster

    def spacy_loads() -> int:
        from transforms.nlp import load_nlp

        return load_nlp.cache_info().misses

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        # the flow itself, as a deployment calls it: its task runner reads the parameters
        summary = article_etl(RunParameters(inputs=[str(inputs)], out=str(tmp_path),
                                            batch_size=BATCH,
                                            dask_address=cluster.scheduler_address))
        loads = client.run(spacy_loads)
    assert summary["status"] == "completed"
    _assert_same_tables(single, tmp_path)
    assert sum(loads.values()) >= 1, "no batch ran on the cluster's workers"
    assert max(loads.values()) == 1, loads  # three batches, two workers: a worker reused it

"""The task runner for a run: this process, a LocalCluster, or an existing Dask scheduler."""

from __future__ import annotations

from flows.params import RunParameters


def task_runner_for(params: RunParameters):
    """A bounded task runner: one thread here, or Dask worker processes (one task each)."""
    if params.dask_address or params.workers > 0:
        from prefect_dask import DaskTaskRunner

        if params.dask_address:
            return DaskTaskRunner(address=params.dask_address)
        return DaskTaskRunner(cluster_kwargs={
            "n_workers": params.workers, "threads_per_worker": 1, "processes": True,
            "dashboard_address": None})
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)  # spaCy is CPU-bound: threads would only contend

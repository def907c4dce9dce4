"""The task runner for a run: this process, a LocalCluster, or an existing Dask scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from typing import Any

from prefect.task_runners import TaskRunner

from flows.params import RunParameters


def task_runner_for(params: RunParameters) -> TaskRunner:
    """A bounded task runner: one thread here, or Dask worker processes (one task each)."""
    if params.dask_address or params.workers > 0:
        runner = _dask_runner_class()
        if params.dask_address:
            return runner(address=params.dask_address)
        return runner(cluster_kwargs={
            "n_workers": params.workers, "threads_per_worker": 1, "processes": True,
            "dashboard_address": None})
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)  # spaCy is CPU-bound: threads would only contend


@contextmanager
def flow_api_in_settings() -> Iterator[None]:
    """Settings naming the API the flow run talks to, when they name none (embedded server).

    Dask workers take the submitting process's settings; without an API URL each worker would
    start an embedded server of its own and record its task runs there.
    """
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    ctx = FlowRunContext.get()
    if PREFECT_API_URL.value() or ctx is None or ctx.client is None:
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: str(ctx.client.api_url).rstrip("/")}):
        yield


@cache  # one class: prefect_dask (and distributed) are imported only when Dask is asked for
def _dask_runner_class() -> type[TaskRunner]:
    import logging
    import os

    from prefect_dask import DaskTaskRunner

    if "DASK_LOGGING__DISTRIBUTED" not in os.environ:  # dask logs every worker start at INFO
        logging.getLogger("distributed").setLevel(logging.WARNING)

    class SharedApiDaskTaskRunner(DaskTaskRunner):
        """A DaskTaskRunner whose workers report to the flow's own Prefect API."""

        def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None,
                   dependencies: Any = None) -> Any:
            with flow_api_in_settings():
                return super().submit(task, parameters, wait_for=wait_for,
                                      dependencies=dependencies)

    return SharedApiDaskTaskRunner


def params_of_flow_run() -> RunParameters:
    """The RunParameters of the flow run in progress (defaults when it passed none)."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    given = (ctx.parameters or {}).get("params") if ctx else None
    return RunParameters.model_validate(given or {})


class ParametersTaskRunner(TaskRunner):
    """The runner `task_runner_for` picks from the flow run's own `params`, started lazily.

    A deployment's runs are started by a worker or `serve`, not by `flows.etl.run`, and the
    task runner is entered before the flow body sees its parameters, so the choice is made at
    the first submit.
    """

    def __init__(self) -> None:
        super().__init__()
        self._inner: TaskRunner | None = None
        self._stack = ExitStack()

    @property
    def name(self) -> str:
        return "parameters"

    def duplicate(self) -> ParametersTaskRunner:
        return type(self)()

    def inner(self) -> TaskRunner:
        """The started runner this flow run's parameters ask for."""
        if self._inner is None:
            self._inner = self._stack.enter_context(task_runner_for(params_of_flow_run()))
        return self._inner

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None,
               dependencies: Any = None) -> Any:
        if not self._started:
            raise RuntimeError("The task runner must be started before submitting work.")
        return self.inner().submit(task, parameters, wait_for=wait_for,
                                   dependencies=dependencies)

    def __exit__(self, *args: Any) -> None:
        try:
            self._stack.__exit__(*args)
        finally:
            self._inner = None
            super().__exit__(*args)

"""The article-etl deployment on a real Prefect server: `dyads serve`, a process worker, and
`prefect deployment run --watch`, each reading back the Parquet the run wrote."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from flows.warehouse import Warehouse

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent
# what an online-only default or a contended SQLite file writes into the logs
BAD_LOG_LINES = ("database is locked", "Failed to send telemetry", "sens-o-matic")
DEPLOYMENT = "article-etl/hourly"


def _deployment(server, children, proc=None, timeout: float = 120
                ) -> dict:
    """The deployment as the API has it, once it exists."""
    deadline = time.monotonic() + timeout
    while True:
        response = server.get(f"/deployments/name/{DEPLOYMENT}")
        if response.status_code == 200:
            return response.json()
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the serving process exited:\n{children.all_logs()[-4000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"{DEPLOYMENT} not registered in {timeout} s:\n"
                        f"{children.all_logs()[-4000:]}")
        time.sleep(1)


def _trigger(children, *params: str) -> str:
    """`prefect deployment run ... --watch`: the run must complete."""
    code, output = children.run(
        "trigger", [str(BIN / "prefect"), "deployment", "run", DEPLOYMENT, *params,
                    "--watch", "--watch-timeout", "400"], timeout=450)
    assert code == 0, f"run did not complete:\n{output[-3000:]}\n{children.all_logs()[-3000:]}"
    assert "Completed" in output
    return output


def _assert_the_run_was_written(out: Path, server) -> None:
    wh = Warehouse(str(out))
    articles = wh.read("articles").to_pandas()
    assert len(articles) == 2
    seed = articles[articles.source_path.str.endswith("000_515502fad0491e67.txt")].iloc[0]
    assert seed.headline.startswith("Kim to send top aide to Russia")
    runs = wh.read("runs").to_pandas()
    assert list(runs.status) == ["completed"]
    assert json.loads(runs.counts.iloc[0])["articles"] == 2
    run_id = runs.run_id.iloc[0]
    artifacts = server.post("/artifacts/filter", {
        "artifacts": {"key": {"any_": ["article-etl-summary", "article-etl-counts"]}},
        "flow_runs": {"id": {"any_": [run_id]}}}).json()
    by_key = {a["key"]: a for a in artifacts}
    assert set(by_key) == {"article-etl-summary", "article-etl-counts"}
    assert by_key["article-etl-summary"]["type"] == "markdown"
    assert "- articles: 2" in by_key["article-etl-summary"]["data"]
    table = json.loads(by_key["article-etl-counts"]["data"])
    assert {r["table"]: r["rows"] for r in table}["articles"] == 2


def _assert_clean_logs(server, children) -> None:
    logs = children.all_logs() + server.children.all_logs()
    for line in BAD_LOG_LINES:
        assert line not in logs, line


def test_served_deployment_runs_on_demand_and_keeps_its_schedule(
        prefect_server, children, inputs, tmp_path):
    out = tmp_path / "warehouse"
    serve = children.start("serve", [str(BIN / "dyads"), "serve", "--input", str(inputs),
                                     "--out", str(out)])
    deployment = _deployment(prefect_server, children, serve)
    (schedule,) = deployment["schedules"]
    assert schedule["schedule"]["cron"] == "5 * * * *"
    assert schedule["schedule"]["timezone"] == "Europe/Berlin" and schedule["active"]
    assert deployment["global_concurrency_limit"]["limit"] == 1
    assert deployment["concurrency_options"]["collision_strategy"] == "ENQUEUE"
    assert deployment["parameters"]["params"]["out"] == str(out)

    _trigger(children)
    _assert_the_run_was_written(out, prefect_server)

    children.stop(serve)
    assert serve.returncode is not None
    after = _deployment(prefect_server, children)
    assert not after["paused"] and all(s["active"] for s in after["schedules"])
    _assert_clean_logs(prefect_server, children)


def test_process_worker_runs_the_prefect_yaml_deployment(
        prefect_server, children, inputs, tmp_path):
    prefect = str(BIN / "prefect")
    code, output = children.run("pool", [prefect, "work-pool", "create", "dyads-process",
                                         "--type", "process", "--overwrite"])
    assert code == 0, output
    default_out = tmp_path / "default-warehouse"  # where a scheduled run would write
    defaults = {"params": {"inputs": [str(inputs)], "out": str(default_out)}}
    code, output = children.run("deploy", [prefect, "--no-prompt", "deploy", "--name", "hourly",
                                           "--params", json.dumps(defaults)])
    assert code == 0, output
    deployment = _deployment(prefect_server, children)
    assert deployment["work_pool_name"] == "dyads-process"
    assert deployment["schedules"][0]["schedule"]["timezone"] == "Europe/Berlin"
    children.start("worker", [prefect, "worker", "start", "--pool", "dyads-process"])

    out = tmp_path / "warehouse"
    _trigger(children, "--param", "params=" + json.dumps({"inputs": [str(inputs)],
                                                          "out": str(out)}))
    _assert_the_run_was_written(out, prefect_server)
    assert not default_out.exists()  # the parameters given to the run won
    _assert_clean_logs(prefect_server, children)

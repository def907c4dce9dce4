"""The article-etl deployment on a real Prefect server: `dyads serve`, a process worker, and
`prefect deployment run --watch`, each reading back the Parquet the run wrote."""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from flows.warehouse import Warehouse

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[2]
# what an online-only default or a contended SQLite file writes into the logs
BAD_LOG_LINES = ("database is locked", "Failed to send telemetry", "sens-o-matic")
DEPLOYMENT = "article-etl/hourly"
NEVER_NOW = "0 0 1 1 *"  # midnight on New Year's Day


def _deployment(server, children, proc=None, timeout: float = 120) -> dict:
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


def _finished_runs(server, children, ids: list[str], timeout: float = 300) -> list[dict]:
    """The flow runs once all have ended; each must have completed."""
    deadline = time.monotonic() + timeout
    while True:
        runs = [server.get(f"/flow_runs/{i}").json() for i in ids]
        if all(r["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
               for r in runs):
            break
        if time.monotonic() > deadline:
            pytest.fail(f"runs not finished in {timeout} s:\n{children.all_logs()[-3000:]}")
        time.sleep(2)
    assert [r["state"]["type"] for r in runs] == ["COMPLETED"] * len(runs), runs
    return runs


def _assert_clean_logs(server, children) -> None:
    logs = children.all_logs() + server.children.all_logs()
    for line in BAD_LOG_LINES:
        assert line not in logs, line


def test_served_deployment_runs_on_demand_and_keeps_its_schedule(
        prefect_server, children, inputs, tmp_path):
    out = tmp_path / "warehouse"
    # a schedule that cannot come due during the test (the hourly one would, near :05)
    serve = children.start("serve", [str(BIN / "dyads"), "serve", "--input", str(inputs),
                                     "--out", str(out), "--cron", NEVER_NOW])
    deployment = _deployment(prefect_server, children, serve)
    (schedule,) = deployment["schedules"]
    assert schedule["schedule"]["cron"] == NEVER_NOW
    assert schedule["schedule"]["timezone"] == "Europe/Berlin" and schedule["active"]
    assert deployment["global_concurrency_limit"]["limit"] == 1
    assert deployment["concurrency_options"]["collision_strategy"] == "ENQUEUE"
    assert deployment["parameters"]["params"]["out"] == str(out)

    _trigger(children)
    _assert_the_run_was_written(out, prefect_server)
    code, output = children.run("bad-params", [
        str(BIN / "prefect"), "deployment", "run", DEPLOYMENT,
        "--param", 'params={"batch_size": 0}'])
    assert code != 0 and "batch_size" in output, f"a batch size of 0 passed:\n{output[-2000:]}"

    # two runs due at once: the second waits for the first, and both skip what is there
    ids = []
    for _ in range(2):
        created = prefect_server.post(f"/deployments/{deployment['id']}/create_flow_run", {})
        assert created.status_code in (200, 201), f"run not created: {created.text[:2000]}"
        ids.append(created.json()["id"])
    first, second = sorted(_finished_runs(prefect_server, children, ids),
                           key=lambda r: r["start_time"])
    assert datetime.fromisoformat(first["end_time"]) <= datetime.fromisoformat(
        second["start_time"])
    runs = Warehouse(str(out)).read("runs").to_pandas()
    assert len(runs) == 3 and set(runs.status) == {"completed"}
    assert Warehouse(str(out)).read("articles").num_rows == 2

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
    assert deployment["pull_steps"] == [  # the folder `prefect deploy` ran in
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}]
    (schedule,) = deployment["schedules"]
    assert schedule["schedule"]["timezone"] == "Europe/Berlin" and schedule["active"]
    assert deployment["global_concurrency_limit"]["limit"] == 1
    # pausing drops the runs already scheduled, so none can come due during the test
    assert prefect_server.post(f"/deployments/{deployment['id']}/pause_deployment",
                               {}).status_code < 300
    children.start("worker", [prefect, "worker", "start", "--pool", "dyads-process"])

    out = tmp_path / "warehouse"
    _trigger(children, "--param", "params=" + json.dumps({"inputs": [str(inputs)],
                                                          "out": str(out)}))
    _assert_the_run_was_written(out, prefect_server)
    assert not default_out.exists()  # the parameters given to the run won
    _assert_clean_logs(prefect_server, children)


def test_kubernetes_variant_registers_against_a_kubernetes_pool(prefect_server, children):
    prefect = str(BIN / "prefect")
    code, output = children.run("k8s-pool", [prefect, "work-pool", "create", "dyads-k8s",
                                             "--type", "kubernetes", "--overwrite"])
    assert code == 0, output
    # the server checks the job variables against the pool's Kubernetes job template
    code, output = children.run("k8s-deploy", [prefect, "--no-prompt", "deploy", "--name",
                                               "hourly-k8s"])
    assert code == 0 and "exception" not in output.lower(), output[-3000:]
    response = prefect_server.get("/deployments/name/article-etl/hourly-k8s")
    assert response.status_code == 200, output[-3000:]
    deployment = response.json()
    assert deployment["work_pool_name"] == "dyads-k8s"
    assert deployment["job_variables"]["image"] and deployment["job_variables"]["namespace"]
    assert deployment["pull_steps"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": "/opt/dyads"}}]

"""A real Prefect server on 127.0.0.1 (SQLite, temporary home) and children that always stop."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
RAW = REPO / "data" / "raw"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _default_signals() -> None:
    # a child of a shell script's background job inherits SIGINT ignored, and Prefect's worker
    # turns SIGTERM into SIGINT: restore both so that stopping it works
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@dataclass
class Children:
    """Processes started by a test, each in its own session, with their output in log files."""

    env: dict[str, str]
    logs: Path
    running: list[tuple[str, subprocess.Popen]] = field(default_factory=list)

    def start(self, name: str, args: list[str]) -> subprocess.Popen:
        """Start a long-running child (cwd: the repository root, where prefect.toml is)."""
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (closed in stop)
        proc = subprocess.Popen(args, cwd=REPO, env=self.env, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, preexec_fn=_default_signals)
        proc.log = log  # type: ignore[attr-defined]
        self.running.append((name, proc))
        return proc

    def run(self, name: str, args: list[str], timeout: float = 120) -> tuple[int, str]:
        """Run a child to its end; its exit code and output (stopped when it overruns)."""
        proc = self.start(name, args)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop(proc)
            pytest.fail(f"{name} did not finish in {timeout} s:\n{self.tail(name)}")
        self.stop(proc)
        return proc.returncode, self.read(name)

    def stop(self, proc: subprocess.Popen, grace: float = 20) -> None:
        """SIGTERM the child's process group, SIGKILL it after `grace` seconds."""
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
            if proc.poll() is not None:
                break
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                continue
        with contextlib.suppress(ProcessLookupError):  # grandchildren left in the group
            os.killpg(proc.pid, signal.SIGKILL)
        proc.log.close()  # type: ignore[attr-defined]

    def stop_all(self) -> None:
        """Stop every child, the last started first."""
        for _, proc in reversed(self.running):
            self.stop(proc)
        self.running.clear()

    def read(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def tail(self, name: str, lines: int = 40) -> str:
        return "\n".join(self.read(name).splitlines()[-lines:])

    def all_logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.logs.glob("*.log")))


@dataclass
class PrefectServer:
    """A running `prefect server start` and the environment its clients need."""

    api: str
    env: dict[str, str]
    children: Children

    def get(self, path: str) -> httpx.Response:
        return httpx.get(f"{self.api}{path}", timeout=30)

    def post(self, path: str, body: dict) -> httpx.Response:
        return httpx.post(f"{self.api}{path}", json=body, timeout=30)


def prefect_env(home: Path, port: int) -> dict[str, str]:
    """The environment of every child: this server only, offline, no telemetry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home}/prefect.db",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",  # no automations here
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",  # serve and the worker look for runs every 2 s,
        "PREFECT_WORKER_QUERY_SECONDS": "2",  # not 10: a waiting run starts sooner
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    })
    return env


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory) -> Iterator[PrefectServer]:
    """A Prefect server on 127.0.0.1 and a free port, SQLite in a temporary Prefect home."""
    if not (BIN / "prefect").exists():
        pytest.skip("the prefect command is not installed beside this Python")
    home = tmp_path_factory.mktemp("prefect-home")
    logs = tmp_path_factory.mktemp("server-logs")
    port = free_port()
    env = prefect_env(home, port)
    children = Children(env, logs)
    try:
        proc = children.start("server", [str(BIN / "prefect"), "server", "start",
                                         "--host", "127.0.0.1", "--port", str(port)])
        api = env["PREFECT_API_URL"]
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"prefect server exited:\n{children.tail('server')}")
            try:
                if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"prefect server not healthy in 180 s:\n{children.tail('server')}")
            time.sleep(0.5)
        yield PrefectServer(api, env, children)
    finally:
        children.stop_all()


@pytest.fixture
def children(prefect_server, tmp_path) -> Iterator[Children]:
    """This test's children (serve, worker, CLI calls): stopped when the test ends, pass or fail."""
    logs = tmp_path / "logs"
    logs.mkdir()
    kids = Children(prefect_server.env, logs)
    try:
        yield kids
    finally:
        kids.stop_all()


@pytest.fixture
def inputs(tmp_path) -> Path:
    """Two sample articles (the seed article among them) in a fresh input folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000_515502fad0491e67.txt", "ecbplus_19_1ecb.txt"):
        shutil.copy(RAW / name, folder / name)
    return folder

"""The dyads command: inspect one article; a run that cannot start fails with one line."""

from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import SEED

runner = CliRunner()


def test_inspect_shows_dropped_segments_actors_and_events():
    result = runner.invoke(app, ["inspect", str(SEED)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "caption" in out and "footer" in out and "widget" in out
    assert "Kim Jong-un" in out and "Choe Ryong-hae" in out
    assert "events (" in out and "relations (" in out
    assert "story: political" in out  # a North Korean leader's military visit is politics


def test_run_on_a_missing_input_fails_with_one_line(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "missing"), "--out", str(tmp_path / "w")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "input not found" in lines[0]

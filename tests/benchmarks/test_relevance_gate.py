"""Regression gate: story relevance decisions on a fixed subset of the labelled story sets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "relevance.py"
# Figures measured on these subsets when the gate was committed (every 8th political story, 40
# drawn from each not-political set, every 4th PLOVER sentence); a drop beyond MARGIN fails.
BASELINE = {"political": 0.91, "not_political": 0.91, "plover_political": 1.0}
MARGIN = 0.05


@pytest.fixture(scope="module")
def bench(shared):
    if not (shared / "corpora").is_dir():
        pytest.skip("../shared/corpora is absent")
    spec = importlib.util.spec_from_file_location("relevance_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def decided(bench, nlp) -> dict[bool, list[bool]]:
    """Per label, whether each story of the subset was decided as labelled."""
    out: dict[bool, list[bool]] = {True: [], False: []}
    for name, stories, label in bench.labelled_sets(40, 2034, step=8):
        if "overlap" in name:  # both populations at once: no label to check
            continue
        result = bench.coded(stories, events=False)
        out[label] += [r.political == label for r, _ in result.values()]
    return out


@pytest.mark.parametrize(("label", "figure"), [(True, "political"), (False, "not_political")])
def test_story_decision_accuracy(decided, label, figure) -> None:
    accuracy = sum(decided[label]) / len(decided[label])
    assert accuracy >= BASELINE[figure] - MARGIN, (figure, accuracy)


def test_plover_sentences_are_political(bench, nlp) -> None:
    share = bench.plover_political(0, step=4)["plover_political"]
    assert share >= BASELINE["plover_political"] - MARGIN, share

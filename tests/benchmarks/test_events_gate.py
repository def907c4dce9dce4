"""Regression gate: event-coding figures on a fixed subset of ../shared/benchmarks/events."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "events.py"
# Figures measured on these subsets when the gate was committed; a drop beyond MARGIN fails.
BASELINE = {"plover_macro_f1": 0.70, "plover_both_country": 0.80, "plover_target_country": 0.90,
            "cameo_root_accuracy": 0.72, "location_accuracy": 0.84}
MARGIN = 0.05


@pytest.fixture(scope="module")
def bench(shared):
    spec = importlib.util.spec_from_file_location("events_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def plover(bench, nlp) -> dict:
    return bench.bench_plover(0, step=3)


@pytest.mark.parametrize("figure", ["plover_macro_f1", "plover_both_country",
                                    "plover_target_country"])
def test_plover_figure(plover, figure) -> None:
    assert plover[figure] >= BASELINE[figure] - MARGIN, (figure, plover[figure])


def test_cameo_root_accuracy(bench, nlp) -> None:
    figure = bench.bench_cameo(0, step=3)["cameo_root_accuracy"]
    assert figure >= BASELINE["cameo_root_accuracy"] - MARGIN, figure


def test_event_location_accuracy(bench, nlp) -> None:
    figures = bench.bench_location(0, limit=160)
    assert figures["location_accuracy"] >= BASELINE["location_accuracy"] - MARGIN

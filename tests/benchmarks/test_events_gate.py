"""Regression gate: event-coding figures on a fixed subset of ../shared/benchmarks/events."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "events.py"
# Figures measured on these subsets when the gate was committed; a drop beyond MARGIN fails.
BASELINE = {"plover_macro_f1": 0.59, "cameo_root_accuracy": 0.64, "location_accuracy": 0.84}
MARGIN = 0.05


@pytest.fixture(scope="module")
def bench(shared):
    spec = importlib.util.spec_from_file_location("events_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_plover_event_type_f1(bench, nlp) -> None:
    recs = bench.plover_records()[::3]
    pairs = []
    for r in recs:
        ev = bench.primary(bench.extracted_events(r["text"]), typed=True)
        pairs.append((r["event_plover_2023"], ev["plover_type"] if ev else "NONE"))
    f1, _ = bench.macro_f1(pairs, bench.PLOVER_TYPES)
    assert f1 >= BASELINE["plover_macro_f1"] - MARGIN


def test_cameo_root_accuracy(bench, nlp) -> None:
    items = bench.cameo_examples()[::3]
    right = 0
    for _, root, text in items:
        ev = bench.primary(bench.extracted_events(text), typed=False)
        right += ev is not None and ev["cameo_root"] == root
    assert right / len(items) >= BASELINE["cameo_root_accuracy"] - MARGIN


def test_event_location_accuracy(bench, nlp) -> None:
    figures = bench.bench_location(0, limit=160)
    assert figures["location_accuracy"] >= BASELINE["location_accuracy"] - MARGIN

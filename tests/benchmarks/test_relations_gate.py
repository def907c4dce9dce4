"""Regression gate: relation extraction on a re3d subset must not fall below its baselines."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "relations.py"
# Measured with `benchmarks/relations.py --docs 40`; a drop beyond the margin fails the gate.
BASELINES = {"precision": 0.652, "recall": 0.44}
MARGIN = 0.03
DOCUMENTS = 40


@cache
def _figures() -> dict:
    spec = importlib.util.spec_from_file_location("relations_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(DOCUMENTS)


@pytest.mark.parametrize("figure", sorted(BASELINES))
def test_relation_figure_holds(shared, nlp, figure):
    if not (shared / "benchmarks" / "events" / "re3d_permissive").is_dir():
        pytest.skip("re3d absent")
    value = _figures()[figure]
    assert value >= BASELINES[figure] - MARGIN, (figure, value)

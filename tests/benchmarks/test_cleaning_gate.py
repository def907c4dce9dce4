"""Regression gate for the cleaning benchmark: body F1 and np4k metadata on a fixed subset.

Baselines were measured with benchmarks/cleaning.py's metric on the same subset; a drop of more
than MARGIN fails. Skips when ../shared (or $DYADS_SHARED) is absent.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.cleaning import (  # noqa: E402
    cleaning_dir,
    metadata_hits,
    pages_of,
    prf,
    tp_fp_fn,
)
from transforms.clean import clean_page, repeated_lines_of  # noqa: E402

MARGIN = 0.02
EVERY = 3  # every third page of a set
# (set, format) -> body F1 on the subset when the gate was set
BASELINE_F1 = {
    ("scrapinghub_aeb", "txt"): 0.928,
    ("fundus_eval", "txt"): 0.928,
    ("np4k_news", "txt"): 0.940,
    ("scrapinghub_aeb", "html"): 0.976,
    ("fundus_eval", "html"): 0.968,
}
BASELINE_NP4K = {"authors": 0.803, "date": 0.836}

pytestmark = pytest.mark.skipif(
    not cleaning_dir().exists(), reason="benchmark data (../shared) not available"
)


def _subset(name: str, fmt: str):
    pages = list(pages_of(name, fmt))
    if fmt == "html":
        pages = pages[::2]  # html pages are slower: keep a smaller share
    return pages[::EVERY]


@pytest.mark.parametrize(("name", "fmt"), sorted(BASELINE_F1))
def test_body_f1_holds(name: str, fmt: str):
    pages = _subset(name, fmt)
    if not pages:
        pytest.skip(f"{name} has no {fmt} pages")
    repeated = repeated_lines_of([p.raw for p in pages]) if fmt == "txt" else None
    scores = [tp_fp_fn(p.gold, clean_page(p.raw, fmt, repeated, url=p.url).body) for p in pages]
    f1 = prf(scores)[2]
    assert f1 >= BASELINE_F1[(name, fmt)] - MARGIN, f"{name}/{fmt} F1 {f1:.3f}"


def test_np4k_authors_and_dates_hold():
    pages = _subset("np4k_news", "txt")
    if not pages:
        pytest.skip("np4k_news not available")
    repeated = repeated_lines_of([p.raw for p in pages])
    hits = Counter()
    for p in pages:
        hits.update(metadata_hits(p, clean_page(p.raw, "txt", repeated, url=p.url)))
    assert hits["authors_ok"] / hits["authors_n"] >= BASELINE_NP4K["authors"] - MARGIN
    assert hits["date_ok"] / hits["date_n"] >= BASELINE_NP4K["date"] - MARGIN

"""Build schemas/codes/cameo.csv (CAMEO codes, Goldstein, QuadClass, PLOVER type) from ../shared."""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADS_SHARED", ROOT / ".." / "shared"))
CODEBOOK = SHARED / "benchmarks/events/cameo_codebook/cameo-codes.csv"
C2P = SHARED / "benchmarks/events/plover_gsr_cameo/CAMEO2PLOVER-2021.txt"
OUT = ROOT / "schemas/codes/cameo.csv"

# PLOVER folds CAMEO 02 (appeal) into REQUEST and has no type for 01 (statements);
# CAMEO2PLOVER-2021 starts at 03, so these two roots are stated here.
ROOT_SUPPLEMENT = {"01": ("", ""), "02": ("REQUEST", "")}
# Category renames of the PLOVER 2023 revision (README of plover_gsr_cameo).
PLOVER_2023 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
               "FIGHT": "ASSAULT"}


def quad_class(root: str) -> int:
    """QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def plover_table() -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from the conversion table."""
    table: dict[str, tuple[str, str]] = {}
    for line in C2P.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            ptype = PLOVER_2023.get(m.group(2), m.group(2))
            table.setdefault(m.group(1), (ptype, m.group(3).strip()))
    return table


def rows() -> list[dict]:
    """Rows of the committed code table."""
    plover = plover_table()
    with CODEBOOK.open(encoding="utf-8", errors="replace", newline="") as fh:
        book = list(csv.DictReader(fh))
    out = []
    for r in book:
        code, root = r["code"], r["root_code"]
        if root in ROOT_SUPPLEMENT:
            ptype, mode = ROOT_SUPPLEMENT[root]
        else:
            ptype, mode = plover.get(code) or plover.get(code[:3]) or ("", "")
        out.append({
            "code": code, "root": root, "name": r["name"].strip(),
            "goldstein": float(r["goldstein"]), "quad_class": quad_class(root),
            "plover_type": ptype, "plover_mode": mode,
        })
    # A root-level code ("19") has no PLOVER row of its own: take that of its "x0" child.
    by_code = {r["code"]: r for r in out}
    for r in out:
        if len(r["code"]) == 2 and not r["plover_type"] and r["root"] not in ROOT_SUPPLEMENT:
            child = by_code.get(r["code"] + "0")
            r["plover_type"] = child["plover_type"] if child else ""
    return out


def main() -> int:
    """Write the table and print its size."""
    if not CODEBOOK.exists():
        print(f"missing {CODEBOOK}", file=sys.stderr)
        return 1
    data = rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(data[0]))
        w.writeheader()
        w.writerows(data)
    missing = [r["code"] for r in data if not r["plover_type"] and r["root"] != "01"]
    print(f"{len(data)} codes -> {OUT.relative_to(ROOT)}; without PLOVER type: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

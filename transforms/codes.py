"""CAMEO code table (names, Goldstein values, QuadClass, PLOVER type) loaded from schemas/codes."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CODES_CSV = Path(__file__).resolve().parents[1] / "schemas" / "codes" / "cameo.csv"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with what the events table needs from it."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("042")."""
    with CODES_CSV.open(encoding="utf-8", newline="") as fh:
        return {
            r["code"]: CameoCode(
                code=r["code"], root=r["root"], name=r["name"], goldstein=float(r["goldstein"]),
                quad_class=int(r["quad_class"]), plover_type=r["plover_type"] or None,
                plover_mode=r["plover_mode"] or None,
            )
            for r in csv.DictReader(fh)
        }


def cameo_code(code: str) -> CameoCode:
    """The CameoCode of `code`, falling back to its parent code when unknown."""
    table = cameo_codes()
    while code not in table and len(code) > 2:
        code = code[:-1]
    return table[code]

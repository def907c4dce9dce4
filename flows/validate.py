"""Great Expectations validation of a batch's rows: accepted rows, quarantine rows, summary."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from schemas.expectations import ROW_KEY, VALIDATED_TABLES, row_rules, table_rules
from schemas.tables import PRIMARY_KEYS, TABLES


class TableValidationError(RuntimeError):
    """A table-level expectation failed: the run must fail loudly."""


@dataclass
class Validated:
    """Rows that passed, rows quarantined with reasons, and a summary per table."""

    accepted: dict[str, list[dict]] = field(default_factory=dict)
    quarantine: list[dict] = field(default_factory=list)
    summary: dict[str, dict] = field(default_factory=dict)


@cache
def _gx():
    """An ephemeral GX context with one suite per table (built once per process)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)  # GX sets INFO on import

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("dyads")
    suites = {}
    for table in VALIDATED_TABLES:
        batch_definition = source.add_dataframe_asset(name=table) \
            .add_batch_definition_whole_dataframe("rows")
        suite = gx.ExpectationSuite(name=f"dyads_{table}")
        for name, kwargs in row_rules(table) + table_rules(table):
            suite.add_expectation(getattr(gx.expectations, name)(**kwargs))
        suites[table] = (batch_definition, context.suites.add(suite))
    return suites


def _row_key(row: dict, table: str) -> str:
    return "|".join(str(row.get(c)) for c in PRIMARY_KEYS[table])


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    columns = TABLES[table].names
    frame = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns)
    frame[ROW_KEY] = [f"{i}" for i in range(len(rows))]  # position: unique even for bad keys
    return frame


def validated(tables: dict[str, list[dict]], run_id: str) -> Validated:
    """Validate every table of a batch; a failing row goes to quarantine with its reason."""
    out = Validated()
    failed_articles: set[str] = set()
    for table in VALIDATED_TABLES:
        rows = tables.get(table, [])
        bad: dict[int, tuple[str, object]] = {}
        if rows:
            batch_definition, suite = _gx()[table]
            result = batch_definition.get_batch(
                batch_parameters={"dataframe": _frame(rows, table)}
            ).validate(suite, result_format={"result_format": "COMPLETE",
                                             "unexpected_index_column_names": [ROW_KEY]})
            for er in result.results:
                name = er.expectation_config.type
                column = er.expectation_config.kwargs.get("column") \
                    or er.expectation_config.kwargs.get("column_A")
                if er.success:
                    continue
                if any(name == _snake(rule) for rule, _ in table_rules(table)):
                    raise TableValidationError(
                        f"{table}: {name} failed: {er.result.get('observed_value')}")
                for item in er.result.get("unexpected_index_list") or []:
                    bad.setdefault(int(item[ROW_KEY]), (name, item.get(column)))
        for i, row in enumerate(rows):
            if i not in bad and table != "articles" and row.get("article_id") in failed_articles:
                bad[i] = ("parent_article_quarantined", row.get("article_id"))
        for i, (expectation, value) in sorted(bad.items()):
            row = rows[i]
            if table == "articles":
                failed_articles.add(row["article_id"])
            out.quarantine.append({
                "run_id": run_id, "table": table, "row_key": _row_key(row, table),
                "expectation": expectation, "observed_value": str(value),
                "row_json": json.dumps(row, default=str, sort_keys=True)})
        out.accepted[table] = [r for i, r in enumerate(rows) if i not in bad]
        out.summary[table] = {"rows": len(rows), "quarantined": len(bad)}
    return out


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")

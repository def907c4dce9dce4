"""Prefect artifacts of a run: a markdown summary and a table of per-table row counts."""

from __future__ import annotations

from typing import Any

SUMMARY_KEY = "article-etl-summary"  # keys: lowercase letters, digits, dashes (Prefect's rule)
COUNTS_KEY = "article-etl-counts"
TABLE_ORDER = ("articles", "segments", "actors", "events", "relations", "rejects", "quarantine")


def count_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per table: rows published and rows quarantined by validation."""
    counts = summary.get("counts", {})
    validation = summary.get("validation", {})
    return [{"table": t, "rows": int(counts.get(t, 0)),
             "quarantined": int(validation.get(t, {}).get("quarantined", 0))}
            for t in TABLE_ORDER]


def validation_result(summary: dict[str, Any]) -> str:
    """One line: whether the run's rows passed their expectation suites."""
    if summary.get("status") != "completed":
        return "not finished (the run failed)"
    validation = summary.get("validation", {})
    checked = sum(int(v.get("rows", 0)) for v in validation.values())
    quarantined = sum(int(v.get("quarantined", 0)) for v in validation.values())
    if quarantined:
        return f"passed with {quarantined} of {checked} rows quarantined"
    return f"passed ({checked} rows checked, none quarantined)"


def summary_markdown(summary: dict[str, Any], out: str) -> str:
    """The run summary as markdown: inputs, articles, rejects, quarantine, counts, time."""
    counts = summary.get("counts", {})
    lines = [
        f"# article-etl run `{summary.get('run_id', '?')}`: {summary.get('status', '?')}",
        "",
        f"- warehouse: `{out}`",
        f"- inputs processed: {summary.get('inputs', 0)}"
        f" (already in the warehouse, skipped: {summary.get('inputs_skipped', 0)})",
        f"- articles: {counts.get('articles', 0)}",
        f"- rejects: {counts.get('rejects', 0)}",
        f"- quarantined rows: {counts.get('quarantine', 0)}",
        f"- segments removed by the cleaner: {counts.get('segments_removed', 0)}",
        f"- validation: {validation_result(summary)}",
        f"- time: {float(summary.get('seconds', 0.0)):.1f} s",
        "",
        "| table | rows | quarantined |",
        "|---|---:|---:|",
        *(f"| {r['table']} | {r['rows']} | {r['quarantined']} |" for r in count_rows(summary)),
    ]
    return "\n".join(lines) + "\n"


def publish_run_artifacts(summary: dict[str, Any], out: str) -> None:
    """Attach the summary and the counts table to the current flow run."""
    import logging

    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    run_id = summary.get("run_id", "")
    try:
        create_markdown_artifact(summary_markdown(summary, out), key=SUMMARY_KEY,
                                 description=f"dyads run {run_id}")
        create_table_artifact(count_rows(summary), key=COUNTS_KEY,
                              description=f"rows per table, dyads run {run_id}")
    except Exception as exc:  # the tables and the runs row are written; a report must not undo it
        logging.getLogger("dyads").warning("could not create the run artifacts: %s", exc)

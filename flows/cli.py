"""The `dyads` command: run the flow, inspect one article, serve the deployment."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="dyads: raw news articles to Parquet tables of actors, events, relations.")
console = Console()

SUMMARY_ROWS = (("articles", "articles"), ("segments removed", "segments_removed"),
                ("actors", "actors"), ("events", "events"), ("relations", "relations"),
                ("rejects", "rejects"), ("quarantined rows", "quarantine"))


def _offline_prefect() -> None:
    """Telemetry off before Prefect is imported: these machines are offline."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@app.command()
def run(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Files or folders")] = None,
    out: Annotated[str, typer.Option(help="Warehouse root (path or file:// URI)")] =
        "data/warehouse",
    batch_size: Annotated[int, typer.Option(help="Articles per task")] = 200,
    workers: Annotated[int, typer.Option(help="Dask LocalCluster worker processes")] = 0,
    dask_address: Annotated[str | None, typer.Option(help="Existing Dask scheduler")] = None,
    actor_dictionary: Annotated[Path | None, typer.Option(help="Extra actor YAML")] = None,
    reprocess: Annotated[bool, typer.Option(help="Process inputs already in the warehouse")] =
        False,
    model: Annotated[str | None, typer.Option(help="spaCy model name")] = None,
) -> None:
    """Run the article-etl flow on files or folders (default data/raw)."""
    _offline_prefect()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from flows import etl
    from flows.params import RunParameters
    from flows.warehouse import input_files

    params = RunParameters(
        inputs=[str(p) for p in inputs] if inputs else ["data/raw"], out=out,
        batch_size=batch_size, workers=workers, dask_address=dask_address,
        actor_dictionary=str(actor_dictionary) if actor_dictionary else None,
        reprocess=reprocess, spacy_model=model)
    try:
        total = len(input_files(params.inputs))
        with Progress("[progress.description]{task.description}", BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=console) as progress:
            bar = progress.add_task("articles", total=total)
            etl.progress_listeners.append(lambda n: progress.advance(bar, n))
            summary = etl.run(params)
            progress.update(bar, completed=total)
    except Exception as exc:  # one line, non-zero: the run could not complete
        console.print(f"[red]dyads run failed:[/red] {type(exc).__name__}: {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc
    table = Table(title=f"dyads run {summary['run_id'][:8]} ({summary['status']})")
    table.add_column("")
    table.add_column("rows", justify="right")
    for label, key in SUMMARY_ROWS:
        table.add_row(label, str(summary["counts"].get(key, 0)))
    table.add_row("inputs already in the warehouse", str(summary["inputs_skipped"]))
    table.add_row("seconds", f"{summary['seconds']:.1f}")
    console.print(table)


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="One article file")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD")] = None,
) -> None:
    """Show one article's kept and dropped segments, actors, events and relations."""
    from transforms import clean_page, extract
    from transforms.ingest import Reject, articles_from_bytes, format_of

    items = articles_from_bytes(file.read_bytes(), str(file), format_of(file.name) or "txt")
    for item in items:
        if isinstance(item, Reject):
            console.print(f"[red]rejected[/red] {item.source_path}: {item.error_type}: "
                          f"{item.message}")
            continue
        cleaned = clean_page(item.text, item.clean_format)
        day = date.fromisoformat(published) if published else cleaned.published_date
        console.rule(cleaned.headline or item.source_path)
        console.print(f"publisher={cleaned.publisher!r} authors={cleaned.authors} "
                      f"published={day} ({cleaned.date_source}) language={cleaned.language}")
        segments = Table("#", "kind", "kept", "text", title="segments")
        for s in cleaned.segments:
            segments.add_row(str(s.index), s.kind, "yes" if s.kept else "[red]no[/red]",
                             _cell(s.text, 100))
        console.print(segments)
        found = extract(cleaned.body, day, article_id=item.article_id)
        console.print(f"story: {found.story['relevance_reason']}")
        _print_rows("actors", found.actors, ("name", "actor_type", "country", "role", "title",
                                             "resolution", "mentions"))
        _print_rows("events", found.events, ("source_name", "cameo_code", "plover_type",
                                             "target_name", "modality", "event_date",
                                             "location_name", "trigger"))
        _print_rows("relations", found.relations, ("subject_name", "relation_type",
                                                   "object_name", "former", "evidence"))


@app.command()
def serve(
    name: Annotated[str, typer.Option(help="Deployment of prefect.yaml to serve")] = "hourly",
    inputs: Annotated[list[str] | None, typer.Option("--input", help="Input file or folder "
                                                     "(repeatable; default: prefect.yaml's)")] =
        None,
    out: Annotated[str | None, typer.Option(help="Warehouse root (path or URI)")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per task")] = None,
    workers: Annotated[int | None, typer.Option(help="Dask LocalCluster worker processes")] =
        None,
    dask_address: Annotated[str | None, typer.Option(help="Existing Dask scheduler")] = None,
    actor_dictionary: Annotated[str | None, typer.Option(help="Extra actor YAML")] = None,
    cron: Annotated[str | None, typer.Option(help="Cron schedule instead of prefect.yaml's")] =
        None,
    timezone: Annotated[str | None, typer.Option(help="Time zone of the schedule")] = None,
) -> None:
    """Serve the scheduled article-etl deployment from this process (needs PREFECT_API_URL)."""
    _offline_prefect()
    from flows.serve import serve_deployment

    overrides = {"inputs": inputs or None, "out": out, "batch_size": batch_size,
                 "workers": workers, "dask_address": dask_address,
                 "actor_dictionary": actor_dictionary}
    try:
        serve_deployment(name, overrides, cron=cron, timezone=timezone)
    except (KeyError, ValueError) as exc:
        reason = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        console.print(f"[red]dyads serve failed:[/red] {reason}")
        raise typer.Exit(1) from exc


def _print_rows(title: str, rows: list[dict], columns: tuple[str, ...]) -> None:
    table = Table(*columns, title=f"{title} ({len(rows)})")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    console.print(table)


def _cell(value: object, width: int = 70) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def main() -> None:
    """Entry point for `python -m flows.cli`."""
    app(sys.argv[1:])


if __name__ == "__main__":
    main()

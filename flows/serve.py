"""Serve a prefect.yaml deployment of article-etl from one process: schedule, limit, parameters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.params import RunParameters

PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"
DEFAULT_DEPLOYMENT = "hourly"


def deployment_config(name: str = DEFAULT_DEPLOYMENT, path: Path = PREFECT_YAML) -> dict[str, Any]:
    """The named deployment of prefect.yaml (anchors and merge keys resolved)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for deployment in document.get("deployments") or []:
        if deployment.get("name") == name:
            return deployment
    names = [d.get("name") for d in document.get("deployments") or []]
    raise KeyError(f"no deployment {name!r} in {path} (found: {', '.join(map(str, names))})")


def served_parameters(config: dict[str, Any], overrides: dict[str, Any]) -> RunParameters:
    """The deployment's default parameters with the given overrides, validated."""
    given = dict((config.get("parameters") or {}).get("params") or {})
    given.update({k: v for k, v in overrides.items() if v is not None})
    return RunParameters.model_validate(given)


def schedules_of(config: dict[str, Any], cron: str | None = None,
                 timezone: str | None = None) -> list:
    """Prefect schedules from the deployment's `schedules`, or one cron schedule given here."""
    from prefect.schedules import Cron

    items = config.get("schedules") or []
    if cron:
        zone = timezone or next((s.get("timezone") for s in items if s.get("timezone")), None)
        return [Cron(cron, timezone=zone)]
    return [Cron(s["cron"], timezone=timezone or s.get("timezone"),
                 active=bool(s.get("active", True))) for s in items if s.get("cron")]


def concurrency_of(config: dict[str, Any]):
    """The deployment's concurrency limit (a number or a limit with a collision strategy)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig

    limit = config.get("concurrency_limit")
    if limit is None or isinstance(limit, int):
        return limit
    return ConcurrencyLimitConfig(
        limit=int(limit["limit"]), collision_strategy=limit.get("collision_strategy", "ENQUEUE"))


def serve_deployment(name: str = DEFAULT_DEPLOYMENT, overrides: dict[str, Any] | None = None,
                     cron: str | None = None, timezone: str | None = None,
                     path: Path = PREFECT_YAML) -> None:
    """Register the deployment with the Prefect API and run its flow runs here until stopped."""
    from prefect import serve
    from prefect.settings import PREFECT_API_URL

    from flows.etl import article_etl

    config = deployment_config(name, path)
    if not PREFECT_API_URL.value():
        raise ValueError("PREFECT_API_URL is not set: start a server (`prefect server start`) "
                         "and point PREFECT_API_URL at it, or nothing could trigger the runs")
    params = served_parameters(config, overrides or {})
    deployment = article_etl.to_deployment(
        name=name,
        description=config.get("description"),
        tags=config.get("tags"),
        schedules=schedules_of(config, cron, timezone),
        concurrency_limit=concurrency_of(config),
        parameters={"params": params.model_dump(mode="json")},
    )
    # keep the schedule running on shutdown: a restart of this process must not silently stop
    # the hourly runs (Prefect pauses them by default)
    serve(deployment, pause_on_shutdown=False)

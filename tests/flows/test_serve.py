"""prefect.yaml as `dyads serve` reads it: schedule, concurrency limit, validated parameters."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from flows.params import RunParameters
from flows.serve import concurrency_of, deployment_config, schedules_of, served_parameters


def test_hourly_deployment_is_an_hourly_cron_with_a_time_zone_one_run_at_a_time():
    config = deployment_config("hourly")
    assert config["entrypoint"] == "flows/etl.py:article_etl"
    assert config["work_pool"]["name"] == "dyads-process"
    (schedule,) = schedules_of(config)
    assert schedule.cron.split()[1:] == ["*", "*", "*", "*"]  # every hour of every day
    assert schedule.timezone == "Europe/Berlin" and schedule.active
    limit = concurrency_of(config)
    assert limit.limit == 1 and limit.collision_strategy.value == "ENQUEUE"


def test_every_deployment_parameter_set_is_a_valid_run_parameters_model():
    for name in ("hourly", "hourly-k8s"):
        params = RunParameters.model_validate(deployment_config(name)["parameters"]["params"])
        assert params.batch_size >= 1
    k8s = deployment_config("hourly-k8s")
    assert k8s["work_pool"]["name"] == "dyads-k8s"
    assert k8s["parameters"]["params"]["dask_address"].startswith("tcp://")
    assert k8s["parameters"]["params"]["out"].startswith("s3://")


def test_overrides_replace_defaults_and_are_validated():
    config = deployment_config("hourly")
    params = served_parameters(config, {"inputs": ["/srv/in"], "out": None, "workers": 2})
    assert params.inputs == ["/srv/in"] and params.out == "data/warehouse"
    assert params.workers == 2
    with pytest.raises(ValidationError):
        served_parameters(config, {"batch_size": 0})


def test_cron_given_on_the_command_line_keeps_the_time_zone():
    (schedule,) = schedules_of(deployment_config("hourly"), cron="*/15 * * * *")
    assert schedule.cron == "*/15 * * * *" and schedule.timezone == "Europe/Berlin"


def test_unknown_deployment_names_the_known_ones():
    with pytest.raises(KeyError, match="hourly-k8s"):
        deployment_config("nightly")

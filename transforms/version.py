"""The pipeline version stamped on every row."""

from importlib.metadata import PackageNotFoundError, version

try:
    PIPELINE_VERSION = version("dyads")
except PackageNotFoundError:  # running from a source tree that was never installed
    PIPELINE_VERSION = "0.0.0+source"

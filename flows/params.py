"""The run parameters: one validated model shared by the CLI, the flow and the deployments."""

from __future__ import annotations

from pydantic import BaseModel, Field


class RunParameters(BaseModel):
    """What one article-etl run reads, where it writes, and how it spreads the work."""

    inputs: list[str] = Field(default_factory=lambda: ["data/raw"],
                              description="Files or folders of raw articles")
    out: str = Field("data/warehouse", description="Warehouse root: a path or a file:// URI")
    batch_size: int = Field(200, ge=1, le=10_000, description="Articles per task")
    workers: int = Field(0, ge=0, le=256,
                         description="Dask worker processes of a LocalCluster (0: this process)")
    dask_address: str | None = Field(None, description="Address of an existing Dask scheduler")
    actor_dictionary: str | None = Field(None, description="Extra actor dictionary (YAML file)")
    reprocess: bool = Field(False, description="Process inputs the warehouse already holds")
    spacy_model: str | None = Field(None, description="spaCy model name (default: English small)")

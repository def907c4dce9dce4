"""I/O at the edges: finding inputs, reading the warehouse, publishing Parquet atomically."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from schemas.tables import PARTITION_COLUMN, PARTITIONED, TABLES, with_metadata
from transforms.ingest import format_of

STAGING = "_staging"  # beside the table folders, never inside one (readers scan whole folders)


def input_files(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """Every readable input file under the given files and folders, sorted, hidden ones skipped."""
    found: set[str] = set()
    for item in inputs:
        path = Path(item)
        if path.is_file():
            found.add(str(path))
        elif path.is_dir():
            for child in path.rglob("*"):
                parts = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith((".", "_")) for p in parts) \
                        and format_of(child.name):
                    found.add(str(child))
        else:
            raise FileNotFoundError(f"input not found: {item}")
    return sorted(found)


@dataclass(frozen=True)
class Warehouse:
    """A warehouse root on a local path or any filesystem URI pyarrow understands."""

    uri: str

    @cached_property  # resolving a remote URI costs a round trip: once per Warehouse
    def fs_and_root(self) -> tuple[pafs.FileSystem, str]:
        if "://" in self.uri:
            return pafs.FileSystem.from_uri(self.uri)
        return pafs.LocalFileSystem(), str(Path(self.uri).resolve())

    def table_dir(self, table: str) -> str:
        return f"{self.fs_and_root[1]}/{table}"

    def _exists(self, path: str) -> bool:
        fs = self.fs_and_root[0]
        return fs.get_file_info(path).type != pafs.FileType.NotFound

    def read(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """The whole table (empty with its schema when nothing is published yet)."""
        fs, _ = self.fs_and_root
        schema = TABLES[table]
        path = self.table_dir(table)
        if not self._exists(path):
            return schema.empty_table().select(columns) if columns else schema.empty_table()
        partitioning = ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]),
                                       flavor="hive") if table in PARTITIONED else None
        dataset = ds.dataset(path, filesystem=fs, format="parquet", partitioning=partitioning,
                             schema=schema)
        return dataset.to_table(columns=columns)

    def known_hashes(self) -> set[str]:
        """content_sha256 of every input already turned into articles or rejects."""
        hashes: set[str] = set()
        for table in ("articles", "rejects"):
            column = self.read(table, ["content_sha256"]).column("content_sha256")
            hashes.update(h for h in column.to_pylist() if h)
        return hashes

    def ensure_tables(self) -> None:
        """An empty file in every table that has none, so readers find all eight tables."""
        fs, _ = self.fs_and_root
        for table, schema in TABLES.items():
            if not self._exists(self.table_dir(table)):
                folder = self.table_dir(table)
                file_schema = schema
                if table in PARTITIONED:  # same depth as real files: readers infer partitions
                    folder += f"/{PARTITION_COLUMN}=unknown"
                    file_schema = schema.remove(schema.get_field_index(PARTITION_COLUMN))
                fs.create_dir(folder, recursive=True)
                with fs.open_output_stream(f"{folder}/part-empty.parquet") as out:
                    pq.write_table(with_metadata(file_schema, table).empty_table(), out,
                                   compression="zstd")

    def publish(self, table: str, rows: list[dict], name: str) -> list[str]:
        """Write rows as Parquet files named `name`, one per partition; each appears whole."""
        if not rows:
            return []
        fs, root = self.fs_and_root
        schema = TABLES[table]
        groups: dict[str | None, list[dict]] = {}
        for row in rows:
            key = (row.get(PARTITION_COLUMN) or "unknown") if table in PARTITIONED else None
            groups.setdefault(key, []).append(row)
        written = []
        for month, group in sorted(groups.items(), key=lambda kv: kv[0] or ""):
            file_schema = schema.remove(schema.get_field_index(PARTITION_COLUMN)) \
                if month is not None else schema
            data = pa.Table.from_pylist(
                [{k: r.get(k) for k in file_schema.names} for r in group],
                schema=with_metadata(file_schema, table))
            folder = f"{root}/{table}" + (f"/{PARTITION_COLUMN}={month}" if month else "")
            final = f"{folder}/{name}.parquet"
            staged = f"{root}/{STAGING}/{uuid.uuid4().hex}.parquet"
            fs.create_dir(f"{root}/{STAGING}", recursive=True)
            fs.create_dir(folder, recursive=True)
            with fs.open_output_stream(staged) as out:
                pq.write_table(data, out, compression="zstd")
            fs.move(staged, final)  # a rename on local disks: readers never see a partial file
            written.append(final)
        return written


def staged_rows(wh: Warehouse, folder: str, table: str) -> list[dict]:
    """Rows of one staged table of a batch (empty when the batch had none)."""
    fs, _ = wh.fs_and_root
    path = f"{folder}/{table}.parquet"
    if fs.get_file_info(path).type == pafs.FileType.NotFound:
        return []
    with fs.open_input_file(path) as fh:
        return pq.read_table(fh).to_pylist()


def stage_rows(wh: Warehouse, folder: str, table: str, rows: list[dict]) -> None:
    """Write one table of a batch to its staging folder (outside every table folder)."""
    fs, _ = wh.fs_and_root
    fs.create_dir(folder, recursive=True)
    data = pa.Table.from_pylist([{k: r.get(k) for k in TABLES[table].names} for r in rows],
                                schema=TABLES[table])
    with fs.open_output_stream(f"{folder}/{table}.parquet") as out:
        pq.write_table(data, out)


def staging_folder(wh: Warehouse, run_id: str, batch_no: int, step: str) -> str:
    """The staging folder of one step of one batch of a run."""
    return f"{wh.fs_and_root[1]}/{STAGING}/{run_id}/batch-{batch_no:05d}/{step}"


def drop_staging(wh: Warehouse, run_id: str) -> None:
    """Remove a run's staging files."""
    fs, root = wh.fs_and_root
    path = f"{root}/{STAGING}/{run_id}"
    if fs.get_file_info(path).type != pafs.FileType.NotFound:
        fs.delete_dir(path)

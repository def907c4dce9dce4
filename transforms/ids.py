"""Deterministic ids: the same input gives the same id on any machine."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    """A hex id hashed from the parts (None becomes the empty string)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def sha256_hex(data: bytes) -> str:
    """The full SHA-256 hex digest of the bytes."""
    return hashlib.sha256(data).hexdigest()

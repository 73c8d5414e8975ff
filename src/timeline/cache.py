"""The on-disk cache of per-document results, so that a second run over an unchanged corpus
skips spaCy and only merges.

An entry is keyed by the document's content and metadata, the spaCy model's name and version,
the spaCy version and a fingerprint of this package's code, so that an upgrade or a code change
invalidates everything it may affect. Entries are JSON (never pickle: a cache folder may be
shared, and reading it must not run code) behind a SHA-256 of their own bytes: an entry that
is truncated, corrupt or written by another version is ignored, and rebuilt by the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from functools import cache
from importlib import metadata, util
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.edtf import Granularity, NormalizedDate
from timeline.models import (
    Actor,
    Anchor,
    Conflict,
    Document,
    DocumentResult,
    Event,
    Figure,
    Kind,
    Mention,
    Modality,
    Participant,
    TimeExpression,
    TimexType,
)
from timeline.nlp import model_chain

CACHE_FORMAT = "1"
_RECORDS = {
    cls.__name__: cls
    for cls in (
        Actor,
        Conflict,
        Document,
        DocumentResult,
        Event,
        Figure,
        Mention,
        NormalizedDate,
        Participant,
        TimeExpression,
    )
}
_ENUMS = {cls.__name__: cls for cls in (Anchor, Granularity, Kind, Modality, TimexType)}


def default_cache_dir() -> Path:
    """$TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline."""
    if folder := os.environ.get("TIMELINE_CACHE_DIR"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "timeline"


class ResultCache:
    """Per-document results in `folder`, one file per entry, sharded by the key's first byte."""

    def __init__(self, folder: Path, model: str | None) -> None:
        self.folder = folder
        self.setup = _setup_fingerprint(model)
        self.hits = self.misses = 0

    def key(self, document: Document) -> str | None:
        """The entry's key; None when the model cannot be identified (nothing is cached)."""
        if self.setup is None:
            return None
        described = json.dumps([self.setup, _encode(document)], sort_keys=True)
        return hashlib.sha256(described.encode("utf-8")).hexdigest()

    def get(self, key: str) -> DocumentResult | None:
        """The stored result, or None when there is none or it cannot be trusted."""
        try:
            data = self._path(key).read_bytes()
            digest, _, payload = data.partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
                raise ValueError("checksum mismatch")
            entry = json.loads(payload)
            if entry["format"] != CACHE_FORMAT or entry["key"] != key:
                raise ValueError("another entry")
            result = _decode(entry["result"])
            if not isinstance(result, DocumentResult):
                raise ValueError("not a document result")
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: DocumentResult) -> None:
        """Store `result` atomically; a cache that cannot be written is not an error."""
        entry = {"format": CACHE_FORMAT, "key": key, "result": _encode(result)}
        payload = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        data = hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload
        path = self._path(key)
        # Not `export.write_atomic`: that writes text and syncs each file to disk, which a
        # cache (checked by its digest when read) can do without, a thousand entries a run.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                Path(temporary).replace(path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"


def clear_cache(folder: Path) -> tuple[int, int]:
    """Delete every entry under `folder`; returns (entries, bytes) removed."""
    count = size = 0
    for path in sorted(folder.glob("[0-9a-f][0-9a-f]/*")):
        if path.is_file() and path.suffix in (".json", ".tmp"):
            size += path.stat().st_size
            path.unlink()
            count += 1
    for shard in sorted(folder.glob("[0-9a-f][0-9a-f]")):
        if shard.is_dir() and not any(shard.iterdir()):
            shard.rmdir()
    return count, size


def cache_size(folder: Path) -> tuple[int, int]:
    """(entries, bytes) under `folder`."""
    paths = [p for p in folder.glob("[0-9a-f][0-9a-f]/*.json") if p.is_file()]
    return len(paths), sum(p.stat().st_size for p in paths)


@cache
def code_fingerprint() -> str:
    """A hash of this package's source: any code change invalidates the cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode("utf-8"))
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _setup_fingerprint(model: str | None) -> str | None:
    identity = model_identity(model)
    if identity is None:
        return None
    return f"{CACHE_FORMAT}|{identity}|spacy {_version('spacy')}|{code_fingerprint()}"


def model_identity(model: str | None) -> str | None:
    """Name and version of the pipeline the fallback chain would load, read from its
    meta.json without loading it (loading takes seconds; a fully cached run needs none)."""
    for name in model_chain(model):
        meta_file = _meta_file(name)
        if meta_file is None:
            continue
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            return f"{meta['lang']}_{meta['name']}-{meta['version']} at {meta_file.parent}"
        except (OSError, ValueError, KeyError, TypeError):
            return None
    return None


def _meta_file(name: str) -> Path | None:
    if Path(name).is_dir():
        path = Path(name) / "meta.json"
        return path if path.is_file() else None
    try:
        spec = util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "meta.json"
    return path if path.is_file() else None


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def _encode(value: Any) -> Any:
    """Plain JSON for the result types, losslessly: records and enums carry their type name."""
    if isinstance(value, Enum):  # first: a StrEnum is also a str
        return {"$enum": type(value).__name__, "value": value.value}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, NormalizedDate):  # a named tuple: before the tuple case
        return {"$record": "NormalizedDate", "fields": [_encode(v) for v in value]}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if is_dataclass(value) and not isinstance(value, type):
        record = {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
        return {"$record": type(value).__name__, "fields": record}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(value: Any) -> Any:
    """The inverse of `_encode`; only the known result types are ever built."""
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if not isinstance(value, dict):
        return value
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    if "$enum" in value:
        return _ENUMS[value["$enum"]](value["value"])
    cls = _RECORDS[value["$record"]]
    if cls is NormalizedDate:
        return NormalizedDate(*(_decode(v) for v in value["fields"]))
    return cls(**{name: _decode(v) for name, v in value["fields"].items()})

"""The on-disk cache of per-document results, so that a second run over an unchanged corpus
skips spaCy and only merges.

An entry is keyed by the document's content and metadata (never its path: the same file named
another way is the same document), the spaCy model's name and version, the spaCy version and a
fingerprint of this package's code, so that an upgrade or a code change invalidates everything
it may affect. Entries are JSON (never pickle: reading a cache must not run code), checked
when read (`entries`); the folder is marked and kept private (`folder`).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import fields
from functools import cache
from importlib import metadata, util
from pathlib import Path

import msgspec

from timeline import __version__
from timeline.cache.entries import CACHE_FORMAT, BadEntryError, decode, encode
from timeline.cache.folder import (
    PRIVATE_FOLDER,
    CacheRefusedError,
    cache_in_input,
    cache_size,
    clear_cache,
    is_marked,
    prepare,
    unsafe,
)
from timeline.models import Document, DocumentResult
from timeline.nlp import model_chain

__all__ = [
    "CacheRefusedError",
    "ResultCache",
    "cache_in_input",
    "cache_size",
    "clear_cache",
    "code_fingerprint",
    "default_cache_dir",
    "is_marked",
    "model_identity",
    "source_fingerprint",
]


# What a document's entry is keyed on: all it is but its path (one file, however named).
_KEYED = tuple(field.name for field in fields(Document) if field.name != "path")


def default_cache_dir() -> Path:
    """$TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline."""
    if folder := os.environ.get("TIMELINE_CACHE_DIR"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "timeline"


class ResultCache:
    """Per-document results in `folder`, one file per entry, sharded by the key's first byte."""

    def __init__(self, folder: Path, model: str | None, variant: str = "") -> None:
        self.folder = folder
        self._root = os.fspath(folder)
        setup = _setup_fingerprint(model)
        # what else changes a document's result: an entity timeline's extraction
        self.setup = f"{setup}|{variant}" if setup is not None and variant else setup
        self.hits = self.misses = 0

    @classmethod
    def open(cls, folder: Path, model: str | None, variant: str = "") -> ResultCache:
        """The cache in `folder`, made (and marked) if need be.

        Raises:
            CacheRefusedError: when `folder` cannot be used (see `folder.prepare`).
        """
        prepare(folder)
        return cls(folder, model, variant)

    def key(self, document: Document) -> str | None:
        """The entry's key; None when the model cannot be identified (nothing is cached)."""
        if self.setup is None:
            return None
        described = [self.setup, *(getattr(document, name) for name in _KEYED)]
        return hashlib.sha256(msgspec.json.encode(described)).hexdigest()

    def get(self, key: str, document: Document) -> DocumentResult | None:
        """The stored result of `document`, or None when there is none or it cannot be
        trusted (damaged, mistyped, not fitting the document, or writable by others)."""
        found = self.lookup(key, document)
        return found[0] if found else None

    def lookup(self, key: str, document: Document) -> tuple[DocumentResult, bytes] | None:
        """As `get`, with the entry's checked JSON: `entries.events` reads its events again."""
        try:
            found = decode(self._read(key), key, document)
        except (OSError, BadEntryError):
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, key: str, result: DocumentResult) -> None:
        """Store `result` atomically; a cache that cannot be written is not an error."""
        data = encode(key, result)
        path = Path(self._path(key))
        # Not `export.write_atomic`: that writes text and syncs each file to disk, which a
        # cache (checked by its digest when read) can do without, a thousand entries a run.
        try:
            path.parent.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
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

    def _read(self, key: str) -> bytes:
        """The entry's bytes, if it is a regular file only its owner can write."""
        handle = os.open(self._path(key), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode) or unsafe(info):
                raise BadEntryError("not a private regular file")
            data = os.read(handle, info.st_size + 1)
        finally:
            os.close(handle)
        return data

    def _path(self, key: str) -> str:
        return f"{self._root}/{key[:2]}/{key}.json"  # (a string: a Path costs more than the read)


_FINGERPRINTED = frozenset({".py", ".toml", ".json", ".txt", ".csv", ".tsv"})


@cache
def code_fingerprint() -> str:
    """A hash of this package's source and data: any change invalidates the cache."""
    return source_fingerprint(Path(__file__).resolve().parents[1])


def source_fingerprint(package: Path) -> str:
    """A hash of the code and the data files (the word lists) under `package`, with this
    version's number: a changed word list changes what is extracted as a changed line does."""
    digest = hashlib.sha256(__version__.encode("utf-8"))
    files = (p for p in package.rglob("*") if p.suffix in _FINGERPRINTED and p.is_file())
    for path in sorted(files):
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

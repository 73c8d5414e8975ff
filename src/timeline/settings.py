"""One frozen settings value for a run; validated here, passed everywhere."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from timeline.edtf import NormalizedDate
from timeline.errors import SettingError, cut
from timeline.filters import EventFilter

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/out/timeline.json")
DEFAULT_MAX_BYTES = 50_000_000  # a file larger than this is skipped with a warning
MAX_WORKERS = 256  # processes side by side: more is a typo, not a machine
# The schemes of Dask's network transports. (Dask's `inproc` reaches only a scheduler in the
# same process, which a run of the command never has.)
SCHEDULER_SCHEMES = ("tcp", "tls", "ucx", "ws", "wss")
SCHEDULER_EXAMPLE = "tcp://127.0.0.1:8786"
_LABEL = r"[a-z0-9]([a-z0-9-]*[a-z0-9])?"
_HOST_NAME = re.compile(rf"(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*")  # (lower case: urlsplit's)


class Engine(StrEnum):
    LOCAL = "local"  # this machine: one process, or --workers processes
    DASK = "dask"  # Dask workers: a cluster at --scheduler, or a local one


@dataclass(frozen=True)
class Settings:
    """What a run of `build_timeline` needs to know.

    Attributes:
        model: a spaCy pipeline name or path; None for the default chain.
        published: the publication date for documents that give none.
        batch_size: documents per `nlp.pipe` batch (a batch also ends at
            `nlp.BATCH_CHARACTERS` characters), and per batch sent to a worker.
        filter: which events of the timeline to keep.
        workers: processes (or local Dask workers) analysing documents side by side.
        engine: where documents are analysed.
        scheduler: the address of a running Dask scheduler, for the Dask engine.
        cache_dir: where per-document results are cached; None for no cache.
        release_model: after analysing many documents (`pipeline.RELEASE_AFTER`), unload the
            spaCy pipeline before merging (hundreds of MB back, when the merge needs the most);
            for one-off runs such as the command line's, not for a library called again.
        max_bytes: files larger than this are skipped with a warning.
        entity_timeline: extract an entity timeline: every clause of the body becomes an
            event, dated by its clause, its paragraph or the publication date, for the entity
            filter to choose from (`extract --entity`); a reader's timeline, the default,
            keeps only the clauses a date names. Part of the cache key.
    """

    model: str | None = None
    published: NormalizedDate | None = None
    batch_size: int = 32
    filter: EventFilter = field(default_factory=EventFilter)
    workers: int = 1
    engine: Engine = Engine.LOCAL
    scheduler: str | None = None
    cache_dir: Path | None = None
    release_model: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    entity_timeline: bool = False

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise SettingError("batch_size", "must be at least 1", self.batch_size)
        if not 1 <= self.workers <= MAX_WORKERS:
            bounds = f"must be at least 1 and at most {MAX_WORKERS}"
            raise SettingError("workers", bounds, self.workers)
        if self.scheduler is not None and self.engine is not Engine.DASK:
            raise SettingError("scheduler", "is for the Dask engine", needs=("engine", "dask"))
        if self.scheduler is not None:
            check_scheduler(self.scheduler)
        if self.max_bytes < 1:
            raise SettingError("max_bytes", "must be at least 1", self.max_bytes)

    def replace(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def check_scheduler(address: str) -> None:
    """Refuse what is not a Dask scheduler address (scheme://host:port) before any work, rather
    than let Dask fail on it later, or wait for a host that cannot be.

    Raises:
        SettingError: naming what is wrong.
    """
    problem = _scheduler_problem(address)
    if problem:
        example = f"a scheduler's address looks like {SCHEDULER_EXAMPLE}"
        raise SettingError("scheduler", f"{cut(address, quoted=True)}: {problem}; {example}")


def _scheduler_problem(address: str) -> str | None:
    try:
        parts = urlsplit(address if "://" in address else f"tcp://{address}")  # Dask's default
        port = parts.port
    except ValueError:
        return "not an address (a bad host or port)"
    if parts.scheme not in SCHEDULER_SCHEMES:
        return f"the scheme must be one of {', '.join(SCHEDULER_SCHEMES)}"
    if not _is_host(parts.hostname or ""):
        return "no host name or IP address"
    if port is None or port == 0:
        return "no port (1 to 65535)"
    if parts.path or parts.query or parts.fragment or parts.username is not None:
        return "only scheme://host:port, nothing after the port"
    return None


def _is_host(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return _HOST_NAME.fullmatch(name) is not None
    return True

"""One frozen settings value for a run; validated here, passed everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from timeline.edtf import NormalizedDate
from timeline.errors import UsageError
from timeline.filters import EventFilter

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/out/timeline.json")
DEFAULT_MAX_BYTES = 50_000_000  # a file larger than this is skipped with a warning


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

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise UsageError(f"batch size must be at least 1, not {self.batch_size}")
        if self.workers < 1:
            raise UsageError(f"--workers must be at least 1, not {self.workers}")
        if self.scheduler and self.engine is not Engine.DASK:
            raise UsageError("--scheduler is for the Dask engine: add --engine dask")
        if self.max_bytes < 1:
            raise UsageError(f"--max-bytes must be at least 1, not {self.max_bytes}")

    def replace(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

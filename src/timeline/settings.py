"""One frozen settings value for a run; validated here, passed everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.edtf import NormalizedDate
from timeline.errors import UsageError
from timeline.filters import EventFilter

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/out/timeline.json")
DEFAULT_MAX_BYTES = 50_000_000  # a file larger than this is skipped with a warning


@dataclass(frozen=True)
class Settings:
    """What a run of `build_timeline` needs to know.

    Attributes:
        model: a spaCy pipeline name or path; None for the default chain.
        published: the publication date for documents that give none.
        batch_size: documents per `nlp.pipe` batch.
        filter: which events of the timeline to keep.
        max_bytes: files larger than this are skipped with a warning.
    """

    model: str | None = None
    published: NormalizedDate | None = None
    batch_size: int = 32
    filter: EventFilter = field(default_factory=EventFilter)
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise UsageError(f"batch size must be at least 1, not {self.batch_size}")
        if self.max_bytes < 1:
            raise UsageError(f"--max-bytes must be at least 1, not {self.max_bytes}")

    def replace(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

"""The documents a run analyses: read from the paths, too long ones refused."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import Problem
from timeline.ingest import read_documents
from timeline.models import Document
from timeline.nlp import MAX_CHARACTERS
from timeline.settings import Settings


def readable_documents(
    paths: Iterable[Path], settings: Settings, problems: list[Problem]
) -> Iterator[Document]:
    """The documents under `paths` that can be analysed; the rest become `problems`."""
    for item in read_documents(paths, settings.published, settings.max_bytes):
        if isinstance(item, Problem):
            problems.append(item)
        elif len(item.text) > MAX_CHARACTERS:
            limit = f"{len(item.text):,} characters, the pipeline takes {MAX_CHARACTERS:,}"
            problems.append(Problem(item.path, f"too long to analyse ({limit})"))
        else:
            yield item

"""Word lists of the event layer, kept as data in `events/data/*.toml` and read once."""

from __future__ import annotations

from timeline.wordlists import word_lists


def word_list(file: str, key: str) -> frozenset[str]:
    """The words under `key` in `events/data/<file>.toml`."""
    return word_lists("timeline.events", file)[key]

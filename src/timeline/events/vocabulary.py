"""Word lists of the event layer, kept as data in `events/data/*.toml` and read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def word_list(file: str, key: str) -> frozenset[str]:
    """The words under `key` in `events/data/<file>.toml`."""
    text = resources.files("timeline.events").joinpath("data", f"{file}.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)[key])

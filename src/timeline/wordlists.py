"""Word lists kept as data: a TOML file in the `data` folder of the package that uses it, each
key a list of words, read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files


@cache
def word_lists(package: str, name: str) -> dict[str, frozenset[str]]:
    """The lists of `<package>/data/<name>.toml`, each as a set of its words."""
    with files(package).joinpath("data", f"{name}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {key: frozenset(words) for key, words in data.items()}


@cache
def word_tables(package: str, name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """The tables of `<package>/data/<name>.toml`, each key a row of words in their order
    (`event_verbs.toml`: noun = [verb, past, participle, use])."""
    with files(package).joinpath("data", f"{name}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {
        table: {key: tuple(words) for key, words in rows.items()} for table, rows in data.items()
    }

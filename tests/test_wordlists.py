"""Word lists kept as data: every TOML file of the package says what its words do, holds only
lists of words (or of word families), and is installed with the package."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import timeline
from timeline.wordlists import word_lists

ROOT = Path(timeline.__file__).parent
FILES = sorted(ROOT.glob("*/data/*.toml"))


def test_there_are_word_lists() -> None:
    assert len(FILES) >= 2


def word_groups(value: list[object]) -> list[list[object]]:
    """The lists of words in a value: itself, or those of each of its tables (word families
    given as `[[families]]` with `verbs = [...]`, `nouns = [...]`)."""
    if all(isinstance(v, dict) for v in value):
        return [w for table in value for w in table.values() if isinstance(w, list)]  # type: ignore[union-attr]
    return [value]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_each_file_says_what_its_words_do_and_holds_lists_of_words(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "a comment header first"
    data = tomllib.loads(text)
    assert data
    for key, value in data.items():
        if isinstance(value, dict):  # a class of words: [company] label = "ORG", words = [...]
            assert all(isinstance(v, str | list) for v in value.values()), key
            value = [value]
        assert isinstance(value, list) and value, key
        for words in word_groups(value):
            assert all(isinstance(w, str) and w.strip() == w and w for w in words), key
            assert len(set(words)) == len(words), f"{key}: a word twice"
        assert any(f"\n{form}" in f"\n{text}" for form in (f"{key} = ", f"[[{key}]]", f"[{key}]"))


def test_lists_are_read_as_sets_of_their_words() -> None:
    lists = word_lists("timeline.temporal", "tense")
    assert "say" in lists["say_verbs"] and "will" in lists["future_aux"]
    assert all(isinstance(words, frozenset) for words in lists.values())

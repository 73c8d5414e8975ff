"""A subject "he" or "she" that no name can stand for is written as the one description of a
man or a woman the sentences just before give ("the boy … He was discharged" -> "The boy
was discharged"); with two such descriptions, or a person named between, the text's word
stays. Through `build_timeline`, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_subjects_names_beside_descriptions import titles

pytestmark = pytest.mark.model


def test_he_is_the_boy_described_before(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-05-10\n---\nFlu\n\n"
        "Doctors in the province confirmed the boy as a case of bird flu on May 2. "
        "He was discharged from hospital on May 8.\n",
    )
    assert found["2005-05-08"].startswith("The boy was discharged from hospital")


def test_she_is_the_woman_whose_speech_it_was(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-12-27\n---\nSpeech\n\n"
        "The queen's speech came a day after she praised the courage of her armed forces "
        "in a recorded greeting on December 24.\n",
    )
    assert found["2005-12-24"].startswith("The queen praised the courage")


def test_two_descriptions_leave_the_pronoun(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "---\npublished: 2005-05-10\n---\nFlu\n\n"
        "Doctors in the province confirmed the boy and the man as cases of bird flu on May 2. "
        "He was discharged from hospital on May 8.\n",
    )
    assert found["2005-05-08"].startswith("He was discharged from hospital")

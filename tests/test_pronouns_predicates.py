"""A predicate noun ("became [a target] of anger") says what the subject is: it is no other
thing "it" may stand for, so "it" after it is the subject's name, through `build_timeline`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_it_after_a_predicate_noun_is_the_named_subject(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "The Norland Broadcasting Corporation became a target of national anger when it aired "
        "a report on the minister in March 2024.",
    )
    assert found["2024-03"].startswith("The Norland Broadcasting Corporation aired")

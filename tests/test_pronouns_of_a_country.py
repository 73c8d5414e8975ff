"""Subjects a reader can identify, more: "its" after a country's government is the country's
("Somalia's government plans … now that its forces have arrived"), not after a country's
thing that does not act for it. Through `build_timeline`, on sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_headlines import titles

pytestmark = pytest.mark.model


def test_its_after_a_countrys_government_is_the_countrys(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Norway's government plans to impose martial law now that its troops arrived in the "
        "north on Friday, officials said.",
    )
    assert found["2024-05-10"].startswith("Norway's troops arrived")


def test_its_after_a_countrys_economy_stays(nlp: Any, tmp_path: Path) -> None:
    found = titles(
        tmp_path,
        "Norway's economy is slowing now that its exports fell sharply on Friday, officials said.",
    )
    assert not found["2024-05-10"].startswith("Norway's exports")

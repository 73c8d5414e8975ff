"""What two tellings must share to be one event: a name, not a word of two different names
("the Transport Ministry" / "the Agriculture Ministry"), nor an office ("President"); and
one doer's act done to two named people is two events. Through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import write_article
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def _sources(folder: Path) -> list[set[str]]:
    events = build_timeline([folder], Settings()).timeline.events
    return [{m.doc_id for m in e.mentions} for e in events]


def test_two_ministries_announcing_in_one_week_are_two_events(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2024-05-10",
        "The Transport Ministry announced earlier this week that 12 bridges would close.",
    )
    write_article(
        tmp_path,
        "b",
        "2024-05-10",
        "Norland's Agriculture Ministry announced on Thursday that it had widened "
        "its ban on imports of cattle.",
    )
    sources = _sources(tmp_path)
    assert not any(len(s) > 1 for s in sources)


def test_one_doer_appointing_two_people_on_two_days_is_two_events(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2024-05-07",
        "Secretary-General Liana Morel on Tuesday appointed former Estvian president "
        "Tomas Ekberg as envoy for the border talks.",
    )
    write_article(
        tmp_path,
        "b",
        "2024-05-08",
        "Secretary-General Liana Morel on Wednesday appointed Ravi Sundaram, a banker, "
        "as her special adviser for budget reforms.",
    )
    sources = _sources(tmp_path)
    assert not any(len(s) > 1 for s in sources)


def test_one_appointment_told_twice_is_still_one_event(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2024-05-07",
        "Secretary-General Liana Morel on Tuesday appointed Tomas Ekberg as envoy "
        "for the border talks.",
    )
    write_article(
        tmp_path,
        "b",
        "2024-05-08",
        "Liana Morel appointed Tomas Ekberg as her envoy for the border talks on Tuesday, "
        "officials said.",
    )
    assert {"a", "b"} in _sources(tmp_path)

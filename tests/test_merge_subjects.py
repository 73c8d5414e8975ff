"""One act told of two different actors is two events (two athletes "won … at the Asian
Games" on one day), through the whole pipeline; an act told from both sides ("X sued Y" /
"Y was sued by X") is still one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.articles import write_article
from tests.test_merge_precision import told
from timeline.merge import merge_events
from timeline.models import Actor, Participant
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def _sources(folder: Path) -> list[set[str]]:
    events = build_timeline([folder], Settings()).timeline.events
    return [{m.doc_id for m in e.mentions} for e in events]


def test_the_same_act_of_two_named_athletes_is_two_events(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2024-12-03",
        "Anna Kowalczyk of Poland won the women's 400m title at "
        "the European Games here on Tuesday in a time of 50.12.",
    )
    write_article(
        tmp_path,
        "b",
        "2024-12-03",
        "Junichi Tamura of Japan won the men's 400m title at the "
        "European Games here Tuesday in a time of 44.90.",
    )
    write_article(
        tmp_path,
        "c",
        "2024-12-05",
        "Poland won the women's relay title at the European Games "
        "on Thursday to pick up their fifth gold medal.",
    )
    sources = _sources(tmp_path)
    assert {"a"} in sources and {"b"} in sources
    assert not any(len(s) > 1 for s in sources)


def test_an_act_told_from_both_sides_is_still_one_event(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a",
        "2024-03-05",
        "Harlow Mining Corp. sued Vesta Logistics on Monday over "
        "unpaid freight contracts worth 40 million dollars.",
    )
    write_article(
        tmp_path,
        "b",
        "2024-03-05",
        "Vesta Logistics was sued by Harlow Mining Corp. on Monday "
        "over unpaid freight contracts worth 40 million dollars.",
    )
    assert {"a", "b"} in _sources(tmp_path)


def test_a_name_the_tagger_missed_still_tells_two_actors_apart() -> None:
    """The subject's capitalised words or acronym are a name when no entity covers them."""
    blair = replace(
        told(
            "a",
            "Tony Harlan defended the decision to air the interview on Tuesday.",
            "on Tuesday",
            "2024-03-12",
            "defend",
            (Actor("Tony Harlan", "PERSON"),),
        ),
        participants=(Participant("subject", "Tony Harlan", (Actor("Tony Harlan", "PERSON"),)),),
    )
    bbc = replace(
        told(
            "b",
            "The BBC defended the decision to air the interview on Tuesday.",
            "on Tuesday",
            "2024-03-12",
            "defend",
        ),
        participants=(Participant("subject", "The BBC"),),
    )
    junichi = replace(
        told(
            "c",
            "Junichi Tamura defended the decision to air the interview on Tuesday.",
            "on Tuesday",
            "2024-03-12",
            "defend",
        ),
        participants=(Participant("subject", "Junichi Tamura"),),
    )
    assert len(merge_events([blair, bbc, junichi])) == 3

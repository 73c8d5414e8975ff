"""The records a run keeps many of are slotted (no dictionary per object) and survive the
pickling that worker processes and `pipeline` use, equal to themselves."""

from __future__ import annotations

import pickle

import pytest

from timeline.edtf import parse_edtf
from timeline.models import (
    Actor,
    Anchor,
    Conflict,
    Event,
    Figure,
    Mention,
    Participant,
    TimeExpression,
    TimexType,
)

SENTENCE = "Kessler resigned as mayor on June 30, 2020."
WHEN = TimeExpression(
    "June 30, 2020", 29, 42, TimexType.DATE, "2020-06-30", parse_edtf("2020-06-30")
)
KESSLER = Actor("Kessler", "PERSON")
EVENT = Event(
    id="ev-1",
    date=parse_edtf("2020-06-30"),
    title="Kessler resigned as mayor",
    description=SENTENCE,
    actors=(KESSLER,),
    confidence=0.8,
    anchor=Anchor.EXPLICIT,
    mentions=(Mention("a", SENTENCE, 0, len(SENTENCE), WHEN),),
    trigger="resign",
    figures=(Figure("2", "count"),),
    conflicts=(Conflict(parse_edtf("2020-06"), ("b",)),),
    participants=(Participant("subject", "Kessler", (KESSLER,)),),
)


RECORDS = [EVENT, EVENT.mentions[0], WHEN, KESSLER, *EVENT.figures, *EVENT.conflicts]


@pytest.mark.parametrize("record", [*RECORDS, *EVENT.participants], ids=lambda r: type(r).__name__)
def test_records_have_no_instance_dictionary_and_pickle_to_themselves(record: object) -> None:
    assert not hasattr(record, "__dict__")
    copy = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == record and hash(copy) == hash(record)


def test_a_pickled_event_shares_what_it_shared() -> None:
    """The description is the mention's sentence: one string, after pickling too."""
    assert EVENT.description is EVENT.mentions[0].sentence
    copy = pickle.loads(pickle.dumps((EVENT,)))[0]
    assert copy.description is copy.mentions[0].sentence

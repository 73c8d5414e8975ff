"""A merged event's headline names who acted when a member that tells the same act does."""

from __future__ import annotations

import json

from timeline.edtf import parse_edtf
from timeline.merge.combining import combine
from timeline.models import Actor, Anchor, Event, Kind, Mention, Participant


def member(
    doc: str,
    title: str,
    subject: str,
    entities: tuple[str, ...],
    confidence: float = 0.9,
    trigger: str = "annex",
    date: str = "2003-05-04",
    kind: Kind = Kind.EVENT,
) -> Event:
    sentence = title + "."
    return Event(
        id=f"ev-{doc}",
        date=parse_edtf(date),
        title=title,
        description=sentence,
        actors=tuple(Actor(e, "GPE") for e in entities),
        confidence=confidence,
        anchor=Anchor.EXPLICIT,
        mentions=(Mention(doc, sentence, 0, len(sentence)),),
        trigger=trigger,
        kind=kind,
        participants=(Participant("subject", subject, tuple(Actor(e, "GPE") for e in entities)),),
    )


DESCRIBED = ("a", "The province was annexed by the northern kingdom", "The province", ("Varnia",))
NAMED = ("b", "Varnia was annexed by the northern kingdom", "Varnia", ("Varnia",))


def test_a_name_outranks_a_description_that_tells_the_same_act() -> None:
    merged = combine([member(*DESCRIBED), member(*NAMED)])
    assert merged.title == "Varnia was annexed by the northern kingdom"
    assert merged.participants[0].text == "Varnia"


def test_a_name_outranks_a_pronoun() -> None:
    pronoun = member("a", "She was freed", "She", ("Mara Dunst",), trigger="free")
    named = member("b", "Dunst was freed", "Dunst", ("Mara Dunst",), trigger="free")
    assert combine([pronoun, named]).title == "Dunst was freed"


def test_the_more_confident_member_keeps_its_confidence_and_the_choice_is_order_free() -> None:
    described, named = member(*DESCRIBED), member(*NAMED, confidence=0.8)
    one, other = combine([described, named]), combine([named, described])
    assert one.title == named.title
    assert one.confidence >= 0.9
    assert json.dumps(one.to_dict()) == json.dumps(other.to_dict())


def test_a_name_that_drops_what_was_told_does_not_replace_it() -> None:
    short = member("b", "Varnia was annexed", "Varnia", ("Varnia",))
    assert combine([member(*DESCRIBED), short]).title == DESCRIBED[1]


def test_a_name_telling_another_act_or_date_does_not_replace_it() -> None:
    other_act = member(*NAMED, trigger="invade")
    other_date = member(*NAMED, date="2003-05-05")
    assert combine([member(*DESCRIBED), other_act]).title == DESCRIBED[1]
    assert combine([member(*DESCRIBED), other_date]).title == DESCRIBED[1]


def test_a_caption_name_does_not_replace_a_whole_sentence() -> None:
    caption = member(*NAMED, kind=Kind.CAPTION)
    assert combine([member(*DESCRIBED), caption]).title == DESCRIBED[1]


def test_a_description_with_a_name_in_it_is_kept() -> None:
    kept = member(
        "a", "The Varnia government was annexed by the north", "The Varnia government", ("Varnia",)
    )
    named = member("b", "Varnia was annexed by the north", "Varnia", ("Varnia",))
    assert combine([kept, named]).title == "The Varnia government was annexed by the north"


def test_a_name_told_with_a_coarser_date_that_holds_it_replaces_a_description() -> None:
    month = member(*NAMED, confidence=0.8, date="2003-05")
    merged = combine([member(*DESCRIBED), month])
    assert merged.title == NAMED[1]
    assert merged.date.edtf == "2003-05-04"

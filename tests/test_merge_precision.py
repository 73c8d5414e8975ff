"""Merging across precision and wording (issue 13, item 8): the same event told at month, day
and next-day precision, or in other words for the same act, is one event at the finest date
the sources support; `conflicts` lists only real disagreements; acts that share only a
deadline stay apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from timeline.edtf import parse_edtf
from timeline.merge import merge_events
from timeline.models import (
    Actor,
    Anchor,
    Event,
    Figure,
    Mention,
    Participant,
    TimeExpression,
    TimexType,
)

ACME = (Actor("Acme Corp.", "ORG"),)
ROE = (Actor("Jane Roe", "PERSON"),)
EU = (Actor("European Union", "ORG"),)


def told(
    doc_id: str,
    sentence: str,
    when: str,
    date: str,
    trigger: str,
    actors: tuple[Actor, ...] = (),
    subject: str | None = None,
) -> Event:
    """The event `sentence` of `doc_id` tells, dated by the words `when` in it; its headline
    is the sentence without its date, as the event layer writes it."""
    start = sentence.index(when)
    timex = TimeExpression(when, start, start + len(when), TimexType.DATE, date, parse_edtf(date))
    mention = Mention(doc_id, sentence, 0, len(sentence), timex)
    participants = (Participant("subject", subject),) if subject else ()
    return Event(
        id=f"ev-{doc_id}-{trigger}",
        date=parse_edtf(date),
        title=sentence[:start].rstrip(" ,.").removesuffix(" on").removesuffix(" in"),
        description=sentence,
        actors=actors,
        confidence=0.8,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
        trigger=trigger,
        participants=participants,
    )


def acme_sought_protection() -> Event:
    return told(
        "b",
        "Acme Corp. sought bankruptcy protection on March 5, 2024.",
        "March 5, 2024",
        "2024-03-05",
        "seek",
        ACME,
        "Acme Corp.",
    )


def background(count: int = 20) -> list[Event]:
    """Unrelated events, so that the words under test are not the whole corpus's."""
    return [
        told(
            f"n{i}",
            f"Museum {i} opened gallery {i} in {1900 + i}.",
            str(1900 + i),
            str(1900 + i),
            "open",
        )
        for i in range(count)
    ]


def merged_with(events: list[Event], doc_ids: set[str]) -> list[Event]:
    return [e for e in merge_events(events) if doc_ids <= {m.doc_id for m in e.mentions}]


def test_the_same_act_in_other_words_at_month_and_day_precision_is_one_event() -> None:
    """ "filed for Chapter 11" (March) and "sought bankruptcy protection" (March 5): one
    bankruptcy, dated March 5, with nothing to report as a conflict."""
    month = told(
        "a",
        "Acme Corp. filed for Chapter 11 in March 2024.",
        "March 2024",
        "2024-03",
        "file",
        ACME,
        "Acme Corp.",
    )
    day = acme_sought_protection()
    (event,) = merged_with([month, day, *background()], {"a", "b"})
    assert event.date.edtf == "2024-03-05"
    assert event.conflicts == ()


def test_a_light_verb_without_its_event_noun_is_its_own_act() -> None:
    """ "filed a lawsuit" and "sought bankruptcy protection" are two acts of one company."""
    sued = told(
        "a",
        "Acme Corp. filed a lawsuit against its lender in March 2024.",
        "March 2024",
        "2024-03",
        "file",
        ACME,
        "Acme Corp.",
    )
    day = acme_sought_protection()
    assert merged_with([sued, day, *background()], {"a", "b"}) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("resigned", "resign"), ("stepped down", "step")),  # two words for one act
        (("resigned", "resign"), ("resigned", "resign")),  # the very same verb
    ],
)
def test_a_day_and_the_next_are_one_event_without_a_conflict(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    """Time zones and next-day reports put one event on two days: no real disagreement."""
    tuesday = told(
        "a",
        f"Jane Roe {first[0]} as chief of Acme Corp. on March 12, 2024.",
        "March 12, 2024",
        "2024-03-12",
        first[1],
        ROE,
        "Jane Roe",
    )
    wednesday = told(
        "b",
        f"Roe {second[0]} from the board on March 13, 2024.",
        "March 13, 2024",
        "2024-03-13",
        second[1],
        ROE,
        "Roe",
    )
    (event,) = merged_with([tuesday, wednesday, *background()], {"a", "b"})
    assert event.date.edtf == "2024-03-12"  # the earlier day: a report lags, it never leads
    assert event.conflicts == ()


def test_dates_a_week_apart_are_a_real_disagreement_and_stay_a_conflict() -> None:
    first = told(
        "a",
        "A jury convicted Jane Roe of fraud on March 13, 2024.",
        "March 13, 2024",
        "2024-03-13",
        "convict",
        ROE,
    )
    second = told(
        "b",
        "A jury convicted Roe of fraud on March 20, 2024.",
        "March 20, 2024",
        "2024-03-20",
        "convict",
        ROE,
    )
    (event,) = merged_with([first, second, *background()], {"a", "b"})
    assert [c.date.edtf for c in event.conflicts] != []


def test_two_acts_that_share_a_deadline_stay_apart() -> None:
    """ "urged … by April 21" dates what is due, not the urging: two requests of one union."""
    iran = told(
        "a",
        "The European Union urged Iran to answer the offer by April 21, 2025.",
        "April 21, 2025",
        "2025-04-21",
        "urge",
        EU,
        "The European Union",
    )
    gas = told(
        "b",
        "The European Union urged member states to cut gas imports by April 21, 2025.",
        "April 21, 2025",
        "2025-04-21",
        "urge",
        EU,
        "The European Union",
    )
    assert merged_with([iran, gas, *background()], {"a", "b"}) == []


def test_one_request_with_a_deadline_retold_in_the_same_words_still_merges() -> None:
    first = told(
        "a",
        "The European Union urged Iran to answer the nuclear offer by April 21, 2025.",
        "April 21, 2025",
        "2025-04-21",
        "urge",
        EU,
    )
    second = told(
        "b",
        "By April 21, 2025, Iran must answer the nuclear offer, the European Union urged.",
        "April 21, 2025",
        "2025-04-21",
        "urge",
        EU,
    )
    assert len(merged_with([first, second, *background()], {"a", "b"})) == 1


SENTENCED = (
    "The former commissioner was sentenced on June 5, 2024 to six years in prison.",
    "June 5, 2024",
    "2024-06-05",
    "sentence",
)
SET = (
    "Judge Nagala set Kessler's sentencing for June 5, 2024.",
    "June 5, 2024",
    "2024-06-05",
    "set",
)


def test_an_event_noun_and_its_verb_on_one_day_are_one_event_without_a_shared_name() -> None:
    """ "set Kessler's sentencing for June 5" tells the sentencing "was sentenced" tells; the
    merged event keeps the headline whose verb is the act."""
    sentenced = told("b", *SENTENCED, subject="The former commissioner")
    scheduled = told(
        "a", *SET, (Actor("Nagala", "PERSON"), Actor("Kessler", "PERSON")), "Judge Nagala"
    )
    (event,) = merged_with([sentenced, scheduled, *background()], {"a", "b"})
    assert event.trigger == "sentence"
    assert event.title.startswith("The former commissioner was sentenced")


def test_an_act_on_one_day_stays_apart_when_it_is_not_the_only_match_or_names_other_people() -> (
    None
):
    sentenced = told("b", *SENTENCED, subject="The former commissioner")
    scheduled = told(
        "a", *SET, (Actor("Nagala", "PERSON"), Actor("Kessler", "PERSON")), "Judge Nagala"
    )
    another = told(
        "c",
        "A judge set Smith's sentencing for June 5, 2024 in another case.",
        "June 5, 2024",
        "2024-06-05",
        "set",
        (Actor("Smith", "PERSON"),),
    )
    assert merged_with([sentenced, scheduled, another, *background()], {"a", "b"}) == []
    named = told(
        "b",
        "Robert Doe was sentenced on June 5, 2024 to six years in prison.",
        "June 5, 2024",
        "2024-06-05",
        "sentence",
        (Actor("Robert Doe", "PERSON"),),
    )
    assert merged_with([named, scheduled, *background()], {"a", "b"}) == []


@pytest.mark.model
def test_two_articles_telling_one_bankruptcy_give_one_row(tmp_path: Path) -> None:
    """Through the whole pipeline: two reports, a month and a day, in other words."""
    from timeline.run import build_timeline
    from timeline.settings import Settings

    (tmp_path / "a.md").write_text(
        "---\ndate: 2024-04-02\n---\nNorthwind Outdoor Inc. filed for Chapter 11 in March 2024, "
        "the retailer said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ndate: 2024-03-06\n---\nNorthwind Outdoor Inc. sought bankruptcy protection on "
        "March 5, 2024, after sales fell.\n",
        encoding="utf-8",
    )
    events = build_timeline([tmp_path], Settings()).timeline.events
    both = [e for e in events if {m.doc_id for m in e.mentions} == {"a", "b"}]
    assert [(e.date.edtf, e.conflicts) for e in both] == [("2024-03-05", ())]


def test_a_coarse_date_and_a_finer_one_of_the_same_verb_need_more_in_common_than_the_verb() -> None:
    """Two stories that only share their verb are two events ("members exceeded 9,000" /
    "exports exceeded 2 billion dollars"); told with another telling word in common ("aide",
    "bribery"), the coarse date is the finer one's. (An event that names no one, "He was
    indicted the following year", has only its act to be matched by: tests/test_merge.py.)"""
    members = told(
        "a",
        "The club's paid members exceeded 9,000 on March 3, 2021.",
        "March 3, 2021",
        "2021-03-03",
        "exceed",
        subject="The club's paid members",
    )
    exports = told(
        "b",
        "Exports of frozen fish exceeded 2 billion dollars in 2021.",
        "2021",
        "2021",
        "exceed",
        subject="Exports of frozen fish",
    )
    fine = told(
        "c",
        "Prosecutors indicted the mayor's aide on bribery charges on June 3, 2021.",
        "June 3, 2021",
        "2021-06-03",
        "indict",
    )
    coarse = told(
        "d",
        "The aide was indicted for bribery in 2021, a court clerk said.",
        "2021",
        "2021",
        "indict",
        subject="The aide",
    )
    merged = merge_events([members, exports, fine, coarse, *background()])
    by_doc = {frozenset(m.doc_id for m in e.mentions): e for e in merged}
    assert frozenset({"a"}) in by_doc and frozenset({"b"}) in by_doc
    assert by_doc[frozenset({"c", "d"})].date.edtf == "2021-06-03"


def test_two_acts_of_one_actor_on_one_day_stay_apart() -> None:
    ozawa = (Actor("Ichiro Ozawa", "PERSON"), Actor("Ryutaro Hashimoto", "PERSON"))
    met = told(
        "a",
        "Ichiro Ozawa met Ryutaro Hashimoto on Thursday to discuss the bill.",
        "Thursday",
        "1997-04-03",
        "meet",
        ozawa,
        "Ichiro Ozawa",
    )
    promised = told(
        "b",
        "Ichiro Ozawa promised to back the bill of Ryutaro Hashimoto on Thursday.",
        "Thursday",
        "1997-04-03",
        "promise",
        ozawa,
        "Ichiro Ozawa",
    )
    assert len(merge_events([met, promised])) == 2
    again = told(
        "c",
        "Ichiro Ozawa met Ryutaro Hashimoto on Thursday to discuss the bill again.",
        "Thursday",
        "1997-04-03",
        "meet",
        ozawa,
        "Ichiro Ozawa",
    )
    assert len(merge_events([met, again])) == 1  # the same act still merges


def test_an_act_told_as_repeated_in_a_period_stays_apart_from_one_day_of_it() -> None:
    """ "raised rates three times this year" is not the raise of one day in that year."""
    year = told(
        "a",
        "Acme Corp. has raised its prices three times in 2024.",
        "2024",
        "2024",
        "raise",
        ACME,
        "Acme Corp.",
    )
    day = told(
        "b",
        "Acme Corp. raised its prices by 4 percent on March 5, 2024.",
        "March 5, 2024",
        "2024-03-05",
        "raise",
        ACME,
        "Acme Corp.",
    )
    assert len(merge_events([year, day])) == 2


def acme_fell(doc_id: str, what: str, share: str, when: str, date: str) -> Event:
    """Acme's `what` fell by `share` (a percentage figure) `when`, after the recall."""
    sentence = (
        f"Acme Corp. {what} fell {share} {'on' if ',' in when else 'in'} {when}, after the recall."
    )
    event = told(doc_id, sentence, when, date, "fall", ACME, "Acme Corp.")
    return replace(event, figures=(Figure(share, "percent"),))


def test_two_movements_with_other_percentages_stay_apart() -> None:
    shares = acme_fell("a", "shares", "9%", "March 5, 2024", "2024-03-05")
    sales = acme_fell("b", "sales", "31%", "March 5, 2024", "2024-03-05")
    again = acme_fell("c", "shares", "9.2 percent", "March 5, 2024", "2024-03-05")
    assert len(merge_events([shares, sales])) == 2
    assert len(merge_events([shares, again])) == 1


def test_a_coarse_movement_with_another_percentage_is_not_a_retelling() -> None:
    day = acme_fell("a", "shares", "9%", "March 5, 2024", "2024-03-05")
    month = acme_fell("b", "sales", "31%", "March 2024", "2024-03")
    assert len(merge_events([day, month, *background()])) == 2 + len(background())


def test_news_told_by_a_closing_attribution_merges_with_its_retelling(tmp_path: Path) -> None:
    """ "X is recalling Y, the commission said Tuesday" is the recall that another article
    tells as "X recalled Y in May"."""
    from timeline.run import build_timeline
    from timeline.settings import Settings

    (tmp_path / "a.md").write_text(
        "---\ndate: 2024-05-22\n---\nOfficials met on Monday.\n\nBrightwell Cycles is recalling "
        "about 80,000 battery packs sold in Canada, the safety commission said Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ndate: 2024-09-10\n---\nJurors were chosen on Monday.\n\nBrightwell Cycles "
        "recalled about 80,000 battery packs in May 2024, citing reports of fires.\n",
        encoding="utf-8",
    )
    events = build_timeline([tmp_path], Settings()).timeline.events
    both = [e for e in events if {m.doc_id for m in e.mentions} == {"a", "b"}]
    assert [e.date.edtf for e in both] == ["2024-05-21"]


def test_one_act_told_in_the_same_words_on_one_day_is_one_event() -> None:
    """No name to share ("the county"), but the same act in the same words."""
    first = told(
        "a",
        "The county declared a local emergency on Aug. 13, a step that allows it to seek aid.",
        "Aug. 13",
        "2026-08-13",
        "declare",
    )
    second = told(
        "b",
        "The county had declared a local emergency on Thursday.",
        "Thursday",
        "2026-08-13",
        "declare",
    )
    few = told(
        "c",
        "Police arrested a man on Thursday in the north of the county near the border.",
        "Thursday",
        "2026-08-13",
        "arrest",
    )
    other = told(
        "d",
        "Police arrested a man on Aug. 13 after a brawl at a bar downtown.",
        "Aug. 13",
        "2026-08-13",
        "arrest",
    )
    events = merge_events([first, second, few, other, *background()])
    assert len(events) == 3 + len(background())  # three words are too few to say it is one

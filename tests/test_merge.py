"""Merging: the same event from several mentions becomes one; order never matters."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.edtf import parse_edtf
from timeline.merge import mention_key, merge_events, same_event
from timeline.models import Actor, Anchor, Event, Mention

SENTENCES = [
    ("The Welcoming City ordinance was approved in 2012 under Mayor Rahm Emanuel.", "2012"),
    ("And, in 2012, The Metropolis Council Well-liked Mayor Rahm Emanuel’s Ordinance.", "2012"),
    ("Catalan-Ramirez was injured after being shot leaving a restaurant in 2017.", "2017"),
    ("The Illinois TRUST Act was signed in 2017 by then-Gov. Bruce Rauner.", "2017"),
    ("The council approved the budget on March 3, 2021.", "2021-03-03"),
    ("On March 3, 2021, the city council approved the budget.", "2021-03-03"),
    ("Police arrested two men on March 3, 2021.", "2021-03-03"),
]  # fmt: skip


def event(doc_id: str, index: int, actors: tuple[Actor, ...] = ()) -> Event:
    sentence, date = SENTENCES[index]
    mention = Mention(doc_id, sentence, 10 * index, 10 * index + len(sentence))
    key = hashlib.sha1(f"{doc_id}{index}".encode()).hexdigest()[:12]
    return Event(
        id=f"ev-{key}",
        date=parse_edtf(date),
        title=sentence[:40],
        description=sentence,
        actors=actors,
        confidence=0.8,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
    )


def test_same_event_in_other_words_from_two_articles_merges() -> None:
    merged = merge_events([event("a", 0), event("b", 1), event("a", 2)])
    assert len(merged) == 2
    ordinance = next(e for e in merged if e.date.edtf == "2012")
    assert {m.doc_id for m in ordinance.mentions} == {"a", "b"}


def test_shared_core_actor_and_date_across_articles_merges() -> None:
    council = (Actor("City Council", "ORG"),)
    merged = merge_events([event("a", 4, council), event("b", 5, council)])
    assert len(merged) == 1
    assert len(merged[0].mentions) == 2


def test_different_events_on_the_same_date_stay_apart() -> None:
    merged = merge_events([event("a", 2), event("b", 3)])
    assert len(merged) == 2
    merged = merge_events([event("a", 4), event("b", 6)])
    assert len(merged) == 2


def test_different_dates_never_merge() -> None:
    first, second = event("a", 0), event("b", 1)
    moved = replace(second, date=parse_edtf("2013"))
    assert not same_event(first, moved)
    assert len(merge_events([first, moved])) == 2


def test_identical_sentence_twice_in_one_article_merges() -> None:
    repeated = Mention("a", SENTENCES[2][0], 500, 500 + len(SENTENCES[2][0]))
    copy = replace(event("a", 2), id="ev-copy", mentions=(repeated,))
    merged = merge_events([event("a", 2), copy])
    assert len(merged) == 1
    assert [m.char_start for m in merged[0].mentions] == [20, 500]


def test_result_is_chronological() -> None:
    merged = merge_events([event("a", i) for i in range(len(SENTENCES))])
    starts = [e.date.start for e in merged]
    assert starts == sorted(starts)


events_strategy = st.lists(
    st.builds(
        event,
        st.sampled_from(["a", "b", "c"]),
        st.integers(0, len(SENTENCES) - 1),
        st.sampled_from([(), (Actor("City Council", "ORG"),), (Actor("Rahm Emanuel", "PERSON"),)]),
    ),
    max_size=12,
    unique_by=lambda e: (e.mentions[0].doc_id, e.mentions[0].char_start),
)


@settings(max_examples=60)
@given(events_strategy, st.randoms(use_true_random=False))
def test_merging_does_not_depend_on_input_order(events: list[Event], rng: object) -> None:
    shuffled = list(events)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert [e.to_dict() for e in merge_events(events)] == [
        e.to_dict() for e in merge_events(shuffled)
    ]


@settings(max_examples=60)
@given(events_strategy)
def test_merging_is_idempotent_and_keeps_every_mention(events: list[Event]) -> None:
    once = merge_events(events)
    assert [e.to_dict() for e in merge_events(once)] == [e.to_dict() for e in once]
    assert sorted((m.doc_id, m.char_start) for e in once for m in e.mentions) == sorted(
        (m.doc_id, m.char_start) for e in events for m in e.mentions
    )


def test_events_left_out_of_a_group_still_merge_with_each_other() -> None:
    # One group of six linked mentions: the best-linked one takes four, and the two it is not
    # linked to (the same sentence in two articles) must still merge in the same run.
    rahm = (Actor("Rahm Emanuel", "PERSON"),)
    events = [event("a", 0), event("a", 1), event("b", 0, rahm), event("b", 1, rahm)]
    once = merge_events([*events, event("c", 0), event("c", 1)])
    assert [e.to_dict() for e in merge_events(once)] == [e.to_dict() for e in once]
    assert not [e for e in once if len(e.mentions) == 1]


def _event_at(
    doc_id: str, sentence: str, date: str, timex_start: int, actors=(), trigger=None
) -> Event:  # type: ignore[no-untyped-def]
    from timeline.models import TimeExpression, TimexType

    timex = TimeExpression(
        date, timex_start, timex_start + 4, TimexType.DATE, date, parse_edtf(date)
    )
    mention = Mention(doc_id, sentence, 0, len(sentence), timex)
    return Event(
        id=f"ev-{doc_id}-{timex_start}",
        date=parse_edtf(date),
        title=sentence[:30],
        description=sentence,
        actors=tuple(actors),
        confidence=0.8,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
        trigger=trigger,
    )


def test_two_predicates_of_one_sentence_stay_two_events_with_distinct_ids() -> None:
    sentence = "Police arrested Smith in 2019, and prosecutors charged Jones in 2019."
    first = _event_at("a", sentence, "2019", 25, trigger="arrest")
    second = _event_at("a", sentence, "2019", 64, trigger="charge")
    merged = merge_events([first, second])
    assert len(merged) == 2
    assert len({e.id for e in merged}) == 2


def test_same_person_same_year_different_acts_stay_apart() -> None:
    lightfoot = (Actor("Lori Lightfoot", "PERSON"),)
    elected = _event_at(
        "a", "In 2019, Mayor Lori Lightfoot was elected.", "2019", 3, lightfoot, "elect"
    )
    signed = _event_at(
        "b",
        "In 2019, Mayor Lori Lightfoot signed an executive order.",
        "2019",
        3,
        lightfoot,
        "sign",
    )
    assert len(merge_events([elected, signed])) == 2


def test_same_sentences_in_two_files_give_distinct_event_ids() -> None:
    sentence = "Smith was born in 1990 in Ohio and died in 2019 in Chicago."
    events = [
        _event_at(doc, sentence, date, start)
        for doc in ("a", "b")
        for date, start in (("1990", 18), ("2019", 43))
    ]
    merged = merge_events(events)
    assert len(merged) == 2
    assert len({e.id for e in merged}) == 2


def test_retellings_still_merge_among_thousands_of_events_sharing_common_words() -> None:
    """Merging compares only events that share a word, name or actor; words as common as
    "council" here (more events than one key may hold) do not make every pair a candidate,
    and the retellings that share rarer words are still found. (The crowd's sentences are too
    different to merge by any rule.)"""
    years = [str(1900 + i % 120) for i in range(2500)]
    crowd = [
        _event_at(
            f"d{i}", f"The council met about item{i} and point{i} on {y}.", y, 30, trigger="meet"
        )
        for i, y in enumerate(years)
    ]
    told = _event_at(
        "x",
        "The council approved the Zanzibar harbour levy in 1950.",
        "1950",
        45,
        actors=[Actor("Zanzibar", "GPE")],
        trigger="approve",
    )
    retold = _event_at(
        "y",
        "In 1950 the council approved the Zanzibar harbour levy.",
        "1950",
        3,
        actors=[Actor("Zanzibar", "GPE")],
        trigger="approve",
    )
    late = _event_at(
        "z",
        "Mayor Okonkwo resigned in 1951.",
        "1951",
        25,
        actors=[Actor("Okonkwo", "PERSON")],
        trigger="resign",
    )
    early = _event_at(
        "w",
        "Okonkwo resigned in 1950, the paper said.",
        "1950",
        18,
        actors=[Actor("Okonkwo", "PERSON")],
        trigger="resign",
    )
    merged = merge_events([*crowd, told, late, retold, early])
    assert len(merged) == len(crowd) + 2
    levy = next(e for e in merged if "levy" in e.description)
    assert {m.doc_id for m in levy.mentions} == {"x", "y"}
    resigned = next(e for e in merged if e.trigger == "resign")
    assert {m.doc_id for m in resigned.mentions} == {"z", "w"}
    assert len(resigned.conflicts) == 1


def test_merging_keeps_nothing_of_the_events_it_merged() -> None:
    """What a merge remembers (names, words, actors' keys) lives as long as the merge: no
    module-level memory holds the events of a merge once it has returned."""
    council = Actor("City Council of Springfield", "ORG")
    events = [event("a", 4, (council,)), event("b", 5, (council,)), event("c", 6)]
    held = sys.getrefcount(council)
    merged = merge_events(events)
    del merged
    assert sys.getrefcount(council) == held


def test_merging_makes_no_reference_cycles() -> None:
    """Merging pauses the cycle collector for its length (`merge_events`): that is safe only
    while a merge leaves no cycle behind for it to find."""
    import gc

    council = (Actor("City Council", "ORG"),)
    events = [event(doc, i, council) for doc in "abc" for i in range(len(SENTENCES))]
    gc.collect()
    gc.disable()
    try:
        merged = merge_events(events)
        del merged
        assert gc.collect() == 0
    finally:
        gc.enable()


# A coarse date and the finer one another source gives: `_finer_retellings`.


def _told(
    doc_id: str,
    sentence: str,
    date: str,
    trigger: str | None,
    actors: tuple[Actor, ...] = (),
    start: int = 0,
) -> Event:
    """An event told by `sentence` at offset `start` of `doc_id`, dated by its last word."""
    from timeline.models import TimeExpression, TimexType

    word = sentence.rstrip(".").split()[-1]
    at = sentence.rindex(word)
    timex = TimeExpression(
        word, start + at, start + at + len(word), TimexType.DATE, date, parse_edtf(date)
    )
    mention = Mention(doc_id, sentence, start, start + len(sentence), timex)
    return Event(
        id=f"ev-{doc_id}-{start}",
        date=parse_edtf(date),
        title=sentence[:30],
        description=sentence,
        actors=actors,
        confidence=0.8,
        anchor=Anchor.EXPLICIT,
        mentions=(mention,),
        trigger=trigger,
    )


DECADE = (
    "The Welcoming ordinance passed later, but the sanctuary ordinance dates back to the 1980s."
)
NOISY_YEAR = "Chicago Turn out to be a Sanctanty Metropolis Below Mayor Washington in 1985."


def test_a_decade_takes_the_year_another_source_gives_even_misspelt() -> None:
    merged = merge_events(
        [_told("a", DECADE, "198X", "date"), _told("b", NOISY_YEAR, "1985", "turn")]
    )
    assert len(merged) == 1
    assert merged[0].date.edtf == "1985"
    assert {m.doc_id for m in merged[0].mentions} == {"a", "b"}
    assert merged[0].conflicts == ()  # the 1980s agree with 1985


def test_a_coarse_date_without_names_takes_the_finer_date_of_the_same_act() -> None:
    vague = _told("a", "He was indicted the following year.", "2022", "indict")
    exact = _told(
        "b",
        "Kessler, who resigned in August 2021, was indicted in June 2022.",
        "2022-06",
        "indict",
        (Actor("Kessler", "PERSON"),),
    )
    merged = merge_events([vague, exact])
    assert [(e.date.edtf, len(e.mentions)) for e in merged] == [("2022-06", 2)]


def _other_news(count: int) -> list[Event]:
    """Unrelated events, so that the words under test are not the whole corpus's."""
    return [
        _told(f"n{i}", f"Museum {i} opened gallery {i} in {1900 + i}.", str(1900 + i), "open")
        for i in range(count)
    ]


def test_two_finer_candidates_leave_the_coarse_event_alone() -> None:
    vague = _told("a", "He was indicted the following year.", "2022", "indict")
    june = _told("b", "Smith was indicted on bribery counts in June 2022.", "2022-06", "indict")
    october = _told("c", "Jones was indicted on tax counts in October 2022.", "2022-10", "indict")
    others = _other_news(30)
    assert len(merge_events([vague, june, *others])) == 1 + len(others)
    assert len(merge_events([vague, june, october, *others])) == 3 + len(others)


def test_a_coarse_date_and_a_finer_one_need_the_same_act_unless_a_decade() -> None:
    passed = _told(
        "a", "The case led lawmakers to pass a bill barring gifts from contractors in 2024.",
        "2024", "lead",
    )  # fmt: skip
    convicted = _told(
        "b", "A jury convicted the commissioner of accepting gifts from contractors in March 2024.",
        "2024-03", "convict",
    )  # fmt: skip
    assert len(merge_events([passed, convicted])) == 2


def test_finer_retellings_stay_apart_within_one_article_between_people_or_in_intervals() -> None:
    vague = _told("a", "He was indicted the following year.", "2022", "indict")
    same_doc = _told("a", "Smith was indicted in June 2022.", "2022-06", "indict", start=100)
    assert len(merge_events([vague, same_doc])) == 2
    smith = _told(
        "a", "Smith was indicted the following year.", "2022", "indict", (Actor("Smith", "PERSON"),)
    )
    jones = _told(
        "b", "Jones was indicted in June 2022.", "2022-06", "indict", (Actor("Jones", "PERSON"),)
    )
    assert len(merge_events([smith, jones])) == 2
    span = _told(
        "a", "The sanctuary rules were debated between 1980 and 1989.", "1980/1989", "debate"
    )
    assert len(merge_events([span, _told("b", NOISY_YEAR, "1985", "turn")])) == 2


def test_a_decade_takes_no_finer_date_outside_it_or_naming_other_people() -> None:
    """Decades and centuries find their candidates by the first letters of a stem alone:
    the years and the people are checked after."""
    decade = _told("a", DECADE, "198X", "date")
    assert len(merge_events([decade, _told("b", NOISY_YEAR, "1995", "turn")])) == 2
    washington = (Actor("Harold Washington", "PERSON"),)
    decade = _told("a", DECADE, "198X", "date", washington)
    byrne = _told("b", NOISY_YEAR, "1985", "turn", (Actor("Jane Byrne", "PERSON"),))
    assert len(merge_events([decade, byrne])) == 2
    also_washington = _told("b", NOISY_YEAR, "1985", "turn", washington)
    # (merged by a word their headlines share: whole sentences here, not their first words)
    headlined = [replace(e, title=e.description) for e in (decade, also_washington)]
    assert len(merge_events(headlined)) == 1


def test_a_name_only_the_subject_tells_is_no_shared_wording() -> None:
    """ "Brandt pleaded guilty" and "Jones pleaded guilty" on one day share every other word:
    two people, two pleas."""
    from timeline.models import Participant

    pleas = [
        replace(
            _told(doc, f"{name} pleaded guilty on March 3, 2021.", "2021-03-03", "plead",
                  (Actor(name, "PERSON"),)),
            participants=(Participant("subject", name),),
        )
        for doc, name in (("a", "Brandt"), ("b", "Jones"))
    ]  # fmt: skip
    assert len(merge_events(pleas)) == 2
    retold = replace(
        pleas[1], mentions=(replace(pleas[1].mentions[0], sentence=pleas[0].description),)
    )
    assert len(merge_events([pleas[0], replace(retold, actors=pleas[0].actors)])) == 1


def test_a_word_shared_by_much_of_the_corpus_tells_nothing() -> None:
    """ "Ordinance" in every sentence is the corpus's subject, not a sign of one event."""
    decade = _told("a", "The ordinance dates back to the 1980s.", "198X", "date")
    year = _told("b", "The council amended the ordinance in 1985.", "1985", "amend")
    others = [
        _told(
            f"o{i}",
            f"The ordinance was debated by ward {i} in {2000 + i}.",
            str(2000 + i),
            "debate",
        )
        for i in range(6)
    ]
    merged = merge_events([decade, year, *others])
    assert len(merged) == 8


def test_an_act_is_matched_by_its_event_noun_and_stem() -> None:
    """ "filed the indictment" tells what "was indicted" tells (a light verb and its event
    noun, matched by stem): the coarse date takes the finer one."""
    vague = _told("a", "He was indicted the following year.", "2022", "indict")
    filed = _told(
        "b", "Prosecutors filed the indictment of Kessler in June 2022.", "2022-06", "file"
    )
    filed = replace(filed, title="Prosecutors filed the indictment of Kessler")
    merged = merge_events([vague, filed, *_other_news(10)])
    assert [e.date.edtf for e in merged if len(e.mentions) == 2] == ["2022-06"]


TOLD = [
    ("He was indicted the following year.", "indict"),
    ("Kessler was indicted on bribery counts in", "indict"),
    ("Kessler was charged with bribery in", "charge"),
    ("The sanctuary ordinance dates back to", "date"),
    ("Chicago became a Sanctanty city in", "become"),
]
DATES = ["198X", "1985", "1985-06", "2022", "2022-06", "2022-06-03", "2022-10"]
told_strategy = st.lists(
    st.builds(
        lambda doc, k, date, start, people: _told(
            doc, f"{TOLD[k][0]} {date}.", date, TOLD[k][1], people, start
        ),
        st.sampled_from(["a", "b", "c"]),
        st.integers(0, len(TOLD) - 1),
        st.sampled_from(DATES),
        st.integers(0, 5).map(lambda n: 100 * n),
        st.sampled_from([(), (Actor("Kessler", "PERSON"),), (Actor("Smith", "PERSON"),)]),
    ),
    max_size=10,
    unique_by=lambda e: (e.mentions[0].doc_id, e.mentions[0].char_start),
)


@settings(max_examples=80)
@given(told_strategy, st.randoms(use_true_random=False))
def test_coarse_and_finer_dates_merge_the_same_in_any_order_and_once(
    events: list[Event], rng: object
) -> None:
    shuffled = list(events)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    once = merge_events(events)
    assert [e.to_dict() for e in once] == [e.to_dict() for e in merge_events(shuffled)]
    # Merging merged events again may join more (a merged event is then one part, not the
    # several whose agreement was asked for), but never splits one or loses a mention.
    twice = merge_events(once)
    assert len(twice) <= len(once)
    for event in once:
        assert any(set(event.mentions) <= set(other.mentions) for other in twice)
    assert sorted(mention_key(m) for e in once for m in e.mentions) == sorted(
        mention_key(m) for e in events for m in e.mentions
    )


def test_two_statements_by_one_person_on_near_days_stay_apart() -> None:
    """Saying is no act: "Bush said Thursday" and "Bush said Monday" are two statements."""
    bush = (Actor("George W. Bush", "PERSON"),)
    first = _told(
        "a",
        "President George W. Bush said troops would stay on Thursday.",
        "2006-12-07",
        "say",
        bush,
    )
    second = _told(
        "b", "President George W. Bush said taxes would fall on Monday.", "2006-12-11", "say", bush
    )
    assert len(merge_events([first, second])) == 2
    # nor is being: "was" tells no act two sentences could share
    was = _told(
        "a",
        "The last attack by Hamas was on Thursday.",
        "2006-12-07",
        "be",
        (Actor("Hamas", "ORG"),),
    )
    is_ = _told(
        "b",
        "Hamas is stronger than ever, officials said on Monday.",
        "2006-12-11",
        "be",
        (Actor("Hamas", "ORG"),),
    )
    assert len(merge_events([was, is_])) == 2
    # the same act on those days, told by the same names, is one event told with two dates
    met = _told(
        "a", "President George W. Bush met Tony Blair on Thursday.", "2006-12-07", "meet", bush
    )
    again = _told(
        "b",
        "President George W. Bush met Tony Blair in Washington on Monday.",
        "2006-12-11",
        "meet",
        bush,
    )
    assert len(merge_events([met, again])) == 1


def test_offices_are_not_names_two_events_share() -> None:
    """ "Prime Minister" in two sentences about two prime ministers names no one."""
    first = _told(
        "a",
        "Georgia's Prime Minister Zurab Nogaideli met Condoleezza Rice on Monday.",
        "2006-12-11",
        "meet",
    )
    second = _told(
        "b",
        "Pope Benedict met Israeli Prime Minister Ehud Olmert on Wednesday.",
        "2006-12-13",
        "meet",
    )
    assert len(merge_events([first, second])) == 2


def test_a_chain_of_pairs_does_not_join_events_that_share_nothing() -> None:
    """A~B, B~C and C~D, with A and D unlike: not one event of four."""
    a = _told(
        "a", "Acme Corp. and Zenith Ltd. signed a merger agreement in May 2021.", "2021-05", "sign"
    )
    b = _told(
        "b", "Zenith Ltd. and Orbit Inc. signed a supply deal in May 2021.", "2021-05", "sign"
    )
    c = _told("c", "Orbit Inc. and Delta Group signed a lease in May 2021.", "2021-05", "sign")
    d = _told("d", "Delta Group and Nova Bank signed a loan in May 2021.", "2021-05", "sign")
    assert same_event(a, b) and same_event(b, c) and same_event(c, d)
    assert not same_event(a, c) and not same_event(a, d) and not same_event(b, d)
    merged = merge_events([a, b, c, d])
    assert all(len(event.mentions) < 4 for event in merged)

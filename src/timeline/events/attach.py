"""Which word a time expression dates: a verb, or an event noun ("his 2020 conviction", "the
bombing … in 1988", "agreed to the purchase"); one event per word it dates. These date no
event: a comparison's base (`comparisons`: "since 1992", "compared with September"), a date
that describes a thing ("a 1960s house") or is part of a name ("the film New Year's Day", "a
campaign for the 2008 Olympic Games", "the March 14 movement"), the target of a goal set for
someone ("urged donors to double aid by 2015"), and the dates of states, habits, statistics
and background (`eventhood`). Word classes are data: `data/statistics.toml`,
`data/names.toml`, `data/goals.toml`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.attach_aside import (
    after_a_placed_event,
    in_a_left_out_clause,
    on_a_noun_elsewhere,
    prepared_for,
)
from timeline.events.attach_names import (
    LOCATING,
    RELATIVE_PREPOSITIONS,
    in_a_name,
    names_an_event,
    nested,
)
from timeline.events.attach_owned import (
    a_figures_date,
    a_statistic_told,
    an_act_told_of,
    ends_a_period,
    planned_of_a_noun,
    the_object,
)
from timeline.events.attach_plans import (
    a_day_set,
    a_goal,
    a_plan_told_aside,
    gerund_of_another_act,
    planned_long_before,
    subject_of_what_was_told,
)
from timeline.events.attach_relative import (
    a_later_participle,
    dated_placed,
    dates_the_thing_placed,
    in_an_apposition,
    when_clause,
)
from timeline.events.clauses import (
    FINITE_TAGS,
    SUBJECT_DEPS,
    clause_head,
    due_of_a_noun,
    governing_predicate,
    past_a_describing_gerund,
    subject_of,
)
from timeline.events.dated import Dated, joined_days, running_days, without_a_sources_day
from timeline.events.elsewhere import (
    a_limit,
    a_speakers_day,
    around_a_date,
    beside_a_period,
    continues_a_phrase,
    done_after,
    for_a_period,
    given_to_a_thing,
    in_a_noun_phrase,
    in_another_clause,
    of_a_mentioned_noun,
    only_mentioned,
    placed_relative,
    recalled_time,
    still_ahead,
    told_as_done,
    told_by_a_dated_head,
    told_in_a_dated_report,
)
from timeline.events.eventhood import (
    is_background,
    is_commentary,
    is_coverage,
    is_generic,
    is_habitual,
    is_period_bound,
    is_state,
    is_statistic,
    measured_period,
    states_a_figure,
)
from timeline.events.eventhood_conditions import not_asserted
from timeline.events.eventhood_periods import held_until, tells_no_event
from timeline.events.nominal import (
    dated_noun,
    is_a_measure,
    is_event_noun,
    light_object,
    modified_noun,
    nearest_event_noun,
    noun_title,
    prepositional_noun,
    span_root,
    time_root,
)
from timeline.events.vocabulary import word_list
from timeline.models import TimeExpression
from timeline.nlp.lemmas import lemma

_YEARS = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})
# Dates that name a reporting period: "fourth-quarter results", "first-half sales".
PERIODS = frozenset({Granularity.QUARTER})


def dated_words(
    found: list[tuple[TimeExpression, Any]],
    skip: set[int],
    published: NormalizedDate | None = None,
) -> list[Dated]:
    """The words a sentence's time expressions date, one event each; of the dates of one word
    the most precise. A date that only describes a period ("the quarter ended Sept. 28", "the
    2008 Olympics") makes no event of its own when another date in the sentence dates an
    action. A limit a done act set ("adjourned until Monday") dates the act only when nothing
    else does; while it is still ahead of the article (`published`), the act is the article's
    news (`Dated.at_publication`). A limit of what is still to come ("will stay closed until
    Sept. 30") ends what the clause tells: it stays the event's date. So is an act told as
    done whose only dates lie after the article: they date what it aims at."""
    described = [(e, s) for e, s in found if _describes(s, e, skip)]
    if len(described) < len(found):
        found = [(e, s) for e, s in found if (e, s) not in described]
    groups: dict[int, list[TimeExpression]] = {}
    words: dict[int, Dated] = {}
    limits: set[int] = set()  # the starts of the expressions that are limits
    given: set[int] = set()  # the starts of dates given to a thing: "a vote for March 3"
    spans = [span for _, span in found]
    for expression, span in found:
        if a_later_participle(span, spans) or a_speakers_day(span, spans):
            continue  # "hit a peak in 1992, falling to zero for much of 1996"
        if dates_the_thing_placed(span, spans):
            continue  # "were voting Tuesday after problems with ballot papers Sunday"
        dated = _dated_word(expression, span, skip)
        if dated is None:
            continue
        if not dated.nominal and recalled_time(dated.word, span, expression.value, published):
            continue  # "she recalled events in the early 1980s"
        words.setdefault(dated.word.i, dated)
        groups.setdefault(dated.word.i, []).append(expression)
        if a_limit(span):
            limits.add(expression.start)
        if given_to_a_thing(span):
            given.add(expression.start)
    chosen = []
    for i, group in sorted(groups.items()):
        if not words[i].nominal and (
            told_by_a_dated_head(words[i].word, groups, limits)
            or told_in_a_dated_report(words[i].word, groups)
        ):
            continue  # "dropped on Monday after striking highs the previous week"
        acts = [e for e in group if e.start not in limits]
        word = words[i]
        done = not word.nominal and told_as_done(word.word)  # ("a rate cut": no act told)
        if not acts and done and still_ahead(group, published):
            chosen.append(Dated(word.word, group[0], word.nominal, word.title, True))
            continue
        group = acts or group
        if not word.nominal and planned_long_before(word.word, group, published):
            continue  # "are to be prosecuted for the killings on November 19 last year"
        if (
            done
            and not given & {e.start for e in group}
            and done_after(word.word, group, published)
        ):
            # "called for further discussion in 2006" in a 2005 paper: the date is the
            # target's, the calling the article's news
            chosen.append(Dated(word.word, group[0], word.nominal, word.title, True))
            continue
        best = min(group, key=lambda e: (_precision_rank(e.value), e.start))
        # a list or range of days for one word ("hearings on 23 January, 6 February and 20
        # February", "from 15% on Friday to 48% on Sunday"): one event for each
        kind = best.value.granularity if best.value else None
        values: list[NormalizedDate] = []
        before = len(chosen)
        for expression in sorted(group, key=lambda e: e.start):
            value = expression.value
            if value is not None and value.granularity == kind and value not in values:
                values.append(value)
                first = expression is words[i].expression  # (a result's period: the article's)
                publication = words[i].at_publication and first
                chosen.append(replace(words[i], expression=expression, at_publication=publication))
        if kind is Granularity.DAY and running_days(chosen[before:]):
            chosen[before:] = [joined_days(chosen[before:])]  # "met on Monday and Tuesday"
    return without_a_sources_day(chosen)


def _dated_word(expression: TimeExpression, span: Any, skip: set[int]) -> Dated | None:
    """The verb or event noun one time expression dates; None when it dates no event. An event
    noun whose phrase says no more than the noun ("his Saturday speech") leaves the date to
    its clause."""
    if around_a_date(expression.text):
        return None  # "its pre-1996 boom years": a period before the date, no event's date
    if measured_period(span, expression.value):
        verb = governing_predicate(time_root(span))
        if _reports_a_result(verb, span):  # "reported third-quarter earnings": news of the day
            return Dated(verb, expression, at_publication=True)
        return None  # "revised down third quarter GDP": the period measured
    period = expression.value is not None and expression.value.granularity in PERIODS
    root = time_root(span)
    if a_figures_date(root) or ends_a_period(root):
        return None  # "137 in November 2004", "growth in the year to March 2008": a value's
    when = when_clause(root)
    if when is not None and (
        root.head.lower_ in RELATIVE_PREPOSITIONS or is_state(governing_predicate(root))
    ):  # "began after Sept. 18, when agents arrested 46 workers": the arrests' day
        return Dated(when, expression)
    if _a_date_set(span, root):  # "set a March 20 strike date": the setting, the article's day
        return Dated(governing_predicate(root), expression, at_publication=True)
    if (for_a_period(root) and not a_day_set(span, root, expression.value)) or beside_a_period(
        root, expression.value
    ):
        return None  # "the review for April", "pull out after the 2006 season"
    if in_a_left_out_clause(root) or prepared_for(span, expression.value):
        return None  # "held in Thailand, the second in Malaysia in 2005", "prepares for …"
    if in_an_apposition(span, root) is not None:
        return None  # "Gaidar, the victim of a poisoning last week, was released": who he is
    placed = dated_placed(root, expression.value, skip)
    if placed is not None:  # "would take place after the election on May 1"
        word, title = placed
        return None if title is None else Dated(word, expression, True, title)
    planned = planned_of_a_noun(root)
    if planned is not None:  # "ahead of data due for release Thursday": the data's day
        title = noun_title(planned, skip) if is_event_noun(planned) else None
        return None if title is None else Dated(planned, expression, True, title)
    noun = dated_noun(span)
    measured = noun or prepositional_noun(span)
    if measured is not None and is_a_measure(measured):
        return None  # "the approval rating in November 1985 was 65 percent": a statistic
    if noun is not None and not period and not _the_clause_within(noun):
        title = noun_title(noun, skip)
        if title is not None:
            return Dated(noun, expression, True, title)
        if _relative_to(noun) or only_mentioned(noun):
            return None  # "after the July 1 handover", "told him about the May 3 talks"
        if governing_predicate(noun).dep_ == "acl":
            return None  # "leads the coalition contesting Thursday's election": no act then
        if _coarser_than_a_day(expression.value) and _an_oblique(noun):
            return None  # "linked the leaders with the 1992 assassinations"
    if on_a_noun_elsewhere(root, expression.value):
        return None  # "after their defeat last week", "told him about his talks this month"
    described = modified_noun(span)
    if described is not None and subject_of_what_was_told(described):
        return None  # "organisers said [Saturday night's pageant] reached two billion"
    if described is not None and noun is None and described.pos_ == "NOUN" and not period:
        return None  # "the 15th-century navigator", "a 1960s house": a thing, not an event
    if in_a_name(span, described, period):
        if described is not None and nested(described) and names_an_event(described):
            # "fans of the 1977 strike against the mill met": the strike's date, not the
            # meeting's (a noun that says no more than itself makes no headline)
            title = noun_title(described, skip)
            if title is not None:
                return Dated(described, expression, True, title)
        return None  # "the film New Year's Day", "a campaign for the 2008 Olympic Games"
    noun = prepositional_noun(span)
    if noun is not None and _owns_its_time(noun, root, expression.value):
        title = noun_title(noun, skip)
        if title is not None:
            return Dated(noun, expression, True, title)
    if (
        noun is not None
        and (only_mentioned(noun) or placed_relative(noun, expression.value))
        and _coarser_than_a_day(expression.value)
    ):
        return None  # "refuted predictions about a price rise in 2007", "after the May meeting"
    if of_a_mentioned_noun(root) and _coarser_than_a_day(expression.value):
        return None  # "follows … the adoption of a constitution in October"
    if continues_a_phrase(span, expression.value) or after_a_placed_event(span, expression.value):
        return None  # "comes ahead of a conference next month"
    predicate = _above_its_subordinator(span, governing_predicate(root))
    if due_of_a_noun(root.head):  # "the accords due [Friday] to be signed": the signing
        predicate = next(c for c in root.head.children if c.dep_ == "xcomp")
    predicate = past_a_describing_gerund(predicate)
    if a_plan_told_aside(predicate):
        return None  # "held prior to the leaders' meeting in Busan [slated] on Friday"
    if _coarser_than_a_day(expression.value) and in_a_noun_phrase(root, predicate):
        return None  # "the trial for the massacre of 148 people from Dujail in 1982"
    if in_another_clause(root, predicate):
        return None  # "is on trial, before being ousted in 2003": the ousting's year
    if a_goal(span, predicate):
        return None  # "urged donors to double aid by 2015": not urged in 2015
    if gerund_of_another_act(predicate, root):
        return None  # "accused him of selling goods between 1994 and 1996": not the accusing
    if _the_subject(span, predicate) or the_object(span, predicate):
        return None  # "Last year set a new record for …", "will end the year on top": the period
    if held_until(predicate, span):
        return None  # "holds the bloc's presidency until the end of the month"
    light = light_object(predicate)
    title = noun_title(light, skip, subject_of(predicate)) if light is not None else None
    if light is not None and title is not None:  # "agreed to the purchase of 22 Boeing 787s"
        return Dated(light, expression, True, title)
    if tells_no_event(predicate, span, expression.value):
        return None  # "has lived there since 1982", "hope to make 35 million francs in 1997"
    if is_habitual(predicate) or is_generic(predicate):
        return None  # "usually closes in August", "every year since 2002", "symptoms can…"
    if is_statistic(predicate, expression.value) or a_statistic_told(predicate, expression.value):
        return None  # "core inflation dropped by 0.9 percent in October"
    if is_period_bound(predicate):
        return None  # "the fiscal year ended in January": when a period runs, not an act
    if is_coverage(predicate, expression.value) or is_commentary(predicate, expression.value):
        return None  # "the memorandum will cover cooperation in 2006-2010", "cannot stop"
    if not_asserted(predicate):
        return None  # "I do not expect any fall in prices next week"
    if is_state(predicate) or _a_state_told(predicate):
        noun = nearest_event_noun(predicate, span.start)
        title = noun_title(noun, skip) if noun is not None else None
        if noun is None or title is None or states_a_figure(predicate, noun):
            return None  # "Ryanair is the most profitable airline", "has 500 stores"
        return Dated(noun, expression, True, title)
    if is_background(predicate):
        return None
    return Dated(predicate, expression)


def _a_date_set(span: Any, root: Any) -> bool:
    """The time expression describes a date set for something to come, the object of a verb
    of setting ("set a March 20 strike date"; `data/goals.toml`)."""
    return (
        root.i >= span.end
        and root.dep_ == "dobj"
        and lemma(root).lower() in word_list("goals", "date_nouns")
        and lemma(root.head).lower() in word_list("goals", "setting_dates")
    )


def _reports_a_result(verb: Any, span: Any) -> bool:
    """A verb told as done that puts out the result a period qualifies ("reported
    [third-quarter] earnings"): its news is the article's, not of the period."""
    measured = span.doc[span.end] if span.end < len(span.doc) else None
    while measured is not None and measured.dep_ in ("compound", "amod", "nmod"):
        measured = measured.head
    return bool(
        measured is not None
        and measured.dep_ == "dobj"
        and measured.head.i == verb.i
        and lemma(verb).lower() in word_list("statistics", "reporting_results")
        and told_as_done(verb)
    )


def _a_state_told(predicate: Any) -> bool:
    """The headline tells a state's clause that a gerund the date hangs on is part of ("knew
    about [overheating] complaints a year ago", "was gravely ill after [suffering] a heart
    attack"); not an act an adjective says the subject had a part in ("was instrumental in
    [creating] the charity in 1998")."""
    head = clause_head(predicate)
    if head.i == predicate.i or not is_state(head):
        return False
    preposition = predicate.head
    return not (predicate.dep_ == "pcomp" and preposition.head.dep_ == "acomp")


def _the_subject(span: Any, verb: Any) -> bool:
    """The time expression is what the clause is about, its subject, or what the parse left
    as the subject of a finite verb right after it ("Last year set a new record"): a clause
    that describes a period, not an event in it."""
    subject = subject_of(verb)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ in ("PROPN", "NOUN"):
        return False  # "Prime Minister Jean-Luc Dehaene Friday promised", "press reports
        # Monday said": the date of who acts, glued to it by the parse
    if subject is not None:
        return bool(span.start <= subject.i < span.end)
    root = span_root(span)
    opening = before is None or before.is_punct or before.is_space  # the clause's first
    helping = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    finite = verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in helping)
    between = set(range(span.end, verb.i))  # "This year [is] set to be …"
    return bool(
        opening
        and finite
        and verb.dep_ != "conj"  # "and last week said": the subject of the first verb
        and root.head.i == verb.i
        and root.dep_ == "npadvmod"
        and between <= {a.i for a in helping}
    )


def _above_its_subordinator(span: Any, verb: Any) -> Any:
    """The verb a date before a subordinate clause's conjunction dates: the parse may hang
    "last week" in "declared an outbreak last week after the number of cases reached five"
    on "reached", but the clause starts at "after"."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return verb
    marks = [c for c in verb.children if c.dep_ == "mark" and span.end <= c.i < verb.i]
    return verb.head if marks and span.end <= marks[0].i else verb


def _the_clause_within(noun: Any) -> bool:
    """The event noun a date modifies is where its clause's act took place ("was injured in
    the 2002 final", "scored twice during the 1998 World Cup"): the date is the act's too,
    and the clause tells more than the noun."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in LOCATING or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or is_state(verb):
        return False  # told as done: not "if he were selected to face Kohl in the election"
    told = word_list("headline_verbs", "reporting") | word_list("headline_verbs", "attributing")
    if lemma(verb).lower() in told:
        return False  # not "denied any role in the 2005 killing"
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    return not any(  # not "a day after she praised them in a Christmas greeting": dated apart
        verb.left_edge.i <= span.start <= verb.right_edge.i
        and span.start not in inside
        and governing_predicate(span.root).i == verb.i
        for span in verb.doc.spans.get("timex", ())
    )


def _relative_to(noun: Any) -> bool:
    """The noun is what its clause is placed before or after: "after the July 1 handover"."""
    head = noun.head
    return bool(noun.dep_ == "pobj" and head.lower_ in RELATIVE_PREPOSITIONS)


def _owns_its_time(noun: Any, root: Any, value: NormalizedDate | None) -> bool:
    """Whether a date the parse hangs on an event noun (`root`: the date's own head word, by a
    preposition or set right after the noun) dates the noun: when the noun is a subject ("the
    bombing in 1988 killed 270"), its verb tells a state, or it is deep in another noun's
    phrase (below); otherwise the parse may have hung on the nearest noun what dates the verb
    ("started representing him in a gun case on April 3")."""
    # deep in another noun's phrase, the noun's when it says whose act it is or the date is
    # coarser than a day: "in response to Abubakar's defection early last week", "charged
    # with involvement in the massacre during fighting in 1993" (a day there is often the
    # clause's: "ended the run with a victory in the Championship here on Friday")
    deep = nested(noun) and (
        _coarser_than_a_day(value) or any(c.dep_ == "poss" for c in noun.children)
    )
    if root.dep_ == "npadvmod":
        return deep
    if noun.dep_ in SUBJECT_DEPS or deep or an_act_told_of(noun, value):
        return True
    verb = governing_predicate(noun)
    return verb.i == noun.i or is_state(verb)


def _describes(span: Any, expression: TimeExpression, skip: set[int]) -> bool:
    """A date that describes a thing or a period, not the act of its clause: "the 2008
    Olympics", "fourth-quarter results", "Tuesday's talks" (an event noun with nothing
    more to say than itself)."""
    noun = modified_noun(span)
    if noun is not None:
        value = expression.value
        return (
            not is_event_noun(noun)
            or (value is not None and value.granularity in PERIODS)
            or noun_title(noun, skip) is None
        )
    verb = governing_predicate(time_root(span))  # "the quarter ended Sept. 28": the end of a period
    return bool(verb.dep_ == "acl" and lemma(verb) in ("end", "begin", "start", "close"))


def _an_oblique(noun: Any) -> bool:
    """An event noun after a preposition that does not place the clause within it ("linked
    them with the 1992 assassinations", but "won gold at the 2008 Games", "spoke in his 2005
    speech"): a year of it is not the year of the clause."""
    head = noun.head
    return bool(noun.dep_ == "pobj" and head.lower_ not in LOCATING and head.dep_ == "prep")


def _a_year_or_longer(value: NormalizedDate | None) -> bool:
    return value is not None and value.granularity in _YEARS


def _coarser_than_a_day(value: NormalizedDate | None) -> bool:
    return value is not None and value.granularity is not Granularity.DAY


def _precision_rank(value: NormalizedDate | None) -> int:
    return value.days if value is not None else 10**9

"""What is not an event although a date is near: states and descriptions ("is the largest",
"has 500 stores"), habits ("usually closes in August", "every year since 1989"), background
about a thing that is not the clause's subject ("a church built in 1820"), statistics (an
aggregate measured over a period: "inflation dropped by 0.9 percent in October") and a line
that is only a date (a dateline). Word classes are data (`data/states.toml`,
`data/statistics.toml`); the decisions are read from the parse."""

from __future__ import annotations

import re
from typing import Any

from timeline.edtf import Granularity, NormalizedDate
from timeline.events.clauses import SUBJECT_DEPS, modality_of, subject_of
from timeline.events.eventhood_conditions import is_condition
from timeline.events.nominal import is_event_noun
from timeline.events.vocabulary import word_list
from timeline.models import Modality
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import span_text

# A copula that announces what is ahead is no state: "is due to report", "is set to open".
_AHEAD = frozenset({"due", "set", "about", "poised", "likely", "ready"})
_DESCRIBING = ("acl", "relcl", "appos")
# Verbs of knowing and believing: the clause they take is their content, and they tell a state.
_KNOWING = frozenset({"know", "believe", "suspect", "want", "need"})
# Modals of ability in the present: "cannot suspend", "can help" judge, they do not tell.
_ABILITY = frozenset({"can", "ca", "cannot"})
_NOT = frozenset({"not", "n't", "never", "cannot"})
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})  # "it saw 12,490 clashes": a place
# A count of people or things this large, over a period, is a tally, not a group that acts.
LABEL_WORDS = 5  # a line of fewer words without a verb is a label, not news
COLUMN_GAP = re.compile(r"\S {3,}\S")  # columns of a plain-text table
LARGE_COUNT = 10_000
TOLL_COUNT = 10  # a count told "so far" from this size up is a toll, not a few who act
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_PLACES = frozenset({"GPE", "NORP", "LOC"})
_OPENING = frozenset({"(", "["})
# How a period qualifying the noun after it may hang: "third quarter GDP" (not "in 2006 GDP").
_QUALIFYING = frozenset({"npadvmod", "compound", "nmod", "amod"})
_CLOSING = frozenset({")", "]"})


_DEGREE = frozenset({"very", "so", "too", "increasingly", "deeply", "highly", "extremely"})


def is_state(predicate: Any) -> bool:
    """A clause with a stative verb ("is", "has", "remains", "employs") tells a state."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return False
    if is_condition(predicate):
        return True  # "was recovering in hospital Monday", "is focused on the next meeting"
    if predicate.dep_ == "acomp" and lemma(predicate.head).lower() == "be" and _graded(predicate):
        return True  # "Britain is more [divided] today than at any time": what it is
    if _a_judgement(predicate) or _still_so(predicate):
        return True
    if lemma(predicate).lower() not in word_list("states", "stative"):
        return False
    if predicate.dep_ in ("aux", "auxpass"):
        return False
    # "is due to report", "was to become": what is ahead, not a state ("was strong due to
    # expectations" is one); a clause a verb of knowing takes is what is known ("knew
    # today it was over" is a state)
    complements = ("xcomp",) if lemma(predicate).lower() in _KNOWING else ("xcomp", "ccomp")
    return not any(
        c.dep_ in complements
        or (c.lower_ in _AHEAD and any(g.dep_ in ("xcomp", "aux") for g in c.children))
        for c in predicate.children
    )


def _a_judgement(verb: Any) -> bool:
    """ "Today it is clear that Europe needs Macedonia": "it is" with an adjective and the
    clause judged, what the speaker thinks, not an act."""
    children = list(verb.children)
    return bool(
        lemma(verb).lower() == "be"
        and any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in children)
        and any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in children)
        and any(c.dep_ == "ccomp" for c in children)
    )


def _still_so(verb: Any) -> bool:
    """ "The era still divides Chile today": what is still so in the present goes on."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children
    )


def _graded(word: Any) -> bool:
    """An adjective, or a participle graded as one ("more divided", "very concerned")."""
    return word.tag_ in ("JJ", "JJR", "JJS") or any(
        c.dep_ == "advmod" and (c.tag_ in ("RBR", "RBS") or c.lower_ in _DEGREE)
        for c in word.children
    )


def is_coverage(predicate: Any, value: NormalizedDate | None) -> bool:
    """A period a plan or an agreement will cover, not a time something happened: "the
    memorandum will cover military cooperation in 2006-2010", "the budget would span 2008 to
    2012". Told as done, the period is when what is covered happened ("the report covers
    requests between April 1 and June 30"); a day stays ("will cover the summit on Monday")."""
    if value is None or value.granularity is Granularity.DAY:
        return False
    if lemma(predicate).lower() not in word_list("states", "coverage"):
        return False
    return modality_of(predicate) in (Modality.PLANNED, Modality.POSSIBLE)


def is_commentary(predicate: Any, value: NormalizedDate | None) -> bool:
    """A judgement of what cannot be, told in the present over a period ("the auction cannot
    suspend the decline this year"): commentary, not something that happened. ("Could not
    find the body" is told in the past; "the shuttle can land Friday", "the elections can be
    held in June" tell a possible event: both stay.)"""
    if value is not None and value.granularity is Granularity.DAY:
        return False
    head = predicate
    if head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    words = {c.lower_ for c in head.children if c.dep_ in ("aux", "neg")}
    return bool(words & _ABILITY) and bool(words & _NOT)


def since_recurs(since: Any) -> bool:
    """A "since" that measures a span over which something is repeated, not a time something
    happened then: "has sponsored a resolution every year since 1989". (A count since a date
    or an event tells when it began: "Since August 2022, Chicago has welcomed 8,000 migrants",
    "since the ruling, lawyers have filed thirty motions".)"""
    verb = since.head
    recurring = word_list("states", "recurring")
    if any(c.lower_ in recurring for c in verb.children):
        return True  # "every year since 1989" (the parse hangs "since" on "year")
    return any(
        c.dep_ == "npadvmod" and any(g.lower_ in recurring for g in c.children)
        for c in verb.children
    )


def _counted(noun: Any) -> bool:
    """A noun with a number of its own ("383 attacks"), or a number itself ("300 have died")."""
    if noun.pos_ == "NUM" or noun.ent_type_ == "CARDINAL":
        return True
    return any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in noun.children)


def states_a_figure(copula: Any, noun: Any) -> bool:
    """A stative clause that gives a figure or a count, not an event its noun names: "the
    decrease in life expectancy would be nearly 19 years by 2015", "there will be three daily
    flights"."""
    if _counted(noun):
        return True
    return any(
        c.dep_ in ("attr", "acomp")
        and (c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children))
        for c in copula.children
    )  # "nearly 19 years", "5 percent" (a figure, whatever its entity)


def is_habitual(predicate: Any) -> bool:
    """A habit ("usually", "typically", "every year"): what happens, not what happened."""
    habitual = word_list("states", "habitual")
    recurring = word_list("states", "recurring")
    return any(
        (c.dep_ == "advmod" and c.lower_ in habitual)
        or (c.dep_ == "npadvmod" and any(g.lower_ in recurring for g in c.children))
        for c in predicate.children
    )


def is_generic(predicate: Any) -> bool:
    """What can happen to a kind, not what happened: "can" with a bare plural subject
    ("symptoms can appear up to 10 weeks after eating", "prices can rise in winter")."""
    if not any(c.dep_ == "aux" and c.lower_ == "can" for c in predicate.children):
        return False
    subject = next((c for c in predicate.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children)
    )


def is_background(predicate: Any) -> bool:
    """A background verb ("named", "founded", "built") in a relative clause or apposition about
    a thing that is not the subject of the clause it hangs on."""
    if lemma(predicate).lower() not in word_list("states", "background"):
        return False
    if predicate.dep_ not in _DESCRIBING:
        return False
    thing = predicate.head
    return thing.pos_ in ("NOUN", "PROPN") and thing.dep_ not in (*SUBJECT_DEPS, "ROOT")


def only_a_date(sentence: Any, skip: set[int]) -> bool:
    """A sentence whose every word is a time expression ("April 5, 2006" on its own line), or
    a note in brackets after one: the heading of a list or a fixture table ("Tuesday (Kick
    off in GMT)")."""
    noted = _in_brackets(sentence)
    return all(t.i in skip or t.i in noted or t.is_punct or t.is_space for t in sentence)


def _in_brackets(sentence: Any) -> set[int]:
    """The tokens between a bracket and the bracket that closes it (one left open, as in
    "ESC [2J" from a terminal, holds nothing)."""
    inside: set[int] = set()
    opened: list[int] = []
    for token in sentence:
        if token.text in _OPENING:
            opened.append(token.i)
        elif token.text in _CLOSING and opened:
            inside.update(range(opened.pop() + 1, token.i))
    return inside


def verbless_row(sentence: Any) -> bool:
    """A line with no verb that is a row of a table (columns set apart by runs of spaces), a
    label of a few words ("Thursday's general elections") or for a list (ending with ":"), or
    that names no event at all: no event. (A headline-like line whose verb the tagger missed,
    "Chicago police send ICE the records", is longer and names one.)"""
    if not any(t.pos_ for t in sentence):
        return False  # a pipeline without a tagger: no word class to go by
    if any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in sentence):
        return False
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if words and span_text(sentence).rstrip().endswith(":"):
        return True  # "Spanish league results on Saturday:": a label for a list
    if not any(is_event_noun(t) for t in words):
        return True  # "GDP: 220 dollars per inhabitant in 2003 (World Bank)": no act at all
    return len(words) < LABEL_WORDS or COLUMN_GAP.search(span_text(sentence)) is not None


def is_period_bound(predicate: Any) -> bool:
    """A period that begins or ends ("the fiscal year ended in January", "the quarter ending
    in March"): when it runs, not an act of anyone."""
    subject = subject_of(predicate)
    if predicate.dep_ in ("acl", "relcl") and (subject is None or subject.tag_ == "WDT"):
        subject = predicate.head  # "for the fiscal year ending in March", "…, which ended"
    return bool(
        subject is not None
        and lemma(subject).lower() in word_list("headline_nouns", "time_units")
        and lemma(predicate).lower() in word_list("states", "period_bounds")
    )


def is_statistic(predicate: Any, value: NormalizedDate | None) -> bool:
    """An aggregate measured over a period (a week, a month, a year: not a day), not an act.
    Its subject is a measure with a verb of change ("core inflation dropped by 0.9 percent in
    October", "the number of cases reached five last week"), a count of a group ("an average
    of 42 people competed", "4.13 million students graduated this year", "83 were executed in
    2005"), or the clause says a place saw a figure ("Bihar witnessed 5,193 murders last
    year"). A figure in an act of an actor stays an event: "the council voted 39-11", "Apple
    reported revenue of $2 billion", "34 miners were killed"."""
    if value is None or value.granularity is Granularity.DAY:
        return False
    subject = subject_of(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = subject_of(predicate.head)
    if subject is None:
        return False
    if subject.lower_ in ("which", "that") and predicate.dep_ == "relcl":
        subject = predicate.head  # "the Philadelphia Fed Index, …, which dropped 4.3 percent"
    if _a_count_since(predicate, value):
        return True  # "since 2003 the center had received 33,435 reports"
    verb = lemma(predicate).lower()
    if verb in word_list("statistics", "occurrence"):
        # "Bihar witnessed 5,193 murders", "police recorded 300 thefts" (but not a person who
        # witnessed three murders)
        person = subject.lower_ in _PERSONAL or subject.ent_type_ == "PERSON"
        return not person and _counted_object(predicate)
    if _a_rate(predicate):
        return True  # "lost about 270 billion tonnes of ice a year on average"
    if verb in word_list("statistics", "economy_verbs") and subject.ent_type_ in _PLACES:
        return _figure_after(predicate)  # "China imported 1.2 million tonnes of sugar in May"
    if verb in word_list("statistics", "causing") and _figure_after(predicate):
        return True  # "catastrophes caused losses of about 40 billion dollars in 2006"
    if verb in word_list("statistics", "level") and _figure_after(predicate):
        return True  # "Ford's losses amount to 7 billion dollars", "operated at 87 percent"
    nouns = _noun_forms(subject)
    if nouns & word_list("statistics", "aggregates") and _counts_a_group(subject):
        return True  # "an average of 42 people", "the number of cases"
    if _counted_in_millions(subject) or (subject.pos_ == "NUM" and subject.dep_ != "nummod"):
        return True  # "4.13 million students", "thousands of tourists", "83 were executed"
    if _a_toll_so_far(predicate, subject):
        return True  # "some 4,000 people have died in the violence this year"
    if subject.pos_ == "NOUN" and not subject.ent_type_ and _millions_as_object(predicate):
        return True  # "from 1990 to 2000, natural disasters disrupted the lives of 35 million"
    if verb in word_list("statistics", "reaching") and any(
        c.dep_ == "dobj"
        and c.pos_ == "NUM"
        and all(g.like_num or g.dep_ in ("quantmod", "advmod") for g in c.children)
        for c in predicate.children
    ):
        return True  # "passengers will top 500,000 in 2005": a count reaching a figure
    passive = subject.dep_ == "nsubjpass"
    return (
        not passive
        and is_a_measure(subject)
        and (verb in word_list("statistics", "change") or _shows_a_change(predicate))
    )


def is_a_measure(noun: Any) -> bool:
    """A noun that names an aggregate measure: itself or its apposition ("inflation", "gross
    domestic product (GDP)"), or sales and the like of a trade, a place or a sector, not of a
    company ("trade turnover", "British retail sales", "car sales in Germany"; but "Velta's
    sales", "revenue", and "trade barriers" name no measure)."""
    measures = word_list("statistics", "measures")
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    if any(_noun_forms(w) & measures for w in (noun, *appositions)):
        return True
    if not _noun_forms(noun) & word_list("statistics", "results"):
        return False
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    return any(_noun_forms(c) & measures for c in compounds) or _of_a_place(noun)


def _of_a_place(noun: Any) -> bool:
    """A noun said of a place, a people or a sector: "British", "in Germany", "retail"."""
    markets = word_list("outlooks", "markets") | word_list("outlooks", "sectors")
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and (
            child.ent_type_ in _PLACES or _noun_forms(child) & markets
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(g.ent_type_ in _PLACES for g in child.children)
        ):
            return True  # "car sales in Germany"
    return False


def _shows_a_change(predicate: Any) -> bool:
    """A verb of showing or making whose object is a change: "output prices showed their
    sharpest fall", "exports posted a rise of 5 percent"."""
    if lemma(predicate).lower() not in word_list("statistics", "yielding"):
        return False
    change = word_list("statistics", "change")
    return any(c.dep_ == "dobj" and lemma(c).lower() in change for c in predicate.children)


_COUNTED_FROM = frozenset({"ago", "later", "earlier", "before", "after", "on"})


def _a_rate(predicate: Any) -> bool:
    """A figure told as a rate or a mean ("on average", "annually", "a year"; not "a year
    ago" or "a week later")."""
    rates = word_list("statistics", "rates")
    units = word_list("headline_nouns", "time_units")
    near = {predicate.i, *(c.i for c in predicate.children if c.dep_ in ("dobj", "prep"))}
    for token in predicate.subtree:
        if token.lower_ in rates and token.head.i in near:
            return True
        if (
            token.dep_ == "npadvmod"
            and token.head.i in near
            and lemma(token).lower() in units
            and any(c.lower_ in ("a", "an", "per", "each") for c in token.children)
            and not any(c.lower_ in _COUNTED_FROM for c in [token.head, *token.children])
        ):
            return True  # "a year", "per month"
    return False


def _noun_forms(token: Any) -> set[str]:
    """The forms a noun's lemma may have: the parse may tag a sentence's first word a proper
    noun ("Shipments fell"), whose lemma is the word itself."""
    word = token.lower_
    singular = (
        word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    )
    return {lemma(token).lower(), word, singular}  # "Injuries": injury


def _counts_a_group(noun: Any) -> bool:
    """ "an average of 42 people", "the number of cases": the noun's "of" takes a plural."""
    return any(
        c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS", "CD") for g in c.children)
        for c in noun.children
    )


def _counted_in_millions(noun: Any) -> bool:
    """A noun counted in tens of thousands or more ("4.13 million students", "234,460
    men"), or such a number itself ("thousands of tourists")."""
    scale = word_list("statistics", "scale")
    if noun.lower_ in scale:
        return True
    return any(
        c.dep_ == "nummod" and any(t.lower_ in scale or _large(t) for t in c.subtree)
        for c in noun.children
    )


def _large(token: Any) -> bool:
    """A number in digits of at least `LARGE_COUNT` ("234,460")."""
    digits = token.text.replace(",", "")
    return digits.isdigit() and int(digits) >= LARGE_COUNT


def _counted_object(predicate: Any) -> bool:
    """The verb's object is counted: "5,193 murders", "300 thefts"."""
    return any(
        c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in predicate.children
    )


def _figure_after(predicate: Any) -> bool:
    """The verb gives a figure: its object or the object of its first preposition is an amount
    ("amount to about 7 billion dollars", "operated at 87.3 percent of capacity")."""
    for child in predicate.children:
        words = [child] if child.dep_ in ("dobj", "attr") else []
        if child.dep_ == "dobj":  # "losses of about 40 billion dollars"
            words += [g for c in child.children if c.lower_ == "of" for g in c.children]
            # "800,000 dollars worth of beef"
            words += [c for c in child.children if c.dep_ in ("compound", "nummod")]
        if child.dep_ == "prep":
            words = [g for g in child.children if g.dep_ == "pobj"]
        words = [w for w in words if w.ent_type_ not in ("DATE", "TIME")]  # "in 1974"
        if any(
            w.ent_type_ in _AMOUNTS
            or w.pos_ == "NUM"
            or _counted(w)
            or any(c.dep_ == "nummod" and c.like_num for c in w.children)  # "900,000 dollars"
            for w in words
        ):
            return True
    return False


def _a_toll_so_far(predicate: Any, subject: Any) -> bool:
    """A count of at least `TOLL_COUNT` told in the present perfect and not negated: a toll so
    far ("some 4,000 people have died this year", "at least 64 soldiers have been killed"),
    not a group that acts ("the two leaders have not met since 1994")."""
    children = list(predicate.children)
    if not any(c.lower_ in ("has", "have") for c in children) or any(
        c.dep_ == "neg" for c in children
    ):
        return False
    numbers = [subject] if subject.pos_ == "NUM" else []
    numbers += [c for c in subject.children if c.dep_ == "nummod"]
    return any(_at_least(n, TOLL_COUNT) for n in numbers)


def _a_count_since(predicate: Any, value: NormalizedDate) -> bool:
    """A count of at least `TOLL_COUNT` things had over a period up to a time, told in the
    perfect with a verb of a tally: a running total ("since its inception in 2003 the center
    had received 33,435 reports"), not an act then."""
    children = list(predicate.children)
    perfect = any(c.lower_ in ("has", "have", "had") and c.dep_ == "aux" for c in children)
    interval = value.granularity is Granularity.INTERVAL
    if not interval or not perfect or any(c.dep_ == "neg" for c in children):
        return False
    if lemma(predicate).lower() not in word_list("statistics", "tallies"):
        return False  # "has cut about 200 jobs since the recall": acts, however many
    counts = [n for c in children if c.dep_ == "dobj" for n in c.children if n.dep_ == "nummod"]
    return any(_at_least(n, TOLL_COUNT) for n in counts)


def _at_least(number: Any, least: int) -> bool:
    digits = number.text.replace(",", "")
    return number.lower_ in word_list("statistics", "scale") or (
        digits.isdigit() and int(digits) >= least
    )


def _millions_as_object(predicate: Any) -> bool:
    """The verb's object, or what its object is "of", is a toll of people or jobs in tens of
    thousands or more ("killed 34,000 people", "disrupted the lives of 35 million people",
    "added 132,000 jobs"); not money or goods ("lost 3 billion dollars", "shipped 471,104
    vehicles", "created a two-million bpd allocation" are an actor's results and acts)."""
    verbs = [predicate, *(c for c in predicate.children if c.dep_ == "conj")]
    for child in (c for v in verbs for c in v.children):  # "killed or disrupted the lives of"
        if child.dep_ != "dobj":
            continue
        words = [child, *(g for c in child.children if c.lower_ == "of" for g in c.children)]
        tolls = word_list("statistics", "tolls")
        if any(_counted_in_millions(w) and lemma(w).lower() in tolls for w in words):
            return True
    return False


def measured_period(span: Any, value: NormalizedDate | None) -> bool:
    """A period written right before a measure or a result it qualifies ("revised down third
    quarter US gross domestic product", "2006 sales of the sector", "reported third-quarter
    earnings"): the period measured, not the time of the act, however the parse hung it (a day
    stays: "Monday GDP figures")."""
    if value is None or value.granularity is Granularity.DAY:
        return False
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if not outside or outside[0].dep_ not in _QUALIFYING or span.end >= len(span.doc):
        return False
    head = span.doc[span.end]
    while head.dep_ in ("compound", "amod", "nmod", "det") and head.head.i > head.i:
        head = head.head
    results = bool(_noun_forms(head) & word_list("statistics", "results"))  # "third-quarter
    return head.pos_ in ("NOUN", "PROPN") and (is_a_measure(head) or results)  # earnings"

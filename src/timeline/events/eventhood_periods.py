"""Clauses that tell what lasts, is expected or was counted over a period, not something that
happened then (the second half of `eventhood`):

- a state or a tally since a year or longer ago: "has lived in the United States since 1982",
  "Democrats had held the majority since 2019", "have killed 300 people since 1990"; a state
  since a day or a month: "has been under a boil-water notice since Aug. 15", "has headed
  the mission since March 27" (a tally since a day or a month is an onset a reader can
  place, and stays: "Since August 2022, Chicago has welcomed 8,000 migrants"; so does an
  activity under way, told in the progressive: "have been fighting the army since 1996");
- a forecast of a state or a figure: "is unlikely to return to its boom years this year",
  "producers hope to make 35 million francs in 1997", "forces will be ready in June 2007";
- an economy's or a market's state told as going on: "the market is struggling this year";
- people staying somewhere: "about 700 people were staying there";
- a total so far or over years: "has provided 4.2 million dollars in aid this year", "took in
  4.5 million pounds between 1993 and 1996";
- a company's result recalled as background, in the past perfect or describing a thing: "had
  scored a net profit of 47.3 million marks in 1995".

Kept as events: a result told as news ("revenue rose 12% in the quarter", "posted a loss of $2
billion in 2008"), and acts told as negated, planned, possible or conditional
("could join OPEC in March", "is expected to sign the bill in January"). Word classes are data:
`data/outlooks.toml`, `data/states.toml`, `data/statistics.toml`."""

from __future__ import annotations

from typing import Any

from timeline.edtf import Granularity, NormalizedDate, parse_edtf
from timeline.events.clauses import modality_of, subject_of
from timeline.events.elsewhere import a_limit, told_as_done
from timeline.events.eventhood import is_a_measure
from timeline.events.nominal import span_root
from timeline.events.vocabulary import word_list
from timeline.models import Modality
from timeline.nlp.lemmas import lemma
from timeline.temporal.tense import FUTURE_AUX

# A "since" date this precise is an onset a reader can place ("since Aug. 15", "since August
# 2022"); a coarser one measures how long a state or a tally has lasted ("since 1982").
ONSET_GRANULARITIES = frozenset({Granularity.DAY, Granularity.MONTH})
# A period this long (in days) or longer is a year's: a total over it is a figure of the
# period ("has provided 4.2 million dollars in aid this year"), not an act.
YEAR_DAYS = 360
# A period this long (in days) or longer, told in the present perfect with a count ("have
# claimed 104 lives this week"), is a running total, not an act.
TALLY_DAYS = 7
# Words of a clause walked up to find what expects it ("is unlikely to be able to return").
EXPECTING_DEPTH = 3
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_DESCRIBING = ("acl", "relcl", "appos")
# The future, and the future told in the past ("said its losses would surpass …").
_AHEAD = FUTURE_AUX | {"would", "'d", "might", "may", "could"}  # ahead, or possibly
_COMPLEMENTS = ("dobj", "attr", "acomp", "prep", "npadvmod", "oprd", "dative")


def tells_no_event(predicate: Any, span: Any, value: NormalizedDate | None) -> bool:
    """Whether the clause of `predicate`, dated by the time expression `span` (normalised to
    `value`), tells a state, an outlook or a figure of a period rather than an event."""
    if value is None:
        return False
    if introduced_by(span, "since") or _within_since(span):
        return not _an_onset(predicate, value)
    if modality_of(predicate) is Modality.NEGATED:
        return False  # "did not meet in 1994": negation stays as it is
    return (
        is_forecast(predicate, span, value)
        or is_ongoing(predicate, value)
        or is_dwelling(predicate)
        or is_total_so_far(predicate, span, value)
        or is_recalled_result(predicate, value)
    )


def _an_onset(predicate: Any, value: NormalizedDate) -> bool:
    """A clause dated by "since" a day or a month that tells an onset a reader can place: a
    tally in the active perfect ("Since August 2022, Chicago has welcomed 8,000 migrants") or
    an act begun then ("has started temperature monitoring since Thursday"), or an activity
    under way since its start ("has been fighting cancer since 2004"). What has not happened
    since, or has been so since, is a state of the period ("has not been seen since July 26",
    "has been bothered by an injury since August"), and so is what a clause describing a
    thing says has gone on since."""
    if modality_of(predicate) is Modality.NEGATED or predicate.dep_ in _DESCRIBING:
        return False  # "the violence which has plagued the suburbs since Thursday"
    if _under_way(predicate):
        return True  # "has been fighting pancreatic cancer since 2004": begun then
    if lasts_since(value) or _held_since(predicate):
        return False
    auxes = {lemma(c).lower() for c in predicate.children if c.dep_ in ("aux", "auxpass")}
    if "be" in auxes or lemma(predicate).lower() == "be":
        return False  # "have been slain since", "has been bothered by an injury since"
    return _counted_object(predicate) or lemma(predicate).lower() in word_list("states", "onsets")


def lasts_since(value: NormalizedDate) -> bool:
    """A "since" date a year or longer: how long a state or tally has lasted ("has lived there
    since 1982", "have killed 300 people since 1990", "fighting since 1994")."""
    first = value.edtf.split("/")[0]
    try:
        start = parse_edtf(first)
    except ValueError:
        return False
    return start.granularity not in ONSET_GRANULARITIES


def _under_way(verb: Any) -> bool:
    """An activity told in the progressive, a process under way since its date ("has been
    fighting the army since 1996"), not a state reached or a tally; people staying somewhere
    and stative verbs aside ("have been living there since 1982")."""
    word = lemma(verb).lower()
    progressive = verb.dep_ == "acl" or any(
        c.dep_ == "aux" and lemma(c).lower() == "be" for c in verb.children
    )  # "have been fighting", "rebels fighting since 1994" (not "…, making it the worst")
    return (
        verb.tag_ == "VBG"
        and progressive
        and word not in word_list("states", "dwelling")
        and word not in word_list("states", "stative")
    )


def is_forecast(predicate: Any, span: Any, value: NormalizedDate) -> bool:
    """A forecast of a state or a figure over a period (not a day): what a verb or adjective of
    expecting, or the future, governs, when it is a state ("will be ready", "will remain"), a
    figure made or changed ("hope to make 35 million francs", "pencilling in a deficit ratio of
    two percent"), or the course of an economy or a market ("the industry is unlikely to
    return to its boom years"). An act stays: "is expected to sign the bill in January"."""
    if value.granularity is Granularity.DAY or _dates_a_forecasting(predicate, span):
        return False
    content, expected = _expected(predicate)
    if not expected:
        return False
    verb = lemma(content).lower()
    if verb in word_list("outlooks", "expecting_verbs"):  # the forecast itself
        # "pencilling in a deficit ratio of two percent", "growth was forecast at 2 percent"
        return _gives_an_amount(content) or any(is_a_measure(s) for s in _subjects(content))
    if _of_a_market(content) or _of_a_market(predicate) or _of_a_measure(content):
        return True  # "the industry is unlikely to return", "inflation is likely to moderate"
    if verb in word_list("states", "stative") and content.dep_ != "aux":
        return True  # "will be ready", "are likely to remain high"
    if verb in word_list("outlooks", "lasting") and not _held(content):
        return True  # "this squeeze would continue into the second quarter" (not "talks will
        # continue in March": a gathering held on, its own news)
    figures = word_list("statistics", "change") | word_list("statistics", "yielding")
    return verb in figures and _gives_an_amount(content)


def is_ongoing(predicate: Any, value: NormalizedDate) -> bool:
    """The state of an economy or a market told in the present as going on over a period:
    "the market is struggling this year", "prices are rising this month"."""
    if value.granularity is Granularity.DAY or not _present(predicate):
        return False
    return _of_a_market(predicate) or _of_a_measure(predicate)


def is_dwelling(predicate: Any) -> bool:
    """People staying somewhere, told as going on: "about 700 people were staying there on
    Friday", "refugees are sheltering in schools" (since a year, `lasts_since` tells it)."""
    if lemma(predicate).lower() not in word_list("states", "dwelling"):
        return False
    return predicate.tag_ == "VBG" and any(
        lemma(c).lower() == "be" for c in predicate.children if c.dep_ == "aux"
    )


def is_total_so_far(predicate: Any, span: Any, value: NormalizedDate) -> bool:
    """A total over a period: told in the present perfect over a week or longer ("has provided
    4.2 million dollars in aid this year", "accidents have claimed 104 lives this week", "have
    met three times this month"), or over several years whatever its tense ("took in 4.5
    million pounds between 1993 and 1996"). A day stays ("has obtained $125 million in
    financing on Tuesday"), and so does a period the act is for ("has allocated 120 million
    dollars for 2007"), or one year told in the past ("gave 5 million dollars in 2005")."""
    if value.days < TALLY_DAYS or introduced_by(span, "for"):
        return False
    perfect = any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in predicate.children
    )
    years = value.days >= YEAR_DAYS and value.start.year != value.end.year
    return (perfect or years) and (_counted_object(predicate) or _repeated(predicate))


def held_until(predicate: Any, span: Any) -> bool:
    """A post, a power or a state held until a limit, told as going on or to come ("whose
    country holds the bloc's presidency until the end of the month", "his contract runs
    until 2008", "will remain in office until 2010"): how long it lasts, no event then (a
    done act that set the limit, "adjourned until Monday", is `attach`'s)."""
    if not a_limit(span) or told_as_done(predicate) or predicate.pos_ not in ("VERB", "AUX"):
        return False
    word = lemma(predicate).lower()
    return word in word_list("states", "holding") or word in word_list("states", "stative")


def _repeated(verb: Any) -> bool:
    """The clause counts how often its act happened: "have met three times"."""
    return any(
        c.dep_ in ("npadvmod", "advmod")
        and lemma(c).lower() == "time"
        and any(g.dep_ == "nummod" for g in c.children)
        for c in verb.children
    )


def is_recalled_result(predicate: Any, value: NormalizedDate) -> bool:
    """A company's result with its figure, recalled as background: told in the past perfect
    ("had scored a net profit of 47.3 million marks in 1995") or in a clause that describes a
    thing ("the group, whose sales totalled 3 billion dollars in 1995"; "net profits totalling
    51.9 billion won last year"), over a period longer than a day. A result told as news, by
    the company's report or as the figure's change, stays an event: "posted a loss of $2
    billion in 2008", "revenue rose 12% in the quarter"."""
    if value.granularity is Granularity.DAY:
        return False
    recalled = any(c.dep_ == "aux" and c.lower_ == "had" for c in predicate.children)
    if not (recalled or predicate.dep_ in _DESCRIBING):
        return False
    return _of_results(predicate) and (_gives_an_amount(predicate) or _counted_object(predicate))


def introduced_by(span: Any, word: str) -> bool:
    """The time expression opens with `word` or is its object: "for 2007"."""
    return bool(span[0].lower_ == word or span_root(span).head.lower_ == word)


def _dates_a_forecasting(predicate: Any, span: Any) -> bool:
    """A forecast or an estimate made, told in the past with its own date ("INSEE in early
    October predicted growth of 2.3 percent", "estimated the damage at 5 million dollars in
    October"): the act of a source, an event; but a date within a measure forecast, or within
    a clause that tells it, is the forecast's period ("predicted 2.0 percent growth in the
    year to March", "predicted that prices would rise in 2007")."""
    if lemma(predicate).lower() not in word_list("outlooks", "expecting_verbs"):
        return False
    if predicate.tag_ != "VBD":
        return False
    root = span_root(span)
    return not any(
        c.left_edge.i <= root.i <= c.right_edge.i
        and (c.dep_ in ("ccomp", "xcomp") or is_a_measure(c))
        for c in predicate.children
        if c.dep_ in ("dobj", "ccomp", "xcomp", "attr")
    )


def _held(verb: Any) -> bool:
    """The verb's subject is a gathering or proceeding that is held ("talks", "the trial")."""
    held = word_list("nominal_phrases", "held")
    return any(lemma(s).lower() in held for s in _subjects(verb))


def _expected(predicate: Any) -> tuple[Any, bool]:
    """(what is expected, whether it is): the verb itself of expecting ("pencilling in"), a
    verb a verb or an adjective of expecting governs ("hope to make", "is unlikely to
    return"), a copula with such an adjective ("is unlikely to …": what the adjective takes),
    or a verb in the future ("will be ready")."""
    verbs = word_list("outlooks", "expecting_verbs")
    adjectives = word_list("outlooks", "expecting_adjectives")
    for child in predicate.children:
        if child.dep_ == "acomp" and lemma(child).lower() in adjectives:
            action = next((g for g in child.children if g.dep_ == "xcomp"), None)
            if action is not None:  # (but "was due to the recession" gives a cause)
                return action, True
        if child.dep_ == "xcomp" and lemma(predicate).lower() == "be":
            return _expected(child)[0], True  # "the deficit was to fall", "was to set to fall"
    if any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in predicate.children):
        return predicate, True  # "will be ready", "would fall further next year"
    current = predicate
    for _ in range(EXPECTING_DEPTH):
        word = lemma(current).lower()
        if word in verbs or (current.i != predicate.i and word in adjectives):
            return predicate, True
        if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
            break
        current = current.head
    return predicate, False


def _subjects(verb: Any) -> list[Any]:
    """The subject of a verb, or of the verbs it completes ("the industry is unlikely to
    return": the industry)."""
    found = []
    current = verb
    for _ in range(EXPECTING_DEPTH):
        subject = subject_of(current)
        if subject is not None:
            found.append(subject)
            break
        if current.head.i == current.i:
            break
        current = current.head
    return found


def _noun_forms(token: Any) -> set[str]:
    word = token.lower_
    return {lemma(token).lower(), word, word[:-1] if word.endswith("s") else word}


def _of_a_market(verb: Any) -> bool:
    """The subject is an economy, a market or a sector ("the industry", "the car market"; not
    "trade barriers")."""
    markets = word_list("outlooks", "markets")
    return any(_noun_forms(s) & markets for s in _subjects(verb))


def _of_a_measure(verb: Any) -> bool:
    """The subject is a measure with a verb of change, or a verb that begins one: "prices are
    rising", "inflation is likely to moderate", "car sales will begin growing again"."""
    change = word_list("statistics", "change") | word_list("outlooks", "course")
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(lemma(v).lower() in change for v in verbs) and (
        any(is_a_measure(s) for s in _subjects(verb)) or _described_measure(verb)
    )


def _described_measure(verb: Any) -> bool:
    """What changes is the measure a relative clause above describes: "a figure both
    governments expect to double by 2032"."""
    current = verb
    for _ in range(EXPECTING_DEPTH):
        if current.dep_ == "relcl":
            return is_a_measure(current.head)
        if current.dep_ != "xcomp":
            return False
        current = current.head
    return False


def _present(verb: Any) -> bool:
    """Told in the present: "is struggling", "struggles"."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children
    )


def _gives_an_amount(verb: Any) -> bool:
    """An amount of money, a percentage or a quantity among what follows the verb ("make 35
    million francs", "a deficit ratio of around two percent")."""
    return any(
        t.ent_type_ in _AMOUNTS for c in verb.children if c.dep_ in _COMPLEMENTS for t in c.subtree
    )


def _counted_object(verb: Any) -> bool:
    """The verb's object is an amount or is counted: "4.2 million dollars", "300 people" (not
    a length of time: "to serve seven years")."""
    units = word_list("headline_nouns", "time_units")
    return any(
        c.dep_ == "dobj"
        and lemma(c).lower() not in units
        and (c.ent_type_ in _AMOUNTS or any(g.dep_ == "nummod" for g in c.children))
        for c in verb.children
    )


def _within_since(span: Any) -> bool:
    """The time expression dates the noun a "since" governs: "since its inception March 27",
    "since its formation on November 21"."""
    token = span_root(span).head
    while token.pos_ not in ("VERB", "AUX") and token.lower_ != "since" and token.head != token:
        token = token.head
    if token.dep_ == "pcomp":  # "since taking office in January"
        token = token.head
    return bool(token.lower_ == "since")


def _held_since(verb: Any) -> bool:
    """A state held since the date, not an act done then: a stative verb or one of holding a
    post or a level ("has headed", "has held its rate steady"), or a passive in a simple
    present ("are authorized to work"); a counted object is a tally ("has welcomed 8,000")."""
    if _counted_object(verb):
        return False
    word = lemma(verb).lower()
    if word in word_list("states", "holding") or word in word_list("states", "stative"):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = [a for a in auxes if a.dep_ == "auxpass" and a.tag_ in ("VBP", "VBZ")]
    return bool(present) and not any(a.dep_ == "aux" for a in auxes)


def _of_results(verb: Any) -> bool:
    """The clause is about a company's results: its subject ("net profit rose"), its object
    ("scored a net profit"), or what its object is of or in ("an increase in net profits")."""
    results = word_list("statistics", "results")
    words = [*_subjects(verb)]
    for child in verb.children:
        if child.dep_ in ("dobj", "attr"):
            words.append(child)
            words += [g for p in child.children if p.dep_ == "prep" for g in p.children]
    return any(_noun_forms(w) & results for w in words)

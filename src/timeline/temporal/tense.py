"""The verb a time expression belongs to, and the tense of its clause, from spaCy's tags and
parse. Its word lists (temporal/data/tense.toml) are shared with the events stage (modality)."""

from __future__ import annotations

from typing import Any

from timeline.nlp.lemmas import lemma
from timeline.nlp.misparse import noun_read_as_verb, verb_after_subject
from timeline.nlp.reads import kept_per_word
from timeline.temporal.holidays import holiday_name
from timeline.temporal.resolve import Tense
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import word_lists

_WORDS = word_lists("timeline.temporal", "tense")  # what each list holds: the file's comments
FUTURE_AUX = _WORDS["future_aux"]
MODALS = _WORDS["modals"]
PLAN_VERBS = _WORDS["plan_verbs"]
SAY_VERBS = _WORDS["say_verbs"]
_FORWARD = _WORDS["forward"]
_UNTIL = _WORDS["until"]
_UNTIL_RUNNING = _WORDS["until_running"]
_GRANTED = _WORDS["granted"]
_MOVED = _WORDS["moved"]
_AHEAD_OF_ITSELF = _WORDS["ahead_of_itself"]
_SCHEDULE_VERBS = _WORDS["schedule_verbs"]
_DEICTIC = _WORDS["deictic_days"]
_SAME_DAY = _WORDS["same_day"]
_PLANS_ONLY = _WORDS["plans_only"]
_SCHEDULED = _WORDS["scheduled"]
_AHEAD_WORDS = _WORDS["looking_ahead"]
_EARLIER_WORDS = _WORDS["earlier_than"]
_PERIOD_BOUNDS = _WORDS["period_bounds"]
# Dependencies by which a date names the noun it stands before: "the May 1 elections",
# "Sunday's referendum".
_NAMING_DEPS = ("compound", "nmod", "poss", "npadvmod", "amod", "nummod")


@kept_per_word
def governing_verb(token: Any) -> Any:
    """The verb a token of a time expression belongs to: its nearest verb ancestor, else the
    sentence root. A date that stands before the subject of a reported clause ("said on
    Thursday it would…") belongs to the reporting verb, whatever the parse says."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            break
        misread = verb_after_subject(current) if current is not token else None
        if misread is not None:
            return misread  # "after the CBI [on Sunday] implicated him": the implicating
        if current.head is current:
            return current
        current = current.head
    verb = current
    if noun_read_as_verb(verb):
        return verb.head  # "rebuffed the US [stand] on Tuesday": the rebuffing
    told = _told_clause_before(token, verb)
    if told is not None:
        return told  # "X will speak Thursday, a spokesman said Wednesday": the speaking
    if verb.dep_ == "ccomp" and lemma(verb.head) in SAY_VERBS:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        between = token.doc[verb.head.i + 1 : token.i]
        if (
            subject is not None
            and verb.head.i < token.i < subject.i
            and len(between) <= 2
            and not any(t.lower_ == "that" for t in between)
        ):
            return verb.head  # "said on Thursday it would…", not "said that in 2019 he…"
    return verb


def _told_clause_before(token: Any, verb: Any) -> Any | None:
    """The clause a verb of saying reports, when a day word the parse hung on that verb ends
    that clause, before the comma and the teller ("Annan will deliver a speech [Thursday], a
    spokesman announced Wednesday")."""
    if token.dep_ != "npadvmod" or token.head.i != verb.i or lemma(verb) not in SAY_VERBS:
        return None
    if token.lower_ in _DEICTIC:
        return None  # "…are shown in Korean society today, said Bae": the telling's day too
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i), None)
    doc = token.doc
    if told is None or told.right_edge.i + 1 != token.i or verb.i < token.i:
        return None
    after = token.i + 1
    return told if after < len(doc) and doc[after].text == "," else None


def _neighbours(span: Any) -> tuple[list[str], set[str]]:
    """Up to three words before and four after the span, within its sentence (found without
    `span.sent`, which walks the whole document)."""
    doc = span.doc
    before: list[str] = []
    i = span.start
    while i > 0 and len(before) < 3 and not doc[i].is_sent_start:
        i -= 1
        before.insert(0, doc[i].lower_)
    after: set[str] = set()
    for token in doc[span.end : span.end + 4]:
        if token.is_sent_start:
            break
        after.add(token.lower_)
    return before, after


def _before_its_complementizer(span: Any, verb: Any) -> bool:
    """The parse puts the date in a clause whose "that" comes after it: in "warnings from
    Moscow on Thursday that strikes could do harm" the date is not in the "that" clause."""
    return any(
        c.dep_ == "mark" and span.end <= c.i < verb.i and c.lower_ in ("that", "whether")
        for c in verb.children
    )


def _after_since(span: Any, verb: Any) -> bool:
    """The date is what "since" counts from, however the parse attached the "since"."""
    doc = span.doc
    for c in verb.children:
        if c.lower_ == "since" and c.dep_ == "prep" and c.i < span.start:
            between = doc[c.i + 1 : span.start]
            return len(between) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in between)
    return False


def clause_tense(span: Any) -> Tense | None:
    """Past, present or future for the verb that governs `span`; None without a tagger."""
    verb = governing_verb(span.root)
    if not verb.tag_:
        return None
    if span.root.dep_ == "compound" and _is_holiday(span.text):
        return Tense.PRESENT  # "Christmas creches", "Thanksgiving travel": the season at hand
    if _before_its_complementizer(span, verb):
        if verb.head.i == verb.i:
            return Tense.PRESENT  # the clause the date is in is lost to the parse: the nearest
        verb = verb.head
    before, after = _neighbours(span)
    if _after_since(span, verb):
        return Tense.PAST  # "searching since shortly after the Oct. 23 slaying"
    forward = _FORWARD & set(before[-2:])
    if forward == {"record"} and "of" not in before:
        forward = frozenset()  # "holders of record Nov. 22", not "set a record on Tuesday"
    moved = _MOVED & set(before) or lemma(verb) in _MOVED  # "postponed the trial to Monday"
    if forward or (before[-1:] in (["to"], ["until"]) and moved):
        return Tense.FUTURE
    if _UNTIL & set(before[-2:]):
        told = _verb_tense(verb)
        # "has suspended its work until January": a limit an act set, still running (not
        # "has been kept secret until Tuesday", a state up to a day gone)
        ongoing = (
            _present_perfect(verb)
            and not any(c.dep_ == "auxpass" for c in verb.children)
            and bool(_UNTIL_RUNNING & set(before[-2:]))
        )
        return told if told is Tense.PAST and not _granting(verb) and not ongoing else Tense.FUTURE
    if before[-1:] == ["for"] and lemma(verb) in ("set", "schedule", "slate", "plan"):
        return Tense.FUTURE  # "set Kessler's sentencing for June 5"
    if before[-1:] == ["for"] and _for_a_thing(span):
        return Tense.FUTURE  # "has called a mass strike for Monday": the day it is set for,
        # still ahead (a day gone by is "Monday's strike")
    if (
        lemma(verb) in ("set", "schedule")
        and span.start == verb.i + 1
        and any(c.lower_ == "for" and c.i >= span.end for c in verb.children)
    ):
        return Tense.FUTURE  # "the court set April 29 for the next hearing"
    if before[-2:] == ["date", "of"] and lemma(verb) in ("set", "fix", "schedule"):
        return Tense.FUTURE  # "set a date of January 12 for a preliminary hearing"
    if _names_the_noun(span, "deadline") or _names_a_set_date(span):
        return Tense.PRESENT  # "by the Tuesday deadline", "set a March 20 strike date": the
        # nearest, whatever the verb
    if _present_perfect(verb) and _names_a_month(span) and span.root.dep_ not in _NAMING_DEPS:
        # "have called a general shutdown on May 3": a recent act, so the day is the thing's,
        # the nearest May 3 (a day long gone takes a simple past; "the October slaying" names
        # its own)
        return Tense.PRESENT
    scheduled = _scheduled_event(span)
    if scheduled is not None:
        # "ahead of Thursday's election", "the campaign for the May 1 elections": the nearest,
        # unless the clause tells it as past ("boycotted the January 30 election")
        ahead = scheduled.dep_ == "pobj" and _looks_ahead(scheduled.head)
        return Tense.PAST if not ahead and _verb_tense(verb) is Tense.PAST else Tense.PRESENT
    if "deadline" in after:
        return Tense.FUTURE  # "set Nov. 10 as the deadline"
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("'s", "’s"):
        told = _verb_tense(verb)
        # "Thursday's closing price", "Wednesday's ruling": news names days gone by so
        return told if told is Tense.FUTURE else Tense.PAST
    told = _verb_tense(verb)
    if told is Tense.PRESENT and _scheduled_present(verb) and span[0].lower_ not in _SAME_DAY:
        return Tense.FUTURE  # "the pilgrimage, which ends on Monday": a schedule
    return told


def _present_perfect(verb: Any) -> bool:
    """ "has called", "have been arrested": an act told as recent, not at a day long past."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'ve") for a in auxes)


def _names_a_month(span: Any) -> bool:
    """The expression names a month ("May 3", "December 15"), not a weekday or a length."""
    return any(t.lower_.rstrip(".") in MONTHS for t in span)


def day_ahead_allowed(span: Any) -> bool:
    """Whether a day of the month told in the past may be the day just ahead (see
    `resolve.Context`): the day of a thing the clause names ("the May 1 elections", "a launch
    date of April 12"), not the day of an act told as done ("Police arrested him on July 4"),
    nor when the verb ends or begins a period ("the quarter ended Oct. 31"), nor after "since"."""
    if not _names_a_month(span):
        return False  # (read first: most expressions name no month, and the walk costs)
    root = span.root
    verb = governing_verb(root)
    if not verb.tag_ or lemma(verb) in _PERIOD_BOUNDS:
        return False
    on_the_verb = root.head.i == verb.i or (root.dep_ == "pobj" and root.head.head.i == verb.i)
    told_as_done = verb.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )
    if on_the_verb and told_as_done:
        return False
    return not _after_since(span, verb)


def _granting(verb: Any) -> bool:
    """A verb that gives or moves a deadline, itself or with its particle: "extended",
    "was putting off … until Saturday"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma(verb) in _GRANTED or any(f"{lemma(verb)} {p}" in _GRANTED for p in particles)


def _for_a_thing(span: Any) -> bool:
    """The date is what a thing is set for ("a strike for Monday", "talks for Thursday"): the
    nearest such day, whatever the tense of the clause that tells it; not a day's own thing
    ("for Monday's attack")."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        root.dep_ != "pobj"
        or root.head.lower_ != "for"
        or (after is not None and after.lower_ in ("'s", "’s"))
    ):
        return False
    held = root.head.head  # the thing, or the verb whose object it is ("called a strike [for]")
    return held.pos_ == "NOUN" or any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < root.head.i for c in held.children
    )


def _is_holiday(text: str) -> bool:
    try:
        holiday_name(text)
    except KeyError:
        return False
    return True


def _scheduled_event(span: Any) -> Any | None:
    """The noun of an event held on a set day that the date names: "the May 1 elections",
    "Sunday's referendum", "the election on May 1"."""
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "on" and noun.head.i < noun.i:
        noun = noun.head  # "the general election on May 1"
    elif root.dep_ not in _NAMING_DEPS or noun.i < span.end:
        return None
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if lemma(noun).lower() in _SCHEDULED else None


def _looks_ahead(preposition: Any) -> bool:
    """A preposition of what is still to come: "for", "before", "ahead of", "towards"."""
    word = preposition.lower_
    if word in ("of", "to") and preposition.head.lower_ in _AHEAD_WORDS:
        return True  # "ahead of", "prior to"
    return word in _AHEAD_WORDS


def _names_the_noun(span: Any, noun: str) -> bool:
    """The date describes the noun right after it: "the Tuesday deadline"."""
    return span.end < len(span.doc) and bool(span.doc[span.end].lower_ == noun)


def _names_a_set_date(span: Any) -> bool:
    """The date describes a date or deadline set for something, the noun after it or the head
    of the nouns after it: "set March 20 strike date", "a June 1 filing deadline"."""
    if span.end >= len(span.doc):
        return False
    noun = span.doc[span.end]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun.lower_ in ("date", "deadline")


def _negated(verb: Any) -> bool:
    """ "could not be reached", "neither he nor they could be located"."""
    return any(
        t.dep_ == "neg" or t.lower_ in ("neither", "nor") for t in verb.subtree if t.i < verb.i
    )


def _verb_tense(verb: Any) -> Tense:
    """The tense of the clause of `verb`, from its tag, its auxiliaries and the verb it
    completes."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and _after_a_past_act(verb):
        return Tense.PAST  # "formed the government after winning elections in January"
    joined = None if auxes else _joined_to(verb)
    if joined is None and not auxes and _present_beside_a_future(verb):
        return Tense.FUTURE  # "will kick off on June 9 … and [ends] on July 9": a schedule
    if joined is not None:
        # "will meet and sign on Friday", "has fluctuated, rising to a high in June", "was
        # quoted as saying in April"
        return _verb_tense(joined)
    words = {a.lower_ for a in auxes}
    past_aux = any(a.tag_ == "VBD" for a in auxes)
    if words & FUTURE_AUX or any(c.lower_ == "going" and c.i < verb.i for c in verb.children):
        return Tense.FUTURE
    if _future_above(verb):
        return Tense.FUTURE  # "is going to start selling the chips in March"
    if ("could" in words and _negated(verb)) or (words & MODALS and "have" in words):
        # "could not be reached Wednesday", "may have been responsible for Wednesday's drop"
        return Tense.PAST
    if words & MODALS:
        return Tense.FUTURE  # "could come as early as Tuesday", "said he would leave Monday"
    head = verb.head if verb.dep_ == "xcomp" else verb
    if head is not verb and lemma(head) == "be" and head.tag_ in ("VBZ", "VBP") and "to" in words:
        return Tense.FUTURE  # "is to resume trading Tuesday" (but "was to meet later Thursday")
    head_past = head.tag_ == "VBD" or any(
        c.tag_ == "VBD" for c in head.children if c.dep_ in ("aux", "auxpass")
    )
    planned = lemma(head) in PLAN_VERBS or (verb.dep_ == "xcomp" and lemma(head) == "set")
    # "a summit set for Washington in April" (but "a record set in April")
    planned = planned or (
        lemma(head) == "set"
        and head.tag_ == "VBN"
        and any(c.lower_ == "for" for c in head.children)
        and not any(c.dep_ == "dobj" for c in head.children)  # "set the tone for them Tuesday"
    )
    if planned and _past_perfect(head):
        # "had been scheduled to expire Friday": a plan overtaken, its day may be gone or not
        return Tense.PRESENT
    if planned and not (head_past and lemma(head) in _PLANS_ONLY):
        return Tense.FUTURE  # "is scheduled for", "set to resume Monday"
    if planned and head is verb and verb.tag_ == "VBN" and past_aux:
        # "results were expected Monday": a plan told in the past, its day either side
        return Tense.PRESENT
    if planned and head is verb and any(c.dep_ == "dobj" for c in verb.children):
        # "protesters planned a rally on Saturday": the day of the thing planned, whichever
        # side of the article it falls
        return Tense.PRESENT
    if verb.tag_ == "VBD" or past_aux:
        return Tense.PAST
    if head is not verb and head.tag_ == "VBD" and lemma(head) not in _AHEAD_OF_ITSELF:
        return Tense.PAST  # "forced him to quit in May", "began to fall in March"
    if verb.tag_ == "VBN":
        # "has been arrested", "arrested Monday" (no auxiliary) are past; "is held" present
        return Tense.PRESENT if words & {"is", "are", "am", "be"} else Tense.PAST
    return Tense.PRESENT


def _after_a_past_act(verb: Any) -> bool:
    """A gerund after "after" or "since" on a verb told in the past: what it tells came before
    that act, so it is past too ("formed the government after winning elections in January").
    (Before a future act it may be either: "will rest after campaigning Sunday".)"""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in _EARLIER_WORDS:
        return False
    main = verb.head.head
    if main.i == verb.head.i or main.pos_ not in ("VERB", "AUX"):
        return False
    return main.tag_ == "VBD" or any(
        c.tag_ == "VBD" for c in main.children if c.dep_ in ("aux", "auxpass")
    )


def _joined_to(verb: Any) -> Any | None:
    """The tensed verb that an untensed one, with no auxiliary of its own, is joined to: it is
    told in that verb's tense. Not a past participle that modifies ("the decision, announced
    Wednesday, …"), nor a verb joined to another untensed one ("located 500 km away, looking
    for bombs before Christmas Eve")."""
    head = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "as":
        head = head.head  # "quoted as saying in April" (but "will rest after campaigning Sunday")
    elif not (
        (verb.dep_ == "conj" and verb.tag_ in ("VB", "VBG", "VBN"))
        or (verb.dep_ in ("advcl", "ccomp") and verb.tag_ == "VBG")  # "saw them [firing]"
    ):
        return None
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not _finite(head):
        return None
    return head


def _scheduled_present(verb: Any) -> bool:
    """A simple present of a verb of schedules ("ends on Monday", "Australia play Brazil on
    June 18", "comes into force on Monday"): in a news report's body it tells what is
    scheduled. (The verbs are a list: the tagger reads many nouns as a present tense,
    "the capital [controls] late Tuesday".)"""
    return bool(
        verb.tag_ in ("VBZ", "VBP")
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and lemma(verb) in _SCHEDULE_VERBS
    )


def _present_beside_a_future(verb: Any) -> bool:
    """A present tense joined to a verb told in the future tells a schedule: "the Cup will
    kick off on June 9 and [ends] on July 9"."""
    head = verb.head
    return bool(
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBP")
        and head.i != verb.i
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in head.children)
    )


def _finite(verb: Any) -> bool:
    """The verb shows its tense: a tensed form, an auxiliary, or a verb joined to such."""
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return _joined_to(verb) is not None


def _future_above(verb: Any) -> bool:
    """A verb that completes a future one: "will try to sell", "is going to start getting"."""
    current = verb
    for _ in range(4):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head
        if current.lower_ == "going" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in current.children
        ):
            return True
    return False


def _past_perfect(verb: Any) -> bool:
    """ "had been scheduled", "had planned", "had been due": told as over by a past time."""
    verbs = (verb, verb.head) if verb.dep_ == "acomp" else (verb,)
    return any(c.lower_ == "had" and c.tag_ == "VBD" for v in verbs for c in v.children)

"""The rules that say whether two events tell the same thing, and every threshold they use,
named in one frozen value (`Rules`, the defaults in `RULES`).

Glossary: a *retelling* is the same event told by another mention; dates *nest* when one lies
within the other (the same date included); dates are *close* when near enough to be one event
told wrongly; a *lag* is a day and the next day (time zones, a report written the day after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from timeline.edtf import Granularity, NormalizedDate
from timeline.merge.features import Profile
from timeline.merge.lexicon import CALENDAR, OFFICE_WORDS
from timeline.merge.similarity import name_overlap, overlap
from timeline.models import Event


@dataclass(frozen=True, slots=True)
class Rules:
    """Every threshold of merging, each with what it bounds."""

    same_wording: float = 0.6  # Jaccard overlap of content words that is the same telling
    shared_wording_with_actor: float = 0.15  # overlap enough beside a shared core actor
    other_acts_wording: float = 0.35  # ...and beside a shared core actor when the acts differ
    shared_names: float = 0.5  # weighted overlap of names that is mostly the same names...
    shared_names_at_least: int = 2  # ...of at least this many names
    common_name_share: float = 0.1  # a name in more of the sentences than this is common...
    common_name_weight: float = 0.25  # ...and weighs this much
    common_word_share: float = 0.1  # a stem in more of the sentences than this is the subject
    common_at_least: int = 2  # a name or stem is common only in more sentences than this
    max_bucket: int = 2000  # a name shared by more events than this (and...)
    max_bucket_share: int = 50  # ...than this fraction of all) is as common as "said"
    max_peers: int = 32  # a bucket of up to this many events gives all its pairs
    max_parts: int = 24  # parts of each merged event compared to compare two merged events
    parts_alike: float = 0.5  # share of those pairs of parts that must be alike to merge them
    max_near: int = 8  # peers on each side in a bigger bucket of words
    close_days: int = 400  # dates at year precision this far apart are close...
    close_month_days: int = 62  # ...at month precision...
    close_day_days: int = 7  # ...and at day precision
    lag_days: int = 1  # days apart that are a lag, not a disagreement
    near_count: float = 0.25  # counts this near (a share of the larger) are one count retold
    short_span_days: int = 31  # an interval this long at most is a date ("last week"), no span
    shortest_stem: int = 4  # letters a stem keeps, and that a telling word has at least
    alike_prefix: int = 5  # letters two alike words (one misspelt) share at the start...
    alike_differences: int = 3  # ...and at most one letter in this many differs
    source_bonus: float = 0.05  # confidence a merged event gains per further source
    named_keeps: float = 0.75  # share of the headline's content words a named one keeps (`naming`)
    same_headline_words: int = 4  # content words two headlines need to be one telling
    rare_share: float = 0.01  # a name or stem in more of the run's documents than this...
    rare_at_least: int = 5  # ...and in more documents than this is weak evidence (`rarity`)
    weak_wording: float = 0.15  # overlap of words that must back a shared name when it is weak
    conflict_wording: float = 0.5  # ...and when dates disagree (a conflict) without a rare one
    story_names: int = 2  # strong names two documents share to tell one story (`same_story`)


RULES = Rules()
_DAY = Granularity.DAY
_INTERVAL = Granularity.INTERVAL


def same(a: Event, b: Event, pa: Profile, pb: Profile, weights: dict[str, float]) -> bool:
    """Whether two events tell the same thing (see `timeline.merge.same_event`)."""
    if other_shares(pa, pb) or other_directions(pa, pb):
        return False  # "shares fell 9%" / "sales fell 31%", "rose" / "slipped": two movements
    if other_ages(pa, pb):
        return False  # "a 34-year-old man was arrested" / "a 19-year-old was arrested"
    if other_named_objects(pa, pb):
        return False  # "Annan appointed Ahtisaari as envoy" / "Annan appointed Gupta as adviser"
    if other_subjects(pa, pb) and not plan_done(pa, pb):
        return False  # "Li Du won the title at the Asian Games" / "Xu Kun won the gold…" (but
        # "Parliament is expected to vote" / "the minister survived a vote in the parliament")
    if not pa.sentences.isdisjoint(pb.sentences):
        return False  # one sentence's two events ("present … Thursday … vote next Tuesday")
    if a.date != b.date:
        return same_across_dates(pa, pb, a.date, b.date, a.trigger, b.trigger)
    if same_headline(pa, pb):
        return True  # "The county declared a local emergency" / "The county had declared …"
    shared_wording = overlap(pa.words, pb.words)
    if shared_wording >= RULES.same_wording:
        return not other_people(pa, pb)  # "Brandt pleaded guilty" / "Jones pleaded guilty"
    if pa.deadline or pb.deadline:
        return False  # a shared deadline is no sign of one act: only the wording is
    if same_story(pa, pb) or plan_done(pa, pb) or same_person(pa, pb):
        return True  # "Kelvaria's health ministry declared a cholera outbreak" / "The
        # ministry declared the outbreak on July 15", in two articles of one story
    if not pa.docs.isdisjoint(pb.docs) or not shared_keys(pa, pb):
        return False  # every rule below needs a shared name or actor
    same_act = same_action(pa, pb)
    if other_acts(pa, pb):  # "Ozawa was to meet Hashimoto" / "Ozawa promised to back the bill"
        return not pa.core.isdisjoint(pb.core) and shared_wording >= RULES.other_acts_wording
    wording = telling_wording(pa, pb)
    if not proven(pa, pb, wording):
        return False  # "… an AFP correspondent said" / "… told AFP": the setting, no evidence
    if not pa.core.isdisjoint(pb.core) and (same_act or wording >= RULES.shared_wording_with_actor):
        return True
    if same_act and shared_name(pa, pb):
        return True  # "Kessler resigned in August 2021" / "Kessler stepped down in August 2021"
    if not pa.places.isdisjoint(pb.places) and pa.subject is not None and pa.subject == pb.subject:
        return True  # "A magnitude 7.1 earthquake struck Peru" / "The earthquake that hit Peru"
    return share_telling_names(pa, pb, weights)


def same_story(a: Profile, b: Profile) -> bool:
    """One act told of the same thing by two documents of one story (they share
    `story_names` strong names): the same act, a subject or object with the same head word
    (the same object's, when both have one; a word of detail in common when they share no
    object), and no people, places, counts or named subjects that differ.
    Two articles of one story tell its events in their own words and names ("the ministry",
    "Kelvaria's health ministry"); an act of the same kind in another story stays apart."""
    if a.acts.isdisjoint(b.acts) or not a.docs.isdisjoint(b.docs):
        return False
    if len(a.story & b.story) < RULES.story_names or a.heads.isdisjoint(b.heads):
        return False
    if not (a.objects & b.objects) and not _shared_detail(a, b):
        return False  # "production has been cut less than announced in October" / "the
        # decision to cut production at the OPEC meeting": no detail in common
    if a.objects and b.objects and a.objects.isdisjoint(b.objects) and not (a.nominal or b.nominal):
        return False  # "declared the outbreak" / "declared a state of emergency" (but "brought
        # its lawsuit" / "sued the city": the light verb's object is the act)
    if (
        a.subject_keys
        and b.subject_keys
        and not any(_one_name(x, y) for x in a.subject_keys for y in b.subject_keys)
    ):
        return False  # "The ICM poll was carried out" / "The Channel 4 poll was carried out"
    return not (other_people(a, b) or other_places(a, b) or other_counts(a, b))


def plan_done(a: Profile, b: Profile) -> bool:
    """A plan told before it happened and the act done, by two documents of one story: the
    same act, and every head of the plan's subject and object, and what it is about
    (`aim`), named in the telling of the deed ("Parliament is expected to vote on it on
    Thursday" / "the minister survived a no-confidence vote in the parliament on Aug. 7");
    no people, places or counts that differ. A plan with no head, or about another thing
    ("is expected to vote on the fuel tax bill"), stays apart."""
    if a.planned == b.planned or a.acts.isdisjoint(b.acts) or not a.docs.isdisjoint(b.docs):
        return False
    plan, done = (a, b) if a.planned else (b, a)
    if not plan.heads or len(a.story & b.story) < RULES.story_names:
        return False
    told = done.heads | done.words | done.names
    if not all(any(word.startswith(head) for word in told) for head in plan.heads | plan.aim):
        return False
    return not (other_people(a, b) or other_places(a, b) or other_counts(a, b))


def same_person(a: Profile, b: Profile) -> bool:
    """One act told of one person, counted by age, by two documents of one story ("a
    71-year-old man in Minnesota, who died earlier this month" / "Harold Brennick, 71, who died
    on Feb. 9 at Larkspur Memorial Hospital"), no people named that differ. The age stands for
    the name one telling leaves out; the places may differ (a state, a hospital), as may the
    words around (`same_story` asks for neither)."""
    return (
        not a.ages.isdisjoint(b.ages)
        and not a.acts.isdisjoint(b.acts)
        and a.docs.isdisjoint(b.docs)
        and len(a.story & b.story) >= RULES.story_names
        and not other_people(a, b)
    )


def _shared_detail(a: Profile, b: Profile) -> bool:
    """Whether the two headlines share a word besides their heads and the act's own word (the
    first `shortest_stem` letters of a verb's lemma: "voted", "votes")."""
    size = RULES.shortest_stem
    act = a.act if a.act is not None and not a.act.startswith("#") else None
    aside = {h[:size] for h in a.heads | b.heads} | ({act[:size]} if act else set())
    return any(w[:size] not in aside for w in a.headline & b.headline)


def same_headline(a: Profile, b: Profile) -> bool:
    """One act told in the same words by two documents on one day: the headlines' content
    words are the same, and enough of them to say what happened (not "Police arrested a
    man", which many stories tell)."""
    return (
        a.act is not None
        and a.act == b.act
        and a.docs.isdisjoint(b.docs)
        and len(a.headline) >= RULES.same_headline_words
        and a.headline == b.headline
        and not a.deadline
        and not b.deadline
    )


def strong_shared(a: Profile, b: Profile) -> bool:
    """Whether the two share a name that is evidence: rare in the run, and the doer or what is
    done in one of the tellings (`features.Features.told`), not only their setting."""
    return not (a.strong | b.strong).isdisjoint(a.keys & b.keys)


def both_told(a: Profile, b: Profile) -> bool:
    """Whether a name both share is the doer or what is done in both tellings."""
    return not (a.told & b.told).isdisjoint(a.keys & b.keys)


def telling_wording(a: Profile, b: Profile) -> float:
    """The overlap of the words two tellings share but names ("AFP" has no small letter),
    weekdays (their dates are compared apart) and offices ("a minister" / "the Prime
    Minister"): "Ozawa was to meet Hashimoto on Thursday" and "On Thursday, Ozawa promised to
    back the bill" share neither act nor wording."""
    aside = a.keys | b.keys | CALENDAR | OFFICE_WORDS
    return overlap(a.words - aside, b.words - aside)


def proven(a: Profile, b: Profile, wording: float) -> bool:
    """Whether what the two share proves one event: a strong name; or a weak one (a name
    many stories of the run tell: "Bush", "Germany") as the doer or what is done in both,
    told by the same act on the same date; or some `telling_wording` besides."""
    if strong_shared(a, b) or wording >= RULES.weak_wording:
        return True
    return same_action(a, b) and both_told(a, b)


def other_counts(a: Profile, b: Profile) -> bool:
    """Whether both give counts and none of them is near one of the other's (a toll told
    again may have grown a little: "30" / "35"; "four" / "up to 30" are two events)."""
    if not (a.counts and b.counts):
        return False
    near = RULES.near_count
    return not any(abs(x - y) <= near * max(x, y) for x in a.counts for y in b.counts)


def other_ages(a: Profile, b: Profile) -> bool:
    """Whether both give the ages of the people they tell of, and none is the same: two people."""
    return bool(a.ages and b.ages and a.ages.isdisjoint(b.ages))


def other_directions(a: Profile, b: Profile) -> bool:
    """Whether one event tells a figure went up and the other that it went down."""
    return a.direction * b.direction < 0


def other_shares(a: Profile, b: Profile) -> bool:
    """Whether both events give percentages and none of them is the same."""
    return bool(a.shares and b.shares and a.shares.isdisjoint(b.shares))


def other_subjects(a: Profile, b: Profile) -> bool:
    """Whether both subjects name someone, not the same one, and neither is named in the other
    telling (but in its subject): one act told of two actors is two events, however alike the
    rest ("Samsung was sued by Apple" / "Apple sued Samsung" is one)."""
    if a.subject_name is None or b.subject_name is None:
        return False
    one, other = a.subject_name, b.subject_name
    besides_a, besides_b = a.keys - a.subject_keys, b.keys - b.subject_keys
    if _one_name(one, other):
        return False
    return not any(_one_name(one, key) for key in besides_b) and not any(
        _one_name(other, key) for key in besides_a
    )


def other_named_objects(a: Profile, b: Profile) -> bool:
    """Whether both acts are done to someone or something named, not the same, and neither's
    named in the other telling: one doer's two acts ("appointed Ahtisaari" / "appointed
    Gupta")."""
    named_a, named_b = a.objects & a.keys, b.objects & b.keys
    return bool(named_a and named_b and named_a.isdisjoint(b.keys) and named_b.isdisjoint(a.keys))


def shared_keys(a: Profile, b: Profile) -> frozenset[str]:
    """The names and actors both tell, but a word that is in each only part of a longer name,
    and of two names that are not one ("ministry" of "the Health Ministry" and "the Agriculture
    Ministry"; but "the Health Ministry" and "the Ministry of Health" are one)."""
    return frozenset(k for k in a.keys & b.keys if not _parts_of_two_names(k, a.keys, b.keys))


def _parts_of_two_names(key: str, keys_a: frozenset[str], keys_b: frozenset[str]) -> bool:
    words = set(key.split())

    def longer(keys: frozenset[str]) -> list[str]:
        return [k for k in keys if k != key and words < set(k.split())]

    in_a, in_b = longer(keys_a), longer(keys_b)
    if not (in_a and in_b):
        return False
    return not any(_one_name(x, y) for x in in_a for y in in_b)


def _one_name(one: str, other: str) -> bool:
    """The same name as articles write it: one the other's words in part ("general motors" /
    "general motors co"), or its initials ("gm")."""
    words, other_words = set(one.split()), set(other.split())
    if words <= other_words or other_words <= words:
        return True
    initials = {"".join(w[:1] for w in name.split()) for name in (one, other)}
    return one.replace(".", "") in initials or other.replace(".", "") in initials


def other_acts(a: Profile, b: Profile) -> bool:
    """Two acts news does not use for one another ("met" / "promised", "mounted" / "agreed"):
    on one day, an actor often does both. (Saying and being are no act: they may retell any.)"""
    return bool(a.acts and b.acts) and a.acts.isdisjoint(b.acts)


def same_action(a: Profile, b: Profile) -> bool:
    """The same act: one trigger, two verbs news uses for one act ("resigned", "stepped down"),
    or the event noun a light verb takes ("filed for Chapter 11 protection" / "filed for
    bankruptcy"). Saying (or being) is no act here: a person quoted on two days, or two
    people "saying", are as often two statements as one, and news says "said" in every other
    sentence. A deciding verb tells two acts: "voted to approve" is the approval too."""
    return not a.acts.isdisjoint(b.acts)


def shared_name(a: Profile, b: Profile) -> bool:
    """A name other than a place's, or a person's surname, in both events."""
    return bool((a.names & b.names) - a.place_words - b.place_words) or not a.people.isdisjoint(
        b.people
    )


def share_telling_names(a: Profile, b: Profile, weights: dict[str, float]) -> bool:
    """Mostly the same names, and not only people's or places' ("Springfield" and a person
    appear in many different events)."""
    shared = a.names & b.names
    return bool(shared - a.ordinary_words - b.ordinary_words) and (
        name_overlap(a.names, b.names, weights, RULES.shared_names_at_least) >= RULES.shared_names
    )


def same_across_dates(
    pa: Profile,
    pb: Profile,
    date_a: NormalizedDate,
    date_b: NormalizedDate,
    trigger_a: str | None,
    trigger_b: str | None,
) -> bool:
    """Different dates from different documents are one event only when the texts tell the
    same act about the same name: then a date that holds the other ("the 1980s", "1985";
    "in March", "on March 13") or a day and the next (`lag`) is one event at the finer date,
    and dates that disagree a little are kept as conflicts when the very verb is the same.
    Recurring events ("raised rates in March 2022" / "in July 2023", "won the seat again")
    and acts that share only a deadline stay apart."""
    if not may_retell(pa, pb) or not same_action(pa, pb) or pa.deadline or pb.deadline:
        return False
    if other_counts(pa, pb):
        return False  # "killed four militants" Tuesday / "killed up to 30 fighters" this week
    if same_story(pa, pb) and (
        nested(date_a, date_b) or nested(date_b, date_a) or lag(date_a, date_b)
    ):
        return True  # "dismissed the province's health director on Friday" / "the former
        # provincial health director was sacked in August"
    if (plan_done(pa, pb) or same_person(pa, pb)) and (
        nested(date_a, date_b) or nested(date_b, date_a)
    ):
        return True  # "faces a vote of confidence on April 11" / "was voted out in April"; "A
        # 71-year-old man in Minnesota died earlier this month" / "Brennick, 71, died on Feb. 9"
    if not shared_keys(pa, pb) or (pa.core.isdisjoint(pb.core) and not shared_name(pa, pb)):
        return False  # "the Health Ministry" / "Morocco's Agriculture Ministry": no name shared
    if not proven(pa, pb, telling_wording(pa, pb)):
        return False  # "Moslem properties" / "a camp for Moslem pilgrims": a setting word
    if not about_a_subject(pa, pb):
        return False  # "the Italian government rejected the EU budget" / "voters rejected the EU…"
    spans = span(date_a) or span(date_b)  # "since 2003": a span, no date
    if spans and span(date_a) != span(date_b) and date_a.start == date_b.start:
        return True  # "has been fighting cancer since 2004" / "fought cancer in 2004"
    if not spans and (nested(date_a, date_b) or nested(date_b, date_a)):
        return True  # "convicted on Wednesday (March 13)" / "convicted in March"
    if lag(date_a, date_b):  # one act a day apart, in one place: not Washington and Jordan
        return not other_places(pa, pb)
    # dates that disagree: the very same verb about the same rare name, a little apart
    if trigger_a != trigger_b or not close(date_a, date_b):
        return False
    if later_plan(pa, pb, date_a, date_b):
        return False  # "voted on Thursday" / "will vote on the text next Tuesday": another vote
    if overlap(pa.words, pb.words) >= RULES.conflict_wording:
        return True
    # a rare name and two dates the texts tell ("Chirac called Friday for…" / an undated
    # "Chirac called on Blair…" four days later: two calls)
    if not (pa.undated or pb.undated):
        return strong_shared(pa, pb)
    # a publication date does not disagree either: an act news names as such (a family of
    # `acts.toml`, not "called" twice) by a doer or of a thing both name ("While introducing
    # iPhone 4, Jobs…", undated / "iPhone 4 was introduced by Jobs less than two weeks ago")
    return specific(pa) and both_told(pa, pb)


def later_plan(a: Profile, b: Profile, date_a: NormalizedDate, date_b: NormalizedDate) -> bool:
    """Whether one telling is a plan dated after the other's deed: an act to come again, not
    the one done (`plan_done` is the plan that the deed fulfils, at a date that holds)."""
    if a.planned == b.planned:
        return False
    plan, deed = (date_a, date_b) if a.planned else (date_b, date_a)
    return plan.start > deed.end


def specific(a: Profile) -> bool:
    """Whether the event's act is one of the families news uses for one act (`acts.toml`:
    resigned, arrested, introduced…), not a verb as general as "call" or "meet"."""
    return a.act is not None and a.act.startswith("#")


def about_a_subject(a: Profile, b: Profile) -> bool:
    """Whether what the two tellings share is who acted in one of them: a name both only
    mention ("… candidate for EU membership" / "… calls to any EU country") ties no act."""
    if not (a.subject_keys or b.subject_keys):
        return True  # no subject named: the rules above decide
    shared = (a.keys & b.keys) | (a.names & b.names)
    told = a.subject_keys | b.subject_keys
    return any(_one_name(key, name) for key in shared for name in told)


def may_retell(a: Profile, b: Profile, strict: bool = False) -> bool:
    """What any two events on different dates need to be one: other documents, nothing said
    to happen again, and numbers that do not differ ("iPhone 14" / "iPhone 15", "52-48" /
    "50-50"): the same, or (unless `strict`) given by one telling only ("… Ole Mjoes 60
    years after the United States dropped two atomic bombs" / "were bombed in 1945")."""
    if not a.docs.isdisjoint(b.docs) or a.again or b.again or other_ages(a, b):
        return False
    return a.numbers == b.numbers or not (strict or (a.numbers and b.numbers))


def other_people(a: Profile, b: Profile) -> bool:
    """Both name people, and none of them the same."""
    return bool(a.people and b.people and a.people.isdisjoint(b.people))


def other_places(a: Profile, b: Profile) -> bool:
    """Both name places, none of them the same, and neither's places named in the other
    telling ("Velta" taken for a place in one, and named as the company in the other)."""
    return bool(
        a.places
        and b.places
        and a.places.isdisjoint(b.places)
        and a.places.isdisjoint(b.keys)
        and b.places.isdisjoint(a.keys)
    )


def span(date: NormalizedDate) -> bool:
    """A span of activity ("since 2003", "1991-1995"), not a date told coarsely: an interval
    longer than `short_span_days` ("last week", "August 6 and 9" are dates)."""
    return date.granularity == _INTERVAL and date.days > RULES.short_span_days


def nested(inner: NormalizedDate, outer: NormalizedDate) -> bool:
    """`inner` lies within `outer` (the same date included)."""
    return outer.start <= inner.start and inner.end <= outer.end


def lag(a: NormalizedDate, b: NormalizedDate) -> bool:
    """Two days, or a day and a short interval ("last week"), at most `lag_days` apart: one
    event told from two time zones, or by a report written the day after ("on Tuesday" /
    "on Wednesday")."""
    if a.granularity != _DAY and b.granularity != _DAY:
        return False
    if span(a) or span(b) or not {a.granularity, b.granularity} <= {_DAY, _INTERVAL}:
        return False
    gap = max(a.start, b.start) - min(a.end, b.end)
    return gap <= timedelta(days=RULES.lag_days)


def close(a: NormalizedDate, b: NormalizedDate) -> bool:
    """Dates near enough to be one event told wrongly rather than two: a year, two months or a
    week apart at most, by the coarser of their precisions."""
    gap = abs((a.start - b.start).days)
    coarse = max(a.days, b.days)
    if coarse >= 365:
        return gap <= RULES.close_days
    return gap <= (RULES.close_month_days if coarse >= 28 else RULES.close_day_days)

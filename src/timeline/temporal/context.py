"""Checks of the text around a match, for forms that are also ordinary words ("May", "fall",
a bare number): each takes the text and the match's offsets and says whether the match is a
time expression. Their word lists are data (temporal/data/context.toml)."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal.vocabulary import alternation
from timeline.wordlists import word_lists

Accept = Callable[[str, int, int], bool]


_CONTEXT = word_lists("timeline.temporal", "context")  # what each list holds: the file's comments
_CUES = _CONTEXT["cues"]
_DETERMINERS = _CONTEXT["determiners"]
_FUNCTION_WORDS = _CONTEXT["function_words"]
_BEFORE_A_DATE = _CONTEXT["before_a_date"]
_GAME_WORDS = _CONTEXT["game_words"]
# Characters either side of a quarter searched for a word of a game's clock.
_GAME_WINDOW = 160
_QUARTER_FINAL = re.compile(r"[\s-]*finals?\b", re.IGNORECASE)
COUNT_NOUNS = alternation(sorted(_CONTEXT["count_nouns"]))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([A-Za-z]+)")
# After a number: it counted something ("rose in March 2 to 3 percent").
NOT_A_COUNT = rf"(?!\s*%)(?!\s+(?:percent|per\s+cent|million|billion|{COUNT_NOUNS})\b)"
STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|place|pl|parkway|"
    r"pkwy|court|ct|highway|hwy|route|terrace|plaza|square|sq)\b"
)


def _word_before(text: str, start: int) -> str:
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before.group(1).lower() if before else ""


def after_cue(text: str, start: int, end: int) -> bool:
    """A month or season name counts only after a word that introduces a date ("in", "since"),
    or when it carries its own modifier ("early", "the end of"); not "to fall", "vowed to
    march"."""
    own = re.sub(r"^the\s+", "", text[start:end], flags=re.IGNORECASE)
    if len(re.split(r"[\s-]+", own)) > 1 or text[end : end + 2] in ("'s", "’s"):
        return True
    before = _word_before(text, start)
    if before in _CUES:
        return True
    # "the October slaying", "a June agreement": a date that describes the noun after it
    after = _WORD_AFTER.match(text, end)
    return (
        before in _DETERMINERS
        and after is not None
        and text[end : after.start(1)] == " "
        and after.group(1).islower()
        and after.group(1) not in _FUNCTION_WORDS
        and after.group(1) not in _CUES
    )


def not_a_modifier(text: str, start: int, end: int) -> bool:
    """Not "the fall of Kabul", "the summer camp", "spring break": a season followed by "of"
    or by a noun it describes."""
    after = _WORD_AFTER.match(text, end)
    if after is None or text[end : after.start(1)].strip():
        return True
    following = after.group(1).lower()
    return following != "of" and (following in _FUNCTION_WORDS or following in _CUES)


def not_a_count_or_code(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is not a year after "about", "some", "Room", "No.", or a code
    such as "HB 2020"."""
    before = text[max(0, start - 16) : start]
    if re.search(
        r"(?:\b(?:about|some|nearly|almost|approximately|around|roughly|over|than|least|"
        r"room|no|number|nos?|flight|route|page|pages|chapter|section|article|model|"
        r"patent|case|bill|suite|apt|unit|channel|exit|highway|interstate|i)\.?|#)\s*$",
        before,
        re.IGNORECASE,
    ):
        return False
    return not re.search(r"\b[A-Z]{2,4}\s*-?\s*$", before)


def may_is_capitalised(text: str, start: int, end: int) -> bool:
    """ "may 4" is the verb more often than the date; "May 4" is the date."""
    found = text[start:end]
    return not (found[:3].lower() == "may" and not found.startswith("May"))


def not_a_name(text: str, start: int, end: int) -> bool:
    """ "May" is a month only when capitalised; a capitalised weekday or month followed by a
    capitalised word is part of a name ("Friday Harbor", "April Ryan"), unless a word that
    introduces a date comes before it ("On Thursday Peru's Congress…", "said Monday Brad…")."""
    if not may_is_capitalised(text, start, end):
        return False
    found = text[start:end]
    after = text[end : end + 2]
    named = len(after) == 2 and after[0] == " " and after[1].isupper() and found.istitle()
    return not named or _word_before(text, start) in _BEFORE_A_DATE


def after_duration_cue(text: str, start: int, end: int) -> bool:
    """Bare "weeks", "years" is a duration after "for", "within", "in"…: "within weeks"."""
    return _word_before(text, start) in (
        "for",
        "within",
        "in",
        "over",
        "after",
        "before",
        "during",
        "took",
        "lasted",
        "spent",
    )


def not_a_rate(text: str, start: int, end: int) -> bool:
    """ "A week" is a duration in "for a week" but a rate in "four flights a week"."""
    if not re.match(r"an?\s", text[start:end], re.IGNORECASE):
        return True
    before = _word_before(text, start)
    return not before or before in _CUES or before in _FUNCTION_WORDS or before in (
        "about", "nearly", "almost", "than", "only", "just", "barely", "least", "within", "ago",
        "took", "spent", "lasted", "takes", "take", "half", "him", "her", "them", "us", "me",
        "it", "gave", "give", "offered", "given",
    )  # fmt: skip


def not_quarterly_figures(text: str, start: int, end: int) -> bool:
    """ "Quarterly" before a noun names a kind of report, not a set of times: "its quarterly
    dividend", "quarterly results" (TimeBank leaves them untagged); "paid quarterly" is a set."""
    if text[start:end].lower() != "quarterly":
        return True
    after = _WORD_AFTER.match(text, end)
    return (
        after is None
        or text[end : after.start(1)] != " "
        or not after.group(1).islower()
        or after.group(1) in _FUNCTION_WORDS
        or after.group(1) in _CUES
    )


_OF_PERIOD = re.compile(
    r"\b(?:months?|weeks?|days?|half|quarters?|part|rest|remainder|end|start|beginning|middle|"
    r"close|course|time|balance)\s+of\s*$",
    re.IGNORECASE,
)


def not_a_game_quarter(text: str, start: int, end: int) -> bool:
    """A quarter of the calendar, not of a game: not a "quarter-final", and, without a year of
    its own, not near a word of a game's clock ("a touchdown late in the first quarter")."""
    if _QUARTER_FINAL.match(text, end):
        return False
    if re.search(r"\d", text[start:end]):
        return True
    window = text[max(0, start - _GAME_WINDOW) : end + _GAME_WINDOW].lower()
    return not any(w in _GAME_WORDS for w in re.findall(r"[a-z][a-z-]*", window))


_OWNED = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|'s|’s)\s+$", re.IGNORECASE)


def not_a_score(text: str, start: int, end: int) -> bool:
    """A century of the calendar, not a batsman's hundred runs: "his fifth century in eight
    Tests", "Ponting's 33rd century" (a century someone owns is a score)."""
    return not _OWNED.search(text[max(0, start - 12) : start])


def not_a_preposition(text: str, start: int, end: int) -> bool:
    """ "The following Tuesday" is a day; "following" with no article is the preposition:
    "praised following Tuesday's raid", "resigned following Monday's vote"."""
    return not text[start:end].lower().startswith("following")


def before_ended(text: str, start: int, end: int) -> bool:
    """ "The year ended Sept. 30": a year's length, whichever year it was."""
    return re.match(r"\s+(?:ended|ending)\b", text[end : end + 8]) is not None


def before_a_word(text: str, start: int, end: int) -> bool:
    """ "Current" describes the word after it ("current market conditions"); not the noun."""
    return re.match(r"\s+[a-z]", text[end : end + 3]) is not None


def not_an_award(text: str, start: int, end: int) -> bool:
    """ "The year" after "of" is a time in "nine months of the year", not in "player of the
    year" or "the deal of the year"."""
    if not text[start:end].lower().startswith("the"):
        return True
    before = text[max(0, start - 24) : start]
    return not re.search(r"\bof\s*$", before, re.IGNORECASE) or bool(_OF_PERIOD.search(before))


def not_a_fraction(text: str, start: int, end: int) -> bool:
    """ "Three-quarters of its food", "more than a quarter of the market": a share, not a time
    ("the first three quarters of the year" is one)."""
    found = text[start:end].lower()
    if not re.search(r"\b(?:an?|one|two|three)[\s-]+quarters?$", found) or re.search(
        r"\b(?:first|last|past|next|previous|final|remaining|coming)\b", found
    ):
        return True
    return re.match(r"\s+of\b", text[end : end + 4]) is None


def not_an_ordinal(text: str, start: int, end: int) -> bool:
    """ "A second betrayal", "a second term": the ordinal, not one second."""
    if not re.fullmatch(r"an?\s+second", text[start:end], re.IGNORECASE):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None or text[end : after.start(1)] != " ":
        return True
    following = after.group(1).lower()
    return following in _FUNCTION_WORDS or following in _CUES or following in (
        "later", "earlier", "ago", "longer", "or", "more", "too", "late",
    )  # fmt: skip


def not_a_title(text: str, start: int, end: int) -> bool:
    """ABC's "This Week", CBS's "60 Minutes": a capitalised title in quotation marks."""
    words = re.findall(r"[A-Za-z]+", text[start:end])
    quoted = re.search(r"(?:[\"“‘`]|'')\s?$", text[max(0, start - 3) : start]) is not None
    return not (quoted and words and all(w[0].isupper() for w in words))


def not_high_noon(text: str, start: int, end: int) -> bool:
    """ "High noon", the film and the figure of speech, is no time of day."""
    return _word_before(text, start) != "high" or not text[start:end].lower().startswith("noon")


def month_is_capitalised(text: str, start: int, end: int) -> bool:
    """ "this march" is a protest march; news writes the months with a capital."""
    return re.search(r"\b(?:march|may)\b", text[start:end]) is None


def after_a_modal(text: str, start: int, end: int) -> bool:
    """ "will one day be": some day ahead."""
    return (
        re.search(
            r"(?:\b(?:will|would|could|might|may|can|should|must|shall|to)|'ll)\s+$",
            text[max(0, start - 12) : start],
            re.IGNORECASE,
        )
        is not None
    )


def after(word: str) -> Accept:
    """Only right after `word`: "in the morning", "for a while"."""
    return lambda text, start, end: _word_before(text, start) == word


def both(*checks: Accept) -> Accept:
    return lambda text, start, end: all(check(text, start, end) for check in checks)

"""The rules of the fast path: each one recognises a form of time expression and reads it.

A rule is a regular expression (compiled once, case-insensitive), an optional check of the
text around a match, and a reader that turns the match into a `Reading` against a `Context`.
Recognition runs every rule over the text and keeps the longest non-overlapping matches;
normalisation reads one expression with the first rule that matches all of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal.context import (
    COUNT_NOUNS,
    NOT_A_COUNT,
    STREET,
    Accept,
    after,
    after_a_modal,
    after_cue,
    after_duration_cue,
    before_a_word,
    before_ended,
    both,
    may_is_capitalised,
    month_is_capitalised,
    not_a_count_or_code,
    not_a_fraction,
    not_a_game_quarter,
    not_a_modifier,
    not_a_name,
    not_a_preposition,
    not_a_rate,
    not_a_score,
    not_a_title,
    not_an_award,
    not_an_ordinal,
    not_high_noon,
    not_quarterly_figures,
)
from timeline.temporal.holidays import HOLIDAY
from timeline.temporal.keywords import FOLD, KeywordIndex, keyword_sets
from timeline.temporal.numbers import NUMBER, WORD_YEAR
from timeline.temporal.readers import (
    PARTS_OF_DAY,
    Reader,
    Reading,
    make_composite_readers,
    read_ago,
    read_century,
    read_day,
    read_day_range,
    read_decade,
    read_duration,
    read_duration_one,
    read_duration_vague,
    read_following,
    read_half,
    read_holiday,
    read_in_the_day,
    read_later,
    read_latest_quarter,
    read_month,
    read_month_day,
    read_month_of_relative_year,
    read_month_range,
    read_month_year,
    read_new_year,
    read_part_of_day,
    read_past_unit,
    read_quarter,
    read_relative_half,
    read_relative_month,
    read_relative_season,
    read_relative_unit,
    read_relative_weekday,
    read_relative_year_quarter,
    read_season,
    read_season_year,
    read_set,
    read_some_day,
    read_this_period,
    read_this_year,
    read_time,
    read_today,
    read_vague,
    read_weekday,
    read_weekday_set,
    read_weekend,
    read_year,
    read_year_ago_period,
    read_year_period,
    read_year_range,
)
from timeline.temporal.resolve import Context
from timeline.temporal.vocabulary import (
    DAY,
    DAY_WORD,
    DECADE_WORDS,
    FULL_MONTHS,
    MONTH,
    NUM_END,
    NUM_START,
    ORDINAL,
    PART,
    SEASON,
    THIS_LAST_NEXT,
    UNIT,
    WEEKDAY,
    YEAR,
    alternation,
)

__all__ = ["RULES", "Reading", "Rule", "read_expression"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader
    accept: Accept | None = None
    # a cheap pattern found in every match: the rule is not run over a text without it
    requires: re.Pattern[str] | None = None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# the rules

WD = rf"(?:(?:{THIS_LAST_NEXT}\s+)?{WEEKDAY},?\s+)?"
DAYISH_SIMPLE = rf"(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)"
MONTH_FULL = alternation(FULL_MONTHS)
ANY_YEAR = rf"(?:{YEAR}|{WORD_YEAR})"
# A full date may be older than the years read alone ("October 12, 1492,"), unless a word
# follows that makes the number a count ("on March 5, 1200 workers struck").
DATE_YEAR = rf"(?:{ANY_YEAR}|1[0-5]\d\d(?!\s+(?-i:[a-z])))"
PART_OF_DAY = alternation(PARTS_OF_DAY)
APPROX = (
    r"(?:(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|"
    r"no\s+more\s+than|no\s+less\s+than|over|under|some)\s+)"
)
CLOCK = (
    rf"(?:{NUM_START}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC)\b)?|\b(?:noon|midday|midnight)\b)"
)
CLOCK_ZONE = r"(?:GMT|UTC|hours\b|hrs\b|local\s+time\b)"  # after a 24-hour clock time: "0830 GMT"
CLOCK_ANYWHERE = _compile(CLOCK)  # texts without a clock time skip the rules that need one

# A row: the rule's name, its pattern, its reader and its check of the words around (None:
# it has none). The order matters: reading tries the rules in it, and `DATEISH` joins them in it.
DATE_RULES: tuple[Rule, ...] = (
    Rule("iso_date", _compile(rf"{NUM_START}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){NUM_END}"), read_day, None),
    Rule("numeric_date", _compile(rf"{NUM_START}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR}|\d\d){NUM_END}"), read_day, None),
    Rule("day_range", _compile(rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?:[-–—]|to|through|and)\s*(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?{NUM_END}{NOT_A_COUNT}"), read_day_range, None),
    Rule("month_day_year", _compile(rf"{WD}(?:{PART})?(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{DATE_YEAR}){NUM_END}"), read_day, None),
    Rule("day_month_year", _compile(rf"{WD}(?:the\s+)?{NUM_START}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{DATE_YEAR}){NUM_END}"), read_day, None),
    Rule("month_range", _compile(rf"(?P<m1>{MONTH})\s*(?:[-–—]|to|through|and)\s*(?P<m2>{MONTH}),?\s+(?P<y>{YEAR}){NUM_END}"), read_month_range, None),
    Rule("month_year", _compile(rf"(?:{PART})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{ANY_YEAR}){NUM_END}"), read_month_year, None),
    Rule("month_day", _compile(rf"{WD}(?:{PART})?(?P<mon>{MONTH})\s+(?P<d>{DAY}|{DAY_WORD}){NUM_END}(?!,?\s*{DATE_YEAR}{NUM_END})"), read_month_day, may_is_capitalised),
    Rule("day_month", _compile(rf"{WD}(?:the\s+)?{NUM_START}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH_FULL})\b(?!,?\s*{DATE_YEAR}{NUM_END})"), read_month_day, may_is_capitalised),
    Rule("season_year", _compile(rf"(?:{PART})?(?:the\s+)?(?P<s>{SEASON})(?:\s+of)?,?\s+(?P<y>{ANY_YEAR}){NUM_END}"), read_season_year, None),
    Rule("quarter", _compile(rf"(?:the\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter(?:(?:\s+of)?\s+(?:fiscal\s+)?(?P<y>{YEAR}))?\b"), read_quarter, not_a_game_quarter),
    Rule("quarter_code", _compile(rf"\bQ(?P<q>[1-4])(?:\s*(?P<y>{YEAR}|['’]\d\d))?{NUM_END}"), read_quarter, None),
    Rule("fiscal_year_code", _compile(r"\bFY\s?(?P<y>(?:19|20)\d\d|['’]?\d\d)\b"), read_year, None),
    Rule("year_ago_period", _compile(r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year[\s-]+ago|year[\s-]+earlier|prior[\s-]+year|previous[\s-]+year)\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:quarter|period)\b|\b(?:year[\s-]+ago|year[\s-]+earlier)\b|\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b"), read_year_ago_period, None),
    Rule("year_period", _compile(rf"\bthe\s+(?P<y>{YEAR})\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:quarter|period)\b"), read_year_period, None),
    Rule("relative_year_quarter", _compile(r"\b(?P<rel>last|this|next)\s+year['’]s\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?quarter\b"), read_relative_year_quarter, None),
    Rule("latest_quarter", _compile(r"\bthe\s+(?:(?:latest|most\s+recent|recent|current|just[\s-]+(?:ended|completed))\s+)?(?:fiscal\s+)?quarter\b(?!\s+(?:of|century))|\bthe\s+(?:latest|most\s+recent)\s+period\b"), read_latest_quarter, not_a_game_quarter),
    Rule("relative_half", _compile(r"\b(?:the\s+)?(?P<h>first|second|1st|2nd|latter)\s+half\s+of\s+(?P<rel>this|last|next)\s+year\b|\b(?P<rel2>last|this|next)\s+year['’]s\s+(?P<h2>first|second)\s+half\b"), read_relative_half, None),
    Rule("half", _compile(rf"(?:the\s+)?(?P<h>first|second|1st|2nd|latter|last)\s+half\s+of\s+(?P<y>{YEAR}){NUM_END}"), read_half, None),
    Rule("year_range", _compile(rf"{NUM_START}(?P<a>{YEAR})\s*[-–—]\s*(?P<b>{YEAR}|\d\d){NUM_END}"), read_year_range, None),
    Rule("decade", _compile(rf"(?:the\s+)?(?:(?:early|mid|late|gradual)[\s-]*)?{NUM_START}(?P<dec>1[0-9]\d0|20\d0)['’]?s\b"), read_decade, None),
    Rule("decade_short", _compile(r"(?:the\s+)?(?:(?:early|mid|late|gradual)[\s-]*)?['’](?P<dd>\d0)s\b"), read_decade, None),
    Rule("decade_word", _compile(rf"(?:the\s+(?:(?:early|mid|late|gradual)[\s-]*)?|\b(?:early|mid|late|gradual)[\s-]*)(?P<dw>{alternation(DECADE_WORDS)})\b"), read_decade, None),
    Rule("century", _compile(rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?P<c>{ORDINAL})[\s-]+century\b"), read_century, not_a_score),
    Rule("year", _compile(
        rf"(?:{PART})?(?:(?:the\s+)?(?:fiscal\s+)?year\s+|fiscal\s+|FY\s*)?{NUM_START}(?P<y>{YEAR}){NUM_END}"
        rf"(?!\s+(?:{COUNT_NOUNS})\b)(?!\s+(?-i:[NSEW])\.?\s)(?!\s+\w+\.?\s+{STREET})"
        rf"(?!\s+{CLOCK_ZONE})"  # "at 1925 GMT": a clock time, not a year
    ), read_year, not_a_count_or_code),
    Rule("word_year", _compile(rf"(?:{PART})?(?:\bthe\s+year\s+)?\b(?P<y>{WORD_YEAR})\b(?![\s-]+(?:\w+[\s-]+)?(?:{COUNT_NOUNS}|percent|dollars|cents|million|billion)\b)"), read_year, None),
    Rule("relative_month", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<mon>{MONTH_FULL})\b"), read_relative_month, month_is_capitalised),
    Rule("relative_weekday", _compile(rf"\b(?:the\s+)?(?P<rel>{THIS_LAST_NEXT}|previous|following)\s+(?P<wd>{WEEKDAY})\b"), read_relative_weekday, not_a_preposition),
    Rule("relative_season", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<s>{SEASON})\b"), read_relative_season, None),
    Rule("relative_unit", _compile(rf"(?:{PART})?\b(?P<rel>{THIS_LAST_NEXT})\s+(?P<unit>week|weekend|month|quarter|year|decade|century)\b"), read_relative_unit, not_a_title),
    Rule("today", _compile(rf"(?:{PART})?\b(?P<w>yesterday|today|tomorrow|tonight|last\s+night)(?:\s+(?P<p>{PART_OF_DAY}))?\b"), read_today, None),
    Rule("part_of_day", _compile(r"\b(?:early|late|mid)[\s-]*(?P<p>morning|afternoon|evening)(?:\s+(?P<w>yesterday|today|tomorrow))?\b(?!\s+of\b)"), read_part_of_day, None),
    Rule("the_part_of_day", _compile(r"\bthe\s+(?P<p2>morning|afternoon|evening)\b(?!\s+of\b)"), read_part_of_day, after("in")),
    Rule("new_year", _compile(r"\bthe\s+new\s+year\b(?!['’]s|\s+(?:day|eve|holidays?|celebrations?|festivities|party|parties|resolutions?|message|address|honou?rs|break|period|revellers|festivals?|fair|market|greetings?|wishes)\b)"), read_new_year, None),
    Rule("this_morning", _compile(r"(?:(?:early|late|later|earlier)\s+)?\b(?P<w>this)\s+(?P<p>morning|afternoon|evening)\b"), read_today, None),
    Rule("ago", _compile(rf"{APPROX}?{NUM_START}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence)\b"), read_ago, None),
    Rule("later", _compile(rf"{NUM_START}(?P<n>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?:(?P<dir>later|earlier|afterwards?|prior)\b(?!\s+than\b)|(?P<dir2>before|after)\b(?=\s*(?:[,.;:)]|$|and\b|when\b)))"), read_later, None),
    Rule("following", _compile(rf"(?:{PART})?(?:\bthe\s+(?:very\s+)?(?P<which>following|next|previous|preceding|prior|same)|\bthat)\s+(?P<unit>day|week|weekend|month|quarter|year|morning|afternoon|evening|night)\b"), read_following, None),
    Rule("month_of_relative_year", _compile(rf"\b(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b|{WD}(?P<mon2>{MONTH})\s+(?P<d>{DAY}),?\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year\b"), read_month_of_relative_year, None),
    Rule("year_end", _compile(r"\b(?:(?:the\s+)?(?:end|close)\s+of\s+the\s+year|year['’]?s?[\s-]+end|the\s+(?:full\s+|current\s+(?:fiscal\s+)?|fiscal\s+)?year\b(?!\s+(?:ended|ending|before|after|earlier|later|ago|two|when|in\s+which)\b|\s+\d|[\s-]+(?:ago|earlier)\b|-(?:ending|end|long|old|round)\b|['’]))\b"), read_this_year, not_an_award),
    Rule("period_end", _compile(r"\b(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+the\s+(?P<unit>month|week|quarter)\b"), read_this_period, None),
    Rule("year_ended", _compile(r"\bthe\s+(?:(?:current\s+)?fiscal\s+)?(?P<unit>year)\b"), read_duration_one, before_ended),
    Rule("past_year", _compile(r"\bthe\s+(?:past|last|latest|most\s+recent)\s+(?:fiscal\s+)?(?P<unit>year)\b|\bthe\s+past\s+(?P<unit2>decade|century)\b"), read_past_unit, None),
    Rule("weekend", _compile(r"\bthe\s+weekend\b"), read_weekend, None),
    Rule("holiday", _compile(rf"(?:{PART})?(?:\b(?P<rel>{THIS_LAST_NEXT})\s+)?\b(?P<hol>{HOLIDAY})\b(?P<wk>\s+week\b)?(?:,?\s+(?P<y>{ANY_YEAR}){NUM_END})?"), read_holiday, None),
    Rule("weekday", _compile(rf"(?:{PART})?\b(?P<wd>{WEEKDAY})(?:\s+(?P<p>{PART_OF_DAY}))?\b(?!s\b)"), read_weekday, not_a_name),
    Rule("month", _compile(rf"(?:{PART})?\b(?P<mon>{MONTH_FULL})\b(?!\s*\d)"), read_month, both(after_cue, not_a_name, month_is_capitalised)),
    Rule("season", _compile(rf"(?:{PART})?(?:\bthe\s+)?\b(?P<s>{SEASON})\b(?!\s*\d)"), read_season, both(after_cue, not_a_modifier)),
)  # fmt: skip


def _anonymous(pattern: re.Pattern[str]) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)


DATEISH = "(?:" + "|".join(_anonymous(r.pattern) for r in DATE_RULES) + ")"
DAYISH = (
    "(?:"
    + "|".join(
        _anonymous(r.pattern)
        for r in DATE_RULES
        if r.name
        in (
            "month_day_year",
            "day_month_year",
            "month_day",
            "day_month",
            "today",
            "weekday",
            "relative_weekday",
            "iso_date",
            "numeric_date",
        )
    )
    + ")"
)
_COMPOSITE = make_composite_readers(
    lambda text, context: read_expression(text, context, dates_only=True)
)

OTHER_RULES: tuple[Rule, ...] = (
    Rule("between", _compile(rf"\bbetween\s+(?P<a>{DATEISH})\s+and\s+(?P<b>{DATEISH})"), _COMPOSITE["between"]),
    Rule("from_to", _compile(rf"\bfrom\s+(?P<a>{DATEISH})\s*(?:to|through|thru|until|till|[-–—])\s*(?P<b>{DATEISH})"), _COMPOSITE["between"]),
    Rule("since", _compile(rf"\b(?:ever\s+)?since\s+(?P<a>{DATEISH})"), _COMPOSITE["since"]),
    Rule("day_before", _compile(rf"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?P<day>{DAYISH})"), _COMPOSITE["day_before"]),
    Rule("week_of", _compile(rf"\bthe\s+week\s+of\s+(?P<day>{DAYISH_SIMPLE})"), _COMPOSITE["week_of"]),
    Rule("time_then_day", _compile(rf"{CLOCK}\s*,?\s+(?:on\s+)?(?P<day>{DAYISH})"), _COMPOSITE["time_and_day"], requires=CLOCK_ANYWHERE),
    Rule("day_then_time", _compile(rf"(?P<day>{DAYISH})\s*,?\s+(?:at\s+)?{CLOCK}"), _COMPOSITE["time_and_day"], requires=CLOCK_ANYWHERE),
    Rule("some_day", _compile(r"\bone\s+day\b"), read_some_day, after_a_modal),
    Rule("in_the_day", _compile(r"\b(?:later|earlier)\s+in\s+the\s+day\b"), read_in_the_day),
    Rule("duration", _compile(
        rf"(?:\b(?:the\s+)?(?:last|past|next|first|previous|coming|following|final|remaining)\s+|\bthe\s+(?=[\w.,]+\s)|\b(?:an?\s+)?(?:extra|additional|another|further)\s+|\b{APPROX})?{NUM_START}"
        rf"(?!{YEAR}\s+(?:fiscal\s+)?(?:quarter|period)\b)(?P<n>{NUMBER})[\s-]+(?:more\s+|full\s+|straight\s+|consecutive\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+long)?\b(?![\s-]*old\b)(?!-quarters?\b)"
    ), read_duration, both(not_a_rate, not_a_fraction, not_an_ordinal, not_a_title)),
    Rule("duration_recent", _compile(r"\b(?:recent|fresh|coming)\s+(?P<unit>years|months|weeks|days|decades|quarters)\b"), read_duration),
    Rule("duration_added", _compile(rf"\ban?\s+(?:extra|additional|further)\s+(?P<unit>{UNIT})\b"), read_duration_one),
    Rule("duration_bare", _compile(r"\b(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b"), read_duration, after_duration_cue),
    Rule("duration_plural", _compile(r"\b(?P<unit>years|months|weeks|decades)(?=\s+(?:ago|later|earlier|of)\b)"), read_duration),
    Rule("set", _compile(r"\b(?P<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)\b"), read_set, not_quarterly_figures),
    Rule("set_every", _compile(
        rf"\b(?:(?:once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|every|each)|every|each|per)\s+(?:other\s+)?"
        rf"(?P<unit>day|week|month|year|quarter|decade|morning|afternoon|evening|night|{WEEKDAY}|{MONTH_FULL})\b"
    ), read_set),
    Rule("weekday_set", _compile(rf"\b(?P<wd>{WEEKDAY})s(?:\s+(?P<p>mornings|afternoons|evenings|nights))?\b"), read_weekday_set),
    Rule("weekday_nights", _compile(rf"\b(?P<wd>{WEEKDAY})\s+(?P<p>mornings|afternoons|evenings|nights)\b"), read_weekday_set),
    Rule("vague", _compile(
        r"\b(?:recently|currently|nowadays|these\s+days|now|"
        r"(?:in\s+)?(?:recent|fresh)\s+times|the\s+(?:near|short|long)\s+term|"
        r"(?:in\s+)?the\s+(?:(?:near|distant|foreseeable)\s+)?(?:past|future)(?!\s+\w+\s+(?:years|months|weeks|days))|"
        r"(?:over\s+)?the\s+years|years\s+past)\b"
    ), read_vague),
    Rule("current", _compile(r"\bcurrent\b(?!\s+(?:account|affairs|events|year|quarter|fiscal|month|week)\b)"), read_vague, before_a_word),
    Rule("clock_time", _compile(CLOCK), read_time, not_high_noon),
    Rule("clock_24", _compile(rf"{NUM_START}(?P<h24>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+{CLOCK_ZONE}"), read_time, None),
    Rule("clock_in_the", _compile(rf"{NUM_START}(?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+(?P<p>morning|afternoon|evening)\b"), read_time),
    Rule("a_while", _compile(r"\b(?:a\s+(?:long\s+)?while|some\s+time)\b"), read_duration_vague, after("for")),
)  # fmt: skip

RULES: tuple[Rule, ...] = OTHER_RULES + DATE_RULES
RULES_BY_NAME = {rule.name: rule for rule in RULES}


# The commonest forms of news first, so that reading one stops early; the rest in table order.
_FIRST = (
    "weekday", "today", "half", "relative_half", "year", "month_day", "month_day_year",
    "month_year", "month", "relative_unit", "duration", "ago", "later", "quarter", "vague",
)  # fmt: skip


def _reading_order(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    return tuple(
        sorted(rules, key=lambda r: _FIRST.index(r.name) if r.name in _FIRST else len(_FIRST))
    )


_DATE_ORDER, _ALL_ORDER = _reading_order(DATE_RULES), _reading_order(RULES)


@cache
def _keyword_index(dates_only: bool) -> KeywordIndex:
    """Built on first use: a run that reads everything from the cache never needs it."""
    rules = _DATE_ORDER if dates_only else _ALL_ORDER
    return KeywordIndex([keyword_sets(rule.pattern) for rule in rules])


def _candidates(dates_only: bool, text: str) -> list[Rule]:
    """The rules that may match `text`, in reading order: those whose keywords it holds."""
    rules = _DATE_ORDER if dates_only else _ALL_ORDER
    found = _keyword_index(dates_only).patterns_in(text.translate(FOLD), 0, len(text))
    return [rules[i] for i in found]


def read_expression(
    text: str, context: Context, *, dates_only: bool = False, first_rule: str | None = None
) -> Reading | None:
    """Read a whole expression with the first rule that matches all of it, or None.

    Args:
        dates_only: only the rules of expressions that name a date (inside "since A").
        first_rule: the rule that recognised the expression, tried before the others.
    """
    text = text.strip()
    rules = _candidates(dates_only, text)
    if first_rule in RULES_BY_NAME:
        rules.insert(0, RULES_BY_NAME[first_rule])
    for rule in rules:
        m = rule.pattern.fullmatch(text)
        if m:
            try:
                reading = rule.read(m, context)
            except (ValueError, OverflowError):  # a date beyond the calendar: year 0, 10000
                continue
            if reading is not None:
                return reading
    return None

"""Events of one document: each verb or event noun that a time expression dates becomes an
`Event` (`attach` says which word a date dates, `eventhood` what is no event); the lead's main
news, when it has no date of its own, is dated by the article."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from timeline.edtf import NormalizedDate
from timeline.events.anchored import with_anchored_times
from timeline.events.assemble import make_event
from timeline.events.attach import dated_words
from timeline.events.background import told_in_passing
from timeline.events.clauses import clause_head, sentence_containing
from timeline.events.comparisons import compares
from timeline.events.dated import Dated
from timeline.events.dateline import dateline_tokens
from timeline.events.eventhood import only_a_date, verbless_row
from timeline.events.figures import sentence_figures
from timeline.events.inclusive import clause_events
from timeline.events.lead import lead_event
from timeline.events.markets import is_market_move
from timeline.events.nominal import NounPhrase, title_as_told
from timeline.events.page import BOILERPLATE, caption_lines, line_of, opens_a_list, page_stamp
from timeline.events.speech import verb_lists
from timeline.events.title import title_event
from timeline.models import Anchor, Document, Event, Kind, TimeExpression
from timeline.nlp.lemmas import lemma
from timeline.nlp.reads import span_text, text_of

# The speaker's pronouns, which open a headline only when the document did not say who spoke
# (a resolved one is written as the name; a quotation opens with its mark: '"We will …," X
# said'). ("It", "they", "its" … are often clear to a reader from the article's subject.)
RECENT_DAYS = 7  # a day this many days or fewer before the article dates the lead's news
_UNRESOLVED = frozenset({"I", "We", "You", "Our", "My", "Your"})


def extract_events(
    document: Document,
    doc: Any,
    expressions: Iterable[TimeExpression],
    *,
    inclusive: bool = False,
) -> list[Event]:
    """One event per sentence and predicate that a time expression dates; the title and the
    lead's news dated by the article when they have no date of their own; clauses dated from
    an event they name ("a week after launching"). With `inclusive` (an entity timeline),
    every other clause of the body too, dated by its paragraph or the article."""
    expressions = list(expressions)
    text = text_of(doc)
    captions = caption_lines(text)
    by_sentence: dict[int, list[tuple[TimeExpression, Any]]] = {}
    sentences = {}
    for expression in expressions:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or not expression.dates_events or compares(span):
            continue
        sentence = sentence_containing(doc, span.start)  # (span.sent is slow)
        sentences[sentence.start] = sentence
        by_sentence.setdefault(sentence.start, []).append((expression, span))
    events = []
    borrowed: list[Event] = []  # told by the headline of the clause above their word
    for start, found in sorted(by_sentence.items()):
        sentence = sentences[start]
        if BOILERPLATE.search(span_text(sentence)) or opens_a_list(sentence, text):
            continue
        skip = {t.i for _, span in found for t in span}
        if only_a_date(sentence, skip) or page_stamp(sentence, skip):
            continue  # a dateline: "April 5, 2006" on its own line; "Published: 2024-05-09"
        if verbless_row(sentence):
            continue  # a row of a table, a label: "Oct 1995  Tokyo Mortgage  300.00  finance"
        opening = dateline_tokens(sentence)  # "HANOI, Nov. 20 (Xinhua) --": the article's own date
        found = [(e, span) for e, span in found if span.start not in opening]
        kind = Kind.CAPTION if line_of(text, sentence.start_char) in captions else Kind.EVENT
        figures = sentence_figures(sentence)
        spans = [span for _, span in found]
        words = dated_words(found, skip, document.published)
        dated_verbs = {d.word.i for d in words if not d.at_publication}
        skip -= _named_dates_of_no_row(found, words)
        for dated in words:
            if dated.at_publication and _told_by(dated.word, dated_verbs):
                continue  # "said on Thursday it was putting off … until Saturday": one row
            noun = lemma(dated.word).lower() if dated.nominal else None  # "the 2020 conviction"
            # "gave them until Friday": the act is the article's news, the limit its own
            timex = None if dated.at_publication else dated.expression
            made = make_event(
                document, sentence, dated.word, timex, skip, kind, figures,
                document.published if dated.at_publication else None,
                title=dated.title, trigger=noun,
            )  # fmt: skip
            event = without_an_opening_date(made, spans)
            if event is None:
                continue  # "Friday said its parent company…": the date taken for the subject
            if inclusive or not (
                kind is Kind.CAPTION  # a photo's scene: page furniture to a reader's timeline
                or is_market_move(dated.word)  # "share prices closed down 0.43 percent Thursday"
                or _only_a_phrase(_as_told(dated, skip, document), event)
                or told_in_passing(dated.word, timex.value if timex else None, document.published)
            ):
                events.append(event)
                if not dated.nominal and clause_head(dated.word).i != dated.word.i:
                    borrowed.append(event)
    events = _without_borrowed_headlines(events, borrowed)
    lead = lead_event(document, doc, expressions, captions, text)
    if lead is not None and _told_with_a_recent_day(lead, events, document.published):
        lead = None  # "edged out Fittipaldi … to [win] … on Sunday": the row of the day says it
    title = title_event(document, doc, expressions, text, events)
    events += [e for e in (title, lead) if e is not None]
    events = _distinct(events)
    events = with_anchored_times(document, doc, expressions, events)
    if inclusive:
        events += clause_events(document, doc, expressions, events, captions)
        return events
    return [e for e in events if not opens_with_a_speakers_pronoun(e.title)]


def _named_dates_of_no_row(found: list[tuple[TimeExpression, Any]], words: list[Dated]) -> set[int]:
    """The tokens of dates the text names in full that date no row of the sentence: part of
    what the clause tells ("set the target of 5 billion dollars in 2005", "free trade by 2010
    for developed members"), kept in its headline."""
    dating = {(d.expression.start, d.expression.end) for d in words}
    return {
        t.i
        for expression, span in found
        if (expression.start, expression.end) not in dating and expression.anchor is Anchor.EXPLICIT
        for t in span
    }


def _told_by(word: Any, verbs: set[int]) -> bool:
    """Whether `word` is in a clause a verb of `verbs` (by index) tells: "[said] it was putting
    off…"."""
    clause = word
    while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        told = clause.dep_ == "ccomp"
        clause = clause.head
        if told and clause.i in verbs and lemma(clause).lower() in verb_lists()["reporting"]:
            return True
    return False


def without_an_opening_date(event: Event, spans: list[Any]) -> Event | None:
    """The event without a time expression of its sentence that its headline opens with, other
    than as a possessive ("Friday's talks"): left before the subject, it goes ("Sunday MBC was
    forced…" -> "MBC was forced…"); taken for the subject, the row goes ("Friday said its
    parent company…")."""
    title = event.title
    for span in spans:
        length = len(span.text)
        rest = title[length:]
        if title[:length].lower() != span.text.lower() or rest[:1].isalnum():
            continue
        if rest.startswith(("'", "\u2019")):
            return event
        rest = rest.lstrip(" ,")
        return replace(event, title=rest) if rest[:1].isupper() else None
    return event


def opens_with_a_speakers_pronoun(title: str) -> bool:
    """A headline whose subject is a speaker's pronoun the document did not resolve ("We could
    begin", "Our experience always", "I was desperate to score well"): a reader cannot tell
    who, so it is no row of a reader's timeline (an entity timeline keeps it)."""
    first = title.split(maxsplit=1)[0] if title.strip() else ""
    return first in _UNRESOLVED


def _distinct(events: list[Event]) -> list[Event]:
    """One event per sentence, date and headline, or sentence, date and event word: a telling
    dated by its participle ("…, according to a statement released Tuesday") and the lead's
    news are one row; so are the dated telling of the news ("Officials said a delegation has
    signed two agreements", Tuesday) and the same news as the lead's (the first kept: the one
    that says who tells it)."""
    seen: set[tuple[int, str, str]] = set()
    kept = []
    for event in events:
        mention = event.mentions[0]
        word = f"@{mention.trigger.start}" if mention.trigger is not None else event.title
        keys = {(mention.char_start, event.date.edtf, event.title)}
        keys.add((mention.char_start, event.date.edtf, word))
        if not keys & seen:
            kept.append(event)
        seen |= keys
    return kept


def _told_with_a_recent_day(
    lead: Event, events: list[Event], published: NormalizedDate | None
) -> bool:
    """Whether a row of the lead's sentence, dated a day of the week before the article,
    tells the lead's clause (its headline opens with the lead's, through the news verb): the
    parse hung the day on a word below the news verb ("to [win] … on Sunday")."""
    mention = lead.mentions[0]
    if published is None or mention.trigger is None:
        return False
    end = lead.title.find(mention.trigger.text)
    if end < 0:
        return False
    opening = lead.title[: end + len(mention.trigger.text)]
    return any(
        e.mentions[0].char_start == mention.char_start
        and e.title.startswith(opening)
        and 0 <= (published.start - e.date.end).days <= RECENT_DAYS
        for e in events
    )


def _without_borrowed_headlines(events: list[Event], borrowed: list[Event]) -> list[Event]:
    """Without an event told by the headline of the clause above its word when that clause
    is a row of its own, dated otherwise, with that headline: the headline tells the other's
    act ("Putin signed a law on July 21 canceling the Nov. 7 holiday": the canceling's date,
    headlined "Putin signed a law", is not the signing's)."""
    others = {id(e) for e in borrowed}
    told = {(e.mentions[0].char_start, e.title) for e in events if id(e) not in others}
    return [
        e for e in events if id(e) not in others or (e.mentions[0].char_start, e.title) not in told
    ]


def _as_told(dated: Dated, skip: set[int], document: Document) -> str | None:
    """A nominal event's headline as `make_event` tells it (`nominal.title_as_told`)."""
    date = dated.expression.value
    if not dated.nominal or dated.title is None or dated.at_publication or date is None:
        return dated.title
    return title_as_told(
        dated.word, skip, dated.title, date, document.published, dated.expression.text
    )


def _only_a_phrase(title: str | None, event: Event) -> bool:
    """A nominal event headlined by its bare noun phrase, the clause of no act."""
    return isinstance(title, NounPhrase) and event.title == str(title)

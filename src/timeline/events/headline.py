"""A headline for an event: a complete clause of the sentence's own words, in text order.

Subject, verb with its auxiliaries, and what makes it news: the object or complement, what
was said or told (the complement clause of a reporting verb, itself a whole clause), or the
first prepositional phrase. A wire dateline ("SHENZHEN, May 3 (Xinhua) --") is never part of
it; a pronoun or a description whose entity the document names is written as that name
(`names`, from `events.entities`). When no such clause can be made, the sentence is cut.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from timeline.events.antecedent import (
    agreeing_noun,
    described_name,
    main_clause_noun,
    misread_main_verb,
    noun_before_the_relative,
    telling_verb,
)
from timeline.events.cited import as_its_sources, cited_by_participle, dated_by_its_source
from timeline.events.clauses import (
    after_comma,
    clause_head,
    due_of_a_noun,
    fronted_participle,
    join_tokens,
    subject_of,
    trailing_participle,
)
from timeline.events.cut_object import infinitive_cut_short
from timeline.events.dashes import after_a_dash, between_dashes
from timeline.events.dateline import dateline_tokens, tokens_after
from timeline.events.headline_dates import (
    counted_numbers,
    frequencies,
    of_after_a_date,
    parts_of_times,
    said_of_times,
    time_adverbs,
    times_in,
)
from timeline.events.nominal_headline import infinitive_headline
from timeline.events.participle import participle_words
from timeline.events.phrases import SYMBOLS, dangles, noun_phrase, whole_lists
from timeline.events.predicate import (
    RELATIVE_WORDS,
    clause_above,
    cut_short,
    empty_phrases,
    in_noun_phrases,
    rest,
    verb_phrase,
)
from timeline.events.relatives import object_gap
from timeline.events.render import (
    JOINING_MARKS,
    inner_punctuation,
    render,
    tidy,
    told_whole,
    whole_brackets,
)
from timeline.events.speech import (
    SUBJECT_WORDS,
    attribution,
    closing_source,
    direct_quote,
    lowered,
    named_above,
    opened_by_that,
    opens_with_quote,
    owner_above,
    owners_above,
    quotation,
    quote_opening,
    reported_clause,
    saying_above,
    speaker_words,
    third_person,
    verb_lists,
)
from timeline.events.subjects import is_plural, named_part, named_phrase, phrase_of_subject
from timeline.events.telling import (
    according_to,
    committed_act,
    holding_verb,
    misread_conj,
    misread_teller,
    purpose_of_noun,
    teller_named_first,
    tells_the_act_of,
)
from timeline.events.verb_core import verb_core
from timeline.events.verb_needs import (
    bare_being,
    gapped,
    infinitive_be,
    joined_pair,
    passive_be,
    time_limit,
)
from timeline.events.whose import whose_owner
from timeline.nlp.lemmas import lemma
from timeline.nlp.misparse import main_verb_after_participle

CLAUSE_TOKENS = 34  # a headline's room: subject, verb and what makes it news
REPORTED_TOKENS = 38  # a headline with what was said: who, the verb and a whole clause
_QUOTE_MARKS = JOINING_MARKS | SYMBOLS | {":", ";"}  # the punctuation a reported clause keeps


def headline(
    sentence: Any,
    predicate: Any,
    skip: set[int],
    antecedent: str | None = None,
    names: dict[int, str] | None = None,
    owners: dict[int, str] | None = None,
    future: bool = False,
) -> str:
    """Subject, predicate and what makes it news, in text order, about 4-14 words.

    Args:
        skip: tokens to leave out (the time expressions).
        antecedent: what a pronoun subject ("They voted…") stands for, if known.
        names: the entity's name to write for a noun phrase, by the index of its head.
        owners: the owner's name to write for a possessive pronoun ("de Larosiere's" for
            "his"), by its index.
        future: whether the event comes after the article's date (a participle then takes
            "will be", not "was").
    """
    names = dict(names or {})
    skip = skip or times_in(sentence)  # an event dated by its document: no date in its headline
    dateline = dateline_tokens(sentence)
    skip = (skip - counted_numbers(sentence.doc, skip)) | dateline
    skip |= said_of_times(sentence, skip) | time_adverbs(sentence, skip)
    skip |= parts_of_times(sentence, skip)
    skip |= {t.i for t in sentence if t.lower_ == "here" and t.dep_ == "advmod"}  # dateline's
    skip |= {c.i for i in skip for c in sentence.doc[i].children if c.tag_ == "POS"}  # "Friday['s]"
    if all(t.i in skip or t.is_punct or t.is_space for t in sentence):
        dateline = {t.i for t in sentence}  # a line that is only a date: a dateline too
    bound = predicate if committed_act(predicate, future) else None  # "agreed to [meet] next month"
    head = clause_head(predicate)
    participle = (  # ", falling to 4-7 in semifinals this year": told with its clause
        predicate if trailing_participle(predicate) and predicate.head.i == head.i else None
    )
    predicate = head
    if predicate.i in dateline:  # the date of a dateline: the news it opens
        if sentence.root.i in dateline and sentence.end < len(sentence.doc):
            sentence = sentence.doc[sentence.end].sent  # a dateline alone: the next sentence
            skip, dateline = times_in(sentence), set()
        predicate = sentence.root
    ahead = infinitive_headline(sentence, predicate, skip | dateline, future)
    if ahead is not None:  # "Apple to launch new iPhone" -> "Apple will launch new iPhone"
        return tidy(ahead)
    attributed = attribution(sentence, predicate)
    if attributed is not None:  # "…, a French newspaper reported Wednesday" (misparsed)
        speaker, news = attributed
        speaking = speaker_words(speaker) if speaker.i > news.i else set()
        speaking |= {t.i for t in predicate.subtree}  # the parse may hang it on the news
        told = headline(sentence, news, skip | speaking, None, names, owners, future)
        said_by = noun_phrase(speaker, skip, SUBJECT_WORDS) & (speaking or speaker_words(speaker))
        who = join_tokens(sorted((sentence.doc[i] for i in said_by), key=lambda t: t.i))
        verb = join_tokens([sentence.doc[i] for i in sorted(verb_core(predicate) - skip)])
        if not who or not verb:
            return told
        if not opens_with_quote(
            sentence, predicate.i
        ):  # "A bought B, a paper reported": not a quote
            first = next(t for t in sentence if not (t.is_punct or t.is_space))
            return tidy(f"{who} {verb} {lowered(told, first)}")
        return f'"{told}," {who[:1].lower() + who[1:] if speaker.pos_ != "PROPN" else who} {verb}'
    subject = subject_of(predicate)
    fronted = fronted_participle(predicate)  # "Founded in 1990, the firm …": the firm's
    if subject is None and (predicate.dep_ == "conj" or misread_conj(predicate) or fronted):
        subject = subject_of(predicate.head)
    if subject is None and predicate.i > 1 and predicate.doc[predicate.i - 1].text == "-":
        subject = subject_of(predicate.doc[predicate.i - 2])  # "Services co-ordinated": split
    attributing = lemma(predicate).lower() in verb_lists()["attributing"]
    if attributing:  # "…, the US Information Service said Friday" (whatever the parse)
        subject = closing_source(predicate, subject)
    if subject is not None and subject.lower_ in ("we", "you") and subject.i not in names:
        saying = saying_above(predicate)  # "'Today we received…,' the minister said": a quote
        if saying is not None and saying.i > predicate.i and opens_with_quote(sentence, saying.i):
            return headline(sentence, saying, skip, None, names, owners, future)
    relative = subject is not None and subject.lower_ in ("which", "who", "that")
    described = subject is None and predicate.dep_ in ("acl", "relcl")  # "the poll, to be…"
    clause_of = partial(headline, sentence, names=names, owners=owners, future=future)
    if described and according_to(predicate):  # "…, according to figures released Friday"
        by_source = as_its_sources(sentence, cited_by_participle(predicate), skip, None, owners)
        return by_source or told_whole(tokens_after(sentence, dateline))
    cited = dated_by_its_source(predicate, skip) if subject is not None else None
    by_source = as_its_sources(sentence, cited, skip, clause_of, owners)
    if by_source is not None:  # "…, according to an official on Saturday"
        return by_source
    if subject is None and predicate.dep_ == "xcomp" and due_of_a_noun(predicate.head):
        due, noun = predicate.head, predicate.head.head  # "the accords due to be signed Tuesday"
        who = names.get(noun.i) or _phrase_without(noun, due, skip)
        verb = join_tokens([due, *verb_phrase(sentence, predicate, skip)])
        be = ("are" if future else "were") if is_plural(noun) else ("is" if future else "was")
        return tidy(f"{who} {be} {verb}")
    teller_misread = misread_teller(predicate) if described else None
    if teller_misread is not None:  # "The maker [announced] on Monday it would outlay…"
        told, pronoun = teller_misread
        who = names.get(predicate.head.i) or _phrase_without(predicate.head, predicate, skip)
        what = headline(sentence, told, skip, None, names, owners, future)
        if what.lower().startswith(f"{who.lower()} "):  # the pronoun written as the teller
            what = f"{pronoun.lower_}{what[len(who) :]}"
        return tidy(f"{who} {predicate.text} {lowered(what, pronoun)}")
    teller = telling_verb(predicate) if described else None
    if teller is not None:  # "X told TV in remarks broadcast Monday": what X told
        holder = predicate.head  # the phrase of the telling is no part of what was told
        told_in = set()
        if holder.dep_ == "pobj":  # "in [a] statement [received by AFP Tuesday]", not its "that…"
            kept = [c for c in holder.children if c.dep_ in ("det", "amod", "compound", "poss")]
            told_in = {holder.head.i, holder.i, *(t.i for c in kept for t in c.subtree)}
            that = [c for c in predicate.children if opened_by_that(c)]
            told_in |= {t.i for t in predicate.subtree} - {t.i for c in that for t in c.subtree}
        return headline(sentence, teller, skip | told_in, None, names, owners, future)
    second = relative and predicate.dep_ == "conj" and predicate.head.dep_ == "relcl"
    if (relative and predicate.dep_ == "relcl") or described or second:
        # "Biden's term, which ended Jan. 20": the term ended; "money approved in 2021"; "the
        # leader, who has served … and [who is expected to be named]": the leader
        described_noun = predicate.head.head if second else predicate.head
        doer = misread_main_verb(sentence, predicate) if described else None
        if relative and not second:  # "… and the Leaders' Meeting [that will take place]"
            doer = noun_before_the_relative(described_noun, predicate)
            doer = None if doer.i == described_noun.i else doer
        misparsed = doer is not None  # "Fears of damage … caused by … gains heightened"
        described_noun = doer if doer is not None else described_noun
        noun = described_noun if misparsed else described_name(described_noun)
        limit = 6 if noun.i == described_noun.i or noun.pos_ == "PROPN" else SUBJECT_WORDS
        comma_which = subject is not None and subject.lower_ == "which" and after_comma(subject)
        agreeing = agreeing_noun(noun, predicate) if relative else noun  # "… guide who were"
        if comma_which or agreeing.i != noun.i:
            noun, limit = agreeing, SUBJECT_WORDS
        own = {t.i for t in predicate.subtree}  # "an attempt [to smuggle …]": said once
        if noun.i < predicate.i:  # "several others injured [in two blasts]": not before it
            own |= {t.i for t in noun.subtree if t.i > predicate.i}
        owned = owners_above(predicate, noun, skip, owners)  # "that her decision, due to…"
        antecedent = names.get(noun.i) or render(
            sorted([noun.doc[i] for i in named_phrase(noun, skip, limit) - own], key=lambda t: t.i),
            set(),
            None,
            owners=owned,
        )
        if subject is None and purpose_of_noun(predicate):  # "plans [to recover funds]"
            purpose = _purpose_told(
                sentence, predicate, described_noun, skip, names, owners, future
            )
            if purpose is not None:
                return purpose
        if subject is None:
            verb = join_tokens(verb_phrase(sentence, predicate, skip))
            # "Iran's main opposition group called Monday for a boycott": a past tense the
            # parse read as a participle describing the sentence's only noun
            misread = misparsed or (noun.dep_ == "ROOT" and predicate.i == noun.i + 1)
            be = "" if misread else passive_be(noun, predicate, future)
            pair = joined_pair(predicate, skip)  # "killed and [five others] injured": both
            if pair is not None:
                first = join_tokens([sentence.doc[i] for i in sorted(pair[0] | {pair[1]})])
                return tidy(f"{first} {lowered(antecedent, noun)} {verb}")
            return tidy(f"{antecedent} {be}{verb}")
    whose = whose_owner(predicate, subject, skip, names)  # "Mehlis, whose mandate expires"
    owners = {**(owners or {}), **whose}
    above = None if subject is None or antecedent else named_above(predicate, subject, skip)
    if subject is not None and subject.lower_ == "i" and (above is not None or subject.i in names):
        # "I must go" -> "Zhang must go", "I am announcing" -> "Mofaz is announcing"
        agreeing = third_person(predicate)
        if agreeing is None:  # a verb that cannot be told so: "I" stays
            above = None
            names.pop(subject.i, None)
        owners = {**(owners or {}), **(agreeing or {})}
    if above is not None and subject is not None and (above[1] or subject.i not in names):
        names[subject.i] = above[0]  # a name in the sentence goes before the document's reading
    if subject is not None and not antecedent:  # "X said that its losses…": X's losses
        for possessive in (c for c in subject.children if c.dep_ == "poss"):
            owner = (
                None if possessive.i in (owners or {}) else owner_above(predicate, possessive, skip)
            )
            if owner is not None:
                owners = {**(owners or {}), possessive.i: owner}
    if subject is not None and not antecedent and subject.i not in names:
        noun = main_clause_noun(subject, predicate)  # "attending the trial since it opened"
        if noun is not None:
            antecedent = _phrase_without(noun, predicate, skip)
    if antecedent and subject is not None and (subject.pos_ == "PRON" or relative):
        names[subject.i] = antecedent if relative else names.get(subject.i, antecedent)
    subject_tokens: set[int] = set()
    if subject is not None:
        subject_tokens = phrase_of_subject(sentence, subject, predicate, skip, dateline)
    main = main_verb_after_participle(predicate)  # "the state [declared] in 1983 is …"
    reported = reported_clause(predicate) if main is None else None
    budget = CLAUSE_TOKENS if reported is None else REPORTED_TOKENS
    keep = verb_core(predicate) | subject_tokens
    aside = between_dashes(sentence, keep) | ({t.i for t in main.subtree} if main else set())
    keep |= rest(predicate, skip | aside, budget - len(keep), reported)
    if participle is not None:
        keep |= participle_words(participle, skip)
    keep |= of_after_a_date(sentence.doc, keep, skip, budget - len(keep))
    doc = sentence.doc
    keep -= empty_phrases(doc, keep)
    until = time_limit(predicate, skip)  # "will not open until 2008": the date is the news
    if reported is not None and reported.i in keep:
        until |= time_limit(reported, skip)
    keep |= until
    keep |= frequencies(sentence, keep, skip, budget - len(keep))
    keep = whole_lists(sentence.doc, keep)
    left_out = (skip - in_noun_phrases(doc, keep, skip) - until) | dateline
    left_out |= aside
    keep |= inner_punctuation(doc, keep - left_out)
    tokens = [doc[i] for i in sorted(keep) if i not in left_out and not doc[i].is_space]
    core = verb_core(predicate)
    comparative = {i for i in core if doc[i].tag_ in ("JJR", "RBR")}  # "ended [higher]"
    holding = set(keep)  # what the headline still holds: a verb whose "to" clause is cut dangles
    while (
        tokens
        and tokens[-1].i not in comparative
        and (
            dangles(tokens[-1])
            or cut_short(tokens[-1], holding, core)
            or infinitive_cut_short(tokens[-1], holding | skip, core)
        )
    ):
        holding.discard(tokens.pop().i)
    gap = None if whose else object_gap(predicate, skip, keep)  # "the land [they held]"
    if gap is not None:
        tokens = [t for t in tokens if t.i != gap.relative]
    while tokens and (tokens[0].is_punct or _opening_that(tokens[0], predicate, subject)):
        tokens.pop(0)
    tokens = [doc[i] for i in sorted(whole_brackets(doc, {t.i for t in tokens}))]
    words = [t for t in tokens if not t.is_punct]
    helping = {c.i for c in predicate.children if c.dep_ in ("aux", "auxpass", "neg")}
    said = {t.i for t in words} - subject_tokens - helping - {predicate.i}  # "became [ill]"
    verb = lemma(predicate).lower()
    needs = verb_lists()["needs_complement"]
    passive = main is not None or any(c.dep_ == "auxpass" for c in predicate.children)
    if passive:  # "has not been announced", "the state [declared] in 1983 is …"
        needs = verb_lists()["needs_complement_in_passive"]
    fragment = words and (
        (words[0].lower_ in RELATIVE_WORDS and words[0].i not in names | (owners or {}).keys())
        or (len(words) > 1 and words[0].pos_ == "ADP" and words[1].lower_ in RELATIVE_WORDS)
        or (subject is None and words[0] == predicate)  # "Quoted the former Miss Naples…"
        or (subject is None and words[0].dep_ in ("aux", "auxpass", "neg"))  # "May reach a…"
        # "Eliminated in the United States"; "In Chicago air" (no verb found in noisy text)
        or (subject is None and (predicate.pos_ not in ("VERB", "AUX") or words[0].pos_ == "ADP"))
        # "He was asked", "578 disclosed": a verb that is no news without what it introduces
        or (not said and gap is None and verb in needs)
        or (subject is not None and all(doc[i].like_num or doc[i].is_punct for i in subject_tokens))
        or (subject is not None and subject.i in skip and not subject_tokens - skip)  # "Today is"
    )
    named = subject is not None and subject.i in names and subject_tokens
    length = len(words) + (gap is not None)  # "they arrested [a man]": the gap's noun counts
    if (
        fragment
        or length < 2
        or (length == 2 and (subject is None or (subject.pos_ == "PRON" and not named)))
    ):
        above = clause_above(predicate)
        if above is not None and tells_the_act_of(predicate, above):
            # "a medic accused of kidnapping and [executing] a civilian" (not another act's
            # clause: "was only 15 when…, later [renamed] Honved in 1949")
            return headline(sentence, above, skip, None, names, owners, future)
        root = sentence.root
        if predicate.i != root.i and root.i not in dateline and tells_the_act_of(predicate, root):
            return headline(sentence, root, skip, None, names, owners, future)
        return told_whole(tokens_after(sentence, dateline))
    name = names[subject.i] if named and subject is not None else None
    if subject is not None and subject.i > predicate.i and attributing:  # "…, said Bae": Bae said
        tokens = [t for t in tokens if t.i in subject_tokens] + [
            t for t in tokens if t.i not in subject_tokens
        ]
    start = min(subject_tokens | {predicate.i})
    if not attributing and subject is not None:  # a clause of its own after a dash
        dash = after_a_dash(sentence, start)
        tokens = [t for t in tokens if t.i > dash]
    if reported is not None and reported.i < start:  # "'It is over,' the union said"
        quoted = [t for t in tokens if t.i < start]
        tokens = [t for t in tokens if t.i >= start]
        quote = join_tokens(
            [t for t in quoted if t.text in _QUOTE_MARKS or t.tag_ == "POS" or not t.is_punct]
        )
        quote = quote.strip(" ,")
        if quote and name is None and subject is not None:  # "X has begun …, it announced"
            name, quote = teller_named_first(subject, reported, quote, name)
        if quote:
            told = render(tokens, named_part(subject, subject_tokens), name, owners=owners)
            exact = None
            if opens_with_quote(sentence, start):  # word for word, or not as a quotation
                exact = quotation(sentence, start, reported)
            if exact is not None:
                return f'"{exact[:1].upper()}{exact[1:]}," {told}'
            if subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubjpass":
                return tidy(f"{quote}, {told[:1].lower()}{told[1:]}")  # "…, it was reported"
            return tidy(f"{told} {lowered(quote, quoted[0])}")  # reported speech stays so
    direct = direct_quote(tokens, predicate)
    if direct:  # said: "Let me take this opportunity…", "We will…": no reported speech
        teller = render(tokens[:direct], named_part(subject, subject_tokens), name, owners=owners)
        quote = join_tokens(tokens[direct:]).strip('"“” ')
        return tidy(f'{teller.rstrip(" :,")}: "{quote}"')
    if reported is not None and reported.i > predicate.i:  # told reporters: "It is…" -> "it is…"
        owners = {**(owners or {}), **quote_opening(tokens, reported)}
    be = ""
    being = bare_being(predicate) if subject is not None else None  # "with 45 [being] passed"
    if being is not None:
        tokens = [t for t in tokens if t.i != being.i]
    pair = joined_pair(predicate, skip) if subject is not None else None
    if pair is not None:  # "four were killed and [seven others] wounded": both, no "were"
        first, joined = pair
        tokens = sorted({*tokens, *(doc[i] for i in first | {joined})}, key=lambda t: t.i)
    elif subject is not None and (
        predicate.tag_ == "VBG" or gapped(predicate) or fronted or main is not None or being
    ):
        described = main is not None or gapped(predicate)  # (a gapped one may be read a VBD)
        be = passive_be(subject, predicate, future, describes=described)
    be = be or _shared_modal(predicate)
    placed = (gap.after, gap.words) if gap is not None else None
    named_words = named_part(subject, subject_tokens)
    if fronted and subject is not None:  # "Founded in 1990, the firm" -> "The firm was founded"
        doers = [t for t in tokens if t.i in subject_tokens]
        act = [t for t in tokens if t.i not in subject_tokens and t.i < subject.left_edge.i]
        first = render(doers, named_words, name, owners=owners)
        rest_of_it = render(act, set(), None, predicate.i, be, owners)
        if act and act[0].is_sent_start and act[0].pos_ != "PROPN":
            rest_of_it = rest_of_it.replace(act[0].text, act[0].lower_, 1)  # "Born" -> born
        return tidy(f"{first} {rest_of_it}".strip(" ,"))
    to_be = infinitive_be(predicate, subject, {t.i for t in tokens}, future)  # "for X [to] visit"
    at, be = to_be if to_be is not None and not be else (predicate.i, be)
    if bound is not None and bound.head.i == predicate.i:  # "Both sides [will] meet again"
        tokens = [t for t in tokens if t.i not in core and not (t.tag_ == "TO" and t.head == bound)]
        at, be = bound.i, "will"
    return tidy(render(tokens, named_words, name, at, be, owners, placed))


def _phrase_without(noun: Any, clause: Any, skip: set[int]) -> str:
    """The noun's phrase as a subject is written, without the words of `clause` (a clause of
    it, or the clause it is part of)."""
    phrase = noun_phrase(noun, skip, SUBJECT_WORDS) - {t.i for t in clause.subtree}
    return join_tokens([noun.doc[i] for i in sorted(phrase)])


def _purpose_told(
    sentence: Any,
    predicate: Any,
    noun: Any,
    skip: set[int],
    names: dict[int, str],
    owners: dict[int, str] | None,
    future: bool,
) -> str | None:
    """A "to" clause a noun is for, dated: whose act it is, when the noun says so and the
    date is ahead ("the Greek-Cypriot side's decision to suspend overflights early next
    month" -> "The Greek-Cypriot side will suspend overflights"); else the clause that holds
    the noun ("must submit plans to recover funds … before the end of the year")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and future and owner.pos_ != "PRON":
        who = [t for t in owner.subtree if t.tag_ != "POS" and t.i not in skip]
        words = [t for t in verb_phrase(sentence, predicate, skip) if t.tag_ != "TO"]
        if who and words:
            return tidy(f"{join_tokens(who)} will {join_tokens(words)}")
    holder = holding_verb(noun)
    if holder is None:
        return None
    return headline(sentence, holder, skip, None, names, owners, future)


def _opening_that(word: Any, predicate: Any, subject: Any | None) -> bool:
    """The "that" opening a reported clause, whatever the parse hung it on ("told TV [that]
    British intelligence had begun paying him"): no part of the clause told alone."""
    return bool(
        word.lower_ == "that"
        and predicate.dep_ == "ccomp"
        and subject is not None
        and word.i < subject.left_edge.i
    )


def _shared_modal(verb: Any) -> str:
    """The modal a verb shares with the verb it is joined to ("if he can be acquitted and
    [succeed] Mbeki": can succeed), else nothing."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or any(c.dep_ == "aux" for c in verb.children):
        return ""
    modal = next((c for c in verb.head.children if c.tag_ == "MD"), None)
    return f"{modal.lower_} " if modal is not None else ""

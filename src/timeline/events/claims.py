"""Who says so: the source a headline keeps when the row's act is told as someone's claim.

A clause that a verb of saying reports ("…, the governor said Sunday"; "Xinhua denied that its
bureau chief had killed himself") is a claim of the one who says it, not the text's own
finding. When the row is that clause's act, dated apart from the saying, the headline keeps
the source after it: "A NATO-led airstrike killed up to 30 fighters, the governor of Kandahar
province said". Not when the clause's subject is the source itself or a pronoun that may be
it ("Velta said it would cut 200 jobs in 2027": Velta's own plan), nor when the source is a
pronoun. Word class: `data/headline_verbs.toml` `claiming`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from timeline.events.clauses import join_tokens, subject_of
from timeline.events.descriptions import class_labels, is_description
from timeline.events.phrases import noun_phrase
from timeline.events.speech import attribution, closing_source
from timeline.events.vocabulary import word_list
from timeline.nlp.lemmas import lemma

SOURCE_WORDS = 8  # the words of a source's phrase after a headline ("the governor of …")
_NEEDS_MORE = frozenset({"tell", "quote"})  # verbs of saying written "said" after a headline
_CLAUSES_UP = 3  # clauses climbed from the act to the verb of saying
_CLAIMED = frozenset({"ccomp", "parataxis"})  # how a told clause hangs on its verb of saying
_NOUN_CLAUSES = frozenset({"acl", "ccomp", "relcl"})  # how a "that" clause hangs on a noun
Cited = tuple[Any, Any]  # the "according" word and the source noun it names


def cited_source(verb: Any) -> Cited | None:
    """The "according" phrase of `verb`'s clause and the source it names ("have mapped out
    measures, [according to an official] on Saturday"), if any."""
    for according in verb.children:
        if according.lower_ != "according":
            continue
        for to in according.children:
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            if to.lower_ == "to" and source is not None and source.pos_ in ("NOUN", "PROPN"):
                return according, source
    return None


def claim_source(
    sentence: Any,
    predicate: Any,
    skip: set[int],
    told: str,
    same: Callable[[Any, Any], bool],
    name_for: Callable[[Any], str | None],
) -> str | None:
    """ "the governor said", to write after `told` (the headline of `predicate`) when its
    clause is a claim of another than its subject and the headline does not name the source
    yet (see the module's docstring); else None. `same`: whether two noun phrases' heads
    stand for one entity of the document; `name_for`: the whole name the document gives a
    short form ("Matsushita" -> "Yasuo Matsushita"). A pronoun is never written as the name it
    stands for: an entity timeline chosen by the names in a headline (SemEval's kit) would
    file the act under its speaker."""
    saying = _saying_above(predicate) or _closing_attribution(sentence, predicate)
    if saying is None:  # "According to the government, the border was resolved in 1954"
        return _according_to(predicate, skip, told, same) or _claimed_by_a_noun(
            predicate, skip, told
        )
    if saying.i in skip or any(c.dep_ == "neg" for c in saying.children):
        return None  # "could not say where …": no one's claim
    source = closing_source(saying, subject_of(saying))
    if source is not None and source.ent_type_ in ("DATE", "TIME"):  # "press reports [Monday] said"
        others = [c for c in saying.children if c.dep_ == "nsubj" and not c.ent_type_]
        source = others[0] if len(others) == 1 else None
    if source is None and saying.dep_ == "acl" and saying.head.pos_ in ("NOUN", "PROPN"):
        source = saying.head  # "…, a French newspaper reported": parsed as a description
    if source is None:
        source = _quoted_speaker(saying)  # "quoted an unnamed source as [saying] that …"
    if source is None or source.pos_ not in ("NOUN", "PROPN"):
        return None  # "he said": a name written for it would file the act under the speaker
    named = not (source.text.isupper() or is_description(source))  # "NASA said" as written
    name = name_for(source) if named else None  # a surname whole: "Yasuo Matsushita said"
    subject = subject_of(predicate)
    denied = lemma(saying).lower() == "deny"  # a denial's source is never left out
    if subject is not None and not denied and _may_be_the_source(subject, source, same):
        return None  # "Velta said it would…", "the carrier said the airline will…": its own
    here = {t.i for t in source.subtree if t.lower_ == "here" and t.dep_ == "advmod"}
    words = sorted(noun_phrase(source, skip | here, SOURCE_WORDS) - here)  # a dateline's "here"
    if source.i not in words:
        return None
    first = sentence.doc[words[0]]
    who = name or join_tokens([sentence.doc[i] for i in words])
    verb = saying.text.lower() if saying.tag_ in ("VBD", "VBZ", "VBP") else "said"
    perfect = [c.lower_ for c in saying.children if c.lower_ in ("has", "have", "had")]
    if saying.tag_ == "VBN" and perfect:
        verb = f"{perfect[0]} {saying.lower_}"  # "… will be turned off, Miller has warned"
    if lemma(saying).lower() in _NEEDS_MORE:  # "told" needs its hearer, "quoted" its speaker
        verb = "says" if saying.tag_ == "VBZ" else "said"
    if not denied and (who.lower() in told.lower() or source.text in told):
        return None  # "The Nation reported the prime minister has admitted…": told already
    opening = who.split(maxsplit=1)[0]
    common = first.i == sentence.start and not (first.pos_ == "PROPN" or first.ent_type_)
    if opening in ("The", "A", "An") or (name is None and common):
        who = who[:1].lower() + who[1:]  # "The governor said…" -> "…, the governor said"
    return f"{who} {verb}"


def _according_to(
    predicate: Any, skip: set[int], told: str, same: Callable[[Any, Any], bool]
) -> str | None:
    """ "according to the Chilean government", to write after the headline of a clause told as
    its cited source's, when the headline does not tell it yet (a source dated by its own
    telling is written first: `cited`) and the clause is not the source's own act."""
    cited = cited_source(predicate)
    if cited is None:
        return None
    source = cited[1]
    subject = subject_of(predicate)
    if subject is not None and _is_the_source(subject, source, same):
        return None  # "it will cut 200 jobs, according to the company": its own plan
    words = sorted(noun_phrase(source, skip, SOURCE_WORDS))
    if source.i not in words or source.text.lower() in told.lower():
        return None
    doc = source.doc
    if source.ent_type_ != "PERSON" and any(t.ent_type_ == "PERSON" for t in source.subtree):
        return None  # "according to sources close to the talks between Hu and Bush": a phrase
        # about other people than the source, which a merge would read as the act's
    who = join_tokens([doc[i] for i in words])
    if who.split(maxsplit=1)[0] in ("The", "A", "An"):
        who = who[:1].lower() + who[1:]
    return f"according to {who}"


def _quoted_speaker(saying: Any) -> Any | None:
    """Who a verb of quoting quotes "as saying": "a report quoted [an unnamed source] as
    saying that …"."""
    preposition = saying.head
    if saying.dep_ != "pcomp" or preposition.lower_ != "as":
        return None
    quoting = preposition.head
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)


def _may_be_the_source(subject: Any, source: Any, same: Callable[[Any, Any], bool]) -> bool:
    """Whether the clause's subject may be its source: a pronoun or a pronoun's possession
    ("its sales fell"), the same word or entity, or two descriptions of one class of thing
    ("the airline", "the carrier") that the text does not tell apart."""
    if _is_the_source(subject, source, same) or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
    ):
        return True
    if not (is_description(subject) and is_description(source)):
        return False
    return bool(class_labels(subject) & class_labels(source))  # not "the opposition" / "the
    # president", "the union" / "the minister": two others


def _is_the_source(subject: Any, source: Any, same: Callable[[Any, Any], bool]) -> bool:
    """Whether the subject is a pronoun, the source's own word or its entity."""
    return subject.pos_ == "PRON" or subject.lower_ == source.lower_ or same(subject, source)


def _saying_above(predicate: Any) -> Any | None:
    """The verb of saying whose told clause holds `predicate`, entered from that clause; the
    act may be a later member of the told clause with a subject of its own ("said the army
    withdrew and [the rebels entered]"), not a clause of another verb on the way ("said he
    hoped counting would [finish]": a hope) nor a member without a subject, which may be an
    "and" of the saying ("said the talks had failed and [left] on Saturday")."""
    current = predicate
    for _ in range(_CLAUSES_UP):
        if current.head.i == current.i:
            return None
        above = current.head
        if current.dep_ in _CLAIMED:
            claiming = word_list("headline_verbs", "claiming")
            return above if lemma(above).lower() in claiming else None
        if current.dep_ != "conj" or above.pos_ not in ("VERB", "AUX"):
            return None
        own = subject_of(current)
        if own is None or own.head.i != current.i:
            return None  # "said the talks had failed and [left]": whose "and", the text's?
        current = above
    return None


def _closing_attribution(sentence: Any, predicate: Any) -> Any | None:
    """A verb of saying that closes the sentence and that the parse did not join to the clause
    it tells ("A millionairess bought a yacht, a French newspaper reported Wednesday")."""
    if predicate.i != sentence.root.i:
        return None
    claiming = word_list("headline_verbs", "claiming")
    for token in sentence[predicate.i - sentence.start + 1 :]:
        if token.pos_ != "VERB":
            continue  # (a lemma is read on demand: only a verb's)
        if lemma(token).lower() in claiming and attribution(sentence, token) is not None:
            after = sentence.doc[token.i + 1 : sentence.end]
            closing = not any(t.pos_ in ("VERB", "AUX") for t in after)
            return token if closing else None  # (not "troops the Islamists say were sent")
    return None


def _claimed_by_a_noun(predicate: Any, skip: set[int], told: str) -> str | None:
    """ "according to allegations", to write after the headline of a "that" clause a noun of
    claiming holds ("investigating allegations that the mayor took bribes in 2003", "new
    revelations by a former envoy that the minister got vouchers": the parse may hang the
    clause on a noun after the claim's), `data/headline_verbs.toml` `claiming_nouns`."""
    clause = predicate
    if clause.dep_ == "conj" and clause.head.dep_ in _NOUN_CLAUSES:
        clause = clause.head  # "that the army shelled the town and [burned] the market"
    if clause.dep_ not in _NOUN_CLAUSES or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    nouns = word_list("headline_verbs", "claiming_nouns")
    noun = clause.head
    for _ in range(_CLAUSES_UP):
        if noun.pos_ == "NOUN" and lemma(noun).lower() in nouns:
            break
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head  # "revelations by [a former envoy] that …"
        if noun.pos_ in ("VERB", "AUX"):  # the parse hung the "by" on the verb: its object
            claims = [c for c in noun.children if c.dep_ in ("dobj", "attr", "nsubj")]
            claims = [c for c in claims if lemma(c).lower() in nouns and c.i < clause.i]
            if not claims:
                return None
            noun = claims[-1]
    else:
        return None
    inside = {t.i for t in clause.subtree}
    words = sorted(noun_phrase(noun, skip | inside, SOURCE_WORDS) - inside)
    doc = noun.doc
    who = join_tokens([doc[i] for i in words if not doc[i].is_punct or doc[i].text == "-"])
    if noun.i not in words or who.lower() in told.lower():
        return None
    if who.split(maxsplit=1)[0] in ("The", "A", "An"):
        who = who[:1].lower() + who[1:]
    return f"according to {who}"

"""How much a shared name or word proves, measured on the run itself.

A name that many documents of the run mention ("Bush", "Asian Games", "AFP", "Palestinian" in
a thousand news stories) is the setting of many stories, and that two events both name it
says little; a name few documents mention (a rare person, one company, one object) says much.
The same holds for the words two retellings share ("police", "rebels"). Nothing here is a list:
the counts are those of the merge's own documents, and a corpus about one story (where its
names are in every article) keeps them as evidence while they are in no more than
`Rules.rare_at_least` documents.

Glossary: a name or stem is *weak* when more documents mention it than `Rules.rare_share` of
the run's (and than `rare_at_least`); *strong* names are the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from timeline.models import Event


def in_many_documents(
    events: Iterable[Event],
    told: Callable[[str], Iterable[str]],
    share: float,
    at_least: int,
) -> frozenset[str]:
    """What `told` finds (names, or stems) in the sentences of more documents than `share` of
    the run's documents and more than `at_least`: evidence too common to tell two stories
    apart. Each event's own keys (its actors) count with its sentences' words."""
    seen: dict[str, set[str]] = {}
    for event in events:
        for mention in event.mentions:
            seen.setdefault(mention.doc_id, set()).add(mention.sentence)
    frequency: Counter[str] = Counter()
    for sentences in seen.values():
        found: set[str] = set()
        for sentence in sentences:
            found.update(told(sentence))
        frequency.update(found)
    limit = max(at_least, share * len(seen))
    return frozenset(word for word, count in frequency.items() if count > limit)


def weak_actor_keys(
    events: Iterable[Event], key: Callable[[Event], Iterable[str]], share: float, at_least: int
) -> frozenset[str]:
    """Actor keys (`features.actor_key`) of more documents than `share` of the run's and than
    `at_least`: "afp", "united nations", "bush" in a thousand stories."""
    documents: dict[str, set[str]] = {}
    everyone: set[str] = set()
    for event in events:
        docs = {m.doc_id for m in event.mentions}
        everyone |= docs
        for name in key(event):
            documents.setdefault(name, set()).update(docs)
    limit = max(at_least, share * len(everyone))
    return frozenset(name for name, docs in documents.items() if len(docs) > limit)

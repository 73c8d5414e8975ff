"""A large timeline built from events, shaped like a real run over 300 news documents (1,343
events): most events on days of the few months the articles were written in, the rest spread
over years, months, seasons, quarters, decades, centuries and spans back to the 1400s; sources
from a handful of outlets, some with web addresses, some with none; hostile text here and there.
Seeded: the same timeline on every run."""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline.edtf import parse_edtf
from timeline.models import Actor, Anchor, Conflict, Document, Event, Mention, Timeline, Trigger

HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
OUTLETS = ("AFP", "Associated Press", "The New York Times", "WGN", None)
WORDS = (
    "council approved budget minister resigned court ruled shares fell rebels seized talks "
    "collapsed election called storm hit company reported earnings police arrested suspect "
    "treaty signed bank cut rates strike began troops withdrew mayor announced plan"
).split()
GRANULARITIES = (  # (share of events, how a date of that kind is written)
    (0.62, "day"), (0.10, "month"), (0.10, "year"), (0.04, "season"), (0.03, "quarter"),
    (0.05, "decade"), (0.02, "century"), (0.04, "interval"),
)  # fmt: skip


def _edtf(kind: str, pick: random.Random) -> str:
    recent = date(1997, 1, 1) + timedelta(days=pick.randrange(120))
    year = pick.choice((pick.randrange(1900, 1998), pick.randrange(1990, 1998)))
    if kind == "day":
        return recent.isoformat()
    if kind == "month":
        return f"{year}-{pick.randrange(1, 13):02d}"
    if kind == "year":
        return str(year)
    if kind == "season":
        return f"{year}-{pick.randrange(21, 25)}"
    if kind == "quarter":
        return f"{year}-{pick.randrange(33, 37)}"
    if kind == "decade":
        return f"{pick.randrange(190, 200)}X"
    if kind == "century":
        return f"{pick.randrange(14, 20)}XX"
    return f"{year}-{pick.randrange(1, 13):02d}/{year + pick.randrange(1, 6)}"


def large_timeline(events: int = 1343, documents: int = 300, seed: int = 15) -> Timeline:
    pick = random.Random(seed)
    docs = tuple(
        Document(
            f"DOC_{n:04d}",
            f"doc{n}.txt",
            "",
            " ".join(pick.choices(WORDS, k=pick.randrange(4, 14))).capitalize() if n % 7 else None,
            parse_edtf(f"1997-0{1 + n % 4}-{1 + n % 28:02d}"),
            "manifest",
            OUTLETS[n % len(OUTLETS)],
            f"https://news.example/{n}" if n % 3 == 0 else "javascript:alert(1)" * (n == 1) or None,
        )
        for n in range(documents)
    )
    built = []
    kinds = [kind for _, kind in GRANULARITIES]
    shares = [share for share, _ in GRANULARITIES]
    for n in range(events):
        edtf = _edtf(pick.choices(kinds, shares)[0], pick)
        title = " ".join(pick.choices(WORDS, k=pick.randrange(3, 12))).capitalize()
        if n % 97 == 0:
            title = f"{title} {HOSTILE}"
        told = pick.sample(docs, pick.choice((1, 1, 1, 2, 3)))
        sentence = f"{title}, officials said on {edtf}."
        mentions = tuple(
            Mention(
                d.id,
                sentence,
                0,
                len(sentence),
                None,
                Trigger(0, len(title.split()[0]), title.split()[0]),
            )
            for d in told
        )
        built.append(
            Event(
                id=f"ev{n:05d}",
                date=parse_edtf(edtf),
                title=title,
                description=sentence,
                actors=(Actor("Lori Lightfoot", "PERSON"),) if n % 5 == 0 else (),
                confidence=pick.choice((0.45, 0.65, 0.85, 0.95)),
                anchor=Anchor.DOCUMENT_DATE if n % 11 == 0 else Anchor.EXPLICIT,
                mentions=mentions,
                conflicts=(Conflict(parse_edtf("1996"), (told[0].id,)),) if n % 50 == 0 else (),
            )
        )
    built.sort(key=lambda e: e.date)
    return Timeline(docs, tuple(built), "timeline test")

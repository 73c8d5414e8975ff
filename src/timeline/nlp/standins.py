"""Speed stand-ins: components that do what a spaCy component does, faster (`attributes`,
`lemmas`), put in only where they give the same annotations.

They lean on a few private parts of spaCy. `put_in_stand_ins` checks that those parts are
there and, on a probe text, that the stand-ins annotate as spaCy's own components do; if not,
spaCy's components stay (slower, the same results) and one `StandInWarning` says why.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

# Words the attribute ruler and the lemmatizer treat specially: contractions, "there is",
# abbreviations, numbers, money, a date.
PROBE = (
    "There's a dog, and they aren't going to the U.S. on Jan. 5, 2020; she'd said it was "
    "$5 million. The councils voted 39-11 after he'd been told. Dogs are n't there, are they?"
)


Placed = tuple[str, str]  # a stand-in's pipe name, and the name of the pipe it stands in for


class StandInMissingError(Exception):
    """A private part of spaCy that a stand-in needs is missing."""


class StandInWarning(UserWarning):
    """spaCy's own component is used instead of a faster stand-in."""


def stand_in(nlp: Any, name: str, component: str, config: dict[str, Any]) -> Placed:
    """Run `component` where the pipe `name` ran, and disable `name` (kept in the pipeline, for
    the stand-in to use); gives the two names."""
    names = nlp.pipe_names
    after = names[names.index(name) + 1 :]
    placement = {"before": after[0]} if after else {"last": True}
    nlp.add_pipe(component, config=config, **placement)
    nlp.disable_pipe(name)
    return component, name


def put_in_stand_ins(
    nlp: Any, takers: tuple[Callable[[Any], Placed | None], ...], lemma: Callable[[Any], str]
) -> list[str]:
    """Apply each taker (which puts a stand-in in and returns its name and the name of the
    spaCy pipe it stands in for, or None where it does not apply), then check the stand-ins
    on `PROBE`; returns the names of the stand-ins that stayed. `lemma` reads a token's lemma
    the way the stand-ins make it readable."""
    placed: list[Placed] = []
    for take in takers:
        try:
            found = take(nlp)
        except StandInMissingError as missing:
            _warn(f"{missing}: spaCy's own component runs instead (slower, the same results)")
            continue
        if found is not None:
            placed.append(found)
    if placed and _annotations(nlp, placed, lemma, ours=True) != _annotations(
        nlp, placed, lemma, ours=False
    ):
        for component, original in placed:
            nlp.remove_pipe(component)
            nlp.enable_pipe(original)
        _warn(
            "the speed stand-ins annotate differently with this version of spaCy: its own "
            "attribute ruler and lemmatizer run instead (slower, the same results)"
        )
        return []
    return [component for component, _ in placed]


def _annotations(nlp: Any, placed: list[Placed], lemma: Callable[[Any], str], ours: bool) -> Any:
    """What the pipeline writes on `PROBE`, with the stand-ins or with spaCy's components."""
    if not ours:
        for component, original in placed:
            nlp.disable_pipe(component)
            nlp.enable_pipe(original)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # spaCy's complaints about what a stand-in left out
            doc = nlp(PROBE)
            return [(t.tag_, t.pos_, str(t.morph), t.dep_, lemma(t)) for t in doc]
    except Exception as error:  # any failure is a difference
        return f"{'stand-ins' if ours else 'spaCy'} failed: {error!r}"
    finally:
        if not ours:
            for component, original in placed:
                nlp.enable_pipe(component)
                nlp.disable_pipe(original)


def _warn(message: str) -> None:
    warnings.warn(message, StandInWarning, stacklevel=3)


def only_pipe(nlp: Any, wanted: Callable[[Any], bool]) -> tuple[str, Any] | None:
    """The one pipe of `nlp` that `wanted` accepts, with its name; None for none or several."""
    found = [(name, pipe) for name, pipe in nlp.pipeline if wanted(pipe)]
    return found[0] if len(found) == 1 else None

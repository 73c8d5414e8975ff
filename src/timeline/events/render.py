"""Writing a headline's tokens as text: the words in text order with the inner punctuation they
need, a name in place of the subject's phrase, a length limit and sentence case."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import FINITE_TAGS, join_tokens

MAX_TITLE_WORDS = 30  # a sentence told whole when no clause of it could be made a headline
LEAST_PART_WORDS = 12  # a longer one ends at the last comma or semicolon after as many words
JOINING_MARKS = frozenset({",", "-", "–", "/", "&"})


def inner_punctuation(doc: Any, keep: set[int]) -> set[int]:
    """The commas, hyphens and slashes between two kept words ("crime, unemployment and
    indigestion", "a 16-year high"): the parse hangs them on one side, and a headline without
    them runs the words together. A comma before the verb that does not close an aside the
    headline opened ("The contingent of 800 troops, is due") is left out."""
    marks = sorted(
        i + 1
        for i in keep
        if i + 2 < len(doc) and doc[i + 1].text in JOINING_MARKS and i + 2 in keep
    )
    commas_before = 0
    kept = set()
    for i in marks:
        if doc[i].text == "," and opens_a_verb(doc[i + 1]) and commas_before % 2 == 0:
            continue
        kept.add(i)
        commas_before += doc[i].text == "," and doc[i + 1].dep_ != "conj"  # not a list's
    return kept


def whole_brackets(doc: Any, keep: set[int]) -> set[int]:
    """`keep` with each pair of brackets whole around what it holds, or left out: "The National
    Assembly (Parliament[)] of Bulgaria", "a European Union [(]EU)-wide blacklist"; a bracket
    whose words are not all kept, or that is never closed, says nothing and goes."""
    keep = set(keep)
    if not keep:
        return keep
    first, last = min(keep), max(keep)
    opening = None
    for token in doc[max(0, first - 1) : last + 2]:
        if token.text == "(":
            opening = token.i
        elif ")" in token.text and opening is not None:  # (the tokenizer's "EU)-wide" too)
            inside = [i for i in range(opening + 1, token.i) if not doc[i].is_space]
            pair = {opening, token.i}
            words = bool(inside) or token.text != ")"
            if words and all(i in keep for i in inside) and (pair & keep or inside):
                keep |= pair  # also "the European Union [(]EU[)] is ready": not "Union EU"
            elif pair & keep:
                keep -= pair if token.text == ")" else {opening}
            opening = None
    if opening is not None:
        keep.discard(opening)
    return keep


def opens_a_verb(token: Any) -> bool:
    """The verb of a clause, or its auxiliary: what a subject is never parted from."""
    return bool(token.dep_ in ("ROOT", "aux", "auxpass", "ccomp"))


def render(
    tokens: list[Any],
    subject: set[int],
    name: str | None,
    verb: int = -1,
    be: str = "",
    owners: dict[int, str] | None = None,
    inserted: tuple[int, str] | None = None,
) -> str:
    """The tokens with the subject's phrase written as the entity's name, if one is given,
    possessive pronouns as their owners, `be` before the verb (token `verb`), and the text of
    `inserted` after its token (or after the last token before it)."""
    owners = owners or {}
    at, insertion = inserted if inserted is not None else (-1, "")
    at = max((t.i for t in tokens if t.i <= at), default=-1)
    parts: list[str] = []
    glued: set[int] = set()  # parts written without a space after them ("it" + "'s")
    run: list[Any] = []

    def flush() -> None:
        if run:
            parts.append(join_tokens(run))
            run.clear()

    for position, token in enumerate(tokens):
        if token.i == verb and be:
            flush()
            parts.append(be.strip())
        if name is not None and token.i in subject:
            flush()
            if name not in parts:
                parts.append(name)
        elif token.i in owners:
            flush()
            parts.append(owners[token.i])
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if following is not None and following.i == token.i + 1 and not token.whitespace_:
                glued.add(len(parts) - 1)
        else:
            run.append(token)
        if token.i == at:
            flush()
            parts.append(insertion)
    flush()
    text = ""
    for index, part in enumerate(parts):
        if part:
            text += part if index in glued or index == len(parts) - 1 else part + " "
    return text.strip()


def told_whole(tokens: list[Any]) -> str:
    """A sentence's `tokens` as a headline: whole up to `MAX_TITLE_WORDS` words, else up to its
    last comma or semicolon within them after its first finite verb (never a cut that leaves
    only a subject: "Massud Radjavi, head of the NCRI and chief of the Mujahedeen"), else cut
    with "…" ("an option of a two…")."""
    finite = next((t.i for t in tokens if t.tag_ in FINITE_TAGS), None)
    words = 0
    end = len(tokens)
    last_break = None
    for k, token in enumerate(tokens):
        if k == 0 or tokens[k - 1].whitespace_:  # words as the text spaces them
            words += 1
        if words > MAX_TITLE_WORDS:
            end = k
            break
        if (
            token.text in (",", ";")
            and finite is not None
            and token.i > finite
            and words >= LEAST_PART_WORDS
        ):
            last_break = k
    if end == len(tokens):
        return tidy(join_tokens(tokens).rstrip(".;:, "))
    if last_break is not None:
        return tidy(join_tokens(tokens[:last_break]).rstrip(".;:, "))
    return tidy(join_tokens(tokens[:end]).rstrip(".;:, ") + "…")


def tidy(text: str) -> str:
    """Sentence case for text in capitals; a capital first letter."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return text[:1].upper() + text[1:]

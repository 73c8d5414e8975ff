"""A subject's phrase as a headline writes it: the noun phrase with the name that says which
one (a name in apposition, a name the parse split off, the pieces of a hyphenated noun), and
whether it is plural.

Glossary: an *apposition* is a noun phrase beside another that names the same thing ("His
eldest daughter, [Lucia Pinochet Hiriart],")."""

from __future__ import annotations

from typing import Any

from timeline.events.clauses import SUBJECT_DEPS
from timeline.events.mentions import entity_at
from timeline.events.phrases import noun_phrase
from timeline.events.speech import SUBJECT_WORDS

NAMING_WORDS = 6  # words a subject may run over its limit for a name that says which one
APPOSITION_WORDS = 6  # a title and name in apposition to a subject ("the president, deputy …")


def subject_phrase(subject: Any, skip: set[int], limit: int) -> set[int]:
    """The subject's noun phrase, with the pieces of a hyphenated noun that the parse made
    subjects of their own ("A Lebanese multi-millionairess": "multi", "-", "millionairess")."""
    found = named_phrase(subject, skip, limit)
    doc = subject.doc
    longer = noun_phrase(subject, skip, limit=limit + NAMING_WORDS)
    if any(doc[i].pos_ == "PROPN" for i in longer - found):
        found = longer  # "the tower of a chemical plant of the Jilin branch of PetroChina": which
    comma = next((c.i for c in subject.rights if c.text == ","), None)
    listed = any(c.dep_ == "conj" for c in subject.rights)  # "A, B and C were": a list
    counted = comma is not None and doc[comma + 1].lower_ == "including"  # ", including 300…"
    if comma is not None and not listed and not counted:  # "Raul Castro, leader [since…]"
        found = {i for i in found if i < comma}
    found |= _co_subjects(subject, found, skip, limit + NAMING_WORDS)
    name = appositive_name(subject)
    if name and len(found) + len(name) <= limit:
        found |= name  # "His eldest daughter, Lucia Pinochet Hiriart, 67, said": who she is
    i = subject.i + 1
    while i < len(doc) and doc[i].dep_ == subject.dep_ and doc[i].head.i == subject.head.i:
        found |= {i} | noun_phrase(doc[i], skip, limit=limit) - {subject.head.i}
        i += 1
    after = max(found) + 1
    opens = after < len(doc) and doc[after].ent_iob_ == "B"  # (doc.ents walks the whole doc)
    following = next((e for e in doc.ents if e.start == after), None) if opens else None
    if following is not None and any(  # "Syrian President [Bashar al-Assad]": parsed apart
        doc[k].dep_ == subject.dep_ and doc[k].head.i == subject.head.i
        for k in range(following.start, following.end)
    ):
        found |= set(range(following.start, following.end))
    for i in sorted(found):  # "multi-millionairess": a piece the parse made a subject
        if i != subject.i and doc[i].dep_ == subject.dep_ and doc[i].head.i == subject.head.i:
            found |= noun_phrase(doc[i], skip, limit=limit) - {subject.head.i}
    before = min(found) - 1  # "[UBS Hong Kong Open champion] Colin Montgomerie": its title
    while before >= 0 and doc[before].dep_ == subject.dep_ and doc[before].head.i == subject.head.i:
        found |= {before} | noun_phrase(doc[before], skip, limit=limit) - {subject.head.i}
        before = min(found) - 1
    first = min(found)  # "[between] 700 and 800 Iraqis": the parse hung it on the verb
    figures = first > 0 and doc[first].like_num and any(doc[i].lower_ == "and" for i in found)
    if figures and doc[first - 1].lower_ == "between":
        found.add(first - 1)
    return found


def named_phrase(noun: Any, skip: set[int], limit: int) -> set[int]:
    """The noun phrase of `noun` within `limit` words, with the rest of a name it would cut
    when `NAMING_WORDS` more hold it ("Chief negotiator of the Republic [of Korea]"): a name
    is never cut."""
    found = noun_phrase(noun, skip, limit=limit)
    if not found:
        return found
    last = max(found)
    name = entity_at(noun.doc[last])
    if name is None or name.end - 1 <= last:
        return found
    rest = set(range(last + 1, name.end))
    longer = noun_phrase(noun, skip, limit=limit + NAMING_WORDS)
    return found | rest if rest <= longer else found


def _co_subjects(subject: Any, found: set[int], skip: set[int], room: int) -> set[int]:
    """The other members of a subject joined by "and" that the noun phrase left out because
    they are not alike ("Bozlak [and the other party leaders] were arrested"): without them
    the verb is in the wrong number and the act is told of one."""
    members = [
        c
        for c in subject.children
        if c.dep_ == "conj" and c.i not in found and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
    ]
    joined = [c for c in subject.children if c.dep_ == "cc" and c.lower_ in ("and", "&")]
    if not members or not joined:
        return set()
    end = max(m.i for m in members)
    if any(c.dep_ == "appos" and subject.i < c.i < end for c in subject.children):
        return set()  # "Hu Jintao, general secretary of the party [and president] of China,"
    words = {c.i for c in joined} | {
        c.i for c in subject.children if c.text == "," and subject.i < c.i < end
    }
    for member in members:
        words |= noun_phrase(member, skip, limit=room)
    return words if len(found | words) <= room else set()


def appositive_name(noun: Any) -> set[int]:
    """The name in apposition to a common noun ("the caretaker president, deputy prime minister
    Gurbanguly Berdymukhammedov,"; "Defending champion China"): the name's own words, between
    commas when the text has them ("His eldest daughter, Lucia Pinochet Hiriart, 67, said")."""
    if noun.pos_ != "NOUN":
        return set()
    doc = noun.doc
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > noun.i:
            if "(" in (child.left_edge.text, doc[child.left_edge.i - 1].text):
                return set()  # "gross domestic product (GDP)": a short form, not a name
            if doc[child.left_edge.i - 1].text in ("--", "—", "–", "-"):
                return set()  # "two lawyers -- one Republican, one Democrat --": an aside
            start, end = child.i, child.i
            while start - 1 > noun.i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if child.ent_iob_ != "O":  # "Wal-Mart" whole
                ent = next(e for e in doc.ents if e.start <= child.i < e.end)
                start, end = max(min(start, ent.start), noun.i + 1), max(end, ent.end - 1)
            left = child.left_edge.i
            if left < start and child.i - left < APPOSITION_WORDS and doc[left - 1].text == ",":
                start = left  # ", deputy prime minister Gurbanguly Berdymukhammedov,"
            end = _end_of_named_list(doc, start, end)
            name = set(range(start, end + 1))
            if any(doc[i].text == "(" for i in name):  # "Terre des Hommes (TDH)": the name only
                end = min(i for i in name if doc[i].text == "(") - 1
                name = set(range(start, end + 1))
            if doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ",":
                name |= {start - 1, end + 1}
            return name
    return set()


def _end_of_named_list(doc: Any, start: int, end: int) -> int:
    """The last word of the names set off between commas from `start` when they are a list of
    names ("The couple, [Joe and Margaret Rowe], was"): a name is never cut at its "and"."""
    if start == 0 or doc[start - 1].text != ",":
        return end
    last = start
    while last + 1 < len(doc) and last - start < APPOSITION_WORDS:
        word = doc[last + 1]
        if word.text == ",":
            break
        if word.pos_ != "PROPN" and word.lower_ != "and":
            return end
        last += 1
    listed = any(doc[i].lower_ == "and" for i in range(start, last + 1))
    closed = last + 1 < len(doc) and doc[last + 1].text == ","
    return last if listed and closed and last > end else end


def is_plural(noun: Any) -> bool:
    """A plural noun, a coordination ("the US and Britain") or a number standing for the
    things counted ("the six condemned to death")."""
    if noun.lower_ in ("they", "them", "we", "us", "these", "those"):
        return True
    if noun.tag_ in ("NNS", "NNPS"):
        return not (noun.tag_ == "NNPS" and noun.ent_type_ == "PERSON")  # "Turkes": a surname
    # (the tagger reads a surname ending in "s" as a plural name)
    if any(c.dep_ == "conj" for c in noun.children) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "&") for c in noun.children
    ):
        return True
    return noun.tag_ == "CD" and noun.lower_ not in ("one", "1")


def phrase_of_subject(
    sentence: Any, subject: Any, verb: Any, skip: set[int], dateline: set[int]
) -> set[int]:
    """The subject's phrase; when the parse took a dateline word for the subject ("SHENZHEN
    closed at…"), the words between the dateline and the verb."""
    if subject.i not in dateline:
        phrase = subject_phrase(subject, skip, SUBJECT_WORDS)
        name = entity_at(subject)  # a name the parse split into subjects: "Mohammad bin [Dhaen
        if name is not None and name.start in phrase and name.end - 1 not in phrase:  # al-Hamli]"
            phrase |= {t.i for t in name if t.i < verb.i}
        return phrase | _rest_of_a_split_list(subject, verb, phrase)
    first = max(dateline) + 1
    between = [t for t in sentence.doc[first : verb.i] if not t.is_punct]
    if 0 < len(between) <= SUBJECT_WORDS and any(t.pos_ in ("NOUN", "PROPN") for t in between):
        return {t.i for t in between}
    return set()


def _rest_of_a_split_list(subject: Any, verb: Any, phrase: set[int]) -> set[int]:
    """The members of a list the parse made a second subject of the verb ("The meeting between
    the government, [the UN and the Maoists] agreed"): the comma and the second subject's
    words, when the subject's phrase ends right before that comma and the second subject
    holds the list's "and" (else it may be a description in apposition)."""
    doc = subject.doc
    for other in verb.children:
        end = max(phrase, default=subject.i)
        if other.dep_ not in SUBJECT_DEPS or other.i <= end:
            continue
        listed = any(c.dep_ == "cc" for c in other.children)  # not a description set off
        if listed and doc[end + 1].text == "," and other.left_edge.i == end + 2:
            return set(range(end + 1, other.right_edge.i + 1))
    return set()


def named_part(subject: Any, subject_tokens: set[int]) -> set[int]:
    """The words a name stands in for: the subject's own phrase, not the members coordinated
    with it ("the coalition and the Afghan army": the coalition only)."""
    if subject is None:
        return subject_tokens
    others: set[int] = set()
    for child in subject.children:
        if child.dep_ in ("conj", "cc"):
            others |= {t.i for t in child.subtree}
    doc = subject.doc
    others |= {i - 1 for i in others if i > 0 and doc[i - 1].text == ","}
    return subject_tokens - others


def set_off_parts(noun: Any) -> list[Any]:
    """The words a name's phrase says of it after a comma ("Turkes, leader of the party,",
    "Royal, 53,", "Colston, whose home was besieged,"), commas included: no part of the name,
    so a short form with them is still a bare short form. None for a list ("Brandt, Kohl
    and Schmidt")."""
    doc = noun.doc
    comma = noun.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    if any(c.dep_ in ("conj", "cc") for c in noun.rights):
        return []
    return [t for t in noun.subtree if t.i >= comma]

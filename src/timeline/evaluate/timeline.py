"""Scoring a timeline against a gold timeline: the figures of `../shared/eval/score_timeline.py`.

What is read of the timeline (the JSON that `timeline extract` writes):
  documents[]: {"id", "path"}            a document's id, and its file path
  events[]:    {"date", "title", "description", "mentions": [{"doc_id", "sentence"}]}
"date" is an EDTF string (2012, 2020-01, 2025-06-04, 198X, 2022-11/2025-03).

An event matches a gold event when (1) one of its mentions comes from one of the
gold event's documents, (2) its date, with EDTF qualifiers (~ ? %) dropped, equals
the gold date or one of its accepted values, and (3) its text (title, description
and mention sentences) contains one of the gold cues, case-insensitively.
Matching is one-to-one (maximum bipartite matching).

  recall     matched required gold events / required gold events
  precision  matched events / all events in the timeline
  merged     gold events with 2+ documents whose match carries mentions from all of them
  date_acc   of gold events whose cue and document appear in some event, the share
             for which some such event also has the right date
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from timeline.errors import ShapeError
from timeline.evaluate.matching import max_matching

LISTED = ("missed", "wrong_date", "unmatched_events")  # what --verbose lists, in this order
TITLE_CHARACTERS = 90  # of an unmatched event's title in the listing


def canon(value: object) -> str:
    """EDTF value without qualifiers or spaces; '' for anything that is not a string."""
    if not isinstance(value, str):
        return ""
    return re.sub(r"[~?%\s]", "", value)


def _doc_keys(documents: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Each document id with the names it may be known by (id, file name, file stem)."""
    keys: dict[str, set[str]] = {}
    for document in documents:
        names = {str(document.get("id", ""))}
        if document.get("path"):
            path = Path(str(document["path"]))
            names |= {path.name, path.stem}
        keys[str(document.get("id", ""))] = {name for name in names if name}
    return keys


def _event_docs(event: dict[str, Any], keys: dict[str, set[str]]) -> set[str]:
    docs: set[str] = set()
    for mention in event.get("mentions") or []:
        doc_id = str(mention.get("doc_id", ""))
        docs |= keys.get(doc_id, {doc_id})
    return docs


def _event_text(event: dict[str, Any]) -> str:
    parts = [str(event.get("title") or ""), str(event.get("description") or "")]
    parts += [str(mention.get("sentence") or "") for mention in event.get("mentions") or []]
    return " ".join(parts).lower()


def _matches(
    event: dict[str, Any], gold: dict[str, Any], keys: dict[str, set[str]], *, check_date: bool
) -> bool:
    """The three rules of the module docstring; the date rule only with `check_date`."""
    if not _event_docs(event, keys) & set(gold["docs"]):
        return False
    if check_date:
        accepted = {canon(gold["date"])} | {canon(value) for value in gold.get("accept", [])}
        if canon(event.get("date")) not in accepted:
            return False
    text = _event_text(event)
    return any(cue.lower() in text for cue in gold["cues"])


def _records(value: object, what: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ShapeError(f"{what} is not a list of objects")
    return value


def check_gold(gold: object) -> dict[str, Any]:
    """`gold` when it is a gold timeline this scorer reads: {"corpus", "events": [{"id",
    "summary", "date", "accept", "docs", "cues", "required"}]}.

    Raises:
        ShapeError: naming the first part that has the wrong shape.
    """
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise ShapeError('not a gold timeline (an object with a list of "events")')
    for number, event in enumerate(gold["events"], 1):
        where = f"gold event {number}"
        if not isinstance(event, dict):
            raise ShapeError(f"{where} is not an object")
        for key in ("id", "summary"):
            if not isinstance(event.get(key), str):
                raise ShapeError(f'{where} has no string "{key}"')
        if "date" not in event:
            raise ShapeError(f'{where} has no "date"')
        for key in ("docs", "cues"):
            values = event.get(key)
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ShapeError(f'{where}: "{key}" is not a list of strings')
        if not isinstance(event.get("accept", []), list):
            raise ShapeError(f'{where}: "accept" is not a list')
    return gold


def check_timeline(timeline: object) -> dict[str, Any]:
    """`timeline` when it has the shape read here (see the module docstring).

    Raises:
        ShapeError: naming the first part that has the wrong shape.
    """
    if not isinstance(timeline, dict):
        raise ShapeError("not a timeline (a JSON object)")
    _records(timeline.get("documents") or None, '"documents"')
    for number, event in enumerate(_records(timeline.get("events") or None, '"events"'), 1):
        _records(event.get("mentions") or None, f"the mentions of event {number}")
    return timeline


def score_timeline(gold: dict[str, Any], timeline: dict[str, Any]) -> dict[str, Any]:
    """The figures of the module docstring, and what was missed: the keys and values of
    `score_timeline.py`'s `score()` (corpus, events, required, recall, precision, f1,
    merged, date_acc, missed, wrong_date, unmatched_events)."""
    events = timeline.get("events") or []
    keys = _doc_keys(timeline.get("documents") or [])
    golds = gold["events"]
    order = sorted(range(len(golds)), key=lambda i: not golds[i].get("required", True))
    edges = {
        i: [j for j, event in enumerate(events) if _matches(event, golds[i], keys, check_date=True)]
        for i in order
    }
    pairing = max_matching(edges)

    required = [i for i, g in enumerate(golds) if g.get("required", True)]
    hit_required = [i for i in required if i in pairing]
    multi = [i for i, g in enumerate(golds) if len(g["docs"]) > 1]
    merged = [
        i
        for i in multi
        if any(set(golds[i]["docs"]) <= _event_docs(events[j], keys) for j in edges[i])
    ]
    cue_found = [
        i
        for i, g in enumerate(golds)
        if any(_matches(event, g, keys, check_date=False) for event in events)
    ]
    dated_right = [i for i in cue_found if edges[i]]

    recall = len(hit_required) / len(required) if required else 1.0
    precision = len(pairing) / len(events) if events else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    paired = set(pairing.values())
    return {
        "corpus": gold.get("corpus"),
        "events": len(events),
        "required": len(required),
        "recall": round(recall, 3),
        "precision": round(precision, 3),
        "f1": round(f1, 3),
        "merged": f"{len(merged)}/{len(multi)}",
        "date_acc": round(len(dated_right) / len(cue_found), 3) if cue_found else 0.0,
        "missed": [
            golds[i]["id"] + " " + golds[i]["summary"] for i in required if i not in pairing
        ],
        "wrong_date": [golds[i]["id"] for i in cue_found if not edges[i]],
        "unmatched_events": [
            f"{ev.get('date')} | {_title(ev)}" for j, ev in enumerate(events) if j not in paired
        ],
    }


def _title(event: dict[str, Any]) -> str:
    return str(event.get("title") or event.get("description") or "")[:TITLE_CHARACTERS]


def timeline_lines(result: dict[str, Any], *, verbose: bool = False) -> list[str]:
    """The lines `score_timeline.py` prints for `result`: with `verbose`, the misses, wrong
    dates and unmatched events first, then the one line of figures."""
    lines: list[str] = []
    if verbose:
        for key in LISTED:
            lines.append(f"{key}:")
            lines += [f"  {line}" for line in result[key]]
    lines.append(
        f"{result['corpus']}: events={result['events']} recall={result['recall']} "
        f"precision={result['precision']} f1={result['f1']} merged={result['merged']} "
        f"date_acc={result['date_acc']}"
    )
    return lines

"""TempEval-3 Task A (timex) scoring: the figures of `../shared/te3/score_timex.py`.

Both gold and system: one document per record,
  {"doc_id", "text", "dct", "timexes": [{"start","end","text","type","value"}, ...]}
Documents are paired by doc_id; a gold document missing from the system records counts
as a document with no system timexes (see `timex_warnings`).

Matching (per document, on character offsets):
  * pairs = a one-to-one matching between gold and system timexes whose spans overlap
    (maximum cardinality; among candidate partners, exact-span partners are tried
    first, then larger overlap, then equal value) -> "relaxed" matches.
  * strict: system span identical to the gold span (start and end equal).
Metrics (micro-averaged over all documents, as the TE3 scorer does):
  strict  P = strict / #system,  R = strict / #gold
  relaxed P = relaxed / #system, R = relaxed / #gold
  type accuracy  = matched pairs with equal type  / relaxed pairs
  value accuracy = matched pairs with equal value / relaxed pairs
  value P/R/F1: a system timex is correct if it is relaxed-matched to a gold timex
      with the same value: valueP = value_ok / #system, valueR = value_ok / #gold.
      With one-to-one matching this is identical to the official TE3 script's
      (value accuracy x relaxed P/R/F1).
  type  P/R/F1 likewise.
Values are compared as strings after stripping whitespace (TE3 does exact string match).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from timeline.errors import ShapeError
from timeline.evaluate.matching import max_matching

MEASURES = ("strict", "relaxed", "value", "type")


def _by_id(records: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """Records by doc_id, a later record with the same id replacing an earlier one."""
    return {record["doc_id"]: record for record in records}


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return int(max(0, min(a["end"], b["end"]) - max(a["start"], b["start"])))


def _value(value: object) -> str | None:
    return None if value is None else str(value).strip()


def _match_doc(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one relaxed pairs (gold index, system index), by Kuhn's augmenting paths."""
    adjacent: list[list[int]] = []
    for g in gold:
        candidates = []
        for si, s in enumerate(system):
            shared = _overlap(g, s)
            if shared > 0:
                exact = (g["start"], g["end"]) == (s["start"], s["end"])
                same_value = _value(g.get("value")) == _value(s.get("value"))
                candidates.append((-int(exact), -shared, -int(same_value), si))
        candidates.sort()
        adjacent.append([candidate[-1] for candidate in candidates])
    matched = max_matching(dict(enumerate(adjacent)))
    return sorted(matched.items())


def _prf(hits: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_system if n_system else 0.0
    r = hits / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _system_timexes(timexes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """System timexes with integer offsets; empty spans dropped."""
    kept = []
    for timex in timexes:
        start, end = int(timex["start"]), int(timex["end"])
        if end > start:
            kept.append(dict(timex, start=start, end=end))
    return kept


def check_timex_records(records: list[Any], *, gold: bool) -> list[dict[str, Any]]:
    """`records` when each is a document this scorer reads (see the module docstring).

    Raises:
        ShapeError: naming the first record (1-based) that has the wrong shape.
    """
    for number, record in enumerate(records, 1):
        where = f"record {number}"
        if not isinstance(record, dict) or not isinstance(record.get("doc_id"), str | int):
            raise ShapeError(f'{where} is not an object with a "doc_id"')
        if gold and not isinstance(record.get("text"), str):
            raise ShapeError(f'{where} has no string "text"')
        timexes = record.get("timexes", None if gold else [])
        if not isinstance(timexes, list):
            raise ShapeError(f'{where}: "timexes" is not a list')
        for timex in timexes:
            if not isinstance(timex, dict) or not _offsets(timex, strict=gold):
                raise ShapeError(f"{where} has a timex without integer start and end")
            if gold and not (isinstance(timex.get("type"), str) and "value" in timex):
                raise ShapeError(f'{where} has a gold timex without a string "type" and a "value"')
    return records


def _offsets(timex: dict[str, Any], *, strict: bool) -> bool:
    values = (timex.get("start"), timex.get("end"))
    if strict:
        return all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    try:
        return all(isinstance(v, int | float | str) and int(v) == int(v) for v in values)
    except (ValueError, OverflowError):
        return False


def score_timex(
    gold_records: list[dict[str, Any]], system_records: list[dict[str, Any]]
) -> dict[str, Any]:
    """The figures of the module docstring: the keys and values of `score_timex.py`'s
    `score()` (n_gold, n_system, n_strict, n_relaxed, n_value_ok, n_type_ok; strict_P,
    strict_R, strict_F1 and likewise relaxed_, value_, type_; type_acc, value_acc;
    per_gold_type: {type: {gold, relaxed, strict, value_ok}})."""
    gold_docs, system_docs = _by_id(gold_records), _by_id(system_records)
    counts: Counter[str] = Counter()
    per_type: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, gold_doc in gold_docs.items():
        gold = gold_doc["timexes"]
        system_doc = system_docs.get(doc_id)
        system = [] if system_doc is None else _system_timexes(system_doc.get("timexes", []))
        pairs = _match_doc(gold, system)
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        counts["relaxed"] += len(pairs)
        for g in gold:
            per_type[g["type"]]["gold"] += 1
        for gi, si in pairs:
            g, s = gold[gi], system[si]
            exact = (g["start"], g["end"]) == (s["start"], s["end"])
            same_value = _value(g["value"]) == _value(s.get("value"))
            counts["strict"] += exact
            counts["value_ok"] += same_value
            counts["type_ok"] += g["type"] == s.get("type")
            per_type[g["type"]]["relaxed"] += 1
            per_type[g["type"]]["strict"] += exact
            per_type[g["type"]]["value_ok"] += same_value
    result: dict[str, Any] = {
        "n_gold": counts["gold"],
        "n_system": counts["system"],
        "n_strict": counts["strict"],
        "n_relaxed": counts["relaxed"],
        "n_value_ok": counts["value_ok"],
        "n_type_ok": counts["type_ok"],
    }
    hits_of = (counts["strict"], counts["relaxed"], counts["value_ok"], counts["type_ok"])
    for name, hits in zip(MEASURES, hits_of, strict=True):
        result[f"{name}_P"], result[f"{name}_R"], result[f"{name}_F1"] = _prf(
            hits, counts["system"], counts["gold"]
        )
    relaxed = counts["relaxed"]
    result["type_acc"] = counts["type_ok"] / relaxed if relaxed else 0.0
    result["value_acc"] = counts["value_ok"] / relaxed if relaxed else 0.0
    result["per_gold_type"] = {key: dict(value) for key, value in sorted(per_type.items())}
    return result


def timex_warnings(
    gold_records: list[dict[str, Any]], system_records: list[dict[str, Any]]
) -> list[str]:
    """What `score_timex.py` warns of on stderr: gold documents the system left out (scored
    as having no timexes) and system documents not in the gold (ignored)."""
    gold_docs, system_docs = _by_id(gold_records), _by_id(system_records)
    missing = sum(1 for doc_id in gold_docs if doc_id not in system_docs)
    extra = set(system_docs) - set(gold_docs)
    warnings = []
    if missing:
        warnings.append(f"{missing} gold docs missing from system output")
    if extra:
        warnings.append(f"{len(extra)} system docs not in gold (ignored)")
    return warnings


def timex_lines(result: dict[str, Any]) -> list[str]:
    """The lines `score_timex.py` prints for `result`."""
    lines = [
        f"gold={result['n_gold']} system={result['n_system']} relaxed={result['n_relaxed']} "
        f"strict={result['n_strict']} value_ok={result['n_value_ok']} type_ok={result['n_type_ok']}"
    ]
    for name in MEASURES:
        lines.append(
            f"{name:8s} P={result[name + '_P']:.4f} R={result[name + '_R']:.4f} "
            f"F1={result[name + '_F1']:.4f}"
        )
    lines.append(f"type accuracy={result['type_acc']:.4f} value accuracy={result['value_acc']:.4f}")
    for kind, counts in result["per_gold_type"].items():
        lines.append(
            f"  gold {kind:9s} n={counts.get('gold', 0):5d} "
            f"relaxed-recall={counts.get('relaxed', 0) / counts['gold']:.3f} "
            f"value-recall={counts.get('value_ok', 0) / counts['gold']:.3f}"
        )
    return lines

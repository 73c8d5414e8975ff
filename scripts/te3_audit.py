#!/usr/bin/env python3
"""Audit the temporal engine's errors on TempEval-3 (tbaq.jsonl): which are ours, which the gold's.

usage: te3_audit.py GOLD.jsonl SYSTEM.jsonl [--scorer score_timex.py] [--list]

Every error the scorer counts (a value mismatch on a matched pair, a false positive, a miss) is put
in one of three classes by explicit, general checks, tried in order:

  (b) gold inconsistent with itself or with the document's date: a weekday whose value is not that
      weekday, or is neither the last nor the next one around the document date; a number, unit,
      month or year in the text that the gold value contradicts; a relative phrase the gold dates
      years away from the document; the same phrase pattern annotated with differently shaped
      values elsewhere in the corpus (where ours has one of the gold's shapes); a phrase marked up
      here but left unmarked most times elsewhere, or the reverse; the dateline, which is the
      document creation time the conversion removed.
  (c) defensible either way: the same amount of time in other units (PT24H / P1D); one value
      contains the other (a day within a week, a quarter within a year); both vague (PAST_REF,
      PXY); a point read as a duration or the reverse; an unannotated vague or generic expression.
  (a) everything else: ours is wrong, or at least nothing general excuses it.

It prints the counts by class and kind, and the value F1 if every (a) error were fixed: a value
error or a miss fixed adds a correct timex; a false positive fixed removes a system timex.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
UNITS = {  # word -> duration letter(s) it allows
    "second": {"TS"},
    "minute": {"TM"},
    "hour": {"TH"},
    "day": {"D"},
    "week": {"W"},
    "month": {"M"},
    "quarter": {"Q", "M"},
    "year": {"Y"},
    "decade": {"E", "DE", "Y"},
    "century": {"C", "CE", "Y"},
    "centurie": {"C", "CE", "Y"},
}
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
UNIT_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1, "Q": 91, "H": 182, "E": 3650, "DE": 3650}
UNIT_DAYS |= {"C": 36500, "CE": 36500, "L": 365000, "ML": 365000, "WE": 2}
TIME_UNIT_DAYS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}
BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE
)
VAGUE = re.compile(r"^(PAST_REF|PRESENT_REF|FUTURE_REF|PX[A-Z]+|PTX[A-Z]+)$")


def load_scorer(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("score_timex", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- values -----------------------------------------------------------------------------------


def interval(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers (time of day ignored), None if not a dated value."""
    v = value.split("T")[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v):
            d = date(*map(int, m.groups()))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
            y, mo = map(int, m.groups())
            end = date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
            return date(y, mo, 1), end
        if m := re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-([QH])(\d)", v):
            y, n = int(m[1]), int(m[3])
            months = 3 if m[2] == "Q" else 6
            first = (n - 1) * months + 1
            last = first + months - 1
            end = date(y + last // 12, last % 12 + 1, 1) - timedelta(days=1)
            return date(y, first, 1), end
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            a, b = SEASONS[m[2]]
            end = date(y + b // 12, b % 12 + 1, 1) - timedelta(days=1)
            return date(y, a, 1), end
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := re.fullmatch(r"(\d{3})X?", v):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})(XX)?", v):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def duration_days(value: str) -> float | None:
    if m := re.fullmatch(r"PT(\d+(?:\.\d+)?)([HMS])", value):
        return float(m[1]) * TIME_UNIT_DAYS[m[2]]
    if m := re.fullmatch(r"P(\d+(?:\.\d+)?)(DE|CE|ML|WE|[YMWDQHECL])", value):
        return float(m[1]) * UNIT_DAYS[m[2]]
    return None


def shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def phrase_pattern(text: str) -> str:
    """A phrase with its particulars abstracted: "the 1990s" and "1990s" -> "9999s"."""
    t = text.lower().strip(" .,;:'\"`")
    t = re.sub(r"^(the|on|in|at|by|about|around)\s+", "", t)
    t = re.sub(r"\b(" + "|".join(WEEKDAYS) + r")\b", "WD", t)
    t = re.sub(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", "MON", t)
    t = re.sub(r"\b(" + "|".join(NUMBERS) + r")\b", "N", t)
    return re.sub(r"\d", "9", t)


# -- checks -----------------------------------------------------------------------------------


def weekday_named(text: str) -> int | None:
    found = [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", text, re.I)]
    return found[0] if len(found) == 1 else None


def check_gold_vs_text(text: str, gvalue: str, dct: date) -> str | None:
    """Reasons the gold value contradicts its own text or the document date."""
    span = interval(gvalue)
    wd = weekday_named(text)
    bare_weekday = BARE_WEEKDAY.fullmatch(text.strip(" .,"))
    if wd is not None and span and span[0] == span[1] and re.match(r"\d{4}-\d\d-\d\d", gvalue):
        if span[0].weekday() != wd:
            return "b: gold weekday value is another weekday"
        if bare_weekday and abs((span[0] - dct).days) > 7:
            return "b: gold bare weekday more than a week from the document date"
    low = text.lower()
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)
    if (
        years
        and span
        and not any(span[0].year <= int(y) <= span[1].year for y in years)
        and not re.search(r"\b(ago|earlier|later|before|after|since|year-earlier)\b", low)
    ):
        return "b: gold year contradicts the year in the text"
    months = [MONTHS[w] for w in re.findall(r"[a-z]+", low) if w in MONTHS and w != "may"]
    if (
        months
        and span
        and (span[0] == span[1] or re.fullmatch(r"\d{4}-\d\d", gvalue))
        and span[0].month not in months
        and not re.search(r"\b(ago|earlier|later|before|after)\b", low)
    ):
        return "b: gold month contradicts the month in the text"
    dur = re.fullmatch(r"P(T?)(\d+|X)([A-Z]+)", gvalue)
    if dur:
        unit_words = re.findall(
            r"\b(second|minute|hour|day|week|month|quarter|year|decade|centurie|century)s?\b", low
        )
        letters = dur[1] + dur[3]
        if len(set(unit_words)) == 1 and letters not in UNITS[unit_words[0]]:
            return "b: gold duration unit contradicts the unit in the text"
        counts = [int(w) for w in re.findall(r"\b\d+\b", text)] + [
            NUMBERS[w] for w in re.findall(r"[a-z]+", low) if w in NUMBERS
        ]
        if (
            len(counts) == 1
            and dur[2] != "X"
            and len(set(unit_words)) == 1
            and letters in UNITS[unit_words[0]]
            and int(dur[2]) != counts[0]
            and not re.search(r"\b(or|to|-|and)\b|hundred|thousand", low)
        ):
            return "b: gold duration count contradicts the number in the text"
    relative = not re.search(
        r"\d|ago|earlier|later|before|after|since|decade|centur|years|previous|then|that", low
    )
    if relative and span and min(abs(span[0].year - dct.year), abs(span[1].year - dct.year)) > 1:
        return "b: gold dates a relative phrase years away from the document"
    return None


def defensible(text: str, gvalue: str, svalue: str, gtype: str, stype: str) -> str | None:
    g_days, s_days = duration_days(gvalue), duration_days(svalue)
    if g_days is not None and s_days is not None and abs(g_days - s_days) <= 0.1 * g_days:
        return "c: the same length in other units"
    if VAGUE.match(gvalue) and VAGUE.match(svalue):
        return "c: both vague"
    g, s = interval(gvalue), interval(svalue)
    if g and s and ((g[0] <= s[0] and s[1] <= g[1]) or (s[0] <= g[0] and g[1] <= s[1])):
        return "c: one contains the other (granularity)"
    mixed = (gtype == "DURATION") != (stype == "DURATION") or (g_days is None) != (s_days is None)
    if mixed and gtype in ("DATE", "DURATION") and stype in ("DATE", "DURATION"):
        return "c: a point read as a duration or the reverse"
    quarter = re.compile(r"\d{4}-Q\d")
    if (
        quarter.fullmatch(gvalue)
        and quarter.fullmatch(svalue)
        and not re.search(r"first|second|third|fourth|[1-4](?:st|nd|rd|th)", text, re.IGNORECASE)
    ):
        return "c: an unnamed quarter, which fiscal calendars move"
    return None


def main() -> None:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--scorer", default=str(here.parent.parent / "shared/te3/score_timex.py"))
    ap.add_argument("--list", action="store_true", help="print every error with its class")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    gold = scorer.load(args.gold)
    system = scorer.load(args.system)

    # corpus-wide: what the gold does with each phrase pattern, and how often each phrase occurs
    shapes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    annotated: collections.Counter[str] = collections.Counter()
    for doc in gold.values():
        for t in doc["timexes"]:
            shapes[phrase_pattern(t["text"])][shape(t["value"])] += 1
            annotated[t["text"].lower().strip(" .,")] += 1
    corpus_text = "\n".join(doc["text"].lower() for doc in gold.values())

    def occurrences(phrase: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", corpus_text))

    def inconsistent_pattern(text: str, svalue: str, gvalue: str | None) -> str | None:
        seen = shapes.get(phrase_pattern(text))
        if not seen:
            return None
        if (
            gvalue is not None
            and len(seen) > 1
            and shape(svalue) in seen
            and shape(svalue) != shape(gvalue)
        ):
            return "b: the gold annotates this phrase pattern both ways"
        return None

    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    listing = []
    value_ok = n_sys = n_gold = 0
    for doc_id, gd in gold.items():
        dct = date.fromisoformat(gd["dct"][:10])
        gold_t = gd["timexes"]
        sys_t = scorer.clean_sys(system.get(doc_id, {}).get("timexes", []), gd["text"])
        n_gold += len(gold_t)
        n_sys += len(sys_t)
        pairs = scorer.match_doc(gold_t, sys_t)
        errors: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]] = []
        shifted_weekdays = any(
            weekday_named(t["text"]) is not None
            and BARE_WEEKDAY.fullmatch(t["text"].strip(" .,"))
            and (span := interval(t["value"])) is not None
            and abs((span[0] - dct).days) > 7
            for t in gold_t
        )
        for gi, si in pairs:
            if scorer.norm_val(gold_t[gi]["value"]) == scorer.norm_val(sys_t[si]["value"]):
                value_ok += 1
            else:
                errors.append(("VALUE", gold_t[gi], sys_t[si]))
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        errors += [("FN", g, None) for i, g in enumerate(gold_t) if i not in matched_g]
        errors += [("FP", None, s) for i, s in enumerate(sys_t) if i not in matched_s]
        for kind, g, s in errors:
            reason: str | None = None
            if kind == "VALUE":
                assert g is not None and s is not None
                reason = (
                    check_gold_vs_text(g["text"], g["value"], dct)
                    or (
                        "b: the gold dates this document's weekdays from another day than its date"
                        if shifted_weekdays and weekday_named(g["text"]) is not None
                        else None
                    )
                    or (
                        "b: the gold pads unknown parts with X, the corpus mostly does not"
                        if re.sub(r"(-XX)+$", "", g["value"]) == s["value"]
                        else None
                    )
                    or inconsistent_pattern(g["text"], s["value"], g["value"])
                    or defensible(g["text"], g["value"], s["value"], g["type"], s["type"])
                )
            elif kind == "FP":
                assert s is not None
                phrase = s["text"].lower().strip(" .,")
                head = gd["text"][: s["start"]]
                if (
                    s["value"] == gd["dct"][:10]
                    and len(head.strip()) < 40
                    and "\n" not in head.strip()
                ):
                    reason = "b: the dateline (the document date, removed by the conversion)"
                elif annotated[phrase] >= 3 and annotated[phrase] >= 0.3 * occurrences(phrase):
                    reason = "b: the gold marks up this phrase elsewhere"
                elif VAGUE.match(s["value"]) or s["type"] == "SET":
                    reason = "c: vague or generic, annotated or not by taste"
            else:
                assert g is not None
                phrase = g["text"].lower().strip(" .,")
                n = occurrences(phrase)
                if n >= 3 and annotated[phrase] <= 0.5 * n:
                    reason = "b: the gold leaves this phrase unmarked most times elsewhere"
                elif VAGUE.match(g["value"]):
                    reason = "c: vague or generic, annotated or not by taste"
            reason = reason or "a: ours wrong"
            cls = reason[0]
            counts[(cls, kind)] += 1
            reasons[f"{kind:5} {reason}"] += 1
            if args.list:
                listing.append(
                    (
                        cls,
                        kind,
                        doc_id,
                        g and (g["text"], g["value"]),
                        s and (s["text"], s["value"]),
                        reason,
                    )
                )

    def f1(ok: int, n_s: int, n_g: int) -> float:
        return 2 * ok / (n_s + n_g) if n_s + n_g else 0.0

    print(
        f"gold={n_gold} system={n_sys} value_ok={value_ok} "
        f"value_F1={f1(value_ok, n_sys, n_gold):.4f}"
    )
    print(f"{'class':<8}{'VALUE':>7}{'FP':>6}{'FN':>6}{'all':>6}")
    for cls, name in (("a", "a ours"), ("b", "b gold"), ("c", "c either")):
        row = [counts[(cls, k)] for k in ("VALUE", "FP", "FN")]
        print(f"{name:<8}{row[0]:>7}{row[1]:>6}{row[2]:>6}{sum(row):>6}")
    print()
    for reason, n in sorted(reasons.items()):
        print(f"{n:5}  {reason}")
    a_val, a_fp, a_fn = counts[("a", "VALUE")], counts[("a", "FP")], counts[("a", "FN")]
    ceiling = f1(value_ok + a_val + a_fn, n_sys - a_fp + a_fn, n_gold)
    print(f"\nvalue F1 ceiling with every (a) error fixed: {ceiling:.4f}")
    bc_val = sum(counts[(c, "VALUE")] for c in "bc")
    bc_fn = sum(counts[(c, "FN")] for c in "bc")
    bc_fp = sum(counts[(c, "FP")] for c in "bc")
    print(
        "value F1 if instead every (b) and (c) error went the gold's way: "
        f"{f1(value_ok + bc_val + bc_fn, n_sys - bc_fp + bc_fn, n_gold):.4f}"
    )
    if args.list:
        for row in sorted(listing, key=lambda r: (r[0], r[1])):
            print("\t".join(str(x) for x in row))


if __name__ == "__main__":
    sys.exit(main())

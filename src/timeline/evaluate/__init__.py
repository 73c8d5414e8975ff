"""Scoring the tool's output against gold annotations: a timeline against a gold timeline
(`score_timeline`) and time expressions against TempEval-3 gold (`score_timex`). The figures
are those of the project's reference scorers (`../shared/eval/score_timeline.py` and
`../shared/te3/score_timex.py`), key for key. Standard library only."""

from __future__ import annotations

from timeline.evaluate.timeline import check_gold, check_timeline, score_timeline, timeline_lines
from timeline.evaluate.timex import check_timex_records, score_timex, timex_lines, timex_warnings

__all__ = [
    "check_gold",
    "check_timeline",
    "check_timex_records",
    "score_timeline",
    "score_timex",
    "timeline_lines",
    "timex_lines",
    "timex_warnings",
]

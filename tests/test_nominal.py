"""Nominal events: an event noun that a date modifies, or that a light or aspectual verb of a
dated clause takes, is the event; its trigger is the noun, its headline the light verb's
clause, a clause made of the noun's phrase (tests/test_nominal_clauses.py) or the phrase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model


def events_of(tmp_path: Path, text: str) -> list[Event]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")  # no publication date: no lead
    return list(build_timeline([tmp_path], Settings()).timeline.events)


@pytest.mark.parametrize(
    ("text", "trigger", "title"),
    [
        (
            "Aeroflot agreed in 2005 to the purchase of 22 Boeing 787s.",
            "purchase",
            "Aeroflot agreed to the purchase of 22 Boeing 787s",
        ),
        (
            "Apple announced the launch of the iPhone on January 9, 2007.",
            "launch",
            "Apple announced the launch of the iPhone",
        ),
        (
            "Pinochet lost a 1988 referendum on his continued rule.",
            "referendum",
            "A referendum on his continued rule was held",
        ),
        (
            "The Chechen republic is expected to hold parliamentary elections on Nov. 27, 2005.",
            "election",
            "The Chechen republic is expected to hold parliamentary elections",
        ),
        (  # the object of a verb of a state
            "Mystery still shrouds the strangling of Natalie Pearman in 1992.",
            "strangling",
            "Natalie Pearman was strangled",
        ),
        (
            "The two ministers are to have a dinner meeting on May 2, 2006.",
            "meeting",
            "The two ministers are to have a dinner meeting",
        ),
    ],
)
def test_an_event_noun_is_the_event(
    nlp: Any, tmp_path: Path, text: str, trigger: str, title: str
) -> None:
    events = events_of(tmp_path, text + "\n")
    assert [(e.trigger, e.title) for e in events] == [(trigger, title)]


def test_agreeing_to_an_act_is_the_act(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "Aeroflot agreed in 2005 to purchase 22 Boeing 787s.\n")
    assert [e.trigger for e in events] == ["purchase"]


def test_a_copula_dates_its_event_subject(nlp: Any, tmp_path: Path) -> None:
    events = events_of(tmp_path, "The launch of the iPhone was on January 9, 2007.\n")
    assert [(e.date.edtf, e.trigger) for e in events] == [("2007-01-09", "launch")]


def test_the_json_names_the_noun_as_trigger(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Aeroflot agreed in 2005 to the purchase of 22 Boeing 787s.\n", encoding="utf-8"
    )
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "a.txt"), "-o", str(out), "--quiet", "--no-cache"],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [(e["trigger"], e["title"]) for e in events] == [
        ("purchase", "Aeroflot agreed to the purchase of 22 Boeing 787s")
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Smith was injured in the 2002 final against Brazil.", "injure"),  # within the final
        ("Pinochet came to power in a 1973 military coup.", "come"),
        ("Kiyingi denied any role in the July 2005 killing of his wife.", "killing"),  # told
        ("Lee lost in the 2002 final.", "lose"),
    ],
)
def test_an_act_within_a_dated_event_is_dated_by_it(
    nlp: Any, tmp_path: Path, text: str, trigger: str
) -> None:
    events = events_of(tmp_path, text + "\n")
    assert [e.trigger for e in events] == [trigger]

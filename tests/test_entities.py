"""Entities resolved within a document (short forms, acronyms, pronouns, descriptions) and
`--entity` matching their aliases, through `build_timeline` and the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.filters import EventFilter
from timeline.models import Event
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

CARMAKER = (
    "---\npublished: 2024-05-10\n---\nPlant to close\n\n"
    "General Motors opened a battery plant in Lansing on March 4. "
    "The carmaker hired 300 workers on April 2. "
    "It closed an older factory in Flint on April 20. "
    "GM recalled 5,000 pickup trucks on May 6.\n"
)
PEOPLE = (
    "---\npublished: 2024-05-10\n---\nA new tablet\n\n"
    "Sarah Collins founded the studio in 2009. "
    "Collins hired a designer on June 1, 2011. "
    "Daniel Reyes joined the studio on June 1, 2012. "
    "He drew the first tablet in 2013. "
    "She sold the studio in 2019.\n"
)
FED = (
    "---\npublished: 2024-05-10\n---\nRates\n\n"
    "The Federal Reserve raised its main rate on May 1. "
    "The Fed had cut rates in 2020.\n"
)


def run(tmp_path: Path, files: dict[str, str]) -> list[Event]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return list(build_timeline([tmp_path], Settings()).timeline.events)


def on(events: list[Event], date: str) -> Event:
    return next(e for e in events if e.date.edtf == date)


def actor_names(event: Event) -> set[str]:
    return {a.text for a in event.actors}


def test_descriptions_pronouns_and_acronyms_are_the_named_company(nlp: Any, tmp_path: Path) -> None:
    events = run(tmp_path, {"gm.txt": CARMAKER})
    assert "General Motors" in actor_names(on(events, "2024-04-02"))  # the carmaker
    assert "General Motors" in actor_names(on(events, "2024-04-20"))  # it
    assert "General Motors" in actor_names(on(events, "2024-05-06"))  # GM
    assert "GM" not in actor_names(on(events, "2024-05-06"))


def test_surnames_and_pronouns_are_the_named_person(nlp: Any, tmp_path: Path) -> None:
    events = run(tmp_path, {"studio.txt": PEOPLE})
    assert actor_names(on(events, "2011-06-01")) == {"Sarah Collins"}  # Collins
    assert "Daniel Reyes" in actor_names(on(events, "2013"))  # he: the last person named
    assert "Sarah Collins" in actor_names(on(events, "2019"))  # she: not Reyes, who is "he"
    assert "Daniel Reyes" not in actor_names(on(events, "2019"))


@pytest.mark.parametrize(
    ("query", "date"),
    [
        ("GM", "2024-04-20"),  # the event says "It": resolved to General Motors
        ("gm", "2024-04-02"),  # "The carmaker", any case
        ("General Motors", "2024-05-06"),  # the event says "GM"
        ("general motors's", "2024-03-04"),  # possessive ignored
    ],
)
def test_entity_filter_matches_aliases_and_resolved_events(
    nlp: Any, tmp_path: Path, query: str, date: str
) -> None:
    timeline = build_timeline([_write(tmp_path, "gm.txt", CARMAKER)], Settings()).timeline
    kept = EventFilter(entity=query).apply(timeline).events
    assert date in {e.date.edtf for e in kept}


def test_entity_filter_matches_a_surname_and_the_fed(nlp: Any, tmp_path: Path) -> None:
    _write(tmp_path, "studio.txt", PEOPLE)
    _write(tmp_path, "fed.txt", FED)
    timeline = build_timeline([tmp_path], Settings()).timeline
    reyes = {e.date.edtf for e in EventFilter(entity="Reyes").apply(timeline).events}
    assert "2013" in reyes  # "He drew the first tablet"
    assert "2019" not in reyes
    fed = {e.date.edtf for e in EventFilter(entity="the Fed").apply(timeline).events}
    assert {"2024-05-01", "2020"} <= fed
    assert not {"2013", "2019"} & fed


def test_entity_filter_keeps_apart_a_name_inside_a_longer_one(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2024-05-10\n---\nMusic\n\n"
        "Apple Inc. opened a store in Tokyo on March 3. "
        "The Beatles' company Apple Corps released an album on April 9.\n"
    )
    timeline = build_timeline([_write(tmp_path, "a.txt", text)], Settings()).timeline
    kept = {e.date.edtf for e in EventFilter(entity="Beatles Apple Corps").apply(timeline).events}
    assert kept == {"2024-04-09"}


def test_show_entity_uses_aliases(nlp: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    _write(corpus, "gm.txt", CARMAKER)
    out = tmp_path / "t.json"
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--no-cache"])
    assert extracted.exit_code == 0, extracted.output
    shown = runner.invoke(app, ["show", str(out), "--format", "json", "--entity", "GM"])
    assert shown.exit_code == 0, shown.output
    dates = {e["date"] for e in json.loads(shown.stdout)["events"]}
    assert {"2024-03-04", "2024-04-02", "2024-04-20", "2024-05-06"} <= dates


def _write(folder: Path, name: str, text: str) -> Path:
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_name_and_a_number_are_another_name_unless_the_name_is_an_index_in_capitals() -> None:
    """ "S&P" stands for "S&P 500" (an index written in capitals); "iPhone" is not "iPhone 4",
    nor "Windows" "Windows 95"."""
    from timeline.events.names import names_entity

    assert names_entity("S&P", "ORG", "S&P 500") and names_entity("FTSE", "ORG", "FTSE 100")
    assert not names_entity("iPhone", "ORG", "iPhone 4")
    assert not names_entity("Windows", "PRODUCT", "Windows 95")
    assert names_entity("iPhone 4", "ORG", "iPhone 4")


def test_an_entity_is_an_events_when_it_takes_part_not_when_the_headline_names_it(
    nlp: Any, tmp_path: Path
) -> None:
    text = (
        "---\npublished: 2010-07-17\n---\nNews\n\n"
        "The Zephyr 4 phone went on sale on June 24.\n\n"
        "Analysts met on June 30 in a hall full of Zephyr 4 posters.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    settings = Settings(entity_timeline=True, filter=EventFilter(entity="Zephyr 4"))
    events = build_timeline([tmp_path], settings).timeline.events
    dates = {e.date.edtf for e in events}
    assert "2010-06-24" in dates  # its subject
    assert "2010-06-30" not in dates  # only a word of a prepositional phrase


def test_it_is_the_country_its_clause_hangs_on(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 1997-04-28\n---\nNews\n\n"
        "Sanctions were imposed on Iraq after it invaded Kuwait in 1990.\n\n"
        'A spokesman said: "It is difficult to take any clear message from the polls in 1997."\n'
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    titles = {e.date.edtf: e.title for e in build_timeline([tmp_path], Settings()).timeline.events}
    assert titles["1990"] == "Iraq invaded Kuwait"
    assert all(not t.startswith(("The United Nations is", "Iraq is")) for t in titles.values())


def test_a_pronoun_in_a_who_clause_is_the_person_the_clause_is_about(
    nlp: Any, tmp_path: Path
) -> None:
    text = (
        "---\npublished: 2024-05-10\n---\nVerdict\n\n"
        "Judge Maria Okonjo said on Monday that prosecutors had failed to prove their case "
        "against Peter Lwanga, 51, a surgeon, who had denied any role in the 2022 killing of "
        "his brother.\n"
    )
    events = run(tmp_path, {"verdict.txt": text})
    killing = on(events, "2022")
    assert "Peter Lwanga" in killing.title
    assert "Maria Okonjo" not in killing.title


def test_a_place_is_no_short_form_of_a_longer_place(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2024-05-10\n---\nTroops\n\n"
        "Hong Kong Island residents protested on Sunday. Hong Kong should not be concerned at "
        "the deployment of British ships here 60 days before the handover in July, a government "
        "official said Monday.\n"
    )
    events = run(tmp_path, {"island.txt": text})
    assert not [e for e in events if "Hong Kong Island should" in e.title]

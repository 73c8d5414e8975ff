"""Trigger offsets (issue 13, item 9): each mention names the characters of its event word in
the text the tool read (the file itself for .txt and .md, the record's text for JSON Lines,
the extracted article for a web page), through the JSON, the cache and the HTML page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.export import Format, format_timeline
from timeline.export.jsonfile import read_timeline, to_json
from timeline.models import Event, Mention, Timeline
from timeline.run import build_timeline
from timeline.settings import Settings

pytestmark = pytest.mark.model

SIGNED = "The governor signed the budget into law on March 3, 2021, after a long fight."


def run(paths: list[Path], **settings: Any) -> Timeline:
    return build_timeline(paths, Settings(**settings)).timeline


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))  # as given: no newline translation
    return path


def words(event: Event) -> list[str]:
    return [m.trigger.text for m in event.mentions if m.trigger is not None]


def only_event(timeline: Timeline, edtf: str) -> Event:
    found = [e for e in timeline.events if e.date.edtf == edtf]
    assert len(found) == 1, [e.title for e in timeline.events]
    return found[0]


def check_in_sentence(mention: Mention) -> None:
    """The trigger lies inside its sentence, at the same offsets."""
    assert mention.trigger is not None
    start = mention.trigger.start - mention.char_start
    end = mention.trigger.end - mention.char_start
    assert mention.sentence[start:end] == mention.trigger.text


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("plain.txt", f"Budget passes\r\n\r\nAfter weeks of talks. {SIGNED}\r\n"),
        ("bom.txt", f"\ufeffBudget passes\n\n{SIGNED}\n"),
        (
            "front.md",
            "---\ntitle: Budget passes\npublished: 2021-03-04\n---\n# Budget passes\n\n"
            "*After weeks of talks*, **the governor** signed the budget into law on March 3, "
            "2021, after a long fight.\n",
        ),
    ],
)
def test_offsets_point_into_the_file(nlp: Any, tmp_path: Path, name: str, text: str) -> None:
    path = write(tmp_path / name, text)
    event = only_event(run([path]), "2021-03-03")
    (mention,) = event.mentions
    assert mention.trigger is not None
    assert mention.trigger.text == "signed"
    file_text = path.read_bytes().decode("utf-8-sig" if name == "bom.txt" else "utf-8")
    assert file_text[mention.trigger.start : mention.trigger.end] == "signed"
    check_in_sentence(mention)


def test_offsets_point_into_the_records_text(nlp: Any, tmp_path: Path) -> None:
    texts = {"a": f"Budget passes\n\n{SIGNED}", "b": f"Older news.\n\n{SIGNED}"}
    lines = [json.dumps({"id": k, "text": t, "dct": "2021-03-04"}) for k, t in texts.items()]
    path = write(tmp_path / "records.jsonl", "\n".join(lines) + "\n")
    event = only_event(run([path]), "2021-03-03")
    assert {m.doc_id for m in event.mentions} == {"a", "b"}
    for mention in event.mentions:
        assert mention.trigger is not None
        assert texts[mention.doc_id][mention.trigger.start : mention.trigger.end] == "signed"


def test_offsets_of_a_web_page_point_into_its_article_text(nlp: Any, tmp_path: Path) -> None:
    body = " ".join(["The council met for many hours and heard a long list of speakers."] * 3)
    html = (
        "<html><head><title>Budget passes</title></head><body><nav>Home | News</nav>"
        f"<article><h1>Budget passes</h1><p>{body}</p><p>{SIGNED}</p></article></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    event = only_event(run([path]), "2021-03-03")
    (mention,) = event.mentions
    assert mention.trigger is not None and mention.trigger.text == "signed"
    check_in_sentence(mention)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The plane took off from Paris on June 2, 2019, with 200 people on board.", "took off"),
        ("The chairman will step down on June 2, 2019, the board said.", "step down"),
        ("The bank took the company over on June 2, 2019, after a long battle.", "took"),
        ("The former mayor is scheduled to be sentenced on June 2, 2019.", "sentenced"),
    ],
)
def test_the_event_word(nlp: Any, tmp_path: Path, sentence: str, word: str) -> None:
    """The verb, with a particle right after it (the SemEval-2015 gold joins phrasal verbs:
    "took_off"), not one further away; the act a plan verb announces."""
    event = only_event(run([write(tmp_path / "a.txt", sentence + "\n")]), "2019-06-02")
    assert words(event) == [word]
    check_in_sentence(event.mentions[0])


def test_a_nominal_events_word_is_its_noun(nlp: Any, tmp_path: Path) -> None:
    text = "A court on Tuesday upheld Harvey Weinstein's 2020 conviction for rape.\n"
    event = only_event(run([write(tmp_path / "a.txt", text)]), "2020")
    assert event.trigger == "conviction" and words(event) == ["conviction"]
    check_in_sentence(event.mentions[0])


def test_the_lead_event_dated_by_the_article_has_its_word(nlp: Any, tmp_path: Path) -> None:
    text = (
        "---\npublished: 2025-01-15\n---\nCouncil keeps rules\n\n"
        "The city council rejected a proposal to let police work with federal agents. "
        "The vote was 39 against and 11 in favor.\n"
    )
    timeline = run([write(tmp_path / "a.md", text)])
    (event,) = [e for e in timeline.events if e.mentions[0].sentence.startswith("The city")]
    assert event.date.edtf == "2025-01-15" and words(event) == ["rejected"]


def test_merged_events_keep_each_mentions_own_word(nlp: Any, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Acme Corp filed for bankruptcy on May 4, 2020, in Delaware.\n")
    write(tmp_path / "b.txt", "Acme Corp sought bankruptcy protection on May 4, 2020.\n")
    event = only_event(run([tmp_path]), "2020-05-04")
    assert sorted(words(event)) == ["filed", "sought"]
    for mention in event.mentions:
        check_in_sentence(mention)


def test_json_carries_the_trigger_and_older_json_still_reads(nlp: Any, tmp_path: Path) -> None:
    timeline = run([write(tmp_path / "a.txt", SIGNED + "\n")])
    data = json.loads(to_json(timeline))
    (mention,) = data["events"][0]["mentions"]
    start = SIGNED.index("signed")
    assert mention["trigger"] == {"start": start, "end": start + 6, "text": "signed"}
    saved = tmp_path / "new.json"
    saved.write_text(to_json(timeline), encoding="utf-8")
    (back,) = read_timeline(saved).events  # the schema takes it, and the trigger reads back
    assert back.mentions[0].trigger == timeline.events[0].mentions[0].trigger
    for event in data["events"]:
        for old in event["mentions"]:
            del old["trigger"]
    older = tmp_path / "old.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    (event,) = read_timeline(older).events
    assert event.mentions[0].trigger is None and event.title == timeline.events[0].title


def test_a_run_from_the_cache_gives_the_same_triggers(nlp: Any, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SIGNED + "\n")
    cache = tmp_path / "cache"
    outputs = []
    for name in ("first.json", "second.json"):
        out = str(tmp_path / name)
        command = ["extract", str(tmp_path / "a.txt"), "-o", out, "--cache-dir", str(cache)]
        result = CliRunner().invoke(app, [*command, "--quiet"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert b'"text": "signed"' in outputs[1]


def test_the_page_marks_the_event_word(nlp: Any, tmp_path: Path) -> None:
    timeline = run([write(tmp_path / "a.txt", "Tom & Jerry " + SIGNED[4:] + "\n")])
    page = format_timeline(timeline, Format.HTML)
    assert "<mark>signed</mark>" in page
    assert "Tom &amp; Jerry governor <mark>signed</mark> the budget" in page


def test_the_news_a_closing_attribution_tells_is_the_event_word(tmp_path: Path) -> None:
    body = (
        "---\npublished: 2024-05-10\n---\nNews of the day\n\n"
        "Brightwell Cycles is recalling about 80,000 battery packs sold in Canada, the "
        "safety commission said Tuesday.\n\n"
        "Prices will rise by 3 percent next year, the central bank said Wednesday.\n\n"
        "The mayor said on Thursday that the council had approved the budget.\n"
    )
    timeline = run([write(tmp_path / "a.txt", body)])
    assert only_event(timeline, "2024-05-07").trigger == "recall"
    assert words(only_event(timeline, "2024-05-07")) == ["recalling"]
    assert only_event(timeline, "2024-05-08").trigger == "say"  # a forecast is no news done
    assert only_event(timeline, "2024-05-09").trigger == "say"  # the telling comes first

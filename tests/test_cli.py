"""The `timeline` command line: help, version, schema, and `extract` end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner, Result

import timeline
from timeline.cli import app

# A fixed terminal width, as in an 80-column terminal or a CI log, so that what rich wraps
# does not depend on the terminal pytest runs in.
runner = CliRunner(env={"COLUMNS": "80"})

COUNCIL = (
    "City council approves budget\n"
    "\n"
    "The council approved the budget on March 3, 2021. The mayor praised the vote.\n"
    "The previous budget was rejected in 2019.\n"
)
BRIDGE = (
    "---\n"
    'title: "Bridge opens"\n'
    "published: 2022-06-01\n"
    "source: City Gazette\n"
    "---\n"
    "The new bridge opened on May 20, 2022.\n"
    "Construction of the bridge began in 2012.\n"
)
SCHOOL = "The school board hired a new principal on August 28, 2020.\n"
MANIFEST = (
    "file,title,source,url,published\n"
    "council.txt,Budget approved,Daily News,https://example.org/budget,2021-03-10\n"
    "school.txt,,Daily News,,2020-09-15\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three short articles: dates from a manifest for two, front matter for the third."""
    folder = tmp_path / "articles"
    write(folder / "council.txt", COUNCIL)
    write(folder / "bridge.txt", BRIDGE)
    write(folder / "school.txt", SCHOOL)
    write(folder / "manifest.csv", MANIFEST)
    return folder


def invoke(*args: str | Path) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def schema() -> dict[str, Any]:
    result = invoke("schema")
    assert result.exit_code == 0, result.output
    loaded: dict[str, Any] = json.loads(result.stdout)
    return loaded


def events_by_date(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for event in data["events"]:
        found.setdefault(event["date"], []).append(event)
    return found


def sentences_of(data: dict[str, Any], doc_id: str) -> list[str]:
    return [m["sentence"] for e in data["events"] for m in e["mentions"] if m["doc_id"] == doc_id]


# --- help, version, schema ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["--help"], *([c, "--help"] for c in ("extract", "show", "export", "tag", "schema"))],
)
def test_help_exits_0_and_shows_an_example(args: list[str]) -> None:
    result = invoke(*args)

    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout
    assert "Example" in result.stdout


def test_version() -> None:
    result = invoke("--version")

    assert result.exit_code == 0
    assert result.stdout.strip() == f"timeline {timeline.__version__}"


def test_schema_is_a_json_schema() -> None:
    loaded = schema()

    Draft202012Validator.check_schema(loaded)
    assert loaded["type"] == "object"
    assert "events" in loaded["properties"]


# --- extract ------------------------------------------------------------------------------


@pytest.mark.model
def test_extract_writes_a_valid_chronological_timeline(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "timeline.json"

    result = invoke("extract", corpus, "-o", out)

    assert result.exit_code == 0, result.output
    assert out.is_file()
    data = json.loads(out.read_text(encoding="utf-8"))
    Draft202012Validator(schema()).validate(data)

    documents = {d["id"]: d for d in data["documents"]}
    assert set(documents) == {"bridge", "council", "school"}
    assert documents["bridge"]["published"] == "2022-06-01"
    assert documents["bridge"]["published_source"] == "front-matter"
    assert documents["bridge"]["title"] == "Bridge opens"
    assert documents["council"]["published"] == "2021-03-10"
    assert documents["council"]["published_source"] == "manifest"
    assert documents["council"]["title"] == "Budget approved"

    starts = [e["start"] for e in data["events"]]
    assert starts == sorted(starts)
    # The explicit dates of the articles are all on the timeline.
    dates = events_by_date(data)
    for day, phrase in [
        ("2021-03-03", "March 3, 2021"),
        ("2022-05-20", "May 20, 2022"),
        ("2020-08-28", "August 28, 2020"),
        ("2012", "2012"),
        ("2019", "2019"),
    ]:
        assert day in dates, day
        assert any(phrase in m["sentence"] for e in dates[day] for m in e["mentions"]), day
    assert dates["2012"][0]["start"] == "2012-01-01"
    assert dates["2012"][0]["end"] == "2012-12-31"

    # The table is printed: its title counts the events and documents.
    assert f"{len(data['events'])} events from 3 documents" in result.stdout


@pytest.mark.model
def test_extract_mentions_point_into_the_original_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"

    result = invoke("extract", corpus, "-o", out, "--quiet")

    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    files = {d["id"]: Path(d["path"]) for d in data["documents"]}
    assert files == {
        "bridge": corpus / "bridge.txt",
        "council": corpus / "council.txt",
        "school": corpus / "school.txt",
    }
    raw = {doc_id: path.read_bytes().decode("utf-8") for doc_id, path in files.items()}
    mentions = [m for e in data["events"] for m in e["mentions"]]
    assert mentions
    assert {m["doc_id"] for m in mentions} == set(files)
    for mention in mentions:
        text = raw[mention["doc_id"]]
        assert text[mention["char_start"] : mention["char_end"]] == mention["sentence"]
        timex = mention["timex"]
        if timex is not None:
            assert text[timex["start"] : timex["end"]] == timex["text"]
            assert mention["char_start"] <= timex["start"] <= timex["end"] <= mention["char_end"]


@pytest.mark.model
def test_extract_to_stdout_writes_json_and_no_table(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = invoke("extract", corpus, "-o", "-")

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # nothing but the JSON on stdout
    Draft202012Validator(schema()).validate(data)
    assert {d["id"] for d in data["documents"]} == {"bridge", "council", "school"}
    assert "events from 3 documents" not in result.output
    assert not (tmp_path / "-").exists()


@pytest.mark.model
def test_extract_quiet_prints_no_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"

    result = invoke("extract", corpus, "-o", out, "--quiet")

    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "events from 3 documents" not in result.output
    assert "┃" not in result.output
    assert result.stdout == ""


@pytest.mark.model
def test_extract_with_one_bad_file_fails_but_writes_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(folder / "good.txt", "The council approved the budget on March 3, 2021.\n")
    bad = folder / "bad.txt"
    bad.write_bytes(b"Caf\xc3\xa9 owners protested on May 1, 2020. \xff\n")  # damaged UTF-8
    out = tmp_path / "out.json"

    result = invoke("extract", folder, "-o", out, "--published", "2021-06")

    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "bad.txt" in line]
    assert len(lines) == 1
    assert str(bad) in lines[0]
    assert "bad.txt" not in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["good"]
    assert "2021-03-03" in events_by_date(data)


@pytest.mark.model
def test_extract_names_a_bad_file_exactly_even_with_brackets(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(folder / "good.txt", "The council approved the budget on March 3, 2021.\n")
    bad = folder / "notes[draft].txt"
    bad.write_bytes(b"Caf\xc3\xa9 \xff.\n")
    out = tmp_path / "out.json"

    result = invoke("extract", folder, "-o", out, "--published", "2021-06")

    assert result.exit_code == 1
    # File names are shown as they are, not read as console markup.
    assert str(bad) in result.stderr


@pytest.mark.parametrize("existing", [True, False], ids=["sentinel", "no-output"])
@pytest.mark.model
def test_extract_missing_path_fails_and_writes_nothing(tmp_path: Path, existing: bool) -> None:
    out = tmp_path / "out.json"
    if existing:
        out.write_text('{"sentinel": true}\n', encoding="utf-8")
    missing = tmp_path / "no-such-folder"

    result = invoke("extract", missing, "-o", out)

    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert "Traceback" not in result.output
    if existing:
        assert out.read_text(encoding="utf-8") == '{"sentinel": true}\n'
    else:
        assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == (["out.json"] if existing else [])


def test_extract_bad_published_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"

    result = invoke("extract", corpus, "--published", "notadate", "-o", out)

    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "--published" in lines[0]
    assert "notadate" in lines[0]
    assert not out.exists()


@pytest.mark.model
def test_extract_undated_documents(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(
        folder / "undated.txt",
        "Last year, the mayor resigned. The bridge was completed in 2012.\n",
    )
    write(
        folder / "dated.txt",
        "---\npublished: 2021-05-01\n---\nThe council approved the budget on March 3, 2021.\n",
    )
    out = tmp_path / "out.json"

    result = invoke("extract", folder, "-o", out, "--quiet")

    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "no publication date" in line]
    assert len(notes) == 1, result.stderr
    assert "1 of 2 documents" in notes[0]
    assert "--published" in notes[0]

    data = json.loads(out.read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in data["documents"]}
    assert documents["undated"]["published"] is None
    assert documents["undated"]["published_source"] is None
    undated_sentences = sentences_of(data, "undated")
    # The relative date cannot be resolved, so it makes no event ...
    assert not any("Last year" in s for s in undated_sentences)
    # ... while the explicit date in the same document still does.
    dates = events_by_date(data)
    assert "2012" in dates
    assert any(
        m["doc_id"] == "undated" and "completed in 2012" in m["sentence"]
        for e in dates["2012"]
        for m in e["mentions"]
    )
    assert "2021-03-03" in dates


@pytest.mark.model
def test_extract_published_option_resolves_relative_dates(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(folder / "law.txt", "Last year, the city passed a law.\n")
    out = tmp_path / "out.json"

    result = invoke("extract", folder, "-o", out, "--published", "2020", "--quiet")

    assert result.exit_code == 0, result.output
    assert "no publication date" not in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] == "2020"
    assert data["documents"][0]["published_source"] == "option"
    dates = events_by_date(data)
    assert "2019" in dates
    (event,) = dates["2019"]
    assert event["granularity"] == "year"
    assert event["mentions"][0]["sentence"] == "Last year, the city passed a law."
    assert event["mentions"][0]["timex"]["text"] == "Last year"


@pytest.mark.model
def test_extract_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"

    one = invoke("extract", corpus, "-o", first, "--quiet")
    two = invoke("extract", corpus, "-o", second, "--quiet")

    assert one.exit_code == two.exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_bytes())["events"]


@pytest.mark.model
def test_installed_console_script(corpus: Path, tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "timeline"
    out = tmp_path / "out.json"

    completed = subprocess.run(
        [str(script), "extract", str(corpus), "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )

    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    Draft202012Validator(schema()).validate(data)
    assert len(data["documents"]) == 3
    assert data["generated_by"] == f"timeline {timeline.__version__}"


@pytest.mark.model
def test_output_does_not_depend_on_hash_seed(tmp_path: Path) -> None:
    """Sets are not ordered the same from one Python process to the next: the output must not
    depend on that."""
    folder = tmp_path / "in"
    write(
        folder / "a.txt",
        "---\npublished: 2020-05\n---\nPolice arrested Smith in 2019, and prosecutors "
        "charged Jones in 2019. Smith was born in 1990 in Ohio and died in 2019 in Chicago.\n",
    )
    write(folder / "b.txt", "Smith was born in 1990 in Ohio and died in 2019 in Chicago.\n")
    script = Path(sys.executable).parent / "timeline"
    outputs = []
    for seed in ("1", "3"):
        out = tmp_path / f"out{seed}.json"
        env = {"PATH": str(Path(sys.executable).parent), "PYTHONHASHSEED": seed}
        completed = subprocess.run(
            [str(script), "extract", str(folder), "-o", str(out), "--quiet"],
            capture_output=True, text=True, check=False, env=env,
        )  # fmt: skip
        assert completed.returncode == 0, completed.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    events = json.loads(outputs[0])["events"]
    assert len({e["id"] for e in events}) == len(events)


@pytest.mark.model
def test_tag_writes_timexes_as_json_lines_and_timeml(tmp_path: Path) -> None:
    records = tmp_path / "news.jsonl"
    write(
        records,
        '{"doc_id": "d1", "dct": "1998-02-13", "text": "Talks broke off at noon Thursday '
        'and resume next week, three years after they began."}\n',
    )
    out = tmp_path / "out.jsonl"
    result = invoke("tag", records, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    (line,) = out.read_text(encoding="utf-8").splitlines()
    data = json.loads(line)
    assert data["doc_id"] == "d1" and data["dct"] == "1998-02-13"
    found = [(t["text"], t["type"], t["value"]) for t in data["timexes"]]
    assert found == [
        ("noon Thursday", "TIME", "1998-02-12T12:00"),
        ("next week", "DATE", "1998-W08"),
        ("three years", "DURATION", "P3Y"),
    ]
    folder = tmp_path / "tml"
    result = invoke("tag", records, "--format", "timeml", "-o", folder)
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t2" type="DATE" value="1998-W08">next week</TIMEX3>' in (
        folder / "d1.tml"
    ).read_text(encoding="utf-8")


def test_tag_timeml_needs_a_folder(tmp_path: Path) -> None:
    result = invoke("tag", tmp_path, "--format", "timeml")
    assert result.exit_code == 2
    assert "folder" in result.output


@pytest.mark.model
def test_outputs_written_into_the_input_folder_are_not_read_as_articles(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "---\npublished: 2020-05\n---\nThe council met on June 30, 2020.\n")
    out, page = tmp_path / "timeline.json", tmp_path / "timeline.html"
    assert invoke("extract", tmp_path, "-o", out, "--quiet").exit_code == 0
    assert invoke("export", out, "--format", "html", "-o", page).exit_code == 0
    again = invoke("extract", tmp_path, "-o", out, "--quiet")
    assert again.exit_code == 0, again.output
    assert [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]] == ["a"]
    assert "timeline.html: a timeline this tool wrote" in again.output


def test_a_setting_error_names_the_setting_in_the_library_and_the_option_on_the_command_line(
    tmp_path: Path,
) -> None:
    from timeline.errors import SettingError
    from timeline.settings import Settings

    with pytest.raises(SettingError) as raised:
        Settings(max_bytes=0)
    assert str(raised.value) == "max_bytes must be at least 1, not 0"
    assert (raised.value.setting, raised.value.value) == ("max_bytes", 0)
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path), "--max-bytes", "0", "-o", str(tmp_path / "t.json")]
    )
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --max-bytes must be at least 1, not 0"

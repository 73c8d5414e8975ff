"""A hostile cache: `cache clear` pointed at the user's own files, entries forged or mistyped
by whoever can write there, a cache folder others can write to or inside the input, and the
same file named two ways. Each goes through the real command line."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import GOOD_DATE, extract, runner, write_good
from timeline.cli import app

pytestmark = pytest.mark.model
SENTENCE = b"The council approved the budget on March 3, 2021."


def entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("*/*.json") if re.fullmatch(r"[0-9a-f]{64}", p.stem))


def warm(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A folder of one good article, run once: (folder, cache, the entry written)."""
    folder, cache = tmp_path / "news", tmp_path / "cache"
    write_good(folder)
    first = extract(folder, "--cache-dir", cache, out=tmp_path / "first.json")
    assert first.exit_code == 0 and first.dates_of("good") == [GOOD_DATE]
    (entry,) = entries(cache)
    return folder, cache, entry


def rewrite(entry: Path, change: Callable[[bytes], bytes]) -> bytes:
    """Change an entry's payload and give it the right digest, as anyone who can write to
    the cache can: the digest is a checksum, not a signature."""
    _, _, payload = entry.read_bytes().partition(b"\n")
    changed = change(payload)
    assert changed != payload
    data = hashlib.sha256(changed).hexdigest().encode("ascii") + b"\n" + changed
    entry.write_bytes(data)
    return data


def retyped(key: str, value: object) -> Callable[[bytes], bytes]:
    """Every value under `key`, anywhere in the entry, replaced by `value`."""

    def walk(node: object) -> object:
        if isinstance(node, dict):
            return {k: value if k == key else walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return lambda payload: json.dumps(walk(json.loads(payload))).encode("utf-8")


# Item 6: `cache clear` deletes only in a marked cache, only what the cache wrote.


def test_clear_refuses_a_folder_of_the_users_own_files(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    own = ["ab/123.json", "cd/notes.json", f"ef/{'ef' + '0' * 62}.json", "0a/x.json"]
    for name in own:
        (mine / name).parent.mkdir(parents=True, exist_ok=True)
        (mine / name).write_text('{"mine": true}', encoding="utf-8")
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(mine)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "CACHEDIR.TAG" in line and "nothing deleted" in line
    assert all((mine / name).read_text(encoding="utf-8") == '{"mine": true}' for name in own)


def test_clear_empties_a_real_cache_and_leaves_foreign_files(tmp_path: Path) -> None:
    _, cache, entry = warm(tmp_path)
    tag = (cache / "CACHEDIR.TAG").read_bytes()
    assert tag.startswith(b"Signature: 8a477f597d28d172789f06886806bc55\n#")
    other_shard = "00" if entry.parent.name != "00" else "01"
    foreign = {
        "notes.txt": "my notes",
        "ab/mine.txt": "mine",
        f"{entry.parent.name}/mine.json": '{"mine": true}',
        f"{other_shard}/{other_shard + '1' * 62}.json": '{"looks like an entry": true}',
    }
    for name, text in foreign.items():
        (cache / name).parent.mkdir(parents=True, exist_ok=True)
        (cache / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    assert "Removed 1 cached document " in result.stdout
    assert not entry.exists()
    assert all((cache / name).read_text(encoding="utf-8") == text for name, text in foreign.items())
    assert (cache / "CACHEDIR.TAG").read_bytes() == tag


def test_an_unmarked_folder_with_files_is_not_used_as_a_cache(tmp_path: Path) -> None:
    """A cache of an earlier version (unmarked) or any folder of files: the run goes on
    without it, with a warning; nothing is written there."""
    folder, old = tmp_path / "news", tmp_path / "old-cache"
    write_good(folder)
    (old / "ab").mkdir(parents=True)
    (old / "ab" / "123.json").write_text("{}", encoding="utf-8")
    run = extract(folder, "--cache-dir", old, out=tmp_path / "out.json")
    assert run.exit_code == 0 and run.dates_of("good") == [GOOD_DATE]
    (line,) = run.lines_naming(str(old))
    assert "CACHEDIR.TAG" in line and "rm -r" in line
    assert sorted(p.relative_to(old).as_posix() for p in old.rglob("*")) == ["ab", "ab/123.json"]


# Item 8: entries are checked; a folder or entry others can write to is not trusted.


@pytest.mark.parametrize(
    ("key", "value"),
    [("char_start", "0"), ("confidence", "high"), ("mentions", {"x": 1}), ("title", [1, 2])],
)
def test_an_entry_of_the_wrong_types_is_ignored_and_rebuilt(
    tmp_path: Path, key: str, value: object
) -> None:
    folder, cache, entry = warm(tmp_path)
    bad = rewrite(entry, retyped(key, value))
    for attempt in ("rebuilds", "reads the rebuilt entry"):
        run = extract(folder, "--cache-dir", cache, out=tmp_path / "out.json")
        assert run.exit_code == 0, (attempt, run.stderr)
        assert run.dates_of("good") == [GOOD_DATE], attempt
        assert (tmp_path / "out.json").read_bytes() == (tmp_path / "first.json").read_bytes()
    assert entries(cache) == [entry] and entry.read_bytes() != bad


def test_an_entry_quoting_what_the_article_does_not_say_is_not_used(tmp_path: Path) -> None:
    folder, cache, entry = warm(tmp_path)
    forged = b"The council was dissolved on March 3, 2021."
    rewrite(entry, lambda payload: payload.replace(SENTENCE, forged))
    run = extract(folder, "--cache-dir", cache, out=tmp_path / "out.json")
    assert run.exit_code == 0
    assert (tmp_path / "out.json").read_bytes() == (tmp_path / "first.json").read_bytes()


def invent_a_date(payload: bytes) -> bytes:
    """The event moved to another day: a well-formed entry, quoting the article, but false."""
    return payload.replace(GOOD_DATE.encode(), b"1999-12-31")


def test_a_cache_folder_others_can_write_to_is_not_used(tmp_path: Path) -> None:
    folder, cache, entry = warm(tmp_path)
    rewrite(entry, invent_a_date)
    cache.chmod(0o777)
    run = extract(folder, "--cache-dir", cache, out=tmp_path / "out.json")
    assert run.exit_code == 0 and run.dates_of("good") == [GOOD_DATE]
    (line,) = run.lines_naming(str(cache))
    assert line.startswith("warning:") and "writable by other users" in line


def test_an_entry_others_can_write_to_is_not_used(tmp_path: Path) -> None:
    folder, cache, entry = warm(tmp_path)
    rewrite(entry, invent_a_date)
    entry.chmod(0o666)
    run = extract(folder, "--cache-dir", cache, out=tmp_path / "out.json")
    assert run.exit_code == 0 and run.dates_of("good") == [GOOD_DATE]


# Item 12 (part): the cache must not be read as input.


@pytest.mark.parametrize("where", ["news", "news/cache", "news/sub/cache"])
def test_a_cache_folder_in_the_input_is_refused(tmp_path: Path, where: str) -> None:
    folder = tmp_path / "news"
    write_good(folder)
    out = tmp_path / "out.json"
    run = extract(folder, "--cache-dir", tmp_path / where, out=out)
    assert run.exit_code == 2 and not out.exists()
    (line,) = run.stderr.splitlines()
    assert "--cache-dir" in line and str(folder) in line
    assert not (tmp_path / "news" / "cache").exists()


def test_a_cache_folder_in_a_hidden_folder_of_the_input_is_used(tmp_path: Path) -> None:
    """The walk skips hidden folders: no entry is read as an article there."""
    folder = tmp_path / "news"
    write_good(folder)
    for attempt in range(2):
        run = extract(folder, "--cache-dir", folder / ".cache", out=tmp_path / "out.json")
        assert run.exit_code == 0 and not run.stderr, (attempt, run.stderr)
    assert len(entries(folder / ".cache")) == 1


# Item 13: one file, one entry and one path, however it is typed.


def test_the_same_folder_typed_two_ways_is_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_good(tmp_path / "news")
    cache = tmp_path / "cache"
    monkeypatch.chdir(tmp_path)
    first = extract(tmp_path / "news", "--cache-dir", cache, out=tmp_path / "first.json")
    second = extract("news", "--cache-dir", cache, out=tmp_path / "second.json")
    third = extract("./news/../news/", "--cache-dir", cache, out=tmp_path / "third.json")
    assert first.exit_code == second.exit_code == third.exit_code == 0
    assert first.data is not None and first.data["documents"][0]["path"] == "news/good.txt"
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "third.json").read_bytes()
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache)])
    assert ": 1 document," in info.stdout  # the second and third runs were served by it


def test_a_file_outside_the_current_folder_is_named_by_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "here").mkdir()
    write_good(tmp_path / "news")
    monkeypatch.chdir(tmp_path / "here")
    run = extract("../news", out=tmp_path / "out.json")
    assert run.exit_code == 0 and run.data is not None
    assert run.data["documents"][0]["path"] == str(tmp_path.resolve() / "news" / "good.txt")

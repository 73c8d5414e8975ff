"""Ingest: files and folders become `Document`s, one at a time.

Supported: `.txt` and `.md` files (YAML front matter allowed in both) with a folder's
`manifest.csv`, saved web pages (`.html`, `.htm`), and `.jsonl`/`.json` files of article
records. A publication date comes from
front matter or the record, else the manifest, else the `--published` option.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from timeline import HTML_GENERATOR
from timeline.edtf import NormalizedDate
from timeline.errors import Problem, cut, printable
from timeline.ingest.dates import parse_published
from timeline.ingest.decode import (
    TooLargeError,
    clean,
    decode,
    read_limited,
)
from timeline.ingest.guards import MAX_DATE_WORDS, MAX_RUN_WORDS, neutralise, pathological
from timeline.ingest.html import read_page
from timeline.ingest.manifest import MANIFEST_NAME, ManifestEntry, read_manifest
from timeline.ingest.records import OWN_OUTPUT, read_records
from timeline.ingest.text import guess_title, parse_text
from timeline.jsontext import MAX_MESSAGE
from timeline.models import Document
from timeline.paths import is_folder, is_regular_file, shown_path
from timeline.settings import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_DATE_WORDS",
    "MAX_RUN_WORDS",
    "SUFFIXES",
    "input_at",
    "neutralise",
    "parse_published",
    "pathological",
    "read_documents",
]

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES, ".jsonl", ".json")


def read_documents(
    paths: Iterable[Path],
    default_published: NormalizedDate | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Problem]:
    """Yield a `Document` for each readable article under `paths`, a `Problem` for the rest.

    Folders are read recursively in sorted order; hidden files and folders are skipped, and so
    are symbolic links to folders (no loops). A file over `max_bytes` is skipped with a warning.
    """
    seen_ids: set[str] = set()
    seen_files: set[Path] = set()
    manifests: dict[Path, dict[str, ManifestEntry]] = {}
    for given in paths:
        try:
            path = shown_path(given)  # one spelling for one file: its documents' `path`
            exists = path.exists()
        except OSError as error:  # a name too long for the system, say
            yield Problem(str(given), f"cannot be read: {error.strerror or error}")
            continue
        if not exists:
            yield Problem(str(path), _missing(path))
            continue
        if not path.is_dir() and not path.is_file():
            yield Problem(str(path), f"is {_kind(path)}, not a file or folder")
            continue
        if path.is_file() and path.suffix.lower() not in SUFFIXES:
            yield Problem(
                str(path),
                f"unsupported file type {path.suffix or '(none)'!r};"
                f" expected {', '.join(SUFFIXES)}",
            )
            continue
        files, problems = _article_files(path)
        yield from problems
        if path.is_dir() and not files and not problems:
            yield Problem(str(path), f"no article files ({', '.join(SUFFIXES)}) in this folder")
            continue
        for file in files:
            if file.resolve() in seen_files:  # named twice: "data/raw data/raw/a.txt"
                continue
            seen_files.add(file.resolve())
            folder = file.parent
            if folder not in manifests:
                manifests[folder], problems = read_manifest(folder, max_bytes)
                yield from problems
            entry = manifests[folder].get(file.name, ManifestEntry())
            reading = _read_file(file, entry, default_published, seen_ids, max_bytes)
            for result in _contained(file, reading):
                if isinstance(result, Document):
                    seen_ids.add(result.id)
                    text, blanked = neutralise(result.text)
                    if blanked:
                        yield Problem(result.path, blanked, is_error=False)
                        result = replace(result, text=text)
                    too_costly = pathological(result.text)
                    if too_costly:
                        yield Problem(result.path, too_costly, is_error=False)
                        continue
                    if not _looks_english(result.text):
                        yield Problem(result.path, NOT_ENGLISH, is_error=False)
                yield result


def _missing(path: Path) -> str:
    if path.is_symlink():
        return f"is a broken symbolic link ({_link_error(path)})"
    return "no such file or folder"


def _link_error(path: Path) -> str:
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a loop of links"
        return f"to {path.readlink()}: {error.strerror or error}"
    return "it resolves"  # pragma: no cover  a race: it was repaired meanwhile


def _kind(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        return "not a regular file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"  # pragma: no cover


def _article_files(path: Path) -> tuple[list[Path], list[Problem]]:
    """The article files under `path`, sorted; and the entries that look like articles but
    cannot be read (broken links: errors; pipes, sockets, devices: skipped, warnings) and
    the folders that cannot be listed."""
    if path.is_file():
        return [path], []
    files: list[Path] = []
    problems: list[Problem] = []
    for folder, names, error in _walk(path):
        if error is not None:
            where = error.filename or folder
            problems.append(
                Problem(str(where), f"folder cannot be read: {error.strerror or error}")
            )
            continue
        for name in names:
            if Path(name).suffix.lower() not in SUFFIXES:
                continue
            file = folder / name
            if file.is_file():
                files.append(file)
            elif not file.exists():
                problems.append(Problem(str(file), _missing(file)))
            else:
                problems.append(
                    Problem(str(file), f"is {_kind(file)}, not a file: skipped", is_error=False)
                )
    return sorted(files), problems


def _walk(top: Path) -> Iterator[tuple[Path, list[str], OSError | None]]:
    """Each folder under `top` with the names in it that are not folders, or the error that
    stopped it being listed; hidden entries left out, symbolic links to folders not followed
    (no loops). An explicit stack, not recursion: a tree a thousand levels deep is walked
    like any other. Folders come in sorted order, depth first."""
    stack = [top]
    while stack:
        folder = stack.pop()
        names: list[str] = []
        children: list[Path] = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        is_folder = entry.is_dir(follow_symlinks=False)
                    except OSError:
                        is_folder = False
                    if is_folder:
                        children.append(folder / entry.name)
                    elif not _links_to_folder(entry):
                        names.append(entry.name)
        except OSError as error:
            yield folder, [], error
            continue
        yield folder, sorted(names), None
        stack.extend(sorted(children, reverse=True))


def _links_to_folder(entry: os.DirEntry[str]) -> bool:
    """A symbolic link to a folder: skipped, as `os.walk` without `followlinks` does."""
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def _contained(file: Path, reading: Iterator[Document | Problem]) -> Iterator[Document | Problem]:
    """What reading `file` gives, and if reading it fails in a way no check foresaw, one
    problem naming the file: a file's failure is never the run's (the fuzzers look for
    such failures, so that each gets a precise message instead)."""
    try:
        yield from reading
    except Exception as error:
        reason = cut(str(error) or type(error).__name__, MAX_MESSAGE)
        yield Problem(str(file), f"cannot be read ({type(error).__name__}: {reason})")


def _read_file(
    file: Path,
    entry: ManifestEntry,
    default_published: NormalizedDate | None,
    seen_ids: set[str],
    max_bytes: int | None,
) -> Iterator[Document | Problem]:
    try:
        data = read_limited(file, max_bytes)
    except TooLargeError as error:
        yield Problem(str(file), str(error), is_error=False)
        return
    except OSError as error:
        yield Problem(str(file), f"cannot be read: {error.strerror or error}")
        return
    decoded = decode(data)
    if decoded.text is None:
        yield Problem(str(file), decoded.problem or "is not text")
        return
    raw = decoded.text
    if not raw.strip():
        yield Problem(str(file), "is empty")
        return
    if decoded.note:
        yield Problem(str(file), decoded.note, is_error=False)
    if file.suffix.lower() in PAGE_SUFFIXES:
        yield from _read_page(file, raw, entry, default_published, seen_ids)
        return
    if file.suffix.lower() not in TEXT_SUFFIXES:
        for item in read_records(file, raw, default_published):
            if isinstance(item, Document):
                item = replace(item, id=_unique_id(item.id, seen_ids))
                seen_ids.add(item.id)
            yield item
        return
    parsed = parse_text(raw, markdown=file.suffix.lower() == ".md")
    if parsed.warning:
        yield Problem(str(file), parsed.warning, is_error=False)
    meta = parsed.meta
    published, published_source = default_published, "option" if default_published else None
    if entry.published is not None:
        published, published_source = entry.published, "manifest"
    if meta.get("published"):
        try:
            published, published_source = parse_published(meta["published"]), "front-matter"
        except ValueError as error:
            yield Problem(str(file), f"front matter 'published': {error}")
    if not parsed.text.strip():
        yield Problem(str(file), "has front matter but no text")
        return
    yield Document(
        id=_unique_id(printable(file.stem), seen_ids),
        path=printable(str(file)),
        text=parsed.text,
        title=meta.get("title") or entry.title or guess_title(parsed.text),
        published=published,
        published_source=published_source,
        source=meta.get("source") or entry.source,
        url=meta.get("url") or entry.url,
    )


def _read_page(
    file: Path,
    raw: str,
    entry: ManifestEntry,
    default_published: NormalizedDate | None,
    seen_ids: set[str],
) -> Iterator[Document | Problem]:
    """A saved web page: the manifest's date wins over the page's own, which wins over
    --published."""
    if HTML_GENERATOR in raw[:2000]:
        yield Problem(str(file), OWN_OUTPUT, is_error=False)
        return
    page = read_page(raw)
    if page is None:
        yield Problem(str(file), "no article text found in this page")
        return
    published, published_source = default_published, "option" if default_published else None
    if page.published is not None:
        published, published_source = page.published, "page"
    if entry.published is not None:
        published, published_source = entry.published, "manifest"
    yield Document(
        id=_unique_id(printable(file.stem), seen_ids),
        path=printable(str(file)),
        text=clean(page.text)[0],
        title=entry.title or (clean(page.title)[0] if page.title else None),
        published=published,
        published_source=published_source,
        source=entry.source or page.source,
        url=entry.url or page.url,
    )


def _unique_id(stem: str, seen: set[str]) -> str:
    candidate, n = stem, 1
    while candidate in seen:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


NOT_ENGLISH = "does not look like English; the pipeline reads English, so dates may be missed"
_COMMON_WORDS = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the of and to that for on it with as by at from he said was were are has have "
        "an this which or not but his they had their been its who will would also she her",
        "de": "der die das und ist nicht ein eine den dem des im mit sich auf für von zu hat "
        "wird werden auch als bei nach sie wir",
        "fr": "le la les et est une des du dans pour que qui pas sur au avec il elle ce sont "
        "aux ont été leur",
        "es": "el la los las y es una del en que por para con se su al como más fue han sus",
        "it": "il la gli le è una di del della che per non si nel sono dei delle alla",
        "pt": "os as é um uma do da em que para com não se na por dos das foi são",
        "nl": "de het een en van op dat niet met voor zijn er aan ook werd bij",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+")


def _looks_english(text: str, sample: int = 2_000) -> bool:
    """False when the first `sample` words are mostly in another script, or more of them are
    common German, French, Spanish, Italian, Portuguese or Dutch words than common English
    ones (one in seven at least). Tables, lists and headlines, with few common words of any
    language, pass."""
    words = [w.lower() for w in _WORD.findall(text[: sample * 12])[:sample]]
    if len(words) < 20:
        return True  # too short to tell
    latin = sum(1 for w in words if w[0] <= "\u024f")
    if latin < len(words) / 2:
        return False
    counts = Counter(words)
    shares = {
        language: sum(counts[w] for w in common & counts.keys()) / len(words)
        for language, common in _COMMON_WORDS.items()
    }
    english = shares.pop("en")
    return not any(share >= 1 / 7 and share > english for share in shares.values())


def input_at(output: Path, paths: Iterable[Path]) -> Path | None:
    """The input that writing `output` would overwrite, or None: a file given as input, or a
    file a given folder holds that would be read as an article or manifest (a timeline this
    tool wrote there is no input: it is skipped when the folder is read)."""
    target = output.resolve()
    if not target.is_file():
        return None
    for path in paths:
        if is_regular_file(path) and path.resolve() == target:
            return path
        if not is_folder(path) or not target.is_relative_to(path.resolve()):
            continue
        inside = target.relative_to(path.resolve())
        if any(part.startswith(".") for part in inside.parts):
            continue
        if target.name == MANIFEST_NAME:
            return target
        if target.suffix.lower() in SUFFIXES and not _own_output(target):
            return target
    return None


def _own_output(file: Path) -> bool:
    """A timeline JSON or HTML page this tool wrote (known by its first bytes)."""
    try:
        with file.open("rb") as handle:
            head = handle.read(2000).decode("utf-8", "replace")
    except OSError:
        return False
    return HTML_GENERATOR in head or head.startswith('{\n  "schema_version"')

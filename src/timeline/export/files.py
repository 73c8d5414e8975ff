"""Where outputs go: checked before a run starts, written atomically, only ever over a regular
file, and named safely when the name comes from input.

A symbolic link given as an output is followed: its final target is what gets written (the
link stays a link), under the same rule as any output: it is a regular file or does not exist.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import UsageError, cut_path

NAME_CHARACTERS = 100  # a file name made from an id, suffix aside: far under any limit (255)
HASH_CHARACTERS = 10  # hex digits of an id's SHA-256 added to its slug: 40 bits
TEMPORARY_NAME_CHARACTERS = 100  # of the output's name in its temporary file's name
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_DOTS = re.compile(r"\.{2,}")
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a loop of symbolic links"),
)


def output_target(path: Path) -> Path:
    """The file that writing `path` replaces: `path`, or the final target of a link.

    Raises:
        UsageError: when that exists and is not a regular file, or cannot be made (a file
            stands where its folder should be).
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        _check_folder(path, target.parent)
        return target
    except OSError as error:
        raise UsageError(f"{cut_path(path)}: cannot be written ({error.strerror})") from error
    if stat.S_ISREG(mode):
        return target
    kind = next((name for test, name in _KINDS if test(mode)), "not a file")
    through = f" links to {cut_path(target)}, which" if target != path else ""
    raise UsageError(
        f"{cut_path(path)}:{through} is {kind}, not a regular file; name a file to write"
    )


def check_output_folder(path: Path) -> None:
    """A folder to write files into: one that exists, or can be made.

    Raises:
        UsageError: when `path` is something else.
    """
    if path.is_dir():
        return
    if path.exists() or path.is_symlink():
        raise UsageError(
            f"{cut_path(path)}: is not a folder; give a folder to write the files into"
        )
    _check_folder(path, path.parent)


def _check_folder(path: Path, folder: Path) -> None:
    """The nearest existing ancestor of `folder` must be a folder, or nothing can be made."""
    for ancestor in (folder, *folder.parents):
        if ancestor.is_dir():
            return
        if ancestor.exists() or ancestor.is_symlink():
            raise UsageError(
                f"{cut_path(path)}: cannot be made, {cut_path(ancestor)} is not a folder"
            )


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces) to `path` so that readers see the old file or the new one,
    never half; through a link, to the link's target.

    Raises:
        UsageError: when `path` is not a regular file, nor a link to one, nor new.
        OSError: when the system refuses.
    """
    path = output_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{path.name[:TEMPORARY_NAME_CHARACTERS]}."
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            for piece in [text] if isinstance(text, str) else text:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        Path(temporary).chmod(0o666 & ~umask)  # as an ordinary new file would be, not 0600
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def safe_stem(identifier: str) -> str:
    """A file name (without suffix) for an id from input: the id itself when it is already a
    safe name (ASCII letters, digits, `-`, `_`, `.`; no leading dot, no `..`; short), else a
    slug of it and a hash of the whole id, so that two ids never share a name."""
    slug = _DOTS.sub(".", _UNSAFE.sub("_", identifier)).lstrip(".")
    if slug == identifier and 0 < len(slug) <= NAME_CHARACTERS:
        return slug
    digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()
    slug = slug[: NAME_CHARACTERS - HASH_CHARACTERS - 1]
    return f"{slug}-{digest[:HASH_CHARACTERS]}" if slug else digest[:HASH_CHARACTERS]


class FileNames:
    """The names of the files one run writes into one folder, from ids: safe, and distinct
    even where the file system ignores case ("Doc" and "doc") or an id mimics another's
    slug and hash."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix
        self.used: set[str] = set()

    def name_for(self, identifier: str) -> str:
        stem = safe_stem(identifier)
        name, number = f"{stem}{self.suffix}", 1
        while name.casefold() in self.used:
            number += 1
            name = f"{stem[: NAME_CHARACTERS - 8]}-{number}{self.suffix}"
        self.used.add(name.casefold())
        return name

"""The cache folder: marked as one, private to its owner, and cleared of nothing but entries.

A folder is a timeline cache when it holds a `CACHEDIR.TAG` (the Cache Directory Tagging
convention, which backup tools honour), written when the cache is made. `clear` deletes only
in such a folder, and only what the cache writes there: `xx/<64 hex digits>.json` entries
(whose first line is their digest) and the temporary files of interrupted writes. A folder
other users can write to is not used (as ssh refuses such a folder): anyone who can write an
entry can forge it, since an entry's key is the hash of a document everyone can read.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import TimelineError
from timeline.paths import is_folder

TAG_NAME = "CACHEDIR.TAG"
TAG_SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55"
TAG = (
    TAG_SIGNATURE + b"\n# This file is a cache directory tag created by timeline.\n"
    b"# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
SHARD = re.compile(r"[0-9a-f]{2}")
ENTRY = re.compile(r"([0-9a-f]{2})[0-9a-f]{62}\.json")
TEMPORARY = re.compile(r"\.[A-Za-z0-9_]{8}\.tmp")  # what tempfile.mkstemp(prefix=".") names
UNSAFE_MODE = stat.S_IWGRP | stat.S_IWOTH
PRIVATE_FOLDER = 0o700
OLD_CACHE_HINT = (
    "a cache made by an earlier version of timeline is not marked: if that is what it is,"
    " remove it yourself (rm -r FOLDER)"
)


class CacheRefusedError(TimelineError):
    """The folder cannot be used as a cache (the message says why and what to do)."""


def prepare(folder: Path) -> None:
    """Make `folder` a cache if it does not exist or is empty; check that it may be used.

    Raises:
        CacheRefusedError: when it is not a folder, holds other things and no tag, or other users
            can write to it.
    """
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError as error:
        cause = error.strerror or str(error)
        raise CacheRefusedError(f"cannot be used as the cache: {cause}") from error
    if not stat.S_ISDIR(info.st_mode):
        raise CacheRefusedError("is not a folder; it cannot be the cache")
    if reason := unsafe(info):
        raise CacheRefusedError(
            f"{reason}: running without the cache (anyone who can write there can forge"
            " results); make it yours alone (chmod go-w) or choose another --cache-dir"
        )
    if is_marked(folder):
        return
    try:
        occupied = any(folder.iterdir())
    except OSError as error:
        cause = error.strerror or str(error)
        raise CacheRefusedError(f"cannot be read as the cache: {cause}") from error
    if occupied:
        raise CacheRefusedError(
            f"is not marked as a timeline cache ({TAG_NAME} is missing) and is not empty:"
            " running without the cache; choose another --cache-dir"
            f" ({OLD_CACHE_HINT.replace('FOLDER', str(folder))})"
        )
    try:
        _write_tag(folder)
    except OSError as error:
        cause = error.strerror or str(error)
        raise CacheRefusedError(f"cannot be marked as the cache: {cause}") from error


def unsafe(info: os.stat_result) -> str | None:
    """Why a file or folder with this status may be written by other users, or None."""
    if info.st_uid not in (os.geteuid(), 0):
        return f"belongs to another user (uid {info.st_uid})"
    if info.st_mode & UNSAFE_MODE:
        return f"is writable by other users (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def is_marked(folder: Path) -> bool:
    try:
        with (folder / TAG_NAME).open("rb") as handle:
            return handle.read(len(TAG_SIGNATURE)) == TAG_SIGNATURE
    except OSError:
        return False


def _write_tag(folder: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(TAG)
        Path(temporary).replace(folder / TAG_NAME)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cache_in_input(folder: Path, paths: Iterable[Path]) -> Path | None:
    """The input folder that `folder` is, or is inside of (not in a hidden folder of it, which
    is not read), or None."""
    cache = folder.resolve()
    for path in paths:
        if not is_folder(path):
            continue
        root = path.resolve()
        if cache == root:
            return path
        inside = cache.relative_to(root).parts if cache.is_relative_to(root) else (".",)
        if not any(part.startswith(".") for part in inside):
            return path
    return None


def clear_cache(folder: Path) -> tuple[int, int]:
    """Delete the entries under `folder` (and its shard folders left empty); returns
    (entries, bytes) removed. Nothing else is touched.

    Raises:
        CacheRefusedError: when `folder` is not a marked cache: nothing is deleted.
    """
    if not folder.exists():
        return 0, 0
    if not is_marked(folder):
        raise CacheRefusedError(
            f"{folder} is not a timeline cache ({TAG_NAME} is missing): nothing deleted;"
            f" {OLD_CACHE_HINT.replace('FOLDER', str(folder))}"
        )
    count = size = 0
    for shard in _shards(folder):
        for path, info in _entries(shard, with_temporary=True):
            with contextlib.suppress(FileNotFoundError):  # another clear was quicker
                path.unlink()
                count, size = count + 1, size + info.st_size
        with contextlib.suppress(OSError):  # not empty: it holds something of someone else
            shard.rmdir()
    return count, size


def cache_size(folder: Path) -> tuple[int, int]:
    """(entries, bytes) under `folder`."""
    found = [info for shard in _shards(folder) for _, info in _entries(shard)]
    return len(found), sum(info.st_size for info in found)


def _shards(folder: Path) -> list[Path]:
    """The shard folders (real folders, not links) under `folder`."""
    try:
        with os.scandir(folder) as listing:
            return sorted(
                Path(item.path)
                for item in listing
                if SHARD.fullmatch(item.name) and item.is_dir(follow_symlinks=False)
            )
    except OSError:
        return []


def _entries(shard: Path, with_temporary: bool = False) -> list[tuple[Path, os.stat_result]]:
    """The files in `shard` the cache wrote: regular files named and shaped as entries (or as
    its temporary files), with their status."""
    found = []
    try:
        with os.scandir(shard) as listing:
            for item in listing:
                if not item.is_file(follow_symlinks=False):
                    continue
                match = ENTRY.fullmatch(item.name)
                if match and match.group(1) == shard.name:
                    if not _shaped(Path(item.path)):
                        continue
                elif not (with_temporary and TEMPORARY.fullmatch(item.name)):
                    continue
                found.append((Path(item.path), item.stat(follow_symlinks=False)))
    except OSError:
        return found
    return sorted(found)


def _shaped(path: Path) -> bool:
    """The file starts as an entry does: a SHA-256 in hex on a line of its own, then JSON."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        head = os.read(handle, 66)
    except OSError:
        return False
    finally:
        os.close(handle)
    return re.fullmatch(rb"[0-9a-f]{64}\n\{", head) is not None

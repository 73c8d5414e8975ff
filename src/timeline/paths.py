"""How a file's path is written in a timeline: the same whatever way it was typed.

Relative to the current folder when the file is inside it, else absolute; the folders on the
way resolved (`..`, `.`, links), the file's own name kept (a link is named, not its target).
So `/home/me/news/a.txt`, `news/a.txt` and `./news/../news/a.txt`, run from `/home/me`, are all
`news/a.txt`.
"""

from __future__ import annotations

from pathlib import Path


def shown_path(path: Path) -> Path:
    """`path` as a timeline names it (see the module's docstring)."""
    try:
        whole = path.name in ("", ".", "..")  # a folder named by "." or "..": all resolved
        full = path.resolve() if whole else path.parent.resolve() / path.name
    except (OSError, RuntimeError):  # a loop of links on the way: as it was given
        return path
    try:
        return full.relative_to(Path.cwd().resolve())
    except (ValueError, OSError):  # outside it (or the current folder was deleted)
        return full


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder; False, not an exception, for a name the system cannot even
    look up (too long, say): that input's own error is reported when it is read."""
    try:
        return path.is_dir()
    except OSError:
        return False


def is_regular_file(path: Path) -> bool:
    """Whether `path` is a file, in the same way as `is_folder`."""
    try:
        return path.is_file()
    except OSError:
        return False

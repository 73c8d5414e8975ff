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

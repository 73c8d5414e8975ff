"""Running the analysis: the library entry points `build_timeline` (`timeline.py`) and `tag`
(`tagging.py`), the documents a run reads (`inputs.py`), where documents are analysed
(`engines.py`) and the per-document stage every engine runs (`stage.py`). Both entry points
report what went wrong the same way: a `problems` list on what they return."""

from timeline.run.tagging import Tagged, Tagging, tag
from timeline.run.timeline import Run, build_timeline

__all__ = ["Run", "Tagged", "Tagging", "build_timeline", "tag"]

"""The event layer, one step a module: `page` (boilerplate and captions), `clauses` (reading
the parse), `attach` (which word a date dates), `headline`, `figures`, `assemble` (an `Event`
from a dated clause), `lead` (the lead's news at the article's date) and `build` (a
document's events)."""

from timeline.events.build import extract_events

__all__ = ["extract_events"]

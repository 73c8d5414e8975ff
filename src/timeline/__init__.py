"""timeline: a merged, chronological timeline of the dated events in a folder of news articles."""

__version__ = "0.1.0"

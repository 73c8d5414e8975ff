"""timeline: a merged, chronological timeline of the dated events in a folder of news articles."""

__version__ = "0.1.0"

# Marks the pages this tool writes, so that reading a folder never takes them for articles.
HTML_GENERATOR = '<meta name="generator" content="timeline">'

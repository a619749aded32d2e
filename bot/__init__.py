"""qabot: answers staff questions from a curated set of articles, always quoting its sources."""

__version__ = "0.1.0"

"""One small exception hierarchy. Every message names the bad value and the fix."""
from __future__ import annotations


class QABotError(Exception):
    """Base class: the CLI prints str(error) on one line and exits with code 2."""


class ConfigError(QABotError):
    """A setting is missing or malformed (names the variable)."""


class CorpusError(QABotError):
    """A corpus file or the metadata file cannot be used (names the file)."""


class IndexStateError(QABotError):
    """The built index is missing, stale or corrupted (names the file and the fix)."""


class QuestionError(QABotError):
    """The question itself cannot be answered as given (empty, too long, ...)."""


class QuoteError(QABotError):
    """A quote is not an exact slice of its source file. Never shown to a user."""


class StoreError(QABotError):
    """The state database cannot be used (names the URL/path, never a password)."""

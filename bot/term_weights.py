"""How much each word of a question matters when a sentence is checked for support (pure)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figures import FIRST_ROUND, ORIGINAL_WORDS
from .open_spans import APART
from .question_rules import ATTRIBUTION
from .tokens import tokenize

if TYPE_CHECKING:
    from .bm25 import Scorer

# "in the fund's first year", "in year one": when, which a sentence dating it by year ("in 2015-16") also answers
_FIRST_YEAR = re.compile(r"\b(?:in|during|over|for) (?:the |its |their |(?:[\w’'-]+ )?[\w-]+(?:'s|’s) )?((?:first|opening|initial) year)\b|\b(year one)\b", re.I)
# "what did X see as the danger in ...", "what does the report regard as ...": a verb of viewing
_SEE_AS = re.compile(r"\b(see|sees|saw|seen|regard|regards|regarded|view|views|viewed)\s+(?:[\w’'-]+\s+){0,3}?as\b", re.I)
_ORIGINAL_WORDS = frozenset(tokenize(" ".join(ORIGINAL_WORDS)))

def question_weights(question: str, spans: list[tuple[str, int, int]], scorer: Scorer, unknown_idf: float,
                     median_idf: float) -> dict[str, float]:
    """How much each question term matters: its idf; names and numbers (entities)
    count more, and an entity the articles never mention counts most — a question
    about "London" or "2019-20" is not answered by a sentence without it."""
    out: dict[str, float] = {}
    attribution = ATTRIBUTION.search(question)
    apart = APART.search(question)
    see_as = _SEE_AS.search(question)
    first_round = FIRST_ROUND.search(question)
    first_year = _FIRST_YEAR.search(question)
    groups: dict[tuple[int, int], list[str]] = {}
    for term, s, e in spans:
        groups.setdefault((s, e) if s >= 0 else (-1, len(groups)), []).append(term)
    for (s, e), terms in groups.items():
        surface = question[s:e] if s >= 0 else ""
        number = surface[:1].isdigit()  # "£5.3bn" is tokenised from its first digit
        entity = bool(surface) and (number or (s > 0 and surface[0].isupper()) or (len(surface) > 1 and surface.isupper()))
        known = [t for t in terms if t in scorer]
        if known:
            w = max(scorer.idf_of(t) for t in known)
            w *= 0.3 if number else 1.5 if entity else 1.0  # a year is context; a name is the subject
        else:
            w = unknown_idf * 2 if entity else median_idf
        if attribution and attribution.start() <= s < attribution.end():
            w *= 0.05  # "according to X": who said it (checked separately), not what is asked
        if see_as and see_as.start(1) <= s < see_as.end(1):
            w *= 0.1  # "what did she see as the danger?": whose view frames it, not what it is about
        if apart and apart.start(1) <= s < apart.end(1):
            w *= 0.3  # "besides the BCF, which programme ...": the one item that is not the answer
        if first_year and first_year.start(first_year.lastindex) <= s < first_year.end(first_year.lastindex):
            w *= 0.3
        if s < 0:
            w *= 0.5  # from the thread's previous question
        if terms[0] in _ORIGINAL_WORDS or (first_round and first_round.start() <= s < first_round.end()):
            w *= 0.3  # "what was it originally expected to save?": articles leave "originally" implied
        # An abbreviation and its long form ("BCF" = better care fund bcf) are one concept.
        for t in terms:
            out[t] = max(out.get(t, 0.0), w / len(terms))
    return out

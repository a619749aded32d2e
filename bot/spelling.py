"""Typos in a question, put right against the articles' own words (pure).

Staff type fast: "emergncy admisions", "intergration", "goverment". A lowercase word that
neither the articles, the thesaurus nor the word tables know is replaced by the one article
word a single slip away (a letter left out, added, changed or two swapped; two slips for long
words). Capitalised words are names and stay as typed (an unknown name is a reason to
decline) unless they are a slip of a word the articles capitalise ("Ofice"); so do place
names, short words and words with several equally near matches.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .extract import PLACE_NAMES
from .thesaurus import FRAMING_WORDS, PHRASE_SYNONYMS, WORD_SYNONYMS
from .tokens import tokenize
from .word_tables import ABBREVIATIONS, NUMBER_WORDS, STOP_WORDS, WORD_FORMS

MIN_LENGTH = 5  # "fnd" could be many words; "admisions" only one
_WORD = re.compile(r"\b[a-z]+\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
# Everyday words one slip from an article word ("started" / "stated") that questions use.
_EVERYDAY = frozenset("start started starts starting nothing though".split())  # not "noting", "through"
_TABLE_WORDS = _EVERYDAY | frozenset(
    set(WORD_SYNONYMS) | {w for k in PHRASE_SYNONYMS for w in k} | set(FRAMING_WORDS) | set(ABBREVIATIONS)
    | set(NUMBER_WORDS) | set(STOP_WORDS) | set(WORD_FORMS) | set(PLACE_NAMES))


def _distance(a: str, b: str, limit: int) -> int:
    """Slips between two words: letters left out, added or two neighbours swapped, or limit + 1.
    A changed letter does not count as a slip: "rules" / "roles", "project" / "protect" are
    both words, while a dropped or doubled letter ("admisions", "goverment") is a typo."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    big = limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [big] * len(b)
        for j in range(1, len(b) + 1):
            best = min(prev[j] + 1, cur[j - 1] + 1)
            if a[i - 1] == b[j - 1]:
                best = min(best, prev[j - 1])
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best
        if min(cur) > limit:
            return big
        prev2, prev = prev, cur
    return min(prev[-1], big)


class Speller:
    """Corrects question words against a vocabulary read once from the articles."""

    def __init__(self, texts: Iterable[str], known_terms: frozenset[str] | set[str] = frozenset()) -> None:
        """`known_terms`: the index's terms — a word whose terms are all known is a word, not a
        typo ("councils" for "council", "project" for "projected", "watchdog" via the thesaurus)."""
        texts = list(texts)
        words = {w for t in texts for w in _WORD.findall(t.lower())}
        # Words the articles capitalise ("Office", "Audit"): a capitalised slip of one is that word
        self._capitalised = frozenset(w.lower() for t in texts for w in _CAPITALISED.findall(t))
        self._known = frozenset(words) | _TABLE_WORDS
        self._known_terms = frozenset(known_terms)
        # Candidates by first letter: a typo rarely gets the first letter wrong.
        self._by_initial: dict[str, list[str]] = {}
        for w in sorted(words):
            if len(w) >= MIN_LENGTH - 1:
                self._by_initial.setdefault(w[0], []).append(w)

    def fix(self, word: str) -> str | None:
        """The article word this lowercase word is a slip away from, or None."""
        if len(word) < MIN_LENGTH or word in self._known:
            return None
        terms = tokenize(word)
        if terms and all(t in self._known_terms for t in terms):
            return None
        limit = 2 if len(word) >= 9 else 1
        best: list[tuple[int, str]] = []
        for cand in self._by_initial.get(word[0], ()):
            if cand.startswith(word) or word.startswith(cand):
                continue  # "large" / "larger", "party" / "part": another word, not a slip
            d = _distance(word, cand, limit)
            if d <= limit:
                best.append((d, cand))
        if not best:
            return None
        nearest = min(d for d, _ in best)
        found = [c for d, c in best if d == nearest]
        # Several equally near words ("rised": "raised"? "rises"?): no guess.
        return found[0] if len(found) == 1 else None

    def correct(self, question: str) -> str:
        """The question with its lowercase typos put right, and capitalised slips of words the
        articles capitalise ("National Audit Ofice"); other capitalised words (names) as typed."""
        def repl(m: re.Match[str]) -> str:
            return self.fix(m.group(0)) or m.group(0)

        def repl_capital(m: re.Match[str]) -> str:
            fixed = self.fix(m.group(0).lower())
            return fixed.capitalize() if fixed and fixed in self._capitalised else m.group(0)
        return _CAPITALISED.sub(repl_capital, _WORD.sub(repl, question))

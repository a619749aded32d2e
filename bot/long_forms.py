"""What an abbreviation stands for, read off one sentence (pure): spelled out in brackets,
or words whose initials spell it."""
from __future__ import annotations

import re

from .extract import Span


def expansion_spans(sentence: str, abbreviation: str) -> list[Span]:
    """What an abbreviation stands for, where the sentence spells it out: "Long Form (ABC)"
    or "ABC (Long Form)"; else words whose initials spell it (`initials_spans`)."""
    out = []
    a = re.escape(abbreviation)
    for m in re.finditer(rf"(?:\bThe\s+)?((?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and|the|in)\s+)*){{1,8}})\(\s*{a}\s*\)", sentence):
        out.append(Span(m.start(1), m.start(1) + len(m.group(1).rstrip()), m.group(1).rstrip(), "expansion"))
    for m in re.finditer(rf"\b{a}\s*\(([^()]{{3,80}})\)", sentence):
        out.append(Span(m.start(1), m.end(1), m.group(1), "expansion"))
    return out or initials_spans(sentence, abbreviation)


_LINKING = frozenset("and of for the in".split())


def initials_spans(sentence: str, abbreviation: str) -> list[Span]:
    """Words whose initials spell the abbreviation, linking words aside: "sustainability and
    transformation plans" for "STPs". Three letters at least, so that chance can hardly do it."""
    letters = abbreviation.rstrip("s") if abbreviation[-1:] == "s" and abbreviation[:-1].isupper() else abbreviation
    letters = letters.lower()
    if len(letters) < 3 or not letters.isalpha():
        return []
    words = list(re.finditer(r"[\w’'-]+", sentence))
    out = []
    for i, first in enumerate(words):
        if first.group(0)[0].lower() != letters[0] or first.group(0).lower() in _LINKING:
            continue
        j, k = i, 0
        while j < len(words) and k < len(letters):
            w = words[j].group(0)
            if w.lower() in _LINKING and k:
                j += 1
                continue
            if w[0].lower() != letters[k]:
                break
            j, k = j + 1, k + 1
        if k == len(letters):
            out.append(Span(first.start(), words[j - 1].end(), sentence[first.start() : words[j - 1].end()], "expansion"))
    return out

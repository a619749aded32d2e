"""What something did to something else (pure): "what effect did the fund have on permanent
admissions?" is answered by the change the sentence reports to that thing ("[reduced
permanent admissions of people over 65] to care homes"), and by nothing else."""
from __future__ import annotations

import re

from .extract import Span
from .tokens import tokenize

# "what (positive) effect did X have on Y?", "what impact has X had on Y?": Y, the thing changed
EFFECT_ON = re.compile(r"\bwhat (?:[\w-]+ ){0,2}(?:effect|impact|difference)s? (?:did|does|do|has|have|had|would|will|could)\s+"
                       r".+?\s+(?:have|had|make|made)\s+(?:on|to)\s+(?:the\s+)?(.+?)\s*\?*\s*$", re.I)
# a verb of change and what it changed, up to the end of that phrase
_VERB = (r"(?:(?:reduc|increas|improv|rais|erod|undermin|squeez)(?:e|es|ed|ing)|(?:lower|boost|worsen|weaken|slow)(?:s|ed|ing)?"
         r"|cut(?:s|ting)?)(?![\w-])")
_CHANGE = re.compile(rf"\b{_VERB}\b", re.I)
# ... ending before a clause of its own ("older people [receiving reablement]")
_PHRASE_END = re.compile(r"\s+(?:to|by|in|at|from|after|and|or|while|which|when|but|still|\w+ing)\b|\s*[,.;:”\"]|\s*$", re.I)
MAX_PHRASE_WORDS = 7
_WORD = re.compile(r"\S+")
_PASSIVE = re.compile(r"\b(?:been|be|is|are|was|were)\s+(\w+ly\s+)?$", re.I)
# ... and the rest of its clause, which says which thing it was ("the proportion of older people [receiving reablement]")
_CLAUSE_END = re.compile(rf"[,.;:”\"]|\s+and\s+(?=(?:in\s+)?{_VERB})", re.I)
# words that say how the thing is measured, not which thing it is
_MEASURE_TERMS = frozenset(tokenize("number share proportion level levels rate amount people"))
MIN_SHARED = 2  # object words (beyond measures) the clause must share: "permanent admissions", not just "people"


def effect_spans(text: str, changed: str) -> list[Span]:
    """The changes `text` reports to the thing `changed` names, most of its words first."""
    wanted = set(tokenize(changed)) - _MEASURE_TERMS
    need = min(MIN_SHARED, len(wanted))
    scored = []
    for m in _CHANGE.finditer(text):
        passive = _PASSIVE.search(text[: m.start()])
        if passive:  # "the time for councils to prepare ... has now been [significantly reduced]": the thing comes first
            before = re.split(r"[,;:.“”\"]", text[: passive.start()])[-1]
            shared = len(wanted & set(tokenize(before)))
            if need and shared >= need:
                a = passive.start(1) if passive.group(1) else m.start()
                scored.append((shared, Span(a, m.end(), text[a : m.end()], "gap")))
            continue
        end = _CLAUSE_END.search(text, m.end())
        shared = len(wanted & set(tokenize(text[m.end() : end.start() if end else len(text)])))
        stop = _PHRASE_END.search(text, m.end() + 1)
        words = list(_WORD.finditer(text, m.end(), stop.start()))[:MAX_PHRASE_WORDS]
        if need and shared >= need and words:
            b = words[-1].end()
            scored.append((shared, Span(m.start(), b, text[m.start() : b], "gap")))
    return [s for _, s in sorted(scored, key=lambda x: -x[0])]

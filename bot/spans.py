"""Choose the short-answer span inside a chosen sentence (pure).

Typed questions take a span of their type (amount, date, name, ...); others take the
stretch of the sentence that the question's own words leave open ("the gap"). Among
several candidates, the one closest to the question's words wins — weighted by idf,
with the question's verb counting double ("rose by 87,000", not "planned ... 106,000").
"""
from __future__ import annotations

import bisect
import re

from .extract import Span, numeric_value, org_spans, person_spans, quoted_spans, reason_spans, typed_spans
from .tokens import stem, tokenize, tokenize_spans

_VERBS = {stem(w) for w in ("increase", "decrease", "cost", "spend", "save", "allocated", "boost", "cut")}
_MODALITY = {stem(w) for w in ("planned", "plan", "target", "targeted", "expected", "projected", "ambition", "forecast")}
_CLAUSE = re.compile(r"[,;:()“”\"–—]|\s-\s|\.\s")
_EDGE_WORDS = frozenset(
    "that is are was were to by of for be been being has have had as which who it and but or with in on at "
    "from its their his her this these those than then there so would could should will may might can".split()
)
_NUMERIC_KINDS = ("count", "number", "money", "percent", "date")


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w%£.]+", " ", s.lower()).split())


class _Words:
    """Word positions in a text, to measure distances in words."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in re.finditer(r"\S+", text)]

    def index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def gap(self, a: tuple[int, int], b: tuple[int, int]) -> int:
        """Words strictly between two spans (0 when adjacent or overlapping)."""
        if a[1] <= b[0]:
            return max(self.index(b[0]) - self.index(max(a[1] - 1, a[0])) - 1, 0)
        if b[1] <= a[0]:
            return max(self.index(a[0]) - self.index(max(b[1] - 1, b[0])) - 1, 0)
        return 0


def _in_question(span: Span, question: str, q_numbers: set[str]) -> bool:
    if span.kind in ("number", "money", "percent"):
        v = numeric_value(span.text)
        if v is not None and v in q_numbers:
            return True
    return _norm(span.text) in _norm(question)


def gap_spans(text: str, matched: list[tuple[str, int, int]]) -> list[Span]:
    """Stretches between the question's words and clause punctuation, trimmed of
    function words at either end; each keeps at least one content word."""
    cuts = sorted({(s, e) for _, s, e in matched} | {(m.start(), m.end()) for m in _CLAUSE.finditer(text)})
    out: list[Span] = []
    pos = 0
    for s, e in cuts + [(len(text), len(text))]:
        if s > pos:
            piece = text[pos:s]
            words = [(m.start() + pos, m.end() + pos, m.group(0)) for m in re.finditer(r"\S+", piece)]
            while words and words[0][2].lower().strip(".,") in _EDGE_WORDS:
                words.pop(0)
            while words and words[-1][2].lower().strip(".,") in _EDGE_WORDS:
                words.pop()
            if words and tokenize(" ".join(w for *_, w in words)):
                a, b = words[0][0], words[-1][1]
                while b > a and text[b - 1] in ".,;:":
                    b -= 1
                out.append(Span(a, b, text[a:b], "gap"))
        pos = max(pos, e)
    return out


def _candidates(text: str, kind: str, matched: list[tuple[str, int, int]]) -> list[Span]:
    if kind in _NUMERIC_KINDS:
        return typed_spans(text, kind)
    if kind == "person":
        return person_spans(text)
    if kind == "org":
        return org_spans(text)
    if kind == "reason":
        return reason_spans(text) or gap_spans(text, matched)
    if kind == "quote":
        return quoted_spans(text) or gap_spans(text, matched)
    return gap_spans(text, matched)


def best_span(text: str, question: str, kind: str, weights: dict[str, float]) -> tuple[Span, float] | None:
    """The best short-answer span of `kind` in `text` and how well it fits, or None."""
    matched = [m for m in tokenize_spans(text) if m[0] in weights]
    q_numbers = {numeric_value(m.group(0)) for m in re.finditer(r"£?\d[\d,.]*\s?(?:bn|m|billion|million)?", question)}
    q_terms = set(weights)
    words = _Words(text)
    focus = _focus_term(question)
    best: tuple[float, Span] | None = None
    for c in _candidates(text, kind, matched):
        if _in_question(c, question, q_numbers):
            continue
        score = 0.0
        for term, s, e in matched:
            boost = 2.0 if term in _VERBS else 1.0
            score += weights[term] * boost / (1 + words.gap((c.start, c.end), (s, e)))
        if c.kind == "gap":
            n, content = len(c.text.split()), len(tokenize(c.text))
            score *= (1 + min(content, 4)) / 5  # a phrase, not a lone word ...
            score *= 1.0 if n <= 10 else 10 / n  # ... nor half a sentence
            if not any(e <= c.start for _, _, e in matched):
                score *= 0.5  # a preamble before all the question's words rarely answers it
            if kind != "person" and person_spans(c.text):
                score *= 0.3  # a name answers "who", not "what"
            if focus and any(t == focus and e <= c.start and words.gap((s, e), (c.start, c.end)) <= 1
                             for t, s, e in matched):
                score *= 1.5  # right after the question's first word after "what"
            left = [e for _, _, e in matched if e <= c.start]
            if left and words.gap((max(left), max(left)), (c.start, c.end)) <= 1:
                score *= 1.5  # the open slot right after the question's words
        elif c.kind in ("number", "money", "percent"):
            before = text[max(0, c.start - 60) : c.start].split()[-6:]
            if {stem(w.strip(",.").lower()) for w in before} & _MODALITY and not q_terms & _MODALITY:
                score *= 0.4  # a planned/target figure, and the question is not about plans
        if best is None or score > best[0]:
            best = (score, c)
    return (best[1], best[0]) if best else None


_WH = re.compile(r"\b(what|which|who|whom|where|when|how|why)\b", re.I)


def _focus_term(question: str) -> str | None:
    """First content term after the wh-word: usually the verb the answer completes."""
    m = _WH.search(question)
    terms = tokenize(question[m.end():]) if m else []
    return terms[0] if terms else None


def same_answer(short: str, text: str) -> bool:
    """Does `text` state the same short answer (numerically equal, or the same words)?"""
    value = numeric_value(short)
    if value is not None:
        return any(numeric_value(s.text) == value for s in typed_spans(text, "number"))
    return _norm(short) in _norm(text)

"""How much an open-question stretch of a sentence looks like the answer (pure): its length,
where it sits against the question's words (right after the question's verb, wedged into the
question's own phrase), and what it is (a name, a reporting verb, a comparison)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .extract import Span, org_spans, person_spans
from .open_spans import content_words
from .tokens import tokenize, tokenize_spans


class Words:
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


_REPORTING = re.compile(r"\b(?:said|says|argue[sd]?|conclude[sd]?|finds|indicated|spoke|speaks|warn(?:s|ed)|note[sd]|adds|added|states|stated|claim(?:s|ed)|"
                        r"reported|highlighted|emphasised|commented|recognises|identifies|catalogued)\b", re.I)
QB = 3.0  # a whole quotation (more than one word) is the reporter quoting the finding itself
_ROLE = re.compile(r"\b(?:role|job|position|post|title|does .+ do)\b", re.I)
ASKS_COMPARISON = re.compile(r"\bhow (?:did|does|do|has|have|had|would|will)\b.*\bcompared?\b|\bcompared? (?:with|to) what\b"
                             r"|\bhow (?:did|does|do) .+ (?:describe|characteri[sz]e|sum up|summari[sz]e) .+ compared (?:with|to)\b", re.I)
COMPARATIVE = re.compile(r"\b(?:(?:less|more)(?: [a-z]+)?|fewer|greater|higher|lower|smaller|bigger|larger|slower|faster|worse|better) than\b|\b(?:halves?|thirds?|quarters?|twice|double|treble|fraction)\b"
                          r"|\bshort of\b|\blight years\b|\bfar (?:below|above|from|short)\b", re.I)
# "... put the plan at?", "... intended to act as in future?": the answer stands right after that word
# "On what would the remainder be spent?": the preposition asked about, put first
_FRONTED_PREP = re.compile(r"^\W*(on|into|for|under|towards?) (?:what|which)\b", re.I)
_WHERE_SPENT = re.compile(r"^\W*where\b.*\b(?:spent|spend|go|goes|went)\b", re.I)
_WHERE_LIES = re.compile(r"^\W*where\b.*\b(lie|lies|rest|rests|sit|sits)\W*$", re.I)
_ENDS_WITH_COPULA = re.compile(r"\b(?:was|were|is|are)\s*\?*\s*$", re.I)
_AFTER_COPULA = re.compile(r"\b(?:was|were|is|are|been)\s+(?:(?:always|still|now|already|never|really|actually|just|also|[a-z]+ly)\s+)?[“\"‘']?$", re.I)
_ENDS_WITH_PREP = re.compile(r"\b(at|into|as)(?:\s+(?:in (?:the )?future|going forward|moving forward|now|today))?\s*\?*\s*$", re.I)


def gap_factor(text: str, c: Span, question: str, kind: str, matched: list[tuple[str, int, int]],
                focus: str | None, roles: list[Span], words: Words) -> float:
    """How much an open-question stretch looks like an answer, beyond its distance score."""
    f = 1.0
    n, content = len(c.text.split()), len(tokenize(c.text))
    quoted = 0 < c.start and c.end < len(text) and text[c.start - 1] in "“\"" and text[c.end] in "”\""
    f *= (1 + min(content if not quoted else max(content, 3), 4)) / 5  # a phrase, not a lone word (unless quoted: "“blueprints”") ...
    f *= 1.0 if n <= 8 else 8 / n  # ... nor half a sentence
    if not any(e <= c.start for _, _, e in matched):
        f *= 0.5  # a preamble before all the question's words rarely answers it
    if _REPORTING.search(c.text):
        f *= 0.3  # "argues that", "spoke to the": who said it, not what was said
    if len(c.text.split()) > 1 and quoted:
        f *= QB
    if any(r.start < c.end and c.start < r.end for r in roles):
        f *= 0.3  # "John Smith, chief executive of ...": who the speaker is, not what they said
    if kind != "person" and person_spans(c.text):
        f *= 0.3  # a name answers "who", not "what"
    elif not _ROLE.search(question) and any(len(o.text) >= 0.8 * len(c.text) for o in org_spans(c.text)):
        f *= 0.3  # ... and an organisation's name answers "which organisation"
    if focus and any(t == focus and e <= c.start and words.gap((s, e), (c.start, c.end)) <= 1
                     and not re.search(r"[,;:”\"]", text[e : c.start]) for t, s, e in matched):
        f *= 3.0  # the slot right after the question's verb: "learn from [...]"
    left = [e for _, _, e in matched if e <= c.start]
    if left and (words.gap((max(left), max(left)), (c.start, c.end)) <= 1
                 or not content_words(text[max(left) : c.start])):
        f *= 1.5  # the open slot right after the question's words
    right = [s for _, s, _ in matched if s >= c.end and words.gap((s, s), (c.start, c.end)) <= 1]
    resumes = bool(right) and any(s > min(right) and words.gap((min(right), min(right)), (s, s)) <= 2 for _, s, _ in matched)
    particle = bool(right) and text[min(right) :].split(maxsplit=1)[0].lower() in _PARTICLES
    if left and right and not resumes:  # "the much larger NHS [sustainability and transformation] plans": the phrase began earlier
        first = _term_at(matched, max(left), end=True)
        start = next(s for t, s, e in matched if e == max(left))
        resumes = any(e <= start and words.gap((s, e), (start, start)) <= 1 and _adjacent_in_question(question, t, first)
                      for t, s, e in matched)
    if left and resumes and not particle and _adjacent_in_question(question, _term_at(matched, max(left), end=True), _term_at(matched, min(right))):
        f *= 0.3  # "implementing [the much larger NHS] sustainability ... plans": words wedged into the question's own phrase
    ruled_out = _ruled_out(question)
    if ruled_out and any(t in ruled_out and s >= c.end and words.gap((c.start, c.end), (s, e)) <= 1 for t, s, e in matched):
        f *= 0.3  # "what does it focus on instead of outcomes?": not "[the potential to improve] outcomes"
    if _CONTRASTED.search(text[max(0, c.start - 40) : c.start]) and not _INSTEAD_Q.search(question):
        f *= 0.3  # "increases the risk of X, rather than encouraging [collaborative integration]": what it does not do
    if _INSTEAD_END.search(question) and _CONTRAST_AFTER.search(text[c.end :]):
        f *= 0.3  # "where should the focus be instead?": "it focuses on [structure] whereas the focus should be on ..."
    other_side = list(_OTHER_PARTY.finditer(text, 0, c.start))
    if other_side and any(e <= other_side[-1].start() for _, _, e in matched) \
            and not any(other_side[-1].end() <= s < c.start for _, s, _ in matched):
        f *= 0.3  # "The NHS did not like X, whilst [local government has reservations ...]": the other party's side
    compares, after = _question_cues(question)
    if compares and COMPARATIVE.search(c.text):
        f *= 3.0  # "how did the savings compare with the expectation?": "less than two-thirds"
    if after and after.search(text[max(0, c.start - 12) : c.start]):
        f *= 2.0  # "... put the plan at?": "at “significant risk”"
    return f


_OTHER_PARTY = re.compile(r"\b(?:whilst|whereas)\b", re.I)
_CONTRASTED = re.compile(r"\b(?:rather than|instead of|as opposed to)(?:\s+[\w’'-]+ing)?\s*$", re.I)
_INSTEAD_END = re.compile(r"\binstead\W*$", re.I)  # "... should be instead?": the other side of a contrast
_CONTRAST_AFTER = re.compile(r"^[^.;]*?\b(?:whereas|rather than|instead of|as opposed to)\b", re.I)
_INSTEAD_Q = re.compile(r"\b(?:rather than|instead of|as opposed to|instead)\b", re.I)


# "bring [the BCF and STPs] closer together": a verb's object sits before its particle, not wedged into a phrase
_PARTICLES = frozenset("closer together apart back forward forwards aside up down out off".split())
_ONLY_ARTICLES = re.compile(r"^\s+(?:(?:the|a|an)\s+)?$", re.I)


def _term_at(matched: list[tuple[str, int, int]], pos: int, end: bool = False) -> str:
    return next(t for t, s, e in matched if (e if end else s) == pos)


@lru_cache(maxsize=1024)
def _adjacent_in_question(question: str, first: str, second: str) -> bool:
    """Does `second` follow `first` in the question, with nothing but an article between?"""
    spans = tokenize_spans(question)
    return any(a == first and b == second and 0 < sb - ea and _ONLY_ARTICLES.match(question[ea:sb])
               for a, _, ea in spans for b, sb, _ in spans)


_INSTEAD = re.compile(r"\b(?:instead of|rather than|as opposed to)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)


@lru_cache(maxsize=256)
def _ruled_out(question: str) -> frozenset[str]:
    """The terms of what the question says the answer is not ("... instead of outcomes")."""
    m = _INSTEAD.search(question)
    return frozenset(tokenize(m.group(1))) if m else frozenset()


@lru_cache(maxsize=256)
def _question_cues(question: str) -> tuple[bool, re.Pattern[str] | None]:
    """Read once per question, not per candidate stretch: does it ask how two things compare,
    and the word it ends on ("at?") as it must stand just before the answer."""
    last = _ENDS_WITH_PREP.search(question) or _FRONTED_PREP.search(question)
    after = re.compile(rf"\b{last.group(1)}\s+[“\"‘']?$", re.I) if last else None
    if not last and _ENDS_WITH_COPULA.search(question):  # "what did he argue the plans always were?": "were always [unrealistic]"
        after = _AFTER_COPULA
    if not last and _WHERE_SPENT.search(question):  # "where will the rest be spent?": "spent on [...]"
        after = re.compile(r"\bspen[dt]\s+(?:on|in)\s+$", re.I)
    elif not last and (lies := _WHERE_LIES.search(question)):  # "where may the answer lie?": "lie in [local flexibility]"
        after = re.compile(rf"\b{lies.group(1).rstrip('s')}s?\s+(?:in|within|with)\s+$", re.I)
    return bool(ASKS_COMPARISON.search(question)), after



"""What a figure in a sentence counts or measures (pure): "seven new care models" counts
models, "the £2.1bn ... fund" measures a fund, "91 days after discharge" is a time, and
"costing £146m" is a cost, whatever the question's own words say."""
from __future__ import annotations

import re

from .extract import Span
from .tokens import stem, tokenize

CHANGE_TERMS = frozenset({stem("increase"), stem("decrease")})  # "cut", "fell", "rose" ... fold onto these


def following_terms(text: str, span: Span) -> set[str]:
    """Terms of the (up to 3) words right after a number, if a content word follows it."""
    after = re.match(r" ((?:[\w'’-]+ ?){1,3})", text[span.end :])
    if not after or not tokenize(after.group(1).split(" ")[0]):
        return set()  # followed by punctuation or "and", "was", ...: it counts nothing named
    return set(tokenize(after.group(1)))


_TIME_UNIT = re.compile(r"^\s+(?:days?|weeks?|months?|years?)\b", re.I)


# A time asked for ("how many days after ...", "how long"), not a time named ("in the final year").
_TIME_Q = re.compile(r"\b(?:how long|when)\b|\b(?:days?|weeks?|months?|years?)\b(?<!final year)(?<!last year)(?<!first year)(?<!this year)(?<!next year)", re.I)


_MONEY_VERBS = {stem(w): g for g, ws in {"cost": "cost costs costing costed spend spent spending pay paid budget",
                                         "save": "save saves saving savings saved"}.items() for w in ws.split()}


_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|risen|increased?|fell|fall|fallen|reduced?|reduce|cut|grew|grow)\b(?:\s+\S+){0,3}\s+by\s*$", re.I)


_CHANGE_AFTER = re.compile(r"\s+(?:cut|reduction|decrease|increase|rise|fall|drop)s?\b", re.I)


_PLANNED_DATE = re.compile(r"\b(?:until|expected|due|scheduled|delayed|postponed|will|by)\s+(?:\S+\s+)?$", re.I)


_PUBLISHED_Q = re.compile(r"\b(?:publish\w*|publication|released?|came out|come out)\b", re.I)
_EVENTUAL = re.compile(r"\b(?:eventually|finally|in the end|ultimately|actually)\b", re.I)


def other_quantity(text: str, c: Span, question: str) -> bool:
    """A figure that measures something other than what is asked."""
    before = text[max(0, c.start - 40) : c.start]
    if c.kind in ("number", "money") and _TIME_UNIT.match(text[c.end :]) and not _TIME_Q.search(question):
        return True  # "91 days" is a time, not a count of admissions
    if (c.kind == "percent" and (_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text[c.end :]))
            and not CHANGE_TERMS & set(tokenize(question))):
        return True  # "cut spending by 5.3%", "a 3.5% cut" are changes, not the share asked about
    if c.kind == "money":
        asked = {_MONEY_VERBS[t] for t in tokenize(question) if t in _MONEY_VERBS}
        near = " ".join(before.split()[-4:] + text[c.end :].split()[:2])  # "the £5.3bn spent through ..."
        stated = {_MONEY_VERBS[t] for t in tokenize(near) if t in _MONEY_VERBS}
        if asked and stated and not asked & stated:
            return True  # "the ambition to save £900m" does not say what something cost
    if (c.kind == "date" and (_EVENTUAL.search(question) or _PUBLISHED_Q.search(question)) and _PLANNED_DATE.search(before)
            and not _UNTIL_WHEN.search(question)):  # "until when had it been delayed?" asks for that plan
        return True  # "when was it (eventually) published?": "delayed until autumn" is only a plan
    if c.kind == "date" and _PUBLISHED_Q.search(question) and _SPAN_OF_YEARS.fullmatch(c.text):
        return True  # a report comes out on a day, not over "2013-14"
    return False


_SPAN_OF_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*\d{2,4}")


_UNTIL_WHEN = re.compile(r"\b(?:until|till|til) (?:when|what)\b", re.I)
_NUMBERING = re.compile(r"([\w’'-]+)\s+(?:(?:now|currently|still|then)\s+)?(?:number|numbered|numbering|total|totalled|totaled)\s+$", re.I)


_ELLIPTICAL = re.compile(r"\s+(?:that|which|who|of them|of these|of those)\b", re.I)
ELLIPSIS_REACH = 120  # characters before "a dozen that ..." in which the things counted are named


def counts_something_else(text: str, span: Span, counted: list[str]) -> bool:
    """"seven new care models" does not answer "how many integrated care systems"; nor does
    "the number of conditions ... from eight to three" answer "how many areas"."""
    following = following_terms(text, span)
    if following:
        return counted[-1] not in following
    if _ELLIPTICAL.match(text, span.end):
        # "testing different models ..., to identify around a dozen that could be rolled out": a dozen models
        return counted[-1] not in tokenize(text[max(0, span.start - ELLIPSIS_REACH) : span.start])
    noun = _number_of(text[: span.start])
    if noun is None:
        subject = _NUMBERING.search(text[: span.start])  # "the vanguard sites currently number around 50"
        return bool(subject) and not set(counted) & set(tokenize(subject.group(1)))
    return counted[-1] not in tokenize(noun)


def number_of_noun(text: str, span: Span) -> set[str]:
    """What "the number of X ... from six to one" counts, from within 80 characters before the figure."""
    noun = _number_of(text[max(0, span.start - 80) : span.start])
    return set(tokenize(noun)) if noun else set()


def _number_of(before: str) -> str | None:
    """The noun the last "number of ..." in `before` counts (the plural one), or None."""
    number_of = list(re.finditer(r"\bnumber of ((?:[\w’'-]+ ?){1,3})", before, re.I))
    if not number_of:
        return None
    words = number_of[-1].group(1).split()
    return next((w for w in words if w.lower().endswith("s")), words[0])  # what is counted is plural


def names_most(text: str, terms: list[str]) -> bool:
    """Does the sentence name most (60%) of these terms?"""
    named = set(tokenize(text))
    return sum(t in named for t in terms) >= 0.6 * len(terms)


_MEASURED = re.compile(r" ((?:[\w'’-]+ ){0,5}?[\w'’-]+)(?=\s+(?:for|of|in|to|was|is|were|are|has|had|have|by|on|which|that|with|from|will|would)\b|\s*[,.;:)–—]|\s+-\s|$)")


def measured_terms(text: str, span: Span) -> tuple[set[str], set[str]]:
    """What a figure measures: the terms of the head of the noun phrase after it, read with
    the word before the figure ("a pooled £5.3bn [budget]"), and any name the phrase ends in
    ("... sustainability and transformation fund": the STF). Both empty if no phrase follows."""
    m = _MEASURED.match(text, span.end)
    if not m or not tokenize(m.group(1).split(" ")[0]):
        return set(), set()
    words = m.group(1).split(" ")
    before = re.search(r"([\w'’-]+)\s*$", text[: span.start])
    head = set(tokenize(words[-1])) | (set(tokenize(f"{before.group(1)} {words[-1]}")) if before else set())
    names: set[str] = set()
    for n in range(2, len(words) + 1):
        tail = words[-n:]
        names |= set(tokenize(" ".join(tail))) - {t for w in tail for t in tokenize(w)}
    return head, names


def modifies(text: str, span: Span, whole: set[str]) -> bool:
    return bool(following_terms(text, span) & whole)

"""Choose the short-answer span inside a chosen sentence (pure).

Typed questions take a span of their type (amount, date, name, ...); others take the
stretch of the sentence that the question's own words leave open ("the gap"). Among
several candidates, the one closest to the question's words wins — weighted by idf,
with the question's verb counting double ("rose by 87,000", not "planned ... 106,000").
"""
from __future__ import annotations

import bisect
import re

from .extract import (Span, expansion_spans, is_range_question, numeric_value, org_spans, person_spans, place_spans, quoted_spans,
                      range_spans, reason_spans, role_spans, title_spans, typed_spans)
from .open_spans import (APART, YES_NO, after_question_words, change_spans, content_words,
                         cut_at_question_words, gap_spans, modifier_spans, polarity_spans, sibling_spans)
from .question_focus import SPEAKER, WH, counted_terms, expansion_terms, focus_term
from .tokens import by_word, stem, tokenize, tokenize_spans

_VERBS = {stem(w) for w in ("increase", "decrease", "cost", "spend", "save", "allocated", "boost")}
CHANGE_TERMS = frozenset({stem("increase"), stem("decrease")})  # "cut", "fell", "rose" ... fold onto these
_MODALITY = {stem(w) for w in ("planned", "plan", "target", "targeted", "expected", "projected", "ambition", "forecast",
                                "hope", "hoped", "hoping", "aim", "aimed")}
_NUMERIC_KINDS = ("count", "number", "money", "percent", "date", "duration", "age")


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
    if span.kind in ("org", "person"):  # "the DCLG" in the question is "the Department for Communities ..."
        terms = set(tokenize(span.text))
        if terms and terms <= set(tokenize(question)):
            return True
    return _norm(span.text) in _norm(question)


def _candidates(text: str, kind: str, matched: list[tuple[str, int, int]], question: str = "",
                names: list[str] | None = None) -> list[Span]:
    if kind == "role":
        return role_spans(text, names or [])
    if kind == "money" and CHANGE_TERMS & set(tokenize(question)):
        # "how much did councils cut care spending?" may be answered in per cent
        return typed_spans(text, "money") or typed_spans(text, "percent")
    if kind in ("count", "number") and is_range_question(question):
        found = range_spans(text)
        if found:
            return found
    if kind == "number" and _TOTAL.search(question):
        return typed_spans(text, "total")
    if kind in _NUMERIC_KINDS:
        return typed_spans(text, kind)
    if kind == "person":
        # "Who was responsible for delivering the BCF?" is often answered by bodies, not people.
        return person_spans(text) or (org_spans(text) if _RESPONSIBLE.search(question) else [])
    if kind == "org":
        found = [piece for c in org_spans(text) for piece in _split_orgs(c)]
        if _EVENT_Q.search(question):  # "at which event": a summit, not the speaker's employer
            found = [c for c in found if _EVENT_WORDS.search(c.text)] or found
        noun = _WHICH_NOUN.search(question)  # "which committee": a committee, not its chair's name
        if noun:
            found = [c for c in found if stem(noun.group(1).lower()) in tokenize(c.text)] or found
        return found
    if kind == "place":
        return place_spans(text)
    if kind == "expansion":
        abbr = _STANDS_FOR.search(question)
        return expansion_spans(text, abbr.group(1)) if abbr else []
    if kind == "reason":
        return reason_spans(text) or gap_spans(text, matched)
    if kind == "quote":
        return quoted_spans(text) or gap_spans(text, matched)
    if kind == "title":
        return title_spans(text) or quoted_spans(text)
    others = APART.search(question)
    if others:  # "apart from workforce challenges, what barriers ...": the other items of that list
        found = sibling_spans(text, set(tokenize(others.group(1))))
        if found:
            return found
    if YES_NO.match(question) and not WH.search(question):  # "Did the NAO find proof ...?"
        found = polarity_spans(text, [t for t, _, _ in matched])
        if not found and _ABOUT_CHANGE.search(question):  # "did admissions come down?": what happened
            found = change_spans(text)
        if found:
            return found
    sort_of = _SORT_OF.search(question)
    if sort_of:  # "what kind of evidence" -> "no compelling evidence"
        found = modifier_spans(text, tokenize(sort_of.group(1)))
        if found:
            return found
    return gap_spans(text, matched)


def best_span(text: str, question: str, kind: str, weights: dict[str, float],
              names: list[str] | None = None) -> tuple[Span, float] | None:
    """The best short-answer span of `kind` in `text` and how well it fits, or None."""
    scored = scored_spans(text, question, kind, weights, names)
    if not scored:
        return None
    score, span = max(scored, key=lambda x: x[0])  # the first of equals: the earliest candidate
    return span, score


def scored_spans(text: str, question: str, kind: str, weights: dict[str, float],
                 names: list[str] | None = None) -> list[tuple[float, Span]]:
    """Every candidate short answer of `kind` in `text`, with how well it fits the question."""
    matched = [m for m in tokenize_spans(text) if m[0] in weights]
    # Words of an expanded abbreviation ("national" from NHS) do not end a gap.
    expansion = expansion_terms(question)
    # A lone word of an expanded long form ("care" from BCF) does not end a gap, but the
    # abbreviation or long form itself ("NHS", "Better Care Fund") does.
    width = {k: len(v) for k, v in by_word(matched).items()}
    cutting = [m for m in matched if m[0] not in expansion or width[(m[1], m[2])] > 1]
    speaker = SPEAKER.search(question) if kind == "quote" else None
    if speaker:  # "how did the PAC chair describe X": the quote is about X, not the speaker
        said_by = set(tokenize(speaker.group(1) or speaker.group(2)))
        weights = {t: w * (0.2 if t in said_by else 1.0) for t, w in weights.items()}
    q_numbers = {numeric_value(m.group(0)) for m in re.finditer(r"£?\d[\d,.]*\s?(?:bn|m|billion|million)?", question)}
    q_terms = set(weights)
    words = _Words(text)
    focus = focus_term(question)
    counted = counted_terms(question) if kind == "count" else []
    m_of = _HOW_MUCH_OF.search(question)
    whole = set(tokenize(m_of.group(1))) if m_of else set()
    # "the planned fall" asks for the plan; "overspend vs plan" only compares with it.
    main = _SUBORDINATE.split(question, maxsplit=1)[0]  # "..., when a reduction had been planned": context only
    asks_plan = any(t in _MODALITY and not _COMPARED.search(main[:s]) for t, s, _ in tokenize_spans(main))
    roles = role_spans(text, names or []) if kind != "role" else []
    out: list[tuple[float, Span]] = []
    for c in _candidates(text, kind, cutting, question, names):
        if _in_question(c, question, q_numbers) or _other_quantity(text, c, question):
            continue
        about_question = False
        if c.kind == "reason":
            c = cut_at_question_words(text, c, cutting)
        elif c.kind == "quote":
            trimmed = after_question_words(text, c, matched)
            about_question = trimmed != c  # the quotation repeats the question, then answers it
            c = trimmed
        score = 0.0
        for term, s, e in matched:
            boost = 2.0 if term in _VERBS else 1.0
            dist = words.gap((c.start, c.end), (s, e))
            if c.kind == "gap":  # the answer usually follows the question's words
                score += weights[term] * (1 / (1 + 0.3 * dist) if e <= c.start else 0.5 / (1 + dist))
            else:
                score += weights[term] * boost / (1 + dist)
        if c.kind == "quote" and about_question:
            score *= 2.0
        if c.kind == "gap":
            n, content = len(c.text.split()), len(tokenize(c.text))
            score *= (1 + min(content, 4)) / 5  # a phrase, not a lone word ...
            score *= 1.0 if n <= 8 else 8 / n  # ... nor half a sentence
            if not any(e <= c.start for _, _, e in matched):
                score *= 0.5  # a preamble before all the question's words rarely answers it
            if _REPORTING.search(c.text):
                score *= 0.3  # "argues that", "spoke to the": who said it, not what was said
            if (len(c.text.split()) > 1 and 0 < c.start and c.end < len(text)
                    and text[c.start - 1] in "“\"" and text[c.end] in "”\""):
                score *= QB
            if any(r.start < c.end and c.start < r.end for r in roles):
                score *= 0.3  # "John Smith, chief executive of ...": who the speaker is, not what they said
            if kind != "person" and person_spans(c.text):
                score *= 0.3  # a name answers "who", not "what"
            elif not _ROLE.search(question) and any(len(o.text) >= 0.8 * len(c.text) for o in org_spans(c.text)):
                score *= 0.3  # ... and an organisation's name answers "which organisation"
            if focus and any(t == focus and e <= c.start and words.gap((s, e), (c.start, c.end)) <= 1
                             and not re.search(r"[,;:”“\"]", text[e : c.start]) for t, s, e in matched):
                score *= 3.0  # the slot right after the question's verb: "learn from [...]"
            left = [e for _, _, e in matched if e <= c.start]
            if left and (words.gap((max(left), max(left)), (c.start, c.end)) <= 1
                         or not content_words(text[max(left) : c.start])):
                score *= 1.5  # the open slot right after the question's words
        elif c.kind == "number" and counted and _counts_something_else(text, c, counted):
            continue  # "seven new care models" does not answer "how many plans"
        elif whole and c.kind in ("money", "number") and _modifies(text, c, whole):
            score *= 0.3  # "how much of the £2.1bn fund": the fund's own size is not the part asked for
        elif _SIZE.search(question) and c.kind in ("money", "number") and _modifies(text, c, q_terms - _VERBS):
            score *= 1.5  # "the £2.1bn ... fund" states the size of the thing asked about
        elif c.kind == "number" and re.search(r"\bfrom \S+ to $", text[: c.start]) and not _FROM.search(question):
            score *= 3.0  # "cut from eight to three": unless asked where it started, the new figure
        elif (c.kind in ("number", "money", "percent") and not asks_plan and _BY_HOW.search(question)
              and _BY_BEFORE.search(text[: c.start])):
            score *= 2.0  # "by how many did it rise?": "rose by 87,000"
        elif c.kind in ("number", "money", "percent"):
            before = text[max(0, c.start - 60) : c.start].split()[-6:]
            planned = bool({stem(w.strip(",.").lower()) for w in before} & _MODALITY)
            if planned and _ACTUAL.search(question):
                continue  # "how much have they actually saved so far?": a target is no answer
            if planned != asks_plan:
                score *= 0.4  # a planned/target figure when the question is not about plans, or vice versa
        out.append((score, c))
    return out


_HOW_MUCH_OF = re.compile(r"\bhow much of (?:the |its |their )?([\w'’ -]+?)(?: was| were| is| are| did| has| had| went|\?|$)", re.I)
_BY_HOW = re.compile(r"\bby how (?:many|much)\b|\bby what (?:amount|number|percentage|proportion)\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:around|about|some|just|nearly|almost|over|more than)\s+)?$", re.I)
_REPORTING = re.compile(r"\b(?:said|says|argue[sd]?|conclude[sd]?|finds|indicated|spoke|speaks|warn(?:s|ed)|note[sd]|adds|added|states|stated|claim(?:s|ed)|"
                        r"reported|highlighted|emphasised|commented|recognises|identifies|catalogued)\b", re.I)
_TOTAL = re.compile(r"\btotal (?:amount|sum|cost|spend|spending|budget|value|funding)\b|\bhow much money\b|\bamount of money\b"
                    r"|\bwhat (?:is|was) the total\s*(?:\?|$|for\b|of\b|in\b)", re.I)
_EVENT_Q = re.compile(r"\b(?:event|conference|summit|meeting|forum)\b", re.I)
_EVENT_WORDS = re.compile(r"\b(?:Summit|Conference|Forum|Congress|Expo|Event|Meeting|Festival|Awards)\b")
_COMPARED = re.compile(r"\b(?:vs\.?|versus|than|against|over|compared (?:to|with)|relative to|beyond)\s+(?:the\s+|its\s+)?$", re.I)
_ACTUAL = re.compile(r"\b(?:actually|actual|so far|to date|in practice|in reality|really)\b", re.I)
_SUBORDINATE = re.compile(r"(?<=\S)\s*,?\s+\b(?:when|although|though|despite|whereas|while|even though)\b", re.I)
_RESPONSIBLE = re.compile(r"\bwho (?:is|was|are|were|will be) (?:responsible|in charge|accountable|charged|tasked)\b", re.I)
QB = 3.0  # a whole quotation (more than one word) is the reporter quoting the finding itself
_STANDS_FOR = re.compile(r"\b(?:does|do|did|is) (?:the )?([\w&./-]+) (?:\w+ )?(?:stand for|short for)\b", re.I)
_WHICH_NOUN = re.compile(r"\bwhich (?:[a-z-]+ )?(committee|department|union|association|body|group|council|office|institute|charity)\b", re.I)
_ABOUT_CHANGE = re.compile(r"\b(?:better|worse|improv\w*|down|up|reduc\w*|increas\w*|rise|rose|fall|fell|cut|work(?:ed|ing)?)\b", re.I)
_SIZE = re.compile(r"\b(?:total|size|how (?:big|large)|worth|value)\b", re.I)
_SORT_OF = re.compile(r"\b(?:what|which) (?:sort|kind|type|form)s? of ([\w’' -]+?)(?= did\b| does\b| do\b| is\b| was\b| were\b| has\b| have\b| had\b| will\b| would\b| could\b| to\b|\?|$)", re.I)
_ROLE = re.compile(r"\b(?:role|job|position|post|title|does .+ do)\b", re.I)
_FROM = re.compile(r"\bfrom\b|\boriginal(?:ly)?\b|\bbefore\b|\bprevious(?:ly)?\b|\bused to\b", re.I)


def _following_terms(text: str, span: Span) -> set[str]:
    """Terms of the (up to 3) words right after a number, if a content word follows it."""
    after = re.match(r" ((?:[\w'’-]+ ?){1,3})", text[span.end :])
    if not after or not tokenize(after.group(1).split(" ")[0]):
        return set()  # followed by punctuation or "and", "was", ...: it counts nothing named
    return set(tokenize(after.group(1)))


_TIME_UNIT = re.compile(r"^\s+(?:days?|weeks?|months?|years?)\b", re.I)
_TIME_Q = re.compile(r"\b(?:days?|weeks?|months?|years?|how long|when)\b", re.I)
_MONEY_VERBS = {stem(w): g for g, ws in {"cost": "cost costs costing costed spend spent spending pay paid",
                                         "save": "save saves saving savings saved"}.items() for w in ws.split()}
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|risen|increased?|fell|fall|fallen|reduced?|reduce|cut|grew|grow)\b(?:\s+\S+){0,3}\s+by\s*$", re.I)
_PLANNED_DATE = re.compile(r"\b(?:until|expected|due|scheduled|delayed|postponed|will|by)\s+(?:\S+\s+)?$", re.I)
_EVENTUAL = re.compile(r"\b(?:eventually|finally|in the end|ultimately|actually)\b", re.I)


def _other_quantity(text: str, c: Span, question: str) -> bool:
    """A figure that measures something other than what is asked."""
    before = text[max(0, c.start - 40) : c.start]
    if c.kind in ("number", "money") and _TIME_UNIT.match(text[c.end :]) and not _TIME_Q.search(question):
        return True  # "91 days" is a time, not a count of admissions
    if c.kind == "percent" and _CHANGE_BEFORE.search(before) and not CHANGE_TERMS & set(tokenize(question)):
        return True  # "cut spending by 5.3%" is a change, not the share asked about
    if c.kind == "money":
        asked = {_MONEY_VERBS[t] for t in tokenize(question) if t in _MONEY_VERBS}
        stated = {_MONEY_VERBS[t] for t in tokenize(" ".join(before.split()[-4:])) if t in _MONEY_VERBS}
        if asked and stated and not asked & stated:
            return True  # "the ambition to save £900m" does not say what something cost
    if c.kind == "date" and _EVENTUAL.search(question) and _PLANNED_DATE.search(before):
        return True  # "when was it eventually published?": "delayed until autumn" is only a plan
    return False


def _split_orgs(c: Span) -> list[Span]:
    """"the Department of Health and the Department for Communities ..." names two bodies."""
    out, start = [], 0
    for m in re.finditer(r",? and the ", c.text):
        out.append(Span(c.start + start, c.start + m.start(), c.text[start : m.start()], c.kind))
        start = m.end()
    out.append(Span(c.start + start, c.end, c.text[start:], c.kind))
    return [p for p in out if p.text.strip()]


def _counts_something_else(text: str, span: Span, counted: list[str]) -> bool:
    """"seven new care models" does not answer "how many integrated care systems"; nor does
    "the number of conditions ... from eight to three" answer "how many areas"."""
    following = _following_terms(text, span)
    if following:
        return counted[-1] not in following
    number_of = list(re.finditer(r"\bnumber of ((?:[\w’'-]+ ?){1,3})", text[: span.start], re.I))
    if not number_of:
        return False
    words = number_of[-1].group(1).split()
    noun = next((w for w in words if w.lower().endswith("s")), words[0])  # what is counted is plural
    return counted[-1] not in tokenize(noun)


def _modifies(text: str, span: Span, whole: set[str]) -> bool:
    return bool(_following_terms(text, span) & whole)


def same_answer(short: str, text: str) -> bool:
    """Does `text` state the same short answer (numerically equal, or the same words)?"""
    value = numeric_value(short)
    if value is not None:
        return any(numeric_value(s.text) == value for s in typed_spans(text, "number"))
    return _norm(short) in _norm(text)

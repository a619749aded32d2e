"""When was an article published? Answered from the article's own dateline (pure).

Only the dateline printed in the article counts: a date in the metadata that the text
does not show cannot be quoted, so the question is declined for that article.
"""
from __future__ import annotations

import re

from .extract import Span
from .models import Document
from .tokens import tokenize

_WHEN = re.compile(r"\b(?:when|what date|which date|what day|how old|the date|publication date)\b", re.I)
# The article itself, not the report it is about ("When was the NAO report published?").
_ARTICLE = r"(?:article|piece|story|blog|commentary|column|post|write-?up|news item)"
# "What date does the NHE article give for ...": a date the article reports, not its own.
_REPORTS = re.compile(r"\b(?:say|says|said|give|gives|gave|state|states|stated|mention|mentions|report|reports)\b", re.I)


def asks_publication_date(question: str, publishers: set[str]) -> bool:
    """"When was the NHE article published?": a when-question whose publishing verb is
    about an article (or a named publisher), not about what the article reports."""
    if not _WHEN.search(question):
        return False
    outlets = "|".join(re.escape(p) for p in publishers)
    if outlets and re.search(rf"\b(?:did|does)\s+(?:{outlets})\s+(?:report|cover|write up|write about|run)\b", question, re.I):
        return True  # "On what date did NHE report the findings?": when the outlet published
    if _REPORTS.search(question):
        return False
    names = [re.escape(p) for p in publishers] + [_ARTICLE]
    subject = "|".join(rf"\b{n}\b" for n in names)
    return bool(re.search(rf"(?:{subject})[^?]{{0,100}}\b(?:published|written|posted|came out|come out|appeared|released|dated)\b"
                          rf"|\b(?:run|ran|print|printed|carry|carried)\s+(?:its|the|their|that|this)\s+{_ARTICLE}\b"
                          rf"|\b(?:published|written|posted|dated)\b[^?]{{0,30}}(?:{subject})"
                          rf"|\b(?:date|day) (?:is |was |appears |is printed )?(?:on|at the top of|of) (?:the |that |this )?(?:\w+ )?(?:{subject})",
                          question, re.I))


def dateline_span(doc: Document, head_chars: int = 400) -> tuple[int, int] | None:
    """Offsets of the article's printed dateline (near its top), or None if it has none."""
    if doc.published is None:
        return None
    d = doc.published
    forms = (d.strftime("%d.%m.%y"), d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"),
             f"{d.day} {d:%B %Y}", d.strftime("%d %B %Y"), d.strftime("%B %d, %Y"), d.isoformat())
    head = doc.text[:head_chars]
    found = [(head.find(f), f) for f in forms if f in head]
    if not found:
        return None
    start, form = min(found)
    return start, start + len(form)


# "a new report published today by the NAO": the day of the article's dateline
_TODAY = re.compile(r"\b(\w+)\s+(?:published|released|issued|launched|out)\s+(today)\b", re.I)


def today_span(sentence: str, question_terms: set[str]) -> Span | None:
    """The word "today" where the sentence says the thing the question asks about ("a new
    report", a word of the question) came out today, as a "today" span; else None."""
    m = _TODAY.search(sentence)
    if not m or not set(tokenize(m.group(1))) & question_terms:
        return None  # "the green paper, now delayed until autumn, a new report published today": not the paper
    return Span(m.start(2), m.end(2), m.group(2), "today")


def titled_terms(question_terms: set[str], doc: Document) -> frozenset[str]:
    """The article's title terms, if the question uses most of them ("the NAO report saying
    integration is undermined by underfunded NHS and councils"); else none."""
    title = set(tokenize(doc.title or ""))
    return frozenset(title) if title and len(title & question_terms) >= 0.5 * len(title) else frozenset()


def names_article(question_terms: set[str], doc: Document) -> bool:
    """Does the question pick out this article: its year, or most of its title's words?"""
    return bool(doc.years & question_terms) or bool(titled_terms(question_terms, doc))

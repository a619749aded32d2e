"""When was an article published? Answered from the article's own dateline (pure).

Only the dateline printed in the article counts: a date in the metadata that the text
does not show cannot be quoted, so the question is declined for that article.
"""
from __future__ import annotations

import re

from .models import Document

_WHEN = re.compile(r"\b(?:when|what date|which date|what day|date|dated|how old)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:publish\w*|written|wrote|posted|dated|date|come out|came out|appear\w*|released|run)\b", re.I)
# The article itself, not the report it is about ("When was the NAO report published?").
_ARTICLE = re.compile(r"\b(?:article|piece|story|blog|commentary|column|post|write-?up|news item)\b", re.I)


def asks_publication_date(question: str, publishers: set[str]) -> bool:
    """"When was the NHE article published?" (an article, or a publisher, is named)."""
    if not (_WHEN.search(question) and _PUBLISHED.search(question)):
        return False
    names_publisher = any(re.search(rf"\b{re.escape(p)}\b", question, re.I) for p in publishers)
    return bool(_ARTICLE.search(question)) or names_publisher


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

"""Citations: a quote is `document_text[start:end]`, checked verbatim before it is shown (pure)."""
from __future__ import annotations

from .errors import QuoteError
from .models import Citation, Document


def cite(doc: Document, start: int, end: int, score: float) -> Citation:
    """A citation of `doc.text[start:end]`, checked verbatim first."""
    quote = doc.text[start:end]
    verify_quote(doc, start, end, quote)
    return Citation(doc_id=doc.doc_id, title=doc.title, publisher=doc.publisher, published=doc.published,
                    source_path=doc.source_path, start=start, end=end, quote=quote, score=score)


def article_name(doc: Document) -> str:
    return f"the article “{doc.title}”" if doc.title else f"the article {doc.source_path}"


def verify_quote(doc: Document, start: int, end: int, quote: str) -> None:
    """A quote is shown only if it is exactly the source text at [start:end]."""
    if not (0 <= start < end <= len(doc.text)) or doc.text[start:end] != quote:
        raise QuoteError(f"{doc.source_path}[{start}:{end}] does not match the quote — rebuild the index")


__all__ = ["article_name", "cite", "verify_quote"]

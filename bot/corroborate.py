"""Other articles that state the same answer, to cite beside the best passage (pure)."""
from __future__ import annotations

from .extract import title_spans
from .passages import Passage, Passages
from .spans import same_answer


def corroborating(passages: Passages, top: Passage, short: str | None, cands: list[Passage], kind: str,
                  ratio: float) -> list[Passage]:
    """The best sentence of each other article that states the same short answer (numerically
    equal, or the same words; for a title, named as a title, not just its words used) with at
    least `ratio` of the top passage's support."""
    if not short:
        return []
    out: dict[str, Passage] = {}
    top_doc = passages.doc_id(top.sid)
    for c in cands:
        d = passages.doc_id(c.sid)
        if d == top_doc or d in out or c.coverage < top.coverage * ratio:
            continue
        quote = passages.quote(c)
        if kind == "title" and not any(same_answer(short, t.text) for t in title_spans(quote)):
            continue
        if same_answer(short, quote):
            out[d] = c
    return list(out.values())

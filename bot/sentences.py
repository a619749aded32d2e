"""Sentence splitting over kept paragraphs, and grouping sentences into chunks."""
from __future__ import annotations

import re

from .models import Chunk, Sentence, Span

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof rt hon st sr jr no nos vs etc e.g i.e cf approx dept govt co ltd inc "
    "jan feb mar apr jun jul aug sep sept oct nov dec fig figs p pp vol".split()
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?][\"”’'\)\]]*(?=\s+[\"“‘'\(£$€]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_paragraph(text: str, span: Span) -> list[Span]:
    """Split one paragraph (offsets into `text`) into sentence spans."""
    out: list[Span] = []
    start = span.start
    para = text[span.start : span.end]
    for m in _BOUNDARY.finditer(para):
        end = span.start + m.end()
        if para[m.start()] == ".":
            before = _WORD_BEFORE.search(para[: m.start()])
            word = before.group(1).lower() if before else ""
            # Abbreviations ("Rt Hon", "Ms") and single initials ("J. Smith") don't end sentences.
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        out.append(_trim(text, start, end))
        start = end
    if start < span.end:
        out.append(_trim(text, start, span.end))
    return [s for s in out if s.end > s.start]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in "•·▪●"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)


def split_sentences(doc_id: str, text: str, paragraphs: list[Span]) -> list[Sentence]:
    return [
        Sentence(doc_id=doc_id, start=s.start, end=s.end)
        for p in paragraphs
        for s in split_paragraph(text, p)
    ]


def make_chunks(sentences: list[Sentence], first_index: int, size: int = 3, overlap: int = 1) -> list[Chunk]:
    """Group one document's sentences into windows of `size` with `overlap`.

    `first_index` is the global index of `sentences[0]` in the index's sentence list.
    """
    if size < 1 or not 0 <= overlap < size:
        raise ValueError(f"chunk size {size} / overlap {overlap}: need size >= 1 and 0 <= overlap < size")
    chunks: list[Chunk] = []
    step = size - overlap
    n = len(sentences)
    for i in range(0, max(n - overlap, 1), step):
        window = list(range(i, min(i + size, n)))
        if not window:
            break
        chunks.append(
            Chunk(
                doc_id=sentences[i].doc_id,
                start=sentences[window[0]].start,
                end=sentences[window[-1]].end,
                sentences=[first_index + j for j in window],
            )
        )
    return chunks
